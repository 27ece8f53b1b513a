package text

import (
	"strings"
	"sync"
	"testing"
)

// words makes a paragraph of space-separated tokens, a sentence ending
// after each ".", "?" or "!", as the tokenizer would.
func words(s string) Paragraph {
	p := Paragraph{Text: s}
	at := 0
	start := 0
	for _, w := range strings.Fields(s) {
		k := strings.Index(s[at:], w) + at
		p.Tokens = append(p.Tokens, Token{Start: k, End: k + len(w), Text: w, Space: true, Head: -1,
			Sent: len(p.Sentences)})
		at = k + len(w)
		if w == "." || w == "?" || w == "!" {
			p.Sentences = append(p.Sentences, Sentence{Start: start, End: len(p.Tokens)})
			start = len(p.Tokens)
		}
	}
	if start < len(p.Tokens) {
		p.Sentences = append(p.Sentences, Sentence{Start: start, End: len(p.Tokens)})
	}
	return p
}

func embeddedModel(t testing.TB) *Model {
	m, err := Default()
	if err != nil {
		t.Skipf("no embedded model (%v)", err)
	}
	return m
}

// index returns the index of the token w (its n-th occurrence, from 0).
func index(t *testing.T, p *Paragraph, w string) int {
	t.Helper()
	for i, tk := range p.Tokens {
		if tk.Text == w {
			return i
		}
	}
	t.Fatalf("no token %q", w)
	return -1
}

// arc is an expected dependency: dep hangs from head (or is the root when
// head is "") with the label rel.
type arc struct{ dep, head, rel string }

func TestParseSentences(t *testing.T) {
	m := embeddedModel(t)
	for _, tc := range []struct {
		text string
		arcs []arc
	}{
		{"The minister said on Tuesday that the plan had failed .", []arc{
			{"said", "", "root"}, {"minister", "said", "nsubj"}, {"failed", "said", "ccomp"},
			{"plan", "failed", "nsubj"}, {"that", "failed", "mark"}, {"Tuesday", "said", "obl"}}},
		{"The party did not claim the attack .", []arc{
			{"claim", "", "root"}, {"not", "claim", "advmod"}, {"party", "claim", "nsubj"}, {"attack", "claim", "obj"}}},
		{"Prices have risen by 4 percent since March .", []arc{
			{"risen", "", "root"}, {"4", "percent", "nummod"}, {"percent", "risen", "obl"}}},
		{"The company , which was founded in 1990 , has 5,000 employees .", []arc{
			{"has", "", "root"}, {"company", "has", "nsubj"}, {"founded", "company", "acl:relcl"},
			{"employees", "has", "obj"}, {"5,000", "employees", "nummod"}}},
		{"Police arrested two men who were seen near the station .", []arc{
			{"arrested", "", "root"}, {"men", "arrested", "obj"}, {"seen", "men", "acl:relcl"}}},
	} {
		p := words(tc.text)
		m.Parse(&p)
		checkTree(t, &p)
		for _, a := range tc.arcs {
			d := index(t, &p, a.dep)
			got := p.Tokens[d]
			want := -1
			if a.head != "" {
				want = index(t, &p, a.head)
			}
			if got.Head != want || got.Rel.String() != a.rel {
				h := "ROOT"
				if got.Head >= 0 {
					h = p.Tokens[got.Head].Text
				}
				t.Errorf("%q: %s <-%v- %s, want %s <-%s- %s", tc.text, a.dep, got.Rel, h, a.dep, a.rel, a.head)
			}
		}
		if tc.text == "The minister said on Tuesday that the plan had failed ." {
			said := index(t, &p, "said")
			if p.Child(said, RelAdvmod) >= 0 {
				t.Errorf("%q: said has an advmod (a negation?)", tc.text)
			}
		}
	}
}

