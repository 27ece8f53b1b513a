package entities_test

import (
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestNameWrittenAlsoAsInitialsIsABody: a plural name in title case that
// the article also writes as its initials ("Consolidated Steel Works,
// giving CSW the rights") is a body's name, no kind of product.
func TestNameWrittenAlsoAsInitialsIsABody(t *testing.T) {
	a := articleOf("Licence deal", "Halden Software Inc said it agreed terms with International Business Machines, letting IBM sell its design tools.")
	if e := findEntity(Extract(a).Entities, "International Business Machines"); e == nil || e.Type != EntityOrganization {
		t.Errorf("International Business Machines: want an organisation, got %+v", e)
	}
}

// TestFamilysNameBeforeARoleIsItsFirm: a surname the article writes after
// two given names ("Henry Markham", "Alice Markham") is a family's, which
// may name its firm: "Markham director Jo Pell" keeps Markham as her
// affiliation, and the firm stays a body.
func TestFamilysNameBeforeARoleIsItsFirm(t *testing.T) {
	a := articleOf("Markham settles", "Henry Markham has settled charges that it failed to disclose payments to its directors.",
		"The payments went to a firm owned by Alice Markham. Markham director Jo Pell said the firm would comply.")
	e := findEntity(Extract(a).Entities, "Jo Pell")
	if e == nil || len(e.Affiliations) != 1 || e.Affiliations[0] != "Markham" {
		t.Errorf("Jo Pell: want the affiliation Markham, got %+v", e)
	}
}
