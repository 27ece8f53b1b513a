package index

import (
	"encoding/json"
	"hash/maphash"
	"math"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/briefbot/briefbot/knowledge"
)

// How a passage is ranked. bleve's BM25 finds the candidates; each is then
// read sentence by sentence and scored by how much of the question it
// covers, each question word weighted by its rarity (IDF), so that a
// passage holding the question's rare words in one sentence comes first.
const (
	// candidates is how many passages BM25 hands to the ranking.
	candidates = 60

	wSentence = 0.40 // coverage of the question by the passage's best sentence
	wPassage  = 0.30 // by the whole passage
	wContext  = 0.15 // by the passage with its article's title
	wBM25     = 0.10 // BM25, relative to the best candidate's
	wTitle    = 0.03 // the title alone: a tie-breaker that cannot swamp the body
	wFits     = 0.25 // the passage holds what the question asks for (a figure, a date, the subject's claim)

	// In choosing a passage's best sentence, besides its coverage of the
	// question: it holds a figure that can answer an amount (a sentence
	// without one cannot), or a claim of the subject of "what did X say".
	wFigureSentence = 0.5
	wClaimSentence  = 0.5
	wReasonSentence = 0.15 // it gives a reason ("because"), for "why"
	wRoleSentence   = 0.5  // it names the subject's role, for "who is X"
	// wSecondSentence is what a second sentence must add to be shown;
	// wAnswerAfter favours two where the answer follows the question's words.
	wSecondSentence = 0.15
	wAnswerAfter    = 0.05
	// wClaimBefore weighs what the sentence before a claim covers of the
	// question, in choosing the claim that answers "what did X say".
	wClaimBefore = 0.5

	// The lead paragraph (the first after the title) is read with its
	// article's title, at leadTitle the weight of its own words.
	leadParagraph = 2
	leadTitle     = 0.5

	// articleWeight is how much the question's words elsewhere in the
	// article (its other candidate passages) count for a passage's context.
	articleWeight = 0.7

	captionFactor = 0.6 // captions rank below body text
	unnamedFactor = 0.7 // so do passages of articles without the names asked about
	readerFactor  = 0.5 // so do readers' comments and quoted reader mail
)

// question is a question prepared for one index: its words as the index
// analyses them, each with its weight.
type question struct {
	knowledge.Question
	an analysis.Analyzer
	// left is whether the question asks about one who left a role or
	// held it before (see asksLeft).
	left bool
	// asked and held cache the heads of the role a "who" question asks
	// for and of the roles of each person (askedHeads, heldHeads).
	asked map[string]bool
	held  map[*knowledge.Entity]map[string]bool
	terms []qterm
	// lookup maps an analysed word of a passage to the question words it
	// covers, with how well (1 for the word itself, less for a synonym).
	lookup map[string][]cover
	total  float64
	// words caches what each word read in a passage covers; prefixes are
	// the first letters of the analysed words in lookup (see scan).
	words    map[string][]cover
	prefixes map[uint32]bool
	// starts holds the first two bytes of each of prefixes, hashed: a
	// word whose start is not in it is none of the question's words.
	starts   [64]uint64
	speakers map[string]bool // whether each speaker read is the subject
	// subject and counted are the analysed words of the question's subject
	// and of what an amount question counts.
	subject, counted map[string]bool
	// names are the analysed words of the names the question asks about.
	names map[string]bool
	// df is how many passages hold each word of lookup, of docs.
	df   map[string]float64
	docs float64
	// role is the analysed role a question asks for someone by, with the
	// words that stand for it, and object the analysed words of what the
	// role is of (see knowledge.Question).
	role, object map[string]bool
	// objectHead is the analysed head of what the verb acts on ("place").
	objectHead map[string]bool
	// entities are the entities of the candidates' articles, by article
	// and ID (see people.go).
	entities map[string]map[string]*knowledge.Entity
	// party tells whether the question names a person or an organisation
	// of the candidates' articles (see aboutAnother).
	party bool
	// roles and affils are the roles and the affiliations that each
	// candidate article gives the subject of an identity question.
	roles, affils map[string][]string
	// holders are the people of each candidate article who hold the role
	// a "who" question asks for; roleOnly those who hold it with nothing
	// in their entity saying of what ("chairman Eddie Thompson", for the
	// chairman of Dundee United).
	holders, roleOnly map[string][]*knowledge.Entity
	// described caches whether a claim's speaker is described by role, and
	// qualified tells the articles that hold what qualifies the role.
	described, qualified map[string]bool
	// describedIDs are the people ("article\x00id") a passage describes by
	// the role asked about.
	describedIDs map[string]bool
	// fullHolders are, by article, the people whose roles there hold every
	// word of the subject a question describes (see fullHoldersIn).
	fullHolders map[string]map[string]bool
	// mentions are where each paragraph mentions what the question names.
	mentions map[passageKey][]nameMention
	// placeAsked tells whether the question names a place (see namesOther),
	// and places are the analysed words of the places it names.
	placeAsked bool
	places     map[string]bool
	// years are the years the question names (see yearsIn).
	years []string
	// nameGroups are the terms of each name the question names apart
	// (see eachNameIn).
	nameGroups [][]int
	// verbAt is 1 + the place of the question's verb among its terms, 0
	// before verbTerm reads it (see verbTerm).
	verbAt int
}

type qterm struct {
	term string
	idf  float64
}

type cover struct {
	q int
	w float64
}

// prepare analyses a question for an index. The caller holds the read lock.
func prepare(sg *segments, an analysis.Analyzer, anName string, kq knowledge.Question) *question {
	q := &question{Question: kq, an: an, lookup: map[string][]cover{},
		words: map[string][]cover{}, prefixes: map[uint32]bool{}, speakers: map[string]bool{},
		entities: map[string]map[string]*knowledge.Entity{}, roles: map[string][]string{}, affils: map[string][]string{},
		holders: map[string][]*knowledge.Entity{}, roleOnly: map[string][]*knowledge.Entity{}, described: map[string]bool{}, qualified: map[string]bool{}, describedIDs: map[string]bool{}, fullHolders: map[string]map[string]bool{}, mentions: map[passageKey][]nameMention{}}
	q.left = asksLeft(kq.Text)
	if an == nil {
		return q // no words to search for: Search says so
	}
	syn := synonymsFor(anName, an)
	seen := map[string]bool{}
	for _, tok := range an.Analyze([]byte(kq.About)) {
		t := string(tok.Term)
		if seen[t] {
			continue
		}
		seen[t] = true
		q.terms = append(q.terms, qterm{term: t})
	}
	for i, t := range q.terms {
		q.lookup[t.term] = append(q.lookup[t.term], cover{i, 1})
		for alt, w := range syn[t.term] {
			q.lookup[alt] = append(q.lookup[alt], cover{i, w})
		}
	}
	q.agentForms()
	q.placeForms(kq.Names)
	q.placeAsked = q.namesPlace()
	q.places = q.placeTerms()
	q.years = years(kq.Text)
	q.docFreqs(sg)
	q.names = q.analysed(strings.Join(kq.Names, " "), nil)
	q.nameGroups = q.nameGroupsOf(kq.Text, kq.Names)
	for _, t := range q.terms {
		q.total += t.idf
	}
	for term := range q.lookup {
		starts := []string{term[:min(len(term), 3)]}
		if len(term) >= 3 && term[2] == 'i' {
			// The stemmer writes a "y" after a vowel as "i": "pay" and
			// "paying" read "pai", which begins as neither does.
			starts = append(starts, term[:2]+"y")
		}
		for _, st := range starts {
			if k, ok := prefixKey(st); ok {
				q.prefixes[k] = true
				h := startHash(k)
				q.starts[h/64] |= 1 << (h % 64)
			}
		}
	}
	q.subject = q.analysed(kq.Subject, nil)
	q.counted = q.analysed(kq.Counted, syn)
	q.role = q.analysed(kq.Role, syn)
	q.object = q.analysed(kq.Object, nil)
	q.objectHead = q.analysed(objectHead(kq.Object), nil)
	return q
}

