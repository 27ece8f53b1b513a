package index

import (
	"context"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/briefbot/briefbot/knowledge"
)

// When a question is answered: one of the best passages must cover enough
// of it, in its article (IDF-weighted, see rank.go) …
const (
	answeredPassages = 3    // how many of the best passages may answer
	minContext       = 0.45 // coverage of the question's words
	minNames         = 0.6  // of the names it asks about ("Lisbon", "Tesla")
	minTopic         = 0.15 // of the topic of "what did X say about Y"
)

// answered tells whether the best passages cover the question well enough
// to answer it: one of them, in its article, covers most of its words and
// most of the names it asks about, and holds what it asks for (a figure
// for an amount; something on the topic, for what someone said).
func (q *question) answered(kept []*candidate) bool {
	top := kept[:min(len(kept), answeredPassages)]
	if !slices.ContainsFunc(top, q.yearsNamedIn) {
		return false
	}
	for _, c := range top {
		if q.covers(c) {
			return true
		}
	}
	return false
}

// yearsNamedIn tells whether a passage's article (the passage, its title and
// its other candidate passages) names every year the question names: an
// article on a firm's 2004 dividend does not say what it will pay for
// 2005. One of the best passages must (another may answer what else is
// asked: "the cost of free care could rise", where the one that names
// 2030 says by how much).
func (q *question) yearsNamedIn(c *candidate) bool {
	for i, t := range q.terms {
		if slices.Contains(q.years, t.term) && c.ctxWords[i] == 0 {
			return false
		}
	}
	return true
}

// covers tells whether a passage answers the question well enough.
func (q *question) covers(c *candidate) bool {
	if c.context < minContext || q.share(c.ctxWords, q.names) < minNames || !q.placesIn(c) || !q.eachNameIn(c) || !q.namesWritten(c) {
		return false
	}
	switch q.Kind {
	case knowledge.AskSpeech:
		// The passage speaks of the topic, or holds the subject's claim
		// that does (of what its headline names, see claimFit).
		return q.topicCoverage(c.words) >= minTopic || c.claim >= 0 && c.claimScore >= minTopic
	case knowledge.AskSpeaker:
		// "Who is the mayor of X": someone who holds the role, or the role
		// itself in the passage.
		if len(q.role) > 0 {
			if q.beyondRole(c.ctxWords) < minBeyondRole {
				// "Who is leading the investigation into the convoy
				// attack": the head of an investigation into a cut cable
				// does not answer it.
				return false
			}
			_, _, held := q.holderIn(c)
			return held > 0 || q.roleShare(c.words) > 0
		}
	case knowledge.AskAmount:
		// A figure of a fitting kind that may answer (see amountIn), and
		// for "what is the population of X", the word "population" itself.
		return c.fitScore > 0 && q.amountIn(c) && (!strings.EqualFold(q.Measure, q.Counted) || q.share(c.ctxWords, q.counted) > 0)
	}
	return true
}

// minBeyondRole is how much of what a "who" question asks about, besides
// the role and the verb, a passage's article must cover to answer it.
const minBeyondRole = 0.5

// beyondRole is the IDF-weighted share of the question's words other than
// the role it asks for and its verb (the words that stand for them
// included) that a set of covered words covers: 1 when there are none.
func (q *question) beyondRole(ws []float64) float64 {
	vi := q.verbTerm()
	sum, total := 0.0, 0.0
	for i, t := range q.terms {
		if q.role[t.term] || i == vi {
			continue
		}
		sum += t.idf * ws[i]
		total += t.idf
	}
	if total == 0 {
		return 1
	}
	return sum / total
}

// roleShare is the share of the role a "who" question asks for that
// covered words cover; for a role the question does not name but asks by
// a verb whose doer holds it ("founder" of "Who founded Linux?"), that of
// the verb, which the noun for its doer stands for (see agentForms); 1
// for another verb ("Who beat Henman?" is answered by "… defeated
// Henman").
func (q *question) roleShare(ws []float64) float64 {
	if slices.ContainsFunc(q.terms, func(t qterm) bool { return q.role[t.term] }) {
		return q.share(ws, q.role)
	}
	if vi := q.verbTerm(); vi >= 0 && knowledge.HoldsRole(q.Verb) {
		return ws[vi]
	}
	return 1
}

// placesIn tells whether a passage's article (the passage, its title and
// its other candidate passages) names every place the question names, by
// one of its names: flights "from Heathrow to Jeddah" do not say how many
// go to Cairo, nor a crowd in Rio how many came in Tokyo.
func (q *question) placesIn(c *candidate) bool {
	for i, t := range q.terms {
		if q.places[t.term] && c.ctxWords[i] == 0 {
			return false
		}
	}
	return true
}

// namesWritten tells whether a passage that holds some of the question's
// names holds one as a name, with a capital, where it holds them as words
// in lower case: "… the next 10 years" does not name the retailer Next, nor
// "… nice to see some of the boys" the song "See It In A Boy's Eyes". Role
// words and titles ("the Chancellor", which reporting writes in lower
// case) are not read.
func (q *question) namesWritten(c *candidate) bool {
	if len(q.names) == 0 || q.share(c.words, q.names) == 0 {
		return true
	}
	lowerOnly := false
	heads := map[string]bool{}
	for _, run := range nameRuns(q.Text, q.Names) {
		if len(run) > 1 {
			heads[run[len(run)-1]] = true
		}
	}
	for _, n := range q.Names {
		if knowledge.IsRoleWord(n) || knowledge.IsHonorific(n) || len(q.analysed(n, nil)) == 0 {
			continue // a title, or a word no search reads ("In" of a song's name)
		}
		if nameWritten(c.text, n) {
			return true
		}
		if heads[n] {
			continue // "the gallery's director" of the National Gallery: its head noun stands for it
		}
		// Held only in lower case; a name held in another form
		// ("Treasury" for "Treasuries", "the UK" for "Britain") or by the
		// title is left to the other tests.
		lowerOnly = lowerOnly || lowerWordIn(c.text, n)
	}
	return !lowerOnly
}

// nameWritten tells whether a text holds a name as writtenIn does, an
// initialism with full stops too: "U.S." writes "US", "E.C." "EC".
func nameWritten(text, name string) bool {
	if writtenIn(text, name) {
		return true
	}
	if !isInitialism(name) {
		return false
	}
	dotted := make([]byte, 0, 2*len(name))
	for i := 0; i < len(name); i++ {
		dotted = append(dotted, name[i], '.')
	}
	return writtenIn(text, string(dotted[:len(dotted)-1]))
}

// lowerWordIn tells whether a text holds a name in any case, as a word or
// the start of one ("Democrats"), or for an initialism as a whole word
// only: "used" holds no "US".
func lowerWordIn(text, name string) bool {
	if !isInitialism(name) {
		return wordIn(text, name)
	}
	return foldMatch(text, name, func(at int) bool {
		end := at + len(name)
		return (at == 0 || !isWordByte(text[at-1])) && (end == len(text) || !isWordByte(text[end]))
	})
}

// isInitialism tells a name of two to five capital letters: "US", "EC".
func isInitialism(name string) bool {
	if len(name) < 2 || len(name) > 5 {
		return false
	}
	for i := 0; i < len(name); i++ {
		if name[i] < 'A' || name[i] > 'Z' {
			return false
		}
	}
	return true
}

// wordIn tells whether a text holds a word (or the start of one), in any
// case.
func wordIn(text, word string) bool {
	return foldMatch(text, word, func(at int) bool { return at == 0 || !isWordByte(text[at-1]) })
}

// writtenIn tells whether a text holds a name as a word (or the start of
// one: "Boy's", "Democrats"), whatever its case after the first letter,
// which is a capital.
func writtenIn(text, name string) bool {
	return foldMatch(text, name, func(at int) bool {
		r, _ := utf8.DecodeRuneInString(text[at:])
		return unicode.IsUpper(r) && (at == 0 || !isWordByte(text[at-1]))
	})
}

// foldMatch tells whether ok holds at one of the places where text holds
// word without regard to ASCII case.
func foldMatch(text, word string, ok func(at int) bool) bool {
	for i := 0; i+len(word) <= len(text); {
		j := indexFold(text[i:], word)
		if j < 0 {
			return false
		}
		if ok(i + j) {
			return true
		}
		i += j + 1
	}
	return false
}

