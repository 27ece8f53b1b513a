package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize splits s into tokens, appends them to buf[:0] and returns it. Each
// token has its byte offsets, its Text (a slice of s), Low, Space and Shape;
// Head is -1 and the fields of the tagger and parser are left zero.
//
// The tokens follow the Universal Dependencies English treebanks the parser
// is trained on (EWT and GUM), so that the parser sees what it learned from:
//   - contractions and possessives are split: "don't" is "do" "n't", "can't"
//     "ca" "n't", "cannot" "can" "not", "I'm" "I" "'m", "Graham’s" "Graham"
//     "’s", "Jones'" "Jones" "'";
//   - a hyphen between words is a token ("Kilroy" "-" "Silk", "1971" "-"
//     "1972"), except after a prefix ("non-profit") and inside telephone
//     numbers and dates ("713-853-3989");
//   - currency signs and the per cent sign are tokens, and a unit written
//     after a number is split from it: "£4.5bn" is "£" "4.5" "bn";
//   - an abbreviation keeps its full stop ("Mr.", "U.S.", "e.g.", "J."), also
//     at the end of a sentence, where no other full stop follows it;
//   - URLs and e-mail addresses are one token;
//   - runs of the same punctuation are one token: "...", "--", "?!", "!!".
//
// Every Unicode space, the zero-width space and control characters separate
// tokens; every other rune, invalid UTF-8 included, belongs to a token.
func Tokenize(s string, buf []Token) []Token {
	t := tokenizer{s: s, toks: buf[:0], space: true, tab: tokenTables()}
	for i := 0; i < len(s); {
		r, n := runeAt(s, i)
		if isSeparator(r, n) {
			t.space = true
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf {
				if c <= ' ' || c == 0x7f {
					break
				}
				j++
				continue
			}
			r, n = utf8.DecodeRuneInString(s[j:])
			if isSeparator(r, n) {
				break
			}
			j += n
		}
		t.chunk(i, j)
		i = j
	}
	t.lower()
	return t.toks
}

// tokenizer holds the state of one call to Tokenize.
type tokenizer struct {
	s     string
	toks  []Token
	space bool // whitespace came before the next token
	tab   *tables
}

// emit appends the token s[a:b].
func (t *tokenizer) emit(a, b int, shape Shape) {
	t.toks = append(t.toks, Token{Start: a, End: b, Text: t.s[a:b], Space: t.space, Shape: shape, Head: -1})
	t.space = false
}

// runeAt decodes the rune at s[i]; an invalid byte is utf8.RuneError of size 1.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune that ends at s[i].
func runeBefore(s string, i int) (rune, int) {
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// isSeparator reports whether the rune r of n bytes separates tokens: a
// space of any kind, a control character, or an invisible zero-width space
// or byte-order mark.
func isSeparator(r rune, n int) bool {
	if r < utf8.RuneSelf {
		return r <= ' ' || r == 0x7f
	}
	if r == utf8.RuneError && n == 1 {
		return false // an invalid byte is text
	}
	switch r {
	case 0x85, 0xa0, 0x1680, 0x180e, 0x200b, 0x2028, 0x2029, 0x202f, 0x205f, 0x2060, 0x3000, 0xfeff:
		return true
	}
	return r >= 0x2000 && r <= 0x200a || r < 0xa0 || unicode.IsSpace(r)
}

// IsSeparator reports whether Tokenize treats r as a space between tokens.
func IsSeparator(r rune) bool { return isSeparator(r, utf8.RuneLen(r)) }

// isWordRune reports whether r continues a word: a letter, a digit, a
// combining mark, or an invisible joiner (soft hyphen, zero-width joiners).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == 0xad || r == 0x200c || r == 0x200d
}

