package entities

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge/text"
)

// ecluster is one entity in the making: the candidates that name it.
type ecluster struct {
	cands []*cand
	votes [numVotes]int
	// nameVote is the largest nameVote of its candidates, counted once in
	// votes: "Jarvis" named five times is no more a given name than once.
	nameVote int
	longest  *cand // the candidate with the most words
	typ      string
	dead     bool            // merged into another cluster
	last     int             // index of the latest candidate, for "most recent" choices
	inits    map[string]bool // initials of its names of two words or more
}

// leaning returns the vote the cluster's evidence leans to, or -1 for none.
// A tie between a person and a place or a thing is not a person: a given
// name alone does not outweigh "in Ben Tre".
func (cl *ecluster) leaning() int {
	best, bi := 0, -1
	for i, v := range cl.votes {
		if v > best || v == best && bi == vPerson && (i == vPlace || i == vThing) {
			best, bi = v, i
		}
	}
	if best == 0 {
		return -1
	}
	return bi
}

// peer tells whether a peer's title with its place names the cluster.
func (cl *ecluster) peer() bool {
	for _, c := range cl.cands {
		if c.peerOf > 0 {
			return true
		}
	}
	return false
}

func (cl *ecluster) add(c *cand, order int) {
	cl.cands = append(cl.cands, c)
	if len(c.words) >= 2 && !c.group {
		if cl.inits == nil {
			cl.inits = map[string]bool{}
		}
		cl.inits[initials(c.words)] = true
	}
	for i, v := range c.votes {
		cl.votes[i] += v
	}
	cl.votes[vPerson] -= min(cl.nameVote, c.nameVote)
	cl.nameVote = max(cl.nameVote, c.nameVote)
	if cl.longest == nil || cl.longest.titleOnly && !c.titleOnly || !c.titleOnly && len(c.words) > len(cl.longest.words) ||
		(len(c.words) == len(cl.longest.words) && len(c.name) > len(cl.longest.name)) {
		if !c.group || cl.longest == nil {
			cl.longest = c
		}
	}
	cl.last = order
}

// canonKey is the key a candidate clusters under: a gazetteer's canonical name
// ("Islamic State" is "ISIS") or its own key.
func (x *entityExtractor) canonKey(c *cand) string {
	if kn, ok := x.lx.known[c.key]; ok {
		return EntityKey(kn.name)
	}
	// "Niagara Mohawk Corp" and "Niagara Mohawk" are one firm
	if i := strings.LastIndexByte(c.key, ' '); i > 0 && x.lx.legal[c.key[i+1:]] {
		return c.key[:i]
	}
	return c.key
}

// headsOnly tells words that are all an organisation's heads or legal
// suffixes ("industries inc"), or a head in the plural after the firm's
// own name ("Marine Midland Banks Inc" is "Marine Midland"; "Banks" alone
// may be a surname).
func (x *entityExtractor) headsOnly(words []string) bool {
	for _, w := range words {
		if !x.lx.orgHeads[w] && !x.lx.legal[w] && !x.lx.orgHeads[strings.TrimSuffix(w, "s")] {
			return false
		}
	}
	return len(words) > 0
}

// compassWords name places ("the West") and are surnames as well.
var compassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true}

// cluster groups the candidates, in order of mention, into entities.
func (x *entityExtractor) cluster() {
	sort.SliceStable(x.cands, func(i, j int) bool {
		a, b := x.cands[i], x.cands[j]
		if a.para != b.para {
			return a.para < b.para
		}
		return a.s < b.s
	})
	x.byKey = map[string]int{}
	for order, c := range x.cands {
		key := x.canonKey(c)
		if c.group {
			key = "group:" + key
		}
		id, ok := -1, false
		if c.titleOnly {
			id = x.holderOf(c)
			ok = id >= 0
			// Held by no one named: only a specific office of two words or
			// more ("the Foreign Secretary") stands for a person of its own;
			// "the President" or "the Syrian President" does not.
			if !ok && c.holder == nil && !x.specificOffice(c) {
				continue
			}
		}
		if c.holder != nil {
			c.cluster = -2 // joins its holder once the holder is placed
			continue
		}
		if c.aliasOf != nil && c.aliasOf.cluster >= 0 && !ok {
			id, ok = c.aliasOf.cluster, true
		}
		if !ok {
			id, ok = x.byKey[key]
		}
		if !ok {
			id = x.findRelated(c, key)
		}
		if id < 0 && c.modifier {
			c.cluster = -1
			continue
		}
		if id < 0 {
			id = len(x.clusters)
			x.clusters = append(x.clusters, &ecluster{})
		}
		if !c.surname { // "Mr Jordan" is not where "in Jordan" belongs
			x.byKey[key] = id
		}
		x.clusters[id].add(c, order)
		x.absorb(c, id)
		c.cluster = id
		if c.acronym != "" {
			if _, taken := x.byKey[EntityKey(c.acronym)]; !taken {
				x.byKey[EntityKey(c.acronym)] = id
			}
		}
	}
	for _, c := range x.cands {
		if c.holder != nil && c.holder.cluster >= 0 {
			c.cluster = c.holder.cluster
			x.clusters[c.cluster].add(c, len(x.cands))
		}
	}
	x.namedAfter()
	x.ownedThings()
	for _, cl := range x.clusters {
		if cl.dead {
			continue
		}
		if v := x.kindSaid(cl); v >= 0 {
			// "Scottish rock band Franz Ferdinand": the kind noun says
			// what the name is, however often a given name starts it.
			cl.typ = voteTypes[v]
		} else if v := cl.leaning(); v >= 0 {
			cl.typ = voteTypes[v]
			// "Centrust Savings Bank said …, Centrust said …": the votes
			// of a firm's short name speaking are no person's, when its
			// full name ends in an organisation's head and nothing only a
			// person has (a given name, a title, "who", "his") is said.
			if w := cl.longest.words; cl.typ == EntityPerson && len(w) >= 2 && x.lx.orgHeads[w[len(w)-1]] && !x.lx.given[w[0]] &&
				cl.votes[vOrg] > 0 && !slices.ContainsFunc(cl.cands, func(c *cand) bool { return c.personHint || c.personal }) {
				cl.typ = EntityOrganization
			}
		} else if len(cl.longest.words) >= 2 {
			cl.typ = x.defaultType(cl.longest)
			// "the Polar Express", "the Royal Family": with nothing to
			// say so, a name written after "the" is no one's.
			if cl.typ == EntityPerson && slices.ContainsFunc(cl.cands, func(c *cand) bool { return c.theBefore }) {
				cl.typ = ""
			}
			// "Garden State", "Real Madrid", "Slow Jamz": with nothing to
			// say so, capitalised words that start with a word of English
			// are no person's name, unless it is a given name too or the
			// article calls the bearer by the last word alone.
			if w := cl.longest.words[0]; cl.typ == EntityPerson && !x.lx.given[w] && text.Known(w) && !x.calledBySurname(cl) {
				cl.typ = ""
			}
		}
		// "Siemens says", "Rosneft officials": one word that only speaks,
		// in an article long enough to have named its people in full, never
		// given a first name, a title or a "he", is a firm or a body.
		if cl.typ == EntityPerson && x.bodyParas >= 3 && !slices.ContainsFunc(cl.cands, func(c *cand) bool { return len(c.words) > 1 || c.personHint || c.personal }) {
			cl.typ = EntityOrganization
		}
		// "commercial Personal Video Recorders are on sale": a kind of
		// product in title case is no body, whatever a word inside it
		// ("Video") voted.
		if cl.typ == EntityOrganization && x.kindSaid(cl) < 0 && !slices.ContainsFunc(cl.cands, func(c *cand) bool { return !x.commonPlural(c) }) {
			cl.typ = ""
		}
	}
	x.partyPlurals()
	x.clubs()
	x.notPeople()
}

