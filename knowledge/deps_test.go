package knowledge

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDependenciesPointOneWay keeps the domain free of the search engine
// and the chat transport (as tailscale's deptest does).
func TestDependenciesPointOneWay(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
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
