package entities

import (
	"strings"

	"github.com/briefbot/briefbot/knowledge/article"
	"github.com/briefbot/briefbot/knowledge/text"
)

// A country's name names a place where something happens ("floods in
// Chile", "flights from Peru") and, as often, the state that acts there:
// "Norway condemned the raid", "Peru's armed forces", "partner nations
// include Greece and Malta". The second is an organisation, as ACE types a
// geo-political entity in its organisation role. The role is a mention's,
// read from the parse; Extract gives the mentions where the name acts to an
// organisation of the same name (Entity.State), beside the place, so that a
// claim by "Norway" is the Norwegian state's and the place keeps where
// things happen.

// stateRole is a bit set of the roles the state_words table gives a lemma.
type stateRole uint8

const (
	stateAct    stateRole = 1 << iota // its subject or agent acts: "X condemns", "announced by X"
	stateHolds                        // a state holds it: "X's forces", "the government of X"
	stateStaff                        // in the plural, people who serve a state: "X officials"
	stateMember                       // a body of states: "nations include X", "the community, including X"
	stateReady                        // will after "is": "X remains committed"
)

func stateRoleNamed(s string) stateRole {
	switch s {
	case "act":
		return stateAct
	case "holds":
		return stateHolds
	case "staff":
		return stateStaff
	case "member":
		return stateMember
	case "ready":
		return stateReady
	}
	return 0
}

// stateKinds are the kinds of known places whose names stand for a state
// or a city's government ("Moscow said"); a region ("the Middle East")
// has none.
var stateKinds = map[string]bool{"country": true, "state": true, "city": true}

// actorRole returns the role in which the parse sets a mention of a known
// country or city as an actor, or "": "subject" of a verb of acting or
// speaking ("X condemns"), "agent" ("announced by X"), "ready" ("X remains
// committed"), "possessor" or "of" of what a state holds ("X's forces",
// "the government of X"), "compound" ("the X army"), "member" of a
// body of states ("partner nations include X", "the alliance, including
// X"). A conjunct takes the role of the first one ("Finland and Sweden
// signed"). A headline is read no such way: its grammar is too short
// to parse reliably.
func (x *entityExtractor) actorRole(c *cand) string {
	if c.group || c.titleOnly || c.firstTok < 0 {
		return ""
	}
	kn, ok := x.lx.known[c.key]
	if !ok || kn.typ != EntityPlace || !stateKinds[kn.kind] {
		return ""
	}
	pt, ok := x.paras[c.para]
	if !ok || pt.restricted || article.Kind(pt.p.Kind) == article.KindTitle || !x.stateWordNear(pt, c) {
		return ""
	}
	if !parsed(pt.p, pt.toks[c.firstTok]) {
		return ""
	}
	p := pt.p
	h := nameHead(p, pt.toks, c.firstTok, c.lastTok+1)
	if h < 0 {
		return ""
	}
	// The first conjunct holds the role of the list ("Finland and Sweden
	// signed"), when only names, commas and "and" stand between.
	for steps := 0; p.Tokens[h].Rel.Base() == text.RelConj && steps < 50; steps++ {
		k := p.Tokens[h].Head
		if k < 0 || k > h || !listBetween(p, k+1, h) {
			return ""
		}
		h = k
	}
	g := p.Tokens[h].Head
	if g < 0 {
		return ""
	}
	gov := p.Tokens[g]
	role := x.stateWord(gov)
	switch rel := p.Tokens[h].Rel; rel.Base() {
	case text.RelNsubj:
		if rel == text.RelNsubjPass {
			// "Chile is committed to ..."
			if role&stateReady != 0 {
				return "ready"
			}
			return ""
		}
		if gov.POS == text.VERB && role&stateAct != 0 {
			return "subject"
		}
		if role&stateReady != 0 {
			return "ready"
		}
		// "X remains committed to", "X will be able to": will after a verb
		// of being.
		for _, k := range p.Children(g, nil) {
			if r := p.Tokens[k].Rel.Base(); (r == text.RelXcomp || r == text.RelCcomp) && x.stateWord(p.Tokens[k])&stateReady != 0 {
				return "ready"
			}
		}
	case text.RelObl, text.RelNmod:
		switch {
		case rel == text.RelOblAgent && role&stateAct != 0:
			return "agent" // "proposed by Chile and Peru"
		case rel == text.RelNmodPoss && gov.POS == text.NOUN && x.held(p, g):
			return "possessor" // "Peru's forces"
		case rel == text.RelNmod && caseOf(p, h, "of"):
			// "the government of Nepal", "the Ministers of Trade of
			// Peru": the noun, or the one its "of" phrase hangs from.
			if x.held(p, g) {
				return "of"
			}
			if p.Tokens[g].Rel == text.RelNmod && caseOf(p, g, "of") {
				if g2 := p.Tokens[g].Head; g2 >= 0 && x.held(p, g2) {
					return "of"
				}
			}
		case caseOf(p, h, "including") && role&stateMember != 0 && kn.kind == "country":
			return "member" // "the alliance, including Norway"
		}
	case text.RelCompound:
		// (the noun that heads the phrase: "Chile policy experts" are
		// experts)
		if gov.POS == text.NOUN && gov.Rel.Base() != text.RelCompound && x.held(p, g) {
			return "compound" // "the Kenya army"
		}
	case text.RelObj:
		// "partner nations that have sent ships include A, B and C"
		if gov.Lemma == "include" && kn.kind == "country" {
			if s := p.Child(g, text.RelNsubj); s >= 0 && x.stateWord(p.Tokens[s])&stateMember != 0 {
				return "member"
			}
		}
	}
	return ""
}

