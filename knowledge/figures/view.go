package figures

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge/text"
)

// This file is how the scanner reads the shared tokens of knowledge/text.

// Token types of the figure scanner.
const (
	ftWord  = iota // letters: "million", "ISIS", "元"
	ftNum          // a number in digits: "8,950", "1.5", "4e14", "40 000", "3:00"
	ftPunct        // anything else: "$", "%", "-", ",", a quote mark, a URL
)

// ftok is one token as the figure scanner reads it: a token of the
// paragraph's text.Paragraph with its number read. Most text tokens are one
// ftok each; three kinds are read differently:
//   - a number that the tokenizer leaves in pieces is one ftok: digits
//     grouped by spaces ("40 000", with a no-break or thin space too), Indian
//     grouping ("12,34,567"), a decimal comma ("1,3"), a signed exponent
//     ("1e-3"); and two numbers the tokenizer joins with a hyphen are two
//     ("100-1000" is "100" "-" "1000": a range or a score, for the scanner
//     to tell);
//   - a word that begins with a number is the number and the rest: "25th" is
//     "25" "th", "1990s" "1990" "s", "'90s" "'" "90" "s", "5p" "5" "p", and
//     a prefix joined to a word is split from it ("mid-2020" is "mid" "-"
//     "2020", "sub-eight" "sub" "-" "eight"), and so are letters written onto a number ("USD40" is "USD"
//     "40", "G7" "G" "7"); "4e14" is one number;
//   - the full stop a one-part abbreviation keeps is a token of its own
//     ("Jan." is "Jan" "."), so that a table lists "jan" once, dotted or
//     not; dotted initials stay whole ("U.S.", "a.m.").
type ftok struct {
	start, end int
	typ        int
	text       string // the text as written
	low        string // Token.Low, the form tables are looked up by
	sp         bool   // Token.Space: whitespace (or the paragraph start) before it
	nl         bool   // a line break before it
	src        int    // the index in Paragraph.Tokens of its (first) text token
	sent       int    // the index of its sentence in Paragraph.Sentences
	tag        string // Token.Tag, the tagger's (Penn) tag
	// numbers only
	val   float64
	ok    bool // val is a finite number
	plain bool // an integer written without separators or decimals
	lead0 bool // starts with 0 and has more digits before any separator
	frac  bool // has a decimal part
	sep   byte // ':', '/', '-' or '+' written inside the number: "3:00", "9/11", "555-1234", "+44"
}

// attached reports whether token t follows the one before it without space.
func (t *ftok) attached() bool { return !t.sp }

// isPossessive reports whether t is the possessive "'s" written onto the
// word before it ("Sharp's", "2002's").
func (t *ftok) isPossessive() bool { return !t.sp && t.typ == ftWord && t.low == "'s" }

// readTokens appends to buf[:0] the scanner's tokens of paragraph p and
// returns it, so that a caller can reuse the storage.
func readTokens(p *text.Paragraph, buf []ftok) []ftok {
	out := buf[:0]
	toks := p.Tokens
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		f := ftok{start: t.Start, end: t.End, text: t.Text, low: t.Low, sp: t.Space, src: i, sent: t.Sent, tag: t.Tag}
		f.nl = t.Space && p.LineBreakBefore(i)
		switch t.Shape {
		case text.ShapeNumber:
			f.typ = ftNum
			if j := groupedNumber(p, i); j > i+1 {
				f.end = toks[j-1].End
				f.text = p.Text[f.start:f.end]
				f.low = f.text
				i = j - 1
			} else if h := strings.IndexByte(f.text, '-'); h > 0 && strings.Count(f.text, "-") == 1 && !strings.ContainsAny(f.text, ":/+") {
				// "100-1000": two numbers and a dash, a range or a score
				a, d, b := piece(f, 0, h, ftNum), piece(f, h, h+1, ftPunct), piece(f, h+1, len(f.text), ftNum)
				d.sp, b.sp = false, false
				numberValue(&a)
				numberValue(&b)
				out = append(out, a, d, b)
				continue
			}
			numberValue(&f)
			out = append(out, f)
			continue
		case text.ShapeWord:
			f.typ = ftWord
			if j := exponentEnd(p, i); j > i+1 {
				// "12.32e" "+" "14"
				f.typ = ftNum
				f.end = toks[j-1].End
				f.text = p.Text[f.start:f.end]
				f.low = f.text
				numberValue(&f)
				out = append(out, f)
				i = j - 1
				continue
			}
			out = wordTokens(out, f)
			continue
		}
		f.typ = ftPunct
		out = append(out, f)
	}
	return out
}

