package figures

import (
	"strings"
	"unicode"
)

// This file reads the rows of a results table: a wire story's "Net profit
// 515,000 vs loss 1,328,000" or "Revs 10.1 mln vs 8.7 mln", where the
// label says the numbers are sums and the table names its money once, in
// another row ("Shr 11 cts vs 28 cts") or a note.

// sumRow tells whether the paragraph just scanned is a row of sums: it
// opens with a label of sum_rows.txt and holds nothing but the words of
// those labels, comparison words (vs_words.txt), a few marks and its
// figures. Each bare number of the row is then a sum, not a count: it
// becomes money, with no unit yet (tableMoney gives it the table's), and
// what it measures is the label written before it ("loss" in "vs loss
// 1,328,000"), or the row's own ("Net" for both of "Net 335,000 vs
// 67,000"). A row of shares (share_rows.txt: "Shr profit 11 cts vs loss
// 28 cts") only has what each number measures set so. It returns the
// indexes in figs of the numbers it made money.
func (sc *figureScanner) sumRow(figs []Figure) []int {
	toks, lx := sc.toks, sc.lx
	if len(figs) == 0 || len(toks) == 0 {
		return nil
	}
	_, labelEnd, sums := lx.sumRows.match(toks, 0)
	if !sums {
		// a row of shares: what each number measures, no kind changed
		// (share_rows.txt)
		var ok bool
		if _, labelEnd, ok = lx.shareRows.match(toks, 0); !ok {
			return nil
		}
	}
	j := 0
	for t := labelEnd; t < len(toks); t++ {
		tk := &toks[t]
		for j < len(figs) && figs[j].End <= tk.start {
			j++
		}
		if j < len(figs) && tk.start >= figs[j].Start {
			if figs[j].Kind == FigureDate {
				return nil // "Net 1986": no row of sums
			}
			continue
		}
		if _, end, ok := lx.vsWords.match(toks, t); ok {
			t = end - 1
			continue
		}
		switch {
		case tk.typ == ftWord && (lx.sumRowWords[tk.low] || lx.shareRowWords[tk.low]):
		case tk.typ == ftPunct && (tk.low == "," || tk.low == ";" || tk.low == ":" || tk.low == "."):
		default:
			return nil
		}
	}
	label := sc.text[toks[0].start:toks[labelEnd-1].end]
	var changed []int
	prevEnd := 0
	for i := range figs {
		f := &figs[i]
		bare := f.Kind == FigureCount && f.Unit == "" && f.Value != nil
		if bare && sums || !sums && f.Kind != FigureDate {
			f.Counted = label
			// the label words since the figure before: "vs loss"
			var words []string
			for t := sc.tokenAt(prevEnd); t < len(toks) && toks[t].start < f.Start; t++ {
				if toks[t].typ == ftWord && (lx.sumRowWords[toks[t].low] || lx.shareRowWords[toks[t].low]) && toks[t].start >= prevEnd {
					words = append(words, toks[t].text)
				}
			}
			if len(words) > 0 {
				f.Counted = strings.Join(words, " ")
			}
		}
		if bare && sums {
			f.Kind, f.Currency = FigureMoney, ""
			changed = append(changed, i)
		}
		prevEnd = f.End
	}
	return changed
}

// tableMoney gives the sums that sumRow made money (rows, indexes in figs)
// the unit of the money nearest before them in the article that is not
// such a sum, or else the nearest after: "Shr profit 11 cts vs loss 28
// cts / Net profit 515,000 vs loss 1,328,000" is a table in dollars. A
// hundredth coin stands for its money (minor_currencies.txt) and a rate
// for the money it is in ("65 cts a share"). With no money in the article
// the sums stay money of no named unit.
func tableMoney(figs []Figure, rows []int, lx *figureLexicon) {
	if len(rows) == 0 {
		return
	}
	inRow := map[int]bool{}
	for _, i := range rows {
		inRow[i] = true
	}
	money := func(j int) bool {
		return !inRow[j] && figs[j].Kind == FigureMoney && figs[j].Unit != ""
	}
	for _, i := range rows {
		j := i - 1
		for j >= 0 && !money(j) {
			j--
		}
		if j < 0 {
			for j = i + 1; j < len(figs) && !money(j); j++ {
			}
			if j >= len(figs) {
				continue
			}
		}
		unit, cur := lx.majorUnit(figs[j].Unit, figs[j].Currency)
		figs[i].Unit, figs[i].Currency = unit, cur
	}
}

