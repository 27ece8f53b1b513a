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
