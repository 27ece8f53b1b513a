package text

import "strings"

// POS is a universal part-of-speech tag (Universal Dependencies v2).
type POS uint8

// The universal part-of-speech tags. POSNone is an untagged token.
const (
	POSNone POS = iota
	ADJ
	ADP
	ADV
	AUX
	CCONJ
	DET
	INTJ
	NOUN
	NUM
	PART
	PRON
	PROPN
	PUNCT
	SCONJ
	SYM
	VERB
	X
	numPOS
)

var posNames = [numPOS]string{"_", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
	"PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

// String returns the tag as Universal Dependencies writes it ("PROPN").
func (p POS) String() string {
	if p < numPOS {
		return posNames[p]
	}
	return "_"
}

// ParsePOS returns the tag named s, or POSNone.
func ParsePOS(s string) POS {
	for i, n := range posNames {
		if n == s {
			return POS(i)
		}
	}
	return POSNone
}

// IsNominal reports whether p heads a noun phrase: a noun, proper noun,
// pronoun or number.
func (p POS) IsNominal() bool { return p == NOUN || p == PROPN || p == PRON || p == NUM }

// Rel is a dependency label (Universal Dependencies v2, with the English
// subtypes the treebanks use).
type Rel uint8

// The dependency labels. RelNone is an unparsed token; RelRoot heads a
// sentence. Subtypes follow their base label.
const (
	RelNone Rel = iota
	RelRoot
	RelACL
	RelACLRelcl
	RelAdvcl
	RelAdvclRelcl
	RelAdvmod
	RelAmod
	RelAppos
	RelAux
	RelAuxPass
	RelCase
	RelCC
	RelCCPreconj
	RelCcomp
	RelClf
	RelCompound
	RelCompoundPrt
	RelConj
	RelCop
	RelCsubj
	RelCsubjPass
	RelCsubjOuter
	RelDep
	RelDet
	RelDetPredet
	RelDiscourse
	RelDislocated
	RelExpl
	RelFixed
	RelFlat
	RelGoeswith
	RelIobj
	RelList
	RelMark
	RelNmod
	RelNmodPoss
	RelNmodUnmarked
	RelNmodDesc
	RelNmodTmod
	RelNmodNpmod
	RelNsubj
	RelNsubjPass
	RelNsubjOuter
	RelNummod
	RelObj
	RelObl
	RelOblAgent
	RelOblUnmarked
	RelOblTmod
	RelOblNpmod
	RelOrphan
	RelParataxis
	RelPunct
	RelReparandum
	RelVocative
	RelXcomp
	numRel
)

var relNames = [numRel]string{"_", "root", "acl", "acl:relcl", "advcl", "advcl:relcl", "advmod", "amod", "appos",
	"aux", "aux:pass", "case", "cc", "cc:preconj", "ccomp", "clf", "compound", "compound:prt", "conj", "cop",
	"csubj", "csubj:pass", "csubj:outer", "dep", "det", "det:predet", "discourse", "dislocated", "expl", "fixed",
	"flat", "goeswith", "iobj", "list", "mark", "nmod", "nmod:poss", "nmod:unmarked", "nmod:desc", "nmod:tmod",
	"nmod:npmod", "nsubj", "nsubj:pass", "nsubj:outer", "nummod", "obj", "obl", "obl:agent", "obl:unmarked",
	"obl:tmod", "obl:npmod", "orphan", "parataxis", "punct", "reparandum", "vocative", "xcomp"}

// relBase maps each label to its base label (nsubj:pass -> nsubj).
var relBase = func() [numRel]Rel {
	var b [numRel]Rel
	for i, n := range relNames {
		b[i] = Rel(i)
		if k := strings.IndexByte(n, ':'); k > 0 {
			b[i] = ParseRel(n[:k])
		}
	}
	return b
}()

// String returns the label as Universal Dependencies writes it ("nsubj:pass").
func (r Rel) String() string {
	if r < numRel {
		return relNames[r]
	}
	return "_"
}

// Base returns the label without its subtype: nsubj for nsubj:pass.
func (r Rel) Base() Rel {
	if r < numRel {
		return relBase[r]
	}
	return RelNone
}

// ParseRel returns the label named s. A subtype the table does not list
// falls back to its base label ("obl:in" is obl); an unknown label is RelDep.
func ParseRel(s string) Rel {
	for i, n := range relNames {
		if n == s {
			return Rel(i)
		}
	}
	if k := strings.IndexByte(s, ':'); k > 0 {
		return ParseRel(s[:k])
	}
	if s == "" || s == "_" {
		return RelNone
	}
	return RelDep
}

// NumRels is the number of dependency labels, RelNone included.
const NumRels = int(numRel)

// NumPOS is the number of part-of-speech tags, POSNone included.
const NumPOS = int(numPOS)