// partyPlurals types as an organisation a group named by one capitalised
// plural ("the Liberals") whose singular modifies a party's noun in the
// article ("Liberal leader Jeremy Thorpe", "14 Liberal MPs"): the party,
// not its members.
func (x *entityExtractor) partyPlurals() {
	for _, cl := range x.clusters {
		if cl.dead || cl.typ != EntityGroup || len(cl.longest.words) != 1 {
			continue
		}
		w := cl.longest.words[0]
		sing := strings.TrimSuffix(w, "s")
		// (the demonyms table says whether "Liberals" are a party's or a
		// people: "Kurds")
		if of := x.lx.demPlural[w]; of != "" && !strings.HasSuffix(of, " Party") {
			continue
		}
		if sing != w && x.modifiesPartyNoun(sing) {
			cl.typ = EntityOrganization
		}
	}
}

// modifiesPartyNoun tells whether the capitalised word w stands right
// before a party's noun somewhere in the article.
func (x *entityExtractor) modifiesPartyNoun(w string) bool {
	for _, pt := range x.paras {
		for k := 0; k+1 < len(pt.toks); k++ {
			if t, n := pt.toks[k], pt.toks[k+1]; t.upper && !t.caps && t.low == w && x.lx.partyNouns[n.low] {
				return true
			}
		}
	}
	return false
}

// namedAfter finds the organisations named after a person of the article:
// "the Robert Kilroy-Silk Party" is the full name of a person and an
// organisation's head word; it is the organisation, not the person.
func (x *entityExtractor) namedAfter() {
	people := map[string]bool{}
	for _, cl := range x.clusters {
		if !cl.dead && cl.leaning() == vPerson && len(cl.longest.words) >= 2 {
			people[strings.Join(cl.longest.words, " ")] = true
		}
	}
	for _, cl := range x.clusters {
		w := cl.longest.words
		if cl.dead || len(w) < 3 || !x.lx.orgHeads[w[len(w)-1]] || !people[strings.Join(w[:len(w)-1], " ")] {
			continue
		}
		cl.votes[vOrg] += cl.votes[vPerson] + 1
	}
}

// ownedThings finds the names written after an organisation's possessive
// that look like things and have nothing to say they are people's: "Apple's
// Mac Mini", "Microsoft's X-Box" are products ("Labour's Lorna Fitzsimons"
// is a person).
func (x *entityExtractor) ownedThings() {
	type at struct{ para, tok int }
	last := map[at]*cand{}
	for _, c := range x.cands {
		if c.cluster >= 0 {
			last[at{c.para, c.lastTok}] = c
		}
	}
	for _, c := range x.cands {
		if c.ownerTok < 0 || c.cluster < 0 || c.personal || c.personHint || !x.thingLike(c) {
			continue
		}
		o := last[at{c.para, c.ownerTok}]
		if o == nil || o.cluster < 0 || o.cluster == c.cluster || x.clusters[o.cluster].leaning() != vOrg {
			continue
		}
		x.clusters[c.cluster].votes[vThing] += 3
	}
}

// thingLike tells a name one word long, or with a digit, a hyphen or a word
// of the thing words: "Mac Mini", "X-Box", "Game Cube", "Windows 95".
func (x *entityExtractor) thingLike(c *cand) bool {
	if len(c.words) == 1 || strings.ContainsAny(c.name, "-0123456789") {
		return true
	}
	for _, w := range c.words {
		if x.lx.thingWords[w] {
			return true
		}
	}
	return false
}

// calledBySurname tells whether a cluster holds a mention of one word,
// the last of its longest name's.
func (x *entityExtractor) calledBySurname(cl *ecluster) bool {
	last := cl.longest.words[len(cl.longest.words)-1]
	return slices.ContainsFunc(cl.cands, func(c *cand) bool { return len(c.words) == 1 && c.words[0] == last })
}

