package claims

import (
	"github.com/briefbot/briefbot/knowledge/text"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// disputeLexicon holds lexicon/disputes.txt.
type disputeLexicon struct {
	markers  []string
	refers   map[string]bool
	words    map[string]bool   // nouns for what someone said or asked for
	refusals map[string]bool   // what a denial refuses, not contradicts
	named    map[string]bool   // markers that count only before a name
	same     map[string]string // word -> the key of its group
	acts     map[string]bool   // keys of groups that name acts someone does
	stop     map[string]bool
}

var disputeWords = sync.OnceValue(func() *disputeLexicon {
	lex := &disputeLexicon{refers: map[string]bool{}, words: map[string]bool{}, refusals: map[string]bool{}, named: map[string]bool{}, same: map[string]string{}, acts: map[string]bool{}, stop: map[string]bool{}}
	for _, row := range lexiconRows("disputes") {
		if len(row) < 2 {
			panic("knowledge: lexicon disputes: a row needs kind | words: " + strings.Join(row, "|"))
		}
		switch row[0] {
		case "marker", "named":
			lex.markers = append(lex.markers, strings.ToLower(row[1]))
			if row[0] == "named" {
				lex.named[strings.ToLower(row[1])] = true
			}
		case "refers":
			lex.refers[strings.ToLower(row[1])] = true
		case "words":
			for _, w := range row[1:] {
				lex.words[strings.ToLower(w)] = true
			}
		case "refusal":
			for _, w := range row[1:] {
				lex.refusals[strings.ToLower(w)] = true
			}
		case "same", "act":
			key := strings.ToLower(row[1])
			for _, w := range row[1:] {
				lex.same[strings.ToLower(w)] = key
			}
			if row[0] == "act" {
				lex.acts[key] = true
			}
		case "stop":
			lex.stop[strings.ToLower(row[1])] = true
		default:
			panic("knowledge: lexicon disputes: unknown kind " + row[0])
		}
	}
	return lex
})

// disputeWindow is how many paragraphs back a contradiction may reach.
const disputeWindow = 4

// FindDisputes groups claims that contradict each other: a denial or a
// rebuttal ("denied the charge", "gave a conflicting account", "countered
// that") is tied to the earlier claims of other speakers about the same
// event, known by the words they share; further claims of the same speakers
// about that event join the group. Each group gets a short About line.
func FindDisputes(doc *text.Doc, claims []Claim) []Dispute {
	if doc == nil || len(claims) < 2 {
		return nil
	}
	lex := disputeWords()
	rebuts := make([]bool, len(claims))
	refers := make([]bool, len(claims))
	whose := make([]string, len(claims))
	this := make([]bool, len(claims))
	// A claim of the headline, one read from a passive ("a claim denied by
	// the minister": its content is who denied it) or one whose speaker is
	// a word like "all" ("who have all denied the charges") has no side.
	mute := make([]bool, len(claims))
	some := false
	var lowered lowerText // claims come paragraph by paragraph
	for i, c := range claims {
		// A headline sums up the article's own claims; it answers none.
		if p := doc.Para(c.Paragraph); p == nil || p.Kind == "title" || disputePassive(c.Content) || lex.stop[strings.ToLower(c.Speaker)] {
			mute[i] = true
			continue
		}
		// A quote that goes on from the one before is no new rebuttal.
		if i > 0 && claims[i-1].Paragraph == c.Paragraph && claims[i-1].Cue == c.Cue && disputeSameSpeaker(claims[i-1], c) {
			continue
		}
		r := disputeRebuts(doc, claims, i, lex, &lowered)
		rebuts[i], refers[i], whose[i], this[i] = r.rebuts, r.refers, r.whose, r.this
		some = some || rebuts[i]
	}
	if !some && !disputeActs(claims, lex) {
		return nil
	}
	keys := make([]map[string]bool, len(claims))
	for i, c := range claims {
		keys[i] = disputeKeys(c.Content, lex)
	}
	// Who does what in each claim, from the parse, read when needed.
	frameOf := make([]frames, len(claims))
	frameRead := make([]bool, len(claims))
	frames := func(i int) frames {
		if !frameRead[i] {
			frameRead[i] = true
			frameOf[i] = disputeFrames(doc, claims[i], lex)
		}
		return frameOf[i]
	}
	parent := make([]int, len(claims))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(i, j int) { parent[find(i)] = find(j) }
	// linked holds the claims a link or a join put in a group; core those
	// a link did, which say what is disputed.
	linked, core := make([]bool, len(claims)), make([]bool, len(claims))
	// oppose holds the claims a link sets against each other for sure: a
	// rebuttal and what it shares words with, a denial and the accusation,
	// competing accounts; not a rebuttal and the nearest claim of another
	// ("Moscow denied the accusation. Its embassy said C" is on Moscow's
	// side).
	oppose, with := map[[2]int]bool{}, map[[2]int]bool{}
	link := func(i, j int, sure bool) {
		if sure {
			oppose[[2]int{i, j}] = true
		}
		union(i, j)
		linked[i], linked[j] = true, true
		core[i], core[j] = true, true
	}
	// A rebuttal answers the earlier claims of others about the same event:
	// those that share the most words with it.
	for i, c := range claims {
		if !rebuts[i] {
			continue
		}
		best := 2
		var with []int
		for j := i - 1; j >= 0 && c.Paragraph-claims[j].Paragraph <= disputeWindow; j-- {
			// Two denials deny two things, or one together; a rejection
			// of someone's words answers no one else.
			if mute[j] || disputeSameSpeaker(c, claims[j]) || claims[j].Stance == "deny" || !disputeWhose(whose[i], claims[j]) {
				if this[i] && !mute[j] {
					break // "rejected that idea" answers the claim just before
				}
				continue
			}
			// Words in common; an account of who did the act counts more,
			// a report of the facts ("according to") less.
			n := disputeShared(keys[i], keys[j])
			switch {
			case n > 0 && framesCompete(frames(i), frames(j)):
				n += 3
			case c.Stance != "deny" && framesAgree(frames(i), frames(j)):
				// "Moscow said the ship had hit a mine … the ministry said
				// the Marisol Star had struck a mine": the rebuttal says
				// what this claim says; it answers another. (A denial of
				// the same act by the same agent is what contradicts it.)
				continue
			}
			if claims[j].Stance == "report" {
				n--
			}
			switch {
			case n > best:
				best, with = n, append(with[:0], j)
			case n == best:
				with = append(with, j)
			}
			if this[i] {
				break
			}
		}
		for _, j := range with {
			link(i, j, true)
		}
	}
	// A rebuttal that shares few words answers what it points back at: "X
	// accused Y of C. Y denied that C" answers the accusation when X is the
	// last other voice before the denial; "denied the charge" the claim just
	// before it, when another says it, unless the speaker's other rebuttal
	// beside it already found what it answers.
	for i, c := range claims {
		if !rebuts[i] || linked[i] {
			continue
		}
		nearest, other, accusation := -1, -1, -1
		for j := i - 1; j >= 0 && c.Paragraph-claims[j].Paragraph <= disputeWindow; j-- {
			if mute[j] {
				continue
			}
			if nearest < 0 {
				nearest = j
			}
			if disputeSameSpeaker(c, claims[j]) {
				continue
			}
			if other < 0 {
				other = j
			}
			if accusation < 0 && claims[j].Stance == "accuse" && c.Paragraph-claims[j].Paragraph <= 3 {
				accusation = j
			}
		}
		if accusation >= 0 && (!disputeSameSpeaker(claims[other], claims[accusation]) || !disputeWhose(whose[i], claims[accusation])) {
			accusation = -1
		}
		if nearest >= 0 && (disputeSameSpeaker(c, claims[nearest]) || !disputeWhose(whose[i], claims[nearest])) {
			nearest = -1
		}
		beside := -1
		for j := range claims {
			if j != i && linked[j] && claims[j].Paragraph == c.Paragraph && disputeSameSpeaker(c, claims[j]) {
				beside = j
			}
		}
		switch {
		case c.Stance == "deny" && accusation >= 0:
			link(i, accusation, true)
		case refers[i] && beside >= 0:
			link(i, beside, false)
		case refers[i] && nearest >= 0:
			link(i, nearest, false)
			if claims[nearest].Stance == "deny" && claims[nearest].Paragraph == c.Paragraph {
				// "Moscow denied the accusation. Its embassy said C": the
				// denial is what makes C a rebuttal; both deny one thing.
				with[[2]int{i, nearest}] = true
			}
		}
	}
	// Competing attributions of one act: "militiamen freed the prisoners"
	// against "it was the guards who released the prisoners".
	for i := range claims {
		for j := i + 1; j < len(claims) && claims[j].Paragraph-claims[i].Paragraph <= disputeWindow; j++ {
			if mute[i] || mute[j] || disputeShared(keys[i], keys[j]) < 2 || disputeSameSpeaker(claims[i], claims[j]) {
				continue
			}
			// With a parse, the agents are read from it; without, the names
			// before the act stand for them.
			if parserReady() && framesCompete(frames(i), frames(j)) ||
				!parserReady() && disputeCompeting(claims[i].Content, claims[j].Content, lex) {
				link(i, j, true)
			}
		}
	}
	// Claims of the same speakers about the same event join their group.
	for i := range claims {
		if !linked[i] {
			continue
		}
		for j := range claims {
			if linked[j] || mute[j] || disputeAbs(claims[i].Paragraph-claims[j].Paragraph) > disputeWindow {
				continue
			}
			if disputeShared(keys[i], keys[j]) >= 2 && disputeSameSpeaker(claims[i], claims[j]) {
				union(j, i)
				linked[j] = true
			}
		}
	}
	groups := map[int][]int{}
	for i := range claims {
		if linked[i] {
			r := find(i)
			groups[r] = append(groups[r], i)
		}
	}
	// Two groups between the same sides are one dispute.
	roots := make([]int, 0, len(groups))
	for r := range groups {
		roots = append(roots, r)
	}
	sort.Ints(roots)
	for a := 0; a < len(roots); a++ {
		for b := a + 1; b < len(roots); b++ {
			ga, gb := groups[roots[a]], groups[roots[b]]
			if ga == nil || gb == nil || disputeSidesShared(claims, ga, gb) < 2 {
				continue
			}
			groups[roots[a]] = append(ga, gb...)
			delete(groups, roots[b])
		}
	}
	var out []Dispute
	for _, g := range groups {
		speakers := map[string]bool{}
		for _, i := range g {
			speakers[strings.ToLower(claims[i].Speaker)] = true
		}
		if len(g) < 2 || len(speakers) < 2 {
			continue
		}
		sort.Ints(g)
		first := g[0]
		for _, i := range g {
			if core[i] {
				first = i
				break
			}
		}
		about, names := disputeAbout(claims, g, first, disputeSides(claims, g, oppose, with))
		out = append(out, Dispute{About: about, Claims: g, Speakers: names})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Claims[0] < out[j].Claims[0] })
	return out
}

