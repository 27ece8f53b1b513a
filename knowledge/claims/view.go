package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge/text"
)

// The claim patterns read a paragraph of the shared text layer through a thin
// view: one clTok per text.Token, except that a compound written with
// hyphens or slashes ("Kilroy-Silk", "Reuters/Ipsos", "34-year-old", the
// spans of text.WordSpan) is one clTok, as the patterns count words. Each
// clTok carries the class of mark the patterns turn on (comma, stop, dash,
// opening or closing quote) and the quoted segment it stands in. The tokens,
// their offsets, their lower-cased forms and the sentences all come from
// package text.

// clKind is the class of a token as the claim patterns read it.
type clKind uint8

const (
	clWord   clKind = iota // a word, number or compound, or a clitic ("n't", "'s")
	clComma                // ,
	clStop                 // . ? ! ending a sentence
	clColon                // :
	clSemi                 // ;
	clOpen                 // the opening mark of a quoted segment
	clClose                // a closing double quote mark
	clDash                 // — – ― "--" or a spaced hyphen
	clLParen               // ( [
	clRParen               // ) ]
	clOther                // anything else: ellipsis, single quotes, symbols
)

// clTok is the claim patterns' reading of one text.Token, or of the tokens
// of one compound.
type clTok struct {
	s, e   int    // byte offsets, as Token.Start and Token.End
	low    string // Token.Low (of the whole compound)
	tok    int    // index in text.Paragraph.Tokens of the first token
	kind   clKind
	upper  bool // a word that starts with an upper-case letter
	abbr   bool // a word that keeps a full stop ("Sen.", "U.S.")
	clitic bool // a contraction or possessive written onto the word before it ("n't", "'s", "'")
	quote  int  // index in clPara.quotes of the quoted segment the token is in (its marks included), or -1
}

// clQuote is a quoted segment: a double quotation, or the part of one that
// runs up to the next opening mark. Its tokens are [open, end); s and e are
// the byte span of the quoted text, marks excluded.
type clQuote struct {
	open, close int // token indexes of the marks; close is -1 when there is none
	end         int // the token after the segment: close+1, the next opening mark, or the paragraph's end
	s, e        int
}

// clPara is a paragraph of the text layer seen by the claim patterns.
type clPara struct {
	n      int
	text   string
	src    *text.Paragraph
	toks   []clTok
	view   []int // the index in toks of each text.Token
	quotes []clQuote
}

// clClitics are the endings the tokenizer splits off a word.
var clClitics = map[string]bool{"n't": true, "'s": true, "'re": true, "'ve": true, "'d": true, "'ll": true,
	"'m": true, "'": true}

// readPara builds the claim view of a paragraph of the text layer.
func readPara(src *text.Paragraph) *clPara {
	toks := src.Tokens
	p := &clPara{n: src.N, text: src.Text, src: src, toks: make([]clTok, 0, len(toks)), view: make([]int, len(toks))}
	for i := 0; i < len(toks); i++ {
		tk := &toks[i]
		t := clTok{s: tk.Start, e: tk.End, low: tk.Low, tok: i, kind: clOther, quote: -1}
		p.view[i] = len(p.toks)
		switch tk.Shape {
		case text.ShapeWord, text.ShapeNumber, text.ShapeURL:
			t.kind = clWord
			r, _ := utf8.DecodeRuneInString(tk.Text)
			t.upper = unicode.IsUpper(r)
			t.clitic = !tk.Space && i > 0 && clClitics[tk.Low]
			if _, b := text.WordSpan(toks, i); b > i+1 {
				low := make([]byte, 0, toks[b-1].End-tk.Start)
				for k := i; k < b; k++ {
					low = append(low, toks[k].Low...)
					p.view[k] = len(p.toks)
				}
				t.e, t.low = toks[b-1].End, string(low)
				i = b - 1
			}
			// "Ashton, Md., who": a full stop before a comma is an
			// abbreviation's, as in "Sen." or "U.S.".
			if i+2 < len(toks) && toks[i+1].Text == "." && !toks[i+1].Space && !toks[i+2].Space &&
				(toks[i+2].Text == "," || toks[i+2].Text == ")") && toks[i].Shape == text.ShapeWord {
				i++
				p.view[i] = len(p.toks)
				t.e, t.low = toks[i].End, t.low+"."
			}
			last := src.Text[t.s:t.e]
			t.abbr = toks[i].Shape != text.ShapeNumber && len(last) > 1 && last[len(last)-1] == '.'
		case text.ShapeQuote:
			// A possessive apostrophe: "Jones' office".
			if tk.Low == "'" && !tk.Space && i > 0 && toks[i-1].Shape == text.ShapeWord &&
				(i+1 == len(toks) || toks[i+1].Space) && len(toks[i-1].Low) > 1 && toks[i-1].Low[len(toks[i-1].Low)-1] == 's' {
				t.kind, t.clitic = clWord, true
			}
		case text.ShapePunct:
			t.kind = punctKind(tk)
		}
		p.toks = append(p.toks, t)
	}
	p.pairQuotes()
	return p
}

