package figures

import (
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/briefbot/briefbot/knowledge/article"
	"github.com/briefbot/briefbot/knowledge/claims"
	"github.com/briefbot/briefbot/knowledge/entities"
	"github.com/briefbot/briefbot/knowledge/text"
)

// Extract finds the numbers of an article with their qualifiers, what
// they count and who they are attributed to. Only body and caption
// paragraphs yield figures.
//
// Each paragraph is read from its shared tokens (view.go). At every token that may
// begin a figure, the scanner reads a qualifier ("more than"), a currency
// ("$", "USD"), a number in digits or words (numbers.go), then a scale, a
// unit or currency and a rate (units.go), a range tail ("to 20", "- 20",
// "and 20" after "between") and a bound after it ("or more"). What surrounds
// the figure decides whether it is a date or a code, what it counts, whether
// it is a change and who says so (context.go). Every word list lives in
// lexicon/*.txt (lexicon.go).
func Extract(doc *text.Doc, ents []entities.Entity, claims []claims.Claim) []Figure {
	if doc == nil {
		return nil
	}
	sc := scannerPool.Get().(*figureScanner)
	defer scannerPool.Put(sc)
	var out []Figure
	var rows []int // the sums of a results table's rows (rows.go)
	for i := range doc.Paragraphs {
		p := &doc.Paragraphs[i]
		if k := article.Kind(p.Kind); k != article.KindBody && k != article.KindCaption {
			continue
		}
		first := len(out)
		out = sc.paragraph(p, out)
		out = out[:first+len(sc.structure(p, out[first:], sc.tentatives))]
		out = out[:first+len(sc.tableCells(out[first:]))]
		sc.gappedLabels(out[first:])
		sc.ratesInFractions(out[first:])
		sc.listPrices(out[first:])
		for _, j := range sc.sumRow(out[first:]) {
			rows = append(rows, first+j)
		}
		attribute(out[first:], p, sc.toks, sc.anchors, ents, claims)
		markNotStated(out[first:], p, sc.anchors, claims, sc.lx)
		uncountNames(out[first:], p.Text, ents)
		uncountTimes(out[first:], sc.lx)
	}
	tableMoney(out, rows, sc.lx)
	scaledSums(out, sc.lx)
	resolvePronouns(out)
	return out
}

// uncountNames clears the thing counted of a figure when it is a person, a
// place or an organisation, by a name or a role the entities give
// ("William Hague earning up to £820,000", "the mother-of-nine", "Hewitt,
// who had never reached the last four", "Ghana earned about $3.9bn"): none
// is what a sum or a number counts; the parse took the one who earns,
// owns or ranks for it. A name inside the figure's own words ("15% of
// Acme", "nine Wallabies") or right after them ("the 60,000-seater Emirates
// Stadium") stays, and so does a percentage, a candidate's share of a
// poll, and a group ("1.6m Muslims").
func uncountNames(figs []Figure, text string, ents []entities.Entity) {
	for i := range figs {
		f := &figs[i]
		// (a share of the vote is a candidate's: "Trump 42 percent")
		if f.Counted == "" || f.Unit == "percent" || strings.Contains(strings.ToLower(f.Text), strings.ToLower(f.Counted)) ||
			namedAfter(text, f.End, f.Counted) {
			continue
		}
		for _, e := range ents {
			// Nor is a place or an organisation what a figure outside
			// its name counts ("Argentina is set to close its $102.6bn
			// debt offer", "TimeWarner jumped 76% to $1.13bn", "two
			// England tries"); a group may be ("1.6m Muslims").
			if e.Type != entities.EntityGroup && called(&e, f.Counted) || e.Type == entities.EntityPerson && endsWithName(&e, f.Counted) {
				f.Counted = ""
				break
			}
		}
	}
}

// uncountTimes clears the thing counted of a figure when it is only a time
// that a word of period_openers.txt places ("sales rose 27 pct over a year
// ago the same month to 4.4 mln dlrs" counted "same month", "the index rose
// to 55.2 last month from 54.1" counted "last month" for 54.1): a sum or a
// level measures no month, quarter or week. A bare "the" places none, and
// a stretch of time that is the figure's own unit or words stays.
func uncountTimes(figs []Figure, lx *figureLexicon) {
	for i := range figs {
		f := &figs[i]
		if f.Counted == "" || lx.timeUnits[f.Unit] || strings.Contains(strings.ToLower(f.Text), strings.ToLower(f.Counted)) {
			continue // ("two previous years": its own words)
		}
		words := strings.Fields(strings.ToLower(f.Counted))
		if len(words) < 2 {
			continue
		}
		head := words[len(words)-1]
		_, month := lx.months[head]
		if !month && !lx.weekdays[head] && !lx.timeUnits[strings.TrimSuffix(head, "s")] && !lx.periodFractions[head] {
			continue
		}
		placed, all := false, true
		for _, w := range words[:len(words)-1] {
			if !lx.periodOpeners[w] {
				all = false
				break
			}
			placed = placed || w != "the"
		}
		if all && placed {
			f.Counted = ""
		}
	}
}

// namedAfter tells whether the name stands right after byte end of text,
// the figure before it describing it ("the 60,000-seater Emirates
// Stadium", "a 25-member EU"): after a space, or a hyphen and one word.
func namedAfter(text string, end int, name string) bool {
	if end < 0 || end > len(text) {
		return false
	}
	rest := text[end:]
	if strings.HasPrefix(rest, "-") { // "-seater Emirates Stadium"
		sp := strings.IndexByte(rest, ' ')
		if sp < 0 || strings.ContainsAny(rest[:sp], ",.;:") {
			return false
		}
		rest = rest[sp:]
	}
	return strings.HasPrefix(rest, " "+name)
}

// endsWithName tells whether s is a person's name, or an alias of more
// than one word, after the words that say who the person is ("Conservative
// Nicholas X was second with 15,982", "Labour candidate John Y polled
// 3,603"): the one who holds the number, not what it counts.
func endsWithName(e *entities.Entity, s string) bool {
	if endsWithWords(s, e.Name) {
		return true
	}
	for _, a := range e.Aliases {
		if endsWithWords(s, a) {
			return true
		}
	}
	return false
}

// endsWithWords tells whether s ends with a space and then n, a name of
// more than one word, in any case; it allocates nothing (endsWithName runs
// for every figure and entity).
func endsWithWords(s, n string) bool {
	if !strings.Contains(n, " ") || len(s) <= len(n) {
		return false
	}
	cut := len(s) - len(n)
	return s[cut-1] == ' ' && strings.EqualFold(s[cut:], n)
}

// called tells whether the entity e is called s: by its name, an
// alias or a role.
func called(e *entities.Entity, s string) bool {
	if strings.EqualFold(e.Name, s) {
		return true
	}
	for _, a := range e.Aliases {
		if strings.EqualFold(a, s) {
			return true
		}
	}
	for _, r := range e.Roles {
		if strings.EqualFold(r, s) {
			return true
		}
	}
	return false
}

var scannerPool = sync.Pool{New: func() any { return &figureScanner{lx: figLex()} }}

// figureScanner holds the reusable state of one paragraph's scan.
type figureScanner struct {
	lx   *figureLexicon
	toks []ftok
	text string
	// second is a figure figureAt read with the one it returned: the new
	// level of "from £4,745 to £4,895"
	second *Figure
	// tentative is set by figureAt for a bare "one" the parse must confirm
	tentative bool
	// per figure of the paragraph: whether it is tentative, and the token
	// that heads it in the parse (-1 when unknown)
	tentatives []bool
	anchors    []int
}

