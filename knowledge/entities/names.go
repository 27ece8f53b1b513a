package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge/text"
)

// run cuts the capitalised run toks[i:j] into pieces at words that are no
// names ("The", "Monday", a sentence's first word that is common) and reads
// each piece.
func (x *entityExtractor) run(pt paraToks, i, j int) {
	toks := pt.toks
	// "Operation Inherent Resolve", "Six Nations": the whole run names no entity.
	if x.lx.notEntityAt(toks[i].low, "first") {
		return
	}
	// "WHO WAS OSCAR": a line in capitals inside the text is a heading.
	if j-i >= 2 {
		caps, common := 0, false
		for k := i; k < j; k++ {
			if toks[k].caps {
				caps++
				common = common || (x.lx.notNames[toks[k].low] || x.lx.common[toks[k].low]) && x.lx.titles[titleKey(toks[k].low)] == ""
			}
		}
		if caps == j-i && common {
			return
		}
	}
	// "A Very Long Engagement", "This Is Spinal Tap": a function word
	// written capitalised inside the run makes it the title of a work.
	// (but "The All India Women's Party" is a party's, "Never Again
	// MSD" a movement's)
	for k := i + 1; k+1 < j; k++ {
		// ("Gangs Of New York", "Tales Of London Town": a preposition
		// too, but "For" holds names together: "USA For Africa", and one
		// before a title is the office's: "Treasury Under Secretary X")
		if t := toks[k]; t.upper && x.lx.notNames[t.low] && !t.caps && !toks[j-1].caps && (t.pos == text.DET || t.pos == text.AUX || t.pos == text.ADV || t.pos == text.PRON ||
			t.pos == text.ADP && t.low != "for" && x.titleAt(toks, k+1, j) == 0) {
			if x.knownAt(pt, i, j) == 0 && !x.hasOrgHead(toks, i, j) {
				return
			}
		}
	}
	// "the novels Airport and In High Places": a preposition written
	// capitalised inside a sentence opens the title of a work (but "For"
	// opens parties' names: "For Social Democracy").
	if t := toks[i]; j-i >= 2 && t.upper && !t.caps && !t.sent && t.pos == text.ADP && x.lx.notNames[t.low] && t.low != "for" &&
		x.knownAt(pt, i, j) == 0 && !x.hasOrgHead(toks, i, j) {
		return
	}
	// "Super Size Me", "Eat Me Now": a capitalised pronoun (not "I") ends
	// or stands in the title of a work.
	if t := toks[j-1]; j-i >= 2 && t.upper && !t.caps && t.pos == text.PRON && len(t.low) >= 2 && x.knownAt(pt, i, j) == 0 {
		return
	}
	// "so-called Personal Area Networks": a term, not a name (but
	// "so-called Islamic State" is a known one).
	if i > 0 && toks[i-1].low == "so-called" && x.knownAt(pt, i, j) == 0 && !x.hasOrgHead(toks, i, j) {
		return
	}
	start := i
	for k := i; k <= j; k++ {
		if k < j {
			// A known name ("New York", "The Hague") is never cut.
			if l := x.knownAt(pt, k, j); l >= 2 {
				k += l - 1
				continue
			}
		}
		// "Chelsea's Champions League defeat": a possessive before what
		// names no entity ends the owner's name, and the rest is none.
		if k > start && k+1 < j && toks[k].poss && x.lx.notEntityAt(toks[k+1].low, "first") {
			x.piece(pt, start, k, start == i)
			return
		}
		if k == j || x.stopToken(toks, k) {
			if k < j && x.lx.notEntityAt(toks[k].low, "first") {
				// "The Six Nations": what follows the number word is no entity.
				if k > start {
					x.piece(pt, start, k, start == i)
				}
				return
			}
			if k > start {
				x.piece(pt, start, k, start == i)
			}
			start = k + 1
		}
	}
}

// seatTitles are the titles whose "for" names a seat, a constituency or a
// state ("MP for Merionnydd Nant Conwy", "Senator for New South Wales").
var seatTitles = map[string]bool{"mp": true, "msp": true, "am": true, "mep": true, "member": true, "senator": true, "candidate": true}

// generational are the post-nominals that tell a son from his father.
var generational = map[string]bool{"jr": true, "sr": true, "jnr": true, "snr": true}

// peerTitles are the titles of peers, which may name a place after the
// surname ("Lord Weston of Brockley", "Baroness Hale of Richmond").
var peerTitles = map[string]bool{"lord": true, "lady": true, "baroness": true, "baron": true, "viscount": true, "earl": true}

// dottedSuffix tells whether the word at x.text[s:] is written against a
// full stop after a word of two letters or more ("Bagle.AT", "Sober.K",
// "report.PDF"): a variant's or a file's suffix, no name. An abbreviation
// with full stops ("U.S.A.") and a title missing its space ("Mr.Benn")
// are no such words.
func (x *entityExtractor) dottedSuffix(s int) bool {
	text := x.text
	if s < 3 || text[s-1] != '.' {
		return false
	}
	i := s - 2
	for i >= 0 && text[i] < utf8.RuneSelf && unicode.IsLetter(rune(text[i])) {
		i--
	}
	word := text[i+1 : s-1]
	return len(word) >= 2 && (i < 0 || text[i] != '.') && x.lx.titles[titleKey(strings.ToLower(word))] == ""
}

// stopToken tells whether toks[k], inside a capitalised run, is no part of a name.
func (x *entityExtractor) stopToken(toks []etok, k int) bool {
	t := toks[k]
	lx := x.lx
	if !t.word || !t.upper || lx.particles[t.low] {
		return false
	}
	if x.dottedSuffix(t.s) {
		return true
	}
	if x.wireCapital(toks, k) {
		return true
	}
	// "Jan Berry", "April Ashley": a given name that is also a month
	// starts a name before a capitalised word.
	// ("Will Britain join?": "Will" opening a sentence asks a question)
	givenFirst := lx.given[t.low] && k+1 < len(toks) && x.isNameWord(toks, k+1) && !toks[k+1].caps && !(t.low == "will" && t.sent)
	// "Jimmy Page", "Gary Speed": a common word after a given name, inside
	// a sentence, is a surname.
	// "John Major", "Mervyn King": a title word after a given name, with
	// no name after it to stand before, is a surname too.
	endTitle := lx.titles[titleKey(t.low)] != "" && !(k+1 < len(toks) && toks[k+1].upper) && (k < 2 || !toks[k-2].upper)
	surname := !t.sent && k > 0 && lx.given[toks[k-1].low] && toks[k-1].upper && !toks[k-1].caps && !lx.placeLast[t.low] && !lx.orgHeads[t.low] &&
		(lx.titles[titleKey(t.low)] == "" || endTitle) && lx.notEntity[t.low] == "" && !lx.events[t.low] && t.pos == text.PROPN
	// "four All Blacks": a common word capitalised after a number word
	// starts the name of a side whose members are counted.
	counted := !t.sent && x.countWordBefore(toks, k) && k+1 < len(toks) && x.memberPlural(toks[k+1]) && !toks[k+1].sent
	// "First Financial Management Corp", "Last Minute Holdings Ltd": a
	// word of the table inside a sentence, before capitalised words that
	// a legal form ends, opens a firm's name.
	firmFirst := false
	if !t.sent && k+1 < len(toks) && (t.pos == text.ADJ || t.pos == text.PROPN) && x.isNameWord(toks, k+1) && !toks[k+1].sent {
		e := k + 1
		for e < len(toks) && x.isNameWord(toks, e) && !toks[e].sent {
			e++
		}
		last := toks[e-1].low
		firmFirst = e-1 > k+1 && lx.legal[EntityKeyWord(last)] && !lx.orgAlone[last]
	}
	// "First City Industries Inc said", "First Boston priced the deal":
	// an ordinal that opens a firm's name somewhere in the article opens
	// it at a sentence's start and before the short name too.
	if ordinalWords[t.low] && k+1 < len(toks) && x.isNameWord(toks, k+1) && !toks[k+1].sent && x.ordinalFirms[toks[k+1].low] && lx.titles[titleKey(toks[k+1].low)] == "" {
		firmFirst = true
	}
	// "the group USA For Africa", "Artists For Peace": "For" written
	// capitalised inside a sentence, between capitalised words, holds one
	// name together (a band's, a campaign's).
	forInside := t.low == "for" && !t.sent && k > 0 && toks[k-1].word && toks[k-1].upper && !toks[k-1].sent && k+1 < len(toks) && x.isNameWord(toks, k+1) && !toks[k+1].sent
	// "the Motion Picture Association", "Academy of Motion Picture Arts":
	// a common noun of the table ("Picture", "Video", "Image") written
	// capitalised inside a sentence, between two capitalised words of a
	// name, is a word of that name.
	nounInside := !t.sent && t.pos == text.NOUN && k > 0 && toks[k-1].word && toks[k-1].upper && !toks[k-1].caps && !lx.notNames[toks[k-1].low] &&
		k+1 < len(toks) && x.isNameWord(toks, k+1) && !toks[k+1].sent && !toks[k+1].caps && !lx.notNames[toks[k+1].low]
	if t.caps && lx.notAcronym[t.low] && !(k > 0 && toks[k-1].upper && isRoman(x.text[t.s:t.e])) || !t.caps && lx.notNames[t.low] && !givenFirst && !surname && !counted && !firmFirst && !forInside && !nounInside {
		return true // but "Charles Keating IV" keeps its numeral
	}
	if t.sent && !t.caps && (lx.groupMods[t.low] || lx.groupHeads[t.low]) && (k+1 == len(toks) || !toks[k+1].upper) {
		return true
	}
	// A legal form after a word makes it a firm's name: "Siemens AG said".
	legalNext := k+1 < len(toks) && toks[k+1].upper && lx.legal[EntityKeyWord(toks[k+1].low)]
	// "Rival AMD", "Broadcaster CNN": a word that opens a sentence before an acronym.
	if t.sent && !t.caps && k+1 < len(toks) && toks[k+1].caps && !legalNext && k+2 < len(toks) && !x.isNameWord(toks, k+2) &&
		!lx.given[t.low] && lx.titles[titleKey(t.low)] == "" && !lx.knownFirst[t.low] {
		if _, ok := lx.known[t.low]; !ok {
			return true
		}
	}
	// "Crew members of the X", "Water prices rose": a sentence's first word
	// that the tagger reads as a common noun, before the common noun it
	// modifies, is no name, if it is a word of English or the article
	// writes it in lower case too ("Tesco shares" is read as a proper noun,
	// "Britannia members" as a noun the treebanks never hold); but a role
	// or a word that tells an organisation after it speaks for a name
	// ("Lions boss X"), members aside ("Union members").
	if t.sent && !t.caps && t.pos == text.NOUN && k+1 < len(toks) && x.commonHead(toks[k+1]) &&
		(x.lowerSeen[t.low] || text.Known(t.low)) &&
		!lx.given[t.low] && lx.titles[titleKey(t.low)] == "" && !lx.knownFirst[EntityKeyWord(t.low)] {
		if _, ok := lx.known[EntityKeyWord(t.low)]; !ok {
			return true
		}
	}
	if t.sent && !t.caps && k+1 < len(toks) {
		// "Contestants Paul Burrell, …", "Model Sophie Anderton": a common
		// word that opens the sentence before a given name describes who
		// follows.
		sing := strings.TrimSuffix(t.low, "s")
		if lx.given[toks[k+1].low] && !lx.given[t.low] && lx.titles[titleKey(t.low)] == "" && lx.titles[titleKey(sing)] == "" &&
			(t.pos == text.NOUN || x.lowerSeen[t.low] || x.lowerSeen[sing]) {
			return true
		}
		// "Defiant Matt X", "Agent Brian X": a word of English that the
		// tagger reads as a name, before a given name and a surname and no
		// more, says who follows (no role, which the role's reader takes;
		// no kind of thing: "Hurricane Katrina"; no known name's first
		// word; "Santa Barbara County" goes on).
		if lx.given[toks[k+1].low] && k+2 < len(toks) && toks[k+2].upper && toks[k+2].word && !toks[k+2].sent &&
			(k+3 == len(toks) || !toks[k+3].upper || !toks[k+3].word) && !x.isRoleWord(t.low) && lx.demAdj[t.low] == "" &&
			!lx.given[t.low] && lx.titles[titleKey(t.low)] == "" && text.Known(t.low) && !lx.knownFirst[EntityKeyWord(t.low)] &&
			lx.kinds[t.low] == "" && !lx.placeFirst[t.low] {
			if _, ok := lx.known[EntityKeyWord(t.low)]; !ok {
				return true
			}
		}
		// "Former Everton midfielder X": a title's modifier before no
		// title is no part of the name after it.
		if lx.titles[titleKey(t.low)] == "modifier" && lx.titles[titleKey(toks[k+1].low)] == "" && !lx.titleFirst[toks[k+1].low] && !x.titleAhead(toks, k+2) && !firmFirst {
			return true
		}
	}
	// "Said Wales coach X:": a given name the tagger reads as a verb in the
	// past opens the sentence as a verb.
	if t.sent && !t.caps && lx.given[t.low] && t.pos == text.VERB && t.tag == "VBD" {
		return true
	}
	// "Independent film-maker", "Putting Vioxx", "Honestly,": the tagger
	// reads a sentence's first word as no proper noun.
	// An adjective before a capitalised title is part of the office
	// ("Regional Commissioner for Water Mrs X").
	titleNext := k+1 < len(toks) && toks[k+1].upper && lx.titles[titleKey(toks[k+1].low)] != ""
	if t.sent && !t.caps && x.commonPOS(t) && !titleNext && !legalNext && !x.midCaps[t.low] && !lx.given[t.low] && lx.titles[titleKey(t.low)] == "" && !lx.knownFirst[EntityKeyWord(t.low)] {
		if _, ok := lx.known[EntityKeyWord(t.low)]; !ok {
			return true
		}
	}
	// A sentence's first word that the article also writes in lower case is
	// a common word, unless more capitalised words follow ("Computer
	// Terminal Systems Inc").
	if t.sent && !t.caps && x.lowerSeen[t.low] && !lx.given[t.low] && !lx.particles[t.low] && (k+1 == len(toks) || !x.isNameWord(toks, k+1)) {
		if _, ok := lx.known[EntityKey(t.low)]; !ok && lx.titles[titleKey(t.low)] == "" {
			return true
		}
	}
	return false
}