func disputeAbs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// disputeSameSpeaker tells whether two claims have one speaker: one entity,
// or one name, or a name and a longer one that holds all its words
// ("Vivendi" and "Vivendi Universal", "Mr Brown" and "Gordon Brown"), or
// the words that name the other ("Pentagon spokesman Bob Sims").
func disputeSameSpeaker(a, b Claim) bool {
	if a.SpeakerID != "" && a.SpeakerID == b.SpeakerID {
		return true
	}
	if a.Speaker == "" || b.Speaker == "" {
		return false
	}
	if strings.EqualFold(a.Speaker, b.Speaker) || disputeNameWithin(a.Speaker, b.Speaker) || disputeNameWithin(b.Speaker, a.Speaker) {
		return true
	}
	// "the Pentagon" and "Pentagon spokesman Bob Sims"
	return b.SpeakerMention != nil && disputeNameWithin(a.Speaker, b.SpeakerMention.Text) ||
		a.SpeakerMention != nil && disputeNameWithin(b.Speaker, a.SpeakerMention.Text)
}

// disputeNameWithin tells whether every capitalised word of name, a name
// of one word or more, is a word of other: "Vivendi" in "Vivendi
// Universal". Titles ("Mr") and lower-case words ("the", "spokesman") are
// not compared.
func disputeNameWithin(name, other string) bool {
	n := 0
	for w := range strings.FieldsSeq(name) {
		w = strings.Trim(w, ".,'’")
		if !disputeCapitalised(w) {
			continue
		}
		switch w {
		case "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady":
			continue
		}
		found := false
		for o := range strings.FieldsSeq(other) {
			if strings.Trim(o, ".,'’") == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
		n++
	}
	return n > 0
}

// lowerText keeps the lower-cased text of the last paragraph asked for.
type lowerText struct {
	p   *text.Paragraph
	low string
}

func (l *lowerText) of(p *text.Paragraph) string {
	if l.p != p {
		l.p, l.low = p, strings.ToLower(p.Text)
	}
	return l.low
}

// rebuttal is what disputeRebuts reads of a claim: whether it contradicts
// an earlier one, whether it points back at it ("denied the charge"), and
// whose words it names as what it rejects ("denied Ms Hale's claims" ->
// "hale").
type rebuttal struct {
	rebuts, refers bool
	whose          string
	// this tells a rejection of "that idea" or "these claims": it answers
	// the claim just before it or nothing.
	this bool
}

// disputeRebuts tells whether claim i contradicts an earlier one: its cue
// denies, or the text before it in its paragraph has a marker. A marker
// counts as a whole phrase of its own ("dismissed them" has no "dismissed
// the"), said by someone ("a disputed comment" is no act), outside what
// another claim says ("43% agreed and 17% disagreed"). A marker in the
// sentence before counts for the one who made it: a speaker that sentence
// names, or one the claim points back at ("Its embassy said", "he said",
// "The ministry said"), and not when a claim of that sentence follows it
// (the marker is that claim's cue).
func disputeRebuts(doc *text.Doc, claims []Claim, i int, lex *disputeLexicon, lowered *lowerText) rebuttal {
	c := claims[i]
	var r rebuttal
	p := doc.Para(c.Paragraph)
	if p == nil {
		return r
	}
	// The words before the content: "gave a conflicting account, with the
	// army claiming ..."; a marker inside the content is the speaker's own.
	end := c.Start
	if end > len(p.Text) || end < 0 {
		end = len(p.Text)
	}
	// The sentence the claim is in, and the one before it in the
	// paragraph: "Moscow rejected the accusation. Its embassy said C",
	// "X gave a very different picture. Its director said C".
	start, own := 0, 0
	if len(p.Sentences) > 0 {
		si := sentenceAtByte(p, c.Start)
		own = p.Tokens[p.Sentences[si].Start].Start
		if si > 0 {
			start = p.Tokens[p.Sentences[si-1].Start].Start
		}
	}
	if start > end || own > end {
		start, own = 0, 0
	}
	low := lowered.of(p)
	if c.Stance == "deny" && !disputeRefusal(c.Content, lex) && !disputeConditional(low[own:end]) {
		r.rebuts = true
		disputeObject(&r, c.Content, lex)
		// "rejected that idea": the claim holds the noun, not the word
		// that points with it ("denied that he ..." is no such word)
		before, content := strings.Fields(low[own:end]), strings.Fields(strings.ToLower(c.Content))
		if len(before) > 0 && len(content) > 0 && (lex.refers[content[0]] || lex.words[content[0]]) {
			switch before[len(before)-1] {
			case "that", "this", "these", "those":
				r.this, r.refers = true, false
			}
		}
	}
	for _, m := range lex.markers {
		for from := start; from < end; {
			k := strings.Index(low[from:end], m)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(m)
			if !disputeWholeWords(low, at, at+len(m)) || disputeAdjective(low[start:at]) || disputeNounMarker(p, at, m) ||
				disputeInOtherClaim(claims, i, at) || at < own && !disputeMarkerIsTheirs(p.Text, claims, i, start, at, own) ||
				at >= own && disputeOtherClause(low, c, at) {
				continue
			}
			if lex.named[m] && !disputeNamesAfter(p.Text[at+len(m):]) {
				continue // "contrary to predictions" sets no one against anyone
			}
			r.rebuts = true
			// "denied the charge": the noun the marker takes.
			obj := p.Text[at+len(m):]
			if stop := c.End - (at + len(m)); stop >= 0 && stop < len(obj) {
				obj = obj[:stop]
			}
			disputeObject(&r, obj, lex)
		}
	}
	return r
}

// disputeObject reads the first words of what a rebuttal rejects: a noun
// that points back at an earlier claim ("the charge", "these claims"), and
// whose words they are ("Ms Hale's claims", "the Sharjah explanation",
// "charges by consumer groups"). A noun with a clause after it ("claims
// that C", "press reports Washington is pressing for C") says what is
// rejected and points at no one's words.
func disputeObject(r *rebuttal, obj string, lex *disputeLexicon) {
	fields := strings.Fields(obj)
	if len(fields) > 6 {
		fields = fields[:6]
	}
	words := make([]string, len(fields))
	for k, f := range fields {
		words[k] = strings.ToLower(strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }))
	}
	possessor, at := "", -1
	for k, w := range words {
		if k == 0 && (w == "this" || w == "these" || w == "those" || w == "that") && len(words) > 1 &&
			(lex.refers[words[1]] || lex.words[words[1]]) {
			r.this = true // "dismissed these claims", "rejected that idea"
			return
		}
		if k == 0 && (w == "it" || w == "them" || w == "this") && disputePhraseEnds(fields, words, k) {
			r.this = true // "rejected it as unrealistic", not "denied it had"
			return
		}
		if w == "that" || w == "as" {
			return // a clause: what is rejected is said, not pointed at
		}
		if possessor == "" {
			for _, s := range []string{"'s", "’s", "'", "’"} {
				if strings.HasSuffix(w, s) && len(w) > len(s)+1 {
					possessor, at = strings.TrimSuffix(w, s), k
					break
				}
			}
		}
		w = strings.Trim(w, "'’")
		if !lex.refers[w] && !lex.words[w] {
			continue
		}
		switch {
		case possessor != "" && k > at && k <= at+2:
			r.whose = possessor
		case k > 0 && disputeCapitalised(strings.TrimLeft(fields[k-1], "\"'“‘(")) && !strings.HasSuffix(words[k-1], "'s"):
			r.whose = strings.Trim(words[k-1], "'’") // "the Sharjah explanation"
		case k+2 < len(words) && words[k+1] == "by":
			// "charges by consumer groups", "claims by the union"
			by := words[k+2]
			if (by == "the" || by == "a" || by == "an") && k+3 < len(words) {
				by = words[k+3]
			}
			r.whose = by
		}
		if lex.refers[w] {
			// the noun ends its phrase: "the charge", "the claims as
			// wild", "the reports, saying"
			r.refers = disputePhraseEnds(fields, words, k)
		}
		return
	}
}

