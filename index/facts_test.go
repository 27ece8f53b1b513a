package index

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge"
)

func f64(v float64) *float64 { return &v }

// factsIndex holds two articles with hand-made facts: one senator named in
// both, two different people who share his surname, a dispute, figures.
func factsIndex(t *testing.T) *Index {
	t.Helper()
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	a := &knowledge.Article{ID: "a.txt", Title: "Senator threatens sanctions", Published: "2026-05-01", Scope: knowledge.SharedScope,
		Paragraphs: []knowledge.Paragraph{
			{N: 1, Kind: knowledge.KindTitle, Text: "Senator threatens sanctions"},
			{N: 2, Kind: knowledge.KindBody, Text: "Sen. Lindsey Graham said the army had freed 200 prisoners."},
			{N: 3, Kind: knowledge.KindBody, Text: "The army denied that it freed anyone, the ministry said."},
		}}
	fa := knowledge.Facts{
		Entities: []knowledge.Entity{
			{ID: "e1", Name: "Lindsey Graham", Type: "person", Aliases: []string{"Graham"}, Roles: []string{"Sen."},
				Mentions: []knowledge.Mention{{Paragraph: 2, Start: 5, End: 19, Text: "Lindsey Graham"}}},
			{ID: "e2", Name: "Syrian Arab Army", Type: "organization", Aliases: []string{"the army"},
				Mentions: []knowledge.Mention{{Paragraph: 2, Start: 24, End: 28, Text: "army"}}},
		},
		Claims: []knowledge.Claim{
			{ID: "c1", Speaker: "Lindsey Graham", Cue: "said", Stance: "assert", Content: "the army had freed 200 prisoners", Paragraph: 2, Start: 25, End: 57},
			{ID: "c2", Speaker: "Syrian Arab Army", Cue: "denied", Stance: "deny", Content: "it freed anyone", Paragraph: 3, Start: 21, End: 36},
		},
		Figures:  []knowledge.Figure{{Text: "200 prisoners", Value: f64(200), Kind: "count", Counted: "prisoners", Source: "Lindsey Graham", Paragraph: 2, Start: 43, End: 56}},
		Disputes: []knowledge.Dispute{{About: "who freed the prisoners", Claims: []int{0, 1}}},
	}
	b := &knowledge.Article{ID: "b.txt", Title: "Hearing on the border", Published: "2026-06-01", Scope: knowledge.SharedScope,
		Paragraphs: []knowledge.Paragraph{
			{N: 1, Kind: knowledge.KindTitle, Text: "Hearing on the border"},
			{N: 2, Kind: knowledge.KindBody, Text: "Lindsey Graham chaired the hearing. Maria Graham, a nurse, testified."},
		}}
	fb := knowledge.Facts{Entities: []knowledge.Entity{
		{ID: "e1", Name: "Lindsey Graham", Type: "person", Roles: []string{"chairman"}, Mentions: []knowledge.Mention{{Paragraph: 2, Start: 0, End: 14, Text: "Lindsey Graham"}}},
		{ID: "e2", Name: "Maria Graham", Type: "person", Roles: []string{"nurse"}, Mentions: []knowledge.Mention{{Paragraph: 2, Start: 36, End: 48, Text: "Maria Graham"}}},
	}}
	g := &knowledge.Article{ID: "ingest/g1/memo.txt", Title: "Guild memo", Scope: "g1",
		Paragraphs: []knowledge.Paragraph{{N: 1, Kind: knowledge.KindBody, Text: "Grace Hollis signed the memo."}}}
	fg := knowledge.Facts{Entities: []knowledge.Entity{{ID: "e1", Name: "Grace Hollis", Type: "person", Mentions: []knowledge.Mention{{Paragraph: 1, Start: 0, End: 12, Text: "Grace Hollis"}}}},
		Claims: []knowledge.Claim{{ID: "c1", Speaker: "Grace Hollis", Cue: "signed", Content: "the memo", Paragraph: 1}}}
	for _, x := range []struct {
		a *knowledge.Article
		f knowledge.Facts
	}{{a, fa}, {b, fb}, {g, fg}} {
		if _, err := ix.addFacts(x.a, x.f); err != nil {
			t.Fatal(err)
		}
	}
	return ix
}