// objectHead is the noun that heads what a verb acts on: its last word
// before a preposition ("place" of "Mercury's place on Queen's tour").
func objectHead(object string) string {
	words := headPhrase(object)
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// headPhrase is the words of a noun phrase before its first preposition
// (after its first word): the phrase its head ends.
func headPhrase(s string) []string {
	words := strings.Fields(s)
	for i, w := range words {
		if i > 0 && headPrepositions[strings.ToLower(w)] {
			return words[:i]
		}
	}
	return words
}

// headPrepositions end the phrase whose last word is its head.
var headPrepositions = map[string]bool{"of": true, "on": true, "in": true, "at": true, "for": true, "to": true, "with": true,
	"from": true, "by": true, "during": true, "after": true, "before": true, "over": true, "into": true}

// agentForms lets the noun for the one who does what a "who" question's
// verb says stand for the verb, as another form of it, where the doer
// holds a role by it (knowledge.HoldsRole): "Linux founder Linus
// Torvalds" says who founded Linux, "festival director X" who directs it.
func (q *question) agentForms() {
	if q.Role == "" || q.Verb == "" || !knowledge.HoldsRole(q.Verb) {
		return
	}
	verb := q.analysed(q.Verb, nil)
	vi := slices.IndexFunc(q.terms, func(t qterm) bool { return verb[t.term] })
	if vi < 0 {
		return
	}
	for a := range q.analysed(q.Role, nil) {
		if !slices.ContainsFunc(q.lookup[a], func(c cover) bool { return c.q == vi }) {
			q.lookup[a] = append(q.lookup[a], cover{vi, formWeight})
		}
	}
}

// placeForms lets a place the question names be found under its other
// names ("UK" for "Britain") and its demonyms ("Georgian" for "Georgia"),
// as the entities' gazetteer lists them: those of one word each.
func (q *question) placeForms(names []string) {
	index := make(map[string]int, len(q.terms))
	for i, t := range q.terms {
		index[t.term] = i
	}
	one := func(s string) string { // the one analysed word of s, or ""
		toks := q.an.Analyze([]byte(s))
		if len(toks) != 1 {
			return ""
		}
		return string(toks[0].Term)
	}
	for _, name := range names {
		i, ok := index[one(name)]
		if !ok {
			continue
		}
		for _, f := range knowledge.PlaceForms(name) {
			// a short form the analyser changes is another word: "Aus"
			// reads "au", the "AU" of the African Union
			if a := one(f); a != "" && a != q.terms[i].term && !(len(f) <= 4 && a != strings.ToLower(f)) &&
				!slices.ContainsFunc(q.lookup[a], func(c cover) bool { return c.q == i }) {
				q.lookup[a] = append(q.lookup[a], cover{i, formWeight})
			}
		}
	}
}

// analysed is the set of analysed words of s, with their synonyms if given.
func (q *question) analysed(s string, syn synonyms) map[string]bool {
	if s == "" {
		return nil
	}
	out := map[string]bool{}
	for _, tok := range q.an.Analyze([]byte(s)) {
		out[string(tok.Term)] = true
		for alt := range syn[string(tok.Term)] {
			out[alt] = true
		}
	}
	return out
}

// docFreqs reads how many passages hold each word the question looks
// for, and sets the IDF of the question's own words from it.
func (q *question) docFreqs(sg *segments) {
	q.docs, q.df = sg.docs, make(map[string]float64, len(q.lookup))
	for term := range q.lookup {
		if c, err := sg.docFreq("text", term); err == nil {
			q.df[term] = float64(c)
		}
	}
	for i, t := range q.terms {
		df := q.df[t.term]
		q.terms[i].idf = math.Log(1 + (q.docs-df+0.5)/(df+0.5))
	}
}

// A word is too common to find candidates by when more than commonShare of
// the passages, and more than commonPassages of them, hold it: "said"
// stands in a third of news paragraphs, and reading its postings would
// cost more than the rest of a search. Such a word still counts in the
// ranking; a question made only of common words finds candidates by its
// rarest.
const (
	commonShare    = 0.1
	commonPassages = 5000
)

// retrievalTerms are the words that find the candidates, in order: any
// of the question's words or the words that stand for them (at the
// weight they stand for it with), in the paragraph itself, but for the
// common ones.
func (q *question) retrievalTerms() []retrievalTerm {
	rarest := math.Inf(1)
	for term := range q.lookup {
		if df := q.df[term]; df > 0 {
			rarest = min(rarest, df)
		}
	}
	limit := max(commonShare*q.docs, commonPassages, rarest)
	var out []retrievalTerm
	for term, covers := range q.lookup {
		if q.df[term] > limit {
			continue
		}
		w := 0.0
		for _, c := range covers {
			w = max(w, c.w)
		}
		out = append(out, retrievalTerm{term, w})
	}
	slices.SortFunc(out, func(a, b retrievalTerm) int { return strings.Compare(a.term, b.term) })
	return out
}

// candidate is a passage being ranked.
type candidate struct {
	article string
	n       int
	kind    knowledge.Kind
	text    string
	claims  string // the stored JSON of the paragraph's claims, if any
	figures string // and of its figures
	cls     []knowledge.Claim
	figs    []knowledge.Figure
	bm25    float64

	traits *passageTraits // what its text alone tells (see traitsOf)
	sents  []knowledge.Span
	// sentCover[s][i] is how well sentence s covers question word i.
	sentCover [][]float64
	marks     []knowledge.Span
	best      int    // the sentence that answers the question best
	window    [2]int // the sentences the snippet shows, [from, to)
	bestCover float64
	words     []float64 // how well the whole passage covers each question word
	passage   float64   // coverage by the whole passage
	ctxWords  []float64 // how well the passage in its article covers each question word
	context   float64   // coverage by the passage, its article's title and its other passages
	title     float64   // by the title alone
	// titleWords is how well the article's title covers each question word.
	titleWords []float64
	fitScore   float64
	// claim is the index (in claimList) of the subject's claim that best
	// answers a speech question, or -1, and claimScore how well it does.
	claim      int
	claimScore float64
	claimExact bool // the claim is of the stance asked, not a statement that negates (see bestClaim)
	reader     bool
	score      float64
	alsoIn     []knowledge.Citation
}

// traitsOf returns what a candidate's text alone tells, working it out
// unless the search's cache knew it.
func (c *candidate) traitsOf() *passageTraits {
	if c.traits == nil {
		c.traits = newTraits(c.text)
	}
	return c.traits
}

// read splits a candidate into sentences and finds the question's words
// in each; mention adds its entities' mentions.
func (q *question) read(c *candidate) {
	c.sents = c.traitsOf().sents
	c.sentCover = make([][]float64, len(c.sents))
	covers := make([]float64, len(c.sents)*len(q.terms)) // one allocation for all
	for i := range c.sentCover {
		c.sentCover[i] = covers[i*len(q.terms) : (i+1)*len(q.terms) : (i+1)*len(q.terms)]
	}
	s := 0
	q.scan(c.text, func(start, end int, covers []cover) {
		for s+1 < len(c.sents) && start >= c.sents[s+1].Start {
			s++
		}
		for _, cv := range covers {
			c.sentCover[s][cv.q] = max(c.sentCover[s][cv.q], cv.w)
		}
		c.marks = append(c.marks, knowledge.Span{Start: start, End: end})
	})
}

// mention adds to a passage read by read the places where it mentions
// what the question names under another form ("Sir Edward" is Heath), as
// the entities of its article say.
func (q *question) mention(c *candidate) {
	for _, m := range q.mentions[passageKey{c.article, c.n}] {
		if m.start < 0 || m.end > len(c.text) || m.start >= m.end {
			continue
		}
		i := sentenceAt(c, m.start)
		for _, t := range m.terms {
			c.sentCover[i][t] = 1
		}
		if !slices.ContainsFunc(c.marks, func(k knowledge.Span) bool { return k.Start < m.end && k.End > m.start }) {
			c.marks = append(c.marks, knowledge.Span{Start: m.start, End: m.end})
		}
	}
	slices.SortFunc(c.marks, func(a, b knowledge.Span) int { return a.Start - b.Start })
}

// scan finds the question's words, and the words that stand for them, in
// a text, and calls fn with the place of each. It reads words as the
// index's analyser does, but runs the analyser only on words that begin
// as one of the question's words does (stemming keeps a word's first
// letters), each once per question: reading every candidate passage
// through the analyser would cost most of a search.
func (q *question) scan(text string, fn func(start, end int, covers []cover)) {
	if q.an == nil {
		return
	}
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && !asciiAlnum[c] {
			i++
			continue
		}
		if ok, n := alnumAt(text, i); !ok {
			i += n
			continue
		}
		start := i
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf && asciiAlnum[c] {
				i++
				continue
			}
			if ok, n := alnumAt(text, i); ok {
				i += n
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			// An apostrophe inside a word ("Gervais's", "don't"), a comma or
			// point inside a number ("1,200"), belong to it.
			if next, m := utf8.DecodeRuneInString(text[min(i+n, len(text)):]); i+n < len(text) && m > 0 &&
				((r == '\'' || r == '’') && unicode.IsLetter(next) || (r == ',' || r == '.') && unicode.IsDigit(next) && i > start && text[i-1] >= '0' && text[i-1] <= '9') {
				i += n
				continue
			}
			break
		}
		word := text[start:i]
		k2 := wordPrefix(word, 2)
		if !q.mayStart(k2) || !q.prefixes[k2] && !q.prefixes[wordPrefix(word, 3)] {
			continue
		}
		if covers := q.coversOf(word); len(covers) > 0 {
			fn(start, i, covers)
		}
	}
}