// startsWord reports whether r begins a word (not a mark or a joiner).
func startsWord(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isLetter(r rune) bool {
	return r < utf8.RuneSelf && (r|0x20) >= 'a' && (r|0x20) <= 'z' || unicode.IsLetter(r)
}

// isApostrophe reports whether r is an apostrophe: straight, curly or the
// modifier letter.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// chunk tokenizes s[i:j], a run of text between separators.
func (t *tokenizer) chunk(i, j int) {
	if a, b, ok := t.findURL(i, j); ok {
		t.scan(i, a)
		t.emit(a, b, ShapeURL)
		t.scan(b, j)
		return
	}
	t.scan(i, j)
}

// scan tokenizes s[i:j], a chunk or part of one.
func (t *tokenizer) scan(i, j int) {
	s := t.s
	for k := i; k < j; {
		r, n := runeAt(s, k)
		switch {
		case startsWord(r):
			k = t.word(k, j)
		case r == '.' && k+1 < j && isDigit(s[k+1]) && (k == i || !t.wordBefore(k)):
			k = t.word(k, j) // ".5"
		case isApostrophe(r) && t.clitic(k, j) > k:
			// "'s" written apart from its word: "the BBC 's".
			e := t.clitic(k, j)
			t.emit(k, e, ShapeWord)
			k = e
		case r == '\'' && k+2 < j && isDigit(s[k+1]) && isDigit(s[k+2]) && (k+3 == j || !isDigit(s[k+3])),
			r == '’' && k+4 < j && isDigit(s[k+3]) && isDigit(s[k+4]) && (k+5 == j || !isDigit(s[k+5])):
			// A year cut short: "'72", "’90s".
			e := k + n + 2
			for e < j && isLetter(rune(s[e])) {
				e++
			}
			t.emit(k, e, ShapeWord)
			k = e
		case (r == '#' || r == '@' && k == i) && k+1 < j && isASCIILetter(s[k+1]) && (k == i || !t.wordBefore(k)):
			// A hashtag or a handle: "#MeToo", "@BBCNews".
			e := k + 1
			for e < j {
				r2, n2 := runeAt(s, e)
				if !isWordRune(r2) && r2 != '_' {
					break
				}
				e += n2
			}
			t.emit(k, e, ShapeWord)
			k = e
		case r == '+' && k == i && k+2 < j && isDigit(s[k+1]) && isDigit(s[k+2]):
			// An international telephone number: "+44", "+4588304520".
			e := k + 1 + digitsAt(s, k+1, j)
			if e-k <= 4 && e < j && (s[e] == '.' || s[e] == ',' || s[e] == '%') {
				t.emit(k, k+1, ShapeSymbol)
				k++
				continue
			}
			t.emit(k, e, ShapeNumber)
			k = e
		case r == '.' || r == '?' || r == '!' || r == '…':
			e := k + n
			for e < j {
				r2, n2 := runeAt(s, e)
				if r2 != '.' && r2 != '?' && r2 != '!' && r2 != '…' {
					break
				}
				e += n2
			}
			t.emit(k, e, ShapePunct)
			k = e
		case k == i && t.emoticon(k, j) > k:
			e := t.emoticon(k, j)
			t.emit(k, e, ShapeSymbol)
			k = e
		case isEmoji(r):
			e := emojiEnd(s, k, j)
			t.emit(k, e, ShapeSymbol)
			k = e
		default:
			// One mark, or a run of the same one: "--", "''", "<<", "***".
			e := k + n
			if r == utf8.RuneError && n == 1 {
				t.emit(k, e, ShapeSymbol)
				k = e
				continue
			}
			if repeats(r) {
				for e+n <= j && s[e:e+n] == s[k:k+n] {
					e += n
				}
			}
			if r == '\'' && e == k+1 && e < j && s[e] == '\'' {
				e++ // two apostrophes for a double quote
			}
			// A mark may be followed by combining marks ("&" + U+20E3).
			for e < j {
				r2, n2 := runeAt(s, e)
				if !unicode.IsMark(r2) && r2 != 0xfe0f && r2 != 0xfe0e {
					break
				}
				e += n2
			}
			t.emit(k, e, markShape(r))
			k = e
		}
	}
}

// wordBefore reports whether a letter or digit comes right before s[k].
func (t *tokenizer) wordBefore(k int) bool {
	if k == 0 {
		return false
	}
	r, _ := runeBefore(t.s, k)
	return isWordRune(r)
}

// repeats reports whether a run of r is one token.
func repeats(r rune) bool {
	switch r {
	case '-', '–', '—', '―', '"', '`', '‘', '’', '“', '”', '*', '=', '_', '~', '+', '<', '>', '#', '^', '|', '$':
		return true
	}
	return false
}

// markShape is the shape of a token made of the mark r.
func markShape(r rune) Shape {
	switch {
	case isQuoteRune(r):
		return ShapeQuote
	case r == '%' || r == '&' || r == '*' || r == '@' || r == '#' || r == '/' || r == '\\' || r == '‰' || r == '†' || r == '§':
		return ShapeSymbol
	case unicode.IsSymbol(r), r == utf8.RuneError:
		return ShapeSymbol
	}
	return ShapePunct
}

// isQuoteRune reports whether r is a quote mark.
func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '`', '“', '”', '‘', '’', '„', '‟', '‚', '‛', '«', '»', '‹', '›', '「', '」', '『', '』', 'ʼ':
		return true
	}
	return false
}

