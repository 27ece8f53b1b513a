package knowledge

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge/claims"
	"github.com/briefbot/briefbot/knowledge/entities"
	"github.com/briefbot/briefbot/knowledge/lexicon"
)

var questionFraming = sync.OnceValue(func() (f struct {
	pairs map[string]bool
	words map[string]bool
}) {
	f.pairs, f.words = map[string]bool{}, map[string]bool{}
	for _, row := range lexiconRows("question_framing") {
		w := strings.ToLower(strings.Join(strings.Fields(row[0]), " "))
		if strings.Contains(w, " ") {
			f.pairs[w] = true
		} else {
			f.words[w] = true
		}
	}
	return f
})

// QuestionTerms drops the words that frame a question ("how long", "what",
// "who") and keeps what it is about. A question that is nothing but framing
// is kept whole.
func QuestionTerms(q string) string {
	words := strings.FieldsFunc(q, func(r rune) bool { return unicode.IsSpace(r) || r == '?' })
	f := questionFraming()
	var kept []string
	for i := 0; i < len(words); i++ {
		lw := strings.ToLower(words[i])
		if i+1 < len(words) && f.pairs[lw+" "+strings.ToLower(words[i+1])] {
			i++
			continue
		}
		if f.words[lw] {
			continue
		}
		kept = append(kept, words[i])
	}
	if len(kept) == 0 {
		return q
	}
	return strings.Join(kept, " ")
}

// QuestionKind is what sort of answer a question asks for.
type QuestionKind string

// The kinds of question.
const (
	AskOther    QuestionKind = "other"    // the best sentence answers it
	AskAmount   QuestionKind = "amount"   // "how many ships …": a figure
	AskTime     QuestionKind = "time"     // "when …": a date
	AskIdentity QuestionKind = "identity" // "who is X", "what is X's job": a role
	AskSpeech   QuestionKind = "speech"   // "what did X say about Y": X's claims
	AskSpeaker  QuestionKind = "speaker"  // "who said …", "who led …": a name
	AskReason   QuestionKind = "reason"   // "why …": a cause
)

// Question is a question as briefbot reads it.
type Question struct {
	Text string
	Kind QuestionKind
	// About is what the question is about: its words without the framing.
	About string
	// Subject is whom a speech or identity question is about: "Gervais" in
	// "What did Gervais say about …", "Tim Dams" in "Who is Tim Dams?".
	Subject string
	// Topic is what a speech question asks about: "the kind of stars" in
	// "What did Gervais say about the kind of stars?".
	Topic string
	// Measure is the word that asks for an amount: "many", "much", "long",
	// "share", "price"…; Counted is what it counts: "episodes" in "How many
	// episodes will …", "budget" in "How big a budget does …".
	Measure string
	Counted string
	// Names are the words of the question written with a capital, but for
	// its first: the names it asks about ("Gervais", "Flanimals").
	Names []string
	// Wants is the kind of figure an amount question asks for, when its
	// words say: "money" for "How big a budget …", "percent" for "How high
	// is unemployment …"; "" for any.
	Wants string
}

// questionTable is lexicon/questions.txt: phrase (lower case) -> kind.
var questionTable = sync.OnceValue(func() map[string]string {
	t := map[string]string{}
	for _, row := range lexiconRows("questions") {
		if len(row) >= 2 {
			t[strings.ToLower(strings.Join(strings.Fields(row[0]), " "))] = row[1]
		}
	}
	// Every form of an attribution cue asks what someone said.
	for _, row := range lexicon.Rows(claims.Lexicon(), "cues") {
		forms := []string{row[0]}
		if len(row) >= 2 {
			forms = append(forms, strings.Split(row[1], ",")...)
		}
		for _, f := range forms {
			if f = strings.ToLower(strings.TrimSpace(f)); f != "" && !strings.Contains(f, " ") && t[f] == "" {
				t[f] = "speech"
			}
		}
	}
	return t
})