// defaultType types a name of two words or more that has no evidence at
// all: a person when its words look like a given name and a surname, an
// organisation otherwise. It returns "" for no entity.
func (x *entityExtractor) defaultType(c *cand) string {
	if len(c.words) > 4 || x.lx.demAdj[c.words[len(c.words)-1]] != "" {
		return ""
	}
	if x.lx.demAdj[c.words[0]] != "" {
		return EntityOrganization // "Scottish Executive"
	}
	pt := x.paras[c.para]
	// "Rolls-Royce", "Merriam-Webster", "X-Men": one hyphenated word with
	// nothing to make it a person's (a title, a given name) is a firm's or
	// a thing's name; "Kilroy-Silk" has a "Mr" or a "Robert" somewhere.
	if c.firstTok == c.lastTok && strings.Contains(c.name, "-") && !x.lx.given[c.words[0]] {
		return ""
	}
	// "Politics Show", "Universal Studio": a kind noun ends the name, and
	// the tagger reads the first word as a common one ("Aimee Song" is a
	// woman's name).
	if v, plural := x.kindOf(c.words[len(c.words)-1]); v >= 0 && !plural && !x.lx.given[c.words[0]] && pt.toks[c.firstTok].pos != text.PROPN {
		return voteTypes[v]
	}
	// "Social Democracy", "Planned Parenthood": a first word that starts the
	// names of things.
	if w := c.words[0]; !x.lx.given[w] && (x.lx.thingWords[w] || len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))) {
		return EntityOrganization
	}
	// "JK Rowling", "PJ Harvey", "NM Rothschild": two initials and a
	// surname with nothing else to say so are a person's as often as a
	// firm's: no entity.
	if x.initialsAndSurname(pt, c) || x.initialsAndWord(pt, c) {
		return ""
	}
	// "S. Best", "J. Smith": an initial with its full stop before a
	// surname is a person's way of writing a name, no firm's (a surname
	// the article writes in lower case too, "best", made it one; the
	// person's test below may still find no one).
	if x.initialDotted(pt, c) {
		return EntityPerson
	}
	for k := c.firstTok; k <= c.lastTok && k < len(pt.toks); k++ {
		t := pt.toks[k]
		if t.word && t.e-t.s == 1 {
			return "" // "Athens B": a letter is no part of a name
		}
		if k > c.firstTok && k < c.lastTok && x.lx.particles[t.low] && x.lx.given[c.words[0]] {
			continue // "Ruud van Nistelrooy", "Charles de Gaulle" (not "Université de Vincennes")
		}
		if k == c.lastTok && compassWords[t.low] && k > c.firstTok {
			continue // "Kanye West": a surname
		}
		if !t.word || !t.upper || t.caps || x.lowerSeen[t.low] || x.lx.common[t.low] || strings.ContainsAny(t.low, "0123456789&") {
			return EntityOrganization
		}
		if c.firstTok == c.lastTok && x.joinedNames(t.low) {
			return ""
		}
		// "Free Syria", "Radio Free Europe": a place inside makes no
		// person; nor does a firm's name first ("Sony Ericsson", not
		// "Harrison Ford").
		if kn, ok := x.lx.known[EntityKeyWord(t.low)]; ok && (kn.typ == EntityPlace || kn.typ == EntityOrganization && k == c.firstTok) && !x.lx.given[t.low] {
			return EntityOrganization
		}
	}
	if len(c.words) <= 3 {
		// "GameBoy Advance", "PlayStation Portable": a word written in
		// two capitalised halves before the last is a product's or a
		// firm's, not a given name ("LuaLua", "McRae" may be surnames).
		for k := c.firstTok; k < c.lastTok && k < len(pt.toks); k++ {
			if t := pt.toks[k]; t.word && camelCased(pt.text[t.s:t.e]) {
				return ""
			}
		}
		return EntityPerson
	}
	return EntityOrganization
}

// commonPlural tells a name of words of English (the tagger's) that ends
// on a plural the tagger reads as a common noun, written capitalised inside a sentence
// ("commercial Personal Video Recorders are on sale", "makers of Smart
// Water Meters"): a kind of product written in title case, no body's
// name. A name the gazetteers know, or a word of it, a given name, an
// organisation's head or a legal form last, or "the" or a possessive
// before it ("the Rolling Stones") keeps it a name.
func (x *entityExtractor) commonPlural(c *cand) bool {
	pt, ok := x.paras[c.para]
	if !ok || len(c.words) < 2 || c.lastTok >= len(pt.toks) {
		return false
	}
	toks := pt.toks
	last := toks[c.lastTok]
	if toks[c.firstTok].sent || last.tag != "NNS" || x.lx.orgHeads[last.low] || x.lx.legal[EntityKeyWord(last.low)] ||
		x.lx.orgHeads[strings.TrimSuffix(last.low, "s")] || strings.HasSuffix(last.low, "ies") && x.lx.orgHeads[strings.TrimSuffix(last.low, "ies")+"y"] {
		return false // "House Budget Committees", "Capital Authorities"
	}
	if b := c.firstTok - 1; b >= 0 && (toks[b].low == "the" || toks[b].poss) {
		return false
	}
	// "International Business Machines <IBM>", "Capital Cities/ABC Inc",
	// "the factories were Leisure Garments, Modern Garments and X": a
	// ticker, a slash or a list of names beside it make it a firm's.
	if n := c.lastTok + 1; n < len(toks) {
		switch toks[n].low {
		case "<", "/", "(", "&":
			return false
		case ",", "and", "or":
			if n+1 < len(toks) && toks[n+1].upper {
				return false
			}
		}
	}
	if b := c.firstTok - 1; b >= 1 && (toks[b].low == "," || toks[b].low == "and" || toks[b].low == "or") && toks[b-1].upper {
		return false
	}
	// "Physicians for Human Rights", "Ministers of Foreign Affairs", "Vote
	// 1 Local Jobs", "Radio 4's Crossing Continents", "Black Women's Health
	// Imperative": the end of a longer name, or a name owned; a word in
	// lower case before it ("commercial", "cheap"), or a common word that
	// opens the sentence, leaves it a kind.
	b := c.firstTok - 1
	if b < 0 || !toks[b].word || toks[b].poss || toks[b].upper && (!toks[b].sent || x.midCaps[toks[b].low]) ||
		!toks[b].upper && b >= 1 && toks[b-1].upper && !(toks[b-1].sent && !x.midCaps[toks[b-1].low]) {
		return false
	}
	if n := c.lastTok + 1; toks[c.lastTok].poss || n < len(toks) && (toks[n].poss || toks[n].low == "'s") {
		return false
	}
	if _, known := x.lx.known[EntityKey(c.name)]; known || x.initialsWritten(c) {
		return false
	}
	// "Wheat Corn Soybeans Total Loans 840.8": a table's head, no
	// sentence, says nothing of the kind.
	sent, prose := pt.p.Tokens[toks[c.firstTok].a].Sent, false
	for _, t := range toks {
		if t.word && !t.upper && pt.p.Tokens[t.a].Sent == sent {
			prose = true
			break
		}
	}
	if !prose {
		return false
	}
	for k := c.firstTok; k <= c.lastTok; k++ {
		t := toks[k]
		if !t.word || !t.upper || t.caps || k < c.lastTok && !text.Known(t.low) || x.lx.given[t.low] {
			return false
		}
		if _, known := x.lx.known[EntityKeyWord(t.low)]; known {
			return false
		}
	}
	return true
}

// initialsWritten tells whether the article writes the initials of the
// words of c's name as a word in capitals: "International Business
// Machines, giving IBM rights" is a body the article names by its initials
// too.
func (x *entityExtractor) initialsWritten(c *cand) bool {
	pt := x.paras[c.para]
	if len(c.words) < 2 || c.lastTok-c.firstTok+1 != len(c.words) {
		return false
	}
	ini := make([]byte, 0, len(c.words))
	for k := c.firstTok; k <= c.lastTok; k++ {
		if pt.toks[k].low == "" {
			return false
		}
		ini = append(ini, pt.toks[k].low[0])
	}
	for _, q := range x.paras {
		for _, t := range q.toks {
			if t.caps && t.low == string(ini) {
				return true
			}
		}
	}
	return false
}

