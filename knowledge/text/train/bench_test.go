package train

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/knowledge/text"
)

// treebankParagraphs returns the paragraphs of EWT dev and GUM dev as the
// tokenizer would give them (gold tokens, no analysis).
func treebankParagraphs(b *testing.B) ([]text.Paragraph, int) {
	dir := FindData(".")
	if dir == "" {
		b.Skip("no treebanks: the benchmark looks for a folder shared/nlp above this package's folder")
	}
	if _, err := text.Default(); err != nil {
		b.Skipf("no embedded model: %v", err)
	}
	banks, err := Load(dir, "dev")
	if err != nil {
		b.Fatal(err)
	}
	ps := Paragraphs(banks...)
	n := 0
	for i := range ps {
		for k := range ps[i].Tokens {
			t := &ps[i].Tokens[k]
			t.POS, t.Tag, t.Lemma, t.Head, t.Rel = text.POSNone, "", "", -1, text.RelNone
		}
		n += len(ps[i].Tokens)
	}
	return ps, n
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func benchTreebank(b *testing.B, f func(*text.Paragraph)) {
	ps, _ := treebankParagraphs(b)
	benchTreebankParas(b, ps, f)
}

// benchTreebankParas runs f on every paragraph of ps, each made to look
// untagged and unparsed first, and reports tokens per second.
func benchTreebankParas(b *testing.B, ps []text.Paragraph, f func(*text.Paragraph)) {
	n := 0
	for i := range ps {
		n += len(ps[i].Tokens)
	}
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuTime()
	for range b.N {
		for i := range ps {
			p := &ps[i]
			p.Tagged, p.Parsed = false, false
			for k := range p.Sentences {
				p.Sentences[k].Parsed = false
			}
			f(p)
		}
	}
	cpu := cpuTime() - c0
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "tokens/s")
	if cpu > 0 {
		b.ReportMetric(float64(b.N*n)/cpu.Seconds(), "tokens/cpu-s")
	}
}

// BenchmarkTagTreebank tags the dev splits' sentences (36,000 words).
func BenchmarkTagTreebank(b *testing.B) { benchTreebank(b, text.Tag) }

// BenchmarkParseTreebank tags and parses the dev splits' sentences.
func BenchmarkParseTreebank(b *testing.B) { benchTreebank(b, text.Parse) }

// BenchmarkParseTaggedTreebank parses the dev splits' sentences tagged
// beforehand (not timed), as an extractor parses a paragraph Read tagged.
func BenchmarkParseTaggedTreebank(b *testing.B) { benchParseTagged(b, text.Tag, text.Parse) }

// benchParseTagged times parse over the dev splits' sentences, tagged by
// tag beforehand (not timed).
func benchParseTagged(b *testing.B, tag, parse func(*text.Paragraph)) {
	ps, _ := treebankParagraphs(b)
	for i := range ps {
		tag(&ps[i])
	}
	benchTreebankParas(b, ps, func(p *text.Paragraph) {
		p.Tagged = true
		parse(p)
	})
}

// BenchmarkFiles measures, for each model file listed in $TEXT_BENCH_MODELS
// (separated by commas), tagging, parsing tagged paragraphs and both, as
// BenchmarkTagTreebank, BenchmarkParseTaggedTreebank and
// BenchmarkParseTreebank do for the embedded model, so that models' speeds
// are measured side by side in one run:
//
//	TEXT_BENCH_MODELS=a.model,b.model go test -run XXX -bench Files -benchtime 3x -cpu 1
func BenchmarkFiles(b *testing.B) {
	list := os.Getenv("TEXT_BENCH_MODELS")
	if list == "" {
		b.Skip("no models: set TEXT_BENCH_MODELS to model files separated by commas")
	}
	var models []*text.Model
	names := strings.Split(list, ",")
	for _, f := range names {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		m, err := text.LoadModel(data)
		if err != nil {
			b.Fatalf("%s: %v", f, err)
		}
		models = append(models, m)
	}
	// Each measure for every model before the next measure, so that a
	// change in the machine's load falls on all the models alike.
	b.Run("tag", func(b *testing.B) {
		for i, m := range models {
			b.Run(filepath.Base(names[i]), func(b *testing.B) { benchTreebank(b, m.Tag) })
		}
	})
	b.Run("parse-tagged", func(b *testing.B) {
		for i, m := range models {
			b.Run(filepath.Base(names[i]), func(b *testing.B) { benchParseTagged(b, m.Tag, m.Parse) })
		}
	})
	b.Run("tag+parse", func(b *testing.B) {
		for i, m := range models {
			b.Run(filepath.Base(names[i]), func(b *testing.B) { benchTreebank(b, m.Parse) })
		}
	})
}
