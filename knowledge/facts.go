package knowledge

import (
	"github.com/briefbot/briefbot/knowledge/claims"
	"github.com/briefbot/briefbot/knowledge/entities"
	"github.com/briefbot/briefbot/knowledge/figures"
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
	// Figure is a number in an article with what it counts and who says so.
	Figure = figures.Figure
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
	FigureCount   = figures.FigureCount
	FigureMoney   = figures.FigureMoney
	FigurePercent = figures.FigurePercent
	FigureMeasure = figures.FigureMeasure
	FigureOrdinal = figures.FigureOrdinal
	FigureDate    = figures.FigureDate
	FigureVague   = figures.FigureVague
)

// TimeUnit tells whether a figure's unit measures a stretch of time ("day",
// "year").
func TimeUnit(unit string) bool { return figures.TimeUnit(unit) }

// CueStance is the stance of an attribution cue, by its lemma: "deny" for
// "deny" and "reject", "accuse" for "accuse", "assert" for "say"; "" for
// a word that is no cue.
func CueStance(lemma string) string { return claims.CueStance(lemma) }

// StanceWords are the words that can tie a claim of a stance ("deny") to
// its speaker ("denied", "rejects", …): a passage holds a claim of that
// stance only if it holds one of them.
func StanceWords(stance string) []string { return claims.CueWords(stance) }

// Facts are what extraction finds in one article. The slices are never nil,
// so that they encode as empty JSON lists.
type Facts struct {
	Entities []Entity  `json:"entities"`
	Claims   []Claim   `json:"claims"`
	Figures  []Figure  `json:"figures"`
	Disputes []Dispute `json:"disputes"`
}
