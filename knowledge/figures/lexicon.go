package figures

import (
	"embed"
	"io/fs"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/briefbot/briefbot/knowledge/lexicon"
)

// The figure lexicon tables are plain text files under lexicon/, one entry a
// line, read with package lexicon.
//
//go:embed lexicon/*.txt
var lexiconFiles embed.FS

var lexiconTables = lexicon.Dir(lexiconFiles, "lexicon")

// Lexicon returns the figure tables, one file per table, so that
// knowledge.ExtractorVersion changes when any of them does.
func Lexicon() fs.FS { return lexiconTables }

func lexiconRows(name string) [][]string { return lexicon.Rows(lexiconTables, name) }

func lexiconSet(name string) map[string]bool { return lexicon.Set(lexiconTables, name) }

// Number word roles (lexicon/numbers.txt).
const (
	roleUnit = iota + 1
	roleTeen
	roleTens
	roleHundred
	roleScale
	roleAbbr
	roleDozen
	roleFraction
)

type numWord struct {
	val  float64
	role int
}

// phraseEntry is one lexicon phrase split into tokens, with what it means.
type phraseEntry struct {
	toks []string // lower-cased token texts
	cs   []string // exact token texts when the entry is case-sensitive
	idx  int      // the row of the table it came from
}

// phraseSet finds lexicon phrases at a token position, longest first.
type phraseSet map[string][]phraseEntry

func (ps phraseSet) add(surface string, idx int, cs bool) {
	for n, toks := range lexiconTokens(surface) {
		if len(toks) == 0 || cs && n > 0 {
			continue
		}
		e := phraseEntry{idx: idx}
		for _, t := range toks {
			e.toks = append(e.toks, t.low)
			if cs {
				e.cs = append(e.cs, t.text)
			}
		}
		list := append(ps[e.toks[0]], e)
		// longest first
		for i := len(list) - 1; i > 0 && len(list[i].toks) > len(list[i-1].toks); i-- {
			list[i], list[i-1] = list[i-1], list[i]
		}
		ps[e.toks[0]] = list
	}
}

// match returns the longest entry that matches toks from i, and the index
// after it. Tokens of a phrase may be written with or without space between
// them ("us$" and "us $").
func (ps phraseSet) match(toks []ftok, i int) (phraseEntry, int, bool) {
	return ps.matchIf(toks, i, nil)
}

// matchIf is match restricted to the entries whose row accept takes.
func (ps phraseSet) matchIf(toks []ftok, i int, accept func(row int) bool) (phraseEntry, int, bool) {
	if i >= len(toks) {
		return phraseEntry{}, i, false
	}
	for _, e := range ps[toks[i].low] {
		if i+len(e.toks) > len(toks) || accept != nil && !accept(e.idx) {
			continue
		}
		ok := true
		for k, w := range e.toks {
			t := &toks[i+k]
			if t.low != w || (e.cs != nil && t.text != e.cs[k]) {
				ok = false
				break
			}
			// a phrase does not run across a line or a sentence mark
			if k > 0 && t.typ == ftWord && toks[i+k-1].typ == ftWord && !t.sp {
				ok = false
				break
			}
			// "A$5" is Australian, "a $5 fee" is not; "a" before a word
			// is the article of a phrase ("in a million years")
			if k > 0 && t.sp && toks[i+k-1].low == "a" && t.typ != ftWord {
				ok = false
				break
			}
		}
		if ok {
			return e, i + len(e.toks), true
		}
	}
	return phraseEntry{}, i, false
}

type unitRow struct {
	name    string
	kind    string // percent, measure, age, per
	article bool   // may stand with "a" for one: "a mile"
	digits  bool   // only after a number in digits: "3 point", not "one point"
}

type currencyRow struct {
	name, iso string
	pre, post bool
	article   bool // may stand with "a" for one: "a dollar"
	minor     bool // a hundredth coin: cent, penny
}

// flags returns the words of the columns from i on, as a set.
func flags(row []string, i int) map[string]bool {
	set := map[string]bool{}
	for ; i < len(row); i++ {
		for _, w := range strings.Fields(row[i]) {
			set[w] = true
		}
	}
	return set
}

type vagueRow struct {
	min, max float64
}

