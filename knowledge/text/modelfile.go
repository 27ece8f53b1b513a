package text

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
)

// The model file is gzip over a sequence of sections, all integers as
// varints (model/README.md describes it for a reader without this code).

const modelMagic = "briefbot text model 7\n"

// MarshalBinary returns the model as a model file. The same model gives the
// same bytes.
func (m *Model) MarshalBinary() ([]byte, error) {
	var raw bytes.Buffer
	w := &writer{w: &raw}
	w.bytes([]byte(modelMagic))
	for _, tp := range m.tagger.passes {
		if !tp.weights.keeps {
			return nil, errors.New("text: only a model just trained can be written")
		}
	}
	if !m.parser.weights.keeps {
		return nil, errors.New("text: only a model just trained can be written")
	}
	// Tagger.
	w.uint(uint64(len(m.tagger.classes)))
	for _, c := range m.tagger.classes {
		w.str(c.pos.String())
		w.str(c.xpos)
	}
	w.uint(uint64(len(m.tagger.passes)))
	for _, tp := range m.tagger.passes {
		w.strs(tp.features)
		w.linear(tp.weights)
	}
	w.uint(uint64(len(m.tagger.sets)))
	for _, set := range m.tagger.sets {
		w.uint(uint64(len(set)))
		pc := uint8(0)
		for _, c := range set {
			w.uint(uint64(c - pc))
			pc = c
		}
	}
	w.uint(uint64(m.tagger.open + 1))
	w.uint(uint64(m.tagger.margin))
	keys := slices.Sorted(maps.Keys(m.tagger.lexicon))
	w.uint(uint64(len(keys)))
	prev := uint64(0)
	for _, k := range keys {
		w.uint(k - prev)
		prev = k
		li := m.tagger.lexicon[k]
		w.uint(li.amb)
		w.uint(uint64(li.only + 1))
		w.uint(uint64(li.set + 1))
		w.bool(li.common)
	}
	// Lemmatizer.
	w.strs(m.lemma.xpos)
	w.uint(uint64(len(m.lemma.classXPOS)))
	for _, x := range m.lemma.classXPOS {
		w.uint(uint64(x))
	}
	rk := slices.SortedFunc(maps.Keys(m.lemma.rules), func(a, b suffixKey) int {
		if a.xpos != b.xpos {
			return int(a.xpos) - int(b.xpos)
		}
		return cmpString(a.suffix, b.suffix)
	})
	w.uint(uint64(len(rk)))
	for _, k := range rk {
		r := m.lemma.rules[k]
		w.uint(uint64(k.xpos))
		w.str(k.suffix)
		w.uint(uint64(r.strip))
		w.str(r.add)
	}
	ek := slices.SortedFunc(maps.Keys(m.lemma.exceptions), func(a, b exceptionKey) int {
		if a.word != b.word {
			if a.word < b.word {
				return -1
			}
			return 1
		}
		return int(a.class) - int(b.class)
	})
	w.uint(uint64(len(ek)))
	prev = 0
	for _, k := range ek {
		w.uint(k.word - prev)
		prev = k.word
		w.uint(uint64(k.class))
		w.str(m.lemma.exceptions[k])
	}
	// Parser.
	w.strs(m.parser.features)
	var allowed []uint64
	for c, ok := range m.parser.allowed {
		if ok {
			allowed = append(allowed, uint64(c))
		}
	}
	w.uint(uint64(len(allowed)))
	for _, c := range allowed {
		w.uint(c)
	}
	for dir := range m.parser.labels {
		for h := range m.parser.labels[dir] {
			for _, set := range m.parser.labels[dir][h] {
				w.uint(set)
			}
		}
	}
	w.linear(m.parser.weights)
	if w.err != nil {
		return nil, w.err
	}
	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// LoadModel reads a model file.
func LoadModel(data []byte) (*Model, error) { return loadModel(data, false) }

// PruneModel returns the model file data without the weights whose code
// (1 to 127, the largest weight's) is below minTag in the tagger and minParse
// in the parser: a smaller, faster and slightly less accurate model.
func PruneModel(data []byte, minTag, minParse int) ([]byte, error) {
	m, err := loadModel(data, true)
	if err != nil {
		return nil, err
	}
	for i := range m.tagger.passes {
		m.tagger.passes[i].weights = m.tagger.passes[i].weights.pruned(minTag)
	}
	m.parser.weights = m.parser.weights.pruned(minParse)
	return m.MarshalBinary()
}

// pruned returns m without the weights whose code is below minCode (keys
// kept).
func (m *linear) pruned(minCode int) *linear {
	var rows []row
	for _, r := range m.rows() {
		var q row
		for k, c := range r.classes {
			if w := int(r.codes[k]); w >= minCode || -w >= minCode {
				q.classes = append(q.classes, c)
				q.codes = append(q.codes, r.codes[k])
			}
		}
		if len(q.classes) > 0 {
			q.key = r.key
			rows = append(rows, q)
		}
	}
	return buildLinear(m.nclass, rows, true)
}

func loadModel(data []byte, keep bool) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("text: model file: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, fmt.Errorf("text: model file truncated: %w", err)
	}
	if err != nil {
		return nil, fmt.Errorf("text: model file damaged: %w", err)
	}
	r := &reader{b: raw, keep: keep}
	m, err := readModel(r)
	if err != nil {
		return nil, fmt.Errorf("text: model file: %w", err)
	}
	return m, nil
}

