package index

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge"
)

// The articles of these tests are written for them.

// "What dividend will X pay?" asks for an amount, found where a table
// writes "div"; "what coupon will the bond pay" is refused where the
// passage gives no rate, only the bond's size.
func TestWhatDividendWillAFirmPay(t *testing.T) {
	text := "NORDVIK FERRY LINES RAISES PAYOUT\n\nQtly div 22-1/2 cts vs 20 cts prior\n\nPay May 12\n\n" +
		"The Nordvik harbour bond launched today has been increased to 90 mln dlrs from 75 mln, its lead manager said."
	n, a, b := spanIn(t, text, "22-1/2 cts")
	n2, a2, b2 := spanIn(t, text, "90 mln dlrs")
	facts := knowledge.Facts{Figures: []knowledge.Figure{
		{Text: "22-1/2 cts", Kind: "money", Value: ptr(0.225), Paragraph: n, Start: a, End: b},
		{Text: "90 mln dlrs", Kind: "money", Value: ptr(90e6), Paragraph: n2, Start: a2, End: b2}}}
	ix := askIndex(t, map[string]string{"div.txt": text, "port.txt": filler}, map[string]knowledge.Facts{"div.txt": facts})
	if res := ask(t, ix, "what dividend will nordvik ferry lines pay"); res.Unanswered || res.Answer == nil || !strings.HasPrefix(res.Answer.Text, "22-1/2 cts") {
		t.Errorf("unanswered = %v, answer = %+v; want 22-1/2 cts", res.Unanswered, res.Answer)
	}
	if res := ask(t, ix, "What coupon will the Nordvik harbour bond pay?"); !res.Unanswered || res.Answer != nil {
		t.Errorf("unanswered = %v, answer = %+v; want a refusal", res.Unanswered, res.Answer)
	}
}

func ptr(v float64) *float64 { return &v }

// "What did the PHA deny?": a report that the authority, named in full
// (by the words whose initials end with the acronym), "said it denied" a
// request answers it with what was denied.
func TestADenialReportedOfAnAcronymNamedInFull(t *testing.T) {
	text := "PHA DENIES NORDVIK LINES REQUEST\n\nThe Valdorian Port Harbour Authority said it denied a request by Nordvik Lines that it be allowed to keep its old ferry pier open while repairs are made. " +
		"The PHA said the company had had many chances to repair the pier since 1990."
	ix := askIndex(t, map[string]string{"pha.txt": text, "port.txt": filler}, nil)
	if a := ask(t, ix, "What did the PHA deny?").Answer; a == nil || !strings.HasPrefix(a.Text, "a request by Nordvik Lines") {
		t.Errorf("answer = %+v, want the request it denied", a)
	}
}

// "Who is buying Nordvik Lines' Harbour Ferries division?" is not answered by
// the division itself, whose name holds what the question names.
func TestWhatIsAskedAboutDoesNotAnswerWho(t *testing.T) {
	text := "NORDVIK TO SELL HARBOUR FERRIES DIVISION\n\nNordvik Lines said it agreed to sell its Harbour Ferries Transport Division to the newly formed Corvan Shipping Ltd."
	org := func(id, name string) knowledge.Entity {
		n, a, b := spanIn(t, text, name)
		return knowledge.Entity{ID: id, Name: name, Type: "organization", Mentions: []knowledge.Mention{{Paragraph: n, Start: a, End: b, Text: name}}}
	}
	facts := knowledge.Facts{Entities: []knowledge.Entity{org("e1", "Nordvik Lines"), org("e2", "Harbour Ferries Transport Division"), org("e3", "Corvan Shipping Ltd")}}
	ix := askIndex(t, map[string]string{"sale.txt": text, "port.txt": filler}, map[string]knowledge.Facts{"sale.txt": facts})
	if a := ask(t, ix, "Who is buying Nordvik Lines' Harbour Ferries division?").Answer; a == nil || a.Text != "Corvan Shipping Ltd" {
		t.Errorf("answer = %+v, want the buyer, not the division sold", a)
	}
}
