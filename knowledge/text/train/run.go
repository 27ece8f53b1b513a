package train

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/briefbot/briefbot/knowledge/text"
	"github.com/briefbot/briefbot/knowledge/text/conllu"
)

// Main runs the train command with args (without the program's name):
//
//	train [flags]        train a model and write it (-out)
//	train eval [flags]   print the figures of a model on a split
func Main(args []string, stdout io.Writer) error {
	if len(args) > 0 && args[0] == "eval" {
		return evalMain(args[1:], stdout)
	}
	if len(args) > 0 && args[0] == "prune" {
		return pruneMain(args[1:], stdout)
	}
	return trainMain(args, stdout)
}

func trainMain(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	data := fs.String("data", "../shared/nlp", "the folder of the treebanks")
	out := fs.String("out", "knowledge/text/"+text.ModelFile, "where to write the model")
	tagEpochs := fs.Int("tag-epochs", 8, "passes of the tagger over the training sentences")
	parseEpochs := fs.Int("parse-epochs", 14, "passes of the parser")
	folds := fs.Int("folds", 4, "jackknife folds giving the parser predicted tags (below 2: gold tags)")
	foldRun := fs.Int("fold-run", 1, "deal the sentences to the jackknife folds in runs of this many in a row (1: one by "+
		"one), so that a document's sentences fall mostly in one fold")
	jackAll := fs.Bool("jackknife-all", false, "give the parser the tags of both passes of the tagger, jackknifed "+
		"(else those of the first pass)")
	repair := fs.Bool("repair", true, "train the parser with the non-monotonic Left-Arc (a word given a head may "+
		"be given another on its right)")
	parserRuns := fs.Int("parser-runs", 1, "train the parser this many times with different seeds and keep the mean "+
		"of their weights")
	taggerRuns := fs.Int("tagger-runs", 1, "train each pass of the tagger this many times with different seeds and "+
		"keep the mean of their weights")
	parseBranches := fs.Int("branches", 2, "the most parses of a sentence the model makes, with selectional branching "+
		"(1: greedy); kept in the model")
	branchMargin := fs.Int("branch-margin", 1000, "with -branches: how close to the best move a runner-up must score to "+
		"start a parse of its own, in the weight table's levels; kept in the model")
	seed := fs.Uint64("seed", 1, "the seed of the shuffles and the parser's exploration")
	tagRestrict := fs.Int("tag-restrict", 20, "a word seen this many times is tagged with one of the classes it takes "+
		"in the treebanks (0: any class)")
	recheck := fs.Int("recheck", 6000, "the tagger's second pass tags again only the words the first chose by a margin "+
		"below this (0: all)")
	labelMin := fs.Int("label-min", 2, "the parser gives an arc between words of two parts of speech only the labels "+
		"seen at least this many times on such arcs in training")
	minUpdates := fs.Int("min-updates", 3, "keep a feature once it has been updated this many times in training")
	explore := fs.Float64("explore", 0.9, "probability of following the parser's own move in training")
	subset := fs.Int("subset", 0, "train on the first N sentences only (0: all), for quick trials")
	gumWeight := fs.Int("gum-weight", 2, "how many times each GUM sentence counts (news and encyclopedic text, "+
		"closer to briefbot's articles than EWT's web text)")
	dev := fs.Bool("dev", true, "print dev figures after each pass")
	withDev := fs.Bool("with-dev", true, "train on the dev splits too, as the shipped model is (then no dev figures "+
		"are printed: score the test splits; -with-dev=false to compare settings on dev)")
	prune := fs.Int("prune", 55, "drop the weights whose code (1-127) is below this, as train prune does")
	pfile := fs.String("parser-features", "", "a file of the parser's templates, one a line, in place of "+
		"text.ParserFeatures (to compare feature sets on dev)")
	tfile := fs.String("tagger-features", "", "a file of the tagger's templates, one a line, in place of "+
		"text.TaggerFeatures (to compare feature sets on dev)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	pfeats, err := readTemplates(*pfile, "parser")
	if err != nil {
		return err
	}
	tfeats, err := readTemplates(*tfile, "tagger")
	if err != nil {
		return err
	}
	start := time.Now()
	logf := func(format string, a ...any) {
		fmt.Fprintf(stdout, "%6.1fs  %s\n", time.Since(start).Seconds(), fmt.Sprintf(format, a...))
	}
	trainBanks, err := Load(*data, "train")
	if err != nil {
		return err
	}
	if *withDev {
		devBanks, err := Load(*data, "dev")
		if err != nil {
			return err
		}
		trainBanks = append(trainBanks, devBanks...)
		*dev = false
	}
	var sents []text.Paragraph
	var repeat []int
	for _, b := range trainBanks {
		ps := Paragraphs(b)
		sents = append(sents, ps...)
		for range ps {
			if strings.HasPrefix(b.Name, "gum") {
				repeat = append(repeat, *gumWeight)
			} else {
				repeat = append(repeat, 1)
			}
		}
	}
	if *subset > 0 && *subset < len(sents) {
		// Every k-th sentence, so that a subset holds both treebanks.
		k := len(sents) / *subset
		var sub = sents[:0:0]
		var subRepeat []int
		for i := 0; i < len(sents) && len(sub) < *subset; i += k {
			sub = append(sub, sents[i])
			subRepeat = append(subRepeat, repeat[i])
		}
		sents, repeat = sub, subRepeat
	}
	var devBanks []Bank
	if *dev {
		if devBanks, err = Load(*data, "dev"); err != nil {
			return err
		}
	}
	logf("%d training sentences", len(sents))
	m, err := text.Train(sents, text.TrainOptions{
		TagEpochs: *tagEpochs, ParseEpochs: *parseEpochs, Folds: *folds, FoldRun: *foldRun, JackknifeAll: *jackAll, Repair: *repair,
		ParserRuns: *parserRuns, TaggerRuns: *taggerRuns, Seed: *seed,
		Explore: *explore, MinUpdates: *minUpdates, TagRestrict: *tagRestrict, Recheck: *recheck,
		LabelMin: *labelMin, Repeat: repeat, ParserFeatures: pfeats, TaggerFeatures: tfeats, Log: logf,
		ParseBranches: *parseBranches, BranchMargin: *branchMargin,
		Report: func(stage string, epoch int, m *text.Model) {
			for _, b := range devBanks {
				sc := Evaluate(m, b, stage == "parser")
				if stage == "parser" {
					logf("%s pass %d  %-10s UAS %.2f  LAS %.2f  (UPOS %.2f)", stage, epoch, b.Name, pct(sc.UAS, sc.Words),
						pct(sc.LAS, sc.Words), pct(sc.UPOS, sc.Words))
				} else {
					logf("%s pass %d  %-10s UPOS %.2f  XPOS %.2f  lemma %.2f", stage, epoch, b.Name, pct(sc.UPOS, sc.Words),
						pct(sc.XPOS, sc.Words), pct(sc.Lemma, sc.Words))
				}
			}
		},
	})
	if err != nil {
		return err
	}
	b, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	if *prune > 0 {
		if b, err = text.PruneModel(b, *prune, *prune); err != nil {
			return err
		}
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		return fmt.Errorf("cannot write the model: %w", err)
	}
	logf("wrote %s (%d bytes)", *out, len(b))
	return nil
}

// readTemplates reads a file of feature templates, one a line ("#" starts
// a comment line); nil for no file.
func readTemplates(file, of string) ([]string, error) {
	if file == "" {
		return nil, nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("cannot read the %s's templates: %w", of, err)
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no templates", file)
	}
	return out, nil
}

func pruneMain(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("train prune", flag.ContinueOnError)
	in := fs.String("in", "", "the model to prune")
	out := fs.String("out", "", "where to write the pruned model")
	minTag := fs.Int("min-tag", 0, "drop tagger weights whose code (1-127) is below this")
	minParse := fs.Int("min-parse", 0, "drop parser weights whose code (1-127) is below this")
	if err := fs.Parse(args); err != nil {
		return err
	}
	b, err := os.ReadFile(*in)
	if err != nil {
		return fmt.Errorf("cannot read the model: %w", err)
	}
	p, err := text.PruneModel(b, *minTag, *minParse)
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, p, 0o644); err != nil {
		return fmt.Errorf("cannot write the model: %w", err)
	}
	fmt.Fprintf(stdout, "%s: %d bytes -> %s: %d bytes\n", *in, len(b), *out, len(p))
	return nil
}

