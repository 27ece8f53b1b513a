package bot

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDependenciesPointOneWay: bot reaches the index through its own
// Searcher interface, and only bot/discord speaks to Discord.
func TestDependenciesPointOneWay(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, banned := range []string{"github.com/blevesearch/", "github.com/bwmarrin/discordgo", "github.com/briefbot/briefbot/index"} {
			if strings.HasPrefix(dep, banned) {
				t.Errorf("bot depends on %s", dep)
			}
		}
	}
}