// wireCapital tells a word of English that a newswire writes capitalised
// only because it follows a country's abbreviation with full stops, as if
// a sentence began there: "the U.S. Decision", "U.S. Farm goods", "the
// U.S. And Japan". It opens no name with the abbreviation, unless the
// capitalised words from it go on to what names a body, an office or a
// place ("U.S. Agriculture Department", "U.S. Trade Representative", "U.S.
// Gulf"), or a group of people ("U.S. Officials" stay a group).
func (x *entityExtractor) wireCapital(toks []etok, k int) bool {
	t := toks[k]
	if k == 0 || t.sent || t.caps || !t.word || !t.upper {
		return false
	}
	prev := toks[k-1]
	if !prev.caps || !strings.HasSuffix(x.text[prev.s:prev.e], ".") || strings.Count(x.text[prev.s:prev.e], ".") < 2 {
		return false
	}
	if kn, ok := x.lx.known[prev.low]; !ok || kn.typ != "place" {
		return false
	}
	// ("Shell U.K. Oil": inside a longer name the country is part of it;
	// not after "The", "Other" opening the sentence)
	if o := toks[max(k-2, 0)]; k >= 2 && o.word && o.upper && !prev.sent &&
		(!o.sent && !x.lx.notNames[o.low] || x.lx.known[EntityKeyWord(o.low)].typ == EntityOrganization) {
		return false
	}
	lx := x.lx
	// ("30 billion U.S. Dlrs", "46 mln U.S. Dlrs": a number before the
	// country, or a number and its scale, makes the word
	// after it the unit; "U.S. Frustration", "U.S. Competitiveness": an
	// abstract noun's ending tells a word the tagger may not know)
	unit := k >= 2 && toks[k-2].pos == text.NUM || k >= 3 && toks[k-3].pos == text.NUM && toks[k-2].word && !toks[k-2].upper
	if !text.Known(t.low) && !x.lowerSeen[t.low] && !unit && !abstractNoun(t.low) && lx.titles[titleKey(t.low)] != "role" || lx.given[t.low] {
		return false
	}
	for m := k; m < len(toks) && toks[m].word; m++ {
		w := toks[m]
		if !w.upper {
			if m+1 < len(toks) && toks[m+1].word && toks[m+1].upper && !toks[m+1].sent && (w.low == "and" && !toks[m+1].caps || w.low == "of" || w.low == "for") && m > k {
				continue
			}
			break
		}
		if w.sent && m > k {
			break
		}
		key := EntityKeyWord(w.low)
		// (a head that is only ever part of a name counts after another
		// word: "U.S. Steel Corp", not "the U.S. Market"; a title's or a
		// known name's first word before another capitalised word: "U.S.
		// Trade Representative", "U.S. Federal Reserve", not "the U.S.
		// Trade deficit"; a job at the end names no one: "a U.S. Diplomat")
		more := m+1 < len(toks) && toks[m+1].word && toks[m+1].upper && !toks[m+1].sent
		title := lx.titles[titleKey(w.low)]
		if lx.orgHeads[w.low] && (lx.orgAlone[w.low] || m > k) || lx.placeLast[w.low] || lx.groupHeads[w.low] || lx.legal[key] ||
			(lx.titleFirst[w.low] || lx.knownFirst[key]) && more || title != "" && (title != "role" || more) || lx.kinds[w.low] != "" {
			return false
		}
		if _, ok := lx.known[key]; ok && m == k {
			return false
		}
	}
	return true
}

// abstractEndings are the endings of nouns for a state, a quality or an
// act: "frustration", "competitiveness", "shipment".
var abstractEndings = []string{"tion", "sion", "ness", "ment", "ity", "ance", "ence", "ism"}

// abstractNoun tells a word with an abstract noun's ending, in the
// singular or the plural, of five letters or more.
func abstractNoun(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, e := range abstractEndings {
		if strings.HasSuffix(w, e) || strings.HasSuffix(w, e+"s") || strings.HasSuffix(w, e+"es") {
			return true
		}
	}
	return false
}

// isRoleWord tells a role's word, in the singular or the plural ("producers").
func (x *entityExtractor) isRoleWord(w string) bool {
	kind, _ := x.roleWord(w)
	return kind != ""
}

// exPortfolio tells a word of a former holder's portfolio: "ex-" and a
// capitalised word ("ex-Home", "Ex-Fisheries").
func exPortfolio(pt paraToks, k int) bool {
	t := pt.toks[k]
	w := pt.text[t.s:t.e]
	return t.word && len(w) > 3 && strings.EqualFold(w[:3], "ex-") && w[3] >= 'A' && w[3] <= 'Z'
}

// titleAhead tells a capitalised title within the next capitalised words
// from toks[k]: "Deputy Infrastructure Minister", where "Deputy" modifies
// the office a portfolio the tables lack opens.
func (x *entityExtractor) titleAhead(toks []etok, k int) bool {
	for m := k; m < len(toks) && m < k+3 && toks[m].word && toks[m].upper; m++ {
		switch x.lx.titles[titleKey(toks[m].low)] {
		case "office", "role", "rank":
			return true
		}
	}
	return false
}

// commonHead tells a common noun after a sentence's first word that says
// nothing of what that word names (see stopToken): no role, no word that
// tells an organisation before it, unless it counts members.
func (x *entityExtractor) commonHead(t etok) bool {
	if !t.word || t.upper || t.pos != text.NOUN {
		return false
	}
	if t.low == "members" || t.low == "member" {
		return true
	}
	if kind, _ := x.roleWord(t.low); kind != "" {
		return false
	}
	return x.lx.after[t.low].typ == ""
}

// determinedBefore tells a name after an article and the adjectives or
// numbers that describe it ("a joint Bushtucker Trial", "a fifth so-called
// Bushtucker Trial"): what is named so is a thing, an event or a body.
func (x *entityExtractor) determinedBefore(toks []etok, a int) bool {
	for k := a - 1; k >= 0 && k >= a-4; k-- {
		switch t := toks[k]; {
		case articles[t.low]:
			return k < a-1
		case t.upper || !t.word:
			return false
		case t.pos == text.ADJ || t.pos == text.NUM || t.low == "so-called":
		default:
			return false
		}
	}
	return false
}

// articles are the words before a name that no person's takes: "the
// Polar Express", "an Atomic Bomb", "a Tony Award".
var articles = map[string]bool{"the": true, "a": true, "an": true}

// commonPOS tells a word the tagger reads as no name: an adjective, a verb,
// an adverb or a function word.
func (x *entityExtractor) commonPOS(t etok) bool {
	switch t.pos {
	case text.ADJ, text.VERB, text.ADV, text.ADP, text.AUX, text.CCONJ, text.SCONJ, text.DET, text.PRON, text.INTJ, text.PART:
		return true
	}
	return false
}

// knownAt returns the length in tokens of the longest gazetteer name that
// starts at toks[k] and ends before toks[j], or 0.
func (x *entityExtractor) knownAt(pt paraToks, k, j int) int {
	toks := pt.toks
	if !toks[k].word || toks[k].low == "the" || !x.lx.knownFirst[EntityKeyWord(toks[k].low)] {
		return 0
	}
	for l := min(x.lx.knownMax+2, j-k); l >= 2; l-- {
		if !toks[k+l-1].word {
			continue
		}
		if _, ok := x.lx.known[EntityKey(pt.text[toks[k].s:toks[k+l-1].e])]; ok {
			return l
		}
	}
	return 0
}