// figureLexicon holds the tables the figure extractor reads.
type figureLexicon struct {
	numbers      map[string]numWord
	denoms       map[string]float64
	ordinals     map[string]float64
	ordSuffix    map[string]bool
	units        phraseSet
	unitRows     []unitRow
	percentWords map[string]bool // the surfaces of the unit "percent"
	degreeRow    int             // the row of the plain degree, for "5 below zero"
	currencies   phraseSet
	curRows      []currencyRow
	qualifiers   phraseSet
	qualRoles    []string
	qualSuffix   phraseSet
	qualSufRole  []string
	vague        phraseSet
	vagueRows    []vagueRow
	months       map[string]int
	monthAbbr    map[string]bool // shortened month names: "jan", "sept"
	monthsCS     map[string]bool
	dateWords    map[string]bool
	idPrefixes   phraseSet
	idWords      map[int]bool // rows of idPrefixes that name a number in words too
	changes      map[string]string
	stop         map[string]bool
	pronouns     map[string]bool
	dimWords     map[string]bool
	raceWords    map[string]bool // metres only after a race's distance (raceDistances)
	raceDist     map[string]bool
	sourceCues   phraseSet
	vsWords      phraseSet
	clock        phraseSet // "in the morning": the number before is a time
	idioms       phraseSet // "zero tolerance": no figure inside
	levelVerbs   map[string]bool
	objectVerbs  map[string]bool // level verbs that change their object: "raised the threshold"
	measureNouns map[string]bool
	sourceVerbs  map[string]bool
	figurePreps  map[string]bool // "growth of 3.1%": the words between a noun and its figure
	sourceNouns  map[string]bool // "figures from the Cabinet Office": the name comes after
	spanUnits    map[string]bool // units of a stretch of time or distance
	timeUnits    map[string]bool // units of a stretch of time
	phrasePreps  map[string]bool // "proportion of turnover": the words that go on a measure noun
	weekdays     map[string]bool
	plurals      map[string]bool
	timeRefs     map[string]bool
	// scaleFillers are the words that may stand between two sums a bare
	// one takes its unit from ("in January and", "a year earlier").
	scaleFillers map[string]bool
	// shareCues say a sentence is about a share's price (share_cues.txt).
	shareCues map[string]bool
	// periodFractions are the fraction words that also name a stretch of
	// time ("quarter"), and periodOpeners the words that make them one.
	periodFractions, periodOpeners map[string]bool
	// yearDeictics and yearPeriods make "quarter of" and "half of" before
	// them a stretch of time ("the first half of this year").
	yearDeictics, yearPeriods map[string]bool
	// voteSplits are the nouns after "N to M" that make it a split of votes
	// ("a 5 to 4 ruling"); ageVerbs those between "who" and a person's age
	// ("who was 12").
	voteSplits, ageVerbs map[string]bool
	// circumstances are the nouns of fixed phrases around a figure that
	// never say what it counts ("on hold at 4.75%").
	circumstances map[string]bool
	// distanceCues are the words before a decimal number with "m" that
	// make it metres ("a best of 16.76m").
	distanceCues map[string]bool
	startWords   map[string]bool // the words a figure may begin with
	compounds    map[[2]string]float64
	streets      map[string]bool
	isoRows      map[string]int // ISO code, lower-cased, to its currency row
	ageRow       int            // the row of years of age, for "aged 12"

	// hyphenPlurals are what a count joined to a singular noun by a
	// hyphen counts when it is not the noun with "s" ("a three-man board"
	// counts men, "a 45,000-seater stadium" seats), hyphen_plurals.txt.
	hyphenPlurals map[string]string
	// scaledCurrencies are money only after a scale word and before a
	// noun ("a 22 mln mark order"), currencies.txt rows flagged scaled.
	scaledCurrencies phraseSet
	// rateAbbrevs: an abbreviation right after a sum that stands for "a X"
	// ("2.17 dlrs shr"), rate_abbreviations.txt.
	rateAbbrevs map[string]string
	// hyphenNonCounts are the nouns a number joined to them by a hyphen
	// does not count ("a two-fold jump"), hyphen_noncounts.txt.
	hyphenNonCounts map[string]bool
	// timeAdverbs are the adverbs of time a parse may take for a speaker
	// ("Santos yesterday announced"), time_adverbs.txt.
	timeAdverbs map[string]bool
	// inCircumstances are the nouns after "in" that say how or when a sum
	// stands, not what it counts ("in heavy trading"), in_circumstances.txt.
	inCircumstances map[string]bool
	// ownerVerbs and ownerNouns say when a verb's subject owns a sum
	// rather than being what it measures ("the company lost 529,000
	// dlrs"), owner_verbs.txt and owner_nouns.txt.
	ownerVerbs, ownerNouns map[string]bool
	// changeAdverbs are the change words of changes.txt that are adverbs
	// and take no "of" ("made up of 625 lines" is no change).
	changeAdverbs map[string]bool
	// sumRows are the labels of a results table's rows of sums ("Net
	// profit", "Revs"), sum_rows.txt, and sumRowWords their words.
	sumRows     phraseSet
	sumRowWords map[string]bool
	// shareRows are the labels of its rows per share or of shares
	// ("Shr loss", "Avg shrs"), share_rows.txt, and shareRowWords theirs.
	shareRows     phraseSet
	shareRowWords map[string]bool
	// minorMajor is the money a table of sums is in when its other sums
	// are in a hundredth coin ("cts": dollars), minor_currencies.txt.
	minorMajor map[string][2]string
	// planNouns hold what they call for and say nothing: no figure's
	// source ("the plan calls for 500 mln dlrs"), plan_nouns.txt.
	planNouns map[string]bool
	// rateNouns: a quote in fractions that measures one is a rate in
	// percent, no share price (rate_nouns.txt)
	rateNouns map[string]bool
	// moneyNouns only ever measure money (money_nouns.txt); those marked
	// "alone" only with no word before them
	moneyNouns, moneyNounsAlone map[string]bool
	// adjEndings are the endings of adjectives (adjective_endings.txt)
	adjEndings []string
	// unitNames are the names of units.txt's units ("barrel per day"),
	// a rate by name but a unit, not a rate made by "per" or "a".
	unitNames map[string]bool
	// unsaidObjects are the speech verbs whose object is not what is
	// said ("added 18 points"), unsaid_objects.txt.
	unsaidObjects map[string]bool
}

