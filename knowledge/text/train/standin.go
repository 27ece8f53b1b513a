package train

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge/text"
)

// Whitespace is a stand-in segmenter until text's own tokenizer and
// sentence splitter are in: tokens are runs of non-space characters with
// punctuation split off their ends, and a sentence ends after ".", "!" or
// "?". Its figures are a floor, not the layer's.
func Whitespace(paragraph string) text.Paragraph {
	p := text.Paragraph{Text: paragraph}
	add := func(a, b int, space bool) {
		p.Tokens = append(p.Tokens, text.Token{Start: a, End: b, Text: paragraph[a:b], Space: space, Head: -1})
	}
	i := 0
	for i < len(paragraph) {
		r, n := utf8.DecodeRuneInString(paragraph[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		space := i == 0 || strings.ContainsAny(paragraph[i-1:i], " \t\n")
		j := i
		for j < len(paragraph) {
			r, n := utf8.DecodeRuneInString(paragraph[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		// Split punctuation off both ends of paragraph[i:j].
		a, b := i, j
		for a < b {
			r, n := utf8.DecodeRuneInString(paragraph[a:b])
			if !unicode.IsPunct(r) || a+n == b {
				break
			}
			add(a, a+n, space)
			space = false
			a += n
		}
		var tail [][2]int
		for b > a {
			r, n := utf8.DecodeLastRuneInString(paragraph[a:b])
			if !unicode.IsPunct(r) || b-n == a {
				break
			}
			tail = append(tail, [2]int{b - n, b})
			b -= n
		}
		if a < b {
			add(a, b, space)
		}
		for k := len(tail) - 1; k >= 0; k-- {
			add(tail[k][0], tail[k][1], false)
		}
		i = j
	}
	start := 0
	for k, t := range p.Tokens {
		if t.Text == "." || t.Text == "!" || t.Text == "?" || k == len(p.Tokens)-1 {
			p.Sentences = append(p.Sentences, text.Sentence{Start: start, End: k + 1})
			start = k + 1
		}
	}
	for s, sen := range p.Sentences {
		for k := sen.Start; k < sen.End; k++ {
			p.Tokens[k].Sent = s
		}
	}
	return p
}
