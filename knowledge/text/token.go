package text

// Token is one word, number or punctuation mark of a paragraph.
type Token struct {
	// Start and End are UTF-8 byte offsets into the paragraph's text, end
	// exclusive: Text == paragraph[Start:End].
	Start, End int
	// Text is the token as written.
	Text string
	// Low is Text lower-cased, with curly apostrophes and quote marks made
	// straight ("’S" is "'s"): the form lexicons are looked up by.
	Low string
	// Lemma is the dictionary form ("said" -> "say", "forces" -> "force"),
	// lower-cased except for proper nouns.
	Lemma string
	// Space is true when whitespace (or the paragraph's start) comes before
	// the token; "Kilroy-Silk" is three tokens, the last two without Space.
	Space bool
	// Shape tells what the token is made of.
	Shape Shape
	// POS is the universal part-of-speech tag and Tag the English
	// (Penn Treebank) tag, both from the tagger.
	POS POS
	Tag string
	// Head is the index in Paragraph.Tokens of the token this one depends
	// on, or -1 for the root of its sentence (and before parsing).
	Head int
	// Rel is the dependency label between the token and its head.
	Rel Rel
	// Sent is the index in Paragraph.Sentences of the token's sentence.
	Sent int
}

// Shape is what a token is made of, decided by the tokenizer.
type Shape uint8

// The token shapes.
const (
	ShapeWord   Shape = iota // letters, possibly with digits, inner dots or apostrophes: "Sen.", "U.S.", "n't", "G7"
	ShapeNumber              // a number written with digits: "4.5", "50,000", "1990s" is a word
	ShapePunct               // punctuation: , . ; : ! ? ( ) [ ] - – — … and the like
	ShapeQuote               // a quote mark, straight or curly, single or double
	ShapeSymbol              // a symbol: $ £ € % & + = / # @ * and the like
	ShapeURL                 // a URL or an e-mail address, kept whole
)

// Sentence is a run of tokens, Tokens[Start:End] of its paragraph.
type Sentence struct {
	Start, End int
	// Parsed is true once the sentence's tokens have their Head and Rel.
	Parsed bool
}

// Paragraph is one paragraph of an article read by the language layer.
type Paragraph struct {
	// N is the paragraph's number in its article, counting from 1.
	N int
	// Kind is the paragraph's kind: title, body, caption or boilerplate.
	Kind string
	// Text is the paragraph as written; token offsets point into it.
	Text      string
	Tokens    []Token
	Sentences []Sentence
	// Tagged is true once every token has its POS, Tag and Lemma; Parsed
	// once every sentence is parsed too (Sentence.Parsed tells one by one).
	Tagged, Parsed bool
}

// Doc is an article read by the language layer: its paragraphs in order.
type Doc struct {
	Paragraphs []Paragraph
}

// Para returns the paragraph numbered n, or nil.
func (d *Doc) Para(n int) *Paragraph {
	if n >= 1 && n <= len(d.Paragraphs) && d.Paragraphs[n-1].N == n {
		return &d.Paragraphs[n-1]
	}
	for i := range d.Paragraphs {
		if d.Paragraphs[i].N == n {
			return &d.Paragraphs[i]
		}
	}
	return nil
}

// SentenceOf returns the token range of the sentence of token i.
func (p *Paragraph) SentenceOf(i int) Sentence { return p.Sentences[p.Tokens[i].Sent] }

// Children appends to buf the indexes of the tokens whose head is i, in order.
func (p *Paragraph) Children(i int, buf []int) []int {
	s := p.SentenceOf(i)
	for k := s.Start; k < s.End; k++ {
		if p.Tokens[k].Head == i {
			buf = append(buf, k)
		}
	}
	return buf
}

// Child returns the first token whose head is i and whose label is rel (its
// base label: Child(i, RelNsubj) finds nsubj:pass too), or -1.
func (p *Paragraph) Child(i int, rel Rel) int {
	s := p.SentenceOf(i)
	for k := s.Start; k < s.End; k++ {
		if p.Tokens[k].Head == i && p.Tokens[k].Rel.Base() == rel.Base() {
			return k
		}
	}
	return -1
}

// ChildWord returns the first token whose head is i, whose label is rel
// (its base label, as Child) and whose lower-cased form is word, or -1:
// ChildWord(i, RelCase, "by") finds the "by" of a phrase.
func (p *Paragraph) ChildWord(i int, rel Rel, word string) int {
	s := p.SentenceOf(i)
	for k := s.Start; k < s.End; k++ {
		if t := &p.Tokens[k]; t.Head == i && t.Rel.Base() == rel.Base() && t.Low == word {
			return k
		}
	}
	return -1
}

// Subtree returns the token range [first, last+1) covered by i and its
// descendants. Projective parses make it contiguous.
func (p *Paragraph) Subtree(i int) (int, int) {
	lo, hi := i, i+1
	s := p.SentenceOf(i)
	for k := s.Start; k < s.End; k++ {
		if k >= lo && k < hi {
			continue
		}
		if p.dominates(i, k) {
			if k < lo {
				lo = k
			}
			if k+1 > hi {
				hi = k + 1
			}
		}
	}
	return lo, hi
}

// dominates reports whether a is k or an ancestor of k.
func (p *Paragraph) dominates(a, k int) bool {
	for steps := 0; k >= 0 && steps < len(p.Tokens); steps++ {
		if k == a {
			return true
		}
		k = p.Tokens[k].Head
	}
	return false
}

// Span returns the text of tokens [a, b), as written.
func (p *Paragraph) Span(a, b int) string {
	if a >= b {
		return ""
	}
	return p.Text[p.Tokens[a].Start:p.Tokens[b-1].End]
}
