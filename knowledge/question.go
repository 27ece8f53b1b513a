package knowledge

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge/claims"
	"github.com/briefbot/briefbot/knowledge/entities"
	"github.com/briefbot/briefbot/knowledge/lexicon"
	"github.com/briefbot/briefbot/knowledge/text"
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
	// "What did Gervais say about …", "Tim Dams" in "Who is Tim Dams?", "the
	// Screen International editor" in "What did the Screen International
	// editor make of …".
	Subject string
	// Role is the noun a person is asked for by, rather than by name: for a
	// subject given by description, its head ("editor", "dealer",
	// "spokesman"); for "who led the Liberal party", the one who does what
	// the verb says ("leader"); for "who is the mayor of X", "mayor". It is
	// "" when the question names the person.
	Role string
	// RoleNumber is the number the role is asked for in: "one" for "a
	// dealer", "many" for "dealers", "" when the question does not say.
	RoleNumber string
	// Topic is what a speech question asks about: "the kind of stars" in
	// "What did Gervais say about the kind of stars?".
	Topic string
	// Measure is the word that asks for an amount: "many", "much", "long",
	// "share", "price"…; Counted is what it counts: "episodes" in "How many
	// episodes will …", "budget" in "How big a budget does …", and
	// CountedHead the noun of it that names what is counted ("players" in
	// "How many of Wales's Six Nations players …").
	Measure     string
	Counted     string
	CountedHead string
	// Names are the words of the question that are names: written with a
	// capital (but for its first word, unless the tagger reads a proper
	// noun there), not determiners or pronouns ("Gervais", "Flanimals").
	Names []string
	// Wants is the kind of figure an amount question asks for, when its
	// words say: "money" for "How big a budget …", "percent" for "How high
	// is unemployment …"; "" for any.
	Wants string
	// Verb is the lemma of the question's main verb ("lead" in "Who led the
	// Liberal party?") and Object what it acts on, or what a role is of
	// ("the Liberal party"; "X" in "who is the mayor of X"); "" when none.
	Verb   string
	Object string
	// VerbForm is the verb as the question writes it ("won" of "Who won
	// the final?"), for finding it among the question's words when its
	// lemma is not among them.
	VerbForm string
	// Cue is the lemma of the verb a speech question asks what someone
	// said with: "say", "compare" in "What did X compare Y to?", "sum up".
	Cue string
	// Passive is true when a "who" question's verb is passive: "Who was
	// selected as the candidate?" asks for whom the verb acts on, not for
	// who does it.
	Passive bool
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

// cueFormsOnly are the words that ask what someone said only as another
// form of an attribution cue, neither a cue's base form nor a speech verb
// of lexicon/questions.txt: "found", a form of "find" and the lemma of
// "founded", which asks for a founder.
var cueFormsOnly = sync.OnceValue(func() map[string]bool {
	speech := map[string]bool{}
	for _, row := range lexiconRows("questions") {
		if len(row) >= 2 && row[1] == "speech" {
			speech[strings.ToLower(strings.Join(strings.Fields(row[0]), " "))] = true
		}
	}
	rows := lexicon.Rows(claims.Lexicon(), "cues")
	for _, row := range rows {
		speech[strings.ToLower(strings.TrimSpace(row[0]))] = true
	}
	set := map[string]bool{}
	for _, row := range rows {
		if len(row) < 2 {
			continue
		}
		for _, f := range strings.Split(row[1], ",") {
			if f = strings.ToLower(strings.TrimSpace(f)); f != "" && !speech[f] {
				set[f] = true
			}
		}
	}
	return set
})

// agentNouns is lexicon/question_agents.txt: a verb's lemma -> the noun for
// the one who does it, where adding "-er" does not make it ("lead" ->
// "leader" does; "chair" -> "chairman" does not).
var agentNouns = sync.OnceValue(func() map[string]string {
	t := map[string]string{}
	for _, row := range lexiconRows("question_agents") {
		if len(row) >= 2 {
			t[strings.ToLower(row[0])] = strings.ToLower(row[1])
		}
	}
	return t
})

