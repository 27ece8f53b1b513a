package figures

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
	// Change is "up" or "down" when the figure is a change ("rose 5%"),
	// or one of the two levels of one ("rose from 5 to 7": both "up").
	Change string `json:"change,omitempty"`
	// Level is "old" for the level a change starts from and "new" for the
	// level it reaches: "raised from £4,745 to £4,895" is two figures, the
	// first old and the second new, one after the other; "fell to 7.86 pct
	// from 7.93 pct" is new then old.
	Level string `json:"level,omitempty"`
	// Currency is the ISO code of a money figure's currency, when known.
	Currency string `json:"currency,omitempty"`
	// NotStated is set when the article may not state the figure as so:
	// it stands in what a claim denies or asks ("the ministry denied that
	// the repairs would cost $3bn") or in what a denial governs ("rejected
	// claims that 12 inspectors had resigned"). A number inside what is
	// denied may still be a fact ("denied he planned to join his wife and
	// four children"), so it is not shown as false: no direct answer gives
	// it alone (its sentence may answer), and a brief does not pick it.
	NotStated bool `json:"not_stated,omitempty"`
	// Negated is set when a negated verb acts on the figure ("the city has
	// not paid the 500 contractors"): the contractors are there, the
	// paying did not happen, so no direct answer gives it alone.
	Negated bool `json:"negated,omitempty"`
}

// Quantity reports whether f is an amount to list among an article's
// figures: not a date and not an ordinal ("second", "24th"), which place a
// thing in time or in a ranking rather than measure it. Extraction keeps
// both kinds, so that a reader can still find "first" or "1998".
func (f *Figure) Quantity() bool { return f.Kind != FigureDate && f.Kind != FigureOrdinal }
