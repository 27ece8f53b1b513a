package entities

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/knowledge/text"
)

// The checks of this file keep things that are no people from being shown
// as people: a name that only ever modifies a noun ("the Shark Tale DVD"),
// a name listed among bands or firms ("The Stone Roses, Primal Scream and
// The Happy Mondays"), a first name that is part of a longer name
// ("Ahmed 'Mido' Hossam"). Each reads the evidence a person would have (a
// given name, a title, a role, "who", "his") and drops or retypes only the
// names that have none: a fact left out does less harm than a product
// shown as a person.

// evidenced tells a cluster one of whose names has a person's evidence.
func (cl *ecluster) evidenced() bool {
	return slices.ContainsFunc(cl.cands, func(c *cand) bool { return c.personal || c.personHint })
}

// nounModifier tells a name written right before a common noun that it
// modifies ("the Da Vinci film", "Deutsche Boerse investors", "the Just
// Add Monsters base"), as the tagger reads the noun.
func (x *entityExtractor) nounModifier(toks []etok, b int) bool {
	if b >= len(toks) {
		return false
	}
	t := toks[b]
	// (a singular noun: a plural after a name may be a verb misread,
	// "Rhys X steps up")
	if !t.word || t.upper || t.pos != text.NOUN || t.tag != "NN" {
		return false
	}
	// "the Blair aide": a role makes the name a person's all the same.
	if kind, _ := x.roleWord(t.low); kind != "" {
		return false
	}
	return x.lx.after[t.low].typ == ""
}

// notPeople retypes the person clusters without a person's evidence whose
// every name modifies a noun, or which a list sets among organisations.
func (x *entityExtractor) notPeople() {
	for _, cl := range x.clusters {
		// "General Agreement on Tariffs and Trade", "Minister of Energy,
		// Chemical and Petro-Chemical Industries", "President of the
		// Federation of Banks": a title before a body's name or a
		// portfolio makes no person of it; people's names hold no "and",
		// "on" or "for" and start with no "of" (a bare office may: "Minister
		// for the Middle East").
		if !cl.dead && cl.typ == EntityPerson && !cl.longest.titleOnly && connectedName(cl.longest.name) {
			cl.typ = ""
		}
	}
	for _, cl := range x.clusters {
		if cl.dead || cl.typ != EntityPerson || cl.evidenced() {
			continue
		}
		if !slices.ContainsFunc(cl.cands, func(c *cand) bool { return !c.nounMod }) {
			cl.typ = ""
		}
	}
	// "Deutsche Boerse" where "Deutsche" is a firm of the article: a name
	// that starts with an organisation's one-word name is the organisation's.
	orgWords := map[string]bool{}
	for _, cl := range x.clusters {
		if !cl.dead && cl.typ == EntityOrganization && len(cl.longest.words) == 1 {
			orgWords[cl.longest.words[0]] = true
		}
	}
	for _, cl := range x.clusters {
		if !cl.dead && cl.typ == EntityPerson && !cl.evidenced() && len(cl.longest.words) >= 2 && orgWords[cl.longest.words[0]] {
			cl.typ = EntityOrganization
		}
	}
	x.firmsShortNames()
	// "The Bravery, who have been compared to The Cure": a name always
	// written after "the", without a given name or a title, is a band's or
	// a firm's; people's names have no "the". With a given name first,
	// always right after the article and never before a noun it modifies,
	// it is a thing's, a ship's or a prize's ("the Marisol Star", "the
	// George Cross"), no entity; but not "the suspended Patrick Vieira" or
	// "a David Attenborough show".
	// ("Land Registry figures are …" beside "the Land Registry said" is
	// written without "the" as a modifier of a plural noun.)
	for _, cl := range x.clusters {
		if cl.dead || cl.typ != EntityPerson || len(cl.longest.words) == 0 ||
			slices.ContainsFunc(cl.cands, func(c *cand) bool { return c.personHint || !c.theBefore && !x.modifiesPlural(c) }) ||
			!slices.ContainsFunc(cl.cands, func(c *cand) bool { return c.theBefore }) {
			continue
		}
		switch {
		case !x.lx.given[cl.longest.words[0]]:
			cl.typ = EntityOrganization
		case !slices.ContainsFunc(cl.cands, func(c *cand) bool { return !c.articleRight || c.nounMod }):
			cl.typ = ""
		}
	}
	// "at the Alex Theater": a name always written after "the", with an
	// organisation's head, is the organisation's, a given name or not.
	for _, cl := range x.clusters {
		if cl.dead || cl.typ != EntityPerson || cl.votes[vOrg] == 0 ||
			slices.ContainsFunc(cl.cands, func(c *cand) bool { return c.personHint || !c.theBefore }) {
			continue
		}
		cl.typ = EntityOrganization
	}
	// "the Colombian drama Maria Full of Grace", "the film Vera Drake": a
	// work's kind noun before the whole name says more than a given name;
	// with no title or role to make it a person's, the name is a work's
	// (but "the Mike Leigh film" is his, and "the film Ray" no part of Ray
	// Charles's name).
	// "an Oscar", "her second Oscar", "his Mac Mini": one word, or a name
	// without a given name, that the article writes after "a" or a
	// possessive, with no title or role to make it a person's, names a
	// thing (people called by a first name alone are not "an Oscar");
	// "Oscar" is a given name too.
	for _, cl := range x.clusters {
		if cl.dead || cl.typ != EntityPerson || slices.ContainsFunc(cl.cands, func(c *cand) bool { return c.personHint }) {
			continue
		}
		words := cl.longest.words
		work := slices.ContainsFunc(cl.cands, func(c *cand) bool { return c.kind == vThing && len(c.words) == len(words) })
		owned := len(words) > 0 && !(len(words) > 1 && x.lx.given[words[0]]) && slices.ContainsFunc(cl.cands, func(c *cand) bool { return c.ownDet })
		if work || owned {
			cl.typ = ""
		}
	}
	x.placesGivenNames()
	x.listTypes()
}