// isEmoji reports whether r starts an emoji or a pictograph.
func isEmoji(r rune) bool {
	return r >= 0x1f000 && r <= 0x1faff || r >= 0x2600 && r <= 0x27bf || r >= 0x2b00 && r <= 0x2bff || r == 0x203c ||
		r == 0x2049 || r >= 0x2190 && r <= 0x21ff || r >= 0x2300 && r <= 0x23ff || r == 0xa9 || r == 0xae || r == 0x2122
}

// emojiEnd returns the end of the emoji sequence at s[k:j]: variation
// selectors, skin tones, keycaps and tags, pictographs joined by zero-width
// joiners, and pairs of regional indicators (flags).
func emojiEnd(s string, k, j int) int {
	r, n := runeAt(s, k)
	e := k + n
	if r >= 0x1f1e6 && r <= 0x1f1ff && e < j {
		if r2, n2 := runeAt(s, e); r2 >= 0x1f1e6 && r2 <= 0x1f1ff {
			return e + n2
		}
	}
	for e < j {
		r, n = runeAt(s, e)
		switch {
		case r == 0xfe0f || r == 0xfe0e || r >= 0x1f3fb && r <= 0x1f3ff || r == 0x20e3 || r >= 0xe0020 && r <= 0xe007f:
			e += n
		case r == 0x200d && e+n < j:
			r2, n2 := runeAt(s, e+n)
			if !isEmoji(r2) {
				return e
			}
			e += n + n2
		default:
			return e
		}
	}
	return e
}

// emoticon returns the end of the emoticon at s[k:j] followed by the chunk's
// end or a mark, or k.
func (t *tokenizer) emoticon(k, j int) int {
	c := t.s[k]
	if c != ':' && c != ';' && c != '=' && c != '(' && c != ')' && c != '^' && c != '<' {
		return k
	}
	for _, e := range t.tab.emoticons {
		if strings.HasPrefix(t.s[k:j], e) {
			end := k + len(e)
			if end == j {
				return end
			}
			if r, _ := runeAt(t.s, end); !isWordRune(r) {
				return end
			}
		}
	}
	return k
}

// clitic returns the end of a contraction written after a space ("'s",
// "'ll", "n't" are not: they start with an apostrophe) at s[k:j], or k.
func (t *tokenizer) clitic(k, j int) int {
	if len(t.toks) == 0 || t.space && t.prevIsQuote() {
		return k
	}
	_, n := runeAt(t.s, k)
	e := k + n
	for e < j && isLetter(rune(t.s[e])) && t.s[e] < utf8.RuneSelf {
		e++
	}
	if e < j {
		if r, _ := runeAt(t.s, e); isWordRune(r) || isApostrophe(r) {
			return k
		}
	}
	switch strings.ToLower(t.s[k+n : e]) {
	case "s", "m", "d", "ll", "re", "ve":
		return e
	}
	return k
}

// prevIsQuote reports whether the last token is a quote mark.
func (t *tokenizer) prevIsQuote() bool {
	return len(t.toks) > 0 && t.toks[len(t.toks)-1].Shape == ShapeQuote
}

