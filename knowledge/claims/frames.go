package claims

import (
	"strings"
	"sync"

	"github.com/briefbot/briefbot/knowledge/text"
)

// Beliefs, intentions and stances ("Ofcom wants to ensure that ...", "she
// thinks the plan will fail", "the union supports the strike") attribute
// what their verb governs to its subject. They are read from the parse, with
// the verbs of lexicon/frames.txt, in the sentences where the patterns found
// no cue for them.

// clFrame is a row of lexicon/frames.txt.
type clFrame struct {
	particle string   // "out" of "point out", or ""
	stance   string   // the claim's stance
	kinds    []string // what the verb governs that is the content, in order
}

// frameWords holds lexicon/frames.txt by the verb's lemma.
var frameWords = sync.OnceValue(func() map[string][]clFrame {
	m := map[string][]clFrame{}
	for _, row := range lexiconRows("frames") {
		if len(row) < 3 {
			panic("knowledge: lexicon frames: a row needs lemma | stance | kinds: " + strings.Join(row, "|"))
		}
		words := strings.Fields(strings.ToLower(row[0]))
		fr := clFrame{stance: row[1]}
		if len(words) > 1 {
			fr.particle = words[1]
		}
		for _, k := range strings.Split(row[2], ",") {
			if k = strings.TrimSpace(k); k != "" {
				fr.kinds = append(fr.kinds, k)
			}
		}
		m[words[0]] = append(m[words[0]], fr)
	}
	return m
})

// frames finds the claims of the sentence s that the verbs of
// lexicon/frames.txt make, where no claim covers them yet.
func (x *clExtractor) frames(p *clPara, s clSpan) {
	table := frameWords()
	for v := s.a; v < s.b; v++ {
		t := &p.toks[v]
		if t.kind != clWord || t.quote >= 0 {
			continue
		}
		tk := &p.src.Tokens[t.tok]
		rows := table[tk.Lemma]
		if len(rows) == 0 {
			// A cue the patterns did not read ("the senator, who said the
			// vote was rigged"): its clause, by the parse.
			if st, ok := x.lex.clauseCues[tk.Lemma]; ok {
				rows = []clFrame{{stance: st, kinds: []string{"clause"}}}
			}
		}
		if len(rows) == 0 || tk.POS != text.VERB || x.cued[v] || x.overlapping(p.n, t.s, t.e) || !frameLikely(p, t.tok, rows) ||
			!p.parsed(v) {
			continue
		}
		c := p.node(v)
		// "is likely to want", "appeared to hope": a verb that another
		// predicate governs is the writer's guess; "C, he believed, C2" is
		// for the patterns.
		if r := p.src.Tokens[c].Rel.Base(); r == text.RelXcomp || r == text.RelCsubj || r == text.RelACL || parenthetical(p, s, v) {
			continue
		}
		for _, fr := range rows {
			if fr.particle != "" && p.kid(c, text.RelCompoundPrt, fr.particle) < 0 {
				continue
			}
			content := frameContent(p, c, fr.kinds)
			if content < 0 {
				continue
			}
			h := p.subjectOf(c)
			if h < 0 || p.src.Tokens[h].Rel == text.RelExpl {
				break
			}
			a, b := p.phrase(h)
			if !x.speakerLike(p, a, b) {
				break
			}
			lo, hi := p.src.Subtree(content)
			// What the verb governs after its content goes with it ("thought
			// it was unlikely a documentary could compete"), up to the end of
			// the clause.
			for _, k := range p.src.Children(c, nil) {
				r := p.src.Tokens[k].Rel.Base()
				if k <= content || r == text.RelPunct || r == text.RelParataxis || r == text.RelCC ||
					r == text.RelConj && (p.src.Tokens[k].POS == text.VERB || p.kid(k, text.RelNsubj) >= 0) {
					continue
				}
				_, e := p.src.Subtree(k)
				hi = max(hi, e)
			}
			// "expects the bank to raise rates": the object belongs to what
			// is expected.
			if o := p.kid(c, text.RelObj); o >= 0 && p.src.Tokens[content].Rel.Base() == text.RelXcomp && o < content {
				lo, _ = p.src.Subtree(o)
			}
			if p.src.Tokens[lo].Low == "that" && p.src.Tokens[lo].Rel == text.RelMark {
				lo++
			}
			for hi-1 > lo && p.src.Tokens[hi-1].Shape == text.ShapePunct {
				hi--
			}
			if lo >= hi || lo <= c && c < hi {
				break
			}
			cue := p.text[t.s:t.e]
			if fr.particle != "" {
				cue += " " + fr.particle
			}
			x.emit(p, clFound{spS: a, spE: b, cS: p.src.Tokens[lo].Start, cE: p.src.Tokens[hi-1].End, cue: cue,
				cueTok: v, lemma: tk.Lemma, frame: "frame", stance: fr.stance})
			break
		}
	}
}

