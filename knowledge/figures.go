package knowledge

import (
	"math"
	"strings"
	"sync"
)

// extractFigures finds the numbers of an article with their qualifiers, what
// they count and who they are attributed to. Only body and caption
// paragraphs yield figures.
func extractFigures(a *Article, ents []Entity, claims []Claim) []Figure {
	if a == nil {
		return nil
	}
	sc := scannerPool.Get().(*figureScanner)
	defer scannerPool.Put(sc)
	var out []Figure
	for _, p := range a.Paragraphs {
		if p.Kind != KindBody && p.Kind != KindCaption {
			continue
		}
		first := len(out)
		out = sc.paragraph(p, out)
		attribute(out[first:], p, sc.toks, ents, claims)
	}
	resolvePronouns(out)
	return out
}

var scannerPool = sync.Pool{New: func() any { return &figureScanner{lx: figLex()} }}

// figureScanner holds the reusable state of one paragraph's scan.
type figureScanner struct {
	lx   *figureLexicon
	toks []ftok
	sent []int // sentence number of each token
	text string
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
	words    bool // written in words
	scaled   bool // multiplied by a scale word or abbreviation
	fraction bool
	cur      int // currency row + 1
	unit     int // unit row + 1
	per      string
	date     bool // a date, a year or a time: not a quantity
	skip     bool // an identifier, a score, a time: not a figure at all
}

func (q *quantity) hasUnit() bool { return q.cur != 0 || q.unit != 0 }

// paragraph scans one paragraph and appends its figures to out.
func (sc *figureScanner) paragraph(p Paragraph, out []Figure) []Figure {
	sc.text = p.Text
	sc.toks = tokenizeFigures(p.Text, sc.toks)
	sc.sentences()
	toks := sc.toks
	first, prevEnd := len(out), -1
	for i := 0; i < len(toks); {
		if sc.isURL(i) {
			// numbers inside web and mail addresses are no figures
			for i++; i < len(toks) && !toks[i].sp; i++ {
			}
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
			if len(out) > first && prevEnd >= 0 {
				// "forty-five (45)": the same figure said again
				if p := &out[len(out)-1]; i == prevEnd+1 && toks[prevEnd].low == "(" && sameValue(p, f) {
					i = next
					continue
				}
				sc.inheritUnit(&out[len(out)-1], f, prevEnd, i)
			}
			out = append(out, *f)
			prevEnd = next
		}
		i = next
	}
	return out
}

func sameValue(a, b *Figure) bool {
	return a.Value != nil && b.Value != nil && *a.Value == *b.Value && a.Unit == b.Unit
}

// inheritUnit gives a bare figure the unit of the figure it is compared
// with: "25 cts vs 20", "1.2 mln dlrs against 900,000". The words between
// them, from token a to b, must be a comparison word and nothing else.
func (sc *figureScanner) inheritUnit(prev, f *Figure, a, b int) {
	if f.Kind != FigureCount || f.Counted != "" || prev.Unit == "" || a > b {
		return
	}
	switch prev.Kind {
	case FigureMoney, FigurePercent, FigureMeasure:
	default:
		return
	}
	// the number may follow the word inside the figure: "from 10.5 mln"
	for b < len(sc.toks) && sc.toks[b].start < f.NumberStart {
		b++
	}
	if _, end, ok := sc.lx.vsWords.match(sc.toks, a); !ok || end != b {
		return
	}
	f.Kind, f.Unit, f.Currency = prev.Kind, prev.Unit, prev.Currency
}

// isURL reports whether token i starts a web address: "http://", "www.".
func (sc *figureScanner) isURL(i int) bool {
	t := &sc.toks[i]
	if t.typ != ftWord || i+1 >= len(sc.toks) || sc.toks[i+1].sp {
		return false
	}
	switch t.low {
	case "http", "https", "ftp":
		return sc.toks[i+1].low == ":"
	case "www":
		return sc.toks[i+1].low == "."
	}
	return sc.toks[i+1].low == "@"
}

// sentences numbers the sentences of the paragraph, token by token.
func (sc *figureScanner) sentences() {
	toks := sc.toks
	if cap(sc.sent) < len(toks) {
		sc.sent = make([]int, len(toks))
	}
	sc.sent = sc.sent[:len(toks)]
	n := 0
	for i := range toks {
		sc.sent[i] = n
		t := &toks[i]
		if t.typ != ftPunct || (t.low != "." && t.low != "!" && t.low != "?" && t.low != ";") {
			continue
		}
		if i+1 >= len(toks) || !toks[i+1].sp {
			continue
		}
		if t.low == "." && i > 0 && toks[i-1].typ == ftWord && (sc.lx.abbrevs[toks[i-1].low] || len(toks[i-1].low) == 1) {
			continue
		}
		n++
	}
}

