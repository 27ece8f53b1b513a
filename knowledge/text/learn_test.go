package text

import (
	"bytes"
	"compress/gzip"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// tree writes a sentence with its analysis, one word a field:
// form|UPOS|XPOS|lemma|head|label, head counted from 1 and 0 for the root.
// The sentences are ours.
var trees = []string{
	"The|DET|DT|the|2|det minister|NOUN|NN|minister|3|nsubj said|VERB|VBD|say|0|root that|SCONJ|IN|that|7|mark " +
		"the|DET|DT|the|6|det plan|NOUN|NN|plan|7|nsubj failed|VERB|VBD|fail|3|ccomp .|PUNCT|.|./.|3|punct",
	"Officials|NOUN|NNS|official|2|nsubj denied|VERB|VBD|deny|0|root the|DET|DT|the|4|det report|NOUN|NN|report|2|obj " +
		"on|ADP|IN|on|6|case Monday|PROPN|NNP|Monday|2|obl .|PUNCT|.|./.|2|punct",
	"The|DET|DT|the|2|det party|NOUN|NN|party|5|nsubj did|AUX|VBD|do|5|aux not|PART|RB|not|5|advmod " +
		"claim|VERB|VB|claim|0|root the|DET|DT|the|7|det attack|NOUN|NN|attack|5|obj .|PUNCT|.|./.|5|punct",
	"Prices|NOUN|NNS|price|2|nsubj rose|VERB|VBD|rise|0|root by|ADP|IN|by|5|case 4|NUM|CD|4|5|nummod " +
		"percent|NOUN|NN|percent|2|obl in|ADP|IN|in|7|case March|PROPN|NNP|March|2|obl .|PUNCT|.|./.|2|punct",
	"She|PRON|PRP|she|2|nsubj left|VERB|VBD|leave|0|root early|ADV|RB|early|2|advmod and|CCONJ|CC|and|5|cc " +
		"walked|VERB|VBD|walk|2|conj home|ADV|RB|home|5|advmod .|PUNCT|.|./.|2|punct",
	"Who|PRON|WP|who|3|nsubj will|AUX|MD|will|3|aux win|VERB|VB|win|0|root the|DET|DT|the|5|det " +
		"election|NOUN|NN|election|3|obj ?|PUNCT|.|?|3|punct",
}

func treeParagraph(t testing.TB, s string) Paragraph {
	var p Paragraph
	for i, f := range strings.Fields(s) {
		parts := strings.Split(f, "|")
		if len(parts) != 6 {
			t.Fatalf("bad word %q", f)
		}
		head := 0
		for _, c := range parts[4] {
			head = head*10 + int(c-'0')
		}
		start := len(p.Text)
		if i > 0 {
			p.Text += " "
			start++
		}
		p.Text += parts[0]
		p.Tokens = append(p.Tokens, Token{Start: start, End: len(p.Text), Text: parts[0], Space: true,
			POS: ParsePOS(parts[1]), Tag: parts[2], Lemma: parts[3], Head: head - 1, Rel: ParseRel(parts[5])})
	}
	p.Sentences = []Sentence{{Start: 0, End: len(p.Tokens)}}
	return p
}

func trainTiny(t testing.TB) *Model {
	var sents []Paragraph
	for range 5 {
		for _, s := range trees {
			sents = append(sents, treeParagraph(t, s))
		}
	}
	m, err := Train(sents, TrainOptions{TagEpochs: 10, ParseEpochs: 8, Seed: 1, Explore: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// unparsed returns p without its analysis, as the tokenizer leaves it.
func unparsed(p Paragraph) Paragraph {
	q := p
	q.Tokens = append([]Token(nil), p.Tokens...)
	for i := range q.Tokens {
		tk := &q.Tokens[i]
		tk.POS, tk.Tag, tk.Lemma, tk.Head, tk.Rel = POSNone, "", "", -1, RelNone
	}
	return q
}

func TestTrainLearnsItsSentences(t *testing.T) {
	m := trainTiny(t)
	for _, s := range trees {
		gold := treeParagraph(t, s)
		p := unparsed(gold)
		m.Parse(&p)
		for i, g := range gold.Tokens {
			got := p.Tokens[i]
			if got.POS != g.POS || got.Tag != g.Tag || got.Lemma != g.Lemma || got.Head != g.Head || got.Rel != g.Rel {
				t.Errorf("%q: word %q = %v/%s/%s/%d/%v, want %v/%s/%s/%d/%v", gold.Text, g.Text, got.POS, got.Tag,
					got.Lemma, got.Head, got.Rel, g.POS, g.Tag, g.Lemma, g.Head, g.Rel)
			}
		}
	}
}

func TestModelFileRoundTrip(t *testing.T) {
	m := trainTiny(t)
	b1, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	b2, err := trainTiny(t).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1, b2) {
		t.Error("two trainings with the same seed gave different model files")
	}
	loaded, err := LoadModel(b1)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range trees {
		p1, p2 := unparsed(treeParagraph(t, s)), unparsed(treeParagraph(t, s))
		m.Parse(&p1)
		loaded.Parse(&p2)
		for i := range p1.Tokens {
			if p1.Tokens[i] != p2.Tokens[i] {
				t.Errorf("%q: word %d: trained %+v, loaded %+v", p1.Text, i, p1.Tokens[i], p2.Tokens[i])
			}
		}
	}
	for _, bad := range [][]byte{nil, []byte("not a model"), b1[:len(b1)/2]} {
		if _, err := LoadModel(bad); err == nil {
			t.Errorf("LoadModel(%d bytes of junk) gave no error", len(bad))
		}
	}
}

// A damaged model file gives an error, or a model that parses, never a
// panic nor a huge allocation.
func TestLoadModelSurvivesDamage(t *testing.T) {
	b, err := trainTiny(t).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	var z bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&z, gzip.NoCompression)
	// A file of another version of the format.
	old := bytes.Replace(raw, []byte(modelMagic), []byte("briefbot text model 6\n"), 1)
	zw.Write(old)
	zw.Close()
	if _, err := LoadModel(z.Bytes()); err == nil || !strings.Contains(err.Error(), "version") {
		t.Errorf("a model of another version: error %v, want one that names the version", err)
	}
	rng := rand.New(rand.NewPCG(5, 5))
	loaded := 0
	for trial := range 900 {
		c := bytes.Clone(raw)
		at := len(modelMagic) + rng.IntN(len(c)-len(modelMagic))
		switch trial % 3 {
		case 0:
			c[at] ^= byte(1 + rng.IntN(255))
		case 1:
			c = c[:at]
		default:
			c = append(c[:at:at], append([]byte{0xff, 0xff, 0xff, 0x7f}, raw[at:]...)...)
		}
		z.Reset()
		zw.Reset(&z)
		zw.Write(c)
		zw.Close()
		m, err := LoadModel(z.Bytes())
		if err != nil {
			continue
		}
		loaded++
		p := words("The minister said that the plan failed . Officials denied it !")
		m.Parse(&p)
		checkTree(t, &p)
	}
	t.Logf("%d damaged models loaded and parsed", loaded)
}

// TestOracleIsExact checks the dynamic oracle's costs: on any path through
// the moves, the arcs missed at the end are the sum of the costs paid, and
// a path of zero-cost moves rebuilds the gold tree; with the non-monotonic
// Left-Arc, the costs paid are at least the arcs missed (a repaired arc was
// paid for).
func TestOracleIsExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 600 {
		ps := randomTree(rng, 1+rng.IntN(14))
		var s pstate
		n := len(ps.gh)
		s.reset(n)
		s.repair = trial >= 300
		inStack := make([]bool, n+1)
		costs := make([]int, numMoves)
		paid := 0
		careless := trial%3 != 0
		for !s.done() {
			oracleCosts(&s, &ps, inStack, costs)
			var choice []int
			for c, k := range costs {
				if k >= 0 && (careless || k == 0) {
					choice = append(choice, c)
				}
			}
			if len(choice) == 0 {
				t.Fatalf("trial %d (repair %v): no move (careful %v)", trial, s.repair, !careless)
			}
			m := choice[rng.IntN(len(choice))]
			paid += costs[m]
			if m == moveShift || m >= moveRight {
				inStack[s.b] = true
			} else {
				inStack[s.s0()] = false
			}
			s.apply(m)
		}
		missed := 0
		for i := range n {
			if s.head[i] != ps.gh[i] || s.rel[i] != ps.gr[i] {
				missed++
			}
		}
		if missed != paid && !(s.repair && missed < paid) {
			t.Fatalf("trial %d (repair %v): %d arcs missed, %d paid", trial, s.repair, missed, paid)
		}
	}
}

// randomTree makes a random projective tree over n words (root's head n).
func randomTree(rng *rand.Rand, n int) parseSent {
	ps := parseSent{w: make([]uint64, n), t: make([]uint64, n), gh: make([]int32, n), gr: make([]Rel, n)}
	var build func(lo, hi int, head int32)
	build = func(lo, hi int, head int32) { // words [lo, hi) hang from head
		if lo >= hi {
			return
		}
		r := lo + rng.IntN(hi-lo)
		ps.gh[r] = head
		ps.gr[r] = Rel(2 + rng.IntN(5))
		build(lo, r, int32(r))
		build(r+1, hi, int32(r))
	}
	r := rng.IntN(n)
	ps.gh[r], ps.gr[r] = int32(n), RelRoot
	build(0, r, int32(r))
	build(r+1, n, int32(r))
	return ps
}

func TestProjectivise(t *testing.T) {
	// 0 <- 2 -> 1? A crossing: word 3 hangs from 1 over 2, which hangs
	// from 4, the root.
	gh := []int32{1, 4, 4, 1, 5}
	projectivise(gh)
	want := []int32{1, 4, 4, 4, 5}
	for i := range gh {
		if gh[i] != want[i] {
			t.Fatalf("projectivise = %v, want %v", gh, want)
		}
	}
}

// foldOf deals sentences to the jackknife folds one by one, or in runs of
// sentences in a row; foldTrain leaves a fold's sentences out.
func TestFoldOf(t *testing.T) {
	for _, c := range []struct {
		run  int
		want []int
	}{
		{0, []int{0, 1, 2, 0, 1, 2, 0, 1}},
		{1, []int{0, 1, 2, 0, 1, 2, 0, 1}},
		{3, []int{0, 0, 0, 1, 1, 1, 2, 2}},
		{2, []int{0, 0, 1, 1, 2, 2, 0, 0}},
	} {
		var got []int
		data := make([]tagSent, len(c.want))
		for i := range c.want {
			got = append(got, foldOf(i, 3, c.run))
			data[i].repeat = i
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("run %d: folds %v, want %v", c.run, got, c.want)
		}
		var kept []int
		for _, s := range foldTrain(data, 3, c.run, 1) {
			kept = append(kept, s.repeat)
		}
		var want []int
		for i, f := range c.want {
			if f != 1 {
				want = append(want, i)
			}
		}
		if !slices.Equal(kept, want) {
			t.Errorf("run %d: fold 1 trains on %v, want %v", c.run, kept, want)
		}
	}
}

// TestRepairReplacesTheArc checks the non-monotonic Left-Arc: the word gets
// its new head, and its old head's right dependents forget it.
func TestRepairReplacesTheArc(t *testing.T) {
	var s pstate
	s.reset(5)
	s.repair = true
	s.apply(moveShift)                // stack 0
	s.apply(moveRight + int(RelObj))  // 0 -> 1, stack 0 1
	s.apply(moveReduce)               // stack 0
	s.apply(moveRight + int(RelConj)) // 0 -> 2, stack 0 2
	left := moveLeft + int(RelNsubj)
	if !s.valid(left) {
		t.Fatal("the non-monotonic Left-Arc is not allowed")
	}
	s.apply(left) // 3 -> 2, stack 0
	if s.head[2] != 3 || s.rel[2] != RelNsubj || s.lc1[3] != 2 || s.nl[3] != 1 {
		t.Fatalf("word 2: head %d rel %v, word 3's leftmost %d of %d", s.head[2], s.rel[2], s.lc1[3], s.nl[3])
	}
	if s.nr[0] != 1 || s.rc1[0] != 1 || s.rc2[0] != -1 || s.sr[0] != 1<<RelObj {
		t.Fatalf("word 0 keeps %d right dependents, rightmost %d and %d, labels %b", s.nr[0], s.rc1[0], s.rc2[0], s.sr[0])
	}
	s.repair = false
	s.apply(moveRight + int(RelObj)) // 0 -> 3, stack 0 3
	if s.valid(left) {
		t.Fatal("the non-monotonic Left-Arc is allowed without repair")
	}
}

// TestRepairModel trains a tiny model with the non-monotonic Left-Arc: it
// learns its sentences, keeps the option through its file and gives trees.
func TestRepairModel(t *testing.T) {
	var sents []Paragraph
	for range 5 {
		for _, s := range trees {
			sents = append(sents, treeParagraph(t, s))
		}
	}
	m, err := Train(sents, TrainOptions{TagEpochs: 10, ParseEpochs: 8, Seed: 1, Explore: 0.5, Repair: true})
	if err != nil {
		t.Fatal(err)
	}
	loaded := reloaded(t, m)
	if !loaded.parser.repair {
		t.Fatal("the loaded model lost the repair option")
	}
	for _, s := range trees {
		gold := treeParagraph(t, s)
		p := unparsed(gold)
		loaded.Parse(&p)
		checkTree(t, &p)
		for i, g := range gold.Tokens {
			if got := p.Tokens[i]; got.Head != g.Head || got.Rel != g.Rel {
				t.Errorf("%q: word %q = %d/%v, want %d/%v", gold.Text, g.Text, got.Head, got.Rel, g.Head, g.Rel)
			}
		}
	}
	p := words("The minister said that the plan failed , officials denied it and the party left .")
	loaded.Parse(&p)
	checkTree(t, &p)
}

// The selectional branching a model parses with is kept in its file, as a
// line of the parser's table; a bad line is an error.
func TestBranchOption(t *testing.T) {
	m := trainTiny(t)
	m.SetBranching(3, 500)
	loaded := reloaded(t, m)
	if ps := loaded.parser; ps.branches != 3 || ps.branchMargin != 500 {
		t.Fatalf("loaded: %d branches, margin %d; want 3, 500", ps.branches, ps.branchMargin)
	}
	loaded.SetBranching(1, 0)
	if ps := loaded.parser; ps.branches != 1 || slices.ContainsFunc(ps.features, func(l string) bool {
		return strings.HasPrefix(l, optionBranches)
	}) {
		t.Fatalf("greedy again: %d branches, table %q", ps.branches, ps.features)
	}
	for _, bad := range []string{"option branches", "option branches 0 10", "option branches 4", "option branches x y",
		"option branches 99 10", "option branches 4 -1"} {
		var ps parser
		if err := ps.setFeatures(append(slices.Clone(ParserFeatures), bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// reloaded writes a model and reads it back.
func reloaded(t *testing.T, m *Model) *Model {
	t.Helper()
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := LoadModel(b)
	if err != nil {
		t.Fatal(err)
	}
	return loaded
}

// TrainOptions.TaggerFeatures replaces the tagger's table: the first pass
// gets the templates that do not read tags on the right, the second all,
// and the loaded model keeps them; a bad template is an error.
func TestTaggerFeaturesOption(t *testing.T) {
	var sents []Paragraph
	for range 5 {
		for _, s := range trees {
			sents = append(sents, treeParagraph(t, s))
		}
	}
	table := []string{"bias", "word[0]", "suf3[0]", "tag[-1]", "word[1]", "tag[1] word[0]"}
	m, err := Train(sents, TrainOptions{TagEpochs: 10, ParseEpochs: 2, Seed: 1, TaggerFeatures: table, TaggerRuns: 2})
	if err != nil {
		t.Fatal(err)
	}
	loaded := reloaded(t, m)
	if ps := loaded.tagger.passes; len(ps) != 2 || !slices.Equal(ps[0].features, table[:5]) ||
		!slices.Equal(ps[1].features, table) {
		t.Fatalf("passes of the loaded tagger: %+v", ps)
	}
	for _, s := range trees {
		gold := treeParagraph(t, s)
		p := unparsed(gold)
		loaded.Tag(&p)
		for i, g := range gold.Tokens {
			if got := p.Tokens[i]; got.POS != g.POS || got.Tag != g.Tag {
				t.Errorf("%q: word %q = %v/%s, want %v/%s", gold.Text, g.Text, got.POS, got.Tag, g.POS, g.Tag)
			}
		}
	}
	for _, bad := range []string{"word[3]", "colour[0]", "tag[0]", ""} {
		if _, err := Train(sents, TrainOptions{TagEpochs: 1, TaggerFeatures: []string{"bias", bad}}); err == nil {
			t.Errorf("template %q: no error", bad)
		}
	}
}
