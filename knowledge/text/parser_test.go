package text

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkTree fails unless every sentence of p is one tree: each head inside
// its sentence, exactly one root, no cycle, every word labelled.
func checkTree(t *testing.T, p *Paragraph) {
	t.Helper()
	for si, s := range p.Sentences {
		roots := 0
		for i := s.Start; i < s.End; i++ {
			tk := p.Tokens[i]
			if tk.Sent != si {
				t.Fatalf("token %d: Sent %d, want %d", i, tk.Sent, si)
			}
			if tk.Head == -1 {
				roots++
				if tk.Rel != RelRoot {
					t.Fatalf("root %d labelled %v", i, tk.Rel)
				}
				continue
			}
			if tk.Head < s.Start || tk.Head >= s.End || tk.Head == i {
				t.Fatalf("token %d: head %d outside sentence [%d,%d)", i, tk.Head, s.Start, s.End)
			}
			if tk.Rel == RelNone || tk.Rel == RelRoot {
				t.Fatalf("token %d: label %v", i, tk.Rel)
			}
			for k, steps := i, 0; k != -1; k, steps = p.Tokens[k].Head, steps+1 {
				if steps > s.End-s.Start {
					t.Fatalf("token %d: cycle", i)
				}
			}
		}
		if roots != 1 {
			t.Fatalf("sentence %d: %d roots", si, roots)
		}
	}
}

// wordPool is what random paragraphs are made of: words, punctuation,
// symbols, odd characters and the empty string.
var wordPool = strings.Fields(`the a minister said that plan failed . , ; : ! ? " ' ( ) - — £ $ 4.5bn 1990 ` +
	`did n't not claim attack Reuters BBC U.S. officials https://example.com/x @ # % & * + = / Ünïcödé 東京 ` +
	`''' ... -- it 's was have been being to of in on by with and or but who which`)

func randomParagraph(rng *rand.Rand) Paragraph {
	var p Paragraph
	n := rng.IntN(40)
	if rng.IntN(10) == 0 {
		n = 150 + rng.IntN(400) // longer than the parser takes in one piece
	}
	for i := range n {
		w := wordPool[rng.IntN(len(wordPool))]
		if rng.IntN(50) == 0 {
			w = ""
		}
		if rng.IntN(50) == 0 {
			w = string([]byte{byte(rng.IntN(256)), byte(rng.IntN(256))}) // not UTF-8
		}
		start := len(p.Text)
		if i > 0 {
			p.Text += " "
			start++
		}
		p.Text += w
		p.Tokens = append(p.Tokens, Token{Start: start, End: len(p.Text), Text: w, Head: -1})
	}
	// Sentences: random cuts.
	for a := 0; a < n; {
		b := min(n, a+1+rng.IntN(60))
		if rng.IntN(8) == 0 {
			b = n
		}
		for k := a; k < b; k++ {
			p.Tokens[k].Sent = len(p.Sentences)
		}
		p.Sentences = append(p.Sentences, Sentence{Start: a, End: b})
		a = b
	}
	return p
}

func TestParseAlwaysGivesTrees(t *testing.T) {
	models := map[string]*Model{"tiny": trainTiny(t)}
	if m, err := Default(); err == nil {
		models["embedded"] = m
	}
	for name, m := range models {
		rng := rand.New(rand.NewPCG(7, 7))
		for trial := range 300 {
			p := randomParagraph(rng)
			m.Parse(&p)
			t.Run(fmt.Sprintf("%s/%d", name, trial), func(t *testing.T) { checkTree(t, &p) })
			if !p.Parsed && len(p.Tokens) > 0 {
				t.Fatal("Parsed not set")
			}
			for _, tk := range p.Tokens {
				if tk.POS == POSNone || tk.Tag == "" {
					t.Fatalf("token %q untagged", tk.Text)
				}
			}
		}
	}
}

func TestParseSurvivesBadSentences(t *testing.T) {
	m := trainTiny(t)
	mk := func(ss ...Sentence) Paragraph {
		p := treeParagraph(t, trees[0])
		p = unparsed(p)
		p.Sentences = ss
		return p
	}
	for _, p := range []Paragraph{
		mk(), mk(Sentence{Start: -3, End: 2}), mk(Sentence{Start: 5, End: 2}), mk(Sentence{Start: 0, End: 99}), mk(Sentence{Start: 0, End: 0}),
		mk(Sentence{Start: 0, End: 4}, Sentence{Start: 2, End: 6}), {}, {Sentences: []Sentence{{Start: 0, End: 1}}},
	} {
		m.Tag(&p)
		m.Parse(&p)
		for i := -1; i <= len(p.Sentences); i++ {
			m.ParseSentence(&p, i)
		}
	}
	// A paragraph without sentences is read as one.
	p := mk()
	m.Parse(&p)
	checkTree(t, &p)
}