func evalMain(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("train eval", flag.ContinueOnError)
	data := fs.String("data", "../shared/nlp", "the folder of the treebanks")
	model := fs.String("model", "knowledge/text/"+text.ModelFile, "the model file")
	split := fs.String("split", "test", "the split to score: dev or test")
	raw := fs.Bool("raw", true, "also score GUM from raw text, with the tokenizer and sentence splitter")
	segName := fs.String("segmenter", "text", "how to read raw text: text (the tokenizer) or whitespace (a stand-in)")
	branches := fs.Int("branches", 0, "the most parses of a sentence, with selectional branching (0: the model's "+
		"setting, 1: greedy)")
	margin := fs.Int("branch-margin", 0, "with -branches: how close to the best move a runner-up must score to "+
		"start a parse of its own, in the weight table's levels")
	confusions := fs.Bool("confusions", false, "also print, for each tagging error (gold and predicted universal "+
		"tag), the words, and how many of them and of their gold dependents get a wrong head")
	if err := fs.Parse(args); err != nil {
		return err
	}
	b, err := os.ReadFile(*model)
	if err != nil {
		return fmt.Errorf("cannot read the model: %w", err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	t0 := time.Now()
	m, err := text.LoadModel(b)
	if err != nil {
		return err
	}
	if *branches > 0 {
		m.SetBranching(*branches, int32(*margin))
	}
	first := Paragraph(conllu.Sentence{Words: []conllu.Word{{Form: "Officials", SpaceAfter: true}, {Form: "said"},
		{Form: "."}}})
	m.Parse(&first)
	took := time.Since(t0)
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Fprintf(stdout, "model %s: %d bytes on disk, %d bytes of heap once loaded, loaded and first sentence parsed "+
		"in %v\n", *model, len(b), int64(after.HeapAlloc)-int64(before.HeapAlloc), took.Round(time.Millisecond))
	runtime.KeepAlive(m)
	runtime.KeepAlive(b) // counted in before, so kept alive till after
	banks, err := Load(*data, *split)
	if err != nil {
		return err
	}
	if len(banks) == 0 {
		return errors.New("no treebanks")
	}
	for _, bk := range banks {
		fmt.Fprintf(stdout, "%-12s gold tokens: %v\n", bk.Name, Evaluate(m, bk, true))
		if *confusions {
			printConfusions(stdout, Confusions(m, bk))
		}
	}
	if *raw {
		seg, ok := Segmenters[*segName]
		if !ok {
			return fmt.Errorf("no segmenter %q", *segName)
		}
		for _, bk := range banks {
			if bk.Name == "gum-"+*split {
				fmt.Fprintf(stdout, "%-12s raw text (%s): %v\n", bk.Name, *segName, EvaluateRaw(m, bk, seg))
			}
		}
	}
	return nil
}

// Segmenters are the ways to read raw text the raw-text figures can use:
// text's own tokenizer and sentence splitter, and the whitespace stand-in.
var Segmenters = map[string]Segmenter{
	"text":       func(s string) text.Paragraph { return text.Read(1, "body", s) },
	"whitespace": Whitespace,
}

// printConfusions prints the costliest tagging errors, then the words
// tagged right for the base rate.
func printConfusions(w io.Writer, cs []Confusion) {
	fmt.Fprintf(w, "  %-14s %6s %11s %6s %11s\n", "gold -> tagged", "words", "wrong head", "deps", "wrong head")
	line := func(name string, c Confusion) {
		fmt.Fprintf(w, "  %-14s %6d %5d %4.0f%% %6d %5d %4.0f%%\n", name, c.Words, c.WrongHead, pct(c.WrongHead, c.Words),
			c.Deps, c.WrongDepHead, pct(c.WrongDepHead, c.Deps))
	}
	for i, c := range cs[:len(cs)-1] {
		if i == 25 {
			break
		}
		line(c.Gold.String()+" -> "+c.Sys.String(), c)
	}
	line("tagged right", cs[len(cs)-1])
}
