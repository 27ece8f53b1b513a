package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	para       int // index into the article's paragraphs
	s, e       int // the mention (with an adjacent title)
	ns, ne     int // the name alone
	name       string
	key        string
	words      []string // key words
	votes      [4]int   // person, organization, place, group
	roles      []string
	affs       []string
	affTok     int // token where an "of"/"at" affiliation starts, or -1
	firstTok   int
	lastTok    int
	acronym    string // "(SDF)" after the name
	known      bool   // from a gazetteer
	group      bool
	affOf      *cand // an organisation "of the Y": Y
	titleOnly  bool
	cluster    int
	personHint bool  // a title or a role makes this a person for sure
	modifier   bool  // "the Assad dynasty": joins an entity but founds none
	holder     *cand // for a bare title, the name that follows it
}

const (
	vPerson = iota
	vOrg
	vPlace
	vGroup
)

var voteTypes = [4]string{EntityPerson, EntityOrganization, EntityPlace, EntityGroup}

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
	}
	return -1
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// paraToks is a tokenised paragraph.
type paraToks struct {
	idx        int
	text       string
	toks       []etok
	restricted bool // all capitals or title case: read for known names only
}

// extractEntities finds the people, organisations, places and groups of an article.
func extractEntities(a *Article) []Entity {
	if a == nil || len(a.Paragraphs) == 0 {
		return nil
	}
	lx := entityLex()
	var paras []paraToks
	// lowerSeen holds the capitalised words that the article also writes in
	// lower case ("Fighting" and "fighting"): common words, not names.
	lowerSeen := map[string]bool{}
	for i, p := range a.Paragraphs {
		if p.Kind != KindBody && p.Kind != KindCaption && p.Kind != KindTitle {
			continue
		}
		pt := paraToks{idx: i, text: p.Text, toks: tokenize(p.Text, lx.abbrev)}
		words, upper, caps := 0, 0, 0
		for _, t := range pt.toks {
			if !t.word {
				continue
			}
			words++
			if t.upper {
				upper++
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
		pt.restricted = words > 0 && (caps*4 >= words*3 || (p.Kind == KindTitle && words >= 3 && upper*4 >= words*3))
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
	x := &entityExtractor{lx: lx, lowerSeen: lowerSeen, paras: map[int]paraToks{}}
	for _, pt := range paras {
		x.paras[pt.idx] = pt
	}
	for _, pt := range paras {
		if !pt.restricted {
			x.paragraph(pt)
		}
	}
	x.cluster()
	for _, pt := range paras {
		if pt.restricted {
			x.restricted(pt)
		}
	}
	return x.entities(a)
}

type entityExtractor struct {
	lx        *entityLexicon
	lowerSeen map[string]bool
	text      string // the paragraph being read
	paras     map[int]paraToks
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
	// Affiliations: "analyst Kamaran Palani of the London School of Economics".
	para := x.cands[first:]
	for _, c := range para {
		if c.affTok < 0 || !c.personHint && c.votes[vPerson] < 2 {
			continue
		}
		for _, o := range para {
			if o.firstTok == c.affTok && !o.group {
				c.affs = append(c.affs, o.name)
				o.votes[vOrg]++
				break
			}
		}
	}
}

// isNameStart tells whether toks[i] can start or continue a name.
func (x *entityExtractor) isNameWord(toks []etok, i int) bool {
	t := toks[i]
	if !t.word || !t.upper {
		return false
	}
	return !x.compoundAdjective(t)
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
	}
	return false
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
	j := i + 1
	hadOf := false
	for j < len(toks) {
		u := toks[j]
		if x.isNameWord(toks, j) {
			j++
			continue
		}
		if !u.word {
			if (u.low == "&") && j+1 < len(toks) && x.isNameWord(toks, j+1) {
				j += 2
				continue
			}
			break
		}
		if lx.particles[u.low] && j+1 < len(toks) && x.isNameWord(toks, j+1) {
			j += 2
			continue
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
			if k < len(toks) && x.isNameWord(toks, k) && !lx.notNames[toks[k].low] &&
				(u.low == "and" || lx.orgHeads[prev] || lx.placeFirst[prev] || lx.placeLast[prev] || lx.titles[titleKey(prev)] != "" && u.low != "on") {
				hadOf = hadOf || u.low != "and" && lx.orgHeads[prev]
				j = k + 1
				continue
			}
		}
		break
	}
	return j
}
