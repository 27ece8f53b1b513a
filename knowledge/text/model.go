package text

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"sync"
)

// ModelFile is where the trained model lives, relative to this package's
// folder; cmd/train writes it.
const ModelFile = "model/text.model"

//go:embed model
var modelFS embed.FS

// Model is a trained tagger, lemmatizer and parser. It is read-only once
// loaded, and safe for concurrent use.
type Model struct {
	tagger tagger
	lemma  lemmatizer
	parser parser
}

// ErrNoModel is returned when the binary was built without a trained model.
var ErrNoModel = errors.New("text: no trained model is embedded (knowledge/text/" + ModelFile + " is missing); " +
	"train one with: " + trainCommand)

// trainCommand is the command that trains the model, run from the
// repository's root.
const trainCommand = "go run ./cmd/train -data ../shared/nlp -out knowledge/text/" + ModelFile

var embedded struct {
	once  sync.Once
	model *Model
	err   error
}

// Default returns the embedded model, loading it on first use.
func Default() (*Model, error) {
	embedded.once.Do(func() {
		data, err := modelFS.ReadFile(ModelFile)
		if errors.Is(err, fs.ErrNotExist) {
			embedded.err = ErrNoModel
			return
		}
		if err != nil {
			embedded.err = fmt.Errorf("text: cannot read the embedded model: %w", err)
			return
		}
		embedded.model, embedded.err = LoadModel(data)
	})
	return embedded.model, embedded.err
}

// ModelVersion identifies the embedded model by its bytes (12 hex digits of
// their SHA-256; "none" without a model): knowledge.ExtractorVersion folds
// it in, so that an index re-extracts its articles when the model changes.
var ModelVersion = sync.OnceValue(func() string {
	data, err := modelFS.ReadFile(ModelFile)
	if err != nil {
		return "none"
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:6])
})

func mustDefault() *Model {
	m, err := Default()
	if err != nil {
		panic(err)
	}
	return m
}

// Tag gives every token of p its part of speech (POS and Tag) and Lemma,
// with the embedded model. It panics if the binary has no model (see
// Default).
func Tag(p *Paragraph) { mustDefault().Tag(p) }

// Parse tags and parses every sentence of p with the embedded model.
func Parse(p *Paragraph) { mustDefault().Parse(p) }

// ParseSentence tags and parses sentence i of p only, with the embedded
// model.
func ParseSentence(p *Paragraph, i int) { mustDefault().ParseSentence(p, i) }

// Known tells a word (lower-cased) that the treebanks hold often enough
// for the tagger's lexicon: a common word of English, or a name written
// often. It panics if the binary has no model (see Default).
func Known(low string) bool { return mustDefault().tagger.knows(low) }

// scratch is the working memory of one call, reused through a pool so that
// tagging and parsing allocate nothing per token.
type scratch struct {
	lex     []lexeme
	low     []byte
	tags    []uint16
	pre     []uint16 // the first pass's tags
	feats   []uint64
	scores  [maxClasses]int32
	margins []int32
	look    lookup
	cands   []uint8
	vals    pvalues
	tvals   tvalues
	words   []uint64
	st      pstate
	// The parser's selectional branching (parser.parseRun).
	path, greedy []uint8
	alts         []branch
	bestHead     []int32
	bestRel      []Rel
	size         []int32
	pending      []pendingLemma
	lemBuf       []byte
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// sentences returns the sentences of p that can be read, giving p one
// sentence over all its tokens when it has none.
func sentences(p *Paragraph) []Sentence {
	if len(p.Sentences) == 0 && len(p.Tokens) > 0 {
		p.Sentences = []Sentence{{Start: 0, End: len(p.Tokens)}}
		for i := range p.Tokens {
			p.Tokens[i].Sent = 0
		}
	}
	return p.Sentences
}

// usable reports whether s is a token range of p.
func usable(p *Paragraph, s Sentence) bool {
	return 0 <= s.Start && s.Start < s.End && s.End <= len(p.Tokens)
}

// Tag gives every token of p its part of speech and lemma.
func (m *Model) Tag(p *Paragraph) {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	for _, s := range sentences(p) {
		if usable(p, s) {
			m.tagRange(p.Tokens[s.Start:s.End], sc)
		}
	}
	p.Tagged = true
}

// tagRange tags and lemmatises toks, leaving their lexemes and classes in sc.
func (m *Model) tagRange(toks []Token, sc *scratch) {
	tags := m.tagger.tagSentence(toks, sc)
	for i := range toks {
		c := m.tagger.classes[tags[i]]
		toks[i].POS, toks[i].Tag = c.pos, c.xpos
	}
	m.lemma.lemmatise(toks, tags, sc, &m.tagger)
}

// Parse tags and parses every sentence of p, and marks it Parsed.
func (m *Model) Parse(p *Paragraph) {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	for i := range sentences(p) {
		m.parseSentence(p, i, sc)
	}
	p.Parsed, p.Tagged = true, true
}

// ParseSentence tags and parses sentence i of p only: an extractor that needs
// one sentence's structure pays for that one. A sentence already parsed is
// left as it is, so extractors may ask for the same sentence freely.
func (m *Model) ParseSentence(p *Paragraph, i int) {
	if i < 0 || i >= len(sentences(p)) {
		return
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	m.parseSentence(p, i, sc)
}

func (m *Model) parseSentence(p *Paragraph, i int, sc *scratch) {
	s := p.Sentences[i]
	if s.Parsed || !usable(p, s) {
		return
	}
	p.Sentences[i].Parsed = true
	toks := p.Tokens[s.Start:s.End]
	if !p.Tagged || !m.readTags(toks, sc) {
		m.tagRange(toks, sc)
		sc.words = sc.words[:0]
		for k := range sc.lex {
			sc.words = append(sc.words, sc.lex[k].word)
		}
	}
	root := -1
	for a := 0; a < len(toks); a += maxParse {
		b := min(a+maxParse, len(toks))
		m.parser.parseRun(sc.words[a:b], sc.tags[a:b], m.tagger.classes, sc)
		st := &sc.st
		n := int32(b - a)
		for k := range toks[a:b] {
			t := &toks[a+k]
			t.Sent = i
			h, r := st.head[k], st.rel[k]
			switch {
			case h == n && root < 0:
				root = s.Start + a + k
				t.Head, t.Rel = -1, RelRoot
			case h == n || h < 0:
				// A second root, in a piece after the first or by a slip
				// of the parser: it hangs from the first.
				t.Head, t.Rel = root, RelParataxis
			default:
				t.Head, t.Rel = s.Start+a+int(h), r
			}
		}
	}
	// Second roots found before the first root of the same piece were given
	// root -1; point them at the root now known.
	for k := range toks {
		if t := &toks[k]; t.Head == -1 && s.Start+k != root {
			t.Head, t.Rel = root, RelParataxis
		}
	}
}

// readTags reads the classes of toks, tagged before, into sc.tags and their
// word values into sc.words; false when a token's tags are not a class of
// the model's (the tokens were tagged some other way).
func (m *Model) readTags(toks []Token, sc *scratch) bool {
	sc.tags, sc.words = sc.tags[:0], sc.words[:0]
	for k := range toks {
		t := &toks[k]
		c, ok := m.tagger.classOf(t.POS, t.Tag)
		if !ok {
			return false
		}
		sc.tags = append(sc.tags, c)
		if t.Low != "" {
			sc.words = append(sc.words, fnv(t.Low))
		} else {
			sc.low = normalise(t.Text, sc.low)
			sc.words = append(sc.words, fnv(sc.low))
		}
	}
	return true
}
