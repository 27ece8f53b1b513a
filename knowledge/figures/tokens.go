package figures

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token types of the figure scanner.
const (
	ftWord  = iota // letters: "million", "ISIS", "元"
	ftNum          // digits with separators: "8,950", "1.5", "4e14"
	ftPunct        // any other single rune: "$", "%", "-", ","
)

// ftok is one token of a paragraph, with its byte offsets.
type ftok struct {
	start, end int
	typ        int
	text       string // the text as written
	low        string // lower-cased (words) or the text itself
	sp         bool   // whitespace (or the paragraph start) before it
	nl         bool   // a line break before it
	// numbers only
	val   float64
	ok    bool // val is a finite number
	plain bool // an integer written without separators or decimals
	lead0 bool // starts with 0 and has more digits before any separator
	frac  bool // has a decimal part
}

// attached reports whether token t follows the one before it without space.
func (t *ftok) attached() bool { return !t.sp }

// isSpace reports whether r separates tokens.
func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xa0 || unicode.IsSpace(r) || r == 0x200b
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// tokenizeFigures splits s into words, numbers and single punctuation runes.
// It appends to buf and returns it, so a caller can reuse the storage.
func tokenizeFigures(s string, buf []ftok) []ftok {
	toks := buf[:0]
	sp := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
				sp = true
				i++
				continue
			}
			if isDigit(c) || c == '.' && sp && i+1 < len(s) && isDigit(s[i+1]) {
				j := scanNumber(s, i)
				t := ftok{start: i, end: j, typ: ftNum, text: s[i:j], low: s[i:j], sp: sp}
				numberValue(&t)
				toks = append(toks, t)
				sp = false
				i = j
				continue
			}
			if c < 'A' || (c > 'Z' && c < 'a') || c > 'z' {
				toks = append(toks, ftok{start: i, end: i + 1, typ: ftPunct, text: s[i : i+1], low: s[i : i+1], sp: sp})
				sp = false
				i++
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			toks = append(toks, ftok{start: i, end: i + 1, typ: ftPunct, text: s[i : i+1], low: s[i : i+1], sp: sp})
			sp = false
			i++
			continue
		}
		if isSpace(r) {
			sp = true
			i += n
			continue
		}
		if !unicode.IsLetter(r) {
			toks = append(toks, ftok{start: i, end: i + n, typ: ftPunct, text: s[i : i+n], low: s[i : i+n], sp: sp})
			sp = false
			i += n
			continue
		}
		j := figureScanWord(s, i)
		w := s[i:j]
		toks = append(toks, ftok{start: i, end: j, typ: ftWord, text: w, low: strings.ToLower(w), sp: sp})
		sp = false
		i = j
	}
	markLines(s, toks)
	return toks
}

// markLines sets nl on the tokens that follow a line break.
func markLines(s string, toks []ftok) {
	prev := 0
	for i := range toks {
		toks[i].nl = toks[i].sp && strings.IndexByte(s[prev:toks[i].start], '\n') >= 0
		prev = toks[i].end
	}
}

// figureScanWord returns the end of the word starting at i: letters, with inner
// apostrophes ("don't", "Côte").
func figureScanWord(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			i += n
			continue
		}
		if (r == '\'' || r == '\u2019') && i+n < len(s) {
			r2, _ := utf8.DecodeRuneInString(s[i+n:])
			if unicode.IsLetter(r2) {
				i += n
				continue
			}
		}
		break
	}
	return i
}

// scanNumber returns the end of the number starting at i: digits, with ','
// and '.' between digits, and an exponent ("4e14", "1e-3").
func scanNumber(s string, i int) int {
	j := i
	for j < len(s) {
		c := s[j]
		if isDigit(c) {
			j++
			continue
		}
		if c == '.' && j+1 < len(s) && isDigit(s[j+1]) {
			j++
			continue
		}
		if c == ',' && j+1 < len(s) && isDigit(s[j+1]) {
			// a comma groups three digits ("8,950"), or two in Indian
			// grouping ("12,34,567"); once, before one or two final
			// digits, it is a decimal comma ("1,3"); else it separates
			// a list ("22,24,26")
			d := 0
			for j+1+d < len(s) && isDigit(s[j+1+d]) {
				d++
			}
			after := j + 1 + d
			next := byte(0)
			if after < len(s) {
				next = s[after]
			}
			if d == 3 || d == 2 && indianGroups(s, after) {
				j++
				continue
			}
			if d <= 2 && !strings.Contains(s[i:j], ",") && next != ',' && !(next == '.' && after+1 < len(s) && isDigit(s[after+1])) {
				j++
				continue
			}
			break
		}
		break
	}
	// digits grouped by spaces: "40 000", "1 234 567" (also thin and
	// narrow no-break spaces), when the first group has one to three digits
	if j-i <= 3 && isAllDigits(s[i:j]) && (i == 0 || !strings.ContainsRune("-/.,:\u2013", rune(s[i-1]))) {
		for {
			sp := spaceAt(s, j)
			if sp == 0 || j+sp+3 > len(s) || !isAllDigits(s[j+sp:j+sp+3]) || j+sp+3 < len(s) && (isDigit(s[j+sp+3]) || isASCIILetter(s[j+sp+3]) || s[j+sp+3] == '-' || s[j+sp+3] == '/') {
				break
			}
			j += sp + 3
		}
		if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
			for j++; j < len(s) && isDigit(s[j]); j++ {
			}
		}
	}
	// exponent: e, optional sign, digits, nothing alphabetic after
	if j+1 < len(s) && (s[j] == 'e' || s[j] == 'E') {
		k := j + 1
		if k < len(s) && (s[k] == '-' || s[k] == '+') {
			k++
		}
		if k < len(s) && isDigit(s[k]) {
			m := k
			for m < len(s) && isDigit(s[m]) {
				m++
			}
			if m == len(s) || !isASCIILetter(s[m]) {
				return m
			}
		}
	}
	return j
}

// indianGroups reports whether s[i:] goes on with two-digit groups and
// ends with a three-digit one: the ",34,567" of "12,34,567".
func indianGroups(s string, i int) bool {
	for i < len(s) && s[i] == ',' {
		d := 0
		for i+1+d < len(s) && isDigit(s[i+1+d]) {
			d++
		}
		switch d {
		case 3:
			return true
		case 2:
			i += 1 + d
		default:
			return false
		}
	}
	return false
}

func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// spaceAt returns the length of the grouping space at s[i]: a space, a
// no-break, thin or narrow no-break space; or 0.
func spaceAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if s[i] == ' ' {
		return 1
	}
	for _, sp := range [...]string{"\u00a0", "\u2009", "\u202f"} {
		if strings.HasPrefix(s[i:], sp) {
			return len(sp)
		}
	}
	return 0
}

func isASCIILetter(b byte) bool { return (b|0x20) >= 'a' && (b|0x20) <= 'z' }

// numberValue reads the value of a number token. Commas group thousands
// ("8,950", Indian "12,34,567") unless a single comma is followed by other
// than three digits ("1,3" is 1.3); when both ',' and '.' appear, the last
// one is the decimal mark ("1.111,11").
func numberValue(t *ftok) {
	s := t.text
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
