package entities

import (
	"strings"

	"github.com/briefbot/briefbot/knowledge/article"
	"github.com/briefbot/briefbot/knowledge/text"
)

// affiliations gives each person, once every candidate is typed, the
// organisations the article says the person belongs to: "Danuta Zielonka
// of Wertheim Schroder", "Labour's Paul Flynn".
func (x *entityExtractor) affiliations() {
	type at struct{ para, tok int }
	first, last := map[at]*cand{}, map[at]*cand{}
	for _, c := range x.cands {
		if c.cluster >= 0 {
			first[at{c.para, c.firstTok}] = c
			last[at{c.para, c.lastTok}] = c
		}
	}
	for _, c := range x.cands {
		if c.cluster < 0 || x.clusters[c.cluster].typ != EntityPerson {
			continue
		}
		for _, o := range []*cand{first[at{c.para, c.affTok}], last[at{c.para, c.ownerTok}]} {
			if o != nil && o.cluster >= 0 && o.cluster != c.cluster && x.clusters[o.cluster].typ == EntityOrganization {
				c.affs = appendNew(c.affs, o.name)
			}
		}
	}
}

// appendNew appends s to list unless list holds it.
func appendNew(list []string, s string) []string {
	for _, l := range list {
		if l == s {
			return list
		}
	}
	return append(list, s)
}

// rolePrefixes are written before a role and make another of it
// ("vice-chairman", "co-founder", "ex-minister").
var rolePrefixes = []string{"vice-", "co-", "ex-", "deputy-"}

// roleWord returns the kind of the lower-case word w as a role before or
// beside a name ("role", "office", "rank", or "team" for "duo", "pair"),
// or ""; plural is true when w is the plural of a role ("actors").
func (x *entityExtractor) roleWord(w string) (kind string, plural bool) {
	switch k := x.lx.titles[titleKey(w)]; k {
	case "role", "office", "rank", "team":
		return k, false
	}
	// "law professor Anthony X": an honorific the titles also list as a
	// lower-case job is that job in lower case.
	if x.lx.lowerRole[w] {
		return "role", false
	}
	// "vice-chairman", "co-founder", "ex-minister": a prefix on a role.
	for _, p := range rolePrefixes {
		if r, ok := strings.CutPrefix(w, p); ok {
			return x.roleWord(r)
		}
	}
	if sing := x.singularRole(w); sing != w {
		switch k := x.lx.titles[titleKey(sing)]; k {
		case "role", "office", "rank":
			return k, true
		}
	}
	return "", false
}

// singularRole returns the singular of w, a plural role ("actors",
// "coaches", "ex-ministers"), as the titles know it, or w itself.
func (x *entityExtractor) singularRole(w string) string {
	for _, p := range rolePrefixes {
		if strings.HasPrefix(strings.ToLower(w), p) {
			return w[:len(p)] + x.singularRole(w[len(p):])
		}
	}
	for _, sing := range []string{strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es")} {
		if len(sing) < len(w) && len(sing) > 2 {
			switch x.lx.titles[titleKey(strings.ToLower(sing))] {
			case "role", "office", "rank":
				return sing
			}
		}
	}
	return w
}

// listContinues tells whether a list of names goes on at token k: "and" or
// "or", or a comma before another name ("analysts Ann X, Bea Y and ..."),
// not a comma that closes an opening phrase ("According to consultants
// Acme Research, sales fell").
func listContinues(toks []etok, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].low {
	case "and", "or":
		return true
	case ",":
		return k+1 < len(toks) && toks[k+1].word && toks[k+1].upper
	}
	return false
}