// indexFold is strings.Index without regard to ASCII case.
func indexFold(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

// eachNameIn tells whether a passage's article names each of the names
// the question names apart (the runs of its capitalised words), by one of
// their words other than a title: an article on what the Liberal
// Democrats' candidate polled, naming a "Lord" but no Sainsbury, does not
// say how much Lord Sainsbury gave the Liberal Democrats.
func (q *question) eachNameIn(c *candidate) bool {
	for _, group := range q.nameGroups {
		found := false
		for _, i := range group {
			if c.ctxWords[i] > 0 {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// nameGroupsOf are, for each run of the question's names that stand next
// to each other in its text ("Lord Sainsbury", "Liberal Democrats"), the
// places among its terms of their words other than titles; only where the
// question names two or more apart (one name alone is weighed by
// minNames).
func (q *question) nameGroupsOf(text string, names []string) [][]int {
	var groups [][]string
	for _, run := range nameRuns(text, names) {
		// a title, or a month or day ("in January"), is no party
		g := slices.DeleteFunc(run, func(w string) bool { return knowledge.IsHonorific(w) || isTimeWord(w) })
		if len(g) > 0 {
			groups = append(groups, g)
		}
	}
	var out [][]int
	for _, g := range groups {
		var idx []int
		for t := range q.analysed(strings.Join(g, " "), nil) {
			for i, qt := range q.terms {
				if qt.term == t {
					idx = append(idx, i)
				}
			}
		}
		if len(idx) > 0 {
			out = append(out, idx)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// nameRuns are the runs of a question's names that stand next to each
// other in its text ("Lord Sainsbury", "Liberal Democrats").
func nameRuns(text string, names []string) [][]string {
	isName := map[string]bool{}
	for _, n := range names {
		isName[n] = true
	}
	var runs [][]string
	run := false
	for _, w := range strings.Fields(text) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".,;:?!()\"“”‘"), "'s"), "’s")
		w = strings.TrimRight(w, "'’")
		if !isName[w] {
			run = false
			continue
		}
		if !run {
			runs = append(runs, nil)
			run = true
		}
		runs[len(runs)-1] = append(runs[len(runs)-1], w)
	}
	return runs
}

// amountIn tells whether a passage holds a figure that may answer an
// amount question as answer reads them: in the sentences it is shown by
// (see holdsAmount), or of a fitting kind and counting what is asked or standing by the question's words other
// than its names ("a $20 billion industry" of gaming does not say how much
// Sony paid to join an association the passage names); or an amount in
// words that the question asks for ("for a month").
func (q *question) amountIn(c *candidate) bool {
	if q.holdsAmount(c) {
		return true // what the passage is shown by holds it: its sentence answers
	}
	for _, f := range c.figureList() {
		if !q.answerKindFits(f) || f.Start < 0 || f.End > len(c.text) || f.Start >= f.End || q.ofAnotherPlace(c, sentenceAt(c, f.Start)) {
			continue
		}
		if q.countsWhatIsAsked(c.text, f) {
			return true
		}
		near := q.cover(nearText(c, f.Start, f.End))
		if !q.byNamesAloneIn(near) && q.coverage(near) >= minNear {
			return true
		}
	}
	s := c.sents[c.best]
	return q.saysInWords(c.text[s.Start:s.End])
}

// reasonOfWhatIsAsked tells whether sentence i of a passage gives a reason
// (a cause phrase, see givesReason) in a passage that holds some of what
// the question asks besides its names: "At the start of the year, the
// company employed 268 people. After the latest round of cuts there are 80
// staff at Argonaut …" holds the firm's name alone of why Argonaut is for
// sale, and gives the reason for something else. (The reason may stand in
// a sentence that holds none of it: "The measure is designed to …".)
func (q *question) reasonOfWhatIsAsked(c *candidate, i int) bool {
	return c.traitsOf().givesReason(c.text, i) && q.beyondNames(c.words) > 0
}

// beyondNames is the IDF-weighted share of the question's words other than
// its names that covered words cover: 1 when it has no others.
func (q *question) beyondNames(ws []float64) float64 {
	sum, total := 0.0, 0.0
	for i, t := range q.terms {
		if !q.names[t.term] {
			sum += t.idf * ws[i]
			total += t.idf
		}
	}
	if total == 0 {
		return 1
	}
	return sum / total
}

// share is the IDF-weighted share of some of the question's words that a
// set of covered words covers: 1 when there are none.
func (q *question) share(ws []float64, words map[string]bool) float64 {
	sum, total := 0.0, 0.0
	for i, t := range q.terms {
		if words[t.term] {
			sum += t.idf * ws[i]
			total += t.idf
		}
	}
	if total == 0 {
		return 1
	}
	return sum / total
}

// answerPassages is how many of the best passages a direct answer may
// come from.
const answerPassages = 3

// maxAnswerWords is the longest direct answer: longer claims and sentences
// are cut to the part that covers the question.
const maxAnswerWords = 50

// answerSpan is where a direct answer stands: in a passage, [start, end)
// of its text.
type answerSpan struct {
	c          *candidate
	start, end int
}

// answer finds the direct answer to a question in the best passages: what
// the question asks for (a figure, a date, the subject's claim, a name, a
// role) where the passages hold it, else the best sentence of the best
// passage; and where it stands, for the passage's snippet to show it. The
// caller holds the read lock.
func (ix *Index) answer(ctx context.Context, bi bleve.Index, q *question, kept []*candidate) (*knowledge.Answer, answerSpan) {
	if len(kept) == 0 {
		return nil, answerSpan{}
	}
	top := kept[:min(len(kept), answerPassages)]
	var a *knowledge.Answer
	var at answerSpan
	switch q.Kind {
	case knowledge.AskAmount, knowledge.AskTime:
		a, at = ix.figureAnswer(q, top, kept)
		if c := kept[0]; a == nil && (!q.holdsAmount(c) || q.anotherInBest(c)) {
			// "How many Oscars did X win": a sentence without a figure
			// that could count them, or a time in words, is no answer;
			// nor is one whose figures are another party's.
			return nil, answerSpan{}
		}
	case knowledge.AskSpeech:
		a, at = ix.claimAnswer(q, top)
		if q.stance() == "deny" && (a == nil || !at.c.claimExact) {
			// A report that X denied something answers "what did X deny"
			// before a statement of X's that only negates ("I didn't
			// threaten anybody. They are big enough …").
			if d, dat := ix.denialAnswer(q, top); d != nil {
				a, at = d, dat
			}
		}
		if a == nil && q.stance() == "deny" {
			// "What did the minister deny": the best sentence, whatever
			// it says, would read as the denial. (Of "accuse" it may
			// answer: "What do insurers charge …" asks no accusation.)
			return nil, answerSpan{}
		}
		if c := kept[0]; a == nil && (q.topicCoverage(c.sentCover[c.best]) < minTopic || !attributed(c, c.best) || q.byAnother(c, c.best)) {
			// "What did the central bank say about rates": a sentence
			// that is not about rates is no answer, whoever speaks in it;
			// nor is one where nobody speaks ("… gave himself the perfect
			// preparation … with victory in the final" for how Hewitt
			// summed up the final); nor one where another speaks ("“The
			// army blames the rebels, and the rebels say nothing,” he said"
			// for what the rebels said).
			return nil, answerSpan{}
		}
	case knowledge.AskSpeaker:
		if len(q.role) > 0 {
			// Only passages whose articles are about what the role is
			// asked of (see covers) may say who holds it.
			top = slices.DeleteFunc(slices.Clone(top), func(c *candidate) bool { return q.beyondRole(c.ctxWords) < minBeyondRole })
			if len(top) == 0 {
				return nil, answerSpan{}
			}
		}
		a, at = ix.speakerAnswer(ctx, bi, q, top)
		if a == nil {
			// "Who won the men's final": the best sentence names nobody
			// (speakerAnswer looked), so it does not say who ("…," said
			// the 20-year-old).
			return nil, answerSpan{}
		}
	case knowledge.AskReason:
		a, at = ix.reasonAnswer(q, kept)
	case knowledge.AskOther:
		if q.asksWhere() {
			a, at = ix.placeAnswer(q, kept)
		}
	case knowledge.AskIdentity:
		a, at = ix.roleAnswer(q, top)
		if a == nil {
			a, at = ix.appositiveAnswer(q, top)
		}
		if c := kept[0]; a == nil && !q.introduces(c.text[c.sents[c.best].Start:c.sents[c.best].End]) {
			// "Who is X": a sentence that only mentions X ("… victory over
			// X in the final") does not say who X is.
			return nil, answerSpan{}
		}
	}
	if a == nil {
		a, at = ix.sentenceAnswer(q, kept[0])
	}
	return a, at
}

// figureAnswer is the figure that best answers an amount or a date
// question: one that counts what the question counts, or stands in the
// best sentence of one of the best passages.
func (ix *Index) figureAnswer(q *question, top, kept []*candidate) (*knowledge.Answer, answerSpan) {
	// "When will the board consider the review?": the best passage says
	// when in words ("in the second week of December"), and its sentence
	// is the answer, not a date that another passage holds.
	if c := top[0]; q.Kind == knowledge.AskTime {
		s := c.sents[c.best]
		dated := slices.ContainsFunc(c.figureList(), func(f knowledge.Figure) bool {
			return f.Kind == knowledge.FigureDate && f.Start >= s.Start && f.End <= s.End
		})
		if !dated && timeInWords(c.text[s.Start:s.End]) {
			return nil, answerSpan{}
		}
		if dated && q.monthNearer(c, s) {
			// "… due to be issued in February next year, in line with the
			// … Convention of June 2003": the month in words stands by
			// the question's words, the date figure by others.
			return nil, answerSpan{}
		}
	}
	var best *candidate
	var bestFig knowledge.Figure
	bestScore := math.Inf(-1)
	bestCounts := false
	for rank, c := range top {
		if q.share(c.ctxWords, q.names) < minNames {
			continue // "almost 80,000 people" at a concert, for how many Arsenal's ground holds
		}
		s := c.sents[c.best]
		for _, f := range c.figureList() {
			if !q.mayAnswer(c, f) {
				continue
			}
			si := sentenceAt(c, f.Start)
			fs := c.sents[si]
			otherYear, sameYear := q.yearsIn(c.text[fs.Start:fs.End])
			if otherYear || q.ofAnotherPlace(c, si) {
				continue // "exported during 2003-04" does not say how much in 1960, nor "sold … in the US and Japan" how many in Europe
			}
			if q.asks(f.Text) {
				continue // the question's own "one punter" does not say how much he bet
			}
			if q.aboutAnother(c, si, f) {
				continue // "Meanwhile, Ford … cutting production by another 10,000 vehicles" for how many DaimlerChrysler sold
			}
			// What it counts matters most, then where it stands: in the
			// best sentence of the best passage.
			score := 0.0
			counts := q.countsWhatIsAsked(c.text, f)
			if counts {
				score += 0.5
				// the more so when extraction found it counts that thing,
				// for "how much" or "how many" of it: "7.4 million tonnes of
				// rice", not "rice was quoted at $528" for how much rice was
				// exported (a rate, "how fast", is no amount of the thing)
				if (q.Measure == "much" || q.Measure == "many") && q.countedByFigure(f) {
					score += wCounted
				}
			}
			// The question's words close by ("boost production … to
			// 600,000 tonnes by 2008"): a figure far from them is about
			// something else, whatever sentence it stands in.
			lv := level(c.text, f)
			from := f.Start
			if lv == "new" {
				// The level a change reaches shares the words around the
				// change: "customers abandoning calls … from 5% in 2003 to
				// a record 13.3%".
				if i := strings.LastIndex(c.text[c.sents[si].Start:f.Start], "from "); i >= 0 {
					from = c.sents[si].Start + i
				}
			}
			nearCover := q.cover(nearText(c, from, f.End))
			near := q.coverage(nearCover)
			own := q.coverage(c.sentCover[si])
			if f.Start >= s.Start && f.End <= s.End && (near > 0 || own > 0) {
				// The best sentence, chosen for the figure beside the one
				// with the question's words, holds it: it answers only
				// where it holds some of them.
				score += 0.3
			}
			if !counts && q.byNamesAloneIn(nearCover) {
				continue // "shares touched 17.70 euros" by "Rossignol" alone, for how much Quiksilver offered for Rossignol
			}
			if score == 0 && near < minNear && !(q.Measure == "old" && q.share(c.words, q.names) >= minNames && ageForName(c.text[fs.Start:f.Start])) ||
				q.Measure == "many" && len(q.counted) > 0 && !counts {
				continue // of "how many" things, one that does not count them ("Zorn, 31,"), or counts others ("two Golden Globes" for episodes)
			}
			if q.Measure == "much" && f.Kind == knowledge.FigureCount && strings.TrimSpace(f.Counted) != "" && !counts {
				continue // "how much" is no number of things: not "over 8,000 foster carers" for how much a rate will be
			}
			score += wNear*near + 0.3*own - 0.6*float64(rank)
			if sameYear {
				// "… up by another £130m by 2022" for how much by 2022: of
				// the time asked about, whatever passage ranks first.
				score += wYear
			}
			// Of a change from one level to another, the level reached,
			// unless the question asks what it was before.
			if lv != "" && (lv == "new") != q.asksBefore() {
				score += wLevel
			}
			if score > bestScore {
				best, bestFig, bestScore, bestCounts = c, f, score, counts && q.countedByFigure(f)
			}
		}
	}
	if !bestCounts {
		// "How many cholera cases …": the best passage's article says
		// how many in a passage ranked lower, which does not repeat the
		// names ("The state has recorded 8,460 suspected cases …").
		if c, f, ok := q.countedInArticle(top, kept); ok {
			best, bestFig = c, f
		}
	}
	if best == nil {
		return nil, answerSpan{}
	}
	start, end := q.figureSpan(best.text, bestFig)
	kind := knowledge.AnswerFigure
	if bestFig.Kind == knowledge.FigureDate {
		kind = knowledge.AnswerDate
	}
	return &knowledge.Answer{Text: best.text[start:end], Kind: kind, Citation: ix.cite(best.article, best.n),
		Context: sentenceAround(best, start, end)}, answerSpan{best, start, end}
}

// ageForName tells the words before an age that opens its sentence in
// place of a name ("The 17-year-old took 83 minutes …", after a sentence
// that names her): for how old someone the passage names is, the age is
// theirs, though the sentence holds none of the question's words.
func ageForName(before string) bool {
	return strings.EqualFold(strings.TrimSpace(before), "the")
}

// byNamesAlone tells whether a figure of money or a percentage, for a
// question that asks for one, stands by none of the question's words but
// its names (see onlyNames): a price or a rate of something else than what
// is asked about what they name ("Rossignol shares touched 17.70 euros"
// for how much Quiksilver offered for Rossignol). A count may stand by
// names alone ("five Springboks" for South African players).
func (q *question) byNamesAlone(c *candidate, start, end int) bool {
	return q.byNamesAloneIn(q.cover(nearText(c, start, end)))
}

// byNamesAloneIn is byNamesAlone over the words already found around it.
func (q *question) byNamesAloneIn(near []float64) bool { return q.Wants != "" && q.onlyNames(near) }

// onlyNames tells whether covered words hold none of the question's words
// but its names (and the question has others): what stands around a
// figure then says nothing of what is asked about it.
func (q *question) onlyNames(ws []float64) bool {
	others := false
	for i, t := range q.terms {
		if q.names[t.term] {
			continue
		}
		others = true
		if ws[i] > 0 {
			return false
		}
	}
	return others
}

// mayAnswer tells whether a figure of a passage may be a direct answer: of
// a kind that answers the question, and stated as so ("denied that the
// repairs would cost $3bn", "has not paid the 500 contractors": the figure
// alone would read as stated; its sentence may answer).
func (q *question) mayAnswer(c *candidate, f knowledge.Figure) bool {
	return q.answerKindFits(f) && f.Start >= 0 && f.End <= len(c.text) && f.Start < f.End && !f.NotStated && !f.Negated
}

// articlePassages bounds the passages read for a figure of the best
// passage's article (see countedInArticle).
const articlePassages = 12

// countedInArticle finds, in the passages ranked below the best ones
// (of the first articlePassages) that are of the best passage's article,
// the first figure that extraction found counts the head of what a "how
// many" question counts, of a kind that answers it. (Of "how much gas",
// a figure said of gas is often a price or a share: "gas costs a third of
// what we pay".)
func (q *question) countedInArticle(top, kept []*candidate) (*candidate, knowledge.Figure, bool) {
	if len(top) == 0 || q.CountedHead == "" || q.Measure != "many" {
		return nil, knowledge.Figure{}, false
	}
	head := q.analysed(q.CountedHead, nil)
	for _, c := range kept[len(top):min(len(kept), articlePassages)] {
		if c.article != top[0].article {
			continue
		}
		for _, f := range c.figureList() {
			if !q.mayAnswer(c, f) {
				continue
			}
			// What it counts is what is asked, its head ("suspected cases"
			// for cholera cases; not "all phones" for mobile games).
			if !slices.ContainsFunc(q.an.Analyze([]byte(f.Counted)), func(tok *analysis.Token) bool { return head[string(tok.Term)] }) {
				continue
			}
			si := sentenceAt(c, f.Start)
			fs := c.sents[si]
			if other, _ := q.yearsIn(c.text[fs.Start:fs.End]); other || q.ofAnotherPlace(c, si) || !q.countsWhatIsAsked(c.text, f) {
				continue
			}
			return c, f, true
		}
	}
	return nil, knowledge.Figure{}, false
}

// monthNearer tells whether a sentence of a passage names a month that no
// date figure holds, with more of the question's words around it than
// around any date figure of the sentence.
func (q *question) monthNearer(c *candidate, s knowledge.Span) bool {
	var dates []knowledge.Figure
	for _, f := range c.figureList() {
		if f.Kind == knowledge.FigureDate && f.Start >= s.Start && f.End <= s.End {
			dates = append(dates, f)
		}
	}
	best := 0.0
	for _, f := range dates {
		best = max(best, q.coverage(q.cover(nearText(c, f.Start, f.End))))
	}
	text := c.text[s.Start:s.End]
	for i := 0; i < len(text); {
		for i < len(text) && !isWordByte(text[i]) {
			i++
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		// Not the sentence's first word: "May" opening it is a verb.
		if start, end := s.Start+i, s.Start+j; i > 0 && isMonth(text[i:j]) {
			inDate := slices.ContainsFunc(dates, func(f knowledge.Figure) bool { return f.Start <= end+1 && f.End >= start })
			if !inDate && q.coverage(q.cover(nearText(c, start, end))) > best {
				return true
			}
		}
		i = j
	}
	return false
}

// answerKindFits tells whether a figure is of a kind that answers the
// question: as figureKindFits, and an age for how old ("odds of 6-9" are
// no age; ranking does not ask that much).
func (q *question) answerKindFits(f knowledge.Figure) bool {
	return q.figureKindFits(f) && (q.Measure != "old" || isAge(f))
}

// wCounted is what a figure gains whose own counted thing is what the
// question counts.
const wCounted = 0.4

// countedByFigure tells whether what a figure counts, as extraction read
// it, names what the question counts.
func (q *question) countedByFigure(f knowledge.Figure) bool {
	for _, tok := range q.an.Analyze([]byte(f.Counted)) {
		if q.counted[string(tok.Term)] {
			return true
		}
	}
	return false
}

// A figure's neighbourhood is nearWords words on each side, in its
// sentence; what the question's words there cover counts wNear, and a
// figure neither counting what is asked nor in the best sentence needs
// minNear of it.
const (
	nearWords = 12
	wNear     = 0.4
	minNear   = 0.15
)

// nearText is the text around [start, end) of a passage: up to nearWords
// words each side, within the sentence.
func nearText(c *candidate, start, end int) string {
	s := c.sents[sentenceAt(c, start)]
	from, to := max(s.Start, 0), min(max(s.End, end), len(c.text))
	before := strings.Fields(c.text[from:start])
	after := strings.Fields(c.text[end:to])
	return strings.Join(before[max(0, len(before)-nearWords):], " ") + " " + c.text[start:end] + " " +
		strings.Join(after[:min(len(after), nearWords)], " ")
}

// asks tells whether a text is made only of the question's words.
func (q *question) asks(text string) bool {
	n := 0
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if covers := q.coversOf(w); len(covers) == 0 {
			return false
		}
		n++
	}
	return n > 0
}

// yearsIn tells how the years a sentence names stand to those the
// question names: other when it names years and none of the question's
// (what it says of a figure is of another time), same when it names one of
// them. Both are false when the question names no year.
func (q *question) yearsIn(sentence string) (other, same bool) {
	if len(q.years) == 0 {
		return false, false
	}
	named := years(sentence)
	same = slices.ContainsFunc(named, func(y string) bool { return slices.Contains(q.years, y) })
	return len(named) > 0 && !same, same
}

// ofAnotherPlace tells whether sentence si of a passage, where a figure
// stands, is of another place than the one the question asks about: it
// names none of the places the question names and names another ("More
// than 2.8 million DS consoles have been sold since it first appeared in
// the US and Japan" does not say how many were sold in Europe).
func (q *question) ofAnotherPlace(c *candidate, si int) bool {
	if len(q.places) == 0 || si < 0 || si >= len(c.sents) {
		return false
	}
	for i, t := range q.terms {
		if q.places[t.term] && c.sentCover[si][i] > 0 {
			return false
		}
	}
	s := c.sents[si]
	return q.placeOfFigure(c.text[s.Start:s.End])
}

// cleanWord is a word of a sentence split at spaces without the
// punctuation around it.
func cleanWord(w string) string { return strings.Trim(w, ".,;:()\"'“”‘’") }

// endsWord tells a word of a sentence split at spaces that ends a clause
// or a sentence: punctuation after it.
func endsWord(w string) bool {
	return cleanWord(w) != strings.TrimRight(w, ".") || strings.HasSuffix(w, ".")
}

// gazetteerPlaceAt tells whether the words of toks from at name a place
// of the gazetteer, of one word or two, that is none of the question's
// words and no part of a longer name ("in Jordan Park").
func (q *question) gazetteerPlaceAt(toks []string, at int) bool {
	w := cleanWord(toks[at])
	n := 1
	if at+1 < len(toks) && !endsWord(toks[at]) && knowledge.IsPlaceName(w+" "+cleanWord(toks[at+1])) {
		if len(q.coversOf(cleanWord(toks[at+1]))) > 0 {
			return false
		}
		n = 2
	} else if !knowledge.IsPlaceName(w) {
		return false
	}
	last := toks[at+n-1]
	return at+n >= len(toks) || endsWord(last) || !startsUpper(cleanWord(toks[at+n]))
}

// figurePlaces are the prepositions before a place that say where what a
// figure counts is or goes.
var figurePlaces = map[string]bool{"in": true, "at": true, "across": true, "throughout": true, "outside": true, "to": true, "from": true}

// placeOfFigure tells whether a sentence names, after one of figurePlaces
// (and "the"), a place of the gazetteer that is none of the question's
// words and no part of a longer name: "sold … in the US and Japan", not
// "an analyst of the Helsinki Institute" (where the figure is said) nor
// "in Jordan Park". A place joined to it by "and" counts with it.
func (q *question) placeOfFigure(sentence string) bool {
	toks := strings.Fields(sentence)
	clean := cleanWord
	for i := 1; i < len(toks); i++ {
		prev := strings.ToLower(toks[i-1])
		at := i
		if prev == "the" && i >= 2 {
			prev = strings.ToLower(toks[i-2])
		}
		if !figurePlaces[prev] {
			continue
		}
		w := clean(toks[at])
		if !startsUpper(w) || len(q.coversOf(w)) > 0 {
			continue
		}
		if q.gazetteerPlaceAt(toks, at) {
			return true
		}
	}
	return false
}

// wYear is what a figure gains whose sentence names the year asked about:
// more than a passage ranked one place higher (0.6), since a figure of
// another time does not answer.
const wYear = 1.0

// years are the years a text names: the words that begin with four digits
// from 1900 to 2099 ("1974", "2003-04", "1960s").
func years(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) {
		if len(w) >= 4 && (w[:2] == "19" || w[:2] == "20") && isDigits(w[:4]) && (len(w) == 4 || !isDigits(w[4:5])) {
			out = append(out, w[:4])
		}
	}
	return out
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// holdsAmount tells whether the sentences a passage is shown by hold what
// an amount or a time question asks for: a figure of a fitting kind (that
// counts something, for "how many"), or a time or a span in words.
func (q *question) holdsAmount(c *candidate) bool {
	from, to := c.sents[c.window[0]].Start, c.sents[c.window[1]-1].End
	for _, f := range c.figureList() {
		if f.Start < from || f.End > to || !q.answerKindFits(f) || q.ofAnotherPlace(c, sentenceAt(c, f.Start)) {
			continue
		}
		counts := q.countsWhatIsAsked(c.text, f)
		if !counts && q.byNamesAlone(c, f.Start, f.End) {
			continue
		}
		// Of "how many" things, a figure that counts some ("five
		// Springboks" for South African players), not a bare number.
		if q.Measure != "many" || len(q.counted) == 0 || strings.TrimSpace(f.Counted) != "" || counts {
			return true
		}
	}
	return q.saysInWords(c.text[from:to])
}

// wLevel favours, of the two levels of a change, the one a question asks
// for.
const wLevel = 0.15

// level tells whether a figure is the level a change starts from ("old":
// "drop from 52% this season to 34%") or the one it reaches ("new"), as
// extraction says or the words before it do; "" when neither.
func level(text string, f knowledge.Figure) string {
	if f.Level != "" {
		return f.Level
	}
	before := strings.ToLower(text[max(0, f.Start-24):f.Start])
	if i := strings.LastIndexAny(before, ".;"); i >= 0 {
		before = before[i+1:]
	}
	switch {
	case strings.HasSuffix(before, "from ") || strings.HasSuffix(before, "from a revised ") || strings.HasSuffix(before, "from an adjusted "):
		return "old"
	case toLevel(before) && strings.Contains(strings.ToLower(text[max(0, f.Start-120):f.Start]), "from "):
		return "new"
	}
	return ""
}

// toLevel tells whether the words before a figure end with "to" and at
// most two more: "to 34%", "to a record 13.3%".
func toLevel(before string) bool {
	i := strings.LastIndex(before, " to ")
	return i >= 0 && len(strings.Fields(before[i+4:])) <= 2
}

// asksBefore tells a question about an earlier level: "before", "previous".
func (q *question) asksBefore() bool {
	for _, w := range strings.Fields(strings.ToLower(q.Text)) {
		switch strings.Trim(w, "?,.") {
		case "before", "previous", "previously", "earlier", "formerly":
			return true
		}
	}
	return false
}

// figureSpan is where a figure stands in its paragraph, widened to whole
// words ("six" to "six-part"), to what it counts when that follows it
// ("40" to "40 customers"), and on to the question's words that follow
// ("17" to "17 short" for "how far short").
func (q *question) figureSpan(text string, f knowledge.Figure) (int, int) {
	start, end := f.Start, f.End
	for start > 0 && isWordByte(text[start-1]) {
		start--
	}
	for end < len(text) && (isWordByte(text[end]) || text[end] == '-' && end+1 < len(text) && isWordByte(text[end+1])) {
		end++
	}
	if f.Kind == knowledge.FigureDate {
		start = dateStart(text, start)
	}
	start, end = rangeSpan(text, start, end)
	if c := strings.TrimSpace(f.Counted); c != "" && end+1+len(c) <= len(text) && text[end] == ' ' &&
		strings.EqualFold(text[end+1:end+1+len(c)], c) {
		end += 1 + len(c)
	}
	// A rate runs on to its unit of time or length: "20% every year",
	// "1 million barrels a day".
	if rest := text[end:]; len(rest) > 1 && rest[0] == ' ' {
		if ws := strings.Fields(rest[:min(len(rest), 24)]); len(ws) >= 2 && rateWords[strings.ToLower(ws[0])] {
			if u := strings.TrimRight(ws[1], ".,;:)\"”"); longUnits()[strings.ToLower(u)] {
				end += strings.Index(rest, " "+u) + 1 + len(u)
			}
		}
	}
	// A span runs on to the smaller unit that completes it: "four hours
	// and five minutes".
	if longUnits()[strings.ToLower(f.Unit)] {
		if ws := strings.Fields(text[end:min(len(text), end+40)]); len(ws) >= 3 && strings.HasPrefix(text[end:], " and ") {
			if u := strings.TrimRight(ws[2], ".,;:)\"”"); longUnits()[strings.TrimSuffix(strings.ToLower(u), "s")] {
				end += strings.Index(text[end:], " "+u) + 1 + len(u)
			}
		}
	}
	// Up to four more words, to the last that is the question's: "Eleven
	// trucks were burned" for "how many trucks were burned".
	at := end
	for n := 0; n < 4 && at < len(text) && text[at] == ' '; n++ {
		next := at + 1
		for next < len(text) && (isWordByte(text[next]) || text[next] == '-') {
			next++
		}
		if next == at+1 {
			break
		}
		for w := range q.analysed(text[at+1:next], nil) {
			if q.counted[w] || len(q.lookup[w]) > 0 {
				end = next
			}
		}
		at = next
	}
	// Not on a possessor, which reads as cut: "of a ship's value", not "of
	// a ship's".
	if end > f.End && strings.HasPrefix(text[end:], "'s ") {
		end += len("'s")
	}
	if end > f.End && end < len(text) && text[end] == ' ' {
		if cut := text[:end]; strings.HasSuffix(cut, "'s") || strings.HasSuffix(cut, "’s") {
			next := end + 1
			for next < len(text) && (isWordByte(text[next]) || text[next] == '-') {
				next++
			}
			end = next
		}
	}
	return start, end
}

// rangeSpan widens a figure that opens a range "between X and Y" to the
// whole range, past what is said of X in brackets ("between $60,000
// (£30,800) and $150,000"): X alone reads as the amount.
func rangeSpan(text string, start, end int) (int, int) {
	if !strings.HasSuffix(strings.ToLower(text[:start]), "between ") {
		return start, end
	}
	at := end
	if rest := text[at:]; strings.HasPrefix(rest, " (") {
		if i := strings.IndexByte(rest, ')'); i > 0 && i < 24 {
			at += i + 1
		}
	}
	if !strings.HasPrefix(text[at:], " and ") {
		return start, end
	}
	next := at + len(" and ")
	stop := next
	for stop < len(text) && (isWordByte(text[stop]) || strings.IndexByte("$£€,.", text[stop]) >= 0) {
		stop++
	}
	for stop > next && strings.IndexByte(",.", text[stop-1]) >= 0 {
		stop--
	}
	if stop == next || !strings.ContainsAny(text[next:stop], "0123456789") {
		return start, end
	}
	return start - len("between "), stop
}

// dateStart widens a date that is only a year back to its month and day,
// where the text names them: "August 2003", "17 October 2000" (whatever
// of it extraction left out).
func dateStart(text string, start int) int {
	for n := 0; n < 2 && start > 1 && text[start-1] == ' '; n++ {
		prev := strings.LastIndexAny(text[:start-1], " ,.;:(\"“”") + 1
		w := text[prev : start-1]
		if !(n == 0 && isMonth(w)) && !(n == 1 && len(w) <= 2 && isDigits(w)) {
			break
		}
		start = prev
	}
	return start
}

// isMonth tells a month's name written with its capital ("May", not
// "may" nor "MAY").
func isMonth(w string) bool {
	low := strings.ToLower(w)
	return months[low] && w == strings.ToUpper(low[:1])+low[1:]
}

// rateWords join a figure to the unit it is a rate of.
var rateWords = map[string]bool{"a": true, "an": true, "per": true, "every": true, "each": true}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// stance is the stance a question asks about, from its verb, when only a
// claim of that stance answers it: "deny" for "What did X deny?", "What
// did X reject?" or "Who denied …?", "accuse" for "Whom did X accuse …".
// Else "": any claim of X's may answer what X said, and what X promised,
// warned or admitted is often written with "said".
func (q *question) stance() string {
	verb := q.Cue
	if verb == "" {
		verb = q.Verb
	}
	switch s := knowledge.CueStance(verb); s {
	case "deny", "accuse":
		return s
	}
	return ""
}

// fitsStance tells whether a claim is of the stance a question asks about
// (see stance; "": any claim is): a denial may also be a statement that
// negates ("I have never had any such conversation," he said).
func fitsStance(cl knowledge.Claim, stance string) bool {
	if stance == "" || cl.Stance == stance {
		return true
	}
	if stance != "deny" || cl.Stance != "assert" {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(cl.Content), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		switch w {
		case "not", "never", "no", "nothing", "nobody", "none":
			return true
		}
		if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
	}
	return false
}

// claimAnswer is the subject's claim that answers a speech question: the
// one that best answers it (see claimScore) in the best passages, the
// better ranked first.
func (ix *Index) claimAnswer(q *question, top []*candidate) (*knowledge.Answer, answerSpan) {
	var best *candidate
	bestScore := math.Inf(-1)
	for rank, c := range top {
		if c.claim < 0 || c.claimScore < minTopic {
			continue // the subject speaks here, but not to what is asked
		}
		// A claim of the stance asked answers before a statement that
		// only negates, wherever it is (see bestClaim).
		if best != nil && best.claimExact && !c.claimExact {
			continue
		}
		if score := c.claimScore - 0.3*float64(rank); score > bestScore || c.claimExact && (best == nil || !best.claimExact) {
			best, bestScore = c, score
		}
	}
	if best == nil {
		return nil, answerSpan{}
	}
	cl := best.claimList()[best.claim]
	start, end, text := cl.Start, cl.End, cl.Content
	cue, quoted := cl.Cue, cl.Quoted
	// A sentence of the claim (its content cut short: "For instance," he
	// said, "older people …") or of the quote that carries it on may
	// answer better.
	i, j := claimSentences(best, cl)
	topic := q.topicCoverage(q.cover(cl.Content))
	if !q.hasTopic() {
		j = i - 1 // nothing to cover but the speaker's name, which the claim's sentence names at best
	}
	for k := i; k <= j; k++ {
		if cv := q.topicCoverage(best.sentCover[k]); cv > topic {
			s := best.sents[k]
			start, end, text, topic = s.Start, s.End, strings.Trim(best.text[s.Start:s.End], "\"“” "), cv
			cue, quoted = "", false // the reporter's sentence, not the speaker's words
		}
	}
	return &knowledge.Answer{Text: q.clipWords(strings.TrimSpace(text)), Kind: knowledge.AnswerClaim, Speaker: q.speakerName(best.article, cl), Cue: cue, Quoted: quoted,
		Citation: ix.cite(best.article, best.n), Context: sentenceAround(best, start, end)}, answerSpan{best, start, end}
}

// denialWords are the forms of the verbs of denial that a report writes
// what someone denied after ("Mr Blair, who last year denied he planned
// to …").
var denialWords = map[string]bool{"denied": true, "denies": true, "deny": true, "denying": true,
	"dismissed": true, "dismisses": true, "rejected": true, "rejects": true, "refuted": true, "refutes": true}

// denialNear is how many words before a verb of denial the subject of
// "what did X deny" may be named: past a relative clause ("Mr Blair, who
// last year denied …").
const denialNear = 6

// denialAnswer answers "What did X deny?" where no claim of X's is a
// denial (extraction reads "X denied …" inside a longer sentence as no
// claim): in the best passages, what follows a verb of denial that the
// subject is named shortly before, to the end of its clause. Nil when no
// sentence has one.
func (ix *Index) denialAnswer(q *question, top []*candidate) (*knowledge.Answer, answerSpan) {
	if len(q.subject) == 0 {
		return nil, answerSpan{}
	}
	for _, c := range top {
		if !c.namesSubject(q) {
			continue
		}
		for _, s := range c.sents {
			sent := c.text[s.Start:s.End]
			words, offsets := fieldsAt(sent)
			for i, w := range words {
				if !denialWords[strings.ToLower(strings.Trim(w, ",.;:\"“”"))] || i == 0 {
					continue
				}
				if !q.namedBefore(words[max(0, i-denialNear):i]) {
					continue
				}
				// What was denied: the words after the verb, to the end of
				// the clause.
				at := s.Start + offsets[i] + len(w)
				end := s.End
				if j := strings.IndexAny(c.text[at:s.End], ",;:"); j >= 0 {
					end = at + j
				}
				start := at + len(c.text[at:end]) - len(strings.TrimLeft(c.text[at:end], " "))
				text := strings.TrimRight(c.text[start:end], " .")
				if len(strings.Fields(text)) < 4 {
					continue // "denied the claims", "dismissed the idea too": no more than that it was denied
				}
				cue := strings.ToLower(strings.Trim(w, ",.;:\"“”"))
				return &knowledge.Answer{Text: q.clipWords(text), Kind: knowledge.AnswerClaim, Speaker: q.Subject, Cue: cue, Citation: ix.cite(c.article, c.n),
					Context: sentenceAround(c, start, start+len(text))}, answerSpan{c, start, start + len(text)}
			}
		}
	}
	return nil, answerSpan{}
}

// namesSubject tells whether a passage covers all of the subject's words.
func (c *candidate) namesSubject(q *question) bool {
	for i, t := range q.terms {
		if q.subject[t.term] && c.words[i] == 0 {
			return false
		}
	}
	return true
}

// namedBefore tells whether words before a verb name the question's
// subject as the verb's: one of the subject's words, with none after it
// that opens another noun phrase or clause ("Varga said the dock workers
// had rejected …": the workers rejected it); "who last year" may stand
// between.
//
// "X said it denied …": a pronoun right after a speech verb stands for
// whoever speaks, named before the verb. A subject that is an acronym
// ("the EPA") may be named in full, by the capitalised words whose
// initials end with it ("The U.S. Environmental Protection Agency said it
// denied …").
func (q *question) namedBefore(words []string) bool {
	clean := func(w string) string { return strings.ToLower(strings.Trim(w, ",.;:\"“”'’")) }
	if n := len(words); n >= 3 && saidPronouns[clean(words[n-1])] && (clean(words[n-2]) == "said" || clean(words[n-2]) == "says") {
		words = words[:n-2]
	}
	acronym := q.subjectAcronym()
	initials := ""
	for i := len(words) - 1; i >= 0; i-- {
		w := clean(words[i])
		if notSubjectBetween[w] {
			return false
		}
		for t := range q.analysed(words[i], nil) {
			if q.subject[t] {
				return true
			}
		}
		if acronym == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(words[i]); unicode.IsUpper(r) {
			initials = string(r) + initials
			if strings.HasSuffix(initials, acronym) {
				return true
			}
		} else if !nameJoiners[w] {
			initials = ""
		}
	}
	return false
}

// saidPronouns stand after "said" for whoever said it.
var saidPronouns = map[string]bool{"it": true, "he": true, "she": true, "they": true}

// subjectAcronym is the question's subject when it is an acronym of two
// to six capitals ("the EPA": "EPA"), else "".
func (q *question) subjectAcronym() string {
	words := strings.Fields(q.Subject)
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	if len(words) != 1 || len(words[0]) < 2 || len(words[0]) > 6 || strings.ToUpper(words[0]) != words[0] || !startsUpper(words[0]) {
		return ""
	}
	return words[0]
}

// notSubjectBetween are the words that, between a name and a verb, show
// the verb has another subject: a determiner, a speech verb, "that".
var notSubjectBetween = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true,
	"said": true, "says": true, "told": true, "tells": true, "that": true, "and": true, "but": true}

// fieldsAt splits s into words as strings.Fields does (at any Unicode
// space: a non-breaking one too) and tells where each starts in s.
func fieldsAt(s string) (words []string, offsets []int) {
	start := -1
	for i, r := range s {
		switch {
		case unicode.IsSpace(r) && start >= 0:
			words, offsets = append(words, s[start:i]), append(offsets, start)
			start = -1
		case !unicode.IsSpace(r) && start < 0:
			start = i
		}
	}
	if start >= 0 {
		words, offsets = append(words, s[start:]), append(offsets, start)
	}
	return words, offsets
}

// speakerAnswer answers "who said …" and "who led …": someone the best
// passages name who holds the role the question asks for ("Liberal leader
// Jeremy Thorpe" for "who led the Liberal party"); else the speaker of the
// claim among the best passages that covers most of the question; else
// the person (or organisation) named in the best passage's best sentence
// that the question does not name itself.
func (ix *Index) speakerAnswer(ctx context.Context, bi bleve.Index, q *question, top []*candidate) (*knowledge.Answer, answerSpan) {
	// "Who denied …": only the speaker of a denial answers; one who said
	// it, or the holder of a role named nearby, would be shown as denying.
	stance := q.stance()
	var holder *knowledge.Entity
	var held answerSpan
	shown := 0.0
	if q.Passive {
		// "Who was selected": whom the best sentence names by the verb.
		return ix.namedAnswer(ctx, bi, q, top[0])
	}
	if stance == "" {
		for _, c := range top {
			if e, m, how := q.holderIn(c); how > shown {
				holder, held, shown = e, answerSpan{c, m.Start, m.End}, how
			}
		}
	}
	if holder != nil {
		c := held.c
		return &knowledge.Answer{Text: holder.Name, Kind: knowledge.AnswerSpeaker, Speaker: holder.Name, Citation: ix.cite(c.article, c.n),
			Context: sentenceAround(c, held.start, held.end)}, held
	}
	if q.Role != "" && q.Verb != "" && stance == "" {
		// "Who arrested X": who does it, not who says so.
		if a, at := ix.agentAnswer(q, top); a != nil {
			return a, at
		}
	}
	var best *candidate
	spoken := top
	if q.Role != "" && (q.Verb == "" || knowledge.HoldsRole(q.Verb)) {
		// "Who chaired the board", "who is the mayor of X": who speaks
		// about it is not who holds the role ("… said Calder" of the
		// chairman's resignation).
		spoken = nil
	}
	var bestClaim knowledge.Claim
	bestScore := 0.0
	toldBy := q.toldBy()
	for _, c := range spoken {
		if !q.namesWritten(c) {
			continue // "… nice to see some of the boys," said the lock: no word of the song "See It In A Boy's Eyes"
		}
		for _, cl := range c.claimList() {
			if cl.Speaker == "" || cl.Start < 0 || cl.End > len(c.text) || cl.Start >= cl.End || !fitsStance(cl, stance) || !toldBy(cl) {
				continue
			}
			covered := q.cover(cl.Content)
			cv := q.coverage(covered)
			if name := q.speakerName(c.article, cl); cv < 0.3 || q.isSubjectWord(name) || !named(name) {
				continue // nor does "a new book" say who, according to it, wrote what
			}
			if q.Role != "" && !q.holdsObject(covered) {
				// "Who will take Mercury's place on Queen's tour": one who
				// speaks of Queen only is not one who says he does it.
				continue
			}
			if score := c.score + cv; score > bestScore {
				best, bestClaim, bestScore = c, cl, score
			}
		}
	}
	if best != nil {
		name := q.speakerName(best.article, bestClaim)
		return &knowledge.Answer{Text: name, Kind: knowledge.AnswerSpeaker, Speaker: name,
			Citation: ix.cite(best.article, best.n), Context: sentenceAround(best, bestClaim.Start, bestClaim.End)}, answerSpan{best, bestClaim.Start, bestClaim.End}
	}
	if stance != "" {
		return nil, answerSpan{}
	}
	// Who did it: a person (else an organisation) named in the best
	// sentence, when that holds most of what the verb of "who did X" acts
	// on (not "… take the stage again," said Lenk, for who takes the
	// drummer's place), and unless it says the opposite ("Police denied
	// that officers had used tear gas" names no one who used it), or, for
	// who said something, denies something (it names who denied it).
	c := top[0]
	if q.Role != "" && q.Verb != "" && !q.holdsObject(c.sentCover[c.best]) {
		return nil, answerSpan{}
	}
	if len(q.names) > 0 && (q.share(c.words, q.names) == 0 || !q.namesWritten(c)) {
		// "Who plays scrum-half for Italy": a passage that names none of
		// what the question names ("… Wales scrum-half Dwayne Peel")
		// does not say who, whatever else its article names.
		return nil, answerSpan{}
	}
	if q.Role != "" && !q.objectNamedIn(strings.ToLower(c.text)) {
		// "Who is the chief executive of Incomes Data Services": one named
		// in a passage that does not name the firm is not its chief.
		return nil, answerSpan{}
	}
	return ix.namedAnswer(ctx, bi, q, c)
}

// namedAnswer is the person (else the organisation) that the best sentence
// of a passage names, of those the question does not name, whose words
// around (nearText) cover most of the question: "Parmjit Singh Gill" of
// "Mr Kennedy will visit Leicester South, where … Parmjit Singh Gill
// overturned a big Labour majority to win the seat" for who won the seat;
// the first named, of those that cover as much. None when the sentence
// says the opposite of what is asked (see knowledge.Contradicts).
func (ix *Index) namedAnswer(ctx context.Context, bi bleve.Index, q *question, c *candidate) (*knowledge.Answer, answerSpan) {
	s := c.sents[c.best]
	if knowledge.Contradicts(c.text[s.Start:s.End], q.isVerb(), knowledge.CueStance(q.Verb) != "") {
		return nil, answerSpan{}
	}
	es := q.entities[c.article]
	if es == nil {
		docs, err := factsOf(bi, []string{c.article})
		if err != nil || len(docs) == 0 {
			return nil, answerSpan{}
		}
		q.readEntities(map[string][]knowledge.Entity{c.article: docs[0].facts.Entities})
		es = q.entities[c.article]
	}
	tellers := q.tellers(c, s)
	var found *knowledge.Entity
	var at knowledge.Mention
	foundCover := 0.0
	skipped := false
	for _, e := range es {
		if e.Type != knowledge.EntityPerson && e.Type != knowledge.EntityOrganization || q.isSubjectWord(e.Name) || tellers[e.ID] {
			continue
		}
		for _, m := range e.Mentions {
			if m.Paragraph != c.n || m.Start < s.Start || m.End > s.End || q.isSubjectWord(c.text[m.Start:m.End]) {
				continue
			}
			if q.holdsAnother(e) {
				skipped = true
				continue // "said Vexa Labs executive chairman Omar Hale" for its chief executive
			}
			if q.Role != "" && !q.left && leftRole(c.text, m.Start, m.End, q.Role) {
				skipped = skipped || e.Type == knowledge.EntityPerson
				continue // "Chief executive Gerd Niebaum stepped down last week"
			}
			cv := q.coverage(q.cover(nearText(c, m.Start, m.End)))
			if found == nil || e.Type == knowledge.EntityPerson && found.Type != knowledge.EntityPerson ||
				e.Type == found.Type && (cv > foundCover || cv == foundCover && m.Start < at.Start) {
				found, at, foundCover = e, m, cv
			}
		}
	}
	if found == nil || skipped && found.Type != knowledge.EntityPerson {
		// One who left the role is no answer, nor is a firm beside them.
		return nil, answerSpan{}
	}
	return &knowledge.Answer{Text: found.Name, Kind: knowledge.AnswerSpeaker, Citation: ix.cite(c.article, c.n),
		Context: sentenceAround(c, at.Start, at.End)}, answerSpan{c, at.Start, at.End}
}

// toldBy tells the claims whose speakers may answer a "who" question:
// any, when it asks who said something (its verb is a cue: "who warned
// that …", "who denied …"; or it acts on something said: "who raised the
// possibility of …") or names no verb; else only those told by its verb
// ("who predicted a recession": "…, the bank predicted"). Who tells of a
// deed did not do it: "who fired on the convoy" is not answered by "a
// convoy came under fire, according to the United Nations agency".
func (q *question) toldBy() func(knowledge.Claim) bool {
	isVerb := q.isVerb()
	if isVerb == nil || knowledge.CueStance(q.Verb) != "" || q.actsOnIdea() {
		return func(knowledge.Claim) bool { return true }
	}
	return func(cl knowledge.Claim) bool { return slices.ContainsFunc(strings.Fields(cl.Cue), isVerb) }
}

// actsOnIdea tells whether what a question's verb acts on is headed by a
// noun of something said or thought (the "idea" nouns of answer_cues.txt).
func (q *question) actsOnIdea() bool {
	head := strings.ToLower(strings.Trim(objectHead(q.Object), ".,?!\"'"))
	return ideaNouns()[head] || ideaNouns()[strings.TrimSuffix(head, "s")]
}

// byAnother tells whether sentence k of a passage is another's account
// than that of whom a speech question asks about: it holds no claim of
// theirs, and they are named ("what did the SLF say": "“The army blames
// the SLF,” he said"), or it names another speaker and does not even hold
// the description they are asked by ("what did the army say": "Cissoko
// said four drivers told her a helicopter fired"). A description the
// claims did not resolve to their speaker ("the unions": "its
// secretary-general said unions would strike"; a quote whose speaker
// another sentence names) may still answer.
func (q *question) byAnother(c *candidate, k int) bool {
	if q.Subject == "" || q.claimsIn(c, k) {
		return false
	}
	if q.subjectIsName() {
		return true
	}
	s := c.sents[k]
	if !slices.ContainsFunc(c.claimList(), func(cl knowledge.Claim) bool {
		m := cl.SpeakerMention
		return cl.Start < s.End && cl.End > s.Start && m != nil && m.Paragraph == c.n && m.Start >= s.Start && m.End <= s.End
	}) {
		return false // whose account it is, the sentence does not say
	}
	head := q.role
	if len(head) == 0 {
		head = q.analysed(objectHead(q.Subject), nil)
	}
	for w := range q.analysed(c.text[s.Start:s.End], nil) {
		if head[w] {
			return false
		}
	}
	return len(head) > 0
}

// subjectIsName tells whether a question names whom it asks about by a
// name alone ("the SLF", "Bank of Rell"), not by a description ("the
// union's leader", "the labour unions in Ghana"), whose speaker the
// claims may not have resolved to it.
func (q *question) subjectIsName() bool {
	words := strings.Fields(strings.TrimSpace(q.Subject))
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	if len(words) == 0 {
		return false
	}
	for i, w := range words {
		if r := []rune(w)[0]; !unicode.IsUpper(r) && !(i > 0 && i < len(words)-1 && nameJoiners[strings.ToLower(w)]) {
			return false
		}
	}
	return true
}

// nameJoiners may stand inside a name between its capitalised words.
var nameJoiners = map[string]bool{"of": true, "and": true, "for": true, "de": true, "&": true}

// tellers are the entities (by ID) that only tell what a sentence says,
// for a question that asks who did something other than say it: the
// speakers of the claims it holds, unless the question's verb stands in
// the sentence outside what they say ("X, who leads the party, said …").
// The United Nations agency of "a convoy came under fire outside Gao,
// according to the United Nations agency" did not fire on the convoy;
// nor did Quintero win the election of "“… a year without elections …,”
// Quintero said".
func (q *question) tellers(c *candidate, s knowledge.Span) map[string]bool {
	vi := q.verbTerm()
	if vi < 0 || knowledge.CueStance(q.Verb) != "" {
		return nil
	}
	var out map[string]bool
	for _, cl := range c.claimList() {
		if cl.SpeakerID == "" || cl.Start >= s.End || cl.End <= s.Start || cl.Start < 0 || cl.End > len(c.text) {
			continue
		}
		outside := c.text[s.Start:max(s.Start, cl.Start)] + " " + c.text[min(s.End, cl.End):s.End]
		if q.cover(outside)[vi] > 0 {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[cl.SpeakerID] = true
		if m := cl.SpeakerMention; m != nil && m.Paragraph == c.n {
			// a name inside the speaker's phrase ("the Harn ports
			// authority said") tells as much
			for id, e := range q.entities[c.article] {
				if slices.ContainsFunc(e.Mentions, func(em knowledge.Mention) bool {
					return em.Paragraph == c.n && em.Start >= m.Start && em.End <= m.End
				}) {
					out[id] = true
				}
			}
		}
	}
	return out
}

// named tells a name from a description: it has a word written with a
// capital ("Sunday Telegraph journalist Robert Peston", not "a new book"
// nor "the report").
func named(s string) bool {
	for _, w := range strings.Fields(s) {
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// holdsObject tells whether covered words hold what the verb of "who did
// X" acts on: its head ("place" of "Mercury's place on Queen's tour", not
// only "Queen"), or most of it ("a full stock market listing" of "the
// possibility of a full stock market listing"); true when it names none.
func (q *question) holdsObject(ws []float64) bool {
	return len(q.objectHead) == 0 || q.share(ws, q.objectHead) > 0 || q.share(ws, q.object) >= minObject
}

// minObject is the share of what the verb of "who did X" acts on that
// stands for its head.
const minObject = 0.5

// agentParses bounds the sentences parsed to find who did what a "who"
// question asks: a parse costs as much as the rest of a search.
const agentParses = 4

// agentAnswer answers "who did X" from the parse of the sentences of the
// best passages that hold the question's verb (or a word that stands for
// it): its subject, or its agent in the passive ("apprehended by police").
func (ix *Index) agentAnswer(q *question, top []*candidate) (*knowledge.Answer, answerSpan) {
	vi := q.verbTerm()
	isVerb := q.isVerb()
	if isVerb == nil {
		return nil, answerSpan{}
	}
	parses := 0
	for _, c := range top {
		for i, s := range c.sents {
			// The sentence holds the verb and what it acts on, its head
			// (not only "Queen" of "Mercury's place on Queen's tour").
			if c.sentCover[i][vi] == 0 || q.share(c.sentCover[i], q.object) == 0 || !q.holdsObject(c.sentCover[i]) || parses == agentParses {
				continue
			}
			parses++
			a, b, ok := knowledge.Agent(c.text[s.Start:s.End], isVerb)
			if !ok || q.isSubjectWord(c.text[s.Start+a:s.Start+b]) {
				continue
			}
			start, end, whole := phraseOf(c.text[:s.End], s.Start+a, s.Start+b)
			if !whole {
				continue // a part of a word is no answer
			}
			text := c.text[start:end]
			if e, m, ok := q.nameIn(c, start, end); ok {
				// "the harbour pilot Ana Roth": Ana Roth
				text, start, end = e.Name, m.Start, m.End
			}
			return &knowledge.Answer{Text: text, Kind: knowledge.AnswerSpeaker, Citation: ix.cite(c.article, c.n),
				Context: sentenceAround(c, start, end)}, answerSpan{c, start, end}
		}
	}
	return nil, answerSpan{}
}

// nameIn is the one person or organisation of a passage's article that a
// span of it ends with, and where, or that runs on past its end ("the Rell
// Workers" of the Rell Workers Union, a parse cut short); false when the
// span mentions none, more than one ("Ana Roth and Tom Vale"), or one that
// does not head it ("Ana Roth's lawyer").
func (q *question) nameIn(c *candidate, start, end int) (*knowledge.Entity, knowledge.Mention, bool) {
	var found *knowledge.Entity
	var at knowledge.Mention
	for _, e := range q.entities[c.article] {
		if e.Type != knowledge.EntityPerson && e.Type != knowledge.EntityOrganization {
			continue
		}
		for _, m := range e.Mentions {
			if m.Paragraph != c.n || m.Start < start || m.Start >= end || m.End > len(c.text) {
				continue
			}
			if found != nil && found != e {
				return nil, knowledge.Mention{}, false
			}
			found, at = e, m
		}
	}
	if found == nil || at.End < end && strings.TrimRight(c.text[at.End:end], " .,;:'\"’”)") != "" {
		return nil, knowledge.Mention{}, false
	}
	return found, at, true
}

// verbTerm is the place of the question's verb among its terms, or -1:
// the verb as written ("won" of "who won the final", whose lemma "win" is
// no term), else its lemma.
func (q *question) verbTerm() int {
	if q.verbAt == 0 {
		q.verbAt = -1
		for _, form := range []string{q.VerbForm, q.Verb} {
			verb := q.analysed(form, nil)
			if i := slices.IndexFunc(q.terms, func(t qterm) bool { return verb[t.term] }); i >= 0 {
				q.verbAt = i + 1
				break
			}
		}
	}
	return q.verbAt - 1
}

// isVerb tells the question's verb by a word as written in a passage (nil
// when the question has no verb among its terms).
func (q *question) isVerb() func(word string) bool {
	vi := q.verbTerm()
	if vi < 0 {
		return nil
	}
	return func(w string) bool {
		return slices.ContainsFunc(q.coversOf(w), func(cv cover) bool { return cv.q == vi })
	}
}

// maxPhraseWords bounds the words a name's phrase is widened to (see
// phraseOf).
const maxPhraseWords = 6

// phraseOf widens a span of text that cuts a word ("Oscar-" of
// "Oscar-winning director Steven Soderbergh", as a parse may leave it) to
// the whole phrase: back to the word's start, and on to the next
// punctuation mark, when that is at most maxPhraseWords words. It reports
// whether the span is whole words, as given or widened.
func phraseOf(text string, start, end int) (int, int, bool) {
	cuts := func(i int) bool {
		return i > 0 && i < len(text) && (isWordByte(text[i-1]) || text[i-1] == '-') && (isWordByte(text[i]) || text[i] == '-')
	}
	if !cuts(start) && !cuts(end) && !strings.HasSuffix(text[start:end], "-") {
		return start, end, true
	}
	for start > 0 && (isWordByte(text[start-1]) || text[start-1] == '-') {
		start--
	}
	stop := len(text)
	if i := strings.IndexAny(text[end:], ",;:.()\"“”"); i >= 0 {
		stop = end + i
	}
	if len(strings.Fields(text[start:stop])) > maxPhraseWords {
		return start, end, false
	}
	return start, len(strings.TrimRightFunc(text[:stop], unicode.IsSpace)), true
}

// holderIn finds, in a passage, the mention of someone who holds the role
// a "who" question asks for (nil when none), and how well the passage
// shows it: 1 when it states the role and names them in full ("Liberal
// leader Jeremy Thorpe"), 0.75 when it states the role, 0.5 when it only
// mentions them.
func (q *question) holderIn(c *candidate) (*knowledge.Entity, knowledge.Mention, float64) {
	var found *knowledge.Entity
	var at knowledge.Mention
	best := 0.0
	low := strings.ToLower(c.text)
	look := func(es []*knowledge.Entity, factor float64) {
		for _, e := range es {
			stated := slices.ContainsFunc(e.Roles, func(r string) bool { return r != "" && strings.Contains(low, strings.ToLower(r)) })
			for _, m := range e.Mentions {
				if m.Paragraph != c.n || m.Start < 0 || m.End > len(c.text) || m.Start >= m.End {
					continue
				}
				if !q.left && leftRole(c.text, m.Start, m.End, q.Role) {
					continue // "Chief executive Gerd Niebaum stepped down last week"
				}
				how := 0.5
				if stated {
					how = 0.75
					if strings.EqualFold(c.text[m.Start:m.End], e.Name) || strings.Contains(c.text[m.Start:m.End], e.Name) {
						how = 1
					}
				}
				if how *= factor; how > best {
					found, at, best = e, m, how
				}
			}
		}
	}
	look(q.holders[c.article], 1)
	// Someone who holds the role with nothing saying of what, in a passage
	// that states the role and names what it is of ("… Dundee United
	// manager Ian McCall …, with chairman Eddie Thompson …"): below anyone
	// the article says holds it of that. What it is of, when the question
	// names it ("Incomes Data Services"), stands there by its name, not
	// by its words apart ("income from its shuttle services").
	if found == nil && len(q.object) > 0 && q.roleShare(c.words) > 0 && q.share(c.words, q.object) > 0 && q.objectNamedIn(low) {
		look(q.roleOnly[c.article], roleOnlyFactor)
	}
	return found, at, best
}

// leftCues are the phrases after a holder's name that say they left the
// role, formerCues the words before it that say it is held no longer
// (answer_cues.txt).
var (
	leftCues   = sync.OnceValue(func() []string { return cuePhrases("left") })
	formerCues = sync.OnceValue(func() []string { return cuePhrases("former") })
)

// leftWordsBefore may stand between a holder's name and the words saying
// they left ("who has stepped down", "recently resigned"): the "leftgap"
// words of answer_cues.txt.
var leftWordsBefore = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, p := range cuePhrases("leftgap") {
		out[strings.TrimSpace(p)] = true
	}
	return out
})

// leftRole tells whether the words after a mention of someone ([start,
// end) of text), in its sentence, say they left the role ("Gerd Niebaum
// stepped down last week", "…, who resigned in May"), or the words before
// it say the role is held no longer ("former chief executive Gerd
// Niebaum"): who holds a role now is someone else. role is the role asked
// for: a cue followed by "as" and a role ("stepped down as chairman")
// says they left that role only, and counts when it shares a word of the
// one asked for; a cue followed by words saying a role is held ("…, who
// quit Acme last year, is now chief executive", "quit Acme to become …",
// the "held" phrases of answer_cues.txt) says they left another.
func leftRole(text string, start, end int, role string) bool {
	rest := text[end:]
	if i := strings.IndexAny(rest, ".;:?!\"“”"); i >= 0 {
		rest = rest[:i]
	}
	toks := strings.Fields(commaApart.Replace(strings.ToLower(rest)))
	words := slices.DeleteFunc(slices.Clone(toks), func(w string) bool { return w == "," })
	for len(words) > 0 && leftWordsBefore()[words[0]] {
		words = words[1:]
	}
	after := " " + strings.Join(words[:min(len(words), 4)], " ") + " "
	for _, p := range leftCues() {
		if strings.HasPrefix(after, p) {
			if as, ok := leftAs(words[len(strings.Fields(p)):]); ok {
				return sharesRoleWord(as, role)
			}
			return !heldAfter(toks)
		}
	}
	before := " " + strings.ToLower(hyphenCommaApart.Replace(precedingWords(text, start))) + " "
	for _, p := range formerCues() {
		if strings.Contains(before, p) {
			return true
		}
	}
	return false
}

// commaApart sets commas apart as words of their own.
var commaApart = strings.NewReplacer(",", " , ")

// leftAs is the role that words after a cue of leaving name by "as" ("as
// chairman but remains …": "chairman"), within their first few words, up
// to "but"; ok only when those words hold a role word ("resigned as the
// scandal grew" names none).
func leftAs(words []string) ([]string, bool) {
	i := slices.Index(words[:min(len(words), 3)], "as")
	if i < 0 {
		return nil, false
	}
	as := words[i+1:]
	if j := slices.Index(as, "but"); j >= 0 {
		as = as[:j]
	}
	as = as[:min(len(as), 4)]
	return as, slices.ContainsFunc(as, knowledge.IsRoleWord)
}

// sharesRoleWord tells whether words share a word of a role asked for
// (any, when none is asked for).
func sharesRoleWord(words []string, role string) bool {
	rw := strings.Fields(strings.ToLower(role))
	if len(rw) == 0 {
		return true
	}
	return slices.ContainsFunc(words, func(w string) bool {
		return w != "of" && w != "the" && slices.Contains(rw, strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
	})
}

// heldCues are the phrases that say one holds a role (answer_cues.txt).
var heldCues = sync.OnceValue(func() []string { return cuePhrases("held") })

// heldAfter tells whether lower-case words (commas apart) hold a phrase
// saying the one named before them holds a role, with a role word in the
// few words after it: one that starts with "to" ("to become"), or one
// after a comma, "but" or "and" ("…, who quit Acme last year, is now chief
// executive"; not "… and Meier is now").
func heldAfter(toks []string) bool {
	for i := 1; i < len(toks); i++ {
		at := " " + strings.Join(toks[i:min(len(toks), i+3)], " ") + " "
		for _, p := range heldCues() {
			if !strings.HasPrefix(at, p) {
				continue
			}
			n := i + len(strings.Fields(p))
			if !slices.ContainsFunc(toks[n:min(len(toks), n+5)], knowledge.IsRoleWord) {
				continue // "…, and remains under investigation": no role
			}
			if strings.HasPrefix(p, " to ") || toks[i-1] == "," || toks[i-1] == "but" || toks[i-1] == "and" {
				return true
			}
		}
	}
	return false
}

// hyphenCommaApart reads hyphens and commas as spaces; leftQuestion
// question marks too.
var (
	hyphenCommaApart = strings.NewReplacer("-", " ", ",", " ")
	leftQuestion     = strings.NewReplacer("-", " ", "?", " ", ",", " ")
)

// asksLeft tells whether a question asks about one who left a role or
// held it before ("Who resigned as chairman?", "Who is the former chief
// executive?"), whom leftRole would leave out: it holds an "asksleft",
// "left" or "former" phrase of answer_cues.txt.
func asksLeft(question string) bool {
	low := " " + strings.ToLower(leftQuestion.Replace(question)) + " "
	for _, kind := range [][]string{asksLeftCues(), leftCues(), formerCues()} {
		if slices.ContainsFunc(kind, func(p string) bool { return strings.Contains(low, p) }) {
			return true
		}
	}
	return false
}

// asksLeftCues are the words of a question that ask about one who left.
var asksLeftCues = sync.OnceValue(func() []string { return cuePhrases("asksleft") })

// objectNamedIn tells whether a lower-case text names what a "who"
// question's role is of, where the question names it by a name of more
// than one word written with capitals ("Incomes Data Services"): the text
// holds that name, as written after its article or possessive; true when
// the question names no such thing.
func (q *question) objectNamedIn(low string) bool {
	words := strings.Fields(q.Object)
	for len(words) > 0 && notInName[strings.ToLower(words[0])] {
		words = words[1:]
	}
	if len(words) < 2 {
		return true
	}
	for _, w := range words {
		if !startsUpper(w) && !strings.EqualFold(w, "of") && !strings.EqualFold(w, "and") && w != "&" {
			return true // a description, not a name
		}
	}
	name := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(strings.Join(words, " "), "'s"), "’s"))
	return strings.Contains(low, name)
}

// notInName are the words before a name that are no part of it.
var notInName = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true}

// startsUpper tells text that starts with a capital letter.
func startsUpper(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(r)
}

// roleOnlyFactor is how well a passage shows someone who holds a role
// with nothing in their entity saying of what, next to one who holds it
// of what the question asks (see holderIn).
const roleOnlyFactor = 0.9

// isSubjectWord tells whether a name is made only of the question's own
// words: "Arsenal" does not answer "Who at Arsenal …"; nor does a name
// that holds two names' words that follow each other in the question:
// "Lake States Transportation Division" is what "Who is buying Soo Line's
// Lake States division?" asks about, not who buys it.
func (q *question) isSubjectWord(name string) bool {
	words := func(s string) string {
		return " " + strings.ToLower(strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")) + " "
	}
	padded, asked := words(name), words(q.Text)
	for i := 0; i+1 < len(q.Names); i++ {
		if two := " " + strings.ToLower(q.Names[i]+" "+q.Names[i+1]) + " "; strings.Contains(asked, two) && strings.Contains(padded, two) {
			return true
		}
	}
	for w := range q.analysed(name, nil) {
		if _, ok := q.lookup[w]; !ok {
			return false
		}
	}
	return true
}

// roleAnswer answers "who is X": a role that the best passages' articles
// give X, from the passage that states it; else an affiliation.
func (ix *Index) roleAnswer(q *question, top []*candidate) (*knowledge.Answer, answerSpan) {
	for _, given := range []map[string][]string{q.roles, q.affils} {
		for _, c := range top {
			low := strings.ToLower(c.text)
			if len(low) != len(c.text) {
				continue // a letter whose lower case is longer: offsets would not line up
			}
			// Of the roles the passage states, the fullest: "the army's
			// spokesman" rather than the rank "Col." before the name.
			start, end := -1, -1
			for _, r := range given[c.article] {
				i := strings.Index(low, strings.ToLower(r))
				if i < 0 {
					continue
				}
				if s, e := rolePhrase(c.text, i, i+len(r), q.isSubjectWord); start < 0 || e-s > end-start {
					start, end = s, e
				}
			}
			if start >= 0 {
				return &knowledge.Answer{Text: c.text[start:end], Kind: knowledge.AnswerRole, Speaker: q.Subject,
					Citation: ix.cite(c.article, c.n), Context: sentenceAround(c, start, end)}, answerSpan{c, start, end}
			}
		}
	}
	return nil, answerSpan{}
}

// maxAppositive bounds the words of a role set beside a name.
const maxAppositive = 8

// appositiveAnswer answers "who is X" where the articles' entities give X
// no role: the role the best passages set beside X's name, after it
// between commas or a dash ("Laah Chong-gyu, executive director of Korea
// Development Bank - …") or before it ("said Sumitomo Bank chief
// economist, Masahiko Koido"), when a job word of the titles lexicon
// heads it.
func (ix *Index) appositiveAnswer(q *question, top []*candidate) (*knowledge.Answer, answerSpan) {
	name := strings.TrimSpace(q.Subject)
	if name == "" || !named(name) {
		return nil, answerSpan{}
	}
	for _, c := range top {
		low, lname := strings.ToLower(c.text), strings.ToLower(name)
		if len(low) != len(c.text) {
			continue // a letter whose lower case is longer: offsets would not line up
		}
		for from := 0; ; {
			i := strings.Index(low[from:], lname)
			if i < 0 {
				break
			}
			i += from
			from = i + len(lname)
			if i > 0 && isWordByte(c.text[i-1]) || from < len(c.text) && isWordByte(c.text[from]) {
				continue // part of another word
			}
			if start, end, ok := roleAfter(c.text, from); ok {
				return ix.appositive(q, c, start, end)
			}
			if start, end, ok := roleBefore(c.text, i); ok {
				return ix.appositive(q, c, start, end)
			}
		}
	}
	return nil, answerSpan{}
}

func (ix *Index) appositive(q *question, c *candidate, start, end int) (*knowledge.Answer, answerSpan) {
	return &knowledge.Answer{Text: c.text[start:end], Kind: knowledge.AnswerRole, Speaker: q.Subject,
		Citation: ix.cite(c.article, c.n), Context: sentenceAround(c, start, end)}, answerSpan{c, start, end}
}

// roleAfter finds the role set after a name that ends at i: ", executive
// director of Korea Development Bank", ", a qualifier from Linz", up to
// the next punctuation mark or dash.
func roleAfter(text string, i int) (int, int, bool) {
	rest := text[i:]
	if !strings.HasPrefix(rest, ", ") {
		return 0, 0, false
	}
	start := i + 2
	stop := len(text)
	if k := strings.IndexAny(text[start:], ",.;:()\"“”"); k >= 0 {
		stop = start + k
	}
	for _, dash := range []string{" - ", " – ", " — "} {
		if k := strings.Index(text[start:stop], dash); k >= 0 {
			stop = start + k
		}
	}
	words := strings.Fields(text[start:stop])
	if len(words) == 0 || len(words) > maxAppositive || !slices.ContainsFunc(words, isJobWord) {
		return 0, 0, false
	}
	// The job word comes before what it is of: "executive director of …",
	// not "… of the new chairman".
	if of := slices.IndexFunc(words, func(w string) bool { return w == "of" || w == "at" || w == "for" }); of >= 0 && !slices.ContainsFunc(words[:of], isJobWord) {
		return 0, 0, false
	}
	return start, start + len(strings.TrimRight(text[start:stop], " ")), true
}

// roleBefore finds the role set before a name that starts at i, that a
// job word ends: "Sumitomo Bank Ltd chief economist, " or "chief
// economist " back to the previous punctuation mark, past the words that
// are no part of a role ("said").
func roleBefore(text string, i int) (int, int, bool) {
	end := i
	for end > 0 && (text[end-1] == ' ' || text[end-1] == ',') {
		end--
	}
	if end == i || end == 0 {
		return 0, 0, false
	}
	start := strings.LastIndexAny(text[:end], ",.;:()\"“”") + 1
	words, offsets := fieldsAt(text[start:end])
	if len(words) == 0 || !isJobWord(words[len(words)-1]) {
		return 0, 0, false
	}
	first := len(words)
	for first > 0 && len(words)-first < maxAppositive && !notInRole[strings.ToLower(words[first-1])] {
		first--
	}
	return start + offsets[first], end, true
}

// isJobWord tells a lower-case job word of the titles lexicon.
func isJobWord(w string) bool {
	return w != "" && w == strings.ToLower(w) && knowledge.IsRoleWord(w)
}

// introduces tells whether a sentence opens with the subject of an
// identity question, as one that says who they are does ("X, a Czech
// qualifier, …", "X is …"): its first words are the subject's.
func (q *question) introduces(sentence string) bool {
	words := strings.Fields(sentence)
	if len(words) == 0 || len(q.subject) == 0 {
		return false
	}
	// The subject's words, in the sentence's first words: "Ivo Minar"
	// in "Minar, ranked 158th, …" or "Ivo Minar is …".
	opening := q.analysed(strings.Join(words[:min(len(words), len(q.subject)+1)], " "), nil)
	for w := range opening {
		if q.subject[w] {
			return true
		}
	}
	return false
}

// rolePhrase widens a role where it stands ([start, end) of text) to the
// words that describe it: up to two words before it ("new president",
// "Arsenal vice-chairman") and what it is of, at, for or on ("news editor
// of trade magazine Screen International", "senior advisor on mobile
// media"), but not the name of the one it describes (subject): "Wertheim
// Schroder Co Inc", not "Zielonka of Wertheim Schroder Co Inc".
func rolePhrase(text string, start, end int, subject func(word string) bool) (int, int) {
	given := start
	for n := 0; n < 2 && start > 1 && text[start-1] == ' '; n++ {
		prev := strings.LastIndexAny(text[:start-1], " ,.;:(\"“”") + 1
		w := text[prev : start-1]
		if w == "" || notInRole[strings.ToLower(w)] || strings.ContainsAny(w, "\"“”") || subject(w) {
			break
		}
		start = prev
	}
	// What it is of, named before it, runs back to the start of its name:
	// "White House Budget chief", "the Rugby Football Union's referees'
	// manager" (not "House Budget chief", "Union's referees' manager").
	for n := 0; n < maxNameBefore && start > 1 && text[start-1] == ' ' && startsUpper(text[start:]); n++ {
		prev := strings.LastIndexAny(text[:start-1], " ,.;:(\"“”") + 1
		w := text[prev : start-1]
		if !startsUpper(w) || notInRole[strings.ToLower(w)] || strings.ContainsAny(w, "\"“”") || subject(w) {
			break
		}
		start = prev
	}
	// A preposition left first joins the name to it: "of Wertheim …".
	for _, p := range rolePrepositions {
		if p = p[1:]; start < given && strings.HasPrefix(text[start:], p) {
			start += len(p)
		}
	}
	// A role cut short before its head runs on to it: "chief" of "chief
	// technology officer".
	if n := roleRunOn(text[end:]); n > 0 {
		end += n
	}
	rest := text[end:]
	for _, p := range rolePrepositions {
		if !strings.HasPrefix(rest, p) {
			continue
		}
		// What it is of runs to a punctuation mark or the next preposition:
		// "senior advisor on mobile media" (at Ericsson's lab).
		stop := len(rest)
		if i := strings.IndexAny(rest[len(p):], ",.;:()\"“”"); i >= 0 {
			stop = len(p) + i
		}
		for _, q := range rolePrepositions {
			if i := strings.Index(rest[len(p):stop], q); i >= 0 {
				stop = len(p) + i
			}
		}
		if words := strings.Fields(rest[len(p):stop]); len(words) > 0 && len(words) <= 5 {
			end += stop
		}
		break
	}
	// What it is at runs on past a possessive: "vice president at
	// Microsoft's MSN internet division".
	if rest := text[end:]; strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") {
		stop := len(rest)
		if i := strings.IndexAny(rest, ",.;:()\"“”"); i >= 0 {
			stop = i
		}
		for _, q := range rolePrepositions {
			if i := strings.Index(rest[:stop], q); i >= 0 {
				stop = i
			}
		}
		if words := strings.Fields(rest[:stop]); len(words) > 1 && len(words) <= 4 {
			end += len(strings.TrimRight(rest[:stop], " "))
		}
	}
	return start, end
}

// maxNameBefore bounds the words of a name that a role's phrase runs back
// over (see rolePhrase).
const maxNameBefore = 4

// roleRunOn is how far the words after a role run on to a job word that
// heads it: up to three lower-case words, the last a job word of the
// titles lexicon (" technology officer" after "chief"); 0 when they do not.
func roleRunOn(rest string) int {
	at, found := 0, 0
	for n := 0; n < 3 && at < len(rest) && rest[at] == ' '; n++ {
		next := at + 1
		for next < len(rest) && (rest[next] >= 'a' && rest[next] <= 'z' || rest[next] == '-') {
			next++
		}
		w := rest[at+1 : next]
		if next == at+1 || next < len(rest) && isWordByte(rest[next]) || notInRole[w] {
			break // not a lower-case word, or one that is no part of a role ("said")
		}
		// One job word, not several ("officials" of "the president said
		// officials …").
		if plural, ok := strings.CutSuffix(w, "s"); knowledge.IsRoleWord(w) && !(ok && knowledge.IsRoleWord(plural)) {
			found = next
		}
		at = next
	}
	return found
}

// rolePrepositions join a role to what it is of.
var rolePrepositions = []string{" of ", " at ", " for ", " on "}

// notInRole are the words before a role that are not part of it.
var notInRole = map[string]bool{
	"the": true, "a": true, "an": true, "who": true, "which": true, "that": true, "and": true, "or": true,
	"but": true, "is": true, "was": true, "are": true, "were": true, "as": true, "by": true, "with": true,
	"to": true, "in": true, "on": true, "at": true, "said": true, "says": true, "told": true,
}

// sentenceAnswer is the best sentence of a passage, cut to the part that
// covers the question when it is long; or the two sentences the passage
// is shown by, when they cover clearly more of the question together (the
// question's words in one, the answer in the next: "… shooting Racing The
// Monsoon next year. Douglas added that it had been inspired by …"), are
// short enough to be an answer, and the best sentence alone does not hold
// what is asked for (a reason, for "why").
func (ix *Index) sentenceAnswer(q *question, c *candidate) (*knowledge.Answer, answerSpan) {
	start, end := c.sents[c.best].Start, c.sents[c.best].End
	if w := c.window; w[1]-w[0] == 2 && w[0] <= c.best && c.best < w[1] && w[1] <= len(c.sents) && q.sentenceFit(c, c.best) == 0 {
		if from, to := c.sents[w[0]].Start, c.sents[w[1]-1].End; len(strings.Fields(c.text[from:to])) <= maxAnswerWords {
			start, end = from, to
		}
	}
	text := q.clipWords(strings.TrimSpace(c.text[start:end]))
	return &knowledge.Answer{Text: text, Kind: knowledge.AnswerSentence, Citation: ix.cite(c.article, c.n),
		Context: knowledge.Snippet{Text: text}}, answerSpan{c, start, end}
}

// A reason the best sentence does not give (see reasonAnswer) is looked
// for in the passages of the best passage's article among the first
// articlePassages: a sentence that gives one must cover minReasonShare of
// what the best sentence covers of the question, unless it follows the best
// sentence, which counts wAfter.
const (
	minReasonShare = 0.5
	wAfter         = 0.25
)

// reasonAnswer answers "why" where the best passage's best sentence says
// what is asked about but gives no reason: the sentence of the best
// passage's article that gives one (a cause phrase, see givesReason) and
// covers the question best, the more so when it follows the best sentence
// ("Hashemian will not travel to Israel …" then "The club said the player
// had pulled out because of a back injury"), where the two are the answer.
// It is nil when the best sentence gives a reason, or no sentence does.
func (ix *Index) reasonAnswer(q *question, kept []*candidate) (*knowledge.Answer, answerSpan) {
	c0 := kept[0]
	if q.reasonOfWhatIsAsked(c0, c0.best) {
		return nil, answerSpan{}
	}
	return ix.sentenceOfArticle(q, kept, minReasonShare, q.reasonOfWhatIsAsked)
}

// sentenceOfArticle is the answer of reasonAnswer and placeAnswer: the
// sentence of the best passage's article, among its first
// articlePassages, other than its best sentence, that fits (gives a
// reason, names a place) and covers the question best, counting wAfter
// more for the sentence that follows the best one, where the two are the
// answer when short enough. A sentence must cover share of what the best
// sentence covers of the question, unless it follows it. It is nil when
// no sentence fits.
func (ix *Index) sentenceOfArticle(q *question, kept []*candidate, share float64, fits func(c *candidate, i int) bool) (*knowledge.Answer, answerSpan) {
	c0 := kept[0]
	s0 := c0.sents[c0.best]
	floor := share * q.coverage(c0.sentCover[c0.best])
	var best *candidate
	bestAt, bestScore, bestAfter := -1, 0.0, false
	for _, c := range kept[:min(len(kept), articlePassages)] {
		if c.article != c0.article {
			continue
		}
		for i := range c.sents {
			if c == c0 && i == c0.best {
				continue
			}
			cv := q.coverage(c.sentCover[i])
			after := c == c0 && i == c0.best+1 || c.n == c0.n+1 && i == 0 && c0.best == len(c0.sents)-1
			if cv < floor && !after || !fits(c, i) {
				continue
			}
			score := cv
			if after {
				score += wAfter
			}
			if score > bestScore {
				best, bestAt, bestScore, bestAfter = c, i, score, after
			}
		}
	}
	if best == nil {
		return nil, answerSpan{}
	}
	start, end := best.sents[bestAt].Start, best.sents[bestAt].End
	text := strings.TrimSpace(best.text[start:end])
	if bestAfter && best == c0 {
		// What is asked about, then why or where: one answer, when
		// short enough.
		if both := strings.TrimSpace(c0.text[s0.Start:end]); len(strings.Fields(both)) <= maxAnswerWords {
			start, text = s0.Start, both
		}
	}
	text = q.clipWords(text)
	return &knowledge.Answer{Text: text, Kind: knowledge.AnswerSentence, Citation: ix.cite(best.article, best.n),
		Context: knowledge.Snippet{Text: text}}, answerSpan{best, start, end}
}

// asksWhere tells whether a question asks where: "Where will the two
// firms meet?", "In where …" not being English, only its first word.
func (q *question) asksWhere() bool {
	first, _, _ := strings.Cut(strings.TrimSpace(q.Text), " ")
	return strings.EqualFold(first, "where")
}

// namesOtherPlace tells whether a sentence names a place (a capitalised
// word or two of the gazetteer's names, not a demonym: "the Italian firm"
// says of what country, not where) that is none of the question's words:
// "… due to take place at 1330 GMT in Zurich" names where two firms the
// question names will meet.
func (q *question) namesOtherPlace(sentence string) bool {
	if q.placeAfterPreposition(sentence, false) {
		return true
	}
	low := " " + strings.ToLower(sentence) + " "
	if slices.ContainsFunc(cuePhrases("site"), func(p string) bool { return strings.Contains(low, p) }) {
		return true // "… at the Auburn Hills headquarters of GM"
	}
	return q.namesOtherGazetteerPlace(sentence)
}

// namesOtherGazetteerPlace tells whether a sentence names, in a capitalised
// word or two, a place of the gazetteer (not a demonym) that is none of the
// question's words.
func (q *question) namesOtherGazetteerPlace(sentence string) bool {
	words := strings.FieldsFunc(sentence, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '.' && r != '\'' })
	for i, w := range words {
		w = strings.Trim(w, ".'")
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			continue
		}
		if i+1 < len(words) {
			if two := w + " " + strings.Trim(words[i+1], ".'"); knowledge.IsPlaceName(two) {
				if len(q.coversOf(w)) == 0 && len(q.coversOf(strings.Trim(words[i+1], ".'"))) == 0 {
					return true
				}
				continue
			}
		}
		if knowledge.IsPlaceName(w) && len(q.coversOf(w)) == 0 {
			return true
		}
	}
	return false
}