func readModel(r *reader) (*Model, error) {
	if !bytes.HasPrefix(r.b, []byte(modelMagic)) {
		const family = "briefbot text model "
		if line, _, ok := bytes.Cut(r.b[:min(len(r.b), 40)], []byte("\n")); ok && bytes.HasPrefix(line, []byte(family)) {
			return nil, fmt.Errorf("version %q, this code reads version %q: train the model again (%s)",
				line[len(family):], strings.TrimSpace(modelMagic[len(family):]), trainCommand)
		}
		return nil, errors.New("not a briefbot text model")
	}
	r.b = r.b[len(modelMagic):]
	m := &Model{}
	nc := r.count(255)
	for range nc {
		pos := ParsePOS(r.str())
		m.tagger.classes = append(m.tagger.classes, tagClass{pos: pos, xpos: r.str()})
	}
	np := r.count(2)
	for range np {
		tp := tagPass{features: r.strs()}
		tp.weights = r.linear(nc)
		m.tagger.passes = append(m.tagger.passes, tp)
	}
	ns := r.count(1 << 20)
	for range ns {
		k := r.count(nc)
		set := make([]uint8, k)
		c := uint64(0)
		for i := range set {
			c += r.uint()
			if c >= uint64(nc) || (i > 0 && c == uint64(set[i-1])) {
				r.fail("tag set class out of range")
				break
			}
			set[i] = uint8(c)
		}
		m.tagger.sets = append(m.tagger.sets, set)
	}
	m.tagger.open = int32(r.index(ns)) - 1
	m.tagger.margin = int32(min(r.uint(), maxMargin))
	nd := r.count(1 << 24)
	m.tagger.lexicon = make(map[uint64]lexInfo, nd)
	prev := uint64(0)
	for range nd {
		prev += r.uint()
		amb := r.uint()
		c := r.uint()
		set := r.index(ns)
		common := r.index(1) == 1
		if c > uint64(nc) {
			r.fail("tag dictionary class out of range")
		}
		m.tagger.lexicon[prev] = lexInfo{amb: amb, only: int32(c) - 1, set: int32(set) - 1, common: common}
	}
	m.lemma.xpos = r.strs()
	ncx := r.count(1 << 16)
	for range ncx {
		x := r.uint()
		if x >= uint64(len(m.lemma.xpos)) {
			r.fail("lemma tag out of range")
		}
		m.lemma.classXPOS = append(m.lemma.classXPOS, uint8(x))
	}
	nr := r.count(1 << 24)
	m.lemma.rules = make(map[suffixKey]lemmaRule, nr)
	for range nr {
		k := suffixKey{xpos: uint8(r.uint()), suffix: r.str()}
		m.lemma.rules[k] = lemmaRule{strip: uint8(r.uint()), add: r.str()}
		m.lemma.maxSuffix = max(m.lemma.maxSuffix, len(k.suffix))
		m.lemma.hasRules[k.xpos] = true
	}
	ne := r.count(1 << 24)
	m.lemma.exceptions = make(map[exceptionKey]string, ne)
	prev = 0
	for range ne {
		prev += r.uint()
		k := exceptionKey{word: prev, class: uint16(r.uint())}
		m.lemma.exceptions[k] = r.str()
	}
	m.tagger.index()
	m.lemma.index()
	m.parser.features = r.strs()
	na := r.count(numMoves)
	for range na {
		c := r.uint()
		if c >= uint64(numMoves) {
			r.fail("parser move out of range")
			break
		}
		m.parser.allowed[c] = true
	}
	for dir := range m.parser.labels {
		for h := range m.parser.labels[dir] {
			for d := range m.parser.labels[dir][h] {
				m.parser.labels[dir][h][d] = r.uint() & (1<<numRel - 1)
			}
		}
	}
	m.parser.weights = r.linear(numMoves)
	if r.err != nil {
		return nil, r.err
	}
	var err error
	for i := range m.tagger.passes {
		tp := &m.tagger.passes[i]
		if tp.templates, err = parseTaggerTemplates(tp.features); err != nil {
			return nil, err
		}
		if i == 0 && readsRight(tp.templates) {
			return nil, errors.New("the tagger's first pass reads tags on the right")
		}
	}
	if np == 0 {
		return nil, errors.New("no tagger")
	}
	if err = m.parser.setFeatures(m.parser.features); err != nil {
		return nil, err
	}
	if nc == 0 {
		return nil, errors.New("no tags")
	}
	return m, nil
}