// quantity is a number with what is written around it, in token indexes.
type quantity struct {
	t0, t1   int // the whole quantity: currency, number, unit
	n0, n1   int // the number itself
	val      float64
	lo, hi   float64
	isRange  bool
	vague    bool
	ordinal  bool
	words    bool    // written in words
	scaled   bool    // multiplied by a scale word or abbreviation
	mult     float64 // the last scale it was multiplied by: 1e6 for "3 million"
	fraction bool
	cur      int // currency row + 1
	unit     int // unit row + 1
	per      string
	date     bool // a date, a year or a time: not a quantity
	skip     bool // an identifier, a score, a time: not a figure at all
	// a range keeps its two ends as written: "from 5" (tokens t0 to join)
	// "to 7" (from second on, its number from secondN)
	join, second, secondN int
	lo0, hi0              float64 // the two values in the order written
}

func (q *quantity) hasUnit() bool { return q.cur != 0 || q.unit != 0 }

// paragraph scans one paragraph and appends its figures to out.
func (sc *figureScanner) paragraph(p *text.Paragraph, out []Figure) []Figure {
	sc.text = p.Text
	sc.toks = readTokens(p, sc.toks)
	sc.tentatives = sc.tentatives[:0]
	toks := sc.toks
	first, prevEnd := len(out), -1
	for i := 0; i < len(toks); {
		// "zero tolerance", "two-bit Tories": a number word in an idiom
		if _, end, ok := sc.lx.idioms.match(toks, i); ok {
			i = end
			continue
		}
		if !sc.canStart(i) {
			i++
			continue
		}
		f, next, ok := sc.figureAt(i, p.N, out)
		if !ok {
			i++
			continue
		}
		if f != nil {
			sc.sharePrice(f)
			if sc.second != nil {
				sc.sharePrice(sc.second)
			}
			if len(out) > first && prevEnd >= 0 {
				// "forty-five (45)": the same figure said again
				if p := &out[len(out)-1]; i == prevEnd+1 && toks[prevEnd].low == "(" && sameValue(p, f) {
					i = next
					continue
				}
				sc.inheritUnit(&out[len(out)-1], f, prevEnd, i)
			}
			sc.inheritScale(out[first:], f)
			sc.inheritScaleBefore(out[first:], f)
			sc.inheritList(out[first:], f)
			out = append(out, *f)
			sc.tentatives = append(sc.tentatives, sc.tentative)
			if sc.second != nil {
				out = append(out, *sc.second)
				sc.tentatives = append(sc.tentatives, false)
				sc.second = nil
			}
			sc.tentative = false
			prevEnd = next
		}
		i = next
	}
	sc.sharePairs(out[first:])
	sc.perShareSums(out[first:])
	sc.pairedUnits(out[first:])
	sc.pointsInWords(out[first:])
	sc.levels(out[first:])
	return out
}

// levels marks the two levels of a change written as "to X from Y" or
// "from Y to X" with a change word before ("fell to 7.86 pct from 7.93
// pct"): the figure after "to" is the new level, the one after "from" the
// old; both take the direction from their values.
func (sc *figureScanner) levels(figs []Figure) {
	toks := sc.toks
	for i := 0; i+1 < len(figs); i++ {
		a, b := &figs[i], &figs[i+1]
		if a.Level != "" || a.Kind == FigureDate || b.Kind == FigureDate || a.Value == nil || b.Value == nil || a.Kind != b.Kind {
			continue
		}
		ka, kb := sc.tokenAt(a.Start), sc.tokenAt(b.Start)
		if ka < 1 || kb < 1 || toks[ka].sent != toks[kb].sent || sc.tokenAt(a.End-1)+2 < kb {
			continue
		}
		wa, wb := toks[ka-1].low, toks[kb-1].low
		if !(wa == "to" && wb == "from" || wa == "from" && wb == "to") {
			continue
		}
		if _, ok := sc.changeBefore(ka - 1); !ok {
			continue
		}
		old, new := a, b
		if wa == "to" {
			old, new = b, a
		}
		dir := "up"
		if *new.Value < *old.Value {
			dir = "down"
		}
		old.Level, new.Level = "old", "new"
		old.Change, new.Change = dir, dir
		i++
	}
}

// tokenAt returns the index of the token that starts at or holds byte off.
func (sc *figureScanner) tokenAt(off int) int {
	toks := sc.toks
	return sort.Search(len(toks), func(m int) bool { return toks[m].end > off })
}

// sentenceStart reports whether token i begins a sentence.
func (sc *figureScanner) sentenceStart(i int) bool {
	for j := i - 1; j >= 0; j-- {
		t := &sc.toks[j]
		if t.typ == ftPunct && isQuote(t.low) {
			continue
		}
		return t.sent != sc.toks[i].sent
	}
	return true
}

