package text

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The features of the tagger and the parser are written as tables of
// templates, one a line: each template names the one to three values it
// combines, and a feature is the hash of the template's number and those
// values. The tables are stored in the model file, so a model always runs
// with the features it was trained with; the tables below are what cmd/train
// trains with.

// TaggerFeatures are the tagger's templates. A value is attribute[position],
// the position relative to the token being tagged:
//
//	word    the lower-cased form         form    the form as written
//	suf1-4  its last 1-4 bytes           pre1-3  its first 1-3 bytes
//	shape   letters as X/x, digits as d, runs collapsed ("Xx", "d.d", "X.X.")
//	flags   digit, hyphen, capital first, all capitals, length class
//	tag     the tag already given to a token on the left, or on the right
//	        the tag the first pass gave it
//	amb     the tags the word takes in the treebanks (its ambiguity class), for
//	        a word seen there at least three times
//	sent    (any position) whether the sentence is in title case, in
//	        capitals or without capitals
//
// A line starting with "rare" is read only for a word the lexicon has seen
// too few times to choose among its own classes (TrainOptions.TagRestrict):
// what a word is made of tells little more of a word seen often than the
// word itself.
var TaggerFeatures = []string{
	"bias",
	"word[0]",
	"form[0]",
	"rare suf1[0]",
	"rare suf2[0]",
	"rare suf3[0]",
	"rare suf4[0]",
	"rare pre1[0]",
	"rare pre2[0]",
	"rare pre3[0]",
	"rare shape[0]",
	"rare flags[0]",
	"word[-1]",
	"word[-2]",
	"word[1]",
	"word[2]",
	"suf3[-1]",
	"suf3[1]",
	"suf2[1]",
	"shape[1]",
	"shape[-1]",
	"tag[-1]",
	"tag[-2]",
	"tag[-1] tag[-2]",
	"tag[-1] word[0]",
	"rare tag[-1] suf3[0]",
	"word[0] word[1]",
	"word[-1] word[0]",
	"tag[-1] word[1]",
	"word[0] suf2[1]",
	"tag[-1] shape[0]",
	"amb[0]",
	"amb[1]",
	"amb[2]",
	"amb[-1]",
	"tag[-1] amb[1]",
	"amb[0] amb[1]",
	"word[0] amb[1]",
	"amb[-1] amb[0]",
	"sent[0] shape[0]",
	"sent[0] word[0]",
	"sent[0] tag[-1] shape[0]",
	// the second pass: the tags on the right
	"tag[1]",
	"tag[2]",
	"tag[1] tag[2]",
	"tag[-1] tag[1]",
	"tag[1] word[0]",
	"tag[1] suf3[0]",
	"tag[-1] tag[1] word[0]",
}

// ParserFeatures are the parser's templates, after Zhang and Nivre (2011),
// "Transition-based dependency parsing with rich non-local features", less
// most of those that pair two words or a word with a count or a label set:
// they make the model large and slow for little accuracy (on dev, more word
// templates made it worse). A value is position.attribute; the positions are
// S0 (top of the stack), S1 and S2 (below it), N0 to N3 (the next four words
// of the input), h (head of), h2 (head of the head), l and r (leftmost and
// rightmost dependent), l2 and r2 (the second leftmost and rightmost); the
// attributes are w (word), t (tag), l (label), vl and vr (number of left and
// right dependents), sl and sr (the sets of their labels). dist is the
// distance from S0 to N0, btw the commas (0, 1, 2 or more) and whether a verb
// lie between them.
var ParserFeatures = []string{
	// single words
	"S0.w S0.t", "S0.w", "S0.t",
	"N0.w N0.t", "N0.w", "N0.t",
	"N1.w N1.t", "N1.w", "N1.t",
	"N2.t",
	// pairs (of the bilexical ones only the plainest: they are many and rare)
	"S0.w S0.t N0.t", "S0.t N0.w N0.t", "S0.w N0.w", "S0.t N0.t", "N0.t N1.t",
	// triples
	"N0.t N1.t N2.t", "S0.t N0.t N1.t", "S0h.t S0.t N0.t", "S0.t S0l.t N0.t", "S0.t S0r.t N0.t",
	"S0.t N0.t N0l.t",
	// distance
	"S0.t dist", "N0.t dist", "S0.t N0.t dist",
	// valency
	"S0.t S0.vr", "S0.t S0.vl", "N0.t N0.vl",
	// first-order neighbours
	"S0h.t", "S0.l", "S0l.w", "S0l.t", "S0l.l", "S0r.t", "S0r.l",
	"N0l.w", "N0l.t", "N0l.l",
	// second-order neighbours
	"S0h2.t", "S0h.l", "S0l2.t", "S0l2.l", "S0r2.t", "S0r2.l", "N0l2.t", "N0l2.l",
	"S0.t S0l.t S0l2.t", "S0.t S0r.t S0r2.t", "S0.t S0h.t S0h2.t", "N0.t N0l.t N0l2.t",
	// label sets
	"S0.t S0.sr", "S0.t S0.sl", "N0.t N0.sl",
	// the second item of the stack and its dependents
	"S1.w S1.t", "S1.t S0.t N0.t", "S1.t S0.t",
	"S1.t S1r.t S0.t", "S1.t S1l.t S0.t", "S1.t S1.l N0.t",
	// what lies between S0 and N0
	"S0.t N0.t btw", "S0.t btw", "N0.t btw",
}

