package index

import (
	"fmt"
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

// TestFigureAnswers: the figure that answers an amount question, or none
// ("" wanted: no figure answers it).
func TestFigureAnswers(t *testing.T) {
	const (
		// The question's rarest words stand in the last sentence, which is
		// read with the one before it, whose figure they are not near.
		wheat = "Farm plan\n\n" +
			"The minister said the farms of the plan should produce 90,000 tonnes a year by 2030. " +
			"The treasury will spend 12m pesos on seed and fertiliser. " +
			"Valdoria is already the country's largest grower of durum wheat."
		prizes = "Drama honoured\n\nThe first series of Harbour Lights won two Silver Masks for best drama, and the new season will run on the same channel."
		series = "Harbour Lights returns\n\nThe writers of Harbour Lights are working on the scripts of an eight-part series due in the spring."
		mine   = "Copper mine hiring\n\nThe mine employs 9,000 Chilean miners and 300 engineers, its owners said."
		show   = "Group criticises drama 7\n\n" +
			"The farmers' group said the drama had been unfair to farmers in this series of 7. Its members had watched six episodes."
		wool = "Wool exports\n\n" +
			"Wool exports from Valdoria earned $40m in 2003. In 1985 they had earned $95m, its peak year."
		awards = "Singer leads awards race\n\n" +
			"The singer Mara Lind leads the race for the Gold Disc awards with nominations in 13 categories. " +
			"The band Low Tide has 12 nominations, and the awards will be held in June."
		band = "Brass band on tour\n\nThe brass band strikes up more than 40 times during the parade."
		club = "Chess club grows\n\nMembership of the chess club is growing at a rate of 15% every year."
		odds = "Bookmakers close book\n\nThe closing list gave Tom Vale odds of 6-9. " +
			"One punter had placed a bet of £870 on Tom Vale at odds of 8-1. The 39-year-old actor declined to comment."
		barley = "Barley trade slows\n\n" +
			"Norland's malting barley was quoted at $212 a tonne on Monday, according to the growers' board. " +
			"The country shipped 2.1 million tonnes of barley in the first nine months of the year, the board said."
		calls = "Callers lose patience\n\n" +
			"Customers abandoned calls at a rising rate, from just over 5% in 2003 to a record 13.3% during last year."
		deck  = "Court rewards ferry worker\n\nDockhand Ivo Brand, 29, won £3,100 in compensation after he slipped on the Sea Lark's wet deck."
		tram  = "Tram inquiry opens\n\nThree passengers were hurt when the tram left the rails at 48 mph on the Brill Hill bend."
		fibre = "Quill fibre launched\n\nThe Quill fibre service is ten times faster than a copper line and comes with a £24.50 monthly price tag."
		kick  = "Ruiz ends the drought\n\nAfter five years of defeats, Lena Ruiz struck the winning kick from 52 metres out."
		seats = "Coalition talks begin\n\nThe Greens won 40 seats, which left them 6 short of a majority."
		keys  = "Keeper signs on\n\nThe goalkeeper Abel Moro joined Rovers in March 2019 on a three-year deal."
		bikes = "Scooter boom\n\nElectric scooters are the craze of the summer. Across Europe, the number sold will reach 2.4 million this year."
		ferry = "Island transport\n\nThe island has only one busy ferry network, with long queues at the harbour in summer."
		fees  = "Port fees\n\nThe port cut its harbour fee from £40 to £32 on Monday, and the ferry line raised fares by 5%."
		fever = "Fever at the clinic\n\nThe clinic's director said at least six people had died of fever in Port Rell over the weekend."
		chess = "Marathon chess game\n\nThe final game of the Brill Hill open lasted two hours and ten minutes."
		care1 = "Free care for the elderly\n\n" +
			"The cost of free care for the elderly could rise, the party said, and it would raise tax on incomes above £90,000 to pay for free care."
		care2  = "Care sums questioned\n\nThe report said its sums could drive the bill for the policy up by another £40m by 2030."
		votes  = "Greens celebrate\n\nThe Greens won in the north, their two election victories in a month."
		ground = "Rovers plan new ground\n\nRovers will move to a new ground by the river in 2008, the club's 12 directors said."
		gig    = "Band plays the park\n\nAlmost 80,000 people came to hear the band in the park, and the new ground was full."
		carers = "Foster pay\n\nThe minimum rate for foster carers will be set next year, with over 8,000 foster carers short in the region."
		cover  = "Ferry cover dearer\n\n" +
			"The club's chairman said storm cover for the ferries had risen to about 2% of a vessel's value for one crossing."
		poems = "Poetry prize goes to a newcomer\n\n" +
			"The judges of the Lisbon poetry prize chose among five little-known books. The prize is worth $10,000 this year."
	)
	figs := map[string]knowledge.Facts{
		"wheat.txt": {Figures: figuresAt(t, wheat,
			knowledge.Figure{Text: "90,000 tonnes", Kind: knowledge.FigureMeasure, Unit: "tonne"},
			knowledge.Figure{Text: "12m pesos", Kind: knowledge.FigureMoney})},
		"prizes.txt": {Figures: figuresAt(t, prizes, knowledge.Figure{Text: "two Silver Masks", Kind: knowledge.FigureCount, Counted: "Silver Masks"})},
		"series.txt": {Figures: figuresAt(t, series, knowledge.Figure{Text: "eight", Kind: knowledge.FigureCount, Counted: "part series"})},
		"mine.txt": {Figures: figuresAt(t, mine, knowledge.Figure{Text: "9,000", Kind: knowledge.FigureCount, Counted: "Chilean miners"},
			knowledge.Figure{Text: "300", Kind: knowledge.FigureCount, Counted: "engineers"})},
		// Extraction may read a show's name as a count of its series.
		"show.txt": {Figures: figuresAt(t, show,
			knowledge.Figure{Text: "7", Kind: knowledge.FigureCount, Counted: "series"},
			knowledge.Figure{Text: "six episodes", Kind: knowledge.FigureCount, Counted: "episodes"})},
		"awards.txt": {Figures: figuresAt(t, awards,
			knowledge.Figure{Text: "13 categories", Kind: knowledge.FigureCount, Counted: "categories"},
			knowledge.Figure{Text: "12 nominations", Kind: knowledge.FigureCount, Counted: "nominations"})},
		"band.txt": {Figures: figuresAt(t, band, knowledge.Figure{Text: "more than 40 times", Kind: knowledge.FigureMeasure, Unit: "times"})},
		"club.txt": {Figures: figuresAt(t, club, knowledge.Figure{Text: "15%", Kind: knowledge.FigurePercent, Counted: "rate"})},
		"odds.txt": {Figures: figuresAt(t, odds,
			knowledge.Figure{Text: "6-9", Kind: knowledge.FigureCount, Counted: "odds"},
			knowledge.Figure{Text: "One", Kind: knowledge.FigureCount, Counted: "punter"},
			knowledge.Figure{Text: "£870", Kind: knowledge.FigureMoney, Counted: "bet"},
			knowledge.Figure{Text: "39-year-old", Kind: knowledge.FigureMeasure, Unit: "year", Counted: "age"})},
		"calls.txt": {Figures: figuresAt(t, calls,
			knowledge.Figure{Text: "just over 5%", Kind: knowledge.FigurePercent},
			knowledge.Figure{Text: "13.3%", Kind: knowledge.FigurePercent})},
		"barley.txt": {Figures: figuresAt(t, barley,
			knowledge.Figure{Text: "$212 a tonne", Kind: knowledge.FigureMoney},
			knowledge.Figure{Text: "2.1 million tonnes of barley", Kind: knowledge.FigureMeasure, Unit: "tonne", Counted: "barley"})},
		"deck.txt": {Figures: figuresAt(t, deck,
			knowledge.Figure{Text: "29", Kind: knowledge.FigureMeasure, Unit: "year", Counted: "age"},
			knowledge.Figure{Text: "£3,100", Kind: knowledge.FigureMoney})},
		"tram.txt": {Figures: figuresAt(t, tram,
			knowledge.Figure{Text: "Three passengers", Kind: knowledge.FigureCount, Counted: "passengers"},
			knowledge.Figure{Text: "48 mph", Kind: knowledge.FigureMeasure, Unit: "mile per hour"})},
		"fibre.txt": {Figures: figuresAt(t, fibre,
			knowledge.Figure{Text: "ten times", Kind: knowledge.FigureMeasure, Unit: "times"},
			knowledge.Figure{Text: "£24.50", Kind: knowledge.FigureMoney})},
		"kick.txt": {Figures: figuresAt(t, kick,
			knowledge.Figure{Text: "five years", Kind: knowledge.FigureMeasure, Unit: "year"},
			knowledge.Figure{Text: "52 metres", Kind: knowledge.FigureMeasure, Unit: "metre"})},
		"seats.txt": {Figures: figuresAt(t, seats,
			knowledge.Figure{Text: "40 seats", Kind: knowledge.FigureCount, Counted: "seats"},
			knowledge.Figure{Text: "6", Kind: knowledge.FigureCount, Counted: "seats"})},
		"bikes.txt": {Figures: figuresAt(t, bikes, knowledge.Figure{Text: "2.4 million", Kind: knowledge.FigureCount})},
		"ferry.txt": {Figures: figuresAt(t, ferry, knowledge.Figure{Text: "one busy ferry network", Kind: knowledge.FigureCount, Counted: "busy ferry network"})},
		"fees.txt": {Figures: figuresAt(t, fees, knowledge.Figure{Text: "£40", Kind: knowledge.FigureMoney},
			knowledge.Figure{Text: "£32", Kind: knowledge.FigureMoney}, knowledge.Figure{Text: "5%", Kind: knowledge.FigurePercent})},
		"fever.txt":  {Figures: figuresAt(t, fever, knowledge.Figure{Text: "at least six people", Kind: knowledge.FigureCount, Counted: "people"})},
		"keys.txt":   {Figures: figuresAt(t, keys, knowledge.Figure{Text: "2019", Kind: knowledge.FigureDate})},
		"chess.txt":  {Figures: figuresAt(t, chess, knowledge.Figure{Text: "two hours", Kind: knowledge.FigureMeasure, Unit: "hour"}, knowledge.Figure{Text: "ten minutes", Kind: knowledge.FigureMeasure, Unit: "minute"})},
		"votes.txt":  {Figures: figuresAt(t, votes, knowledge.Figure{Text: "two election victories", Kind: knowledge.FigureCount, Counted: "election victories"})},
		"ground.txt": {Figures: figuresAt(t, ground, knowledge.Figure{Text: "12 directors", Kind: knowledge.FigureCount, Counted: "directors"})},
		"carers.txt": {Figures: figuresAt(t, carers, knowledge.Figure{Text: "over 8,000 foster carers", Kind: knowledge.FigureCount, Counted: "foster carers"})},
		"gig.txt":    {Figures: figuresAt(t, gig, knowledge.Figure{Text: "Almost 80,000 people", Kind: knowledge.FigureCount, Counted: "people"})},
		"care1.txt":  {Figures: figuresAt(t, care1, knowledge.Figure{Text: "£90,000", Kind: knowledge.FigureMoney})},
		"care2.txt": {Figures: figuresAt(t, care2, knowledge.Figure{Text: "£40m", Kind: knowledge.FigureMoney},
			knowledge.Figure{Text: "2030", Kind: knowledge.FigureDate})},
		"poems.txt": {Figures: figuresAt(t, poems,
			knowledge.Figure{Text: "five little-known books", Kind: knowledge.FigureCount, Counted: "little-known books"},
			knowledge.Figure{Text: "$10,000", Kind: knowledge.FigureMoney})},
		"cover.txt": {Figures: figuresAt(t, cover, knowledge.Figure{Text: "about 2%", Kind: knowledge.FigurePercent})},
		"wool.txt": {Figures: figuresAt(t, wool,
			knowledge.Figure{Text: "$40m", Kind: knowledge.FigureMoney},
			knowledge.Figure{Text: "$95m", Kind: knowledge.FigureMoney})},
	}
	tests := []struct {
		why, question, want string
		articles            []string
	}{
		{"the figure the question's words stand next to, not one in a sentence without them",
			"How much durum wheat does Valdoria want to produce by 2030?", "90,000 tonnes", []string{"wheat.txt"}},
		{"asked for money, the money, wherever it stands",
			"How much will the treasury spend on seed?", "12m pesos", []string{"wheat.txt"}},
		{"not a count of other things (prizes) in the passage that ranks first",
			"How many episodes will the new season of Harbour Lights run to?", "eight-part", []string{"prizes.txt", "series.txt"}},
		{"a count of the things asked for, qualified by a name",
			"How many Chilean miners does the copper mine employ?", "9,000 Chilean miners", []string{"mine.txt"}},
		{"not a count of other things qualified by the same name: miners are no squad",
			"How many Chilean players are in the national squad?", "", []string{"mine.txt"}},
		{"a series is no episode",
			"How many episodes of the drama did the farmers' group watch?", "six episodes", []string{"show.txt"}},
		{"a count of what divides the things asked for: nominations in 13 categories",
			"How many Gold Disc nominations does Mara Lind have?", "13 categories", []string{"awards.txt"}},
		{"a measure in the unit asked for, which says what it counts",
			"How many times does the brass band strike up during the parade?", "more than 40 times", []string{"band.txt"}},
		{"a rate, with its unit of time", "How fast is membership of the chess club growing?", "15% every year", []string{"club.txt"}},
		{"no figure that is no age (odds)", "How old is Tom Vale?", "", []string{"odds.txt"}},
		{"not the question's own words (one punter)", "How much did one punter bet on Tom Vale?", "£870", []string{"odds.txt"}},
		{"the level a change reaches, after a word or two ('to a record 13.3%')",
			"What share of calls did customers abandon last year?", "13.3%", []string{"calls.txt"}},
		{"the figure of the year asked about",
			"How much did wool exports from Valdoria earn in 1985?", "$95m", []string{"wool.txt"}},
		{"what extraction found counts the thing asked for, not a price beside its name",
			"How much barley did Norland ship?", "2.1 million tonnes of barley", []string{"barley.txt"}},
		{"none of another year",
			"How much did wool exports from Valdoria earn in 1990?", "", []string{"wool.txt"}},
		{"compensation is money, not an age", "How much compensation did Ivo Brand win?", "£3,100", []string{"deck.txt"}},
		{"money asked 'in' damages, not an age", "How much did Ivo Brand win in damages?", "£3,100", []string{"deck.txt"}},
		{"a speed, not a count of people", "How fast was the tram going when it left the rails?", "48 mph", []string{"tram.txt"}},
		{"what a thing costs is money, not a multiple", "How much does the Quill fibre service cost?", "£24.50", []string{"fibre.txt"}},
		{"a distance, not a time", "How far out was Lena Ruiz's winning kick?", "52 metres", []string{"kick.txt"}},
		{"a margin may be counted in anything", "How far short of a majority were the Greens?", "6", []string{"seats.txt"}},
		{"a number that counts nothing, said to be the number of what the paragraph is about",
			"How many electric scooters will be sold in Europe this year?", "2.4 million", []string{"bikes.txt"}},
		{"a count of another thing that shares a word with what is asked (a ferry network is no ferry route)",
			"How many ferry routes does the island have?", "", []string{"ferry.txt"}},
		{"the level a change reaches, asked with 'to'", "What was the port's harbour fee cut to?", "£32", []string{"fees.txt"}},
		{"people who died count deaths, though 'people' is no word of the question",
			"How many fever deaths did the clinic count in Port Rell over the weekend?", "at least six people", []string{"fever.txt"}},
		{"a year with its month", "When did Abel Moro join Rovers?", "March 2019", []string{"keys.txt"}},
		{"a span with the smaller unit that completes it",
			"How long did the final game of the Brill Hill open last?", "two hours and ten minutes", []string{"chess.txt"}},
		{"the figure of the year asked about, though another passage ranks first",
			"By how much could the cost of free care for the elderly rise by 2030?", "£40m", []string{"care1.txt", "care2.txt"}},
		{"not a count of what stands for another word of the question (victories for 'win'), not for what is counted",
			"How many seats did the Greens win in the north?", "", []string{"votes.txt"}},
		{"not a figure of an article that does not name what is asked about (a band's crowd for the Rovers' ground)",
			"How many people will the new Rovers ground hold?", "", []string{"ground.txt", "gig.txt"}},
		{"'how much' is no number of things", "How much will the minimum rate for foster carers be?", "", []string{"carers.txt"}},
		{"what a thing is worth is money, not a count of the books it was chosen among",
			"How much is the Lisbon poetry prize worth?", "$10,000", []string{"poems.txt"}},
		{"the words after it that are the question's, not cut at a possessor",
			"How much has storm cover for vessels risen to?", "about 2% of a vessel's value", []string{"cover.txt"}},
	}
	texts := map[string]string{"wheat.txt": wheat, "prizes.txt": prizes, "series.txt": series, "mine.txt": mine, "show.txt": show,
		"wool.txt": wool, "cover.txt": cover, "awards.txt": awards, "band.txt": band, "odds.txt": odds, "calls.txt": calls, "club.txt": club, "barley.txt": barley,
		"deck.txt": deck, "tram.txt": tram, "fibre.txt": fibre, "kick.txt": kick, "seats.txt": seats, "keys.txt": keys, "chess.txt": chess, "bikes.txt": bikes, "ferry.txt": ferry, "fees.txt": fees, "fever.txt": fever, "poems.txt": poems, "care1.txt": care1, "care2.txt": care2, "votes.txt": votes, "ground.txt": ground, "gig.txt": gig, "carers.txt": carers}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			articles, facts := map[string]string{"port.txt": filler}, map[string]knowledge.Facts{}
			for _, id := range tt.articles {
				articles[id], facts[id] = texts[id], figs[id]
			}
			a := ask(t, askIndex(t, articles, facts), tt.question).Answer
			switch {
			case tt.want == "" && a != nil && a.Kind == knowledge.AnswerFigure:
				t.Errorf("answer = %+v; want no figure: %s", a, tt.why)
			case tt.want != "" && (a == nil || !strings.HasPrefix(a.Text, tt.want)):
				t.Errorf("answer = %+v; want %q: %s", a, tt.want, tt.why)
			}
		})
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