// disputePhraseEnds tells whether word k of what a rebuttal rejects ends
// its phrase: the last word, one before a mark, or before a word that no
// clause starts with ("the claims as wild", "the reports, saying", "it as
// unrealistic"), where "reports Washington is pressing" or "it had" go on.
func disputePhraseEnds(fields, words []string, k int) bool {
	if k+1 == len(words) || strings.TrimRight(fields[k], ".,;:!?\"”)") != fields[k] {
		return true
	}
	switch words[k+1] {
	case "as", "and", "or", "of", "by", "made", "against", "from", "over", "in", "on", "about", "with", "but", "which", "outright", "flatly":
		return true
	}
	return false
}

// disputeConditional tells whether the words before a claim's content end
// on an inverted condition ("it would have been longer had he denied"): the
// claim is what did not happen.
func disputeConditional(before string) bool {
	w := strings.Fields(before)
	if len(w) < 3 {
		return false
	}
	switch w[len(w)-3] {
	case "had", "were", "should":
	default:
		return false
	}
	switch w[len(w)-2] {
	case "he", "she", "they", "it", "we", "i", "you":
		return true
	}
	return false
}

// disputeRefusal tells a denial of a thing asked for or offered ("was
// denied bail", "rejected a 145 dlr bid from the group") from a denial of
// what someone said: its content is a phrase that a refusal noun of the
// table heads.
func disputeRefusal(content string, lex *disputeLexicon) bool {
	words := strings.Fields(strings.ToLower(content))
	for k, w := range words {
		if k >= 12 || w == "that" {
			return false
		}
		if !lex.refusals[strings.Trim(w, ".,;:\"'“”‘’")] {
			continue
		}
		// "bail", "a 145 dlr bid from the group", not "the offer was
		// never made"
		if k+1 == len(words) || strings.TrimRight(w, ".,;:") != w {
			return true
		}
		switch words[k+1] {
		case "from", "for", "of", "by", "to", "as", "and", "on", "at", "in":
			return true
		}
		return false
	}
	return false
}