// roleBefore takes a lower-case role before a name: "analyst Kamaran
// Palani", "Arsenal vice-chairman David Dein", "Hollywood actors Samuel L
// Jackson and Ben Stiller", "Scotland duo Gordon Bulloch and Chris Cusiter".
func (x *entityExtractor) roleBefore(pt paraToks, a int, c *cand) {
	toks := pt.toks
	// "Marsh's new chief executive, Michael X, is ...": a firm's role
	// and a comma before a name that a comma closes; the role is read as
	// if it stood right before the name, and only with the possessive.
	commaOwned := false
	if a >= 4 && toks[a-1].low == "," && c.lastTok+1 < len(toks) && toks[c.lastTok+1].low == "," && toks[a-2].word && !toks[a-2].upper {
		commaOwned = true
		a--
	}
	if a == 0 || !toks[a-1].word || toks[a-1].upper {
		return
	}
	kind, plural := x.roleWord(toks[a-1].low)
	// "The film stars Paul X": the verb after a lower-case subject.
	verb := toks[a-1].pos == text.VERB && a >= 2 && toks[a-2].word && !toks[a-2].upper
	// "The psychological drama stars Paul X": the verb, though the tagger
	// reads a plural noun after a work's kind.
	if toks[a-1].low == "stars" && a >= 2 && toks[a-2].word && !toks[a-2].upper {
		if v, pl := x.kindOf(toks[a-2].low); v == vThing && !pl {
			verb = true
		}
	}
	// "a film to star Tom X", "she will star Ann Y": a role word after
	// "to" or a modal is the verb.
	// ("wrote to editor Jim X": a noun after the preposition.)
	if a >= 2 && !plural && (toks[a-2].low == "to" && x.infinitiveTo(toks, a-2) || toks[a-2].pos == text.AUX && toks[a-2].tag == "MD") {
		verb = true
	}
	if kind == "" || c.votes[vOrg] >= 3 || c.votes[vPlace] >= 3 || verb || commaOwned && (plural || kind == "team") {
		return // "lead manager Shearson Lehman Brothers Inc" is a firm
	}
	// "industry analysts Screen Digest": people by their trade before one
	// name that is no person's are a firm of them.
	if plural && !listContinues(toks, c.lastTok+1) {
		// "… comics, stars Reeves as an exorcist": the surname of a
		// person named before is that person, after a verb read as a
		// plural.
		if !x.surnameOfNamed(c) {
			c.votes[vOrg] += 4
		}
		return
	}
	// "Hamas deputy leader Yahya X", "Pentagon press secretary John X": the
	// lower-case words of the role, and the name of an organisation before them.
	r := a - 1
	// "third seed X", "second seed Y": an ordinal right before the role
	// word is the role's.
	// (nothing before the ordinal: "Haas overcame eighth seed X")
	ordinal := r > 0 && r == a-1 && ordinalWords[toks[r-1].low]
	if ordinal {
		r--
	}
	for !ordinal && r > 0 && r > a-4 && toks[r-1].word && !toks[r-1].upper && !x.lx.notNames[toks[r-1].low] &&
		// "he was confident shadow home secretary X": an adjective after
		// "be" says something of the subject, not of the role
		!(toks[r-1].pos == text.ADJ && r >= 2 && toks[r-2].pos == text.AUX) &&
		(x.isTitleWord(toks[r-1].low) || x.modifierPOS(toks[r-1]) || r >= 2 && x.isTitleWord(toks[r-2].low) && x.insideRole(toks, r-1) || (x.lx.groupMods[toks[r-1].low] || x.lx.common[toks[r-1].low]) &&
			x.lx.before[toks[r-1].low].typ == "" && x.lx.after[toks[r-1].low].typ == "") {
		r--
	}
	// "Corry backs skipper Robinson", "Smith hails coach Jones": a verb
	// of the present after a capitalised subject, which a headline writes
	// without "has" and the tagger may read as a plural noun, is no word
	// of the role; the name before it is the subject, no body.
	if r < a-1 && r > 0 && x.subjectsVerb(pt, r) {
		r++
	}
	// "60m champion X": the number a unit is written against belongs to
	// the role.
	numbered := r > 0 && r < a-1 && toks[r-1].e == toks[r].s && strings.Trim(toks[r-1].low, "0123456789,.") == ""
	if numbered {
		r--
	}
	// "Chief executive John X", "Shadow chancellor Oliver X": capitalised
	// title words belong to the role.
	for r > 0 && toks[r-1].upper && x.isTitleWord(toks[r-1].low) {
		r--
	}
	// "Public accounts committee chairman Edward X": an adjective of
	// English that opens the sentence before lower-case words of a role
	// is the role's first word, no body's name (no known name, no
	// nationality, no given name).
	if !numbered && r > 0 && r < a-1 && toks[r-1].sent && toks[r-1].upper && !toks[r-1].caps && toks[r-1].pos == text.ADJ && text.Known(toks[r-1].low) &&
		!x.lx.given[toks[r-1].low] && x.lx.demAdj[toks[r-1].low] == "" && !x.lx.knownFirst[EntityKeyWord(toks[r-1].low)] {
		if _, known := x.lx.known[EntityKeyWord(toks[r-1].low)]; !known {
			r--
		}
	}
	// "the best actress Oscar", "his best director Bafta": an award's
	// category, no one's role.
	if r > 0 && toks[r-1].low == "best" || toks[r].low == "best" {
		return
	}
	// "how good a prime minister Gary X will make", "too weak a leader
	// Ann Y would be": a role after an adjective put before "a" is
	// weighed, no role the person holds.
	if r >= 3 && (toks[r-1].low == "a" || toks[r-1].low == "an") && toks[r-2].pos == text.ADJ && toks[r-3].pos == text.ADV {
		return
	}
	if commaOwned && !(r > 1 && toks[r-1].poss && toks[r-2].upper) {
		return
	}
	if kind != "team" {
		role := pt.text[toks[r].s:toks[a-1].e]
		if plural {
			// "backing singers Ann X and Bea Y": each is a backing
			// singer; the plural names the group, no one's role.
			role = pt.text[toks[r].s:toks[a-1].s] + x.singularRole(pt.text[toks[a-1].s:toks[a-1].e])
		}
		c.roles = append(c.roles, role)
	}
	c.votes[vPerson] += 4
	c.personHint = true
	c.shared = plural || kind == "team"
	// "Home Affairs spokesman X", "Conservative Health spokesman X",
	// "Education minister X": a portfolio written capitalised before a
	// spokesman's or a minister's job is the role's, no body; the name it
	// was read as founds no entity, and a party before it stays.
	if p := x.portfolioStart(toks, r); p < r && !plural && kind != "team" && portfolioRole(toks[a-1].low) {
		if n := len(c.roles); n > 0 {
			c.roles[n-1] = pt.text[toks[p].s:toks[r].s] + c.roles[n-1]
		}
		for k := len(x.cands) - 1; k >= 0 && x.cands[k].para == pt.idx; k-- {
			if o := x.cands[k]; o != c && o.lastTok == r-1 {
				o.modifier = true
			}
		}
		r = p
	}
	switch {
	case numbered:
		// "Olympic 10,000m champion X": the event's words before the
		// distance are no organisation of his
	case r > 0 && toks[r-1].upper && !x.lx.notNames[toks[r-1].low]: // "on 26 November singer X"
		s := r - 1
		for s > 0 && (toks[s-1].upper || x.lx.particles[toks[s-1].low]) && !toks[s].sent {
			s--
		}
		// "Bank of England governor Mervyn X": the body's name goes on
		// before "of", when the whole is a name the gazetteers know or
		// one read as a name already; so does a firm's before "and" and
		// the legal form that ends it ("Kidder Peabody and Co analyst X",
		// "AT and T chairman X"; but "Free and Bad Company singer X" sings
		// with one band).
		andFirm := s >= 2 && toks[s-1].low == "and" && (x.lx.legal[EntityKeyWord(toks[r-1].low)] && !x.lx.orgAlone[toks[r-1].low] || s == r-1 && toks[s].e-toks[s].s == 1 && s >= 2 && toks[s-2].caps)
		if o := x.ofBodyStart(pt, s); o >= 0 && !andFirm {
			// "Bank of Japan governor X" where "Bank" opens the
			// sentence: the place ends the bank's name
			s = o
		} else if s >= 2 && (toks[s-1].low == "of" || andFirm) && toks[s-2].upper {
			o := s - 2
			for o > 0 && toks[o-1].upper && !toks[o].sent {
				o--
			}
			if andFirm && o >= 2 && toks[o-1].low == "," && toks[o-2].upper && !toks[o].sent {
				o -= 2 // "Kidder, Peabody and Co analyst X"
			}
			for k := o; k <= s-2; k++ {
				if kn, ok := x.lx.known[EntityKey(pt.text[toks[k].s:toks[r-1].e])]; ok && kn.typ == EntityOrganization || x.candSpans(pt, k, r-1) {
					s = k
					break
				}
			}
		}
		for s < r-1 && x.lx.notNames[toks[s].low] && !x.firmFirst(toks, s, r) {
			s++
		}
		// "In-form Leicester centre Ollie X": a hyphened adjective that
		// opens the run says how the person is, no word of the side's
		// name (the affiliation was "In-form Leicester").
		// (not a prefix: "Ex-Downing Street media chief", "Ex-chatshow
		// host" keep their "Ex-", which prefixAffiliation reads). A run
		// made of such adjectives alone names no body: "Oscar-winning
		// director Ang X" (the affiliation was "Oscar-winning").
		for s < r && hyphenedAdjective(pt.text[toks[s].s:toks[s].e]) && x.lx.titles[titleKey(toks[s].low)] == "" && !strings.HasPrefix(toks[s].low, "ex-") {
			s++
		}
		if s == r {
			return
		}
		// "Harlow Brothers (Asia) Ltd economist X": a legal form alone
		// after a bracket ends the firm's name before the bracket, which
		// holds where the unit works; the firm is the affiliation.
		if s == r-1 && x.lx.legal[EntityKeyWord(toks[s].low)] && s >= 4 && toks[s-1].low == ")" {
			if o := bracketOpen(toks, s-1); o >= 1 && toks[o-1].upper {
				f := o - 1
				for f > 0 && toks[f-1].upper && !toks[f].sent {
					f--
				}
				x.prefixAffiliation(pt, f, o, c)
				return
			}
			return
		}
		x.prefixAffiliation(pt, s, r, c)
	case r > 1 && toks[r-1].poss && toks[r-2].upper:
		c.ownerTok = r - 2 // "Nintendo's president Satoru Iwata"
		if x.workTrade(c) && !x.orgNamed(toks, r-2, r-1) {
			// "EastEnders' head writer Tony Jordan": the work's
			c.ownerTok = -1
			x.workOwner(pt, r-2)
		} else if !x.lx.personalRoles[toks[a-1].low] {
			// "Kenteris' lawyer Gregory Ioannidis": people have lawyers
			x.ownerVote(pt, r-2, kind)
		}
	}
}

