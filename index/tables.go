package index

import (
	"embed"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/briefbot/briefbot/knowledge/lexicon"
)

// The search's word lists are plain tables beside the code, one entry a
// line: '#' starts a comment, columns are separated by '|'.
//
//go:embed synonyms.txt reader_voice.txt answer_cues.txt role_words.txt
var tablesFS embed.FS

// tableRows returns the rows of a table, each split into trimmed columns.
func tableRows(name string) [][]string {
	return lexicon.Rows(tablesFS, strings.TrimSuffix(name, ".txt"))
}

// Weights of the words that stand for a question's word.
const (
	formWeight    = 1.0 // another form of the same word: "won" for "win"
	synonymWeight = 0.6 // a word that stands for it: "killed" for "died"
)

// synonyms maps an analysed term to the terms that stand for it, with
// their weights. It depends on the analyser, which an index stores: the
// tables are analysed once per analyser.
type synonyms map[string]map[string]float64

var synonymCache sync.Map // analyser name -> synonyms

func synonymsFor(name string, an analysis.Analyzer) synonyms {
	if s, ok := synonymCache.Load(name); ok {
		return s.(synonyms)
	}
	s := synonyms{}
	for _, row := range tableRows("synonyms.txt") {
		if len(row) < 2 {
			continue
		}
		w := synonymWeight
		if row[0] == "form" {
			w = formWeight
		}
		var terms []string
		for _, word := range strings.Split(row[1], ",") {
			for _, tok := range an.Analyze([]byte(strings.TrimSpace(word))) {
				terms = append(terms, string(tok.Term))
			}
		}
		for _, a := range terms {
			for _, b := range terms {
				if a == b {
					continue
				}
				if s[a] == nil {
					s[a] = map[string]float64{}
				}
				s[a][b] = max(s[a][b], w)
			}
		}
	}
	synonymCache.Store(name, s)
	return s
}

// readerVoice is reader_voice.txt: the words of a reader's voice, and the
// phrases that mark quoted reader mail.
var readerVoice = sync.OnceValue(func() *readerVoiceWords {
	v := &readerVoiceWords{}
	v.person = map[string]bool{}
	for _, row := range tableRows("reader_voice.txt") {
		if len(row) < 2 {
			continue
		}
		switch row[1] {
		case "person":
			v.person[strings.ToLower(row[0])] = true
			v.personRunes = max(v.personRunes, utf8.RuneCountInString(row[0]))
		case "cue":
			v.cues = append(v.cues, strings.ToLower(row[0]))
		}
	}
	v.asciiCues = true
	for _, c := range v.cues {
		for i := range len(c) {
			v.asciiCues = v.asciiCues && c[i] < utf8.RuneSelf
		}
		if len(c) < 2 {
			v.asciiCues = false // hasCue reads the text as it is
			continue
		}
		v.cuesFrom[c[0]] = append(v.cuesFrom[c[0]], c)
		v.cueStarts[c[0]] = true
		if 'a' <= c[0] && c[0] <= 'z' {
			v.cueStarts[c[0]-'a'+'A'] = true
		}
	}
	return v
})

// readerVoiceWords are the words and phrases of reader_voice.txt.
type readerVoiceWords struct {
	person map[string]bool
	// personRunes is the length of the longest person word, in runes.
	personRunes int
	cues        []string
	// cuesFrom are the cues by their first byte, cueStarts the bytes a
	// cue starts with in any case, and asciiCues whether they are all
	// ASCII and two bytes long at least.
	cuesFrom  [256][]string
	cueStarts [256]bool
	asciiCues bool
}

// cuePhrases are the phrases of one kind of answer_cues.txt, lower case,
// each with a space on either side for matching whole words.
func cuePhrases(kind string) []string {
	var out []string
	for _, row := range tableRows("answer_cues.txt") {
		if len(row) >= 2 && row[0] == kind {
			out = append(out, " "+strings.ToLower(row[1])+" ")
		}
	}
	return out
}

// causeCues are the phrases that give a reason; likenessCues those that
// draw a likeness.
var (
	causeCues    = sync.OnceValue(func() []string { return cuePhrases("cause") })
	likenessCues = sync.OnceValue(func() []string { return cuePhrases("likeness") })
)

// notCauseCues are the phrases that hold a cause phrase but give no
// reason ("is due to be published", "after all").
var notCauseCues = sync.OnceValue(func() []string { return cuePhrases("notcause") })

// givesReason tells whether a sentence holds a phrase that gives a reason,
// outside the phrases that only look like one.
func givesReason(sentence string) bool {
	// Whole words: "after all", not "after allegations"; the last one
	// without its stop ("right after all.").
	s := cueText(strings.TrimRight(sentence, " .!?\"'”’"))
	for _, c := range notCauseCues() {
		s = strings.ReplaceAll(s, c, " | ")
	}
	return holdsCueIn(s, causeCues())
}

// drawsLikeness tells whether a text holds a phrase that draws a likeness
// ("it's like having a …").
func drawsLikeness(text string) bool { return holdsCue(text, likenessCues()) }

// holdsCue tells whether a text holds one of the phrases given, as whole
// words.
func holdsCue(text string, cues []string) bool { return holdsCueIn(cueText(text), cues) }

// cueText is a text as cues are looked for in it: lower case, its words
// between single spaces, with one before the first and after the last.
func cueText(text string) string {
	return " " + strings.Join(strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return r == ' ' || r == ',' || r == ';' || r == ':' || r == '"' || r == '“' || r == '”' || r == '(' || r == ')'
	}), " ") + " "
}

// holdsCueIn tells whether a text made by cueText holds one of the cues.
func holdsCueIn(s string, cues []string) bool {
	for _, c := range cues {
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

// cueVerbs are the words of one kind of answer_cues.txt (verbs as
// lemmas, units as figures name them), lower case.
func cueVerbs(kind string) map[string]bool {
	out := map[string]bool{}
	for _, row := range tableRows("answer_cues.txt") {
		if len(row) >= 2 && row[0] == kind {
			out[strings.ToLower(row[1])] = true
		}
	}
	return out
}

// responseVerbs are the verbs that ask how someone answered something
// ("how did X respond to Y"); compareVerbs those that ask what someone
// likened something to ("what did X compare Y to").
var (
	responseVerbs = sync.OnceValue(func() map[string]bool { return cueVerbs("response") })
	compareVerbs  = sync.OnceValue(func() map[string]bool { return cueVerbs("compare") })
	ideaNouns     = sync.OnceValue(func() map[string]bool { return cueVerbs("idea") })
	// longUnits are the units of a measure that answers "how long",
	// farUnits those that answer "how far", and ageUnits those of a figure
	// that answers "how old".
	longUnits = sync.OnceValue(func() map[string]bool { return cueVerbs("long") })
	farUnits  = sync.OnceValue(func() map[string]bool { return cueVerbs("far") })
	ageUnits  = sync.OnceValue(func() map[string]bool { return cueVerbs("old") })
)
