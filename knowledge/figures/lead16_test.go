package figures_test

import (
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestUnitOpeningASentenceIsItsBase: "A barrel of crude closed up $2.80"
// prices a barrel; "a barrel" is the base of the price, no figure of one
// barrel, and what a figure counts never comes from the sentence before.
// "She bought a tonne of sand" still measures a tonne.
func TestUnitOpeningASentenceIsItsBase(t *testing.T) {
	for _, text := range []string{
		"A softer dollar helped lift prices above the $60 mark. A barrel of Texas light crude closed up $1.90 to $61.40 in late trade.",
		"A tonne of nickel cost $14,000 on Friday.",
	} {
		for _, f := range Extract(bodyArticle(text)).Figures {
			if f.Value != nil && *f.Value == 1 && (f.Unit == "barrel" || f.Unit == "tonne") {
				t.Errorf("%q: the base of a price read as a figure: %+v", text, f)
			}
		}
	}
	figureIn(t, "She said the builder bought a tonne of sand.", "a tonne of sand")
}
