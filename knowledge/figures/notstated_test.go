package figures_test

import (
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestFiguresNotStated: a figure in what a claim denies or in what a
// denial governs is marked as not stated, and one that a negated verb acts
// on as negated; a figure the sentence states, beside a negation or a
// denial that does not govern it, or in a modifier of what is negated, is
// neither.
func TestFiguresNotStated(t *testing.T) {
	a := bodyArticle("The transport ministry denied that the bridge repairs would cost $3bn.",
		"The city has not paid the 500 contractors who rebuilt the ramp, the union said.",
		"The company rejected claims that 12 inspectors had resigned.",
		"The opposition said 40 workers had been injured on the site.",
		"Not only did ticket sales rise 15%, but the theatre also hired 30 ushers.",
		"It was not until 2005 that the ferry carried 2,000 passengers a day.",
		"The mayor did not attend, and 300 residents marched to the town hall.",
		"The mayor did not meet the residents who had signed 800 letters.",
		"250 voters did not turn out. The 35-year-old former mayor has denied fraud.",
		"The goalkeeper denied the striker again ten minutes later.",
		"She had not received a penny of the 57 pounds a week she was owed.",
		"He had not lost a set in his three singles matches.")
	// 0: stated, 1: negated, 2: not stated
	want := map[string]int{"$3bn": 2, "500 contractors": 1, "12 inspectors": 2, "40 workers": 0,
		"15%": 0, "30 ushers": 0, "2,000 passengers": 0, "300 residents": 0, "800 letters": 0,
		"250 voters": 0, "35-year-old": 0, "ten minutes": 0,
		// what a negated object is a part of, or where it happened, is stated
		"a penny": 1, "57 pounds a week": 0, "three singles": 0}
	states := []string{"stated", "negated", "not stated"}
	seen := map[string]bool{}
	for _, f := range Extract(a).Figures {
		w, ok := want[f.Text]
		if !ok {
			continue
		}
		seen[f.Text] = true
		got := 0
		if f.Negated {
			got = 1
		}
		if f.NotStated {
			got = 2
		}
		if got != w {
			t.Errorf("%q: %s, want %s", f.Text, states[got], states[w])
		}
	}
	for text := range want {
		if !seen[text] {
			t.Errorf("no figure %q", text)
		}
	}
}
