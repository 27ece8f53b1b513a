package index

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge"
)

// The articles of these tests are written for them.

// figuresAt makes the figures of a one-paragraph article (its body the
// second paragraph), each at the first place its text stands.
func figuresAt(t *testing.T, text string, figs ...knowledge.Figure) []knowledge.Figure {
	t.Helper()
	p := strings.Index(text, "\n\n") + 2
	for i, f := range figs {
		at := strings.Index(text[p:], f.Text)
		if at < 0 {
			t.Fatalf("%q is not in the article", f.Text)
		}
		figs[i].Paragraph, figs[i].Start, figs[i].End = 2, at, at+len(f.Text)
	}
	return figs
}

// TestAFigureFarFromTheQuestionDoesNotAnswer: of the figures of a passage,
// the one the question's words stand next to answers ("produce 90,000
// tonnes a year by 2030"), not one in a sentence that holds none of them,
// though that sentence is read with the next one, which holds the
// question's rarest words.
func TestAFigureFarFromTheQuestionDoesNotAnswer(t *testing.T) {
	const wheat = "Farm plan\n\n" +
		"The minister said the farms of the plan should produce 90,000 tonnes a year by 2030. " +
		"The treasury will spend 12m pesos on seed and fertiliser. " +
		"Valdoria is already the country's largest grower of durum wheat."
	ix := askIndex(t, map[string]string{"wheat.txt": wheat, "port.txt": filler}, map[string]knowledge.Facts{"wheat.txt": {
		Figures: figuresAt(t, wheat,
			knowledge.Figure{Text: "90,000 tonnes", Kind: knowledge.FigureMeasure, Unit: "tonne"},
			knowledge.Figure{Text: "12m pesos", Kind: knowledge.FigureMoney})}})
	a := ask(t, ix, "How much durum wheat does Valdoria want to produce by 2030?").Answer
	if a == nil || !strings.HasPrefix(a.Text, "90,000 tonnes") {
		t.Errorf("answer = %+v, want the 90,000 tonnes by 2030", a)
	}
	// Asked for money, the money answers, wherever it stands.
	if a := ask(t, ix, "How much will the treasury spend on seed?").Answer; a == nil || !strings.HasPrefix(a.Text, "12m pesos") {
		t.Errorf("answer = %+v, want the 12m pesos", a)
	}
}

// TestHowManyIsNotAnsweredByACountOfOtherThings: a figure that says it
// counts other things than "how many" asks for (prizes, not episodes; a
// miners, not players, though both are Chilean) is no answer, even in
// the passage that ranks first; one that counts them is.
func TestHowManyIsNotAnsweredByACountOfOtherThings(t *testing.T) {
	const prizes = "Drama honoured\n\nThe first series of Harbour Lights won two Silver Masks for best drama, and the new season will run on the same channel."
	const series = "Harbour Lights returns\n\nThe writers of Harbour Lights are working on the scripts of an eight-part series due in the spring."
	const mine = "Copper mine hiring\n\nThe mine employs 9,000 Chilean miners and 300 engineers, its owners said."
	ix := askIndex(t, map[string]string{"prizes.txt": prizes, "series.txt": series, "mine.txt": mine, "port.txt": filler},
		map[string]knowledge.Facts{
			"prizes.txt": {Figures: figuresAt(t, prizes, knowledge.Figure{Text: "two Silver Masks", Kind: knowledge.FigureCount, Counted: "Silver Masks"})},
			"series.txt": {Figures: figuresAt(t, series, knowledge.Figure{Text: "eight", Kind: knowledge.FigureCount, Counted: "part series"})},
			"mine.txt": {Figures: figuresAt(t, mine, knowledge.Figure{Text: "9,000", Kind: knowledge.FigureCount, Counted: "Chilean miners"},
				knowledge.Figure{Text: "300", Kind: knowledge.FigureCount, Counted: "engineers"})},
		})
	res := ask(t, ix, "How many episodes will the new season of Harbour Lights run to?")
	if a := res.Answer; a == nil || !strings.HasPrefix(a.Text, "eight-part") {
		t.Errorf("answer = %+v, want the eight-part series; %+v", a, res)
	}
	if a := ask(t, ix, "How many Chilean players are in the national squad?").Answer; a != nil && strings.Contains(a.Text, "9,000") {
		t.Errorf("answer = %+v: a workforce is no squad", a)
	}
	if a := ask(t, ix, "How many Chilean miners does the copper mine employ?").Answer; a == nil || !strings.HasPrefix(a.Text, "9,000 Chilean miners") {
		t.Errorf("answer = %+v, want the 9,000 Chilean miners", a)
	}
}

// TestTheAnswerInTheSentenceAfterTheQuestionsWords: where the question's
// names stand in one sentence and what it asks in the next ("it had been
// inspired by …"), the answer is the two sentences, not the first alone.
func TestTheAnswerInTheSentenceAfterTheQuestionsWords(t *testing.T) {
	const film = "Director plans ferry film\n\n" +
		"On a trip to Lisbon, the director said she hoped to start shooting Salt Roads in the spring. " +
		"She added that it had been inspired by a ferry timetable found in her grandfather's desk.\n\n" +
		"The studio declined to comment on the budget."
	ix := askIndex(t, map[string]string{"film.txt": film, "port.txt": filler}, nil)
	a := ask(t, ix, "What was the film Salt Roads inspired by?").Answer
	if a == nil || !strings.Contains(a.Text, "Salt Roads") || !strings.Contains(a.Text, "a ferry timetable") {
		t.Errorf("answer = %+v, want the two sentences, with the ferry timetable", a)
	}
}

