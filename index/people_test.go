package index

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"github.com/briefbot/briefbot/knowledge"
	"github.com/briefbot/briefbot/knowledge/text"
)

// ferry is an article about a strike, with its facts written as extraction
// finds them, including what it gets wrong: the chief executive's words are
// credited to his company.
const ferry = "Ferry strike enters second week\n\n" +
	"The ferry union called a strike on Monday. \"We will not sail until the pay offer improves,\" said Marta Reis, the union's general secretary.\n\n" +
	"Port operator Atlantica Lines said the strike would cost it two million euros a day. \"We are losing passengers to the airlines,\" Atlantica chief executive Joao Pinto told reporters.\n\n" +
	"The ministry said talks would resume on Thursday, and that it hoped both sides would compromise. Few travellers were at the terminal on Tuesday, and the cafes were closed. " +
	"Asked about the union's demands, Pinto was blunt. \"The offer stands,\" Pinto said. \"We have nothing more to give. Our ships will stay in the harbour until the crews come back to work, however long it takes.\""

// club is another article with a general secretary, of a football club.
const club = "Club defends pay offer\n\nThe club's general secretary said the pay offer to the players was fair and final."

func ferryFacts() knowledge.Facts {
	at := func(s string) (int, int, int) {
		i := strings.Index(ferry, s)
		p := strings.LastIndex(ferry[:i], "\n\n") + 2
		return strings.Count(ferry[:i], "\n\n"), i - p, i - p + len(s)
	}
	mention := func(s string) knowledge.Mention {
		n, a, b := at(s)
		return knowledge.Mention{Paragraph: n + 1, Start: a, End: b, Text: s}
	}
	claim := func(id, speaker, sid, by, content string, quoted bool) knowledge.Claim {
		n, a, b := at(content)
		m := mention(by)
		return knowledge.Claim{ID: id, Speaker: speaker, SpeakerID: sid, SpeakerMention: &m, Cue: "said", Content: content,
			Quoted: quoted, Paragraph: n + 1, Start: a, End: b}
	}
	return knowledge.Facts{
		Entities: []knowledge.Entity{
			{ID: "e1", Name: "Marta Reis", Type: knowledge.EntityPerson, Roles: []string{"general secretary"}, Affiliations: []string{"ferry union"},
				Mentions: []knowledge.Mention{mention("Marta Reis")}},
			{ID: "e2", Name: "Atlantica Lines", Type: knowledge.EntityOrganization, Mentions: []knowledge.Mention{mention("Atlantica Lines")}},
			{ID: "e3", Name: "Joao Pinto", Type: knowledge.EntityPerson, Aliases: []string{"Pinto"}, Roles: []string{"chief executive"},
				Mentions: []knowledge.Mention{mention("Joao Pinto"), mention("Pinto was blunt")}},
		},
		Claims: []knowledge.Claim{
			claim("c1", "Marta Reis", "e1", "Marta Reis, the union's general secretary", "We will not sail until the pay offer improves", true),
			claim("c2", "Atlantica Lines", "e2", "Atlantica chief executive Joao Pinto", "We are losing passengers to the airlines", true),
			claim("c3", "Joao Pinto", "e3", "Pinto said", "The offer stands", true),
		},
	}
}

func clubFacts() knowledge.Facts {
	content := "the pay offer to the players was fair and final"
	p := strings.Index(club, "\n\n") + 2
	a := strings.Index(club, content) - p
	m := knowledge.Mention{Paragraph: 2, Start: 0, End: len("The club's general secretary"), Text: "The club's general secretary"}
	return knowledge.Facts{Claims: []knowledge.Claim{{ID: "c1", Speaker: "the club's general secretary", SpeakerMention: &m, Cue: "said",
		Content: content, Paragraph: 2, Start: a, End: a + len(content)}}}
}

func ferryIndex(t *testing.T) *Index {
	return askIndex(t, map[string]string{"ferry.txt": ferry, "club.txt": club, "port.txt": filler},
		map[string]knowledge.Facts{"ferry.txt": ferryFacts(), "club.txt": clubFacts()})
}