// TestNoAnswerWhereThePassageDoesNotHoldIt: the passages found do not
// hold what is asked, so they are shown with no direct answer: for "what
// did X say", a sentence where nobody speaks, though it names X and what
// is asked about; for "how many medals", a number that counts nothing (an
// age), or the best sentence when that holds no figure.
func TestNoAnswerWhereThePassageDoesNotHoldIt(t *testing.T) {
	const final = "Zorn wins in Graz\n\nPaul Zorn gave himself the perfect start to the season with victory in the final at Graz on Sunday."
	const games = "Zorn shines at the Graz games\n\nPaul Zorn was the star of the games in Graz, beating the champion in the final."
	const profile = "Zorn profile\n\nPaul Zorn, 31, trains at the games hall in Graz every morning."
	tests := []struct {
		question string
		articles map[string]string
		facts    map[string]knowledge.Facts
	}{
		{"What did Zorn say about the final?", map[string]string{"final.txt": final, "port.txt": filler}, nil},
		{"How many medals did Paul Zorn win at the games in Graz?", map[string]string{"games.txt": games, "profile.txt": profile, "port.txt": filler},
			map[string]knowledge.Facts{"profile.txt": {Figures: figuresAt(t, profile, knowledge.Figure{Text: "31", Kind: knowledge.FigureCount})}}},
	}
	for _, tt := range tests {
		res := ask(t, askIndex(t, tt.articles, tt.facts), tt.question)
		if len(res.Hits) == 0 {
			t.Errorf("%q: no passages: %+v", tt.question, res)
		}
		if res.Answer != nil {
			t.Errorf("%q: answer = %+v, want none", tt.question, res.Answer)
		}
	}
}