// isConnector tells the lower-case words that may stand inside a name.
func (x *entityExtractor) isConnector(t etok) bool {
	return t.word && !t.upper
}

// titleAt returns the length in tokens of the title that starts at toks[k],
// capitalised, or 0; a modifier ("Deputy", "Former") counts before a title.
func (x *entityExtractor) titleAt(toks []etok, k, end int) int {
	return x.titleAtDepth(toks, k, end, 0)
}

// titleAtDepth is titleAt after depth modifiers; two are enough ("Former
// Deputy Prime Minister").
func (x *entityExtractor) titleAtDepth(toks []etok, k, end, depth int) int {
	lx := x.lx
	if k >= end || !toks[k].upper {
		return 0
	}
	maxL := 1
	if lx.titleFirst[titleKey(toks[k].low)] {
		maxL = min(lx.titleMax, end-k)
	}
	for l := maxL; l >= 1; l-- {
		var b strings.Builder
		for m := k; m < k+l; m++ {
			if m > k {
				b.WriteByte(' ')
			}
			b.WriteString(toks[m].low)
		}
		kind := lx.titles[titleKey(b.String())]
		if kind == "" || kind == "role" || kind == "postnominal" || kind == "team" {
			continue
		}
		if kind == "modifier" {
			if depth >= 2 {
				continue
			}
			if n := x.titleAtDepth(toks, k+l, end, depth+1); n > 0 {
				return l + n
			}
			continue
		}
		return l
	}
	return 0
}

// piece reads toks[a:b], a part of a capitalised run: titles and a person's
// name, or a name to be typed by its evidence.
func (x *entityExtractor) piece(pt paraToks, a, b int, runStart bool) {
	toks := pt.toks
	// Connectors never start or end a name.
	for a < b && x.isConnector(toks[a]) && !(x.lx.particles[toks[a].low] && a+1 < b) {
		a++
	}
	// "last January's European Monetary System": the possessive of a word
	// cut off before (a month) starts no name.
	for a < b && (toks[a].low == "'s" || toks[a].low == "’s" || toks[a].low == "'" || toks[a].low == "’") {
		a++
	}
	for b > a && x.isConnector(toks[b-1]) {
		b--
	}
	if a >= b {
		return
	}
	// "ex-Home Secretary X": a former holder's portfolio, hyphened to its
	// prefix, belongs to the office after it (the run starts at the
	// title: "ex-Home" does not start with a capital).
	if a > 0 && exPortfolio(pt, a-1) && x.titleAt(toks, a, b) > 0 {
		a--
	}
	first, last := -1, -1
	for k := a; k < b; {
		// "Mervyn King", "John Major": a one-word title that ends the
		// piece right after a given name is the surname, not a title
		// without a name to stand before.
		if l := x.titleAt(toks, k, b); l > 0 && !(l == 1 && k+1 == b && k == a+1 && x.lx.given[toks[a].low] && x.titleAt(toks, a, b) == 0) {
			if first < 0 {
				first = k
			}
			last = k + l
			k += l
			continue
		}
		if first >= 0 {
			break
		}
		k++
	}
	// "the film Saving Private Ryan": after a work's kind (a noun, not "a
	// man who hit X"), a title inside the name is a word of the work's
	// title; the name is no one's. An honorific still makes a person ("in
	// Peston's book Mr Brown is said to …").
	// So after the kind and "called", "named" or "titled": "a song called
	// Judge Yourself".
	kn := a - 1
	if kn >= 1 && (toks[kn].low == "called" || toks[kn].low == "named" || toks[kn].low == "titled" || toks[kn].low == "entitled") {
		kn--
	}
	if first >= 0 && kn >= 0 && toks[kn].word && !toks[kn].upper && toks[kn].pos == text.NOUN &&
		x.lx.titles[titleKey(toks[first].low)] != "honorific" {
		if v, plural := x.kindOf(toks[kn].low); v == vThing && !plural {
			return
		}
	}
	// "Guy Mansfield QC": a post-nominal is a role after the name; "Jr"
	// tells which of a father and a son, no role.
	var post string
	suffix := false // "Jr", "Sr": a person's name all the same
	if b-a >= 2 && x.lx.titles[titleKey(toks[b-1].low)] == "postnominal" {
		if suffix = generational[strings.TrimSuffix(toks[b-1].low, ".")]; !suffix {
			post = pt.text[toks[b-1].s:toks[b-1].e]
		}
		b--
	}
	// "Croatian Ivan Ljubicic", "Singer Christina Aguilera", "Liberal Democrat
	// Paul Tyler": a nationality, party or job word before a given name.
	if first < 0 {
		for p := a + 2; p >= a+1; p-- {
			if p+1 >= b || !x.descriptors(toks, a, p) {
				continue
			}
			// A given name, or two or three plain words after a job word:
			// "Analyst Gonul Tol" (but "Christian Democratic Appeal" is a party).
			// ("Texan Lena Ostrova": a word for a person of a place will do;
			// but "Australian Consolidated Minerals" starts with a word of
			// English.)
			if !x.lx.given[toks[p].low] && (b-p > 3 || x.lx.titles[titleKey(toks[p-1].low)] == "" && !(p == a+1 && x.lx.demNoun[toks[a].low]) ||
				x.hasOrgHead(toks, p, b) || x.lx.placeFirst[toks[p].low] || x.lx.placeLast[toks[b-1].low] ||
				x.lx.common[toks[p].low] || x.lx.known[EntityKey(pt.text[toks[p].s:toks[b-1].e])].typ != "" ||
				x.lx.demAdj[toks[a].low] != "" && p == a+1 && (text.Known(toks[p].low) || len(toks[p].low) > 5 && (strings.HasSuffix(toks[p].low, "ed") || strings.HasSuffix(toks[p].low, "ing")))) {
				continue
			}
			if c := x.newCand(pt, p, b); c != nil {
				// "Conservative Michael X": a party's adjective is what he
				// belongs to; "Croatian Ivan X", "Singer Laura X": a role.
				if party := x.partyOf(toks[a].low); p == a+1 && party != "" {
					c.affs = append(c.affs, party)
				} else if party := x.partyPhrase(toks, a, p); party != "" {
					// "Liberal Democrat Paul X", "Lib Dem Sarah X": a
					// party's name of two words is what he belongs to.
					c.affs = append(c.affs, party)
				} else if !x.demonymOnly(toks, a, p) {
					// (a nationality alone is no role: "Texan Lena X" is
					// from Texas, no "Texan" by trade)
					c.roles = append(c.roles, pt.text[toks[a].s:toks[p-1].e])
				}
				c.votes[vPerson] += 4
				c.personHint = true
				if post != "" {
					c.roles = append(c.roles, post)
				}
			}
			return
		}
	}
	// "Prop Jones ready for hard graft": a job that opens the headline or
	// the sentence before the surname of someone the article names in full,
	// or before a one-word name it writes inside its sentences ("Rapper
	// Jay-Z becomes label boss" where the text has "said Jay-Z").
	if first < 0 && b-a == 2 && toks[a].sent && !toks[a+1].caps && (x.givenSurnames[toks[a+1].low] || x.midCaps[toks[a+1].low] && !x.midCaps[toks[a].low] && !text.Known(toks[a+1].low)) {
		if kind, plural := x.roleWord(toks[a].low); kind == "role" && !plural {
			x.roleLed(pt, a, b, false)
			return
		}
	}
	// "fellow Springboks John Smit", "Americans Ann Bell": a side's or a
	// people's plural before a given name ("Kenyans Evans Rutto": a
	// people's before any name).
	// "Defenders Danny Gabbidon and Gareth Roberts": a job's plural is the
	// role the names listed share, no side.
	if first < 0 && b-a >= 3 && x.lx.given[toks[a+1].low] && toks[a].upper && !toks[a].caps {
		if kind, plural := x.roleWord(toks[a].low); kind == "role" && plural {
			x.roleLed(pt, a, b, true)
			return
		}
	}
	if first < 0 && b-a >= 3 && (x.lx.given[toks[a+1].low] || x.lx.demPlural[toks[a].low] != "") && x.memberPlural(toks[a]) {
		x.namePiece(pt, a, a+1) // a people is a group
		if c := x.newCand(pt, a+1, b); c != nil {
			c.votes[vPerson] += 2
			if x.lx.demPlural[toks[a].low] == "" {
				side := x.plainCand(pt, a, a+1)
				side.votes[vOrg] += 3
				c.affs = append(c.affs, side.name)
			}
		}
		return
	}
	if first < 0 {
		if c := x.namePiece(pt, a, b); c != nil && (post != "" || suffix) {
			if post != "" {
				c.roles = append(c.roles, post)
			}
			c.votes[vPerson] += 3
		}
		return
	}
	// After the title: "for the Middle East" is its complement, then the name.
	nameStart, compEnd := last, last
	compStart := -1 // where the complement's words start, after its connectors
	if last < b && x.isConnector(toks[last]) && !x.lx.particles[toks[last].low] {
		nameStart = -1
		k := last
		for k < b && x.isConnector(toks[k]) {
			k++
		}
		compStart = k
		for m := k; m < b; m++ {
			if x.lx.given[toks[m].low] {
				nameStart = m
				break
			}
		}
		// Two last words after a long complement may be a name without a
		// given name ("Minister for Foreign Affairs Li Wei"), but not
		// after a seat's title: "MP for Merionnydd Nant Conwy" is all the
		// seat.
		if nameStart < 0 && b-k >= 3 && !seatTitles[toks[last-1].low] {
			nameStart = b - 2
		}
		if nameStart < 0 {
			nameStart = b
		}
		compEnd = nameStart
	}
	// Titles inside the name ("General Joseph Votel"): keep the last.
	if nameStart >= b {
		// A bare title: "Syrian President", "the Office of the President".
		demonym := first-a == 1 && x.lx.demAdj[toks[a].low] != ""
		if first > a && !demonym {
			x.prefixOrg(pt, a, first)
		} else if a > 0 && toks[a-1].low == "the" || b+1 < len(toks) && toks[b].low == "," && toks[b+1].upper {
			x.bareTitle(pt, a, first, last, b)
		}
		return
	}
	// "Justice Department", "General Motors": no title, a name.
	if x.hasOrgHead(toks, nameStart, b) || x.lx.known[EntityKey(pt.text[toks[nameStart].s:toks[b-1].e])].typ == EntityOrganization ||
		b-nameStart == 1 && !toks[nameStart].caps && x.lowerSeen[toks[nameStart].low] {
		// "Penner, Director of the Congressional Budget Office, said": a
		// title and its complement; the complement is the organisation.
		if first == a && compStart > a && compStart < b && x.titleAt(toks, a, b) > 0 && x.hasOrgHead(toks, compStart, b) {
			x.namePiece(pt, compStart, b)
			return
		}
		x.namePiece(pt, a, b)
		return
	}
	// "the General Election": a title before a common noun names an event
	// or a thing, no one.
	if w := toks[nameStart].low; b-nameStart == 1 && !toks[nameStart].caps && (x.lx.events[w] || x.lx.kinds[w] != "" || x.lowerSeen[w]) {
		return
	}
	// "told the BBC Mr Howard": a name before an honorific is no affiliation.
	if first > a && x.lx.titles[titleKey(toks[first].low)] == "honorific" {
		x.namePiece(pt, a, first)
		a = first
	}
	// "Energy Commissioner": a portfolio belongs to the office after it.
	held := first
	for held > a && (x.lx.portfolio[toks[held-1].low] && toks[held-1].upper || held-1 == a && exPortfolio(pt, a)) {
		held--
	}
	roleStart := held
	if held > a {
		if x.lx.demAdj[toks[a].low] != "" && held-a == 1 {
			roleStart = a
		} else if o := x.ofBodyStart(pt, a); o >= 0 && x.prefixOrg(pt, o, held) {
			// "Bank of Finland Governor X" with the run cut before "of":
			// the place ends the bank's name, no word of the office.
			a = o
		} else if !x.prefixOrg(pt, a, held) {
			roleStart = a
		}
	}
	// "Trade and Industry Secretary X", "Work and Pensions Secretary X": a
	// portfolio of two words joined by "and" (but "Brown and Transport
	// Secretary X" are two people).
	orgPrefix := held > a && roleStart != a
	if roleStart == a && (first > a || x.lx.portfolio[toks[a].low]) && a >= 2 && toks[a-1].low == "and" && x.portfolioWord(toks[a-2]) {
		roleStart = a - 2
	}
	// "former Prime Minister John X", "his shadow Chancellor Oliver Y",
	// "acting President Ann Z": a modifier written in lower case right
	// before the capitalised office is the role's (it was "Prime
	// Minister", a stale role shown as current).
	roleFrom := toks[roleStart].s
	if roleStart == a && !toks[a].sent {
		for m, n := a-1, 0; m >= 0 && n < 2 && toks[m].word && !toks[m].upper && x.lx.lowerMod[toks[m].low]; m, n = m-1, n+1 {
			roleFrom = toks[m].s
			if toks[m].sent {
				break
			}
		}
	}
	role := pt.text[roleFrom:toks[compEnd-1].e]
	c := x.newCandAfter(pt, nameStart, b, true)
	if c == nil {
		return
	}
	c.s = toks[first].s
	c.votes[vPerson] += 6
	c.personHint = true
	c.roles = append([]string{role}, c.roles...)
	if orgPrefix {
		c.affs = append(c.affs, pt.text[toks[a].s:toks[held-1].e])
	}
	if runStart {
		x.roleBefore(pt, a, c)
	}
}