// locatives are the prepositions before a place that say where something
// is or happens.
var locatives = map[string]bool{"in": true, "at": true, "near": true, "outside": true}

// placeAfterPreposition tells whether a sentence names, after a locative
// preposition ("in Zurich", "at the Rell ground"), a place that is none of
// the question's words: with gazetteer, one of the gazetteer's names with
// no capitalised word just after it ("in Paris", not "in Jordan Park"),
// straight after the preposition; else any capitalised word that is no
// month nor time word ("in March", "on Tuesday" say when), after it or
// after "the".
func (q *question) placeAfterPreposition(sentence string, gazetteer bool) bool {
	toks := strings.Fields(sentence)
	clean := cleanWord
	for i := 1; i < len(toks); i++ {
		if prev := toks[i-1]; !locatives[strings.ToLower(prev)] {
			continue
		}
		at := i
		if !gazetteer && strings.EqualFold(toks[at], "the") && at+1 < len(toks) {
			at++
		}
		w := clean(toks[at])
		if !startsUpper(w) || isTimeWord(w) || len(q.coversOf(w)) > 0 {
			continue
		}
		if !gazetteer {
			return true
		}
		if q.gazetteerPlaceAt(toks, at) {
			return true
		}
	}
	return false
}

// givesLevel tells whether a sentence holds a number that is no year and
// none of the question's words: "Where is Minar in the world rankings?",
// "Where did the yield end up?" ask for a level ("ranked 158th", "7.86
// pct"), which such a sentence gives, not for a place. (The passages of
// such questions are read without their figures.)
func (q *question) givesLevel(sentence string) bool {
	words := strings.Fields(sentence)
	for i, w := range words {
		w = strings.Trim(w, ".,;:()\"'")
		if !strings.ContainsAny(w, "0123456789") || len(years(w)) > 0 && len(w) <= 5 || q.asks(w) {
			continue
		}
		if i > 0 && isTimeWord(words[i-1]) || i+1 < len(words) && isTimeWord(words[i+1]) {
			continue // "on March 3", "at 1330 GMT": a date or a time
		}
		return true
	}
	return false
}

