package knowledge

import "testing"

func TestQuestionFocus(t *testing.T) {
	for q, want := range map[string]string{
		"How many trucks were burned?":           FocusFigure,
		"how much did the bridge cost":           FocusFigure,
		"What is the death toll in the camps?":   FocusFigure,
		"Who said the convoy was attacked?":      FocusClaim,
		"What did the minister say about wages?": FocusClaim,
		"Where is the new port?":                 FocusNone,
		"grain exports":                          FocusNone,
	} {
		if got := QuestionFocus(q); got != want {
			t.Errorf("QuestionFocus(%q) = %q, want %q", q, got, want)
		}
	}
}