func TestWhoBuildsOneProfilePerPerson(t *testing.T) {
	ix := factsIndex(t)
	who, err := ix.Who(context.Background(), "", "Lindsey Graham")
	if err != nil {
		t.Fatal(err)
	}
	if len(who.Profiles) == 0 {
		t.Fatal("no profile")
	}
	p := who.Profiles[0]
	if p.Name != "Lindsey Graham" || p.Articles != 2 || len(p.Roles) != 2 {
		t.Errorf("profile = %+v, want Lindsey Graham in 2 articles with 2 roles", p)
	}
	for _, r := range p.Roles {
		if r.Citation.ArticleID == "" || r.Citation.Paragraph == 0 {
			t.Errorf("role %q has no citation", r.Text)
		}
	}
	if len(p.Passages) == 0 || !strings.Contains(p.Passages[0].Snippet.Text, "Graham") {
		t.Errorf("passages = %+v", p.Passages)
	}
	for _, q := range who.Profiles[1:] {
		if q.Name == "Lindsey Graham" {
			t.Error("one person split into two profiles")
		}
	}

	// A surname alone names two different people.
	who, _ = ix.Who(context.Background(), "", "Graham")
	names := map[string]bool{}
	for _, p := range who.Profiles {
		names[p.Name] = true
	}
	if !names["Lindsey Graham"] || !names["Maria Graham"] {
		t.Errorf("Graham gives %v, want both Lindsey and Maria Graham apart", names)
	}

	// A typo gives suggestions, not silence.
	who, _ = ix.Who(context.Background(), "", "Lindsy Grahm")
	if len(who.Profiles) != 0 || len(who.Suggestions) == 0 || who.Suggestions[0] != "Lindsey Graham" {
		t.Errorf("typo: %+v", who)
	}
}

func TestCompleteStaysInScope(t *testing.T) {
	ix := factsIndex(t)
	names := func(cs []knowledge.Choice) string {
		var out []string
		for _, c := range cs {
			out = append(out, c.Name)
		}
		return strings.Join(out, ", ")
	}
	if got := names(ix.Complete(context.Background(), "", CompleteEntities, "gra", 25)); got != "Lindsey Graham, Maria Graham" {
		t.Errorf("complete gra = %q", got)
	}
	if got := names(ix.Complete(context.Background(), "g2", CompleteEntities, "gr", 25)); strings.Contains(got, "Grace Hollis") {
		t.Errorf("guild g2 completes another guild's name: %q", got)
	}
	if got := names(ix.Complete(context.Background(), "g1", CompleteEntities, "holl", 25)); got != "Grace Hollis" {
		t.Errorf("guild g1 complete holl = %q", got)
	}
	if got := names(ix.Complete(context.Background(), "", CompleteSpeakers, "syr", 25)); got != "Syrian Arab Army" {
		t.Errorf("speaker complete syr = %q", got)
	}
	// Nothing typed: the names of the newest articles, the most named first.
	if got := names(ix.Complete(context.Background(), "", CompleteEntities, " ", 25)); got != "Lindsey Graham, Maria Graham, Syrian Arab Army" {
		t.Errorf("complete with nothing typed = %q", got)
	}
	if got := names(ix.Complete(context.Background(), "g1", CompleteEntities, "", 2)); got != "Lindsey Graham, Grace Hollis" {
		t.Errorf("guild g1 complete with nothing typed = %q", got)
	}
	if got := names(ix.Complete(context.Background(), "g1", CompleteSpeakers, "", 25)); got != "Grace Hollis, Lindsey Graham, Syrian Arab Army" {
		t.Errorf("guild g1 speakers with nothing typed = %q", got)
	}
}