// openerPrepositions may stand before a question's opening phrase: "By how
// much …", "Over what distance …", "Since when …".
var openerPrepositions = map[string]bool{"by": true, "over": true, "to": true, "for": true, "at": true, "in": true, "on": true,
	"from": true, "up": true, "within": true, "with": true, "during": true, "after": true, "before": true, "since": true, "into": true}

// ReadQuestion reads what a question asks for and about whom. It reads
// words, not a parse: it is the one place to move onto the language
// layer's dependency parse (knowledge/text) when that lands.
func ReadQuestion(q string) Question {
	q = strings.TrimSpace(q)
	out := Question{Text: q, Kind: AskOther, About: QuestionTerms(q)}
	words := strings.FieldsFunc(q, func(r rune) bool { return unicode.IsSpace(r) || r == '?' || r == '!' })
	if len(words) == 0 {
		return out
	}
	for _, w := range words[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && w != "I" {
			out.Names = append(out.Names, stripPossessive(w))
		}
	}
	low := make([]string, len(words))
	for i, w := range words {
		low[i] = strings.Trim(strings.ToLower(strings.ReplaceAll(w, "’", "'")), ",.;:\"“”")
	}
	t := questionTable()
	kindAt := func(i int) (string, int) { // the longest phrase of the table at i
		for n := min(3, len(low)-i); n >= 1; n-- {
			if k := t[strings.Join(low[i:i+n], " ")]; k != "" {
				return k, n
			}
		}
		return "", 0
	}
	isAux := func(i int) bool { return t[low[i]] == "aux" }
	speechAt := func(i int) int { // the words of a speech verb at i, or 0
		if k, n := kindAt(i); k == "speech" {
			return n
		}
		return 0
	}
	join := func(from, to int) string { return strings.Join(words[from:to], " ") }

	// "According to X, what …": a speech question about X.
	if len(low) > 3 && low[0] == "according" && low[1] == "to" {
		for i := 2; i < len(words); i++ {
			if strings.HasSuffix(words[i], ",") {
				out.Kind, out.Subject = AskSpeech, strings.TrimSuffix(join(2, i+1), ",")
				out.Topic = QuestionTerms(join(i+1, len(words)))
				return out
			}
		}
	}
	start := 0
	if openerPrepositions[low[0]] && len(low) > 1 {
		start = 1
	}
	kind, n := kindAt(start)
	switch kind {
	case "amount":
		out.Kind = AskAmount
		out.Measure = low[start+n-1]
		// What it counts runs to the verb's auxiliary or a preposition:
		// "How many mobile users did …", "What share of people in …".
		end := start + n
		for end < len(low) && end < start+n+5 && !isAux(end) && (low[end] == "of" || !openerPrepositions[low[end]]) {
			end++
		}
		out.Counted = trimDeterminers(words[start+n : end])
		if out.Counted == "" && end < len(low) && (low[end] == "is" || low[end] == "are" || low[end] == "was" || low[end] == "were") {
			// "How high is joblessness in Georgia?": what is measured
			// follows the verb.
			to := end + 1
			for to < len(low) && to < end+5 && (low[to] == "of" || !openerPrepositions[low[to]]) {
				to++
			}
			out.Counted = trimDeterminers(words[end+1 : to])
		}
		// The measure word decides ("what share of income"), else the
		// first word of what is counted that does ("how big a budget").
		for _, w := range append([]string{out.Measure}, strings.Fields(strings.ToLower(out.Counted))...) {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if k := t[w]; k == "money" || k == "percent" {
				out.Wants = k
				break
			}
		}
		return out
	case "time":
		out.Kind = AskTime
		return out
	case "reason":
		out.Kind = AskReason
		return out
	case "identity":
		out.Kind, out.Subject = AskIdentity, stripPossessive(join(start+n, len(words)))
		return out
	}
	// "What is the population of X?": an amount named by a noun.
	if len(low) > 4 && (low[0] == "what" || low[0] == "which") && isAux(1) && (low[2] == "the" || low[2] == "its" || low[2] == "their") {
		if k := t[low[3]]; k == "amount-noun" || k == "money" || k == "percent" {
			out.Kind, out.Measure, out.Counted = AskAmount, low[3], words[3]
			if k != "amount-noun" {
				out.Wants = k
			}
			return out
		}
	}
	wh := low[0] == "what" || low[0] == "which" || low[0] == "how" || low[0] == "who" || low[0] == "whom"
	if !wh {
		return out
	}
	// "Who said …", "Who at Arsenal raised …": a name answers it.
	if low[0] == "who" && len(low) > 1 && !isAux(1) {
		out.Kind = AskSpeaker
		return out
	}
	// "What is X's job?": X's role.
	for i := 2; i < len(low); i++ {
		if t[low[i]] == "role" && isPossessive(low[i-1]) {
			for a := 1; a < i; a++ {
				if isAux(a) {
					out.Kind, out.Subject = AskIdentity, stripPossessive(join(a+1, i))
					return out
				}
			}
		}
	}
	// "Which firm does X work for?": X's affiliation.
	if (low[0] == "which" || low[0] == "what") && len(low) > 4 {
		last := low[len(low)-1]
		if last == "for" || last == "with" || last == "to" {
			for a := 1; a < len(low)-2; a++ {
				if isAux(a) && a+1 < len(low)-2 {
					v := low[len(low)-2]
					if v == "work" || v == "play" || v == "belong" || v == "report" {
						out.Kind, out.Subject = AskIdentity, stripPossessive(join(a+1, len(low)-2))
						return out
					}
					break
				}
			}
		}
	}
	// "What did X say about Y?", "How did X respond to Y?": X's claims.
	for a := 1; a < len(low)-1; a++ {
		if !isAux(a) {
			continue
		}
		for v := a + 2; v < len(low) && v <= a+7; v++ {
			m := speechAt(v)
			if m == 0 || isAux(v) {
				continue
			}
			out.Kind, out.Subject = AskSpeech, join(a+1, v)
			rest := words[v+m:]
			if len(rest) > 0 {
				switch strings.ToLower(rest[0]) {
				case "about", "of", "on", "to", "that", "when", "regarding":
					rest = rest[1:]
				}
			}
			topic := append(append([]string{}, words[1:a]...), rest...)
			if strings.Join(topic, "") != "" {
				out.Topic = QuestionTerms(strings.Join(topic, " "))
			}
			// What is searched: who spoke and about what, not "say".
			out.About = strings.TrimSpace(out.Subject + " " + out.Topic)
			return out
		}
		break // only the first auxiliary opens a speech question
	}
	return out
}

