package index

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge"
)

// The articles of these tests are written for them.

// article parses a plain-text article (first line the title) for a test.
func article(t *testing.T, id, text string) *knowledge.Article {
	t.Helper()
	a, err := knowledge.Parse(id, id, []byte(text), knowledge.ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	a.Scope = knowledge.SharedScope
	return a
}

// askIndex indexes articles with the facts given (none when nil), so that
// what a test checks does not hang on extraction.
func askIndex(t *testing.T, articles map[string]string, facts map[string]knowledge.Facts) *Index {
	t.Helper()
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	for id, text := range articles {
		f := facts[id]
		if f.Entities == nil {
			f.Entities = []knowledge.Entity{}
		}
		if _, err := ix.addFacts(article(t, id, text), f); err != nil {
			t.Fatal(err)
		}
	}
	return ix
}

func ask(t *testing.T, ix *Index, q string) knowledge.Results {
	t.Helper()
	res, err := ix.Search(context.Background(), knowledge.Query{Text: q, Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// filler is reporting that shares the common words of the questions.
const filler = `Port news in brief

The port authority said ships and trucks kept moving through the week.

Officials said the harbour would stay open and that workers had been paid.`

func TestSearchFoldsAccentsAndReadsSynonyms(t *testing.T) {
	ix := askIndex(t, map[string]string{
		"plant.txt": "Reactor shut at Brunsbüttel\n\nThe reactor at Brunsbüttel was shut down for checks on Monday.",
		"storm.txt": "Storm hits the coast\n\nAt least nine people were killed when the storm reached the coast.",
		"port.txt":  filler,
		// The question's words are elsewhere only in a passage that does
		// not answer (and that wins a tie by its name).
		"z-debt.txt":  "Treasury plans\n\nThe state has a borrowing requirement of 30 billion crowns this year.",
		"a-debt.txt":  "Treasury talks\n\nThe state said this year it would borrow from banks at home.",
		"z-bonds.txt": "Busy week for dealers\n\nTotal turnover topped four billion crowns in the bond market last week.",
		"a-bonds.txt": "Quiet week for dealers\n\nPrices in the bond market hardly moved last week.",
		// A player axed from the squad, and one who only left it.
		"z-squad.txt": "Rovers shake-up\n\nKeeper Abel Moro was axed from the Rovers squad by the new coach.",
		"a-squad.txt": "Rovers news\n\nKeeper Abel Moro was praised in the Rovers squad by the new coach.",
		"z-flood.txt": "Flood bill\n\nThe governor put the destruction along the Brill river at 4bn crowns.",
		"a-flood.txt": "Flood work\n\nCrews along the Brill river cleared mud for the governor.",
	}, nil)
	for q, want := range map[string]string{
		"what happened at Brunsbuttel":                              "plant.txt",
		"how many people died in the storm?":                        "storm.txt",
		"How much does the state need to borrow this year?":         "z-debt.txt",
		"What was the trading volume in the bond market last week?": "z-bonds.txt",
		"Who dropped Abel Moro from the Rovers squad?":              "z-squad.txt",
		"How much damage did the flood do along the Brill river?":   "z-flood.txt",
	} {
		res := ask(t, ix, q)
		if len(res.Hits) == 0 || res.Hits[0].Citation.ArticleID != want {
			t.Errorf("%q: hits %+v, want %s first", q, res.Hits, want)
			continue
		}
		if len(res.Hits[0].Snippet.Marks) == 0 {
			t.Errorf("%q: nothing marked in %q", q, res.Hits[0].Snippet.Text)
		}
	}
}

func TestBodyOutranksCaptionsCommentsAndTitles(t *testing.T) {
	ix := askIndex(t, map[string]string{
		// The title and the caption say "trucks burned"; the body answers.
		"convoy.md": "# Burned trucks on the road\n\n" +
			"Burned trucks on the road north of the city (AP Photo/Staff)\n\n" +
			"Gunmen stopped the aid convoy at dawn. Eleven trucks were burned and the drivers fled on foot.",
		// A reader's comment shares the question's words.
		"letters.txt": "Convoy debate\n\nI think the trucks were burned because nobody guarded the convoy!",
		"port.txt":    filler,
	}, nil)
	res := ask(t, ix, "how many trucks were burned in the convoy?")
	if len(res.Hits) < 2 {
		t.Fatalf("hits = %+v", res.Hits)
	}
	top := res.Hits[0]
	if top.Kind != knowledge.KindBody || !strings.Contains(top.Snippet.Text, "Eleven trucks") {
		t.Errorf("top hit = %+v, want the body paragraph that answers", top)
	}
	for i, h := range res.Hits {
		if h.Citation.ArticleID == "letters.txt" && i == 0 {
			t.Errorf("a reader's comment outranks reporting: %+v", res.Hits)
		}
	}
}

func TestNearDuplicateArticlesShowOnce(t *testing.T) {
	body := "\n\nThe central bank raised its main interest rate to 4.5% on Thursday, the third rise this year." +
		"\n\nThe governor said inflation was still too high and that more rises could follow." +
		"\n\nMarkets had expected the move, and the currency barely changed."
	ix := askIndex(t, map[string]string{
		"a/rates.txt":      "Bank raises rates again" + body,
		"b/rates-copy.txt": "Central bank lifts rates" + body + "\n\nAnalysts expect one more rise before the summer.",
		"port.txt":         filler,
	}, nil)
	res := ask(t, ix, "what interest rate did the central bank set?")
	if len(res.Hits) == 0 {
		t.Fatal("no hits")
	}
	seen := map[string]bool{}
	for _, h := range res.Hits {
		if seen[h.Citation.ArticleID] {
			continue
		}
		seen[h.Citation.ArticleID] = true
	}
	if seen["a/rates.txt"] && seen["b/rates-copy.txt"] {
		t.Errorf("both copies are shown: %+v", res.Hits)
	}
	if len(res.Hits[0].AlsoIn) != 1 {
		t.Errorf("the top hit does not say where else it stands: %+v", res.Hits[0])
	}
}

// bees is an article with its facts, written as extraction would find them.
const bees = "Bee colonies recover\n\nBeekeepers in the valley counted 1,200 healthy hives this spring, twice last year's number. " +
	"The hives recovered because the winter was mild.\n\n" +
	"\"The mild winter saved us,\" said Ana Lopes, chair of the beekeepers' association. She said the honey harvest would start in June."

func beesFacts() knowledge.Facts {
	at := func(s string) (int, int) {
		i := strings.Index(bees, s)
		p := strings.LastIndex(bees[:i], "\n\n") + 2
		return i - p, i - p + len(s)
	}
	fs, fe := at("1,200 healthy hives")
	ns, ne := at("Ana Lopes")
	c1s, c1e := at("The mild winter saved us")
	c2s, c2e := at("the honey harvest would start in June")
	return knowledge.Facts{
		Entities: []knowledge.Entity{{ID: "e1", Name: "Ana Lopes", Type: "person", Roles: []string{"chair"}, Affiliations: []string{"beekeepers' association"},
			Mentions: []knowledge.Mention{{Paragraph: 3, Start: ns, End: ne, Text: "Ana Lopes"}}}},
		Claims: []knowledge.Claim{
			{ID: "c1", Speaker: "Ana Lopes", Cue: "said", Content: "The mild winter saved us", Quoted: true, Paragraph: 3, Start: c1s, End: c1e},
			{ID: "c2", Speaker: "Ana Lopes", Cue: "said", Content: "the honey harvest would start in June", Paragraph: 3, Start: c2s, End: c2e}},
		Figures: []knowledge.Figure{{Text: "1,200 healthy hives", Kind: knowledge.FigureCount, Counted: "healthy hives", Paragraph: 2, Start: fs, End: fe}},
	}
}

func TestDirectAnswers(t *testing.T) {
	ix := askIndex(t, map[string]string{"bees.txt": bees, "port.txt": filler}, map[string]knowledge.Facts{"bees.txt": beesFacts()})
	tests := []struct {
		question, kind, text string
	}{
		{"How many hives were healthy this spring?", knowledge.AnswerFigure, "1,200 healthy hives this spring"},
		{"What did Lopes say about the honey harvest?", knowledge.AnswerClaim, "the honey harvest would start in June"},
		{"Who is Ana Lopes?", knowledge.AnswerRole, "chair of the beekeepers' association"},
		{"Why did the hives recover?", knowledge.AnswerSentence, "The hives recovered because the winter was mild."},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			res := ask(t, ix, tt.question)
			if res.Unanswered || res.Answer == nil {
				t.Fatalf("no answer: %+v", res)
			}
			a := res.Answer
			if a.Kind != tt.kind || tt.text != "" && a.Text != tt.text || a.Citation.ArticleID != "bees.txt" || a.Citation.Paragraph == 0 {
				t.Errorf("answer = %+v, want a %s %q cited from bees.txt", a, tt.kind, tt.text)
			}
			// Extractive: the answer is the article's own words.
			if !strings.Contains(bees, a.Text) {
				t.Errorf("answer %q is not in the article", a.Text)
			}
			// The first passage is the one the answer comes from.
			if len(res.Hits) == 0 || res.Hits[0].Citation != a.Citation {
				t.Errorf("the first passage is not the answer's: %+v", res.Hits)
			}
		})
	}
}

// A speaker's words that are not about what is asked are no answer to
// "what did X say about Y", even where X speaks and Y is written of.
func TestClaimsOffTheTopicDoNotAnswer(t *testing.T) {
	text := bees + "\n\nBakeries in the valley now buy most of the honey, and the bakeries pay more for it each year."
	ix := askIndex(t, map[string]string{"bees.txt": text, "port.txt": filler}, map[string]knowledge.Facts{"bees.txt": beesFacts()})
	res := ask(t, ix, "What did Lopes say about bakeries?")
	if a := res.Answer; a != nil && a.Kind == knowledge.AnswerClaim {
		t.Errorf("answer = %+v: Lopes says nothing of bakeries", a)
	}
	if a := ask(t, ix, "What did Lopes say about the honey harvest?").Answer; a == nil || a.Text != "the honey harvest would start in June" {
		t.Errorf("on the topic: answer = %+v", a)
	}
}

func TestQuestionsTheBriefingsDoNotAnswerAreRefused(t *testing.T) {
	ix := askIndex(t, map[string]string{"bees.txt": bees, "port.txt": filler}, map[string]knowledge.Facts{"bees.txt": beesFacts()})
	for _, q := range []string{
		"How many hives did Portugal lose?",     // a name the briefings never mention
		"When will the new Tesla factory open?", // words they do not hold
	} {
		res := ask(t, ix, q)
		if !res.Unanswered || res.Answer != nil {
			t.Errorf("%q: unanswered = %v, answer = %+v; want a refusal", q, res.Unanswered, res.Answer)
		}
	}
	if res := ask(t, ix, "how many healthy hives did beekeepers count?"); res.Unanswered {
		t.Error("an answerable question was refused")
	}
}

// A place's short form that the analyser changes is another word: "Aus"
// (Australia) reads "au", which the African Union's "AU" also reads.
func TestAPlacesShortFormIsNotAnotherName(t *testing.T) {
	text := "Truce holds in the north\n\nThe truce lets convoys reach the regional capital, the African Union (AU) said on Monday."
	ix := askIndex(t, map[string]string{"truce.txt": text, "port.txt": filler}, nil)
	if res := ask(t, ix, "What is the capital of Australia?"); !res.Unanswered || res.Answer != nil {
		t.Errorf("unanswered = %v, answer = %+v; want a refusal", res.Unanswered, res.Answer)
	}
}

func TestSentences(t *testing.T) {
	text := `Mr. Smith met Dr. Jones in the U.S. capital. "We agreed," he said. Talks end on Friday! Will they? Yes. 4.5% is the rate.`
	var got []string
	for _, s := range sentences(text) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{`Mr. Smith met Dr. Jones in the U.S. capital.`, `"We agreed," he said.`, `Talks end on Friday!`, `Will they?`, `Yes.`, `4.5% is the rate.`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences:\n got %q\nwant %q", got, want)
	}
}

// A news dateline is a sentence of its own, so that an answer starts after
// it; a sentence with a dash in it is no dateline.
func TestSentencesSetADatelineApart(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"LIMA, Peru (May 3, 2026) — The two sides agreed. It holds.", "LIMA, Peru (May 3, 2026)|The two sides agreed.|It holds."},
		{"OSLO/BERGEN — Ferries stopped.", "OSLO/BERGEN|Ferries stopped."},
		{"BERN (Newswire) - Prices rose.", "BERN (Newswire)|Prices rose."},
		{"NATO and Costa Rica agree - at last.", "NATO and Costa Rica agree - at last."},
		{"The minister - who spoke late - said no.", "The minister - who spoke late - said no."},
	} {
		var got []string
		for _, s := range sentences(c.text) {
			got = append(got, c.text[s.Start:s.End])
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("sentences(%q) = %q, want %q", c.text, strings.Join(got, "|"), c.want)
		}
	}
}