// alnumAt tells whether the rune at text[i:] is a letter or a digit, and
// its length: ASCII from a table, the rest as unicode says. (scan reads
// ASCII letters and digits from the table itself, without a call.)
func alnumAt(text string, i int) (bool, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return asciiAlnum[c], 1
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r), n
}

var asciiAlnum = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
	}
	return t
}()

// coversOf is what a word of a passage covers of the question, read once.
func (q *question) coversOf(word string) []cover {
	covers, ok := q.words[word]
	if !ok {
		for _, term := range analysedWord(q.an, word) {
			covers = append(covers, q.lookup[term]...)
		}
		q.words[word] = covers
	}
	return covers
}

// analysed keeps the terms the analyser makes of the passages' words
// (and of entities' names) for the next questions: most words come again,
// and running the analyser on a word cost more than the rest of reading a
// passage. It holds one analyser's terms (the index's text analyser), in
// shards by the word's hash so that questions answered at once on several
// CPUs seldom share a lock; a shard starts again when it holds
// maxAnalysed/len(shards) words.
var analysed struct {
	seed   maphash.Seed
	shards [16]analysedShard
}

type analysedShard struct {
	sync.RWMutex
	an    analysis.Analyzer
	terms map[string][]string
	_     [64]byte // a shard's lock on a cache line of its own
}

const maxAnalysed = 20_000

func init() { analysed.seed = maphash.MakeSeed() }

// analysedWord returns the terms an makes of a word (or of a few: an
// entity's names).
func analysedWord(an analysis.Analyzer, word string) []string {
	if an == nil || word == "" {
		return nil
	}
	cacheable := reflect.TypeOf(an).Comparable()
	sh := &analysed.shards[maphash.String(analysed.seed, word)%uint64(len(analysed.shards))]
	if cacheable {
		sh.RLock()
		terms, ok := sh.terms[word]
		ok = ok && sh.an == an
		sh.RUnlock()
		if ok {
			return terms
		}
	}
	var terms []string
	for _, tok := range an.Analyze([]byte(word)) {
		terms = append(terms, string(tok.Term))
	}
	if cacheable {
		sh.Lock()
		if sh.an != an || len(sh.terms) >= maxAnalysed/len(analysed.shards) {
			sh.an, sh.terms = an, map[string][]string{}
		}
		sh.terms[strings.Clone(word)] = terms
		sh.Unlock()
	}
	return terms
}

// wordPrefix is the first n (at most 3) letters of a word, lower case,
// accents folded, as a prefixKey; 0 when that is longer than 3 bytes.
func wordPrefix(word string, n int) uint32 {
	k := uint32(0)
	i := 0
	for ; i < len(word) && i < n; i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			// Rare: fold the word's start the slow way.
			f := []rune(knowledge.FoldAccents(strings.ToLower(word)))
			k, _ := prefixKey(string(f[:min(len(f), n)]))
			return k
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		k |= uint32(c) << (16 - 8*i)
	}
	return k | uint32(i)<<24
}

// startHash hashes the first two bytes of a prefixKey into starts.
func startHash(k uint32) uint32 {
	return (k >> 8 & 0xffff) % (64 * 64)
}

// mayStart tells whether a word whose first two letters' key is k (see
// wordPrefix) may be one of the question's words: it is not when no
// question word starts with those letters.
func (q *question) mayStart(k uint32) bool {
	h := startHash(k)
	return q.starts[h/64]&(1<<(h%64)) != 0
}

// prefixKey packs a word's start of at most 3 bytes into a number: its
// length, then its bytes. A scan compares the starts of a passage's
// words with the question's this way, not as strings: that cost a
// quarter of a search.
func prefixKey(s string) (uint32, bool) {
	if len(s) > 3 {
		return 0, false
	}
	k := uint32(len(s)) << 24
	for i := 0; i < len(s); i++ {
		k |= uint32(s[i]) << (16 - 8*i)
	}
	return k, true
}

// coverage is how much of the question some sentences cover together,
// weighting each word by its IDF: 1 when every word is there.
func (q *question) coverage(sets ...[]float64) float64 {
	if q.total <= 0 {
		return 0
	}
	sum := 0.0
	for i, t := range q.terms {
		w := 0.0
		for _, s := range sets {
			w = max(w, s[i])
		}
		sum += t.idf * w
	}
	return sum / q.total
}

// topicCoverage is coverage by one sentence, for a speech question of its
// topic's words only: the subject is named once and then is "he".
func (q *question) topicCoverage(ws []float64) float64 {
	if q.Kind != knowledge.AskSpeech || len(q.subject) == 0 {
		return q.coverage(ws)
	}
	sum, total := 0.0, 0.0
	for i, t := range q.terms {
		if q.subject[t.term] {
			continue
		}
		sum += t.idf * ws[i]
		total += t.idf
	}
	if total == 0 {
		return q.coverage(ws)
	}
	return sum / total
}

// hasTopic tells whether a speech question asks about something besides
// whom it names: "What did X deny?" asks about nothing else, and any
// claim of X's (of the stance asked) speaks to it.
func (q *question) hasTopic() bool {
	for _, t := range q.terms {
		if !q.subject[t.term] {
			return true
		}
	}
	return false
}