// disputePassive tells whether a claim's content is the agent of a passive
// ("a claim denied by the chancellor"), not what was said ("will reject
// that by claiming C" is).
func disputePassive(content string) bool {
	words := strings.Fields(content)
	return len(words) > 1 && words[0] == "by" && !strings.HasSuffix(words[1], "ing")
}

// disputeWholeWords tells whether text[from:to] starts and ends at word
// boundaries.
func disputeWholeWords(text string, from, to int) bool {
	isWord := func(b byte) bool { return isASCIILetter(b) || b >= '0' && b <= '9' }
	return (from == 0 || !isWord(text[from-1])) && (to >= len(text) || !isWord(text[to]))
}

// disputeAdjective tells whether a marker stands after a determiner, as a
// word that describes a noun ("a disputed comment", "the contradicting
// reports"), which says no one disagrees with anyone.
func disputeAdjective(before string) bool {
	words := strings.Fields(before)
	if len(words) == 0 {
		return false
	}
	switch strings.Trim(words[len(words)-1], "\"'“”‘’(") {
	case "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "much", "hotly", "widely":
		return true
	}
	return false
}

// disputeNamesAfter tells whether text opens on a name, after "the" ("the
// DIW and Ifo"), or on a pronoun of people.
func disputeNamesAfter(text string) bool {
	words := strings.Fields(text)
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	if len(words) == 0 {
		return false
	}
	switch strings.ToLower(strings.Trim(words[0], ",.'’")) {
	case "him", "her", "them", "what":
		return true
	}
	return disputeCapitalised(words[0])
}

