package claims

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge/text"
)

func TestDescribedSpeakerIsANounPhrase(t *testing.T) {
	tests := []struct {
		sentence, speaker, want string // want "" when it names no one
	}{
		{"But a harbour spokeswoman said the ferry would sail.", "But a harbour spokeswoman", "a harbour spokeswoman"},
		{"The documents released on Friday showed a plan.", "The documents released", "The documents"},
		{"Many observers now believe the merger is certain.", "Many observers now", "Many observers"},
		{"Some say the bridge is unsafe.", "Some", "Some"},
		{"Asked about it, 42% say they would pay.", "42%", "42%"},
		{"A newly elected councillor said the vote was fair.", "A newly elected councillor", "A newly elected councillor"},
		{"The council shunned residents' plans, officials said.", "The council shunned residents'", ""},
		{"A letter sent to the firm Ardent by the ministry's team said it would wait.", "the firm Ardent by the ministry's team", ""},
		{"I said it would rain.", "I", ""},
		{"Greenfield senior said the plan was late.", "Greenfield senior", ""},
	}
	for _, tt := range tests {
		p := text.Read(1, "body", tt.sentence)
		text.Tag(&p)
		start := strings.Index(tt.sentence, tt.speaker)
		got, _, ok := describedSpeaker(&p, start, start+len(tt.speaker))
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%q in %q: got %q, want %q", tt.speaker, tt.sentence, got, tt.want)
		}
	}
}