// subjectCover covers the words of the question's subject.
func (q *question) subjectCover() []float64 {
	ws := make([]float64, len(q.terms))
	for i, t := range q.terms {
		if q.subject[t.term] {
			ws[i] = 1
		}
	}
	return ws
}

// saysInWords tells whether a sentence gives in words the time or the
// span a question asks for: "in the second week of December", "next
// spring"; "for a month", "a month-long diet".
func (q *question) saysInWords(sentence string) bool {
	return q.Kind == knowledge.AskTime && timeInWords(sentence) || q.Measure == "long" && spanInWords(sentence)
}

// sentenceFit tells whether sentence i of a passage holds what the
// question asks for: a figure that fits an amount or a date, or a claim of
// the subject of a speech question.
func (q *question) sentenceFit(c *candidate, i int) float64 {
	s := c.sents[i]
	switch q.Kind {
	case knowledge.AskAmount, knowledge.AskTime:
		for _, f := range c.figureList() {
			if f.Start < s.End && f.End > s.Start && q.figureKindFits(f) {
				return wFigureSentence
			}
		}
		if q.saysInWords(c.text[s.Start:s.End]) {
			return wFigureSentence
		}
	case knowledge.AskSpeech:
		for _, cl := range c.claimList() {
			if cl.Start < s.End && cl.End > s.Start && q.claimOfSubject(c.article, cl) {
				return wClaimSentence
			}
		}
	case knowledge.AskSpeaker:
		if q.Role != "" || q.Passive {
			// "Who won the seat", "who was selected": who speaks in a
			// sentence is not who did it (nor one it was done to).
			break
		}
		for _, cl := range c.claimList() {
			if cl.Start < s.End && cl.End > s.Start {
				return wClaimSentence
			}
		}
	case knowledge.AskReason:
		if q.reasonOfWhatIsAsked(c, i) {
			return wReasonSentence
		}
	case knowledge.AskIdentity:
		return wRoleSentence * q.describes(c.article, c.text[s.Start:s.End])
	}
	return 0
}

// cover finds the question's words in a text: a title, a claim.
func (q *question) cover(text string) []float64 {
	ws := make([]float64, len(q.terms))
	q.scan(text, func(_, _ int, covers []cover) {
		for _, cv := range covers {
			ws[cv.q] = max(ws[cv.q], cv.w)
		}
	})
	return ws
}

// rank scores candidates and sorts them best first. titleOf gives an
// article's title.
func (q *question) rank(cs []*candidate, titleOf func(string) string) {
	maxBM := 0.0
	titles := map[string][]float64{}
	articles := map[string][]float64{} // what each article's candidates cover together
	for _, c := range cs {
		maxBM = max(maxBM, c.bm25)
		if c.sents == nil {
			q.read(c)
		}
		q.mention(c)
		if _, ok := titles[c.article]; !ok {
			titles[c.article] = q.cover(titleOf(c.article))
		}
		c.titleWords = titles[c.article]
		c.words = q.merge(c.sentCover...)
		articles[c.article] = q.merge(articles[c.article], c.words)
	}
	if q.Role != "" {
		q.qualify(articles, titles)
		q.describe(cs)
	}
	for _, c := range cs {
		if q.Kind == knowledge.AskSpeech && c.hasClaimOf(q) {
			c.words = q.merge(c.words, q.subjectCover()) // "he said" names the subject too
		}
	}
	for _, c := range cs {
		// The best sentence covers most of what is asked (for "what did X
		// say about Y", most of Y) and holds what the question asks for.
		bestSel := -1.0
		fits := make([]float64, len(c.sents))
		for i, sc := range c.sentCover {
			cv := q.topicCoverage(sc)
			fits[i] = q.sentenceFit(c, i)
			if sel := cv + fits[i]; sel > bestSel {
				c.best, bestSel = i, sel
			}
			if q.Kind == knowledge.AskSpeech {
				cv = q.coverage(sc, q.subjectOnly(c.words))
			}
			c.bestCover = max(c.bestCover, cv)
		}
		// The snippet shows the best sentence, or two that together cover
		// clearly more: the question's words in one, the answer in the next.
		// For what someone said, the subject's claim that best answers.
		c.window = [2]int{c.best, c.best + 1}
		if q.Kind == knowledge.AskSpeech && q.bestClaim(c) {
			bestSel = math.Inf(1)
		}
		for i := 0; i+1 < len(c.sents); i++ {
			sel := q.topicCoverage(q.merge(c.sentCover[i], c.sentCover[i+1])) + max(fits[i], fits[i+1]) - wSecondSentence
			if fits[i+1] > fits[i] && q.topicCoverage(c.sentCover[i]) > q.topicCoverage(c.sentCover[i+1]) {
				sel += wAnswerAfter // as reports run: what is asked about, then the answer or quote
			}
			if sel > bestSel {
				c.window, bestSel = [2]int{i, i + 2}, sel
				if fits[i+1] > fits[i] || fits[i+1] == fits[i] && q.topicCoverage(c.sentCover[i+1]) > q.topicCoverage(c.sentCover[i]) {
					c.best = i + 1
				} else {
					c.best = i
				}
			}
		}
		tw := titles[c.article]
		if c.n <= leadParagraph {
			// A report's lead says what its headline says: "Shares in
			// Anglo-Swedish drug have closed down" under "AstraZeneca hit".
			c.bestCover = max(c.bestCover, q.coverage(c.sentCover[c.best], scaled(tw, leadTitle)))
			c.words = q.merge(c.words, scaled(tw, leadTitle))
		}
		c.passage = q.coverage(c.words)
		c.ctxWords = q.merge(c.words, tw, scaled(articles[c.article], articleWeight))
		c.context = q.coverage(c.ctxWords)
		c.title = q.coverage(tw)
		c.fitScore = q.fit(c)
		c.score = wSentence*c.bestCover + wPassage*c.passage + wContext*c.context + wTitle*c.title
		if maxBM > 0 {
			c.score += wBM25 * c.bm25 / maxBM
		}
		c.score += wFits * c.fitScore
		if c.kind == knowledge.KindCaption {
			c.score *= captionFactor
		}
		if q.share(c.ctxWords, q.names) < minNames {
			c.score *= unnamedFactor // the article is not about whom the question names
		}
	}
	sortCandidates(cs)
	// Readers' comments rank below reporting. Only the best passages are
	// read for it: the others stay below them anyway.
	for _, c := range cs[:min(len(cs), readerChecked)] {
		if c.reader = c.traitsOf().isReader(c.text, c.claims != ""); c.reader {
			c.score *= readerFactor
		}
	}
	sortCandidates(cs)
}

// byCoverage reads the candidates and orders them by how much of the
// question each covers, the best first: the order their articles'
// entities are read in (see articleEntities).
func (q *question) byCoverage(cs []*candidate) []*candidate {
	out := slices.Clone(cs)
	cover := make(map[*candidate]float64, len(cs))
	for _, c := range out {
		q.read(c)
		cover[c] = q.coverage(c.sentCover...)
	}
	sort.SliceStable(out, func(i, j int) bool { return cover[out[i]] > cover[out[j]] })
	return out
}

// readerChecked is how many of the best passages are checked for a
// reader's voice.
const readerChecked = 30

// sortCandidates orders candidates best first; ties by article and paragraph.
func sortCandidates(cs []*candidate) {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].score != cs[j].score {
			return cs[i].score > cs[j].score
		}
		if cs[i].article != cs[j].article {
			return cs[i].article < cs[j].article
		}
		return cs[i].n < cs[j].n
	})
}

