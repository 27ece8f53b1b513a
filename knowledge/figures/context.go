package figures

import (
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/knowledge/claims"
	"github.com/briefbot/briefbot/knowledge/entities"
	"github.com/briefbot/briefbot/knowledge/text"
)

// This file reads what surrounds a figure: dates, codes, the noun it
// counts, a change, its source.

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
		// "taxation rose 11 mln stg to 754 mln", "Plessey 2p to 243": a
		// sum changed and the level it reached, in the same money
		if !(prev.Kind == FigureMoney && b == a+1 && sc.toks[a].low == "to" && sc.changeInSentence(sc.tokenAt(prev.Start))) {
			return
		}
		// ("raised by 2 billion dlrs to 20, said a trader": a level a
		// thousand times off the change is no sum in its money)
		if prev.Value != nil && f.Value != nil && *prev.Value != 0 && *f.Value != 0 {
			if r := *f.Value / *prev.Value; r > 1000 || r < 0.001 {
				return
			}
		}
	}
	// "after one hour versus 1,333 bid": a measure a hundred times
	// smaller or larger measures something else; so does a percentage
	// ("5.19 pct up from 49.98 billion" was a sum).
	if (prev.Kind == FigureMeasure || prev.Kind == FigurePercent) && prev.Value != nil && f.Value != nil && *prev.Value != 0 && *f.Value != 0 {
		if r := *f.Value / *prev.Value; r > 100 || r < 0.01 {
			return
		}
	}
	f.Kind, f.Unit, f.Currency = prev.Kind, prev.Unit, prev.Currency
}

// inheritScale gives a bare sum written with a scale word the unit of the
// last such sum before it in its sentence, when the words between only
// tell a time or join the two: "8.14 billion dlrs in February from 5.7
// billion in January and 4.77 billion a year ago", "4.3bn rupees ($98m;
// £52m), against 2.7bn a year earlier". Dates between are passed over,
// and so is what stands in brackets (a conversion). At least one word
// between must compare or join (vs_words.txt, "and", "or"); every other
// one must be of scale_fillers.txt. figs are the paragraph's figures
// before f.
func (sc *figureScanner) inheritScale(figs []Figure, f *Figure) {
	if f.Kind != FigureCount || f.Counted != "" || f.Value == nil || len(figs) == 0 || !sc.scaledFigure(f) {
		return
	}
	toks, lx := sc.toks, sc.lx
	k := sc.tokenAt(f.NumberStart)
	// the figure's own first token may be a qualifier: start at its start
	if s := sc.tokenAt(f.Start); s < k {
		k = s
	}
	if k <= 0 || k >= len(toks) {
		return
	}
	sent := toks[k].sent
	j := len(figs) - 1
	depth, joined := 0, false
	for t := k - 1; t >= 0; t-- {
		tk := &toks[t]
		if tk.sent != sent {
			return
		}
		prev := figureBack(figs, &j, tk)
		switch {
		case tk.low == ")":
			depth++
			continue
		case tk.low == "(":
			if depth == 0 {
				return
			}
			depth--
			continue
		case depth > 0:
			continue
		}
		if prev != nil {
			if prev.Kind == FigureDate {
				continue
			}
			if joined && prev.Value != nil && sc.scaledFigure(prev) {
				takeUnitOf(prev, f, true)
			}
			return
		}
		if _, end, ok := lx.vsWords.match(toks, t); ok && end <= k {
			joined = true
			continue
		}
		switch {
		case tk.low == "and" || tk.low == "or":
			joined = true
		case lx.scaleFillers[tk.low] || sc.isMonth(t) || lx.weekdays[tk.low] || lx.timeRefs[tk.low]:
		case tk.low == "with" && t > 0 && toks[t-1].low == "compared":
			// "compared with": the phrase is matched from its first word
		default:
			return
		}
	}
}

// inheritScaleBefore gives a bare sum written with a scale word the unit
// of the nearest sum written with a scale word before it in its
// paragraph, when that one is money or a measure: a wire story names its
// unit once and then writes the sums bare, in the same sentence or the
// next ("a deficit of 8.14 billion marks after a surplus of 194 mln in
// January", "Of the 13 billion dlrs of debt 3.5 billion was owed by the
// state. The remaining 10 billion ..."). The figure may count a noun
// read before it ("on sales of 343.06 billion"), but not one written
// after its number ("20 mln cars"); a count of things between the two,
// or a nearest scaled sum that is itself a count ("97 mln cars, only 20
// mln"), leaves it bare.
func (sc *figureScanner) inheritScaleBefore(figs []Figure, f *Figure) {
	if f.Kind != FigureCount || f.Value == nil || *f.Value == 0 || !sc.scaledFigure(f) {
		return
	}
	toks, lx := sc.toks, sc.lx
	// nothing but the number and its scale word in the figure's words
	for t := sc.tokenAt(f.NumberStart); t < len(toks) && toks[t].start < f.End; t++ {
		if toks[t].typ == ftWord {
			if _, ok := lx.numbers[toks[t].low]; !ok {
				return
			}
		}
	}
	for j := len(figs) - 1; j >= 0; j-- {
		prev := &figs[j]
		if prev.Start >= f.Start {
			continue
		}
		switch {
		case prev.Kind == FigureDate || prev.Kind == FigurePercent || prev.Kind == FigureOrdinal:
			continue
		case sc.inBrackets(prev):
			continue // a conversion: "$28.5m (£15.2m), a total of 204.3m"
		case !sc.scaledFigure(prev):
			if prev.Kind == FigureCount && prev.Counted != "" {
				return // "5 bln dlrs for 300 workers, 2 mln ..."
			}
			continue
		}
		takeUnitOf(prev, f, true)
		return
	}
}