// sentenceStart reports whether token i begins a sentence.
func (sc *figureScanner) sentenceStart(i int) bool {
	for j := i - 1; j >= 0; j-- {
		t := &sc.toks[j]
		if t.typ == ftPunct && isQuote(t.low) {
			continue
		}
		return sc.sent[j] != sc.sent[i]
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
	return sc.lx.startWords[t.low]
}

// figureAt reads the figure that begins at token i. It returns ok=false when
// none begins there, and a nil figure with ok=true for a number that is no
// figure (a phone number, a code, a time), so that the scan skips it whole.
func (sc *figureScanner) figureAt(i, para int, prev []Figure) (*Figure, int, bool) {
	lx, toks := sc.lx, sc.toks
	j := i
	qRole, qText := "", ""
	if e, k, ok := lx.qualifiers.match(toks, j); ok && k < len(toks) {
		qRole = lx.qualRoles[e.idx]
		qText = strings.ToLower(sc.text[toks[i].start:toks[k-1].end])
		j = k
	}
	q, ok := sc.quantityAt(j, qRole)
	if !ok {
		return nil, 0, false
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
	if !sc.keepWordNumber(&q, qRole) {
		return nil, 0, false
	}
	// "Six Nations", "Fund Two", "World War One": a number word in a name
	if q.words && sc.inName(q.n0, q.n1) {
		return nil, q.t1, true
	}
	k := q.t1
	// bounds written after the number: "50 or more", "18+"
	if (qRole == "" || qRole == "approx" || qRole == "exact") && !q.isRange {
		if e, m, ok := lx.qualSuffix.match(toks, k); ok && sc.low(m) != "than" {
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
	f := &Figure{Paragraph: para, Qualifier: qText}
	kind := sc.kindOf(&q)
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
	if kind == FigureCount || kind == FigureVague {
		var counted string
		counted, end = sc.counted(k, q.vague || q.val != 1)
		f.Counted = counted
		if lx.pronouns[strings.ToLower(counted)] {
			f.Counted = sc.antecedent(start, para, prev, counted)
		}
	}
	f.Start = toks[start].start
	f.End = toks[end-1].end
	f.Text = sc.text[f.Start:f.End]
	f.NumberStart = toks[q.n0].start
	f.NumberEnd = toks[q.n1-1].end
	f.Change = sc.change(start, k)
	return f, end, true
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

func fptr(v float64) *float64 {
	if isBad(v) {
		return nil
	}
	return &v
}

func isBad(v float64) bool { return math.IsNaN(v) || math.IsInf(v, 0) }

// inName reports whether the number words from n0 to n1 are capitalised
// inside a name: a capitalised word stands right before or after them.
func (sc *figureScanner) inName(n0, n1 int) bool {
	toks := sc.toks
	t := &toks[n0]
	if t.typ != ftWord || !isUpperStart(t.text) {
		return false
	}
	if n1 < len(toks) && toks[n1].typ == ftWord && isUpperStart(toks[n1].text) && toks[n1].sp && !sc.isMonth(n1) {
		return true
	}
	if n0 > 0 && toks[n0-1].typ == ftWord && isUpperStart(toks[n0-1].text) && !sc.sentenceStart(n0) {
		return true
	}
	return false
}

func isUpperStart(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// keepWordNumber drops the word "one" (and "a") standing alone: "no one",
// "one of them", "the one".
func (sc *figureScanner) keepWordNumber(q *quantity, qRole string) bool {
	if !q.words || q.hasUnit() || q.isRange || q.vague || q.ordinal || q.scaled || q.fraction {
		return true
	}
	if q.val != 1 {
		return true
	}
	return false
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
		// letters written onto the number: "i7", "LGA1156", "SCP-173"
		if q.n0 > 0 && !t.sp && toks[q.n0-1].typ == ftWord {
			q.skip = true
			return q, true
		}
		if q.n0 > 1 && !t.sp && isDash(toks[q.n0-1].low) && !toks[q.n0-1].sp && toks[q.n0-2].typ == ftWord &&
			!sc.lx.dateWords[toks[q.n0-2].low] && !(q.n1-q.n0 == 1 && isYearish(q.val)) {
			if _, isQual := sc.lx.qualifiers[toks[q.n0-2].low]; !isQual && sc.lx.numbers[toks[q.n0-2].low].role == 0 {
				q.skip = true
				return q, true
			}
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
	}
	return q, true
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
	switch {
	case dash, c.low == "~" && !q.hasUnit():
	case (c.low == "to" || c.low == "through" || c.low == "thru") && c.typ == ftWord:
		// "rose $1.20 to $84.35": a change and where it ended, not a range
		if qRole == "" && sc.change(q.t0, q.t0) != "" {
			return *q, false
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
	if dash && (q.words || toks[next].typ == ftWord && !sc.isCurrencyAt(next)) {
		return *q, false
	}
	r, ok := sc.single(next, q.cur != 0)
	if !ok || r.skip || r.date || r.vague || r.ordinal {
		return *q, false
	}
	// "I7-860BOX" is a code
	if r.t1 == r.n1 && r.t1 < len(toks) && toks[r.t1].typ == ftWord && !toks[r.t1].sp {
		return *q, false
	}
	if c.low == "or" && (!r.hasUnit() || !r.words) {
		return *q, false
	}
	// units: one side may leave it to the other ("10-20 dollars", "$10-20")
	switch {
	case q.hasUnit() && r.hasUnit():
		if q.cur != r.cur && sc.curName(q.cur) != sc.curName(r.cur) || q.unit != r.unit && !(q.cur != 0 && r.cur != 0) {
			return *q, false
		}
	case r.hasUnit():
		if !dash && c.low == "to" && qRole == "" && !(q.words == r.words) {
			return *q, false
		}
	case q.hasUnit():
		if c.low == "to" && qRole == "" && q.unit != 0 {
			// "rose 5% to 3,000": different things
			return *q, false
		}
	}
	lo, hi := q.val, r.val
	// "2-3 million", "between 2 and 3 million": the scale is shared
	if !q.scaled && r.scaled && !r.words {
		if m := r.val / sc.baseOf(&r); m > 1 && lo*m <= hi {
			lo *= m
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
	if dash && !q.hasUnit() && !r.hasUnit() && qRole == "" && lo >= hi && toks[q.n0].plain && toks[r.n0].plain && hi < 200 {
		// a score: "won 3-1"
		out := *q
		out.t1 = r.t1
		out.skip = true
		return out, true
	}
	if lo > hi {
		if qRole != "from" && qRole != "between" {
			return *q, false
		}
		lo, hi = hi, lo
	}
	out := *q
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

func (sc *figureScanner) curName(c int) string {
	if c == 0 {
		return ""
	}
	return sc.lx.curRows[c-1].name
}

// baseOf returns the number q was written as before its scale.
func (sc *figureScanner) baseOf(q *quantity) float64 {
	t := &sc.toks[q.n0]
	if t.typ == ftNum && t.ok && t.val != 0 {
		return t.val
	}
	return q.val
}

func isYearish(v float64) bool { return v >= 1000 && v <= 2100 && v == math.Trunc(v) }

func (sc *figureScanner) isCurrencyAt(k int) bool {
	_, _, ok := sc.lx.currencies.matchIf(sc.toks, k, sc.lx.isPre)
	return ok
}

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
		// "a mile", "a dollar"
		q.val, q.words = 1, true
		q.n1 = k + 1
		q.t1 = sc.unitAfter(&q, k+1)
		if q.cur != 0 {
			q.t1 = sc.minorAfter(&q, q.t1)
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

// smallerUnit adds the second part of a measure in two units after token
// k: "5 feet 2 inches", "6ft 2in", "2 hours and 30 minutes".
func (sc *figureScanner) smallerUnit(q *quantity, k int) int {
	lx, toks := sc.lx, sc.toks
	m := k
	if sc.low(m) == "and" || sc.low(m) == "," {
		m++
	}
	if m >= len(toks) || toks[m].typ != ftNum || !toks[m].ok {
		return k
	}
	var r quantity
	r.val = toks[m].val
	end := sc.unitAfter(&r, m+1)
	if r.unit == 0 {
		// "6ft 2in": "in" is too short a unit to stand alone
		if toks[m+1-1].typ == ftNum && m+1 < len(toks) && !toks[m+1].sp && toks[m+1].low == "in" {
			r.unit, end = sc.unitRowOf("inch")+1, m+2
		} else {
			return k
		}
	}
	big, small := lx.unitRows[q.unit-1].name, lx.unitRows[r.unit-1].name
	f, ok := lx.compounds[[2]string{big, small}]
	if !ok || r.val >= f || r.val < 0 {
		return k
	}
	q.val += r.val / f
	return end
}

// unitRowOf returns the first unit row named name.
func (sc *figureScanner) unitRowOf(name string) int {
	for i, r := range sc.lx.unitRows {
		if r.name == name {
			return i
		}
	}
	return 0
}

// articleUnit reports whether a unit that may stand with "a" starts at k.
func (sc *figureScanner) articleUnit(k int) bool {
	lx := sc.lx
	if _, end, ok := lx.currencies.matchIf(sc.toks, k, func(r int) bool { return lx.curRows[r].post && lx.curRows[r].article }); ok {
		return sc.unitEnds(end)
	}
	if e, end, ok := lx.units.match(sc.toks, k); ok && lx.unitRows[e.idx].article && len(e.toks[0]) > 2 {
		return sc.unitEnds(end)
	}
	return false
}

// minorAfter adds the coins after an amount: "3 dollars 50 cents",
// "$20 and 43c", "15 dollars and 50".
func (sc *figureScanner) minorAfter(q *quantity, k int) int {
	lx, toks := sc.lx, sc.toks
	m := k
	and := false
	if sc.low(m) == "and" {
		m++
		and = true
	}
	if m >= len(toks) || !(toks[m].typ == ftNum || toks[m].typ == ftWord) {
		return k
	}
	if toks[m].typ == ftNum && (!toks[m].plain || len(toks[m].text) > 2) {
		return k
	}
	var r quantity
	var end int
	var ok bool
	if toks[m].typ == ftNum {
		r.val, end, ok = toks[m].val, m+1, true
	} else {
		end, ok = sc.wordNumber(&r, m)
		ok = ok && !r.vague && !r.ordinal && !r.fraction && !r.scaled
	}
	if !ok || r.val >= 100 || r.val < 0 {
		return k
	}
	if e, e2, ok := lx.currencies.matchIf(toks, end, lx.isPost); ok && lx.curRows[e.idx].minor && sc.unitEnds(e2) {
		q.val += r.val / 100
		return e2
	}
	if sc.isUnitWord(end) {
		// "10 $ 30 $": the next number is an amount of its own
		return k
	}
	// a bare number after the amount: only at the end of the phrase
	if end < len(toks) && toks[end].typ == ftWord || !and && toks[m].typ == ftWord {
		return k
	}
	q.val += r.val / 100
	return end
}

// numberish reports whether a number starts at token k.
func (sc *figureScanner) numberish(k int) bool {
	t := &sc.toks[k]
	if t.typ == ftNum {
		return true
	}
	if t.typ == ftPunct {
		return isDash(t.low) && k+1 < len(sc.toks) && sc.toks[k+1].typ == ftNum
	}
	if _, ok := sc.lx.numbers[t.low]; ok {
		return true
	}
	return t.low == "a" || t.low == "an"
}

// unitAfter reads the currency or unit after a number, with an optional
// hyphen ("3-inch") and a rate ("barrels a day", "$5 a share").
func (sc *figureScanner) unitAfter(q *quantity, k int) int {
	lx, toks := sc.lx, sc.toks
	if k >= len(toks) {
		return k
	}
	m := k
	hyphen := false
	if toks[m].typ == ftPunct && isDash(toks[m].low) && !toks[m].sp && m+1 < len(toks) && !toks[m+1].sp && toks[m+1].typ == ftWord {
		m++
		hyphen = true
	}
	digits := !q.words
	attached := !toks[m].sp
	okSurface := func(e phraseEntry) bool {
		if len(e.toks) != 1 || toks[m].typ != ftWord {
			return true
		}
		l := len(e.toks[0])
		if l == 1 && (!digits || !attached && m+1 < len(toks) && (toks[m+1].typ == ftWord && !lx.stop[toks[m+1].low] ||
			toks[m+1].low == "." && m+2 < len(toks) && toks[m+2].typ == ftWord && !toks[m+2].sp)) {
			return false
		}
		if l == 2 && !digits {
			return false
		}
		return true
	}
	// money after the number: "5 dollars", "450,000 yen", "34 cents", "5 €";
	// a currency written onto the next number is that number's: "1 $10"
	if e, end, ok := lx.currencies.matchIf(toks, m, lx.isPost); ok && okSurface(e) && sc.unitEnds(end) &&
		!(end < len(toks) && toks[end].typ == ftNum && !toks[end].sp) {
		row := lx.curRows[e.idx]
		if q.cur != 0 && toks[m].typ != ftWord {
			// "$ 20 $ 37": the second $ begins the next amount
			return sc.rate(q, k)
		}
		if q.cur != 0 {
			// "$10 dollars": the same money said twice
			if row.name == lx.curRows[q.cur-1].name || strings.HasSuffix(lx.curRows[q.cur-1].name, row.name) || row.name == "dollar" {
				return sc.rate(q, end)
			}
			return k
		}
		if !(isPound(e) && sc.poundIsWeight(q, end)) {
			q.cur = e.idx + 1
			return sc.rate(q, end)
		}
	}
	if q.cur != 0 && !hyphen {
		return sc.rate(q, k)
	}
	if e, end, ok := lx.units.match(toks, m); ok && okSurface(e) && sc.unitEnds(end) {
		row := lx.unitRows[e.idx]
		if row.kind == "per" || row.digits && !digits {
			return k
		}
		q.unit = e.idx + 1
		// "years of age", "years old": done; a rate may follow
		return sc.rate(q, end)
	}
	return k
}

// unitEnds reports whether a unit ending before token end is a whole word:
// "5 m" but not "5 mph" read as "m".
func (sc *figureScanner) unitEnds(end int) bool {
	toks := sc.toks
	if end >= len(toks) {
		return true
	}
	t, p := &toks[end], &toks[end-1]
	if t.sp {
		return true
	}
	if p.typ == ftWord && isDash(t.low) && end+1 < len(toks) && toks[end+1].typ == ftNum && !toks[end+1].sp {
		return false // "L-202" is a code
	}
	// "3-inch" ok; "5mg" when the unit read was "m" is not
	return !(t.typ == ftWord && p.typ == ftWord) && !(t.typ == ftNum && p.typ == ftWord)
}

func isPound(e phraseEntry) bool {
	return len(e.toks) == 1 && (e.toks[0] == "pounds" || e.toks[0] == "pound")
}

// poundIsWeight tells "two pounds of meat" (weight) from "200 pounds" (money).
func (sc *figureScanner) poundIsWeight(q *quantity, end int) bool {
	if q.scaled {
		return false
	}
	if end < len(sc.toks) && sc.toks[end].low == "of" {
		return true
	}
	return q.words || end > 0 && sc.toks[end-2].low == "-"
}

// rate reads "per day", "a share", "/h" after a unit.
func (sc *figureScanner) rate(q *quantity, k int) int {
	lx, toks := sc.lx, sc.toks
	if k+1 >= len(toks) {
		return k
	}
	w := toks[k].low
	if w != "per" && w != "a" && w != "an" && w != "/" && !(isDash(w) && !toks[k].sp) {
		return k
	}
	m := k + 1
	if isDash(w) {
		// "12-cent-a-share"
		if toks[m].low != "a" && toks[m].low != "per" || m+2 >= len(toks) || !isDash(toks[m+1].low) {
			return k
		}
		m += 2
	}
	if e, end, ok := lx.units.match(toks, m); ok {
		row := lx.unitRows[e.idx]
		if row.kind == "percent" || row.kind == "age" || w != "per" && end < len(toks) && lx.timeRefs[toks[end].low] {
			return k
		}
		q.per = row.name
		return end
	}
	return k
}

// digitsNumber reads a number written with digits at token k: "8,950",
// "1/3", "7 3/4", "2.3m", "4.5 billion", "25th".
func (sc *figureScanner) digitsNumber(q *quantity, k int, money bool) (int, bool) {
	lx, toks := sc.lx, sc.toks
	t := &toks[k]
	if !t.ok {
		return k, false
	}
	q.val = t.val
	k++
	n := len(toks)
	// times: "10:30", "2.15pm", "6 a.m."
	if k+1 < n && toks[k].low == ":" && !toks[k].sp && toks[k+1].typ == ftNum && !toks[k+1].sp {
		q.skip = true
		k += 2
		return k, true
	}
	if k < n && toks[k].typ == ftWord && isClock(toks, k) {
		q.skip = true
		return k + 1, true
	}
	// "7-1/2", "1-1/16": a whole number and a fraction, as prices are quoted
	if k+3 < n && t.plain && isDash(toks[k].low) && !toks[k].sp && toks[k+1].typ == ftNum && toks[k+1].plain && !toks[k+1].sp &&
		toks[k+2].low == "/" && !toks[k+2].sp && toks[k+3].typ == ftNum && toks[k+3].plain && !toks[k+3].sp &&
		toks[k+3].val > toks[k+1].val && toks[k+1].val > 0 {
		q.val += toks[k+1].val / toks[k+3].val
		q.fraction = true
		k += 4
	} else if k+1 < n && toks[k].low == "/" && toks[k+1].typ == ftNum {
		spaced := toks[k].sp || toks[k+1].sp
		if k+3 < n && toks[k+2].low == "/" && toks[k+3].typ == ftNum {
			q.date = true
			q.t1 = k + 4
			return k + 4, true
		}
		b := toks[k+1].val
		if b == 0 {
			// "1/0" is no number
			q.skip = true
			return k + 2, true
		}
		if t.plain && toks[k+1].plain {
			if q.val < b && (!spaced || b <= 100) {
				q.val /= b
				q.fraction = true
				k += 2
			} else if !spaced {
				// "24/7", "9/11", "2018/19"
				q.skip = true
				return k + 2, true
			}
		}
	} else if k+3 < n && t.plain && toks[k].typ == ftNum && toks[k].sp && toks[k].plain &&
		toks[k+1].low == "/" && !toks[k+1].sp && toks[k+2].typ == ftNum && !toks[k+2].sp && toks[k+2].val > toks[k].val {
		// "7 3/4"
		q.val += toks[k].val / toks[k+2].val
		q.fraction = true
		k += 3
	}
	// "2.48×10−5", "1.3x10^6": scientific notation
	if e, end, ok := sc.timesTen(k); ok {
		q.val *= math.Pow(10, e)
		if isBad(q.val) {
			return k, false
		}
		q.fraction = true
		k = end
	}
	// "1 point 5"
	if k+1 < n && toks[k].low == "point" && t.plain {
		if frac, end := sc.decimals(k + 1); end > k+1 {
			q.val += frac
			q.fraction = true
			k = end
		}
	}
	// "2½"
	if k < n && toks[k].typ == ftPunct && !toks[k].sp && t.plain {
		if nw, ok := lx.numbers[toks[k].low]; ok && nw.role == roleFraction {
			q.val += nw.val
			q.fraction = true
			k++
		}
	}
	// a suffix written onto the number: "25th", "2.3m", "10k", "1990s"
	if k < n && toks[k].typ == ftWord && !toks[k].sp {
		w := toks[k].low
		switch {
		case lx.ordSuffix[w] && t.plain:
			q.ordinal = true
			return k + 1, true
		case w == "s" && t.plain && len(t.text) == 4 && math.Mod(q.val, 10) == 0:
			q.date = true
			q.t1 = k + 1
			return k + 1, true
		}
		if nw, ok := lx.numbers[w]; ok && (nw.role == roleAbbr || nw.role == roleScale) {
			if !(w == "m" && !money && sc.metres(q, k)) && !(w == "b" && !money) {
				q.val *= nw.val
				q.scaled = true
				k++
			}
		}
	}
	// scale words after a space: "2.5 million", "12 mln", "1 crore", "2 dozen"
	for k < n && toks[k].typ == ftWord && toks[k].sp {
		w := toks[k].low
		nw, ok := lx.numbers[w]
		if !ok {
			break
		}
		switch {
		case nw.role == roleScale || nw.role == roleHundred && !q.scaled:
		case nw.role == roleDozen && !q.scaled:
		case nw.role == roleAbbr && (w != "m" && w != "b" || money) && (len(w) > 1 || money || w == "k"):
		default:
			return k, true
		}
		q.val *= nw.val
		q.scaled = true
		k++
		// "3 million and a half"
		if k+2 < n && toks[k].low == "and" && toks[k+1].low == "a" && toks[k+2].low == "half" {
			q.val += nw.val / 2
			k += 3
		}
		// "4 thousand 3 hundred and 21"
		if nw.role == roleScale || nw.role == roleHundred {
			k = sc.remainder(q, k, nw.val)
		}
	}
	return k, true
}

// remainder adds what follows a scale word in a number written with digits
// and words: the "3 hundred and 21" of "4 thousand 3 hundred and 21".
func (sc *figureScanner) remainder(q *quantity, k int, scale float64) int {
	lx, toks := sc.lx, sc.toks
	for k < len(toks) {
		m := k
		if sc.low(m) == "and" {
			m++
		}
		if m >= len(toks) {
			return k
		}
		var v float64
		end := m
		switch t := &toks[m]; {
		case t.typ == ftNum && t.plain && t.sp:
			v, end = t.val, m+1
		case t.typ == ftWord:
			var r quantity
			e, ok := sc.wordNumber(&r, m)
			if !ok || r.vague || r.ordinal || r.fraction || r.scaled {
				return k
			}
			v, end = r.val, e
		default:
			return k
		}
		if end < len(toks) {
			if nw, ok := lx.numbers[toks[end].low]; ok && nw.role == roleHundred && scale > 100 {
				v *= 100
				end++
			}
		}
		if v <= 0 || v >= scale || end < len(toks) && toks[end].typ == ftWord && sc.isUnitWord(end) && m > k {
			return k
		}
		q.val += v
		k = end
		if v < 100 {
			return k
		}
		scale = 100
	}
	return k
}

// isUnitWord reports whether a unit or currency starts at k.
func (sc *figureScanner) isUnitWord(k int) bool {
	if _, _, ok := sc.lx.units.match(sc.toks, k); ok {
		return true
	}
	_, _, ok := sc.lx.currencies.match(sc.toks, k)
	return ok
}

// timesTen reads "×10^-5", "x10−5", "x 10^6" at token k and returns the
// power of ten.
func (sc *figureScanner) timesTen(k int) (float64, int, bool) {
	toks := sc.toks
	if k+1 >= len(toks) || toks[k].low != "x" && toks[k].low != "\u00d7" || toks[k+1].text != "10" {
		return 0, k, false
	}
	m := k + 2
	if m < len(toks) && toks[m].low == "^" {
		m++
	}
	sign := 1.0
	if m < len(toks) && (isDash(toks[m].low) || toks[m].low == "+") {
		if isDash(toks[m].low) {
			sign = -1
		}
		m++
	}
	if m >= len(toks) || toks[m].typ != ftNum || !toks[m].plain || toks[m].sp || len(toks[m].text) > 3 {
		return 0, k, false
	}
	return sign * toks[m].val, m + 1, true
}

// isClock reports whether the word at k makes the number before it a time
// of day: "6pm", "2 a.m.".
func isClock(toks []ftok, k int) bool {
	switch toks[k].low {
	case "am", "pm", "gmt", "bst", "cet", "utc", "est", "edt", "pst", "pdt", "hrs":
		return toks[k].low != "am" || !toks[k].sp || k+1 >= len(toks) || toks[k+1].typ == ftPunct
	case "a", "p":
		return k+2 < len(toks) && toks[k+1].low == "." && toks[k+2].low == "m"
	}
	return false
}

// metres tells whether the "m" after a number (at token k) means metres:
// "the 100m hurdles", "300m tall", "1m is", as against "2.3m people".
func (sc *figureScanner) metres(q *quantity, k int) bool {
	toks := sc.toks
	if toks[k].text == "M" {
		return false
	}
	if k+1 < len(toks) && toks[k+1].typ == ftWord && sc.lx.dimWords[toks[k+1].low] {
		return true
	}
	if toks[k-1].frac {
		return false
	}
	if k+1 >= len(toks) || toks[k+1].typ != ftWord {
		return true
	}
	// "2m people", "5m tonnes", "3m of", "2m euros" are millions
	w := toks[k+1].low
	if w == "of" || sc.isPlural(&toks[k+1], w) || sc.isUnitWord(k+1) {
		return false
	}
	return true
}

// wordNumber reads a number written in words at token k: "twenty-five",
// "a hundred and two", "three million", "two thirds", "half a million",
// "first", "twenty-first".
func (sc *figureScanner) wordNumber(q *quantity, k int) (int, bool) {
	lx, toks := sc.lx, sc.toks
	n := len(toks)
	// vague amounts first: "a few hundred", "thousands", "tens of thousands"
	if lo, hi, end, ok := sc.vagueAt(k); ok {
		q.vague, q.lo, q.hi, q.words = true, lo, hi, true
		return end, true
	}
	var total, cur, lastScale float64
	last := 0
	any, article := false, false
	start := k
	isNum := func(i int) (numWord, bool) {
		if i >= n || toks[i].typ != ftWord {
			return numWord{}, false
		}
		nw, ok := lx.numbers[toks[i].low]
		return nw, ok
	}
	for k < n {
		t := &toks[k]
		if t.typ == ftPunct {
			// "twenty-five": a hyphen between number words
			if isDash(t.low) && !t.sp && any && k+1 < n && !toks[k+1].sp && (last == roleTens || last == roleHundred || last == roleScale) {
				if nw, ok := isNum(k + 1); ok && (nw.role == roleUnit || nw.role == roleTeen) {
					k++
					continue
				}
				if _, ok := lx.ordinals[toks[k+1].low]; ok && last == roleTens {
					k++
					continue
				}
			}
			// "one-eighth", "five - eighths", "one-half"
			if isDash(t.low) && any && (last == roleUnit || last == roleTeen) && k+1 < n {
				if _, ok := lx.denoms[toks[k+1].low]; ok || toks[k+1].low == "half" {
					k++
					continue
				}
			}
			if _, ok := lx.numbers[t.low]; !ok {
				break
			}
		}
		if t.typ == ftNum {
			break
		}
		w := t.low
		if (w == "a" || w == "an") && !any && !article {
			nw, ok := isNum(k + 1)
			if ok && (nw.role == roleHundred || nw.role == roleScale || nw.role == roleDozen || nw.role == roleFraction) &&
				!strings.HasSuffix(toks[k+1].low, "s") {
				article = true
				cur = 1
				k++
				continue
			}
			if _, ok := lx.denoms[sc.low(k+1)]; ok && (sc.low(k+2) == "of" || k+2 >= n || toks[k+2].typ == ftPunct) {
				article = true
				cur = 1
				k++
				continue
			}
			break
		}
		if w == "point" && any && cur == math.Trunc(cur) && (last == roleUnit || last == roleTeen || last == roleTens) {
			// "two point five", "nine point nought four"
			if frac, end := sc.decimals(k + 1); end > k+1 {
				cur += frac
				q.fraction = true
				k = end
				last = roleFraction
				continue
			}
		}
		if w == "and" && any {
			// "one and a half", "three million and a half", "three and a fifth"
			d, den := lx.denoms[sc.low(k+2)]
			if (sc.low(k+1) == "a" || sc.low(k+1) == "one") && (sc.low(k+2) == "half" || sc.low(k+2) == "quarter" || den && !strings.HasSuffix(sc.low(k+2), "s")) {
				part := 0.5
				if sc.low(k+2) == "quarter" {
					part = 0.25
				} else if den {
					part = 1 / d
				}
				if cur > 0 {
					cur += part
				} else if lastScale > 0 {
					total += part * lastScale
				}
				q.fraction = true
				k += 3
				last = roleFraction
				continue
			}
			if nw, ok := isNum(k + 1); ok && (last == roleHundred || last == roleScale) && (nw.role == roleUnit || nw.role == roleTeen || nw.role == roleTens) {
				k++
				continue
			}
			break
		}
		nw, ok := lx.numbers[w]
		if t.typ == ftPunct && !ok {
			break
		}
		if o, isOrd := lx.ordinals[w]; isOrd && !ok && last == roleTens && !article {
			// "twenty-fifth", "thirty first"
			q.ordinal, q.val = true, total+cur+o
			q.words = true
			return k + 1, true
		}
		if !ok {
			if d, ok := lx.denoms[w]; ok && (article || any && (last == roleUnit || last == roleTeen || last == roleTens)) {
				if cur == 0 {
					cur = 1
				}
				cur /= d
				q.fraction = true
				any = true
				last = roleFraction
				k++
				// "two thirds of a million"
				if sc.low(k) == "of" && sc.low(k+1) == "a" {
					if nw, ok := isNum(k + 2); ok && nw.role == roleScale {
						cur *= nw.val
						k += 3
					}
				}
				continue
			}
			if o, ok := lx.ordinals[w]; ok && !article {
				switch {
				case !any:
					q.ordinal, q.val = true, o
					q.words = true
					return k + 1, true
				case last == roleTens && (isDash(toks[k-1].low) || t.sp) || last == roleHundred || last == roleScale:
					q.ordinal, q.val = true, total+cur+o
					q.words = true
					return k + 1, true
				}
			}
			break
		}
		switch nw.role {
		case roleUnit, roleTeen:
			if any && (last == roleUnit || last == roleTeen || last == roleFraction) || last == roleTens && nw.role == roleTeen {
				goto done
			}
			cur += nw.val
		case roleTens:
			if any && (last == roleUnit || last == roleTeen || last == roleTens || last == roleFraction) {
				goto done
			}
			cur += nw.val
		case roleHundred:
			if last == roleHundred || (!any && !article) {
				goto done
			}
			if cur == 0 {
				cur = 1
			}
			cur *= 100
		case roleScale:
			if !any && !article && !(last == 0 && cur > 0) {
				goto done
			}
			if cur == 0 {
				cur = 1
			}
			if lastScale > 0 && nw.val > lastScale && cur < lastScale {
				// "three thousand millions"
				total = (total + cur) * nw.val
			} else {
				total += cur * nw.val
			}
			cur = 0
			lastScale = nw.val
		case roleDozen:
			if strings.HasSuffix(w, "s") && !any {
				goto done
			}
			if cur == 0 {
				cur = 1
			}
			cur *= 12
		case roleFraction:
			if any && !article {
				// "one-half", "three quarter"
				if last == roleUnit && total == 0 && cur >= 1 && isDash(toks[k-1].low) {
					cur *= nw.val
					q.fraction = true
					last = roleFraction
					k++
					continue
				}
				goto done
			}
			part := nw.val
			// "half a million", "half million", "quarter million"
			if sc.low(k+1) == "a" {
				if s, ok := isNum(k + 2); ok && s.role == roleScale {
					total += part * s.val
					k += 3
					any, last = true, roleScale
					q.scaled = true
					continue
				}
			}
			if s, ok := isNum(k + 1); ok && (s.role == roleScale || s.role == roleHundred) {
				total += part * s.val
				k += 2
				any, last = true, roleScale
				q.scaled = true
				continue
			}
			if !article && (sc.low(k+1) == "a" || sc.low(k+1) == "an") && sc.articleUnit(k+2) {
				// "half a mile"
				cur = part
				q.fraction = true
				any = true
				k += 2
				goto done
			}
			if t.typ != ftPunct && !sc.bareFraction(k, article) {
				goto done
			}
			cur = part
			q.fraction = true
		case roleAbbr:
			// "seven mln", but not "two m" or "five k"
			if !any || len(w) < 2 || last == roleFraction {
				goto done
			}
			total += cur * nw.val
			cur = 0
			lastScale = nw.val
			q.scaled = true
		default:
			goto done
		}
		if nw.role == roleScale {
			q.scaled = true
		}
		any = true
		last = nw.role
		k++
	}
done:
	if !any {
		return start, false
	}
	q.val = total + cur
	q.words = true
	return k, true
}

// decimals reads the digits after "point", in words or figures, as a
// fraction: "five" is 0.5, "nought four" 0.04, "seventy-one" 0.71.
func (sc *figureScanner) decimals(k int) (float64, int) {
	lx, toks := sc.lx, sc.toks
	if k < len(toks) && toks[k].typ == ftNum && toks[k].plain {
		return toks[k].val / math.Pow(10, float64(len(toks[k].text))), k + 1
	}
	frac, scale := 0.0, 0.1
	for k < len(toks) && toks[k].typ == ftWord {
		nw, ok := lx.numbers[toks[k].low]
		if !ok || nw.role != roleUnit && nw.role != roleTens && nw.role != roleTeen {
			break
		}
		if nw.role == roleUnit {
			frac += nw.val * scale
			scale /= 10
			k++
			continue
		}
		// "seventy-one", "eleven": two digits
		v := nw.val
		k++
		if nw.role == roleTens && k+1 < len(toks) && isDash(toks[k].low) {
			if u, ok := lx.numbers[toks[k+1].low]; ok && u.role == roleUnit {
				v += u.val
				k += 2
			}
		}
		frac += v * scale / 10
		scale /= 100
	}
	return frac, k
}

// bareFraction tells whether "half" or "quarter" at k stands for a number:
// "half of the voters", "a quarter of", but not "the second half".
func (sc *figureScanner) bareFraction(k int, article bool) bool {
	next := sc.low(k + 1)
	if k > 0 {
		// "the second half", "the first quarter"
		if _, ord := sc.lx.ordinals[sc.toks[k-1].low]; ord {
			return false
		}
	}
	if next == "of" {
		return true
	}
	if sc.toks[k].low == "half" && k > 0 {
		p := sc.toks[k-1].low
		return p == "than" || p == "about" || p == "nearly" || p == "almost" || p == "over" || p == "by"
	}
	return false
}

func (sc *figureScanner) low(k int) string {
	if k < 0 || k >= len(sc.toks) {
		return ""
	}
	return sc.toks[k].low
}

// vagueAt matches a vague amount at token k, with SCALE and SCALES standing
// for the scale words.
func (sc *figureScanner) vagueAt(k int) (lo, hi float64, end int, ok bool) {
	lx, toks := sc.lx, sc.toks
	best := -1
	for _, key := range [...]string{toks[k].low, "scale", "scales"} {
		for _, e := range lx.vague[key] {
			if len(e.toks) <= best-k {
				continue
			}
			mult := 1.0
			m := k
			good := true
			for _, w := range e.toks {
				if m >= len(toks) || toks[m].typ != ftWord {
					good = false
					break
				}
				tw := toks[m].low
				if w == "scale" || w == "scales" {
					nw, isn := lx.numbers[tw]
					plural := strings.HasSuffix(tw, "s")
					if !isn || nw.role != roleScale && nw.role != roleHundred || plural != (w == "scales") {
						good = false
						break
					}
					mult *= nw.val
				} else if tw != w {
					good = false
					break
				}
				m++
			}
			if !good || m <= best {
				continue
			}
			row := lx.vagueRows[e.idx]
			best, lo, hi = m, row.min*mult, row.max*mult
		}
	}
	if best < 0 {
		return 0, 0, k, false
	}
	// "hundreds" followed by a number word is not vague: "hundreds of" is
	return lo, hi, best, true
}

// checkDate marks years, days of months and decades as dates.
func (sc *figureScanner) checkDate(q *quantity, qRole string) {
	lx, toks := sc.lx, sc.toks
	if q.hasUnit() || q.scaled || q.fraction || q.words || q.n1-q.n0 != 1 {
		return
	}
	t := &toks[q.n0]
	if !t.plain || t.typ != ftNum || q.val < 0 {
		return
	}
	prev := sc.prevWord(q.n0)
	// a day of a month: "Jan. 19", "19 January", "March 3, 2026"
	if q.val >= 1 && q.val <= 31 {
		if sc.isMonth(prev) || sc.isMonthAt(q.t1) {
			q.date = true
			if sc.isMonth(prev) && q.t0 == q.n0 {
				q.t0 = prev
			}
			end := q.t1
			if sc.isMonthAt(end) {
				end++
				if sc.low(end) == "." && len(sc.toks[end-1].low) <= 4 {
					end++
				}
			}
			// ", 2026"
			if end+1 < len(toks) && toks[end].low == "," && toks[end+1].typ == ftNum && toks[end+1].plain && isYearish(toks[end+1].val) {
				end += 2
			} else if end < len(toks) && toks[end].typ == ftNum && toks[end].plain && isYearish(toks[end].val) {
				end++
			}
			q.t1 = end
			return
		}
	}
	if len(t.text) == 4 && isYearish(q.val) {
		// a year, unless it counts something: "1500 protesters"
		next := q.t1
		counts := next < len(toks) && toks[next].typ == ftWord && toks[next].sp && sc.isPlural(&toks[next], toks[next].low) && !lx.stop[toks[next].low]
		bound := qRole != "" && qRole != "from"
		if !counts && !bound || prev >= 0 && (lx.dateWords[toks[prev].low] || sc.isMonth(prev)) {
			q.date = true
		}
	}
}

// prevWord returns the index of the token before k, skipping a full stop
// after an abbreviation ("Jan. 19"), or -1.
func (sc *figureScanner) prevWord(k int) int {
	j := k - 1
	if j >= 1 && sc.toks[j].low == "." && sc.toks[j-1].typ == ftWord {
		j--
	}
	if j >= 0 && sc.toks[j].low == "-" && !sc.toks[j].sp && !sc.toks[k].sp {
		// "mid-1990"
		j--
	}
	return j
}

func (sc *figureScanner) isMonth(k int) bool {
	if k < 0 || k >= len(sc.toks) || sc.toks[k].typ != ftWord {
		return false
	}
	t := &sc.toks[k]
	if _, ok := sc.lx.months[t.low]; !ok {
		return false
	}
	if sc.lx.monthsCS[t.low] && !(t.text[0] >= 'A' && t.text[0] <= 'Z') {
		return false
	}
	return true
}

func (sc *figureScanner) isMonthAt(k int) bool {
	return k < len(sc.toks) && sc.toks[k].sp && sc.isMonth(k)
}

// checkIdentifier marks numbers that name things rather than count them:
// "Section 427", "F-16", "Covid-19", "G20", "13F", phone numbers.
func (sc *figureScanner) checkIdentifier(q *quantity) {
	lx, toks := sc.lx, sc.toks
	t := &toks[q.n0]
	if t.typ != ftNum || q.hasUnit() || q.scaled || q.fraction {
		return
	}
	if t.lead0 && t.plain {
		q.skip = true
		return
	}
	// letters written onto the number on either side
	if q.n0 > 0 && q.t0 == q.n0 {
		p := &toks[q.n0-1]
		if !t.sp && p.typ == ftWord {
			q.skip = true
			return
		}
		if !t.sp && isDash(p.low) && !p.sp && q.n0 >= 2 && toks[q.n0-2].typ == ftWord {
			q.skip = true
			return
		}
		if p.low == "+" || p.low == "#" {
			q.skip = true
			return
		}
	}
	if q.n1 < len(toks) {
		nx := &toks[q.n1]
		if !nx.sp && nx.typ == ftWord && q.t1 == q.n1 {
			q.skip = true
			return
		}
		// phone numbers and codes: "555-1234-99", "1111-2222"
		if isDash(nx.low) && !nx.sp && q.n1+1 < len(toks) && toks[q.n1+1].typ == ftNum && !toks[q.n1+1].sp {
			q.skip = true
			q.t1 = q.n1 + 2
			for q.t1+1 < len(toks) && isDash(toks[q.t1].low) && toks[q.t1+1].typ == ftNum {
				q.t1 += 2
			}
			return
		}
	}
	if !t.plain || q.t0 != q.n0 {
		return
	}
	// a name before the number: "Resolution 2254", "Windows 10"
	if q.n0 > 0 {
		for _, back := range [...]int{1, 2} {
			s := q.n0 - back
			if s < 0 {
				break
			}
			if _, end, ok := lx.idPrefixes.match(toks, s); ok && end == q.n0 {
				q.skip = true
				return
			}
		}
		p := &toks[q.n0-1]
		if p.typ == ftWord && p.text[0] >= 'A' && p.text[0] <= 'Z' && !sc.sentenceStart(q.n0-1) && !lx.weekdays[p.low] && !isYearish(q.val) &&
			!sc.isMonth(q.n0-1) && !lx.stop[p.low] {
			if _, isQual := lx.qualifiers[p.low]; !isQual {
				q.skip = true
				return
			}
		}
	}
}

// counted reads the noun phrase a count counts, after token k: "8,950 male
// ISIS members", "thousands of family members", "thousands of them".
func (sc *figureScanner) counted(k int, many bool) (string, int) {
	lx, toks := sc.lx, sc.toks
	n := len(toks)
	end := k
	m := k
	if m < n && toks[m].low == "of" {
		m++
		det := false
		// "a third of those", "two of these": a pronoun unless a plural follows
		if m < n && lx.pronouns[toks[m].low] && !(m+1 < n && toks[m+1].typ == ftWord && sc.isPlural(&toks[m+1], toks[m+1].low)) {
			return toks[m].text, m + 1
		}
		if m < n {
			switch toks[m].low {
			case "the", "these", "those", "their", "its", "his", "her", "our", "your", "my", "all":
				m++
				det = true
				if m < n && toks[m].low == "the" {
					m++
				}
			}
		}
		if m < n && lx.pronouns[toks[m].low] && !det {
			return toks[m].text, m + 1
		}
		if !det && !sc.vagueOrFraction(k) {
			return "", k
		}
		many = false // "half of the population"
	}
	// opening quotes: `43,250 "non-combatants`
	for m < n && toks[m].typ == ftPunct && isQuote(toks[m].low) && toks[m].low != "(" {
		m++
	}
	words := 0
	first := m
	lastEnd := -1
	for m < n && words < 4 {
		t := &toks[m]
		if t.typ != ftWord || lx.stop[t.low] || sc.isMonth(m) || t.nl || m+1 < n && toks[m+1].typ == ftNum && !toks[m+1].sp {
			break
		}
		if _, isNum := lx.numbers[t.low]; isNum {
			break
		}
		if words > 0 && (strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed")) && len(t.low) > 4 {
			break
		}
		// hyphenated words: "non-combatants", "ISIS-linked"
		e := m + 1
		for e+1 < n && isDash(toks[e].low) && !toks[e].sp && toks[e+1].typ == ftWord && !toks[e+1].sp {
			e += 2
		}
		words++
		lastEnd = e
		w := toks[e-1].low
		m = e
		if sc.isPlural(&toks[e-1], w) {
			break
		}
	}
	if lastEnd < 0 {
		return "", end
	}
	// a phrase that ends in an -ed or -ing word is a verb: "27 killed"
	lw := toks[lastEnd-1].low
	if words == 1 && (strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing")) && len(lw) > 4 {
		return "", end
	}
	// many things are counted by a plural: "6.4 earthquake struck" counts none
	if many && !sc.isPlural(&toks[lastEnd-1], lw) {
		return "", end
	}
	return sc.text[toks[first].start:toks[lastEnd-1].end], lastEnd
}

func (sc *figureScanner) vagueOrFraction(k int) bool {
	// the token before "of" ends the number; vague amounts and fractions
	// count "of" their noun ("thousands of people", "half of voters")
	if k == 0 {
		return false
	}
	w := sc.toks[k-1].low
	if nw, ok := sc.lx.numbers[w]; ok {
		return nw.role == roleScale || nw.role == roleHundred || nw.role == roleDozen || nw.role == roleFraction
	}
	_, den := sc.lx.denoms[w]
	return den || w == "of" || w == "dozens" || w == "hundreds"
}

// isPlural reports whether a word ends a counted noun phrase as its plural
// head: "members", "people". Acronyms ("ISIS") are not plurals.
func (sc *figureScanner) isPlural(t *ftok, w string) bool {
	if sc.lx.plurals[w] {
		return true
	}
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") {
		return false // "the world's largest brewers"
	}
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return false
	}
	// all capitals: an acronym
	up := true
	for i := 0; i < len(t.text); i++ {
		if t.text[i] >= 'a' && t.text[i] <= 'z' {
			up = false
			break
		}
	}
	return !up
}

// change tells whether the figure between tokens start and end is a change:
// "rose 5%", "down 3 points", "rose by 5%", "a 5% rise".
func (sc *figureScanner) change(start, end int) string {
	lx, toks := sc.lx, sc.toks
	j := start - 1
	for j >= 0 && j >= start-3 {
		w := toks[j].low
		if w == "by" || w == "of" || w == "a" || w == "an" {
			j--
			continue
		}
		if d, ok := lx.changes[w]; ok {
			return d
		}
		break
	}
	if end < len(toks) {
		if d, ok := lx.changes[toks[end].low]; ok && toks[end].typ == ftWord && (start == 0 || toks[start-1].low == "a" || toks[start-1].low == "an") {
			return d
		}
	}
	return ""
}

// attribute sets the source of each figure: "according to X" in its
// sentence, or else the speaker of the claim whose content holds it.
func attribute(figs []Figure, p Paragraph, toks []ftok, ents []Entity, claims []Claim) {
	if len(figs) == 0 {
		return
	}
	cues := sourceCues(figLex(), toks, p.Text)
	for i := range figs {
		f := &figs[i]
		for _, c := range cues {
			if f.Start >= c.sentStart && f.End <= c.sentEnd {
				f.Source = entityName(c.source, ents)
				break
			}
		}
		if f.Source != "" {
			continue
		}
		for _, c := range claims {
			if c.Paragraph == p.N && c.Start <= f.Start && f.End <= c.End && c.Speaker != "" {
				f.Source = c.Speaker
				break
			}
		}
	}
}

// sourceSpan is a source named in a sentence, and the sentence's bytes.
type sourceSpan struct {
	source             string
	sentStart, sentEnd int
}

// entityName returns the name of the entity a source names ("the State
// Department" is "U.S. State Department"), or the source as written.
func entityName(src string, ents []Entity) string {
	bare := strings.TrimPrefix(strings.TrimPrefix(src, "the "), "The ")
	for _, e := range ents {
		if strings.EqualFold(e.Name, bare) {
			return e.Name
		}
		for _, n := range e.Aliases {
			if strings.EqualFold(n, bare) {
				return e.Name
			}
		}
	}
	return src
}

// sourceCues finds "according to X" and its kin in a paragraph.
func sourceCues(lx *figureLexicon, toks []ftok, text string) []sourceSpan {
	var out []sourceSpan
	for i := range toks {
		if toks[i].typ != ftWord {
			continue
		}
		_, k, ok := lx.sourceCues.match(toks, i)
		if !ok {
			continue
		}
		src := sourceName(lx, toks, k, text)
		if src == "" {
			continue
		}
		s, e := sentenceBounds(toks, i, text)
		out = append(out, sourceSpan{source: src, sentStart: s, sentEnd: e})
	}
	return out
}

// sourceName reads the name after a source cue: "the State Department",
// "a statement from the ministry" gives "State Department" and "ministry".
func sourceName(lx *figureLexicon, toks []ftok, k int, text string) string {
	n := len(toks)
	for k < n && (toks[k].low == "the" || toks[k].low == "a" || toks[k].low == "an") {
		k++
	}
	start, end := k, k
	caps := false
	for m := k; m < n && m < k+8; m++ {
		t := &toks[m]
		if t.typ == ftPunct {
			if (t.low == "-" || t.low == "&" || t.low == "'" || t.low == "\u2019") && !t.sp {
				continue
			}
			break
		}
		if t.typ != ftWord {
			break
		}
		up := t.text[0] >= 'A' && t.text[0] <= 'Z'
		if m == k {
			caps = up
		}
		if caps {
			if up {
				end = m + 1
				continue
			}
			if (t.low == "of" || t.low == "for" || t.low == "and" || t.low == "on") && m+1 < n && toks[m+1].typ == ftWord && toks[m+1].text[0] >= 'A' && toks[m+1].text[0] <= 'Z' {
				continue
			}
			if t.low == "of" && m+2 < n && toks[m+1].low == "the" && toks[m+2].typ == ftWord && toks[m+2].text[0] >= 'A' && toks[m+2].text[0] <= 'Z' {
				m++
				continue
			}
			break
		}
		if lx.stop[t.low] {
			break
		}
		end = m + 1
		if m-k >= 2 {
			break
		}
	}
	if end <= start {
		return ""
	}
	return text[toks[start].start:toks[end-1].end]
}

// sentenceBounds returns the byte span of the sentence holding token i.
func sentenceBounds(toks []ftok, i int, text string) (int, int) {
	isEnd := func(k int) bool {
		t := &toks[k]
		return t.typ == ftPunct && (t.low == "." || t.low == "!" || t.low == "?") && k+1 < len(toks) && toks[k+1].sp &&
			!(k > 0 && toks[k-1].typ == ftWord && len(toks[k-1].low) <= 2)
	}
	s := 0
	for k := i - 1; k >= 0; k-- {
		if isEnd(k) {
			s = toks[k].end
			break
		}
	}
	e := len(text)
	for k := i; k < len(toks); k++ {
		if isEnd(k) {
			e = toks[k].end
			break
		}
	}
	return s, e
}

// antecedent finds what a pronoun after a figure starting at token start
// stands for: the noun the figure before counts ("a few hundred prisoners
// ... thousands of them"), or else the nearest plural noun phrase before it
// in the paragraph ("The prisoners broke out; hundreds of them ...").
func (sc *figureScanner) antecedent(start, para int, prev []Figure, pronoun string) string {
	lx, toks := sc.lx, sc.toks
	fromFigure, figAt := "", -1
	for j := len(prev) - 1; j >= 0 && j >= len(prev)-6; j-- {
		p := &prev[j]
		if p.Paragraph < para-1 {
			break
		}
		if p.Counted != "" && !lx.pronouns[strings.ToLower(p.Counted)] {
			fromFigure = p.Counted
			if p.Paragraph == para {
				figAt = p.Start
			}
			break
		}
	}
	for k := start - 1; k >= 0 && k >= start-80; k-- {
		t := &toks[k]
		if figAt >= 0 && t.start < figAt {
			break
		}
		if t.typ != ftWord || lx.stop[t.low] || lx.pronouns[t.low] || !sc.isPlural(t, t.low) {
			continue
		}
		// take the words before the noun that belong to it: "ISIS prisoners"
		b := k
		for b > 0 && k-b < 2 && toks[b-1].typ == ftWord && toks[b-1].sp == toks[b].sp && !lx.stop[toks[b-1].low] &&
			!lx.pronouns[toks[b-1].low] && !lx.startWords[toks[b-1].low] && !sc.isPlural(&toks[b-1], toks[b-1].low) &&
			!strings.HasSuffix(toks[b-1].low, "ed") && !strings.HasSuffix(toks[b-1].low, "ly") {
			b--
		}
		return sc.text[toks[b].start:t.end]
	}
	if fromFigure != "" {
		return fromFigure
	}
	return pronoun
}

// resolvePronouns gives "thousands of them" the noun of the figure before.
func resolvePronouns(figs []Figure) {
	lx := figLex()
	for i := range figs {
		f := &figs[i]
		if !lx.pronouns[strings.ToLower(f.Counted)] {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-6; j-- {
			p := &figs[j]
			if p.Paragraph < f.Paragraph-1 {
				break
			}
			if p.Counted != "" && !lx.pronouns[strings.ToLower(p.Counted)] {
				f.Counted = p.Counted
				break
			}
		}
	}
}
