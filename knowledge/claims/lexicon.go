package claims

import (
	"embed"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"github.com/briefbot/briefbot/knowledge/lexicon"
	"github.com/briefbot/briefbot/knowledge/text"
)

// The claim and dispute lexicon tables are plain text files under lexicon/, one entry a
// line, read with package lexicon.
//
//go:embed lexicon/*.txt
var lexiconFiles embed.FS

var lexiconTables = lexicon.Dir(lexiconFiles, "lexicon")

// Lexicon returns the claim and dispute tables, one file per table, so that
// knowledge.ExtractorVersion changes when any of them does.
func Lexicon() fs.FS { return lexiconTables }

// Denial tells, by its lemma in any case, a verb that denies: "deny",
// "reject", "dismiss" (a cue of the stance deny).
func Denial(lemma string) bool { return CueStance(strings.ToLower(lemma)) == "deny" }

// CueStance is the stance of the cue whose lemma is lemma (lower case):
// "deny" for "deny" and "reject", "accuse" for "accuse"; "" for a word
// that is no cue.
func CueStance(lemma string) string {
	for _, c := range claimLexicon().cues[lemma] {
		if c.lemma == lemma {
			return c.stance
		}
	}
	return ""
}

// CueWords are the words that can tie a claim of a stance to its
// speaker: the cues' forms ("denied", "rejects") and the verbs of views
// ("oppose"), their first words, sorted. A paragraph holds a claim of that
// stance only if it holds one of them.
func CueWords(stance string) []string {
	var out []string
	for _, cs := range claimLexicon().cues {
		for _, c := range cs {
			if c.stance == stance {
				out = append(out, c.words[0])
			}
		}
	}
	for lemma, fs := range frameWords() {
		for _, f := range fs {
			if f.stance == stance {
				out = append(out, lemma)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func lexiconRows(name string) [][]string { return lexicon.Rows(lexiconTables, name) }

func lexiconSet(name string) map[string]bool { return lexicon.Set(lexiconTables, name) }

// Cue frames: the constructions a cue heads (see lexicon/cues.txt).
const (
	frameSay    = "say"
	frameStrict = "strict"
	frameTell   = "tell"
	frameAccuse = "accuse"
	frameVow    = "vow"
	frameDoc    = "doc"
	framePrep   = "prep"
	frameUrge   = "urge"
	frameCall   = "call"
	frameDemand = "demand"
	frameDeny   = "deny"
	// frameParse is a verb of lexicon/frames.txt, or one with a
	// that-clause, read from the parse; frameNoun a noun of
	// lexicon/statement_nouns.txt ("his claim that").
	frameParse = "frame"
	frameNoun  = "noun"
)

// clCue is one form of a cue: "said" of "say".
type clCue struct {
	lemma  string
	stance string
	frame  string
	words  []string // the form's words, lower-cased: ["according", "to"]
	ing    bool     // a participle: "saying", "vowing"
	// objects are words that make the verb no cue when they follow it
	// closely ("claimed twelve lives").
	objects map[string]bool
	base    bool // the lemma itself ("say"), which needs a plural subject or an auxiliary
}

// Word classes of lexicon/claim_words.txt, as bits.
const (
	wTitle = 1 << iota
	wOrg
	wDoc
	wGroup
	wSkip
	wStop
	wPronPerson
	wPronOrg
	wPronPlural
	wPublish
	wInverts
	wNobody
	wRefuse
	wReport
	wMale
	wFemale
	wNoThat
	wLabel
	wDoubt
	wApprox
	wUtters
	wBody
	wHeadObj
	wShare
	wListener
	wModifier
	wPerson
	wOutlet
	wWithhold
	wCircumstance
)

type clLexicon struct {
	cues  map[string][]clCue // by first word
	words map[string]int     // class bits
	// denials are the lemmas of the cues that deny, and of the verbs that
	// refuse ("deny", "dismiss", "reject", "refuse").
	denials map[string]bool
	// clauseCues are the lemmas of the one-word cues that take a clause
	// (frames say, strict, tell), with their stance.
	clauseCues map[string]string
}

var claimLexicon = sync.OnceValue(func() *clLexicon {
	lex := &clLexicon{cues: map[string][]clCue{}, words: map[string]int{}, denials: map[string]bool{}, clauseCues: map[string]string{}}
	for _, row := range lexiconRows("cues") {
		if len(row) < 4 {
			panic("knowledge: lexicon cues: a row needs lemma | forms | stance | frame: " + strings.Join(row, "|"))
		}
		lemma := strings.ToLower(row[0])
		forms := []string{lemma}
		for _, f := range strings.Split(row[1], ",") {
			if f = strings.ToLower(strings.TrimSpace(f)); f != "" {
				forms = append(forms, f)
			}
		}
		var objects map[string]bool
		if len(row) > 4 {
			objects = map[string]bool{}
			for _, o := range strings.Split(row[4], ",") {
				if o = strings.ToLower(strings.TrimSpace(o)); o != "" {
					objects[o] = true
				}
			}
		}
		for i, f := range forms {
			words := lowWords(f)
			c := clCue{lemma: lemma, stance: row[2], frame: row[3], words: words, objects: objects,
				ing: strings.HasSuffix(words[0], "ing") && i > 0, base: i == 0 && row[3] != framePrep}
			lex.cues[words[0]] = append(lex.cues[words[0]], c)
		}
	}
	classes := map[string]int{"title": wTitle, "org": wOrg, "doc": wDoc, "group": wGroup, "skip": wSkip,
		"stop": wStop, "pronoun:person": wPronPerson, "pronoun:org": wPronOrg, "pronoun:plural": wPronPlural, "publish": wPublish, "inverts": wInverts,
		"nobody": wNobody, "refuse": wRefuse, "report": wReport, "male": wMale, "female": wFemale, "nothat": wNoThat,
		"label": wLabel, "doubt": wDoubt, "approx": wApprox, "utters": wUtters, "body": wBody, "headobj": wHeadObj, "share": wShare,
		"listener": wListener, "modifier": wModifier, "person": wPerson, "outlet": wOutlet,
		"withhold": wWithhold, "circumstance": wCircumstance}
	for _, row := range lexiconRows("claim_words") {
		if len(row) < 2 || classes[row[1]] == 0 {
			panic("knowledge: lexicon claim_words: bad row: " + strings.Join(row, "|"))
		}
		lex.words[strings.ToLower(row[0])] |= classes[row[1]]
		if classes[row[1]] == wRefuse {
			lex.denials[strings.ToLower(row[0])] = true
		}
	}
	for _, cs := range lex.cues {
		for _, c := range cs {
			if c.stance == "deny" {
				lex.denials[c.lemma] = true
			}
			if len(c.words) == 1 && (c.frame == frameSay || c.frame == frameStrict || c.frame == frameTell) {
				lex.clauseCues[c.lemma] = c.stance
			}
		}
	}
	return lex
})

// lowWords returns the Low forms of the tokens of a table entry, as the
// text layer reads them ("go on to say", "according to").
func lowWords(entry string) []string {
	toks := text.Tokenize(entry, nil)
	words := make([]string, len(toks))
	for i := range toks {
		words[i] = toks[i].Low
	}
	return words
}

// isCueWord tells whether w starts some cue.
func (lex *clLexicon) isCueWord(w string) bool { return len(lex.cues[w]) > 0 }

func (lex *clLexicon) is(w string, class int) bool { return lex.words[w]&class != 0 }

// thingWord tells whether the lower-case noun w names a thing: no body,
// group, document, news outlet or person, by any class of the
// lexicon, in the singular or the plural ("show", "link", "prices"; not
// "company", "report", "spokesman", "organisations"), nor a word for one
// who does something by its ending ("retailer", "regulator", "exporters",
// "economist", "consultant"), as a body or a person may be named (a
// word for those told, "programme", is none).
func (l *clLexicon) thingWord(w string) bool {
	const speaking = wOrg | wBody | wGroup | wDoc | wTitle | wPerson | wMale | wFemale | wOutlet
	one := w
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		one = strings.TrimSuffix(w, "s")
	}
	if l.is(w, speaking) || l.is(one, speaking) {
		return false
	}
	for _, end := range []string{"er", "or", "ist", "ian", "ant"} {
		if strings.HasSuffix(one, end) {
			return false
		}
	}
	return true
}
