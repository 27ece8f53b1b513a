package index

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge"
)

// The articles of these tests are written for them.

// spanIn is where s stands in the paragraph of text that holds it, and
// that paragraph's number (the title is paragraph 1).
func spanIn(t *testing.T, text, s string) (paragraph, start, end int) {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q is not in the text", s)
	}
	p := strings.LastIndex(text[:i], "\n\n") + 2
	return strings.Count(text[:i], "\n\n") + 1, i - p, i - p + len(s)
}

// claimOf is a claim of speaker whose content is s, where it stands in text.
func claimOf(t *testing.T, text, speaker, stance, s string) knowledge.Claim {
	t.Helper()
	n, a, b := spanIn(t, text, s)
	return knowledge.Claim{Speaker: speaker, Cue: "said", Stance: stance, Content: s, Paragraph: n, Start: a, End: b}
}

// "What did the commissioner deny?" asks about nothing but whom it names:
// the denial of the one who holds the role answers it, not a statement of
// the commissioner's office that only negates, though it names the role.
func TestWhatSomeoneDeniedNeedsNoTopic(t *testing.T) {
	text := "Harbour dues row\n\nHarbour Commissioner Rosa Ferreira denied that any fees had been raised. " +
		"The commissioner's office said in a statement that the shipping firms had not filed their complaints in time."
	n, a, b := spanIn(t, text, "Harbour Commissioner Rosa Ferreira")
	facts := knowledge.Facts{
		Entities: []knowledge.Entity{{ID: "e1", Name: "Rosa Ferreira", Type: "person", Roles: []string{"Harbour Commissioner"},
			Mentions: []knowledge.Mention{{Paragraph: n, Start: a + len("Harbour Commissioner "), End: b, Text: "Rosa Ferreira"}}}},
		Claims: []knowledge.Claim{
			claimOf(t, text, "Rosa Ferreira", "deny", "any fees had been raised"),
			claimOf(t, text, "the commissioner's office", "assert", "the shipping firms had not filed their complaints in time")},
	}
	facts.Claims[0].SpeakerID = "e1"
	ix := askIndex(t, map[string]string{"dues.txt": text, "port.txt": filler}, map[string]knowledge.Facts{"dues.txt": facts})
	if a := ask(t, ix, "What did the commissioner deny?").Answer; a == nil || a.Text != "any fees had been raised" {
		t.Errorf("answer = %+v, want the commissioner's denial", a)
	}
}

// A claim need not name what its article's headline names to speak of it:
// "She denied the timetable was changing" in a report headed "Row over
// ferry cuts" answers what she denied about the ferries.
func TestAClaimSpeaksToWhatItsHeadlineIsAbout(t *testing.T) {
	text := "Row over ferry cuts\n\nIsland councils attacked the plan on Monday.\n\n" +
		"But transport minister Marta Silva defended the plan. She denied the timetable was changing."
	facts := knowledge.Facts{Claims: []knowledge.Claim{claimOf(t, text, "Marta Silva", "deny", "the timetable was changing")}}
	ix := askIndex(t, map[string]string{"ferry.txt": text, "port.txt": filler}, map[string]knowledge.Facts{"ferry.txt": facts})
	if a := ask(t, ix, "What did Marta Silva deny about the ferries?").Answer; a == nil || a.Text != "the timetable was changing" {
		t.Errorf("answer = %+v, want her denial", a)
	}
	if a := ask(t, ix, "What did Marta Silva say about bakeries?").Answer; a != nil && a.Kind == knowledge.AnswerClaim {
		t.Errorf("answer = %+v: she says nothing of bakeries, nor does the headline", a)
	}
}

// A report that someone denied something answers "what did X deny" before
// X's own words that only negate, and those are not replaced by the
// sentence that names X ("…," said Hale).
func TestAReportedDenialAnswersBeforeANegatingQuote(t *testing.T) {
	text := "Rovers striker cleared\n\nRovers striker Tom Hale had earlier denied accusations that he kicked the goalkeeper before the match. " +
		"\"I didn't kick anybody. They are tough enough to look after themselves,\" said Hale."
	facts := knowledge.Facts{Claims: []knowledge.Claim{
		claimOf(t, text, "Tom Hale", "assert", "I didn't kick anybody. They are tough enough to look after themselves")}}
	facts.Claims[0].Quoted = true
	ix := askIndex(t, map[string]string{"hale.txt": text, "port.txt": filler}, map[string]knowledge.Facts{"hale.txt": facts})
	if a := ask(t, ix, "What did Hale deny?").Answer; a == nil || !strings.HasPrefix(a.Text, "accusations that he kicked the goalkeeper") {
		t.Errorf("answer = %+v, want the denial reported", a)
	}
}

