package claims_test

import (
	"strings"
	"testing"
)

// TestRoleOfAPrepositionsPersonIsNoSpeaker: a name that ends a
// preposition's phrase describing it as a person ("for defence secretary
// X", "for murder suspect X") is whom the role is held for, and the role's
// holder, the description, speaks; a name after a phrase that describes no
// person ("head of research X", "secretary of state X") holds the role.
func TestRoleOfAPrepositionsPersonIsNoSpeaker(t *testing.T) {
	for _, tt := range []struct{ body, content, speaker string }{
		{"A spokesman for transport secretary Alan Varley said the trains would run.", "trains would run", "a spokesman for transport secretary Alan Varley"},
		{"The lawyer for murder suspect Jon Pell said the case was thin.", "case was thin", "the lawyer for murder suspect Jon Pell"},
		{"An adviser to the minister of state Rita Hale said the bill would pass.", "bill would pass", "an adviser to the minister of state Rita Hale"},
		{"Dalmark's head of research Peter Kim said the trial had ended.", "trial had ended", "Peter Kim"},
		{"Secretary of state Colin Marsh said the plan was sound.", "plan was sound", "Colin Marsh"},
		// (a person described before the preposition speaks, though no
		// role of the lexicon heads the phrase)
		{"The widow of slain reporter Sam Fell said the inquiry was a sham.", "inquiry was a sham", "the widow of slain reporter Sam Fell"},
		{"The doctor of injured striker Luca Neri said the knee would heal.", "knee would heal", "the doctor of injured striker Luca Neri"},
		{"Director of rugby Nigel Barr said the side would improve.", "side would improve", "Nigel Barr"},
		// (however the phrase was cut: at "to", or by a parse that made the
		// name a second subject)
		{"An aide to foreign minister Rita Vale said the talks had stalled.", "talks had stalled", "an aide to foreign minister Rita Vale"},
		{"The brother of jailed activist Sami Nour said he was innocent.", "he was innocent", "the brother of jailed activist Sami Nour"},
		{"A friend of pop star Lina Moss said she was resting.", "she was resting", "a friend of pop star Lina Moss"},
		// (a phrase that describes no person leaves the name set off
		// after it the speaker)
		{"The Freedonian minister at the Presidency, Tom Reed, said that the loan was agreed.", "loan was agreed", "Tom Reed"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || c.Speaker != tt.speaker {
			t.Errorf("%q: want %s's claim, got %+v", tt.body, tt.speaker, c)
		}
	}
}

// TestTheyIsNoThingThatOpensItsSentence: "they" after "but" or "and" is
// the plural subject that opens its sentence only when a word for a group
// or a body of people heads it ("Opposition parties", "Local farmers");
// "Oil prices rose but they said …" is said by those the text named
// before, never by the prices.
func TestTheyIsNoThingThatOpensItsSentence(t *testing.T) {
	for _, tt := range []struct{ body, content, speaker string }{
		{"The ministers met on Friday. Tax revenues fell and they warned that cuts were coming.", "cuts were coming", "the ministers"},
		{"The bankers met in Zurich. Share prices slipped but they said the outlook was good.", "outlook was good", "the bankers"},
		{"Local farmers held a meeting. Crop yields fell and they said the drought was to blame.", "drought was to blame", "Local farmers"},
		{"The union met on Monday. Rival parties also want reform but they accuse the board of delay.", "the board of delay", "Rival parties"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || !strings.EqualFold(c.Speaker, tt.speaker) {
			t.Errorf("%q: want %s's claim, got %+v", tt.body, tt.speaker, c)
		}
	}
}

// TestListenerEndsBeforeTheToldSubject: the listener after "told" ends
// before the told clause's subject, a name or a word for those told that
// a verb or an auxiliary follows ("told parliament Labour would cut
// taxes", "told the conference delegates should vote"): the claim stays,
// its content opening with that subject.
func TestListenerEndsBeforeTheToldSubject(t *testing.T) {
	for _, tt := range []struct{ body, content string }{
		{"Dunn told parliament Britain would stay in the alliance.", "Britain would stay in the alliance"},
		{"Senator Ann Cole told the convention delegates should back the plan.", "delegates should back the plan"},
		{"Dunn told the committee lawmakers had been misled.", "lawmakers had been misled"},
		{"Dunn told a news conference reporters had got it wrong.", "reporters had got it wrong"},
		// (a listener before the subject still goes, and a name that
		// describes the subject stays in it)
		{"Bo Lund told a radio programme prices would rise by the summer.", "prices would rise by the summer"},
		{"Bank director Jo Vance told a news conference Paylink cards can now be used in 40 countries.", "Paylink cards can now be used"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || !strings.HasPrefix(c.Content, tt.content) {
			t.Errorf("%q: want the content %q, got %+v", tt.body, tt.content, c)
		}
	}
}
