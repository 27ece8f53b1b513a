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
	// Change is "up" or "down" when the figure is a change ("rose 5%").
	Change string `json:"change,omitempty"`
	// Currency is the ISO code of a money figure's currency, when known.
	Currency string `json:"currency,omitempty"`
}