// The question's words are found in a passage however the stemmer changes
// their first letters: "pay" and "paying" read "pai".
func TestWordsWhoseStemChangesTheirStartAreFound(t *testing.T) {
	text := "Ferry deal signed\n\nThe council will pay £2m for the new ferry, and the island is paying the rest."
	ix := askIndex(t, map[string]string{"ferry.txt": text, "port.txt": filler}, nil)
	wantMarked(t, ask(t, ix, "How much will the council pay for the ferry?"), "pay", "paying")
}

// wantMarked checks that the first passage marks each of words.
func wantMarked(t *testing.T, res knowledge.Results, words ...string) {
	t.Helper()
	if len(res.Hits) == 0 {
		t.Fatal("no passage")
	}
	sn := res.Hits[0].Snippet
	var marked []string
	for _, m := range sn.Marks {
		marked = append(marked, sn.Text[m.Start:m.End])
	}
	for _, w := range words {
		if !strings.Contains(" "+strings.Join(marked, " ")+" ", " "+w+" ") {
			t.Errorf("marked %q, want %q among them", marked, w)
		}
	}
}

// An amount question is refused where no passage holds a figure that may
// answer it: "a $20bn industry" does not say how much a firm paid to join
// an alliance the passage names.
func TestAnAmountNoFigureAnswersIsRefused(t *testing.T) {
	text := "Ferry alliance grows\n\nNordvik Lines has joined the Ferry Alliance, whose members also include Baltic Star and Corvan Shipping.\n\n" +
		"Shipping is a $20bn industry worldwide, and the Ferry Alliance members carry a third of it."
	n, a, b := spanIn(t, text, "$20bn")
	facts := knowledge.Facts{Figures: []knowledge.Figure{{Text: "$20bn", Kind: knowledge.FigureMoney, Paragraph: n, Start: a, End: b}}}
	ix := askIndex(t, map[string]string{"ferry.txt": text, "port.txt": filler}, map[string]knowledge.Facts{"ferry.txt": facts})
	if res := ask(t, ix, "How much did Nordvik pay to join the Ferry Alliance?"); !res.Unanswered || res.Answer != nil {
		t.Errorf("unanswered = %v, answer = %+v; want a refusal", res.Unanswered, res.Answer)
	}
	if res := ask(t, ix, "How big is the shipping industry?"); res.Unanswered || res.Answer == nil || !strings.HasPrefix(res.Answer.Text, "$20bn") {
		t.Errorf("unanswered = %v, answer = %+v; want $20bn", res.Unanswered, res.Answer)
	}
}

// A reason given by "attributed to" (or "the result of", "stemmed from")
// answers "why".
func TestAReasonAttributedAnswersWhy(t *testing.T) {
	text := "Port surplus narrows\n\nThe port authority forecast a trading surplus of 40m euros this year, against 95m euros last year.\n\n" +
		"That high surplus was attributed to cheaper fuel, lower interest rates and a weaker euro."
	ix := askIndex(t, map[string]string{"surplus.txt": text, "port.txt": filler}, nil)
	a := ask(t, ix, "Why was the port authority's trading surplus so high last year?").Answer
	if a == nil || !strings.Contains(a.Text, "attributed to cheaper fuel") {
		t.Errorf("answer = %+v, want the reason it was attributed to", a)
	}
}

// A role runs on to its head ("chief technology officer", where the
// article's entity says "chief") and past a possessive to what it is at
// ("at Nordvik's ferry division"), but not into what follows it.
func TestARoleIsShownWhole(t *testing.T) {
	for _, tt := range []struct{ text, role, want string }{
		{"\"Lock the doors,\" said Pia Holm, chief technology officer at Corvan.", "chief", "chief technology officer at Corvan"},
		{"\"Lock the doors,\" said Pia Holm, vice president at Nordvik's ferry division.", "vice president at Nordvik", "vice president at Nordvik's ferry division"},
		{"Pia Holm, the president said officials would come.", "president", "president"},
	} {
		text := "Ferry security\n\n" + tt.text
		n, a, b := spanIn(t, text, "Pia Holm")
		facts := knowledge.Facts{Entities: []knowledge.Entity{{ID: "e1", Name: "Pia Holm", Type: "person", Roles: []string{tt.role},
			Mentions: []knowledge.Mention{{Paragraph: n, Start: a, End: b, Text: "Pia Holm"}}}}}
		ix := askIndex(t, map[string]string{"holm.txt": text, "port.txt": filler}, map[string]knowledge.Facts{"holm.txt": facts})
		if a := ask(t, ix, "Who is Pia Holm?").Answer; a == nil || a.Text != tt.want {
			t.Errorf("%s: answer = %+v, want %q", tt.text, a, tt.want)
		}
	}
}