func TestClaimsCarryTheirDispute(t *testing.T) {
	ix := factsIndex(t)
	hits, total, err := ix.Claims(context.Background(), "", "Graham", "", "", 10)
	if err != nil {
		t.Fatal(err)
	}
	if total != 1 || len(hits) != 1 || hits[0].Claim.Content != "the army had freed 200 prisoners" || hits[0].Citation.Paragraph != 2 {
		t.Fatalf("claims by Graham = %+v", hits)
	}
	if len(hits[0].Disputes) != 1 || hits[0].Disputes[0].Others[0].Speaker != "Syrian Arab Army" {
		t.Errorf("dispute = %+v", hits[0].Disputes)
	}
	hits, _, _ = ix.Claims(context.Background(), "", "", "freed", "", 10)
	if len(hits) != 2 {
		t.Errorf("claims about freed: %d, want 2", len(hits))
	}
	// One kind of claim alone: the denial, with a topic or without.
	for _, topic := range []string{"freed", ""} {
		hits, total, err := ix.Claims(context.Background(), "", "", topic, "deny", 10)
		if err != nil || total != 1 || len(hits) != 1 || hits[0].Claim.Speaker != "Syrian Arab Army" {
			t.Errorf("denials about %q: %+v (%d), %v", topic, hits, total, err)
		}
	}
	if hits, _, _ := ix.Claims(context.Background(), "", "Graham", "", "deny", 10); len(hits) != 0 {
		t.Errorf("Graham's denials: %+v, want none", hits)
	}
	if _, _, err := ix.Claims(context.Background(), "", "", "", "gossip", 10); !errors.Is(err, knowledge.ErrNotFound) {
		t.Errorf("claims of an unknown kind: %v", err)
	}
	if hits, _, _ := ix.Claims(context.Background(), "g2", "", "memo", "", 10); len(hits) != 0 {
		t.Error("a guild sees another guild's claims")
	}
}

func TestFiguresAndBrief(t *testing.T) {
	ix := factsIndex(t)
	figs, _, err := ix.Figures(context.Background(), "", "prisoners", 10)
	if err != nil || len(figs) != 1 || *figs[0].Figure.Value != 200 || figs[0].Citation.Title != "Senator threatens sanctions" {
		t.Fatalf("figures = %+v, %v", figs, err)
	}
	b, err := ix.Brief(context.Background(), "", "a.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Entities) != 2 || len(b.Claims) != 2 || len(b.Figures) != 1 || len(b.Disputes) != 1 || b.Claims[1].Cue != "denied" {
		t.Errorf("brief = %+v", b)
	}
	prom, err := ix.Prominent(context.Background(), "", 10, 10)
	if err != nil || len(prom) == 0 || prom[0].Name != "Lindsey Graham" {
		t.Errorf("prominent = %+v, %v", prom, err)
	}
}

func TestClaimsBySpeakerAlias(t *testing.T) {
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	a := &knowledge.Article{ID: "p.txt", Title: "Port strike", Scope: knowledge.SharedScope, Paragraphs: []knowledge.Paragraph{
		{N: 1, Kind: knowledge.KindTitle, Text: "Port strike"},
		{N: 2, Kind: knowledge.KindBody, Text: "The Dock Workers Union (DWU) said the strike would go on."},
	}}
	f := knowledge.Facts{
		Entities: []knowledge.Entity{{ID: "e1", Name: "Dock Workers Union", Type: "organization", Aliases: []string{"DWU"},
			Mentions: []knowledge.Mention{{Paragraph: 2, Start: 4, End: 22, Text: "Dock Workers Union"}}}},
		Claims: []knowledge.Claim{{ID: "c1", Speaker: "Dock Workers Union", Cue: "said", Content: "the strike would go on", Paragraph: 2, Start: 34, End: 56}},
	}
	if _, err := ix.addFacts(a, f); err != nil {
		t.Fatal(err)
	}
	hits, _, err := ix.Claims(context.Background(), "", "DWU", "", "", 10)
	if err != nil || len(hits) != 1 {
		t.Errorf("claims by DWU = %+v, %v; want the union's claim", hits, err)
	}
}