// camelCased tells a word with a capital after two lower-case letters or
// more whose start is no surname's prefix ("Mc", "Mac", "De", "Van" …).
func camelCased(w string) bool {
	for i := 3; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' && w[i-2] >= 'a' && w[i-2] <= 'z' {
			switch w[:i] {
			case "Mac", "Van", "Von", "Fitz", "Della", "Dela", "Vander":
				continue
			}
			return true
		}
	}
	return false
}

// specificOffice tells a bare title of two words or more without a
// demonym: "Foreign Secretary", "Minister for the Middle East".
func (x *entityExtractor) specificOffice(c *cand) bool {
	words := strings.Fields(c.name)
	return len(words) >= 2 && x.lx.demAdj[strings.ToLower(words[0])] == ""
}

// holderOf finds the person who holds the office a bare title names ("the
// Foreign Secretary" after "Foreign Secretary Boris Johnson"): the latest
// person cluster with that title among its roles, or -1.
func (x *entityExtractor) holderOf(c *cand) int {
	title := " " + strings.TrimPrefix(c.key, "title:") + " "
	best := -1
	for id, cl := range x.clusters {
		if cl.dead || cl.leaning() != vPerson || cl.longest.titleOnly {
			continue
		}
		for _, o := range cl.cands {
			for _, r := range o.roles {
				if strings.Contains(" "+titleKey(r)+" ", title) && (best < 0 || cl.last > x.clusters[best].last) {
					best = id
				}
			}
		}
	}
	return best
}

// findRelated finds the cluster a new candidate belongs to though its key is
// new: an acronym of an earlier name, a surname of an earlier person, the
// first word of an earlier organisation. It returns -1 for none.
func (x *entityExtractor) findRelated(c *cand, key string) int {
	if c.group || c.known || c.titleOnly {
		return -1
	}
	single := len(c.words) == 1
	best := -1
	for id, cl := range x.clusters {
		if cl.dead || cl.longest.group {
			continue
		}
		lean := cl.leaning()
		lw := cl.longest.words
		switch {
		case single && c.votes[vOrg] > 0 && lean != vPerson && cl.inits[key]:
			return id
		case len(c.words) < len(lw) && hasSuffixWords(lw, c.words) && (lean == vPerson || lean < 0 && x.defaultType(cl.longest) == EntityPerson) &&
			c.votes[vOrg] < 3 && c.votes[vPlace] < 3 && (c.peerOf == 0 || cl.peer()):
			if best < 0 || cl.last > x.clusters[best].last {
				best = id
			}
		case single && len(lw) >= 2 && lw[0] == c.words[0] && x.lx.given[c.words[0]] && lean == vPerson && c.votes[vOrg] == 0 && c.votes[vPlace] == 0 &&
			!(x.regnalNamed(c) && !slices.ContainsFunc(cl.cands, x.regnalNamed)) && !x.surnameNamed(c):
			// "Sonia" after "Sonia O'Sullivan": a first name alone, if only one person has it.
			if best >= 0 && best != id && x.clusters[best].leaning() == vPerson && x.clusters[best].longest.words[0] == c.words[0] {
				// "Robert Kilroy-Silk" and "the Robert Kilroy-Silk Party"
				// are one man's names; two men are two.
				bw := x.clusters[best].longest.words
				switch {
				case len(bw) < len(lw) && slices.Equal(bw, lw[:len(bw)]):
					continue
				case len(lw) < len(bw) && slices.Equal(lw, bw[:len(lw)]):
				default:
					return -1
				}
			}
			best = id
		case !single && len(c.words) == len(lw) && (c.initialed || cl.longest.initialed) && initialOf(c.words, lw) &&
			(lean == vPerson || lean < 0 && x.defaultType(cl.longest) == EntityPerson ||
				// "a superb Gorvan Tempsey tackle", "a pass from Gorvan
				// Tempsey": a name that no gazetteer knows and the line-up
				// lists as "G Tempsey" is the player's, whatever the
				// words around it voted.
				c.initialed && !slices.ContainsFunc(cl.cands, func(k *cand) bool { return k.known || k.group })):
			// "B Cohen" in a line-up and "Ben Cohen" in the report.
			if best < 0 || cl.last > x.clusters[best].last {
				best = id
			}
		case !single && lean == vOrg && c.votes[vOrg] > 0 && c.votes[vPerson] == 0 &&
			(len(c.words) < len(lw) && hasSuffixWords(lw, c.words) || len(lw) >= 2 && len(lw) < len(c.words) && hasSuffixWords(c.words, lw)):
			return id
		case !single && lean == vOrg && len(c.words) < len(lw) && slices.Equal(lw[:len(c.words)], c.words) && x.headsOnly(lw[len(c.words):]):
			// "Mark IV" after "Mark IV Industries Inc": the firm's name less
			// its heads and legal suffix
			return id
		case single && len(lw) >= 2 && lw[0] == c.words[0] && (lean == vOrg || lean == vPlace && x.lx.placeLast[lw[len(lw)-1]]) && c.votes[vPerson] == 0 &&
			!x.lx.given[c.words[0]] && x.lx.demAdj[c.words[0]] == "":
			if best < 0 {
				best = id
			}
		}
	}
	return best
}

