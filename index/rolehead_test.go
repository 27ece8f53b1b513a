package index

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge"
)

// TestARoleIsHeldByItsHead: "who is the chief executive of Vexa Labs" is
// not answered by its executive chairman, whose role has "executive" only
// as a word that qualifies it; a chief executive officer, a secretary-general
// and the chairman himself are still found by what heads their roles.
func TestARoleIsHeldByItsHead(t *testing.T) {
	const vexa = "Inhaler approved\n\n" +
		"The regulator approved Vexa Labs' new inhaler on Monday. \"We are delighted,\" said Vexa Labs executive chairman Omar Hale."
	const kesh = "Kesh Mining output falls\n\n" +
		"Kesh Mining dug less ore this year. \"The rains were worse than we feared,\" said Lena Ward, chief executive officer of Kesh Mining."
	const league = "League meets\n\n" +
		"The Tarn League met in Vale on Friday. \"Every member voted,\" said Ivo Kral, the league's secretary-general."
	person := func(text, id, name, role, affil string) knowledge.Entity {
		e := knowledge.Entity{ID: id, Name: name, Type: knowledge.EntityPerson, Roles: []string{role},
			Mentions: []knowledge.Mention{mentionAt(t, text, name)}}
		if affil != "" {
			e.Affiliations = []string{affil}
		}
		return e
	}
	org := func(text, id, name string) knowledge.Entity {
		return knowledge.Entity{ID: id, Name: name, Type: knowledge.EntityOrganization, Mentions: []knowledge.Mention{mentionAt(t, text, name)}}
	}
	facts := map[string]knowledge.Facts{
		"vexa.txt": {
			Entities: []knowledge.Entity{org(vexa, "e1", "Vexa Labs"), person(vexa, "e2", "Omar Hale", "executive chairman", "Vexa Labs")},
			Claims:   []knowledge.Claim{claimAt(t, vexa, "Omar Hale", "e2", "We are delighted", "said")},
		},
		"kesh.txt": {
			Entities: []knowledge.Entity{org(kesh, "e1", "Kesh Mining"), person(kesh, "e2", "Lena Ward", "chief executive officer", "Kesh Mining")},
			Claims:   []knowledge.Claim{claimAt(t, kesh, "Lena Ward", "e2", "The rains were worse than we feared", "said")},
		},
		"league.txt": {
			Entities: []knowledge.Entity{org(league, "e1", "Tarn League"), person(league, "e2", "Ivo Kral", "secretary-general", "Tarn League")},
			Claims:   []knowledge.Claim{claimAt(t, league, "Ivo Kral", "e2", "Every member voted", "said")},
		},
	}
	ix := askIndex(t, map[string]string{"vexa.txt": vexa, "kesh.txt": kesh, "league.txt": league, "port.txt": filler}, facts)
	for _, c := range []struct{ q, want, not string }{
		{q: "Who is the chief executive of Vexa Labs?", not: "Omar Hale"},
		{q: "Who is the chairman of Vexa Labs?", want: "Omar Hale"},
		{q: "Who is the chief executive of Kesh Mining?", want: "Lena Ward"},
		{q: "Who is the secretary general of the Tarn League?", want: "Ivo Kral"},
	} {
		a := ask(t, ix, c.q).Answer
		switch {
		case c.want != "" && (a == nil || !strings.Contains(a.Text, c.want)):
			t.Errorf("%s: answer = %+v, want %s", c.q, a, c.want)
		case c.not != "" && a != nil && strings.Contains(a.Text, c.not):
			t.Errorf("%s: answer = %+v, want none that names %s", c.q, a, c.not)
		}
	}
}

// TestARoleUnderAnotherOrAfterItsHead: a chief operating officer is no
// chief financial officer, nor a deputy chief executive the chief
// executive, nor the shadow minister the minister; each is found when
// asked for.
func TestARoleUnderAnotherOrAfterItsHead(t *testing.T) {
	const borax = "Borax results\n\n" +
		"Borax Inc made more money this year. \"Costs fell,\" said Borax chief operating officer Jane Roe. " +
		"\"Sales rose in Asia,\" said Borax deputy chief executive Ann Smith. " +
		"\"The debt is paid,\" said Borax chief financial officer Mark Lee."
	const mines = "Mines bill\n\n" +
		"\"The bill is late,\" said shadow mines minister Tom Vale. \"It will pass,\" said Mines Minister Rita Holm."
	person := func(id, name, role string) knowledge.Entity {
		return knowledge.Entity{ID: id, Name: name, Type: knowledge.EntityPerson, Roles: []string{role}, Affiliations: []string{"Borax Inc"},
			Mentions: []knowledge.Mention{mentionAt(t, borax, name)}}
	}
	facts := map[string]knowledge.Facts{"borax.txt": {
		Entities: []knowledge.Entity{
			{ID: "e1", Name: "Borax Inc", Type: knowledge.EntityOrganization, Aliases: []string{"Borax"}, Mentions: []knowledge.Mention{mentionAt(t, borax, "Borax Inc")}},
			person("e2", "Jane Roe", "chief operating officer"), person("e3", "Ann Smith", "deputy chief executive"), person("e4", "Mark Lee", "chief financial officer"),
		},
		Claims: []knowledge.Claim{
			claimAt(t, borax, "Jane Roe", "e2", "Costs fell", "said"),
			claimAt(t, borax, "Ann Smith", "e3", "Sales rose in Asia", "said"),
			claimAt(t, borax, "Mark Lee", "e4", "The debt is paid", "said"),
		},
	}}
	facts["mines.txt"] = knowledge.Facts{
		Entities: []knowledge.Entity{
			{ID: "e1", Name: "Tom Vale", Type: knowledge.EntityPerson, Roles: []string{"shadow mines minister"}, Mentions: []knowledge.Mention{mentionAt(t, mines, "Tom Vale")}},
			{ID: "e2", Name: "Rita Holm", Type: knowledge.EntityPerson, Roles: []string{"Mines Minister"}, Mentions: []knowledge.Mention{mentionAt(t, mines, "Rita Holm")}},
		},
		Claims: []knowledge.Claim{claimAt(t, mines, "Tom Vale", "e1", "The bill is late", "said"), claimAt(t, mines, "Rita Holm", "e2", "It will pass", "said")},
	}
	ix := askIndex(t, map[string]string{"borax.txt": borax, "mines.txt": mines, "port.txt": filler}, facts)
	for _, c := range []struct{ q, want string }{
		{"Who is the chief financial officer of Borax?", "Mark Lee"},
		{"Who is the chief operating officer of Borax?", "Jane Roe"},
		{"Who is the deputy chief executive of Borax?", "Ann Smith"},
		{"Who is the chief executive of Borax?", ""},
		{"Who is the mines minister?", "Rita Holm"},
		{"Who is the shadow mines minister?", "Tom Vale"},
	} {
		a := ask(t, ix, c.q).Answer
		switch {
		case c.want == "" && a != nil && (strings.Contains(a.Text, "Ann Smith") || strings.Contains(a.Text, "Jane Roe") || strings.Contains(a.Text, "Mark Lee")):
			t.Errorf("%s: answer = %q, want none: no one holds the role", c.q, a.Text)
		case c.want != "" && (a == nil || !strings.Contains(a.Text, c.want)):
			t.Errorf("%s: answer = %+v, want %s", c.q, a, c.want)
		}
	}
}