func TestAnswersAboutPeople(t *testing.T) {
	ix := ferryIndex(t)
	tests := []struct {
		question, kind, text, article string
	}{
		// Someone asked for by description: the union's general secretary is
		// Marta Reis; the club's has no union in his article.
		{"What did the union's general secretary say about the pay offer?", knowledge.AnswerClaim, "We will not sail until the pay offer improves", "ferry.txt"},
		// Who holds a role.
		{"Who is the general secretary of the ferry union?", knowledge.AnswerSpeaker, "Marta Reis", "ferry.txt"},
		// The person in the words a claim is credited to, not his company.
		{"Who said they were losing passengers to the airlines?", knowledge.AnswerSpeaker, "Joao Pinto", "ferry.txt"},
		// The sentence of a quote that carries on the claim.
		{"What did Pinto say about his ships?", knowledge.AnswerClaim, "Our ships will stay in the harbour until the crews come back to work, however long it takes.", "ferry.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			res := ask(t, ix, tt.question)
			a := res.Answer
			if a == nil {
				t.Fatalf("no answer: %+v", res)
			}
			if a.Kind != tt.kind || a.Text != tt.text || a.Citation.ArticleID != tt.article {
				t.Errorf("answer = %s %q from %s, want %s %q from %s", a.Kind, a.Text, a.Citation.ArticleID, tt.kind, tt.text, tt.article)
			}
			// The passage the answer comes from shows it.
			for _, h := range res.Hits {
				if h.Citation == a.Citation && !strings.Contains(h.Snippet.Text, a.Text) {
					t.Errorf("the passage of the answer does not show it: %q", h.Snippet.Text)
				}
			}
		})
	}
}

