package index

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge"
)

// This file holds the little text reading the search needs until the
// language layer (knowledge/text) offers its sentence splitter: sentences
// and the words outside quote marks.

// abbreviations end in a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "sen": true, "rep": true, "gov": true,
	"gen": true, "col": true, "capt": true, "lt": true, "sgt": true, "prof": true, "jr": true, "sr": true,
	"no": true, "co": true, "inc": true, "ltd": true, "corp": true, "vs": true, "u.s": true, "u.k": true,
	"jan": true, "feb": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true, "mt": true,
	"rev": true, "gen.": true, "e.g": true, "i.e": true, "approx": true, "est": true,
}

// sentences splits a paragraph into sentences, as byte spans of text: a
// sentence ends at ".", "!" or "?" (and any closing quote marks or
// brackets after it) before a space and a capital letter, a digit or an
// opening quote, unless the full stop ends an abbreviation or an initial.
func sentences(text string) []knowledge.Span {
	var out []knowledge.Span
	start := 0
	// A news dateline is a sentence of its own ("JEDDAH, Saudi Arabia (Nov.
	// 14, 2026) — Sudan's army …"): an answer begins after it.
	if d, body := datelineEnd(text); d > 0 {
		out = append(out, knowledge.Span{Start: 0, End: d})
		start = body
	}
	for i := start; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		end := i + 1
		for end < len(text) {
			r, n := utf8.DecodeRuneInString(text[end:])
			if !isClosing(r) {
				break
			}
			end += n
		}
		if end >= len(text) || text[end] != ' ' && text[end] != '\n' {
			continue
		}
		next := end
		for next < len(text) && (text[next] == ' ' || text[next] == '\n') {
			next++
		}
		if next >= len(text) {
			break
		}
		r, _ := utf8.DecodeRuneInString(text[next:])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !isOpening(r) {
			continue
		}
		if c == '.' && endsAbbreviation(text[start:i]) {
			continue
		}
		out = append(out, knowledge.Span{Start: start, End: end})
		start = next
		i = next - 1
	}
	if start < len(text) {
		if s := strings.TrimRight(text[start:], " \n"); s != "" {
			out = append(out, knowledge.Span{Start: start, End: start + len(s)})
		}
	}
	return out
}

// datelineEnd returns where the dateline that opens a paragraph ends and
// where the text after it starts, or 0, 0: capitals first ("WASHINGTON",
// "ISTANBUL/KYIV"), then names, commas and brackets ("Saudi Arabia (Nov.
// 14, 2026)", "(Reuters)"), then a dash with a space on either side.
func datelineEnd(text string) (end, body int) {
	first := strings.IndexAny(text, " ,")
	if first < 3 {
		return 0, 0
	}
	caps := 0
	for _, r := range text[:first] {
		switch {
		case unicode.IsUpper(r):
			caps++
		case r == '/' || r == '.' || r == '-' || r == '\'':
		default:
			return 0, 0
		}
	}
	if caps < 3 {
		return 0, 0
	}
	depth := 0
	for i := first; i < len(text) && i < 120; {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '(':
			depth++
		case r == ')':
			depth--
		case depth > 0, r == ' ', r == ',':
		case (r == '—' || r == '–' || r == '-') && text[i-1] == ' ':
			j := i + n
			for j < len(text) && (text[j] == '-' || text[j] == ' ') {
				j++
			}
			if j > i+n && text[j-1] == ' ' {
				return i - 1, j
			}
			return 0, 0
		case unicode.IsUpper(r) && (text[i-1] == ' ' || text[i-1] == '/' || text[i-1] == '('):
			// a word of a name: on to its end
			for i+n < len(text) && text[i+n] != ' ' && text[i+n] != ',' && text[i+n] != '(' {
				_, m := utf8.DecodeRuneInString(text[i+n:])
				n += m
			}
		default:
			return 0, 0
		}
		i += n
	}
	return 0, 0
}

// endsAbbreviation tells whether the text before a full stop ends in an
// abbreviation or a single letter (an initial).
func endsAbbreviation(before string) bool {
	i := strings.LastIndexAny(before, " \n(\"“")
	w := strings.ToLower(before[i+1:])
	if abbreviations[w] {
		return true
	}
	n := utf8.RuneCountInString(w)
	return n == 1 || n == 3 && strings.Count(w, ".") == 1 // "A." or "U.S."
}

func isClosing(r rune) bool {
	return r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || r == ']' || r == '»'
}

func isOpening(r rune) bool {
	return r == '"' || r == '\'' || r == '“' || r == '‘' || r == '(' || r == '[' || r == '«'
}

// isReaderVoice tells a paragraph written in a reader's voice: comments
// printed under an article, or reader mail it quotes. Such a paragraph
// speaks in the first or second person, or exclaims, outside quote marks,
// and attributes nothing to anyone (hasClaims is false); or it names
// reader mail outright.
//
// It reads the text once and allocates nothing: a search asks it of its
// best passages.
func isReaderVoice(text string, hasClaims bool) bool {
	v := readerVoice()
	if hasCue(text) {
		return true
	}
	if hasClaims {
		return false
	}
	// The words outside quote marks, as if the quoted parts were cut out
	// (the words on either side of a quotation then join).
	in := false
	var word [32]byte
	w, runes := word[:0], 0 // the word read, while it may be a person word, and its length in runes
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
		switch {
		case in:
		case r == '!':
			return true
		case unicode.IsLetter(r) || r == '\'' || r == '’':
			if runes++; runes <= v.personRunes {
				w = utf8.AppendRune(w, r)
			}
		case runes > 0:
			if isPersonWord(w, runes) {
				return true
			}
			w, runes = w[:0], 0
		}
	}
	return runes > 0 && isPersonWord(w, runes)
}

// isPersonWord tells whether a word (of so many runes) is one of the
// first or second person's: a word in capitals is not ("US" is a
// country).
func isPersonWord(w []byte, runes int) bool {
	v := readerVoice()
	if runes > v.personRunes {
		return false // longer than any person word, as most words are
	}
	upper := true
	for _, r := range string(w) {
		upper = upper && unicode.ToUpper(r) == r
	}
	if len(w) > 1 && upper {
		return false
	}
	var low [32]byte
	key := low[:0]
	for _, r := range string(w) {
		if r == '’' {
			r = '\''
		}
		key = utf8.AppendRune(key, unicode.ToLower(r))
	}
	return v.person[string(key)]
}

// hasCue tells whether text holds a phrase of reader_voice.txt's cues,
// in any case.
func hasCue(text string) bool {
	v := readerVoice()
	if !v.asciiCues || strings.Contains(text, "\u0130") || strings.Contains(text, "\u212a") {
		// Letters whose small letter is another's, in ASCII ('İ', 'K'):
		// the text in small letters, then.
		low := strings.ToLower(text)
		for _, c := range v.cues {
			if strings.Contains(low, c) {
				return true
			}
		}
		return false
	}
	// Any other letter's small letter is ASCII if and only if it is: the
	// cues are found in the text's ASCII letters, in small letters.
	for i := 0; i+1 < len(text); i++ { // every cue has two bytes at least
		if !v.cueStarts[text[i]] {
			continue
		}
		second := lowerASCII(text[i+1])
		for _, c := range v.cuesFrom[lowerASCII(text[i])] {
			if c[1] == second && hasPrefixFold(text[i:], c) {
				return true
			}
		}
	}
	return false
}

func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// hasPrefixFold tells whether s starts with prefix (small ASCII letters)
// in any case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := range len(prefix) {
		if lowerASCII(s[i]) != prefix[i] {
			return false
		}
	}
	return true
}