// figureBack is the figure of figs that token tk stands in, or nil, for a
// walk back over a paragraph's tokens: *j, the last figure that may hold
// it, moves back as the walk does (start it at len(figs)-1).
func figureBack(figs []Figure, j *int, tk *ftok) *Figure {
	for *j >= 0 && figs[*j].Start > tk.start {
		*j--
	}
	if *j >= 0 && tk.start >= figs[*j].Start && tk.start < figs[*j].End {
		return &figs[*j]
	}
	return nil
}

// takeUnitOf gives the bare figure f the kind and unit of prev, a sum of
// money or a measure within a hundred times of it (the upper bound of a
// range: "between 450 and 500 mln dlrs ... 66 mln"); a rate ("dlrs per
// tonne") only when perRate.
func takeUnitOf(prev, f *Figure, perRate bool) {
	pv := prev.Value
	if pv == nil {
		pv = prev.Max
	}
	// (a unit that is a rate by name, "barrel per day", "mile per hour",
	// measures as any unit does: "583,747 barrels per day in February
	// from 596,740")
	if prev.Unit == "" || pv == nil || *pv == 0 || !perRate && strings.Contains(prev.Unit, " per ") && !figLex().unitNames[prev.Unit] {
		return
	}
	switch prev.Kind {
	case FigureMoney, FigureMeasure:
	default:
		return
	}
	if r := *f.Value / *pv; r > 100 || r < 0.01 {
		return
	}
	f.Kind, f.Unit, f.Currency = prev.Kind, prev.Unit, prev.Currency
}

// inheritList gives a bare number in a list the unit of the measure or
// sum that opens the list in its sentence: "32,000 tonnes, including
// 24,000 for Egypt, 6,000 for Tanzania and 2,000 for Mauritania",
// "Saudi Arabia 90,944 tonnes barley, China 87,259 wheat", "rose to
// 23,457 tonnes in the period from 5,500". Between the two only names
// and nouns, times, commas and the words that join a list or compare
// (scale_fillers.txt, vs_words.txt, "and", "or", "for", "including")
// may stand, and one of them must join the two (a comma, "and", "or",
// "including", a comparison); a verb ("5,000 tonnes and employs 200") or a bare
// number already without a unit stops it, and so does a count of things.
func (sc *figureScanner) inheritList(figs []Figure, f *Figure) {
	if f.Kind != FigureCount || f.Unit != "" || f.Value == nil || *f.Value == 0 || len(figs) == 0 || sc.scaledFigure(f) {
		return
	}
	toks, lx := sc.toks, sc.lx
	k := sc.tokenAt(f.NumberStart)
	if s := sc.tokenAt(f.Start); s < k {
		return // a qualifier of its own: "about 300"
	}
	if k <= 0 || k >= len(toks) {
		return
	}
	// nothing but the number in the figure's words
	for t := k; t < len(toks) && toks[t].start < f.End; t++ {
		if toks[t].typ == ftWord {
			return
		}
	}
	sent := toks[k].sent
	j := len(figs) - 1
	joined := false
	for t := k - 1; t >= 0; t-- {
		tk := &toks[t]
		if tk.sent != sent {
			return
		}
		if prev := figureBack(figs, &j, tk); prev != nil {
			if prev.Kind == FigureDate {
				t = sc.tokenAt(prev.Start)
				continue
			}
			if !joined {
				return // a row of a table: "350 tons 6.000 4.500"
			}
			takeUnitOf(prev, f, false)
			return
		}
		switch {
		case tk.typ == ftPunct && (tk.low == "," || tk.low == ";" || tk.low == "(" || tk.low == ")"):
		case tk.typ != ftWord:
			return
		case lx.scaleFillers[tk.low] || sc.isMonth(t) || lx.timeRefs[tk.low]:
		case tk.low == "and" || tk.low == "or" || tk.low == "including":
			joined = true
		case tk.low == "for":
		case strings.HasPrefix(tk.tag, "NN") && (isUpperStart(tk.text) || joined):
			// a name, or a noun before the joint ("90,944 tonnes barley,
			// China 87,259"), never one right before the number ("and
			// employs 950")
		default:
			if _, end, ok := lx.vsWords.match(toks, t); ok && end <= k {
				joined = true
				continue
			}
			return
		}
		if tk.low == "," || tk.low == ";" {
			joined = true
		}
	}
}

// sharePrice makes a bare number written with a fraction of halves,
// quarters, eighths or sixteenths a price in dollars when its sentence is
// about shares (share_cues.txt, or a ticker in angle brackets): "Compaq's
// stock rose 1-3/8 to 32-1/4", "Fleet shares closed at 59-1/2, up 1/8",
// "Exxon Corp <XON> rose 1-1/8 to 88-1/2". A bond's price in 32nds
// ("100-4/32") and a rate ("deposits at 8-1/2") are left as they are.
func (sc *figureScanner) sharePrice(f *Figure) {
	if f.Kind != FigureCount || f.Unit != "" || f.NumberEnd > len(sc.text) || f.NumberStart >= f.NumberEnd {
		return
	}
	num := sc.text[f.NumberStart:f.NumberEnd]
	fraction := false
	for rest := num; ; {
		i := strings.IndexByte(rest, '/')
		if i < 0 {
			break
		}
		den := rest[i+1:]
		if j := strings.IndexFunc(den, func(r rune) bool { return r < '0' || r > '9' }); j >= 0 {
			den = den[:j]
		}
		switch den {
		case "2", "4", "8", "16":
			fraction = true
		default:
			return
		}
		rest = rest[i+1:]
	}
	if !fraction {
		return
	}
	toks := sc.toks
	k := sc.tokenAt(f.NumberStart)
	if k >= len(toks) {
		return
	}
	sent := toks[k].sent
	for t := range toks {
		if toks[t].sent != sent {
			continue
		}
		// "money stock" is a measure of money, no share
		if sc.lx.shareCues[toks[t].low] && toks[t].typ == ftWord && (t == 0 || toks[t-1].low != "money") || toks[t].low == ">" && sc.closesTicker(t) {
			f.Kind, f.Unit = FigureMoney, "dollar"
			return
		}
	}
}