func TestCommonWordsDoNotFindCandidates(t *testing.T) {
	q := &question{lookup: map[string][]cover{"said": {{0, 1}}, "harbour": {{1, 1}}, "port": {{1, 0.6}}},
		df: map[string]float64{"said": 60000, "harbour": 40, "port": 9000}, docs: 150000}
	terms := func() []string {
		var out []string
		for _, t := range q.retrievalTerms() {
			out = append(out, t.term)
		}
		return out
	}
	if got := strings.Join(terms(), ","); got != "harbour,port" {
		t.Errorf("retrieval terms = %s, want harbour,port (said is in 40%% of passages)", got)
	}
	// A question of common words only finds candidates by its rarest.
	q.lookup = map[string][]cover{"said": {{0, 1}}, "year": {{1, 1}}}
	q.df = map[string]float64{"said": 60000, "year": 20000}
	if got := strings.Join(terms(), ","); got != "year" {
		t.Errorf("retrieval terms = %s, want year", got)
	}
	// In a small index nothing is too common.
	q.docs = 5000
	q.df = map[string]float64{"said": 3000, "year": 1000}
	if got := strings.Join(terms(), ","); got != "said,year" {
		t.Errorf("retrieval terms = %s, want said,year", got)
	}
}

func TestLeadIsReadWithItsHeadline(t *testing.T) {
	ix := askIndex(t, map[string]string{
		"drug.txt": "Novacorp hit by drug failure\n\n" +
			"Shares in the Swiss drug maker closed down 8% after the failure of its Cardiol pill in a clinical trial.\n\n" +
			"Novacorp had hoped to sell Cardiol against a rival pill. Its shares had risen in the spring.",
		"port.txt": filler,
	}, nil)
	res := ask(t, ix, "Why did Novacorp shares fall?")
	if len(res.Hits) == 0 || res.Hits[0].Citation.Paragraph != 2 {
		t.Errorf("hits = %+v, want the lead (paragraph 2) first: its headline names Novacorp", res.Hits)
	}
}

