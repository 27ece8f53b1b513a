package entities

import (
	"strings"

	"github.com/briefbot/briefbot/knowledge/text"
)

// The nouns of the kinds table say what a name names when they stand next to
// it: "security firm Sophos" is an organisation, "the film Sideways" and
// "games such as Pac-Man" are things, which are no entities.

// kindWeight is what a kind noun next to a name weighs in its votes: more
// than a given name or a speech verb, less than a gazetteer.
const kindWeight = 5

// kindOf returns the vote of the kind noun w, or -1, and whether w is the
// plural of the noun ("firms", "companies").
func (x *entityExtractor) kindOf(w string) (int, bool) {
	if t, ok := x.lx.kinds[w]; ok {
		return voteIndex(t), false
	}
	for _, sing := range []string{strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es"), strings.TrimSuffix(w, "ies") + "y"} {
		if len(sing) < len(w) && len(sing) > 2 {
			if t, ok := x.lx.kinds[sing]; ok {
				return voteIndex(t), true
			}
		}
	}
	return -1, false
}

// kindBefore reads the kind noun before the name toks[a:...] of c: "rock
// band Muse", "the film Sideways", and for a list, "games such as Pac-Man",
// "firms including Acme", whose kind the names after it share.
func (x *entityExtractor) kindBefore(toks []etok, a int, c *cand) {
	p := a - 1
	list, comma := false, false
	// "the radio show The Brains Trust": a capitalised "The" inside a
	// sentence opens the work's title after its kind.
	if p >= 1 && toks[p].low == "the" && toks[p].upper && !toks[p].caps && !toks[p].sent {
		p--
	}
	// "the film 'Ray'": a quotation mark between.
	if p >= 1 && (toks[p].low == "'" || toks[p].low == "\"") && !toks[p].poss {
		p--
	}
	// "his new party, Veritas", "the vessel, the Marisol Star": the kind
	// noun with a determiner before it, then a comma.
	if p >= 3 && toks[p].low == "the" && toks[p-1].low == "," {
		p--
	}
	if p >= 2 && toks[p].low == "," && toks[p-1].word && !toks[p-1].upper && x.determined(toks, p-1) {
		p--
	}
	switch {
	case p >= 2 && toks[p].low == "as" && toks[p-1].low == "such":
		p, list = p-2, true
		// "titles, such as Colin McRae Rally": a comma before "such as"
		// (a thing's or a body's kind only: "big players, such as Nokia").
		if p >= 1 && toks[p].low == "," {
			p, comma = p-1, true
		}
	case p >= 2 && toks[p].low == "as" && toks[p-1].low == "known":
		p -= 2 // "a shadowy group known as X"
	case p >= 1 && (toks[p].low == "called" || toks[p].low == "named"):
		p-- // "an umbrella organisation called X", "a game called X"
	case p >= 1 && (toks[p].low == "including" || toks[p].low == "like"):
		p, list = p-1, true
	}
	if p < 0 || !toks[p].word || toks[p].upper {
		return
	}
	v, plural := -1, false
	if p >= 1 && toks[p-1].word {
		v, plural = x.kindOf(toks[p-1].low + " " + toks[p].low) // "grain carrier"
	}
	if v < 0 {
		v, plural = x.kindOf(toks[p].low)
	}
	if v < 0 && list && !comma {
		// "players such as ...": people.
		if role, pl := x.roleWord(toks[p].low); role != "" && pl {
			v, plural = vPerson, true
		}
	}
	if v < 0 || list && !plural {
		return
	}
	// "games maker Peter Molyneux": a given name and a surname after a noun
	// that may be a firm's or a person's trade are a person's; after a
	// noun for a body only ("literary agency Curtis Brown", "rap duo"),
	// they are the body's.
	if v == vOrg && !plural && c.lastTok > c.firstTok && x.lx.given[toks[a].low] && AgentEnding(toks[p].low) {
		return
	}
	c.votes[v] += kindWeight
	c.kind = v
	c.shared = c.shared || plural
	// "classical authors like Cicero, Virgil and Tacitus": people by their
	// trade, a person's evidence ("Siemens says" is a firm's for want of
	// it); but "artists such as Keane" may be bands.
	c.personHint = c.personHint || v == vPerson && !bandTrades[strings.TrimSuffix(toks[p].low, "s")]
}

// bandTrades are the trades a band shares with a person: "artists such as
// Keane, Katie Melua and Scissor Sisters".
var bandTrades = map[string]bool{"artist": true, "star": true, "act": true, "performer": true, "musician": true, "name": true}