func TestYears(t *testing.T) {
	got := years("Output fell in the 1960s, rose in 2003-04 and in 1998, to 2,500 tonnes and 19,000 units.")
	if want := []string{"1960", "2003", "1998"}; !slices.Equal(got, want) {
		t.Errorf("years = %q, want %q", got, want)
	}
}

// "Why was X arrested": the sentence that gives the charge is the reason,
// not one that only tells of the arrest.
func TestAChargeIsAReason(t *testing.T) {
	const body = "Harbour master held\n\n" +
		"Harbour master Ivo Lenk was arrested at his home in Port Rell on Friday morning. " +
		"Police in Port Rell later said Ivo Lenk was arrested on charges of selling berths to smugglers."
	ix := askIndex(t, map[string]string{"lenk.txt": body, "port.txt": filler}, nil)
	if a := ask(t, ix, "Why was Ivo Lenk arrested?").Answer; a == nil || !strings.Contains(a.Text, "selling berths to smugglers") {
		t.Errorf("answer = %+v, want the charge", a)
	}
}

// "When will the cards be issued?": the month in words by the question's
// words answers, with its sentence, not the date of something else that
// the sentence also names.
func TestAMonthInWordsByTheQuestionsWords(t *testing.T) {
	const body = "Cards for deckhands\n\nThe new deckhand cards are due to be issued in March next year, under the harbour code of June 2003."
	facts := map[string]knowledge.Facts{"cards.txt": {Figures: figuresAt(t, body, knowledge.Figure{Text: "2003", Kind: knowledge.FigureDate})}}
	ix := askIndex(t, map[string]string{"cards.txt": body, "port.txt": filler}, facts)
	if a := ask(t, ix, "When will the new deckhand cards be issued?").Answer; a == nil || a.Kind == knowledge.AnswerDate || !strings.Contains(a.Text, "March next year") {
		t.Errorf("answer = %+v, want the sentence with March next year", a)
	}
}

// TestClippedAnswerShowsItsCuts: an answer cut to its best fifty words
// says so with "…" where words were left out, so that it never reads as
// the article's whole sentence, and keeps what follows the question's
// words.
func TestClippedAnswerShowsItsCuts(t *testing.T) {
	const long = "Dam report\n\n" +
		"The river authority said on Tuesday that the Kessa dam, which was built in 1961 by a consortium of three " +
		"regional water boards and enlarged twice since then, most recently in a project that ran for six years and " +
		"cost far more than planned, would be closed to road traffic for repairs from March until the end of the " +
		"summer, when engineers expect to finish relining the spillway and replacing the gates that failed an " +
		"inspection last autumn after heavy rain."
	ix := askIndex(t, map[string]string{"dam.txt": long, "port.txt": filler}, nil)
	a := ask(t, ix, "When will the Kessa dam be closed to road traffic?").Answer
	if a == nil {
		t.Fatal("no answer")
	}
	if n := len(strings.Fields(a.Text)); n > maxAnswerWords+1 || !strings.Contains(a.Text, "…") {
		t.Errorf("answer of %d words without a mark of its cut: %q", n, a.Text)
	}
	// Of the windows that hold the question's words, the last: what
	// follows them, the answer, stays.
	if !strings.Contains(a.Text, "from March") {
		t.Errorf("answer cut before when: %q", a.Text)
	}
}

// TestWhoIsAnsweredByANameOrNotAtAll: a "who" question whose best
// sentence names nobody gets no direct answer, not that sentence.
func TestWhoIsAnsweredByANameOrNotAtAll(t *testing.T) {
	const final = "Cup final report\n\n" +
		"\"For me, winning the cup final was the best day of the season,\" said the 21-year-old after the final on Sunday."
	ix := askIndex(t, map[string]string{"final.txt": final, "port.txt": filler}, nil)
	res := ask(t, ix, "Who won the cup final on Sunday?")
	if res.Answer != nil {
		t.Errorf("answer = %+v, want none: the sentence names nobody", res.Answer)
	}
	if len(res.Hits) == 0 {
		t.Error("no passages: the closest passage should still be shown")
	}
}

// A question about what someone denied (or whom they accused), or about
// who denied something, is answered by a claim of that stance or not at
// all: the subject's other words, or the one who said what another denied,
// shown as the answer would read as the denial.
func TestAStanceQuestionIsAnsweredByAClaimOfThatStance(t *testing.T) {
	const port = "Dock strike talks stall\n\n" +
		"Transport Minister Ilse Varga said the dock workers had rejected the latest pay offer and that the strike would end within a week. " +
		"A union spokesman, Tomas Brandt, denied that the dock workers had rejected the latest pay offer.\n\n" +
		"Brandt accused the port operator of hiring replacement crews during the talks.\n\n" +
		"Harbour chief Lena Moss said she had never met the strike leaders in private."
	ix := extractedIndex(t, "port.txt", port)
	for _, tt := range []struct{ question, want string }{
		{"What did Brandt deny?", "the dock workers had rejected the latest pay offer"},
		{"What did Brandt accuse the port operator of?", "hiring replacement crews"},
		{"What did Varga say about the strike?", "would end within a week"},
		{"What did Varga deny?", ""},
		{"What did Moss deny?", "never met the strike leaders"}, // a denial in other words
		{"What did the minister reject?", ""},
		{"Who denied that the dock workers had rejected the pay offer?", "Tomas Brandt"},
		{"Who said the dock workers had rejected the pay offer?", "Ilse Varga"},
	} {
		res := ask(t, ix, tt.question)
		switch {
		case tt.want == "" && res.Answer != nil:
			t.Errorf("%q: answer %q, want none: Varga denied nothing", tt.question, res.Answer.Text)
		case tt.want != "" && (res.Answer == nil || !strings.Contains(res.Answer.Text, tt.want)):
			t.Errorf("%q: answer %+v, want one with %q", tt.question, res.Answer, tt.want)
		}
	}
}

// "What did X deny" is answered by X's denial before a statement of X's
// that only negates, in the same passage or another ranked higher.
func TestADenialAnswersBeforeANegatingStatement(t *testing.T) {
	const pier = "Pier sale row\n\n" +
		"Harbour chief Ana Roth said the pier would not be sold to the hotel group before the summer season.\n\n" +
		"Roth denied that the council had already signed a deal on the pier with the hotel group. Roth said the pier was not for sale."
	ix := extractedIndex(t, "pier.txt", pier)
	res := ask(t, ix, "What did Roth deny about the pier, the hotel group and the summer season?")
	if res.Answer == nil || !strings.Contains(res.Answer.Text, "already signed a deal") {
		t.Errorf("answer %+v, want Roth's denial that a deal was signed", res.Answer)
	}
}

// "Who did it" is not answered by someone a sentence names when it says
// the opposite: the verb negated or denied, or for who said something, a
// denial (it names who denied it).
func TestWhoIsNotAnsweredFromASentenceThatSaysTheOpposite(t *testing.T) {
	const gates = "Clashes at the port gates\n\n" +
		"Police chief Anna Kohl denied reports that officers had used tear gas at the port gates.\n\n" +
		"The harbour master, Jonas Falk, did not close the northern terminal during the protest."
	ix := extractedIndex(t, "gates.txt", gates)
	for _, q := range []string{
		"Who used tear gas at the port gates?",
		"Who said officers used tear gas at the port gates?",
		"Who closed the northern terminal during the protest?",
	} {
		if res := ask(t, ix, q); res.Answer != nil {
			t.Errorf("%q: answer %q, want none: the sentence says the opposite", q, res.Answer.Text)
		}
	}
}

// A figure the article denies, or that a negated verb acts on, is no
// direct answer alone: its sentence, which says so, answers instead, or
// nothing does.
func TestADeniedOrNegatedFigureIsNoAnswerAlone(t *testing.T) {
	const bridge = "Bridge repairs dispute\n\n" +
		"The transport ministry denied that the bridge repairs would cost $3bn, calling the figure invented.\n\n" +
		"The company rejected claims that 12 inspectors had resigned.\n\n" +
		"The city has not paid the 500 contractors who rebuilt the ramp, the union said.\n\n" +
		"The opposition said 40 workers had been injured on the site."
	ix := extractedIndex(t, "bridge.txt", bridge)
	for _, tt := range []struct{ question, want string }{
		{"How much will the bridge repairs cost?", "denied"},
		{"How many inspectors resigned?", "rejected claims"},
		{"How many contractors has the city paid?", "has not paid"},
		{"How many workers were injured on the site?", "40 workers"},
	} {
		res := ask(t, ix, tt.question)
		if res.Answer == nil && tt.want != "40 workers" {
			continue
		}
		if res.Answer == nil || !strings.Contains(res.Answer.Text, tt.want) {
			t.Errorf("%q: answer %+v, want one with %q", tt.question, res.Answer, tt.want)
		}
	}
}

// extractedIndex indexes one article with the facts extraction finds in
// it, beside the filler.
func extractedIndex(t *testing.T, id, text string) *Index {
	t.Helper()
	return askIndex(t, map[string]string{id: text, "filler.txt": filler},
		map[string]knowledge.Facts{id: knowledge.Extract(article(t, id, text))})
}

// paraAt is where s stands in its paragraph of an article: the paragraph's
// number (the title is 1) and the offsets in it.
func paraAt(t *testing.T, text, s string) (n, start, end int) {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q is not in the article", s)
	}
	p := strings.LastIndex(text[:i], "\n\n") + 2
	return strings.Count(text[:i], "\n\n") + 1, i - p, i - p + len(s)
}