// ofBodyStart tells where a body's name starts that goes on before
// toks[a] through "of" ("Bank of Finland", "University of Leeds") when
// toks[a], a known place, was cut from it; -1 when it does not.
func (x *entityExtractor) ofBodyStart(pt paraToks, a int) int {
	toks := pt.toks
	if a < 2 || toks[a-1].low != "of" || !toks[a-2].upper || toks[a].sent || x.lx.known[EntityKeyWord(toks[a].low)].typ != EntityPlace {
		return -1
	}
	o := a - 2
	for o > 0 && toks[o-1].upper && !toks[o].sent {
		o--
	}
	if !x.hasOrgHead(toks, o, a-1) {
		return -1
	}
	return o
}

// countedThing tells whether the name toks[a:b], one word that no
// gazetteer knows and no given name, stands after "a" or "an" with no
// noun after it that it modifies: "won an Oscar for", "a Grammy.".
func (x *entityExtractor) countedThing(toks []etok, a, b int) bool {
	if a == 0 || b-a != 1 || (toks[a-1].low != "a" && toks[a-1].low != "an") || x.lx.given[toks[a].low] || toks[a].caps {
		return false
	}
	if _, known := x.lx.known[EntityKeyWord(toks[a].low)]; known || b == len(toks) {
		return false
	}
	n := toks[b]
	if !n.word {
		switch n.low {
		case ".", ",", ";", ":", "!", "?":
			return toks[b].s == toks[a].e
		}
		return false
	}
	if n.upper {
		return false
	}
	switch n.pos {
	case text.ADP, text.CCONJ, text.SCONJ, text.PART:
		return true
	}
	return false
}

// commonWord tells a word of the lexicons standing alone: no name, except
// an organisation's head inside a sentence ("the Coalition", "Navy") and a
// people ("Sunnis").
func (x *entityExtractor) commonWord(t etok) bool {
	if !x.lx.common[t.low] || x.lx.demPlural[t.low] != "" {
		return false
	}
	return t.sent || !x.lx.orgAlone[t.low]
}

// memberPlural tells a capitalised plural that names the members of a side
// or a people: "Springboks", "Americans".
func (x *entityExtractor) memberPlural(t etok) bool {
	if x.lx.demPlural[t.low] != "" {
		return true
	}
	if !t.upper || t.caps || len(t.low) < 4 || !strings.HasSuffix(t.low, "s") || x.lx.given[t.low] || x.lx.notNames[t.low] {
		return false
	}
	_, known := x.lx.known[EntityKeyWord(t.low)]
	return !known
}

// demonymOnly tells whether toks[a:p] is a nation's or a place's people
// word alone, of one word or two ("Croatian", "Texan", "South African",
// "New Zealander"), which says where a person is from and is no role.
func (x *entityExtractor) demonymOnly(toks []etok, a, p int) bool {
	switch p - a {
	case 1:
		return x.lx.demAdj[toks[a].low] != ""
	case 2:
		return x.lx.demAdj[toks[a].low+" "+toks[a+1].low] != ""
	}
	return false
}

// descriptors tells whether toks[a:p] are words that describe a person
// before the name: demonyms and parties ("Liberal Democrat"), or a job
// written capitalised at the start of a sentence ("Singer").
func (x *entityExtractor) descriptors(toks []etok, a, p int) bool {
	if x.partyPhrase(toks, a, p) != "" {
		return true
	}
	for k := a; k < p; k++ {
		if x.lx.demAdj[toks[k].low] != "" {
			continue
		}
		// "New Zealander Peter X", "South African Ann Y": a demonym of
		// two words.
		if k+1 < p && x.lx.demAdj[toks[k].low+" "+toks[k+1].low] != "" {
			k++
			continue
		}
		switch x.lx.titles[titleKey(toks[k].low)] {
		case "":
			return false
		case "role":
			// "Star Wars Episode I": a job word capitalised inside a
			// sentence is a word of a title ("DJ" is always in capitals;
			// "Actor and Producer Aamir Khan" goes on a sentence's start).
			if !toks[a].sent && !toks[k].caps && !(a >= 2 && toks[a-1].low == "and" && toks[a-2].sent) {
				return false
			}
		}
	}
	return true
}

// bareTitle reads "the Foreign Secretary", "the Iraqi Foreign Minister": a
// person named by an office alone, toks[a:b] with the title toks[first:last].
func (x *entityExtractor) bareTitle(pt paraToks, a, first, last, b int) {
	toks := pt.toks
	kind := x.lx.titles[titleKey(pt.text[toks[first].s:toks[last-1].e])]
	if kind != "office" && kind != "rank" && kind != "modifier" {
		return
	}
	role := pt.text[toks[a].s:toks[b-1].e]
	c := &cand{para: pt.idx, s: toks[a].s, e: toks[b-1].e, ns: toks[a].s, ne: toks[b-1].e,
		name: role, key: "title:" + titleKey(pt.text[toks[first].s:toks[last-1].e]),
		affTok: -1, ownerTok: -1, kind: -1, firstTok: a, lastTok: b - 1, cluster: -1, titleOnly: true, personHint: true}
	c.votes[vPerson] += 4
	c.roles = append(c.roles, role)
	x.cands = append(x.cands, c)
	// "Jack X, the Foreign Secretary, said": the office set off after a
	// person's name and a comma is that person's, no person of its own
	// (it was an entity "Foreign Secretary" and Jack X had no role). Only
	// punctuation or the paragraph's end closes the apposition: in "Police
	// arrested Tom X, the Home Secretary said" the verb is the office's own
	// and the office is a new subject, not Tom X.
	if o := x.appositionHolder(pt, a); o != nil && (b >= len(toks) || !toks[b].word) {
		o.roles = append(o.roles, role)
		o.votes[vPerson] += 3
		o.personHint = true
		c.holder = o
		return
	}
	// "the Foreign Secretary, Boris X", and at a sentence's start "Director
	// of Public Prosecutions, Ken X": the name after the comma holds the
	// title (but in "Queen, Muse, Blur" it is listed after it).
	if b+1 < len(toks) && toks[b].low == "," && toks[b+1].upper && (a > 0 && (toks[a-1].low == "the" || toks[a-1].poss) || toks[a].sent && b-a >= 2 && x.lx.given[toks[b+1].low]) {
		x.pending = c
		x.pendingTok = b + 1
	}
}

// appositionHolder returns the person whose name ends right before ", the"
// that opens the bare title at toks[a] ("Jack X, the Foreign Secretary"):
// a name that opens with a given name, or has a person's hint already, and
// that no vote makes a body or a place; or nil.
func (x *entityExtractor) appositionHolder(pt paraToks, a int) *cand {
	toks := pt.toks
	if a < 3 || toks[a-1].low != "the" || toks[a-2].low != "," || !toks[a-3].upper {
		return nil
	}
	for k := len(x.cands) - 1; k >= 0 && x.cands[k].para == pt.idx; k-- {
		o := x.cands[k]
		if o.lastTok != a-3 || o.firstTok < 0 {
			continue
		}
		if o.titleOnly || o.group || o.votes[vOrg] >= 3 || o.votes[vPlace] >= 3 || !(o.personHint || x.lx.given[toks[o.firstTok].low] && o.lastTok > o.firstTok) {
			return nil
		}
		return o
	}
	return nil
}

// prefixOrg reads toks[a:b], the words before a title ("SDF" in "SDF
// Commander-in-Chief"), as an organisation when they look like one.
func (x *entityExtractor) prefixOrg(pt paraToks, a, b int) bool {
	toks := pt.toks
	key := EntityKey(pt.text[toks[a].s:toks[b-1].e])
	k, known := x.lx.known[key]
	orgish := (b-a == 1 && toks[a].caps) || (known && k.typ == EntityOrganization)
	for m := a; m < b && !orgish; m++ {
		orgish = x.lx.orgHeads[toks[m].low]
	}
	if !orgish {
		return false
	}
	if c := x.newCand(pt, a, b); c != nil {
		c.votes[vOrg] += 2
	}
	return true
}