func TestPhraseOf(t *testing.T) {
	const text = "The 1962 film was directed by Oscar-winning director Ann Bell, and it ran for years."
	at := func(s string) (int, int) { i := strings.Index(text, s); return i, i + len(s) }
	tests := []struct{ span, want string }{
		{"Oscar-", "Oscar-winning director Ann Bell"}, // a parse's cut word, to the phrase
		{"winning director Ann Bell", "Oscar-winning director Ann Bell"},
		{"Ann Bell", "Ann Bell"}, // whole words stay as they are
		{"Osc", "Oscar-winning director Ann Bell"},
	}
	for _, tt := range tests {
		start, end := at(tt.span)
		s, e, ok := phraseOf(text, start, end)
		if !ok || text[s:e] != tt.want {
			t.Errorf("phraseOf(%q) = %q, %v; want %q", tt.span, text[s:e], ok, tt.want)
		}
	}
	// A cut word in a long run of words is no answer.
	long := "It was made by the Oscar-winning director and writer of many of the best films of the decade."
	i := strings.Index(long, "Oscar-")
	if _, _, ok := phraseOf(long, i, i+len("Oscar-")); ok {
		t.Error("a cut word widened to a long phrase")
	}
}

// TestACountOfTheSeriesIsNoCountOfEpisodes: a series is not an episode, so
// a figure said to count a series ("this series of 24", as extraction may
// read the show's name) does not answer how many episodes.
func TestACountOfTheSeriesIsNoCountOfEpisodes(t *testing.T) {
	const show = "Group criticises drama 7\n\n" +
		"The farmers' group said the drama had been unfair to farmers in this series of 7. Its members had watched six episodes."
	ix := askIndex(t, map[string]string{"show.txt": show, "port.txt": filler}, map[string]knowledge.Facts{"show.txt": {
		Figures: figuresAt(t, show,
			knowledge.Figure{Text: "7", Kind: knowledge.FigureCount, Counted: "series"},
			knowledge.Figure{Text: "six episodes", Kind: knowledge.FigureCount, Counted: "episodes"})}})
	if a := ask(t, ix, "How many episodes of the drama did the farmers' group watch?").Answer; a == nil || !strings.HasPrefix(a.Text, "six episodes") {
		t.Errorf("answer = %+v, want the six episodes", a)
	}
}

// TestNoSentenceAnswersWhereNobodySpeaks: without a claim of the subject
// that answers "what did X say", a sentence where nobody speaks is no
// answer, though it names X and what is asked about.
func TestNoSentenceAnswersWhereNobodySpeaks(t *testing.T) {
	ix := askIndex(t, map[string]string{
		"final.txt": "Zorn wins in Graz\n\nPaul Zorn gave himself the perfect start to the season with victory in the final at Graz on Sunday.",
		"port.txt":  filler,
	}, nil)
	res := ask(t, ix, "What did Zorn say about the final?")
	if len(res.Hits) == 0 {
		t.Fatalf("no passages: %+v", res)
	}
	if res.Answer != nil {
		t.Errorf("answer = %+v: Zorn says nothing there", res.Answer)
	}
}

// TestHowManyIsNotAnsweredByAnyNumber: "how many medals" is not answered
// by a number that counts nothing near the names (an age), nor by the best
// sentence when that holds no figure.
func TestHowManyIsNotAnsweredByAnyNumber(t *testing.T) {
	const games = "Zorn shines at the Graz games\n\nPaul Zorn was the star of the games in Graz, beating the champion in the final."
	const profile = "Zorn profile\n\nPaul Zorn, 31, trains at the games hall in Graz every morning."
	ix := askIndex(t, map[string]string{"games.txt": games, "profile.txt": profile, "port.txt": filler}, map[string]knowledge.Facts{
		"profile.txt": {Figures: figuresAt(t, profile, knowledge.Figure{Text: "31", Kind: knowledge.FigureCount})}})
	res := ask(t, ix, "How many medals did Paul Zorn win at the games in Graz?")
	if len(res.Hits) == 0 {
		t.Fatalf("no passages: %+v", res)
	}
	if res.Answer != nil {
		t.Errorf("answer = %+v: nothing counts his medals", res.Answer)
	}
}

// TestAFigureOfAnotherYearDoesNotAnswer: asked for a year, a figure whose
// sentence names only other years is of another time.
func TestAFigureOfAnotherYearDoesNotAnswer(t *testing.T) {
	const wool = "Wool exports\n\n" +
		"Wool exports from Valdoria earned $40m in 2003. In 1985 they had earned $95m, its peak year."
	ix := askIndex(t, map[string]string{"wool.txt": wool, "port.txt": filler}, map[string]knowledge.Facts{"wool.txt": {
		Figures: figuresAt(t, wool,
			knowledge.Figure{Text: "$40m", Kind: knowledge.FigureMoney},
			knowledge.Figure{Text: "$95m", Kind: knowledge.FigureMoney})}})
	if a := ask(t, ix, "How much did wool exports from Valdoria earn in 1985?").Answer; a == nil || !strings.HasPrefix(a.Text, "$95m") {
		t.Errorf("answer = %+v, want the $95m of 1985", a)
	}
	if a := ask(t, ix, "How much did wool exports from Valdoria earn in 1990?").Answer; a != nil && a.Kind == knowledge.AnswerFigure {
		t.Errorf("answer = %+v: nothing is said of 1990", a)
	}
}

func TestYears(t *testing.T) {
	got := years("Output fell in the 1960s, rose in 2003-04 and in 1998, to 2,500 tonnes and 19,000 units.")
	if want := []string{"1960", "2003", "1998"}; !slices.Equal(got, want) {
		t.Errorf("years = %q, want %q", got, want)
	}
}
