package knowledge

import (
	"github.com/briefbot/briefbot/knowledge/claims"
	"github.com/briefbot/briefbot/knowledge/entities"
)

// The facts are declared by the packages that extract them; these are their
// names in the domain.
type (
	// Entity is a person, organisation, place or group named in an article.
	Entity = entities.Entity
	// Mention is where a name, a speaker or a figure stands in an article.
	Mention = entities.Mention
	// Claim is something a source said, claimed, denied, accused or reported.
	Claim = claims.Claim
	// Dispute groups claims that contradict each other.
	Dispute = claims.Dispute
)

// Entity types.
const (
	EntityPerson       = entities.EntityPerson
	EntityOrganization = entities.EntityOrganization
	EntityPlace        = entities.EntityPlace
	EntityGroup        = entities.EntityGroup
)

// Figure kinds.
const (
	FigureCount   = "count"
	FigureMoney   = "money"
	FigurePercent = "percent"
	FigureMeasure = "measure"
	FigureOrdinal = "ordinal"
	FigureDate    = "date"
	FigureVague   = "vague"
)

// Figure is a number in an article with what it counts and who says so.
type Figure struct {
	Text      string   `json:"text"`
	Value     *float64 `json:"value"`
	Min       *float64 `json:"min"`
	Max       *float64 `json:"max"`
	Qualifier string   `json:"qualifier"`
	Kind      string   `json:"kind"`
	Unit      string   `json:"unit"`
	Counted   string   `json:"counted"`
	Source    string   `json:"source"`
	Paragraph int      `json:"paragraph"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	// NumberStart and NumberEnd are the byte offsets of the number itself
	// ("50,000" in "over 50,000 ISIS prisoners") in the paragraph's text.
	NumberStart int `json:"number_start"`
	NumberEnd   int `json:"number_end"`
	// Change is "up" or "down" when the figure is a change ("rose 5%").
	Change string `json:"change,omitempty"`
	// Currency is the ISO code of a money figure's currency, when known.
	Currency string `json:"currency,omitempty"`
}

// Facts are what extraction finds in one article. The slices are never nil,
// so that they encode as empty JSON lists.
type Facts struct {
	Entities []Entity  `json:"entities"`
	Claims   []Claim   `json:"claims"`
	Figures  []Figure  `json:"figures"`
	Disputes []Dispute `json:"disputes"`
}