func TestSpeakerDescribedByRole(t *testing.T) {
	ix := ferryIndex(t)
	_, q, _, err := ix.search(context.Background(), knowledge.Query{Text: "What did the union's general secretary say about the pay offer?", Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	if q.Role != "secretary" {
		t.Fatalf("role = %q, want secretary", q.Role)
	}
	// Both articles' speakers are general secretaries; only the ferry
	// article holds "union", which qualifies the role asked about.
	if !q.qualified["ferry.txt"] || q.qualified["club.txt"] {
		t.Errorf("qualified = %v, want the ferry article only", q.qualified)
	}
	ferryCl, clubCl := ferryFacts().Claims, clubFacts().Claims
	if !q.claimOfSubject("ferry.txt", ferryCl[0]) {
		t.Error("Marta Reis, the union's general secretary, is not the subject")
	}
	if q.claimOfSubject("ferry.txt", ferryCl[1]) {
		t.Error("the chief executive is taken for the general secretary")
	}
	if q.claimOfSubject("club.txt", clubCl[0]) {
		t.Error("the club's general secretary is taken for the union's")
	}
}

func TestWhoDidIt(t *testing.T) {
	ix := askIndex(t, map[string]string{
		"captain.txt": "Ferry captain held\n\nThe captain of the ferry was arrested on Tuesday, his lawyer said.\n\n" +
			"Customs officers arrested two dockers on Monday. Harbour police searched the ship and arrested the captain at his hotel, the lawyer added.",
		"port.txt": filler,
	}, nil)
	if _, err := text.Default(); err != nil {
		t.Skip("no trained model embedded")
	}
	res := ask(t, ix, "Who arrested the ferry captain?")
	if a := res.Answer; a == nil || a.Kind != knowledge.AnswerSpeaker || a.Text != "Harbour police" {
		t.Errorf("answer = %+v, want the speaker Harbour police: who did it to the captain, from the parse", a)
	}
}

func TestPlacesUnderOtherNames(t *testing.T) {
	ix := askIndex(t, map[string]string{
		"dutch.txt":  "Ferry trips\n\nDutch ferries made 4,000 trips last year, the shipping council said.",
		"france.txt": "Ferry trips\n\nFrench ferries made 5,000 trips last year, the shipping council said.",
		"port.txt":   filler,
	}, nil)
	res := ask(t, ix, "How many ferry trips left the Netherlands last year?")
	if len(res.Hits) == 0 || res.Hits[0].Citation.ArticleID != "dutch.txt" {
		t.Fatalf("hits = %+v, want dutch.txt first: Dutch ferries are the Netherlands'", res.Hits)
	}
	marked := false
	for _, m := range res.Hits[0].Snippet.Marks {
		marked = marked || res.Hits[0].Snippet.Text[m.Start:m.End] == "Dutch"
	}
	if !marked {
		t.Errorf("Dutch is not marked in %+v", res.Hits[0].Snippet)
	}
}

// The entities of an article are read once and kept, until the article
// changes.
func TestArticleEntitiesAreKeptUntilTheArticleChanges(t *testing.T) {
	body := "Mill to close\n\nThe paper mill will close in June, its owner said."
	ix := askIndex(t, map[string]string{"mill.txt": body}, map[string]knowledge.Facts{
		"mill.txt": {Entities: []knowledge.Entity{{ID: "e1", Name: "Anna Berg", Type: knowledge.EntityPerson}}},
	})
	id := ix.Articles(knowledge.SharedScope)[0].ID
	read := func() string {
		bi, unlock, err := ix.reader()
		if err != nil {
			t.Fatal(err)
		}
		defer unlock()
		es := ix.articleEntities(context.Background(), bi, []*candidate{{article: id}})[id]
		if len(es) != 1 {
			t.Fatalf("entities %v, want one", es)
		}
		return es[0].Name
	}
	if got := read(); got != "Anna Berg" {
		t.Fatalf("entity %q, want Anna Berg", got)
	}
	if _, ok := ix.entities.get(ix.entityStamp(id)); !ok {
		t.Error("the entities read are not kept")
	}
	if got := read(); got != "Anna Berg" {
		t.Errorf("kept entity %q, want Anna Berg", got)
	}
	a := article(t, "mill.txt", body+"\n\nThe mill employs 300 people.")
	if _, err := ix.addFacts(a, knowledge.Facts{Entities: []knowledge.Entity{{ID: "e1", Name: "Carl Holm", Type: knowledge.EntityPerson}}}); err != nil {
		t.Fatal(err)
	}
	if got := read(); got != "Carl Holm" {
		t.Errorf("after the article changed, entity %q, want Carl Holm", got)
	}
}

// factsOf reads the facts documents bleve's DocIDQuery finds: the live
// ones (an article changed leaves its old facts document deleted), none
// for an article that has none.
func TestFactsOfReadsWhatBleveFinds(t *testing.T) {
	ix := askIndex(t, map[string]string{
		"mill.txt":  "Mill to close\n\nThe paper mill will close in June, its owner said.",
		"ferry.txt": "Ferry fares rise\n\nFerry fares will rise in spring, the operator said.",
	}, map[string]knowledge.Facts{
		"mill.txt":  {Entities: []knowledge.Entity{{ID: "e1", Name: "Anna Berg", Type: knowledge.EntityPerson, Mentions: []knowledge.Mention{{Paragraph: 1, Start: 4, End: 9, Text: "paper"}}}}},
		"ferry.txt": {Entities: []knowledge.Entity{{ID: "e1", Name: "Ferry Co", Type: knowledge.EntityOrganization, Aliases: []string{"the operator"}}}},
	})
	a := article(t, "mill.txt", "Mill to close\n\nThe paper mill will close in June.")
	if _, err := ix.addFacts(a, knowledge.Facts{Entities: []knowledge.Entity{{ID: "e1", Name: "Carl Holm", Type: knowledge.EntityPerson}}}); err != nil {
		t.Fatal(err)
	}
	var articles, ids []string
	for _, a := range ix.Articles(knowledge.SharedScope) {
		articles = append(articles, a.ID)
	}
	articles = append(articles, "no-such.txt")
	for _, a := range articles {
		ids = append(ids, factsID(a))
	}
	bi, unlock, err := ix.reader()
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	byID := func(docs []factDoc) map[string][]knowledge.Entity {
		m := map[string][]knowledge.Entity{}
		for _, d := range docs {
			if _, dup := m[d.article]; dup {
				t.Errorf("two facts documents of %s", d.article)
			}
			m[d.article] = d.facts.Entities
		}
		return m
	}
	want, err := ix.factDocs(context.Background(), bi, bleve.NewDocIDQuery(ids), len(ids))
	if err != nil {
		t.Fatal(err)
	}
	got, err := factsOf(bi, articles)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) != 2 || !reflect.DeepEqual(byID(got), byID(want)) {
		t.Errorf("factsOf read %+v, bleve finds %+v", byID(got), byID(want))
	}
}

// "Who wrote X": not the description a claim is attributed to ("a new
// book"), nor a name the question gives itself ("Reed" of "Reed's
// Harbour"), but the person the sentence names.
func TestWhoIsANameNotADescription(t *testing.T) {
	const body = "Book revives harbour feud\n\n" +
		"According to a new book, Reed's Harbour by local historian Nell Quarry, the mayor broke his promise to Tom Reed in 1998."
	at := func(s string) (int, int) {
		i := strings.Index(body, s) - strings.Index(body, "\n\n") - 2
		return i, i + len(s)
	}
	rs, re := at("Reed's")
	ns, ne := at("Nell Quarry")
	ts, te := at("Tom Reed")
	cs, ce := at("the mayor broke his promise to Tom Reed in 1998")
	facts := knowledge.Facts{
		Entities: []knowledge.Entity{
			{ID: "e1", Name: "Tom Reed", Type: knowledge.EntityPerson, Mentions: []knowledge.Mention{
				{Paragraph: 2, Start: rs, End: re - 2, Text: "Reed"}, {Paragraph: 2, Start: ts, End: te, Text: "Tom Reed"}}},
			{ID: "e2", Name: "Nell Quarry", Type: knowledge.EntityPerson, Roles: []string{"historian"},
				Mentions: []knowledge.Mention{{Paragraph: 2, Start: ns, End: ne, Text: "Nell Quarry"}}},
		},
		Claims: []knowledge.Claim{{ID: "c1", Speaker: "a new book", Cue: "according to",
			Content: "the mayor broke his promise to Tom Reed in 1998", Paragraph: 2, Start: cs, End: ce}},
	}
	ix := askIndex(t, map[string]string{"book.txt": body, "port.txt": filler}, map[string]knowledge.Facts{"book.txt": facts})
	if a := ask(t, ix, "Who wrote the book Reed's Harbour?").Answer; a == nil || a.Text != "Nell Quarry" {
		t.Errorf("answer = %+v, want Nell Quarry", a)
	}
}

// "Which singer joined X on stage?": someone the article gives that role,
// though the question names no one whose singer they are.
func TestWhichRoleIsAskedLikeWho(t *testing.T) {
	const body = "Gadget fair opens\n\n" +
		"The fair's chief Ada Moss opened the show with a speech on pocket radios. " +
		"Special guest, singer Mara Lind, joined Ada Moss on stage to show her own range of radios."
	at := func(s string) (int, int) {
		i := strings.Index(body, s) - strings.Index(body, "\n\n") - 2
		return i, i + len(s)
	}
	ms, me := at("Mara Lind")
	as, ae := at("Ada Moss")
	facts := knowledge.Facts{Entities: []knowledge.Entity{
		{ID: "e1", Name: "Ada Moss", Type: knowledge.EntityPerson, Roles: []string{"chief"},
			Mentions: []knowledge.Mention{{Paragraph: 2, Start: as, End: ae, Text: "Ada Moss"}}},
		{ID: "e2", Name: "Mara Lind", Type: knowledge.EntityPerson, Roles: []string{"singer"},
			Mentions: []knowledge.Mention{{Paragraph: 2, Start: ms, End: me, Text: "Mara Lind"}}},
	}}
	ix := askIndex(t, map[string]string{"fair.txt": body, "port.txt": filler}, map[string]knowledge.Facts{"fair.txt": facts})
	if a := ask(t, ix, "Which singer joined Ada Moss on stage?").Answer; a == nil || a.Text != "Mara Lind" {
		t.Errorf("answer = %+v, want Mara Lind", a)
	}
}

// "What did the Harbour Party's Ivo Marsh say": the claims of Ivo Marsh,
// whose party the question names before him.
func TestSpeakerNamedWithHisParty(t *testing.T) {
	const body = "Ferry fares rise\n\n" +
		"The port board raised ferry fares by a tenth on Monday. " +
		"The Harbour Party's transport spokesman Ivo Marsh called the rise \"a tax on islanders\"."
	at := func(s string) (int, int) {
		i := strings.Index(body, s) - strings.Index(body, "\n\n") - 2
		return i, i + len(s)
	}
	ns, ne := at("Ivo Marsh")
	cs, ce := at("the rise \"a tax on islanders\"")
	facts := knowledge.Facts{
		Entities: []knowledge.Entity{{ID: "e1", Name: "Ivo Marsh", Type: knowledge.EntityPerson, Roles: []string{"spokesman"},
			Mentions: []knowledge.Mention{{Paragraph: 2, Start: ns, End: ne, Text: "Ivo Marsh"}}}},
		Claims: []knowledge.Claim{{ID: "c1", Speaker: "Ivo Marsh", SpeakerID: "e1", Cue: "called",
			Content: "the rise \"a tax on islanders\"", Quoted: true, Paragraph: 2, Start: cs, End: ce}},
	}
	ix := askIndex(t, map[string]string{"fares.txt": body, "port.txt": filler}, map[string]knowledge.Facts{"fares.txt": facts})
	if a := ask(t, ix, "What did the Harbour Party's Ivo Marsh call the ferry fare rise?").Answer; a == nil || !strings.Contains(a.Text, "a tax on islanders") {
		t.Errorf("answer = %+v, want Ivo Marsh's words", a)
	}
}

func TestDescribingWord(t *testing.T) {
	for _, tt := range []struct{ before, name, want string }{
		{"Florida state archivist", "Jody Norman", "archivist"},
		{"state archivist Mr Jody", "Jody Norman", "archivist"}, // past the honorific and the first name
		{"The poster shows Mr", "Michael Howard", "shows"},      // a word further back describes no one
		{"", "Jody Norman", ""},
	} {
		if got := describingWord(tt.before, tt.name); got != tt.want {
			t.Errorf("describingWord(%q, %q) = %q, want %q", tt.before, tt.name, got, tt.want)
		}
	}
}

// "What did the council leaflet show …": the leaflet is no speaker, and
// the man it shows, named after "The council leaflet shows Mr", is not
// described by it: his words are no answer.
func TestAThingBeforeANameDoesNotDescribeHim(t *testing.T) {
	const body = "Leaflet row\n\n" +
		"The council leaflet shows Mr Tom Vale cutting the ribbon at the new harbour wall. " +
		"Tom Vale said the leaflet was \"a cheap stunt\" paid for by the council."
	at := func(s string) (int, int) {
		i := strings.Index(body, s) - strings.Index(body, "\n\n") - 2
		return i, i + len(s)
	}
	m1s, _ := at("Tom Vale cutting")
	m2s, m2e := at("Tom Vale said")
	cs, ce := at("the leaflet was \"a cheap stunt\" paid for by the council")
	facts := knowledge.Facts{
		Entities: []knowledge.Entity{{ID: "e1", Name: "Tom Vale", Type: knowledge.EntityPerson, Mentions: []knowledge.Mention{
			{Paragraph: 2, Start: m1s, End: m1s + len("Tom Vale"), Text: "Tom Vale"}, {Paragraph: 2, Start: m2s, End: m2e - len(" said"), Text: "Tom Vale"}}}},
		Claims: []knowledge.Claim{{ID: "c1", Speaker: "Tom Vale", SpeakerID: "e1", Cue: "said",
			Content: "the leaflet was \"a cheap stunt\" paid for by the council", Paragraph: 2, Start: cs, End: ce}},
	}
	ix := askIndex(t, map[string]string{"leaflet.txt": body, "port.txt": filler}, map[string]knowledge.Facts{"leaflet.txt": facts})
	if a := ask(t, ix, "What did the council leaflet show Tom Vale doing?").Answer; a != nil && a.Kind == knowledge.AnswerClaim {
		t.Errorf("answer = %+v, want no claim of Tom Vale's", a)
	}
}