// perShareSums makes money of a bare number followed by "(,) or" and a sum
// per share: "includes a gain of 150,000, or two cts a share", "a charge
// of 4,860,000, or 50 cts per share" are a sum and what it comes to for
// each share, in the same money (a hundredth coin stands for its money:
// minor_currencies.txt). The sum must be more than the share's part.
func (sc *figureScanner) perShareSums(figs []Figure) {
	for i := 0; i+1 < len(figs); i++ {
		a, b := &figs[i], &figs[i+1]
		if a.Kind != FigureCount || a.Unit != "" || a.Value == nil || b.Kind != FigureMoney || b.Value == nil ||
			!strings.HasSuffix(b.Unit, " per share") || *a.Value <= *b.Value {
			continue
		}
		if a.End > b.Start || b.Start > len(sc.text) {
			continue
		}
		// (the comma may be left out: "charges of 867,000 dlrs or 40 cts a
		// share and 222,000 or 10 cts a share")
		if j := strings.TrimSpace(sc.text[a.End:b.Start]); j != ", or" && j != "or" {
			continue
		}
		unit, cur := sc.lx.majorUnit(b.Unit, b.Currency)
		a.Kind, a.Unit, a.Currency = FigureMoney, unit, cur
	}
}

// pairedUnits gives a bare number joined by "and" or "or" to the figure
// right after it that figure's unit: "denominations of 1,000 and 5,000
// Australian dlrs", "rose 2 and 3 pct" write the unit once for both. The
// number must be written alone, in digits, and within a hundred times of
// the other, and not in fractions (a rate's quote); a figure with a scale
// word lends nothing ("12 and 20 mln dlrs" would need the scale too).
func (sc *figureScanner) pairedUnits(figs []Figure) {
	for i := 0; i+1 < len(figs); i++ {
		a, b := &figs[i], &figs[i+1]
		if a.Kind != FigureCount || a.Unit != "" || a.Value == nil || *a.Value == 0 || a.Qualifier != "" || b.Value == nil || *b.Value == 0 || b.Unit == "" {
			continue
		}
		switch b.Kind {
		case FigureMoney, FigurePercent, FigureMeasure:
		default:
			continue
		}
		if a.End > b.Start || b.Start > len(sc.text) || a.Text != sc.text[a.NumberStart:a.NumberEnd] || sc.scaledFigure(b) {
			continue
		}
		if j := strings.TrimSpace(sc.text[a.End:b.Start]); j != "and" && j != "or" {
			continue
		}
		// a quote in fractions is no amount of the next figure's unit:
		// "at 9-3/4 5/8 and one year at 9-5/8"
		if strings.ContainsAny(a.Text, "/-") {
			continue
		}
		// "from 1 point 1 and one point three dollars": the two ends of
		// a range the range reader did not join; not two amounts
		if k := sc.tokenAt(a.Start); k > 0 && (sc.toks[k-1].low == "from" || sc.toks[k-1].low == "between") {
			continue
		}
		// the other number must open its figure: "and 5,000 Australian dlrs"
		if b.NumberStart != b.Start {
			continue
		}
		if r := *a.Value / *b.Value; r > 100 || r < 0.01 {
			continue
		}
		a.Kind, a.Unit, a.Currency = b.Kind, b.Unit, b.Currency
	}
}

// pointsInWords makes a measure in points of a number in words before
// "point" or "points" when it is a change or a comparison: "indicated one
// point higher", "bonds fell about one point", "a one point cut", "up to
// one point over LIBOR" (points of a price or a rate). The unit "point"
// is read after digits only, to keep "at one point" (a moment) out; here a
// change word on either side says what the point is.
func (sc *figureScanner) pointsInWords(figs []Figure) {
	toks := sc.toks
	for i := range figs {
		f := &figs[i]
		if f.Kind != FigureCount || f.Unit != "" || f.Value == nil || f.NumberEnd > len(sc.text) {
			continue
		}
		k := sc.tokenAt(f.NumberEnd)
		// the number's last token, then "point(s)"
		if k >= len(toks) || toks[k].start < f.NumberEnd && toks[k].end > f.NumberEnd {
			continue
		}
		for k < len(toks) && toks[k].end <= f.NumberEnd {
			k++
		}
		if k >= len(toks) || toks[k].low != "point" && toks[k].low != "points" || toks[k-1].typ != ftWord {
			continue
		}
		after := ""
		if k+1 < len(toks) {
			after = toks[k+1].low
		}
		_, changeAfter := sc.lx.changes[after]
		if f.Change == "" && !changeAfter && after != "over" && after != "above" && after != "below" {
			continue
		}
		f.Kind, f.Unit, f.Counted = FigureMeasure, "point", ""
		f.End = toks[k].end
		f.Text = sc.text[f.Start:f.End]
	}
}