// graham holds three people called Graham: one the articles also call
// "Graham" alone, two others whose names hold the word; none has a date.
func grahamIndex(t *testing.T) *Index {
	t.Helper()
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	person := func(name string, aliases ...string) knowledge.Entity {
		return knowledge.Entity{ID: "e1", Name: name, Type: "person", Aliases: aliases,
			Mentions: []knowledge.Mention{{Paragraph: 2, Start: 0, End: len(name), Text: name}}}
	}
	for _, x := range []struct {
		id, speaker, text string
		entity            knowledge.Entity
	}{
		{"a/robb1.txt", "Graham Robb", "Graham Robb said the archive would open in spring.", person("Graham Robb")},
		{"a/robb2.txt", "Graham Robb", "Graham Robb said the map was a forgery.", person("Graham Robb")},
		{"b/lane.txt", "Graham Lane", "Graham Lane said the school budget was short.", person("Graham Lane")},
		{"z/senator.txt", "Lindsey Graham", "Lindsey Graham said the border deal was dead.", person("Lindsey Graham", "Graham")},
	} {
		a := &knowledge.Article{ID: x.id, Title: x.speaker + " speaks", Scope: knowledge.SharedScope, Paragraphs: []knowledge.Paragraph{
			{N: 1, Kind: knowledge.KindTitle, Text: x.speaker + " speaks"}, {N: 2, Kind: knowledge.KindBody, Text: x.text}}}
		start := strings.Index(x.text, "said ") + len("said ")
		f := knowledge.Facts{Entities: []knowledge.Entity{x.entity},
			Claims: []knowledge.Claim{{ID: "c1", Speaker: x.speaker, Cue: "said", Content: x.text[start : len(x.text)-1], Paragraph: 2, Start: start, End: len(x.text) - 1}}}
		if _, err := ix.addFacts(a, f); err != nil {
			t.Fatal(err)
		}
	}
	return ix
}