// placesGivenNames types as a place a name of two words, a given name and a
// place's last word ("Stanley Park", "Hilda Bridge"), that nothing makes a
// person's (no title, role or "who"; never called by the last word alone,
// as "Wayne Bridge" would be "Bridge") and that is written after a
// preposition of place ("in Stanley Park", "at Hilda Bridge").
func (x *entityExtractor) placesGivenNames() {
	for _, cl := range x.clusters {
		if cl.dead || cl.typ != EntityPerson || len(cl.longest.words) != 2 || !x.lx.placeLast[cl.longest.words[1]] ||
			slices.ContainsFunc(cl.cands, func(c *cand) bool { return c.personHint }) || x.calledBySurname(cl) {
			continue
		}
		if slices.ContainsFunc(cl.cands, func(c *cand) bool {
			toks := x.paras[c.para].toks
			if c.firstTok < 1 || c.lastTok+1 < len(toks) && toks[c.lastTok+1].poss {
				return false // "in Wayne Bridge's absence"
			}
			k := c.firstTok - 1
			// "in Parliament's Victoria Tower": past the owner's name
			if toks[k].poss && k >= 2 {
				k--
				for k > 0 && toks[k].upper && toks[k].word {
					k--
				}
			}
			switch toks[k].low {
			case "in", "at", "near", "into", "outside", "inside":
				return true
			}
			return false
		}) {
			cl.typ = EntityPlace
		}
	}
}

