package train

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge/text/conllu"

	"github.com/briefbot/briefbot/knowledge/text"
)

// floors are the figures of the committed model on the test splits (gold
// tokens), in hundredths of a percent: a retrain that falls below any of
// them fails. Raise them with each better model.
var floors = map[string]struct{ upos, xpos, lemma, uas, las int }{
	"en_ewt-test": {9562, 9490, 9699, 8637, 8353},
	"gum-test":    {9590, 9564, 9744, 8470, 8201},
}

func TestAccuracyOnTestSplits(t *testing.T) {
	dir := FindData(".")
	if dir == "" {
		t.Skip("no treebanks: the test looks for a folder shared/nlp above this package's folder")
	}
	m, err := text.Default()
	if err != nil {
		t.Skipf("no embedded model: %v", err)
	}
	banks, err := Load(dir, "test")
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range banks {
		f, ok := floors[b.Name]
		if !ok {
			t.Errorf("no floors for %s", b.Name)
			continue
		}
		s := Evaluate(m, b, true)
		t.Logf("%s: %v", b.Name, s)
		for _, c := range []struct {
			name       string
			got, floor int
		}{
			{"UPOS", s.UPOS, f.upos}, {"XPOS", s.XPOS, f.xpos}, {"lemma", s.Lemma, f.lemma},
			{"UAS", s.UAS, f.uas}, {"LAS", s.LAS, f.las},
		} {
			if got := 10000 * c.got / s.Words; got < c.floor {
				t.Errorf("%s %s = %.2f%%, below the committed %.2f%%", b.Name, c.name, float64(got)/100, float64(c.floor)/100)
			}
		}
	}
}

// A document written for the scorer's test: two sentences in one paragraph,
// a multiword token, then a second paragraph.
const rawSample = `# newdoc id = d1
# newpar
# text = Ann didn't go.
1	Ann	Ann	PROPN	NNP	_	3	nsubj	_	_
2-3	didn't	_	_	_	_	_	_	_	_
2	did	do	AUX	VBD	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	go	go	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# text = Bob left.
1	Bob	Bob	PROPN	NNP	_	2	nsubj	_	_
2	left	leave	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

# newpar
# text = Rain fell.
1	Rain	rain	NOUN	NN	_	2	nsubj	_	_
2	fell	fall	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_
`

func TestRawScorer(t *testing.T) {
	ss, err := conllu.Read(strings.NewReader(rawSample))
	if err != nil {
		t.Fatal(err)
	}
	rps := rawParagraphs(Bank{Name: "sample", Sentences: ss})
	if len(rps) != 2 || rps[0].text != "Ann didn't go. Bob left." || rps[1].text != "Rain fell." {
		t.Fatalf("paragraphs = %+v", rps)
	}
	// The gold reading, given as the system's, scores 100 everywhere.
	gold := func(rp rawParagraph) text.Paragraph {
		p := text.Paragraph{Text: rp.text}
		for _, w := range rp.words {
			p.Tokens = append(p.Tokens, text.Token{Start: w.start, End: w.end, Text: rp.text[w.start:w.end],
				POS: w.pos, Head: w.head, Rel: w.rel})
		}
		for _, s := range rp.sents {
			a, b := -1, 0
			for i, w := range rp.words {
				if w.start >= s[0] && w.end <= s[1] {
					if a < 0 {
						a = i
					}
					b = i + 1
				}
			}
			p.Sentences = append(p.Sentences, text.Sentence{Start: a, End: b})
		}
		return p
	}
	var r RawScores
	for _, rp := range rps {
		p := gold(rp)
		r.add(rp, &p)
	}
	if r.Words != 11 || r.GoldWords != 11 || r.SysWords != 11 || r.Sents != 3 || r.UAS != 11 || r.LAS != 11 ||
		r.UPOS != 11 {
		t.Errorf("gold as system: %+v", r)
	}
	// The stand-in keeps "didn't" whole: two gold words and one system
	// token unmatched, and the words hanging from them lose their heads
	// only when their head is unmatched.
	r = RawScores{}
	p := Whitespace(rps[0].text)
	for i := range p.Tokens {
		p.Tokens[i].Head = -1
	}
	r.add(rps[0], &p)
	if r.GoldWords != 8 || r.SysWords != 7 || r.Words != 6 || r.Sents != 2 || r.SysSents != 2 {
		t.Errorf("stand-in: %+v", r)
	}
	// Roots: "go" and "left" are roots in both readings.
	if r.UAS != 2 {
		t.Errorf("stand-in with every token a root: UAS %d, want 2", r.UAS)
	}
}
