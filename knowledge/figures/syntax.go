package figures

import (
	"sort"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/knowledge/claims"
	"github.com/briefbot/briefbot/knowledge/entities"
	"github.com/briefbot/briefbot/knowledge/text"
)

// This file reads what a figure measures and who gives it from the parse of
// its sentence (knowledge/text): the noun a number quantifies ("64,000
// jobs", "a rise of 3%"), the subject or object of the verb whose level it
// states ("the threshold was raised to £120,000", "pushing the yield down
// to 7.86 pct"), and the subject of the speech verb whose clause holds it
// ("analysts said it would raise four billion guilders"). Only the
// sentences that hold a figure needing them are parsed.

// grammar reads one parsed paragraph.
type grammar struct {
	p  *text.Paragraph
	lx *figureLexicon
	// lo and hi are the figure's tokens, [lo, hi): never part of what it
	// measures
	lo, hi int
	// inFigures marks the tokens of p that belong to some figure: another
	// figure is not what this one measures either
	inFigures []bool
	// span is set for a figure of a stretch of time or distance ("after 31
	// minutes"): only a noun it modifies ("a seven-year hiatus") or a
	// subject it is said of ("the range is 10 metres") is what it measures
	span bool
}

// structure completes the figures of paragraph p from the parse of their
// sentences: what each measures, when the words around it did not say, and
// whether a bare "one" (tentative[i]) quantifies a noun. It returns figs
// without the tentative figures the parse does not confirm, and sets
// sc.anchors to the token that heads each kept figure (-1 when unknown).
func (sc *figureScanner) structure(p *text.Paragraph, figs []Figure, tentative []bool) []Figure {
	g := grammar{p: p, lx: sc.lx}
	g.markFigures(figs)
	kept := figs[:0]
	sc.anchors = sc.anchors[:0]
	for i := range figs {
		f := figs[i]
		tent := i < len(tentative) && tentative[i]
		if !f.Quantity() {
			kept = append(kept, f)
			sc.anchors = append(sc.anchors, -1)
			continue
		}
		// "Unemployment did not rise above 5%": a bound right after a
		// negated verb is the opposite bound; better no figure than one
		// that reads as the opposite ("above 5%").
		if f.Qualifier != "" && negatedBefore(p, f.Start) {
			continue
		}
		// the parse is dear: only a figure that lacks what it measures, or a
		// bare "one", has its sentence parsed for it
		a := -1
		if f.Counted == "" && !g.circumstance(&f) || tent || g.parsed(&f) {
			a = g.anchor(&f)
		}
		if tent {
			// "only one set": "one" is a number when it quantifies a noun
			n, _ := tokenRange(p, f.NumberStart, f.NumberEnd)
			if a < 0 || n >= len(p.Tokens) {
				continue
			}
			t := &p.Tokens[n]
			if t.Rel.Base() != text.RelNummod || t.Head <= n || p.Tokens[t.Head].POS != text.NOUN {
				continue
			}
		}
		if c, ok := g.hyphenNoun(); ok && a >= 0 && f.Counted == "" && f.Kind == FigureCount && f.Unit == "" {
			// "a 600-member sales force" counts members, not forces
			f.Counted = c
		} else if c := g.inNoun(&f, a); c != "" {
			// "2.5 billion dlrs in debt" counts debt, not the balance
			// sheet it stands in
			f.Counted = c
		} else if f.Counted == "" && a >= 0 {
			g.span = sc.lx.spanUnits[f.Unit]
			f.Counted = g.counted(a)
			// "bosses of a fifth of the world's 500 biggest firms": a
			// figure followed by "of" counts what follows it, and when
			// that phrase could not be read, a noun from before it is not
			// what it counts.
			if f.Counted != "" && strings.HasPrefix(p.Text[f.End:], " of ") && !strings.Contains(sentenceTail(p.Text, f.End), f.Counted) {
				f.Counted = ""
			}
			// "Ohio with 1.5 mln acres, ..., and Iowa with 600,000": across
			// a list the parse may give the amount after "with" the name
			// of another item.
			if f.Unit != "" && properPhrase(f.Counted) && listedWith(p.Text, f.Start, f.Counted) {
				f.Counted = ""
			}
			// "kept rates on hold at 4.75%": the noun of a fixed phrase
			// around the figure counts nothing.
			if sc.lx.circumstances[strings.ToLower(lastWord(f.Counted))] {
				f.Counted = ""
			}
			// "more than 5 million browse the net": many of something
			// before a singular word and a determiner are the subject
			// of a verb the tagger took for a noun; they count nothing.
			if f.Kind == FigureCount && f.Unit == "" && f.Value != nil && *f.Value > 1 && verbAfterCount(p, f.End, f.Counted) {
				f.Counted = ""
			}
		}
		if f.Counted != "" && a >= 0 && g.owner(&f, a) {
			f.Counted = "" // "the company lost 529,000 dlrs": the company's, not a company
		}
		if f.Counted == "" && a >= 0 && f.Kind == FigureCount {
			f.Counted = g.elided(a, kept)
		}
		// "below 15.8 (mln barrels a day)": a count of "mln barrels"
		// lost its scale and its unit; better no figure than 15.8.
		if w := firstWord(f.Counted); w != f.Counted && sc.scaleWord(w) || f.Unit == "" && sc.scaleInBrackets(p.Text, f.NumberEnd) {
			continue
		}
		// "1 y 1/8": a single letter is no thing counted, and the
		// number beside it no figure one can trust.
		if len(f.Counted) == 1 && f.Counted[0] >= 'a' && f.Counted[0] <= 'z' && f.NumberEnd < len(p.Text) &&
			strings.HasPrefix(p.Text[f.NumberEnd:], " "+f.Counted+" ") {
			continue
		}
		// "from 1 y 1/8 to 7/8 of a pct": a count of a unit is a figure
		// read wrong.
		if f.Kind == FigureCount && f.Unit == "" && sc.percentWord(f.Counted) && unitAfter(p.Text, f.End, f.Counted) {
			continue
		}
		kept = append(kept, f)
		sc.anchors = append(sc.anchors, a)
	}
	g.levels(kept, sc.anchors)
	g.share(kept)
	return kept
}

// verbAfterCount tells whether the word counted, right after byte end of
// p, is a verb: one word tagged a singular noun, with a determiner or a
// possessive after it ("5 million browse the net", "3,000 attend the
// fair", "40,000 visit its site").
func verbAfterCount(p *text.Paragraph, end int, counted string) bool {
	if counted == "" || strings.Contains(counted, " ") {
		return false
	}
	for i := range p.Tokens {
		t := &p.Tokens[i]
		if t.Start < end {
			continue
		}
		if t.Text != counted || t.Tag != "NN" || i+1 >= len(p.Tokens) {
			return false
		}
		tg := p.Tokens[i+1].Tag
		return tg == "DT" || tg == "PRP$"
	}
	return false
}