// word scans the word that starts at s[k] and emits its tokens; it returns
// the word's end. A word is letters, digits and marks, joined by the marks
// that the treebanks keep inside a token: apostrophes, dots in "U.S" and
// "4.5", commas in "50,000", colons in "3:00", slashes in dates, hyphens after
// a prefix and in telephone numbers.
func (t *tokenizer) word(k, j int) int {
	s := t.s
	e, seg := k, k // seg: the start of the part after the last joiner
	apos := false  // an apostrophe joined: clitics to split
	if s[k] == '.' {
		e, seg = k+1, k+1 // ".5"
	}
	for e < j {
		if c := s[e]; c < utf8.RuneSelf && isASCIIAlnum(c) {
			e++
			continue
		}
		r, n := runeAt(s, e)
		if isWordRune(r) {
			e += n
			continue
		}
		if e+n >= j || e == k {
			break
		}
		if r2, _ := runeAt(s, e+n); !startsWord(r2) {
			break
		}
		join := false
		switch r {
		case '\'', '’', 'ʼ':
			join, apos = true, true
		case '.':
			join = t.joinDot(seg, e, j)
		case ',':
			join = isDigit(s[e-1]) && digitsAt(s, e+1, j) == 3
		case ':':
			d := digitsAt(s, e+1, j)
			join = isDigit(s[e-1]) && d >= 1 && d <= 2
		case '/':
			join = t.joinSlash(k, seg, e, j)
		case '-', '‐', '‑':
			join = t.joinHyphen(k, seg, e, j)
		case '&':
			join = e-seg <= 3 && letters(s, e+1, j) >= 1 && letters(s, e+1, j) <= 3 && isLetter(rune(s[e-1]))
		case '_':
			join = true
		}
		if !join {
			break
		}
		e += n
		seg = e
	}
	// The full stop after the word: an abbreviation's own, or a mark. Of
	// two, the abbreviation takes one and the sentence the other ("Jr..").
	if e < j && s[e] == '.' && dotsAt(s, e, j) <= 2 && t.keepsDot(k, e) {
		t.emit(k, e+1, wordShape(s[k:e+1]))
		return e + 1
	}
	// A currency written with its country: "US$", "HK$".
	if e < j && s[e] == '$' && e-k <= 2 && isUpperASCII(s[k:e]) {
		t.emit(k, e+1, ShapeSymbol)
		return e + 1
	}
	if apos {
		t.split(k, e)
	} else {
		t.splitStem(k, e)
	}
	return e
}

// dotsAt counts the full stops at s[i:j].
func dotsAt(s string, i, j int) int {
	d := i
	for d < j && s[d] == '.' {
		d++
	}
	return d - i
}

// digitsAt counts the digits at s[i:j].
func digitsAt(s string, i, j int) int {
	d := i
	for d < j && isDigit(s[d]) {
		d++
	}
	return d - i
}

// letters counts the letters at s[i:j] and returns 0 if a digit follows.
func letters(s string, i, j int) int {
	d := i
	for d < j {
		r, n := runeAt(s, d)
		if !isLetter(r) {
			if isWordRune(r) {
				return 0
			}
			break
		}
		d += n
	}
	return d - i
}

// allDigits reports whether w is made of digits only.
func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// allLetters reports whether w is made of letters only.
func allLetters(w string) bool {
	for _, r := range w {
		if !isLetter(r) {
			return false
		}
	}
	return w != ""
}

// joinDot decides whether the dot at s[e] stays inside the word whose
// current part starts at seg: between digits ("4.5", "192.168.1.1"), in
// dotted abbreviations ("U.S", "e.g", "Ph.D") and before a file or domain
// ending ("report.doc", "bbc.co.uk").
func (t *tokenizer) joinDot(seg, e, j int) bool {
	s := t.s
	if isDigit(s[e-1]) && isDigit(s[e+1]) {
		return true
	}
	prev := s[seg:e]
	next := letters(s, e+1, j)
	if next == 0 {
		return false
	}
	if p := utf8.RuneCountInString(prev); allLetters(prev) && p <= 2 {
		if nn := utf8.RuneCountInString(s[e+1 : e+1+next]); nn <= 2 && (p == 1 || nn == 1) {
			return true
		}
	}
	ext := s[e+1 : e+1+next]
	if isUpperASCII(ext) {
		var buf [8]byte
		return t.tab.extensions[string(lowerASCII(buf[:0], ext))]
	}
	return t.tab.extensions[ext]
}

