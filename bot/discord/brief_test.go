package discord_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/discord"
	dt "github.com/briefbot/briefbot/bot/discord/discordtest"
	"github.com/briefbot/briefbot/index"
)

// longArticle is an article of n paragraphs, each with a claim and figures.
func longArticle(n int) string {
	names := []string{"Mara Quell", "Tobias Wren", "Ines Harrow", "Oskar Lind", "Priya Dane", "Jonas Mell"}
	things := []string{"ferries", "cranes", "berths", "pilots", "tugs", "warehouses"}
	var sb strings.Builder
	sb.WriteString("---\ntitle: The long report on the northern harbours\nurl: https://news.example/long-report\n---\n")
	for k := range n {
		who, what := names[k%len(names)], things[(k/len(names))%len(things)]
		fmt.Fprintf(&sb, "Councillor %s said the harbour would need %d more %s and %d million pounds before the winter of %d, because the old quay at berth %d can no longer take the larger ships.\n\n",
			who, 10+k, what, 3+k%40, 2030+k%9, k+1)
	}
	return sb.String()
}

// TestBriefIsBrief: /brief of a 300-paragraph article is one page (its top
// claims, figures and people); more:true pages through all of them.
func TestBriefIsBrief(t *testing.T) {
	t.Parallel()
	h := newHarnessWith(t, discord.Options{}, func(*index.Index) *bot.Bot {
		return bot.New(newIndexOf(t, map[string]string{"long/report.md": longArticle(300)}), bot.Options{})
	})
	h.open(t)
	_, brief := h.send(t, alice.Command(h.fake.AppID, "brief", []dt.Opt{dt.Str("article", "long report")}))
	checkMessage(t, brief)
	if len(brief.Embeds) != 1 || len(brief.Components) != 0 {
		t.Fatalf("/brief: %d embeds, %d rows of buttons; want one page", len(brief.Embeds), len(brief.Components))
	}
	text := brief.text()
	for _, want := range []string{"Top claims (5 of", "Key figures (5 of", "People and organisations", "Mara Quell", "more:true"} {
		if !strings.Contains(text, want) {
			t.Errorf("/brief lacks %q:\n%s", want, text)
		}
	}
	if n := len([]rune(text)); n > 4000 {
		t.Errorf("/brief of %d characters", n)
	}

	_, all := h.send(t, alice.Command(h.fake.AppID, "brief", []dt.Opt{dt.Str("article", "long report"), dt.Bool("more", true)}))
	checkMessage(t, all)
	if len(all.Components) == 0 || all.Embeds[0].Footer == nil || !strings.Contains(all.Embeds[0].Footer.Text, "page 1 of") {
		t.Errorf("/brief more:true is not paged: %+v", all.Embeds[0].Footer)
	}
}