// TestWhoHoldsARoleIsNotWhoSpeaks: "who is the chairman of X" is
// answered by the one the article calls chairman, in a passage that names
// X, though nothing in their entity says of what; and not by who speaks
// of it ("… said Max Orr"), nor by the first person the sentence names.
func TestWhoHoldsARoleIsNotWhoSpeaks(t *testing.T) {
	const club = "Rell Rovers keep their manager\n\n" +
		"Rell Rovers manager Ivo Lenk has survived the board's vote, with chairman Tom Vale backing him. " +
		"\"The board of Rell Rovers trusts its manager,\" said fan leader Max Orr."
	mention := func(name string) knowledge.Mention { return mentionAt(t, club, name) }
	n, cs, ce := paraAt(t, club, "The board of Rell Rovers trusts its manager")
	facts := map[string]knowledge.Facts{"club.txt": {
		Entities: []knowledge.Entity{
			{ID: "e1", Name: "Ivo Lenk", Type: "person", Roles: []string{"manager"}, Affiliations: []string{"Rell Rovers"}, Mentions: []knowledge.Mention{mention("Ivo Lenk")}},
			{ID: "e2", Name: "Tom Vale", Type: "person", Roles: []string{"chairman"}, Mentions: []knowledge.Mention{mention("Tom Vale")}},
			{ID: "e3", Name: "Max Orr", Type: "person", Roles: []string{"fan leader"}, Mentions: []knowledge.Mention{mention("Max Orr")}},
		},
		Claims: []knowledge.Claim{{ID: "c1", Speaker: "Max Orr", Cue: "said", Content: "The board of Rell Rovers trusts its manager", Quoted: true, Paragraph: n, Start: cs, End: ce}},
	}}
	ix := askIndex(t, map[string]string{"club.txt": club, "port.txt": filler}, facts)
	for _, q := range []string{"Who is the chairman of Rell Rovers?", "Who chairs the board of Rell Rovers?"} {
		if a := ask(t, ix, q).Answer; a == nil || a.Text != "Tom Vale" {
			t.Errorf("%q: answer = %+v, want Tom Vale", q, a)
		}
	}
}

// TestWhoWillDoItIsNotWhoSpeaksOfIt: "who will take X's place on the
// tour" is answered by whom the article says takes it, not by one who
// speaks of the band and of taking something else.
func TestWhoWillDoItIsNotWhoSpeaksOfIt(t *testing.T) {
	const band = "Harbour Band back on the road\n\n" +
		"\"The Harbour Band will take the stage again, and the fans will be there,\" said Ivo Lenk. " +
		"On the tour next year, the late drummer's place goes to the singer Tom Vale."
	mention := func(name string) knowledge.Mention { return mentionAt(t, band, name) }
	n, cs, ce := paraAt(t, band, "The Harbour Band will take the stage again, and the fans will be there")
	facts := map[string]knowledge.Facts{"band.txt": {
		Entities: []knowledge.Entity{
			{ID: "e1", Name: "Ivo Lenk", Type: "person", Mentions: []knowledge.Mention{mention("Ivo Lenk")}},
			{ID: "e2", Name: "Tom Vale", Type: "person", Roles: []string{"singer"}, Mentions: []knowledge.Mention{mention("Tom Vale")}},
		},
		Claims: []knowledge.Claim{{ID: "c1", Speaker: "Ivo Lenk", Cue: "said", Content: "The Harbour Band will take the stage again, and the fans will be there",
			Quoted: true, Paragraph: n, Start: cs, End: ce}},
	}}
	ix := askIndex(t, map[string]string{"band.txt": band, "port.txt": filler}, facts)
	a := ask(t, ix, "Who will take the drummer's place on the Harbour Band's tour?").Answer
	if a != nil && strings.Contains(a.Text, "Ivo Lenk") {
		t.Errorf("answer = %+v, want Tom Vale or none: Ivo Lenk speaks of the stage, not of the drummer's place", a)
	}
}

// TestTheCountInAPassageOfTheBestArticle: "how many fever cases in Port
// Rell" is answered by the count of cases that the best passage's article
// gives in a paragraph ranked below others, which names neither the fever
// nor the town; not by the deaths the best passage counts.
func TestTheCountInAPassageOfTheBestArticle(t *testing.T) {
	const fever = "Fever spreads in Port Rell\n\n" +
		"A fever outbreak has killed at least 30 people in Port Rell since May, the health ministry said on Monday.\n\n" +
		"The ministry has recorded 640 suspected cases in 12 villages.\n\n" +
		"Fever clinics in Port Rell are full, doctors in Port Rell said.\n\n" +
		"The fever is spreading in Port Rell faster than last year, the Port Rell mayor said.\n\n" +
		"Schools in Port Rell closed as the fever reached the Port Rell harbour."
	const drill = "Port Rell fever drill\n\nPort Rell held a fever drill, the first fever drill in Port Rell for years.\n\n" +
		"Fever nurses from Port Rell ran the Port Rell fever drill."
	at := func(s string) knowledge.Figure {
		n, start, end := paraAt(t, fever, s)
		return knowledge.Figure{Text: s, Paragraph: n, Start: start, End: end, Kind: knowledge.FigureCount}
	}
	deaths, cases, villages := at("at least 30 people"), at("640 suspected cases"), at("12 villages")
	deaths.Counted, cases.Counted, villages.Counted = "people", "suspected cases", "villages"
	facts := map[string]knowledge.Facts{"fever.txt": {Figures: []knowledge.Figure{deaths, cases, villages}}}
	// Cases are common words of other news.
	const court = "Court news\n\nThe court heard two cases on Monday.\n\nMore cases are due, and cases of fraud lead the list.\n\nThe cases were adjourned."
	ix := askIndex(t, map[string]string{"fever.txt": fever, "drill.txt": drill, "court.txt": court, "port.txt": filler}, facts)
	if a := ask(t, ix, "How many fever cases were there in Port Rell?").Answer; a == nil || !strings.HasPrefix(a.Text, "640 suspected cases") {
		t.Errorf("answer = %+v, want 640 suspected cases", a)
	}
}

// TestARoleOfSomethingElseIsNotTheRoleAsked: "who directed Harbour
// Lights" is not answered by the one the article calls the director of
// another work, though the passage names the film and says "director".
func TestARoleOfSomethingElseIsNotTheRoleAsked(t *testing.T) {
	const film = "Harbour Lights opens in Rell\n\n" +
		"The film Harbour Lights, directed by the veteran Ana Roth, opens on Friday. " +
		"Its songs were written by Tom Vale, the director of the stage musical Sea Fever."
	mention := func(name string) knowledge.Mention { return mentionAt(t, film, name) }
	facts := map[string]knowledge.Facts{"film.txt": {Entities: []knowledge.Entity{
		{ID: "e1", Name: "Ana Roth", Type: "person", Mentions: []knowledge.Mention{mention("Ana Roth")}},
		{ID: "e2", Name: "Tom Vale", Type: "person", Roles: []string{"director"}, Affiliations: []string{"Sea Fever"}, Mentions: []knowledge.Mention{mention("Tom Vale")}},
	}}}
	ix := askIndex(t, map[string]string{"film.txt": film, "port.txt": filler}, facts)
	a := ask(t, ix, "Who directed Harbour Lights?").Answer
	if a != nil && !strings.Contains(a.Text, "Ana Roth") {
		t.Errorf("answer = %+v, want Ana Roth or none: Tom Vale directs another work", a)
	}
	// One whom nothing says of what still holds the role (see
	// TestWhoHoldsARoleIsNotWhoSpeaks).
	if !saysOfWhat(&facts["film.txt"].Entities[1]) || saysOfWhat(&facts["film.txt"].Entities[0]) {
		t.Error("saysOfWhat: want true for an affiliation, false for none")
	}
	if !saysOfWhat(&knowledge.Entity{Roles: []string{"editor of the Rell Herald"}}) {
		t.Error("saysOfWhat: want true for a role that names what it is of")
	}
}

// TestTheReasonInTheBestArticle: "why" is answered by the sentence of the
// best passage's article that gives a reason, where the best sentence only
// tells what happened: the next one ("… because of …"), shown with it, or
// one in a passage ranked lower; not by a phrase that only looks like a
// cause ("is due to be").
func TestTheReasonInTheBestArticle(t *testing.T) {
	const striker = "Rell striker misses cup tie\n\n" +
		"Rell Rovers striker Ivo Lenk will miss the cup tie against Port Vale on Saturday.\n\n" +
		"The club said the player had pulled out because of a sore ankle. The tie is due to be shown on television."
	const ferry = "Ferry line cuts sailings\n\n" +
		"The Harbour Line is cutting its winter sailings to the islands of Rell.\n\n" +
		"The islands of Rell will keep one sailing a week, and the harbour cafe will close in January.\n\n" +
		"The line said the winter sailings to Rell were cut due to falling passenger numbers."
	ix := askIndex(t, map[string]string{"striker.txt": striker, "ferry.txt": ferry, "port.txt": filler}, nil)
	tests := []struct{ question, want string }{
		{"Why will Ivo Lenk miss the cup tie against Port Vale?", "because of a sore ankle"},
		{"Why is the Harbour Line cutting its winter sailings to Rell?", "due to falling passenger numbers"},
	}
	for _, tt := range tests {
		if a := ask(t, ix, tt.question).Answer; a == nil || !strings.Contains(a.Text, tt.want) {
			t.Errorf("%q: answer = %+v, want one with %q", tt.question, a, tt.want)
		}
	}
	for sentence, want := range map[string]bool{
		"The report is due to be published in May.":          false,
		"The match was called off due to a frozen pitch.":    true,
		"After all, nobody knew the harbour would close.":    false,
		"He quit, saying the club had let the players down.": true,
		// whole words only: "after all" is no "after allegations", "due to
		// be" no "due to bedside", "due to take" no "due to takeover"
		"The chairman resigned after allegations of fraud.": true,
		"Wards closed due to bedside staff shortages.":      true,
		"Shares fell due to takeover fears.":                true,
		"He was right after all.":                           false,
	} {
		if got := givesReason(sentence); got != want {
			t.Errorf("givesReason(%q) = %v, want %v", sentence, got, want)
		}
	}
}