// subjectsVerb tells whether toks[r], a lower-case word ending in "s"
// that opens the words of a role, is the verb of the capitalised name
// right before it: in a headline ("Corry backs skipper Robinson"), or
// where that name is the surname of a person the article names with a
// given name. No title word ("vice-chairs") and no "-ss" word is one.
func (x *entityExtractor) subjectsVerb(pt paraToks, r int) bool {
	toks := pt.toks
	t, subj := toks[r], toks[r-1]
	if !t.word || t.upper || !subj.word || !subj.upper || !strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "ss") || x.isTitleWord(t.low) {
		return false
	}
	if t.pos != text.NOUN && t.pos != text.VERB {
		return false
	}
	return article.Kind(pt.p.Kind) == article.KindTitle || x.personsSurname(subj.low)
}

// personsSurname tells a word the article writes right after a given name
// ("Corry" of "Martin Corry") that the gazetteers know as no organisation
// and no place: a person's surname. A family's name, written after two
// given names ("Walt Disney", "Roy Disney"), may be its firm's too:
// "Disney director John Bryson".
func (x *entityExtractor) personsSurname(low string) bool {
	if !x.givenSurnames[low] || x.familyNames[low] {
		return false
	}
	kn, known := x.lx.known[EntityKeyWord(low)]
	return !known || kn.typ == EntityPerson
}

// hyphenedAdjective tells a capitalised word whose part after its last
// hyphen is written in lower case: "In-form", "Chart-topping", "Oscar-winning".
func hyphenedAdjective(w string) bool {
	h := strings.LastIndexByte(w, '-')
	return h > 0 && h+1 < len(w) && w[h+1] >= 'a' && w[h+1] <= 'z' && w[0] >= 'A' && w[0] <= 'Z'
}

// ordinalWords are the ordinals that may rank a role: "second seed".
var ordinalWords = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true, "eleventh": true, "twelfth": true}

// portfolioStart returns where the capitalised portfolio words that end
// right before toks[r] start ("Home Affairs", "Shadow Treasury"), or r.
func (x *entityExtractor) portfolioStart(toks []etok, r int) int {
	p := r
	for p > 0 && toks[p-1].upper && !toks[p-1].caps && (x.lx.portfolio[toks[p-1].low] || toks[p-1].low == "affairs" && p >= 2 && x.lx.portfolio[toks[p-2].low]) {
		p--
	}
	// "Shadow Treasury chief secretary X", "Former Education minister X":
	// a title's modifier before the portfolio is the role's too.
	if p < r && p > 0 && toks[p-1].upper && x.lx.titles[titleKey(toks[p-1].low)] == "modifier" {
		p--
	}
	return p
}

// insideRole tells whether toks[m], a lower-case word that is no title,
// stands between a title word and a job word inside one role: "chief
// technology officer", "chief operating officer".
func (x *entityExtractor) insideRole(toks []etok, m int) bool {
	if m < 1 || m+1 >= len(toks) || !toks[m].word || toks[m].upper || x.lx.notNames[toks[m].low] || !x.isTitleWord(toks[m-1].low) || toks[m-1].upper {
		return false
	}
	if t := toks[m].pos; t != text.NOUN && t != text.ADJ && t != text.VERB {
		return false
	}
	n := toks[m+1]
	if !n.word || n.upper {
		return false
	}
	switch x.lx.titles[titleKey(n.low)] {
	case "role", "office", "rank":
		return true
	}
	return false
}