func TestLevelsOfAChange(t *testing.T) {
	const jobs = "Jobless rate falls\n\nThe island's jobless rate fell from 9% last year to 7% this spring, the statistics office said."
	p := strings.Index(jobs, "\n\n") + 2
	fig := func(s string) knowledge.Figure {
		i := strings.Index(jobs, s) - p
		return knowledge.Figure{Text: s, Kind: knowledge.FigurePercent, Counted: "jobless rate", Paragraph: 2, Start: i, End: i + len(s)}
	}
	ix := askIndex(t, map[string]string{"jobs.txt": jobs, "port.txt": filler},
		map[string]knowledge.Facts{"jobs.txt": {Figures: []knowledge.Figure{fig("9%"), fig("7%")}}})
	for q, want := range map[string]string{
		"How high is the island's jobless rate?":         "7%",
		"How high was the jobless rate before the fall?": "9%",
	} {
		if a := ask(t, ix, q).Answer; a == nil || a.Text != want {
			t.Errorf("%q: answer = %+v, want %s", q, a, want)
		}
	}
}

func TestAClaimCutShortIsAnsweredWithItsSentence(t *testing.T) {
	const survey = "Texting survey\n\n\"For instance,\" the researcher said, \"older people are texting much more than they did five years ago.\""
	p := strings.Index(survey, "\n\n") + 2
	at := strings.Index(survey, "For instance") - p
	ix := askIndex(t, map[string]string{"survey.txt": survey, "port.txt": filler}, map[string]knowledge.Facts{"survey.txt": {
		Claims: []knowledge.Claim{{ID: "c1", Speaker: "the researcher", Cue: "said", Content: "For instance", Quoted: true, Paragraph: 2, Start: at, End: at + len("For instance")}}}})
	a := ask(t, ix, "What did the researcher say about older people?").Answer
	if a == nil || !strings.Contains(a.Text, "older people are texting much more") {
		t.Errorf("answer = %+v, want the claim's sentence, which says what is asked", a)
	}
}

