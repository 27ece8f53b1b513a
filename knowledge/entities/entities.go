package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge/article"
	"github.com/briefbot/briefbot/knowledge/text"
)

// Entity extraction works in three steps. Each searchable paragraph is
// tokenised once; capitalised runs of words are cut into titles and names,
// and every name becomes a candidate with the evidence found around it
// (gazetteers, head words, titles, given names, cue words). Candidates are
// then clustered into entities: same key, acronym and expansion, surname and
// full name. An entity's type is the sum of its candidates' evidence. Titles
// in capitals or title case are read last, and only for names already known.

// cand is one mention of a would-be entity.
type cand struct {
	para   int // index into the article's paragraphs
	s, e   int // the mention (with an adjacent title)
	ns, ne int // the name alone
	name   string
	key    string
	words  []string      // key words
	votes  [numVotes]int // person, organization, place, group, thing
	// nameVote is the part of votes[vPerson] that the word itself gives,
	// a given name alone, whatever is around it: a cluster counts it once.
	nameVote int
	roles    []string
	affs     []string
	affTok   int // token where an "of"/"at" affiliation starts, or -1
	// peerOf is the token of the place a peer's title names ("Lord Weston
	// of Brockley"), or 0: the name is then a title of one person, which
	// no other full name with the surname stands for.
	peerOf   int
	ownerTok int // last token of the name before a possessive ("Labour's Paul Flynn"), or -1
	firstTok int
	lastTok  int
	acronym  string // "(SDF)" after the name
	known    bool   // from a gazetteer
	// surname is set for a gazetteer's name after a person's title ("Mr
	// Jordan"): someone's surname, which must not gather the place's mentions
	surname    bool
	group      bool
	titleOnly  bool
	cluster    int
	personHint bool // a title or a role makes this a person for sure
	personal   bool // evidence only a person has: a given name, ", who", "his"
	modifier   bool // "the Assad dynasty": joins an entity but founds none
	nounMod    bool // written right before a noun it modifies: "the Shark Tale DVD"
	theBefore  bool // written after "the", as people's names are not
	// articleRight is set for a name right after "the", "a" or "an",
	// with no word between
	articleRight bool
	// ownDet is set for a name right after "a", "an" or a possessive
	// ("her Oscar", "his second Oscar", "a Bafta"): no one is called so
	ownDet bool
	shared bool // its role or kind is shared with the names listed after it
	kind   int  // the vote a kind noun before it gave ("firm Sophos"), or -1
	// pluralKindAfter: a place noun in the plural follows it, which the
	// names listed before it share ("Ben Tre and Soc Trang provinces").
	pluralKindAfter bool
	initialed       bool     // a line-up's name with the given name as an initial: "B Cohen"
	sides           []string // the sides a line-up gives ("Ireland"): affiliations even when places
	holder          *cand    // for a bare title, the name that follows it
	aliasOf         *cand    // "known as Hemedti": the name this one is another name of
}

const (
	vPerson = iota
	vOrg
	vPlace
	vGroup
	vThing // a work, a product, a storm, an event: no entity
	numVotes
)

// voteTypes are the entity types of the votes; a thing has none.
var voteTypes = [numVotes]string{EntityPerson, EntityOrganization, EntityPlace, EntityGroup, ""}

// kindThing is the type a table gives to the names of things.
const kindThing = "thing"