// officeRole tells whether the role c was given last ends in an office or
// a rank ("mayor", "senator", "captain"), no job word; with no role (a
// pair, a team's word: "Scotland duo A and B") it holds too.
func (x *entityExtractor) officeRole(c *cand) bool {
	w := lastRoleWord(c)
	if w == "" {
		return true
	}
	switch x.lx.titles[titleKey(w)] {
	case "office", "rank":
		return true
	}
	return false
}

// sideRole tells whether the role c was given last ends in a side's
// member or post ("scrum-half", "player", "coach").
func (x *entityExtractor) sideRole(c *cand) bool {
	w := lastRoleWord(c)
	return w != "" && x.lx.sideWords[w]
}

// lastRoleWord returns the last word of the role c was given last, in
// lower case, or "".
func lastRoleWord(c *cand) string {
	if len(c.roles) == 0 {
		return ""
	}
	f := strings.Fields(strings.ToLower(c.roles[len(c.roles)-1]))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// firmFirst tells whether toks[s], a word that opens no name or a title's
// modifier ("First"), opens a firm's name toks[s:r] inside a sentence:
// two capitalised words or more after it that a legal form ends ("First
// Boston Corp analyst X"), as the name's reader has it.
func (x *entityExtractor) firmFirst(toks []etok, s, r int) bool {
	if low := toks[s].low; low == "former" || low == "ex" || low == "then" {
		return false // "Former Acme Corp chairman X" held the role
	}
	return r-2 > s && !toks[s].sent && x.lx.legal[EntityKeyWord(toks[r-1].low)] && !x.lx.orgAlone[toks[r-1].low]
}

// bracketOpen returns the "(" that the ")" at toks[close] closes, a few
// tokens back at most (five), or -1.
func bracketOpen(toks []etok, close int) int {
	for m := close - 1; m >= 0 && m >= close-5; m-- {
		switch toks[m].low {
		case "(":
			return m
		case ")":
			return -1
		}
	}
	return -1
}

// modifierPOS tells a word the tagger reads as a noun or an adjective:
// what may qualify a role ("writing partner", "aviation pioneer").
func (x *entityExtractor) modifierPOS(t etok) bool {
	return t.pos == text.NOUN || t.pos == text.ADJ
}

// ownerVote gives the name that ends at toks[last], the owner of a role
// held by a named person ("Gartner's principal analyst Kobita X"), a vote
// for an organisation: people have wives and lawyers, firms analysts.
func (x *entityExtractor) ownerVote(pt paraToks, last int, kind string) {
	if kind != "office" && kind != "role" {
		return
	}
	if t := pt.toks[last]; t.sent && !t.caps && !x.midCaps[t.low] {
		return // "Children's author Judy X"
	}
	for k := len(x.cands) - 1; k >= 0 && x.cands[k].para == pt.idx; k-- {
		if o := x.cands[k]; o.lastTok == last {
			if !o.personal && !o.personHint {
				o.votes[vOrg] += 2
			}
			return
		}
	}
}

// partyOf returns the party a party's adjective names ("Tory" is the
// Conservative Party), or "" for a nation's adjective or none.
func (x *entityExtractor) partyOf(w string) string {
	p := x.lx.demAdj[w]
	if p == "" {
		return ""
	}
	if kn, ok := x.lx.known[EntityKey(p)]; ok && kn.typ != EntityOrganization {
		return ""
	}
	return p
}

// isTitleWord tells a word of the titles that may stand in a role.
func (x *entityExtractor) isTitleWord(w string) bool {
	k := x.lx.titles[titleKey(w)]
	return k != "" && k != "postnominal" && k != "team"
}

// prefixAffiliation reads toks[s:r], capitalised words before a role, as
// what the person belongs to: a party by its adjective ("Tory leader"), a
// club or a side ("Arsenal vice-chairman", "Wales scrum-half"); a
// nationality alone ("South African flanker") is none.
func (x *entityExtractor) prefixAffiliation(pt paraToks, s, r int, c *cand) {
	toks := pt.toks
	// "Former Wimbledon champion": a title's modifier is no affiliation.
	former, s0 := false, s
	// "but former Arsenal striker X": "former" in lower case inside the
	// sentence, right before the side, says the same as "Former" opening it.
	if s >= 1 && s < r && toks[s-1].word && !toks[s-1].upper && toks[s-1].low == "former" && toks[s-1].e < toks[s].s {
		former, s0 = true, s-1
	}
	for s < r && x.lx.titles[titleKey(toks[s].low)] == "modifier" && !x.firmFirst(toks, s, r) {
		former = former || toks[s].low == "former" || toks[s].low == "ex"
		s++
	}
	if s == r {
		return
	}
	// "Former England captain X", "Former Hammers star X": the role was
	// held and the side left; the role keeps its words whole and the side
	// is no affiliation of X's now. "Ex-Labour leader X", "ex-Downing
	// Street media chief X": "ex-" written against the first word says the
	// same as "former" (and leaves no side to vote for).
	exPrefix := strings.HasPrefix(toks[s].low, "ex-")
	if former || exPrefix {
		if n := len(c.roles); n > 0 && r < len(toks) && toks[r].s <= len(pt.text) {
			c.roles[n-1] = pt.text[toks[s0].s:toks[r].s] + c.roles[n-1]
		}
		if !exPrefix {
			if x.workTrade(c) && !x.orgNamed(toks, s, r) {
				x.workVote(pt, s, r) // "former Grange Hill actress X": a show, no side
			} else {
				x.sideVote(pt, s, r)
			}
		}
		return
	}
	if r-s == 1 {
		if p := x.lx.demAdj[toks[s].low]; p != "" {
			// A party's adjective names the party; a nation's, a nationality.
			if party := x.partyOf(toks[s].low); party != "" {
				c.affs = append(c.affs, party)
			}
			return
		}
	}
	// "Corry skipper Robinson": the surname of a person the article names
	// with a given name ("Martin Corry") is that person, no body the
	// person after the role belongs to.
	if r-s == 1 && x.personsSurname(toks[s].low) {
		return
	}
	// "Banned American sprinter X": words before a nation's adjective
	// describe the person; a nationality is no affiliation.
	if r-s > 1 && x.lx.demAdj[toks[r-1].low] != "" && x.partyOf(toks[r-1].low) == "" && x.lx.known[EntityKey(pt.text[toks[s].s:toks[r-1].e])].typ == "" {
		return
	}
	name := pt.text[toks[s].s:toks[r-1].e]
	kn, known := x.lx.known[EntityKey(name)]
	if r-s == 1 && !known && !toks[s].caps && (toks[s].sent && !x.midCaps[toks[s].low] || x.lx.thingWords[toks[s].low] && !x.lx.orgHeads[toks[s].low]) {
		return // "Independent film-maker", "Minority leader", "World champion"
	}
	// "Festival director X" where the article writes "the festival": a
	// common noun that starts the sentence names no organisation.
	if r-s == 1 && !known && !toks[s].caps && toks[s].sent && x.lowerSeen[toks[s].low] {
		return
	}
	if !known && x.workTrade(c) && !x.orgNamed(toks, s, r) {
		x.workVote(pt, s, r)
		return
	}
	if known && kn.typ == EntityPlace {
		// A country's side, or a place's office ("London mayor", "Ohio
		// senator"); outside sport a town before a job is where the
		// person works, no affiliation ("New York investor X", "London
		// teacher X").
		if x.sportish() || x.officeRole(c) || x.sideRole(c) {
			c.sides = append(c.sides, name)
		}
	} else {
		c.affs = append(c.affs, name)
		x.sideVote(pt, s, r)
	}
	if s > 1 && toks[s-1].poss && toks[s-2].upper {
		c.ownerTok = s - 2 // "Leicester's England centre Ollie Smith"
	}
}

// shareRoles gives the names listed after a person with a shared role the
// same role and affiliations: "Hollywood actors Samuel L Jackson and Ben
// Stiller", "fellow Springboks John Smit, Cobus Visagie and Victor
// Matfield". para holds the paragraph's candidates in order.
func (x *entityExtractor) shareRoles(pt paraToks, para []*cand) {
	toks := pt.toks
	for i, c := range para {
		if !c.shared {
			continue
		}
		prev := c
		for _, o := range para[i+1:] {
			if o.firstTok <= prev.lastTok {
				continue
			}
			if !listJoin(toks, prev.lastTok+1, o.firstTok) || o.known || o.group || len(o.roles) > 0 ||
				c.kind < 0 && (o.votes[vOrg] >= 3 || o.votes[vPlace] >= 3) {
				break
			}
			if c.kind >= 0 {
				o.votes[c.kind] += kindWeight // "firms such as Acme, Bolt and Cray"
				o.personHint = o.personHint || c.kind == vPerson && c.personHint
			} else {
				o.roles = append(o.roles, c.roles...)
				o.affs = append(o.affs, c.affs...)
				o.sides = append(o.sides, c.sides...)
				o.votes[vPerson] += 4
				o.personHint = true
			}
			prev = o
		}
	}
}

// shareKindBack gives the names listed before a name followed by a place
// noun in the plural the same kind: "Ben Tre, Tra Vinh and Soc Trang
// provinces".
func (x *entityExtractor) shareKindBack(pt paraToks, para []*cand) {
	for i := len(para) - 1; i >= 0; i-- {
		c := para[i]
		if !c.pluralKindAfter {
			continue
		}
		next := c
		for j := i - 1; j >= 0; j-- {
			o := para[j]
			if o.lastTok >= next.firstTok {
				continue
			}
			if !listJoin(pt.toks, o.lastTok+1, next.firstTok) || o.group {
				break
			}
			o.votes[vPlace] += 3
			next = o
		}
	}
}

// listJoin tells whether toks[a:b] joins two items of a list: ",", "and",
// ", and".
func listJoin(toks []etok, a, b int) bool {
	switch b - a {
	case 1:
		return toks[a].low == "," || toks[a].low == "and"
	case 2:
		return toks[a].low == "," && toks[a+1].low == "and"
	}
	return false
}

// sideVote gives the name toks[s:r], which a person leads, coaches or plays
// for, or did, a vote for an organisation, unless the gazetteer knows it
// as a place.
func (x *entityExtractor) sideVote(pt paraToks, s, r int) {
	if kn, known := x.lx.known[EntityKey(pt.text[pt.toks[s].s:pt.toks[r-1].e])]; known && kn.typ == EntityPlace {
		return
	}
	for k := len(x.cands) - 1; k >= 0 && x.cands[k].para == pt.idx; k-- {
		if o := x.cands[k]; o.firstTok == s && o.lastTok == r-1 {
			o.votes[vOrg] += 3
			break
		}
	}
}

// appositive reads what stands after a name and a comma as a role: ", the
// SDF commander,", ", senior adviser on mobile media at Acme's lab", and
// the organisation it names as an affiliation.
func (x *entityExtractor) appositive(pt paraToks, comma int, c *cand) {
	toks := pt.toks
	k := comma + 1
	if k >= len(toks) {
		return
	}
	det := false
	switch toks[k].low {
	case "the", "a", "an", "his", "her", "its", "their":
		det = true
		k++
	}
	// "the WFP's country director": the owner of the role is an affiliation.
	var owner string
	if det && k < len(toks) && toks[k].upper {
		if e := x.runEnd(toks, k); e > k && e < len(toks) && toks[e].poss {
			owner = pt.text[toks[k].s:toks[e-1].e]
			k = e + 1
		}
	}
	// "Eric X, Wanadoo's chief executive, said": a name and its possessive
	// before lower-case words own the role as "the" would.
	ownedBare := false
	if !det && k < len(toks) && toks[k].upper && !toks[k].sent {
		if e := x.runEnd(toks, k); e > k && e+1 < len(toks) && toks[e].poss && toks[e+1].word && !toks[e+1].upper {
			owner = pt.text[toks[k].s:toks[e-1].e]
			k = e + 1
			det, ownedBare = true, true
		}
	}
	start := k
	roleEnd := -1
	prep := false // a preposition read after the role word
	for m := start; m < len(toks) && m < start+7; m++ {
		t := toks[m]
		if t.poss && roleEnd < 0 && det {
			start = m + 1 // "the army's spokesman"
			continue
		}
		if !t.word {
			break
		}
		kind := x.lx.titles[titleKey(t.low)]
		if !t.upper && x.lx.lowerRole[t.low] {
			kind = "role" // "a professor at Y"
		}
		if !t.upper && (kind == "role" || kind == "office" || kind == "rank") {
			// "a research director at analyst firm Gartner": after the
			// role's preposition, a job word before a lower-case noun
			// says what kind of body it is, no part of the role.
			if n := m + 1; prep && n < len(toks) && toks[n].word && !toks[n].upper && x.lx.titles[titleKey(toks[n].low)] == "" && toks[n].pos == text.NOUN {
				continue
			}
			roleEnd = m
		}
		if roleEnd >= 0 && (t.low == "of" || t.low == "for" || t.low == "at") {
			prep = true
		}
		if roleEnd >= 0 && !t.upper && kind == "" && t.low != "of" && t.low != "for" && t.low != "at" && t.low != "the" && !x.insideRole(toks, m) {
			break
		}
		// Without a determiner, only the words of a role lead to it:
		// "standards and regulatory liaison", not "who", "said".
		if !det && roleEnd < 0 && (t.upper || x.lx.notNames[t.low] && t.low != "and" || x.lx.after[t.low].typ != "") {
			return
		}
	}
	// "..., lead manager Carrow Brothers said": the role of the name after it.
	if roleEnd < 0 || roleEnd+1 < len(toks) && toks[roleEnd+1].upper || c.votes[vOrg] >= 3 || c.votes[vPlace] >= 3 {
		return
	}
	// (with a bare possessive, the role word ends the phrase, "West
	// Germany's four major banking associations" holds none, and a name
	// after it and a comma is the role's: "Acme's chairman, John X")
	if ownedBare {
		if n := roleEnd + 1; !phraseEnds(toks, n) && toks[n].low != "of" && toks[n].low != "for" && toks[n].low != "at" ||
			n+1 < len(toks) && toks[n].low == "," && toks[n+1].upper {
			return
		}
		// ("The Aviator, Martin X's biopic of aviation pioneer Y": the
		// words lead to the role straight, with no work's kind and no "of")
		for m := start; m < roleEnd; m++ {
			if v, _ := x.kindOf(toks[m].low); toks[m].pos == text.NUM || v == vThing || toks[m].low == "of" || toks[m].low == "for" || toks[m].low == "at" {
				return
			}
		}
	}
	end := roleEnd
	affs := len(c.affs)
	// "a spokesman for the UN High Commissioner": the organisation is part of it.
	if m := roleEnd + 1; m < len(toks) && (toks[m].low == "for" || toks[m].low == "of" || toks[m].low == "at") {
		n := m + 1
		if n < len(toks) && toks[n].low == "the" {
			n++
		}
		if n < len(toks) && toks[n].upper {
			e := x.runEnd(toks, n)
			if g := x.afterPossessive(toks, e); g > 0 && x.lx.known[EntityKey(pt.text[toks[n].s:toks[e-1].e])].typ == EntityPlace {
				// "the founder of India's Percept Films", "chief
				// executive of Britain's biggest grocer Tesco": the body
				// after a place's possessive is the affiliation, the job
				// alone the role (not "founder of India"); a body's
				// possessive keeps the body ("chief of FAO's Early
				// Warning System").
				c.affs = append(c.affs, pt.text[toks[g].s:toks[x.runEnd(toks, g)-1].e])
			} else if f, g := x.basedFirm(pt, e); f > 0 {
				// "president of Palo Alto, Calif.-based Quorum",
				// "chairman of London-based Pembry": the place is the
				// firm's seat; the firm is the affiliation.
				c.affs = append(c.affs, pt.text[toks[f].s:toks[g-1].e])
			} else if g := x.afterNationality(toks, n); g > 0 {
				// "head of the Japanese trade group Renmei": the name
				// after a nationality and a kind is the affiliation
				c.affs = append(c.affs, pt.text[toks[g].s:toks[x.runEnd(toks, g)-1].e])
			} else if f := lowerNounsEnd(toks, e); f > e {
				// "head of the OCHA office", "a spokesman for the
				// Ukrainian navy": the name qualifies what the role is
				// held at
				if e > n && x.lx.demAdj[toks[n].low] == "" {
					c.affs = append(c.affs, pt.text[toks[n].s:toks[e-1].e])
				}
				end = f - 1
			} else if f := unitEnd(toks, e+1); e > n && e < len(toks) && toks[e].poss && f > e+1 && phraseEnds(toks, f) {
				// "director of the Conference Board's consumer research
				// centre", "chief of OMB's agricultural branch": the role
				// goes on to the unit after the body's possessive (it was
				// "director of the Conference Board"); the body is the
				// affiliation, a place none.
				if kn := x.lx.known[EntityKey(pt.text[toks[n].s:toks[e-1].e])]; kn.typ != EntityPlace && x.lx.demAdj[toks[n].low] == "" {
					c.affs = append(c.affs, pt.text[toks[n].s:toks[e-1].e])
				}
				end = f - 1
			} else if e > n {
				c.affs = append(c.affs, pt.text[toks[n].s:toks[e-1].e])
				end = e - 1
			}
		} else if f := nounRunEnd(toks, n, true); f > n && toks[m].low != "at" && phraseEnds(toks, f) {
			// "head of gas market research", "director for emerging
			// markets"; but "editor of trade magazine Reel Trade" names
			// the organisation (below); a participle inside the run is
			// the run's ("chair of the adult judging panel" was cut to
			// "chair of the adult")
			end = f - 1
			// "head of the group's international marketing operations",
			// "chairman of the president's Council of Economic Advisers":
			// the role goes on past the possessive to the unit or the
			// body it names (it was "head of the group"); a body named
			// is the affiliation.
			if f < len(toks) && toks[f].poss {
				if g := unitEnd(toks, f+1); g > f+1 && phraseEnds(toks, g) {
					end = g - 1
				} else if g := f + 1; g < len(toks) && toks[g].upper && !toks[g].sent {
					if r := x.runEnd(toks, g); r > g {
						c.affs = append(c.affs, pt.text[toks[g].s:toks[r-1].e])
						end = r - 1
					}
				}
			}
		}
	}
	if len(c.affs) == affs {
		// "the news editor of trade magazine Screen International", "senior
		// adviser on mobile media at Acme's lab": the organisation further on.
		if aff := x.appositionOrg(toks, end+1); aff > 0 {
			if e := x.runEnd(toks, aff); e > aff {
				c.affs = append(c.affs, pt.text[toks[aff].s:toks[e-1].e])
			}
		}
	}
	// "Also in Gateshead, the prime minister took questions": a role with
	// a verb of its own right after it is the subject of the next clause,
	// no apposition to the name before the comma.
	if f := end + 1; toks[comma+1].low == "the" && end == roleEnd && f < len(toks) && finiteVerb(toks[f]) {
		c.affs = c.affs[:affs]
		return
	}
	role := pt.text[toks[start].s:toks[end].e]
	// Capitalised words before the role word name an organisation: "the SDF commander".
	if roleEnd > start && toks[start].upper {
		m := start
		for m < roleEnd && toks[m].upper {
			m++
		}
		// ("a QC and law lecturer": a post-nominal is a rank, no body)
		if m > start && x.lx.demAdj[toks[start].low] == "" && !(m-start == 1 && x.lx.titles[titleKey(toks[start].low)] == "postnominal") {
			c.affs = append(c.affs, pt.text[toks[start].s:toks[m-1].e])
		}
	}
	c.roles = append(c.roles, role)
	if owner != "" {
		c.affs = append(c.affs, owner)
	}
	c.votes[vPerson] += 3
	c.personHint = true
}

// afterPossessive reads the possessive at toks[e], after a capitalised
// name, and up to three lower-case adjectives and nouns after it ("India's
// Percept Films", "Britain's biggest grocer Tesco"), and returns where the
// capitalised name they lead to starts, or 0.
func (x *entityExtractor) afterPossessive(toks []etok, e int) int {
	if e <= 0 || e >= len(toks) || !toks[e].poss {
		return 0
	}
	g := e + 1
	for g < len(toks) && g <= e+3 && toks[g].word && !toks[g].upper && (toks[g].pos == text.ADJ || toks[g].pos == text.NOUN) {
		g++
	}
	if g >= len(toks) || !toks[g].upper || toks[g].sent || x.runEnd(toks, g) <= g {
		return 0
	}
	return g
}

// basedFirm reads "-based" written against the place that ends at
// toks[e-1], or against a state's abbreviation after a comma ("Palo Alto,
// Calif.-based"), and returns the capitalised name after it, the firm
// seated there, as toks[f:g], or 0, 0.
func (x *entityExtractor) basedFirm(pt paraToks, e int) (f, g int) {
	toks := pt.toks
	if e <= 0 || e >= len(toks) {
		return 0, 0
	}
	from := toks[e-1].e
	rest := pt.text[from:]
	if len(rest) > 30 {
		rest = rest[:30]
	}
	i := strings.Index(rest, "-based ")
	if i < 0 {
		return 0, 0
	}
	if i > 0 {
		// ", Calif.": a comma and one capitalised word before "-based"
		seat := rest[:i]
		if !strings.HasPrefix(seat, ", ") || strings.ContainsAny(seat[2:], " ,") || len(seat) < 3 || seat[2] < 'A' || seat[2] > 'Z' {
			return 0, 0
		}
	}
	after := from + i + len("-based ")
	for m := e; m < len(toks) && m < e+6; m++ {
		if toks[m].s < after {
			continue
		}
		if !toks[m].upper || !toks[m].word {
			return 0, 0
		}
		if g := x.runEnd(toks, m); g > m {
			return m, g
		}
		return 0, 0
	}
	return 0, 0
}

// afterNationality reads a nation's adjective at toks[n] and one to three
// lower-case nouns after it ("Japanese business group") and returns the
// capitalised name right after them, or 0: the body of that kind.
func (x *entityExtractor) afterNationality(toks []etok, n int) int {
	if n >= len(toks) || x.lx.demAdj[toks[n].low] == "" || x.partyOf(toks[n].low) != "" || n+1 < len(toks) && toks[n+1].upper {
		return 0
	}
	f := lowerNounsEnd(toks, n+1)
	if f == n+1 || f-n-1 > 3 || f >= len(toks) || !toks[f].word || !toks[f].upper || toks[f-1].pos != text.NOUN {
		return 0
	}
	if kn, ok := x.lx.known[EntityKeyWord(toks[f].low)]; ok && kn.typ == EntityPlace {
		return 0
	}
	return f
}

// appositionOrg finds, in the rest of an apposition from toks[k], the
// organisation a role is held at: "of|for|at|with" [the], up to three
// lower-case words, then a capitalised name. It returns the name's first
// token, or 0.
func (x *entityExtractor) appositionOrg(toks []etok, k int) int {
	for m := k; m < len(toks) && m < k+8; m++ {
		t := toks[m]
		if !t.word {
			return 0 // the apposition ends at a comma or a stop
		}
		switch t.low {
		case "of", "for", "at", "with":
		default:
			continue
		}
		n := m + 1
		if n < len(toks) && toks[n].low == "the" {
			n++
		}
		for l := 0; l < 3 && n < len(toks) && toks[n].word && !toks[n].upper && !x.lx.notNames[toks[n].low]; l++ {
			n++
		}
		if n < len(toks) && toks[n].upper && !toks[n].caps || n < len(toks) && toks[n].caps {
			if kn, ok := x.lx.known[EntityKeyWord(toks[n].low)]; ok && kn.typ == EntityPlace {
				return 0 // "of Cibolo, Texas" is where, not what
			}
			if x.lx.demAdj[toks[n].low] != "" && x.partyOf(toks[n].low) == "" {
				// "head of top Japanese business group Keidanren": a
				// nationality is no organisation; the name after it is
				return x.afterNationality(toks, n)
			}
			return n
		}
		return 0
	}
	return 0
}

// lowerNounsEnd returns the end of the run of at most four lower-case
// adjectives and nouns from toks[k] that ends on a noun ("gas market
// research", "navy"), or k when there is none. Untagged text has none.
func lowerNounsEnd(toks []etok, k int) int { return nounRunEnd(toks, k, false) }

// nounRunEnd returns the end of the run of at most four lower-case words
// from toks[k] that ends on a noun, the words before it adjectives (and
// participles, when participles is set: "fixed line division"), or k.
func nounRunEnd(toks []etok, k int, participles bool) int {
	end := k
	for m := k; m < len(toks) && m < k+4; m++ {
		t := toks[m]
		if !t.word || t.upper {
			break
		}
		if t.pos == text.NOUN {
			end = m + 1
		} else if t.pos != text.ADJ && (!participles || t.tag != "VBN" && t.tag != "VBG") {
			break
		}
	}
	return end
}

// phraseEnds tells whether a noun phrase ends before toks[k]: at the end,
// a comma or a stop, a preposition, a verb or a conjunction.
func phraseEnds(toks []etok, k int) bool {
	if k >= len(toks) || !toks[k].word {
		return true
	}
	switch toks[k].pos {
	case text.ADP, text.VERB, text.AUX, text.CCONJ:
		return !toks[k].upper
	}
	return false
}

// finiteVerb tells a lower-case verb in a tense ("took", "says", "will"), as
// the tagger reads it.
func finiteVerb(t etok) bool {
	if !t.word || t.upper {
		return false
	}
	switch t.tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// surnameOfNamed tells a name of one word that is the last word of a name
// of two words or more, given a first name or a title, read before it in
// the article ("Reeves" after "Keanu Reeves").
func (x *entityExtractor) surnameOfNamed(c *cand) bool {
	if len(c.words) != 1 {
		return false
	}
	for _, o := range x.cands {
		if n := len(o.words); n >= 2 && o.words[n-1] == c.words[0] && (o.personal || o.personHint) {
			return true
		}
	}
	return false
}

// workTrade tells whether the role c was given last is a trade of works:
// "director", "head writer".
func (x *entityExtractor) workTrade(c *cand) bool {
	if len(c.roles) == 0 {
		return false
	}
	f := strings.Fields(strings.ToLower(c.roles[len(c.roles)-1]))
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	return x.lx.workTrades[w] || x.lx.screenTrades[w] && x.screenArticle()
}

// screenArticle tells whether the article's body is about films or
// television: three words of the screen table or more, two of them
// different.
func (x *entityExtractor) screenArticle() bool {
	if x.screen[0] < 0 {
		x.screen[0], x.screen[1] = x.bodyWords(x.lx.screenWords)
	}
	return x.screen[0] >= 3 && x.screen[1] >= 2
}

// orgNamed tells whether toks[s:r] look like an organisation's name of
// their own: an acronym, an organisation's head word, a legal suffix.
func (x *entityExtractor) orgNamed(toks []etok, s, r int) bool {
	for k := s; k < r; k++ {
		if toks[k].caps || x.lx.orgHeads[toks[k].low] || x.lx.legal[EntityKeyWord(toks[k].low)] {
			return true
		}
	}
	return false
}

// workVote gives the name toks[s:r], written before a trade of works, a
// thing's vote: "Cold Mountain director X" names a film.
func (x *entityExtractor) workVote(pt paraToks, s, r int) {
	for k := len(x.cands) - 1; k >= 0 && x.cands[k].para == pt.idx; k-- {
		if o := x.cands[k]; o.firstTok == s && o.lastTok == r-1 {
			o.votes[vThing] += kindWeight
			return
		}
	}
}

// workOwner gives the name that ends at toks[last], owner of a trade of
// works ("EastEnders' head writer X"), a thing's vote.
func (x *entityExtractor) workOwner(pt paraToks, last int) {
	for k := len(x.cands) - 1; k >= 0 && x.cands[k].para == pt.idx; k-- {
		if o := x.cands[k]; o.lastTok == last {
			if !o.known && !o.personal && !o.personHint {
				o.votes[vThing] += kindWeight
			}
			return
		}
	}
}

// candSpans tells whether a candidate of the paragraph spans toks[a..last].
func (x *entityExtractor) candSpans(pt paraToks, a, last int) bool {
	for k := len(x.cands) - 1; k >= 0 && x.cands[k].para == pt.idx; k-- {
		if o := x.cands[k]; o.firstTok == a && o.lastTok == last {
			return true
		}
	}
	return false
}

// infinitiveTo tells whether the "to" at toks[k] marks an infinitive, as
// the tagger says, or as the word before it ("is to", "set to", "about
// to", or a work's kind in a headline: "Film to star X") says of a role
// word that is also a verb (infinitive_to.txt); after other words ("wrote
// to editor X", "due to coach X leaving") or before a role no one does to
// a person ("is going to director X") it is a preposition.
func (x *entityExtractor) infinitiveTo(toks []etok, k int) bool {
	if k+1 < len(toks) && toks[k+1].pos == text.VERB {
		return true
	}
	if k == 0 || !toks[k-1].word || k+1 >= len(toks) || !x.lx.roleVerbs[toks[k+1].low] {
		return false
	}
	w := toks[k-1].low
	v, plural := x.kindOf(w)
	return x.lx.toBefore[w] || v == vThing && !plural
}

// unitEnd returns the end of the lower-case words from toks[k] that name
// a unit after a body's possessive, or k: up to four adjectives, participles
// and nouns that end on a noun ("fixed line division", "credit
// department"), and an "of" with more of them ("division of market
// regulation").
func unitEnd(toks []etok, k int) int {
	end := nounRunEnd(toks, k, true)
	if end > k && end+1 < len(toks) && toks[end].low == "of" {
		if f := lowerNounsEnd(toks, end+1); f > end+1 {
			return f
		}
	}
	return end
}
