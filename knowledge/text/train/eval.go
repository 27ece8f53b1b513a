package train

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/briefbot/briefbot/knowledge/text"
	"github.com/briefbot/briefbot/knowledge/text/conllu"
)

// Scores are the figures of a model on a treebank with gold tokens: counts
// of words right out of Words.
type Scores struct {
	Words                      int
	UPOS, XPOS, Lemma          int
	UAS, LAS, LASFull          int
	TagOnly, Parsed, Sentences int // words tagged and parsed, sentences parsed
}

func pct(n, d int) float64 { return 100 * float64(n) / float64(max(d, 1)) }

// String prints the scores as percentages.
func (s Scores) String() string {
	return fmt.Sprintf("UPOS %.2f  XPOS %.2f  lemma %.2f  UAS %.2f  LAS %.2f  (LAS with subtypes %.2f)  %d words",
		pct(s.UPOS, s.Words), pct(s.XPOS, s.Words), pct(s.Lemma, s.Words), pct(s.UAS, s.Words),
		pct(s.LAS, s.Words), pct(s.LASFull, s.Words), s.Words)
}

// Evaluate tags (and, with parse, parses) the sentences of b from their
// gold tokens and scores the result.
func Evaluate(m *text.Model, b Bank, parse bool) Scores {
	var sc Scores
	for _, s := range b.Sentences {
		gold, sys := analyse(m, s, parse)
		for i, g := range gold.Tokens {
			t := sys.Tokens[i]
			sc.Words++
			sc.UPOS += b2i(t.POS == g.POS)
			sc.XPOS += b2i(t.Tag == g.Tag)
			sc.Lemma += b2i(t.Lemma == g.Lemma)
			if t.Head == g.Head {
				sc.UAS++
				sc.LAS += b2i(t.Rel.Base() == g.Rel.Base())
				sc.LASFull += b2i(t.Rel == g.Rel)
			}
		}
	}
	return sc
}

