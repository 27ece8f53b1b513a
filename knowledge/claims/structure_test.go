package claims_test

import (
	"strings"
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// The classes of error issue 10 lists, each in sentences written for these
// tests. Extraction runs the whole pipeline (entities, the parse), as the
// bot does.

// extractText reads paragraphs as an article (a headline first) and
// extracts its facts.
func extractText(t *testing.T, paras ...string) (*Article, Facts) {
	t.Helper()
	a := claimArticle(t, paras...)
	return a, Extract(a)
}

// claimsOf returns the claims whose content holds s.
func claimsOf(f Facts, s string) []Claim {
	var out []Claim
	for _, c := range f.Claims {
		if strings.Contains(c.Content, s) {
			out = append(out, c)
		}
	}
	return out
}

func logClaims(t *testing.T, f Facts) {
	t.Helper()
	for _, c := range f.Claims {
		t.Logf("claim %s | %s | %s | %q", c.Speaker, c.Cue, c.Stance, c.Content)
	}
}

func TestNegatedCueMakesNoClaim(t *testing.T) {
	for _, s := range []string{
		"The Northern Front did not claim that its fighters had crossed the river.",
		"The Northern Front didn't claim that its fighters had crossed the river.",
		"A spokesman for the Northern Front refused to say that its fighters had crossed the river.",
		"Commander Ilya Moros never said that his fighters had crossed the river.",
		"The regional council declined to confirm that its fighters had crossed the river.",
		"Nobody said that the fighters had crossed the river.",
		"The Northern Front hardly clarified that its fighters had crossed the river.",
		"Commander Ilya Moros scarcely claimed that his fighters had crossed the river.",
	} {
		t.Run(s, func(t *testing.T) {
			a, f := extractText(t, s)
			checkClaimInvariants(t, a, f)
			if cs := claimsOf(f, "crossed the river"); len(cs) > 0 {
				logClaims(t, f)
				t.Errorf("a negated cue made a claim: %+v", cs)
			}
		})
	}
}

func TestNegationInsideTheContentKeepsTheClaim(t *testing.T) {
	_, f := extractText(t, "Commander Ilya Moros said that his fighters had not crossed the river.")
	if cs := claimsOf(f, "had not crossed the river"); len(cs) != 1 || cs[0].Speaker != "Ilya Moros" {
		logClaims(t, f)
		t.Errorf("want Ilya Moros's claim that his fighters had not crossed the river, got %+v", cs)
	}
}

func TestDenials(t *testing.T) {
	t.Run("denied that C keeps C as a denial", func(t *testing.T) {
		_, f := extractText(t, "The Water Agency denied that any records had been destroyed.")
		cs := claimsOf(f, "any records had been destroyed")
		if len(cs) != 1 || cs[0].Stance != "deny" {
			logClaims(t, f)
			t.Fatalf("want one denial, got %+v", cs)
		}
	})
	t.Run("what the denier then says is an assertion of its own", func(t *testing.T) {
		_, f := extractText(t, "Health Minister Ana Ruiz rejected the criticism, saying the new rules had cut waiting times by half.")
		cs := claimsOf(f, "cut waiting times by half")
		if len(cs) != 1 || cs[0].Stance != "assert" || cs[0].Cue != "saying" || cs[0].Speaker != "Ana Ruiz" {
			logClaims(t, f)
			t.Fatalf("want Ana Ruiz asserting the cut, cue 'saying', got %+v", cs)
		}
	})
	t.Run("a denial and a counter-claim", func(t *testing.T) {
		_, f := extractText(t, "The dockers' union denied the charge, countering that managers had ignored safety warnings for years.")
		cs := claimsOf(f, "managers had ignored safety warnings")
		if len(cs) != 1 || cs[0].Stance != "assert" {
			logClaims(t, f)
			t.Fatalf("want the counter-claim as an assertion, got %+v", cs)
		}
	})
	t.Run("dismissed reports that C are no one's claim", func(t *testing.T) {
		for _, s := range []string{
			"Governor Paul Hart dismissed reports that he would resign before the election.",
			"Governor Paul Hart rejected claims that he would resign before the election.",
		} {
			_, f := extractText(t, s)
			if cs := claimsOf(f, "resign before the election"); len(cs) > 0 {
				logClaims(t, f)
				t.Errorf("%q: the dismissed report became a claim: %+v", s, cs)
			}
		}
	})
	t.Run("a question is no assertion", func(t *testing.T) {
		_, f := extractText(t, "The committee asked whether the new bridge could be paid for without a loan.")
		if cs := claimsOf(f, "paid for"); len(cs) > 0 {
			t.Errorf("a question became a claim: %+v", cs)
		}
	})
}

func TestSpeakerIsWhoSpeaks(t *testing.T) {
	t.Run("a lawyer for a client", func(t *testing.T) {
		_, f := extractText(t,
			"Sprinter Kostas Petrakis missed a drugs test on the eve of the games.",
			"“He was never told that the testers were coming,” his lawyer Nikos Varga said.")
		cs := claimsOf(f, "never told")
		if len(cs) != 1 || cs[0].Speaker != "Nikos Varga" {
			logClaims(t, f)
			t.Fatalf("want the lawyer as the speaker, got %+v", cs)
		}
	})
	t.Run("a party and its leader", func(t *testing.T) {
		_, f := extractText(t,
			"Green League leader Anna Moss said the party would stand in every seat in the north.",
			"The Green League said its candidates would be chosen by March.")
		if cs := claimsOf(f, "stand in every seat"); len(cs) != 1 || cs[0].Speaker != "Anna Moss" {
			logClaims(t, f)
			t.Errorf("want the leader for her words, got %+v", cs)
		}
		if cs := claimsOf(f, "candidates would be chosen"); len(cs) != 1 || cs[0].Speaker != "Green League" {
			logClaims(t, f)
			t.Errorf("want the party for its words, got %+v", cs)
		}
	})
	t.Run("she is the woman, not the nearest man", func(t *testing.T) {
		_, f := extractText(t,
			"Party leader Tom Hale arrived at the count with his wife, Sarah Hale, shortly after midnight.",
			"“We are very proud of what he has done for this town,” she said.")
		cs := claimsOf(f, "very proud")
		if len(cs) != 1 || cs[0].Speaker != "Sarah Hale" {
			logClaims(t, f)
			t.Fatalf("want Sarah Hale, got %+v", cs)
		}
	})
	t.Run("he is not the man his claim names", func(t *testing.T) {
		_, f := extractText(t,
			"Finance Minister Karl Berg flew to the capital to meet Prime Minister Jon Lind on Monday.",
			"Before the meeting, he insisted that he still trusted Mr Lind completely.")
		cs := claimsOf(f, "still trusted")
		if len(cs) != 1 || cs[0].Speaker != "Karl Berg" {
			logClaims(t, f)
			t.Fatalf("want Karl Berg, got %+v", cs)
		}
	})
	t.Run("a description finds the person it was given to", func(t *testing.T) {
		_, f := extractText(t,
			"Champion Lars Holm beat the qualifier Petr Novak in the final on Sunday.",
			"Novak, ranked 158th in the world, had never reached a final before. “For me this week was a big success,” said the 20-year-old.")
		cs := claimsOf(f, "big success")
		if len(cs) != 1 || cs[0].Speaker != "Petr Novak" {
			logClaims(t, f)
			t.Fatalf("want Petr Novak, got %+v", cs)
		}
	})
	t.Run("a spokesman for a body, and he", func(t *testing.T) {
		_, f := extractText(t,
			"“We are asking the industry for its views,” said a spokesman for the Radio Authority.",
			"Engineers have tested the new devices for a year. “We would want very strict limits on their power,” he said.")
		cs := claimsOf(f, "strict limits")
		if len(cs) != 1 || cs[0].Speaker != "a spokesman for the Radio Authority" {
			logClaims(t, f)
			t.Fatalf("want the spokesman, got %+v", cs)
		}
	})
}

func TestStatementAfterAColon(t *testing.T) {
	a, f := extractText(t,
		"The Harbour Authority said in a statement:",
		"The north pier will close on Monday for repairs to the sea wall. Ferries will use the south pier until the work is done.",
		"We expect the work to take six weeks, and we will publish a timetable on our website.",
		"Fishermen said the closure would cost them a month of catches.",
		"The town has three piers and a marina.")
	checkClaimInvariants(t, a, f)
	for _, s := range []string{"north pier will close", "take six weeks"} {
		if cs := claimsOf(f, s); len(cs) != 1 || cs[0].Speaker != "Harbour Authority" || cs[0].Quoted {
			logClaims(t, f)
			t.Errorf("%q: want the Harbour Authority's statement, unquoted, got %+v", s, cs)
		}
	}
	if cs := claimsOf(f, "three piers"); len(cs) > 0 {
		t.Errorf("narrative after another attribution became a claim: %+v", cs)
	}
}

func TestDisputesFromTheParse(t *testing.T) {
	t.Run("one act, two agents", func(t *testing.T) {
		_, f := extractText(t,
			"At least nine people were killed when a bus came under fire near Kassala on Tuesday.",
			"The regional army said that bandits had fired on the bus from the hills.",
			"Local monitors gave a different account. Their coordinator, Amal Idris, said that a police patrol had fired on the bus at a checkpoint.")
		if len(f.Disputes) != 1 {
			logClaims(t, f)
			t.Fatalf("want one dispute, got %+v", f.Disputes)
		}
		d := f.Disputes[0]
		var speakers []string
		for _, i := range d.Claims {
			speakers = append(speakers, f.Claims[i].Speaker)
		}
		if !strings.Contains(strings.Join(speakers, "|"), "Amal Idris") || len(d.Speakers) < 2 {
			t.Errorf("dispute %+v between %v", d, speakers)
		}
	})
	t.Run("a denial answers an accusation", func(t *testing.T) {
		_, f := extractText(t,
			"Fishermen's leader Tran Van Long accused the Delta Power Company of holding back water from the river.",
			"The company denied that it had cut the flow from its dams.")
		if len(f.Disputes) != 1 || len(f.Disputes[0].Claims) != 2 {
			logClaims(t, f)
			t.Fatalf("want the accusation and the denial as one dispute, got %+v", f.Disputes)
		}
	})
	t.Run("a rebuttal is set against what it answers, beside what it repeats", func(t *testing.T) {
		_, f := extractText(t,
			"Kyiv said that a drone had struck the ship on its port side.",
			"Moscow said that the ship had hit a mine.",
			"Kalvia's foreign ministry rejected the accusation. The ministry said that the Teal Horizon had struck a mine.")
		if len(f.Disputes) != 1 {
			logClaims(t, f)
			t.Fatalf("want one dispute, got %+v", f.Disputes)
		}
		about := f.Disputes[0].About
		if !strings.HasSuffix(about, "(Kyiv vs Moscow, the ministry)") {
			logClaims(t, f)
			t.Errorf("about = %q, want Moscow and the ministry against Kyiv", about)
		}
	})
	t.Run("two speakers saying different things is no dispute", func(t *testing.T) {
		_, f := extractText(t,
			"The regional army said that its patrols had reopened the road to Kassala.",
			"Aid workers said that food prices in the town had doubled since March.")
		if len(f.Disputes) != 0 {
			t.Errorf("want no dispute, got %+v", f.Disputes)
		}
	})
}

// A share of a group that opens the sentence is the subject of the verb
// after it even where the parse reads it as a measure of time ("A majority
// of voters expect" like "Last week expect"); a time phrase is no speaker.
func TestShareOfAGroupSpeaksForItsVerb(t *testing.T) {
	for _, c := range []struct{ s, speaker, content string }{
		{"A majority of nurses expect Brennan to win Saturday's contest, the first of the season.", "majority of nurses", "Brennan to win"},
		{"A majority of teachers expect Ruiz to win Tuesday's vote.", "majority of teachers", "Ruiz to win"},
		{"Last week expect the council to vote on the plan.", "", "council to vote"},
	} {
		t.Run(c.s, func(t *testing.T) {
			a, f := extractText(t, "Poll on the contest", c.s)
			checkClaimInvariants(t, a, f)
			cs := claimsOf(f, c.content)
			if c.speaker == "" {
				if len(cs) > 0 {
					logClaims(t, f)
					t.Errorf("a time phrase spoke: %+v", cs)
				}
				return
			}
			if len(cs) != 1 || !strings.Contains(strings.ToLower(cs[0].Speaker), c.speaker) {
				logClaims(t, f)
				t.Errorf("want one claim %q by %q, got %+v", c.content, c.speaker, cs)
			}
		})
	}
}

// A participle after "C," X said, tells what the speaker did: it is no
// part of the content, and the content never holds its own speaker and cue;
// an -ing word that opens a clause of its own is more of what was said.
func TestParticipleAfterTrailingCue(t *testing.T) {
	for _, c := range []struct{ s, want, not string }{
		{`The harbour "has never been cleaner," Mayor Anna Pike said on Friday, citing the new filters on the river.`, "never been cleaner", "Pike said"},
		{`The budget "is balanced at last," Treasurer Tom Veld said, pointing to the rise in tax receipts.`, "balanced at last", "Veld said"},
	} {
		t.Run(c.s, func(t *testing.T) {
			a, f := extractText(t, "Council news", c.s)
			checkClaimInvariants(t, a, f)
			cs := claimsOf(f, c.want)
			if len(cs) != 1 || strings.Contains(cs[0].Content, c.not) || strings.Contains(cs[0].Content, "citing") || strings.Contains(cs[0].Content, "pointing") {
				logClaims(t, f)
				t.Errorf("want one claim %q without the cue after it, got %+v", c.want, cs)
			}
		})
	}
	s := "Though the first merger went smoothly, the mayor said, merging the two ports would be far harder."
	a, f := extractText(t, "Council news", s)
	checkClaimInvariants(t, a, f)
	if cs := claimsOf(f, "far harder"); len(cs) != 1 {
		logClaims(t, f)
		t.Errorf("%s: the clause opened by a gerund is what was said: %+v", s, cs)
	}
}

// oneClaim returns the one claim whose content holds content, or fails the
// test.
func oneClaim(t *testing.T, f Facts, content string) Claim {
	t.Helper()
	cs := claimsOf(f, content)
	if len(cs) != 1 {
		logClaims(t, f)
		t.Fatalf("want one claim holding %q, got %d", content, len(cs))
	}
	return cs[0]
}
