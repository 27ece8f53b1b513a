package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences splits the tokens of text (from Tokenize) into sentences,
// appends them to buf[:0], sets each token's Sent, and returns them. Every
// token belongs to one sentence; a paragraph without tokens has none.
//
// A sentence ends at a full stop, a question or exclamation mark or an
// ellipsis followed by what starts a sentence: a capitalised word, a number,
// an opening quote or bracket. The closing quotes and brackets after the
// stop stay with the sentence they close (`"We will win." He said` ends
// after the quote mark), and a lower-case word after them goes on the same
// sentence (`"Stop!" she said`). As in the treebanks, a lower-case word
// right after a stop starts a sentence ("It rained. so we left"), but not
// after an ellipsis. An abbreviation's full stop ("U.S.", "etc.", "J.") ends
// a sentence only before a word that typically starts one ("in the U.S.
// The", not "the U.S. Army"), and never after a title ("Mr.") or "e.g."; a
// list number ("1. Mix the flour") does not end one either. A news dateline
// ("LONDON (Reuters) -") is a sentence, as the treebanks have it. A blank
// line ends a sentence, and so does the paragraph's end, with or without a
// stop (headlines have none).
func Sentences(text string, toks []Token, buf []Sentence) []Sentence {
	out := buf[:0]
	tab := tokenTables()
	var qc quoteCount
	start := 0
	if d := datelineEnd(toks); d > 0 && d < len(toks) {
		out = append(out, Sentence{Start: 0, End: d})
		start = d
	}
	for i := start; i < len(toks); i++ {
		end := sentenceEnd(text, toks, i, start, tab, &qc)
		if end <= i {
			continue
		}
		out = append(out, Sentence{Start: start, End: end})
		start = end
		i = end - 1
	}
	if start < len(toks) {
		out = append(out, Sentence{Start: start, End: len(toks)})
	}
	for n, s := range out {
		for k := s.Start; k < s.End; k++ {
			toks[k].Sent = n
		}
	}
	return out
}

// sentenceEnd returns the end (exclusive) of the sentence that starts at
// toks[start] when it ends at toks[i] or at the closing marks after it, or
// -1.
func sentenceEnd(text string, toks []Token, i, start int, tab *tables, qc *quoteCount) int {
	t := &toks[i]
	if i+1 < len(toks) && toks[i+1].Start > t.End && strings.IndexByte(text[t.End:toks[i+1].Start], '\n') >= 0 &&
		lineBreakEnds(text, toks, i) {
		return i + 1
	}
	stop := isStop(t)
	abbr := !stop && t.Shape == ShapeWord && len(t.Text) > 1 && t.Text[len(t.Text)-1] == '.'
	if !stop && !abbr {
		return -1
	}
	// The closing quotes and brackets after the stop.
	k := i + 1
	for k < len(toks) && !toks[k].Space && closes(toks, k, qc) {
		k++
	}
	// Notes in square brackets stay with the sentence: "in 1971. [1] He",
	// "in Rome. [citation needed]".
	for k < len(toks) && toks[k].Text == "[" {
		e := noteEnd(toks, k)
		if e < 0 {
			break
		}
		k = e
	}
	if k == len(toks) {
		return k
	}
	next := &toks[k]
	if !next.Space && next.Shape != ShapeQuote {
		// "end.Next": written together, most often a typing error or a
		// name ("Yahoo!Mail"); a sentence ends only before a capital.
		if !startsUpper(next.Text) || t.Text == "." && i > 0 && toks[i-1].Shape == ShapeNumber {
			return -1
		}
	}
	if abbr {
		if a, ok := tab.abbrevs[strings.TrimSuffix(t.Low, ".")]; ok && a.within {
			return -1
		}
		if !startsSentenceAfterAbbrev(toks, k, tab, qc) {
			return -1
		}
		return k
	}
	// A list number: "1. Mix the flour", "the steps: 1. Mix".
	if t.Text == "." && i > start && toks[i-1].Shape == ShapeNumber && len(toks[i-1].Text) <= 2 &&
		(i-1 == start || toks[i-2].Text == ":") {
		return -1
	}
	if !startsSentence(toks, k, qc) && !lowerStart(toks, i, k) {
		return -1
	}
	return k
}

// lowerStart reports whether the lower-case word toks[k] after the stop
// toks[i] starts a sentence. The treebanks start one there ("It rained. so
// we left"), unless a closing quote comes between (`"Stop!" she said`), the
// stop is an ellipsis ("he paused ... and went on"), or the word before the
// stop looks like an abbreviation missing from the table ("Assn. officials").
func lowerStart(toks []Token, i, k int) bool {
	next := &toks[k]
	if k != i+1 || next.Shape != ShapeWord || strings.Contains(toks[i].Text, "..") || strings.Contains(toks[i].Text, "…") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(next.Text); !unicode.IsLower(r) {
		return false
	}
	if i > 0 {
		prev := &toks[i-1]
		if prev.Shape == ShapeWord && len(prev.Text) <= 4 && startsUpper(prev.Text) && !toks[i].Space && len(prev.Text) > 1 {
			return false
		}
		// "the Kerrang! poll", "a Yahoo! search": an exclamation mark
		// written onto a name inside a sentence is part of the name.
		if toks[i].Text == "!" && !toks[i].Space && prev.Shape == ShapeWord && startsUpper(prev.Text) && i >= 2 &&
			!isStop(&toks[i-2]) && toks[i-2].Shape != ShapeQuote {
			return false
		}
	}
	return true
}