// merge is what several sets of covered words cover together.
func (q *question) merge(sets ...[]float64) []float64 {
	out := make([]float64, len(q.terms))
	for _, s := range sets {
		for i := range min(len(s), len(out)) {
			out[i] = max(out[i], s[i])
		}
	}
	return out
}

// scaled is a set of covered words at a lower weight.
func scaled(ws []float64, f float64) []float64 {
	out := make([]float64, len(ws))
	for i, w := range ws {
		out[i] = w * f
	}
	return out
}

// subjectOnly keeps the subject's words of a set of covered words.
func (q *question) subjectOnly(ws []float64) []float64 {
	out := make([]float64, len(q.terms))
	for i, t := range q.terms {
		if q.subject[t.term] && i < len(ws) {
			out[i] = ws[i]
		}
	}
	return out
}

// fit is how well a passage holds the kind of thing the question asks
// for: for an amount, a figure of a fitting kind (1 when it counts what the
// question counts, 0.5 when it stands in the best sentence); for "when", a
// date in the best sentence; for "what did X say", a claim of X's.
func (q *question) fit(c *candidate) float64 {
	switch q.Kind {
	case knowledge.AskAmount, knowledge.AskTime:
		best := 0.0
		s := c.sents[c.best]
		for _, f := range c.figureList() {
			if !q.figureKindFits(f) {
				continue
			}
			if q.countsWhatIsAsked(c.text, f) {
				return 1
			}
			if f.Start >= s.Start && f.End <= s.End {
				best = 0.5
			}
		}
		if best == 0 && q.saysInWords(c.text[s.Start:s.End]) {
			best = 0.5
		}
		return best
	case knowledge.AskSpeech:
		// The subject speaks to what is asked, as far as the claim and the
		// sentences it answers cover it (minTopic is enough).
		if c.claim >= 0 {
			return min(1, c.claimScore/minTopic) * q.numberFactor(c.claimList()[c.claim])
		}
	case knowledge.AskReason:
		// A reason of what is asked (see reasonOfWhatIsAsked), not of
		// something else the passage tells.
		if q.reasonOfWhatIsAsked(c, c.best) {
			return 0.5
		}
	case knowledge.AskIdentity:
		return q.describes(c.article, c.text)
	case knowledge.AskSpeaker:
		// Someone who holds the role asked for, the more where the passage
		// states it.
		_, _, held := q.holderIn(c)
		return held
	}
	return 0
}

// bestClaim finds the subject's claim in a passage that best answers a
// speech question, and makes the sentences it stands in (with the one
// before, when that is where the question's words are) the passage's best
// and shown ones. It reports whether the passage has such a claim.
func (q *question) bestClaim(c *candidate) bool {
	c.claim, c.claimScore = -1, math.Inf(-1)
	stance := q.stance()
	exact := false // the claim chosen is of the stance asked and answers, not a statement that negates
	for k, cl := range c.claimList() {
		if cl.Start < 0 || cl.End > len(c.text) || cl.Start >= cl.End || !q.claimOfSubject(c.article, cl) {
			continue
		}
		if !fitsStance(cl, stance) {
			continue // "What did X deny?": what X said is no answer
		}
		// A denial that speaks to what is asked answers "what did X
		// deny" before a statement of X's that only negates ("Okafor
		// denied that C. Okafor said D had not …").
		score := q.claimFit(c, cl)
		isExact := stance != "" && cl.Stance == stance && score >= minTopic
		if exact && !isExact {
			continue
		}
		if score > c.claimScore || isExact && !exact {
			c.claim, c.claimScore, exact = k, score, isExact
		}
	}
	c.claimExact = exact
	if c.claim < 0 {
		return false
	}
	cl := c.claimList()[c.claim]
	i, j := claimSentences(c, cl)
	c.best, c.window = i, [2]int{i, j + 1}
	if i > 0 && q.topicCoverage(c.sentCover[i-1]) > q.topicCoverage(q.merge(c.sentCover[i:j+1]...)) {
		c.window[0] = i - 1
	}
	return true
}

// claimFit is how well a claim answers a speech question: how much of
// what is asked about the claim and its sentences cover (with the quote's
// sentences that follow, see claimSentences), and the sentences before it
// back to the subject's previous words, where reports set out what the
// speaker then answers: the one before counts half (for "how did X
// respond to Y", as much as the claim), the one before that a quarter,
// and so on.
func (q *question) claimFit(c *candidate, cl knowledge.Claim) float64 {
	if !q.hasTopic() {
		return q.numberFactor(cl) // "What did X deny?": whatever X denied
	}
	i, j := claimSentences(c, cl)
	score := q.topicCoverage(q.merge(append([][]float64{q.cover(cl.Content)}, c.sentCover[i:j+1]...)...))
	// The article's title says what all of it is about: "She denied their
	// role was changing" in a report headed "Row over power for CSOs"
	// speaks of the CSOs, though it does not name them.
	score += wClaimTitle * q.topicCoverage(c.titleWords)
	w := wClaimBefore
	if responseVerbs()[q.Verb] {
		w = 1
	}
	factor := q.numberFactor(cl)
	if compareVerbs()[q.Cue] {
		if drawsLikeness(cl.Content) {
			// "What did X compare Y to": the likeness, read with the
			// sentence before it (though X speaks there too), where Y is.
			w = 1
			if i > 0 && q.claimsIn(c, i-1) {
				score += q.topicCoverage(c.sentCover[i-1])
			}
		} else {
			factor *= unlikeFactor
		}
	}
	for k := i - 1; k >= 0 && !q.claimsIn(c, k); k-- {
		score += w * q.topicCoverage(c.sentCover[k])
		w /= 2
	}
	return score * factor
}

// wClaimTitle weighs what the title of a claim's article covers of the
// topic of a speech question.
const wClaimTitle = 0.5

// unlikeFactor scales the fit of a claim that draws no likeness, for a
// question that asks what someone likened something to.
const unlikeFactor = 0.5

// otherNumberFactor scales the fit of a claim whose speaker is described in
// the other number than the question's ("dealers said" for "what did a
// dealer say"): one of several who agree is not the one asked about, but
// may still be the best there is.
const otherNumberFactor = 0.5

// numberFactor is otherNumberFactor for a claim whose speaker is described
// in the other number than the question's subject, else 1.
func (q *question) numberFactor(cl knowledge.Claim) float64 {
	if n := q.speakerNumber(cl); n != "" && q.RoleNumber != "" && n != q.RoleNumber {
		return otherNumberFactor
	}
	return 1
}

// speakerNumber is the number a claim's speaker is described in, by the
// question's role: "one" for "one dealer" or "the spokesman", "many" for
// "dealers"; "" when the words the claim is attributed to do not hold the
// role.
func (q *question) speakerNumber(cl knowledge.Claim) string {
	said := cl.Speaker
	if cl.SpeakerMention != nil {
		said = cl.SpeakerMention.Text
	}
	for _, w := range strings.FieldsFunc(said, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if !q.role[firstTerm(q.an, w)] {
			continue
		}
		switch low := strings.ToLower(w); {
		case low == q.Role:
			return "one"
		case strings.HasSuffix(low, "s"):
			return "many"
		}
	}
	return ""
}

// firstTerm is the first term an analyser makes of a word, or "".
func firstTerm(an analysis.Analyzer, word string) string {
	if terms := analysedWord(an, word); len(terms) > 0 {
		return terms[0]
	}
	return ""
}