// kindAfter reads an organisation's kind noun that heads the noun phrase
// the name toks[a:b] stands in: "the smaller Ofex share exchange", "the
// Acme group". The name is then the organisation's, not a modifier.
func (x *entityExtractor) kindAfter(toks []etok, a, b int, c *cand) bool {
	// (an acronym speaks as an organisation already, and "the GB team" is
	// a country's)
	// A name opening its sentence or a clause has no room for "the":
	// "Ming Pao newspaper said", "…, Ming Pao newspaper said".
	opens := toks[a].sent || a > 0 && toks[a-1].low == ","
	if !x.determined(toks, a) && !opens || x.demonymCompound(toks, a, b) || b-a == 1 && toks[a].caps {
		return false
	}
	for m := b; m < len(toks) && m <= b+2; m++ {
		t := toks[m]
		if !t.word || t.upper || t.poss || x.lx.notNames[t.low] {
			return false
		}
		if x.lx.kindsAfter[t.low] != EntityOrganization {
			continue
		}
		// The kind noun ends the noun phrase: "the Acme group said", not
		// "the Acme group chairman", nor "the Valencianist party Compromis",
		// where it introduces a name of its own.
		if n := m + 1; n < len(toks) && toks[n].word && (toks[n].upper || toks[n].pos == text.NOUN || toks[n].pos == text.PROPN) {
			return false
		}
		c.votes[vOrg] += kindWeight
		return true
	}
	return false
}

// kindApposition reads an apposition headed by a kind noun after a name and
// a comma: "Sophos, the anti-virus firm, said", "Muse, a band from Devon".
func (x *entityExtractor) kindApposition(toks []etok, comma int, c *cand) {
	k := comma + 1
	if k >= len(toks) || toks[k].low != "the" && toks[k].low != "a" && toks[k].low != "an" {
		return
	}
	for m := k + 1; m < len(toks) && m < k+8; m++ {
		t := toks[m]
		if t.poss {
			continue // "the country's largest mortgage firm"
		}
		// (an adjective of the common words may stand in it: "other")
		if !t.word || x.lx.notNames[t.low] && !t.upper && t.pos != text.ADJ {
			return
		}
		if t.upper {
			continue
		}
		v, plural := x.kindOf(t.low)
		if v < 0 || plural {
			continue
		}
		// The kind noun heads the apposition: nothing but a boundary, a
		// preposition or a clause follows it ("the firm's chief" is no kind;
		// "the country's largest mortgage firm" is one).
		if n := m + 1; n < len(toks) && toks[n].word && !toks[n].upper && !x.lx.notNames[toks[n].low] && toks[n].low != "based" || n < len(toks) && toks[n].poss {
			continue
		}
		c.votes[v] += kindWeight
		if v == vThing {
			c.kind = v // "Fergus Crane, a story about a boy": the name's kind
		}
		return
	}
}

// determined tells whether a determiner or a possessive stands within the
// three words before toks[k]: "the party", "his new party", "Acme's firm".
func (x *entityExtractor) determined(toks []etok, k int) bool {
	for m := k - 1; m >= 0 && m >= k-3; m-- {
		switch t := toks[m]; {
		case t.poss:
			return true
		case t.low == "the" || t.low == "a" || t.low == "an" || t.low == "his" || t.low == "her" || t.low == "its" || t.low == "their":
			return true
		case !t.word || t.upper:
			return false
		}
	}
	return false
}

// demonymCompound tells whether the name toks[a:b] is one word whose parts
// are demonyms or places: "German-US", "Anglo-French".
func (x *entityExtractor) demonymCompound(toks []etok, a, b int) bool {
	if b-a != 1 || !strings.Contains(toks[a].low, "-") {
		return false
	}
	for _, part := range strings.Split(toks[a].low, "-") {
		if _, ok := x.lx.known[EntityKey(part)]; !ok && x.lx.demAdj[part] == "" {
			return false
		}
	}
	return true
}

// basedWhat tells whether what toks[k] starts is what is based in a place:
// a name ("Cambridge-based Ubisense"), a firm ("London-based bank") or a
// person's trade ("Paris-based designer"), and not a thing ("Linux-based
// desktops").
func (x *entityExtractor) basedWhat(toks []etok, k int) bool {
	for ; k < len(toks) && toks[k].word; k++ {
		t := toks[k]
		if t.upper {
			return true
		}
		if v, _ := x.kindOf(t.low); v == vOrg {
			return true
		}
		if role, _ := x.roleWord(t.low); role != "" {
			return true
		}
		if t.pos != text.ADJ {
			return false
		}
	}
	return false
}