// disputeNounMarker tells whether a marker of one word is tagged a noun or
// an adjective where it stands ("a series of trade disputes"): it names no
// act of anyone's.
func disputeNounMarker(p *text.Paragraph, at int, m string) bool {
	if strings.Contains(m, " ") {
		return false
	}
	for k := range p.Tokens {
		if p.Tokens[k].Start == at {
			return p.Tokens[k].POS == text.NOUN || p.Tokens[k].POS == text.ADJ
		}
	}
	return false
}

// disputeOtherClause tells whether a marker in a claim's own sentence is
// the act of another clause, one that a "but" or a "while" parts from the
// speaker named after it ("The banks rejected the plan, but the minister
// said C").
func disputeOtherClause(low string, c Claim, at int) bool {
	m := c.SpeakerMention
	if m == nil || m.Paragraph != c.Paragraph || m.Start <= at || m.Start > len(low) {
		return false
	}
	between := low[at:m.Start]
	return strings.Contains(between, " but ") || strings.Contains(between, " while ") ||
		strings.Contains(between, " whereas ") || strings.Contains(between, ";")
}

// disputeInOtherClaim tells whether byte at of claim i's paragraph is inside
// the content of another claim: a marker there is that speaker's word.
func disputeInOtherClaim(claims []Claim, i, at int) bool {
	for j, o := range claims {
		if j != i && o.Paragraph == claims[i].Paragraph && o.Start <= at && at < o.End {
			return true
		}
	}
	return false
}

// disputeMarkerIsTheirs tells whether a marker at byte at of the sentence
// before claim i (which starts at byte start; claim i's own sentence starts
// at own) is an act of claim i's speaker: no claim of that sentence takes it
// as its cue, and the claim's speaker is named in that sentence before the
// marker or points back ("he", "Its embassy", "the ministry", "a
// spokesman"), where a new name ("said Ann Cole") speaks for herself.
func disputeMarkerIsTheirs(text string, claims []Claim, i, start, at, own int) bool {
	c := claims[i]
	if c.Stance == "report" {
		return false // "according to a new book" reports; it does not answer
	}
	for j, o := range claims {
		if j != i && o.Paragraph == c.Paragraph && o.Start >= at && o.Start < own {
			return false
		}
	}
	name := c.Speaker
	if c.SpeakerMention != nil && c.SpeakerMention.Text != "" {
		name = c.SpeakerMention.Text
	}
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	if last := strings.ToLower(strings.Trim(words[len(words)-1], ".,'’")); len(last) > 2 &&
		disputeHasWord(strings.ToLower(text[start:at]), last) {
		return true
	}
	switch strings.ToLower(words[0]) {
	case "he", "she", "it", "they", "we", "its", "his", "her", "their", "our":
		return true
	case "the", "a", "an":
		// a description, not a name: "The ministry", not "The Times"
		for _, w := range words[1:] {
			if disputeCapitalised(w) {
				return false
			}
		}
		return len(words) > 1
	}
	return false
}

// disputeHasWord tells whether text holds word as a whole word.
func disputeHasWord(text, word string) bool {
	for from := 0; ; {
		k := strings.Index(text[from:], word)
		if k < 0 {
			return false
		}
		if disputeWholeWords(text, from+k, from+k+len(word)) {
			return true
		}
		from += k + len(word)
	}
}

// disputeWhose tells whether claim o may be the words a rejection names as
// whose it rejects ("denied Ms Hale's claims" answers Hale, not her
// employer): yes when it names no one.
func disputeWhose(whose string, o Claim) bool {
	return whose == "" || disputeHasWord(strings.ToLower(o.Speaker), whose)
}

// disputeKeys returns the content words of a text, common words dropped and
// words for one act brought to one key.
func disputeKeys(text string, lex *disputeLexicon) map[string]bool {
	keys := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len(w) < 3 || lex.stop[w] {
			continue
		}
		if k, ok := lex.same[w]; ok {
			w = k
		}
		keys[w] = true
	}
	return keys
}