// "Who is X" where the entities give X no role: the role the passage sets
// beside the name, after it or before it, when a job word heads it; not
// an age nor what X did.
func TestWhoIsAnsweredByARoleBesideTheName(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"\"The port will not need more money,\" Lin Bao-jun, executive director of Harbour Credit Bank - one of its lenders - said.", "executive director of Harbour Credit Bank"},
		{"\"Trade will pick up in the spring,\" said Coastline Bank chief economist, Lin Bao-jun.", "Coastline Bank chief economist"},
		{"\"Trade will pick up in the spring,\" said Lin Bao-jun, 36, who runs a stall.", ""},
	} {
		text := "Port trade\n\n" + tt.text
		ix := askIndex(t, map[string]string{"trade.txt": text, "port.txt": filler}, nil)
		a := ask(t, ix, "Who is Lin Bao-jun?").Answer
		if tt.want == "" && a != nil && a.Kind == knowledge.AnswerRole || tt.want != "" && (a == nil || a.Text != tt.want) {
			t.Errorf("%s: answer = %+v, want %q", tt.text, a, tt.want)
		}
	}
}

// A question about a place that the article never names is not answered
// by what it says of another: flights to Jeddah say nothing of Cairo.
func TestAPlaceTheArticleNeverNamesIsRefused(t *testing.T) {
	text := "Airline cuts Gulf routes\n\nNordair Lines operates four flights per week from London Heathrow to Jeddah, and three a week to Riyadh."
	n, a, b := spanIn(t, text, "four flights")
	facts := knowledge.Facts{Figures: []knowledge.Figure{{Text: "four flights", Kind: knowledge.FigureCount, Counted: "flights", Paragraph: n, Start: a, End: b}}}
	ix := askIndex(t, map[string]string{"air.txt": text, "port.txt": filler}, map[string]knowledge.Facts{"air.txt": facts})
	if res := ask(t, ix, "How many flights does Nordair Lines operate from London Heathrow to Cairo?"); !res.Unanswered || res.Answer != nil {
		t.Errorf("unanswered = %v, answer = %+v; want a refusal", res.Unanswered, res.Answer)
	}
	if res := ask(t, ix, "How many flights does Nordair Lines operate from London Heathrow to Jeddah?"); res.Unanswered || res.Answer == nil {
		t.Errorf("unanswered = %v, answer = %+v; want four flights", res.Unanswered, res.Answer)
	}
}

// "Sank" and "tumbled" say what "fall" asks; a "debut" weekend is an
// opening one.
func TestSankStandsForFall(t *testing.T) {
	text := "Ferry sales slump\n\nNordvik's ticket sales sank 12% in March, and bookings tumbled after its debut weekend."
	ix := askIndex(t, map[string]string{"sales.txt": text, "port.txt": filler}, nil)
	wantMarked(t, ask(t, ix, "How much did Nordvik's ticket sales fall after the opening weekend?"), "sank", "tumbled", "debut")
}

// A place that an article may name by a form the analyser splits ("U.S."
// reads "u" and "s") is not among those a passage must name: where it
// names it so, no word of the question stands.
func TestAPlaceNamedWithFullStopsNeedNotBeNamed(t *testing.T) {
	ix := askIndex(t, map[string]string{"port.txt": filler}, nil)
	bi, unlock, err := ix.reader()
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	_, an := textAnalyzerOf(bi)
	q := &question{Question: knowledge.ReadQuestion("What did EC ministers in Brussels say about US moves to limit textile imports?"), an: an}
	got := q.placeTerms()
	if got["us"] || !got["brussel"] && !got["brussels"] {
		t.Errorf("places = %v, want Brussels and not US", got)
	}
}
