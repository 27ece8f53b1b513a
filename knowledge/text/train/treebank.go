package train

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/briefbot/briefbot/knowledge/text"
	"github.com/briefbot/briefbot/knowledge/text/conllu"
)

// Treebanks are the treebank files, by split, relative to the data folder.
var Treebanks = map[string][]string{
	"train": {"en_ewt-train.conllu.gz", "gum-train.conllu.gz"},
	"dev":   {"en_ewt-dev.conllu.gz", "gum-dev.conllu.gz"},
	"test":  {"en_ewt-test.conllu.gz", "gum-test.conllu.gz"},
}

// Bank is one treebank file read.
type Bank struct {
	Name      string // "en_ewt-dev"
	Sentences []conllu.Sentence
}

// Load reads the treebanks of a split from dir.
func Load(dir, split string) ([]Bank, error) {
	files, ok := Treebanks[split]
	if !ok {
		return nil, fmt.Errorf("no split %q", split)
	}
	var out []Bank
	for _, f := range files {
		ss, err := conllu.ReadFile(filepath.Join(dir, f))
		if err != nil {
			return nil, fmt.Errorf("cannot read the treebank: %w", err)
		}
		out = append(out, Bank{Name: strings.TrimSuffix(f, ".conllu.gz"), Sentences: ss})
	}
	return out, nil
}

// FindData looks for the folder shared/nlp in from and the folders above it,
// for tests that need the treebanks; "" when there is none.
func FindData(from string) string {
	dir, err := filepath.Abs(from)
	if err != nil {
		return ""
	}
	for {
		d := filepath.Join(dir, "shared", "nlp")
		if _, err := os.Stat(filepath.Join(d, Treebanks["test"][0])); err == nil {
			return d
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Paragraph turns a treebank sentence into a one-sentence paragraph whose
// tokens are its words, with the gold annotation (the text is the words
// joined as SpaceAfter says).
func Paragraph(s conllu.Sentence) text.Paragraph {
	var p text.Paragraph
	var b strings.Builder
	space := true
	for i, w := range s.Words {
		if i > 0 && space {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(w.Form)
		p.Tokens = append(p.Tokens, text.Token{
			Start: start, End: b.Len(), Text: w.Form, Space: i == 0 || space,
			POS: text.ParsePOS(w.UPOS), Tag: w.XPOS, Lemma: w.Lemma, Head: w.Head, Rel: text.ParseRel(w.Rel),
		})
		space = w.SpaceAfter
	}
	p.Text = b.String()
	p.Sentences = []text.Sentence{{Start: 0, End: len(p.Tokens)}}
	return p
}

// Paragraphs turns every sentence of banks into a paragraph.
func Paragraphs(banks ...Bank) []text.Paragraph {
	var out []text.Paragraph
	for _, b := range banks {
		for _, s := range b.Sentences {
			out = append(out, Paragraph(s))
		}
	}
	return out
}