// joinSlash decides whether the slash at s[e] stays inside the word: in
// dates ("11/28/2000", "9/11") and between single letters ("w/o", "I/O").
func (t *tokenizer) joinSlash(k, seg, e, j int) bool {
	s := t.s
	prev := s[seg:e]
	if allDigits(prev) {
		groups := t.numberGroups(k, e, j, '/')
		switch {
		case groups == nil:
			return false
		case len(groups) >= 3:
			return true
		}
		a, b := groups[0], groups[1]
		return len(a) <= 2 && len(b) <= 2 && !(len(a) == 1 && len(b) == 1) && atoi(a) <= 12 && atoi(b) <= 31
	}
	return utf8.RuneCountInString(prev) == 1 && letters(s, e+1, j) == 1 && isLetter(rune(prev[0]))
}

// joinHyphen decides whether the hyphen at s[e] stays inside the word: after
// a prefix that starts the word ("non-profit", "e-mail") and in telephone
// numbers, postcodes and dates ("713-853-3989", "11-20-2000").
func (t *tokenizer) joinHyphen(k, seg, e, j int) bool {
	s := t.s
	prev := s[seg:e]
	if seg == k && allLetters(prev) && len(prev) <= 7 && !t.hyphenAfterNext(e, j) {
		var buf [8]byte
		if t.tab.prefixes[string(lowerASCII(buf[:0], prev))] {
			return true
		}
	}
	if !allDigits(prev) {
		return false
	}
	groups := t.numberGroups(k, e, j, '-')
	switch {
	case groups == nil:
		return false
	case len(groups) >= 3:
		return true
	}
	a, b := len(groups[0]), len(groups[1])
	return b == 4 && (a == 3 || a == 5)
}

// hyphenAfterNext reports whether another hyphen follows the part after
// the hyphen at s[e]: "non-adult-like" is split at every hyphen, as the
// treebanks do, while "non-adult" is one token.
func (t *tokenizer) hyphenAfterNext(e, j int) bool {
	for i := e + 1; i < j; {
		r, n := runeAt(t.s, i)
		if !isWordRune(r) {
			return r == '-' || r == '‐' || r == '‑'
		}
		i += n
	}
	return false
}

// numberGroups returns the groups of digits of the word from s[k] that are
// separated by sep, when the word up to s[e] (a sep) and after it is made of
// such groups only; at most four groups are returned, in a fixed array so as
// not to allocate.
func (t *tokenizer) numberGroups(k, e, j int, sep byte) []string {
	if e-k > 20 {
		return nil // no telephone number or date is that long
	}
	var buf [4]string
	groups := buf[:0]
	a := k
	for i := k; ; i++ {
		if i == j || t.s[i] == sep || !isDigit(t.s[i]) {
			if i == a || len(groups) == len(buf) {
				break
			}
			groups = append(groups, t.s[a:i])
			if i == j || t.s[i] != sep {
				if i < j {
					if r, _ := runeAt(t.s, i); isWordRune(r) {
						return nil // "8-4A"
					}
				}
				break
			}
			a = i + 1
		}
	}
	if len(groups) < 2 || len(groups[0]) == 0 {
		return nil
	}
	// Only digits before the hyphen: "ld2d-1" is not a number.
	for i := k; i < e; i++ {
		if !isDigit(t.s[i]) && t.s[i] != sep {
			return nil
		}
	}
	return groups
}

// atoi reads a short run of digits.
func atoi(w string) int {
	n := 0
	for i := 0; i < len(w) && i < 9; i++ {
		n = n*10 + int(w[i]-'0')
	}
	return n
}

// keepsDot decides whether the word s[k:e] takes the full stop at s[e]: a
// dotted abbreviation ("U.S."), an abbreviation of the table ("Mr.", "etc.",
// "No." before a number), an initial ("J. K. Rowling"), the number of a list
// or a section at the start of a line ("1.", "2.1.").
func (t *tokenizer) keepsDot(k, e int) bool {
	s := t.s
	w := s[k:e]
	if strings.IndexByte(w, '.') > 0 && dottedAbbrev(w) {
		return true
	}
	if len(w) > 7 {
		return false
	}
	next, nextAt := nextRune(s, e+1)
	// An initial, unless a sentence plainly ends after it ("Charles V. This").
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return next != 0 && !t.startsSentenceAt(nextAt)
	}
	var buf [8]byte
	if a, ok := t.tab.abbrevs[string(lowerASCII(buf[:0], w))]; ok {
		switch a.when {
		case abbrevNumber:
			return next >= '0' && next <= '9'
		case abbrevName:
			return unicode.IsUpper(next) || next >= '0' && next <= '9'
		}
		return true
	}
	// A list or section number at the start of a line: "1. Introduction".
	if isDigit(w[0]) && len(w) <= 5 && wordShape(w) == ShapeNumber && unicode.IsUpper(next) && t.lineStart(k) {
		return true
	}
	return false
}

