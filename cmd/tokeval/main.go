// Command tokeval measures briefbot's tokenizer and sentence splitter
// (knowledge/text) against the Universal Dependencies treebanks.
//
// For each treebank file it rebuilds each paragraph's raw text from its
// sentences (the "# text" lines, joined by a space unless the last word of a
// sentence has SpaceAfter=No; "# newpar" and "# newdoc" start a paragraph),
// reads it with text.Read, and compares with the gold annotation:
//
//   - token precision, recall and F1: a token is its byte span in the
//     paragraph; multiword tokens count as their words ("don't" is "do" +
//     "n't"), as the tokenizer splits them;
//   - sentence-boundary precision, recall and F1: a boundary is the offset at
//     which a sentence starts inside a paragraph (the paragraph's own start
//     is left out, as it is always right);
//   - whole-sentence F1: a sentence is right when both its ends are, the
//     first and last sentences of each paragraph included;
//   - speed of Read in bytes per second of CPU time on one core (GOMAXPROCS
//     is 1), and its allocations per paragraph.
//
// Usage:
//
//	go run ./cmd/tokeval -nlp ../shared/nlp -sets en_ewt-dev,gum-dev [-errors 20]
//
// The treebanks are read where they are; nothing of them is written out but
// the error listing asked for with -errors, printed to the terminal.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge/text"
	"github.com/briefbot/briefbot/knowledge/text/conllu"
)

func main() {
	dir := flag.String("nlp", "../shared/nlp", "folder of the treebanks (en_ewt-*.conllu.gz, gum-*.conllu.gz)")
	sets := flag.String("sets", "en_ewt-dev,gum-dev", "comma-separated treebank files, without .conllu.gz")
	errs := flag.Int("errors", 0, "print up to this many token and sentence errors per set")
	repeat := flag.Int("repeat", 5, "times to read each set for the speed figure")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the speed runs to this file")
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintf(os.Stderr, "tokeval: %v\n", err)
			os.Exit(1)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(os.Stderr, "tokeval: %v\n", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	if *repeat < 1 {
		fmt.Fprintln(os.Stderr, "tokeval: -repeat must be at least 1")
		os.Exit(2)
	}
	runtime.GOMAXPROCS(1)
	fmt.Printf("%-14s %7s %7s %7s  %7s %7s %7s  %7s  %6s %9s %8s\n", "set", "tok P", "tok R", "tok F1",
		"sent P", "sent R", "sent F1", "whole", "paras", "MB/s", "allocs/p")
	for _, name := range strings.Split(*sets, ",") {
		path := filepath.Join(*dir, strings.TrimSpace(name)+".conllu.gz")
		ss, err := conllu.ReadFile(path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "tokeval: %v\n", err)
			os.Exit(1)
		}
		paras, err := paragraphs(ss)
		if err != nil {
			fmt.Fprintf(os.Stderr, "tokeval: %s: %v\n", path, err)
			os.Exit(1)
		}
		var sc score
		shown := errorLog{max: *errs}
		for i := range paras {
			sc.add(&paras[i], &shown)
		}
		mbs, allocs := speed(paras, *repeat)
		fmt.Printf("%-14s %7.2f %7.2f %7.2f  %7.2f %7.2f %7.2f  %7.2f  %6d %9.1f %8.2f\n", name,
			100*sc.tok.p(), 100*sc.tok.r(), 100*sc.tok.f(), 100*sc.bound.p(), 100*sc.bound.r(), 100*sc.bound.f(),
			100*sc.whole.f(), len(paras), mbs, allocs)
		shown.print()
	}
}

// paragraph is the raw text of a treebank paragraph with its gold tokens
// and sentences, as byte spans.
type paragraph struct {
	text  string
	toks  []span
	sents []span // byte spans of the sentences
}

type span struct{ a, b int }

// paragraphs rebuilds the paragraphs of a treebank file.
func paragraphs(ss []conllu.Sentence) ([]paragraph, error) {
	var out []paragraph
	var b strings.Builder
	var cur paragraph
	flush := func() {
		if len(cur.sents) > 0 {
			cur.text = b.String()
			out = append(out, cur)
		}
		cur = paragraph{}
		b.Reset()
	}
	spaceAfter := true
	for _, s := range ss {
		if s.NewPar || s.NewDoc {
			flush()
		}
		if b.Len() > 0 && spaceAfter {
			b.WriteByte(' ')
		}
		base := b.Len()
		b.WriteString(s.Text)
		at := 0
		for _, w := range s.Words {
			for at < len(s.Text) {
				r, n := utf8.DecodeRuneInString(s.Text[at:])
				if !text.IsSeparator(r) {
					break
				}
				at += n
			}
			if !strings.HasPrefix(s.Text[at:], w.Form) {
				return nil, fmt.Errorf("sentence %s: word %q not found at %d of %q", s.ID, w.Form, at, s.Text)
			}
			cur.toks = append(cur.toks, span{base + at, base + at + len(w.Form)})
			at += len(w.Form)
		}
		cur.sents = append(cur.sents, span{base, base + len(s.Text)})
		spaceAfter = len(s.Words) == 0 || s.Words[len(s.Words)-1].SpaceAfter
	}
	flush()
	return out, nil
}