// TestWhenIsAnsweredByATimeInWords: a passage that says when in words ("in
// the second week of March") answers "when", rather than a date another
// passage holds for something else.
func TestWhenIsAnsweredByATimeInWords(t *testing.T) {
	const vote = "Council vote\n\nCritics of the harbour plan said in 2025 that the council would never pay for it.\n\n" +
		"The council is expected to vote on the harbour plan in the second week of March."
	at := strings.Index(vote, "2025")
	p := strings.LastIndex(vote[:at], "\n\n") + 2
	facts := knowledge.Facts{Figures: []knowledge.Figure{{Text: "2025", Kind: knowledge.FigureDate, Paragraph: 2, Start: at - p, End: at - p + 4}}}
	ix := askIndex(t, map[string]string{"vote.txt": vote, "port.txt": filler}, map[string]knowledge.Facts{"vote.txt": facts})
	res := ask(t, ix, "When will the council vote on the harbour plan?")
	if res.Answer == nil || !strings.Contains(res.Answer.Text, "second week of March") || res.Answer.Citation.Paragraph != 3 {
		t.Errorf("answer = %+v, want the sentence that says the second week of March", res.Answer)
	}
}

// claimIn is a claim of a test article: content as it stands in paragraph
// n (counted from the title, 1), said by speaker in the words mention.
func claimIn(t *testing.T, text string, n int, speaker, mention, content string) knowledge.Claim {
	t.Helper()
	paras := strings.Split(text, "\n\n")
	at := strings.Index(paras[n-1], content)
	if at < 0 {
		t.Fatalf("%q is not in paragraph %d", content, n)
	}
	m := strings.Index(paras[n-1], mention)
	return knowledge.Claim{ID: fmt.Sprintf("c%d-%d", n, at), Speaker: speaker, Cue: "said", Content: content, Paragraph: n, Start: at, End: at + len(content),
		SpeakerMention: &knowledge.Mention{Paragraph: n, Start: m, End: m + len(mention), Text: mention}}
}