// claimSentences are the sentences [i, j] a claim stands in, with those
// that carry on its quote: a quote of several sentences is often
// attributed in its first only ("'…,' he said. 'I have been …'").
func claimSentences(c *candidate, cl knowledge.Claim) (int, int) {
	i, j := sentenceAt(c, cl.Start), sentenceAt(c, max(cl.Start, cl.End-1))
	if !cl.Quoted {
		return i, j
	}
	open := quoteOpenAfter(c.text[c.sents[i].Start:c.sents[j].End])
	for k := j + 1; k < len(c.sents); k++ {
		s := c.text[c.sents[k].Start:c.sents[k].End]
		if !open && !opensQuote(s) || attributed(c, k) {
			break
		}
		open = quoteOpenAfter(s) != open
		j = k
	}
	return i, j
}

// quoteOpenAfter tells whether a text leaves a quote open: it has an odd
// number of double quote marks, or more opening than closing curly ones.
func quoteOpenAfter(s string) bool {
	straight, curly := 0, 0
	for _, r := range s {
		switch r {
		case '"':
			straight++
		case '“':
			curly++
		case '”':
			curly--
		}
	}
	return straight%2 == 1 || curly > 0
}

// opensQuote tells whether a sentence begins with a quote mark.
func opensQuote(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "“")
}

// attributed tells whether sentence k of a passage holds a claim.
func attributed(c *candidate, k int) bool {
	s := c.sents[k]
	for _, cl := range c.claimList() {
		if cl.Start < s.End && cl.End > s.Start {
			return true
		}
	}
	return false
}

// claimsIn tells whether sentence i of a passage holds a claim of the
// subject.
func (q *question) claimsIn(c *candidate, i int) bool {
	s := c.sents[i]
	for _, cl := range c.claimList() {
		if cl.Start < s.End && cl.End > s.Start && q.claimOfSubject(c.article, cl) {
			return true
		}
	}
	return false
}

// qualify notes, for a question that describes someone ("the Screen
// International editor"), the articles that hold the words qualifying the
// role ("Screen International") in their candidate passages or title:
// only there is a speaker of that role the one asked about.
func (q *question) qualify(articles, titles map[string][]float64) {
	for article, ws := range articles {
		ok := true
		for i, t := range q.terms {
			tw := titles[article]
			if q.subject[t.term] && !q.role[t.term] && ws[i] == 0 && (i >= len(tw) || tw[i] == 0) {
				ok = false
			}
		}
		q.qualified[article] = ok
	}
}

// measureKinds are the kinds of figure that answer each word asking for an
// amount.
var measureKinds = map[string][]string{
	"many":       {knowledge.FigureCount, knowledge.FigureVague},
	"much":       {knowledge.FigureMoney, knowledge.FigureCount, knowledge.FigureMeasure, knowledge.FigureVague, knowledge.FigurePercent},
	"long":       {knowledge.FigureMeasure, knowledge.FigureCount},
	"far":        {knowledge.FigureMeasure, knowledge.FigurePercent, knowledge.FigureCount},
	"fast":       {knowledge.FigureMeasure, knowledge.FigurePercent},
	"big":        {knowledge.FigureMoney, knowledge.FigureMeasure, knowledge.FigureCount},
	"large":      {knowledge.FigureMoney, knowledge.FigureMeasure, knowledge.FigureCount},
	"high":       {knowledge.FigurePercent, knowledge.FigureMeasure, knowledge.FigureMoney, knowledge.FigureCount},
	"low":        {knowledge.FigurePercent, knowledge.FigureMeasure, knowledge.FigureMoney, knowledge.FigureCount},
	"old":        {knowledge.FigureCount, knowledge.FigureMeasure},
	"often":      {knowledge.FigureCount},
	"soon":       {knowledge.FigureMeasure},
	"full":       {knowledge.FigurePercent},
	"share":      {knowledge.FigurePercent},
	"proportion": {knowledge.FigurePercent},
	"percentage": {knowledge.FigurePercent},
	"percent":    {knowledge.FigurePercent},
	"fraction":   {knowledge.FigurePercent},
	"rate":       {knowledge.FigurePercent},
	"price":      {knowledge.FigureMoney},
	"sum":        {knowledge.FigureMoney},
	"value":      {knowledge.FigureMoney},
}

// months are the months' names, lower-cased.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// timeWords are the words that tell when in a sentence without a date
// figure: months, days, seasons and the words of relative time.
var timeWords = func() map[string]bool {
	m := map[string]bool{
		"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
		"spring": true, "summer": true, "autumn": true, "winter": true, "weekend": true,
		"today": true, "tomorrow": true, "yesterday": true, "tonight": true,
	}
	for w := range months {
		m[w] = true
	}
	return m
}()

// timeInWords tells a sentence that says when in words ("in the second week
// of December", "next spring", "on Tuesday"). "May" counts only
// capitalised and not opening the sentence (the verb "may" does not).
func timeInWords(s string) bool {
	first := true
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		low := strings.ToLower(w)
		if timeWords[low] && (low != "may" || !first && w == "May") && (low != "march" || w == "March") {
			return true
		}
		first = false
	}
	return false
}

// figureKindFits tells whether a figure is of a kind that can answer the
// question: a date for "when", and for an amount what its measure word
// asks for (any amount when the word is not listed: "how deep").
func (q *question) figureKindFits(f knowledge.Figure) bool {
	if q.Kind == knowledge.AskTime {
		return f.Kind == knowledge.FigureDate
	}
	if f.Kind == knowledge.FigureDate || f.Kind == knowledge.FigureOrdinal {
		return false
	}
	if q.Wants != "" {
		return f.Kind == q.Wants
	}
	if q.Measure == "long" && !isLong(f, longUnits()) {
		return false // "25lb" is no time nor length
	}
	if q.Measure == "far" && (f.Kind == knowledge.FigureMeasure || f.Kind == knowledge.FigureCount && !q.asksMargin()) && !isLong(f, farUnits()) {
		return false // "five years" or "almost four-fold" is no distance ("17 short" of a majority is one)
	}
	kinds, ok := measureKinds[q.Measure]
	if !ok || slices.Contains(kinds, f.Kind) {
		return true
	}
	// "How many tonnes …": a measure in the unit the question counts.
	return f.Kind == knowledge.FigureMeasure && f.Unit != "" && q.countsUnit(f.Unit)
}

// spanInWords tells a sentence that says how long in words: a unit of
// time or length after "for" ("for an entire month", "for weeks") or before
// "-long" ("a month-long diet").
func spanInWords(s string) bool {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	unit := func(w string) bool { return longUnits()[w] || longUnits()[strings.TrimSuffix(w, "s")] }
	for i, w := range words {
		if u, ok := strings.CutSuffix(w, "-long"); ok && unit(u) {
			return true
		}
		if w != "for" {
			continue
		}
		for _, next := range words[i+1 : min(len(words), i+4)] {
			if unit(next) {
				return true
			}
		}
	}
	return false
}

// marginWords ask, after "how far", for a margin that anything may count:
// "how far short of a majority", "how far behind the leaders".
var marginWords = map[string]bool{"short": true, "behind": true, "ahead": true, "clear": true, "adrift": true}

// asksMargin tells a "how far" question that asks for a margin.
func (q *question) asksMargin() bool {
	for w := range strings.FieldsSeq(strings.ToLower(q.Text)) {
		if marginWords[strings.Trim(w, "?,.")] {
			return true
		}
	}
	return false
}