func TestClaimsByANamePutThatPersonFirstThenGroupTheOthers(t *testing.T) {
	ix := grahamIndex(t)
	hits, total, err := ix.Claims(context.Background(), "", "Graham", "", "", 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range hits {
		got = append(got, fmt.Sprintf("%s/%v", h.Claim.Speaker, h.Exact))
	}
	// Lindsey Graham is "Graham" in his article: he comes first although
	// his article sorts last by path; then Robb (two claims), then Lane.
	want := "Lindsey Graham/true Graham Robb/false Graham Robb/false Graham Lane/false"
	if total != 4 || strings.Join(got, " ") != want {
		t.Errorf("claims by Graham = %s (total %d), want %s", strings.Join(got, " "), total, want)
	}
	who, err := ix.Who(context.Background(), "", "Graham")
	if err != nil || len(who.Profiles) < 3 || who.Profiles[0].Name != "Lindsey Graham" {
		t.Errorf("who Graham = %+v, %v; want Lindsey Graham first", who.Profiles, err)
	}
}

// A country named as a place and, in the same article, as an actor is two
// entities with one name: /who shows the article once, with both mentions,
// and calls the country a place.
func TestWhoShowsAnArticleOnceForANameTypedTwice(t *testing.T) {
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	text := "Freight to Norland rose. Norland said the port was open."
	a := &knowledge.Article{ID: "n.txt", Title: "Norland port", Scope: knowledge.SharedScope,
		Paragraphs: []knowledge.Paragraph{{N: 1, Kind: knowledge.KindTitle, Text: "Norland port"}, {N: 2, Kind: knowledge.KindBody, Text: text}}}
	second := strings.LastIndex(text, "Norland")
	f := knowledge.Facts{Entities: []knowledge.Entity{
		{ID: "e1", Name: "Norland", Type: "organization", Mentions: []knowledge.Mention{{Paragraph: 2, Start: second, End: second + 7, Text: "Norland"}}},
		{ID: "e2", Name: "Norland", Type: "place", Mentions: []knowledge.Mention{{Paragraph: 2, Start: 11, End: 18, Text: "Norland"}}},
	}}
	if _, err := ix.addFacts(a, f); err != nil {
		t.Fatal(err)
	}
	who, err := ix.Who(context.Background(), "", "Norland")
	if err != nil || len(who.Profiles) == 0 {
		t.Fatalf("who = %+v, %v", who, err)
	}
	if typ := who.Profiles[0].Type; typ != knowledge.EntityPlace {
		t.Errorf("type = %s, want a place: the country where it lies and where it acts, once each", typ)
	}
	ps := who.Profiles[0].Passages
	if len(ps) != 1 {
		t.Fatalf("%d passages, want the article once: %+v", len(ps), ps)
	}
	if marks := ps[0].Snippet.Marks; len(marks) != 2 {
		t.Errorf("marks = %+v, want both mentions", marks)
	}
}

// With no speaker asked for, claims come newest article first, as /claims
// says, not grouped by who said most.
func TestClaimsOfNobodyInParticularComeNewestFirst(t *testing.T) {
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	for _, x := range []struct{ id, date, speaker, text string }{
		{"robb1.txt", "2026-01-10", "Graham Robb", "Graham Robb said the archive would open in spring."},
		{"robb2.txt", "2026-01-12", "Graham Robb", "Graham Robb said the map was a forgery."},
		{"lane.txt", "2026-03-02", "Graham Lane", "Graham Lane said the school budget was short."},
		{"senator.txt", "2026-02-20", "Lindsey Graham", "Lindsey Graham said the border deal was dead."},
	} {
		a := &knowledge.Article{ID: x.id, Title: x.speaker + " speaks", Published: x.date, Scope: knowledge.SharedScope,
			Paragraphs: []knowledge.Paragraph{{N: 1, Kind: knowledge.KindTitle, Text: x.speaker + " speaks"}, {N: 2, Kind: knowledge.KindBody, Text: x.text}}}
		start := strings.Index(x.text, "said ") + len("said ")
		f := knowledge.Facts{Claims: []knowledge.Claim{{ID: "c1", Speaker: x.speaker, Cue: "said", Content: x.text[start : len(x.text)-1], Paragraph: 2, Start: start, End: len(x.text) - 1}}}
		if _, err := ix.addFacts(a, f); err != nil {
			t.Fatal(err)
		}
	}
	// list returns the articles of the first n claims, and the total.
	list := func(n int) (string, int) {
		hits, total, err := ix.Claims(context.Background(), "", "", "", "", n)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.Citation.ArticleID)
		}
		return strings.Join(got, " "), total
	}
	if got, _ := list(10); got != "lane.txt senator.txt robb2.txt robb1.txt" {
		t.Errorf("claims = %s, want %s", got, "lane.txt senator.txt robb2.txt robb1.txt")
	}
	// The newest articles are read first, a batch at a time, until there
	// are enough.
	defer func(n int) { newestBatch = n }(newestBatch)
	newestBatch = 1
	if got, total := list(2); got != "lane.txt senator.txt" || total != 4 {
		t.Errorf("2 claims = %s of %d, want %s of 4", got, total, "lane.txt senator.txt")
	}
}