func isQuote(s string) bool {
	switch s {
	case "\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "`", "(", "[", "\u00ab", "\u00bb":
		return true
	}
	return false
}

func isDash(s string) bool { return s == "-" || s == "\u2013" || s == "\u2014" || s == "\u2212" }

// canStart reports whether a figure may begin at token i.
func (sc *figureScanner) canStart(i int) bool {
	t := &sc.toks[i]
	switch t.typ {
	case ftNum:
		return true
	case ftPunct:
		if isDash(t.low) {
			return i+1 < len(sc.toks) && sc.toks[i+1].typ == ftNum && !sc.toks[i+1].sp
		}
		_, cur := sc.lx.currencies[t.low]
		_, qual := sc.lx.qualifiers[t.low]
		_, num := sc.lx.numbers[t.low]
		return cur || qual || num
	}
	if sc.lx.startWords[t.low] {
		return true
	}
	_, _, ok := sc.scaledISO(i)
	return ok
}

// quotePair tells whether the number at token i is one side of a pair of
// prices joined by a slash with no space, one of them with decimals:
// "4.50/43", "1.8050/60".
func (sc *figureScanner) quotePair(i int) bool {
	toks := sc.toks
	if toks[i].typ != ftNum {
		return false
	}
	if i+2 < len(toks) && toks[i+1].low == "/" && !toks[i+1].sp && !toks[i+2].sp && toks[i+2].typ == ftNum && toks[i].frac {
		return true
	}
	return i >= 2 && toks[i-1].low == "/" && !toks[i-1].sp && !toks[i].sp && toks[i-2].typ == ftNum && toks[i-2].frac
}

// listMarker tells whether the number at token i numbers an item of a
// list: "1) the ships were late; 2) the port was shut", "(3) costs".
func (sc *figureScanner) listMarker(i int) bool {
	toks := sc.toks
	if toks[i].typ != ftNum || toks[i].frac || len(toks[i].low) > 2 || i+1 >= len(toks) || toks[i+1].low != ")" || toks[i+1].sp {
		return false
	}
	if i == 0 || sc.sentenceStart(i) {
		return true
	}
	switch toks[i-1].low {
	case ":", ";":
		return true
	case "(":
		return !toks[i].sp && (i == 1 || sc.sentenceStart(i-1) || toks[i-2].low == ":" || toks[i-2].low == ";")
	}
	return false
}

// figureAt reads the figure that begins at token i. It returns ok=false when
// none begins there, and a nil figure with ok=true for a number that is no
// figure (a phone number, a code, a time), so that the scan skips it whole.
func (sc *figureScanner) figureAt(i, para int, prev []Figure) (*Figure, int, bool) {
	lx, toks := sc.lx, sc.toks
	// "the 4.50/43 pct rate": an offer and a bid written as one, neither a
	// figure alone (43 pct is no rate).
	if sc.quotePair(i) {
		return nil, i + 1, true
	}
	// so after a qualifier: "at around 149.30/40 yen" was a count
	if _, k, ok := lx.qualifiers.match(toks, i); ok && k < len(toks) && sc.quotePair(k) {
		return nil, k + 1, true
	}
	if sc.listMarker(i) {
		return nil, i + 2, true
	}
	j := i
	qRole, qText := "", ""
	if e, k, ok := lx.qualifiers.match(toks, j); ok && k < len(toks) && !sc.closesTicker(i) {
		qRole = lx.qualRoles[e.idx]
		qText = strings.ToLower(sc.text[toks[i].start:toks[k-1].end])
		j = k
	}
	q, ok := sc.quantityAt(j, qRole)
	if !ok {
		return nil, 0, false
	}
	// "won three crowns": titles, not Scandinavian money, when the number
	// is written in words ("700 mln crowns" and "16.50 crowns" are money)
	if q.cur != 0 && q.words && !q.scaled && q.t1 > 0 && q.t1 <= len(toks) && toks[q.t1-1].low == "crowns" {
		q.cur, q.t1 = 0, q.t1-1
	}
	if q.skip {
		return nil, q.t1, true
	}
	if q.date {
		return sc.dateFigure(q, para), q.t1, true
	}
	// a range needs its "between" or "from"; without one they are not qualifiers
	if (qRole == "between" || qRole == "from") && !q.isRange || qRole == "approx" && q.vague {
		qRole, qText = "", ""
	}
	start := i
	if qRole == "" {
		start = j
	}
	if q.t0 < start {
		start = q.t0 // "aged 12"
	}
	// a bare "one" is a pronoun more often than a number
	keep, tentative := sc.keepWordNumber(&q, qRole)
	if !keep {
		return nil, 0, false
	}
	// "Six Nations", "Fund Two", "World War One": a number word in a name;
	// "world number three", "top three", "stage two": a rank or a name
	if q.words && (sc.inName(q.n0, q.n1) || !q.hasUnit() && !q.vague && sc.afterPrefix(q.n0)) {
		return nil, q.t1, true
	}
	k := q.t1
	// bounds written after the number: "50 or more", "18+"
	if (qRole == "" || qRole == "approx" || qRole == "exact") && !q.isRange {
		// "1,000 dlrs plus an accrued dividend", "10 plus 5": before an
		// article or a number, "plus" adds, it does not bound.
		if e, m, ok := lx.qualSuffix.match(toks, k); ok && sc.low(m) != "than" && !clauseArticle[sc.low(m)] &&
			!(m < len(toks) && toks[m].typ == ftNum) {
			qRole = lx.qualSufRole[e.idx]
			suffix := strings.ToLower(sc.text[toks[k].start:toks[m-1].end])
			if qText != "" {
				qText += " " + suffix
			} else {
				qText = suffix
			}
			k = m
		}
	}
	// "more than 10 and less than 40" is one range
	if (qRole == "lower" || qRole == "upper") && !q.isRange {
		if r, end, ok := sc.otherBound(&q, qRole, k); ok {
			lo, hi := q.val, r.val
			if qRole == "upper" {
				lo, hi = hi, lo
			}
			if lo < hi {
				q.isRange, q.lo, q.hi = true, lo, hi
				q.n1, q.t1 = r.n1, r.t1
				if q.cur == 0 && q.unit == 0 {
					q.cur, q.unit = r.cur, r.unit
				}
				k = end
			}
		}
	}
	kind := sc.kindOf(&q)
	// "a win over seventh seed Jurgen X", "what about second row play": a
	// rank is no amount to bound, the one word before it is a preposition;
	// "higher than first thought": an ordinal in words after a phrase is an
	// adverb. A phrase bounds a rank in digits: "more than 20th", "at least
	// 5th".
	if kind == FigureOrdinal && qText != "" && k == q.t1 && (j-i == 1 || q.words) {
		qRole, qText = "", ""
		if start == i {
			start = min(j, q.t0)
		}
	}
	f := &Figure{Paragraph: para, Qualifier: qText}
	sc.tentative = tentative
	f.Kind = kind
	switch {
	case q.cur != 0:
		row := lx.curRows[q.cur-1]
		f.Unit, f.Currency = row.name, row.iso
	case q.unit != 0:
		f.Unit = lx.unitRows[q.unit-1].name
	}
	if q.per != "" {
		f.Unit += " per " + q.per
	}
	switch {
	case q.isRange || q.vague:
		f.Min, f.Max = fptr(q.lo), fptr(q.hi)
	default:
		f.Value = fptr(q.val)
		switch qRole {
		case "lower":
			f.Min = fptr(q.val)
		case "upper":
			f.Max = fptr(q.val)
		case "exact":
			f.Min, f.Max = fptr(q.val), fptr(q.val)
		}
	}
	end := k
	if kind != FigureDate && kind != FigureOrdinal && !tentative {
		var counted string
		onlyOf := kind != FigureCount && kind != FigureVague
		counted, end = sc.counted(k, q.vague || q.val != 1, onlyOf)
		f.Counted = counted
		if lx.pronouns[strings.ToLower(counted)] {
			f.Counted = sc.antecedent(start, para, prev, counted)
			// "a quarter of those with broadband", "14% of those aged 30
			// to 39": the words after the pronoun say who they are; a noun
			// from before is not what is counted.
			// So do "those polled", "those questioned": a participle.
			if low := strings.ToLower(counted); (low == "those" || low == "these") && end < len(sc.toks) && sc.toks[end].typ == ftWord &&
				(pronounModifiers[sc.toks[end].low] || low == "those" && len(sc.toks[end].low) > 4 && strings.HasSuffix(sc.toks[end].low, "ed")) {
				f.Counted = ""
			}
		}
	}
	if q.unit == lx.ageRow+1 && f.Counted == "" {
		f.Counted = "age" // "aged 12", "Natalie Appleton, 31,"
		if q.n0 >= 2 && toks[q.n0-1].text == "of" && toks[q.n0-2].text == "age" {
			// "the default retirement age of 65" measures the retirement
			// age: up to two nouns or adjectives before it, no verb or
			// subject ("the government lowered retirement age of 60")
			w := q.n0 - 2
			for w > 0 && w > q.n0-4 && toks[w-1].typ == ftWord && toks[w-1].text == toks[w-1].low && !lx.stop[toks[w-1].low] &&
				(toks[w-1].tag == "NN" || toks[w-1].tag == "NNS" || toks[w-1].tag == "JJ") {
				w--
			}
			f.Counted = sc.text[toks[w].start:toks[q.n0-2].end]
		}
	}
	f.Start = toks[start].start
	f.End = toks[end-1].end
	f.Text = sc.text[f.Start:f.End]
	f.NumberStart = toks[q.n0].start
	f.NumberEnd = toks[q.n1-1].end
	f.Change = sc.change(start, k)
	if qRole == "from" && q.isRange && q.join > q.t0 {
		if d, ok := sc.changeBefore(i); ok {
			sc.splitLevels(f, &q, d)
		}
	}
	return f, end, true
}

// closesTicker reports whether token i is the ">" that closes a name or a
// ticker in angle brackets ("Philip Morris Cos <MO> rose 2-5/8"), no
// "more than": it is written onto the word before it, after a "<".
func (sc *figureScanner) closesTicker(i int) bool {
	toks := sc.toks
	if toks[i].low != ">" || i == 0 || toks[i].sp || toks[i-1].typ == ftPunct {
		return false
	}
	// (the sentence may have been cut at a dot inside: "<HFAG.F>")
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if toks[j].low == "<" {
			return true
		}
	}
	return false
}

// fromBefore reports whether "from" stands in the three words before
// token i.
func (sc *figureScanner) fromBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if sc.toks[j].low == "from" {
			return true
		}
	}
	return false
}

// changeInSentence reports whether a change word ("rose", "up") stands
// in the ten words before token i of its sentence, across commas but not
// a semicolon or a colon.
func (sc *figureScanner) changeInSentence(i int) bool {
	toks := sc.toks
	for j := i - 1; j >= 0 && j >= i-10 && toks[j].sent == toks[i].sent; j-- {
		if _, ok := sc.lx.changes[toks[j].low]; ok && toks[j].typ == ftWord {
			return true
		}
		if toks[j].typ == ftPunct && (toks[j].low == ";" || toks[j].low == ":") {
			break
		}
	}
	return false
}

// changeBefore finds a change word in the few words before token i of the
// same sentence ("was raised from", "rose 5% from") and returns its
// direction.
func (sc *figureScanner) changeBefore(i int) (string, bool) {
	toks := sc.toks
	for j := i - 1; j >= 0 && j >= i-6 && toks[j].sent == toks[i].sent; j-- {
		if d, ok := sc.lx.changes[toks[j].low]; ok && toks[j].typ == ftWord {
			return d, true
		}
		if toks[j].typ == ftPunct && (toks[j].low == "," || toks[j].low == ";" || toks[j].low == ":") {
			break
		}
	}
	return "", false
}

// splitLevels makes the range f ("from £4,745 to £4,895") two figures, the
// level a change starts from (f) and the level it reaches (sc.second), when
// the direction of the change word d agrees with the values.
func (sc *figureScanner) splitLevels(f *Figure, q *quantity, d string) {
	lo, hi := q.lo0, q.hi0
	dir := ""
	switch {
	case hi > lo:
		dir = "up"
	case hi < lo:
		dir = "down"
	}
	if dir == "" || d != dir {
		return // "reduced from 44 to 50 mg" reads as a range
	}
	toks := sc.toks
	second := *f
	f.Value, f.Min, f.Max = fptr(lo), nil, nil
	second.Value, second.Min, second.Max = fptr(hi), nil, nil
	f.Qualifier, second.Qualifier = "", ""
	f.Start, f.End = toks[q.t0].start, toks[q.join-1].end
	f.Text = sc.text[f.Start:f.End]
	f.NumberEnd = toks[q.join-1].end
	for k := q.join - 1; k > q.n0 && toks[k].typ != ftNum; k-- {
		f.NumberEnd = toks[k-1].end
	}
	second.Start = toks[q.second].start
	second.Text = sc.text[second.Start:second.End]
	second.NumberStart = toks[q.secondN].start
	f.Change, second.Change = dir, dir
	f.Level, second.Level = "old", "new"
	sc.second = &second
}

// otherBound reads the second bound of "more than 10 and less than 40"
// after token k: a joining word, a qualifier of the other direction and a
// quantity.
func (sc *figureScanner) otherBound(q *quantity, role string, k int) (quantity, int, bool) {
	lx, toks := sc.lx, sc.toks
	if k+2 >= len(toks) {
		return quantity{}, k, false
	}
	m := k
	if w := sc.low(m); w == "and" || w == "but" {
		m++
	} else if w == "," {
		m++
		if w := sc.low(m); w == "and" || w == "but" {
			m++
		}
	} else {
		return quantity{}, k, false
	}
	e, j, ok := lx.qualifiers.match(toks, m)
	if !ok {
		return quantity{}, k, false
	}
	want := "upper"
	if role == "upper" {
		want = "lower"
	}
	if lx.qualRoles[e.idx] != want {
		return quantity{}, k, false
	}
	r, ok := sc.single(j, q.cur != 0)
	if !ok || r.skip || r.date || r.vague || r.ordinal || r.hasUnit() && q.hasUnit() && (r.cur != q.cur || r.unit != q.unit) {
		return quantity{}, k, false
	}
	return r, r.t1, true
}

// clauseArticle are words that open a noun phrase of its own after a bound
// word: what follows is added, not bounded.
var clauseArticle = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "his": true,
	"her": true, "this": true, "that": true, "these": true, "those": true, "another": true}

// fptr returns v, a large one rounded to the 15 significant digits a
// written figure never exceeds (4.14 billion is 4140000000, not 4139999999.9999995), or
// nil for no number.
func fptr(v float64) *float64 {
	if isBad(v) {
		return nil
	}
	if math.Abs(v) >= 1e6 {
		pow := math.Pow(10, 14-math.Floor(math.Log10(math.Abs(v))))
		if r := math.Round(v*pow) / pow; !isBad(r) {
			v = r
		}
	}
	return &v
}

func isBad(v float64) bool { return math.IsNaN(v) || math.IsInf(v, 0) }

// periodOfTime tells a fraction word that names a stretch of time: "the
// last quarter", "two quarters ahead" (but "three quarters of the seats",
// "a quarter" are fractions).
func (sc *figureScanner) periodOfTime(q *quantity) bool {
	if q.n1 <= q.n0 || q.n1 > len(sc.toks) {
		return false
	}
	w := sc.toks[q.n1-1].low
	if !sc.lx.periodFractions[w] {
		return false
	}
	if q.n1-q.n0 == 1 && q.n0 > 0 && sc.lx.periodOpeners[sc.toks[q.n0-1].low] {
		return true
	}
	return strings.HasSuffix(w, "s") && sc.low(q.n1) != "of"
}

// keepWordNumber drops the word "one" (and "a") standing alone: "no one",
// "one of them", "the one". Before a word that may be a noun ("only one
// set") it keeps it, tentatively: the parse decides.
func (sc *figureScanner) keepWordNumber(q *quantity, qRole string) (keep, tentative bool) {
	if q.words && q.fraction && sc.periodOfTime(q) {
		return false, false
	}
	if !q.words || q.hasUnit() || q.isRange || q.vague || q.ordinal || q.scaled || q.fraction {
		return true, false
	}
	if q.val != 1 {
		return true, false
	}
	if n := q.t1; n < len(sc.toks) && sc.toks[n].typ == ftWord && sc.toks[n].sp && !sc.lx.stop[sc.toks[n].low] && !isUpperStart(sc.toks[n].text) {
		// not "one quarter" (a fraction left unread) nor "the one thing"
		_, num := sc.lx.numbers[sc.toks[n].low]
		_, den := sc.lx.denoms[sc.toks[n].low]
		prev := ""
		if q.n0 > 0 {
			prev = sc.toks[q.n0-1].low
		}
		if !num && !den && prev != "the" && prev != "this" && prev != "that" && prev != "last" && prev != "no" && prev != "any" && prev != "every" && prev != "each" {
			return true, true
		}
	}
	return false, false
}

// kindOf tells what kind of figure q is.
func (sc *figureScanner) kindOf(q *quantity) string {
	switch {
	case q.vague:
		return FigureVague
	case q.cur != 0:
		return FigureMoney
	case q.unit != 0:
		switch sc.lx.unitRows[q.unit-1].kind {
		case "percent":
			return FigurePercent
		default:
			return FigureMeasure
		}
	case q.ordinal:
		return FigureOrdinal
	case q.vague:
		return FigureVague
	}
	return FigureCount
}

// dateFigure makes a date figure of q: a year, a day of a month, a decade.
func (sc *figureScanner) dateFigure(q quantity, para int) *Figure {
	toks := sc.toks
	f := &Figure{Paragraph: para, Kind: FigureDate, Start: toks[q.t0].start, End: toks[q.t1-1].end}
	f.Text = sc.text[f.Start:f.End]
	f.NumberStart, f.NumberEnd = toks[q.n0].start, toks[q.n1-1].end
	if q.isRange {
		f.Min, f.Max = fptr(q.lo), fptr(q.hi)
	} else {
		f.Value = fptr(q.val)
	}
	return f
}

// ratioFor reads "for" and a number after the bare whole number q, with or
// without hyphens ("one for one", "three-for-two"), and returns the end of
// the ratio.
func (sc *figureScanner) ratioFor(q quantity) (int, bool) {
	toks := sc.toks
	if q.hasUnit() || q.scaled || q.fraction || q.val != math.Trunc(q.val) || q.val <= 0 || q.val > 100 {
		return 0, false
	}
	k := q.t1
	dash := k < len(toks) && isDash(toks[k].low) && !toks[k].sp
	if dash {
		k++
	}
	// "an eight to one majority", "a seven to two vote": a split of votes
	to := !dash && k+1 < len(toks) && toks[k].low == "to"
	if k+1 >= len(toks) || toks[k].low != "for" && !to {
		return 0, false
	}
	// written without hyphens, a ratio follows an article, or an article
	// and an adjective or participle ("a one for one basis", "the new one
	// for four rights issue"): "voted 52 for 48 against" and "voted 7 for
	// 2" are votes
	if !dash {
		p := q.t0 - 1
		if p > 0 && (toks[p].tag == "JJ" || toks[p].tag == "VBN") {
			p--
		}
		if p < 0 || toks[p].low != "a" && toks[p].low != "an" && toks[p].low != "the" {
			return 0, false
		}
	}
	k++
	if dash {
		if !isDash(toks[k].low) || toks[k].sp || k+1 >= len(toks) {
			return 0, false
		}
		k++
	}
	r, ok := sc.single(k, false)
	if !ok || r.n0 != k || r.hasUnit() || r.scaled || r.fraction || r.date || r.vague || r.ordinal || r.val <= 0 || r.val > 100 {
		return 0, false
	}
	if !dash && r.n1 < len(toks) && toks[r.n1].low == "against" {
		return 0, false
	}
	if to && !(r.t1 == r.n1 && r.n1 < len(toks) && sc.lx.voteSplits[toks[r.n1].low]) {
		return 0, false
	}
	return r.n1, true
}

// quantityAt reads a quantity at token j: a single one or a range.
func (sc *figureScanner) quantityAt(j int, qRole string) (quantity, bool) {
	toks := sc.toks
	q, ok := sc.single(j, false)
	if !ok {
		return q, false
	}
	if q.vague && q.cur == 0 && sc.low(q.t1) == "of" {
		// "millions of dollars"
		if e, end, ok := sc.lx.currencies.matchIf(toks, q.t1+1, sc.lx.isPost); ok && len(toks[q.t1+1].low) > 2 {
			q.cur, q.t1 = e.idx+1, end
		}
	}
	if q.skip || q.date || q.vague || q.ordinal {
		return q, true
	}
	// phone numbers and codes: "555-0142-77", "+1-222-2222"
	if t := &toks[q.n0]; t.typ == ftNum && q.t0 == q.n0 && q.n1 == q.n0+1 {
		groups, m := 1, q.n1
		for m+1 < len(toks) && isDash(toks[m].low) && !toks[m].sp && toks[m+1].typ == ftNum && !toks[m+1].sp {
			groups++
			m += 2
		}
		if groups >= 3 || groups == 2 && q.n0 > 0 && toks[q.n0-1].low == "+" {
			q.skip, q.t1 = true, m
			return q, true
		}
		// a model or code after a name: "ATR 72-500", "Boeing 737"
		if q.n1 < len(toks) && isDash(toks[q.n1].low) && t.plain && !isYearish(q.val) && sc.afterName(q.n0) {
			q.skip, q.t1 = true, m
			if m == q.n1 && q.n1+1 < len(toks) && toks[q.n1+1].typ == ftNum {
				q.t1 = q.n1 + 2
			}
			return q, true
		}
	}
	// letters written onto the number: "i7", "LGA1156", "4x100m"
	if t := &toks[q.n0]; t.typ == ftNum && q.t0 == q.n0 && q.n0 > 0 && !t.sp && toks[q.n0-1].typ == ftWord {
		q.skip = true
		return q, true
	}
	if t := &toks[q.n0]; t.typ == ftNum && q.t0 == q.n0 && q.n1 == q.n0+1 {
		if q.n0 > 1 && !t.sp && isDash(toks[q.n0-1].low) && !toks[q.n0-1].sp && toks[q.n0-2].typ == ftWord &&
			!sc.lx.dateWords[toks[q.n0-2].low] && !(q.n1-q.n0 == 1 && isYearish(q.val)) {
			if _, isQual := sc.lx.qualifiers[toks[q.n0-2].low]; !isQual && sc.lx.numbers[toks[q.n0-2].low].role == 0 {
				q.skip = true
				return q, true
			}
		}
	}
	// "Hobson's Choice, The 39 Steps and King Kong": a number after a
	// capital "The" inside a sentence, before a capital, is in a title
	if q.t0 == q.n0 && q.n0 > 1 && toks[q.n0-1].text == "The" && !sc.sentenceStart(q.n0-1) && !q.hasUnit() &&
		toks[q.n0-2].low != ":" && !isQuote(toks[q.n0-2].low) && toks[q.n0-2].low != "(" &&
		q.t1 < len(toks) && toks[q.t1].typ == ftWord && isUpperStart(toks[q.t1].text) {
		end := q.t1
		for end < len(toks) && toks[end].typ == ftWord && isUpperStart(toks[end].text) {
			end++
		}
		q.skip, q.t1 = true, end
		return q, true
	}
	// "on a one for one basis", "a three-for-two split", "a one-for-five
	// rights issue": a ratio, no figure ("two for 10 dlrs" is a price)
	if end, ok := sc.ratioFor(q); ok {
		q.skip, q.t1 = true, end
		return q, true
	}
	// "four in the morning", "10 o'clock": a time of day
	if !q.hasUnit() && !q.fraction && q.val >= 0 && q.val <= 24 {
		if _, end, ok := sc.lx.clock.match(toks, q.t1); ok {
			q.skip, q.t1 = true, end
			return q, true
		}
	}
	if r, ok := sc.rangeTail(&q, qRole); ok {
		q = r
	}
	if !q.isRange {
		sc.checkIdentifier(&q)
		if !q.skip {
			sc.checkDate(&q, qRole)
		}
	} else if sc.dayRange(&q) {
		// "last September 11-12", "in Venice on June 8-10", "from 4-6
		// March": days of a month
		q.date = true
		if m := sc.prevWord(q.n0); q.t0 == q.n0 && sc.isMonth(m) {
			q.t0 = m
		} else if sc.isMonthAt(q.t1) {
			q.t1++
		}
	}
	return q, true
}

// dayRange reports whether the range q is of days written after their
// month ("September 11-12", "June 8 to 10") or before it ("from 4-6
// March"): two whole numbers from 1 to 31 without a unit, the first right
// after a month's name or the last right before one.
func (sc *figureScanner) dayRange(q *quantity) bool {
	if q.hasUnit() || q.scaled || q.fraction || q.words || q.lo < 1 || q.hi > 31 || q.lo != math.Trunc(q.lo) || q.hi != math.Trunc(q.hi) {
		return false
	}
	return q.t0 == q.n0 && sc.toks[q.n0].plain && (sc.isMonth(sc.prevWord(q.n0)) || sc.isMonthAt(q.t1))
}

// scoreNear tells whether a score written like the one at [a, b) comes right
// before or after it: "6-7 (4-7) 7-6", "7-5 5-7 6-4": the sets of a match,
// each a score, though the loser's comes first.
func (sc *figureScanner) scoreNear(a, b int) bool {
	toks := sc.toks
	isScore := func(k int) bool {
		return k >= 0 && k+2 < len(toks) && toks[k].typ == ftNum && toks[k].plain && toks[k].val < 20 &&
			isDash(toks[k+1].low) && !toks[k+1].sp && toks[k+2].typ == ftNum && toks[k+2].plain && !toks[k+2].sp && toks[k+2].val < 20
	}
	before := a - 3
	if a > 0 && toks[a-1].low == "(" {
		before--
	}
	after := b
	// "7-6 (7-3)" before and "6-7 (3-7) 6-3" after: a tie-break's score
	// in brackets
	if after < len(toks) && (toks[after].low == ")" || toks[after].low == "(") {
		after++
	}
	return isScore(before) || isScore(after)
}

// rangeTail reads "- 20", "to 20" and "and 20" (after "between") after q.
func (sc *figureScanner) rangeTail(q *quantity, qRole string) (quantity, bool) {
	toks := sc.toks
	k := q.t1
	if k+1 >= len(toks) {
		return *q, false
	}
	c := &toks[k]
	dash := c.typ == ftPunct && isDash(c.low)
	changeTo := false
	switch {
	case dash, c.low == "~" && !q.hasUnit():
	case (c.low == "to" || c.low == "through" || c.low == "thru") && c.typ == ftWord:
		// "rose $1.20 to $84.35": a change and where it ended, not a range
		if qRole == "" && sc.change(q.t0, q.t0) != "" {
			if q.hasUnit() || q.scaled {
				return *q, false
			}
			changeTo = true
		}
	case c.low == "and" && qRole == "between":
	case c.low == "or" && !q.hasUnit() && q.words:
		// "two or three days"
	default:
		return *q, false
	}
	next := k + 1
	// "between 2 g and about 7 g", "2 - ~7 grams"
	if e, j, ok := sc.lx.qualifiers.match(toks, next); ok && sc.lx.qualRoles[e.idx] == "approx" && j < len(toks) {
		next = j
	}
	// (a word then a dash and digits may be a span with the unit after
	// the digits: "an estimated eight-10 dlrs", "seven-12 years")
	wordDash := dash && q.words && !q.hasUnit() && toks[next].typ == ftNum && !c.sp && !toks[next].sp
	if dash && (q.words && !wordDash || toks[next].typ == ftWord && !sc.isCurrencyAt(next)) {
		return *q, false
	}
	r, ok := sc.single(next, q.cur != 0)
	if !ok || r.skip || r.date || r.vague || r.ordinal {
		return *q, false
	}
	if wordDash && !(r.hasUnit() && !r.scaled && q.val > 0 && q.val < r.val && r.val <= 4*q.val) {
		return *q, false
	}
	// "I7-860BOX" is a code
	if r.t1 == r.n1 && r.t1 < len(toks) && toks[r.t1].typ == ftWord && !toks[r.t1].sp {
		return *q, false
	}
	if c.low == "or" && (!r.hasUnit() || !r.words) {
		return *q, false
	}
	// "down 29.9 to 36.3 pct", "a drop of 17.5 to 19.4 pct", "would fall
	// 50 to 100 basis points": after a change word, a bare number up to
	// no more than twice it in a percentage or a measure is a range of
	// changes; a level is not that near its change ("rose 1.20 to 84.35
	// dlrs"), and prices stay a change and its level.
	if changeTo && !(r.unit != 0 && r.cur == 0 && !r.scaled && q.val > 0 && q.val < r.val && r.val <= 2*q.val) {
		return *q, false
	}
	// units: one side may leave it to the other ("10-20 dollars", "$10-20")
	switch {
	case q.hasUnit() && r.hasUnit():
		if q.cur != r.cur && sc.curName(q.cur) != sc.curName(r.cur) || q.unit != r.unit && !(q.cur != 0 && r.cur != 0) {
			return *q, false
		}
	case r.hasUnit():
		// "seven to 12 years" is one span: a word up to a larger number in
		// digits (not in a list of prices, "Evergo one to 74 cents": a
		// change after a name, and where it ended)
		afterName := q.t0 > 0 && toks[q.t0-1].typ == ftWord && isUpperStart(toks[q.t0-1].text) && !sc.sentenceStart(q.t0-1)
		wordSpan := q.words && q.val < r.val && toks[q.n0].typ == ftWord && !afterName
		// "a 1.5 to two pct rise", "1/2 to one pct", "7-1/2 to eight pct":
		// a number in digits up to a word no more than four times it
		digitSpan := !q.words && r.words && !q.scaled && !r.scaled && q.val > 0 && q.val < r.val && r.val <= 4*q.val && !afterName
		if !dash && c.low == "to" && qRole == "" && !(q.words == r.words) && !wordSpan && !digitSpan {
			return *q, false
		}
	case q.hasUnit():
		if c.low == "to" && (qRole == "" || qRole == "approx") && q.unit != 0 {
			// "rose 5% to 3,000", "by about 15 pct to 48 mln bricks":
			// different things
			return *q, false
		}
	}
	lo, hi := q.val, r.val
	// "2-3 million", "between 2 and 3 million": the scale is shared
	// "cut from 3.450 to 1.350 billion": a fall shares it too, when the
	// first, so scaled, is within ten times the second.
	if !q.scaled && r.scaled && r.mult > 1 && (lo*r.mult <= hi || (qRole == "from" || qRole == "between") && lo*r.mult <= hi*10) {
		lo *= r.mult
	}
	// "fell from 36,185 in 2003 to 28,041", "the deficit for 1988 to 108
	// billion dlrs": a year before "to" and a sum or a count after it
	if c.low == "to" && !q.hasUnit() && !q.scaled && q.n1-q.n0 == 1 && toks[q.n0].plain && len(toks[q.n0].text) == 4 &&
		q.val >= 1900 && q.val <= 2099 && (r.hasUnit() || r.scaled || r.val >= 10000 && !toks[r.n0].plain) {
		return *q, false
	}
	if c.low == "to" && qRole == "" && lo > 0 && hi > 0 {
		// "RJR 1-1/4 to 57-1/2", "closed off 3/4 to 33-1/2": prices quoted
		// in fractions, a change and where it ended, not a range
		// ("1/32 to 5/16 lower" is a range of changes: no price under 5)
		if (q.fraction || r.fraction) && !q.hasUnit() && !r.hasUnit() && hi >= 4*lo && hi >= 5 {
			return *q, false
		}
		// "shares rose 6%, or 16.75 pence to 293.5p": after a change word
		// in the sentence, a second number many times the first is where
		// the change ended
		// ("lowered from 1 y 1/8 to 7/8 of a pct" is no change and level)
		if hi >= 8*lo && sc.changeInSentence(q.t0) && !sc.fromBefore(q.t0) {
			return *q, false
		}
		// "raises the line by 23 mln dlrs to 63 mln": after "by", the
		// change, in its own unit; a number after "to" more than twice it
		// is where the change ended ("cut by two to three pct", "cut
		// prices by 5 to 15 pct" stay a range: the unit is written once)
		if q.t0 > 0 && toks[q.t0-1].low == "by" && q.hasUnit() && hi > 2*lo && !(isYearish(lo) && isYearish(hi)) {
			return *q, false
		}
	}
	// "2018-19" and "1990 to 1995" are spans of years
	if q.n1-q.n0 == 1 && toks[q.n0].plain && !q.hasUnit() && !r.hasUnit() && isYearish(lo) &&
		(r.n1-r.n0 == 1 && toks[r.n0].plain && (isYearish(hi) && hi > lo || len(toks[r.n0].text) == 2)) {
		out := *q
		out.t1, out.n1 = r.t1, r.n1
		out.isRange, out.date = true, true
		out.lo, out.hi = lo, hi
		if hi < 100 {
			out.hi = math.Floor(lo/100)*100 + hi
		}
		return out, true
	}
	if dash && !q.hasUnit() && !r.hasUnit() && (qRole == "" || qRole == "from" && lo >= hi) && toks[q.n0].plain && toks[r.n0].plain && hi < 200 &&
		(lo >= hi || hi < 20 && sc.scoreNear(q.t0, r.t1)) {
		// a score: "won 3-1", and after "from" when it does not rise:
		// "from 3-3 in the second set", "from 40-0 up"
		out := *q
		out.t1 = r.t1
		out.skip = true
		return out, true
	}
	lo0, hi0 := lo, hi
	if lo > hi {
		if qRole != "from" && qRole != "between" {
			return *q, false
		}
		lo, hi = hi, lo
	}
	out := *q
	out.join, out.second, out.secondN, out.lo0, out.hi0 = k, r.t0, r.n0, lo0, hi0
	out.t1, out.n1 = r.t1, r.n1
	if r.n1 < q.n1 {
		out.n1 = q.n1
	}
	out.isRange = true
	out.lo, out.hi = lo, hi
	if out.cur == 0 {
		out.cur = r.cur
	}
	if out.unit == 0 {
		out.unit = r.unit
	}
	if out.per == "" {
		out.per = r.per
	}
	out.words = q.words && r.words
	return out, true
}

func isYearish(v float64) bool { return v >= 1000 && v <= 2100 && v == math.Trunc(v) }

// single reads one number with its currency and unit at token j.
func (sc *figureScanner) single(j int, money bool) (quantity, bool) {
	lx, toks := sc.lx, sc.toks
	q := quantity{t0: j}
	k := j
	if k >= len(toks) {
		return q, false
	}
	// a currency before the number: "$", "US$", "USD", "£"
	if e, m, ok := lx.currencies.matchIf(toks, k, lx.isPre); ok && m < len(toks) && sc.numberish(m) {
		short := len(e.toks) == 1 && toks[k].typ == ftWord && len(toks[k].low) <= 2 && !toks[m].attached() &&
			!(toks[k].text[0] >= 'A' && toks[k].text[0] <= 'Z')
		if !short {
			q.cur = e.idx + 1
			k = m
		}
	}
	mult := 1.0
	if q.cur == 0 && k+1 < len(toks) {
		// "MAUD 60"
		if row, m, ok := sc.scaledISO(k); ok && sc.numberish(k+1) {
			q.cur, mult = row+1, m
			k++
		}
	}
	neg := false
	if k+1 < len(toks) {
		t := &toks[k]
		if t.typ == ftPunct && isDash(t.low) && toks[k+1].typ == ftNum && !toks[k+1].sp &&
			(k == 0 || t.sp || q.cur != 0 || toks[k-1].typ == ftPunct && toks[k-1].low != "%" && toks[k-1].low != ")") {
			neg = true
			k++
		} else if t.low == "minus" || t.low == "negative" {
			neg = true
			k++
		}
	}
	if q.cur == 0 && neg {
		// "-$5"
		if e, m, ok := lx.currencies.matchIf(toks, k, lx.isPre); ok && m < len(toks) && toks[m].typ == ftNum {
			q.cur = e.idx + 1
			k = m
		}
	}
	if k >= len(toks) {
		return q, false
	}
	q.n0 = k
	var ok bool
	if (toks[k].low == "a" || toks[k].low == "an") && k+1 < len(toks) && q.cur == 0 && sc.articleUnit(k+1) {
		// "a mile", "a dollar"; but after money or a unit it is what a
		// rate is per, no figure: "423.50 dlrs an ounce", "pence a litre"
		if k > 0 && toks[k-1].typ == ftWord && sc.isUnitWord(k-1) {
			return q, false
		}
		q.val, q.words = 1, true
		q.n1 = k + 1
		q.t1 = sc.unitAfter(&q, k+1)
		if q.cur != 0 {
			q.t1 = sc.minorAfter(&q, q.t1)
		}
		// "A barrel of US crude closed up $2.80", "A pint of milk costs
		// 40p": a unit of a thing that opens the sentence is the base the
		// sentence prices or measures, no quantity of its own.
		if sc.sentenceStart(k) && sc.low(q.t1) == "of" {
			return q, false
		}
		return q, q.t1 > k+1
	}
	if toks[k].typ == ftNum {
		k, ok = sc.digitsNumber(&q, k, money || q.cur != 0)
	} else if _, isNum := lx.numbers[toks[k].low]; toks[k].typ == ftWord || isNum {
		k, ok = sc.wordNumber(&q, k)
	}
	if !ok {
		return q, false
	}
	q.n1 = k
	q.t1 = k
	if neg {
		q.val = -q.val
		q.lo, q.hi = -q.hi, -q.lo
	}
	if mult != 1 {
		q.val *= mult
		q.scaled = true
	}
	if q.skip || q.date {
		return q, true
	}
	// "one in five", "3 out of 10": a proportion
	if q.cur == 0 && !q.scaled && !q.fraction && !q.ordinal && k+1 < len(toks) {
		m := k
		switch {
		case toks[m].low == "in":
			m++
		case toks[m].low == "out" && sc.low(m+1) == "of":
			m += 2
		}
		if m > k && m < len(toks) {
			var r quantity
			var end int
			ok := false
			if toks[m].typ == ftNum && toks[m].plain && toks[m].ok {
				r.val, end, ok = toks[m].val, m+1, true
			} else if toks[m].typ == ftWord {
				end, ok = sc.wordNumber(&r, m)
				ok = ok && !r.vague && !r.ordinal && !r.fraction
			}
			if ok && r.val > q.val && q.val > 0 && !isYearish(r.val) && !(end < len(toks) && sc.isUnitWord(end)) {
				q.val /= r.val
				q.fraction = true
				k = end
				q.n1, q.t1 = k, k
			}
		}
	}
	// "75 USD million"
	if q.cur == 0 && !q.scaled && k+1 < len(toks) {
		if e, m, ok := lx.currencies.match(toks, k); ok && m < len(toks) {
			if nw, ok := lx.numbers[toks[m].low]; ok && nw.role == roleScale {
				q.cur = e.idx + 1
				q.val *= nw.val
				q.scaled = true
				k = m + 1
				q.t1 = k
			}
		}
	}
	if q.ordinal {
		return q, true
	}
	// "a quarter of a percentage point", "two thirds of a mile"
	if q.fraction && q.words && sc.low(k) == "of" && (sc.low(k+1) == "a" || sc.low(k+1) == "an") && k+2 < len(toks) {
		if end := sc.unitAfter(&q, k+2); end > k+2 {
			q.t1 = end
			return q, true
		}
	}
	k = sc.unitAfter(&q, k)
	if q.unit != 0 {
		k = sc.smallerUnit(&q, k)
	} else if q.cur == 0 && !q.words && q.n0 > 0 && toks[q.n0-1].low == "aged" {
		// "aged 12"
		q.unit = lx.ageRow + 1
		if q.t0 == q.n0 {
			q.t0 = q.n0 - 1
		}
	} else if q.cur == 0 && !q.words && sc.ageAfterName(q, k) {
		// "Natalie Appleton, 31, walked out"
		q.unit = lx.ageRow + 1
	} else if q.cur == 0 && sc.afterAgeOf(q, k) {
		// "died at the age of 73", "by the age of 40"
		q.unit = lx.ageRow + 1
	} else if q.cur == 0 && sc.afterWhoIs(q, k) {
		// "my daughter who is 14 - who don't listen"
		q.unit = lx.ageRow + 1
	}
	// "2 degrees below zero", "5 below zero"
	if q.cur == 0 && sc.low(k) == "below" && sc.low(k+1) == "zero" && (q.unit == 0 || strings.HasPrefix(lx.unitRows[q.unit-1].name, "degree")) {
		q.val = -q.val
		if q.unit == 0 {
			q.unit = lx.degreeRow + 1
		}
		k += 2
	}
	if q.cur != 0 && !lx.curRows[q.cur-1].minor {
		k = sc.minorAfter(&q, k)
	}
	q.t1 = k
	return q, true
}

// ageAfterName tells a whole number from 1 to 120 set off by commas right
// after a capitalised name ("Natalie Appleton, 31, walked out", "… was
// Anna Moss, 31."): a person's age. k is the token after the number.
// afterAgeOf reports whether the whole number q, with no unit, follows
// "age of" in lower case ("at the age of 73", "by the age of forty"): it is
// an age in years, no bare count ("the Age of Empires 3" is a title).
func (sc *figureScanner) afterAgeOf(q quantity, k int) bool {
	toks := sc.toks
	if !ageCandidate(q, k) || q.scaled || q.isRange {
		return false
	}
	if toks[q.n0-1].text != "of" || toks[q.n0-2].text != "age" {
		return false
	}
	// "the age of 5 children" counts the children
	return !(k < len(toks) && toks[k].typ == ftWord && (sc.isUnitWord(k) || sc.isPlural(&toks[k], toks[k].low)))
}

// afterWhoIs reports whether the whole number q, with no unit, follows
// "who is", "who was" or "who turns" and ends its clause ("my daughter who
// is 14 - who don't listen to radio", "a boy who was 12."): a person's
// age; a word after it says what else it is ("who are 10 points clear").
// After a name set off by a comma the clause must be set off too, an
// aside the sentence goes on after ("Nadal, who is 19, lost"): at the end
// of a sentence the number may be a rank or a score as well ("lost to
// Hewitt, who was 3.").
func (sc *figureScanner) afterWhoIs(q quantity, k int) bool {
	toks := sc.toks
	if !ageCandidate(q, k) || q.scaled || q.isRange {
		return false
	}
	if !sc.lx.ageVerbs[toks[q.n0-1].low] || toks[q.n0-2].low != "who" {
		return false
	}
	aside := q.n0 >= 4 && toks[q.n0-3].low == "," && isUpperStart(toks[q.n0-4].text)
	if k == len(toks) {
		return !aside
	}
	t := &toks[k]
	if aside {
		return k+1 < len(toks) && (t.low == "," || isDash(t.low)) && toks[k+1].typ == ftWord
	}
	return t.typ == ftPunct && (t.low == "," || t.low == "." || t.low == ";" || t.low == ")" || isDash(t.low))
}

// ageCandidate tells whether q, the quantity that ends at token k, could be
// a person's age: a whole number from 1 to 120 with a word or two before it.
func ageCandidate(q quantity, k int) bool {
	return q.n0 >= 2 && q.n1 == k && q.val >= 1 && q.val <= 120 && q.val == math.Trunc(q.val)
}

func (sc *figureScanner) ageAfterName(q quantity, k int) bool {
	toks := sc.toks
	if !ageCandidate(q, k) || toks[q.n0-1].low != "," {
		return false
	}
	capital := func(w int) bool {
		if w < 0 {
			return false
		}
		name := toks[w]
		return name.typ == ftWord && name.text != "" && unicode.IsUpper([]rune(name.text)[0]) && sc.lx.months[name.low] == 0
	}
	if !capital(q.n0 - 2) {
		return false
	}
	// a name of two capitalised words ("Anna Moss", "Mr Moss"), not "Labour,
	// 34, the Conservatives, 28"
	if capital(q.n0 - 3) {
		return k == len(toks) || toks[k].low == "," || toks[k].low == "." || toks[k].low == ")"
	}
	// one name, then a verb or "who" ("Hamm, 32, who retired", "Gere, 55,
	// greeted the crowd"): a poll's share is followed by the next party
	if k+1 >= len(toks) || toks[k].low != "," || toks[k+1].typ != ftWord {
		return false
	}
	next := &toks[k+1]
	if next.low == "who" || next.low == "whose" {
		return true
	}
	// "Thanou, 30, and her compatriot": "and" and a possessive, which a
	// poll's next party ("and the Conservatives") never has
	if next.low == "and" && k+2 < len(toks) && (toks[k+2].low == "her" || toks[k+2].low == "his" || toks[k+2].low == "their") {
		return true
	}
	return strings.HasPrefix(next.tag, "VB") && next.text == next.low
}

func (sc *figureScanner) low(k int) string {
	if k < 0 || k >= len(sc.toks) {
		return ""
	}
	return sc.toks[k].low
}

// pronounModifiers open the words that describe a pronoun counted right
// after it ("those with ...", "those who ...", "those aged ...").
var pronounModifiers = map[string]bool{"with": true, "without": true, "who": true, "that": true, "aged": true, "in": true,
	"on": true, "from": true, "under": true, "over": true, "living": true, "earning": true, "having": true, "whose": true}
