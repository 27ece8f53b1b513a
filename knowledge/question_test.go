package knowledge

import "testing"

func TestQuestionTerms(t *testing.T) {
	for q, want := range map[string]string{
		"How long will the truce last?":        "will the truce last",
		"how many trucks were burned":          "trucks were burned",
		"Who accused the army of a cover-up?":  "accused the army of a cover-up",
		"What does the union say about wages?": "does the union say about wages",
		"grain exports":                        "grain exports",
		"Long-range missiles":                  "Long-range missiles",
		"who?":                                 "who?",
	} {
		if got := QuestionTerms(q); got != want {
			t.Errorf("QuestionTerms(%q) = %q, want %q", q, got, want)
		}
	}
}