// wordTokens appends word w, split as the scanner reads it: a number at its
// start, a prefix joined to a number, an abbreviation's full stop.
func wordTokens(out []ftok, w ftok) []ftok {
	s := w.text
	// "'90s": the apostrophe of a year cut short
	if r, n := utf8.DecodeRuneInString(s); (r == '\'' || r == '’') && len(s) > n && isDigit(s[n]) {
		out = append(out, piece(w, 0, n, ftPunct))
		w = piece(w, n, len(s), ftWord)
		w.sp = false
		s = w.text
	}
	if isDigit(s[0]) || s[0] == '.' && len(s) > 1 && isDigit(s[1]) {
		if exponent(s) {
			w.typ = ftNum
			numberValue(&w)
			return append(out, w)
		}
		p := numberPrefix(s)
		if p == len(s) {
			w.typ = ftNum
			numberValue(&w)
			return append(out, w)
		}
		if p > 0 {
			n := piece(w, 0, p, ftNum)
			numberValue(&n)
			out = append(out, n)
			rest := piece(w, p, len(s), ftWord)
			rest.sp = false
			return wordTokens(out, rest)
		}
	}
	// "mid-2020", "sub-eight": a prefix joined to a word or a number
	if h := strings.IndexByte(s, '-'); h > 0 && h+1 < len(s) {
		out = append(out, piece(w, 0, h, ftWord))
		dash := piece(w, h, h+1, ftPunct)
		dash.sp = false
		out = append(out, dash)
		rest := piece(w, h+1, len(s), ftWord)
		rest.sp = false
		return wordTokens(out, rest)
	}
	// "USD40", "G7", "A380s": letters written onto a number
	if d := firstDigit(s); d > 0 && isASCIILetter(s[d-1]) {
		out = append(out, piece(w, 0, d, ftWord))
		rest := piece(w, d, len(s), ftWord)
		rest.sp = false
		return wordTokens(out, rest)
	}
	// "Jan.", "Sept.": the full stop apart; "U.S." and "a.m." stay whole
	if len(s) > 1 && s[len(s)-1] == '.' && strings.IndexByte(s[:len(s)-1], '.') < 0 {
		d := piece(w, len(s)-1, len(s), ftPunct)
		d.sp = false
		return append(out, piece(w, 0, len(s)-1, ftWord), d)
	}
	return append(out, w)
}

// piece returns the part [a, b) of the bytes of token w as a token of type
// typ, with w's space, line and sentence.
func piece(w ftok, a, b, typ int) ftok {
	p := w
	p.start, p.end = w.start+a, w.start+b
	p.text = w.text[a:b]
	p.low = p.text
	if len(w.low) == len(w.text) {
		p.low = w.low[a:b]
	} else {
		// as the text layer's Low, with curly apostrophes straight: "’s"
		// of "2019’s" is the possessive "'s"
		p.low = strings.ReplaceAll(strings.ToLower(p.text), "’", "'")
	}
	p.typ = typ
	if a > 0 {
		p.nl = false
	}
	return p
}

// numberPrefix returns the length of the number at the start of s: digits
// with inner full stops and commas between digits.
func numberPrefix(s string) int {
	i := 0
	for i < len(s) {
		c := s[i]
		if isDigit(c) {
			i++
			continue
		}
		if (c == '.' || c == ',') && i+1 < len(s) && isDigit(s[i+1]) {
			i++
			continue
		}
		break
	}
	return i
}