// lexeme is what the features read of one token, computed once per token.
type lexeme struct {
	word, form, shape, flags uint64
	suf                      [4]uint64
	pre                      [3]uint64
	amb                      uint64 // the ambiguity class
	sent                     uint64 // the sentence's case
	only                     int32  // the class of a word of the tag dictionary, or -1
	common                   bool   // the word is seen often enough for the "rare" templates to skip it
	set                      int32  // the classes the word may take (tagger.sets), -1 for all
}

// The values a position outside the sentence takes.
var (
	noneWord  = hashString("\x00none")
	startWord = hashString("\x00start")
	endWord   = hashString("\x00end")
	rootWord  = hashString("\x00root")
	commaWord = fnv(",")
)

// normalise returns the lower-cased form of s with straight quotes, the
// Low the tokenizer gives a token, in buf (re-used).
func normalise(s string, buf []byte) []byte {
	buf = buf[:0]
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			buf = append(buf, byte(r))
			continue
		}
		buf = utf8.AppendRune(buf, lowerRune(r))
	}
	return buf
}

func fnv[T string | []byte](s T) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix(h)
}

// makeLexeme computes the lexeme of a token written text whose normalised
// form is low.
func makeLexeme(text string, low []byte) lexeme {
	var x lexeme
	x.word = fnv(low)
	x.form = fnv(text) ^ 0x5bd1e995
	n := len(low)
	for k := 1; k <= 4; k++ {
		if k <= n {
			x.suf[k-1] = fnv(low[n-k:]) + uint64(k)
		} else {
			x.suf[k-1] = x.word + uint64(k)
		}
	}
	for k := 1; k <= 3; k++ {
		if k <= n {
			x.pre[k-1] = fnv(low[:k]) + uint64(k) + 7
		} else {
			x.pre[k-1] = x.word + uint64(k) + 7
		}
	}
	// The shape and the flags.
	h := uint64(14695981039346656037)
	var last byte
	var digit, hyphen, upper, lower, firstUpper bool
	first := true
	for _, r := range text {
		var c byte
		switch {
		case '0' <= r && r <= '9':
			c, digit = 'd', true
		case unicode.IsUpper(r):
			c, upper = 'X', true
			if first {
				firstUpper = true
			}
		case unicode.IsLetter(r):
			c, lower = 'x', true
		case r < utf8.RuneSelf:
			c = byte(r)
			if c == '-' {
				hyphen = true
			}
		default:
			c = 'o'
		}
		first = false
		if c != last {
			h ^= uint64(c)
			h *= 1099511628211
			last = c
		}
	}
	x.shape = mix(h)
	var fl uint64
	if digit {
		fl |= 1
	}
	if hyphen {
		fl |= 2
	}
	if firstUpper {
		fl |= 4
	}
	if upper && !lower {
		fl |= 8
	}
	switch l := utf8.RuneCountInString(text); {
	case l <= 2:
	case l <= 4:
		fl |= 16
	case l <= 8:
		fl |= 32
	default:
		fl |= 48
	}
	x.flags = fl
	return x
}