// HoldsRole tells a verb whose doer holds a role by doing it ("chair",
// "captain", "run" in lexicon/question_agents.txt): who chairs a board is
// its chairman, while who scores or takes a place holds no role by it.
func HoldsRole(verb string) bool {
	_, ok := agentNouns()[strings.ToLower(verb)]
	return ok
}

// AgentNoun is the noun for the one who does what a verb says: "leader"
// for "lead", "manager" for "manage", "chairman" for "chair".
func AgentNoun(verb string) string {
	verb = strings.ToLower(verb)
	if verb == "" {
		return ""
	}
	if n, ok := agentNouns()[verb]; ok {
		return n
	}
	if strings.HasSuffix(verb, "e") {
		return verb + "r"
	}
	if doublesLast(verb) {
		return verb + verb[len(verb)-1:] + "er" // "winner", "robber"
	}
	return verb + "er"
}

// doublesLast tells a verb of one syllable that ends in one vowel and one
// consonant, which doubles the consonant before "-er": "win", "rob",
// "plan"; not "own", "lead", "fix" nor "visit".
func doublesLast(verb string) bool {
	isVowel := func(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
	n := len(verb)
	if n < 3 || isVowel(verb[n-1]) || strings.IndexByte("wxy", verb[n-1]) >= 0 || !isVowel(verb[n-2]) || isVowel(verb[n-3]) {
		return false
	}
	vowels := 0
	for i := range n {
		if isVowel(verb[i]) && (i == 0 || !isVowel(verb[i-1])) {
			vowels++
		}
	}
	return vowels == 1
}

// openerPrepositions may stand before a question's opening phrase: "By how
// much …", "Over what distance …", "Since when …".
var openerPrepositions = map[string]bool{"by": true, "over": true, "to": true, "for": true, "at": true, "in": true, "on": true,
	"from": true, "up": true, "within": true, "with": true, "during": true, "after": true, "before": true, "since": true, "into": true}

// questionReader is a question read by the language layer: its tokens with
// their parts of speech, lemmas and parse, and the words among them.
type questionReader struct {
	p text.Paragraph
	// words are the indexes of the tokens that are not punctuation, and
	// low their lower-case forms.
	words []int
	low   []string
	// tagged is true when the tokens have their tags and lemmas (the binary
	// embeds the model); parse parses the question, when it is needed.
	tagged bool
}

// parse parses the question, once, and reports whether it is parsed.
func (r *questionReader) parse() bool {
	if r.tagged && !r.p.Parsed {
		for i := range r.p.Sentences {
			text.ParseSentence(&r.p, i)
		}
		r.p.Parsed = true
	}
	return r.tagged
}

func readQuestionText(q string) *questionReader {
	r := &questionReader{p: text.Read(1, string(KindBody), q)}
	if _, err := text.Default(); err == nil {
		text.Tag(&r.p)
		r.tagged = true
	}
	for i, t := range r.p.Tokens {
		if t.Shape == text.ShapePunct || t.Shape == text.ShapeQuote {
			continue
		}
		r.words = append(r.words, i)
		r.low = append(r.low, t.Low)
	}
	return r
}

func (r *questionReader) tok(w int) *text.Token { return &r.p.Tokens[r.words[w]] }

// span is the text of words [a, b), as written, without a possessive "'s"
// at its end.
func (r *questionReader) span(a, b int) string {
	for b > a && r.isPossessive(b-1) {
		b--
	}
	if a >= b {
		return ""
	}
	return r.p.Span(r.words[a], r.words[b-1]+1)
}

// isPossessive tells the "'s" or "'" of "Gervais's", "players'".
func (r *questionReader) isPossessive(w int) bool {
	return w >= 0 && w < len(r.low) && (r.low[w] == "'s" || r.low[w] == "'")
}

// capitalised tells a word written with a capital ("I" is not a name).
func capitalised(s string) bool {
	c, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(c) && s != "I"
}

// pluralAcronym tells the plural of an abbreviation, which names no one:
// "MPs", "CEOs", "NGOs" (where "BBC" and "EU" name something).
func pluralAcronym(s string) bool {
	if len(s) < 3 || s[len(s)-1] != 's' {
		return false
	}
	for i := 0; i < len(s)-1; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// inName tells a word that continues a name: written with a capital
// after a word that is ("Borno State"), in a question not written in
// title case ("What Did The Minister Say").
func (r *questionReader) inName(w int) bool {
	if w == 0 || !capitalised(r.tok(w).Text) || !capitalised(r.tok(w-1).Text) {
		return false
	}
	caps := 0
	for i := range r.words {
		if capitalised(r.tok(i).Text) {
			caps++
		}
	}
	return 2*caps <= len(r.words)
}

// names are the question's name words.
func (r *questionReader) names() []string {
	var out []string
	for w := range r.words {
		t := r.tok(w)
		if !capitalised(t.Text) || pluralAcronym(t.Text) {
			continue
		}
		if r.tagged {
			if t.POS == text.DET || t.POS == text.PRON {
				continue // "The" of "The Passion"
			}
			if w == 0 && t.POS != text.PROPN {
				continue
			}
		} else if w == 0 {
			continue
		}
		out = append(out, t.Text)
	}
	return out
}

// lowerName reads words [a, b) as a name written in lower case, as a
// user may type one ("who is leonel figueroa", "who is colin high"), and
// gives its words with capitals; nil when a word is written with a
// capital, is a job word ("chairman"), or is a function word (the tagger
// reads a name written so as a noun, an adjective or even a verb), when
// the phrase is longer than a name, or when a single word is neither a
// given name nor a proper noun ("who is next"). "The mayor of …" is no
// name.
func (r *questionReader) lowerName(a, b int) []string {
	if !r.tagged || b <= a || b-a > maxNameWords {
		return nil
	}
	var name []string
	for w := a; w < b; w++ {
		t := r.tok(w)
		switch t.POS {
		case text.NOUN, text.PROPN, text.ADJ, text.VERB:
		default:
			return nil
		}
		if t.Text != t.Low || personRoles()[t.Low] {
			return nil
		}
		c, size := utf8.DecodeRuneInString(t.Text)
		name = append(name, string(unicode.ToUpper(c))+t.Text[size:])
	}
	if t := r.tok(a); b-a == 1 && t.POS != text.PROPN && !givenNames()[t.Low] {
		return nil
	}
	return name
}

// givenNames are the given names of the entities' lexicon
// (lexicon/given_names.txt), lower case.
var givenNames = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, row := range lexicon.Rows(entities.Lexicon(), "given_names") {
		set[strings.ToLower(row[0])] = true
	}
	return set
})