// startsSentenceAt reports whether the word at s[i] is a capitalised word
// of the starters table ("The", "He"): after an initial's dot, it tells a
// sentence's end.
func (t *tokenizer) startsSentenceAt(i int) bool {
	e := i
	for e < len(t.s) && e-i < 12 && isASCIILetter(t.s[e]) {
		e++
	}
	if e == i || e-i == 12 || t.s[i] > 'Z' {
		return false
	}
	var buf [12]byte
	return t.tab.starters[string(lowerASCII(buf[:0], t.s[i:e]))]
}

// lineStart reports whether s[k] starts a line: nothing but spaces before it
// since the paragraph's start or a line break.
func (t *tokenizer) lineStart(k int) bool {
	for k > 0 {
		r, n := runeBefore(t.s, k)
		switch {
		case r == '\n':
			return true
		case !isSeparator(r, n):
			return false
		}
		k -= n
	}
	return true
}

// dottedAbbrev reports whether w is letters with inner dots, each part of at
// most three letters: "U.S", "e.g", "Ph.D", "a.k.a".
func dottedAbbrev(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r == '.':
			if n == 0 {
				return false
			}
			n = 0
		case isLetter(r):
			n++
			if n > 3 {
				return false
			}
		default:
			return false
		}
	}
	return n > 0
}

// nextRune returns the first rune at or after s[i] that is not a
// separator and its offset, or 0 at the end.
func nextRune(s string, i int) (rune, int) {
	for i < len(s) {
		r, n := runeAt(s, i)
		if !isSeparator(r, n) {
			return r, i
		}
		i += n
	}
	return 0, i
}

// split emits the word s[k:e], split into the words the treebanks make of
// it: contractions and possessives ("do" "n't", "Graham" "'s"), the words of
// the contractions table ("can" "not"), a number and its unit ("4.5" "bn").
func (t *tokenizer) split(k, e int) {
	// Clitics from the end: "should" "n't" "'ve".
	var ends [3]int
	n := 0
	stem := e
	for n < 2 {
		c := t.cliticStart(k, stem)
		if c == stem {
			break
		}
		ends[n] = stem
		n++
		stem = c
	}
	t.splitStem(k, stem)
	for i := n - 1; i >= 0; i-- {
		a := stem
		if i < n-1 {
			a = ends[i+1]
		}
		t.emit(a, ends[i], ShapeWord)
	}
}

// cliticStart returns where a contraction or possessive ending s[k:e]
// starts ("n't", "'s", "'ll", "'re", "'ve", "'m", "'d"), or e.
func (t *tokenizer) cliticStart(k, e int) int {
	s := t.s
	// The last apostrophe, at most three letters from the end.
	a, an := -1, 0
	for i := e; i > k && i >= e-6; {
		r, n := runeBefore(s, i)
		i -= n
		if isApostrophe(r) {
			a, an = i, n
			break
		}
	}
	if a <= k || e-(a+an) > 2 {
		return e
	}
	var buf [2]byte
	switch string(lowerASCII(buf[:0], s[a+an:e])) {
	case "s":
		if isDigit(s[a-1]) {
			return e // a plural: "the 1960's", "AK47's"
		}
		return a
	case "m", "d", "ll", "re", "ve":
		return a
	case "t":
		// "n't": the n goes with it, and something must be left before.
		if a-1 > k && (s[a-1] == 'n' || s[a-1] == 'N') {
			return a - 1
		}
	}
	return e
}

