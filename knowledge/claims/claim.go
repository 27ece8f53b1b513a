package claims

import (
	"github.com/briefbot/briefbot/knowledge/entities"
)

// Claim is something a source said, claimed, denied, accused or reported.
type Claim struct {
	ID        string `json:"id"`
	Speaker   string `json:"speaker"`
	SpeakerID string `json:"speaker_id,omitempty"`
	// SpeakerMention is the surface the speaker was named by ("he", "the army").
	SpeakerMention *entities.Mention `json:"speaker_mention,omitempty"`
	Cue            string            `json:"cue"`
	// Stance is the cue's stance: assert, deny, accuse, vow, warn, concede or
	// report; ask for a question and hope for a wish ("hopes the plan will
	// pass", "wants to sign him"), which assert nothing.
	Stance    string `json:"stance,omitempty"`
	Content   string `json:"content"`
	Quoted    bool   `json:"quoted"`
	Paragraph int    `json:"paragraph"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// Dispute groups claims that contradict each other; Claims holds indexes into
// the article's claims.
type Dispute struct {
	About  string `json:"about"`
	Claims []int  `json:"claims"`
	// Speakers are the names of those who disagree, in the order they speak.
	Speakers []string `json:"speakers,omitempty"`
}