// TestASpeakerIsAskedForInOneNumber: "what did a trader say" is answered
// by what one trader said rather than by what traders said, and the other
// way round, where both speak to what is asked.
func TestASpeakerIsAskedForInOneNumber(t *testing.T) {
	const grain = "Grain market\n\n" +
		"The wheat auction on Friday will draw strong bids from mills, traders said.\n\n" +
		"\"Mills have run their stocks down before the wheat auction, so the bids will be high,\" one trader said."
	facts := knowledge.Facts{Claims: []knowledge.Claim{
		claimIn(t, grain, 2, "traders", "traders", "The wheat auction on Friday will draw strong bids from mills"),
		claimIn(t, grain, 3, "one trader", "one trader", "Mills have run their stocks down before the wheat auction, so the bids will be high"),
	}}
	ix := askIndex(t, map[string]string{"grain.txt": grain, "port.txt": filler}, map[string]knowledge.Facts{"grain.txt": facts})
	for q, want := range map[string]string{
		"What did a trader say about bids at the wheat auction?": "Mills have run their stocks down",
		"What did traders say about bids at the wheat auction?":  "will draw strong bids",
	} {
		if a := ask(t, ix, q).Answer; a == nil || !strings.Contains(a.Text, want) {
			t.Errorf("%q: answer = %+v, want the claim with %q", q, a, want)
		}
	}
}