// /figures with a topic puts the figures about it first: what they count
// names it, then their sentence does; the paragraph's other numbers after.
func TestFiguresAboutATopicComeFirst(t *testing.T) {
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	text := "A convoy of 40 trucks drove 90 km. It carried 500 tonnes of barley. Barley exports reached 2 million tonnes, traders said."
	fig := func(s, counted string, v float64) knowledge.Figure {
		at := strings.Index(text, s)
		return knowledge.Figure{Text: s, Value: f64(v), Kind: "measure", Counted: counted, Paragraph: 2, Start: at, End: at + len(s)}
	}
	a := &knowledge.Article{ID: "b.txt", Title: "Grain convoy", Scope: knowledge.SharedScope,
		Paragraphs: []knowledge.Paragraph{{N: 1, Kind: knowledge.KindTitle, Text: "Grain convoy"}, {N: 2, Kind: knowledge.KindBody, Text: text}}}
	f := knowledge.Facts{Figures: []knowledge.Figure{fig("40 trucks", "trucks", 40), fig("90 km", "", 90),
		fig("2 million tonnes", "", 2e6), fig("500 tonnes of barley", "barley", 500)}}
	if _, err := ix.addFacts(a, f); err != nil {
		t.Fatal(err)
	}
	hits, _, err := ix.Figures(context.Background(), "", "barley", 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range hits {
		got = append(got, h.Figure.Text)
	}
	if want := "500 tonnes of barley, 2 million tonnes, 40 trucks, 90 km"; strings.Join(got, ", ") != want {
		t.Errorf("figures about barley = %s, want %s", strings.Join(got, ", "), want)
	}
}

// TestCompleteRanksNamesByTheirArticles: a short prefix suggests the
// names in the most articles first, not the first in alphabetical order
// (bleve's dictionary counts were 1 for nearly every term); a name two of
// whose words start with the prefix counts its articles once; and an
// article added after a completion counts at the next.
func TestCompleteRanksNamesByTheirArticles(t *testing.T) {
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	person := func(name string) knowledge.Entity {
		return knowledge.Entity{Name: name, Type: "person", Mentions: []knowledge.Mention{{Paragraph: 1, Text: name}}}
	}
	add := func(id string, names ...string) {
		t.Helper()
		a := &knowledge.Article{ID: id, Title: id, Scope: knowledge.SharedScope,
			Paragraphs: []knowledge.Paragraph{{N: 1, Kind: knowledge.KindBody, Text: "A roll of names."}}}
		var f knowledge.Facts
		for _, n := range names {
			f.Entities = append(f.Entities, person(n))
		}
		if _, err := ix.addFacts(a, f); err != nil {
			t.Fatal(err)
		}
	}
	var roll []string
	for k := range 300 {
		roll = append(roll, fmt.Sprintf("Mab Roll%04d", k))
	}
	add("roll.txt", roll...)
	for k := range 3 {
		add(fmt.Sprintf("oloo%d.txt", k), "Mzee Oloo", "Anna Berg")
	}
	for k := range 2 {
		add(fmt.Sprintf("sharaa%d.txt", k), "Ahmed Al Sharaa")
	}
	complete := func(prefix string) []string {
		var out []string
		for _, c := range ix.Complete(context.Background(), "", CompleteEntities, prefix, 2) {
			out = append(out, c.Name)
		}
		return out
	}
	if got := complete("m"); len(got) == 0 || got[0] != "Mzee Oloo" {
		t.Errorf("complete m = %q, want Mzee Oloo (3 articles) before the 300 names of one article", got)
	}
	if got := complete("a"); !slices.Equal(got, []string{"Anna Berg", "Ahmed Al Sharaa"}) {
		t.Errorf("complete a = %q, want Anna Berg (3 articles) before Ahmed Al Sharaa (2, though two of its words start with a)", got)
	}
	for k := range 4 {
		add(fmt.Sprintf("kuta%d.txt", k), "Mbali Kuta")
	}
	if got := complete("m"); len(got) == 0 || got[0] != "Mbali Kuta" {
		t.Errorf("complete m after four new articles = %q, want Mbali Kuta", got)
	}
	// More names start so than a completion reads: the names of the
	// newest articles still come up, with all their articles counted.
	var more []string
	for k := range maxCompletionTerms {
		more = append(more, fmt.Sprintf("Mac Roll%04d", k))
	}
	add("more.txt", more...)
	for k := range 2 {
		add(fmt.Sprintf("zulu%d.txt", k), "Mzungu Tavi")
	}
	if got := complete("m"); !slices.Equal(got, []string{"Mbali Kuta", "Mzee Oloo"}) {
		t.Errorf("complete m past the names read = %q, want Mbali Kuta (4 articles) and Mzee Oloo (3)", got)
	}
}

// TestNewestArticlesWithoutTheView: the newest articles picked from the
// manifest are the first of Articles, in its order.
func TestNewestArticlesWithoutTheView(t *testing.T) {
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	for k := range 100 { // more than newestArticles keeps while it picks
		a := &knowledge.Article{ID: fmt.Sprintf("a%02d.txt", k), Title: fmt.Sprintf("Day %02d", k), Published: fmt.Sprintf("2026-03-%02d", k%28+1),
			Scope: knowledge.SharedScope, Paragraphs: []knowledge.Paragraph{{N: 1, Kind: knowledge.KindBody, Text: "A day's news."}}}
		if _, err := ix.addFacts(a, knowledge.Facts{Entities: []knowledge.Entity{}}); err != nil {
			t.Fatal(err)
		}
	}
	ix.mu.RLock()
	picked := slices.Clone(ix.newestArticles("", 7))
	ix.mu.RUnlock()
	all := ix.Articles("")
	for k := range picked {
		if picked[k].ID != all[k].ID {
			t.Fatalf("newest 7 = %v, want the first 7 of %v", ids(picked), ids(all[:7]))
		}
	}
	if len(picked) != 7 {
		t.Errorf("%d newest, want 7", len(picked))
	}
}

func ids(as []knowledge.ArticleInfo) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}