func TestParseSentenceParsesOnlyThatSentence(t *testing.T) {
	m := trainTiny(t)
	a, b := treeParagraph(t, trees[0]), treeParagraph(t, trees[2])
	p := unparsed(a)
	off := len(p.Tokens)
	for _, tk := range unparsed(b).Tokens {
		tk.Start += len(p.Text) + 1
		tk.End += len(p.Text) + 1
		tk.Sent = 1
		p.Tokens = append(p.Tokens, tk)
	}
	p.Text += " " + b.Text
	p.Sentences = []Sentence{{Start: 0, End: off}, {Start: off, End: len(p.Tokens)}}
	m.ParseSentence(&p, 1)
	for i := range off {
		if p.Tokens[i].Head != -1 || p.Tokens[i].Rel != RelNone || p.Tokens[i].POS != POSNone {
			t.Fatalf("token %d of the first sentence was touched: %+v", i, p.Tokens[i])
		}
	}
	for i, g := range b.Tokens {
		tk := p.Tokens[off+i]
		want := g.Head
		if want >= 0 {
			want += off
		}
		if tk.Head != want || tk.Rel != g.Rel {
			t.Errorf("%q: head %d %v, want %d %v", tk.Text, tk.Head, tk.Rel, want, g.Rel)
		}
	}
	if p.Parsed {
		t.Error("Parsed set after one sentence of two")
	}
}

// A paragraph tagged before (by Tag, or tagged and then corrected by an
// extractor) is parsed with its tags as they are; tags the model does not
// know make it tag the sentence again.
func TestParseKeepsTheTags(t *testing.T) {
	m := trainTiny(t)
	p := unparsed(treeParagraph(t, trees[0]))
	m.Tag(&p)
	plan := index(t, &p, "plan")
	p.Tokens[plan].POS, p.Tokens[plan].Tag, p.Tokens[plan].Lemma = VERB, "VBD", "ours"
	m.Parse(&p)
	checkTree(t, &p)
	if tk := p.Tokens[plan]; tk.POS != VERB || tk.Tag != "VBD" || tk.Lemma != "ours" {
		t.Errorf("plan: %v %s %q, want the tags given before the parse", tk.POS, tk.Tag, tk.Lemma)
	}
	q := unparsed(treeParagraph(t, trees[0]))
	q.Tokens[0].POS, q.Tokens[0].Tag = NOUN, "no such tag"
	q.Tagged = true
	m.Parse(&q)
	checkTree(t, &q)
	if tk := q.Tokens[0]; tk.POS != DET || tk.Tag != "DT" {
		t.Errorf("The: %v %s, want DET DT from the tagger", tk.POS, tk.Tag)
	}
}

// Parsing a paragraph tagged before gives the tree that parsing it afresh
// gives: the parser reads the same words and classes either way.
func TestParseAfterTagIsParse(t *testing.T) {
	m := trainTiny(t)
	rng := rand.New(rand.NewPCG(4, 4))
	for range 100 {
		p := randomParagraph(rng)
		q := p
		q.Tokens = append([]Token(nil), p.Tokens...)
		q.Sentences = append([]Sentence(nil), p.Sentences...)
		m.Parse(&p)
		m.Tag(&q)
		m.Parse(&q)
		for i := range p.Tokens {
			if a, b := p.Tokens[i], q.Tokens[i]; a.Head != b.Head || a.Rel != b.Rel || a.POS != b.POS {
				t.Fatalf("token %d %q: %d %v %v parsed afresh, %d %v %v after Tag", i, a.Text, a.Head, a.Rel, a.POS,
					b.Head, b.Rel, b.POS)
			}
		}
	}
}

// An arc only takes a label seen in training between words of the two
// parts of speech, in that direction (a second root hung from the first
// takes parataxis).
func TestArcsTakeLabelsSeenInTraining(t *testing.T) {
	m := trainTiny(t)
	rng := rand.New(rand.NewPCG(3, 3))
	arcs := 0
	for range 200 {
		p := randomParagraph(rng)
		m.Parse(&p)
		for d, tk := range p.Tokens {
			if tk.Head < 0 || tk.Rel == RelParataxis {
				continue
			}
			dir := 0
			if d > tk.Head {
				dir = 1
			}
			if m.parser.labels[dir][p.Tokens[tk.Head].POS][tk.POS]&(1<<tk.Rel) == 0 {
				t.Fatalf("%q -%v-> %q: a label never seen between a %v and a %v", p.Tokens[tk.Head].Text, tk.Rel, tk.Text,
					p.Tokens[tk.Head].POS, tk.POS)
			}
			arcs++
		}
	}
	if arcs == 0 {
		t.Fatal("no arcs")
	}
}

