package knowledge

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDependenciesPointOneWay keeps the domain, and every package under it,
// free of the search engine and the chat transport (as tailscale's deptest
// does).
func TestDependenciesPointOneWay(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "./...").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, banned := range []string{"github.com/blevesearch/", "github.com/bwmarrin/discordgo", "github.com/briefbot/briefbot/index", "github.com/briefbot/briefbot/bot"} {
			if strings.HasPrefix(dep, banned) {
				t.Errorf("knowledge depends on %s", dep)
			}
		}
	}
}

// TestExtractorsImportDownward keeps the packages under knowledge in their
// order: the root imports the extractors, figures the claims, claims the
// entities, and each of them only what lies below it (article, lexicon,
// text), never the other way.
func TestExtractorsImportDownward(t *testing.T) {
	const root = "github.com/briefbot/briefbot/knowledge"
	// rank is a package's place in the order; packages not named are at the
	// bottom and may import one another.
	rank := func(pkg string) int {
		switch pkg {
		case root:
			return 4
		case root + "/figures":
			return 3
		case root + "/claims":
			return 2
		case root + "/entities":
			return 1
		}
		return 0
	}
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}}{{range .Imports}} {{.}}{{end}}", "./...").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkgs := strings.Fields(line)
		for _, imp := range pkgs[1:] {
			if imp != root && !strings.HasPrefix(imp, root+"/") {
				continue
			}
			if r := rank(imp); r > 0 && r >= rank(pkgs[0]) {
				t.Errorf("%s imports %s, which lies above it", pkgs[0], imp)
			}
		}
	}
}