// analyse returns a treebank sentence with its gold annotation, and as m
// tags it (and, with parse, parses it) from its gold tokens.
func analyse(m *text.Model, s conllu.Sentence, parse bool) (gold, sys text.Paragraph) {
	gold, sys = Paragraph(s), Paragraph(s)
	for i := range sys.Tokens {
		t := &sys.Tokens[i]
		t.POS, t.Tag, t.Lemma, t.Head, t.Rel = text.POSNone, "", "", -1, text.RelNone
	}
	if parse {
		m.Parse(&sys)
	} else {
		m.Tag(&sys)
	}
	return gold, sys
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Segmenter reads raw text into tokens and sentences, as text's tokenizer
// and sentence splitter do.
type Segmenter func(paragraph string) text.Paragraph

// RawScores are the figures of a model from raw text: F1 of the system's
// words and sentences against the gold ones, and of tags and attachments
// over the words aligned by character offsets.
type RawScores struct {
	SysWords, GoldWords, Words int
	SysSents, GoldSents, Sents int
	UPOS, UAS, LAS             int
	Paragraphs                 int
}

func f1(c, sys, gold int) float64 { return 200 * float64(c) / float64(max(sys+gold, 1)) }

// String prints the F1 figures.
func (r RawScores) String() string {
	return fmt.Sprintf("words F1 %.2f  sentences F1 %.2f  UPOS F1 %.2f  UAS F1 %.2f  LAS F1 %.2f  (%d paragraphs, %d gold words)",
		f1(r.Words, r.SysWords, r.GoldWords), f1(r.Sents, r.SysSents, r.GoldSents),
		f1(r.UPOS, r.SysWords, r.GoldWords), f1(r.UAS, r.SysWords, r.GoldWords),
		f1(r.LAS, r.SysWords, r.GoldWords), r.Paragraphs, r.GoldWords)
}

// goldWord is a gold word located in its paragraph's text.
type goldWord struct {
	start, end int // -1 when the word could not be found in the text
	pos        text.POS
	head       int // index in the paragraph's gold words, -1 for a root
	rel        text.Rel
}

// rawParagraph is a paragraph of a treebank rebuilt as raw text.
type rawParagraph struct {
	text  string
	words []goldWord
	sents [][2]int // character spans
}

// RawParagraphs rebuilds the paragraphs of a treebank's documents from the
// sentences' "# text" lines, newpar and newdoc markers and SpaceAfter, and
// locates every gold word in the text.
func rawParagraphs(b Bank) []rawParagraph {
	var out []rawParagraph
	var group []conllu.Sentence
	flush := func() {
		if len(group) > 0 {
			out = append(out, rebuild(group))
			group = group[:0]
		}
	}
	for _, s := range b.Sentences {
		if s.NewDoc || s.NewPar {
			flush()
		}
		group = append(group, s)
	}
	flush()
	return out
}

func rebuild(group []conllu.Sentence) rawParagraph {
	var rp rawParagraph
	var tb strings.Builder
	for si, s := range group {
		if si > 0 {
			prev := group[si-1].Words
			if len(prev) == 0 || prev[len(prev)-1].SpaceAfter {
				tb.WriteByte(' ')
			}
		}
		base := tb.Len()
		tb.WriteString(s.Text)
		txt := tb.String()
		first := len(rp.words)
		cur := base
		for i := 0; i < len(s.Words); i++ {
			w := s.Words[i]
			n := 1
			surface := w.Form
			if w.TokenWords > 1 {
				n, surface = w.TokenWords, w.Token
			}
			start := locate(txt, cur, surface)
			spans := make([][2]int, n)
			for k := range spans {
				spans[k] = [2]int{-1, -1}
			}
			if start >= 0 {
				end := start + len(surface)
				cur = end
				if n == 1 {
					spans[0] = [2]int{start, end}
				} else if forms := joined(s.Words[i : i+n]); strings.EqualFold(forms, surface) {
					// A multiword token written as its words ("don't" is
					// "do" + "n't"): each word has its own span.
					at := start
					for k := range n {
						l := len(s.Words[i+k].Form)
						spans[k] = [2]int{at, at + l}
						at += l
					}
				}
			}
			for k := range n {
				g := s.Words[i+k]
				head := -1
				if g.Head >= 0 {
					head = first + g.Head
				}
				rp.words = append(rp.words, goldWord{start: spans[k][0], end: spans[k][1], pos: text.ParsePOS(g.UPOS),
					head: head, rel: text.ParseRel(g.Rel)})
			}
			i += n - 1
		}
		a, z := -1, -1
		for _, w := range rp.words[first:] {
			if w.start >= 0 {
				if a < 0 {
					a = w.start
				}
				z = w.end
			}
		}
		if a >= 0 {
			rp.sents = append(rp.sents, [2]int{a, z})
		}
	}
	rp.text = tb.String()
	return rp
}

func joined(ws []conllu.Word) string {
	var b strings.Builder
	for _, w := range ws {
		b.WriteString(w.Form)
	}
	return b.String()
}

// locate finds surface in txt at or after from, skipping whitespace; -1
// when it is not there.
func locate(txt string, from int, surface string) int {
	for from < len(txt) && (txt[from] == ' ' || txt[from] == '\t' || txt[from] == '\n') {
		from++
	}
	if strings.HasPrefix(txt[from:], surface) {
		return from
	}
	if k := strings.Index(txt[from:], surface); k >= 0 && k < 40 {
		return from + k
	}
	return -1
}

// EvaluateRaw reads the paragraphs of b from raw text with segment, parses
// them with m and scores the result against the gold words aligned by
// character offsets (as the CoNLL 2018 evaluation script does; the words of
// a multiword token are aligned when they spell it).
func EvaluateRaw(m *text.Model, b Bank, segment Segmenter) RawScores {
	var r RawScores
	for _, rp := range rawParagraphs(b) {
		sys := segment(rp.text)
		m.Parse(&sys)
		r.add(rp, &sys)
	}
	return r
}

// add scores the system's reading sys of the paragraph rp.
func (r *RawScores) add(rp rawParagraph, sys *text.Paragraph) {
	{
		r.Paragraphs++
		r.GoldWords += len(rp.words)
		r.SysWords += len(sys.Tokens)
		gold := map[[2]int]int{}
		for i, w := range rp.words {
			if w.start >= 0 {
				gold[[2]int{w.start, w.end}] = i
			}
		}
		align := make([]int, len(sys.Tokens))
		for i, t := range sys.Tokens {
			g, ok := gold[[2]int{t.Start, t.End}]
			if !ok {
				align[i] = -1
				continue
			}
			align[i] = g
			r.Words++
		}
		for i, t := range sys.Tokens {
			g := align[i]
			if g < 0 {
				continue
			}
			gw := rp.words[g]
			r.UPOS += b2i(t.POS == gw.pos)
			headOK := (t.Head < 0 && gw.head < 0) || (t.Head >= 0 && gw.head >= 0 && align[t.Head] == gw.head)
			if headOK {
				r.UAS++
				r.LAS += b2i(t.Rel.Base() == gw.rel.Base())
			}
		}
		r.GoldSents += len(rp.sents)
		r.SysSents += len(sys.Sentences)
		gs := map[[2]int]bool{}
		for _, s := range rp.sents {
			gs[s] = true
		}
		for _, s := range sys.Sentences {
			if s.Start < s.End && s.End <= len(sys.Tokens) &&
				gs[[2]int{sys.Tokens[s.Start].Start, sys.Tokens[s.End-1].End}] {
				r.Sents++
			}
		}
	}
}

// Confusion is what one tagging error (a gold universal tag given another)
// costs the parser on a treebank: how many words took it, how many of those
// got a wrong head, and how many of their gold dependents did.
type Confusion struct {
	Gold, Sys          text.POS
	Words, WrongHead   int
	Deps, WrongDepHead int
}

// Confusions tags and parses the sentences of b from their gold tokens and
// counts the tagging errors by gold and predicted universal tag, with the
// wrong heads that come with each, most costly first; the last entry (Gold
// and Sys both POSNone) counts the words tagged right, for the base rate.
func Confusions(m *text.Model, b Bank) []Confusion {
	type key struct{ g, s text.POS }
	counts := map[key]*Confusion{}
	for _, s := range b.Sentences {
		gold, sys := analyse(m, s, true)
		for i, g := range gold.Tokens {
			t := sys.Tokens[i]
			k := key{g.POS, t.POS}
			if g.POS == t.POS {
				k = key{text.POSNone, text.POSNone}
			}
			c := counts[k]
			if c == nil {
				c = &Confusion{Gold: k.g, Sys: k.s}
				counts[k] = c
			}
			c.Words++
			c.WrongHead += b2i(t.Head != g.Head)
			for j, d := range gold.Tokens {
				if d.Head == i {
					c.Deps++
					c.WrongDepHead += b2i(sys.Tokens[j].Head != d.Head)
				}
			}
		}
	}
	var out []Confusion
	var right Confusion
	for k, c := range counts {
		if k.g == text.POSNone {
			right = *c
			continue
		}
		out = append(out, *c)
	}
	slices.SortFunc(out, func(a, b Confusion) int {
		if d := (b.WrongHead + b.WrongDepHead) - (a.WrongHead + a.WrongDepHead); d != 0 {
			return d
		}
		return cmp.Or(cmp.Compare(a.Gold, b.Gold), cmp.Compare(a.Sys, b.Sys))
	})
	return append(out, right)
}
