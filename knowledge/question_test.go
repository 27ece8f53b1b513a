package knowledge

import (
	"strings"
	"testing"
)

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

func TestReadQuestion(t *testing.T) {
	tests := []struct {
		q    string
		want Question
	}{
		{"How many trucks were burned?", Question{Kind: AskAmount, Measure: "many", Counted: "trucks"}},
		{"How big a budget does the council want?", Question{Kind: AskAmount, Measure: "big", Counted: "budget", Wants: "money"}},
		{"How high is unemployment in the region?", Question{Kind: AskAmount, Measure: "high", Counted: "unemployment", Wants: "percent"}},
		{"By how much did prices rise?", Question{Kind: AskAmount, Measure: "much"}},
		{"What is the population of the island?", Question{Kind: AskAmount, Measure: "population", Counted: "population"}},
		{"When will the bridge reopen?", Question{Kind: AskTime}},
		{"Why did the talks fail?", Question{Kind: AskReason}},
		{"Who is Ana Lopes?", Question{Kind: AskIdentity, Subject: "Ana Lopes"}},
		{"What is Ana Lopes's job?", Question{Kind: AskIdentity, Subject: "Ana Lopes"}},
		{"Which firm does Ana Lopes work for?", Question{Kind: AskIdentity, Subject: "Ana Lopes"}},
		{"What did the port minister say about the strike?", Question{Kind: AskSpeech, Subject: "the port minister", Topic: "the strike"}},
		{"How did Lopes respond to the offer?", Question{Kind: AskSpeech, Subject: "Lopes", Topic: "the offer"}},
		{"According to the union, what happened at the gate?", Question{Kind: AskSpeech, Subject: "the union", Topic: "happened at the gate"}},
		{"Who said the harbour would close?", Question{Kind: AskSpeaker}},
		{"Where did the ship sink?", Question{Kind: AskOther}},
	}
	for _, tt := range tests {
		got := ReadQuestion(tt.q)
		if got.Kind != tt.want.Kind || got.Subject != tt.want.Subject || got.Topic != tt.want.Topic ||
			got.Measure != tt.want.Measure || got.Counted != tt.want.Counted || got.Wants != tt.want.Wants {
			t.Errorf("ReadQuestion(%q) = kind %s subject %q topic %q measure %q counted %q wants %q,\nwant kind %s subject %q topic %q measure %q counted %q wants %q",
				tt.q, got.Kind, got.Subject, got.Topic, got.Measure, got.Counted, got.Wants,
				tt.want.Kind, tt.want.Subject, tt.want.Topic, tt.want.Measure, tt.want.Counted, tt.want.Wants)
		}
	}
	if got := ReadQuestion("Why did Ana Lopes leave the Harbour Board?").Names; strings.Join(got, ",") != "Ana,Lopes,Harbour,Board" {
		t.Errorf("names = %q", got)
	}
}

func TestFoldAccents(t *testing.T) {
	if got := FoldAccents("Brunsbüttel, Zürich, São Paulo"); got != "Brunsbuttel, Zurich, Sao Paulo" {
		t.Errorf("FoldAccents = %q", got)
	}
}