// maxNameWords bounds the words of a name written in lower case.
const maxNameWords = 4

// isNoun tells a word that heads a noun phrase. Untagged, any word may.
func (r *questionReader) isNoun(w int) bool {
	if !r.tagged {
		return true
	}
	switch r.tok(w).POS {
	case text.NOUN, text.PROPN, text.NUM, text.PRON:
		return true
	}
	return false
}

// head is the last noun of words [a, b), which in English heads the phrase
// ("players" in "Wales's Six Nations players"), or -1.
func (r *questionReader) head(a, b int) int {
	for w := b - 1; w >= a; w-- {
		if !r.isPossessive(w) && r.isNoun(w) {
			return w
		}
	}
	return -1
}

// role is the role a phrase [a, b) describes someone by, when it does not
// name them: the lemma of its head when that is a common noun written
// without a capital ("editor" in "the Screen International editor").
func (r *questionReader) role(a, b int) string {
	h := r.roleHead(a, b)
	if h < 0 {
		return ""
	}
	if t := r.tok(h); t.Lemma != "" {
		return strings.ToLower(t.Lemma)
	}
	return r.tok(h).Low
}

// roleNumber is the grammatical number of the role of words [a, b) (see
// role): "one" for "a dealer", "many" for "dealers", "" when the tagger
// does not say or there is no role.
func (r *questionReader) roleNumber(a, b int) string {
	h := r.roleHead(a, b)
	if h < 0 || !r.tagged {
		return ""
	}
	switch t := r.tok(h); {
	case t.Tag == "NN":
		return "one"
	case t.Tag == "NNS" && t.Low != strings.ToLower(t.Lemma):
		return "many" // not "police", one form for both
	}
	return ""
}