// pairQuotes finds the quoted segments of the paragraph. The text layer
// pairs the double quote marks (text.Quotes); a segment ends at its closing
// mark or before the next opening mark of its kind, whichever comes first.
// News copy opens a new segment of one speaker's words with a new mark and
// closes only the last (`"A. "B," he said.`): the text layer pairs the first
// two marks and leaves the last alone, where the segments are “A.” and “B,”.
// A quotation inside another (`"… chanting “U-S-A!”"`) is part of it; a
// closing mark with nothing open stays a closing mark.
func (p *clPara) pairQuotes() {
	toks := p.src.Tokens
	// The role of each double mark: +1 opens, -1 closes.
	role := make(map[int]int8)
	nested := make(map[int]bool)
	outer := -1 // the close of the last quotation kept, or -1 when it runs to the end
	started := false
	for _, q := range text.Quotes(toks, nil) {
		if q.Single {
			continue
		}
		if started && (outer < 0 || q.Open < outer) {
			nested[q.Open], nested[q.Close] = true, true // inside the one before
			continue
		}
		started, outer = true, q.Close
		role[q.Open] = 1
		if q.Close >= 0 {
			role[q.Close] = -1
			if text.QuoteOpens(toks, q.Close) && toks[q.Close].Space && q.Close+1 < len(toks) && !toks[q.Close+1].Space {
				role[q.Close] = 1 // `yet. "We`: spaced before, written onto the word after
			}
		}
	}
	for i := range toks {
		if _, ok := role[i]; !ok && !nested[i] && toks[i].Shape == text.ShapeQuote && !p.toks[p.view[i]].clitic &&
			(toks[i].Low == "\"" || toks[i].Low == "''") && !text.QuoteOpens(toks, i) {
			role[i] = -1 // a closing mark the pairing left alone
			p.toks[p.view[i]].kind = clClose
		}
	}
	open := -1
	add := func(close, end int) {
		q := clQuote{open: p.view[open], close: -1, end: len(p.toks), s: toks[open].End, e: len(p.text)}
		if close >= 0 {
			q.close, q.e = p.view[close], toks[close].Start
			p.toks[q.close].kind = clClose
		}
		if end < len(toks) {
			q.end = p.view[end]
			if close < 0 {
				q.e = toks[end].Start
			}
		}
		p.toks[q.open].kind = clOpen
		idx := len(p.quotes)
		p.quotes = append(p.quotes, q)
		for k := q.open; k < q.end; k++ {
			p.toks[k].quote = idx
		}
		open = -1
	}
	for i := range toks {
		switch role[i] {
		case 1:
			if open >= 0 {
				add(-1, i)
			}
			open = i
		case -1:
			if open >= 0 {
				add(i, i+1)
			}
		}
	}
	if open >= 0 {
		add(-1, len(toks))
	}
}

// punctKind classes the punctuation token tk.
func punctKind(tk *text.Token) clKind {
	switch tk.Text {
	case ",":
		return clComma
	case ":":
		return clColon
	case ";":
		return clSemi
	case "(", "[":
		return clLParen
	case ")", "]":
		return clRParen
	case "—", "–", "―", "--", "---", "——":
		return clDash
	case "-":
		if tk.Space {
			return clDash
		}
		return clOther
	}
	dots, stop := 0, false
	for _, r := range tk.Text {
		switch r {
		case '.':
			dots++
		case '?', '!':
			stop = true
		case '…':
			dots += 2
		default:
			return clOther
		}
	}
	if dots >= 2 && !stop {
		return clOther // an ellipsis
	}
	return clStop
}

// clSpan is a sentence of the claim view: a range of tokens [a, b).
type clSpan struct{ a, b int }

