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
	for i := 0; i < len(text); i++ {
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

// unquoted returns the parts of text outside double quote marks.
func unquoted(text string) string {
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
	return sb.String()
}

// isReaderVoice tells a paragraph written in a reader's voice: comments
// printed under an article, or reader mail it quotes. Such a paragraph
// speaks in the first or second person, or exclaims, outside quote marks,
// and attributes nothing to anyone (hasClaims is false); or it names
// reader mail outright.
func isReaderVoice(text string, hasClaims bool) bool {
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
	out := unquoted(text)
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
			continue // longer than any person word, as most words are
		}
		if len(w) > 1 && strings.ToUpper(w) == w {
			continue // "US" is a country
		}
		if v.person[strings.ToLower(strings.ReplaceAll(w, "’", "'"))] {
			return true
		}
	}
	return false
}
