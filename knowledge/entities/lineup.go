package entities

import "strings"

// A line-up is a paragraph that lists people and nothing else, as sports
// reports end with the teams: "C Paterson (Scotland), B Cohen (England),
// B O'Driscoll (Ireland, capt); A Lo Cicero (Italy), P de Villiers
// (France), ...". Each item is a person, however few letters the given name
// keeps; a bracket after it gives the side the person plays for, or the
// captaincy.

// lineupItem is one item of a line-up: the name units [a, b) and the
// bracket after them, (open, close) or -1.
type lineupItem struct {
	a, b        int
	open, close int
}

// lineup reads pt as a line-up, if it is one: it adds a candidate for each
// person it lists and reports whether it did.
func (x *entityExtractor) lineup(pt paraToks) bool {
	toks := pt.toks
	start := 0
	// "Replacements: ...", "Italy: ...": a heading before the list.
	for k := 0; k < len(toks) && k < 4; k++ {
		if toks[k].low == ":" {
			start = k + 1
			break
		}
	}
	var items []lineupItem
	people := 0
	for k := start; k < len(toks); {
		it := lineupItem{a: k, open: -1, close: -1}
		for k < len(toks) && toks[k].word {
			k++
		}
		it.b = k
		if k < len(toks) && toks[k].low == "(" {
			it.open = k
			for k < len(toks) && toks[k].low != ")" && k-it.open < 8 {
				k++
			}
			if k == len(toks) || toks[k].low != ")" {
				return false
			}
			it.close = k
			k++
		}
		// Items end at a comma, a semicolon, the final full stop, or
		// straight after a bracket ("J Fourie (SA) T Umaga (New Zealand)");
		// a slash between two names gives either of them ("G Britz/J
		// Fourie" on the bench).
		if k < len(toks) && (toks[k].low == "," || toks[k].low == ";" || toks[k].low == "/" && it.close < 0 || toks[k].low == "." && k == len(toks)-1) {
			k++
		} else if k < len(toks) && it.close < 0 {
			return false // something else than a list
		}
		if it.b == it.a {
			return false
		}
		items = append(items, it)
	}
	// Every item is a name but the last ("Others to be added").
	for i, it := range items {
		if x.lineupName(toks, it.a, it.b) {
			people++
		} else if i < len(items)-1 {
			return false
		}
	}
	if people < 4 {
		return false
	}
	for _, it := range items {
		if !x.lineupName(toks, it.a, it.b) {
			continue
		}
		c := x.plainCand(pt, it.a, it.b)
		c.votes[vPerson] += 10
		c.personHint = true
		c.initialed = len(toks[it.a].low) <= 2
		if it.open < 0 {
			continue
		}
		// "(Ireland, capt)": the side, then the captaincy.
		for k := it.open + 1; k < it.close; {
			e := k
			for e < it.close && toks[e].low != "," {
				e++
			}
			if e > k {
				part := pt.text[toks[k].s:toks[e-1].e]
				if kind := x.lx.titles[titleKey(strings.ToLower(part))]; kind == "rank" || kind == "role" || kind == "office" {
					c.roles = append(c.roles, part)
				} else if toks[k].upper {
					c.sides = append(c.sides, part)
					x.sideCand(pt, k, e)
				}
			}
			k = e + 1
		}
	}
	return true
}

// lineupName tells whether toks[a:b] is a person's name as a line-up
// writes it: two to four capitalised words (particles allowed), no word
// that is no name ("A N Other").
func (x *entityExtractor) lineupName(toks []etok, a, b int) bool {
	if b-a < 2 || b-a > 4 {
		return false
	}
	// A given name, or its initials: "B Cohen", "CA del Fava", "Mirco Bergamasco".
	if first := toks[a]; !(first.upper && len(first.low) <= 2) && !x.lx.given[first.low] {
		return false
	}
	for k := a; k < b; k++ {
		t := toks[k]
		initial := k == a && len(t.low) == 1 // "A Lo Cicero" is no article
		if !t.upper && !x.lx.particles[t.low] || x.lx.notNames[t.low] && !initial || x.lx.orgHeads[t.low] {
			return false
		}
	}
	return toks[b-1].upper && len(toks[b-1].low) >= 2
}

// plainCand adds the candidate for the name toks[a:b] with no evidence from
// around it.
func (x *entityExtractor) plainCand(pt paraToks, a, b int) *cand {
	toks := pt.toks
	name := pt.text[toks[a].s:toks[b-1].e]
	key := EntityKey(name)
	c := &cand{para: pt.idx, s: toks[a].s, e: toks[b-1].e, ns: toks[a].s, ne: toks[b-1].e,
		name: name, key: key, words: strings.Fields(key), affTok: -1, ownerTok: -1, kind: -1, firstTok: a, lastTok: b - 1, cluster: -1}
	x.cands = append(x.cands, c)
	return c
}

// sideCand adds the candidate for a side named in a line-up's bracket: a
// country is a place, any other side a team.
func (x *entityExtractor) sideCand(pt paraToks, a, b int) {
	c := x.plainCand(pt, a, b)
	if kn, ok := x.lx.known[c.key]; ok {
		c.known = true
		c.votes[voteIndex(kn.typ)] += 8
		return
	}
	c.votes[vOrg] += 3
}
