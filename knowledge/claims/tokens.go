package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// clKind is the kind of a claim token.
type clKind uint8

const (
	clWord   clKind = iota // letters and digits, with inner apostrophes, hyphens and abbreviation dots
	clComma                // ,
	clStop                 // . ? ! ending a sentence
	clColon                // :
	clSemi                 // ;
	clOpen                 // an opening double quote
	clClose                // a closing double quote
	clDash                 // — – or a spaced hyphen
	clLParen               // ( [
	clRParen               // ) ]
	clOther                // anything else: ellipsis, single quotes, symbols
)

// clTok is one token of a paragraph: its kind, its byte span in the text
// and, for words, the lower-cased word.
type clTok struct {
	s, e  int
	kind  clKind
	upper bool // a word that starts with an upper-case letter
	abbr  bool // a word that absorbed its final dot ("Sen.", "U.S.")
	low   string
	quote int // index of the quote the token is in (its marks included), or -1
}

// clQuote is a stretch of quoted text: the tokens of its marks, and the byte
// span of what is between them. An unclosed quote runs to the paragraph's end.
type clQuote struct {
	open, close int // token indexes; close is -1 when the paragraph ends first
	s, e        int // byte span of the quoted text, marks excluded
}

// clPara is a tokenized paragraph.
type clPara struct {
	n      int
	text   string
	toks   []clTok
	quotes []clQuote
}

// clAbbrev are words whose final dot does not end a sentence.
var clAbbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true, "gov": true,
	"gen": true, "lt": true, "col": true, "maj": true, "capt": true, "sgt": true, "adm": true, "cmdr": true,
	"st": true, "jr": true, "sr": true, "rev": true, "hon": true, "pres": true, "supt": true, "insp": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "aug": true, "sept": true, "sep": true, "oct": true,
	"nov": true, "dec": true, "inc": true, "corp": true, "co": true, "ltd": true, "vs": true, "no": true,
	"mt": true, "ft": true, "gens": true, "reps": true, "sens": true, "messrs": true, "approx": true, "est": true,
}

// clTokenize splits a paragraph into tokens and pairs its quote marks.
func clTokenize(n int, text string) *clPara {
	p := &clPara{n: n, text: text, toks: make([]clTok, 0, len(text)/5+4)}
	i := 0
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' || unicode.IsSpace(r):
			i += size
		case isClWordRune(r):
			j := clWordEnd(text, i)
			t := clTok{s: i, e: j, kind: clWord, quote: -1}
			w := text[i:j]
			first, _ := utf8.DecodeRuneInString(w)
			t.upper = unicode.IsUpper(first)
			// A dot right after the word: an abbreviation keeps it.
			if j < len(text) && text[j] == '.' && !(j+1 < len(text) && text[j+1] == '.') {
				lw := strings.ToLower(w)
				if clAbbrev[lw] || strings.IndexByte(w, '.') >= 0 || (len(w) == 1 && t.upper && clInitial(text, j+1)) ||
					(j+1 < len(text) && (text[j+1] == ',' || text[j+1] == ')')) {
					t.e = j + 1
					t.abbr = true
					j++
				}
			}
			t.low = clLower(text[t.s:t.e])
			p.toks = append(p.toks, t)
			i = j
		case r == '"':
			k := clClose
			if clOpensQuote(text, i, i+1) {
				k = clOpen
			}
			p.toks = append(p.toks, clTok{s: i, e: i + 1, kind: k, quote: -1})
			i++
		case r == '\'' && i+1 < len(text) && text[i+1] == '\'':
			// Two apostrophes stand for a double quote in some wire copy.
			k := clClose
			if clOpensQuote(text, i, i+2) {
				k = clOpen
			}
			p.toks = append(p.toks, clTok{s: i, e: i + 2, kind: k, quote: -1})
			i += 2
		case r == '“' || r == '„' || r == '«':
			p.toks = append(p.toks, clTok{s: i, e: i + size, kind: clOpen, quote: -1})
			i += size
		case r == '”' || r == '»':
			k := clClose
			if r == '”' && clOpensQuote(text, i, i+size) && (i == 0 || text[i-1] == '\n') {
				k = clOpen // a paragraph opened with the wrong mark
			}
			p.toks = append(p.toks, clTok{s: i, e: i + size, kind: k, quote: -1})
			i += size
		case r == ',':
			p.toks = append(p.toks, clTok{s: i, e: i + 1, kind: clComma, quote: -1})
			i++
		case r == '.' || r == '?' || r == '!':
			j := i + 1
			for j < len(text) && (text[j] == '.' || text[j] == '?' || text[j] == '!') {
				j++
			}
			k := clStop
			if r == '.' && j-i >= 2 {
				k = clOther // an ellipsis
			}
			p.toks = append(p.toks, clTok{s: i, e: j, kind: k, quote: -1})
			i = j
		case r == ':':
			p.toks = append(p.toks, clTok{s: i, e: i + 1, kind: clColon, quote: -1})
			i++
		case r == ';':
			p.toks = append(p.toks, clTok{s: i, e: i + 1, kind: clSemi, quote: -1})
			i++
		case r == '—' || r == '–' || r == '―' || (r == '-' && (i == 0 || text[i-1] == ' ')):
			j := i + size
			for j < len(text) && text[j] == '-' { // "--"
				j++
			}
			p.toks = append(p.toks, clTok{s: i, e: j, kind: clDash, quote: -1})
			i = j
		case r == '(' || r == '[':
			p.toks = append(p.toks, clTok{s: i, e: i + 1, kind: clLParen, quote: -1})
			i++
		case r == ')' || r == ']':
			p.toks = append(p.toks, clTok{s: i, e: i + 1, kind: clRParen, quote: -1})
			i++
		default:
			p.toks = append(p.toks, clTok{s: i, e: i + size, kind: clOther, quote: -1})
			i += size
		}
	}
	p.pairQuotes()
	return p
}

