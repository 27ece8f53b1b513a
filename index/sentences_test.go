package index

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/simple"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/registry"
)

// A paragraph in a reader's voice speaks in the first or second person or
// exclaims, outside quote marks, and attributes nothing; or it names
// reader mail.
func TestIsReaderVoice(t *testing.T) {
	tests := []struct {
		text      string
		hasClaims bool
		want      bool
	}{
		{"I think the council got this wrong.", false, true},
		{"The council got this wrong, I think.", false, true},
		{"The council got this wrong!", false, true},
		{"You’re all missing the point about the bridge.", false, true},
		{"The council said the bridge would reopen.", false, false},
		{`The mayor said: "We will reopen the bridge!"`, false, false},
		{`The mayor said “we will reopen the bridge” on Monday.`, false, false},
		{"The US said it would help.", false, false},
		{"I think the council got this wrong.", true, false},
		{"One reader, from Leeds, wrote that the bridge was unsafe.", true, true},
		{"ONE READER wrote from Leeds.", true, true},
		{"Readers wrote in about the bridge.", true, true},
		{"Our group met, the chair said.", true, false},
		{`Voters back "us"`, false, false},
		{`Who he"llo"s the most`, false, false}, // "he" and "s" join: "hes"
		{`Who m"llo"y asked`, false, true},      // "m" and "y" join: "my"
	}
	for _, tt := range tests {
		if got := isReaderVoice(tt.text, tt.hasClaims); got != tt.want {
			t.Errorf("isReaderVoice(%q, %v) = %v, want %v", tt.text, tt.hasClaims, got, tt.want)
		}
	}
}

// isReaderVoice reads a paragraph in one pass, as the lower-casing and
// cutting of quotations it replaced did: the same answer on texts made of
// pieces that try its edges (quotations that join words, letters whose
// small letters are ASCII, words in capitals, bad UTF-8).
func TestIsReaderVoiceAsBefore(t *testing.T) {
	pieces := []string{"I", "i", "me", "MY", "We", "we're", "we’re", "You’Re", "us", "US", "Us", "let's", "ONE READER", "one",
		"reader", "Readers Wrote", "e-mailed", "E-MAILED", "emailed", "have your say", "your views", "wrote in", "writes",
		"\u0130", "\u212a", "\u0131", "\u017f", "é", "É", "’", "'", "\"", "“", "”", "!", ".", ",", " ", " ", " ", "\xff",
		"wrote \u0130n", "E-MA\u0130LED", "council", "said", "Mé", "mY", "yours", "ʼ", "I’ll", "i'D"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var sb strings.Builder
		for range 1 + rng.IntN(12) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := sb.String()
		for _, claims := range []bool{false, true} {
			if got, want := isReaderVoice(text, claims), isReaderVoiceBefore(text, claims); got != want {
				t.Fatalf("isReaderVoice(%q, %v) = %v, before %v", text, claims, got, want)
			}
		}
	}
}

// isReaderVoiceBefore is isReaderVoice as it was written first.
func isReaderVoiceBefore(text string, hasClaims bool) bool {
	v := readerVoice()
	low := strings.ToLower(text)
	for _, c := range v.cues {
		if strings.Contains(low, c) {
			return true
		}
	}
	if hasClaims {
		return false
	}
	var sb strings.Builder
	in := false
	for _, r := range text {
		switch r {
		case '"':
			in = !in
			continue
		case '“':
			in = true
			continue
		case '”':
			in = false
			continue
		}
		if !in {
			sb.WriteRune(r)
		}
	}
	out := sb.String()
	if strings.Contains(out, "!") {
		return true
	}
	isWord := func(r rune) bool { return unicode.IsLetter(r) || r == '\'' || r == '’' }
	for i := 0; i < len(out); {
		r, n := utf8.DecodeRuneInString(out[i:])
		if !isWord(r) {
			i += n
			continue
		}
		start := i
		for i < len(out) {
			r, n := utf8.DecodeRuneInString(out[i:])
			if !isWord(r) {
				break
			}
			i += n
		}
		w := out[start:i]
		if utf8.RuneCountInString(w) > v.personRunes {
			continue
		}
		if len(w) > 1 && strings.ToUpper(w) == w {
			continue
		}
		if v.person[strings.ToLower(strings.ReplaceAll(w, "’", "'"))] {
			return true
		}
	}
	return false
}

// The terms kept for a word are those of the analyser asked: another
// analyser's are made afresh.
func TestAnalysedWordKeepsOneAnalysersTerms(t *testing.T) {
	cache := registry.NewCache()
	english, err := cache.AnalyzerNamed(en.AnalyzerName)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := cache.AnalyzerNamed(simple.Name)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 { // made, then kept
		for _, tt := range []struct {
			an   analysis.Analyzer
			want []string
		}{{english, []string{"harbour"}}, {plain, []string{"harbours"}}, {english, []string{"harbour"}}} {
			if got := analysedWord(tt.an, "Harbours"); !slices.Equal(got, tt.want) {
				t.Errorf("analysedWord(Harbours) = %q, want %q", got, tt.want)
			}
		}
	}
}