// TestWhoDidItIsNamedByTheWordsAsked: "who won the seat" is answered by
// the one named where the sentence says so, not the first it names; "who
// was selected" by whom the verb acts on, not by one of whom a spokesman
// speaks in the sentence before.
func TestWhoDidItIsNamedByTheWordsAsked(t *testing.T) {
	const seat = "Harbour party tour\n\n" +
		"On Monday Ivo Lenk will visit Port Rell, where the harbour pilot Ana Roth won the seat at last year's by-election."
	const vote = "Party picks Rell candidate\n\n" +
		"A spokesman for the dockers said they wanted to meet the party chairman Tom Vale about the shortlist. " +
		"Councillor Mia Dorn was selected for Port Rell in a contest of seven."
	mentions := func(article string, names ...string) []knowledge.Entity {
		var es []knowledge.Entity
		for i, name := range names {
			n, s, e := paraAt(t, article, name)
			es = append(es, knowledge.Entity{ID: fmt.Sprint("e", i), Name: name, Type: "person",
				Mentions: []knowledge.Mention{{Paragraph: n, Start: s, End: e, Text: name}}})
		}
		return es
	}
	n, cs, ce := paraAt(t, vote, "they wanted to meet the party chairman Tom Vale about the shortlist")
	facts := map[string]knowledge.Facts{
		"seat.txt": {Entities: mentions(seat, "Ivo Lenk", "Ana Roth")},
		"vote.txt": {Entities: mentions(vote, "Tom Vale", "Mia Dorn"), Claims: []knowledge.Claim{{ID: "c1", Speaker: "A spokesman for the dockers", Cue: "said",
			Content: "they wanted to meet the party chairman Tom Vale about the shortlist", Paragraph: n, Start: cs, End: ce}}},
	}
	ix := askIndex(t, map[string]string{"seat.txt": seat, "vote.txt": vote, "port.txt": filler}, facts)
	for q, want := range map[string]string{
		"Who won the seat at Port Rell at last year's by-election?": "Ana Roth",
		"Who was selected as the party's candidate for Port Rell?":  "Mia Dorn",
	} {
		if a := ask(t, ix, q).Answer; a == nil || a.Text != want {
			t.Errorf("%q: answer = %+v, want %s", q, a, want)
		}
	}
}

// TestAFigureByTheNamesAloneIsNoAnswer: "how much did Harbour Group pay
// for Rell Marine" is not answered by a share price that stands by the
// firm's name and none of the question's other words, nor by its sentence;
// a price agreed is.
func TestAFigureByTheNamesAloneIsNoAnswer(t *testing.T) {
	const bid = "Rell Marine shares jump\n\n" +
		"Rell Marine shares touched 17.70 euros on Monday before falling back. " +
		"The family that owns Rell Marine is said to be weighing an approach from Harbour Group."
	const offer = "Harbour Group bids for Port Vale Yachts\n\n" +
		"Harbour Group has paid 9.50 euros a share for Port Vale Yachts, the yacht maker said."
	fig := func(article, s string) knowledge.Figure {
		n, start, end := paraAt(t, article, s)
		return knowledge.Figure{Text: s, Paragraph: n, Start: start, End: end, Kind: knowledge.FigureMoney, Unit: "EUR"}
	}
	facts := map[string]knowledge.Facts{
		"bid.txt":   {Figures: []knowledge.Figure{fig(bid, "17.70 euros")}},
		"offer.txt": {Figures: []knowledge.Figure{fig(offer, "9.50 euros")}},
	}
	ix := askIndex(t, map[string]string{"bid.txt": bid, "offer.txt": offer, "port.txt": filler}, facts)
	if a := ask(t, ix, "How much has Harbour Group paid for Rell Marine?").Answer; a != nil && strings.Contains(a.Text, "17.70") {
		t.Errorf("answer = %+v, want none: the share price says nothing of an offer", a)
	}
	if a := ask(t, ix, "How much has Harbour Group paid for Port Vale Yachts?").Answer; a == nil || !strings.Contains(a.Text, "9.50 euros") {
		t.Errorf("answer = %+v, want 9.50 euros", a)
	}
}

// TestWhatSomeoneDeniedInALongerSentence: "What did Ivo Lenk deny?" is
// answered by what follows "denied" where the sentence names him shortly
// before it, to the end of its clause, when no claim of his is a denial;
// not by "the claims" alone, nor by what someone else denied.
func TestWhatSomeoneDeniedInALongerSentence(t *testing.T) {
	const mayor = "Rell mayor on the harbour plan\n\n" +
		"Mayor Ivo Lenk, who last year denied he planned to sell the old harbour to a developer, said the plan was fair. " +
		"Councillor Ana Roth denied the claims.\n\n" +
		"The port board rejected a call for a public inquiry into the harbour sale, and Ana Roth dismissed the idea too."
	ix := askIndex(t, map[string]string{"mayor.txt": mayor, "port.txt": filler}, nil)
	if a := ask(t, ix, "What did Ivo Lenk deny?").Answer; a == nil || a.Text != "he planned to sell the old harbour to a developer" || a.Speaker != "Ivo Lenk" || a.Cue != "denied" {
		t.Errorf("answer = %+v, want what Ivo Lenk denied", a)
	}
	if a := ask(t, ix, "What did Ana Roth deny?").Answer; a != nil {
		t.Errorf("answer = %+v, want none: the port board rejected the inquiry, and Ana Roth only denied 'the claims' and dismissed 'the idea too'", a)
	}
	// Words apart by non-breaking spaces (an HTML export's &nbsp;) are
	// words all the same: the answer is cut where the verb ends.
	const nbsp = "Rell mayor again\n\n" +
		"On\u00a0a\u00a0cold\u00a0morning\u00a0in\u00a0the\u00a0port\u00a0of\u00a0Rell, Mayor Ivo Lenk again denied he had planned to sell the old harbour."
	ix = askIndex(t, map[string]string{"nbsp.txt": nbsp, "port.txt": filler}, nil)
	if a := ask(t, ix, "What did Ivo Lenk deny?").Answer; a == nil || a.Text != "he had planned to sell the old harbour" {
		t.Errorf("answer = %+v, want what Ivo Lenk denied", a)
	}
}