// count is precision and recall counts.
type count struct{ hit, pred, gold int }

func (c count) p() float64 { return ratio(c.hit, c.pred) }
func (c count) r() float64 { return ratio(c.hit, c.gold) }
func (c count) f() float64 {
	p, r := c.p(), c.r()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

type score struct{ tok, bound, whole count }

// add scores one paragraph.
func (sc *score) add(p *paragraph, log *errorLog) {
	got := text.Read(1, "body", p.text)
	pred := make(map[span]bool, len(got.Tokens))
	for _, t := range got.Tokens {
		pred[span{t.Start, t.End}] = true
	}
	gold := make(map[span]bool, len(p.toks))
	for _, t := range p.toks {
		gold[t] = true
		if pred[t] {
			sc.tok.hit++
		}
	}
	sc.tok.pred += len(pred)
	sc.tok.gold += len(gold)
	if log.tokens < log.max {
		for _, t := range p.toks {
			if !pred[t] {
				log.token(p, got.Tokens, t)
				break
			}
		}
	}

	// Sentences as byte spans, from their first token's start to their
	// last token's end.
	var ps []span
	for _, s := range got.Sentences {
		ps = append(ps, span{got.Tokens[s.Start].Start, got.Tokens[s.End-1].End})
	}
	predB := map[int]bool{}
	for _, s := range ps[min(1, len(ps)):] {
		predB[s.a] = true
	}
	goldB := map[int]bool{}
	for _, s := range p.sents[1:] {
		goldB[s.a] = true
	}
	for a := range goldB {
		if predB[a] {
			sc.bound.hit++
		} else {
			log.sentence(p, a, "missed")
		}
	}
	for a := range predB {
		if !goldB[a] {
			log.sentence(p, a, "extra")
		}
	}
	sc.bound.pred += len(predB)
	sc.bound.gold += len(goldB)
	whole := map[span]bool{}
	for _, s := range ps {
		whole[s] = true
	}
	for _, s := range p.sents {
		if whole[trim(p.text, s)] {
			sc.whole.hit++
		}
	}
	sc.whole.pred += len(ps)
	sc.whole.gold += len(p.sents)
}

// trim narrows a gold sentence span to its non-space text.
func trim(text string, s span) span {
	for s.a < s.b && text[s.a] == ' ' {
		s.a++
	}
	for s.b > s.a && text[s.b-1] == ' ' {
		s.b--
	}
	return s
}

// speed reads every paragraph repeat times on one core and returns the
// megabytes read per second of the process's CPU time (so that other work
// on a shared machine does not count) and the allocations per paragraph.
func speed(paras []paragraph, repeat int) (float64, float64) {
	size := 0
	for _, p := range paras {
		size += len(p.text)
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := cpuTime()
	for r := 0; r < repeat; r++ {
		for _, p := range paras {
			_ = text.Read(1, "body", p.text)
		}
	}
	took := cpuTime() - start
	runtime.ReadMemStats(&after)
	mb := float64(size*repeat) / 1e6
	return mb / took.Seconds(), float64(after.Mallocs-before.Mallocs) / float64(len(paras)*repeat)
}

// cpuTime returns the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// errorLog collects examples of errors to print.
type errorLog struct {
	max            int
	tokens, sents  int
	tokLog, senLog []string
}

// token logs a gold token the tokenizer missed, with the tokens around it.
func (l *errorLog) token(p *paragraph, got []text.Token, t span) {
	a, b := max(0, t.a-40), min(len(p.text), t.b+40)
	var g, s []string
	for _, x := range p.toks {
		if x.a >= a && x.b <= b {
			g = append(g, p.text[x.a:x.b])
		}
	}
	for _, x := range got {
		if x.Start >= a && x.End <= b {
			s = append(s, x.Text)
		}
	}
	l.tokens++
	l.tokLog = append(l.tokLog, fmt.Sprintf("  gold: %s\n  got:  %s", strings.Join(g, " "), strings.Join(s, " ")))
}

// sentence logs a boundary at byte a that was missed or added.
func (l *errorLog) sentence(p *paragraph, a int, what string) {
	if l.sents >= l.max {
		return
	}
	l.sents++
	lo, hi := max(0, a-60), min(len(p.text), a+40)
	l.senLog = append(l.senLog, fmt.Sprintf("  %-6s %q ‖ %q", what, p.text[lo:a], p.text[a:hi]))
}

func (l *errorLog) print() {
	if len(l.tokLog) > 0 {
		fmt.Println(" token errors (gold token missed):")
		fmt.Println(strings.Join(l.tokLog, "\n"))
	}
	if len(l.senLog) > 0 {
		fmt.Println(" sentence boundary errors:")
		fmt.Println(strings.Join(l.senLog, "\n"))
	}
}
