package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// etok is one token of a paragraph as entity extraction sees it: a word, a
// number or a single punctuation mark, with its byte offsets.
type etok struct {
	s, e  int
	low   string // lower-cased text; a word's full stops left out ("u.s." is "us")
	word  bool   // starts with a letter
	upper bool   // a word that starts upper-case, or "al-Hol" (particle, hyphen, upper-case)
	caps  bool   // a word whose letters are all upper-case, at least two of them
	sent  bool   // the first word of a sentence
	poss  bool   // the possessive marker 's or ’s split off a word
	open  bool   // an opening quote or bracket
}

// isApostrophe tells the marks that join "didn't" and split "Graham's".
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// tokenize splits text into tokens in one pass. abbrev holds lower-cased
// abbreviations ("sen", "gen", "mr") that keep a following full stop, which
// then does not end the sentence.
func tokenize(text string, abbrev map[string]bool) []etok {
	toks := make([]etok, 0, len(text)/5+1)
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			i++
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanWord(text, i)
			t := etok{s: i, e: j, word: unicode.IsLetter(r)}
			// A single capital letter or a dotted word keeps its full stop:
			// "L.", "U.S.", and so do the abbreviations of titles ("Sen.").
			if j < len(text) && text[j] == '.' && t.word {
				w := text[i:j]
				single := utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r)
				if single || strings.Contains(w, ".") || abbrev[strings.ToLower(w)] {
					j++
					t.e = j
				}
			}
			toks = append(toks, t)
			i = j
		default:
			t := etok{s: i, e: i + n}
			if isApostrophe(r) && i+n < len(text) && (text[i+n] == 's' || text[i+n] == 'S') && len(toks) > 0 && toks[len(toks)-1].e == i && toks[len(toks)-1].word {
				if k := i + n + 1; k == len(text) || !isWordRune(text, k) {
					t.e = k
					t.poss = true
				}
			}
			toks = append(toks, t)
			i = t.e
		}
	}
	sentence := true
	for k := range toks {
		t := &toks[k]
		t.low = strings.ToLower(text[t.s:t.e])
		if !t.word {
			r, _ := utf8.DecodeRuneInString(text[t.s:])
			switch r {
			case '.', '!', '?', ':', ';', '…':
				sentence = true
			case '“', '"', '‘', '(', '[', '«':
				// An opening quote starts a sentence inside the sentence.
				if r == '"' && k > 0 && toks[k-1].e == t.s && toks[k-1].word {
					break // a closing straight quote
				}
				t.open = true
				if r != '(' && r != '[' {
					sentence = true
				}
			}
			continue
		}
		t.sent = sentence
		sentence = false
		w := text[t.s:t.e]
		if strings.IndexByte(t.low, '.') >= 0 {
			t.low = strings.ReplaceAll(t.low, ".", "")
		}
		r, _ := utf8.DecodeRuneInString(w)
		t.upper = unicode.IsUpper(r)
		if !t.upper {
			// "al-Hol", "el-Sisi", "bin-Laden": a lower-case particle joined to a name.
			if h := strings.IndexByte(w, '-'); h > 0 && h <= 4 && h+1 < len(w) {
				r2, _ := utf8.DecodeRuneInString(w[h+1:])
				t.upper = unicode.IsUpper(r2)
			}
		}
		letters, uppers := 0, 0
		for _, c := range w {
			if unicode.IsLetter(c) {
				letters++
				if unicode.IsUpper(c) {
					uppers++
				}
			}
		}
		t.caps = letters >= 2 && uppers == letters
	}
	return toks
}

// isWordRune tells whether the rune at text[k:] is a letter or digit.
func isWordRune(text string, k int) bool {
	r, _ := utf8.DecodeRuneInString(text[k:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// scanWord returns the end of the word that starts at i: letters, digits and
// marks, joined by hyphens, dots and apostrophes that stand between letters
// ("Commander-in-Chief", "U.S", "didn't"). An apostrophe before a final s is
// left out, so that "Graham's" yields "Graham".
func scanWord(text string, i int) int {
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += n
			continue
		}
		if r == '-' || r == '.' || r == '‐' || isApostrophe(r) {
			k := j + n
			if k < len(text) && isWordRune(text, k) {
				if isApostrophe(r) && (text[k] == 's' || text[k] == 'S') && (k+1 == len(text) || !isWordRune(text, k+1)) {
					return j
				}
				if r == '.' {
					// A dot joins single letters only: "U.S", not "end.Next".
					if j-i > 1 && !strings.Contains(text[i:j], ".") {
						return j
					}
				}
				j = k
				continue
			}
		}
		break
	}
	return j
}
