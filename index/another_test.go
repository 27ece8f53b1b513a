package index

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge"
)

// TestAFigureOfAnotherPartyIsNoAnswer: "how many vehicles did Rell Autos
// sell" is not answered by the vehicles another carmaker cuts, in a
// sentence that opens on that carmaker, though its passage names Rell
// Autos in the next sentence; the figure of a sentence that refers to
// Rell Autos by "it" still answers, and so does a figure in what a third
// party says of something else ("an analyst said 4,000 vans …").
func TestAFigureOfAnotherPartyIsNoAnswer(t *testing.T) {
	const cars = "Carmakers cut output as sales slow\n\n" +
		"Meanwhile, Harn Motors said it was cutting production by another 12,000 vehicles this quarter. " +
		"Rell Autos, the carmaker owned by Port Vale Group, was the only one to gain market share in the month."
	const rell = "Rell Autos posts higher profit\n\n" +
		"Rell Autos posted higher profits for the year on Monday. It said it sold 30,000 vehicles in the year."
	const vans = "Van sales in Harn\n\n" +
		"Vale Vans gained ground in Harn this year. An analyst at Rell Bank, Ana Roth, said 4,000 vans were sold in the town in the year."
	fig := func(article, s, counted string) knowledge.Figure {
		n, start, end := paraAt(t, article, s)
		return knowledge.Figure{Text: s, Paragraph: n, Start: start, End: end, Kind: knowledge.FigureCount, Counted: counted}
	}
	org := func(id, name string, ms ...knowledge.Mention) knowledge.Entity {
		return knowledge.Entity{ID: id, Name: name, Type: knowledge.EntityOrganization, Mentions: ms}
	}
	facts := map[string]knowledge.Facts{
		"cars.txt": {
			Entities: []knowledge.Entity{org("e1", "Harn Motors", mentionAt(t, cars, "Harn Motors")), org("e2", "Rell Autos", mentionAt(t, cars, "Rell Autos"))},
			Claims:   []knowledge.Claim{claimAt(t, cars, "Harn Motors", "e1", "it was cutting production by another 12,000 vehicles this quarter", "said")},
			Figures:  []knowledge.Figure{fig(cars, "12,000 vehicles", "vehicles")},
		},
		"rell.txt": {
			Entities: []knowledge.Entity{org("e1", "Rell Autos", mentionAt(t, rell, "Rell Autos"))},
			Claims:   []knowledge.Claim{claimAt(t, rell, "Rell Autos", "e1", "it sold 30,000 vehicles in the year", "said")},
			Figures:  []knowledge.Figure{fig(rell, "30,000 vehicles", "vehicles")},
		},
		"vans.txt": {
			Entities: []knowledge.Entity{org("e1", "Vale Vans", mentionAt(t, vans, "Vale Vans")), org("e2", "Rell Bank", mentionAt(t, vans, "Rell Bank")),
				{ID: "e3", Name: "Ana Roth", Type: knowledge.EntityPerson, Mentions: []knowledge.Mention{mentionAt(t, vans, "Ana Roth")}}},
			Claims:  []knowledge.Claim{claimAt(t, vans, "Ana Roth", "e3", "4,000 vans were sold in the town in the year", "said")},
			Figures: []knowledge.Figure{fig(vans, "4,000 vans", "vans")},
		},
	}
	ix := askIndex(t, map[string]string{"cars.txt": cars, "port.txt": filler}, facts)
	if a := ask(t, ix, "How many vehicles did Rell Autos sell this quarter?").Answer; a != nil && strings.Contains(a.Text, "12,000") {
		t.Errorf("answer = %+v, want none: Harn Motors cuts those vehicles", a)
	}
	ix = askIndex(t, map[string]string{"cars.txt": cars, "rell.txt": rell, "port.txt": filler}, facts)
	if a := ask(t, ix, "How many vehicles did Rell Autos sell in the year?").Answer; a == nil || !strings.Contains(a.Text, "30,000") {
		t.Errorf("answer = %+v, want 30,000 vehicles", a)
	}
	ix = askIndex(t, map[string]string{"vans.txt": vans, "port.txt": filler}, facts)
	if a := ask(t, ix, "How many vans did Vale Vans sell in Harn?").Answer; a == nil || !strings.Contains(a.Text, "4,000") {
		t.Errorf("answer = %+v, want 4,000 vans", a)
	}
	// "it" is no analyst, and a name set beside the subject ("Unlike
	// Tarn Group, the bus maker …") is not what the clause is about.
	const analyst = "Trucks in Harn\n\n" +
		"Dorn Freight had a strong year. Analyst Ana Roth of Rell Bank said it sold 9,000 trucks in the year."
	const unlike = "Buses in Harn\n\n" +
		"Kell Coachworks had a strong year. Unlike Tarn Group, the bus maker sold 700 buses in the year."
	facts["analyst.txt"] = knowledge.Facts{
		Entities: []knowledge.Entity{org("e1", "Dorn Freight", mentionAt(t, analyst, "Dorn Freight")), org("e2", "Rell Bank", mentionAt(t, analyst, "Rell Bank")),
			{ID: "e3", Name: "Ana Roth", Type: knowledge.EntityPerson, Mentions: []knowledge.Mention{mentionAt(t, analyst, "Ana Roth")}}},
		Claims:  []knowledge.Claim{claimAt(t, analyst, "Ana Roth", "e3", "it sold 9,000 trucks in the year", "said")},
		Figures: []knowledge.Figure{fig(analyst, "9,000 trucks", "trucks")},
	}
	facts["unlike.txt"] = knowledge.Facts{
		Entities: []knowledge.Entity{org("e1", "Kell Coachworks", mentionAt(t, unlike, "Kell Coachworks")), org("e2", "Tarn Group", mentionAt(t, unlike, "Tarn Group"))},
		Figures:  []knowledge.Figure{fig(unlike, "700 buses", "buses")},
	}
	ix = askIndex(t, map[string]string{"analyst.txt": analyst, "unlike.txt": unlike, "port.txt": filler}, facts)
	if a := ask(t, ix, "How many trucks did Dorn Freight sell in the year?").Answer; a == nil || !strings.Contains(a.Text, "9,000") {
		t.Errorf("answer = %+v, want 9,000 trucks", a)
	}
	if a := ask(t, ix, "How many buses did Kell Coachworks sell in the year?").Answer; a == nil || !strings.Contains(a.Text, "700") {
		t.Errorf("answer = %+v, want 700 buses", a)
	}
}