// namePiece reads toks[a:b], a capitalised name without a title.
func (x *entityExtractor) namePiece(pt paraToks, a, b int) *cand {
	toks := pt.toks
	lx := x.lx
	// "Sunni Arabs", "Kurds", "Roma Czechs": a people is a group.
	if _, known := lx.known[EntityKey(pt.text[toks[a].s:toks[b-1].e])]; !known && lx.demPlural[toks[b-1].low] != "" {
		all := true
		for k := a; k < b-1; k++ {
			all = all && lx.demAdj[toks[k].low] != ""
		}
		// ("Roma Czechs", but "Progressive Democrats" are a party)
		all = all || b-a == 2 && !lx.given[toks[a].low] && lx.known[EntityKey(lx.demPlural[toks[b-1].low])].typ == EntityPlace
		if all {
			if c := x.newCand(pt, a, b); c != nil {
				c.group = true
				c.votes = [numVotes]int{vGroup: 10}
			}
			return nil
		}
	}
	// "Labour MPs", "Republican senators": people by their office are a group.
	if k := lx.titles[titleKey(strings.TrimSuffix(toks[b-1].low, "s"))]; b-a >= 2 && strings.HasSuffix(toks[b-1].low, "s") && (k == "office" || k == "rank" || k == "role") &&
		!x.hasOrgHead(toks, a, b) && x.knownAt(pt, a, b) == 0 && !strings.Contains(pt.text[toks[a].s:toks[b-1].e], "&") {
		if c := x.newCand(pt, a, b); c != nil {
			c.group = true
			c.votes = [numVotes]int{vGroup: 10}
		}
		return nil
	}
	if b-a == 1 {
		t := toks[a]
		if lx.demAdj[t.low] != "" {
			return nil
		}
	}
	// "Operations Command of the Syrian Arab Army": a unit of an organisation.
	for k := a + 2; k+2 < b; k++ {
		// (but "Department of the Treasury" is one name: its complement is one word)
		if toks[k].low != "of" || toks[k+1].low != "the" || b-(k+2) < 2 {
			continue
		}
		if x.hasOrgHead(toks, a, k) && (x.hasOrgHead(toks, k+2, b) || x.lx.known[EntityKey(pt.text[toks[k+2].s:toks[b-1].e])].typ == EntityOrganization) {
			unit := x.newCand(pt, a, k)
			parent := x.newCand(pt, k+2, b)
			if unit != nil && parent != nil {
				unit.affs = append(unit.affs, parent.name)
			}
			return nil
		}
	}
	c := x.newCand(pt, a, b)
	if c == nil {
		return nil
	}
	if a > 0 {
		x.roleBefore(pt, a, c)
	}
	return c
}

func (x *entityExtractor) hasOrgHead(toks []etok, a, b int) bool {
	for k := a; k < b; k++ {
		if x.lx.orgHeads[toks[k].low] {
			return true
		}
	}
	return false
}

// newCand makes the candidate for the name toks[a:b] and gathers the
// evidence in and around it. It returns nil for what is no name.
// roleLed makes the name toks[a+1:b] a person's, with the job at a for
// its role ("Prop Jones"); shared when the job is the plural every name
// listed holds ("Defenders Danny Gabbidon and Gareth Roberts").
func (x *entityExtractor) roleLed(pt paraToks, a, b int, shared bool) {
	if c := x.newCand(pt, a+1, b); c != nil {
		c.roles = append(c.roles, pt.text[pt.toks[a].s:pt.toks[a].e])
		c.votes[vPerson] += 4
		c.personHint = true
		c.shared = shared
	}
}

func (x *entityExtractor) newCand(pt paraToks, a, b int) *cand {
	return x.newCandAfter(pt, a, b, false)
}