// ratesInFractions makes a percentage of a bare quote in fractions, a
// count or what sharePrice took for a share's price in dollars, when what
// it measures is a rate (rate_nouns.txt): "The bank raised its prime rate
// to 7-3/4 from 7-1/2" is a rate in percent, and so it is after "<Harris
// Trust>" (the angle brackets are no ticker).
func (sc *figureScanner) ratesInFractions(figs []Figure) {
	for i := range figs {
		f := &figs[i]
		if !(f.Kind == FigureMoney && f.Unit == "dollar" || f.Kind == FigureCount && f.Unit == "") || f.Value == nil ||
			f.Start != f.NumberStart || f.End != f.NumberEnd || !strings.Contains(f.Text, "/") {
			continue
		}
		if h, _ := countedHead(f.Counted); sc.lx.rateNouns[h] {
			f.Kind, f.Unit, f.Currency = FigurePercent, "percent", ""
		}
	}
}

// sharePairs gives a bare whole number beside a share price in eighths
// the price's dollars, when only "to" or a comma and "up", "down" or
// "off" stand between them: "rose one to 28-1/4", "Potlatch 3-1/2 to
// 69", "crossed the shares at 45, off 1/8".
func (sc *figureScanner) sharePairs(figs []Figure) {
	isPrice := func(f *Figure) bool {
		return f.Kind == FigureMoney && f.Unit == "dollar" && strings.Contains(f.Text, "/")
	}
	bare := func(f *Figure) bool {
		return f.Kind == FigureCount && f.Unit == "" && f.Value != nil && *f.Value > 0 && !sc.scaledFigure(f) && f.Start == f.NumberStart && f.End == f.NumberEnd
	}
	for i := 0; i+1 < len(figs); i++ {
		a, b := &figs[i], &figs[i+1]
		if !(isPrice(a) && bare(b) || bare(a) && isPrice(b)) || b.Start < a.End || b.Start > len(sc.text) {
			continue
		}
		between := strings.Fields(strings.ToLower(sc.text[a.End:b.Start]))
		ok := len(between) == 1 && between[0] == "to" ||
			len(between) == 2 && between[0] == "," && (between[1] == "up" || between[1] == "down" || between[1] == "off") ||
			len(between) == 1 && (between[0] == ",up" || between[0] == ",down" || between[0] == ",off")
		if !ok {
			continue
		}
		if bare(a) {
			a.Kind, a.Unit = FigureMoney, "dollar"
		} else {
			b.Kind, b.Unit = FigureMoney, "dollar"
		}
	}
}

// inBrackets reports whether f stands right after an opening bracket.
func (sc *figureScanner) inBrackets(f *Figure) bool {
	t := sc.tokenAt(f.Start)
	return t > 0 && t < len(sc.toks) && sc.toks[t-1].low == "("
}

// scaledFigure reports whether the number of f is written with a scale
// word or abbreviation: "5.7 billion", "2.7bn", "20 mln".
func (sc *figureScanner) scaledFigure(f *Figure) bool {
	toks := sc.toks
	for t := sc.tokenAt(f.NumberStart); t < len(toks) && toks[t].start < f.End; t++ {
		if w, ok := sc.lx.numbers[toks[t].low]; ok && toks[t].typ == ftWord && (w.role == roleScale || w.role == roleAbbr) && w.val >= 1e6 {
			return true
		}
	}
	return false
}

// inName reports whether the number words from n0 to n1 are capitalised
// inside a name: a capitalised word stands right before or after them.
func (sc *figureScanner) inName(n0, n1 int) bool {
	toks := sc.toks
	t := &toks[n0]
	if t.typ != ftWord || !isUpperStart(t.text) || sc.sentenceStart(n0) {
		return false // "Three Britons were hurt" begins a sentence
	}
	if n1 < len(toks) && (toks[n1].typ == ftWord && isUpperStart(toks[n1].text) && toks[n1].sp && !sc.isMonth(n1) || toks[n1].isPossessive()) {
		return true // "Six Nations", "Five's audience"
	}
	p := n0 - 1
	if p > 0 && toks[p].isPossessive() {
		p-- // "Ocean's Twelve"
	}
	if p >= 0 && toks[p].typ == ftWord && isUpperStart(toks[p].text) && !sc.sentenceStart(n0) {
		return true
	}
	// "the Group of Seven", "the Big Four of the league": a capitalised
	// name and "of" before it
	if p > 0 && toks[p].low == "of" && toks[p-1].typ == ftWord && isUpperStart(toks[p-1].text) && !sc.sentenceStart(p-1) {
		return true
	}
	return false
}