// TestWhoIsNotNamedFromAPassageWithoutTheQuestionsNames: "who plays
// scrum-half for Harn" is not answered by a player of another side, in a
// passage that names none of what the question names, though its article
// names Harn elsewhere.
func TestWhoIsNotNamedFromAPassageWithoutTheQuestionsNames(t *testing.T) {
	const squads = "Lions name candidates\n\n" +
		"The Lions coach named his candidates after Harn lost to Vale on Saturday.\n\n" +
		"He will also assess Vale pair Tom Hale and Ivo Marek, and Rell scrum-half Max Orrin, who plays for the Docks club."
	person := func(id, name string) knowledge.Entity {
		return knowledge.Entity{ID: id, Name: name, Type: knowledge.EntityPerson, Mentions: []knowledge.Mention{mentionAt(t, squads, name)}}
	}
	facts := map[string]knowledge.Facts{"squads.txt": {
		Entities: []knowledge.Entity{person("e1", "Tom Hale"), person("e2", "Ivo Marek"), person("e3", "Max Orrin")},
	}}
	ix := askIndex(t, map[string]string{"squads.txt": squads, "port.txt": filler}, facts)
	if a := ask(t, ix, "Who plays scrum-half for Harn?").Answer; a != nil && a.Kind == knowledge.AnswerSpeaker {
		t.Errorf("answer = %+v, want none: the passage names no one of Harn", a)
	}
}