// gappedLabels gives a figure the noun written right before it, after a
// comma or "and", when the sentence left out the verb the figure before
// had: "newspaper revenues rose to 21.3 mln dlrs from 20.2 mln dlrs,
// newsprint to 14.6 mln dlrs from 14.5 mln dlrs, broadcast 14.6 mln dlrs
// from 11.5 mln dlrs" measures newsprint and broadcast, not the newspaper
// revenues the parse carried on. The figure "from" or "up from" right
// after it measures the same. Only a figure that counted what a figure
// before it in the sentence counted, or nothing, takes the noun.
func (sc *figureScanner) gappedLabels(figs []Figure) {
	toks := sc.toks
	orig := make([]string, len(figs))
	for i := range figs {
		orig[i] = figs[i].Counted
	}
	for i := 1; i < len(figs); i++ {
		f := &figs[i]
		if f.Value == nil || f.Kind == FigureDate || f.Kind == FigureOrdinal {
			continue
		}
		k := sc.tokenAt(f.Start)
		if k >= len(toks) || toks[k].start != f.Start {
			continue
		}
		j := k - 1
		if j >= 0 && toks[j].low == "to" {
			j--
		}
		if j < 1 || !(toks[j-1].low == "," || toks[j-1].low == "and") {
			continue
		}
		// a noun, or what the tagger took for an adjective ("newsprint")
		// with no adjective's ending ("one megabyte, expandable to four")
		l := &toks[j]
		if l.typ != ftWord || l.text != l.low || len(l.low) < 3 || !(l.tag == "NN" || l.tag == "NNS" || l.tag == "JJ" && !sc.lx.adjectiveEnding(l.low)) ||
			sc.lx.stop[l.low] || sc.lx.changes[l.low] != "" || sc.lx.numbers[l.low].role != 0 {
			continue
		}
		// the nearest figure before it in the sentence that measured
		// something measured what this one does, or this one nothing
		carried := false
		for p := i - 1; p >= 0; p-- {
			pk := sc.tokenAt(figs[p].Start)
			if pk >= len(toks) || toks[pk].sent != toks[k].sent {
				break
			}
			if orig[p] == "" {
				continue
			}
			carried = figs[p].End <= toks[j-1].start && orig[p] != l.text && (orig[i] == "" || orig[i] == orig[p])
			break
		}
		if !carried {
			continue
		}
		f.Counted = l.text
		if i+1 < len(figs) {
			g := &figs[i+1]
			if g.Start <= len(sc.text) && f.End <= g.Start && orig[i+1] == orig[i] {
				switch strings.TrimSpace(sc.text[f.End:g.Start]) {
				case "from", ", up from", ", down from", "up from", "down from":
					g.Counted = l.text
				}
			}
		}
	}
}

