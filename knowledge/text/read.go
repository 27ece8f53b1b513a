package text

import "strings"

// Read reads the paragraph s, numbered n and of the given kind: it splits
// it into tokens and sentences. The tagger and parser fill in the rest.
func Read(n int, kind, s string) Paragraph {
	p := Paragraph{N: n, Kind: kind, Text: s}
	p.Tokens = Tokenize(s, make([]Token, 0, len(s)/4+4))
	p.Sentences = Sentences(s, p.Tokens, make([]Sentence, 0, len(s)/120+1))
	return p
}

// LineBreakBefore reports whether a line break comes before token i, after
// the token before it (or the paragraph's start): lists and tables in a
// paragraph keep one item a line.
func (p *Paragraph) LineBreakBefore(i int) bool {
	from := 0
	if i > 0 {
		from = p.Tokens[i-1].End
	}
	return strings.IndexByte(p.Text[from:p.Tokens[i].Start], '\n') >= 0
}

// WordSpan returns the range [a, b) of the tokens around toks[i] that are
// written together as one compound: words and numbers joined by hyphens,
// slashes or ampersands with no space between them, as in "Kilroy-Silk",
// "al-Hol", "Commander-in-Chief", "and/or" or "2003-04". Contractions and
// possessives ("'s", "n't") are left out of it. A token that is not a word
// or a number is its own span. Paragraph.Span gives the text.
func WordSpan(toks []Token, i int) (int, int) {
	if !isWordLike(&toks[i]) {
		return i, i + 1
	}
	a := i
	for a >= 2 && !toks[a].Space && !toks[a-1].Space && isJoiner(&toks[a-1]) && isWordLike(&toks[a-2]) {
		a -= 2
	}
	b := i + 1
	for b+1 < len(toks) && !toks[b].Space && !toks[b+1].Space && isJoiner(&toks[b]) && isWordLike(&toks[b+1]) {
		b += 2
	}
	return a, b
}

// isWordLike reports whether t is a word or a number.
func isWordLike(t *Token) bool { return t.Shape == ShapeWord || t.Shape == ShapeNumber }

// isJoiner reports whether t joins two words written together.
func isJoiner(t *Token) bool {
	switch t.Text {
	case "-", "‐", "‑", "/", "&":
		return true
	}
	return false
}