func isUpperStart(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// isTitleWord tells whether s is written with a capital and then lower
// case ("Six", "Nations"), as a name's words are and a table's are not.
func isTitleWord(s string) bool {
	return len(s) > 1 && isUpperStart(s) && s[1] >= 'a' && s[1] <= 'z'
}

// checkDate marks years, days of months and decades as dates.
func (sc *figureScanner) checkDate(q *quantity, qRole string) {
	lx, toks := sc.lx, sc.toks
	// "net for 1985 year": a year before "year" in the singular names the
	// year; 1,985 years would be plural.
	// So does one before "month" or "week": "in the same 1986 month".
	if q.unit != 0 && q.cur == 0 && !q.scaled && !q.isRange && q.n1-q.n0 == 1 && q.n1 < len(toks) &&
		(toks[q.n1].low == "year" || toks[q.n1].low == "month" || toks[q.n1].low == "week") &&
		toks[q.n0].plain && len(toks[q.n0].text) == 4 && isYearish(q.val) && q.val >= 1900 {
		q.unit, q.date, q.t1 = 0, true, q.n1
		return
	}
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
		// "on March 26 and 30": a second day of the same month
		secondDay := prev >= 2 && (toks[prev].low == "and" || toks[prev].low == "or") && toks[prev-1].typ == ftNum && toks[prev-1].plain &&
			toks[prev-1].val >= 1 && toks[prev-1].val <= 31 && sc.isMonth(sc.prevWord(prev-1)) &&
			!(q.t1 < len(toks) && toks[q.t1].typ == ftWord && sc.isPlural(&toks[q.t1], toks[q.t1].low)) // ("on May 5 and 12 people died")
		if secondDay {
			q.date = true
			return
		}
		if sc.isMonth(prev) || sc.isMonthAt(q.t1) {
			q.date = true
			if sc.isMonth(prev) && q.t0 == q.n0 {
				q.t0 = prev
			}
			end := q.t1
			if sc.isMonthAt(end) {
				end++
				// "19 Jan.", but "15 June." ends its sentence
				if sc.low(end) == "." && sc.lx.monthAbbr[sc.toks[end-1].low] {
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
		// a year, unless it counts something: "1500 protesters"; from 1900
		// to 2099 always a year ("2003 results")
		next := q.t1
		modern := q.val >= 1900 && q.val <= 2099
		counts := !modern && next < len(toks) && toks[next].typ == ftWord && toks[next].sp && sc.isPlural(&toks[next], toks[next].low) && !lx.stop[toks[next].low]
		// "less than 1985's shortfall" compares with the year's
		bound := qRole != "" && qRole != "from" && !(modern && next < len(toks) && toks[next].isPossessive())
		// "a 20 pct increase over 1986", "to rise over 1986 levels": the
		// year a change is measured from, no bound
		if bound && modern && prev > 0 && toks[prev].low == "over" && !(next < len(toks) && toks[next].typ == ftWord && sc.isPlural(&toks[next], toks[next].low)) {
			// (a noun of change, or a verb before "levels": "rose over
			// 2000 on Friday" passed a level)
			_, ok := lx.changes[toks[prev-1].low]
			levels := next < len(toks) && (toks[next].low == "levels" || toks[next].low == "level" || toks[next].low == "figures")
			if ok && (!strings.HasPrefix(toks[prev-1].tag, "VB") || levels) {
				bound = false
			}
		}
		// "Vision 2030", "Euro 2024": a name with a year
		named := prev >= 0 && toks[prev].typ == ftWord && isUpperStart(toks[prev].text) && !sc.sentenceStart(prev) && toks[q.n0].sp
		if !counts && !bound || named || prev >= 0 && (lx.dateWords[toks[prev].low] || sc.isMonth(prev)) {
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
	// the last group of a telephone number written in groups: "0800 028
	// 9276", "020 7946 0018"
	if t.plain && q.n0 > 0 && toks[q.n0-1].typ == ftNum && toks[q.n0-1].lead0 && toks[q.n0-1].plain && t.sp {
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
		if !t.sp && isDash(p.low) && !p.sp && q.n0 >= 2 && toks[q.n0-2].typ == ftWord && !(lx.dateWords[toks[q.n0-2].low] && isYearish(q.val)) {
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
		if !nx.sp && nx.typ == ftWord && q.t1 == q.n1 && !nx.isPossessive() {
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
	// "Revision 4.0", "Version 2.1": a decimal after a word that names
	// codes is a version, not an amount.
	if !t.plain && t.frac && q.t0 == q.n0 && q.n0 > 0 && sc.afterPrefix(q.n0) {
		q.skip = true
		return
	}
	if !t.plain || q.t0 != q.n0 {
		return
	}
	// an address: "10 Downing Street", "500 Fifth Avenue"
	for m := q.n1; m < len(toks) && m < q.n1+4 && toks[m].typ == ftWord && isUpperStart(toks[m].text); m++ {
		if m > q.n1 && lx.streets[toks[m].low] {
			q.skip = true
			return
		}
	}
	// a name that opens with the number: "50 Cent", "3 Mobile": a single
	// name right after it, which it cannot count (a count of two or more
	// counts plurals: "40 Americans", "12 Democrats")
	// (after a verb, a group: "arrested 15 Hezbollah", "killed 20 Taliban")
	if q.val >= 2 && !(len(t.text) == 4 && isYearish(q.val)) && !(q.n0 > 0 && (sc.isMonth(q.n0-1) || strings.HasPrefix(sc.toks[q.n0-1].tag, "VB"))) && sc.nameAfter(q.n1) {
		q.skip = true
		return
	}
	// a name before the number: "Resolution 2254", "Windows 10"
	if q.n0 > 0 {
		if sc.afterPrefix(q.n0) {
			q.skip = true
			return
		}
		if !isYearish(q.val) && sc.afterName(q.n0) {
			q.skip = true
		}
	}
}

// afterPrefix reports whether a word that makes the number at token n a
// name, a code or a rank stands right before it: "Section 427", "top 10",
// and for a number in words only the prefixes marked "words" ("number
// three").
func (sc *figureScanner) afterPrefix(n int) bool {
	words := sc.toks[n].typ == ftWord
	for _, back := range [...]int{1, 2} {
		s := n - back
		if s < 0 {
			break
		}
		if e, end, ok := sc.lx.idPrefixes.match(sc.toks, s); ok && end == n && (!words || sc.lx.idWords[e.idx]) {
			return true
		}
	}
	return false
}

// nameAfter reports whether the number before token k opens a name: "50
// Cent", "22 Ivan Ljubicic (Croatia)" in a list of seeds. The capitalised
// words from k must end the phrase; a plural among them, or a possessive,
// a noun, an adjective, a number or a code after them, is what the number
// counts ("40 Americans", "7 Spike Lee movies", "40 Heidi's Frozen Yogurt
// Shoppes", "70 Boeing 737-800 planes").
func (sc *figureScanner) nameAfter(k int) bool {
	lx, toks := sc.lx, sc.toks
	e := k
	for ; e < len(toks) && e < k+5 && toks[e].typ == ftWord && toks[e].sp; e++ {
		w := &toks[e]
		// "Department of Health": a name goes on over "of" or "and"
		if (w.low == "of" || w.low == "and" || w.low == "&") && e > k && e+1 < len(toks) && isUpperStart(toks[e+1].text) {
			continue
		}
		if !isUpperStart(w.text) {
			break
		}
		if len(w.text) < 2 {
			return false // a unit: "30 C", "12 V"
		}
		// (a plural: "Democrats", "MPs", "Ecus")
		if sc.isMonth(e) || lx.weekdays[w.low] || lx.stop[w.low] || sc.isPlural(w, w.low) || strings.HasSuffix(w.tag, "S") ||
			w.tag != "NNP" && w.tag != "NN" || len(w.text) > 2 && strings.HasSuffix(w.text, "s") && !strings.HasSuffix(w.text, "ss") {
			return false
		}
	}
	if e == k || e == len(toks) {
		return e > k
	}
	// "12 UK hit singles": a plural noun just after; "31 U.S. cts", "20
	// Ecu": a currency among or just after the words
	for m := k; m < len(toks) && m < e+2; m++ {
		if m >= e && toks[m].typ == ftWord && !isUpperStart(toks[m].text) && (toks[m].tag == "NNS" || sc.isPlural(&toks[m], toks[m].low)) {
			return false
		}
		if _, end, ok := lx.currencies.match(toks, m); ok && end > m {
			return false
		}
	}
	switch n := &toks[e]; {
	case n.isPossessive(), n.typ == ftNum, n.typ == ftWord && n.sp && !isUpperStart(n.text) && (strings.HasPrefix(n.tag, "NN") || strings.HasPrefix(n.tag, "JJ") || n.tag == "CD"):
		return false
	case (n.low == "," || n.low == "and" || n.low == "or") && e+1 < len(toks) && toks[e+1].typ == ftNum:
		return false // "100 Muslim, 100 Jewish and 50 other schools"
	case n.typ == ftWord && strings.ContainsAny(n.text, "0123456789"):
		return false // a model code: "Airbus A320"
	case n.low == "<":
		return false // a ticker: "15 Boeing Co <BA> 767s"
	}
	return true
}

// afterName reports whether the number at token n is written right after a
// capitalised word inside a sentence, as models and codes are: "ATR 72",
// "Windows 10".
func (sc *figureScanner) afterName(n int) bool {
	lx, toks := sc.lx, sc.toks
	if n == 0 || !toks[n].sp {
		return false
	}
	pi := n - 1
	if toks[pi].isPossessive() && pi > 0 {
		pi-- // "Sharp's 902"
	}
	p := &toks[pi]
	if p.typ != ftWord || !isUpperStart(p.text) || sc.sentenceStart(pi) || lx.weekdays[p.low] || sc.isMonth(pi) || lx.stop[p.low] {
		return false
	}
	// "told CNN 25 people died": the number counts what follows (but
	// "the Rover 2 Series": a capitalised word goes on with the name)
	if e := n + 1; e < len(toks) && toks[e].typ == ftWord && toks[e].sp && !isUpperStart(toks[e].text) && sc.isPlural(&toks[e], toks[e].low) {
		return false
	}
	_, isQual := lx.qualifiers[p.low]
	_, end, isCur := lx.currencies.match(toks, n-1)
	return !isQual && !(isCur && end == n)
}

// counted reads the noun phrase a count counts, after token k: "8,950 male
// ISIS members", "thousands of family members", "thousands of them". With
// onlyOf, only a phrase after "of" counts: "700 tonnes of grain", "40% of
// households".
func (sc *figureScanner) counted(k int, many, onlyOf bool) (string, int) {
	lx, toks := sc.lx, sc.toks
	n := len(toks)
	end := k
	m := k
	if onlyOf && (m >= n || toks[m].low != "of") {
		return "", k
	}
	det := false
	if m < n && toks[m].low == "of" {
		m++
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
		if !det && !onlyOf && !sc.vagueOrFraction(k) {
			return "", k
		}
		many = false // "half of the population"
	}
	// opening quotes: `43,250 "non-combatants`
	for m < n && toks[m].typ == ftPunct && isQuote(toks[m].low) && toks[m].low != "(" {
		m++
	}
	if m < n && toks[m].isPossessive() {
		m++ // "7610's functions": the possessive is not what is counted
	}
	words := 0
	first := m
	lastEnd := -1
	for m < n && words < 4 {
		t := &toks[m]
		poss := m+1 < n && toks[m+1].isPossessive() // "today's levels"
		if t.typ != ftWord || lx.stop[t.low] && !poss || sc.isMonth(m) && !poss || t.nl || m+1 < n && toks[m+1].typ == ftNum && !toks[m+1].sp {
			break
		}
		if _, isNum := lx.numbers[t.low]; isNum {
			// an idiom is of the phrase: "of zero coupon bonds"
			if _, ie, ok := lx.idioms.match(toks, m); ok {
				words += ie - m
				lastEnd, m = ie, ie
				continue
			}
			// a number word that opens a name is of the phrase, with
			// the name: "two Six Nations games"
			e := m + 1
			if isTitleWord(t.text) && !sc.sentenceStart(m) {
				for e < n && toks[e].typ == ftWord && toks[e].sp && isTitleWord(toks[e].text) {
					if _, num := lx.numbers[toks[e].low]; num {
						break
					}
					e++
				}
			}
			if e < m+2 {
				break
			}
			words += e - m
			lastEnd, m = e, e
			continue
		}
		if words > 0 && (strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed")) && len(t.low) > 4 {
			// "four hours of furious trading": cut there, the phrase
			// is an adjective without its noun, and counts nothing
			if lastEnd == m && strings.HasPrefix(toks[m-1].tag, "JJ") {
				return "", end
			}
			break
		}
		// hyphenated words: "non-combatants", "ISIS-linked"
		e := m + 1
		for e+1 < n && isDash(toks[e].low) && !toks[e].sp && (toks[e+1].typ == ftWord || toks[e+1].typ == ftNum) && !toks[e+1].sp {
			e += 2 // "non-combatants", "F-35 jets", "Covid-19 patients"
		}
		words++
		lastEnd = e
		w := toks[e-1].low
		m = e
		if m < n && toks[m].isPossessive() {
			// "the world's biggest": the possessive belongs to the phrase
			m++
			lastEnd = m
			continue
		}
		if sc.isPlural(&toks[e-1], w) {
			break
		}
		// "four of the accused face charges": a participle standing as
		// the noun ends the phrase unless a plural follows it.
		if words == 1 && det && strings.HasSuffix(w, "ed") && len(w) > 4 && m < n && toks[m].typ == ftWord &&
			!sc.isPlural(&toks[m], toks[m].low) {
			break
		}
	}
	if lastEnd < 0 {
		return "", end
	}
	// a phrase that ends in a possessive lost its noun ("5% of the
	// country's 20bn"), and one that ends in a finite verb or in an adverb
	// and a participle is a clause, not a noun ("days of the month stood",
	// "of the firm's publicly held"): neither is what is counted
	if toks[lastEnd-1].isPossessive() || lastEnd+1 < n && toks[lastEnd].low == "'" && !toks[lastEnd].sp &&
		strings.HasSuffix(toks[lastEnd-1].low, "s") && toks[lastEnd+1].sp && toks[lastEnd+1].typ == ftWord && (first == 0 || toks[first-1].low != "'") {
		return "", end // (and "15% of Ferris' steel unit", not "of 'hits'")
	}
	if tg := toks[lastEnd-1].tag; words > 1 && (tg == "VBD" || tg == "VBP" ||
		tg == "VBN" && strings.HasPrefix(toks[lastEnd-2].tag, "RB")) {
		return "", end
	}
	// "the ETA 10 represents a change", "Personal System/2 incorporates
	// improved text": a number that ends a name, right before a verb with
	// its object, counts nothing, though the verb ends in s (a number
	// after a lower-case word may count: "secured five wins this season")
	if toks[first].tag == "VBZ" && first+1 < n && verbObjectTags[toks[first+1].tag] && k >= 2 && toks[k-1].typ == ftNum &&
		(toks[k-2].typ == ftWord && isUpperStart(toks[k-2].text) && !sc.sentenceStart(k-2) || toks[k-2].low == "/" && !toks[k-1].sp) {
		return "", end
	}
	// "a reading above 50 indicates a level of growth", "a score below 40
	// means weak demand": a bound after the noun it is said of is that
	// noun's, and the word after it is the verb of the sentence
	if words == 1 && toks[first].tag == "VBZ" && first+1 < n && (verbObjectTags[toks[first+1].tag] || strings.HasPrefix(toks[first+1].tag, "JJ")) &&
		k >= 3 && toks[k-1].typ == ftNum && comparisonBounds[toks[k-2].low] && strings.HasPrefix(toks[k-3].tag, "NN") {
		return "", end
	}
	// a phrase that ends in an -ed or -ing word is a verb: "27 killed"
	lw := toks[lastEnd-1].low
	// ("of the accused" names people)
	if words == 1 && !det && (strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing")) && len(lw) > 4 {
		return "", end
	}
	// many things are counted by a plural: "6.4 earthquake struck" counts none
	if many && !sc.isPlural(&toks[lastEnd-1], lw) {
		return "", end
	}
	return sc.text[toks[first].start:toks[lastEnd-1].end], lastEnd
}

// verbObjectTags are the tags of the words that open a verb's object or
// complement: a determiner, a pronoun, a number, an adverb or "to".
var verbObjectTags = map[string]bool{"DT": true, "PDT": true, "PRP": true, "PRP$": true, "CD": true, "RB": true, "TO": true}

// comparisonBounds are the prepositions that set a bound after the noun
// they are said of: "a reading above 50", "a score below 40".
var comparisonBounds = map[string]bool{"above": true, "below": true, "over": true, "under": true}

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
	// "PCs", "MPs", "CDs": an acronym with a plural s
	if n := len(t.text); n >= 3 && t.text[n-1] == 's' && strings.ToUpper(t.text[:n-1]) == t.text[:n-1] && strings.ToLower(t.text[:n-1]) != t.text[:n-1] {
		return true
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
	of := false
	for j >= 0 && j >= start-3 {
		w := toks[j].low
		if w == "by" || w == "of" || w == "a" || w == "an" {
			of = of || w == "of"
			j--
			continue
		}
		if d, ok := lx.changes[w]; ok && !(of && lx.changeAdverbs[w]) {
			return d // ("made up of 625 lines": an adverb takes no "of")
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
// sentence, or else the speaker of the claim whose content holds it, or
// else the subject of the speech verb whose clause holds it in the parse
// (anchors[i] is the token that heads figure i, or -1).
func attribute(figs []Figure, p *text.Paragraph, toks []ftok, anchors []int, ents []entities.Entity, claims []claims.Claim) {
	if len(figs) == 0 {
		return
	}
	cues := sourceCues(figLex(), toks, p)
	for i := range figs {
		f := &figs[i]
		// "The firm denied that it would cut 500 jobs": the figure of a
		// denial, or of a question, is no figure its speaker gives.
		if inDenial(f, p.N, claims) {
			continue
		}
		for _, c := range cues {
			if f.Start >= c.sentStart && f.End <= c.sentEnd {
				f.Source = entityName(c.source, ents)
				break
			}
		}
		if f.Source != "" {
			continue
		}
		said := true
		for _, c := range claims {
			if c.Paragraph == p.N && c.Start <= f.Start && f.End <= c.End && c.Speaker != "" {
				if said = sayer(p, &c, figLex()); said {
					f.Source = c.Speaker
				}
				break
			}
		}
		if f.Source == "" && said && i < len(anchors) && anchors[i] >= 0 {
			g := grammar{p: p, lx: figLex()}
			g.markFigures(figs)
			g.lo, g.hi = tokenRange(p, f.Start, f.End)
			f.Source = g.speaker(anchors[i], ents)
		}
		if f.Source != "" {
			if name, ok := tickerName(p.Text, f.Source); ok {
				f.Source = entityName(name, ents)
			}
		}
	}
}

// tickerName reads the source src that stands in the paragraph text only
// inside a ticker's angle brackets ("Visual Graphics Corp <VGCA> <VGCB>
// said", "Swissair <SWSZ.Z> reported", "Hitachi Ltd <HIT.T>" gave the
// sources "VGCB", "Z" and "T"): the name is the capitalised words right
// before the brackets, or none ("" with ok true) when none stand there. A
// name in angle brackets ("<Bank of Montreal> said") is no ticker: ok is
// false, as it is for a source that stands outside brackets too.
func tickerName(text, src string) (string, bool) {
	if src == "" || !isTicker(src) {
		return "", false
	}
	name, found := "", false
	for from := 0; ; {
		k := strings.Index(text[from:], src)
		if k < 0 {
			break
		}
		k += from
		from = k + len(src)
		open := strings.LastIndexByte(text[:k], '<')
		end := strings.IndexByte(text[k:], '>')
		if open < 0 || end < 0 || strings.IndexByte(text[open:k], '>') >= 0 || !isTicker(text[open+1:k+end]) {
			if wordAt(text, k, len(src)) {
				return "", false // the source stands outside a ticker too
			}
			continue
		}
		if found {
			continue
		}
		found = true
		name = nameBefore(text[:open])
	}
	return name, found
}

// isTicker reports whether s reads as a stock ticker: capitals, digits and
// dots, no space, at most ten characters ("VGCB", "HIT.T", "SWSZ.Z").
func isTicker(s string) bool {
	if s == "" || len(s) > 10 {
		return false
	}
	letter := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			letter = true
		case c >= '0' && c <= '9' || c == '.':
		default:
			return false
		}
	}
	return letter
}

// wordAt reports whether text[k:k+n] is a whole word.
func wordAt(text string, k, n int) bool {
	word := func(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }
	return (k == 0 || !word(text[k-1])) && (k+n >= len(text) || !word(text[k+n]))
}

// nameBefore reads the capitalised words that end text, over other tickers
// in angle brackets before them ("Visual Graphics Corp <VGCA> " gives
// "Visual Graphics Corp"); "and", "of", "&" and "de" may join them.
func nameBefore(text string) string {
	t := strings.TrimRight(text, " ")
	for strings.HasSuffix(t, ">") {
		open := strings.LastIndexByte(t, '<')
		if open < 0 || !isTicker(t[open+1:len(t)-1]) {
			return ""
		}
		t = strings.TrimRight(t[:open], " ")
	}
	words := strings.Fields(t)
	start := len(words)
	for start > 0 {
		w := words[start-1]
		if isUpperStart(w) && !strings.ContainsAny(w, ",;:()\"") {
			start--
			continue
		}
		if (w == "and" || w == "of" || w == "&" || w == "de") && start < len(words) && start > 1 && isUpperStart(words[start-2]) {
			start--
			continue
		}
		break
	}
	for start < len(words) && !isUpperStart(words[start]) {
		start++
	}
	if start >= len(words) {
		return ""
	}
	return strings.Join(words[start:], " ")
}

// sayer tells whether the speaker of claim c, which holds a figure, may be
// the figure's source: not a clause the parse took for a name ("S and P
// cited the firm's proposed plan that calls for 500 mln dlrs of debt" gave
// the speaker "S and P cited the firm's proposed plan": a finite verb in
// lower case stands in it), nor a plan or a deal that calls for a sum
// ("Plans call for output to reach 500,000 tonnes", "The plan calls for
// boosting exports by five pct after a 7.4 pct decline": plan_nouns.txt),
// which holds what it calls for but tells no figure.
func sayer(p *text.Paragraph, c *claims.Claim, lx *figureLexicon) bool {
	if strings.HasPrefix(strings.ToLower(c.Cue), "call") {
		if lx.planNouns[strings.ToLower(headWord(c.Speaker))] {
			return false
		}
		// "the group's buyout plan that calls for": the plan the
		// relative pronoun stands for, whoever the claim names
		if m := c.SpeakerMention; m != nil && m.Paragraph == p.N && m.Start <= len(p.Text) && (m.Text == "that" || m.Text == "which") &&
			lx.planNouns[strings.ToLower(lastWord(strings.TrimRight(p.Text[:m.Start], " ,")))] {
			return false
		}
	}
	start := c.Start
	if start > len(p.Text) {
		start = len(p.Text)
	}
	at := strings.LastIndex(p.Text[:start], c.Speaker)
	if at < 0 {
		return true
	}
	for _, t := range p.Tokens {
		if t.Start >= at && t.End <= at+len(c.Speaker) && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP") &&
			t.Text != "" && t.Text[0] >= 'a' && t.Text[0] <= 'z' && t.Low != "'s" {
			return false
		}
	}
	return true
}

// headWord is the word that heads a noun phrase: the last before a
// preposition ("an official document detailing the proposals" is
// "document" only when a participle or preposition follows it: the last
// word before "with", "of", "for", "from", "on", "in", "at", "by" or an
// -ing word), else the last word.
func headWord(s string) string {
	ws := strings.Fields(s)
	for i := 1; i < len(ws); i++ {
		switch w := strings.ToLower(ws[i]); {
		case w == "with" || w == "of" || w == "for" || w == "from" || w == "on" || w == "in" || w == "at" || w == "by",
			strings.HasSuffix(w, "ing") && len(w) > 4:
			return ws[i-1]
		}
	}
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// markNotStated marks the figures of paragraph p that the article does
// not state as so (see Figure.NotStated): in what a claim denies or asks,
// or in what the parse shows a denial governs; and those a negated verb
// acts on (Figure.Negated). Only a sentence with a negator or a denial is
// parsed for it (anchors[i] is the token that heads figure i, or -1 when
// its sentence was not parsed).
func markNotStated(figs []Figure, p *text.Paragraph, anchors []int, cs []claims.Claim, lx *figureLexicon) {
	for i := range figs {
		f := &figs[i]
		if inDenial(f, p.N, cs) {
			f.NotStated = true
			continue
		}
		lo, _ := tokenRange(p, f.Start, f.End)
		if lo >= len(p.Tokens) || !contrarySentence(p, p.Tokens[lo].Sent) {
			continue
		}
		a := -1
		if i < len(anchors) {
			a = anchors[i]
		}
		if a < 0 {
			g := grammar{p: p, lx: lx}
			g.markFigures(figs)
			a = g.anchor(f)
		}
		if a >= 0 {
			f.NotStated, f.Negated = p.Contrary(a, claims.Denial, claims.ContentNoun)
		}
	}
}

// contrarySentence tells whether sentence i of p holds a negator or a word
// of denial, before it is parsed: only then may a clause of it be
// contrary.
func contrarySentence(p *text.Paragraph, i int) bool {
	if i < 0 || i >= len(p.Sentences) {
		return false
	}
	s := p.Sentences[i]
	for k := s.Start; k < s.End && k < len(p.Tokens); k++ {
		if t := &p.Tokens[k]; t.Low == "not" || t.Low == "n't" || t.Low == "never" || claims.Denial(t.Lemma) {
			return true
		}
	}
	return false
}

// inDenial tells whether the figure stands in the content of a claim of
// paragraph n that denies, or asks. (What someone wants is theirs to say:
// "prosecutors want $280bn" keeps its source.)
func inDenial(f *Figure, n int, cs []claims.Claim) bool {
	for _, c := range cs {
		if c.Paragraph == n && c.Start <= f.Start && f.End <= c.End && (c.Stance == "deny" || c.Stance == "ask") {
			return true
		}
	}
	return false
}

// describedName returns the index of the capitalised word that follows one
// to three lower-case words of description from toks[m] ("think-tank",
// "research firm"), or -1.
func describedName(lx *figureLexicon, toks []ftok, m int) int {
	for k := m; k < len(toks) && k < m+4; k++ {
		t := &toks[k]
		if t.typ == ftPunct && t.low == "-" && !t.sp {
			continue
		}
		if t.typ != ftWord || lx.stop[t.low] {
			return -1
		}
		if t.text[0] >= 'A' && t.text[0] <= 'Z' {
			if k == m {
				return -1
			}
			return k
		}
	}
	return -1
}

// sourceSpan is a source named in a sentence, and the sentence's bytes.
type sourceSpan struct {
	source             string
	sentStart, sentEnd int
}

// entityName returns the name of the entity a source names ("the State
// Department" is "U.S. State Department"), or the source as written.
func entityName(src string, ents []entities.Entity) string {
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
func sourceCues(lx *figureLexicon, toks []ftok, p *text.Paragraph) []sourceSpan {
	var out []sourceSpan
	for i := range toks {
		if toks[i].typ != ftWord {
			continue
		}
		_, k, ok := lx.sourceCues.match(toks, i)
		if !ok {
			continue
		}
		src := sourceName(lx, toks, k, p.Text)
		if src == "" {
			continue
		}
		s, e := sentenceBounds(p, &toks[i])
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
	// "data from Gas Infrastructure Europe": the name after the data
	if k+1 < n && lx.sourceNouns[toks[k].low] && (toks[k+1].low == "from" || toks[k+1].low == "by" || toks[k+1].low == "of") {
		k += 2
		for k < n && (toks[k].low == "the" || toks[k].low == "a" || toks[k].low == "an") {
			k++
		}
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
			// "UK think-tank Demos", "US bank Citigroup": what the name
			// describes, then the name the source is
			if h := describedName(lx, toks, m); h > m {
				start, end = h, h+1
				m = h
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
func sentenceBounds(p *text.Paragraph, t *ftok) (int, int) {
	s := p.Sentences[t.sent]
	return p.Tokens[s.Start].Start, p.Tokens[s.End-1].End
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
		if figAt >= 0 && t.start < figAt || t.sent < toks[start].sent-1 {
			break // no further back than the sentence before
		}
		if t.typ != ftWord || lx.stop[t.low] || lx.pronouns[t.low] || !sc.isPlural(t, t.low) || sc.isUnitWord(k) {
			continue
		}
		// "all 21 crew, from the Philippines, India and Georgia, … two of
		// them": a name is no plural of what a figure counts.
		if t.text != "" && t.text != t.low && unicode.IsUpper([]rune(t.text)[0]) && k > 0 && toks[k-1].sent == t.sent {
			continue
		}
		// take the words before the noun that belong to it: "ISIS prisoners"
		b := k
		for b > 0 && k-b < 2 {
			if toks[b-1].isPossessive() && b > 1 && toks[b-2].typ == ftWord {
				b -= 2 // "people's net habits"
				continue
			}
			if toks[b-1].typ != ftWord || toks[b-1].sp != toks[b].sp || lx.stop[toks[b-1].low] ||
				lx.pronouns[toks[b-1].low] || lx.startWords[toks[b-1].low] || sc.isPlural(&toks[b-1], toks[b-1].low) ||
				strings.HasSuffix(toks[b-1].low, "ed") || strings.HasSuffix(toks[b-1].low, "ly") {
				break
			}
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