// stateWord returns the roles the state_words table gives a token, by its
// lemma and by its form ("committed" is will, "commit" an act), and, for a
// capitalised noun the tagger reads as a name ("the Ministers"), by its
// lower-case form without a plural's "s".
func (x *entityExtractor) stateWord(t text.Token) stateRole {
	sw := x.lx.stateWords
	return sw[strings.ToLower(t.Lemma)] | sw[t.Low] | sw[strings.TrimSuffix(t.Low, "s")]
}

// held tells whether the noun p.Tokens[g] is one a state holds or does
// ("forces", "government", "commitment"), or people who serve it in the
// plural ("officials", "ministers"). The people of a country are its
// state only unqualified: "the people of X", but "X's young people" are
// some of its inhabitants.
func (x *entityExtractor) held(p *text.Paragraph, g int) bool {
	t := p.Tokens[g]
	r := x.stateWord(t)
	switch {
	case r&stateStaff != 0:
		return t.Tag == "NNS" || t.Tag == "NNPS"
	case r&stateHolds == 0:
		return false
	case t.Low == "people":
		return p.Child(g, text.RelAmod) < 0
	}
	return true
}

// listBetween tells whether the tokens [a, b) of p are what a list puts
// between its names: commas, "and", "or", "the", and the capitalised
// words of the names before.
func listBetween(p *text.Paragraph, a, b int) bool {
	for k := a; k < b; k++ {
		t := p.Tokens[k]
		switch {
		case t.Shape == text.ShapeWord && t.Text != t.Low, t.Low == ",", t.Low == "and", t.Low == "or", t.Low == "the":
		default:
			return false
		}
	}
	return true
}

// stateWordNear tells whether the sentence of c holds what could set the
// name in an actor's role, where it would stand: a possessive after the
// name, a verb, a state's noun or a word of will after it ("X condemned",
// "X officials", "X is ready"), a state's noun, a body of states or "by"
// before it ("the government of X", "nations include X", "proposed by
// X"). Else there is nothing to parse for.
func (x *entityExtractor) stateWordNear(pt paraToks, c *cand) bool {
	if c.lastTok+1 < len(pt.toks) && pt.toks[c.lastTok+1].poss {
		return true
	}
	p := pt.p
	a, b := pt.toks[c.firstTok].a, pt.toks[c.lastTok].b
	s := p.SentenceOf(a)
	for k := s.Start; k < s.End; k++ {
		if k >= a && k < b {
			continue
		}
		r := x.stateWord(p.Tokens[k])
		if k >= b && r&(stateAct|stateReady|stateHolds|stateStaff) != 0 ||
			k < a && (r&(stateHolds|stateStaff|stateMember) != 0 || p.Tokens[k].Low == "by" || p.Tokens[k].Lemma == "include") {
			return true
		}
	}
	return false
}

// caseOf tells whether the token i has the preposition word among its
// case markers.
func caseOf(p *text.Paragraph, i int, word string) bool {
	s := p.SentenceOf(i)
	for k := s.Start; k < s.End; k++ {
		if p.Tokens[k].Head == i && p.Tokens[k].Rel.Base() == text.RelCase && p.Tokens[k].Low == word {
			return true
		}
	}
	return false
}