// listTypes gives a person cluster without a person's evidence the type of
// the names it is listed with, when they are all organisations: "Led
// Zeppelin, Iron Maiden and Sex Pistols" are bands. A list is a chain of
// names joined by commas and one "and" or "or"; two names joined by a
// comma alone may be a name and its apposition ("Ann X, Acme's director").
func (x *entityExtractor) listTypes() {
	byPara := map[int][]*cand{}
	for _, c := range x.cands {
		if c.cluster >= 0 && !c.group {
			byPara[c.para] = append(byPara[c.para], c)
		}
	}
	// The types as they stand, so that one retyped name does not carry
	// the next along.
	typ := make([]string, len(x.clusters))
	for id, cl := range x.clusters {
		typ[id] = cl.typ
	}
	for id, cl := range x.clusters {
		if cl.dead || cl.typ != EntityPerson || cl.evidenced() {
			continue
		}
		orgs, people, bare := 0, 0, 0
		for _, c := range cl.cands {
			para := byPara[c.para]
			i := slices.Index(para, c)
			if i < 0 {
				continue
			}
			for _, n := range x.listOf(para, i) {
				switch ncl := x.clusters[n.cluster]; {
				case n.cluster == id:
				case typ[n.cluster] == EntityPerson && ncl.evidenced():
					people++
				case typ[n.cluster] == EntityPerson:
					bare++
				case typ[n.cluster] == EntityOrganization && (n.known || len(ncl.longest.words) >= 2 || ncl.votes[vOrg] >= 3 && strings.ToUpper(n.name) != n.name) ||
					n.theBefore && typ[n.cluster] != EntityPlace:
					// (an organisation by a table, more than one word or
					// evidence other than capitals: "DMX, Ludacris, Ja Rule"
					// are no bodies for "DMX" typed as an acronym; "The Tin
					// Owls" are a band's name, with its "The")
					orgs++
				}
			}
		}
		// Two organisations at least, and more than names typed as people
		// by default: a list's first item may be the noun a list of people
		// stands in apposition to ("the Congress, Ann X and Bea Y").
		if orgs >= 2 && orgs > bare && people == 0 {
			cl.typ = EntityOrganization
		}
	}
}

// listOf returns the names listed with para[i], or nil when para[i] stands
// in no list.
func (x *entityExtractor) listOf(para []*cand, i int) []*cand {
	toks := x.paras[para[i].para].toks
	conj := false
	joined := func(l, r *cand) bool {
		if r.firstTok <= l.lastTok || !listJoinThe(toks, l.lastTok+1, r.firstTok) {
			return false
		}
		conj = conj || slices.ContainsFunc(toks[l.lastTok+1:r.firstTok], func(t etok) bool { return t.low == "and" || t.low == "or" })
		return true
	}
	lo, hi := i, i
	for lo > 0 && joined(para[lo-1], para[lo]) {
		lo--
	}
	for hi+1 < len(para) && joined(para[hi], para[hi+1]) {
		hi++
	}
	// (four names or more joined by commas are a list without "and" too,
	// as tables and line-ups write them: "Porto, Real Madrid, Werder Bremen")
	if !conj && hi-lo < 3 || lo == hi {
		return nil
	}
	return para[lo : hi+1]
}

// listJoinThe is listJoin, the next item allowed a "The" of its own before
// it: "Primal Scream and The Happy Mondays" (but in "Mitt X and the
// Democrats" the names are of two kinds).
func listJoinThe(toks []etok, a, b int) bool {
	if b-1 > a && toks[b-1].low == "the" && toks[b-1].upper {
		b--
	}
	return a < b && listJoin(toks, a, b)
}

// partOfLongerName tells a given name alone that a longer name continues:
// "Ahmed 'Mido' Hossam" (a nickname between), "(Zinedine) Zidane".
func partOfLongerName(toks []etok, a, b int) bool {
	if a > 0 && toks[a-1].low == "(" && b+1 < len(toks) && toks[b].low == ")" && toks[b+1].upper {
		return true
	}
	if b >= len(toks) {
		return false
	}
	open := toks[b].low
	if open != "'" && open != "\"" && open != "(" {
		return false
	}
	closer := open
	if open == "(" {
		closer = ")"
	}
	for k := b + 1; k < len(toks) && k <= b+4; k++ {
		if toks[k].low == closer {
			return k+1 < len(toks) && toks[k+1].upper && toks[k+1].word
		}
	}
	return false
}

// joinedNames tells a hyphenated name whose parts are names of places or
// organisations, or function words: "Turkey-EU" (talks), "Cash-On-Delivery".
func (x *entityExtractor) joinedNames(low string) bool {
	parts := strings.Split(low, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if x.lx.given[p] {
			return false
		}
		if kn, ok := x.lx.known[EntityKeyWord(p)]; ok && kn.typ != EntityPerson || x.lx.notNames[p] {
			return true
		}
	}
	return false
}

// pluralVerbs are the verbs a plural subject takes right after it.
var pluralVerbs = map[string]bool{"are": true, "were": true, "have": true}