// newCandAfter is newCand; after a title ("Ms. Hill"), a single common
// word is a surname all the same.
func (x *entityExtractor) newCandAfter(pt paraToks, a, b int, titled bool) *cand {
	toks := pt.toks
	lx := x.lx
	for b > a && x.isConnector(toks[b-1]) {
		b--
	}
	if a >= b {
		return nil
	}
	a = x.andNameStart(toks, a, b)
	name := pt.text[toks[a].s:toks[b-1].e]
	key := EntityKey(name)
	last := b - 1
	if last > a && isRoman(pt.text[toks[last].s:toks[last].e]) {
		last-- // "World War II" ends in "War"
	}
	if key == "" || lx.notEntityAt(toks[a].low, "first") {
		return nil
	}
	// "Anna X, a QC and law lecturer, said", "made an OBE": a post-nominal
	// written alone is a rank or an honour, no body (it was an
	// organisation "QC" and her affiliation).
	if b-a == 1 && toks[a].caps && lx.titles[titleKey(toks[a].low)] == "postnominal" {
		if _, known := lx.known[key]; !known {
			return nil
		}
	}
	// "won an Oscar for the film", "campaign for a Grammy.": a name
	// counted by "a" or "an" and modifying no noun after it is a thing
	// of its maker's or its givers' name (an award, a car), no one's.
	if x.countedThing(toks, a, b) {
		return nil
	}
	// "German-US relations", "U.S.-Canadian talks": places and demonyms
	// joined by hyphens say between whom, and name no place or body
	// (unless the gazetteers know the whole: "Guinea-Bissau").
	if _, known := lx.known[key]; !known && x.demonymCompound(toks, a, b) {
		return nil
	}
	if lx.notEntityAt(toks[last].low, "last") && !(b-a == 2 && lx.given[toks[a].low]) { // but "Jude Law" is a person
		// "UN Security Council Resolution 2328", "the Brussels Conference":
		// the event is no entity, but the organisation or place named in it is.
		if last > a && (x.knownAt(pt, a, last) == last-a || last-a == 1 && lx.known[EntityKey(pt.text[toks[a].s:toks[a].e])].typ != "") {
			return x.newCand(pt, a, last)
		}
		// "the Norwich Union Grand Prix": a word that makes a body's name
		// after the first says the first is part of that name, no place.
		if last > a+1 && !lx.orgHeads[toks[a+1].low] {
			if _, ok := lx.known[EntityKey(pt.text[toks[a].s:toks[a].e])]; ok {
				return x.newCand(pt, a, a+1)
			}
		}
		return nil
	}
	if b-a == 1 && isPartyCode(name) {
		return nil
	}
	// "Brian 'Head' Welch", "Antonio \"LA\" Reid": a nickname in quotes
	// between a given name and a surname names no one of its own, and no
	// city.
	if x.quotedNickname(toks, a, b) {
		return nil
	}
	if x.inEventName(toks, a, b) {
		return nil
	}
	// "South African", "Latin American", "Middle Eastern": an adjective,
	// not a place.
	if b-a >= 2 && (lx.demAdj[toks[b-1].low] != "" || lx.demAdj[strings.ToLower(name)] != "") {
		if _, ok := lx.known[key]; !ok {
			return nil
		}
	}
	c := &cand{para: pt.idx, s: toks[a].s, e: toks[b-1].e, ns: toks[a].s, ne: toks[b-1].e,
		name: name, key: key, words: strings.Fields(key), affTok: -1, ownerTok: -1, kind: -1, firstTok: a, lastTok: b - 1, cluster: -1}
	kn, known := lx.known[key]
	// "Mr Wellington", "General Jordan": after a person's title a known
	// place or organisation's name is someone's surname.
	if known && titled && kn.typ != EntityPerson {
		known, c.surname = false, true
	}
	if known {
		c.known = true
		c.votes[voteIndex(kn.typ)] += 8
	}
	single := b-a == 1
	if single && !known && !titled {
		t := toks[a]
		sing := strings.TrimSuffix(t.low, "s")
		if !t.caps && lx.demPlural[t.low] == "" && (lx.notNames[t.low] || x.lowerSeen[t.low] || x.lowerSeen[sing] || lx.titles[titleKey(t.low)] != "" ||
			lx.titles[sing] != "" || x.commonWord(t) || x.commonWord(etok{low: sing, sent: t.sent})) {
			return nil
		}
		if len([]rune(key)) < 2 {
			return nil
		}
		// "DJ duo X and Y": a job written in capitals names no one.
		if t.caps && lx.titles[titleKey(t.low)] == "role" {
			return nil
		}
	}
	if single && toks[a].caps && !known {
		c.votes[vOrg] += 3 // an acronym speaks as an organisation: "ZNT said"
	}
	c.articleRight = a > 0 && articles[toks[a-1].low] && !titled
	c.ownDet = !titled && (single || !lx.given[toks[a].low]) && ownDeterminer(toks, a)
	c.theBefore = c.articleRight || !titled && x.determinedBefore(toks, a)
	// "Boulevard of Broken Dreams": after a capitalised word and "of", a
	// name is the end of a longer one, a title's or a body's.
	c.theBefore = c.theBefore || !titled && a >= 2 && toks[a-1].low == "of" && toks[a-2].upper && toks[a-2].pos == text.PROPN
	// "the Teessiders, who": one plural after "the" names a side's players
	// or a people, a group.
	if single && !known && c.theBefore && toks[a].tag == "NNPS" && x.memberPlural(toks[a]) {
		c.votes[vGroup] += 3
	}
	// "four Wallabies", "one of five Ospreys": a number word before one
	// capitalised plural counts the members of a side; the side is an
	// organisation (but "two Kurds" are a people's, "100,000 Minis" and
	// "40 VBIEDs" things).
	if (single || b-a == 2 && !lx.given[toks[a].low]) && !known && x.countWordBefore(toks, a) && x.memberPlural(toks[b-1]) && lx.demPlural[toks[b-1].low] == "" && !acronymPlural(name) {
		c.votes[vOrg] += 3
	}
	// "the Blues' league match", "the Sharks' coach": a plural after "the"
	// that owns a match or a role is a side ("Jones' coach" is a person's).
	if single && !known && a > 0 && toks[a-1].low == "the" && b < len(toks) && toks[b].poss && x.memberPlural(toks[a]) && lx.demPlural[toks[a].low] == "" && x.ownsMatchOrRole(toks, b+1) {
		c.votes[vOrg] += 4
	}
	// "the Assad dynasty": a name used as a modifier names no one new.
	if single && !known && !toks[a].caps && a > 0 && toks[a-1].low == "the" && b < len(toks) && toks[b].word && !toks[b].upper &&
		!strings.HasSuffix(toks[b].low, "ed") && lx.after[toks[b].low].typ != EntityPerson && lx.demPlural[toks[a].low] == "" {
		c.modifier = true
	}
	c.nounMod = !known && x.nounModifier(toks, b)
	if !known && x.kindAfter(toks, a, b, c) {
		c.modifier, c.nounMod = false, false
	}
	// "Ahmed 'Mido' Hossam", "(Zinedine) Zidane": a given name that a
	// longer name continues founds no one of its own.
	if single && !known && lx.given[toks[a].low] && partOfLongerName(toks, a, b) {
		c.modifier = true
	}
	orgHead := false
	for k := a; k < b; k++ {
		if lx.orgHeads[toks[k].low] {
			c.votes[vOrg] += 3
			orgHead = true
			break
		}
	}
	// "Airbus A380", "BMW X5", "Casio QV-10": a maker's name and a model's
	// code of letters and digits name a product (but "England Under-21"
	// and "Iceland U21" are sides).
	if b-a == 2 && !known && modelCode(pt.text[toks[a+1].s:toks[a+1].e]) {
		c.votes[vThing] += 8
	}
	// "59 IDX-10 systems", "A-6F aircraft", "the DC-10", "M-1 money
	// supply": letters, a hyphen and digits alone name a model, a law or
	// a measure, no body (the gazetteer knows "G-7").
	if w := pt.text[toks[a].s:toks[a].e]; b-a == 1 && !known && strings.Contains(w, "-") && modelCode(w) {
		c.votes[vThing] += 8
	}
	// "1947's Nicholas Nickleby", "2004's Ocean's Twelve": the name after
	// a year's possessive is a work's or an event's.
	if a >= 1 && !known && (yearWord(strings.TrimSuffix(strings.TrimSuffix(toks[a-1].low, "'s"), "’s")) && len(toks[a-1].low) > 4 || a >= 2 && toks[a-1].poss && yearWord(toks[a-2].low)) {
		c.votes[vThing] += 8
	}
	// "the Dawn and Drew Show", "a Tony Award": a thing's kind that ends a
	// name makes it a thing's, a given name first or not (but "School of
	// Speech and Drama" is a school's).
	if v, plural := x.kindOf(toks[b-1].low); !single && !known && !orgHead && !plural && v == vThing {
		c.votes[vThing] += 4
	} else if b-a >= 2 && !known && !orgHead {
		// "Digital Rights Management", "High Speed Downlink Packet
		// Access": a technology's kind of two words ends the name, or is
		// all of it ("American Depositary Shares" after a demonym read as
		// a role).
		if v, plural := x.kindOf(toks[b-2].low + " " + toks[b-1].low); v == vThing && !plural {
			c.votes[vThing] += 8
		}
	}
	// "Mark IV Industries Inc": a legal suffix makes a firm, whoever the
	// name's first word could be.
	if b-a >= 2 && lx.legal[EntityKeyWord(toks[b-1].low)] {
		c.votes[vOrg] += 8
	}
	if !single && lx.placeFirst[toks[a].low] && (!lx.placeFirstThe[toks[a].low] || a > 0 && toks[a-1].low == "the") {
		c.votes[vPlace] += 3
	}
	// "Palo Alto, Calif.-based Quorum", "Ridgeton-based Pembry": the seat
	// of the firm named after "-based" is a place.
	if f, _ := x.basedFirm(pt, b); f > 0 {
		c.votes[vPlace] += 6
	}
	// "Stamford Bridge", "Elland Road"; but a given name and one such word
	// is a person's name as readily ("Wayne Bridge", "Damon Hill"): what
	// is around it decides.
	if !single && lx.placeLast[toks[b-1].low] && !(b-a == 2 && lx.given[toks[a].low]) {
		c.votes[vPlace] += 3
	}
	// "Brian 'Head' Welch": the surname after a given name and a nickname
	// is a person's.
	if single && !known && x.afterNickname(toks, a) {
		c.personal, c.personHint = true, true
		c.votes[vPerson] += 3
	}
	if lx.given[toks[a].low] && !known {
		c.personal = true
		switch {
		case single:
			c.votes[vPerson] += 2
			c.nameVote = 2
		case b-a >= 4 && orgHead, b-a >= 3 && lx.orgHeads[toks[b-1].low] && pluralHead(toks[b-1].low):
			// "Franklin Puerto Rico Tax-Free Income Fund": a long name
			// with an organisation's head is the organisation's; so is a
			// founder's name with a head in the plural after it ("Walter
			// Hobbs Films"; "Thomas Haden Church" is a man's).
		default:
			c.votes[vPerson] += 3
		}
	}
	// Words before: "in Raqqa", "city of al-Shaddadi", "Photo/Ghaith Alsayed".
	placeBefore := false
	if a > 0 {
		p := a - 1
		if toks[p].low == "the" && p > 0 {
			p--
		}
		cue, ok := entityCue{}, false
		if p > 1 {
			if cue, ok = lx.before[toks[p-2].low+" "+toks[p-1].low+" "+toks[p].low]; ok {
				cue.weight += 2
			}
		}
		if p > 0 && !ok {
			if cue, ok = lx.before[toks[p-1].low+" "+toks[p].low]; ok {
				cue.weight++
			}
		}
		if !ok {
			cue, ok = lx.before[toks[p].low]
		}
		// "in The Aviator", "Lost In Translation": a cue or an article in
		// title case inside a sentence is a word of a work's title.
		if ok && (titleCased(toks[p]) || p < a-1 && titleCased(toks[a-1])) {
			ok = false
		}
		// "a tackle on Scholes", "five on Ronaldo": the target of an act, or
		// what a number counts, not a channel "on" names ("on Twitter").
		if ok && toks[p].low == "on" && p > 0 && (lx.targetNouns[toks[p-1].low] || toks[p-1].pos == text.NUM) {
			ok = false
		}
		// "economist at Harlow Brothers", "portal director at Fenwick": a
		// job held at a name is held at an employer, no place (a known
		// place keeps its gazetteer's word: "correspondent at Westminster";
		// a candidate stands at a seat: "candidate at Sudbury").
		employer := false
		if ok && cue.typ == EntityPlace && toks[p].low == "at" && p > 0 && toks[p-1].word && !toks[p-1].upper &&
			toks[p-1].lemma != "candidate" && (lx.titles[titleKey(toks[p-1].low)] == "role" || lx.titles[titleKey(toks[p-1].low)] == "office") {
			cue, employer = entityCue{typ: EntityOrganization, weight: 2}, true
		}
		// "said Veritas would": the subject of what was said, not the
		// speaker of "..., said Graham."
		if ok && cue.typ == EntityPerson && toks[p].low == "said" && b < len(toks) && toks[b].word && !toks[b].upper {
			ok = false
		}
		// "joined Dev Patil's sitcom", "at Acme's offices": the cue is
		// about the thing the name owns, unless a place's cue comes before
		// a part of a place ("in Valmora's central square").
		if ok && b < len(toks) && toks[b].poss && !(cue.typ == EntityPlace && x.ownsPlacePart(toks, b+1)) {
			ok = false
		}
		if ok {
			c.votes[voteIndex(cue.typ)] += cue.weight
			// The employer, like the place, is not who speaks after it
			// ("economist at Acme Insight said").
			placeBefore = cue.typ == EntityPlace || employer
		}
		// "widely known as Hemedti", "known as UNIFIL": another name of what
		// was just named.
		if p > 0 && toks[p].low == "as" && (toks[p-1].low == "known" || toks[p-1].low == "nicknamed") {
			for k := len(x.cands) - 1; k >= 0 && x.cands[k].para == pt.idx; k-- {
				o := x.cands[k]
				if o.lastTok < p-7 || sentenceBetween(toks, o.lastTok, p) {
					break // "… Verizon's bid. Formerly known as Worldcom, MCI is …"
				}
				// An acronym is no place's other name: "Force in Lebanon, known as UNIFIL".
				if !o.group && !o.titleOnly && !(toks[a].caps && o.votes[vPlace] > o.votes[vOrg]) {
					c.aliasOf = o
					break
				}
			}
		}
		if toks[a-1].low == "/" && a >= 2 && toks[a-2].low == "photo" {
			c.votes[vPerson] += 3
		}
		x.kindBefore(toks, a, c)
		x.titledThe(toks, a, b, c)
		// "the game Grand Theft Auto: San Andreas": a subtitle after a
		// work's name and a colon is the work's too.
		if toks[a-1].low == ":" && a >= 2 {
			for k := len(x.cands) - 1; k >= 0 && x.cands[k].para == pt.idx; k-- {
				if o := x.cands[k]; o.lastTok == a-2 {
					if o.kind == vThing {
						c.votes[vThing] += kindWeight
						c.kind = vThing
					}
					break
				}
			}
		}
		// "joined Dev Patil's new sitcom": the verb takes the thing the
		// name owns, not the name.
		if possessor := b < len(toks) && toks[b].poss; !possessor && !x.objectOfVerb(toks, a, c) {
			x.objectInParse(pt, a, b, c)
		}
		x.pluralBefore(pt, a, b, c)
	}
	// "LCD (Liquid Crystal Display)": a name in brackets that spells out the
	// acronym before them is a body's or a thing's, no person's.
	if a >= 2 && len(c.words) >= 2 && toks[a-1].low == "(" && toks[a-2].word && toks[a-2].caps &&
		initials(c.words) == EntityKey(pt.text[toks[a-2].s:toks[a-2].e]) {
		c.acronym = pt.text[toks[a-2].s:toks[a-2].e]
		c.votes[vOrg] += 4
	}
	// "the company's chief executive, Jensen Huang": a role before a comma.
	if a >= 2 && toks[a-1].low == "," && toks[a-2].word && !toks[a-2].upper {
		if k := lx.titles[titleKey(toks[a-2].low)]; k == "role" || k == "office" || k == "rank" {
			r := a - 2
			for r > 0 && r > a-5 && toks[r-1].word && !toks[r-1].upper && (lx.titles[titleKey(toks[r-1].low)] != "" || lx.groupMods[toks[r-1].low]) {
				r--
			}
			if r > 0 && (toks[r-1].poss || toks[r-1].low == "the" || toks[r-1].low == "its" || toks[r-1].low == "their" || toks[r-1].low == "his" || toks[r-1].low == "her") {
				c.roles = append(c.roles, pt.text[toks[r].s:toks[a-2].e])
				c.votes[vPerson] += 3
				c.personHint = true
			}
		}
	}
	// "Cambridge-based", "Glasgow-born": a place; what is based there,
	// named right after, is a firm ("Cambridge-based Ubisense").
	// ("Linux-based desktops": based on a thing, no place.)
	if b+1 < len(toks) && toks[b].low == "-" && placeSuffixes[toks[b+1].low] {
		if toks[b+1].low == "based" && !x.basedWhat(toks, b+2) {
			return nil
		}
		c.votes[vPlace] += 6
	}
	if a >= 2 && toks[a-1].low == "based" && toks[a-2].low == "-" && !lx.given[toks[a].low] {
		c.votes[vOrg] += 2
	}
	// Words after: "Graham said", "Al-Aqtan prison", ", who", ", the SDF commander".
	if b < len(toks) {
		n := b
		if toks[n].poss && n+1 < len(toks) {
			n++
		}
		if cue, ok := lx.after[toks[n].low]; ok && toks[n].word && !toks[n].upper && !(placeBefore && cue.typ == EntityPerson) {
			// ("Residents in Omdurman told Reuters": the place is not the speaker.)
			v := voteIndex(cue.typ)
			// "Yukos said it would appeal": a speaker that is an "it".
			if v == vPerson && n+1 < len(toks) && (toks[n+1].low == "it" || toks[n+1].low == "its") {
				v = vOrg
			}
			// "Scotland Yard said", "Wales Office said": a country's or a
			// region's name, not a given name, then one word that is no
			// given name nor title, is a body's name.
			if kn, ok := lx.known[EntityKeyWord(toks[a].low)]; v == vPerson && ok && kn.typ == EntityPlace && b-a == 2 && !lx.given[toks[a].low] &&
				!lx.given[toks[a+1].low] && lx.titles[titleKey(toks[a+1].low)] == "" {
				v = vOrg
			}
			c.votes[v] += cue.weight
		} else if v, plural := x.kindOf(toks[b].low); v == vPlace && toks[b].word && !toks[b].upper {
			// "Soc Trang province"; "Ben Tre, Tra Vinh and Soc Trang
			// provinces" are all provinces.
			c.votes[vPlace] += 3
			c.pluralKindAfter = plural
		}
		// "Qanbar was a commander", "Veritas is a party".
		if n+3 < len(toks) && (toks[n].low == "was" || toks[n].low == "is") && (toks[n+1].low == "a" || toks[n+1].low == "an" || toks[n+1].low == "the") {
			for m := n + 2; m < n+5 && m < len(toks) && toks[m].word; m++ {
				if k := lx.titles[titleKey(toks[m].low)]; k == "role" || k == "office" || k == "rank" {
					c.votes[vPerson] += 2
					break
				}
				if v, plural := x.kindOf(toks[m].low); v >= 0 && !plural {
					c.votes[v] += 2
					break
				}
			}
		}
		if n+1 < len(toks) && toks[n].word && !toks[n].upper && (toks[n+1].low == "his" || toks[n+1].low == "her") {
			c.votes[vPerson]++
			c.personal = true
		}
		if toks[n].low == "himself" || toks[n].low == "herself" {
			c.personal = true
		}
		switch toks[b].low {
		case ",":
			if b+1 < len(toks) && toks[b+1].low == "who" {
				c.votes[vPerson] += 2
				c.personal = true
			}
			if b+1 < len(toks) && toks[b+1].low == "which" {
				c.votes[vOrg]++
			}
			// ", D-N.H., said": the party code set off by commas.
			for m := b + 1; m < len(toks) && m <= b+5; m++ {
				if toks[m].low == "," || toks[m].low == ")" {
					if code := pt.text[toks[b].e:toks[m].s]; m > b+1 && isPartyCode(strings.TrimSpace(code)) {
						c.roles = append(c.roles, strings.TrimSpace(code))
						c.votes[vPerson] += 4
						c.personHint = true
					}
					break
				}
			}
			x.appositive(pt, b, c)
			x.kindApposition(toks, b, c)
		case "(":
			x.parenthetical(pt, b, c)
		}
		// "Lord Weston of Brockley": the place of a peer's title.
		if a > 0 && peerTitles[toks[a-1].low] && b+1 < len(toks) && toks[b].low == "of" && toks[b+1].upper {
			c.peerOf = b + 1
			c.votes[vPerson] += 4
			c.personHint = true
		} else if k := b; k+1 < len(toks) && (toks[k].low == "of" || toks[k].low == "at" || toks[k].low == "from") {
			// "Palani of the London School of Economics": an affiliation.
			k++
			if toks[k].low == "the" {
				k++
			}
			if k < len(toks) && toks[k].upper {
				c.affTok = k
			}
		}
	}
	x.predicate(pt, a, b, c)
	x.servedAs(toks, b, c)
	x.pluralVerb(pt, a, b, c)
	// "Labour's Paul Flynn": the possessor may be what the person belongs to.
	if a >= 2 && toks[a-1].poss && toks[a-2].upper {
		c.ownerTok = a - 2
		// "Led Zeppelin's Jimmy Page": what owns a person named in full
		// is a band, a club or a party; people have wives and lawyers.
		if b-a >= 2 && lx.given[toks[a].low] && !known {
			x.ownerVote(pt, a-2, "role")
		}
	}
	// "David Rubin & Partners": a name joined by "&" is a firm's.
	if strings.Contains(name, "&") {
		c.votes[vOrg] += 3
	}
	if x.pending != nil && x.pendingTok == a && x.pending.para == c.para {
		c.roles = append(c.roles, x.pending.roles...)
		c.votes[vPerson] += 4
		c.personHint = true
		x.pending.holder = c
		x.pending = nil
	}
	x.cands = append(x.cands, c)
	return c
}