// absorb merges into the new cluster id earlier clusters that the new,
// fuller name explains: "Assad" before "Bashar al-Assad", "SDF" before
// "Syrian Democratic Forces".
func (x *entityExtractor) absorb(c *cand, id int) {
	if len(c.words) < 2 || c.group || c.known {
		return
	}
	ini := initials(c.words)
	for oid, cl := range x.clusters {
		if oid == id || cl.dead || cl.longest.group || len(cl.longest.words) == 0 || len(cl.longest.words) >= len(c.words) {
			continue
		}
		lw := cl.longest.words
		w := lw[0]
		lean := cl.leaning()
		if cl.longest.known && lean != vPerson {
			// A gazetteer's name stays itself, unless its mentions make it
			// a person's surname ("Hague" in a headline, then "Mr Hague").
			continue
		}
		single := len(lw) == 1
		if c.peerOf == 0 && cl.peer() {
			continue // "Lord Weston of Brockley" is not "Peter James Weston"
		}
		// "Kilroy-Silk" before "Robert Kilroy-Silk": a surname of one word
		// or more, not starting with a given name.
		surname := hasSuffixWords(c.words, lw) && (single || !x.lx.given[w])
		// "Elton" before "Elton John": a given name alone, when no other
		// person of the article has it.
		given := single && x.lx.given[w] && w == c.words[0] && c.votes[vPerson] > c.votes[vOrg] && !x.firstNameTaken(w, id) &&
			!(slices.ContainsFunc(cl.cands, x.regnalNamed) && !x.regnalNamed(c)) && !slices.ContainsFunc(cl.cands, x.surnameNamed)
		// "Britannia members ..." before "Britannia Building Society": a
		// firm's first word alone, no one's, before its full name, which
		// a word of its own and an organisation's head end ("Pictures" of
		// "Sony Pictures" makes a unit of the firm, no fuller name).
		firmShort := single && lean == vOrg && cl.votes[vPerson] == 0 && w == c.words[0] && len(c.words) >= 3 &&
			x.lx.orgHeads[c.words[len(c.words)-1]] && c.votes[vOrg] >= 3 && c.votes[vPerson] == 0 && !x.lx.given[w] && x.lx.demAdj[w] == "" &&
			slices.ContainsFunc(c.words[1:len(c.words)-1], func(m string) bool { return !x.lx.orgHeads[m] && !x.lx.legal[EntityKeyWord(m)] }) &&
			!slices.ContainsFunc(cl.cands, x.andNamed) && !x.shortOfAnother(w, cl, c, id, oid)
		if firmShort || single && (lean == vPlace || lean < 0) && c.votes[vPlace] >= 3 && len(c.words) == 2 && w == c.words[0] && x.lx.placeLast[c.words[1]] ||
			(lean == vPerson || lean < 0) && c.votes[vOrg] < 3 && (surname || given) ||
			single && lean == vOrg && w == ini && c.votes[vPerson] == 0 {
			nc := x.clusters[id]
			for _, o := range cl.cands {
				nc.add(o, cl.last)
				o.cluster = id
			}
			cl.dead = true
			for k, v := range x.byKey {
				if v == oid {
					x.byKey[k] = id
				}
			}
		}
	}
}

// shortOfAnother tells a firm's first word alone, the cluster cl, that may
// stand for another firm than c, the full name of cluster id that would
// absorb it: a third name has the word too ("Morgan" beside "J.P. Morgan
// and Co Inc" and "Morgan Grenfell Group PLC"), or the word alone and the
// full name are written in one sentence, two names of two firms ("Morgan
// said it would sell its stake in Morgan Grenfell Group PLC").
func (x *entityExtractor) shortOfAnother(w string, cl *ecluster, c *cand, id, oid int) bool {
	for k, o := range x.clusters {
		if k != id && k != oid && !o.dead && slices.Contains(o.longest.words, w) {
			return true
		}
	}
	para, sent := x.sentenceOf(c)
	return sent >= 0 && slices.ContainsFunc(cl.cands, func(o *cand) bool {
		p, s := x.sentenceOf(o)
		return p == para && s == sent
	})
}

// sentenceOf returns the paragraph and the sentence of a candidate's first
// word; sentence -1 when unknown.
func (x *entityExtractor) sentenceOf(c *cand) (int, int) {
	pt, ok := x.paras[c.para]
	if !ok || c.firstTok < 0 || c.firstTok >= len(pt.toks) || pt.toks[c.firstTok].a >= len(pt.p.Tokens) {
		return c.para, -1
	}
	return c.para, pt.p.Tokens[pt.toks[c.firstTok].a].Sent
}

// regnalNamed tells a candidate named with a royal's title ("Prince
// Harry"): its given name is the whole name, not the first name of another
// person ("Harry Kane").
func (x *entityExtractor) regnalNamed(c *cand) bool {
	return slices.ContainsFunc(c.roles, func(r string) bool { return x.lx.regnal[titleKey(r)] })
}

// surnameNamed tells a candidate written after an honorific that stands
// before a surname ("Mr Howard", "Dr Fox"): its one word is a surname, never
// the first name of a namesake ("Howard Flight").
func (x *entityExtractor) surnameNamed(c *cand) bool {
	return slices.ContainsFunc(c.roles, func(r string) bool { return x.lx.surnamed[titleKey(r)] })
}

// firstNameTaken tells whether a person cluster other than id has a name of
// two words or more that starts with the given name w.
func (x *entityExtractor) firstNameTaken(w string, id int) bool {
	for oid, cl := range x.clusters {
		if oid != id && !cl.dead && len(cl.longest.words) >= 2 && cl.longest.words[0] == w && cl.leaning() == vPerson {
			return true
		}
	}
	return false
}