// isLong tells whether a figure can say how long (or how far): a measure
// in one of the units (or none), or a count of those ("six weeks").
func isLong(f knowledge.Figure, units map[string]bool) bool {
	switch f.Kind {
	case knowledge.FigureMeasure:
		return f.Unit == "" || units[strings.ToLower(f.Unit)]
	case knowledge.FigureCount:
		words := strings.Fields(strings.ToLower(f.Counted))
		return len(words) > 0 && units[strings.TrimSuffix(words[len(words)-1], "s")]
	}
	return true
}

// isAge tells whether a figure can say how old: its unit or what it counts
// is a unit of age ("39-year-old": a measure in years, of age).
func isAge(f knowledge.Figure) bool {
	words := strings.Fields(strings.ToLower(f.Unit + " " + f.Counted))
	return slices.ContainsFunc(words, func(w string) bool { return ageUnits()[strings.TrimSuffix(w, "s")] })
}

// countsUnit tells whether what the question counts names a unit.
func (q *question) countsUnit(unit string) bool {
	for w := range q.analysed(unit, nil) {
		if q.counted[w] {
			return true
		}
	}
	return false
}

// countsWhatIsAsked tells whether a figure counts what an amount question
// counts: its counted noun, or the words right after it ("six-part
// series"), share a word with what the question counts, or its counted
// noun stands for a word of the question. Of "how many" things, a figure
// that says what it counts must share one of the words that are not
// names: "130,000-strong Southern African workforce" does not count
// South African players.
func (q *question) countsWhatIsAsked(text string, f knowledge.Figure) bool {
	if len(q.counted) == 0 || q.namesOther(f.Counted) {
		return false
	}
	// What it counts stands for what the question counts: a "60,000
	// seater" stadium for how many people a ground holds (not "two election
	// victories" for how many seats a party won: "victory" stands for
	// "win").
	for _, tok := range q.an.Analyze([]byte(f.Counted)) {
		for _, cv := range q.lookup[string(tok.Term)] {
			if cv.w < 1 && q.counted[q.terms[cv.q].term] {
				return true
			}
		}
	}
	// The words before a figure say what it counts when it does not ("the
	// unemployment rate is around 20%"); when it does, they are something
	// else ("the first series won two Golden Globes"), unless they are
	// what it divides ("nominations in 13 categories").
	qualified := q.Measure == "many" && strings.TrimSpace(f.Counted) != ""
	words := f.Text + " " + f.Counted + " " + followingWords(text, f.End)
	if before := precedingWords(text, f.Start); !qualified || dividesBefore(before) {
		words += " " + before
	}
	if qualified && !dividesBefore(precedingWords(text, f.Start)) && q.countsModifier(f.Counted) {
		return false // "one heavily congested mobile network" counts no mobile games
	}
	for _, tok := range q.an.Analyze([]byte(words)) {
		if t := string(tok.Term); q.counted[t] && (!qualified || !q.names[t] || q.countedAreNames()) {
			return true
		}
	}
	// "Globally, the number sold will reach 159 million": a figure that
	// counts nothing, said to be the number of what its paragraph is about.
	if q.Measure == "many" && strings.TrimSpace(f.Counted) == "" && numberBefore(precedingWords(text, f.Start)) {
		for _, tok := range q.an.Analyze([]byte(text)) {
			if q.counted[string(tok.Term)] {
				return true
			}
		}
	}
	return false
}

// countsModifier tells whether what a figure counts shares a word with
// what the question counts only before its last word, its head: "one busy
// ferry network" for ferry routes (not "six episodes" for the episodes of
// a drama, nor "nine people" who died for cholera deaths).
func (q *question) countsModifier(counted string) bool {
	fs := strings.Fields(counted)
	if len(fs) < 2 {
		return false
	}
	for w := range q.analysed(fs[len(fs)-1], nil) {
		if q.counted[w] {
			return false
		}
	}
	for w := range q.analysed(strings.Join(fs[:len(fs)-1], " "), nil) {
		if q.counted[w] {
			return true
		}
	}
	return false
}

// numberBefore tells words before a figure that say it is a number of
// something: "the number sold will reach", "the total rose to".
func numberBefore(words string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(words)) {
		if w == "number" || w == "total" {
			return true
		}
	}
	return false
}

// dividesBefore tells whether the words before a figure end with one that
// makes it divide what they name: "nominations in 13 categories", "sales
// across 40 countries".
func dividesBefore(words string) bool {
	fs := strings.Fields(strings.ToLower(words))
	return len(fs) > 1 && (fs[len(fs)-1] == "in" || fs[len(fs)-1] == "across")
}

// countedAreNames tells whether what an amount question counts is all
// names ("How many Oscars …").
func (q *question) countedAreNames() bool {
	for w := range q.counted {
		if !q.names[w] {
			return false
		}
	}
	return true
}

// namesOther tells whether what a figure counts is qualified by a place
// other than the one the question names: "45% of the Japanese people"
// does not count the people in Britain. (Other names may qualify what is
// asked for: "11 Oscar nominations" for a film the question names.)
func (q *question) namesOther(counted string) bool {
	if !q.placeAsked {
		return false
	}
	words := strings.FieldsFunc(counted, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
	// The qualifiers stand before the noun counted.
	for i, w := range words[:max(0, len(words)-1)] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			continue
		}
		place := knowledge.PlaceForms(w) != nil || i+2 < len(words) && knowledge.PlaceForms(w+" "+words[i+1]) != nil
		if place && len(q.coversOf(w)) == 0 {
			return true
		}
	}
	return false
}

// placeTerms are the analysed words of the places the question names (in
// one word or two: "Cairo", "South Africa").
func (q *question) placeTerms() map[string]bool {
	var names []string
	// A place one of whose names the analyser splits ("U.S." reads "u"
	// and "s") may be named so where no word of the question stands.
	split := func(n string) bool {
		return slices.ContainsFunc(knowledge.PlaceForms(n), func(f string) bool { return strings.Contains(f, ".") })
	}
	for i, n := range q.Names {
		if knowledge.PlaceForms(n) != nil {
			if !split(n) {
				names = append(names, n)
			}
		} else if i+1 < len(q.Names) && knowledge.PlaceForms(n+" "+q.Names[i+1]) != nil {
			names = append(names, n, q.Names[i+1])
		}
	}
	return q.analysed(strings.Join(names, " "), nil)
}

// namesPlace tells whether the question names a place (in one word or
// two: "Britain", "South Africa").
func (q *question) namesPlace() bool {
	for i, n := range q.Names {
		if knowledge.PlaceForms(n) != nil || i+1 < len(q.Names) && knowledge.PlaceForms(n+" "+q.Names[i+1]) != nil {
			return true
		}
	}
	return false
}

// precedingWords is the text before a figure back to the previous
// punctuation, at most four words: what a rate or a share often follows
// ("The unemployment rate is around 20%").
func precedingWords(text string, start int) string {
	if start <= 0 || start > len(text) {
		return ""
	}
	before := text[:start]
	if i := strings.LastIndexAny(before, ",.;:()\"“”"); i >= 0 {
		before = before[i+1:]
	}
	words := strings.Fields(before)
	return strings.Join(words[max(0, len(words)-4):], " ")
}

// followingWords is the text after a figure up to the next punctuation,
// at most two words: what it counts when extraction did not say ("six-part
// series" gives "-part series").
func followingWords(text string, end int) string {
	if end < 0 || end > len(text) {
		return ""
	}
	rest := text[end:]
	if i := strings.IndexAny(rest, ",.;:()\"“”"); i >= 0 {
		rest = rest[:i]
	}
	words := strings.Fields(rest)
	return strings.Join(words[:min(len(words), 2)], " ")
}