// splitStem emits s[k:e] after its clitics are split off.
func (t *tokenizer) splitStem(k, e int) {
	s := t.s
	w := s[k:e]
	if len(w) <= 8 && len(w) >= 4 && t.tab.contractionEnds[w[len(w)-1]|0x20] {
		var buf [8]byte
		if parts, ok := t.tab.contractions[string(lowerASCII(buf[:0], w))]; ok {
			for _, p := range parts {
				t.emit(k, k+p, ShapeWord)
				k += p
			}
			return
		}
	}
	if isDigit(w[0]) || w[0] == '.' {
		// A number and its unit: "4.5bn", "10am"; "1990s" and "22nd" stay.
		p := 0
		for p < len(w) && (isDigit(w[p]) || w[p] == '.' || w[p] == ',' || w[p] == ':') {
			p++
		}
		if p < len(w) && p > 0 && isDigit(w[p-1]) && len(w)-p <= 4 && allLetters(w[p:]) {
			var buf [4]byte
			if t.tab.units[string(lowerASCII(buf[:0], w[p:]))] {
				t.emit(k, k+p, ShapeNumber)
				t.emit(k+p, e, ShapeWord)
				return
			}
		}
	}
	t.emit(k, e, wordShape(w))
}

// wordShape tells a number ("4.5", "50,000", "3:00", "11/28/2000") from a
// word.
func wordShape(w string) Shape {
	digits := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isDigit(c):
			digits = true
		case c == '.' || c == ',' || c == ':' || c == '/' || c == '-':
		default:
			return ShapeWord
		}
	}
	if digits {
		return ShapeNumber
	}
	return ShapeWord
}

// lower fills each token's Low: lower-cased, curly apostrophes and quote
// marks made straight. A token whose Low is its Text shares it; the others
// share one string, so a paragraph costs one allocation for all of them.
func (t *tokenizer) lower() {
	size := 0
	for i := range t.toks {
		w := t.toks[i].Text
		ascii, low := asciiLow(w)
		switch {
		case low:
			t.toks[i].Low = w
		case ascii:
			size += len(w)
		default:
			for _, r := range w {
				size += utf8.RuneLen(lowerRune(r))
			}
		}
	}
	if size == 0 {
		return
	}
	var b strings.Builder
	b.Grow(size)
	for i := range t.toks {
		tk := &t.toks[i]
		if tk.Low != "" {
			continue
		}
		a := b.Len()
		if ascii, _ := asciiLow(tk.Text); ascii {
			for k := 0; k < len(tk.Text); k++ {
				c := tk.Text[k]
				if c >= 'A' && c <= 'Z' {
					c |= 0x20
				}
				b.WriteByte(c)
			}
		} else {
			for _, r := range tk.Text {
				b.WriteRune(lowerRune(r))
			}
		}
		// The builder never grows past size, so its bytes never move.
		tk.Low = b.String()[a:]
	}
}

// asciiLow reports whether w is ASCII, and whether it is ASCII without
// capitals: its own Low.
func asciiLow(w string) (ascii, low bool) {
	low = true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return false, false
		}
		if c >= 'A' && c <= 'Z' {
			low = false
		}
	}
	return true, low
}

// lowerRune lower-cases r and makes curly apostrophes and quotes straight.
func lowerRune(r rune) rune {
	switch r {
	case '’', '‘', 'ʼ', '‚', '‛':
		return '\''
	case '“', '”', '„', '‟':
		return '"'
	case utf8.RuneError:
		return r
	}
	return unicode.ToLower(r)
}