// initialOf tells two names whose first words agree by initial ("b",
// "ben") and whose other words are the same.
func initialOf(a, b []string) bool {
	if len(a) != len(b) || a[0] == b[0] || a[0][0] != b[0][0] || min(len(a[0]), len(b[0])) > 2 {
		return false
	}
	for i := 1; i < len(a); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func hasSuffixWords(long, short []string) bool {
	if len(short) == 0 || len(short) > len(long) {
		return false
	}
	off := len(long) - len(short)
	for i, w := range short {
		if long[off+i] != w {
			return false
		}
	}
	return true
}

// restricted reads a paragraph in capitals or title case: only names known
// from the article's body or from the gazetteers are taken.
func (x *entityExtractor) restricted(pt paraToks) {
	toks := pt.toks
	lx := x.lx
	maxLen := max(lx.knownMax, 5)
	for k := 0; k < len(toks); {
		if !toks[k].word {
			k++
			continue
		}
		matched := 0
		for l := min(maxLen, len(toks)-k); l >= 1; l-- {
			if !toks[k+l-1].word {
				continue
			}
			if l == 1 && (lx.notNames[toks[k].low] || lx.notAcronym[toks[k].low] || lx.common[toks[k].low] || len(toks[k].low) < 2) {
				continue
			}
			span := pt.text[toks[k].s:toks[k+l-1].e]
			key := EntityKey(span)
			if kn, ok := lx.known[key]; ok {
				key = EntityKey(kn.name)
			}
			id, ok := x.byKey[key]
			if ok && x.clusters[id].typ == "" {
				continue
			}
			kn, isKnown := lx.known[EntityKey(span)]
			if !ok && !isKnown {
				continue
			}
			// "<COOPER CANADA LTD> YEAR NET", "FIRST MISSISSIPPI CORP
			// <FRM> SETS": a place inside a firm's name in capitals is
			// the firm's word, no place of its own.
			if (ok && x.clusters[id].typ == EntityPlace || !ok && kn.typ == EntityPlace) && x.inCapsFirm(pt, k, k+l) {
				continue
			}
			c := &cand{para: pt.idx, s: toks[k].s, e: toks[k+l-1].e, ns: toks[k].s, ne: toks[k+l-1].e,
				name: span, key: EntityKey(span), affTok: -1, ownerTok: -1, kind: -1, firstTok: k, lastTok: k + l - 1, known: isKnown}
			c.words = strings.Fields(c.key)
			if !ok {
				id = len(x.clusters)
				cl := &ecluster{typ: kn.typ}
				x.clusters = append(x.clusters, cl)
				x.byKey[key] = id
			}
			c.cluster = id
			x.clusters[id].cands = append(x.clusters[id].cands, c)
			if x.clusters[id].longest == nil {
				x.clusters[id].longest = c
			}
			matched = l
			break
		}
		if matched == 0 {
			matched = 1
		}
		k += matched
	}
}

// inCapsFirm tells whether the words toks[a:b] of a paragraph in capitals
// are part of a firm's name: written with other words between the wire's
// angle brackets ("<AMERICAN WEST BANK>", "<COOPER CANADA LTD>"), or
// before a legal form, right after them ("FIRST MISSISSIPPI CORP") or
// after one or two more words that are no function words and end on a
// firm's word ("ALASKA ENERGY CORP", "FIRST TEXAS FINANCIAL CORP"). Other
// words there may be a headline's verb ("TEXAS SUES EXXON CORP": Texas is
// the place that sues); a firm the article or the gazetteer knows by its
// whole name was matched before its place.
func (x *entityExtractor) inCapsFirm(pt paraToks, a, b int) bool {
	toks := pt.toks
	text := pt.text
	if toks[b-1].poss || b < len(toks) && toks[b].poss {
		return false // "CANADA'S DOMINION TEXTILE LTD": the firm's country
	}
	open, close := -1, -1
	for k := a - 1; k >= 0 && k >= a-6; k-- {
		if w := text[toks[k].s:toks[k].e]; w == "<" {
			open = k
			break
		} else if !toks[k].word {
			break
		}
	}
	for k := b; k < len(toks) && k <= b+6; k++ {
		if w := text[toks[k].s:toks[k].e]; w == ">" {
			close = k
			break
		} else if !toks[k].word {
			break
		}
	}
	if open >= 0 && close >= 0 && (open+1 < a || close > b) {
		return true
	}
	for k := b; k < len(toks) && k < b+3; k++ {
		t := toks[k]
		if !t.word || x.lx.notNames[t.low] || x.lx.notNames[strings.ToLower(text[t.s:t.e])] {
			return false
		}
		if x.lx.legal[EntityKeyWord(t.low)] {
			return k == b || x.lx.orgHeads[EntityKeyWord(toks[k-1].low)]
		}
	}
	return false
}

// entities turns the clusters into the article's entities, in order of
// first mention, with their names, aliases, roles and affiliations.
func (x *entityExtractor) entities(doc *text.Doc) []Entity {
	type built struct {
		e           Entity
		para, start int
	}
	var out []built
	add := func(e Entity, ok bool) {
		if ok {
			out = append(out, built{e: e, para: e.Mentions[0].Paragraph, start: e.Mentions[0].Start})
		}
	}
	for _, cl := range x.clusters {
		if cl.dead || cl.typ == "" || len(cl.cands) == 0 {
			continue
		}
		cands := append([]*cand(nil), cl.cands...)
		sort.SliceStable(cands, func(i, j int) bool {
			if cands[i].para != cands[j].para {
				return cands[i].para < cands[j].para
			}
			return cands[i].s < cands[j].s
		})
		if cl.typ != EntityPlace {
			add(x.entity(doc, cl, cl.typ, cands))
			continue
		}
		// A country's name where it acts is its state's: an organisation
		// of the same name beside the place. In an article about sport it
		// is its side that acts ("England will protest", "Italy launched a
		// series of attacks"), which stays the place (clubs.go).
		var place, state []*cand
		for _, c := range cands {
			if !x.sportArticle() && x.actorRole(c) != "" {
				state = append(state, c)
			} else {
				place = append(place, c)
			}
		}
		add(x.entity(doc, cl, EntityPlace, place))
		e, ok := x.entity(doc, cl, EntityOrganization, state)
		e.State = true
		add(e, ok)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].para != out[j].para {
			return out[i].para < out[j].para
		}
		return out[i].start < out[j].start
	})
	x.headAffiliations(len(out), func(i int) *Entity { return &out[i].e })
	ents := make([]Entity, len(out))
	for i, b := range out {
		b.e.ID = "e" + strconv.Itoa(i+1)
		ents[i] = b.e
	}
	return ents
}

// entity makes an entity of type typ from the candidates cands of the
// cluster cl, in order of mention; ok is false when none is left.
func (x *entityExtractor) entity(doc *text.Doc, cl *ecluster, typ string, cands []*cand) (e Entity, ok bool) {
	e = Entity{Type: typ, Name: x.bestName(cl), Aliases: []string{}, Roles: []string{}, Affiliations: []string{}}
	seenAlias := map[string]bool{e.Name: true}
	seenRole := map[string]bool{}
	seenAff := map[string]bool{}
	genders := map[string]bool{}
	lastEnd := map[int]int{}
	for _, c := range cands {
		if end, ok := lastEnd[c.para]; ok && c.s < end {
			continue // overlapping mentions of one entity
		}
		lastEnd[c.para] = c.e
		p := &doc.Paragraphs[c.para]
		e.Mentions = append(e.Mentions, Mention{Paragraph: p.N, Start: c.s, End: c.e, Text: p.Text[c.s:c.e]})
		if !seenAlias[c.name] && !c.group && !c.titleOnly && !isHeadlineForm(c.name, e.Name) {
			seenAlias[c.name] = true
			e.Aliases = append(e.Aliases, c.name)
		}
		if c.acronym != "" && !seenAlias[c.acronym] {
			seenAlias[c.acronym] = true
			e.Aliases = append(e.Aliases, c.acronym)
		}
		if e.Type == EntityPerson || e.Type == EntityGroup {
			for _, r := range x.splitHonorific(c.roles) {
				if g := x.genderOf(r); g != "" {
					genders[g] = true
				}
				if x.honorificWord(r) {
					continue // "Mr", "Dr.": no role
				}
				if !seenRole[strings.ToLower(r)] {
					seenRole[strings.ToLower(r)] = true
					e.Roles = append(e.Roles, r)
				}
			}
		}
		for _, f := range c.sides {
			if x.noBody(f, nil) {
				continue // "South Korean film director": a nationality
			}
			if !seenAff[EntityKey(f)] {
				seenAff[EntityKey(f)] = true
				e.Affiliations = append(e.Affiliations, f)
			}
		}
		for _, f := range c.affs {
			// A country is where someone is from, not what they belong to.
			if x.lx.known[EntityKey(f)].typ == EntityPlace || x.noBody(f, c.roles) {
				continue
			}
			if !seenAff[EntityKey(f)] && EntityKey(f) != EntityKey(e.Name) {
				seenAff[EntityKey(f)] = true
				e.Affiliations = append(e.Affiliations, f)
			}
		}
	}
	if len(e.Mentions) == 0 {
		return e, false
	}
	if e.Type == EntityPerson && len(genders) == 1 {
		for g := range genders {
			e.Gender = g
		}
	}
	return e, true
}