// noteEnd returns the end of the note in square brackets at toks[k] (a
// number, or at most four words that start lower-case), or -1.
func noteEnd(toks []Token, k int) int {
	for e := k + 1; e < len(toks) && e <= k+5; e++ {
		t := &toks[e]
		switch {
		case t.Text == "]":
			if e == k+1 {
				return -1
			}
			return e + 1
		case e == k+1 && t.Shape == ShapeNumber:
		case t.Shape == ShapeWord && !startsUpper(t.Text):
		default:
			return -1
		}
	}
	return -1
}

// isStop reports whether t is a full stop, a question or exclamation mark,
// an ellipsis or a run of them.
func isStop(t *Token) bool {
	if t.Shape != ShapePunct {
		return false
	}
	for _, r := range t.Text {
		if r != '.' && r != '?' && r != '!' && r != '…' {
			return false
		}
	}
	return true
}

// closes reports whether toks[k] is a closing quote or bracket.
func closes(toks []Token, k int, qc *quoteCount) bool {
	switch toks[k].Text {
	case ")", "]", "}":
		return true
	}
	return toks[k].Shape == ShapeQuote && !quoteOpens(toks, k, qc)
}

// startsUpper reports whether w starts with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// startsSentence reports whether toks[k] may start a sentence: a capitalised
// word, a number, an opening quote or bracket, a list mark or a currency sign.
func startsSentence(toks []Token, k int, qc *quoteCount) bool {
	t := &toks[k]
	r, _ := utf8.DecodeRuneInString(t.Text)
	switch t.Shape {
	case ShapeURL:
		return true
	case ShapeWord:
		return unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.IsLetter(r) && !unicode.IsLower(r)
	case ShapeNumber:
		return true
	case ShapeQuote:
		return quoteOpens(toks, k, qc)
	case ShapeSymbol:
		return unicode.Is(unicode.Sc, r) || r == '#' || r == '@' || r == '*' || isEmoji(r)
	}
	switch t.Text {
	case "(", "[", "{", "•", "¿", "¡", "…", "...":
		return true
	}
	return false
}

// startsSentenceAfterAbbrev reports whether toks[k], after an
// abbreviation's full stop, starts a sentence: a capitalised word that
// typically starts one, or an opening quote before a capital.
func startsSentenceAfterAbbrev(toks []Token, k int, tab *tables, qc *quoteCount) bool {
	t := &toks[k]
	if t.Shape == ShapeQuote && quoteOpens(toks, k, qc) && k+1 < len(toks) {
		return startsUpper(toks[k+1].Text)
	}
	// "between the U.S. And Japan": a wire's capitals after an
	// abbreviation; "And" before a name goes on with the list, "And he"
	// would start a sentence.
	if (t.Low == "and" || t.Low == "or") && k+1 < len(toks) && toks[k+1].Shape == ShapeWord && startsUpper(toks[k+1].Text) &&
		!tab.starters[toks[k+1].Low] {
		return false
	}
	return startsUpper(t.Text) && tab.starters[t.Low]
}

// lineBreakEnds reports whether the line break after toks[i] ends a
// sentence: a blank line does, and so does a line break before a list mark.
func lineBreakEnds(text string, toks []Token, i int) bool {
	gap := text[toks[i].End:toks[i+1].Start]
	if strings.Count(gap, "\n") >= 2 {
		return true
	}
	next := toks[i+1].Text
	switch next {
	case "-", "–", "—", "•", "*", "·", "‣":
		return true
	}
	return toks[i+1].Shape == ShapeNumber && i+2 < len(toks) && !toks[i+2].Space &&
		(toks[i+2].Text == "." || toks[i+2].Text == ")")
}

// datelineEnd returns the end of the dateline that opens a news paragraph,
// a sentence of its own in the treebanks: "WASHINGTON (Reuters) -", "NEW
// DELHI -", "PONCHATOULA, La. --", "KABUL:", "JEDDAH, Saudi Arabia (Nov.
// 14, 2026) —", "LIMA/QUITO —". It returns 0 when there is none.
func datelineEnd(toks []Token) int {
	if len(toks) < 3 || !isCaps(toks[0].Text, 3) {
		return 0
	}
	paren := false // inside the brackets of a source or a date
	for i := 1; i < len(toks) && i < 16; i++ {
		t := &toks[i]
		switch {
		case paren:
			paren = t.Text != ")"
		case t.Text == ":" && !t.Space, t.Space && (t.Text == "-" || t.Text == "--" || t.Text == "–" || t.Text == "—"):
			return i + 1
		case t.Text == "(":
			paren = true
		case t.Text == "/" && i+1 < len(toks) && isCaps(toks[i+1].Text, 3):
			// two cities: "ISTANBUL/KYIV —"
		case isCaps(t.Text, 1), t.Text == ",", t.Text == ")",
			// a place's name after the city's: "Ghana", "Saudi Arabia"
			t.Shape == ShapeWord && startsUpper(t.Text) && i > 1 && (toks[i-1].Text == "," || toks[i-1].Text == "(" || startsUpper(toks[i-1].Text) && !isCaps(toks[i-1].Text, 2)):
		default:
			return 0
		}
	}
	return 0
}

// isCaps reports whether w is all capitals, at least n letters of them.
func isCaps(w string, n int) bool {
	c := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			c++
		case r == '.' || r == '-' || r == '&':
		default:
			return false
		}
	}
	return c >= n
}