// titled tells a role written with a capital as a title, the word h of a
// phrase that opens at a: "the President of …", "the Mayor of …" (where
// "Paul Mayor" is a name).
func (r *questionReader) titled(a, h int) bool {
	return h == a+1 && r.low[a] == "the" && h+1 < len(r.low) && r.low[h+1] == "of" && capitalised(r.tok(h).Text)
}

// roleHead is the word of [a, b) that role reads the role from, or -1.
func (r *questionReader) roleHead(a, b int) int {
	h := r.head(a, b)
	if h < 0 && b > a && r.tagged && r.tok(b-1).POS == text.ADJ {
		h = b - 1 // "the chief executive", its noun tagged as an adjective
	}
	if h < 0 {
		return -1
	}
	if r.titled(a, h) {
		return h // "the President of the European Parliament"
	}
	if t := r.tok(h); capitalised(t.Text) || r.tagged && t.POS != text.NOUN && t.POS != text.ADJ {
		return -1
	}
	return h
}

// verb finds the question's main verb: the root of its parse when that is
// a verb, else its first verb after the opening word; -1 when none. It
// returns the verb's word index.
func (r *questionReader) verb() int {
	if !r.parse() {
		return -1
	}
	for w := range r.words {
		if t := r.tok(w); t.Head < 0 && t.POS == text.VERB {
			return w
		}
	}
	for w := 1; w < len(r.words); w++ {
		if r.tok(w).POS == text.VERB {
			return w
		}
	}
	return -1
}

// object is what verb v acts on: its object in the parse, else the words
// after it up to a preposition or the end.
func (r *questionReader) object(v int) string {
	vt := r.words[v]
	if o := r.p.Child(vt, text.RelObj); o >= 0 {
		a, b := r.p.Subtree(o)
		if a > vt {
			return strings.TrimSpace(strings.Trim(r.p.Span(a, b), "?!. "))
		}
	}
	end := v + 1
	for end < len(r.words) && !(r.tagged && r.tok(end).POS == text.ADP) && end < v+6 {
		end++
	}
	return r.span(v+1, end)
}

