package figures_test

import "testing"

// TestTickerIsNoSource: a source read from a stock ticker in angle brackets
// is the name before the brackets, never the ticker or its exchange letter.
func TestTickerIsNoSource(t *testing.T) {
	for _, c := range []struct{ text, fig, want string }{
		{"Harlow Pump Corp <HPCA> <HPCB> said its board declared a quarterly dividend of 9-1/2 cts per share on its class B stock.", "9-1/2 cts per share", "Harlow Pump Corp"},
		{"Ostland Chemie AG <OSTG.F> said it would raise its capital by 40 mln marks by the end of the year.", "40 mln marks", "Ostland Chemie AG"},
	} {
		if f := figureIn(t, c.text, c.fig); f != nil && f.Source != c.want {
			t.Errorf("%q: source %q, want %q", c.fig, f.Source, c.want)
		}
	}
	// a name in angle brackets is a source as it stands
	if f := figureIn(t, "<Marlow Mining Corp> said it agreed to issue 6.2 mln shares.", "6.2 mln shares"); f != nil && f.Source != "Marlow Mining Corp" {
		t.Errorf("6.2 mln shares: source %q, want Marlow Mining Corp", f.Source)
	}
}