// figureList is the passage's figures, read once.
func (c *candidate) figureList() []knowledge.Figure {
	if c.figs == nil {
		c.figs = []knowledge.Figure{}
		if c.figures != "" {
			json.Unmarshal([]byte(c.figures), &c.figs)
		}
	}
	return c.figs
}

// claimList is the passage's claims, read once.
func (c *candidate) claimList() []knowledge.Claim {
	if c.cls == nil {
		c.cls = []knowledge.Claim{}
		var cs []claimDoc
		if c.claims != "" {
			json.Unmarshal([]byte(c.claims), &cs)
		}
		for _, cd := range cs {
			c.cls = append(c.cls, cd.Claim)
		}
	}
	return c.cls
}

// textHash identifies a passage's text for telling copies apart: its
// letters and digits, lower case, word by word; it also counts the words.
func textHash(s string) (hash uint64, words int) {
	const prime = 1099511628211
	hash = 14695981039346656037 // FNV-1a, 64 bits
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c >= utf8.RuneSelf:
		default:
			inWord = false
			continue
		}
		if !inWord {
			inWord = true
			words++
			hash = (hash ^ ' ') * prime
		}
		hash = (hash ^ uint64(c)) * prime
	}
	return hash, words
}

// show makes a passage's snippet show [start, end) of its text: the
// sentences it stands in, unless those shown hold it already.
func (c *candidate) show(start, end int) {
	i, j := sentenceAt(c, start), sentenceAt(c, max(start, end-1))
	if i < c.window[0] || j >= c.window[1] {
		c.window = [2]int{i, j + 1}
	}
}

// snippet cuts a passage to at most limit runes around its best
// sentences, with the question's words marked. When they are longer than
// the limit, the snippet ends with them and begins within the first.
func (c *candidate) snippet(limit int) knowledge.Snippet {
	if utf8.RuneCountInString(c.text) <= limit {
		return knowledge.Snippet{Text: c.text, Marks: c.marks}
	}
	from, to := c.sents[c.window[0]].Start, c.sents[c.window[1]-1].End
	if utf8.RuneCountInString(c.text[from:to]) > limit {
		// Keep the end: the later sentence holds the answer.
		from = to
		for n := 0; n < limit && from > 0; n++ {
			_, size := utf8.DecodeLastRuneInString(c.text[:from])
			from -= size
		}
		if i := strings.IndexByte(c.text[from:to], ' '); i >= 0 && from > c.sents[c.window[0]].Start {
			from += i + 1
		}
	} else {
		// Begin earlier, a sentence at a time, while the window would reach
		// past the paragraph's end anyway.
		for s := c.window[0] - 1; s >= 0 && utf8.RuneCountInString(c.text[c.sents[s].Start:]) <= limit; s-- {
			from = c.sents[s].Start
		}
		to = from
		for n := 0; n < limit && to < len(c.text); n++ {
			_, size := utf8.DecodeRuneInString(c.text[to:])
			to += size
		}
		if to < len(c.text) {
			if i := strings.LastIndexByte(c.text[from:to], ' '); i > 0 {
				to = from + i
			}
		}
	}
	var marks []knowledge.Span
	for _, m := range c.marks {
		if m.Start >= from && m.End <= to {
			marks = append(marks, knowledge.Span{Start: m.Start - from, End: m.End - from})
		}
	}
	return knowledge.Snippet{Text: c.text[from:to], Marks: marks, Clipped: true}
}

// collapse keeps one passage of each set of copies: the same paragraph in
// several articles, or passages of near-duplicate articles. The copies are
// cited in the kept passage's alsoIn. The caller holds the read lock.
func (ix *Index) collapse(cs []*candidate) []*candidate {
	kept := make([]*candidate, 0, len(cs))
	texts := make([]uint64, 0, len(cs))    // the kept passages' text hashes
	prints := make([][]uint32, 0, len(cs)) // and their articles' fingerprints
	sets := make([]uint64, 0, len(cs))     // and the fingerprints' hashes as sets of 64 (see hashSet)
	for _, c := range cs {
		key := c.traitsOf().hash
		var k *candidate
		if i := slices.Index(texts, key); i >= 0 {
			k = kept[i]
		}
		print := ix.fingerprint(c.article)
		set := hashSet(print)
		if k == nil && len(print) > 0 {
			for i, o := range kept {
				// Fingerprints that share no hash are no near-duplicates.
				if sets[i]&set != 0 && o.article != c.article && nearDuplicates(prints[i], print) {
					k = o
					break
				}
			}
		}
		if k == nil {
			texts, prints, sets = append(texts, key), append(prints, print), append(sets, set)
			kept = append(kept, c)
			continue
		}
		if k.article != c.article && !slices.ContainsFunc(k.alsoIn, func(a knowledge.Citation) bool { return a.ArticleID == c.article }) {
			k.alsoIn = append(k.alsoIn, ix.cite(c.article, c.n))
		}
	}
	return kept
}

func (ix *Index) fingerprint(article string) []uint32 {
	if a := ix.manifest[article]; a != nil {
		return a.Fingerprint
	}
	return nil
}

// fingerprintSize is how many paragraph hashes an article's fingerprint keeps.
const fingerprintSize = 4

// fingerprint is a small sketch of an article's body: the smallest hashes
// of its body paragraphs. Near-duplicate articles share most of them.
func fingerprint(paras []knowledge.Paragraph) []uint32 {
	var hs []uint32
	for _, p := range paras {
		if p.Kind != knowledge.KindBody {
			continue
		}
		h, words := textHash(p.Text)
		if words < 5 {
			continue // too short to tell articles apart
		}
		hs = append(hs, uint32(h))
	}
	slices.Sort(hs)
	hs = slices.Compact(hs)
	if len(hs) > fingerprintSize {
		hs = hs[:fingerprintSize]
	}
	return hs
}

// hashSet is a set of hashes in 64 bits: bit h%64 of each.
func hashSet(hs []uint32) uint64 {
	set := uint64(0)
	for _, h := range hs {
		set |= 1 << (h % 64)
	}
	return set
}

// nearDuplicates tells whether two fingerprints come from near-duplicate
// articles: they share at least two hashes and three in four of the
// shorter one's.
func nearDuplicates(a, b []uint32) bool {
	shared := 0
	for _, h := range a {
		if slices.Contains(b, h) {
			shared++
		}
	}
	return shared >= 2 && 4*shared >= 3*min(len(a), len(b))
}

// describesAll tells whether words (analysed) hold every word of the
// subject a question describes: its role, by the role's word or one that
// stands for it, and the words qualifying it ("culture" of "the culture
// secretary") as written.
func (q *question) describesAll(words map[string]bool) bool {
	roleSaid := false
	for w := range q.role {
		roleSaid = roleSaid || words[w]
	}
	if !roleSaid {
		return false
	}
	for w := range q.subject {
		if !q.role[w] && !words[w] {
			return false
		}
	}
	return true
}

// fullHoldersIn are the people of an article whose roles and affiliations
// there hold every word of the subject the question describes (see
// describesAll), by entity ID: none when the subject has no word but its
// role.
func (q *question) fullHoldersIn(article string) map[string]bool {
	if full, ok := q.fullHolders[article]; ok {
		return full
	}
	full := map[string]bool{}
	qualified := false
	for w := range q.subject {
		qualified = qualified || !q.role[w]
	}
	if qualified {
		for id, e := range q.entities[article] {
			if e.Type != knowledge.EntityPerson {
				continue
			}
			if q.describesAll(q.analysed(strings.Join(append(slices.Clone(e.Roles), e.Affiliations...), " "), nil)) {
				full[id] = true
			}
		}
	}
	q.fullHolders[article] = full
	return full
}