// clockWords are the words beside a number that make it a time ("1330
// GMT", "10 a.m.": the "time" words of answer_cues.txt).
var clockWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, p := range cuePhrases("time") {
		out[strings.TrimSpace(p)] = true
	}
	return out
})

// isTimeWord tells a word (as written, punctuation around it) that says
// when: a month, a day (timeWords; "May" and "March" with their capital)
// or a word of clockWords.
func isTimeWord(w string) bool {
	w = strings.Trim(w, ",;:()\"'“”‘’")
	low := strings.ToLower(strings.TrimSuffix(w, "."))
	if clockWords()[low] {
		return true
	}
	return timeWords[low] && (low != "may" && low != "march" || startsUpper(w))
}

// A place the best sentence does not name (see placeAnswer) is looked for
// as a reason is: in a sentence covering minPlaceShare of what the best
// sentence covers of the question, or following it.
const minPlaceShare = 0.4

// placeAnswer answers "where" where the best passage's best sentence says
// what is asked about but names no place the question does not: the
// sentence of the best passage's article, among its first
// articlePassages, that names one and covers the question best, the more
// so when it follows the best sentence ("Fiat will meet GM on Tuesday …"
// gives no place; "The meeting … is due to take place … in Zurich" does).
// It is nil when the best sentence names a place, or no sentence does.
func (ix *Index) placeAnswer(q *question, kept []*candidate) (*knowledge.Answer, answerSpan) {
	c0 := kept[0]
	s0 := c0.sents[c0.best]
	if q.namesOtherPlace(c0.text[s0.Start:s0.End]) {
		return nil, answerSpan{}
	}
	if q.givesLevel(c0.text[s0.Start:s0.End]) {
		return nil, answerSpan{}
	}
	return ix.sentenceOfArticle(q, kept, minPlaceShare, func(c *candidate, i int) bool {
		s := c.sents[i]
		return q.coverage(c.sentCover[i]) > 0 && q.placeAfterPreposition(c.text[s.Start:s.End], true) && q.ofWhatIsAsked(c, i)
	})
}

