package entities_test

import (
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestAndInsideFirmNameRareWord: a word the tagger does not know after
// "and" inside a firm's name ("Life and Casualty Co", "Piano and Organ
// Co"), which the article writes nowhere else on its own, keeps the firm's
// name whole; a second firm's name that the article writes on its own
// ("Zorvex") leaves two firms.
func TestAndInsideFirmNameRareWord(t *testing.T) {
	a := articleOf("Insurer files", "Velmora Life and Casualty Co said it filed to sell 150 mln dlrs of notes.",
		"Ostrand Piano and Organ Co said it would offer 400,000 shares, and Kestrel Computer and Zorvex Corp agreed to merge.",
		"Zorvex said the merger would close in June.")
	ents := Extract(a).Entities
	for _, firm := range []string{"Velmora Life and Casualty Co", "Ostrand Piano and Organ Co"} {
		if e := findEntity(ents, firm); e == nil || e.Type != "organization" {
			t.Errorf("%s: want an organisation, got %+v", firm, e)
		}
	}
	for _, half := range []string{"Velmora Life", "Casualty Co", "Ostrand Piano", "Organ Co", "Kestrel Computer and Zorvex Corp"} {
		if e := findEntity(ents, half); e != nil {
			t.Errorf("half a name, or two firms as one: %+v", e)
		}
	}
}

// TestAndRareWordNeedsLegalForm: a second firm's name that no legal form
// ends ("Kestrel Computer and Zorvex Systems") stays apart from the first.
func TestAndRareWordNeedsLegalForm(t *testing.T) {
	a := articleOf("Fund invests", "The fund, which also invested in Kestrel Computer and Zorvex Systems, put $2m into the firm.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Kestrel Computer and Zorvex Systems"); e != nil {
		t.Errorf("two firms as one: %+v", e)
	}
}