// ReadQuestion reads what a question asks for and about whom, from the
// language layer's reading of it: its words, their parts of speech and
// lemmas, and its parse. The kind comes from the opening phrase
// (lexicon/questions.txt); the subject of "what did X say", who "who is X"
// asks about and what "how many X" counts are phrases found around the
// question's auxiliary and verb, their heads by their parts of speech.
func ReadQuestion(q string) Question {
	q = strings.TrimSpace(q)
	out := Question{Text: q, Kind: AskOther, About: QuestionTerms(q)}
	r := readQuestionText(q)
	low := r.low
	if len(low) == 0 {
		return out
	}
	out.Names = r.names()
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
		if r.inName(i) {
			return 0 // "State" of "Borno State"
		}
		if k, n := kindAt(i); k == "speech" {
			return n
		}
		return 0
	}
	// The verb and its object, from the parse: only "who" and speech
	// questions read them, and a parse costs more than the rest.
	verbAt := -1
	readVerb := func() {
		if v := r.verb(); v >= 0 {
			verbAt = v
			out.Verb, out.VerbForm = strings.ToLower(r.tok(v).Lemma), strings.ToLower(r.tok(v).Text)
			out.Object = r.object(v)
		}
	}
	// speechVerb tells a verb of speech by its lemma as a cue's base form,
	// or by the word as written being a cue's form: "found" is a form of
	// "find" (a cue) but the lemma of "founded", which asks for a founder.
	speechVerb := func() bool {
		return t[out.Verb] == "speech" && !cueFormsOnly()[out.Verb] || verbAt >= 0 && t[low[verbAt]] == "speech"
	}

	// "According to X, what …": a speech question about X.
	if len(low) > 3 && low[0] == "according" && low[1] == "to" {
		for i := 2; i < len(low); i++ {
			if next := r.words[i] + 1; next < len(r.p.Tokens) && r.p.Tokens[next].Text == "," {
				out.Kind, out.Subject, out.Role = AskSpeech, r.span(2, i+1), r.role(2, i+1)
				out.RoleNumber = r.roleNumber(2, i+1)
				out.Topic = QuestionTerms(r.span(i+1, len(low)))
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
		from, end := start+n, start+n
		for end < len(low) && end < start+n+6 && !isAux(end) && (low[end] == "of" || !openerPrepositions[low[end]]) {
			end++
		}
		if end == from && end < len(low) && (low[end] == "is" || low[end] == "are" || low[end] == "was" || low[end] == "were") {
			// "How high is joblessness in Georgia?": what is measured
			// follows the verb.
			from, end = end+1, end+1
			for end < len(low) && end < from+4 && (low[end] == "of" || !openerPrepositions[low[end]]) && !r.asksAmountOf(end) {
				end++
			}
			// "How much is the … prize worth?": what it is of ends the
			// question, however far.
			if of := slices.IndexFunc(low[end:], func(w string) bool { return w == "worth" }); of >= 0 {
				end += of
			}
		}
		for from < end && (low[from] == "a" || low[from] == "an" || low[from] == "the" || low[from] == "of") {
			from++
		}
		out.Counted = r.span(from, end)
		if h := r.head(from, end); h >= 0 {
			out.CountedHead = r.tok(h).Text
		}
		// The measure word decides ("what share of income"), else the
		// first word of what is counted that does ("how big a budget").
		words := []string{out.Measure}
		for w := from; w < end; w++ {
			words = append(words, low[w])
		}
		for _, w := range words {
			if k := t[w]; k == "money" || k == "percent" {
				out.Wants = k
				break
			}
		}
		// "By how much will Nestle raise its dividend?" asks for the
		// change, a percentage as often as money, whatever it is of.
		byChange := start == 1 && low[0] == "by"
		if out.Wants == "" && !byChange && r.tagged && (from == end || end < len(low) && r.asksAmountOf(end)) {
			// Nothing counted is named: a verb of money may say what is
			// asked ("How much does the state need to borrow?"), as the
			// question's last word may, however tagged ("How much does
			// the service cost?"), or money it is asked "in" ("How much
			// can buyers claim in damages?").
			// So does the verb of what is counted, or "worth", after
			// "is": "How much is the prize worth?", "How much is the
			// firm paying for it?" (what is named there is not counted).
			for w := end; w < len(low); w++ {
				tok := r.tok(w)
				k := t[strings.ToLower(tok.Lemma)]
				if k == "" {
					k = t[low[w]]
				}
				in := w > 0 && low[w-1] == "in"
				// "How much will the service cost in Lisbon?": the word
				// before the place or time asked about, however tagged.
				before := w+1 < len(low) && openerPrepositions[low[w+1]] && from == end
				if (k == "money" || k == "money-verb") && (tok.POS == text.VERB || w == len(low)-1 || in && k == "money" || r.asksAmountOf(w) || before && k == "money") {
					out.Wants = "money"
					break
				}
			}
		}
		if last := len(low) - 1; out.Wants == "" && !byChange && r.tagged && last >= end && r.tok(last).POS == text.VERB {
			// "How much were the children of the directors paid?": a verb
			// of money ends the question, after what is named.
			if k := t[strings.ToLower(r.tok(last).Lemma)]; k == "money" || k == "money-verb" {
				out.Wants = "money"
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
		if v := start + n; v < len(low) && r.tagged && r.tok(v).Tag == "VBG" {
			// "Who is representing the union?": the verb's subject, as
			// "who represents" asks.
			out.Kind = AskSpeaker
			readVerb()
			if out.Verb != "" && !speechVerb() {
				out.Role = AgentNoun(out.Verb)
			}
			return out
		}
		if v := start + n; v < len(low) && r.tagged && r.tok(v).Tag == "VBN" && (low[start] == "who" || low[start] == "whom") {
			// "Who was selected as the candidate?": whom the verb acts on,
			// named where the verb is, not one who holds a role.
			out.Kind, out.Passive = AskSpeaker, true
			out.Verb, out.VerbForm = strings.ToLower(r.tok(v).Lemma), strings.ToLower(r.tok(v).Text)
			out.Object = r.span(v+1, len(low))
			return out
		}
		out.Kind, out.Subject = AskIdentity, r.span(start+n, len(low))
		if name := r.lowerName(start+n, len(low)); name != nil {
			// "who is leonel figueroa": a name written in lower case, not
			// a role ("who is the mayor of X", "who is chairman").
			out.Subject, out.Names = strings.Join(name, " "), append(out.Names, name...)
			return out
		}
		if role := r.role(start+n, r.phraseEnd(start+n)); role != "" {
			// "Who is the mayor of X?": a name answers it.
			out.Kind, out.Role = AskSpeaker, role
			if of := r.phraseEnd(start + n); of < len(low) {
				out.Object = r.span(of+1, len(low))
			}
		}
		return out
	}
	// "What is the population of X?": an amount named by a noun.
	if len(low) > 4 && (low[0] == "what" || low[0] == "which") && isAux(1) && (low[2] == "the" || low[2] == "its" || low[2] == "their") {
		if k := t[low[3]]; k == "amount-noun" || k == "money" || k == "percent" {
			out.Kind, out.Measure, out.Counted, out.CountedHead = AskAmount, low[3], r.tok(3).Text, r.tok(3).Text
			if k != "amount-noun" {
				out.Wants = k
			}
			return out
		}
	}
	// "What inflation do economists expect?", "What price do exporters
	// want?": an amount named by the noun the question opens with, what
	// its verb acts on (not "What tax will be scrapped?"); "What is the
	// Bank of Japan's discount rate?": by the noun that ends "what is …",
	// a noun phrase (not "What is the rate on the loan?").
	if n := len(low); n > 3 && (low[0] == "what" || low[0] == "which") {
		at := -1
		switch {
		case low[2] == "do" || low[2] == "does" || low[2] == "did":
			at = 1
		case isAux(2) && r.paysLast(t):
			// "What dividend will the firm pay?", "What coupon would the
			// bond offer?": what another auxiliary's verb of money gives
			// (not "What tax will the port scrap?").
			at = 1
		case low[1] == "is" || low[1] == "are" || low[1] == "was" || low[1] == "were":
			at = n - 1
			for w := 2; w < n; w++ {
				if isAux(w) || low[w] != "of" && openerPrepositions[low[w]] || r.tagged && r.tok(w).POS == text.VERB {
					at = -1
					break
				}
			}
		}
		if k := ""; at > 0 {
			k = t[low[at]]
			if k == "amount-noun" || k == "money" || k == "percent" {
				out.Kind, out.Measure, out.CountedHead = AskAmount, low[at], r.tok(at).Text
				out.Counted = r.tok(at).Text
				if at == n-1 {
					from := 2
					for from < at && (low[from] == "the" || low[from] == "its" || low[from] == "their") {
						from++
					}
					out.Counted = r.span(from, n)
				}
				if k != "amount-noun" {
					out.Wants = k
				}
				return out
			}
		}
	}
	wh := low[0] == "what" || low[0] == "which" || low[0] == "how" || low[0] == "who" || low[0] == "whom"
	if !wh {
		return out
	}
	// "What will the tax rate be cut to?": the level an amount reaches.
	if n := len(low); low[0] == "what" && n > 4 && isAux(1) && low[n-1] == "to" && changeVerbs[low[n-2]] {
		end := n - 2
		for end > 2 && (low[end-1] == "be" || low[end-1] == "been") {
			end--
		}
		from := 2
		for from < end && (low[from] == "a" || low[from] == "an" || low[from] == "the") {
			from++
		}
		out.Kind, out.Measure, out.Counted = AskAmount, "much", r.span(from, end)
		if h := r.head(from, end); h >= 0 {
			out.CountedHead = r.tok(h).Text
		}
		for w := from; w < end; w++ {
			if k := t[low[w]]; k == "money" || k == "percent" {
				out.Wants = k
			}
		}
		return out
	}
	// "Who said …", "Who at Arsenal raised …", "Who will host …": a name
	// answers it, the verb's subject (not "Who will Rovers play …", where
	// a name follows the auxiliary).
	if low[0] == "who" && len(low) > 1 && (!isAux(1) || len(low) > 2 && r.tagged && r.tok(2).POS == text.VERB && !isAux(2)) {
		out.Kind = AskSpeaker
		readVerb()
		if out.Verb != "" && !speechVerb() && t[low[1]] != "speech" {
			out.Role = AgentNoun(out.Verb)
		}
		return out
	}
	// "Which singer joined X on stage?": someone of that role, as "who"
	// asks.
	if (low[0] == "which" || low[0] == "what") && len(low) > 3 && personRoles()[low[1]] && !isAux(2) && !r.isPossessive(2) {
		out.Kind, out.Role = AskSpeaker, low[1]
		if t := r.tok(1); t.Lemma != "" {
			out.Role = strings.ToLower(t.Lemma)
		}
		readVerb()
		out.Object = "" // not what the role is of, as in "the singer of the band"
		return out
	}
	// "What is X's job?": X's role.
	for i := 2; i < len(low); i++ {
		if t[low[i]] == "role" && r.isPossessive(i-1) {
			for a := 1; a < i; a++ {
				if isAux(a) {
					out.Kind, out.Subject = AskIdentity, r.span(a+1, i)
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
						out.Kind, out.Subject = AskIdentity, r.span(a+1, len(low)-2)
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
			if a > 1 && low[0] != "how" && (v+m == len(low) || openerPrepositions[low[v+m]] || low[v+m] == "of") {
				// "Which group does the army blame for the attack?": what
				// the question asks for is the verb's object, a thing, not
				// what someone said.
				return out
			}
			out.Kind, out.Subject, out.Role = AskSpeech, r.span(a+1, v), r.role(a+1, v)
			out.RoleNumber = r.roleNumber(a+1, v)
			out.Cue = strings.Join(low[v:v+m], " ")
			if t := r.tok(v); m == 1 && t.Lemma != "" {
				out.Cue = strings.ToLower(t.Lemma)
			}
			readVerb()
			from := v + m
			if from < len(low) {
				switch low[from] {
				case "about", "of", "on", "to", "that", "when", "regarding":
					from++
				}
			}
			var topic []string
			if s := r.span(1, a); s != "" {
				topic = append(topic, s)
			}
			if s := r.span(from, len(low)); s != "" {
				topic = append(topic, s)
			}
			if len(topic) > 0 {
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

// paysLast tells a question whose last word is a verb of money ("pay",
// "offer", "earn"; questions.txt), by its lemma or as written, before the
// time it is asked of: "What dividend will the firm pay for 2004?", "…
// pay this year?".
func (r *questionReader) paysLast(t map[string]string) bool {
	last := len(r.low) - 1 - timeTail(r.low)
	if last < 0 {
		return false
	}
	k := t[r.low[last]]
	if r.tagged {
		if l := t[strings.ToLower(r.tok(last).Lemma)]; l != "" {
			k = l
		}
	}
	return k == "money" || k == "money-verb"
}

// timeTail is how many of the last words of a question say when what it
// asks is of: a year after a preposition ("for 2004", "in 1987/88") or
// "this", "next" or "last" and a span of time ("this year", "in the next
// quarter"); 0 when none.
func timeTail(low []string) int {
	n := len(low)
	if n >= 2 && openerPrepositions[low[n-2]] && isYear(low[n-1]) {
		return 2
	}
	if n >= 2 && timeSpans[low[n-1]] && (low[n-2] == "this" || low[n-2] == "next" || low[n-2] == "last") {
		k := 2
		if n >= 4 && low[n-3] == "the" && openerPrepositions[low[n-4]] {
			k = 4
		} else if n >= 3 && openerPrepositions[low[n-3]] {
			k = 3
		}
		return k
	}
	return 0
}

// timeSpans are the spans of time "this", "next" or "last" say when of.
var timeSpans = map[string]bool{"year": true, "quarter": true, "month": true, "week": true, "season": true}

// isYear tells a word that is a year from 1900 to 2099, alone or as the
// first of two ("1987/88", "2004-05").
func isYear(w string) bool {
	if len(w) < 4 || (w[:2] != "19" && w[:2] != "20") {
		return false
	}
	for i := 2; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return len(w) == 4 || w[4] == '/' || w[4] == '-'
}

// asksAmountOf tells the word an amount is asked of after "is": a verb
// ("paying" in "How much is the firm paying …") or "worth", which ends
// what is measured.
func (r *questionReader) asksAmountOf(w int) bool {
	return r.low[w] == "worth" || r.tagged && r.tok(w).POS == text.VERB
}

// phraseEnd is where the noun phrase that starts at word a ends: before a
// preposition, a relative word or the end.
func (r *questionReader) phraseEnd(a int) int {
	for w := a; w < len(r.low); w++ {
		if w > a && (openerPrepositions[r.low[w]] || r.low[w] == "of" || r.low[w] == "who" || r.low[w] == "that") {
			return w
		}
	}
	return len(r.low)
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

// changeVerbs say that an amount moves to a new level ("cut to",
// "raised to"), as the forms a question asks them in.
var changeVerbs = map[string]bool{
	"cut": true, "raise": true, "raised": true, "increase": true, "increased": true, "reduce": true, "reduced": true,
	"lower": true, "lowered": true, "rise": true, "fall": true, "drop": true, "grow": true, "climb": true, "slash": true, "slashed": true,
}

// personRoles are the titles of lexicon/titles.txt that are a lower-case
// job word ("singer", "striker"), singular and plural.
var personRoles = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, row := range lexicon.Rows(entities.Lexicon(), "titles") {
		if len(row) >= 2 && (row[1] == "role" || row[1] == "office") {
			w := strings.ToLower(row[0])
			set[w], set[w+"s"] = true, true
		}
	}
	return set
})

// IsRoleWord tells a lower-case job word of lexicon/titles.txt
// ("officer", "economist", "director"), singular or plural.
func IsRoleWord(w string) bool { return personRoles()[strings.ToLower(w)] }

// IsHonorific tells a title that says nothing of what someone does: "Mr",
// "Dr.", "Sir".
func IsHonorific(title string) bool {
	return honorifics()[strings.ToLower(strings.ReplaceAll(strings.TrimSpace(title), ".", ""))]
}

// placeForms maps each name of a place in the entities' gazetteer
// (lexicon/places.txt: "United Kingdom", "UK", "Britain") and each demonym
// (lexicon/demonyms.txt: "British", "Britons"), lower case, to all of them.
var placeForms = sync.OnceValue(func() map[string][]string {
	groups := map[string][]string{} // canonical name -> its forms
	add := func(place string, forms ...string) {
		for _, f := range forms {
			if f = strings.TrimSpace(f); f != "" {
				groups[place] = append(groups[place], f)
			}
		}
	}
	for _, row := range lexicon.Rows(entities.Lexicon(), "places") {
		add(row[0], row[0])
		if len(row) >= 3 {
			add(row[0], strings.Split(row[2], ";")...)
		}
	}
	for _, row := range lexicon.Rows(entities.Lexicon(), "demonyms") {
		if len(row) < 3 || groups[row[2]] == nil {
			continue
		}
		add(row[2], strings.Split(row[0], ";")...)
		add(row[2], strings.Split(row[1], ";")...)
	}
	out := map[string][]string{}
	for _, forms := range groups {
		for _, f := range forms {
			out[strings.ToLower(f)] = forms
		}
	}
	return out
})

// placeNames holds, lower case, the names and other names of the places
// of lexicon/places.txt, without their demonyms.
var placeNames = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, row := range lexicon.Rows(entities.Lexicon(), "places") {
		out[strings.ToLower(strings.TrimSpace(row[0]))] = true
		if len(row) >= 3 {
			for _, f := range strings.Split(row[2], ";") {
				if f = strings.TrimSpace(f); f != "" {
					out[strings.ToLower(f)] = true
				}
			}
		}
	}
	return out
})

// IsPlaceName tells whether name names a place ("Zurich", "Tamil Nadu",
// "Madras"), not a demonym of one ("Italian").
func IsPlaceName(name string) bool {
	return placeNames()[strings.ToLower(strings.TrimSpace(name))]
}

// PlaceForms lists the names a place goes by, when name is one of them or
// a demonym of it: "Britain" gives "United Kingdom", "UK", "Britain",
// "British"…; nil for any other name.
func PlaceForms(name string) []string {
	return placeForms()[strings.ToLower(strings.TrimSpace(name))]
}