func TestTagAndLemma(t *testing.T) {
	m := embeddedModel(t)
	p := words("American forces were attacked on Monday , officials said . The children didn't see it .")
	m.Tag(&p)
	for _, want := range []struct{ w, pos, tag, lemma string }{
		{"forces", "NOUN", "NNS", "force"}, {"were", "AUX", "VBD", "be"}, {"attacked", "VERB", "VBN", "attack"},
		{"Monday", "PROPN", "NNP", "Monday"}, {"said", "VERB", "VBD", "say"}, {"officials", "NOUN", "NNS", "official"},
		{"children", "NOUN", "NNS", "child"}, {"The", "DET", "DT", "the"}, {"American", "ADJ", "JJ", "American"},
	} {
		tk := p.Tokens[index(t, &p, want.w)]
		if tk.POS.String() != want.pos || tk.Tag != want.tag || tk.Lemma != want.lemma {
			t.Errorf("%s: %v %s %q, want %s %s %q", want.w, tk.POS, tk.Tag, tk.Lemma, want.pos, want.tag, want.lemma)
		}
	}
	if p.Parsed {
		t.Error("Tag set Parsed")
	}
}

// TestIrregularPastForms: a past form of an irregular verb the treebanks
// may not hold still has its base form as lemma, and a regular one keeps
// the "e" of its base ("declined", not "declin") and no other ("climbed",
// not "climbe").
func TestIrregularPastForms(t *testing.T) {
	m := embeddedModel(t)
	p := words("Reserves had risen sharply , and the offer was withdrawn after he declined to say whether the talks were overrun . Prices climbed .")
	m.Tag(&p)
	for w, lemma := range map[string]string{"risen": "rise", "withdrawn": "withdraw", "declined": "decline", "climbed": "climb"} {
		if tk := p.Tokens[index(t, &p, w)]; tk.Lemma != lemma {
			t.Errorf("%s: lemma %q (%v %s), want %q", w, tk.Lemma, tk.POS, tk.Tag, lemma)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	m := embeddedModel(t)
	const text = "The minister said on Tuesday that the plan had failed . The party did not claim the attack ."
	want := words(text)
	m.Parse(&want)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				p := words(text)
				m.Parse(&p)
				for i := range p.Tokens {
					if p.Tokens[i] != want.Tokens[i] {
						t.Errorf("token %d differs under concurrent use", i)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

// benchText is a paragraph written for the benchmarks.
const benchText = `The minister said on Tuesday that the plan had failed , and that the government would publish ` +
	`a new one before the summer . Officials in the capital denied the report , which claimed that 4,000 ` +
	`soldiers had been moved to the border . " We have no plans to change our position , " a spokesman told ` +
	`reporters . Prices rose by 4.5 percent in March , the fastest rise since 1990 , according to figures ` +
	`released by the statistics office . The party did not claim the attack , but its leader praised those who ` +
	`carried it out . Analysts expect the central bank to raise interest rates again next month .`

func benchModel(b *testing.B) *Model {
	m, err := Default()
	if err != nil {
		b.Skipf("no embedded model (%v)", err)
	}
	return m
}

func BenchmarkTag(b *testing.B) {
	m := benchModel(b)
	p := words(benchText)
	m.Tag(&p)
	measure(b, len(p.Tokens), func() { m.Tag(&p) })
}

// BenchmarkParse tags and parses the paragraph afresh each time.
func BenchmarkParse(b *testing.B) {
	m := benchModel(b)
	p := words(benchText)
	m.Parse(&p)
	measure(b, len(p.Tokens), func() {
		unmark(&p)
		m.Parse(&p)
	})
}

// BenchmarkParseTagged parses a paragraph already tagged, as an extractor
// does after Tag: the parse alone.
func BenchmarkParseTagged(b *testing.B) {
	m := benchModel(b)
	p := words(benchText)
	m.Parse(&p)
	measure(b, len(p.Tokens), func() {
		unmark(&p)
		p.Tagged = true
		m.Parse(&p)
	})
}

// unmark makes p look untagged and unparsed, so that the model reads it
// again.
func unmark(p *Paragraph) {
	p.Tagged, p.Parsed = false, false
	for i := range p.Sentences {
		p.Sentences[i].Parsed = false
	}
}