// parenthetical reads "(SDF)" after an organisation as its acronym and
// "(R-SC)" after a person as a role.
func (x *entityExtractor) parenthetical(pt paraToks, open int, c *cand) {
	toks := pt.toks
	close := -1
	for m := open + 1; m < len(toks) && m <= open+6; m++ {
		if toks[m].low == ")" {
			close = m
			break
		}
	}
	if close < 0 {
		return
	}
	// "Colbert Fleming (Far East) Ltd", "Quill Securities (F.E.) Ltd": a
	// bracket before a legal form holds where a firm's unit works; the
	// name before it is the firm's, and the bracket no other name of it.
	if close+1 < len(toks) && toks[close+1].upper && x.lx.legal[EntityKeyWord(toks[close+1].low)] {
		c.votes[vOrg] += 8
		return
	}
	// "(R-SC)", "(D-N.Y.)": a U.S. lawmaker's party and state.
	if code := pt.text[toks[open].e:toks[close].s]; isPartyCode(code) {
		c.roles = append(c.roles, code)
		c.votes[vPerson] += 4
		c.personHint = true
		return
	}
	if close != open+2 {
		return
	}
	t := toks[open+1]
	if !t.word || !t.caps {
		return
	}
	text := pt.text[t.s:t.e]
	if isPartyCode(text) {
		c.roles = append(c.roles, text)
		c.votes[vPerson] += 4
		c.personHint = true
		return
	}
	// "Muriel Spark (UK)", "Phil Fear (WRU)": a country or a body in
	// brackets after a person's name is where the person is from or
	// works, no other name of the person's.
	if _, place := x.lx.known[EntityKey(text)]; place && initials(c.words) != EntityKey(text) {
		return
	}
	// ("Lawyers' Christian Fellowship (LCF)": an acronym that ends with
	// the name's initials spells a longer name of the body.)
	if c.personal && !strings.HasSuffix(EntityKey(text), initials(c.words)) {
		return
	}
	if initials(c.words) == EntityKey(text) || len(c.words) >= 2 {
		c.acronym = text
	}
}

// isRoman tells a roman numeral of two letters or more: "II", "XIV".
func isRoman(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("IVXLC", rune(s[i])) {
			return false
		}
	}
	return true
}

// isPartyCode tells a U.S. party and state code: "R-SC", "D-N.Y.", "I-Vt.".
func isPartyCode(s string) bool {
	if len(s) < 3 || len(s) > 10 || s[1] != '-' || !strings.ContainsRune("RDI", rune(s[0])) {
		return false
	}
	for i := 2; i < len(s); i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '.') {
			return false
		}
	}
	return s[2] >= 'A' && s[2] <= 'Z'
}

// initials returns the first letters of a name's words, leaving out "of",
// "the", "and", "for": "syrian democratic forces" is "sdf".
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		switch w {
		case "of", "the", "and", "for", "on", "in", "al", "de":
			continue
		}
		b.WriteByte(w[0])
	}
	return b.String()
}

// groups finds collective actors in lower case: "tribal fighters",
// "government forces", "both sides".
func (x *entityExtractor) groups(pt paraToks) {
	toks := pt.toks
	lx := x.lx
	for k := 1; k < len(toks); k++ {
		t := toks[k]
		if !t.word || t.upper || !lx.groupHeads[t.low] {
			continue
		}
		m := k
		for m > 0 && toks[m-1].word && (lx.groupMods[toks[m-1].low] || lx.demAdj[toks[m-1].low] != "") {
			m--
		}
		if m == k {
			continue
		}
		name := strings.ToLower(pt.text[toks[m].s:t.e])
		c := &cand{para: pt.idx, s: toks[m].s, e: t.e, ns: toks[m].s, ne: t.e, name: name, key: EntityKey(name),
			affTok: -1, ownerTok: -1, kind: -1, firstTok: m, lastTok: k, group: true, cluster: -1}
		c.words = strings.Fields(c.key)
		c.votes[vGroup] += 10
		// "Iraqi security forces": a nation's forces are an organisation.
		if lx.institution[t.low] && lx.demAdj[toks[m].low] != "" && toks[m].upper {
			c.group = false
			c.votes[vGroup] = 0
			c.votes[vOrg] += 10
			c.name = pt.text[toks[m].s:t.e]
		}
		x.cands = append(x.cands, c)
	}
}

// inEventName tells whether the name toks[a:b] is part of an event's name:
// "the United Kingdom general election", "the Iraq war", "the 1996 Senate
// election in Montana".
func (x *entityExtractor) inEventName(toks []etok, a, b int) bool {
	k := b
	for k < len(toks) && k < b+2 && toks[k].word && !toks[k].upper && x.lx.eventMods[toks[k].low] {
		k++
	}
	if k < len(toks) && toks[k].word && !toks[k].upper && x.lx.events[toks[k].low] {
		return true
	}
	// "election in Montana", after a name or a year: the place is the event's.
	if a >= 3 && toks[a-1].low == "in" && (toks[a-2].low == "election" || toks[a-2].low == "elections") {
		p := a - 3
		for p > 0 && x.lx.eventMods[toks[p].low] {
			p--
		}
		return toks[p].upper || toks[p].low != "" && toks[p].low[0] >= '0' && toks[p].low[0] <= '9'
	}
	return false
}

// ownsPlacePart tells whether the words from k on, after a possessive,
// name a part of a place ("central square", "old city", "outskirts"):
// lower-case words, up to three, the last of them in place_parts.
func (x *entityExtractor) ownsPlacePart(toks []etok, k int) bool {
	for i := k; i < len(toks) && i < k+3 && toks[i].word && !toks[i].upper; i++ {
		if x.lx.placeParts[toks[i].low] || i > k && x.lx.placeParts[toks[i-1].low+" "+toks[i].low] {
			return true
		}
	}
	return false
}

// objectOfVerb reads a name right after a verb whose objects are things
// ("she bought a Game Boy Advance", "Acme released Firefox"), as the
// tagger reads the verb.
func (x *entityExtractor) objectOfVerb(toks []etok, a int, c *cand) bool {
	p := a - 1
	if p > 0 && (toks[p].low == "the" || toks[p].low == "a" || toks[p].low == "an" || toks[p].low == "its" || toks[p].low == "their") {
		p--
	}
	if t := toks[p]; t.pos == text.VERB {
		if typ, ok := x.lx.objectVerbs[t.lemma]; ok {
			c.votes[voteIndex(typ)] += 2
			return true
		}
	}
	return false
}

// agentNouns are the endings of nouns for people by what they do.
var agentNouns = []string{"er", "or", "ist", "ant", "ent", "ian", "eer"}

