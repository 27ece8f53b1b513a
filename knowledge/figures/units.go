package figures

import "strings"

// This file reads what follows a number: currencies, units, rates, coins.

func (sc *figureScanner) curName(c int) string {
	if c == 0 {
		return ""
	}
	return sc.lx.curRows[c-1].name
}

func (sc *figureScanner) isCurrencyAt(k int) bool {
	_, _, ok := sc.lx.currencies.matchIf(sc.toks, k, sc.lx.isPre)
	return ok
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
		// "6ft 2in", "5 ft 2 in": "in" is inches only after feet
		if m+1 < len(toks) && toks[m+1].low == "in" && lx.unitRows[q.unit-1].name == "foot" {
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
	if sc.low(m) == "and" {
		m++
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
	// a bare number after the amount: only at the end of the phrase, and
	// not the start of a compound ("a 4.2 billion guilder nine-day advance")
	if end < len(toks) && (toks[end].typ == ftWord || isDash(toks[end].low) && !toks[end].sp) {
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

// scaledISO reads a currency code with a scale letter before it, as
// business writing has it: "MEUR" (millions of euros), "kUSD".
func (sc *figureScanner) scaledISO(k int) (row int, mult float64, ok bool) {
	t := &sc.toks[k]
	if t.typ != ftWord || len(t.text) != 4 {
		return 0, 0, false
	}
	switch t.text[0] {
	case 'M':
		mult = 1e6
	case 'k', 'K':
		mult = 1e3
	default:
		return 0, 0, false
	}
	if t.text[1:] != strings.ToUpper(t.text[1:]) {
		return 0, 0, false
	}
	row, ok = sc.lx.isoRows[t.low[1:]]
	return row, mult, ok
}

// unitAfter reads the currency or unit after a number, with an optional
// hyphen ("3-inch") and a rate ("barrels a day", "$5 a share").
func (sc *figureScanner) unitAfter(q *quantity, k int) int {
	lx, toks := sc.lx, sc.toks
	if k >= len(toks) {
		return k
	}
	m := k
	if toks[m].typ == ftPunct && isDash(toks[m].low) && !toks[m].sp && m+1 < len(toks) && !toks[m+1].sp && toks[m+1].typ == ftWord {
		m++ // "3-inch"
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
	// a coin's two letters after a number in words are the coin ("loss one
	// ct vs profit nine cts"), where a unit's ("one in four") are no unit
	okCoin := func(e phraseEntry) bool {
		if len(e.toks) == 1 && len(e.toks[0]) == 2 && toks[m].typ == ftWord && !digits {
			return true
		}
		return okSurface(e)
	}
	if row, mult, ok := sc.scaledISO(m); ok && q.cur == 0 && sc.unitEnds(m+1) {
		q.cur = row + 1
		q.val *= mult
		q.scaled = true
		return m + 1
	}
	// money after the number: "5 dollars", "450,000 yen", "34 cents", "5 €";
	// a currency written onto the next number is that number's: "1 $10"
	if e, end, ok := lx.currencies.matchIf(toks, m, lx.isPost); ok && okCoin(e) && sc.unitEnds(end) &&
		!(end < len(toks) && toks[end].typ == ftNum && !toks[end].sp) {
		row := lx.curRows[e.idx]
		if row.minor && isUpperStart(toks[m].text) && len(toks[m].text) > 1 && !sc.sentenceStart(m) {
			return k // "50 Cent" is a name
		}
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
	if q.cur != 0 {
		return sc.rate(q, k)
	}
	// "a 22 mln mark order" ("passed the one mln mark" is a milestone)
	if e, end, ok := lx.scaledCurrencies.match(toks, m); ok && sc.scaledPrice(q, m, end) {
		q.cur = e.idx + 1
		return sc.rate(q, end)
	}
	if e, end, ok := lx.units.match(toks, m); ok && okSurface(e) && sc.unitEnds(end) {
		row := lx.unitRows[e.idx]
		if row.kind == "per" || row.digits && !digits {
			return k
		}
		// "275,000 week ago": a wire's "a week ago" after a number that
		// counts something else; "two weeks ago" is the span
		if m == k && end < len(toks) && toks[end].low == "ago" && end == m+1 && toks[m].low == row.name && q.val != 1 {
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
	if t.sp || t.isPossessive() {
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
	return q.words || end > 1 && sc.toks[end-2].low == "-"
}

// rate reads "per day", "a share", "/h" after a unit.
func (sc *figureScanner) rate(q *quantity, k int) int {
	lx, toks := sc.lx, sc.toks
	if k+1 >= len(toks) {
		return k
	}
	w := toks[k].low
	// "a loss of 2.17 dlrs shr": the abbreviation is "a share"
	if per, ok := lx.rateAbbrevs[w]; ok && q.cur != 0 && toks[k].typ == ftWord && !toks[k].nl {
		q.per = per
		return k + 1
	}
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
		// "4.3% a year earlier" is a point in time; "$528 a tonne on
		// Monday" and "$3 a mile on Monday" rates all the same
		if row.kind == "percent" || row.kind == "age" || w != "per" && lx.timeUnits[row.name] && end < len(toks) && lx.timeRefs[toks[end].low] {
			return k
		}
		q.per = row.name
		return end
	}
	return k
}

// scaledPrice reports whether the currency of a scaled-only row
// (currencies.txt: "mark") between tokens m and end prices the noun after
// it: the number before it is scaled, no "the" opens the figure, and a
// word that is no stop word follows ("a 22 mln mark East German order",
// not "topped the 1 mln mark in March").
func (sc *figureScanner) scaledPrice(q *quantity, m, end int) bool {
	toks := sc.toks
	if !q.scaled || end >= len(toks) || toks[end].typ != ftWord || sc.lx.stop[toks[end].low] || toks[end].nl {
		return false
	}
	return q.t0 == 0 || toks[q.t0-1].low != "the"
}

// isUnitWord reports whether a unit or currency starts at k.
func (sc *figureScanner) isUnitWord(k int) bool {
	if _, _, ok := sc.lx.units.match(sc.toks, k); ok {
		return true
	}
	_, _, ok := sc.lx.currencies.match(sc.toks, k)
	return ok
}