// The most named people and organisations leave out a name that is a
// place in most of its mentions, though an article typed it as an
// organisation where it acted.
func TestProminentLeavesOutPlacesThatAct(t *testing.T) {
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	mention := func(p int, text string) []knowledge.Mention {
		return []knowledge.Mention{{Paragraph: p, Start: 0, End: len(text), Text: text}}
	}
	articles := []struct {
		id       string
		entities []knowledge.Entity
	}{
		{"a.txt", []knowledge.Entity{
			{ID: "e1", Name: "Valdoria", Type: knowledge.EntityPlace, Mentions: append(mention(2, "Valdoria"), mention(3, "Valdoria")...)},
			{ID: "e2", Name: "Ilse Marr", Type: knowledge.EntityPerson, Mentions: mention(2, "Ilse Marr")}}},
		{"b.txt", []knowledge.Entity{
			{ID: "e1", Name: "Valdoria", Type: knowledge.EntityOrganization, Mentions: mention(2, "Valdoria")},
			{ID: "e2", Name: "Harbour Board", Type: knowledge.EntityOrganization, Mentions: mention(3, "Harbour Board")}}},
		{"c.txt", []knowledge.Entity{
			{ID: "e1", Name: "Valdoria", Type: knowledge.EntityPlace, Mentions: mention(2, "Valdoria")}}},
	}
	for _, a := range articles {
		art := &knowledge.Article{ID: a.id, Title: "Port news " + a.id, Scope: knowledge.SharedScope, Paragraphs: []knowledge.Paragraph{
			{N: 1, Kind: knowledge.KindTitle, Text: "Port news"},
			{N: 2, Kind: knowledge.KindBody, Text: "Valdoria said the port would reopen."},
			{N: 3, Kind: knowledge.KindBody, Text: "Harbour Board members met in Valdoria."},
		}}
		if _, err := ix.addFacts(art, knowledge.Facts{Entities: a.entities}); err != nil {
			t.Fatal(err)
		}
	}
	prom, err := ix.Prominent(context.Background(), "", 10, 10)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range prom {
		names = append(names, p.Name+" ("+p.Type+")")
	}
	slices.Sort(names)
	if got, want := strings.Join(names, ", "), "Harbour Board (organization), Ilse Marr (person)"; got != want {
		t.Errorf("prominent: %s, want %s", got, want)
	}
}