// agentNoun tells a noun for people by what they do ("auditors",
// "administrators", "analysts"), from the titles' roles or its ending;
// "the same problems Vogts had" names no trade.
func (x *entityExtractor) agentNoun(t etok) bool {
	if kind, _ := x.roleWord(t.low); kind != "" {
		return true
	}
	return AgentEnding(t.lemma) || strings.HasSuffix(t.low, "s") && AgentEnding(strings.TrimSuffix(t.low, "s"))
}

// AgentEnding tells a word with the ending of a noun for people by what
// they do ("futurologist", "librarian", "auctioneer").
func AgentEnding(w string) bool {
	for _, e := range agentNouns {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// pluralBefore reads a plural common noun right before a single name
// ("external auditors Arthur Andersen", "rivals Sony"): people by their
// trade named by one name that no list continues are a firm of them
// ("sprinters Ann X and Bea Y" are people).
func (x *entityExtractor) pluralBefore(pt paraToks, a, b int, c *cand) {
	toks := pt.toks
	t := toks[a-1]
	if !t.word || t.upper || t.pos != text.NOUN || t.tag != "NNS" || c.personHint || !x.agentNoun(t) {
		return
	}
	// "Nadal beats Andy Roddick": a name before it makes it a verb.
	if a >= 2 && toks[a-2].upper {
		return
	}
	if listContinues(toks, b) || b < len(toks) && toks[b].poss || x.surnameOfNamed(c) {
		return // "… comics, stars Reeves as an exorcist", after "Keanu Reeves"
	}
	c.votes[vOrg] += 4
}

// acronymPlural tells whether w is an acronym's plural: "VBIEDs", "PSPs".
func acronymPlural(w string) bool {
	stem := strings.TrimSuffix(w, "s")
	return len(stem) >= 2 && len(stem) < len(w) && strings.ToUpper(stem) == stem
}

// ownsMatchOrRole tells whether the noun phrase from toks[k] is headed by
// an event ("Celtic League match", "league match") or a role ("coach")
// within its first four words.
func (x *entityExtractor) ownsMatchOrRole(toks []etok, k int) bool {
	for m := k; m < len(toks) && m < k+4 && toks[m].word; m++ {
		if toks[m].upper {
			continue
		}
		if role, _ := x.roleWord(toks[m].low); role != "" || x.lx.events[toks[m].low] {
			return true
		}
		if toks[m].pos != text.NOUN && toks[m].pos != text.ADJ {
			return false
		}
	}
	return false
}

// countWordBefore tells whether a number written as a word stands right
// before toks[k]: "four All Blacks", not "100,000 Minis" nor "$3bn Trident".
func (x *entityExtractor) countWordBefore(toks []etok, k int) bool {
	if k < 1 || !toks[k-1].word || toks[k-1].pos != text.NUM {
		return false
	}
	return k < 2 || toks[k-2].e != toks[k-1].s
}

// servedAs reads "Parry joined Liverpool as chief executive", "Lamb served
// as chairman": a name whose verb, a few words on, casts it as a person's
// role or office is a person's.
func (x *entityExtractor) servedAs(toks []etok, b int, c *cand) {
	if b >= len(toks) || !toks[b].word || toks[b].upper || toks[b].pos != text.VERB && toks[b].pos != text.AUX {
		return
	}
	for k := b + 1; k+1 < len(toks) && k <= b+5; k++ {
		t := toks[k]
		if !t.word || t.low == "." {
			return
		}
		if t.low != "as" {
			continue
		}
		for r := k + 1; r < len(toks) && r <= k+4 && toks[r].word && !toks[r].upper; r++ {
			if kind, plural := x.roleWord(toks[r].low); kind != "" && kind != "team" && !plural {
				c.votes[vPerson] += 2
				c.personHint = true
				return
			}
		}
		return
	}
}

// sentenceBetween tells whether a sentence starts after token a and at or
// before token b.
func sentenceBetween(toks []etok, a, b int) bool {
	for k := a + 1; k <= b && k < len(toks); k++ {
		if toks[k].sent {
			return true
		}
	}
	return false
}

// pluralHead tells an organisation's head word in the plural: "films",
// "stores", not "church" or "business".
func pluralHead(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// titleCased tells a word written with a capital inside a sentence.
func titleCased(t etok) bool { return t.word && t.upper && !t.sent }

// ownDeterminer tells whether "a", "an" or a possessive determiner stands
// right before toks[a], or a possessive before one adjective before it: "a
// Bafta", "her Oscar", "his second Oscar" (but "an angry Beattie said" is
// a man).
func ownDeterminer(toks []etok, a int) bool {
	k := a - 1
	if k < 0 {
		return false
	}
	if t := toks[k]; t.low == "a" || t.low == "an" {
		return true
	}
	if k >= 1 && toks[k].word && !toks[k].upper && toks[k].pos == text.ADJ {
		k--
	}
	return toks[k].tag == "PRP$" && toks[k].low != "its"
}

// isQuoteMark tells a quotation mark or an apostrophe standing alone.
func isQuoteMark(low string) bool {
	switch low {
	case "'", "\"", "\u2018", "\u2019", "\u201c", "\u201d":
		return true
	}
	return false
}

// quotedNickname tells whether toks[a:b] is a nickname in quotation marks
// between a given name and a capitalised word: "Brian 'Head' Welch".
func (x *entityExtractor) quotedNickname(toks []etok, a, b int) bool {
	if a < 2 || b-a > 3 || b+1 >= len(toks) || !isQuoteMark(toks[a-1].low) || !isQuoteMark(toks[b].low) {
		return false
	}
	g, s := toks[a-2], toks[b+1]
	return g.word && g.upper && x.lx.given[g.low] && s.word && s.upper && toks[a-1].s == g.e+1 && s.s == toks[b].e+1
}

// afterNickname tells whether toks[a] follows a given name and a nickname
// in quotation marks: "Welch" in "Brian 'Head' Welch".
func (x *entityExtractor) afterNickname(toks []etok, a int) bool {
	if a < 4 || !isQuoteMark(toks[a-1].low) {
		return false
	}
	for k := a - 3; k >= 1 && k >= a-5; k-- {
		if isQuoteMark(toks[k].low) {
			return x.quotedNickname(toks, k+1, a-1)
		}
	}
	return false
}

// andNameStart returns where the organisation's name toks[a:b] starts when
// a common word and "and" after "the" begin it: "the Public and Commercial
// Services Union", "the US Securities and Exchange Commission" (but "the
// Conservatives and Liberal Democrats" are two). It returns a otherwise.
func (x *entityExtractor) andNameStart(toks []etok, a, b int) int {
	if a < 3 || toks[a-1].low != "and" || !x.hasOrgHead(toks, a, b) {
		return a
	}
	w := toks[a-2]
	if !w.word || !w.upper || w.caps || x.lx.given[w.low] || x.lx.demPlural[w.low] != "" || !text.Known(w.low) {
		return a
	}
	if _, known := x.lx.known[EntityKeyWord(w.low)]; known {
		return a
	}
	switch p := toks[a-3]; {
	case p.low == "the":
		return a - 2
	case a >= 4 && toks[a-4].low == "the" && p.caps && x.lx.known[EntityKeyWord(p.low)].typ == EntityPlace:
		return a - 3
	}
	return a
}

// modelCode tells a product model's code: one to three letters, perhaps a
// hyphen, and digits, a letter or a plural's "s" after them ("A321",
// "X5", "QV-10", "P900", "A300s"); an age group's ("U21", "Under-21") is
// none.
func modelCode(w string) bool {
	low := strings.ToLower(w)
	if strings.HasPrefix(low, "under") || low[0] == 'u' {
		return false
	}
	i := 0
	for i < len(w) && i < 3 && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	if i == 0 {
		return false
	}
	if i < len(w) && w[i] == '-' {
		i++
	}
	d := i
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == d {
		return false
	}
	rest := w[i:]
	return rest == "" || rest == "s" || len(rest) == 1 && unicode.IsLetter(rune(rest[0]))
}

// portfolioWord tells a capitalised word that may name a minister's field
// before "and": a portfolio of the titles table or a word of English that
// is no one's name ("Trade", "Work"; not "Brown" where Gordon Brown is).
func (x *entityExtractor) portfolioWord(t etok) bool {
	if !t.word || !t.upper || t.caps || x.lx.given[t.low] || x.givenSurnames[t.low] {
		return false
	}
	if _, known := x.lx.known[EntityKeyWord(t.low)]; known {
		return false
	}
	return x.lx.portfolio[t.low] || text.Known(t.low)
}

// titledThe reads a name after "The" written in capitals inside a sentence
// as a work's title ("starred in The Quiet Harbour", "her album was called
// The Long Road", "presents The Big Quiz"): a thing, no entity. A name the
// gazetteers know stays ("told The Times"), and so do a body's name (an
// organisation's head: "The Brookings Institution"), a band's or a team's
// name in the plural ("The Charlatans"), a paper's name of one agent noun
// ("The Spectator", "The Observer") and a name after an organisation's
// kind ("research firm The Yankee Group").
func (x *entityExtractor) titledThe(toks []etok, a, b int, c *cand) {
	if a < 2 || toks[a-1].low != "the" || !toks[a-1].upper || toks[a-1].sent || !toks[a-2].word || c.known {
		return
	}
	if x.hasOrgHead(toks, a, b) || pluralHead(toks[b-1].low) || b-a == 1 && AgentEnding(toks[a].low) {
		return
	}
	if v, _ := x.kindOf(toks[a-2].low); v == vOrg || v == vPerson || v == vPlace || x.lx.orgHeads[toks[a-2].low] {
		return // "rock group The X"
	}
	// "The American Red Cross": a known organisation ends the name.
	for k := a + 1; k < b; k++ {
		if x.lx.known[EntityKey(x.text[toks[k].s:toks[b-1].e])].typ == EntityOrganization {
			return
		}
	}
	c.votes[vThing] += kindWeight
}

// partyNames are the last words of a party's name in the gazetteer.
var partyNames = map[string]bool{"party": true, "democrats": true, "liberals": true, "socialists": true, "greens": true, "nationalists": true, "unionists": true, "communists": true, "conservatives": true}

// partyPhrase returns the party that the one or two capitalised words
// toks[a:p] name, as written before a member's name: the party's name, an
// alias, or its member's singular ("Liberal Democrat", "Lib Dem", "SNP"),
// or "".
func (x *entityExtractor) partyPhrase(toks []etok, a, p int) string {
	if p-a < 1 || p-a > 2 || !toks[a].upper || !toks[p-1].upper {
		return ""
	}
	name := x.text[toks[a].s:toks[p-1].e]
	for _, n := range []string{name, name + "s"} {
		if kn, ok := x.lx.known[EntityKey(n)]; ok && kn.typ == EntityOrganization {
			if f := strings.Fields(strings.ToLower(kn.name)); len(f) > 0 && partyNames[f[len(f)-1]] {
				return kn.name
			}
		}
	}
	return ""
}

// yearWord tells a year written in four digits, 1800 to 2099.
func yearWord(w string) bool {
	if len(w) != 4 || !(strings.HasPrefix(w, "18") || strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
