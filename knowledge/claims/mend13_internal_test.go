package claims

import "testing"

// TestItIsAFirmWhoseNameEndsInS: a name remembered with no type that ends
// in "s" is a plural "it" cannot stand for only when it is a plural for
// people ("Analysts", "industry analysts"); a firm's short name ("Sears",
// "Spectra-Physics", "Sykes") stays what "it" stands for.
func TestItIsAFirmWhoseNameEndsInS(t *testing.T) {
	lex := claimLexicon()
	for _, tt := range []struct {
		name string
		firm bool
	}{
		{"Tarrows", true}, {"Vectra-Optics", true}, {"Hollis", true},
		{"Analysts", false}, {"industry analysts", false}, {"Dealers in Tokyo", false},
	} {
		r := &clResolver{refs: []clRef{{name: tt.name}}}
		ref, _ := r.recentBody(lex)
		if got := ref != nil; got != tt.firm {
			t.Errorf("%q: it stands for it: %v, want %v", tt.name, got, tt.firm)
		}
	}
}