func parseFloatCell(s string) float64 {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		panic("knowledge: bad number in figure lexicon: " + s)
	}
	return v
}

func col(row []string, i int) string {
	if i < len(row) {
		return row[i]
	}
	return ""
}

var figLex = sync.OnceValue(func() *figureLexicon {
	lx := &figureLexicon{
		numbers:         map[string]numWord{},
		denoms:          map[string]float64{},
		ordinals:        map[string]float64{},
		ordSuffix:       lexiconSet("ordinal_suffixes"),
		units:           phraseSet{},
		currencies:      phraseSet{},
		qualifiers:      phraseSet{},
		qualSuffix:      phraseSet{},
		vague:           phraseSet{},
		months:          map[string]int{},
		monthAbbr:       map[string]bool{},
		monthsCS:        map[string]bool{},
		dateWords:       lexiconSet("date_words"),
		idPrefixes:      phraseSet{},
		changes:         map[string]string{},
		stop:            lexiconSet("counted_stop"),
		pronouns:        lexiconSet("pronouns"),
		dimWords:        lexiconSet("dimension_words"),
		raceWords:       lexiconSet("race_words"),
		raceDist:        lexiconSet("race_distances"),
		sourceCues:      phraseSet{},
		vsWords:         phraseSet{},
		clock:           phraseSet{},
		idioms:          phraseSet{},
		levelVerbs:      lexiconSet("level_verbs"),
		objectVerbs:     map[string]bool{},
		measureNouns:    lexiconSet("measure_nouns"),
		sourceVerbs:     lexiconSet("source_verbs"),
		figurePreps:     lexiconSet("figure_prepositions"),
		sourceNouns:     lexiconSet("source_nouns"),
		spanUnits:       map[string]bool{},
		timeUnits:       map[string]bool{},
		phrasePreps:     map[string]bool{"of": true, "from": true, "in": true, "on": true, "for": true},
		weekdays:        lexiconSet("weekdays"),
		plurals:         lexiconSet("plurals"),
		timeRefs:        lexiconSet("time_references"),
		scaleFillers:    lexiconSet("scale_fillers"),
		shareCues:       lexiconSet("share_cues"),
		periodFractions: lexiconSet("period_fractions"),
		periodOpeners:   lexiconSet("period_openers"),
		yearDeictics:    lexiconSet("year_deictics"),
		yearPeriods:     lexiconSet("year_periods"),
		voteSplits:      lexiconSet("vote_splits"),
		ageVerbs:        lexiconSet("age_verbs"),
		circumstances:   lexiconSet("circumstance_nouns"),
		distanceCues:    lexiconSet("distance_cues"),
		streets:         lexiconSet("street_words"),
	}
	lx.hyphenPlurals = map[string]string{}
	for _, r := range lexiconRows("hyphen_plurals") {
		lx.hyphenPlurals[strings.ToLower(r[0])] = strings.ToLower(col(r, 1))
	}
	lx.hyphenNonCounts = lexiconSet("hyphen_noncounts")
	lx.scaledCurrencies = phraseSet{}
	lx.rateAbbrevs = map[string]string{}
	for _, r := range lexiconRows("rate_abbreviations") {
		lx.rateAbbrevs[strings.ToLower(r[0])] = strings.ToLower(col(r, 1))
	}
	lx.timeAdverbs = lexiconSet("time_adverbs")
	lx.inCircumstances = lexiconSet("in_circumstances")
	lx.ownerVerbs, lx.ownerNouns = lexiconSet("owner_verbs"), lexiconSet("owner_nouns")
	lx.changeAdverbs = map[string]bool{}
	lx.sumRows, lx.sumRowWords = rowLabels("sum_rows")
	lx.planNouns = lexiconSet("plan_nouns")
	lx.rateNouns = lexiconSet("rate_nouns")
	lx.moneyNouns, lx.moneyNounsAlone = map[string]bool{}, map[string]bool{}
	for _, r := range lexiconRows("money_nouns") {
		w := strings.ToLower(r[0])
		lx.moneyNouns[w] = true
		if col(r, 1) == "alone" {
			lx.moneyNounsAlone[w] = true
		}
	}
	for _, r := range lexiconRows("adjective_endings") {
		lx.adjEndings = append(lx.adjEndings, strings.TrimSpace(r[0]))
	}
	lx.unsaidObjects = lexiconSet("unsaid_objects")
	lx.shareRows, lx.shareRowWords = rowLabels("share_rows")
	lx.minorMajor = map[string][2]string{}
	for _, r := range lexiconRows("minor_currencies") {
		lx.minorMajor[strings.TrimSpace(r[0])] = [2]string{strings.TrimSpace(col(r, 1)), strings.TrimSpace(col(r, 2))}
	}
	roles := map[string]int{"unit": roleUnit, "teen": roleTeen, "tens": roleTens, "hundred": roleHundred,
		"scale": roleScale, "abbr": roleAbbr, "dozen": roleDozen, "fraction": roleFraction}
	for _, r := range lexiconRows("numbers") {
		w, v, role := strings.ToLower(r[0]), parseFloatCell(col(r, 1)), col(r, 2)
		switch role {
		case "denominator":
			lx.denoms[w] = v
		case "ordinal":
			lx.ordinals[w] = v
		default:
			ro, ok := roles[role]
			if !ok {
				panic("knowledge: unknown number role " + role)
			}
			lx.numbers[w] = numWord{val: v, role: ro}
		}
	}
	for _, r := range lexiconRows("units") {
		idx := len(lx.unitRows)
		fl := flags(r, 3)
		lx.unitRows = append(lx.unitRows, unitRow{name: col(r, 1), kind: col(r, 2), article: fl["a"], digits: fl["digits"]})
		if lx.unitNames == nil {
			lx.unitNames = map[string]bool{}
		}
		lx.unitNames[col(r, 1)] = true
		if fl["span"] {
			lx.spanUnits[col(r, 1)] = true
		}
		if fl["time"] {
			lx.timeUnits[col(r, 1)] = true
		}
		if col(r, 1) == "degree" {
			lx.degreeRow = idx
		}
		if col(r, 2) == "age" && col(r, 1) == "year" {
			lx.ageRow = idx
		}
		cs := fl["cs"]
		for _, s := range strings.Split(r[0], ",") {
			if col(r, 1) == "percent" {
				if lx.percentWords == nil {
					lx.percentWords = map[string]bool{}
				}
				lx.percentWords[strings.ToLower(strings.TrimSpace(s))] = true
			}
			lx.units.add(strings.TrimSpace(s), idx, cs)
		}
	}
	for _, r := range lexiconRows("currencies") {
		idx := len(lx.curRows)
		where := col(r, 3)
		fl := flags(r, 4)
		lx.curRows = append(lx.curRows, currencyRow{name: col(r, 1), iso: col(r, 2),
			pre: where == "pre" || where == "both", post: where == "post" || where == "both", article: fl["a"], minor: fl["minor"]})
		cs := fl["cs"]
		for _, s := range strings.Split(r[0], ",") {
			if fl["scaled"] {
				lx.scaledCurrencies.add(strings.TrimSpace(s), idx, cs)
				continue
			}
			lx.currencies.add(strings.TrimSpace(s), idx, cs)
		}
	}
	for _, r := range lexiconRows("qualifiers") {
		lx.qualifiers.add(r[0], len(lx.qualRoles), false)
		lx.qualRoles = append(lx.qualRoles, col(r, 1))
	}
	for _, r := range lexiconRows("qualifier_suffixes") {
		lx.qualSuffix.add(r[0], len(lx.qualSufRole), false)
		lx.qualSufRole = append(lx.qualSufRole, col(r, 1))
	}
	for _, r := range lexiconRows("vague") {
		lx.vague.add(r[0], len(lx.vagueRows), false)
		lx.vagueRows = append(lx.vagueRows, vagueRow{min: parseFloatCell(col(r, 1)), max: parseFloatCell(col(r, 2))})
	}
	for _, r := range lexiconRows("months") {
		m, _ := strconv.Atoi(col(r, 1))
		w := strings.ToLower(r[0])
		lx.months[w] = m
		fl := flags(r, 2)
		lx.monthsCS[w] = fl["cs"]
		lx.monthAbbr[w] = fl["abbr"]
	}
	lx.idWords = map[int]bool{}
	for i, r := range lexiconRows("identifier_prefixes") {
		lx.idPrefixes.add(r[0], i, false)
		if col(r, 1) == "words" {
			lx.idWords[i] = true
		}
	}
	for _, r := range lexiconRows("changes") {
		lx.changes[strings.ToLower(r[0])] = col(r, 1)
		if col(r, 2) == "adverb" {
			lx.changeAdverbs[strings.ToLower(r[0])] = true
		}
	}
	for i, r := range lexiconRows("source_cues") {
		lx.sourceCues.add(r[0], i, false)
	}
	for _, r := range lexiconRows("level_verbs") {
		if col(r, 1) == "object" {
			lx.objectVerbs[r[0]] = true
		}
	}
	for i, r := range lexiconRows("clock_phrases") {
		lx.clock.add(r[0], i, false)
	}
	for i, r := range lexiconRows("vs_words") {
		lx.vsWords.add(r[0], i, false)
	}
	for i, r := range lexiconRows("idioms") {
		lx.idioms.add(r[0], i, false)
	}
	lx.isoRows = map[string]int{}
	for i, r := range lx.curRows {
		if r.iso != "" {
			if _, seen := lx.isoRows[strings.ToLower(r.iso)]; !seen {
				lx.isoRows[strings.ToLower(r.iso)] = i
			}
		}
	}
	lx.compounds = map[[2]string]float64{}
	for _, r := range lexiconRows("compound_units") {
		lx.compounds[[2]string{r[0], col(r, 1)}] = parseFloatCell(col(r, 2))
	}
	lx.startWords = map[string]bool{"a": true, "an": true, "minus": true, "negative": true}
	for w := range lx.numbers {
		lx.startWords[w] = true
	}
	for w := range lx.ordinals {
		lx.startWords[w] = true
	}
	for _, ps := range []phraseSet{lx.qualifiers, lx.currencies, lx.vague} {
		for w := range ps {
			lx.startWords[w] = true
		}
	}
	return lx
})

func (lx *figureLexicon) isPre(row int) bool { return lx.curRows[row].pre }

// isNumberWord reports whether w is a number word of the table ("five",
// "million", "half").
func (lx *figureLexicon) isNumberWord(w string) bool {
	_, ok := lx.numbers[w]
	return ok
}
func (lx *figureLexicon) isPost(row int) bool { return lx.curRows[row].post }

// TimeUnit tells whether unit, as a Figure gives it, measures a stretch of
// time ("day", "year").
func TimeUnit(unit string) bool { return figLex().timeUnits[unit] }

// rowLabels reads a table of a results table's row labels: the labels as
// phrases, and every word they hold.
func rowLabels(name string) (phraseSet, map[string]bool) {
	labels, words := phraseSet{}, map[string]bool{}
	for i, r := range lexiconRows(name) {
		labels.add(r[0], i, false)
		for _, ts := range lexiconTokens(r[0]) {
			for _, t := range ts {
				words[t.low] = true
			}
		}
	}
	return labels, words
}