func FuzzParse(f *testing.F) {
	f.Add("The minister said that the plan failed .")
	f.Add("a")
	f.Add(strings.Repeat("and ", 200))
	m := trainTiny(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) && len(s) > 1000 {
			return
		}
		var p Paragraph
		p.Text = s
		at := 0
		for _, w := range strings.Fields(s) {
			k := strings.Index(s[at:], w) + at
			p.Tokens = append(p.Tokens, Token{Start: k, End: k + len(w), Text: w})
			at = k + len(w)
		}
		m.Parse(&p)
		checkTree(t, &p)
	})
}

// Selectional branching keeps the parse of the highest total score: never
// below the greedy parse's, and the greedy parse itself when no runner-up
// comes close enough. Every parse is a tree.
func TestBranchingKeepsTheBestParse(t *testing.T) {
	m := trainTiny(t)
	rng := rand.New(rand.NewPCG(5, 5))
	var sc scratch
	better := 0
	for range 200 {
		p := randomParagraph(rng)
		m.Tag(&p)
		for _, s := range p.Sentences {
			if s.End-s.Start > maxParse {
				continue
			}
			toks := p.Tokens[s.Start:s.End]
			if !m.readTags(toks, &sc) {
				t.Fatal("tags not read back")
			}
			words, tags := slices.Clone(sc.words), slices.Clone(sc.tags)
			m.SetBranching(1, 0)
			greedy := m.parser.parseRun(words, tags, m.tagger.classes, &sc)
			gh := slices.Clone(sc.st.head[:len(toks)])
			m.SetBranching(4, 0)
			if got := m.parser.parseRun(words, tags, m.tagger.classes, &sc); got != greedy ||
				!slices.Equal(sc.st.head[:len(toks)], gh) {
				t.Fatalf("margin 0: score %v, heads %v; greedy %v, %v", got, sc.st.head[:len(toks)], greedy, gh)
			}
			m.SetBranching(4, 1<<30)
			got := m.parser.parseRun(words, tags, m.tagger.classes, &sc)
			if got < greedy {
				t.Fatalf("branching kept a parse of score %v, below the greedy parse's %v", got, greedy)
			}
			if got > greedy {
				better++
			}
		}
		m.SetBranching(4, 1<<30)
		m.Parse(&p)
		checkTree(t, &p)
	}
	if better == 0 {
		t.Error("branching never found a parse better than the greedy one")
	}
}

// parseOf sets s to a parse of words of parts of speech pos with heads
// (len(pos) for the root) and labels rels.
func parseOf(pos []POS, words []string, heads []int32, rels []Rel) *pstate {
	var s pstate
	s.reset(len(pos))
	for i := range pos {
		s.p[i], s.w[i] = pos[i], fnv(words[i])
		s.head[i], s.rel[i] = heads[i], rels[i]
	}
	return &s
}

// A parse left with several roots keeps the verb heading the most words;
// the others hang from it. A final full stop hung low is moved to the root.
func TestOneRootAndFinalPunct(t *testing.T) {
	var ps parser
	ps.labels[1][VERB][PUNCT] = 1 << RelPunct
	ps.labels[0][VERB][PUNCT] = 1 << RelPunct
	pos := []POS{NOUN, VERB, NOUN, NOUN, PUNCT, ADV, PUNCT}
	words := []string{"officials", "said", "talks", "progress", ",", "today", "."}
	// "officials said" and "talks progress" and "," and "today" all left
	// without a head (6 words of 7 are roots' candidates); "." hangs from
	// "today".
	heads := []int32{1, 7, 3, 7, 7, 7, 5}
	rels := []Rel{RelNsubj, RelRoot, RelCompound, RelRoot, RelRoot, RelRoot, RelPunct}
	s := parseOf(pos, words, heads, rels)
	var sc scratch
	ps.oneRoot(s, &sc)
	ps.finalPunct(s)
	want := []int32{1, 7, 3, 1, 1, 1, 1}
	wantRel := []Rel{RelNsubj, RelRoot, RelCompound, RelParataxis, RelPunct, RelParataxis, RelPunct}
	for i := range want {
		if s.head[i] != want[i] || s.rel[i] != wantRel[i] {
			t.Errorf("word %d %q: %d %v, want %d %v", i, words[i], s.head[i], s.rel[i], want[i], wantRel[i])
		}
	}
	// Without a verb among the roots, the one heading the most words stays;
	// a label never seen leaves the full stop where it was.
	pos[1] = NOUN
	s = parseOf(pos, words, heads, rels)
	ps.oneRoot(s, &sc)
	ps.finalPunct(s)
	want = []int32{1, 7, 3, 1, 1, 1, 5}
	for i := range want {
		if s.head[i] != want[i] {
			t.Errorf("no verb: word %d %q: head %d, want %d", i, words[i], s.head[i], want[i])
		}
	}
}