// TestAFigureOfAnotherNameDoesNotCountWhatIsAsked: where the question
// names what it asks about (Norway), a figure that counts something
// qualified by another name ("Danish households") is not what it counts.
func TestAFigureOfAnotherNameDoesNotCountWhatIsAsked(t *testing.T) {
	const solar = "Solar survey\n\n" +
		"A survey found that 62% of the Danish households questioned had solar panels on the roof. " +
		"In Norway, only 8% of the households had them."
	p := strings.Index(solar, "\n\n") + 2
	fig := func(s, counted string) knowledge.Figure {
		i := strings.Index(solar, s) - p
		return knowledge.Figure{Text: s, Kind: knowledge.FigurePercent, Counted: counted, Paragraph: 2, Start: i, End: i + len(s)}
	}
	ix := askIndex(t, map[string]string{"solar.txt": solar, "port.txt": filler}, map[string]knowledge.Facts{"solar.txt": {
		Figures: []knowledge.Figure{fig("62% of the Danish households", "Danish households"), fig("8% of the households", "households")}}})
	if a := ask(t, ix, "What share of households in Norway had solar panels?").Answer; a == nil || !strings.HasPrefix(a.Text, "8%") {
		t.Errorf("answer = %+v, want the 8%% of the households in Norway", a)
	}
	if a := ask(t, ix, "What share of Danish households had solar panels?").Answer; a == nil || !strings.HasPrefix(a.Text, "62%") {
		t.Errorf("answer = %+v, want the 62%% of the Danish households", a)
	}
	// A name that is no place may qualify what is asked for.
	const film = "Film awards\n\nThe Harbour Story won 3 prizes in Lisbon and drew 11 Gold Anchor nominations."
	p = strings.Index(film, "\n\n") + 2
	count := func(s, counted string) knowledge.Figure {
		i := strings.Index(film, s) - p
		return knowledge.Figure{Text: s, Kind: knowledge.FigureCount, Counted: counted, Paragraph: 2, Start: i, End: i + len(s)}
	}
	ix = askIndex(t, map[string]string{"film.txt": film, "port.txt": filler}, map[string]knowledge.Facts{"film.txt": {
		Figures: []knowledge.Figure{count("3 prizes", "prizes"), count("11 Gold Anchor nominations", "Gold Anchor nominations")}}})
	if a := ask(t, ix, "How many nominations did The Harbour Story get in Lisbon?").Answer; a == nil || !strings.HasPrefix(a.Text, "11 Gold Anchor nominations") {
		t.Errorf("answer = %+v, want the 11 nominations", a)
	}
}

// TestWhatSomeoneLikenedSomethingTo: "what did X compare Y to" is
// answered by X's claim that draws a likeness, though Y is named only in
// the sentence before it.
func TestWhatSomeoneLikenedSomethingTo(t *testing.T) {
	const crane = "New cranes at the harbour\n\n" +
		"Engineer Ruth Amsel said the new crane system was changing how ships are unloaded. " +
		"\"It's like moving boxes with a giant hand,\" she said. " +
		"Amsel said the crane system cost little to run."
	facts := knowledge.Facts{Claims: []knowledge.Claim{
		claimIn(t, crane, 2, "Ruth Amsel", "Ruth Amsel", "the new crane system was changing how ships are unloaded"),
		claimIn(t, crane, 2, "Ruth Amsel", "she", "It's like moving boxes with a giant hand"),
		claimIn(t, crane, 2, "Ruth Amsel", "Amsel", "the crane system cost little to run"),
	}}
	ix := askIndex(t, map[string]string{"crane.txt": crane, "port.txt": filler}, map[string]knowledge.Facts{"crane.txt": facts})
	if a := ask(t, ix, "What did Amsel compare the crane system to?").Answer; a == nil || a.Text != "It's like moving boxes with a giant hand" {
		t.Errorf("answer = %+v, want the likeness", a)
	}
	if a := ask(t, ix, "What did Amsel say about the crane system's running costs?").Answer; a == nil || a.Text != "the crane system cost little to run" {
		t.Errorf("answer = %+v, want what she said of the costs", a)
	}
}

