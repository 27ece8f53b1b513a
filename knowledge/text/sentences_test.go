package text

import (
	"strings"
	"testing"
)

// sentenceTexts returns the paragraph's sentences as written, joined by " | ".
func sentenceTexts(p *Paragraph) string {
	var out []string
	for _, s := range p.Sentences {
		out = append(out, p.Span(s.Start, s.End))
	}
	return strings.Join(out, " | ")
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"two", "The vote passed. Critics were furious.", "The vote passed. | Critics were furious."},
		{"question and exclamation", "Who won? Nobody knows! Odd.", "Who won? | Nobody knows! | Odd."},
		{"headline", "Markets fall as rates rise", "Markets fall as rates rise"},
		{"no final stop", "It rained. Then it stopped", "It rained. | Then it stopped"},
		{"title", "Mr. Smith met Dr. Jones. They talked.", "Mr. Smith met Dr. Jones. | They talked."},
		{"initials", "J. K. Rowling wrote it. Fans cheered.", "J. K. Rowling wrote it. | Fans cheered."},
		{"U.S. mid-sentence", "The U.S. Army left.", "The U.S. Army left."},
		{"U.S. at the end", "He moved to the U.S. The rest stayed.", "He moved to the U.S. | The rest stayed."},
		{"U.S. paragraph end", "He moved to the U.S.", "He moved to the U.S."},
		{"name with a bang", "She said the Kerrang! poll was a triumph.", "She said the Kerrang! poll was a triumph."},
		{"bang at the start", "Enough! they shouted.", "Enough! | they shouted."},
		{"U.S. And a name", "Talks between the U.S. And Brazil ended.", "Talks between the U.S. And Brazil ended."},
		{"U.S. And a pronoun", "He moved to the U.S. And he stayed.", "He moved to the U.S. | And he stayed."},
		{"company", "Acme Inc. said profits rose. Shares fell.", "Acme Inc. said profits rose. | Shares fell."},
		{"etc.", "Cars, vans, etc. But not bikes.", "Cars, vans, etc. | But not bikes."},
		{"decimals", "Prices rose 4.5 per cent. Wages rose 3.1 per cent.", "Prices rose 4.5 per cent. | Wages rose 3.1 per cent."},
		{"number at the start", "It fell. 2023 was worse.", "It fell. | 2023 was worse."},
		{"quote closes", `"We will win." He said it twice.`, `"We will win." | He said it twice.`},
		{"curly quote closes", "“We will win.” He said it twice.", "“We will win.” | He said it twice."},
		{"quote opens", `He left. "Never again," he said.`, `He left. | "Never again," he said.`},
		{"lower-case continuation", `"Stop!" she shouted.`, `"Stop!" she shouted.`},
		{"capital after a quote", `"Why?" Smith asked.`, `"Why?" | Smith asked.`},
		{"two sentences in a quote", `She said: "We won. They lost."`, `She said: "We won. | They lost."`},
		{"ellipsis", "He paused... Then he spoke.", "He paused... | Then he spoke."},
		{"ellipsis lower", "He paused … and spoke.", "He paused … and spoke."},
		{"brackets", "He left (for good.) Then she came.", "He left (for good.) | Then she came."},
		{"bracketed sentence", "It ended. (Nobody came.) Then rain.", "It ended. | (Nobody came.) | Then rain."},
		{"footnote", "He died in 1990. [3] His son lived.", "He died in 1990. [3] | His son lived."},
		{"note", "He died in Rome. [citation needed] His son lived.", "He died in Rome. [citation needed] | His son lived."},
		{"e.g.", "Some towns (e.g. The Hague) voted.", "Some towns (e.g. The Hague) voted."},
		{"list", "1. Mix the flour. 2. Add water.", "1. Mix the flour. | 2. Add water."},
		{"list after a colon", "Two steps: 1. Mix the flour. 2. Add water.", "Two steps: 1. Mix the flour. | 2. Add water."},
		{"abbreviations before numbers", "See p. 5 and fig. 2 for more.", "See p. 5 and fig. 2 for more."},
		{"lower-case after a stop", "It rained. so we left.", "It rained. | so we left."},
		{"unknown abbreviation", "The Bkrs. association met.", "The Bkrs. association met."},
		{"no. before a number", "He was No. 1. She was No. 2.", "He was No. 1. | She was No. 2."},
		{"dateline", "LONDON (Newswire) - Prices rose.", "LONDON (Newswire) - | Prices rose."},
		{"dateline with state", "PONCHATOULA, La. -- Police said so.", "PONCHATOULA, La. -- | Police said so."},
		{"dateline of two cities", "LIMA/QUITO — Talks resumed on Monday.", "LIMA/QUITO — | Talks resumed on Monday."},
		{"not a dateline", "UK and US agree - at last.", "UK and US agree - at last."},
		{"dateline with a country of two words and a date", "TARSUS, Costa Rica (Nov. 4, 2026) — Talks resumed.", "TARSUS, Costa Rica (Nov. 4, 2026) — | Talks resumed."},
		{"no dateline: a sentence in capitals' company", "NATO and Costa Rica agree - at last.", "NATO and Costa Rica agree - at last."},
		{"blank line", "Heading without stop\n\nBody text here.", "Heading without stop | Body text here."},
		{"bullets", "Three things:\n- eggs\n- milk", "Three things: | - eggs | - milk"},
		{"line wrap", "The minister said the\nPresident would come.", "The minister said the\nPresident would come."},
		{"empty", "", ""},
		{"only marks", "... !!!", "... !!!"},
		{"missing space", "It rained.Then it stopped.", "It rained. | Then it stopped."},
		{"missing space lower", "It rained.then it stopped.", "It rained.then it stopped."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(1, "body", tt.in)
			checkSentences(t, &p)
			if got := sentenceTexts(&p); got != tt.want {
				t.Errorf("Sentences(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

// checkSentences fails unless the sentences cover the tokens in order, each
// token's Sent naming its sentence.
func checkSentences(t *testing.T, p *Paragraph) {
	t.Helper()
	at := 0
	for n, s := range p.Sentences {
		if s.Start != at || s.End <= s.Start {
			t.Fatalf("sentence %d is [%d,%d), want it to start at %d", n, s.Start, s.End, at)
		}
		for k := s.Start; k < s.End; k++ {
			if p.Tokens[k].Sent != n {
				t.Fatalf("token %d %q: Sent %d, want %d", k, p.Tokens[k].Text, p.Tokens[k].Sent, n)
			}
		}
		at = s.End
	}
	if at != len(p.Tokens) {
		t.Fatalf("sentences end at token %d of %d", at, len(p.Tokens))
	}
}