// A template is a parsed line of a feature table: up to four atoms.
type template struct {
	n     int
	atoms [4]atom
	// rare is set for a tagger template that reads only words the
	// lexicon does not know well (a line starting with "rare").
	rare bool
	// idx are the places of the template's values in tvalues or pvalues
	// (the places of its unused values hold 0).
	idx [4]uint8
}

// atom is one value of a template: an attribute at a position.
type atom struct {
	attr uint8
	pos  int8
}

// Tagger attributes.
const (
	tBias uint8 = iota
	tWord
	tForm
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tPre3
	tShape
	tFlags
	tTag
	tAmb
	tSent
	numTagAttrs
)

// The values the tagger's features read around a token, computed once per
// token: each attribute of each position from -2 to 2, then a 0.
const tZeroValue = 5 * int(numTagAttrs)

type tvalues [tZeroValue + 1]uint64

var taggerAttrs = map[string]uint8{"word": tWord, "form": tForm, "suf1": tSuf1, "suf2": tSuf2, "suf3": tSuf3,
	"suf4": tSuf4, "pre1": tPre1, "pre2": tPre2, "pre3": tPre3, "shape": tShape, "flags": tFlags, "tag": tTag,
	"amb": tAmb, "sent": tSent}

// parseTaggerTemplates parses a tagger feature table.
func parseTaggerTemplates(lines []string) ([]template, error) {
	out := make([]template, 0, len(lines))
	for _, l := range lines {
		var t template
		if rest, ok := strings.CutPrefix(l, "rare "); ok {
			t.rare = true
			l = rest
		}
		for k := range t.idx {
			t.idx[k] = uint8(tZeroValue)
		}
		if l == "bias" {
			t.n = 1
			t.atoms[0] = atom{attr: tBias}
			t.idx[0] = uint8(2*int(numTagAttrs) + int(tBias))
			out = append(out, t)
			continue
		}
		for _, f := range strings.Fields(l) {
			name, rest, ok := strings.Cut(f, "[")
			a, known := taggerAttrs[name]
			if !ok || !known || !strings.HasSuffix(rest, "]") || t.n == 4 {
				return nil, fmt.Errorf("tagger feature %q: bad value %q", l, f)
			}
			p, err := strconv.Atoi(strings.TrimSuffix(rest, "]"))
			if err != nil || p < -2 || p > 2 || (a == tTag && p == 0) {
				return nil, fmt.Errorf("tagger feature %q: bad position in %q", l, f)
			}
			t.atoms[t.n] = atom{attr: a, pos: int8(p)}
			t.idx[t.n] = uint8((p+2)*int(numTagAttrs) + int(a))
			t.n++
		}
		if t.n == 0 {
			return nil, fmt.Errorf("tagger feature %q: empty", l)
		}
		out = append(out, t)
	}
	return out, nil
}

// readsRight reports whether a template reads a tag on the right.
func readsRight(tpls []template) bool {
	for _, t := range tpls {
		for _, a := range t.atoms[:t.n] {
			if a.attr == tTag && a.pos > 0 {
				return true
			}
		}
	}
	return false
}

// Parser positions.
const (
	pS0 int8 = iota
	pS0h
	pS0h2
	pS0l
	pS0l2
	pS0r
	pS0r2
	pS1
	pN0
	pN0l
	pN0l2
	pN1
	pN2
	pS1h
	pS1l
	pS1r
	pS2
	pN3
	numPositions
	pNone = -1 // the distance, which has no position
)

var parserPositions = map[string]int8{"S0": pS0, "S0h": pS0h, "S0h2": pS0h2, "S0l": pS0l, "S0l2": pS0l2,
	"S0r": pS0r, "S0r2": pS0r2, "S1": pS1, "N0": pN0, "N0l": pN0l, "N0l2": pN0l2, "N1": pN1, "N2": pN2,
	"S1h": pS1h, "S1l": pS1l, "S1r": pS1r, "S2": pS2, "N3": pN3}

