package knowledge

import (
	"strings"
	"sync"
)

// Question focuses: what kind of fact answers a question.
const (
	FocusNone   = ""
	FocusFigure = "figure"
	FocusClaim  = "claim"
)

var questionFocus = sync.OnceValue(func() [][2]string {
	var out [][2]string
	for _, row := range lexiconRows("question_focus") {
		if len(row) == 2 {
			out = append(out, [2]string{strings.ToLower(row[0]), row[1]})
		}
	}
	return out
})

// QuestionFocus tells what kind of fact a question asks for, from how it
// starts: "how many…" wants a figure, "who said…" a claim.
func QuestionFocus(q string) string {
	q = strings.ToLower(strings.TrimSpace(q))
	q = strings.Join(strings.Fields(q), " ")
	best, focus := 0, FocusNone
	for _, row := range questionFocus() {
		if (strings.HasPrefix(q, row[0]+" ") || strings.Contains(q, ", "+row[0]+" ")) && len(row[0]) > best {
			best, focus = len(row[0]), row[1]
		}
	}
	// "the death toll", "the number of": a figure, wherever it stands.
	if focus == FocusNone {
		for _, w := range []string{" toll", " number of ", " how many ", " how much "} {
			if strings.Contains(" "+q+" ", w) {
				return FocusFigure
			}
		}
	}
	return focus
}