// frameContent returns the token the verb c governs that is its content, by
// the kinds of a frames.txt row, or -1.
func frameContent(p *clPara, c int, kinds []string) int {
	for _, k := range kinds {
		switch k {
		case "clause":
			if o := p.kid(c, text.RelCcomp); o >= 0 {
				return o
			}
		case "to":
			if o := p.kid(c, text.RelXcomp); o >= 0 && p.kid(o, text.RelMark, "to") >= 0 {
				return o
			}
		case "noun":
			if o := p.kid(c, text.RelObj); o >= 0 && p.src.Tokens[o].POS != text.PRON {
				return o
			}
		case "pred":
			// "called the charges fabricated", "described him as a fraud":
			// the content runs from the object through what it is called.
			o := p.kid(c, text.RelObj)
			if o < 0 {
				continue
			}
			// What it is called hangs from the verb after the object (as an
			// xcomp, a bare noun phrase, "as" a noun), or follows the object
			// as an adjective ("called the charges unsubstantiated").
			s := p.src.SentenceOf(c)
			for k := o + 1; k < s.End; k++ {
				tk := &p.src.Tokens[k]
				switch {
				case tk.Head == c && (tk.Rel.Base() == text.RelXcomp || tk.Rel == text.RelOblUnmarked):
					return o
				case tk.Head == c && tk.Rel.Base() == text.RelObl && p.kid(k, text.RelCase, "as") >= 0:
					return o
				case tk.Head == o && tk.Rel == text.RelAmod:
					return o
				}
			}
		default:
			s := p.src.SentenceOf(c)
			for o := s.Start; o < s.End; o++ {
				if p.src.Tokens[o].Head == c && p.src.Tokens[o].Rel.Base() == text.RelObl && p.kid(o, text.RelCase, k) >= 0 {
					return o
				}
			}
		}
	}
	return -1
}

// parenthetical tells whether the verb v stands in a short aside after its
// content: "The problem, he believed, was ...", "..., they think."
func parenthetical(p *clPara, s clSpan, v int) bool {
	after := v+1 >= s.b || p.toks[v+1].kind == clComma || p.toks[v+1].kind == clStop
	if !after {
		return false
	}
	for k := v - 1; k >= s.a && k >= v-4; k-- {
		if p.toks[k].kind == clComma {
			return true
		}
		if p.toks[k].kind != clWord {
			return false
		}
	}
	return false
}

// frameLikely tells, from the tags alone, whether the verb at token i may
// govern what one of rows asks for, so that a sentence is parsed only when
// it may: a subject before the verb, and after it a verb for a clause, "to"
// and a verb for an infinitive, a noun for an object, the preposition.
func frameLikely(p *clPara, i int, rows []clFrame) bool {
	toks := p.src.Tokens
	s := p.src.SentenceOf(i)
	subject := false
	for k := s.Start; k < i; k++ {
		if toks[k].POS.IsNominal() {
			subject = true
			break
		}
	}
	if !subject {
		return false
	}
	for _, fr := range rows {
		for _, kind := range fr.kinds {
			for k := i + 1; k < s.End && k <= i+12; k++ {
				t := &toks[k]
				switch kind {
				case "clause":
					if k > i+1 && (t.POS == text.VERB || t.POS == text.AUX) {
						return true
					}
				case "to":
					if t.Low == "to" && k+1 < s.End && toks[k+1].POS == text.VERB {
						return true
					}
				case "noun", "pred":
					if k <= i+4 && (t.POS == text.NOUN || t.POS == text.PROPN) {
						return true
					}
				default:
					if t.Low == kind && k <= i+3 {
						return true
					}
				}
			}
		}
	}
	return false
}