// disputeShared counts the keys two claims have in common.
func disputeShared(a, b map[string]bool) int {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

// disputeSides parts the speakers of a group of claims into two sides, by
// the claims its links set against each other ("the ministry rejected the
// accusation" against the minister who made it) or together (a claim that
// a denial before it makes a rebuttal): speaker key -> 0 or 1. It returns
// nil when a speaker is placed by nothing sure, or on both sides.
func disputeSides(claims []Claim, g []int, oppose, with map[[2]int]bool) map[string]int {
	key := func(i int) string { return strings.ToLower(claims[i].Speaker) }
	type edge struct {
		to   string
		flip int // 1 against, 0 with
	}
	against := map[string][]edge{}
	add := func(pairs map[[2]int]bool, flip int) {
		for pair := range pairs {
			a, b := key(pair[0]), key(pair[1])
			if a != b {
				against[a] = append(against[a], edge{b, flip})
				against[b] = append(against[b], edge{a, flip})
			}
		}
	}
	add(oppose, 1)
	add(with, 0)
	side := map[string]int{}
	var unplaced []int
	for _, i := range g {
		first := key(i)
		if _, ok := side[first]; ok {
			continue
		}
		if len(side) > 0 && len(against[first]) == 0 {
			unplaced = append(unplaced, i)
			continue
		}
		side[first] = 0
		queue := []string{first}
		for len(queue) > 0 {
			k := queue[0]
			queue = queue[1:]
			for _, e := range against[k] {
				want := side[k] ^ e.flip
				if s, ok := side[e.to]; ok {
					if s != want {
						return nil
					}
					continue
				}
				side[e.to] = want
				queue = append(queue, e.to)
			}
		}
	}
	// A speaker no sure link places sides with another name for it ("IRS
	// officials", "Other IRS staff"), or the sides are not known.
	for _, i := range unplaced {
		if _, ok := side[key(i)]; ok {
			continue
		}
		placed := false
		for _, j := range g {
			if s, ok := side[key(j)]; ok && len(against[key(j)]) > 0 && disputeSameSpeaker(claims[i], claims[j]) {
				side[key(i)], placed = s, true
				break
			}
		}
		if !placed {
			return nil
		}
	}
	return side
}

// disputeAbout writes a short line about a dispute: its claim first, the
// earliest a link set against another (not one a speaker's other words
// joined), cut to a dozen words, and who disagrees.
func disputeAbout(claims []Claim, g []int, first int, sides map[string]int) (string, []string) {
	var names []string
	seen := map[string]bool{}
	for _, i := range g {
		n := claims[i].Speaker
		if !seen[strings.ToLower(n)] {
			seen[strings.ToLower(n)] = true
			names = append(names, n)
		}
	}
	words := strings.Fields(claims[first].Content)
	text := strings.Join(words, " ")
	if len(words) > 12 {
		text = strings.Join(words[:12], " ") + "…"
	}
	text = strings.Trim(text, "“”\"'‘’ ")
	// "Moscow, Defence Ministry vs Oksana Melnyk": each side's speakers
	// together, when the links part them so; else each against the others.
	var parts [2][]string
	for _, n := range names {
		if s, ok := sides[strings.ToLower(n)]; ok {
			parts[s] = append(parts[s], n)
		}
	}
	if sides != nil && len(parts[0]) > 0 && len(parts[1]) > 0 && len(parts[0])+len(parts[1]) == len(names) {
		if sides[strings.ToLower(names[0])] == 1 {
			parts[0], parts[1] = parts[1], parts[0]
		}
		return "disputed: " + text + " (" + listSide(parts[0]) + " vs " + listSide(parts[1]) + ")", names
	}
	shown := names
	if len(shown) > 3 {
		shown = append(append([]string{}, shown[:3]...), "others")
	}
	return "disputed: " + text + " (" + strings.Join(shown, " vs ") + ")", names
}

// listSide names the speakers of one side of a dispute, the first two and
// how many more.
func listSide(names []string) string {
	if len(names) > 2 {
		return strings.Join(names[:2], ", ") + " and others"
	}
	return strings.Join(names, ", ")
}

// disputeActs tells whether two claims or more name an act of the same
// group. It scans bytes and allocates little: it runs on every article.
func disputeActs(claims []Claim, lex *disputeLexicon) bool {
	var seen [8]string
	n := 0
	buf := make([]byte, 0, 32)
	for _, c := range claims {
		text := c.Content
		for i := 0; i < len(text); {
			if !isASCIILetter(text[i]) {
				i++
				continue
			}
			j := i
			buf = buf[:0]
			for j < len(text) && isASCIILetter(text[j]) {
				b := text[j]
				if b >= 'A' && b <= 'Z' {
					b += 'a' - 'A'
				}
				buf = append(buf, b)
				j++
			}
			i = j
			act, ok := lex.same[string(buf)]
			if !ok || !lex.acts[act] {
				continue
			}
			for k := 0; k < n; k++ {
				if seen[k] == act {
					return true
				}
			}
			if n < len(seen) {
				seen[n] = act
				n++
			}
			break // one act a claim is enough to compare
		}
	}
	return false
}

// frames holds who does each act a claim names: act -> agent -> what the
// agent's words are.
type frames map[string]map[string]agentKind

// agentKind is what the words of an agent are: a name ("the Border
// Guard"), a description with "the" ("the ship"), which may stand for a
// name the other claim gives, or other words ("militiamen").
type agentKind uint8

const (
	agentWords agentKind = iota
	agentName
	agentDescribed
)

// disputeAgents returns, for each act named in a text ("freed", "released"
// -> release), the capitalised names that stand before it: who did it.
func disputeAgents(text string, lex *disputeLexicon) frames {
	var out frames
	var names []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	}) {
		low := strings.ToLower(w)
		if act, ok := lex.same[low]; ok && lex.acts[act] {
			if out == nil {
				out = frames{}
			}
			if out[act] == nil {
				out[act] = map[string]agentKind{}
			}
			for _, n := range names {
				out[act][n] = agentName
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && !lex.stop[low] {
			names = append(names, low)
		}
	}
	return out
}

// disputeCompeting tells whether two claims name the same act done by
// different named agents, read from their words.
func disputeCompeting(a, b string, lex *disputeLexicon) bool {
	return framesCompete(disputeAgents(a, lex), disputeAgents(b, lex))
}

// sentenceAtByte returns the index of the sentence of p that holds byte at.
func sentenceAtByte(p *text.Paragraph, at int) int {
	i := 0
	for i+1 < len(p.Sentences) && p.Tokens[p.Sentences[i+1].Start].Start <= at {
		i++
	}
	return i
}

// disputeFrames reads, from the parse of a claim's sentences, who does each
// act the claim names: for "a military helicopter fired on the trucks",
// fire -> helicopter (by the keys of the dispute table); the agent of a
// passive ("was struck by a drone") and of an act named by a noun that a
// verb takes ("opened fire") count too. Pronouns name no one.
func disputeFrames(doc *text.Doc, c Claim, lex *disputeLexicon) frames {
	p := doc.Para(c.Paragraph)
	if p == nil || !parserReady() {
		return nil
	}
	var out frames
	for k := range p.Tokens {
		t := &p.Tokens[k]
		if t.Start < c.Start || t.End > c.End {
			continue
		}
		act, ok := lex.same[strings.ToLower(t.Lemma)]
		if !ok {
			act, ok = lex.same[t.Low]
		}
		if !ok || !lex.acts[act] {
			continue
		}
		if !p.Sentences[t.Sent].Parsed {
			text.ParseSentence(p, t.Sent)
		}
		v := k
		if t.POS == text.NOUN && t.Rel.Base() == text.RelObj && t.Head >= 0 {
			v = t.Head // "opened fire"
		}
		agent := -1
		if s := p.Child(v, text.RelNsubj); s >= 0 && p.Tokens[s].Rel != text.RelNsubjPass {
			agent = s
		} else {
			passive := false
			for _, a := range p.Children(v, nil) {
				passive = passive || p.Tokens[a].Rel == text.RelNsubjPass
			}
			byNoun := func(a int) bool { return p.Tokens[a].POS == text.NOUN && p.ChildWord(a, text.RelCase, "by") >= 0 }
			for _, a := range p.Children(v, nil) {
				r := p.Tokens[a].Rel
				if r == text.RelOblAgent {
					agent = a
					continue
				}
				if !passive || r.Base() != text.RelObl {
					continue
				}
				// (the parse may leave the passive's "by" phrase a plain
				// oblique, or hang it on the oblique before it: "was
				// struck on its port side by an uncrewed surface drone")
				if byNoun(a) {
					agent = a
				}
				for _, n := range p.Children(a, nil) {
					if agent < 0 && p.Tokens[n].Rel.Base() == text.RelNmod && byNoun(n) {
						agent = n
					}
				}
			}
		}
		// "it was the Border Guard who released them": who is the noun the
		// relative clause hangs from.
		if agent >= 0 && (p.Tokens[v].Rel == text.RelACLRelcl || p.Tokens[v].Rel == text.RelAdvclRelcl) && p.Tokens[v].Head >= 0 &&
			(p.Tokens[agent].Low == "who" || p.Tokens[agent].Low == "which" || p.Tokens[agent].Low == "that") {
			agent = p.Tokens[v].Head
		}
		if agent < 0 || p.Tokens[agent].POS == text.PRON {
			continue
		}
		// "payments will reduce the revenue needed": a forecast is no
		// account of who did it.
		if disputeModal(p, v) {
			continue
		}
		// "most of the workers", "500,000 of the workers": the group
		// after "of" does it.
		if p.Tokens[agent].POS == text.NUM || disputeQuantity(p.Tokens[agent].Low) {
			of := -1
			for _, n := range p.Children(agent, nil) {
				if p.Tokens[n].Rel.Base() == text.RelNmod && p.ChildWord(n, text.RelCase, "of") >= 0 {
					of = n
				}
			}
			if of < 0 {
				continue
			}
			agent = of
		}
		// "nobody asked which side fired": a question names no one.
		if d := p.Child(agent, text.RelDet); d >= 0 && (p.Tokens[d].Low == "which" || p.Tokens[d].Low == "what" || p.Tokens[d].Low == "whichever") {
			continue
		}
		// "its forces", "their men": whose they are is a name the claim
		// does not give.
		if d := p.Child(agent, text.RelNmodPoss); d >= 0 && p.Tokens[d].POS == text.PRON {
			continue
		}
		key := disputeAgentKey(p.Tokens[agent].Lemma, lex)
		kind := agentWords
		switch {
		case p.Tokens[agent].POS == text.PROPN:
			kind = agentName
		case p.Tokens[agent].POS == text.NOUN && p.Child(agent, text.RelDet) >= 0 && p.Tokens[p.Child(agent, text.RelDet)].Low == "the":
			kind = agentDescribed
		}
		if out == nil {
			out = frames{}
		}
		if out[act] == nil {
			out[act] = map[string]agentKind{}
		}
		out[act][key] = kind
		// "a Tory government" and "the Tories", "Malaysia's oil company"
		// and "Malaysia" may be one agent: a name that qualifies the
		// agent is one too.
		qualifies := func(m int) bool {
			r := p.Tokens[m].Rel
			return r.Base() == text.RelCompound || r.Base() == text.RelAmod || r == text.RelNmodPoss || r.Base() == text.RelAppos
		}
		for _, m := range p.Children(agent, nil) {
			if !qualifies(m) {
				continue
			}
			// and the names that qualify those: "Osland's state oil
			// company Petrol"
			for _, n := range append(p.Children(m, nil), m) {
				if t := &p.Tokens[n]; qualifies(n) && disputeCapitalised(p.Text[t.Start:t.End]) {
					out[act][disputeAgentKey(t.Lemma, lex)] = agentName
				}
			}
		}
	}
	return out
}

// disputeCapitalised tells whether a word starts with a capital letter.
func disputeCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// disputeAgentKey is the key of an agent's word: its group in the table,
// or the word without a plural ending ("Tories" -> "tory").
func disputeAgentKey(lemma string, lex *disputeLexicon) string {
	key := strings.ToLower(lemma)
	if g, ok := lex.same[key]; ok {
		return g
	}
	switch {
	case strings.HasSuffix(key, "ies") && len(key) > 4:
		return strings.TrimSuffix(key, "ies") + "y"
	case strings.HasSuffix(key, "s") && !strings.HasSuffix(key, "ss") && len(key) > 3:
		return strings.TrimSuffix(key, "s")
	}
	return key
}

// disputeModal tells whether verb v of p has a modal or future auxiliary
// ("will", "could", "may").
func disputeModal(p *text.Paragraph, v int) bool {
	for _, a := range p.Children(v, nil) {
		if p.Tokens[a].Rel.Base() != text.RelAux {
			continue
		}
		switch p.Tokens[a].Low {
		case "will", "would", "could", "can", "may", "might", "should", "shall", "must", "'ll":
			return true
		}
	}
	return false
}

// disputeQuantity tells a word that says how many of a group ("most",
// "half"), not who.
func disputeQuantity(w string) bool {
	switch w {
	case "most", "many", "some", "all", "half", "majority", "minority", "few", "several", "none", "both", "each", "any", "thousands", "hundreds", "dozens", "millions":
		return true
	}
	return false
}

// framesCompete tells whether two claims name the same act done by
// different agents: "terrorist elements opened fire" against "a military
// helicopter fired".
func framesCompete(a, b frames) bool {
	for act, na := range a {
		nb := b[act]
		if len(na) == 0 || len(nb) == 0 {
			continue
		}
		if mayBeOne(na, nb) {
			continue
		}
		disjoint := true
		for n := range na {
			if _, ok := nb[n]; ok {
				disjoint = false
			}
		}
		if disjoint {
			return true
		}
	}
	return false
}

// framesAgree tells whether two claims name an act done by the same agent,
// or by a description and a name that may be one ("the ship", "the Marisol
// Star"), and by no other.
func framesAgree(a, b frames) bool {
	agree := false
	for act, na := range a {
		nb := b[act]
		if len(na) == 0 || len(nb) == 0 {
			continue
		}
		if mayBeOne(na, nb) {
			agree = true
			continue
		}
		for n := range na {
			if _, ok := nb[n]; !ok {
				return false
			}
		}
		for n := range nb {
			if _, ok := na[n]; !ok {
				return false
			}
		}
		agree = true
	}
	return agree
}

// mayBeOne tells the agents of one act in two claims where one names them
// and the other describes them with "the": "the ship had hit a mine" and
// "the Marisol Star had struck a mine" may say the same.
func mayBeOne(na, nb map[string]agentKind) bool {
	return only(na, agentDescribed) && only(nb, agentName) || only(na, agentName) && only(nb, agentDescribed)
}

// only tells whether every agent of an act is of one kind.
func only(agents map[string]agentKind, kind agentKind) bool {
	for _, k := range agents {
		if k != kind {
			return false
		}
	}
	return true
}

// disputeSidesShared counts the speakers two groups of claims have in common.
func disputeSidesShared(claims []Claim, a, b []int) int {
	n := 0
	seen := map[int]bool{}
	for _, i := range a {
		for _, j := range b {
			if !seen[i] && disputeSameSpeaker(claims[i], claims[j]) {
				seen[i] = true
				n++
			}
		}
	}
	// Count speakers, not claims.
	names := map[string]bool{}
	for i := range seen {
		names[strings.ToLower(claims[i].Speaker)] = true
	}
	if n > len(names) {
		n = len(names)
	}
	return n
}
