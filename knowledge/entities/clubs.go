package entities

import (
	"github.com/briefbot/briefbot/knowledge/article"
	"github.com/briefbot/briefbot/knowledge/text"
)

// A club takes its town's name: "Gloucester have also been caught",
// "Ulster coach Mark McCall", "a season-long loan from Chelsea". In an
// article about sport, a town's or a region's name that plays a side's part
// names the club, an organisation, not the place. A country's name stays a
// place even where its national side plays: the eval's convention, which
// types national sides as the countries they are named for.

// sportWords counts the words of the sport table in the article's body
// that say it is about sport, and how many different ones there are.
func (x *entityExtractor) sportWords() (n, distinct int) {
	if x.sport[0] < 0 {
		x.sport[0], x.sport[1] = x.bodyWords(x.lx.sportWords)
	}
	return x.sport[0], x.sport[1]
}

// bodyWords counts the lower-case words of the article's body that words
// holds, and how many different ones there are.
func (x *entityExtractor) bodyWords(words map[string]bool) (n, distinct int) {
	seen := map[string]bool{}
	for _, pt := range x.paras {
		if article.Kind(pt.p.Kind) != article.KindBody {
			continue
		}
		for _, t := range pt.toks {
			if t.word && !t.upper && words[t.low] {
				n++
				seen[t.low] = true
			}
		}
	}
	return n, len(seen)
}

// sportArticle tells whether the article's body is about team sport: four
// of those words or more, three of them different.
func (x *entityExtractor) sportArticle() bool {
	n, d := x.sportWords()
	return n >= 4 && d >= 3
}

// sportish tells whether the body speaks of team sport at all: two
// different words. It is enough for a town's name that plays a side's
// part, which is evidence of its own.
func (x *entityExtractor) sportish() bool {
	_, d := x.sportWords()
	return d >= 2
}

// sideUse tells whether the mention c plays a side's part: a side's member
// or post after it, or after its possessive ("Ulster coach", "Leicester's
// England centre"); a verb in the plural after it, as a side's name takes
// in British English ("Bath have", "Borders are"); the side beaten or met
// ("beating Norwich", "at home to Bristol", "a win over Leeds", "a loan
// from Chelsea"); a side's word before it ("English side Gloucester"); in
// an article about sport, a town that acts as a state would ("Barcelona
// signed"). A player's move ("a move to Everton") is dealUse.
func (x *entityExtractor) sideUse(c *cand) bool {
	pt, ok := x.paras[c.para]
	if !ok || c.firstTok < 0 || c.lastTok < c.firstTok {
		return false
	}
	toks := pt.toks
	a, b := c.firstTok, c.lastTok+1
	if b < len(toks) {
		k := b
		if toks[k].poss {
			// "Leicester's England centre": a country's side may come between.
			for k++; k < len(toks) && k < b+3 && toks[k].word && toks[k].upper; k++ {
			}
		}
		// "Arsenal and England defender Cole": another side's name may come
		// between, after "and".
		if k == b && k+1 < len(toks) && toks[k].low == "and" && toks[k+1].word && toks[k+1].upper {
			for k++; k < len(toks) && k < b+4 && toks[k].word && toks[k].upper; k++ {
			}
		}
		// ("the West Country side" is a club of the region, not the region)
		if k < len(toks) && toks[k].word && !toks[k].upper && x.lx.sideWords[toks[k].low] && !(toks[k].low == "side" && (x.lx.known[c.key].kind == "region" || len(c.words) > 1 && compassWords[c.words[0]])) {
			return true
		}
		// (not after a preposition: "shops in central London were busy")
		if w := toks[b].low; !toks[b].poss && (w == "have" || w == "are" || w == "were") && !endsInS(toks[c.lastTok].low) && !afterPreposition(toks, a) {
			return true
		}
	}
	if x.sportArticle() && x.actorRole(c) != "" {
		return true // "Barcelona signed", "Liverpool and Millwall have been charged": the club acts
	}
	if a >= 1 {
		prev := toks[a-1].low
		before := ""
		if a >= 2 {
			before = toks[a-2].low
		}
		// "English side Gloucester": the side's word before its name.
		if x.lx.sideBefore[prev] && !toks[a-1].upper {
			return true
		}
		switch prev {
		case "beat", "beating", "against":
			return true
		case "to":
			return before == "home" || before == "lost" || before == "defeat"
		case "over":
			return before == "win" || before == "victory"
		case "from":
			return before == "loan"
		}
	}
	return false
}

// dealUse tells how the mention c follows a word of a player's move
// between sides and "to" or "from": 2 when it names the side ("a move to
// Everton", "reported interest from Leeds", "a bid from Rangers"); 1 when
// a person's possessive stands before the move, as a person moves to a
// town as well ("since his move to London"), so that a second such
// mention is needed; 0 otherwise, and for a club's own move, which goes to
// a ground ("its move to Ashburton Grove").
func (x *entityExtractor) dealUse(c *cand) int {
	pt, ok := x.paras[c.para]
	a := c.firstTok
	if !ok || a < 2 {
		return 0
	}
	toks := pt.toks
	if p := toks[a-1].low; p != "to" && p != "from" || !x.lx.dealWords[toks[a-2].low] {
		return 0
	}
	if a < 3 {
		return 2
	}
	switch d := toks[a-3]; {
	case d.low == "its" || d.low == "their":
		return 0
	case d.tag == "PRP$" || d.low == "his" || d.low == "her" || d.low == "my" || d.low == "our" || d.low == "your":
		return 1
	}
	return 2
}

func endsInS(w string) bool { return len(w) > 1 && w[len(w)-1] == 's' }

// afterPreposition tells whether a preposition stands right before
// toks[a], or before an adjective there: "in London", "in central London".
func afterPreposition(toks []etok, a int) bool {
	for k := a - 1; k >= 0 && k >= a-2; k-- {
		if toks[k].pos == text.ADP {
			return true
		}
		if toks[k].pos != text.ADJ {
			return false
		}
	}
	return false
}

// clubs types as an organisation, in an article that speaks of sport, each cluster
// typed as a town or a region (not a country, nor a ground) that one of
// its mentions names as a side.
func (x *entityExtractor) clubs() {
	for _, cl := range x.clusters {
		if cl.dead || cl.typ != EntityPlace {
			continue
		}
		if kn, ok := x.lx.known[cl.longest.key]; ok && kn.typ == EntityPlace && kn.kind != "city" && kn.kind != "region" {
			continue
		}
		// "Celtic Park", "Elland Road": a ground named for its club is a place.
		if w := cl.longest.words; len(w) > 1 && x.lx.groundWords[w[len(w)-1]] {
			continue
		}
		if !x.sportish() {
			return
		}
		// "Manchester City", "Bristol City": a city's name and "City" that no
		// gazetteer knows as a place ("Mexico City", "Kansas City": a
		// country's or a state's) is a club's.
		if w := cl.longest.words; len(w) == 2 && w[1] == "city" && x.lx.known[w[0]].typ == EntityPlace && x.lx.known[w[0]].kind == "city" {
			if _, ok := x.lx.known[cl.longest.key]; !ok {
				cl.typ = EntityOrganization
				continue
			}
		}
		weak := map[[2]int]bool{}
		for _, c := range cl.cands {
			d := x.dealUse(c)
			if d == 1 {
				weak[[2]int{c.para, c.firstTok}] = true
			}
			if d == 2 || len(weak) >= 2 || x.sideUse(c) {
				cl.typ = EntityOrganization
				break
			}
		}
	}
}