// TestHowMuchToBorrowWantsMoney: "how much does X need to borrow" asks for
// money, not for a bare number beside it.
func TestHowMuchToBorrowWantsMoney(t *testing.T) {
	const debt = "Treasury plans\n\n" +
		"The state has so far raised about 12 billion of this year's borrowing requirement of an estimated 30 billion crowns."
	p := strings.Index(debt, "\n\n") + 2
	fig := func(s, kind string) knowledge.Figure {
		i := strings.Index(debt, s) - p
		return knowledge.Figure{Text: s, Kind: kind, Counted: "borrowing requirement", Paragraph: 2, Start: i, End: i + len(s)}
	}
	ix := askIndex(t, map[string]string{"debt.txt": debt, "port.txt": filler}, map[string]knowledge.Facts{"debt.txt": {
		Figures: []knowledge.Figure{fig("about 12 billion", knowledge.FigureCount), fig("an estimated 30 billion crowns", knowledge.FigureMoney)}}})
	if a := ask(t, ix, "How much does the state need to borrow this year?").Answer; a == nil || !strings.HasPrefix(a.Text, "an estimated 30 billion crowns") {
		t.Errorf("answer = %+v, want the 30 billion crowns", a)
	}
}

// TestHowLongIsATimeOrALength: "how long" is answered by a time or a
// length, in figures or in words ("for an entire month"), never by a
// weight that stands beside it.
func TestHowLongIsATimeOrALength(t *testing.T) {
	const diet = "Soup diary\n\nThe reporter lived on nothing but soup for an entire month, and by the end of it he had lost 12lb."
	at := strings.Index(diet, "12lb")
	p := strings.Index(diet, "\n\n") + 2
	ix := askIndex(t, map[string]string{"diet.txt": diet, "port.txt": filler}, map[string]knowledge.Facts{"diet.txt": {
		Figures: []knowledge.Figure{{Text: "12lb", Kind: knowledge.FigureMeasure, Unit: "pound", Paragraph: 2, Start: at - p, End: at - p + 4}}}})
	res := ask(t, ix, "How long did the reporter live on soup?")
	if res.Unanswered || res.Answer == nil || !strings.Contains(res.Answer.Text, "for an entire month") {
		t.Errorf("answer = %+v (unanswered %v), want the sentence that says for an entire month", res.Answer, res.Unanswered)
	}
	if a := ask(t, ix, "How much weight did the reporter lose?").Answer; a == nil || !strings.HasPrefix(a.Text, "12lb") {
		t.Errorf("answer = %+v, want 12lb", a)
	}
}

// TestWhoIsNotAnsweredByAMention: without a role for X, "who is X" is
// answered by a sentence that opens with X (which says who X is), never
// by one that only mentions X.
func TestWhoIsNotAnsweredByAMention(t *testing.T) {
	ix := askIndex(t, map[string]string{
		"final.txt": "Champion wins in Graz\n\nThe champion beat Paul Zorn in straight sets in the final at Graz on Sunday.",
		"port.txt":  filler,
	}, nil)
	res := ask(t, ix, "Who is Paul Zorn?")
	if res.Unanswered || len(res.Hits) == 0 {
		t.Fatalf("refused: %+v", res)
	}
	if res.Answer != nil {
		t.Errorf("answer = %+v: the sentence only mentions Paul Zorn", res.Answer)
	}
	ix = askIndex(t, map[string]string{
		"final.txt": "Champion wins in Graz\n\nPaul Zorn, a qualifier from Linz, lost to the champion in the final at Graz on Sunday.",
		"port.txt":  filler,
	}, nil)
	if a := ask(t, ix, "Who is Paul Zorn?").Answer; a == nil || !strings.Contains(a.Text, "a qualifier from Linz") {
		t.Errorf("answer = %+v, want the sentence that says who he is", a)
	}
}