// Parser attributes.
const (
	aWord uint8 = iota
	aTag
	aLabel
	aValL
	aValR
	aSetL
	aSetR
	numParserAttrs
	aDist    = numParserAttrs
	aBetween = numParserAttrs + 1
)

// The values a parser configuration gives its features, computed once per
// decision: each attribute of each position, then the distance and a 0.
const (
	distValue    = int(numPositions) * int(numParserAttrs)
	betweenValue = distValue + 1
	zeroValue    = betweenValue + 1
	numPValues   = zeroValue + 1
)

type pvalues [numPValues]uint64

var parserAttrs = map[string]uint8{"w": aWord, "t": aTag, "l": aLabel, "vl": aValL, "vr": aValR, "sl": aSetL,
	"sr": aSetR}

// optionRepair, a line of the parser's feature table, marks a model
// trained with the non-monotonic Left-Arc (parser.repair).
const optionRepair = "option repair"

// optionBranches, a line of the parser's feature table followed by two
// numbers, gives the selectional branching the model parses with
// (parser.branches and parser.branchMargin): "option branches 4 3000".
const optionBranches = "option branches"

// setFeatures gives the parser the feature table lines: its templates, and
// the options the table's "option" lines set.
func (ps *parser) setFeatures(lines []string) error {
	t, err := parseParserTemplates(lines)
	if err != nil {
		return err
	}
	ps.templates, ps.features = t, lines
	ps.repair = slices.Contains(lines, optionRepair)
	ps.branches, ps.branchMargin = 1, 0
	for _, l := range lines {
		if rest, ok := strings.CutPrefix(l, optionBranches+" "); ok {
			var k, m int
			if n, err := fmt.Sscanf(rest, "%d %d", &k, &m); n != 2 || err != nil || k < 1 || k > maxBranches ||
				m < 0 || m > maxMargin {
				return fmt.Errorf("parser option %q: want the number of parses (1 to %d) and a margin", l, maxBranches)
			}
			ps.branches, ps.branchMargin = k, int32(m)
		}
	}
	return nil
}

// branchOption is the feature table line that sets the parser's selectional
// branching.
func branchOption(k int, margin int32) string {
	return fmt.Sprintf("%s %d %d", optionBranches, k, margin)
}

// parseParserTemplates parses a parser feature table (its "option" lines
// aside).
func parseParserTemplates(lines []string) ([]template, error) {
	out := make([]template, 0, len(lines))
	for _, l := range lines {
		if l == optionRepair || strings.HasPrefix(l, optionBranches+" ") {
			continue
		}
		var t template
		for _, f := range strings.Fields(l) {
			if t.n == 4 {
				return nil, fmt.Errorf("parser feature %q: more than four values", l)
			}
			if f == "dist" || f == "btw" {
				t.atoms[t.n], t.idx[t.n] = atom{attr: aDist, pos: pNone}, uint8(distValue)
				if f == "btw" {
					t.atoms[t.n], t.idx[t.n] = atom{attr: aBetween, pos: pNone}, uint8(betweenValue)
				}
				t.n++
				continue
			}
			p, a, _ := strings.Cut(f, ".")
			pos, ok1 := parserPositions[p]
			attr, ok2 := parserAttrs[a]
			if !ok1 || !ok2 {
				return nil, fmt.Errorf("parser feature %q: bad value %q", l, f)
			}
			t.atoms[t.n] = atom{attr: attr, pos: pos}
			t.idx[t.n] = uint8(int(pos)*int(numParserAttrs) + int(attr))
			t.n++
		}
		if t.n == 0 {
			return nil, fmt.Errorf("parser feature %q: empty", l)
		}
		for k := t.n; k < 4; k++ {
			t.idx[k] = uint8(zeroValue)
		}
		out = append(out, t)
	}
	return out, nil
}

// combine hashes template number i with its values (v[n:] are 0): a sum
// of the values, each times its own odd constant, mixed once.
func combine(i int, v *[4]uint64) uint64 {
	return mix(uint64(i+1)*0x9e3779b97f4a7c15 + v[0]*0xd6e8feb86659fd93 + v[1]*0xa0761d6478bd642f +
		v[2]*0xe7037ed1a0b428db + v[3]*0x8ebc6af09c88c6e3)
}