func TestRangeSpan(t *testing.T) {
	for text, want := range map[string]string{
		"Their sons were paid between $60,000 (£30,800) and $150,000 a year.": "between $60,000 (£30,800) and $150,000",
		"Tickets cost between £20 and £35, the club said.":                    "between £20 and £35",
		"The fee is between £20 and the club's own price.":                    "£20",
		"The fee rose to £20 and then fell.":                                  "£20",
	} {
		i := strings.Index(text, "$60,000")
		if i < 0 {
			i = strings.Index(text, "£20")
		}
		n := len("$60,000")
		if !strings.HasPrefix(text[i:], "$60,000") {
			n = len("£20")
		}
		a, b := rangeSpan(text, i, i+n)
		if got := text[a:b]; got != want {
			t.Errorf("rangeSpan(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestWhoHoldsARoleInAnotherStory: "who is leading the investigation into
// the convoy attack" is not answered by the head of an investigation unit
// in a story that never speaks of a convoy or an attack, though its
// passage holds the role and "investigation"; it is by the one who leads
// that investigation, asked of what the story is about.
func TestWhoHoldsARoleInAnotherStory(t *testing.T) {
	const cable = "Tanker held after cable is cut\n\n" +
		"Marta Koski, the head of the coast guard's investigation unit, said divers had found a trench on the seabed that led from the cut cable to the tanker's route."
	const convoy = "Gunmen hit aid convoy near Bara\n\n" +
		"Gunmen attacked an aid convoy near Bara on Tuesday, and four drivers died in the attack.\n\n" +
		"The convoy carried food and medicine to the camps, and aid groups called the attack a crime."
	mention := func(name string) knowledge.Mention { return mentionAt(t, cable, name) }
	facts := map[string]knowledge.Facts{"cable.txt": {Entities: []knowledge.Entity{
		{ID: "e1", Name: "Marta Koski", Type: "person", Roles: []string{"head of the coast guard's investigation unit"}, Mentions: []knowledge.Mention{mention("Marta Koski")}},
	}}}
	ix := askIndex(t, map[string]string{"cable.txt": cable, "convoy.txt": convoy, "port.txt": filler}, facts)
	for _, q := range []string{"Who is leading the investigation into the convoy attack?", "who leads the inquiry into the attack on the aid convoy"} {
		if a := ask(t, ix, q).Answer; a != nil {
			t.Errorf("%q: answer = %+v, want none: the head of the cable inquiry does not lead it", q, a)
		}
	}
	if a := ask(t, ix, "Who is leading the investigation into the cut cable?").Answer; a == nil || a.Text != "Marta Koski" {
		t.Errorf("answer = %+v, want Marta Koski", a)
	}
}

// TestWhoTellsIsNotWhoDid: "who fired on the convoy" is not answered by
// the agency the report of the attack is attributed to, nor "who won the
// election" by one who speaks of elections; "who predicted" is answered
// by who predicted, "who leads the party" by the speaker the sentence says
// leads it, and "who raised the possibility of" by who said it.
func TestWhoTellsIsNotWhoDid(t *testing.T) {
	const convoy = "Convoy hit near Bara\n\n" +
		"A food convoy came under fire near Bara on Tuesday, according to the Relief Office.\n\n" +
		"\"Nobody won the election of 2024 by fraud,\" Omar Tall said."
	const bank = "Bank sees slowdown\n\n" +
		"A recession next year is likely, the Rell Bank predicted on Monday.\n\n" +
		"Ana Roth, who leads the Harbour Party, said the port tax would fall.\n\n" +
		"The Rell Rovers club may list its shares in London, its chairman Tom Vale said."
	claim := func(text, speaker, id, content, cue string) knowledge.Claim {
		return claimAt(t, text, speaker, id, content, cue)
	}
	facts := map[string]knowledge.Facts{
		"convoy.txt": {
			Entities: []knowledge.Entity{
				{ID: "e1", Name: "Relief Office", Type: "organization", Mentions: []knowledge.Mention{mentionAt(t, convoy, "Relief Office")}},
				{ID: "e2", Name: "Omar Tall", Type: "person", Mentions: []knowledge.Mention{mentionAt(t, convoy, "Omar Tall")}},
			},
			Claims: []knowledge.Claim{
				claim(convoy, "Relief Office", "e1", "A food convoy came under fire near Bara on Tuesday", "according to"),
				claim(convoy, "Omar Tall", "e2", "Nobody won the election of 2024 by fraud", "said"),
			},
		},
		"bank.txt": {
			Entities: []knowledge.Entity{
				{ID: "e1", Name: "Rell Bank", Type: "organization", Mentions: []knowledge.Mention{mentionAt(t, bank, "Rell Bank")}},
				{ID: "e2", Name: "Ana Roth", Type: "person", Mentions: []knowledge.Mention{mentionAt(t, bank, "Ana Roth")}},
				{ID: "e3", Name: "Tom Vale", Type: "person", Mentions: []knowledge.Mention{mentionAt(t, bank, "Tom Vale")}},
			},
			Claims: []knowledge.Claim{
				claim(bank, "Rell Bank", "e1", "A recession next year is likely", "predicted"),
				claim(bank, "Ana Roth", "e2", "the port tax would fall", "said"),
				claim(bank, "Tom Vale", "e3", "The Rell Rovers club may list its shares in London", "said"),
			},
		},
	}
	ix := askIndex(t, map[string]string{"convoy.txt": convoy, "bank.txt": bank, "port.txt": filler}, facts)
	for _, q := range []string{"Who fired on the food convoy near Bara?", "Who won the election of 2024?"} {
		if a := ask(t, ix, q).Answer; a != nil && a.Kind == knowledge.AnswerSpeaker {
			t.Errorf("%q: answer = %+v, want none: the one who tells of it did not do it", q, a)
		}
	}
	for q, want := range map[string]string{"Who predicted a recession next year?": "Rell Bank", "Who leads the Harbour Party?": "Ana Roth",
		// the verb acts on something said: the speaker raised it
		"Who at Rell Rovers raised the possibility of a share listing in London?": "Tom Vale"} {
		if a := ask(t, ix, q).Answer; a == nil || a.Text != want {
			t.Errorf("%q: answer = %+v, want %s", q, a, want)
		}
	}
}

// TestAnotherSpeakersSentenceIsNoAnswer: "what did the Dock Union say"
// is not answered by a sentence where another speaks of the union, nor
// "what did the port board say" by one where another named speaker tells
// of it; a sentence that holds the description ("the board") still may,
// when the claims did not resolve its speaker.
func TestAnotherSpeakersSentenceIsNoAnswer(t *testing.T) {
	const dock = "Dock strike talks\n\n" +
		"\"The port board blames the Dock Union for the strike, and the Dock Union says nothing about the pay offer,\" Ivo Lenk said.\n\n" +
		"The port board's chair said on Monday that the pay offer would stay open until May."
	at := func(name string) knowledge.Mention { return mentionAt(t, dock, name) }
	claim := func(speaker, id, content string) knowledge.Claim {
		return claimAt(t, dock, speaker, id, content, "said")
	}
	facts := map[string]knowledge.Facts{"dock.txt": {
		Entities: []knowledge.Entity{
			{ID: "e1", Name: "Ivo Lenk", Type: "person", Mentions: []knowledge.Mention{at("Ivo Lenk")}},
			{ID: "e2", Name: "Dock Union", Type: "organization", Mentions: []knowledge.Mention{at("Dock Union")}},
		},
		Claims: []knowledge.Claim{
			claim("Ivo Lenk", "e1", "The port board blames the Dock Union for the strike, and the Dock Union says nothing about the pay offer"),
			// the chair's claim, its speaker left as the description
			claim("The port board's chair", "", "the pay offer would stay open until May"),
		},
	}}
	ix := askIndex(t, map[string]string{"dock.txt": dock, "port.txt": filler}, facts)
	if a := ask(t, ix, "What did the Dock Union say about the pay offer?").Answer; a != nil {
		t.Errorf("answer = %+v, want none: Ivo Lenk speaks", a)
	}
	if a := ask(t, ix, "What did the port board say about the pay offer?").Answer; a != nil && strings.Contains(a.Text, "blames") {
		t.Errorf("answer = %+v, want the chair's words or none, not Ivo Lenk's", a)
	}
}

// TestWhoDidItIsNoTellerNorACutName: "who owns the tanker" is not answered
// by a name inside the phrase of who tells of it ("the Harn ports
// authority said"); an agent the parse cuts short ("The Rell Workers") is
// answered by the whole name it starts.
func TestWhoDidItIsNoTellerNorACutName(t *testing.T) {
	const tanker = "Tanker held off Harn\n\n" +
		"The coast guard seized the tanker Marisol and 40,000 tonnes of diesel on Monday, the Harn ports authority said."
	const strike = "Union weighs strike\n\n" +
		"The Rell Workers Union raised the possibility of a general strike in the docks on Monday."
	n, cs, ce := paraAt(t, tanker, "The coast guard seized the tanker Marisol and 40,000 tonnes of diesel on Monday")
	sm := mentionAt(t, tanker, "the Harn ports authority")
	facts := map[string]knowledge.Facts{
		"tanker.txt": {
			Entities: []knowledge.Entity{{ID: "e1", Name: "Harn", Type: "organization", Mentions: []knowledge.Mention{mentionAt(t, tanker, "Harn")}}},
			Claims: []knowledge.Claim{{Speaker: "the Harn ports authority", SpeakerMention: &sm, Cue: "said",
				Content: "The coast guard seized the tanker Marisol and 40,000 tonnes of diesel on Monday", Paragraph: n, Start: cs, End: ce}},
		},
		"strike.txt": {Entities: []knowledge.Entity{{ID: "e1", Name: "Rell Workers Union", Type: "organization", Mentions: []knowledge.Mention{mentionAt(t, strike, "Rell Workers Union")}}}},
	}
	ix := askIndex(t, map[string]string{"tanker.txt": tanker, "strike.txt": strike, "port.txt": filler}, facts)
	if a := ask(t, ix, "Who owns the tanker Marisol?").Answer; a != nil && a.Kind == knowledge.AnswerSpeaker {
		t.Errorf("answer = %+v, want none: nothing says who owns it", a)
	}
	if a := ask(t, ix, "Who raised the possibility of a general strike in the docks?").Answer; a == nil || a.Text != "Rell Workers Union" {
		t.Errorf("answer = %+v, want Rell Workers Union", a)
	}
}

// TestWhoFoundedIsAnsweredByTheFounder: "who founded X" asks for X's
// founder, whom an article may name by the noun alone ("Quill founder Ivo
// Lenk"), not by the verb; a passage that speaks of X but of no founding
// does not answer it, however well it matches X.
func TestWhoFoundedIsAnsweredByTheFounder(t *testing.T) {
	const (
		code = "Coders attack patents\n\n" +
			"The row over patents heated up this week as Quill founder Ivo Lenk led an attack on software patents."
		money = "Bigco puts cash behind Quill\n\n" +
			"Bigco said the money would fund research to boost Quill use. Quill is free, and Bigco sells Quill servers."
	)
	facts := map[string]knowledge.Facts{
		"code.txt": {Entities: []knowledge.Entity{
			{ID: "e1", Name: "Ivo Lenk", Type: "person", Roles: []string{"Quill founder"}, Mentions: []knowledge.Mention{mentionAt(t, code, "Ivo Lenk")}},
		}},
		"money.txt": {Entities: []knowledge.Entity{
			{ID: "e1", Name: "Bigco", Type: "organization", Mentions: []knowledge.Mention{mentionAt(t, money, "Bigco")}},
		}},
	}
	articles := map[string]string{"code.txt": code, "money.txt": money, "port.txt": filler}
	// "found" is a common word (of "find"): the name weighs most.
	for i, what := range []string{"a leak", "no damage", "the crane's log", "two stowaways", "the lost key", "a fault"} {
		articles[fmt.Sprintf("found%d.txt", i)] = fmt.Sprintf("Harbour report %d\n\nInspectors found %s at the harbour this week.", i, what)
	}
	ix := askIndex(t, articles, facts)
	if a := ask(t, ix, "who founded quill").Answer; a == nil || a.Text != "Ivo Lenk" {
		t.Errorf("who founded quill: answer = %+v, want Ivo Lenk", a)
	}
	if res := ask(t, ix, "Who founded Bigco?"); !res.Unanswered || res.Answer != nil {
		t.Errorf("Who founded Bigco: unanswered = %v, answer = %+v; want a refusal: nothing says who founded it", res.Unanswered, res.Answer)
	}
}

// TestARolePhraseRunsBackOverTheNameItIsOf: a role named after what it is
// of runs back to the start of that name, but not over the name of the
// one it describes, nor keeps a preposition before it.
func TestARolePhraseRunsBackOverTheNameItIsOf(t *testing.T) {
	subject := func(name string) func(string) bool {
		return func(w string) bool { return strings.Contains(name, w) }
	}
	for _, tc := range []struct{ text, role, subject, want string }{
		{"said North Shore Port Authority chief Ivo Lenk on Monday", "chief", "Ivo Lenk", "North Shore Port Authority chief"},
		{"Lenk, the North Rell Rowing Club's race manager, said", "manager", "Ivo Lenk", "North Rell Rowing Club's race manager"},
		{"said Ivo Lenk of Brill Vale Trading Co, a dealer", "Brill Vale Trading Co", "Ivo Lenk", "Brill Vale Trading Co"},
		{"the club's new coach Ivo Lenk", "coach", "Ivo Lenk", "club's new coach"},
	} {
		i := strings.Index(tc.text, tc.role)
		start, end := rolePhrase(tc.text, i, i+len(tc.role), subject(tc.subject))
		if got := tc.text[start:end]; got != tc.want {
			t.Errorf("%q: role phrase = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestARoleOfANamedFirmIsHeldWhereTheNameStands: "who is the chief
// executive of X", X a name of several words, is not answered by a chief
// executive whose passage holds X's words apart, about another firm.
func TestARoleOfANamedFirmIsHeldWhereTheNameStands(t *testing.T) {
	const tunnel = "Ferries hit tunnel firm\n\n" +
		"Income from its shuttle services fell, and data on bookings was weak, said chief executive Ivo Lenk."
	n, s, e := paraAt(t, tunnel, "Ivo Lenk")
	facts := map[string]knowledge.Facts{"tunnel.txt": {Entities: []knowledge.Entity{
		{ID: "e1", Name: "Ivo Lenk", Type: "person", Roles: []string{"chief executive"}, Mentions: []knowledge.Mention{{Paragraph: n, Start: s, End: e, Text: "Ivo Lenk"}}},
	}}}
	ix := askIndex(t, map[string]string{"tunnel.txt": tunnel, "port.txt": filler}, facts)
	if a := ask(t, ix, "Who is the chief executive of Incomes Data Services?").Answer; a != nil && strings.Contains(a.Text, "Ivo Lenk") {
		t.Errorf("answer = %+v, want none: Ivo Lenk runs another firm", a)
	}
}

// TestAnAgeInPlaceOfTheName: "how old is X" is answered by the age that
// opens the sentence after the one naming X, in place of the name ("The
// 19-year-old …"), though that sentence holds none of the question's
// words.
func TestAnAgeInPlaceOfTheName(t *testing.T) {
	const final = "Lopes wins Rell Open\n\n" +
		"Valdoria's Ana Lopes won her first title at the Rell Open on Sunday. The 19-year-old took 80 minutes to beat Mia Orr 6-2 6-3."
	facts := map[string]knowledge.Facts{"final.txt": {Figures: figuresAt(t, final,
		knowledge.Figure{Text: "19-year-old", Kind: knowledge.FigureMeasure, Unit: "year", Counted: "age"},
		knowledge.Figure{Text: "80 minutes", Kind: knowledge.FigureMeasure, Unit: "minute"},
	)}}
	ix := askIndex(t, map[string]string{"final.txt": final, "port.txt": filler}, facts)
	if a := ask(t, ix, "how old is ana lopes").Answer; a == nil || a.Text != "19-year-old" {
		t.Errorf("answer = %+v, want 19-year-old", a)
	}
}

// mentionAt is the mention of a name where an article's text first has it.
func mentionAt(t *testing.T, text, name string) knowledge.Mention {
	t.Helper()
	n, s, e := paraAt(t, text, name)
	return knowledge.Mention{Paragraph: n, Start: s, End: e, Text: name}
}

// claimAt is a claim of a speaker whose content and name an article's text
// has, with the speaker's mention where the text first names them.
func claimAt(t *testing.T, text, speaker, id, content, cue string) knowledge.Claim {
	t.Helper()
	n, s, e := paraAt(t, text, content)
	m := mentionAt(t, text, speaker)
	return knowledge.Claim{Speaker: speaker, SpeakerID: id, SpeakerMention: &m, Cue: cue, Content: content, Paragraph: n, Start: s, End: e}
}

// TestWhoIsAnsweredByTheFullestRole: "who is Ivo Lenk" is answered by the
// fullest role the passage states, "the coast guard's spokesman", not by
// the rank before his name.
func TestWhoIsAnsweredByTheFullestRole(t *testing.T) {
	const guard = "Coast guard finds wreck\n\n" +
		"Capt. Ivo Lenk, the coast guard's spokesman, said divers had found the wreck of the ferry off Port Rell."
	facts := map[string]knowledge.Facts{"guard.txt": {Entities: []knowledge.Entity{
		{ID: "e1", Name: "Ivo Lenk", Type: "person", Roles: []string{"Capt.", "spokesman"}, Mentions: []knowledge.Mention{mentionAt(t, guard, "Ivo Lenk")}},
	}}}
	ix := askIndex(t, map[string]string{"guard.txt": guard, "port.txt": filler}, facts)
	if a := ask(t, ix, "Who is Ivo Lenk?").Answer; a == nil || !strings.Contains(a.Text, "spokesman") {
		t.Errorf("answer = %+v, want the coast guard's spokesman", a)
	}
}

// TestWhereIsAnsweredByTheSentenceNamingThePlace: "where will X and Y
// meet" whose best sentence names no place (a demonym says of what
// country, not where) is answered by the sentence of the article that
// names one; "where is X in the rankings", whose best sentence gives a
// level, keeps that sentence.
func TestWhereIsAnsweredByTheSentenceNamingThePlace(t *testing.T) {
	const meeting = "Rell Motors to meet steel maker\n\n" +
		"Rell Motors will meet the German steel maker Vale Steel on Friday to settle a dispute over a supply contract.\n\n" +
		"Both firms want to cut costs as demand for cars falls.\n\n" +
		"The meeting between Rell Motors boss Ivo Lenk and Vale Steel's Ana Roth will take place in Vienna, the firms said."
	const final = "Lenk reaches first final\n\n" +
		"Ivo Lenk, ranked 212th in the world rankings, reached his first final on Sunday. " +
		"He beat the top seed in three sets. " +
		"Lenk, the youngest finalist in the world this year, will play the final in Vienna on Monday."
	ix := askIndex(t, map[string]string{"meeting.txt": meeting, "final.txt": final, "port.txt": filler}, nil)
	tests := []struct{ question, want string }{
		{"Where will Rell Motors and Vale Steel meet?", "in Vienna"},
		{"Where is Ivo Lenk in the world rankings?", "212th"},
	}
	for _, tt := range tests {
		if a := ask(t, ix, tt.question).Answer; a == nil || !strings.Contains(a.Text, tt.want) {
			t.Errorf("%q: answer = %+v, want one with %q", tt.question, a, tt.want)
		}
	}
}

// TestWherePlaceIsOfWhatIsAsked: the sentence added for where is one
// that names a place after "in", "at" or the like (not a person named
// Jordan) and is of what is asked (its verb or "take place"; not shares
// rising in Paris); a best sentence that says where by a name the
// gazetteer lacks ("at the Mossley Park headquarters") needs none; a date
// ("on April 12") is no level that stops the search.
func TestWherePlaceIsOfWhatIsAsked(t *testing.T) {
	articles := map[string]string{
		"dorn.txt": "Dorn Cars to meet rival\n\n" +
			"Dorn Cars will meet Kell Motors on Monday to discuss a joint plant. The meeting was confirmed by Dorn Cars spokesman Sam Jordan.",
		"tarn.txt": "Tarn Foods to meet dairy\n\n" +
			"Tarn Foods will meet Orle Dairy next week to discuss a merger. Shares of Tarn Foods rose 3 percent in Paris after the news.",
		"brann.txt": "Brann Steel to meet Hale Iron\n\n" +
			"Brann Steel will meet Hale Iron at the Mossley Park headquarters of Hale Iron on Friday. Brann Steel shares rose 1 percent in Milan after Brann Steel said the meeting would go ahead.",
		"vane.txt": "Vane Air to meet Rell Jets\n\n" +
			"Vane Air will meet Rell Jets on April 12 to discuss new routes. The meeting of Vane Air and Rell Jets will take place in Vienna.",
		"port.txt": filler,
	}
	ix := askIndex(t, articles, nil)
	for q, not := range map[string]string{
		"Where will Dorn Cars meet Kell Motors?": "Jordan",
		"Where will Tarn Foods meet Orle Dairy?": "Paris",
		"Where will Brann Steel meet Hale Iron?": "Milan",
	} {
		if a := ask(t, ix, q).Answer; a != nil && strings.Contains(a.Text, not) {
			t.Errorf("%q: answer = %+v, not where", q, a)
		}
	}
	q := "Where will Vane Air meet Rell Jets?"
	if a := ask(t, ix, q).Answer; a == nil || !strings.Contains(a.Text, "Vienna") {
		t.Errorf("%q: answer = %+v, want one with Vienna", q, a)
	}
}

// TestAReasonIsOfWhatIsAsked: a cause phrase in a passage that holds
// nothing of a "why" question but its names ("After the latest cuts there
// are 40 staff at Rell Games …") gives the reason for something else; the
// reason asked for is the one after the sentence saying what is asked.
func TestAReasonIsOfWhatIsAsked(t *testing.T) {
	const games = "Rell Games up for sale\n\n" +
		"Rell Games, one of the largest independent game makers in the country, is up for sale.\n\n" +
		"The London-based firm has sacked 50 staff due to a severe cash crisis. " +
		"The administrators said selling Rell Games was the only way to save it.\n\n" +
		"At the start of the year the company had 200 staff. After the latest cuts there are 40 staff at Rell Games headquarters in Port Vale."
	ix := askIndex(t, map[string]string{"games.txt": games, "port.txt": filler}, nil)
	q := "Why is Rell Games up for sale?"
	if a := ask(t, ix, q).Answer; a == nil || !strings.Contains(a.Text, "cash crisis") {
		t.Errorf("%q: answer = %+v, want one with %q", q, a, "cash crisis")
	}
}

// TestARoleAskedWithItsQualifierIsThatHolders: "what did the culture
// secretary say" is not answered by a minister of another brief (a
// minister standing for a secretary) where the article gives someone the
// role as asked.
func TestARoleAskedWithItsQualifierIsThatHolders(t *testing.T) {
	const pubs = "Pub hours row\n\n" +
		"Culture Secretary Ana Roth said the new licensing plan was sound and would go ahead.\n\n" +
		"Minister Ivo Lenk said a delay to longer pub hours would be a mistake for the industry."
	n1, s1, e1 := paraAt(t, pubs, "the new licensing plan was sound and would go ahead")
	n2, s2, e2 := paraAt(t, pubs, "a delay to longer pub hours would be a mistake for the industry")
	rn, rs, re := paraAt(t, pubs, "Ana Roth")
	ln, ls, le := paraAt(t, pubs, "Ivo Lenk")
	facts := map[string]knowledge.Facts{"pubs.txt": {
		Entities: []knowledge.Entity{
			{ID: "e1", Name: "Ana Roth", Type: "person", Roles: []string{"Culture Secretary"}, Mentions: []knowledge.Mention{{Paragraph: rn, Start: rs, End: re, Text: "Ana Roth"}}},
			{ID: "e2", Name: "Ivo Lenk", Type: "person", Roles: []string{"Minister"}, Mentions: []knowledge.Mention{{Paragraph: ln, Start: ls, End: le, Text: "Ivo Lenk"}}},
		},
		Claims: []knowledge.Claim{
			{ID: "c1", Speaker: "Ana Roth", SpeakerID: "e1", Cue: "said", Content: pubsPara(pubs, n1)[s1:e1], Paragraph: n1, Start: s1, End: e1},
			{ID: "c2", Speaker: "Ivo Lenk", SpeakerID: "e2", Cue: "said", Content: pubsPara(pubs, n2)[s2:e2], Paragraph: n2, Start: s2, End: e2},
		}}}
	ix := askIndex(t, map[string]string{"pubs.txt": pubs, "port.txt": filler}, facts)
	q := "What did the culture secretary say about a delay to longer pub hours?"
	if a := ask(t, ix, q).Answer; a != nil && (a.Speaker == "Ivo Lenk" || strings.Contains(a.Text, "mistake")) {
		t.Errorf("%q: answer = %+v, the minister's words", q, a)
	}
}

// pubsPara is paragraph n of an article (the title is paragraph 1).
func pubsPara(article string, n int) string {
	return strings.Split(article, "\n\n")[n-1]
}

// TestWhoHeldARoleDoesNotHoldIt: one the passage says has left a role
// ("Chief executive Ivo Lenk stepped down last week") or held it before
// ("former manager Tom Vale") does not answer who holds it.
func TestWhoHeldARoleDoesNotHoldIt(t *testing.T) {
	const club = "Rell Rovers in crisis\n\n" +
		"Rell Rovers chief executive Ivo Lenk stepped down last week and creditors want a greater say. " +
		"Rell Rovers former manager Tom Vale said the club needed new money."
	mention := func(name string) knowledge.Mention { return mentionAt(t, club, name) }
	facts := map[string]knowledge.Facts{"club.txt": {
		Entities: []knowledge.Entity{
			{ID: "e1", Name: "Ivo Lenk", Type: "person", Roles: []string{"chief executive"}, Affiliations: []string{"Rell Rovers"}, Mentions: []knowledge.Mention{mention("Ivo Lenk")}},
			{ID: "e2", Name: "Tom Vale", Type: "person", Roles: []string{"manager"}, Affiliations: []string{"Rell Rovers"}, Mentions: []knowledge.Mention{mention("Tom Vale")}},
		},
	}}
	ix := askIndex(t, map[string]string{"club.txt": club, "port.txt": filler}, facts)
	for _, q := range []string{"Who is the chief executive of Rell Rovers?", "Who is the manager of Rell Rovers?"} {
		if a := ask(t, ix, q).Answer; a != nil && (strings.Contains(a.Text, "Ivo Lenk") || strings.Contains(a.Text, "Tom Vale")) {
			t.Errorf("%q: answer = %+v, one who no longer holds the role", q, a)
		}
	}
	for _, tt := range []struct {
		text, name string
		want       bool
	}{
		{"Chief executive Ivo Lenk stepped down last week.", "Ivo Lenk", true},
		{"Ivo Lenk, who resigned in May, was not at the meeting.", "Ivo Lenk", true},
		{"The ex-chairman Ivo Lenk spoke.", "Ivo Lenk", true},
		{"Ivo Lenk replaced the chairman who stepped down in May.", "Ivo Lenk", false},
		{"Chairman Ivo Lenk said the board would step down if the vote failed.", "Ivo Lenk", false},
	} {
		i := strings.Index(tt.text, tt.name)
		if got := leftRole(tt.text, i, i+len(tt.name), "chairman"); got != tt.want {
			t.Errorf("leftRole(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestLeftAnotherRoleStillHolds: one who left another role or another
// firm ("Ivo Lenk, who quit Tarn Mills in May, is now chief executive of
// Orle Paper"; "stepped down as chairman but remains chief executive")
// answers who holds the role asked for, and a firm beside one who left it
// does not answer in their place.
func TestLeftAnotherRoleStillHolds(t *testing.T) {
	const orle = "Orle Paper hires a chief\n\n" +
		"Ivo Lenk, who quit Tarn Mills in May, is now chief executive of Orle Paper. Orle Paper makes card in Leeds."
	const vane = "Vane Bank chairman goes\n\n" +
		"Vane Bank's chairman Tom Hale has stepped down as chairman but remains chief executive of the bank. The board meets in June."
	const kell = "Kell Foods chief quits\n\n" +
		"Kell Foods chief executive Ann Roe resigned on Monday after talks with Brann Capital. The shares fell."
	facts := map[string]knowledge.Facts{
		"orle.txt": {Entities: []knowledge.Entity{
			{ID: "e1", Name: "Ivo Lenk", Type: "person", Roles: []string{"chief executive"}, Affiliations: []string{"Orle Paper"}, Mentions: []knowledge.Mention{mentionAt(t, orle, "Ivo Lenk")}},
			{ID: "e2", Name: "Tarn Mills", Type: "organization", Mentions: []knowledge.Mention{mentionAt(t, orle, "Tarn Mills")}},
		}},
		"kell.txt": {Entities: []knowledge.Entity{
			{ID: "e1", Name: "Ann Roe", Type: "person", Roles: []string{"chief executive"}, Affiliations: []string{"Kell Foods"}, Mentions: []knowledge.Mention{mentionAt(t, kell, "Ann Roe")}},
			{ID: "e2", Name: "Brann Capital", Type: "organization", Mentions: []knowledge.Mention{mentionAt(t, kell, "Brann Capital")}},
		}},
		"vane.txt": {Entities: []knowledge.Entity{
			{ID: "e1", Name: "Tom Hale", Type: "person", Roles: []string{"chief executive"}, Affiliations: []string{"Vane Bank"}, Mentions: []knowledge.Mention{mentionAt(t, vane, "Tom Hale")}},
		}},
	}
	ix := askIndex(t, map[string]string{"orle.txt": orle, "vane.txt": vane, "kell.txt": kell, "port.txt": filler}, facts)
	if a := ask(t, ix, "Who is the chief executive of Kell Foods?").Answer; a != nil && (a.Text == "Brann Capital" || a.Text == "Ann Roe") {
		t.Errorf("Kell Foods: answer = %+v, one who left or a firm beside them", a)
	}
	for q, want := range map[string]string{
		"Who is the chief executive of Orle Paper?": "Ivo Lenk",
		"Who is the chief executive of Vane Bank?":  "Tom Hale",
	} {
		if a := ask(t, ix, q).Answer; a == nil || !strings.Contains(a.Text, want) || strings.Contains(a.Text, "**Tarn Mills**") {
			t.Errorf("%q: answer = %+v, want %s", q, a, want)
		}
	}
	for _, tt := range []struct {
		text, role string
		want       bool
	}{
		{"Ivo Lenk, who quit Tarn Mills in May, is now chief executive of Orle Paper.", "chief executive", false},
		{"Ivo Lenk quit Tarn Mills to become chief executive of Orle Paper.", "chief executive", false},
		{"Ivo Lenk has stepped down as chairman but remains chief executive.", "chief executive", false},
		{"Ivo Lenk has stepped down as chairman but remains chief executive.", "chairman", true},
		{"Ivo Lenk resigned as chairman and chief executive in May.", "chief executive", true},
		{"Ivo Lenk resigned as the scandal grew.", "chief executive", true},
		{"Ivo Lenk stepped down in May and Tom Hale is now chief executive.", "chief executive", true},
		{"Ivo Lenk resigned in May, and remains under investigation.", "chief executive", true},
		{"Ivo Lenk quit Tarn Mills to join Orle Paper as chief executive.", "chief executive", false},
	} {
		i := strings.Index(tt.text, "Ivo Lenk")
		if got := leftRole(tt.text, i, i+len("Ivo Lenk"), tt.role); got != tt.want {
			t.Errorf("leftRole(%q, %q) = %v, want %v", tt.text, tt.role, got, tt.want)
		}
	}
}

// TestWhoLeftARoleIsAsked: a question about one who left a role, or held
// it before, keeps them.
func TestWhoLeftARoleIsAsked(t *testing.T) {
	for q, want := range map[string]bool{
		"Who resigned as chairman of Rell Rovers?":   true,
		"Who is the former manager of Rell Rovers?":  true,
		"Who stepped down as chief executive?":       true,
		"Who is the chief executive of Rell Rovers?": false,
		"Who leads Rell Rovers?":                     false,
		"Who heads the Rell retirement fund?":        false,
	} {
		if got := asksLeft(q); got != want {
			t.Errorf("asksLeft(%q) = %v, want %v", q, got, want)
		}
	}
}