// ofWhatIsAsked tells whether sentence i of a passage is of what a
// "where" question asks about: it holds a word of the question besides
// its names ("The meeting is due …" for where two firms meet, "the new
// plant" for where a firm will build one), or a "venue" phrase of
// answer_cues.txt ("will take place in …"); not only its names ("Shares
// of Renault rose 2 percent in Paris" says nothing of where Renault
// meets).
func (q *question) ofWhatIsAsked(c *candidate, i int) bool {
	for k, t := range q.terms {
		if c.sentCover[i][k] > 0 && !q.names[t.term] {
			return true
		}
	}
	low := " " + strings.ToLower(c.text[c.sents[i].Start:c.sents[i].End]) + " "
	return slices.ContainsFunc(venueCues(), func(p string) bool { return strings.Contains(low, p) })
}

// venueCues say where something happens (answer_cues.txt).
var venueCues = sync.OnceValue(func() []string { return cuePhrases("venue") })

// sentenceAt is the index of the sentence of a passage that holds offset at.
func sentenceAt(c *candidate, at int) int {
	for i, s := range c.sents {
		if at < s.End {
			return i
		}
	}
	return len(c.sents) - 1
}

// sentenceAround is the sentence (or sentences) of a passage around the
// span [start, end), with the span marked: whole sentences, so not clipped.
func sentenceAround(c *candidate, start, end int) knowledge.Snippet {
	from, to := c.sents[sentenceAt(c, start)].Start, c.sents[sentenceAt(c, max(start, end-1))].End
	from, to = min(from, start), max(to, end)
	return knowledge.Snippet{Text: c.text[from:to], Marks: []knowledge.Span{{Start: start - from, End: end - from}}}
}

// clipWords cuts a text longer than maxAnswerWords to the run of that many
// words that holds most of the question's words, with "…" where words were
// cut, so that the answer never reads as the article's whole sentence.
func (q *question) clipWords(text string) string {
	words := strings.Fields(text)
	if len(words) <= maxAnswerWords {
		return text
	}
	best, bestCover := 0, -1.0
	// Windows five words apart, and the one that ends the text.
	last := len(words) - maxAnswerWords
	for i := 0; ; i = min(i+5, last) {
		if cv := q.coverage(q.cover(strings.Join(words[i:i+maxAnswerWords], " "))); cv > bestCover || cv == bestCover && cv > 0 {
			best, bestCover = i, cv
		}
		if i == last {
			break
		}
	}
	out := strings.Join(words[best:best+maxAnswerWords], " ")
	if best > 0 {
		out = "…" + out
	}
	if best+maxAnswerWords < len(words) {
		out += "…"
	}
	return out
}
