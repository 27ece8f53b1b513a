package figures

import (
	"math"
	"strings"
)

// This file reads numbers: digits, number words, vague amounts.

// digitsNumber reads a number written with digits at token k: "8,950",
// "1/3", "7 3/4", "2.3m", "4.5 billion", "25th".
func (sc *figureScanner) digitsNumber(q *quantity, k int, money bool) (int, bool) {
	lx, toks := sc.lx, sc.toks
	t := &toks[k]
	n := len(toks)
	switch t.sep {
	case ':', '-', '+':
		// a time or a ratio ("10:30", "3:1"), a telephone number or a code
		// written as one token ("555-1234", "+44")
		q.skip = true
		return k + 1, true
	case '/':
		if !t.ok {
			return k, false
		}
		q.val = t.val
		if !sc.slashNumber(q, t) {
			return k + 1, true
		}
	}
	if !t.ok {
		return k, false
	}
	if t.sep == 0 {
		q.val = t.val
	}
	k++
	// times: "10:30", "2.15pm", "6 a.m."
	if t.sep == 0 && k+1 < n && toks[k].low == ":" && !toks[k].sp && toks[k+1].typ == ftNum && !toks[k+1].sp {
		q.skip = true
		k += 2
		return k, true
	}
	if k < n && toks[k].typ == ftWord && isClock(toks, k) {
		q.skip = true
		return k + 1, true
	}
	// "7-1/2", "1-1/16": a whole number and a fraction, as prices are quoted
	if t.sep != 0 {
		// read whole above: "7/16"
	} else if k+1 < n && t.plain && isDash(toks[k].low) && !toks[k].sp && toks[k+1].sep == '/' && !toks[k+1].sp {
		// "6-9/16": prices in whole numbers and a fraction, the fraction one token
		var r quantity
		if r.val = toks[k+1].val; toks[k+1].ok && sc.slashNumber(&r, &toks[k+1]) && r.val > 0 && r.val < 1 {
			q.val += r.val
			q.fraction = true
			k += 2
		}
	} else if k+3 < n && t.plain && isDash(toks[k].low) && !toks[k].sp && toks[k+1].typ == ftNum && toks[k+1].plain && !toks[k+1].sp &&
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
			if q.val < b && (!spaced || b <= 100) && (q.val == 1 || commonDenominator(b)) {
				q.val /= b
				q.fraction = true
				k += 2
			} else if !spaced && len(t.text) == 4 && isYearish(q.val) && (len(toks[k+1].text) == 2 || isYearish(b) && b > q.val) {
				// "2018/19": a season or a financial year
				q.date = true
				q.t1 = k + 2
				return k + 2, true
			} else if !spaced {
				// "24/7", "9/11"
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
		case w == "s" && t.plain && math.Mod(q.val, 10) == 0 && (len(t.text) == 4 ||
			len(t.text) == 2 && q.n0 > 0 && (toks[q.n0-1].low == "'" || toks[q.n0-1].low == "\u2019")):
			// "the 1990s", "the '90s"
			q.date = true
			q.t1 = k + 1
			return k + 1, true
		}
		if nw, ok := lx.numbers[w]; ok && (nw.role == roleAbbr || nw.role == roleScale) {
			if !(w == "m" && !money && sc.metres(q, k)) && !(w == "b" && !money) {
				q.val *= nw.val
				q.scaled, q.mult = true, nw.val
				k++
			}
		}
	}
	// a scale word joined by a hyphen: "a 200-million bushel cut", "a
	// $5-billion deal", "a 50-mln-share buyback"
	if k+1 < n && t.plain && isDash(toks[k].low) && !toks[k].sp && toks[k+1].typ == ftWord && !toks[k+1].sp {
		if nw, ok := lx.numbers[toks[k+1].low]; ok && (nw.role == roleScale || nw.role == roleAbbr && len(toks[k+1].low) > 2) {
			q.val *= nw.val
			q.scaled, q.mult = true, nw.val
			k += 2
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
		q.scaled, q.mult = true, nw.val
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

// slashNumber reads a number token written with slashes: a date
// ("11/28/2000"), a fraction ("7/16") or a name ("9/11", "24/7"). It returns
// false when the number is no quantity (q.date or q.skip set), else sets q
// to the fraction.
func (sc *figureScanner) slashNumber(q *quantity, t *ftok) bool {
	groups := strings.Split(t.text, "/")
	if len(groups) >= 3 {
		q.date = true
		return false
	}
	a, b := t.val, 0.0
	if len(groups) == 2 && isAllDigits(groups[1]) && len(groups[1]) <= 6 {
		for i := 0; i < len(groups[1]); i++ {
			b = b*10 + float64(groups[1][i]-'0')
		}
	}
	if b != 0 && a < b && b <= 100 && (a == 1 || commonDenominator(b)) {
		q.val = a / b
		q.fraction = true
		return true
	}
	if len(groups[0]) == 4 && isYearish(a) && (len(groups[1]) == 2 || isYearish(b) && b > a) {
		q.date = true // "2018/19"
		return false
	}
	q.skip = true
	return false
}

// commonDenominator reports whether b is a denominator fractions are
// written with ("3/4", "5/8", "7/16"), so that "9/11" is read as a name.
func commonDenominator(b float64) bool {
	switch b {
	case 2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 1000:
		return true
	}
	return false
}

// isClock reports whether the word at k makes the number before it a time
// of day: "6pm", "2 a.m.".
func isClock(toks []ftok, k int) bool {
	switch toks[k].low {
	case "am", "pm", "gmt", "bst", "cet", "utc", "est", "edt", "pst", "pdt", "hrs":
		return toks[k].low != "am" || !toks[k].sp || k+1 >= len(toks) || toks[k+1].typ == ftPunct
	case "a.m.", "p.m.", "a.m", "p.m":
		return true
	case "a", "p":
		return k+2 < len(toks) && toks[k+1].low == "." && toks[k+2].low == "m"
	}
	return false
}

// soldBefore tells whether a verb of selling comes just before token k
// ("sold 100m records", "has sold more than 20m titles").
func (sc *figureScanner) soldBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch sc.toks[j].low {
		case "sold", "sell", "sells", "selling", "sales", "shipped", "ships", "shipping", "downloaded", "streamed":
			return true
		}
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
	// "two 200m titles", "the 800m final", but "sold 50m records"
	if k+1 < len(toks) && toks[k+1].typ == ftWord && sc.lx.raceWords[toks[k+1].low] && k > 0 && sc.lx.raceDist[toks[k-1].low] && !sc.soldBefore(k-1) {
		return true
	}
	// money just before: "50m euros now, with another 550m to follow"
	for j := k - 2; j >= 0 && j >= k-12; j-- {
		if e, _, ok := sc.lx.currencies.match(toks, j); ok && (toks[j].typ == ftPunct || len(e.toks) == 1 && len(e.toks[0]) > 3) {
			return false
		}
	}
	// "2m people", "5m tonnes", "3m of", "2m euros" are millions
	if k+1 < len(toks) && toks[k+1].typ == ftWord {
		if w := toks[k+1].low; w == "of" || sc.isPlural(&toks[k+1], w) || sc.isUnitWord(k+1) {
			return false
		}
	}
	// "2.3m" alone is millions; "a best of 16.76m", with a word of distance
	// just before and no money near, is metres
	if toks[k-1].frac {
		for j := k - 2; j >= 0 && j >= k-8 && toks[j].low != "."; j-- {
			// (in lower case: "Mark Hill earned 2.5m" names a man)
			if sc.lx.distanceCues[toks[j].low] && (!isUpperStart(toks[j].text) || sc.sentenceStart(j)) {
				return true
			}
		}
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
			// "two-and-a-half", "three-and-a-quarter"
			if isDash(t.low) && any && cur > 0 && sc.low(k+1) == "and" && isDash(sc.low(k+2)) && (sc.low(k+3) == "a" || sc.low(k+3) == "one") &&
				isDash(sc.low(k+4)) && (sc.low(k+5) == "half" || sc.low(k+5) == "quarter") {
				cur += 0.5
				if sc.low(k+5) == "quarter" {
					cur -= 0.25
				}
				q.fraction = true
				k += 6
				last = roleFraction
				continue
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
				case !any && sc.rateUnit(k):
					// "2.5 billion instructions per second", "30 frames a
					// second.": a unit of a rate, no rank
					q.skip = true
					return k + 1, true
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
			// "a quarter of a million", like "two thirds of a million":
			// one amount, not a quarter and then a million
			if sc.low(k+1) == "of" && sc.low(k+2) == "a" {
				if s, ok := isNum(k + 3); ok && s.role == roleScale {
					total += part * s.val
					cur = 0 // (the article "a" of "a quarter" counted one)
					k += 4
					any, last = true, roleScale
					q.scaled = true
					continue
				}
			}
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
	if q.scaled {
		q.mult = lastScale
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
		// "the (January to March) quarter of this year", "the last half of
		// 2004": a stretch of a year, no fraction of a thing; "half of last
		// year's profit" is a fraction of a thing
		switch {
		case sc.lx.yearDeictics[sc.low(k+2)]:
			if sc.lx.yearPeriods[sc.low(k+3)] {
				return sc.low(k+4) == "'s"
			}
		case k+2 < len(sc.toks) && sc.toks[k+2].typ == ftNum && sc.toks[k+2].plain && isYearish(sc.toks[k+2].val):
			// "half of 2004's profit" would count "2004's": left out
			return false
		}
		return true
	}
	if sc.toks[k].low == "half" && k > 0 {
		p := sc.toks[k-1].low
		return p == "than" || p == "about" || p == "nearly" || p == "almost" || p == "over" || p == "by"
	}
	return false
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

// rateUnit reports whether the ordinal word at k is a unit of a rate ("per
// second", "30 frames a second."): a unit written after "per", or after "a"
// or "an" with nothing after it in its clause ("a second referendum" is a
// rank).
func (sc *figureScanner) rateUnit(k int) bool {
	if k == 0 {
		return false
	}
	if _, _, ok := sc.lx.units.match(sc.toks, k); !ok {
		return false
	}
	switch sc.toks[k-1].low {
	case "per":
		return true
	case "a", "an":
		return k+1 >= len(sc.toks) || sc.toks[k+1].typ == ftPunct && !isDash(sc.toks[k+1].low)
	}
	return false
}