// clInitial tells whether a name goes on after a dot at i ("George W. Bush"):
// the next word starts with a capital letter.
func clInitial(text string, i int) bool {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}

func isClWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// clWordEnd returns the end of the word starting at i: letters and digits,
// joined by apostrophes, hyphens, dots, commas and slashes that stand between
// two of them ("don't", "al-Hol", "U.S", "8,950", "9/11").
func clWordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := rune(text[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[j:])
		}
		if isClWordRune(r) {
			j += size
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' || r == ',' || r == '/' || r == '&' {
			if j+size < len(text) {
				r2, _ := utf8.DecodeRuneInString(text[j+size:])
				if isClWordRune(r2) && (r != ',' || (clIsDigit(text[j-1]) && clIsDigit(text[j+size]))) {
					j += size
					continue
				}
			}
		}
		break
	}
	return j
}

func clIsDigit(b byte) bool { return b >= '0' && b <= '9' }

// isASCIILetter tells an ASCII letter, as the figure tokenizer's does.
func isASCIILetter(b byte) bool { return (b|0x20) >= 'a' && (b|0x20) <= 'z' }

// clLower lower-cases a word, allocating only when it has upper-case letters.
func clLower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') {
			return strings.ToLower(w)
		}
	}
	return w
}

// clOpensQuote tells whether a straight quote at text[i:j] opens a quotation:
// it does at the start, after a space or an opening bracket, and when a word
// follows it directly.
func clOpensQuote(text string, i, j int) bool {
	before := i == 0
	if !before {
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		before = unicode.IsSpace(r) || r == '(' || r == '[' || r == '—' || r == '–' || r == '-' || r == '/'
	}
	if !before {
		return false
	}
	if j >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return !unicode.IsSpace(r)
}

// pairQuotes pairs opening and closing marks. A second opening mark while a
// quote is open closes it if it is straight (a mistaken guess); a closing mark
// with nothing open is ignored. An unclosed quote runs to the end.
func (p *clPara) pairQuotes() {
	open := -1
	for i := range p.toks {
		t := &p.toks[i]
		switch t.kind {
		case clOpen:
			if open < 0 {
				open = i
				continue
			}
			// A second opening mark while a quote is open closes it when it
			// is straight, or stands where a closing mark would (after a
			// word, before a space or the end): "…,“ said X".
			if p.text[t.s] == '"' || p.text[t.s] == '\'' || !clOpensQuote(p.text, t.s, t.e) {
				t.kind = clClose
				p.addQuote(open, i)
				open = -1
			}
		case clClose:
			if open >= 0 {
				p.addQuote(open, i)
				open = -1
			}
		}
	}
	if open >= 0 {
		p.addQuote(open, -1)
	}
}

func (p *clPara) addQuote(open, close int) {
	q := clQuote{open: open, close: close, s: p.toks[open].e, e: len(p.text)}
	last := len(p.toks) - 1
	if close >= 0 {
		q.e = p.toks[close].s
		last = close
	}
	idx := len(p.quotes)
	p.quotes = append(p.quotes, q)
	for k := open; k <= last; k++ {
		p.toks[k].quote = idx
	}
}

// clSpan is a sentence: a range of tokens [a, b). Quotes are never split.
type clSpan struct{ a, b int }

// sentences splits the paragraph into sentences at top-level stops. A quote
// stays whole, so that a quoted passage of several sentences is one unit; a
// closing quote after a stop ends the sentence when a capitalised word or a
// new quote follows.
func (p *clPara) sentences(cue func(string) bool) []clSpan {
	var out []clSpan
	a := 0
	n := len(p.toks)
	for i := 0; i < n; i++ {
		t := p.toks[i]
		end := false
		switch {
		case t.kind == clStop && t.quote < 0:
			end = i+1 >= n || p.startsSentence(i+1)
		case t.kind == clClose && i > 0 && p.toks[i-1].kind == clStop:
			if i+1 < n && p.startsSentence(i+1) {
				// “Stop!” Smith said. keeps its cue.
				end = t.quote < 0 || p.quotes[t.quote].open != a || !p.cueSoon(i+1, cue)
			}
		}
		if end {
			out = append(out, clSpan{a, i + 1})
			a = i + 1
		}
	}
	if a < n {
		out = append(out, clSpan{a, n})
	}
	return out
}

func (p *clPara) startsSentence(i int) bool {
	t := p.toks[i]
	switch t.kind {
	case clOpen, clLParen, clDash:
		return true
	case clWord:
		return t.upper || clIsDigit(p.text[t.s])
	}
	return false
}

// cueSoon tells whether a cue word comes within four words of i, before any stop.
func (p *clPara) cueSoon(i int, cue func(string) bool) bool {
	for k := i; k < len(p.toks) && k < i+5; k++ {
		t := p.toks[k]
		if t.kind == clStop || t.kind == clOpen {
			return false
		}
		if t.kind == clWord && cue(t.low) {
			return true
		}
	}
	return false
}