// scaleWord tells whether w multiplies a number: "million", "mln", "bn".
func (sc *figureScanner) scaleWord(w string) bool {
	nw, ok := sc.lx.numbers[strings.ToLower(w)]
	return ok && (nw.role == roleScale || nw.role == roleAbbr)
}

// percentWord tells whether w is a unit of percent: "pct", "per cent".
func (sc *figureScanner) percentWord(w string) bool { return sc.lx.percentWords[strings.ToLower(w)] }

// unitAfter tells whether the word w follows byte end of s closely ("7/8
// of a pct").
func unitAfter(s string, end int, w string) bool {
	if end < 0 || end > len(s) {
		return false
	}
	return strings.Contains(strings.ToLower(s[end:min(len(s), end+12)]), strings.ToLower(w))
}

// scaleInBrackets tells whether a bracket opening with a scale word follows
// byte end of s: "15.8 (mln barrels)".
func (sc *figureScanner) scaleInBrackets(s string, end int) bool {
	if end < 0 || end > len(s) {
		return false
	}
	rest := strings.TrimLeft(s[end:], " ")
	if !strings.HasPrefix(rest, "(") {
		return false
	}
	return sc.scaleWord(firstWord(strings.TrimLeft(rest[1:], " ")))
}

// listedWith tells whether the figure at byte start follows "with" after
// a name other than name: "..., and Iowa with 600,000 acres" read as
// Ohio's.
func listedWith(s string, start int, name string) bool {
	if start < 0 || start > len(s) {
		return false
	}
	before := strings.TrimRight(s[:start], " ")
	if !strings.HasSuffix(strings.ToLower(before), " with") {
		return false
	}
	before = strings.TrimRight(before[:len(before)-len("with")], " ")
	return !strings.HasSuffix(before, name)
}