type writer struct {
	w   io.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

func (w *writer) bytes(b []byte) {
	if w.err == nil {
		_, w.err = w.w.Write(b)
	}
}

func (w *writer) uint(x uint64) { w.bytes(w.buf[:binary.PutUvarint(w.buf[:], x)]) }

func (w *writer) bool(b bool) {
	if b {
		w.uint(1)
	} else {
		w.uint(0)
	}
}

func (w *writer) str(s string) {
	w.uint(uint64(len(s)))
	w.bytes([]byte(s))
}

func (w *writer) strs(ss []string) {
	w.uint(uint64(len(ss)))
	for _, s := range ss {
		w.str(s)
	}
}

// linear writes a weight table as its rows sorted by key.
func (w *writer) linear(m *linear) {
	rows := m.rows()
	w.uint(uint64(len(rows)))
	prev := uint64(0)
	for _, r := range rows {
		w.uint(r.key - prev)
		prev = r.key
		w.uint(uint64(len(r.classes)))
		pc := uint8(0)
		for k, c := range r.classes {
			w.uint(uint64(c - pc))
			pc = c
			w.bytes(w.buf[:binary.PutVarint(w.buf[:], int64(r.codes[k]))])
		}
	}
}

// reader decodes the model file's bytes b, remembering the first error.
type reader struct {
	b    []byte
	err  error
	keep bool // keep the keys of the weight tables
}

func (r *reader) fail(msg string) {
	if r.err == nil {
		r.err = errors.New(msg)
	}
}

func (r *reader) uint() uint64 {
	x, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail("truncated")
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return x
}

func (r *reader) int() int64 {
	x, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail("truncated")
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return x
}

// index reads a number no larger than limit.
func (r *reader) index(limit int) int {
	n := r.uint()
	if n > uint64(limit) {
		r.fail("number out of range")
		return 0
	}
	return int(n)
}

// count reads a count no larger than limit, nor than the bytes left (each
// item counted takes one at least), so that a damaged file cannot make the
// reader allocate much.
func (r *reader) count(limit int) int {
	n := r.uint()
	if n > uint64(limit) || n > uint64(len(r.b)) {
		r.fail("count out of range")
		return 0
	}
	return int(n)
}

func (r *reader) str() string {
	n := r.count(1 << 16)
	if r.err != nil {
		return ""
	}
	if n > len(r.b) {
		r.fail("truncated")
		r.b = nil
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

func (r *reader) strs() []string {
	n := r.count(1 << 16)
	out := make([]string, 0, n)
	for range n {
		out = append(out, r.str())
	}
	return out
}

// linear reads a weight table straight into its compact form.
func (r *reader) linear(nclass int) *linear {
	n := r.count(1 << 26)
	m := newLinear(nclass, n)
	m.keeps = r.keep
	var classes []uint8
	var codes []int8
	var key uint64
	for range n {
		key += r.uint()
		k := r.count(nclass)
		classes, codes = classes[:0], codes[:0]
		c := uint64(0)
		for range k {
			c += r.uint()
			code := r.int()
			if c >= uint64(nclass) || code < -numLevels || code > numLevels {
				r.fail("weight out of range")
			}
			classes = append(classes, uint8(c))
			codes = append(codes, int8(code))
		}
		if r.err != nil {
			break
		}
		m.put(key, classes, codes)
		if r.keep {
			m.kept = append(m.kept, row{key: key, classes: slices.Clone(classes), codes: slices.Clone(codes)})
		}
	}
	return m
}

// rows returns the rows of m sorted by key; a table loaded from a file keeps
// them only when asked to.
func (m *linear) rows() []row {
	out := slices.Clone(m.kept)
	slices.SortFunc(out, func(a, b row) int { return cmp.Compare(a.key, b.key) })
	return out
}