func voteIndex(typ string) int {
	switch typ {
	case EntityPerson:
		return vPerson
	case EntityOrganization, "organisation":
		return vOrg
	case EntityPlace:
		return vPlace
	case EntityGroup:
		return vGroup
	case kindThing:
		return vThing
	}
	return -1
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// paraToks is a paragraph read into entity units.
type paraToks struct {
	idx        int
	p          *text.Paragraph
	text       string
	toks       []etok
	restricted bool // all capitals or title case: read for known names only
}

// Extract finds the people, organisations, places and groups of an article.
func Extract(doc *text.Doc) []Entity {
	if doc == nil || len(doc.Paragraphs) == 0 {
		return nil
	}
	return runExtractor(doc).entities(doc)
}

// runExtractor reads the article and clusters its candidates.
func runExtractor(doc *text.Doc) *entityExtractor {
	lx := entityLex()
	var paras []paraToks
	var quotes []text.Quote
	// lowerSeen holds the capitalised words that the article also writes in
	// lower case ("Fighting" and "fighting"): common words, not names.
	lowerSeen := map[string]bool{}
	// midCaps holds the words written capitalised inside a sentence: names,
	// not sentence openers; givenSurnames the words written after a given
	// name ("Reed" of "Tom Reed").
	midCaps, givenSurnames := map[string]bool{}, map[string]bool{}
	// surnameGiven is the given name each surname was first seen after;
	// familyNames the surnames seen after two given names ("Walt Disney",
	// "Roy Disney").
	surnameGiven, familyNames := map[string]string{}, map[string]bool{}
	for i := range doc.Paragraphs {
		p := &doc.Paragraphs[i]
		if k := article.Kind(p.Kind); k != article.KindBody && k != article.KindCaption && k != article.KindTitle {
			continue
		}
		pt := paraToks{idx: i, p: p, text: p.Text}
		pt.toks, quotes = units(p, nil, quotes)
		words, upper, caps := 0, 0, 0
		for k, t := range pt.toks {
			if !t.word {
				continue
			}
			words++
			// "Tom Reed … Reed": a surname after a given name
			if t.upper && !t.caps && lx.given[t.low] && k+1 < len(pt.toks) {
				if n := pt.toks[k+1]; n.word && n.upper && !n.caps {
					givenSurnames[n.low] = true
					if g, ok := surnameGiven[n.low]; !ok {
						surnameGiven[n.low] = t.low
					} else if g != t.low {
						familyNames[n.low] = true
					}
				}
			}
			if t.upper {
				upper++
				if !t.sent {
					midCaps[t.low] = true
				}
				if !t.caps {
					lowerSeen[t.low] = false
					if s := strings.TrimSuffix(t.low, "s"); len(s) < len(t.low) {
						lowerSeen[s] = false
					}
				}
			}
			if t.caps {
				caps++
			}
		}
		pt.restricted = words > 0 && (caps*4 >= words*3 || (article.Kind(p.Kind) == article.KindTitle && words >= 2 && upper*4 >= words*3))
		paras = append(paras, pt)
	}
	for _, pt := range paras {
		for _, t := range pt.toks {
			if t.word && !t.upper {
				if _, ok := lowerSeen[t.low]; ok {
					lowerSeen[t.low] = true
				}
			}
		}
	}
	x := &entityExtractor{lx: lx, lowerSeen: lowerSeen, midCaps: midCaps, paras: map[int]paraToks{}, givenSurnames: givenSurnames, familyNames: familyNames, sport: [2]int{-1, -1}, screen: [2]int{-1, -1}}
	for _, pt := range paras {
		if article.Kind(pt.p.Kind) == article.KindBody {
			x.bodyParas++
		}
	}
	for _, pt := range paras {
		x.paras[pt.idx] = pt
	}
	x.ordinalFirms = map[string]bool{}
	for _, pt := range paras {
		if pt.restricted {
			continue
		}
		x.text = pt.text
		for k := range pt.toks {
			if x.ordinalFirm(pt.toks, k) {
				x.ordinalFirms[pt.toks[k+1].low] = true
			}
		}
	}
	for _, pt := range paras {
		if !pt.restricted && !x.lineup(pt) {
			x.paragraph(pt)
		}
	}
	x.cluster()
	x.affiliations()
	for _, pt := range paras {
		if pt.restricted {
			x.restricted(pt)
		}
	}
	return x
}

type entityExtractor struct {
	lx        *entityLexicon
	lowerSeen map[string]bool
	bodyParas int    // the article's body paragraphs
	sport     [2]int // the sport words of the body and the different ones; -1 before sportWords counts them
	screen    [2]int // the screen words of the body and the different ones; -1 before screenArticle counts them
	midCaps   map[string]bool
	// givenSurnames holds the words written right after a given name
	// anywhere in the article: "jones" for "Adam Jones".
	givenSurnames map[string]bool
	// familyNames holds the surnames the article writes after two given
	// names or more ("Walt Disney", "Roy Disney"): a family's, which may
	// be its firm's too.
	familyNames map[string]bool
	// ordinalFirms holds the words after an ordinal that opens a firm's
	// name somewhere in the article: "boston" of "First Boston Corp", so
	// that "First Boston" alone keeps its "First".
	ordinalFirms map[string]bool
	text         string // the paragraph being read
	paras        map[int]paraToks
	// pending is a bare title followed by a comma, waiting for its holder's name.
	pending    *cand
	pendingTok int
	cands      []*cand
	clusters   []*ecluster
	byKey      map[string]int
}

// paragraph finds the candidates of one paragraph in sentence case.
func (x *entityExtractor) paragraph(pt paraToks) {
	toks := pt.toks
	x.text = pt.text
	first := len(x.cands)
	for i := 0; i < len(toks); {
		j := x.runEnd(toks, i)
		if j == i {
			i++
			continue
		}
		x.run(pt, i, j)
		i = j
	}
	x.groups(pt)
	x.shareRoles(pt, x.cands[first:])
	x.shareKindBack(pt, x.cands[first:])
	// Affiliations: "analyst Kamaran Palani of the London School of Economics".
	para := x.cands[first:]
	for _, c := range para {
		if c.peerOf > 0 {
			for _, o := range para {
				if o.firstTok == c.peerOf && !o.group {
					o.votes[vPlace] += 4 // "of Brockley" in a peer's title is a place
				}
			}
		}
		if c.affTok < 0 || !c.personHint && c.votes[vPerson] < 2 {
			continue
		}
		for _, o := range para {
			if o.firstTok == c.affTok && !o.group && o.votes[vPlace] <= o.votes[vOrg] {
				c.affs = append(c.affs, o.name)
				o.votes[vOrg]++
				break
			}
		}
	}
}

// acronymEnd returns the end of the name that starts at toks[i] and is
// spelt out by the acronym in brackets after it, connectors ("of", "for",
// "the", "and") included, or 0. The acronym may leave out the first words
// ("UN" in "United Nations Office ... (OCHA)").
func (x *entityExtractor) acronymEnd(toks []etok, i int) int {
	var ini []byte
	var at []int // where each initial's word is
	k := i
	for ; k < len(toks) && k < i+14; k++ {
		t := toks[k]
		if x.isNameWord(toks, k) {
			ini, at = append(ini, t.low[0]), append(at, k)
			continue
		}
		switch t.low {
		case "of", "for", "the", "and", "on", "in", "&":
			continue
		}
		break
	}
	if k+2 >= len(toks) || toks[k].low != "(" || toks[k+2].low != ")" || k == i+1 || !toks[k+1].caps || toks[k-1].word && !toks[k-1].upper {
		return 0
	}
	acr := toks[k+1].low
	if len(acr) < 3 || len(acr) > len(ini) || string(ini[len(ini)-len(acr):]) != acr {
		return 0
	}
	// The words left out belong to the name ("United Nations Office"), not
	// to another joined by "and" ("Paul Volcker and International Monetary
	// Fund (IMF)").
	for m := i; m < at[len(ini)-len(acr)]; m++ {
		if toks[m].low == "and" || toks[m].low == "&" {
			return 0
		}
	}
	return k
}

// isNameStart tells whether toks[i] can start or continue a name.
func (x *entityExtractor) isNameWord(toks []etok, i int) bool {
	t := toks[i]
	if !t.word || !t.upper {
		return false
	}
	// "rated Ba-1 by Moody's": a credit rating is no name.
	if ratingCode(t.low) {
		return false
	}
	// "Exxon <XON> climbed": a stock ticker in angle brackets after a
	// firm's name is its code, not a name of its own.
	if i > 0 && i+1 < len(toks) && x.text[toks[i-1].s:toks[i-1].e] == "<" && x.text[toks[i+1].s:toks[i+1].e] == ">" {
		return false
	}
	// "Harrow Mining Corp <HMC.T>": the wire writes the exchange's letters
	// against the code; the code is still no name of its own.
	if i > 0 && x.text[toks[i-1].s:toks[i-1].e] == "<" && tickerWithExchange(x.text[t.s:]) {
		return false
	}
	// "Quill Securities (F.E.) Ltd": capitals in brackets before a legal
	// form abbreviate where the firm's unit works; no known place, they
	// name nothing of their own.
	if t.caps && i > 0 && i+2 < len(toks) && toks[i-1].low == "(" && toks[i+1].low == ")" && toks[i+2].upper && x.lx.legal[EntityKeyWord(toks[i+2].low)] {
		if _, known := x.lx.known[EntityKey(t.low)]; !known {
			return false
		}
	}
	if x.compoundAdjective(t) {
		// "the World Anti-Doping Agency", "the Anti-Corruption Commission":
		// a prefix written capitalised before a capitalised word, and
		// capitalised words after it that an organisation's head ends,
		// are inside the body's name (not "Ex-BBC chief", "Pro-European MPs").
		w := x.text[t.s:t.e]
		f := strings.IndexByte(w, '-')
		if f <= 0 || f+1 >= len(w) || strings.Count(w, "-") != 1 || !unicode.IsUpper(rune(w[0])) || !unicode.IsUpper(rune(w[f+1])) || !x.lx.notNames[strings.ToLower(w[:f+1])] {
			return false
		}
		e := i + 1
		for e < len(toks) && e < i+4 && toks[e].word && toks[e].upper && !toks[e].sent && !x.compoundAdjective(toks[e]) {
			e++
		}
		return e > i+1 && x.lx.orgHeads[toks[e-1].low]
	}
	return true
}

// ratingCode tells a credit rating of Moody's scale with its number:
// "Ba-1", "Baa3", "Caa-2".
func ratingCode(low string) bool {
	n := len(low)
	if n < 2 || low[n-1] < '1' || low[n-1] > '3' {
		return false
	}
	switch strings.TrimSuffix(low[:n-1], "-") {
	case "aaa", "aa", "a", "baa", "ba", "b", "caa", "ca":
		return true
	}
	return false
}

// compoundAdjective tells "Kurdish-led", "ISIL-held", "pro-Assad": a
// hyphenated word whose last or first part is lower-case, which is no name
// (but "Minister-designate" and "al-Hol" are).
func (x *entityExtractor) compoundAdjective(t etok) bool {
	w := x.text[t.s:t.e]
	h := strings.LastIndexByte(w, '-')
	if h <= 0 || h+1 >= len(w) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(w[h+1:]); unicode.IsLower(r) {
		tail := w[h+1:]
		return tail != "designate" && tail != "elect" && x.lx.titles[titleKey(t.low)] == ""
	}
	if f := strings.IndexByte(w, '-'); f > 0 {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !x.lx.hyphenParticles[strings.ToLower(w[:f])] {
			return true
		}
		if x.lx.notNames[strings.ToLower(w[:f+1])] {
			return true // "Ex-BBC", "Pro-European"
		}
	}
	return false
}

// isApostropheTok tells a unit that is a lone apostrophe.
func isApostropheTok(t etok) bool { return t.low == "'" }

// knownSpan returns the length of the gazetteer name that starts at toks[i],
// runs past toks[j] (a lower-case word) and ends in a capitalised word, or 0.
func (x *entityExtractor) knownSpan(toks []etok, i, j int) int {
	if !x.lx.knownFirst[EntityKeyWord(toks[i].low)] {
		return 0
	}
	for l := min(x.lx.knownMax, len(toks)-i); l > j-i+1; l-- {
		if !x.isNameWord(toks, i+l-1) {
			continue
		}
		if _, ok := x.lx.known[EntityKey(x.text[toks[i].s:toks[i+l-1].e])]; ok {
			return l
		}
	}
	return 0
}

// capEnd returns the end of the capitalised words that start at toks[k].
func (x *entityExtractor) capEnd(toks []etok, k int) int {
	for k < len(toks) && x.isNameWord(toks, k) {
		k++
	}
	return k
}

// runEnd returns the end of the capitalised run that starts at toks[i], or i.
func (x *entityExtractor) runEnd(toks []etok, i int) int {
	lx := x.lx
	if !x.isNameWord(toks, i) {
		if toks[i].word && lx.particles[toks[i].low] && i+1 < len(toks) && x.isNameWord(toks, i+1) && !toks[i].sent {
			// "al Sharaa" starts with its particle.
		} else {
			return i
		}
	}
	// "United Nations Office for the Coordination of Humanitarian Affairs
	// (OCHA)": the acronym after it holds the name together.
	if e := x.acronymEnd(toks, i); e > 0 {
		return e
	}
	j := i + 1
	hadOf := false
	anded := false // an "and" joined the run: no chain of "of"s goes on after it
	for j < len(toks) {
		u := toks[j]
		// "analyst at Advest Inc. He said": a capitalised pronoun after a
		// word's full stop opens a sentence that the splitter missed.
		if u.pos == text.PRON && u.upper && !u.caps && strings.HasSuffix(x.text[toks[j-1].s:toks[j-1].e], ".") {
			break
		}
		if x.isNameWord(toks, j) {
			j++
			continue
		}
		// "Kurdistan Workers' Party", "Farmers' Union": a plural's apostrophe
		// inside a name (but "Neil Jenkins' Wales" is Jenkins's side, and
		// "the Blues' Celtic League match" the Blues' league: one word
		// before the mark joins only the head right after it).
		if isApostropheTok(u) && toks[j-1].e == u.s && strings.HasSuffix(toks[j-1].low, "s") && j+1 < len(toks) && x.isNameWord(toks, j+1) &&
			x.lx.orgHeads[toks[x.capEnd(toks, j+1)-1].low] && (j-i >= 2 || x.lx.orgHeads[toks[j+1].low]) {
			j++
			continue
		}
		// "Moody's Investors Service Inc": a possessive inside a firm's name.
		// (a plural's apostrophe is read above)
		if u.poss && u.low == "'s" && j+1 < len(toks) && x.isNameWord(toks, j+1) {
			if e := x.capEnd(toks, j+1); lx.orgHeads[toks[e-1].low] && j-i <= 2 && !x.personOwner(toks, i, j) {
				if _, known := lx.known[EntityKey(x.text[toks[i].s:toks[j-1].e])]; !known {
					j = e
					continue
				}
			}
		}
		if !u.word {
			// "Goldman, Sachs and Co", "Kidder, Peabody and Co": the wire's
			// comma inside a partnership's name, which "and" and a legal
			// form end.
			// (not "Dillon, Read and Co": a word of English after the comma
			// may be cut from the name)
			if u.low == "," && j == i+1 && j+2 < len(toks) && x.isNameWord(toks, j+1) && !toks[j+1].sent && !x.isNameWord(toks, j+2) && !text.Known(toks[j+1].low) {
				if a := toks[j+2]; a.low == "and" && j+3 < len(toks) && x.isNameWord(toks, j+3) && lx.legal[EntityKeyWord(toks[j+3].low)] && !lx.orgAlone[toks[j+3].low] {
					j += 2
					continue
				}
			}
			if (u.low == "&") && j+1 < len(toks) && x.isNameWord(toks, j+1) {
				j += 2
				continue
			}
			// "Channel 4", "Radio 5": a short number after an organisation's
			// head (not "fined Delta Air Lines Inc 140,400 dlrs").
			if len(u.low) <= 2 && strings.Trim(u.low, "0123456789") == "" && lx.orgHeads[toks[j-1].low] && toks[j-1].e+1 == u.s {
				j++
			}
			break
		}
		// "Securities and Exchange Commission": one word, "and", an organisation.
		if e := x.capEnd(toks, j+1); u.low == "and" && j == i+1 && e == j+3 && lx.orgHeads[toks[e-1].low] && !toks[i].sent {
			j = x.capEnd(toks, j+1)
			continue
		}
		// "United Savings and Loan Association", "Kansas Power and Light Co",
		// "Standard and Poor's Corp": two words of English joined by "and"
		// in the middle of a firm's name, which a legal form or a body's
		// head right after the second ends (not "Exxon and Mobil Corp", whose
		// names are no English words, nor "Acme Corp and Alpha Co", where a
		// legal form ends the first name).
		// A word after "and" that the tagger does not know but that the
		// article never writes on its own ("Aetna Life and Casualty Co",
		// "Baldwin Piano and Organ Co", with a word of English before "and"
		// and a name of two words or more before it) is such a word too,
		// when a legal form follows it.
		if u.low == "and" && x.andPairWord(toks, j-1) && j+1 < len(toks) && (x.andPairWord(toks, j+1) || j-i >= 2 && x.andPairRare(toks, j+1)) && !toks[j+1].sent && !lx.orgHeads[toks[j+1].low] {
			h := j + 2
			if h+1 < len(toks) && toks[h].poss && toks[h].low == "'s" {
				h++ // "Standard and Poor's Corp"
			}
			// (two known names are two bodies: "the International Monetary
			// Fund and World Bank"; after an "of", the head ends the name:
			// "Department of Health and State University of X" are two)
			_, knownLeft := lx.known[EntityKey(x.text[toks[i].s:toks[j-1].e])]
			_, knownRight := lx.known[EntityKey(x.text[toks[j+1].s:toks[min(h, len(toks)-1)].e])]
			endsName := h+1 >= len(toks) || !x.isNameWord(toks, h+1) && toks[h+1].low != "of" && toks[h+1].low != "for"
			// (a word the tagger does not know takes a legal form right
			// after it: "Apple Computer and Cisco Systems" are two firms)
			rare := !x.andPairWord(toks, j+1)
			if h < len(toks) && x.isNameWord(toks, h) && !toks[h].sent && (lx.legal[EntityKeyWord(toks[h].low)] || lx.orgHeads[toks[h].low] && !rare) &&
				!knownLeft && !knownRight && (!hadOf || endsName) {
				j = h
				continue
			}
		}
		// "Kidder Peabody and Co", "Alex Brown and Sons Inc": "and" before a
		// legal form that is only ever part of a name ("Co", not "Company":
		// "Free and Bad Company" are two bands), or before a word that is only ever part of a firm's
		// name ("Sons", "Partners") with a legal form after it, ends a firm's
		// name (not "the Army and Navy", two bodies).
		if u.low == "and" && j+1 < len(toks) && x.isNameWord(toks, j+1) && !toks[j+1].sent {
			n := toks[j+1]
			e := j + 2
			for e < len(toks) && x.isNameWord(toks, e) && !toks[e].sent && lx.legal[EntityKeyWord(toks[e].low)] {
				e++
			}
			ends := e == len(toks) || !x.isNameWord(toks, e) || toks[e].sent
			partner := lx.orgHeads[n.low] && !lx.orgAlone[n.low] && !lx.legal[EntityKeyWord(n.low)]
			if ends && (lx.legal[EntityKeyWord(n.low)] && !lx.orgAlone[n.low] || partner && e > j+2) {
				if e < len(toks) && toks[e].sent {
					return e // "... and Co. He said": the legal form's full stop ended the sentence
				}
				j = e
				continue
			}
		}
		// "AT and T", "H and R Block Inc": the wire's "and" between the
		// capitals of an initialism that is written with "&" elsewhere (two
		// letters alone, "S and P 500", may be an index's as well).
		if u.low == "and" && j+1 < len(toks) && j > i && !toks[j+1].sent && toks[j+1].word && toks[j+1].e-toks[j+1].s == 1 && toks[j+1].upper &&
			(toks[j-1].caps || toks[j-1].e-toks[j-1].s == 1 && toks[j-1].upper && j+2 < len(toks) && x.isNameWord(toks, j+2) && !toks[j+2].sent) && j-1 == i {
			j += 2
			continue
		}
		// "al Sharaa", "von der Leyen": particles before a name.
		if lx.particles[u.low] {
			k := j + 1
			for k < len(toks) && k < j+3 && toks[k].word && lx.particles[toks[k].low] {
				k++
			}
			if k < len(toks) && x.isNameWord(toks, k) {
				j = k + 1
				continue
			}
		}
		// "Save the Children", "Trinidad and Tobago": a known name with
		// lower-case words inside.
		if u.word && !u.upper {
			if l := x.knownSpan(toks, i, j); l > 0 {
				j = i + l
				continue
			}
		}
		if u.low == "of" || u.low == "for" || u.low == "on" || (u.low == "and" && hadOf) {
			k := j + 1
			if k < len(toks) && toks[k].low == "the" {
				k++
			}
			prev := toks[j-1].low
			if u.low == "and" && lx.orgHeads[toks[x.capEnd(toks, k)-1].low] {
				break
			}
			// (a title of several words ends the run so far: "Secretary of
			// State for Health")
			from := i
			if toks[from].low == "the" && from+1 < j {
				from++
			}
			titled := lx.titles[titleKey(prev)] != "" || u.low == "for" && lx.titles[titleKey(x.text[toks[from].s:toks[j-1].e])] == "office"
			// (a legal form ends a firm's name: "Sapporo Breweries Ltd of
			// Japan" is a firm and where it is; but "Co" and "Corp" may go
			// on: "Aluminum Co of America")
			if lx.legal[EntityKeyWord(prev)] && !lx.legalGoesOn[EntityKeyWord(prev)] && u.low != "and" {
				break
			}
			// "Dr. William West of Biotherapeutics Inc": a person's name,
			// given name first, whose surname is also a place's word
			// ("West", "Hill"), ends before "of".
			given := from
			for given < j-1 && lx.titles[titleKey(toks[given].low)] != "" {
				given++
			}
			person := given < j-1 && lx.given[toks[given].low] && !lx.orgHeads[prev] && !titled
			// "Court of Arbitration for Sport", "Office for the Coordination
			// of Humanitarian Affairs": once an organisation's head has
			// taken an "of" or a "for", another goes on.
			if k < len(toks) && x.isNameWord(toks, k) && !lx.notNames[toks[k].low] && !person &&
				(u.low == "and" || lx.orgHeads[prev] || lx.placeFirst[prev] || lx.placeLast[prev] || titled && u.low != "on" || hadOf && !anded && u.low != "on") {
				hadOf = hadOf || u.low != "and" && lx.orgHeads[prev]
				anded = anded || u.low == "and"
				j = k + 1
				continue
			}
		}
		break
	}
	return j
}

// personOwner tells whether toks[i:j], two words before a possessive, are a
// person's name: an honorific and a surname ("Mr Lula's Worker Party",
// "Lord Woolf's Sentencing Guidelines Council"), or a given name and a
// surname ("John Peel's BBC Radio 1"); not "Lord Chancellor's Department"
// or "St David's Hall".
func (x *entityExtractor) personOwner(toks []etok, i, j int) bool {
	if j-i != 2 || x.lx.titles[titleKey(toks[i+1].low)] != "" {
		return false
	}
	first := toks[i].low
	return x.lx.titles[titleKey(first)] == "honorific" && first != "st" && first != "st." || x.lx.given[first]
}

// tickerWithExchange tells whether rest opens with a stock code in capitals,
// a full stop, one to three capitals for the exchange and the closing
// angle bracket ("JARD.HK>", "CBKG.F>", "T.N>"): the wire's ticker.
func tickerWithExchange(rest string) bool {
	code := 0
	for code < len(rest) && (rest[code] >= 'A' && rest[code] <= 'Z' || code > 0 && rest[code] >= '0' && rest[code] <= '9') {
		code++
	}
	if code == 0 || code > 6 || code >= len(rest) || rest[code] != '.' {
		return false
	}
	ex := code + 1
	for ex < len(rest) && rest[ex] >= 'A' && rest[ex] <= 'Z' {
		ex++
	}
	return ex > code+1 && ex-code-1 <= 3 && ex < len(rest) && rest[ex] == '>'
}

// andPairRare tells a capitalised word after "and" inside a firm's name
// that the tagger does not know ("Casualty", "Organ"), which is no given
// name, known name, legal form, head, title or demonym, and which the
// article writes capitalised nowhere else than after an "and" (a headline
// in capitals aside): a firm's own name
// ("Mobil" of "Exxon and Mobil Corp") is written on its own elsewhere.
func (x *entityExtractor) andPairRare(toks []etok, k int) bool {
	if k < 0 || k >= len(toks) || !x.isNameWord(toks, k) || toks[k].caps {
		return false
	}
	w := toks[k].low
	if len(w) < 4 || x.lx.given[w] || x.givenSurnames[w] || x.lx.legal[EntityKeyWord(w)] || x.lx.orgAlone[w] || x.lx.titles[titleKey(w)] != "" || x.lx.demAdj[w] != "" {
		return false
	}
	if _, known := x.lx.known[EntityKeyWord(w)]; known {
		return false
	}
	for _, pt := range x.paras {
		if pt.restricted {
			continue // a headline in capitals: "AETNA LIFE/CASUALTY"
		}
		for n, t := range pt.toks {
			if t.low == w && t.word && t.upper && (n == 0 || pt.toks[n-1].low != "and") {
				return false
			}
		}
	}
	return true
}

// andPairWord tells a word of English written capitalised inside a name,
// as the words that "and" joins in "Savings and Loan" or "Power and Light"
// are (a plural too: "Savings"): no given name, no known name, no legal form or head that ends a
// name of its own, no abbreviation in capitals.
func (x *entityExtractor) andPairWord(toks []etok, k int) bool {
	if k < 0 || k >= len(toks) || !x.isNameWord(toks, k) || toks[k].caps {
		return false
	}
	w := toks[k].low
	if !text.Known(w) && !text.Known(strings.TrimSuffix(w, "s")) || x.lx.given[w] || x.lx.legal[EntityKeyWord(w)] || x.lx.orgAlone[w] || x.lx.titles[titleKey(w)] != "" || x.lx.demAdj[w] != "" {
		return false
	}
	_, known := x.lx.known[EntityKeyWord(w)]
	return !known
}

// ordinalFirm tells whether toks[k], an ordinal written capitalised ("First
// City Industries Inc", "First Federal Savings and Loan Association of
// X", "the First Interstate Bancorp"), opens a firm's or a body's name:
// two capitalised words or more after it, joined by "and", "of" or "&"
// at most, one of them a legal form or an organisation's head, and no
// title right after it ("First Minister X", "First Lady").
func (x *entityExtractor) ordinalFirm(toks []etok, k int) bool {
	t := toks[k]
	if !ordinalWords[t.low] || !t.word || !t.upper || t.caps || k+1 >= len(toks) || x.lx.titles[titleKey(toks[k+1].low)] != "" {
		return false
	}
	words, head := 0, false
	for e := k + 1; e < len(toks); e++ {
		if x.isNameWord(toks, e) && !toks[e].sent && !toks[e].caps || words > 0 && x.isNameWord(toks, e) && !toks[e].sent && x.lx.legal[EntityKeyWord(toks[e].low)] {
			words++
			head = head || x.lx.orgHeads[toks[e].low] || x.lx.legal[EntityKeyWord(toks[e].low)]
			continue
		}
		if words > 0 && (toks[e].low == "and" || toks[e].low == "of" || toks[e].low == "&") && e+1 < len(toks) && x.isNameWord(toks, e+1) && !toks[e+1].sent {
			continue
		}
		break
	}
	return words >= 2 && head
}