// noBody tells an affiliation read from the words before a role that
// names no body the person belongs to, unless the gazetteers know it as an
// organisation: a nationality ("South Korean film director"), the Games
// ("American Olympic stars"), a count or time before what was
// won ("Double Olympic champion", "Two-time AAAs champion", "Newly-crowned
// Australian Open champion"), or the competition a champion won ("Masters
// Cup champions", "Olympic heptathlon champion").
func (x *entityExtractor) noBody(f string, roles []string) bool {
	if x.lx.known[EntityKey(f)].typ == EntityOrganization {
		return false
	}
	words := strings.Fields(strings.ToLower(f))
	if len(words) == 0 {
		return false
	}
	first, last := words[0], words[len(words)-1]
	// ("Swiss Re", "British Library": a nationality first may begin a
	// body's name; the Olympic Games are an event, no body.)
	if len(words) >= 2 && x.nationality(last) || last == "olympic" || last == "olympics" {
		return true
	}
	if first == "double" || first == "triple" || strings.HasSuffix(first, "-time") || strings.HasPrefix(first, "newly-") {
		return true
	}
	for _, r := range roles {
		rw := strings.Fields(strings.ToLower(r))
		if n := len(rw); n > 0 && (rw[n-1] == "champion" || rw[n-1] == "champions") {
			return true
		}
	}
	return false
}

// nationality tells a nation's adjective ("korean"), not a party's ("tory"
// is the Conservative Party's).
func (x *entityExtractor) nationality(w string) bool {
	p := x.lx.demAdj[w]
	return p != "" && x.lx.known[EntityKey(p)].typ != EntityOrganization
}

// isHeadlineForm tells a name written in a headline's capitals ("BEIRUT",
// "ZAGROS FRONT"), which is no alias worth showing beside its better-cased
// form; an acronym ("SDF") is one.
func isHeadlineForm(alias, name string) bool {
	return strings.ToUpper(alias) == alias && strings.ToUpper(name) != name &&
		(strings.Contains(alias, " ") || EntityKey(alias) == EntityKey(name))
}

// bestName picks an entity's name: a gazetteer's canonical name (a place's
// is no person's: "Mr Hague" is not "The Hague"), the expansion of an
// acronym, or the fullest form.
func (x *entityExtractor) bestName(cl *ecluster) string {
	var acr []string
	for _, c := range cl.cands {
		if c.acronym != "" {
			acr = append(acr, EntityKey(c.acronym))
		} else if len(c.words) == 1 && x.lx.known[c.key].typ == "" && strings.ToUpper(c.name) == c.name {
			acr = append(acr, c.key)
		}
	}
	for _, c := range cl.cands {
		if kn, ok := x.lx.known[c.key]; ok && c.known && (cl.typ != EntityPerson || kn.typ == EntityPerson) {
			// The table's name, spelt as the article spells it ("NATO",
			// not the table's "Nato"), so that it reads as written.
			// A headline in capitals is no spelling, but a short acronym is.
			for _, d := range cl.cands {
				if strings.EqualFold(d.name, kn.name) && (strings.ToUpper(d.name) != d.name || len(d.name) <= 6 && !strings.Contains(d.name, " ")) {
					return d.name
				}
			}
			return kn.name
		}
	}
	if cl.typ == EntityOrganization {
		for _, c := range cl.cands {
			for _, k := range acr {
				if len(c.words) >= 2 && initials(c.words) == k {
					return c.name
				}
			}
		}
	}
	if cl.typ == EntityGroup {
		return cl.cands[0].name
	}
	return cl.longest.name
}

// genderOf returns the gender a role says, from its last word ("Mrs",
// "actress", "Deputy Chairwoman"), or "".
func (x *entityExtractor) genderOf(role string) string {
	w := role
	if i := strings.LastIndexByte(role, ' '); i >= 0 {
		w = role[i+1:]
	}
	return x.lx.gender[titleKey(strings.ToLower(w))]
}

// honorificWord tells whether w is an honorific ("Mr", "Dr.", "Professor")
// and no job: an honorific the titles also list as a lower-case job is that
// job written in lower case ("law professor", "a professor at Y").
func (x *entityExtractor) honorificWord(w string) bool {
	if x.lx.titles[titleKey(strings.ToLower(w))] != "honorific" {
		return false
	}
	return w == "" || w[0] < 'a' || w[0] > 'z' || !x.lx.lowerRole[w]
}

// splitHonorific parts an honorific from the office before it:
// "Commissioner for Health Dr." is two roles, "Commissioner for Health"
// and "Dr.".
func (x *entityExtractor) splitHonorific(roles []string) []string {
	var out []string
	for _, r := range roles {
		if i := strings.LastIndexByte(r, ' '); i > 0 && x.honorificWord(r[i+1:]) {
			out = append(out, strings.TrimSpace(r[:i]), r[i+1:])
			continue
		}
		out = append(out, r)
	}
	return out
}

// kindSaid returns the vote of a kind noun written right before one of the
// cluster's names ("the rock band X", "security firm X") when nothing but
// a given name and the words around the names says it is a person's (no
// title, no role, no "Mr"), and the kind is an organisation's; or -1.
// (A thing's kind noun, "the film Ray", is often a namesake's: "Ray
// Charles".)
func (x *entityExtractor) kindSaid(cl *ecluster) int {
	if cl.votes[vPlace] > 0 {
		return -1 // "the Gibraltar-based Menatep Group": a place too
	}
	kind := -1
	for _, c := range cl.cands {
		if c.personHint || c.known || c.shared {
			return -1
		}
		if c.kind == vOrg {
			kind = c.kind
		}
	}
	return kind
}

// unknownInitials returns the second word of a candidate that is two
// capitals no table knows and a word after them ("JK Rowling", "EB
// White"), or false.
func (x *entityExtractor) unknownInitials(pt paraToks, c *cand) (etok, bool) {
	if c.lastTok != c.firstTok+1 || c.lastTok >= len(pt.toks) {
		return etok{}, false
	}
	in := pt.toks[c.firstTok]
	if !in.word || !in.caps || len(in.low) != 2 || in.e-in.s != 2 {
		return etok{}, false
	}
	if _, known := x.lx.known[EntityKeyWord(in.low)]; known {
		return etok{}, false
	}
	return pt.toks[c.lastTok], true
}

