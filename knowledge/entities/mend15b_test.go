package entities_test

import (
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestFirmShortNameThatMayBeAnotherFirm: a firm's first word alone joins
// the full name written after it only when nothing says it is another
// firm: not when it and the full name are two names of one sentence
// ("Tarrant said it would sell its stake in Tarrant Holbrook Group PLC"),
// nor when a third name holds the word ("T.R. Tarrant and Co Inc").
func TestFirmShortNameThatMayBeAnotherFirm(t *testing.T) {
	for _, a := range []*struct{ title, body []string }{
		{[]string{"Stake sold"}, []string{"Shares of Tarrant rose 2 pct, traders said. Tarrant said it would sell its stake in Tarrant Holbrook Group PLC to Keller Bank.",
			"T.R. Tarrant and Co Inc, the parent of Tarrant Guaranty Trust Co, owns the stake."}},
		{[]string{"Stake sold"}, []string{"T.R. Tarrant and Co Inc reported higher profits on Monday.", "Shares of Tarrant rose 2 pct, traders said.",
			"Tarrant Holbrook Group PLC said its stake would be sold to Keller Bank."}},
	} {
		ents := Extract(articleOf(a.title[0], a.body...)).Entities
		if e := findEntity(ents, "Tarrant Holbrook Group PLC"); e == nil || len(e.Mentions) != 1 {
			t.Errorf("%q: want Tarrant Holbrook Group PLC named once, the short name apart, got %+v", a.body, e)
		}
	}
}

// TestRoleNounAfterPrepositionalTo: "due to coach X", "going to director
// Y": the "to" is a preposition there and the word after it the role of the
// name; a role that is also a verb after "is to", "set to" or a work's kind
// in a headline stays the verb ("is to star Tom X").
func TestRoleNounAfterPrepositionalTo(t *testing.T) {
	a := articleOf("Award to director Mara Quillan", "The delay was due to coach Dev Harrow leaving the club.",
		"The prize is going to director Mara Quillan, the jury said, and the new film is set to star Oren Vasko.")
	ents := Extract(a).Entities
	for name, role := range map[string]string{"Dev Harrow": "coach", "Mara Quillan": "director"} {
		if e := findEntity(ents, name); e == nil || len(e.Roles) != 1 || e.Roles[0] != role {
			t.Errorf("%s: want the role %s, got %+v", name, role, e)
		}
	}
	if e := findEntity(ents, "Oren Vasko"); e == nil || len(e.Roles) != 0 {
		t.Errorf("Oren Vasko: 'set to star' is the verb, want no role, got %+v", e)
	}
}