// adjectiveEnding reports whether w ends as English adjectives do
// (adjective_endings.txt: "expandable", "active", "annual", "useful").
func (lx *figureLexicon) adjectiveEnding(w string) bool {
	for _, e := range lx.adjEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// scaledSums makes money of a bare number with a scale word that measures
// a noun that only measures money (money_nouns.txt: "the project's total
// cost of 65 mln", "profits rose to 1.39 billion"), when the nearest
// figure with a scale word before it in the article is a sum of money:
// the article left the currency out, as wires do once "75.7 mln dollars"
// was said. The head of what is measured is looked up ("the number of new
// loans" measures a number). A scaled count in between ("2.3 mln shares")
// stops it, and a number that measures nothing named stays a count
// ("passengers totalled 4.2 mln", "about 37.8 mln in common shares").
func scaledSums(figs []Figure, lx *figureLexicon) {
	// (as scaledFigure: "thousand" and "hundred" are no scale of money)
	scaled := func(f *Figure) bool {
		for _, w := range strings.Fields(strings.ToLower(f.Text)) {
			if n, ok := lx.numbers[w]; ok && (n.role == roleScale || n.role == roleAbbr) && n.val >= 1e6 {
				return true
			}
		}
		return false
	}
	var last *Figure // the nearest scaled figure so far
	for i := range figs {
		f := &figs[i]
		if f.Kind == FigureDate || f.Kind == FigureOrdinal || !scaled(f) {
			continue
		}
		if f.Kind == FigureCount && f.Unit == "" && f.Value != nil && last != nil && last.Kind == FigureMoney && last.Unit != "" {
			// ("sales of 5.1 billion" are money, "car sales" may count cars)
			h, alone := countedHead(f.Counted)
			if lx.moneyNouns[h] && (!lx.moneyNounsAlone[h] || alone) {
				unit, cur := lx.majorUnit(last.Unit, last.Currency)
				f.Kind, f.Unit, f.Currency = FigureMoney, unit, cur
			}
		}
		// a scaled count of nothing named says nothing of the money
		if f.Kind != FigureCount || f.Counted != "" {
			last = f
		}
	}
}

// countedHead is the head noun of what a figure measures, in lower case:
// the last word before the first "of" ("number of new loans" -> "number",
// "car sales" -> "sales", "prime rate" -> "rate"), and whether it stands
// there alone ("sales of 5.1 billion", not "car sales").
func countedHead(counted string) (head string, alone bool) {
	w := strings.Fields(strings.ToLower(counted))
	for i, x := range w {
		if x == "of" && i > 0 {
			w = w[:i]
			break
		}
	}
	if len(w) == 0 {
		return "", false
	}
	return w[len(w)-1], len(w) == 1
}

// majorUnit is the money a sum's unit counts in, without what it is per
// ("dollar per barrel" -> "dollar"), a hundredth coin standing for its
// money (minor_currencies.txt: "cent" -> "dollar").
func (lx *figureLexicon) majorUnit(unit, cur string) (string, string) {
	if k := strings.Index(unit, " per "); k >= 0 {
		unit = unit[:k]
	}
	if m, ok := lx.minorMajor[unit]; ok {
		unit, cur = m[0], m[1]
	}
	return unit, cur
}

// listPrices gives the bare numbers of a list of priced things the unit of
// the sum the list opened with: "New prices are - lpg 36.0 cents/gallon,
// chemical naphtha 47, unleaded reformate 65.8, jet kerosene 51.5" prices
// naphtha, reformate and kerosene in cents a gallon. A number takes it
// when a noun or an adjective stands right before it and a comma, "and"
// or the sentence's or paragraph's end right after it, and it is within
// half to twice the sum ("97 octane" is a grade, no price); a sum in
// another unit ends the list, and so does a verb ("cut jobs by 25").
func (sc *figureScanner) listPrices(figs []Figure) {
	toks := sc.toks
	for i := 0; i < len(figs); i++ {
		u := &figs[i]
		if u.Kind != FigureMoney || u.Value == nil || *u.Value <= 0 || !strings.Contains(u.Unit, " per ") {
			continue
		}
		uk := sc.tokenAt(u.Start)
		if uk >= len(toks) {
			continue
		}
		for j := i + 1; j < len(figs); j++ {
			f := &figs[j]
			k := sc.tokenAt(f.Start)
			if k >= len(toks) || toks[k].sent != toks[uk].sent {
				break
			}
			if f.Kind == FigureMoney {
				break
			}
			if f.Kind != FigureCount || f.Unit != "" || f.Value == nil || f.Qualifier != "" || f.Text != sc.text[f.NumberStart:f.NumberEnd] {
				continue
			}
			// a verb between the sum and the number ends the list: "cut
			// jobs by 25", "said it would add 20" (a participle may name
			// a grade: "unleaded reformate 65.8")
			verb := false
			for t := uk + 1; t < k; t++ {
				switch toks[t].tag {
				case "VB", "VBD", "VBZ", "VBP", "MD":
					verb = true
				}
			}
			if verb {
				break
			}
			// the thing priced stands right before the number ("chemical
			// naphtha 47"), no preposition, verb or other word of grammar
			// ("by 25", "add 20"; the tagger may miss a rare noun's tag)
			e := sc.tokenAt(f.End - 1)
			if k == 0 || toks[k-1].typ != ftWord {
				continue
			}
			switch tg := toks[k-1].tag; tg {
			case "IN", "TO", "CC", "DT", "PRP", "PRP$", "MD", "RB", "WDT", "WP", "EX", "VB", "VBD", "VBZ", "VBP":
				continue
			}
			// (the number may end the paragraph: "jet kerosene 51.5")
			if e+1 < len(toks) {
				if next := toks[e+1].low; next != "," && next != "and" && next != "." {
					continue
				}
			}
			if r := *f.Value / *u.Value; r < 0.5 || r > 2 {
				continue
			}
			f.Kind, f.Unit, f.Currency = FigureMoney, u.Unit, u.Currency
		}
	}
}

// tableCells drops the bare numbers of a paragraph that is a table of
// numbers rather than prose: a futures board ("Apr 149.00 149.00 149.25
// 147.75 2184 May 147.75 ..."), a grain basis list, a supply sheet by
// column ("Production 81.22 81.19 88.21 88.28 Imports ..."). Such a
// paragraph holds at least six numbers as written ("17un", "1-1/8" are one
// each; a year after "in" is a date in a sentence, no cell: "sales of
// 1,200 in 2001, 1,350 in 2002 ...") and no more words than numbers (a
// scale word or a dash counts as neither), or at least ten numbers, at
// most twice as many words and no full stop, question or exclamation mark
// at its end ("ORD 17un unch 11.00 12un unch 12.00 3p up 5 13.00 ...
// N-NOML"): prose so dense with numbers ends its sentences. A list of
// estimates with a word a number stays a table even with a full stop
// ("... Poland 460 (440), Romania 295 (280)."). Its columns are named in a
// heading the scanner does not read, so a number with no unit there counts
// nothing it could name, and a plain four-digit one is no year ("TOTAL
// SALES 2000"); what it seems to count is a cell of the next column ("14un
// unch 11.00"). Figures with a unit stay ("5.00 pct 196-274
// days"), and so does a short row of a results table ("Net 1,706,601 vs
// 1,226,609"), which sumRow reads.
func (sc *figureScanner) tableCells(figs []Figure) []Figure {
	if len(figs) == 0 {
		return figs
	}
	// numbers as written, not the scanner's tokens: it reads a row of
	// numbers ("290 290 368 368") as one
	nums, words := 0, 0
	prev := ""
	for _, field := range strings.Fields(sc.text) {
		w, afterIn := strings.Trim(field, "()[],;:.\"'"), strings.EqualFold(prev, "in")
		prev = field
		switch {
		case w == "":
		case isDigit(w[0]):
			if afterIn && len(w) == 4 && isYear(w) {
				continue // "1,350 in 2002": a date in a sentence, no cell
			}
			nums++ // "149.00", "17un", "1-1/8": one number as written
		case strings.IndexFunc(w, unicode.IsLetter) >= 0 && !sc.scaleWord(w):
			words++
		}
	}
	if nums < 6 || words > nums && (nums < 10 || words > 2*nums || sc.endsSentence()) {
		return figs
	}
	kept := figs[:0]
	for _, f := range figs {
		bare := f.Kind == FigureCount && f.Unit == ""
		year := f.Kind == FigureDate && len(f.Text) == 4 && f.Value != nil && isYearish(*f.Value)
		if bare || year {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// isYear tells whether w, four characters, is a year written in digits.
func isYear(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w[0] == '1' || w[0] == '2'
}

// endsSentence tells whether the paragraph just scanned ends on a full
// stop, a question or an exclamation mark, before any closing quotes or
// brackets.
func (sc *figureScanner) endsSentence() bool {
	for i := len(sc.toks) - 1; i >= 0; i-- {
		switch t := &sc.toks[i]; {
		case t.typ == ftPunct && (isQuote(t.low) || t.low == ")" || t.low == "]"):
			continue
		case t.typ == ftPunct && (t.low == "." || t.low == "?" || t.low == "!" || t.low == "..."):
			return true
		default:
			return strings.HasSuffix(t.text, ".") // "in the U.S."
		}
	}
	return false
}