// exponent reports whether s is a number with an exponent: "4e14", "1.5E6".
func exponent(s string) bool {
	p := numberPrefix(s)
	if p == 0 || p+1 >= len(s) || s[p] != 'e' && s[p] != 'E' {
		return false
	}
	k := p + 1
	if s[k] == '+' || s[k] == '-' {
		k++
	}
	return k < len(s) && isAllDigits(s[k:])
}

// exponentEnd returns the end of a number with a signed exponent that the
// tokenizer leaves in pieces ("12.32e" "+" "14", "1e" "-" "3") at the word
// token i, or i+1.
func exponentEnd(p *text.Paragraph, i int) int {
	toks := p.Tokens
	w := toks[i].Text
	if n := numberPrefix(w); n == 0 || n != len(w)-1 || w[n] != 'e' && w[n] != 'E' || i+2 >= len(toks) {
		return i + 1
	}
	if s, d := &toks[i+1], &toks[i+2]; !s.Space && !d.Space && (s.Text == "+" || s.Text == "-") && d.Shape == text.ShapeNumber && isAllDigits(d.Text) {
		return i + 3
	}
	return i + 1
}

// groupedNumber returns the end of the number that begins at the number
// token i and goes on over the tokens after it, or i+1: groups of three
// digits after spaces ("40 000", "1 234 567.5"), Indian grouping
// ("12" "," "34,567") and a decimal comma ("1" "," "3").
func groupedNumber(p *text.Paragraph, i int) int {
	toks := p.Tokens
	t := &toks[i]
	attachedNum := func(k int) bool { return k < len(toks) && !toks[k].Space && toks[k].Shape == text.ShapeNumber }
	attachedComma := func(k int) bool { return k < len(toks) && !toks[k].Space && toks[k].Text == "," }
	if isAllDigits(t.Text) && attachedComma(i+1) && attachedNum(i+2) {
		// Indian grouping: two-digit groups and a last group of three
		k := i
		for attachedComma(k+1) && attachedNum(k+2) && len(toks[k+2].Text) == 2 && isAllDigits(toks[k+2].Text) {
			k += 2
		}
		if attachedComma(k+1) && attachedNum(k+2) && indianTail(toks[k+2].Text) && !attachedComma(k+3) {
			return k + 3
		}
		// a decimal comma: one comma, one or two digits, nothing after
		n := toks[i+2].Text
		if len(n) <= 2 && isAllDigits(n) && !attachedComma(i+3) && !(i > 0 && !t.Space && toks[i-1].Text == ",") {
			return i + 3
		}
		return i + 1
	}
	// digits grouped by spaces, when the first group has one to three digits
	if len(t.Text) > 3 || !isAllDigits(t.Text) {
		return i + 1
	}
	if i > 0 && !t.Space && strings.ContainsAny(toks[i-1].Text, "-/.,:–") {
		return i + 1
	}
	k := i + 1
	for k < len(toks) && toks[k].Space && toks[k].Shape == text.ShapeNumber && groupSpace(p.Text[toks[k-1].End:toks[k].Start]) {
		g := toks[k].Text
		last := false
		if len(g) > 3 && g[3] == '.' && isAllDigits(g[4:]) && g[4:] != "" {
			last = true // "000.5" ends the number
		} else if len(g) != 3 {
			break
		}
		if !isAllDigits(g[:3]) {
			break
		}
		if n := k + 1; n < len(toks) && !toks[n].Space && (toks[n].Shape == text.ShapeWord || toks[n].Shape == text.ShapeNumber ||
			toks[n].Text == "-" || toks[n].Text == "/") {
			break
		}
		k++
		if last {
			break
		}
	}
	return k
}