// pluralVerb reads a name that is no plural followed by a verb in the
// plural, as British English writes teams, bands and firms: "Aston Villa
// were drawn", "Franz Ferdinand are touring". A person takes "is", "was",
// "has"; names joined by "and" take the plural together.
func (x *entityExtractor) pluralVerb(pt paraToks, a, b int, c *cand) {
	toks := pt.toks
	if b >= len(toks) || !pluralVerbs[toks[b].low] || strings.HasSuffix(toks[b-1].low, "s") || c.personHint || c.personal {
		return
	}
	// No "and" between the sentence's start and the name ("Kelli White
	// and relay star Alvin X have both been banned"), no comma right before.
	if a > 0 && toks[a-1].low == "," {
		return
	}
	sent := pt.p.Tokens[toks[a].a].Sent
	for k := a - 1; k >= 0 && pt.p.Tokens[toks[k].a].Sent == sent; k-- {
		if l := toks[k].low; l == "and" || l == "or" || l == "&" || l == "with" {
			return
		}
	}
	// (A name joined to another has "and" before it, or right after it,
	// where no verb stands: the words tell it without a parse.)
	c.votes[vOrg] += 3
}

// nameHead returns the token of p that heads the name covering the units
// toks[a:b] in the parse (the one whose head lies outside the name), or -1.
func nameHead(p *text.Paragraph, toks []etok, a, b int) int {
	lo, hi := toks[a].a, toks[b-1].b
	for k := lo; k < hi; k++ {
		if h := p.Tokens[k].Head; h < lo || h >= hi {
			return k
		}
	}
	return -1
}

// parsed parses the sentence of the unit toks[a] if it is not yet, and
// tells whether the paragraph is tagged at all.
func parsed(p *text.Paragraph, t etok) bool {
	if !p.Tagged {
		return false
	}
	i := p.Tokens[t.a].Sent
	if !p.Sentences[i].Parsed {
		text.ParseSentence(p, i)
	}
	return p.Sentences[i].Parsed
}

// predicateVerbs are the lemmas after a name that may make it the subject of
// a noun that says what it is: "X is a band", "X was named best TV show".
var predicateVerbs = map[string]bool{"be": true, "name": true, "vote": true, "crown": true, "call": true}

// predicate reads the noun a name is the subject of, in the parse: "Marrow
// Tide is now the best-selling DVD" (a thing), "Veritas is a party" (an
// organisation), "Quill was named best actress" (a person). It parses the
// sentence only when a verb of being or naming follows the name.
func (x *entityExtractor) predicate(pt paraToks, a, b int, c *cand) {
	toks := pt.toks
	trigger, kind := false, false
	for k := b; k < len(toks) && k < b+3 && !trigger; k++ {
		trigger = toks[k].word && predicateVerbs[toks[k].lemma] && (toks[k].pos == text.VERB || toks[k].pos == text.AUX)
	}
	// A kind noun or a role must stand in the words that follow, before
	// the sentence's end: else there is nothing to parse for.
	for k := b; trigger && !kind && k < len(toks) && k < b+10 && toks[k].low != "."; k++ {
		if v, _ := x.kindOf(toks[k].low); v >= 0 && toks[k].word && (!toks[k].upper || toks[k].caps) {
			kind = true
		} else if r, _ := x.roleWord(toks[k].low); r != "" && len(c.words) == 1 {
			kind = true
		}
	}
	trigger = trigger && kind
	// (a given name is a person's whatever the noun: no parse for it)
	if !trigger || c.known || c.personal || !parsed(pt.p, toks[a]) {
		return
	}
	p := pt.p
	h := nameHead(p, toks, a, b)
	if h < 0 || p.Tokens[h].Rel.Base() != text.RelNsubj {
		return
	}
	pred := p.Tokens[h].Head
	if pred < 0 {
		return
	}
	if pt := p.Tokens[pred]; pt.POS == text.VERB && predicateVerbs[pt.Lemma] {
		// "was named best animated TV show": the noun the verb predicates
		// (the word after it too, which the tagger may misread: "TV show").
		s := p.SentenceOf(pred)
		for k := s.Start; k < s.End; k++ {
			if r := p.Tokens[k].Rel.Base(); p.Tokens[k].Head != pred || r != text.RelXcomp && r != text.RelObj {
				continue
			}
			for _, n := range []int{k, k + 1} {
				if n < s.End && p.Tokens[n].Shape == text.ShapeWord && p.Tokens[n].Low == p.Tokens[n].Text {
					if v, plural := x.kindOf(p.Tokens[n].Low); v >= 0 && !plural {
						c.votes[v] += kindWeight
						return
					}
				}
			}
		}
		return
	} else if p.Child(pred, text.RelCop) < 0 {
		return // no "is": "X said" is no predicate
	}
	if p.Tokens[pred].POS != text.NOUN {
		return
	}
	w := p.Tokens[pred].Low
	if v, plural := x.kindOf(w); v >= 0 && !plural {
		c.votes[v] += kindWeight
		return
	}
	// ("Tyndall was to be the leader", but "Miyagi Prefecture is a major
	// producer": a surname alone, rather than a name of two words)
	if kind, plural := x.roleWord(w); kind != "" && !plural && len(c.words) == 1 {
		c.votes[vPerson] += 2
	}
}