// properPhrase tells whether every word of s starts with a capital: a name.
func properPhrase(s string) bool {
	words := strings.Fields(s)
	for _, w := range words {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return len(words) > 0
}

// lastWord returns the last word of s.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// levels gives a figure without a counted thing the one of the figure of a
// change it hangs on in the parse as the old or new level: "fell to 9.8% in
// October from 11.4%", "cut by 150 basis points to 21.5%".
func (g *grammar) levels(figs []Figure, anchors []int) {
	p := g.p
	for i := range figs {
		if figs[i].Counted != "" || anchors[i] < 0 || !figs[i].Quantity() {
			continue
		}
		g.lo, g.hi = tokenRange(p, figs[i].Start, figs[i].End)
		o := g.otherLevel(anchors[i])
		if o < 0 {
			continue
		}
		for j := range figs {
			if lo, hi := tokenRange(p, figs[j].Start, figs[j].End); j != i && o >= lo && o < hi && figs[j].Quantity() {
				figs[i].Counted = figs[j].Counted
				break
			}
		}
	}
}

// markFigures marks the tokens of the figures' words in g.inFigures.
func (g *grammar) markFigures(figs []Figure) {
	n := len(g.p.Tokens)
	if cap(g.inFigures) < n {
		g.inFigures = make([]bool, n)
	}
	g.inFigures = g.inFigures[:n]
	clear(g.inFigures)
	for i := range figs {
		if figs[i].Kind == FigureDate {
			continue
		}
		lo, hi := tokenRange(g.p, figs[i].Start, figs[i].End)
		for k := lo; k < hi; k++ {
			g.inFigures[k] = true
		}
	}
}

// elided returns what a bare count measures when its noun is left out
// ("won the first five games, then lost the next five"): the noun of the
// count before it in the sentence, when the number stands as a noun with a
// determiner or an adjective of its own.
func (g *grammar) elided(a int, before []Figure) string {
	p := g.p
	t := &p.Tokens[a]
	if t.POS != text.NUM || g.child(a, text.RelDet) < 0 && g.child(a, text.RelAmod) < 0 {
		return ""
	}
	for j := len(before) - 1; j >= 0; j-- {
		b := &before[j]
		k, _ := tokenRange(p, b.Start, b.End)
		if k >= len(p.Tokens) || p.Tokens[k].Sent != t.Sent {
			break
		}
		if b.Kind == FigureCount && b.Counted != "" {
			return b.Counted
		}
	}
	return ""
}

// share gives a figure without a counted thing the one of the figure it
// restates or pairs with: "$4, or three euros", "US$370m (£196m)", "to
// 236,000 from 337,000".
func (g *grammar) share(figs []Figure) {
	p := g.p
	for i := 1; i < len(figs); i++ {
		a, b := &figs[i-1], &figs[i]
		if !a.Quantity() || !b.Quantity() || a.Counted == "" && b.Counted == "" || a.Counted == b.Counted {
			continue
		}
		_, ae := tokenRange(p, a.Start, a.End)
		bs, _ := tokenRange(p, b.Start, b.End)
		if ae > bs || bs-ae > 5 || ae >= len(p.Tokens) || p.Tokens[ae].Sent != p.Tokens[bs-1].Sent {
			continue
		}
		// the joining words, and the words that describe the second figure
		// ("from a previously reported 337,000")
		var words []string
		for k := ae; k < bs; k++ {
			t := &p.Tokens[k]
			if len(words) > 0 && words[len(words)-1] != "," && (t.POS == text.DET || t.POS == text.ADV || t.POS == text.ADJ || t.Tag == "VBN") {
				continue
			}
			words = append(words, t.Low)
		}
		switch strings.Join(words, " ") {
		case "or", ", or", "(", ";":
			// the same amount said again in another currency or unit
			if a.Counted != "" && b.Counted == "" && a.Kind == b.Kind {
				b.Counted = a.Counted
			}
			continue
		case "from", "to":
			// the same thing at two times: "its gain to 236,000 from 337,000";
			// each keeps its own ("in three years to the 12 debtors"), and
			// a number hyphened onto the word after it describes that
			// word's thing ("350 redundancies from the 4,000-strong
			// workforce")
			if hyphenedOn(p.Text, a.End) || hyphenedOn(p.Text, b.End) {
				continue
			}
			if a.Kind == b.Kind {
				if b.Counted == "" {
					b.Counted = a.Counted
				} else if a.Counted == "" {
					a.Counted = b.Counted
				}
			}
		case "against", "vs", "vs.", "versus":
			if b.Counted == "" {
				b.Counted = a.Counted
			}
		}
	}
}

// anchor parses the sentence of figure f and returns the token that heads
// the figure's words (the one whose head lies outside them), or -1.
func (g *grammar) anchor(f *Figure) int {
	p := g.p
	lo, hi := tokenRange(p, f.Start, f.End)
	if lo >= hi {
		return -1
	}
	if !parseSentence(p, p.Tokens[lo].Sent) {
		return -1
	}
	g.lo, g.hi = lo, hi
	// the words of a qualifier before the number ("topped", "more than",
	// "an estimated") do not head it
	q := lo
	for q < hi-1 && p.Tokens[q].Start < f.NumberStart {
		switch p.Tokens[q].POS {
		case text.SYM, text.NOUN, text.PROPN, text.NUM:
		default:
			q++
			continue
		}
		break
	}
	best := -1
	for k := q; k < hi; k++ {
		t := &p.Tokens[k]
		if t.Head >= q && t.Head < hi {
			continue
		}
		if best < 0 || p.Tokens[best].POS == text.PUNCT {
			best = k
		}
	}
	return best
}

// circumstance reports whether f is a stretch of time or distance that
// can measure nothing but itself ("after 31 minutes", "from eight yards"):
// not written as a modifier ("a 30-year bond") nor after a form of "be"
// ("the range is 10 metres"). Its sentence need not be parsed for it.
func (g *grammar) circumstance(f *Figure) bool {
	if !g.lx.spanUnits[f.Unit] || strings.Contains(f.Text, "-") {
		return false
	}
	lo, _ := tokenRange(g.p, f.Start, f.End)
	if lo > 0 {
		switch g.p.Tokens[lo-1].Low {
		case "is", "was", "are", "were", "be", "been", "being", "'s":
			return false
		}
	}
	return true
}

// parsed reports whether the sentence of figure f has been parsed.
func (g *grammar) parsed(f *Figure) bool {
	lo, _ := tokenRange(g.p, f.Start, f.End)
	if lo >= len(g.p.Tokens) {
		return false
	}
	return g.p.Sentences[g.p.Tokens[lo].Sent].Parsed
}

// tokenRange returns the tokens of p that overlap bytes [start, end).
// negatedBefore tells whether a negator ("not", "n't", "never") comes
// right before offset start, or before a verb right before it: "not more
// than 5", "did not rise above 5%" (not "not diagnosed until around 3").
func negatedBefore(p *text.Paragraph, start int) bool {
	lo, _ := tokenRange(p, start, start+1)
	negator := func(k int) bool {
		return k >= 0 && (p.Tokens[k].Low == "not" || p.Tokens[k].Low == "n't" || p.Tokens[k].Low == "never")
	}
	return negator(lo-1) || lo >= 2 && p.Tokens[lo-1].POS == text.VERB && negator(lo-2)
}

func tokenRange(p *text.Paragraph, start, end int) (int, int) {
	toks := p.Tokens
	lo := sort.Search(len(toks), func(m int) bool { return toks[m].End > start })
	b := lo
	for b < len(toks) && toks[b].Start < end {
		b++
	}
	return lo, b
}

// parseSentence parses sentence i of p (once: text.ParseSentence leaves a
// parsed sentence as it is) and reports whether it is parsed. A binary
// built without the model (text.Default fails) parses nothing: the figures
// keep what their words say.
func parseSentence(p *text.Paragraph, i int) bool {
	if i < 0 || i >= len(p.Sentences) {
		return false
	}
	if s := p.Sentences[i]; s.Start >= s.End || s.End > len(p.Tokens) {
		return false
	}
	if !p.Sentences[i].Parsed {
		if _, err := text.Default(); err != nil {
			return false
		}
		text.ParseSentence(p, i)
	}
	return p.Sentences[i].Parsed
}

// counted returns what the figure headed by token a measures, or "".
func (g *grammar) counted(a int) string {
	p := g.p
	// the noun right after it that it modifies: "a $50m movie", "0.1% growth",
	// "a five-point plan"
	if t := &p.Tokens[a]; g.nominal(t.Head) && isModifier(t.Rel) && (t.Head == g.hi ||
		t.Head == g.hi+1 && !p.Tokens[g.hi].Space && p.Tokens[g.hi].Text == "-") {
		return g.phrase(t.Head)
	}
	// "a 4.2 billion guilder nine-day special advance": a figure after a
	// determiner modifies the noun that ends the words after it
	if n := g.nounAfter(); n >= 0 {
		return g.phrase(n)
	}
	if g.span {
		// "the range is 10 metres", not "Liverpool were ahead after 37 minutes"
		if s := g.child(a, text.RelNsubj); s >= 0 && g.child(a, text.RelCop) >= 0 && g.child(a, text.RelCase) < 0 {
			return g.phrase(s)
		}
		// (a span counts no one: "three days before President X")
		if t := &p.Tokens[a]; t.Head > a && g.nominal(t.Head) && isModifier(t.Rel) && p.Tokens[t.Head].POS != text.PROPN {
			return g.phrase(t.Head)
		}
		return ""
	}
	// its own "of" phrase: "15.3 billion of its capital market requirement"
	if n := g.childWith(a, text.RelNmod, "of"); n > a && g.nominal(n) {
		return g.phrase(n)
	}
	// the level verb right before it: "grew 2.6%", "was raised to £120,000"
	if v := g.verbBefore(); v >= 0 {
		return g.verb(v, a)
	}
	// "cut cereal production along the river by 25%": a change by a figure
	// the parse hangs on the noun of a phrase of the verb's own is the
	// verb's, not the noun's
	if h := p.Tokens[a].Head; h >= 0 && p.ChildWord(a, text.RelCase, "by") >= 0 && p.Tokens[a].Rel.Base() == text.RelNmod && g.nominal(h) &&
		p.Tokens[h].Rel.Base() == text.RelObl && g.child(h, text.RelCase) >= 0 && p.Tokens[h].Head >= 0 && p.Tokens[p.Tokens[h].Head].POS == text.VERB {
		if c := g.verb(p.Tokens[h].Head, a); c != "" {
			return c
		}
		return ""
	}
	// the noun right before the word that introduces it: "growth of 3.1%",
	// "February's gain to 236,000", "the Fed funds rate to 5-15/16"
	// (but "cut wheat production along the coast by 12%": a noun in a
	// phrase of the verb's own says where, when the figure is the verb's
	// too; "a rise in profits to £450m" keeps its noun)
	if n := g.nounBefore(); n >= 0 && !g.placeOfVerb(a, n) {
		return g.phrase(n)
	}
	for steps := 0; steps < 4 && a >= 0; steps++ {
		t := &p.Tokens[a]
		h := t.Head
		// the figure is a predicate: "the yield was 7.86 pct"
		if s := g.child(a, text.RelNsubj); s >= 0 && g.child(a, text.RelCop) >= 0 {
			return g.phrase(s)
		}
		if h < 0 {
			return ""
		}
		ht := &p.Tokens[h]
		switch t.Rel.Base() {
		case text.RelNummod, text.RelCompound, text.RelAmod, text.RelNmod, text.RelDet:
			// "64,000 jobs", "a $50m movie", "growth of 3.1%"; a number after
			// a name is a code or a minute ("Bowyer (77)", "Boeing 737")
			if g.nominal(h) && !(ht.POS == text.PROPN && h < a) {
				return g.phrase(h)
			}
			if ht.POS == text.ADJ || ht.POS == text.ADV {
				return g.clause(h)
			}
			return ""
		case text.RelConj, text.RelAppos:
			// "5.70 pct and 5.75 pct", "US$370m (£196m)": as the first
			if ht.POS != text.NUM && ht.POS != text.SYM && !g.figure(h) {
				return ""
			}
			a = h
			continue
		case text.RelParataxis:
			// "is worth £5bn" read as two clauses: the adjective right
			// before the figure still says what it measures
			if h == g.lo-1 && ht.POS == text.ADJ {
				return g.clause(h)
			}
			return ""
		case text.RelObj, text.RelObl, text.RelAdvmod, text.RelIobj, text.RelXcomp, text.RelDep:
			if ht.POS == text.ADJ || ht.POS == text.ADV {
				// "17 short", "3/4 higher": a difference in the subject
				return g.clause(h)
			}
			if ht.POS == text.VERB || ht.POS == text.AUX {
				// "pay 1% in income tax"
				if t.Rel.Base() == text.RelObj {
					if n := g.childWith(h, text.RelObl, "in"); n > a && p.Tokens[n].POS == text.NOUN && !g.figure(n) && g.hi < len(p.Tokens) && p.Tokens[g.hi].Low == "in" {
						return g.phrase(n)
					}
				}
				return g.verb(h, a)
			}
			if g.nominal(h) && t.Rel.Base() == text.RelObl {
				return g.phrase(h)
			}
			return ""
		}
		return ""
	}
	return ""
}

// hyphenNoun reads a count written onto the word after it by a hyphen: "a
// 600-member sales force", "the 12-country bloc", "a three-man board",
// "the four-party coalition" count members, countries, men and parties,
// not forces, blocs, boards or coalitions; onto a word that is no noun ("a
// 32-strong squad", "a three-for-one split"), onto a fraction ("a
// three-quarter") or onto a word of hyphen_noncounts.txt ("a two-fold
// jump") it counts nothing it names.
// ok is false when no hyphen joins the figure to a word.
func (g *grammar) hyphenNoun() (string, bool) {
	p, h := g.p, g.hi
	if h <= 0 || h+1 >= len(p.Tokens) || !isDash(p.Tokens[h].Text) || p.Tokens[h].Space || p.Tokens[h+1].Space {
		return "", false
	}
	w := &p.Tokens[h+1]
	_, denom := g.lx.denoms[w.Low]
	if _, num := g.lx.numbers[w.Low]; num {
		denom = true // "a three-quarter": a fraction word is a number, no noun
	}
	if w.POS != text.NOUN && w.POS != text.PROPN || g.figure(h+1) || g.lx.stop[w.Low] || denom || g.lx.hyphenNonCounts[w.Low] {
		return "", true
	}
	// "a two-to-five year", "a 20-odd": not a noun joined alone
	if h+2 < len(p.Tokens) && !p.Tokens[h+2].Space && isDash(p.Tokens[h+2].Text) {
		return "", true
	}
	return g.lx.pluralNoun(w.Text), true
}

// inNoun reads what a sum f, headed by token a, counts from "in" right
// after it: "about 2.5 billion dlrs in debt", "$27bn in unpaid taxes",
// "2.15 billion dlrs in new loans", "£8.8m in ticket sales" count the debt,
// the taxes, the loans and the sales, not the balance sheet, the bill or
// the request the parse hangs the sum on. Adjectives may open the noun
// phrase; an article, a number or a name may not ("in the first quarter",
// "in two years", "in Japan"), and a time or a circumstance
// (in_circumstances.txt: "in heavy trading", "in addition") counts nothing.
func (g *grammar) inNoun(f *Figure, a int) string {
	if a < 0 || f.Counted != "" || f.Kind != FigureMoney {
		return ""
	}
	p, lx := g.p, g.lx
	k := g.hi
	if k >= len(p.Tokens) || p.Tokens[k].Low != "in" {
		return ""
	}
	start, last, joined, before := k+1, -1, false, -1
	for k = start; k < len(p.Tokens) && k-start < 8; k++ {
		t := &p.Tokens[k]
		switch {
		case t.POS == text.NOUN && !isUpperStart(t.Text) && !g.figure(k):
			last = k
			continue
		case t.POS == text.ADJ || t.POS == text.VERB && (t.Tag == "VBN" || t.Tag == "VBG") && !isUpperStart(t.Text):
			if last == k-1 {
				before = last // "in new loans next week": the loans, if the week is a time
			}
			continue // "new loans", "unpaid taxes", "private-sector Mexican debt"
		case isDash(t.Text) && !t.Space && k > start:
			continue // "deficit-reducing measures"
		case t.Low == "and" && !joined && last == k-1 && k+1 < len(p.Tokens) && !lx.stop[p.Tokens[k+1].Low] &&
			(p.Tokens[k+1].POS == text.NOUN || p.Tokens[k+1].POS == text.ADJ || p.Tokens[k+1].Tag == "VBG" || p.Tokens[k+1].Tag == "VBN"):
			joined = true
			continue // "storage and handling costs", "taxes and fines"
		}
		break
	}
	notThing := func(h *text.Token) bool {
		lem := strings.ToLower(h.Lemma)
		_, month := lx.months[h.Low]
		return month || lx.timeUnits[lem] || lx.timeUnits[h.Low] || lx.weekdays[h.Low] || lx.dateWords[h.Low] ||
			lx.timeRefs[h.Low] || lx.circumstances[h.Low] || lx.inCircumstances[h.Low] || lx.stop[h.Low]
	}
	if last >= 0 && notThing(&p.Tokens[last]) {
		last = before
	}
	if last < 0 || notThing(&p.Tokens[last]) {
		return ""
	}
	return p.Span(start, last+1)
}

// owner reports whether the counted of the sum f, headed by token a, is
// the subject that earns or loses it rather than what it measures: a noun
// of owner_nouns.txt ("company", "bank") as the subject of a verb of
// owner_verbs.txt ("lost", "earned") the sum hangs on, or the verb of the
// sum it is the per-share figure of ("lost 168.4 mln dlrs, or 12.27 dlrs a
// share").
func (g *grammar) owner(f *Figure, a int) bool {
	p, lx := g.p, g.lx
	if f.Kind != FigureMoney || !lx.ownerNouns[strings.ToLower(lastWord(f.Counted))] {
		return false
	}
	for steps := 0; steps < 3 && a >= 0; steps++ {
		t := &p.Tokens[a]
		if t.POS == text.VERB {
			return lx.ownerVerbs[strings.ToLower(t.Lemma)]
		}
		switch t.Rel.Base() {
		case text.RelObj, text.RelConj, text.RelAppos, text.RelObl:
			a = t.Head
			continue
		}
		return false
	}
	return false
}

// pluralNoun writes the plural of a singular noun: "member" -> "members",
// "country" -> "countries", "man" -> "men"; a plural stays.
func (lx *figureLexicon) pluralNoun(w string) string {
	low := strings.ToLower(w)
	if low != w && strings.ToUpper(w) == w {
		return "" // an acronym: "a 25-EU", no noun to count
	}
	if irr, ok := lx.hyphenPlurals[low]; ok {
		return w[:1] + irr[1:]
	}
	n := len(low)
	switch {
	case n > 3 && strings.HasSuffix(low, "s") && !strings.HasSuffix(low, "ss"):
		return w
	case n > 1 && low[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(low[n-2])):
		return w[:n-1] + "ies"
	case strings.HasSuffix(low, "s"), strings.HasSuffix(low, "x"), strings.HasSuffix(low, "z"),
		strings.HasSuffix(low, "ch"), strings.HasSuffix(low, "sh"):
		return w + "es"
	}
	return w + "s"
}

// otherLevel returns the head of the other figure of a change that the
// figure whose words head at a hangs on as its old or new level ("to 9.8%
// from 11.4%", "by 150 basis points to 21.5%"), or -1.
func (g *grammar) otherLevel(a int) int {
	p := g.p
	for steps := 0; steps < 3 && p.Tokens[a].Head >= 0 && g.inFigure(p.Tokens[a].Head); steps++ {
		a = p.Tokens[a].Head
	}
	h := p.Tokens[a].Head
	if h < 0 || p.Tokens[a].Rel.Base() != text.RelNmod || g.inFigure(h) || !g.figure(h) {
		return -1
	}
	// the preposition hangs on the figure's head or on its number
	if g.levelCase(a) {
		return h
	}
	for k := g.lo; k < g.hi; k++ {
		if g.levelCase(k) {
			return h
		}
	}
	return -1
}

// levelCase reports whether token k has "from" or "to" as its case marker.
func (g *grammar) levelCase(k int) bool {
	c := g.child(k, text.RelCase)
	return c >= 0 && (g.p.Tokens[c].Low == "from" || g.p.Tokens[c].Low == "to")
}

// nounAfter returns the noun that ends the words after a figure which
// stands after a determiner or a possessive ("a $50m movie", "its 301 MPs",
// "a 4.2 billion guilder nine-day special advance"), or -1: read in the
// order of the words, as the parser may take the figure for the head.
func (g *grammar) nounAfter() int {
	p := g.p
	if g.lo == 0 || g.hi >= len(p.Tokens) {
		return -1
	}
	b := &p.Tokens[g.lo-1]
	if b.POS != text.DET && !(b.POS == text.PRON && b.Rel == text.RelNmodPoss) || b.Low == "that" || b.Low == "this" {
		return -1
	}
	s := p.SentenceOf(g.lo)
	n := -1
	for k := g.hi; k < s.End && k < g.hi+6; k++ {
		t := &p.Tokens[k]
		switch {
		case g.figure(k) && n < 0:
			continue
		case t.POS == text.NOUN || t.POS == text.PROPN:
			n = k
			continue
		case n < 0 && (t.POS == text.ADJ || t.Text == "-" && !t.Space || t.POS == text.VERB && t.Rel == text.RelAmod):
			continue
		}
		break
	}
	return n
}

// runEnd returns the noun that ends the run of determiners, adjectives and
// nouns from token k in its sentence ("the food prices"), or -1.
func (g *grammar) runEnd(k int) int {
	p := g.p
	if k >= len(p.Tokens) {
		return -1
	}
	s := p.SentenceOf(k)
	n, owner := -1, -1
	for ; k < s.End && !g.figure(k); k++ {
		t := &p.Tokens[k]
		switch {
		case t.POS == text.NOUN || t.POS == text.PROPN:
			n = k
			continue
		case n < 0 && (t.POS == text.DET || t.POS == text.ADJ),
			t.POS == text.NUM && t.Shape == text.ShapeWord && !g.lx.isNumberWord(t.Low):
			// "March non-farm payrolls": a word the tagger took for a number
			continue
		case n >= 0 && t.POS == text.PART && (t.Low == "'s" || t.Low == "'"):
			// "the region's housing waiting list": the owner is not the run's
			// noun, the run goes on
			n, owner = -1, n
			continue
		}
		break
	}
	if n < 0 {
		return owner
	}
	return n
}

// hasVerb reports whether sentence s has a verb.
func (g *grammar) hasVerb(s text.Sentence) bool {
	for k := s.Start; k < s.End; k++ {
		if g.p.Tokens[k].POS == text.VERB {
			return true
		}
	}
	return false
}

// verbBefore returns the level verb right before the figure, with an
// adverb or a preposition between ("fell sharply to"), or -1.
func (g *grammar) verbBefore() int {
	p := g.p
	c := g.lo - 1
	for n := 0; n < 2 && c >= 0 && (p.Tokens[c].POS == text.ADV || p.Tokens[c].POS == text.ADP && g.lx.figurePreps[p.Tokens[c].Low]); n++ {
		c--
	}
	if c < 0 || p.Tokens[c].Sent != p.Tokens[g.lo].Sent || p.Tokens[c].POS != text.VERB || !g.lx.levelVerbs[strings.ToLower(p.Tokens[c].Lemma)] {
		return -1
	}
	return c
}

// isModifier reports whether a number with label r modifies its head noun.
func isModifier(r text.Rel) bool {
	switch r.Base() {
	case text.RelNummod, text.RelCompound, text.RelAmod, text.RelNmod:
		return true
	}
	return false
}

// nounBefore returns the noun right before the preposition that introduces
// the figure ("growth of", "gain to", "rate below"), or -1. Which noun a
// prepositional phrase hangs from is where parsers err most; the order of
// the words does not.
func (g *grammar) nounBefore() int {
	p := g.p
	c := g.lo - 1
	for c >= 0 && p.Tokens[c].POS == text.DET {
		c--
	}
	// "Net profit 754.45 mln francs", "Qtly div 35 cts": a label before
	// the figure in a sentence without a verb, as wire tables have them
	// (not a name: "Robben 79" is a minute of a match report)
	if c >= 0 && c == g.lo-1 && g.nominal(c) && p.Tokens[c].POS == text.NOUN && !g.hasVerb(p.SentenceOf(g.lo)) {
		return c
	}
	if c < 1 || !g.lx.figurePreps[p.Tokens[c].Low] {
		return -1
	}
	n := c - 1
	if g.figure(n) || !g.nominal(n) || p.Tokens[n].Sent != p.Tokens[g.lo].Sent {
		return -1
	}
	return n
}

// clause returns what an adjective or adverb that a figure measures is said
// of: "its 301 MPs were 17 short", "the price finished 3/4 higher".
func (g *grammar) clause(h int) string {
	p := g.p
	if s := g.child(h, text.RelNsubj); s >= 0 {
		return g.phrase(s)
	}
	for steps := 0; steps < 3; steps++ {
		v := p.Tokens[h].Head
		if v < 0 {
			return ""
		}
		if p.Tokens[v].POS == text.VERB || p.Tokens[v].POS == text.AUX {
			return g.verb(v, h)
		}
		h = v
	}
	return ""
}

// verb returns what the figure at token a on verb v states the level of:
// the verb's object ("raised its dividend to 5p") or else its subject
// ("turnover topped four billion guilders"), for the verbs of
// level_verbs.txt; a verb without a subject of its own takes the one of
// the verb or noun it depends on.
func (g *grammar) verb(v, a int) string {
	p := g.p
	if !g.lx.levelVerbs[strings.ToLower(p.Tokens[v].Lemma)] {
		return ""
	}
	if g.lx.objectVerbs[strings.ToLower(p.Tokens[v].Lemma)] {
		// "raised the threshold to £120,000", "the threshold was raised to
		// £120,000"; but "plans to raise 25bn euros" is raised by, not of,
		// the subject
		if o := g.child(v, text.RelObj); o >= 0 && o != a && g.nominal(o) {
			return g.phrase(o)
		}
		if s := g.child(v, text.RelNsubj); s >= 0 && p.Tokens[s].Rel == text.RelNsubjPass && !g.figure(s) {
			return g.phrase(s)
		}
		// "the loan to be priced at 101 pct": the noun the participle is said of
		if t := &p.Tokens[v]; t.Rel.Base() == text.RelACL && t.Tag == "VBN" && g.nominal(t.Head) {
			return g.phrase(t.Head)
		}
		return ""
	}
	// "data showing the economy grew 0.1%": the parse often makes the data
	// grow, or the verb a conjunct of the sentence's
	if o := g.reportedSubject(v); o >= 0 {
		return g.phrase(o)
	}
	joined := false // v is the verb a verb was joined to: only its subject is shared
	for steps := 0; steps < 3 && v >= 0; steps++ {
		if o := g.child(v, text.RelObj); o >= 0 && o != a && !joined && !g.figure(o) && g.nominal(o) {
			return g.phrase(o)
		}
		// "sales there fell 16%": a verb with a "there" of its own lost
		// its subject to the parse.
		if g.child(v, text.RelExpl) >= 0 {
			return ""
		}
		t := &p.Tokens[v]
		if steps == 0 && g.child(v, text.RelNsubj) < 0 && v > 0 && g.nominal(v-1) && (t.Tag == "VB" || t.Tag == "VBP" || t.Tag == "VBG") {
			// "see its share of turnover from media earnings drop from
			// 52%": a bare verb's subject is the noun right before it
			if c := g.phrase(v - 1); c != "" {
				return c
			}
		}
		if s := g.child(v, text.RelNsubj); s >= 0 && !g.figure(s) {
			// "sales, which rose 5%": the noun the relative clause is said of
			if w := p.Tokens[s].Low; t.Rel == text.RelACLRelcl && (w == "which" || w == "that" || w == "who") && g.nominal(t.Head) {
				return g.phrase(t.Head)
			}
			return g.phrase(s)
		}
		switch t.Rel.Base() {
		case text.RelACL:
			// "the price finished 3/4 higher", "a deal valued at $4bn"
			if t.Head >= 0 && g.nominal(t.Head) && t.Rel == text.RelACL {
				return g.phrase(t.Head)
			}
			return ""
		case text.RelXcomp, text.RelAdvcl, text.RelConj:
			// "expected the loan to be priced at", "see its share drop",
			// "rose and closed at"; not the subject of a speech verb
			// ("figures showed that GDP fell 0.5%"); the object of the verb
			// an adverbial clause hangs on is not its subject either
			// ("prices, which exclude food, surged by 0.8%")
			a, v = v, t.Head
			joined = t.Rel.Base() == text.RelConj || t.Rel.Base() == text.RelAdvcl
			if v >= 0 && g.lx.sourceVerbs[strings.ToLower(p.Tokens[v].Lemma)] && t.Rel.Base() != text.RelXcomp {
				return ""
			}
			if v >= 0 {
				if o := g.child(v, text.RelObj); o >= 0 && o != a && !g.figure(o) && g.nominal(o) && t.Rel.Base() == text.RelXcomp {
					return g.phrase(o)
				}
			}
			continue
		}
		return ""
	}
	return ""
}

// reportedSubject returns the subject of verb v that a participle of a
// source verb reports ("figures showing exports fell 2%", "data showing the
// economy grew"): the participle's object, which ends right before v; or -1.
// The parse hangs the clause elsewhere; but the participle stands between
// a noun and v, and its object right before v, only when v is what it
// shows.
func (g *grammar) reportedSubject(v int) int {
	p := g.p
	if v < 2 || !g.nominal(v-1) {
		return -1
	}
	for k := v - 2; k >= 0 && k >= v-8; k-- {
		t := &p.Tokens[k]
		if t.Tag != "VBG" && t.Tag != "VBN" || !g.lx.sourceVerbs[strings.ToLower(t.Lemma)] || k == 0 || !g.nominal(k-1) {
			continue
		}
		if o := g.child(k, text.RelObj); o > k && o < v && g.rightEdge(o) == v && !g.figure(o) {
			return o
		}
		return -1
	}
	return -1
}

// child returns the first child of token i with label rel (base label),
// outside the figure, or -1. Of two subjects the parse gives a verb ("the
// lowest rate in more than five years, and the economy grew 5.1%"), it
// returns the nearest before the verb, unless a subordinator of the verb
// stands between them: the nearer then opens a clause the parse failed to
// make ("Ghana, the producer after Côte d'Ivoire, earned").
func (g *grammar) child(i int, rel text.Rel) int {
	p := g.p
	s := p.SentenceOf(i)
	found := -1
	for k := s.Start; k < s.End; k++ {
		t := &p.Tokens[k]
		if t.Head != i || g.inFigure(k) {
			continue
		}
		if rel == text.RelNsubj && found >= 0 && t.Rel.Base() == text.RelMark && k < i {
			return found
		}
		if t.Rel.Base() == rel {
			if rel != text.RelNsubj || k > i {
				if found < 0 {
					found = k
				}
				break
			}
			found = k
		}
	}
	return found
}

// placeOfVerb tells whether noun n, right before the word that introduces
// the figure headed at a, stands in a phrase of the verb the figure hangs
// on too ("along the coast by 12%", "in March to £56bn"), not in one of a
// noun ("a rise in profits to £450m", "the age of eight").
func (g *grammar) placeOfVerb(a, n int) bool {
	p := g.p
	t := &p.Tokens[a]
	if t.Rel.Base() != text.RelObl || t.Head < 0 || p.Tokens[t.Head].POS != text.VERB || p.Tokens[n].Head != t.Head || g.lo < 1 || p.Tokens[g.lo-1].Low == "of" {
		return false
	}
	c := g.child(n, text.RelCase)
	if c < 0 || c > n || p.Tokens[c].Low == "of" {
		return false
	}
	// (the parse may hang "in profits" on the verb: a noun of change
	// before "in" says whose it is)
	return !(p.Tokens[c].Low == "in" && c > 0 && p.Tokens[c-1].POS == text.NOUN)
}

func (g *grammar) inFigure(k int) bool { return k >= g.lo && k < g.hi }

// figure reports whether token k belongs to this figure or another one.
func (g *grammar) figure(k int) bool {
	return g.inFigure(k) || k >= 0 && k < len(g.inFigures) && g.inFigures[k]
}

// nominal reports whether token k heads a noun phrase that can be what a
// figure measures: a noun or a proper noun outside the figure.
func (g *grammar) nominal(k int) bool {
	if k < 0 || g.figure(k) {
		return false
	}
	pos := g.p.Tokens[k].POS
	return pos == text.NOUN || pos == text.PROPN
}

// phrase returns the noun phrase headed by token h as a figure's counted
// thing: the noun with the words that make it specific ("stamp duty
// threshold", "Federal funds rate", "February's gain"), the "of" phrase of
// a measure noun ("proportion of turnover from media earnings"), and for a
// change noun the thing that changes ("a 5% rise in prices" is prices). A
// pronoun or a stop word gives "".
func (g *grammar) phrase(h int) string {
	p, lx := g.p, g.lx
	t := &p.Tokens[h]
	if t.POS != text.NOUN && t.POS != text.PROPN || lx.stop[t.Low] || lx.pronouns[t.Low] {
		return ""
	}
	// a time is when, not what: "narrowed in December to £56.4bn"
	if _, month := lx.months[t.Low]; month || lx.weekdays[t.Low] || lx.timeRefs[t.Low] || lx.dateWords[t.Low] {
		return ""
	}
	// "six-part series", "30-year Treasury bond price": the noun a
	// compound modifier belongs to
	for steps := 0; steps < 3 && t.Rel.Base() == text.RelCompound && t.Head > h && g.nominal(t.Head); steps++ {
		h = t.Head
		t = &p.Tokens[h]
	}
	// "a 5% rise in prices": read in the order of the words
	if _, change := lx.changes[t.Low]; change || lx.changes[strings.ToLower(t.Lemma)] != "" {
		if n := g.runEnd(h + 2); h+1 < len(p.Tokens) && p.Tokens[h+1].Low == "in" && n >= 0 && g.nominal(n) {
			if c := g.phrase(n); c != "" {
				return c
			}
		}
	}
	// "$2m worth of bonds" counts the bonds; "a deal worth £17m", the deal
	if t.Low == "worth" {
		if n := g.childWith(h, text.RelNmod, "of"); n > h && g.nominal(n) {
			return g.phrase(n)
		}
		if h > 0 && p.Tokens[h-1].POS == text.NOUN && !g.figure(h-1) {
			lo := g.leftEdge(h - 1)
			for lo < h-1 && (p.Tokens[lo].POS == text.DET || p.Tokens[lo].POS == text.PUNCT) {
				lo++
			}
			return p.Span(lo, h)
		}
		return ""
	}
	if t.POS == text.PROPN {
		return g.name(h)
	}
	lo := g.leftEdge(h)
	hi := h + 1
	if lx.measureNouns[strings.ToLower(t.Lemma)] || lx.measureNouns[t.Low] {
		hi = g.rightEdge(h)
	}
	// a hyphenated word at the edges stays whole: "six-month bills"
	if a, _ := text.WordSpan(p.Tokens, lo); a < lo && a >= g.hi || a < lo && lo <= g.lo {
		lo = a
	}
	for lo < h && (p.Tokens[lo].POS == text.PUNCT || p.Tokens[lo].Low == "'s") {
		lo++
	}
	return p.Span(lo, hi)
}

// leftEdge returns the first token of the words before noun h that make it
// specific: compounds, adjectives, names and possessors ("the economy's
// public debt"), not determiners, numbers, pronouns or the figure.
func (g *grammar) leftEdge(h int) int {
	p := g.p
	s := p.SentenceOf(h)
	lo := h
	for k := h - 1; k >= s.Start && !g.figure(k); k-- {
		t := &p.Tokens[k]
		if !g.dominated(k, h, lo) {
			break
		}
		// "Southcorp's shares": the possessor with its 's
		if (t.Low == "'s" || t.Low == "'") && k-1 >= s.Start && p.Tokens[k-1].Head == h && p.Tokens[k-1].Rel == text.RelNmodPoss && !g.inFigure(k-1) {
			lo = k - 1
			k--
			continue
		}
		ok := false
		switch t.Rel.Base() {
		case text.RelCompound, text.RelAmod, text.RelFlat:
			ok = t.POS == text.NOUN || t.POS == text.PROPN || t.POS == text.ADJ || t.POS == text.VERB
		case text.RelNmod:
			ok = t.Rel == text.RelNmodPoss && t.POS != text.PRON
		case text.RelCase:
			ok = t.Low == "'s" || t.Low == "'"
		case text.RelPunct:
			ok = !t.Space && (t.Text == "-" || t.Text == "‑") // "non-farm"
		case text.RelDet:
			// "The Passion of the Christ": a capitalised article in a name
			ok = p.Tokens[h].POS == text.PROPN && t.Text == "The" && k > s.Start
		}
		if !ok {
			break
		}
		lo = k
	}
	return lo
}

// dominated reports whether token k depends on h through tokens of
// [lo, h], the phrase read so far; for a noun h that is a compound of a
// head after it ("Net profit 754.4 mln francs"), a word before h may hang
// on that head instead: either attachment makes one noun phrase.
func (g *grammar) dominated(k, h, lo int) bool {
	p := g.p
	up := -1
	if t := &p.Tokens[h]; t.Rel.Base() == text.RelCompound && t.Head > h {
		up = t.Head
	}
	for steps := 0; steps < 6; steps++ {
		k = p.Tokens[k].Head
		if k == h || k == up {
			return true
		}
		if k < lo || k > h {
			return false
		}
	}
	return false
}

// rightEdge returns the end of the "of" and "from" phrases after noun h
// ("proportion of turnover from media earnings"), read in the order of the
// words: two phrases of at most four words each, stopping at the figure.
func (g *grammar) rightEdge(h int) int {
	p := g.p
	s := p.SentenceOf(h)
	hi := h + 1
	for n := 0; n < 2; n++ {
		k := hi
		if k >= s.End || !g.lx.phrasePreps[p.Tokens[k].Low] {
			break
		}
		k++
		end := -1
		for m := k; m < s.End && m < k+4 && !g.figure(m); m++ {
			switch p.Tokens[m].POS {
			case text.NOUN, text.PROPN:
				end = m + 1
				continue
			case text.DET, text.ADJ:
				if end < 0 {
					continue
				}
			}
			break
		}
		if end < 0 {
			break
		}
		hi = end
	}
	return hi
}

// name returns the name around proper noun h, read in the order of the
// words: capitalised words, joined by "of", "the" or "and" between them,
// with a capitalised "The" before them ("The Passion of the Christ").
func (g *grammar) name(h int) string {
	p := g.p
	s := p.SentenceOf(h)
	capital := func(k int) bool {
		return k >= s.Start && k < s.End && !g.figure(k) && p.Tokens[k].Shape == text.ShapeWord && isUpperStart(p.Tokens[k].Text)
	}
	joiner := func(k int) bool {
		switch p.Tokens[k].Text {
		case "of", "the", "and", "de", "en", "&", "-":
			return true
		}
		return false
	}
	capital0 := capital
	capital = func(k int) bool { return capital0(k) && !(k == s.Start && g.lx.stop[p.Tokens[k].Low]) }
	lo, hi := h, h+1
	for lo > s.Start {
		switch {
		case capital(lo - 1):
			lo--
			continue
		case lo-2 >= s.Start && joiner(lo-1) && capital(lo-2):
			lo -= 2
			continue
		case lo-3 >= s.Start && joiner(lo-1) && joiner(lo-2) && capital(lo-3):
			lo -= 3
			continue
		}
		break
	}
	for hi < s.End && hi < h+8 {
		switch {
		case capital(hi):
			hi++
			continue
		case hi+1 < s.End && joiner(hi) && capital(hi+1):
			hi += 2
			continue
		case hi+2 < s.End && joiner(hi) && joiner(hi+1) && capital(hi+2):
			hi += 3
			continue
		}
		break
	}
	return p.Span(lo, hi)
}

// childWith returns the first child of i with label rel whose own case
// child is the word c ("in" in "a rise in prices"), or -1.
func (g *grammar) childWith(i int, rel text.Rel, c string) int {
	p := g.p
	s := p.SentenceOf(i)
	for k := s.Start; k < s.End; k++ {
		if p.Tokens[k].Head != i || p.Tokens[k].Rel.Base() != rel {
			continue
		}
		if m := g.child(k, text.RelCase); m >= 0 && p.Tokens[m].Low == c {
			return k
		}
	}
	return -1
}

// speaker returns the subject of the speech verb whose clause holds the
// figure headed by token a ("bond analysts said it would raise at least
// four billion guilders"), as an entity's name when it names one, or "".
// Of speech verbs one inside the other ("dealers said the bank would
// announce"), the outermost gives the figure.
func (g *grammar) speaker(a int, ents []entities.Entity) string {
	p := g.p
	found := ""
	for steps := 0; steps < 10 && a >= 0; steps++ {
		t := &p.Tokens[a]
		h := t.Head
		if h < 0 {
			break
		}
		ht := &p.Tokens[h]
		source := ht.POS == text.VERB && g.lx.sourceVerbs[strings.ToLower(ht.Lemma)]
		if source && t.Rel.Base() == text.RelConj && g.child(a, text.RelNsubj) >= 0 {
			// "Traders predicted a fall of 2%, and the council trimmed its
			// estimate to 1.5%": a clause with a subject of its own beside
			// the speech verb is not what the speaker said.
			break
		}
		// "Van Dyke added 18 points", "told 300 delegates": what the
		// verb acts on is not what it says (unsaid_objects.txt)
		if source && t.Rel.Base() == text.RelObj && g.lx.unsaidObjects[strings.ToLower(ht.Lemma)] {
			source = false
		}
		switch t.Rel.Base() {
		case text.RelCcomp, text.RelParataxis, text.RelXcomp, text.RelObj, text.RelAdvcl, text.RelConj:
			if source {
				// a passive subject is not the speaker: "debts are expected to"
				// nor is a figure: "Some 47% believe …, while 7% think …"
				if s := g.child(h, text.RelNsubj); s >= 0 && p.Tokens[s].Rel == text.RelNsubj && p.Tokens[s].POS != text.PRON &&
					!g.figure(s) && p.Tokens[s].POS != text.SYM && p.Tokens[s].POS != text.NUM && !g.shareOfPeople(s) {
					found = entityName(g.subjectName(s), ents)
				}
			}
		}
		a = h
	}
	return found
}

// shareOfPeople tells whether the subject headed by s is a poll's share
// of people and nothing more ("Three-quarters", "a total of 53%", "one in
// four"): it names no source ("Three-quarters said …" had given
// "quarters").
func (g *grammar) shareOfPeople(s int) bool {
	lo, hi := g.p.Subtree(s)
	words := make([]string, 0, hi-lo)
	for k := lo; k < hi; k++ {
		words = append(words, g.p.Tokens[k].Low)
	}
	return claims.ShareOfPeople(words)
}

// subjectName returns the words of the subject headed by s: its name or
// noun with the words before it ("Bond analysts", "Dutch merchant bank
// Pierson").
func (g *grammar) subjectName(s int) string {
	p := g.p
	// "figures from the Cabinet Office", "a report by Oxfam"
	if g.lx.sourceNouns[p.Tokens[s].Low] {
		for _, c := range [...]string{"from", "by", "of"} {
			if n := g.childWith(s, text.RelNmod, c); n > s {
				s = n
				break
			}
		}
	}
	// "TransCanada PipeLines yesterday announced", "Santos yesterday
	// announced": the parse took the adverb for the subject's head; the
	// name is the words before it
	if g.lx.timeAdverbs[p.Tokens[s].Low] {
		lo := s
		for k := s - 1; k >= p.SentenceOf(s).Start && g.dominated(k, s, lo); k-- {
			if r := p.Tokens[k].Rel.Base(); r != text.RelCompound && r != text.RelFlat && r != text.RelAmod || p.Tokens[k].POS == text.PUNCT {
				break
			}
			lo = k
		}
		if lo == s {
			return ""
		}
		return p.Span(lo, s)
	}
	// "Dutch merchant bank Pierson": the name in apposition
	if n := g.child(s, text.RelAppos); n > s && p.Tokens[n].POS == text.PROPN {
		s = n
	}
	if p.Tokens[s].POS == text.PROPN {
		return g.name(s)
	}
	lo := s
	for k := s - 1; k >= p.SentenceOf(s).Start; k-- {
		t := &p.Tokens[k]
		if t.Head != s && !g.dominated(k, s, lo) {
			break
		}
		if r := t.Rel.Base(); r != text.RelCompound && r != text.RelAmod && r != text.RelFlat {
			break
		}
		lo = k
	}
	hi := s + 1
	for hi < p.SentenceOf(s).End && p.Tokens[hi].Head == s && p.Tokens[hi].Rel.Base() == text.RelFlat {
		hi++
	}
	return p.Span(lo, hi)
}

// sentenceTail is the text from offset i to the end of its sentence (or of
// the text).
func sentenceTail(s string, i int) string {
	t := s[i:]
	if e := strings.Index(t, ". "); e >= 0 {
		return t[:e]
	}
	return t
}

// hyphenedOn reports whether a hyphen and a word follow byte end of text
// ("4,000-strong"): the figure ending there modifies that word.
func hyphenedOn(text string, end int) bool {
	return end >= 0 && end+1 < len(text) && text[end] == '-' && unicode.IsLetter(rune(text[end+1]))
}