// findURL finds a URL or an e-mail address in the chunk s[i:j] and returns
// its span without the marks around it: in "(see http://x.org/a).", the URL
// is "http://x.org/a". It finds a scheme ("https://", "mailto:"), "www.", an
// address ("name@example.org") or a domain with a web ending ("bbc.co.uk",
// "Amazon.com/books").
func (t *tokenizer) findURL(i, j int) (int, int, bool) {
	s := t.s
	c := s[i:j]
	// Most chunks have no colon, no at sign and no dot inside: done.
	colon, at, dot := false, false, false
	for k := 0; k+1 < len(c); k++ {
		switch c[k] {
		case ':':
			colon = true
		case '@':
			at = true
		case '.':
			dot = dot || isASCIIAlnum(c[k+1])
		}
	}
	if len(c) < 4 || !colon && !at && !dot {
		return 0, 0, false
	}
	if p := strings.Index(c, "://"); colon && p > 0 && p+3 < len(c) {
		a := i + p
		for a > i && isASCIILetter(s[a-1]) {
			a--
		}
		if i+p-a >= 2 {
			return a, t.urlEnd(a, j), true
		}
	}
	for _, prefix := range [...]string{"mailto:", "www.", "WWW."} {
		if prefix[3] == '.' && !dot || prefix[3] != '.' && !colon {
			continue
		}
		if p := strings.Index(c, prefix); p >= 0 && p+len(prefix) < len(c) && (p == 0 || !isASCIILetter(c[p-1])) {
			if e := t.urlEnd(i+p, j); e > i+p+len(prefix) {
				return i + p, e, true
			}
		}
	}
	if p := strings.IndexByte(c, '@'); at && p > 0 {
		a, b := i+p, i+p+1
		for a > i && (isASCIIAlnum(s[a-1]) || strings.IndexByte("._%+-", s[a-1]) >= 0) {
			a--
		}
		for b < j && (isASCIIAlnum(s[b]) || s[b] == '.' || s[b] == '-') {
			b++
		}
		for b > i+p+1 && (s[b-1] == '.' || s[b-1] == '-') {
			b--
		}
		dot := strings.LastIndexByte(s[:b], '.')
		if a < i+p && dot > i+p+1 && dot < b-1 && isASCIILetter(s[b-1]) {
			return a, b, true
		}
	}
	// A bare domain: letters, digits and hyphens in parts joined by dots,
	// the last part a web ending, then maybe a path.
	if !dot {
		return 0, 0, false
	}
	a := i
	for a < j {
		r, n := runeAt(s, a)
		if !strings.ContainsRune("([{<\"'“‘«", r) {
			break
		}
		a += n
	}
	b, parts, last := a, 0, a
	for b < j && (isASCIIAlnum(s[b]) || s[b] == '-' || s[b] == '.' && b > last && b+1 < j && isASCIIAlnum(s[b+1])) {
		if s[b] == '.' {
			parts++
			last = b + 1
		}
		b++
	}
	if parts == 0 || b-last < 2 || !t.tab.web[s[last:b]] || b < j && s[b] != '/' && s[b] != ':' && !strings.ContainsRune(".,;!?)]}>\"'”’»", rune(s[b])) {
		return 0, 0, false
	}
	// Not initials before the ending: "U.S.in" is a typing error.
	if initials(s[a : last-1]) {
		return 0, 0, false
	}
	if b < j && (s[b] == '/' || s[b] == ':') {
		b = t.urlEnd(a, j)
	}
	return a, b, true
}

// urlEnd returns the end of the URL that starts at s[a] in the chunk ending
// at j: the chunk's end, without the marks that close a sentence or a
// bracket around it.
func (t *tokenizer) urlEnd(a, j int) int {
	s := t.s
	// Brackets the URL opens and closes itself: ".../Foo_(bar)".
	var open [3]int
	for i := a; i < j; i++ {
		switch s[i] {
		case '(':
			open[0]++
		case ')':
			open[0]--
		case '[':
			open[1]++
		case ']':
			open[1]--
		case '{':
			open[2]++
		case '}':
			open[2]--
		}
	}
	b := j
	for b > a {
		r, n := runeBefore(s, b)
		x := strings.IndexRune(")]}", r)
		if x >= 0 {
			if open[x] >= 0 {
				break // the URL's own bracket
			}
			open[x]++
		} else if !strings.ContainsRune(".,;:!?'\"”’»>", r) {
			break
		}
		b -= n
	}
	return b
}

// initials reports whether w is single letters joined by dots: "U.S".
func initials(w string) bool {
	for i := 0; i < len(w); i++ {
		if (i%2 == 0) != isASCIILetter(w[i]) || i%2 == 1 && w[i] != '.' {
			return false
		}
	}
	return len(w)%2 == 1
}

// lowerASCII appends w to dst with its ASCII capitals lower-cased: with dst
// a small array on the stack, a table look-up by the result allocates
// nothing.
func lowerASCII(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c |= 0x20
		}
		dst = append(dst, c)
	}
	return dst
}

// isUpperASCII reports whether w is upper-case ASCII letters.
func isUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return w != ""
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
func isASCIIAlnum(c byte) bool  { return isASCIILetter(c) || isDigit(c) }