// objectInParse reads the name as the object of a verb whose objects are
// things when words stand between them ("driving a red Vauxhall Corsa",
// "sold the firm's new Zeno Pad"): a determiner and adjectives, as the
// tagger reads them, or an object in the parse.
func (x *entityExtractor) objectInParse(pt paraToks, a, b int, c *cand) {
	toks := pt.toks
	verb, plain := -1, true
	for k := a - 1; k >= 0 && k >= a-5; k-- {
		if toks[k].pos == text.VERB {
			if _, ok := x.lx.objectVerbs[toks[k].lemma]; ok {
				verb = k
			}
			break
		}
		if !toks[k].word || toks[k].upper {
			return
		}
		plain = plain && (toks[k].pos == text.DET || toks[k].pos == text.ADJ)
	}
	if verb < 0 || verb == a-1 || c.known {
		return
	}
	typ := voteIndex(x.lx.objectVerbs[toks[verb].lemma])
	if plain && toks[verb+1].pos == text.DET {
		c.votes[typ] += 2
		return
	}
	if !parsed(pt.p, toks[a]) {
		return
	}
	p := pt.p
	if h := nameHead(p, toks, a, b); h >= 0 && p.Tokens[h].Rel.Base() == text.RelObj && p.Tokens[h].Head == toks[verb].b-1 {
		c.votes[typ] += 2
	}
}

// connectedName tells a name that joins words as bodies' names do: with
// "and", "&", "on" or "for" inside, or "of" first.
func connectedName(name string) bool {
	words := strings.Fields(name)
	if len(words) > 0 && words[0] == "of" {
		return true
	}
	for _, w := range words {
		switch w {
		case "and", "&", "on", "for":
			return true
		}
	}
	return false
}

// modifiesPlural tells a name written before a lower-case plural noun that
// heads the phrase, a verb in a tense after it: "Land Registry figures are".
func (x *entityExtractor) modifiesPlural(c *cand) bool {
	toks := x.paras[c.para].toks
	n := c.lastTok + 1
	return n+1 < len(toks) && toks[n].word && !toks[n].upper && toks[n].tag == "NNS" && finiteVerb(toks[n+1])
}

// firmsShortNames joins to an organisation of the article the person
// clusters without a person's evidence (no given name first, no title, no
// role, no "he") that name it more shortly or with a space more: "Krispy
// Kreme said" beside "Shares in Krispy Kreme Doughnuts", "Time Warner said"
// beside "TimeWarner jumped". A firm that speaks is no person.
func (x *entityExtractor) firmsShortNames() {
	for id, cl := range x.clusters {
		if cl.dead || cl.typ != EntityPerson || cl.evidenced() || cl.longest == nil || len(cl.longest.words) < 2 || x.lx.given[cl.longest.words[0]] {
			continue
		}
		words := cl.longest.words
		joined := strings.Join(words, "")
		for oid, o := range x.clusters {
			if oid == id || o.dead || o.typ != EntityOrganization || o.longest == nil {
				continue
			}
			ow := o.longest.words
			prefix := len(ow) > len(words) && slices.Equal(ow[:len(words)], words)
			if !prefix && !(len(ow) == 1 && ow[0] == joined) {
				continue
			}
			for _, c := range cl.cands {
				o.add(c, o.last)
				c.cluster = oid
			}
			cl.dead = true
			break
		}
	}
}
