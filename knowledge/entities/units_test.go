package entities

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge/text"
)

// TestUnits checks how the shared tokens are read back into the units
// names are made of.
func TestUnits(t *testing.T) {
	s := `The Workers' Party met Robert Kilroy-Silk at al-Hol. Photo/Lena Ostrova: "Nothing changed," Kilroy-Silk's aide said of the U.S.`
	p := text.Read(1, "body", s)
	us, _ := units(&p, nil, nil)
	var got []string
	for _, u := range us {
		w := s[u.s:u.e]
		var flags []string
		if u.poss {
			flags = append(flags, "poss")
		}
		if u.upper {
			flags = append(flags, "upper")
		}
		if u.caps {
			flags = append(flags, "caps")
		}
		if u.sent {
			flags = append(flags, "sent")
		}
		if len(flags) > 0 {
			w += "/" + strings.Join(flags, ",")
		}
		got = append(got, w)
	}
	want := `The/upper,sent Workers/upper '/poss Party/upper met Robert/upper Kilroy-Silk/upper at al-Hol/upper . ` +
		`Photo/upper,sent / Lena/upper Ostrova/upper : " Nothing/upper,sent changed , " Kilroy-Silk/upper 's/poss aide said of the U.S./upper,caps`
	if g := strings.Join(got, " "); g != want {
		t.Errorf("units:\n got %s\nwant %s", g, want)
	}
	for _, u := range us {
		if s[u.s:u.e] == "U.S." && u.low != "us" {
			t.Errorf("low of U.S. = %q, want the dots left out", u.low)
		}
		if s[u.s:u.e] == "Kilroy-Silk" && u.low != "kilroy-silk" {
			t.Errorf("low of Kilroy-Silk = %q", u.low)
		}
	}
}
