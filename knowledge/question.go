package knowledge

import (
	"strings"
	"sync"
	"unicode"
)

var questionFraming = sync.OnceValue(func() (f struct {
	pairs map[string]bool
	words map[string]bool
}) {
	f.pairs, f.words = map[string]bool{}, map[string]bool{}
	for _, row := range lexiconRows("question_framing") {
		w := strings.ToLower(strings.Join(strings.Fields(row[0]), " "))
		if strings.Contains(w, " ") {
			f.pairs[w] = true
		} else {
			f.words[w] = true
		}
	}
	return f
})

// QuestionTerms drops the words that frame a question ("how long", "what",
// "who") and keeps what it is about. A question that is nothing but framing
// is kept whole.
func QuestionTerms(q string) string {
	words := strings.FieldsFunc(q, func(r rune) bool { return unicode.IsSpace(r) || r == '?' })
	f := questionFraming()
	var kept []string
	for i := 0; i < len(words); i++ {
		lw := strings.ToLower(words[i])
		if i+1 < len(words) && f.pairs[lw+" "+strings.ToLower(words[i+1])] {
			i++
			continue
		}
		if f.words[lw] {
			continue
		}
		kept = append(kept, words[i])
	}
	if len(kept) == 0 {
		return q
	}
	return strings.Join(kept, " ")
}