// trimDeterminers joins words without a leading "a", "an", "the" or "of".
func trimDeterminers(words []string) string {
	for len(words) > 0 {
		switch strings.ToLower(words[0]) {
		case "a", "an", "the", "of":
			words = words[1:]
			continue
		}
		break
	}
	return strings.Join(words, " ")
}

func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s'")
}

// stripPossessive drops a trailing "'s" and surrounding punctuation.
func stripPossessive(s string) string {
	s = strings.TrimSpace(strings.Trim(s, " ,.;:?!"))
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(s, suf) {
			return strings.TrimSuffix(s, suf)
		}
	}
	return s
}

// FoldAccents replaces accented letters by their plain forms, as entity keys
// fold them ("Brunsbüttel" -> "Brunsbuttel"); other text is kept as it is.
func FoldAccents(s string) string { return entities.FoldAccents(s) }

// honorifics are the titles of lexicon/titles.txt that say nothing of what
// someone does ("Mr", "Dr", "Sir"), lower case, without full stops.
var honorifics = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, row := range lexicon.Rows(entities.Lexicon(), "titles") {
		if len(row) >= 2 && row[1] == "honorific" {
			set[strings.ToLower(strings.ReplaceAll(row[0], ".", ""))] = true
		}
	}
	return set
})

// IsHonorific tells a title that says nothing of what someone does: "Mr",
// "Dr.", "Sir".
func IsHonorific(title string) bool {
	return honorifics()[strings.ToLower(strings.ReplaceAll(strings.TrimSpace(title), ".", ""))]
}