// initialsAndSurname tells a name of two words, two capitals that no
// table knows and a capitalised word that is no word of English nor a
// known name: "JK Rowling", "JP McManus". (Three capitals are a firm's
// more often: "ABN Amro", "BHP Billiton".)
func (x *entityExtractor) initialsAndSurname(pt paraToks, c *cand) bool {
	sur, ok := x.unknownInitials(pt, c)
	if !ok {
		return false
	}
	if !sur.word || !sur.upper || sur.caps || x.lx.common[sur.low] || x.lx.orgHeads[sur.low] || text.Known(sur.low) && !x.lx.given[sur.low] {
		return false
	}
	_, known := x.lx.known[EntityKeyWord(sur.low)]
	return !known
}

// initialsAndWord tells a name of two words, two capitals that no table
// knows and a capitalised word that no table knows as an organisation's
// head or a known name, a word of English among them: "EB White", "JJ
// Johnson" are people as often as "EA Sports" is a firm, and with nothing
// else to say which, no entity is shown rather than a wrong one.
func (x *entityExtractor) initialsAndWord(pt paraToks, c *cand) bool {
	sur, ok := x.unknownInitials(pt, c)
	if !ok {
		return false
	}
	// (a plural is a firm's: "EA Sports", "CP Hotels")
	if !sur.word || !sur.upper || sur.caps || x.lx.orgHeads[sur.low] || x.lx.kinds[sur.low] != "" || x.lx.legal[EntityKeyWord(sur.low)] ||
		sur.tag == "NNPS" || sur.tag == "NNS" {
		return false
	}
	_, known := x.lx.known[EntityKeyWord(sur.low)]
	return !known
}

// initialDotted tells a name of two words, a capital with a full stop and
// a capitalised word that no table knows: "S. Best".
func (x *entityExtractor) initialDotted(pt paraToks, c *cand) bool {
	if c.lastTok != c.firstTok+1 || c.lastTok >= len(pt.toks) {
		return false
	}
	in, sur := pt.toks[c.firstTok], pt.toks[c.lastTok]
	if !in.word || len(in.low) != 1 || in.e-in.s != 2 || pt.text[in.e-1] != '.' {
		return false
	}
	if !sur.word || !sur.upper || sur.caps || x.lx.orgHeads[sur.low] {
		return false
	}
	_, known := x.lx.known[EntityKeyWord(sur.low)]
	return !known
}

// headAffiliations gives an affiliation that is an organisation's head
// word alone ("Bank Governor X", "Committee Chairman X", "Association
// spokesman X") the one organisation of the article whose longer name holds
// that word ("Bank Negara", "Senate Banking Committee"); with none or more
// than one it stays. at(i) is the i-th of n entities.
func (x *entityExtractor) headAffiliations(n int, at func(int) *Entity) {
	for i := 0; i < n; i++ {
		e := at(i)
		// ("Research Minister X", "Treasury spokesman X": a portfolio, no body)
		if e.Type != EntityPerson || slices.ContainsFunc(e.Roles, portfolioRole) {
			continue
		}
		for k, f := range e.Affiliations {
			low := strings.ToLower(f)
			if strings.ContainsAny(f, " -") || !x.lx.orgHeads[low] || x.lx.known[EntityKey(f)].typ != "" {
				continue
			}
			found := ""
			for j := 0; j < n; j++ {
				o := at(j)
				if o.Type != EntityOrganization || o.State || !strings.Contains(o.Name, " ") {
					continue
				}
				if slices.Contains(strings.Fields(strings.ToLower(o.Name)), low) {
					if found != "" && found != o.Name {
						found = "-"
						break
					}
					found = o.Name
				}
			}
			if found != "" && found != "-" && !slices.Contains(e.Affiliations, found) {
				e.Affiliations[k] = found
			} else if found == "" {
				x.headIntoOffice(e, k)
			}
		}
		e.Affiliations = slices.DeleteFunc(e.Affiliations, func(f string) bool { return f == "" })
	}
}

// headIntoOffice reads the affiliation e.Affiliations[k], an organisation's
// head alone that no organisation of the article holds, written right
// before a capitalised office of e ("Securities Commissioner Ray X",
// "Petroleum Minister Y"), as the office's first word: the role takes it
// and the affiliation, which named no body, is emptied. A word of English
// only, no legal form ("Co").
func (x *entityExtractor) headIntoOffice(e *Entity, k int) {
	f := e.Affiliations[k]
	low := strings.ToLower(f)
	if !text.Known(low) || x.lx.legal[low] {
		return
	}
	for i, r := range e.Roles {
		if r == "" || r[0] < 'A' || r[0] > 'Z' {
			continue
		}
		kind := x.lx.titles[titleKey(strings.ToLower(r))]
		if kind != "office" && kind != "rank" {
			continue
		}
		office := f + " " + r
		for _, pt := range x.paras {
			if containsWords(pt.text, office) {
				e.Roles[i] = office
				e.Affiliations[k] = ""
				return
			}
		}
	}
}

// containsWords tells whether words stands in s as whole words: no letter
// or digit right before it or right after it ("Petroleum Minister," and at
// the paragraph's end, but not "Petroleum Ministers").
func containsWords(s, words string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], words)
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len(words)
		before, _ := utf8.DecodeLastRuneInString(s[:a])
		after, _ := utf8.DecodeRuneInString(s[b:])
		if (a == 0 || !isLetterOrDigit(before)) && (b == len(s) || !isLetterOrDigit(after)) {
			return true
		}
		i = a + 1
	}
}

// portfolioRole tells a role the word before which names a portfolio: a
// minister's, a secretary's or a spokesman's.
func portfolioRole(r string) bool {
	f := strings.Fields(strings.ToLower(r))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "minister", "secretary", "spokesman", "spokeswoman", "spokesperson":
		return true
	}
	return false
}

// andNamed tells a candidate written before "and" or "&" and a capitalised
// word: "Phillips" of "Phillips and Drew" may be half a partnership's name.
func (x *entityExtractor) andNamed(c *cand) bool {
	pt, ok := x.paras[c.para]
	if !ok {
		return false
	}
	k := c.lastTok + 1
	return k+1 < len(pt.toks) && (pt.toks[k].low == "and" || pt.toks[k].low == "&") && pt.toks[k+1].upper
}