// sentences returns the paragraph's sentences for the claim patterns: the
// sentences of the text layer, joined where a double quotation runs across
// them, so that a quoted passage of several sentences is one unit. A closing
// mark the text layer put at the start of the next sentence (`yet. "We`,
// read as a new quotation by its spacing) stays with the quotation it
// closes; and a quotation that ends a sentence with its own stop is joined
// to the next sentence when that one opens with its attribution (`“Stop!”
// Smith said`).
// insideTicker tells whether byte i of s lies inside a bracketed ticker
// such as "<FISN.L>": a "<" opened before it on the same word run, and a
// ">" closes it before any space.
func insideTicker(s string, i int) bool {
	if i <= 0 || i > len(s) {
		return false
	}
	open := strings.LastIndexAny(s[:i], "< ")
	if open < 0 || s[open] != '<' {
		return false
	}
	rest := s[i:]
	end := strings.IndexAny(rest, "> ")
	return end >= 0 && rest[end] == '>'
}

func (p *clPara) sentences(cue func(string) bool) []clSpan {
	src := p.src.Sentences
	if len(src) == 0 {
		return nil
	}
	t := p.toks
	out := make([]clSpan, 0, len(src))
	a := 0
	for i := 1; i < len(src); i++ {
		b := p.view[src[i].Start]
		if b <= a {
			continue // taken by the sentence before with its closing mark
		}
		if q := t[b-1].quote; q >= 0 && t[b].quote == q && p.quotes[q].close != b {
			continue // inside a quotation
		}
		if insideTicker(p.text, t[b].s) {
			continue // "Fisons Plc <FISN.L> said": a ticker's dot ends nothing
		}
		if t[b].kind == clClose && t[b].quote >= 0 && p.quotes[t[b].quote].open >= a {
			if b++; b >= len(t) {
				continue
			}
		}
		if t[b-1].kind == clClose && t[b-1].quote >= 0 && b-2 >= a && t[b-2].kind == clStop && p.quotes[t[b-1].quote].open == a &&
			p.cueSoon(b, cue) {
			continue // “Stop!” Smith said.
		}
		out = append(out, clSpan{a, b})
		a = b
	}
	return append(out, clSpan{a, len(t)})
}

// cueSoon tells whether a cue word comes within four words of i, before any
// stop, as the whole of an attribution: no verb of its own follows it in
// the sentence ("“Stop!” Smith said on Tuesday", but not "“Stop.” The
// minister said the talks had failed": that cue has its own content, and
// the quotation is someone else's).
func (p *clPara) cueSoon(i int, cue func(string) bool) bool {
	for k := i; k < len(p.toks) && k < i+5; k++ {
		t := p.toks[k]
		if t.kind == clStop || t.kind == clOpen {
			return false
		}
		if t.kind == clWord && cue(t.low) {
			return !p.clauseAfter(k + 1)
		}
	}
	return false
}

// clauseAfter tells whether a verb, or "that", comes from toks[k] to the
// end of the sentence or the first comma ("Smith said, adding that" is an
// attribution that goes on).
func (p *clPara) clauseAfter(k int) bool {
	for ; k < len(p.toks); k++ {
		t := p.toks[k]
		if t.kind == clStop || t.kind == clOpen || t.kind == clComma {
			return false
		}
		if t.kind != clWord {
			continue
		}
		if pos := p.src.Tokens[t.tok].POS; t.low == "that" || pos == text.VERB || pos == text.AUX {
			return true
		}
	}
	return false
}

// possessive tells whether the word k is in the possessive: a "'s" or "'"
// follows it ("the governor's office", "Jones' lawyer").
func (p *clPara) possessive(k int) bool {
	return k+1 < len(p.toks) && p.toks[k+1].clitic && (p.toks[k+1].low == "'s" || p.toks[k+1].low == "'")
}

// contracted returns the pronoun of "he's", "they're" when a pronoun at k
// is written with a verb's clitic, or "".
func (p *clPara) contracted(k int) string {
	if k+1 >= len(p.toks) || !p.toks[k+1].clitic {
		return ""
	}
	switch p.toks[k+1].low {
	case "'s", "'re":
	default:
		return ""
	}
	switch w := p.toks[k].low; w {
	case "he", "she", "it", "they", "we":
		return w
	}
	return ""
}

func clIsDigit(b byte) bool { return b >= '0' && b <= '9' }

// finiteTag tells whether a tag marks a finite verb or a modal: one that
// makes a clause ("rose", "rises", "rise", "will").
func finiteTag(tag string) bool { return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD" }

// verbTag tells a tag of any verb form or a modal.
func verbTag(tag string) bool { return strings.HasPrefix(tag, "VB") || tag == "MD" }

// isASCIILetter tells an ASCII letter.
func isASCIILetter(b byte) bool { return (b|0x20) >= 'a' && (b|0x20) <= 'z' }