// indianTail reports whether w is two digits, a comma and three digits,
// maybe with decimals: the "34,567.89" of "12,34,567.89".
func indianTail(w string) bool {
	if len(w) > 7 && w[6] == '.' && isAllDigits(w[7:]) {
		w = w[:6]
	}
	return len(w) == 6 && w[2] == ',' && isAllDigits(w[:2]) && isAllDigits(w[3:])
}

// groupSpace reports whether s is one space that groups digits: a space,
// a no-break, thin or narrow no-break space.
func groupSpace(s string) bool {
	switch s {
	case " ", "\u00a0", "\u2009", "\u202f":
		return true
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// firstDigit returns the offset of the first digit in s, or -1.
func firstDigit(s string) int {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return i
		}
	}
	return -1
}

func isASCIILetter(b byte) bool { return (b|0x20) >= 'a' && (b|0x20) <= 'z' }

func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// numberValue reads the value of a number token. Commas group thousands
// ("8,950", Indian "12,34,567") unless a single comma is followed by other
// than three digits ("1,3" is 1.3); when both ',' and '.' appear, the last
// one is the decimal mark ("1.111,11"). A time, a date, a telephone number
// or a fraction written as one token ("3:00", "9/11", "555-1234", "+44",
// "7/16") keeps the mark in sep and the value of its first group.
func numberValue(t *ftok) {
	s := t.text
	if k := strings.IndexAny(s, ":/-+"); k >= 0 && !exponent(s) {
		t.sep = s[k]
		if k == 0 {
			t.ok = false
			return
		}
		g := s[:k]
		v, err := strconv.ParseFloat(g, 64)
		t.ok = err == nil && isAllDigits(g)
		t.val = v
		return
	}
	lastComma, lastDot, commas, dots := -1, -1, 0, 0
	exp := -1
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',':
			lastComma = i
			commas++
		case '.':
			lastDot = i
			dots++
		case 'e', 'E':
			exp = i
		}
	}
	mant := s
	if exp >= 0 {
		mant = s[:exp]
	}
	decimal := byte('.')
	switch {
	case commas > 0 && dots > 0:
		if lastComma > lastDot {
			decimal = ','
		}
	case commas == 1 && dots == 0:
		if len(mant)-lastComma-1 != 3 {
			decimal = ','
		}
	case dots > 1 && commas == 0:
		decimal = 0 // "1.111.111": dots group thousands
		for i, g := 0, 0; i <= len(mant); i++ {
			if i == len(mant) || mant[i] == '.' {
				if g > 0 && (i-g != 3) {
					// "192.168.1.2", "1.2.3": an address or a version
					t.ok = false
					return
				}
				g = i + 1
			}
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(mant); i++ {
		c := mant[i]
		switch {
		case isDigit(c):
			b.WriteByte(c)
		case c == ' ' || c >= utf8.RuneSelf:
			// a grouping space
		case c == decimal:
			b.WriteByte('.')
			t.frac = true
		}
	}
	if exp >= 0 {
		b.WriteString(s[exp:])
		t.frac = true
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	t.ok = err == nil && !isBad(v)
	if t.ok {
		t.val = v
	}
	t.plain = commas == 0 && dots == 0 && exp < 0
	t.lead0 = len(s) > 1 && s[0] == '0' && isDigit(s[1])
}

// lexiconTokens returns the tokens of a table entry, read as a paragraph's
// are, and the tokens of the entry written in capitals when they differ
// ("c$" is "c" "$" but "C$" one token): a table lists lower case.
func lexiconTokens(entry string) [][]ftok {
	read := func(s string) []ftok {
		p := text.Paragraph{Text: s}
		p.Tokens = text.Tokenize(s, nil)
		p.Sentences = []text.Sentence{{Start: 0, End: len(p.Tokens)}}
		return readTokens(&p, nil)
	}
	low := read(entry)
	upper := read(strings.ToUpper(entry))
	if len(upper) == len(low) {
		same := true
		for i := range low {
			same = same && low[i].low == upper[i].low
		}
		if same {
			return [][]ftok{low}
		}
	}
	return [][]ftok{low, upper}
}
