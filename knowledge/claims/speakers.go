package claims

import (
	"slices"
	"strings"
	"sync"

	"github.com/briefbot/briefbot/knowledge/entities"
	"github.com/briefbot/briefbot/knowledge/lexicon"
	"github.com/briefbot/briefbot/knowledge/text"
)

// clSpeaker is a resolved speaker: a name, an entity id when one is known,
// and the surface that named it.
type clSpeaker struct {
	name, id string
	mention  entities.Mention
}

// clRef is someone a later pronoun or description can point back to.
type clRef struct {
	name, id, typ string
	roles         []string // title words the article gave it ("coach", "lawyer")
	spoke         bool     // it was resolved as a speaker, not only named
	// said tells that a name or a description named it as a speaker: not
	// only a pronoun's guess, nor the subject of a sentence.
	said bool
}

// clEntMention is an entity's mention in a paragraph.
type clEntMention struct {
	ent        int
	start, end int
}

// clResolver resolves speaker phrases. It remembers the people and
// organisations recently named as speakers or subjects, most recent last, and
// the author of the last statement or report mentioned, so that "he", "it",
// "the army" and "the statement" find their names. With entities it uses
// their mentions, names and types; without, the name in the phrase itself.
type clResolver struct {
	// paras are the last body paragraphs read, for names a pronoun may
	// stand for when no speaker or subject was remembered.
	paras    []*clPara
	ents     []entities.Entity
	byPara   map[int][]clEntMention
	refs     []clRef
	docOwner *clRef
	// docSpoke is the author of the last claim when a document made it
	// ("the statement read"): a following "it added" is that document.
	docSpoke *clRef

	// For salience (coref.go): the article, the mentions remembered, where
	// the resolver reads, and the content of the claim whose speaker it
	// resolves.
	doc     *text.Doc
	genders []clGender
	events  []clEvent
	at      struct{ para, at int }
	weight  float64
	// sentStart is the number of the first sentence of each paragraph;
	// quoted holds the byte spans of the quotations of each paragraph read.
	sentStart map[int]int
	quoted    map[int][][2]int
	// docOwners are the authors of documents named with a possessive, by
	// the document's word ("book").
	docOwners map[string]clRef
	content   struct{ para, start, end int }
	// stranger is the sentence (numbered as sentenceAt does, plus one; 0
	// for none) whose subject named someone the resolver knows no person
	// for ("Chief Secretary Paul Boateng attacked …", a name the entities
	// missed): a "he" right after it may be that one.
	stranger   int
	strangerAt [2]int // its paragraph and byte
	// headless is the paragraph being read when it lost its first words
	// (it opens on a lower-case word), or 0.
	headless int
	// claims are the claims found so far, for the speaker a pronoun
	// nothing else resolves goes on from.
	claims *[]Claim
	// groupSubject is the last group described as a sentence's subject
	// ("The ministers met …"), and groupAt its paragraph and sentence.
	groupSubject *clRef
	groupAt      [2]int
}

func newClResolver(doc *text.Doc, ents []entities.Entity) *clResolver {
	r := &clResolver{ents: ents, doc: doc}
	if len(ents) > 0 {
		r.byPara = map[int][]clEntMention{}
		for i, e := range ents {
			for _, m := range e.Mentions {
				r.byPara[m.Paragraph] = append(r.byPara[m.Paragraph], clEntMention{ent: i, start: m.Start, end: m.End})
			}
		}
	}
	return r
}

// remember puts ref last in the memory, and notes its mention for
// salience.
func (r *clResolver) remember(ref clRef) {
	if ref.name == "" {
		return
	}
	r.note(ref, r.weight)
	if r.weight >= salSpeaker/2 {
		ref.spoke = true
	}
	if r.weight >= salSpeaker {
		ref.said = true
	}
	for i := range r.refs {
		if r.refs[i].name == ref.name {
			ref.spoke = ref.spoke || r.refs[i].spoke
			ref.said = ref.said || r.refs[i].said
			for _, w := range r.refs[i].roles {
				if !containsString(ref.roles, w) {
					ref.roles = append(ref.roles, w)
				}
			}
			r.refs = append(r.refs[:i], r.refs[i+1:]...)
			break
		}
	}
	r.refs = append(r.refs, ref)
	if len(r.refs) > 32 {
		r.refs = r.refs[1:]
	}
}

// recent returns the most recent remembered ref of one of the types. A ref
// of unknown type (a single capitalised word) fits any.
func (r *clResolver) recent(types ...string) *clRef {
	for i := len(r.refs) - 1; i >= 0; i-- {
		if r.refs[i].typ == "" {
			return &r.refs[i]
		}
		for _, t := range types {
			if r.refs[i].typ == t {
				return &r.refs[i]
			}
		}
	}
	return nil
}

// recentBody is recent(organisation, group) for "it". A group named by a
// plural is no "it" ("Airline analysts said C. It recently disclosed …"),
// nor is a plural remembered with no type ("Analysts said C"),
// and when one is the last remembered, the firm meant is one the group
// spoke of, which no rule here can tell from the others named near it:
// recentBody returns nil and guess false, and no name is guessed.
func (r *clResolver) recentBody(lex *clLexicon) (ref *clRef, guess bool) {
	for i := len(r.refs) - 1; i >= 0; i-- {
		switch ref := &r.refs[i]; ref.typ {
		case entities.EntityGroup:
			if pluralName(ref.name) {
				return nil, false
			}
			return ref, true
		case "":
			// a bare plural speaker is remembered with no type:
			// "Analysts said C. It said …" is not the analysts' (but
			// "Sears said C. It said …" is the firm's)
			if pluralPeople(ref.name, lex) {
				return nil, false
			}
			return ref, true
		case entities.EntityOrganization:
			return ref, true
		}
	}
	return nil, true
}

// pluralName tells whether a group's name is plural, by a word ending in a
// plural's "s" before any preposition ("industry analysts", "Bankers in
// Muscat", "the sources").
func pluralName(name string) bool {
	for _, w := range strings.Fields(name) {
		if clPreps[strings.ToLower(w)] {
			return false
		}
		low := strings.ToLower(w)
		if len(low) > 3 && strings.HasSuffix(low, "s") && !strings.HasSuffix(low, "ss") && !strings.HasSuffix(low, "us") &&
			!strings.HasSuffix(low, "'s") && !strings.HasSuffix(low, "’s") {
			return true
		}
	}
	return false
}

// pluralPeople tells whether a name remembered with no type is a plural
// for people: its first plural word (see pluralName) is in lower case
// ("industry analysts") or a group word ("Analysts", "Dealers in Tokyo");
// a name of one that ends in "s" ("Sears", "Spectra-Physics") is not.
func pluralPeople(name string, lex *clLexicon) bool {
	if !pluralName(name) {
		return false
	}
	for _, w := range strings.Fields(name) {
		low := strings.ToLower(w)
		if clPreps[low] {
			return false
		}
		if pluralName(w) {
			return low == w || lex.is(low, wGroup)
		}
	}
	return false
}

// recentPlural returns the group or organisation "they" most likely stands
// for: the most recent one remembered that the content being resolved does
// not name ("The central bank sold dollars, they said": not the bank). An
// organisation only named as a sentence's subject gives way to a group that
// spoke before it ("Dealers said C. The bank bought bonds, they said"): a
// plural pronoun fits the group, and what the bank did is what the dealers
// report.
func (r *clResolver) recentPlural() *clRef {
	var subject *clRef
	for i := len(r.refs) - 1; i >= 0; i-- {
		ref := &r.refs[i]
		switch ref.typ {
		case "", entities.EntityGroup, entities.EntityOrganization:
		default:
			continue
		}
		if r.namedInContent(ref) {
			continue
		}
		if ref.typ == entities.EntityOrganization && !ref.said {
			if subject == nil {
				subject = ref
			}
			continue
		}
		if subject != nil && ref.typ != entities.EntityGroup {
			break
		}
		return ref
	}
	return subject
}

// recentPerson is recent(person), but a name of unknown type that names a
// place or an organisation among the entities ("Guatemala proposed …")
// is no one "he" stands for.
func (r *clResolver) recentPerson() *clRef {
	for i := len(r.refs) - 1; i >= 0; i-- {
		switch ref := &r.refs[i]; ref.typ {
		case entities.EntityPerson:
			return ref
		case "":
			if !r.namesNonPerson(ref.name) {
				return ref
			}
		}
	}
	return nil
}

// namesNonPerson tells whether name is the name or an alias of an entity
// that is not a person.
func (r *clResolver) namesNonPerson(name string) bool {
	for i := range r.ents {
		e := &r.ents[i]
		if e.Type == entities.EntityPerson {
			continue
		}
		if strings.EqualFold(e.Name, name) {
			return true
		}
		for _, al := range e.Aliases {
			if strings.EqualFold(al, name) {
				return true
			}
		}
	}
	return false
}

// spokeOutsideContent returns the most recent remembered speaker of one of
// the types that the content being resolved does not name, or nil.
func (r *clResolver) spokeOutsideContent(types ...string) *clRef {
	for i := len(r.refs) - 1; i >= 0; i-- {
		if !r.refs[i].spoke || r.namedInContent(&r.refs[i]) {
			continue
		}
		for _, t := range types {
			if r.refs[i].typ == t {
				return &r.refs[i]
			}
		}
	}
	return nil
}

// lastBodySpeaker tells whether ref is the organisation or group that a
// name or a description named as a speaker most recently.
func (r *clResolver) lastBodySpeaker(ref *clRef) bool {
	for i := len(r.refs) - 1; i >= 0; i-- {
		if x := &r.refs[i]; x.said && (x.typ == entities.EntityOrganization || x.typ == entities.EntityGroup) {
			return x.name == ref.name && x.id == ref.id
		}
	}
	return false
}

// noteSubject remembers the named subject of a sentence, and when the
// sentence mentions a document, that subject as its author ("X's office
// released a statement").
func (r *clResolver) noteSubject(p *clPara, s clSpan, lex *clLexicon) {
	x := &clExtractor{lex: lex}
	a, b := x.sentenceSubject(p, s)
	if a < 0 {
		// "But a recent report from Delta Research reflects the battle
		// firms face. It said C": a document that is the subject of the
		// sentence before is what "it" stands for next, not a body that
		// spoke earlier.
		if da, db := docSubject(p, s, lex); da >= 0 {
			if ref, ok := r.document(p, da, db, lex); ok {
				r.docSpoke = &ref
			} else {
				r.docSpoke = &clRef{name: clDescription(p, da, db), typ: clDocumentType}
			}
			return
		}
		a, b = describedGroup(p, s, lex)
	}
	if a < 0 {
		return
	}
	// "Berios and Marou then skipped tests": two people named together are
	// whom a "they" after them stands for.
	if e := namesJoined(p, a, b, s); e > b {
		r.at.para, r.at.at, r.weight = p.n, p.toks[a].s, salSubject
		r.remember(clRef{name: p.text[p.toks[a].s:p.toks[e-1].e], typ: entities.EntityGroup})
		return
	}
	// "The governor's office released a statement": the author of what
	// "the statement" says next, named or not.
	for k := b; k < s.b; k++ {
		if p.toks[k].kind == clWord && p.toks[k].quote < 0 && lex.is(p.toks[k].low, wDoc) && !p.toks[k].upper &&
			!lex.is(p.toks[a].low, wDoc) && !lex.is(p.toks[b-1].low, wDoc) && clPublished(p, b, k, lex) {
			if ref, ok := r.named(p, a, b, lex); ok {
				r.docOwner = &ref
			} else {
				r.docOwner = &clRef{name: clDescription(p, a, b), typ: entities.EntityOrganization}
			}
			break
		}
	}
	// "Laura Ashley, which is due to report soon, has been hit by ...": a
	// name that "which" describes is a body, though the entities took it
	// for a person's; "it" may stand for it next.
	if b+1 < s.b && p.toks[b].kind == clComma && p.toks[b+1].kind == clWord && p.toks[b+1].low == "which" {
		if ref, ok := r.named(p, a, b, lex); ok && ref.typ == entities.EntityPerson && ref.id != "" {
			ref.typ, ref.roles = entities.EntityOrganization, nil
			r.at.para, r.at.at, r.weight = p.n, p.toks[a].s, salSubject
			r.remember(ref)
			return
		}
	}
	named := false
	for k := a; k < b; k++ {
		// ("Major companies including …": an adjective capitalised to open
		// the sentence names no one)
		if p.toks[k].upper && !clDeterminers[p.toks[k].low] && !(k == a && strings.HasPrefix(p.src.Tokens[p.toks[k].tok].Tag, "JJ")) {
			named = true
		}
	}
	if !named {
		// "His ex-wife agreed": a person described by a gendered word is
		// someone "she" may stand for next.
		// The phrase must end at that word: "A daisy chain necklace"
		// is no woman, "The news and data seller" no body called news.
		head := p.toks[b-1].low
		goesOn := b < len(p.toks) && p.toks[b].kind == clWord && (p.src.Tokens[p.toks[b].tok].POS == text.NOUN || p.toks[b].low == "and" || p.toks[b].low == "or")
		if gendered(head) && p.toks[b-1].kind == clWord && b-a <= 4 && !goesOn {
			r.at.para, r.at.at, r.weight = p.n, p.toks[a].s, salSubject
			r.remember(clRef{name: clDescription(p, a, b), typ: entities.EntityPerson, roles: []string{head}})
			return
		}
		// "Other western officials are not so sure. They said …": a
		// group described is whom "they" stands for next, not a group
		// that spoke before it.
		// ("The analysts said" goes back to analysts named before.)
		// ("The ministers met to discuss it. They said …": a definite
		// group is kept aside, for a "they" nothing else resolves)
		if lex.is(head, wGroup) && p.toks[b-1].kind == clWord && b-a <= 4 && !goesOn && !possessed(p, a, b) {
			r.groupSubject = &clRef{name: clDescription(p, a, b), typ: entities.EntityGroup}
			r.groupAt = [2]int{p.n, r.sentenceAt(p.n, p.toks[a].s)}
		}
		if lex.is(head, wGroup) && p.toks[b-1].kind == clWord && b-a <= 4 && !goesOn && !possessed(p, a, b) &&
			p.toks[a].low != "the" && p.toks[a].low != "these" && p.toks[a].low != "those" {
			r.at.para, r.at.at, r.weight = p.n, p.toks[a].s, salSubject
			r.remember(clRef{name: clDescription(p, a, b), typ: entities.EntityGroup})
			return
		}
		// "The commission had been asked to consider reforms. But it
		// said …": a body described is what "it" stands for next, not a
		// body named before it.
		// (not "the company" or "the group", which stand for the body
		// the article is about: whom "it" stands for is that one's)
		if lex.is(head, wOrg) && !clGenericOrg[head] && p.toks[b-1].kind == clWord && b-a <= 3 && p.toks[a].low == "the" && !goesOn && !possessed(p, a, b) {
			ref := r.described(p, a, b, lex)
			if ref == nil {
				ref = &clRef{name: clDescription(p, a, b), typ: entities.EntityOrganization}
			}
			r.at.para, r.at.at, r.weight = p.n, p.toks[a].s, salSubject
			r.remember(*ref)
			r.docSpoke = nil
		}
		return
	}
	// "Tony Blair's official spokesman declined to comment": the one the
	// description names is the subject, not the name it holds.
	if head, typ := descriptionHead(p, a, b, lex); head != "" && typ == entities.EntityPerson && possessed(p, a, b) {
		r.at.para, r.at.at, r.weight = p.n, p.toks[a].s, salSubject
		r.remember(clRef{name: clDescription(p, a, b), typ: typ, roles: []string{head}})
		r.docSpoke = nil
		return
	}
	ref, ok := r.named(p, a, b, lex)
	if !ok || len(r.ents) > 0 && ref.id == "" {
		if r.strangerSubject(p, a, b, lex) {
			r.stranger = r.sentenceAt(p.n, p.toks[a].s) + 1
			r.strangerAt = [2]int{p.n, p.toks[a].s}
		}
		return // with entities, only they are remembered
	}
	r.at.para, r.at.at, r.weight = p.n, p.toks[a].s, salSubject
	for k := a; k < b; k++ {
		if p.possessive(k) {
			r.weight = salMention // "Moore's documentary": Moore is not what the sentence is about
		}
	}
	// One capitalised word opening a sentence may be a plain noun ("Bombs
	// ..."): keep it only when it is an acronym or a name known already.
	if len(r.ents) == 0 && !strings.Contains(ref.name, " ") && !clAcronym(ref.name) && !p.possessive(a) && !(b-a >= 2 && p.possessive(a+1)) {
		known := false
		for _, old := range r.refs {
			if old.name == ref.name {
				known = true
			}
		}
		if !known {
			return
		}
	}
	r.remember(ref)
	// "The report said C. Acme Corp rejected the findings. It said …":
	// "it" is the organisation named since, not the document.
	r.docSpoke = nil
}

// bodySubjectBefore returns the organisation or group that the parse makes
// the subject of the main verb of the sentence of view token v, before v,
// when the content being resolved does not name it; nil when the sentence
// has no parse yet or no such subject.
func (r *clResolver) bodySubjectBefore(p *clPara, v int, lex *clLexicon) *clRef {
	if len(r.ents) == 0 {
		return nil
	}
	a, b := p.mainSubject(v)
	if a < 0 || b > v {
		return nil
	}
	ref, ok := r.named(p, a, b, lex)
	if !ok || ref.id == "" || ref.typ != entities.EntityOrganization && ref.typ != entities.EntityGroup || r.namedInContent(&ref) {
		return nil
	}
	return &ref
}

// strangerSubject tells a sentence's subject [a, b) that names a person
// the resolver could not take for one it knows: a capitalised title opens
// it ("Chief Secretary to the Treasury Paul Boateng"), or it is one
// capitalised word before a finite verb that the tagger took for a name or
// a verb ("Read wrote the song"), not for a common noun ("Shares fell").
func (r *clResolver) strangerSubject(p *clPara, a, b int, lex *clLexicon) bool {
	t := p.toks
	// (not "The Republican", a description of one named before, nor a
	// name the entities know, "Britain should …")
	if a >= b || t[a].kind != clWord || !t[a].upper || clDeterminers[t[a].low] || clAcronym(p.text[t[a].s:t[a].e]) {
		return false
	}
	for _, m := range r.byPara[p.n] {
		if m.start < t[b-1].e && t[a].s < m.end {
			return false
		}
	}
	if lex.is(t[a].low, wTitle) && !lex.is(t[a].low, wOrg) {
		return true
	}
	if b != a+1 || b >= len(t) || t[b].kind != clWord {
		return false
	}
	tag, next := p.src.Tokens[t[a].tok].Tag, p.src.Tokens[t[b].tok].Tag
	return (tag == "NNP" || strings.HasPrefix(tag, "VB")) && finiteTag(next)
}

// strangerBetween tells whether a stranger was the subject of the sentence
// before the one at byte at of paragraph n, or of that sentence itself, and
// ref has been named in neither since: a "he" there may be the stranger.
func (r *clResolver) strangerBetween(n, at int, ref *clRef) bool {
	now := r.sentenceAt(n, at)
	from := r.stranger - 1
	if r.stranger == 0 || from < now-1 || from > now {
		return false
	}
	// ("Britain should do more, he argued": the subject of what is said
	// is not someone else who says it)
	if c := r.content; c.para == r.strangerAt[0] && c.start <= r.strangerAt[1] && r.strangerAt[1] < c.end {
		return false
	}
	for _, ev := range r.events {
		if (ref.id != "" && ev.ref.id == ref.id || ev.ref.name == ref.name) && (ev.para < n || ev.at < at) && r.sentenceAt(ev.para, ev.at) >= from {
			return false
		}
	}
	if ref.id == "" {
		return true
	}
	for par := n - 1; par <= n; par++ {
		for _, m := range r.byPara[par] {
			if r.ents[m.ent].ID == ref.id && (par < n || m.start < at) && r.sentenceAt(par, m.start) >= from {
				return false
			}
		}
	}
	return true
}

// namesJoined returns the end of "X and Y" when the subject [a, b) is a
// capitalised name and "and" and another capitalised name follow it, or b.
func namesJoined(p *clPara, a, b int, s clSpan) int {
	t := p.toks
	if b >= s.b || t[b].kind != clWord || t[b].low != "and" || !t[a].upper || clDeterminers[t[a].low] {
		return b
	}
	e := b + 1
	for e < s.b && t[e].kind == clWord && t[e].upper && !clDeterminers[t[e].low] {
		e++
	}
	if e == b+1 {
		return b
	}
	return e
}

// clDescription is the surface of a phrase without a name, its leading
// determiner in lower case: "the ministry".
func clDescription(p *clPara, a, b int) string {
	s := p.text[p.toks[a].s:p.toks[b-1].e]
	if p.toks[a].upper && clDeterminers[p.toks[a].low] {
		s = p.toks[a].low + s[p.toks[a].e-p.toks[a].s:]
	}
	return s
}

// clDocumentType is the type of a remembered speaker that is a document:
// pronouns never resolve to it.
const clDocumentType = "document"

// resolve names the speaker of the phrase [a, b) of paragraph p.
func (r *clResolver) resolve(p *clPara, a, b int, lex *clLexicon) clSpeaker {
	t := p.toks
	if a < 0 || b > len(t) || a >= b {
		return clSpeaker{}
	}
	st, en := t[a].s, t[b-1].e
	sp := clSpeaker{mention: entities.Mention{Paragraph: p.n, Start: st, End: en, Text: p.text[st:en]}}
	// A pronoun, or a pronoun contracted with its verb ("he’s").
	pron := t[a].low
	if q, ok := clPossessives[pron]; ok && b-a == 1 {
		pron = q // "his claim that": he
	}
	r.at.para, r.at.at, r.weight = p.n, st, salSpeaker
	if (b-a == 1 || b-a == 2 && p.contracted(a) != "") && lex.is(pron, wPronPerson|wPronOrg|wPronPlural) {
		var ref *clRef
		guess := true // whether an entity named before may be guessed
		if pron != "it" {
			r.docSpoke = nil
		}
		switch {
		case pron == "it" && r.docSpoke != nil:
			ref = r.docSpoke
		case lex.is(pron, wPronPerson):
			g := pronounGender(pron)
			ref = r.salientPerson(p.n, st, g)
			// "… Paul Boateng attacked the plans. “C,” he said": not the
			// person named before the stranger.
			if ref != nil && r.strangerBetween(p.n, st, ref) {
				return clSpeaker{}
			}
			if ref == nil {
				ref = r.recentPerson()
				// "The senator met the banker Tom Ruiz. She said …": never a
				// person of the other gender.
				if ref != nil && g != genderUnknown {
					if rg := r.refGender(ref); rg != genderUnknown && rg != g {
						ref = nil
					}
				}
			}
		case lex.is(pron, wPronOrg):
			ref, guess = r.recentBody(lex)
			// "Even sports car maker Zentra may join the race, although
			// it insists …": the body that is the subject of the main
			// clause before the pronoun, by the parse.
			if body := r.bodySubjectBefore(p, a, lex); body != nil {
				ref = body
			}
			// "The venture will cost 9 mln dlrs, it said", after "the
			// paper said": what the content is about is not who says it.
			// But a body that was the last to speak goes on speaking, of
			// itself by its name as firms do ("Acme said C. 'Acme is
			// sure of the deal,' it said"): the body that spoke before it
			// is not who says it.
			if ref != nil && r.namedInContent(ref) && !r.lastBodySpeaker(ref) {
				if other := r.spokeOutsideContent(entities.EntityOrganization, entities.EntityGroup); other != nil {
					ref = other
				}
			}
		default:
			// "The bank said C. The ministers met on Friday. “We
			// agreed,” they said": the group that was the subject of
			// the sentence just before comes before any that spoke.
			// (When that sentence holds a claim, the group spoke it,
			// and the speaker it was read as goes on below: "The
			// sources said C. “C2,” they said")
			// "Opposition parties also want C1 but they accuse …": the
			// plural that opens the pronoun's own sentence, joined to it
			// by "but" or "and".
			if d := ownPluralSubject(p, a, lex); d != "" && lex.is(pron, wPronPlural) {
				sp.name = d
				return sp
			}
			if g := r.groupSubject; lex.is(pron, wPronPlural) && g != nil && r.groupAt[0] == p.n &&
				r.groupAt[1] == r.sentenceAt(p.n, st)-1 && !r.namedInContent(g) && !r.claimInSentence(p.n, r.groupAt[1]) {
				sp.name = g.name
				return sp
			}
			ref = r.recentPlural()
		}
		if ref == nil && guess {
			ref = r.entityBefore(p.n, st, pron, lex)
		}
		if ref == nil && guess && len(r.ents) == 0 {
			ref = r.nameBefore(p, a, lex.is(pron, wPronPerson), lex)
		}
		if lex.is(pron, wPronPerson) && r.unseenInHeadless(p.n, st, ref) {
			return clSpeaker{}
		}
		if ref != nil {
			sp.name, sp.id = ref.name, ref.id
			r.weight = salSpeaker / 2 // a pronoun's guess counts less than a name
			r.remember(*ref)
			return sp
		}
		// "…, a union representative said. '…,' he said": a pronoun no
		// one named stands for the speaker of the claim just before, when
		// it fits; else it names no one a reader could know, and the
		// claim is dropped.
		if c := r.prevSpeaker(p.n, st, pron, lex); c != nil {
			sp.name, sp.id = c.Speaker, c.SpeakerID
			return sp
		}
		// (the group just before, though the content names it, when
		// nothing else resolves "they")
		if lex.is(pron, wPronPlural) && r.groupSubject != nil && r.groupAt[0] == p.n && r.groupAt[1] == r.sentenceAt(p.n, st)-1 {
			sp.name = r.groupSubject.name
			return sp
		}
		return clSpeaker{}
	}
	r.docSpoke = nil
	// "that no one thought C", "no official believes C": no one holds
	// it, whatever the parse made of the negation ("No 10 said" is
	// Downing Street).
	if b-a == 1 && lex.is(t[a].low, wNobody) ||
		t[a].low == "no" && a+1 < b && t[a+1].kind == clWord && !t[a+1].upper && isASCIILetter(p.text[t[a+1].s]) && b-a <= 4 {
		return clSpeaker{}
	}
	// "Late last year, …", "Last month Australia's competition watchdog":
	// a time phrase that opens the phrase names no one; the words after
	// it may.
	if n := timeLead(p, a, b); n > 0 {
		k := a + n
		for k < b && t[k].kind == clComma {
			k++
		}
		if k >= b {
			return clSpeaker{}
		}
		in := r.resolve(p, k, b, lex)
		in.mention = entities.Mention{Paragraph: p.n, Start: t[k].s, End: en, Text: p.text[t[k].s:en]}
		return in
	}
	// "The author's sources, all unnamed allies of Mr Blair, said": a
	// description before a comma is the speaker; what follows describes
	// it, and the names there are not who speaks.
	for k := a + 1; k < b-1; k++ {
		if t[k].kind != clComma {
			continue
		}
		if head, _ := descriptionHead(p, a, k, lex); head != "" {
			in := r.resolve(p, a, k, lex)
			in.mention = sp.mention
			return in
		}
		break
	}
	// "The book, Ashby's Island, said": the name set off after a document
	// is its title, and the document speaks.
	if da := documentBefore(p, a, b, lex); da >= 0 {
		if ref, ok := r.document(p, da, a-1, lex); ok {
			sp.name, sp.id = ref.name, ref.id
			r.docSpoke = &ref
			return sp
		}
		sp.name = clDescription(p, da, a-1)
		r.docSpoke = &clRef{name: sp.name, typ: clDocumentType}
		return sp
	}
	// A document speaks for its author: "the statement", "a report by X".
	if ref, ok := r.document(p, a, b, lex); ok {
		sp.name, sp.id = ref.name, ref.id
		r.docSpoke = &ref
		return sp
	}
	// "the 27-year-old Austrian", "the Illinois Democrat": a person
	// described by a nation or a party, not the nation nor the party.
	// As "the 20-year-old", it is the most salient person, if any.
	// (not a body the entities know so)
	if t[a].low == "the" && b-a >= 2 && b-a <= 5 && demonymEnds(p, a, b) && !r.namesNonPerson(p.text[t[a+1].s:t[b-1].e]) {
		// (a person named, not one described: "a spokesman said" before
		// is no one's name for "the Illinois Democrat")
		if ref := r.salientPerson(p.n, st, genderUnknown); ref != nil && ref.id != "" && !r.unseenInHeadless(p.n, st, ref) {
			sp.name, sp.id = ref.name, ref.id
			r.remember(*ref)
			return sp
		}
		sp.name = clDescription(p, a, b)
		return sp
	}
	named := false
	for k := a; k < b; k++ {
		// ("The January announcement said": a month names no one; nor
		// does "The Leuven-based brewery": a place made an adjective)
		if t[k].upper && !(k == a && clDeterminers[t[k].low]) && !(k > a && calendarWord(t[k].low)) && !hyphenModifier(p, k) {
			named = true
		}
	}
	// "a spokesman for Ofcom", "the GOP presidential nominee", "Obama's
	// campaign strategist", "Russia's embassy in Helsinki", "officials in
	// Finland": someone described by a role, a body or a group is not the
	// name the description holds; a later "he" or "it" can be them.
	head, typ := descriptionHead(p, a, b, lex)
	// "Merck's head of research Peter Kim": the person named at the end of
	// a role is who speaks (not one a preposition makes the role's
	// charge: "a lawyer for Tom Reed").
	if named && head != "" && typ == entities.EntityPerson {
		if ref, ok := r.personEnding(p, a, b, lex); ok {
			sp.name, sp.id = ref.name, ref.id
			r.remember(ref)
			return sp
		}
	}
	if named && head != "" {
		ref := clRef{name: clDescription(p, a, b), typ: typ}
		if typ == entities.EntityPerson {
			ref.roles = []string{head}
		}
		sp.name = ref.name
		r.remember(ref)
		return sp
	}
	// "Fifty percent of Europeans said", "Citizens in most of the nations
	// in a Velder poll believe": a common noun before a preposition heads
	// the phrase; the names after the preposition do not speak.
	// (not a person named after it: "a close associate of X" may be the
	// parse's or the patterns' way to X, and "a challenge from X, who
	// said" is X's)
	// (nor a document's: "a report in the Sunday Business", "those
	// surveyed in a Velder poll" are the paper's and the pollster's
	// words, which the documents' rules read)
	if k := commonHeadBeforePrep(p, a, b); named && k > 0 && !r.personIn(p.n, t[k].s, en) && !docWordIn(p, a, b, lex) {
		sp.name = clDescription(p, a, b)
		r.remember(clRef{name: sp.name, typ: entities.EntityGroup})
		return sp
	}
	// "The widow of slain journalist X", "the doctor of injured striker
	// X": a person described before a preposition whose phrase describes
	// the name as a person is who speaks, not the name.
	if named && personOfCharge(p, a, b, lex) {
		sp.name = clDescription(p, a, b)
		r.remember(clRef{name: sp.name, typ: entities.EntityPerson})
		return sp
	}
	// (a name that only owns the head of a description is not who speaks:
	// "Mike Tindall's agent has warned", "The UK's biggest lender said",
	// "Tony Blair's entry confirms" are the agent's, the lender's, the
	// entry's words)
	if named && !ownerOnly(p, a, b) {
		if ref, ok := r.named(p, a, b, lex); ok {
			// "the Kuwait daily al-Watan", "news agency Apcom": a name set
			// after the word for a body is that body's, whatever type the
			// entities gave it, and a later "it" can be it.
			if ref.typ != entities.EntityOrganization && orgBeforeName(p, a, b, lex) {
				ref.typ = entities.EntityOrganization
			}
			// "Red Cavaney, American Paper Institute president said": a
			// name a person's role sets off is a person's, whatever type
			// the entities gave it, and a later "he" can be them.
			if role := roleAfter(p, b, lex); ref.typ != entities.EntityPerson && role != "" {
				ref.typ, ref.roles = entities.EntityPerson, []string{role}
			}
			sp.name, sp.id = ref.name, ref.id
			r.remember(ref)
			return sp
		}
	}
	// A description: "the army", "the spokesman", "the group".
	if ref := r.described(p, a, b, lex); ref != nil {
		sp.name, sp.id = ref.name, ref.id
		r.remember(*ref)
		return sp
	}
	sp.name = clDescription(p, a, b)
	// "An official at the bank": a person described by a role, whatever
	// the words after it name.
	if typ == entities.EntityPerson && head != t[b-1].low {
		r.remember(clRef{name: sp.name, typ: typ, roles: []string{head}})
		return sp
	}
	switch last := t[b-1].low; {
	case lex.is(last, wDoc):
		// "The book said …. It claims …": what "it" says next is the book's.
		r.docSpoke = &clRef{name: sp.name, typ: clDocumentType}
	case lex.is(last, wGroup) || strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss"):
		r.remember(clRef{name: sp.name, typ: entities.EntityGroup})
	case lex.is(last, wOrg) || clGenericOrg[last]:
		r.remember(clRef{name: sp.name, typ: entities.EntityOrganization})
	case lex.is(last, wTitle):
		r.remember(clRef{name: sp.name, typ: entities.EntityPerson})
	}
	return sp
}

// clDemonyms are the words for one of a people or a party's member, lower
// case, from the entities' demonyms table ("austrian", "new zealander",
// "democrat", "frenchman").
var clDemonyms = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	// (a word whose plural is not its own with "s", bar "-man", is the
	// people's: "the Swiss", "the Japanese", "the British")
	for _, row := range lexicon.Rows(entities.Lexicon(), "demonyms") {
		plurals := map[string]bool{}
		if len(row) > 1 {
			for _, w := range strings.Split(row[1], ";") {
				plurals[strings.ToLower(strings.TrimSpace(w))] = true
			}
		}
		for _, w := range strings.Split(row[0], ";") {
			if w = strings.ToLower(strings.TrimSpace(w)); w != "" && (plurals[w+"s"] || strings.HasSuffix(w, "man") || strings.HasSuffix(w, "woman")) {
				m[w] = true
			}
		}
	}
	return m
})

// demonymEnds tells whether the phrase [a, b) of p ends in a capitalised
// demonym of one or two words ("Austrian", "New Zealander").
func demonymEnds(p *clPara, a, b int) bool {
	t := p.toks
	last := t[b-1]
	if last.kind != clWord || !last.upper {
		return false
	}
	if clDemonyms()[last.low] {
		return true
	}
	return b-2 > a && t[b-2].kind == clWord && t[b-2].upper && clDemonyms()[t[b-2].low+" "+last.low]
}

// commonHeadBeforePrep returns the first preposition of a phrase [a, b)
// whose words before it are common nouns, numbers or determiners ending in
// a common noun ("Fifty percent of", "Citizens in"), so that every
// capitalised word of the phrase comes after it; -1 when there is none.
func commonHeadBeforePrep(p *clPara, a, b int) int {
	t := p.toks
	k := a + 1
	for k < b && !(t[k].kind == clWord && clHeadPreps[t[k].low]) {
		k++
	}
	if k >= b-1 {
		return -1
	}
	for i := a; i < k; i++ {
		tag := p.src.Tokens[t[i].tok].Tag
		if t[i].kind != clWord || t[i].upper && i > a || tag == "NNP" || tag == "NNPS" {
			return -1
		}
	}
	if tag := p.src.Tokens[t[k-1].tok].Tag; tag != "NN" && tag != "NNS" {
		return -1
	}
	// (a phrase with a verb is one the patterns cut wrong: "Minutes of
	// the meeting which pushed rates up", "could dent Lycos")
	for i := k; i < b; i++ {
		if verbTag(p.src.Tokens[t[i].tok].Tag) {
			return -1
		}
	}
	return k
}

// docWordIn tells whether a word of the phrase [a, b) names a document.
func docWordIn(p *clPara, a, b int, lex *clLexicon) bool {
	for k := a; k < b; k++ {
		if p.toks[k].kind == clWord && !p.toks[k].upper && lex.is(p.toks[k].low, wDoc) {
			return true
		}
	}
	return false
}

// personIn tells whether a person entity is mentioned within bytes [st, en)
// of paragraph n.
func (r *clResolver) personIn(n, st, en int) bool {
	for _, m := range r.byPara[n] {
		if m.start >= st && m.end <= en && r.ents[m.ent].Type == entities.EntityPerson {
			return true
		}
	}
	return false
}

// clHeadPreps are the prepositions after a phrase's head: "members of",
// "citizens in".
var clHeadPreps = map[string]bool{"of": true, "in": true, "from": true, "at": true, "across": true}

// ownerOnly tells a phrase [a, b) whose name only owns its head: a name
// with a possessive, then lower-case words alone to the phrase's end ("Mike
// Tindall's agent", "the UK's biggest mortgage lender").
func ownerOnly(p *clPara, a, b int) bool {
	t := p.toks
	k := b - 1
	for k >= a && t[k].kind == clWord && !t[k].upper && !t[k].clitic {
		k--
	}
	// (k now stands at the clitic "'s" of the owner, or the name itself
	// for "the Smiths' lawyer")
	if k == b-1 || k < a {
		return false
	}
	if t[k].clitic && k > a {
		k--
	}
	return t[k].upper && p.possessive(k)
}

// entity returns the entity with the id, or nil.
func (r *clResolver) entity(id string) *entities.Entity {
	if id == "" {
		return nil
	}
	for i := range r.ents {
		if r.ents[i].ID == id {
			return &r.ents[i]
		}
	}
	return nil
}

// entityBefore returns the last entity mentioned before byte at of paragraph
// n, or in the paragraphs before, that a pronoun can stand for.
func (r *clResolver) entityBefore(n, at int, pron string, lex *clLexicon) *clRef {
	if len(r.ents) == 0 {
		return nil
	}
	want := func(typ string) bool {
		if lex.is(pron, wPronPerson) {
			return typ == entities.EntityPerson
		}
		return typ == entities.EntityOrganization || typ == entities.EntityGroup
	}
	g := pronounGender(pron)
	for par := n; par >= 1 && par >= n-3; par-- {
		ms := r.byPara[par]
		best := -1
		for i, m := range ms {
			if eg := r.entityGender(m.ent); g != genderUnknown && eg != genderUnknown && eg != g {
				continue // "she" is no Tom
			}
			// (not one the content names: "they wanted to make groups
			// like Acme known" is not Acme speaking)
			if (par < n || m.end <= at) && want(r.ents[m.ent].Type) && (best < 0 || m.start > ms[best].start) &&
				!r.namedInContent(&clRef{name: r.ents[m.ent].Name, id: r.ents[m.ent].ID}) {
				best = i
			}
		}
		if best >= 0 {
			e := r.ents[ms[best].ent]
			return &clRef{name: e.Name, id: e.ID, typ: e.Type}
		}
	}
	return nil
}

// entityIn returns the person, organisation or group entity that a speaker
// phrase within bytes [st, en) of paragraph n names: the one the phrase is
// about rather than one that only qualifies it. A possessor ("Labour's Paul
// Flynn", "Kenteris's lawyer") or a name after a preposition ("a spokesman
// for the ministry") gives way to another name; among the rest the last one
// is the head ("WRU general manager Steve Lewis").
func (r *clResolver) entityIn(n, st, en int) (clRef, bool) {
	var txt string
	if p := r.doc.Para(n); p != nil {
		txt = p.Text
	}
	// "The Farm Credit and Loan Service announced": a phrase the parse
	// cut at an "and" inside the name of a body is that body.
	for _, m := range r.byPara[n] {
		if e := r.ents[m.ent]; e.Type == entities.EntityOrganization && m.start < st && m.end == en && st <= len(txt) &&
			(strings.HasSuffix(txt[m.start:st], " and ") || strings.HasSuffix(txt[m.start:st], " & ")) &&
			!strings.ContainsAny(txt[m.start:st], ",;:") {
			return clRef{name: e.Name, id: e.ID, typ: e.Type}, true
		}
	}
	best, bestRank, bestEnd, bestStart := -1, -1, 0, 0
	// The mentions of the best rank, in order, to tell "Finland and
	// Estonia say": both speak, neither alone.
	var joint []clEntMention
	for _, m := range r.byPara[n] {
		e := r.ents[m.ent]
		if e.Type == entities.EntityPlace || m.start < st || m.end > en {
			continue
		}
		// ("the Conservatives and Liberal Democrats say": a mention the
		// entities opened at the "and" names the body after it, joined
		// to the one before)
		if m.start < len(txt) && m.end <= len(txt) {
			if w := txt[m.start:m.end]; strings.HasPrefix(w, "and ") || strings.HasPrefix(w, "& ") {
				m.start += strings.IndexByte(w, ' ') + 1
			}
		}
		rank := 0
		if !possessiveAt(txt, m.end) {
			rank += 2
		}
		if !clPrepBefore(txt, st, m.start) && !r.modifiesEarlier(n, txt, st, m) {
			rank++
		}
		if rank > bestRank {
			joint = joint[:0]
		}
		if rank >= bestRank {
			joint = append(joint, m)
		}
		if rank > bestRank || rank == bestRank && m.end > bestEnd {
			best, bestRank, bestEnd, bestStart = m.ent, rank, m.end, m.start
		}
	}
	if best < 0 {
		return clRef{}, false
	}
	if len(joint) > 1 && coordinated(txt, joint) {
		return clRef{name: txt[joint[0].start:joint[len(joint)-1].end], typ: entities.EntityGroup}, true
	}
	e := r.ents[best]
	if e.Type == entities.EntityOrganization {
		if from := r.nameOpening(n, txt, st, bestStart); from < bestStart {
			// (the entity's own when it names the whole: the part the
			// mention cut, "AG", is not)
			ref := clRef{name: txt[from:bestEnd], typ: e.Type}
			if ref.name == e.Name || slices.Contains(e.Aliases, ref.name) {
				ref.id = e.ID
			}
			return ref, true
		}
	}
	if w, ok := strings.CutPrefix(e.Name, "and "); ok {
		return clRef{name: w, id: e.ID, typ: e.Type}, true
	}
	return clRef{name: e.Name, id: e.ID, typ: e.Type}, true
}

// nameOpening returns where the name of a body whose mention, the last part
// of the name, starts at ms in paragraph n begins when the entities cut it:
// before capitalised words joined by "and" that no entity names ("Sun
// Refining and Marketing Co", where only "Marketing Co" was named), or
// before a name and a place in brackets ("Morgan Guaranty (Switzerland)
// AG"). It never goes before st, the start of the speaker phrase; ms when
// the name is whole.
func (r *clResolver) nameOpening(n int, txt string, st, ms int) int {
	capWord := func(w string) bool {
		l := strings.ToLower(w)
		return w != "" && w[0] >= 'A' && w[0] <= 'Z' && !strings.HasSuffix(w, "'s") && l != "the" && l != "a" && l != "an"
	}
	// words before ms, back to the phrase's start
	words := func(end int) (starts []int) {
		i := end
		for i > st {
			j := i
			for j > st && txt[j-1] == ' ' {
				j--
			}
			k := j
			for k > st && txt[k-1] != ' ' {
				k--
			}
			if k == j {
				break
			}
			starts = append(starts, k)
			i = k
		}
		return starts
	}
	named := func(a, b int) bool {
		return slices.ContainsFunc(r.byPara[n], func(m clEntMention) bool { return m.start < b && m.end > a && m.start != ms })
	}
	ws := words(ms)
	if len(ws) < 2 {
		return ms
	}
	w0 := strings.TrimSpace(txt[ws[0]:ms])
	switch {
	case w0 == "and" || w0 == "&":
		// (a word of a name, not a plural noun, nor a common noun
		// capitalised because it opens the sentence: "Officials and
		// Acme Inc said" are two; "British and Commonwealth Shipping
		// Co" is one)
		var toks []text.Token
		if p := r.doc.Para(n); p != nil {
			toks = p.Tokens
		}
		nameWord := func(k int) bool {
			i := slices.IndexFunc(toks, func(t text.Token) bool { return t.Start == k })
			if i < 0 || toks[i].POS == text.PROPN {
				return true
			}
			opens := i == 0 || toks[i-1].Sent != toks[i].Sent || toks[i-1].Shape == text.ShapeQuote
			return toks[i].Tag != "NNS" && !(opens && toks[i].POS == text.NOUN)
		}
		from := ms
		for _, k := range ws[1:] {
			w := strings.TrimSpace(txt[k:from])
			if !capWord(w) || strings.ContainsAny(w, ",;:()") || !nameWord(k) {
				break
			}
			from = k
		}
		if from == ms || named(from, ws[0]) {
			return ms
		}
		return from
	case len(w0) > 2 && w0[0] == '(' && w0[len(w0)-1] == ')' && capWord(w0[1:]):
		// (a place, not the short name of what came before it: "the
		// Association of Fund Managers (Afma) Afma said" names Afma twice)
		if a := ws[0] + 1; slices.ContainsFunc(r.byPara[n], func(m clEntMention) bool {
			return m.start == a && r.ents[m.ent].Type != entities.EntityPlace
		}) {
			return ms
		}
		from := ws[0]
		for _, k := range ws[1:] {
			w := strings.TrimSpace(txt[k:from])
			if !capWord(w) || strings.ContainsAny(w, ",;:()") {
				break
			}
			from = k
		}
		if from == ws[0] {
			return ms
		}
		return from
	}
	return ms
}

// titledPersonLast returns the person whose mention ends the phrase [a, b)
// of p right after a title word that a capitalised word opens ("Energy
// Secretary John Herrington", "Bank of Freedonia governor Jo Bloggs").
func (r *clResolver) titledPersonLast(p *clPara, a, b int, lex *clLexicon) (clRef, bool) {
	t := p.toks
	title := func(k int) bool {
		return t[k].kind == clWord && lex.is(strings.TrimSuffix(t[k].low, "."), wTitle) && !lex.is(t[k].low, wOrg)
	}
	for _, m := range r.byPara[p.n] {
		e := r.ents[m.ent]
		if e.Type != entities.EntityPerson || m.end != t[b-1].e || m.start <= t[a].s {
			continue
		}
		// not one of two people named ("Lord Justice Rix and Mr Justice
		// Forbes")
		if r.personIn(p.n, t[a].s, m.start) {
			return clRef{}, false
		}
		k0 := tokenStarting(t, a+1, b, m.start)
		if k0 < 0 {
			continue
		}
		// a title before the name, after a capitalised word
		if k0-2 >= a && title(k0-1) && t[k0-2].kind == clWord && t[k0-2].upper {
			return clRef{name: e.Name, id: e.ID, typ: e.Type}, true
		}
		// a capitalised title inside the mention, before the name
		// ("Energy Secretary John Herrington" as the entities read it)
		for k := k0; k < b-1; k++ {
			if title(k) && t[k].upper {
				return clRef{name: e.Name, id: e.ID, typ: e.Type}, true
			}
		}
	}
	return clRef{}, false
}

// modifiesEarlier tells whether the mention m, in a speaker phrase that
// starts at byte st of paragraph n, follows the mention of another person or
// organisation there with a preposition between them: in "economist Ann
// Bell of the brokerage Smith Rowe" or "Ann Bell of Melbourne broker Smith
// Rowe", Smith Rowe only says where Ann Bell works.
func (r *clResolver) modifiesEarlier(n int, txt string, st int, m clEntMention) bool {
	for _, o := range r.byPara[n] {
		if o.ent == m.ent || o.start < st || o.end > m.start || r.ents[o.ent].Type == entities.EntityPlace {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(txt[o.end:m.start])) {
			switch w {
			case "of", "for", "at", "with", "from", "by", "in":
				return true
			}
		}
	}
	return false
}

// coordinated tells whether mentions of different entities, in order, are
// joined only by commas and "and": "Finland and Estonia", "A, B and C".
func coordinated(txt string, ms []clEntMention) bool {
	for i := 1; i < len(ms); i++ {
		if ms[i].ent == ms[i-1].ent || ms[i].start < ms[i-1].end {
			return false
		}
		switch strings.TrimSpace(txt[ms[i-1].end:ms[i].start]) {
		case "and", ",", ", and":
		default:
			return false
		}
	}
	return true
}

// possessiveAt tells whether a possessive ending follows byte i of s.
func possessiveAt(s string, i int) bool {
	if i > len(s) {
		return false
	}
	rest := s[i:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "' ") ||
		strings.HasPrefix(rest, "’ ")
}

// clPrepBefore tells whether the word before byte at, after byte from, is
// a preposition that makes what follows a modifier ("for", "of", "at").
func clPrepBefore(s string, from, at int) bool {
	if at > len(s) || from >= at {
		return false
	}
	words := strings.Fields(s[from:at])
	if len(words) == 0 {
		return false
	}
	// "at First Marathon Securities", where the name found starts late:
	// up to two capitalised words of the name before it, then "the".
	i := len(words) - 1
	for skipped := 0; i > 0 && skipped < 2 && words[i] != strings.ToLower(words[i]); skipped++ {
		i--
	}
	if i < len(words)-1 && words[i] != strings.ToLower(words[i]) {
		i = len(words) - 1
	}
	w := strings.ToLower(words[i])
	if w == "the" && i > 0 {
		w = strings.ToLower(words[i-1])
	}
	switch w {
	case "of", "for", "at", "with", "from", "by", "in", "to", "on":
		return true
	}
	return false
}

// document resolves a phrase that names a document to its author.
func (r *clResolver) document(p *clPara, a, b int, lex *clLexicon) (clRef, bool) {
	t := p.toks
	head := -1
	for k := a; k < b; k++ {
		if t[k].kind == clWord && !t[k].upper && lex.is(t[k].low, wDoc) {
			head = k
			break
		}
	}
	if head < 0 {
		return clRef{}, false
	}
	// "Acme's head of research Jo Tarn", "the editor of the report": a
	// role whose phrase holds the document's word heads the phrase; the
	// one in the role speaks, not a document.
	for j := a; j < head; j++ {
		if t[j].kind == clWord && !t[j].upper && lex.is(t[j].low, wTitle) {
			for k := j + 1; k < head; k++ {
				if t[k].low == "of" || t[k].low == "for" || t[k].low == "at" {
					return clRef{}, false
				}
			}
		}
	}
	// "a report by Amnesty International", "a statement from the ministry",
	// "a statement issued by the ministry"; "a memo for Mr Heath" is
	// addressed to him, not his, and "a memo obtained by Reuters" is no
	// more Reuters' than "a memo seen by" anyone.
	for k := head + 1; k < b-1; k++ {
		if t[k].low == "for" || t[k].low == "to" {
			return clRef{name: clDescription(p, a, b), typ: clDocumentType}, true
		}
		if t[k].low == "by" || t[k].low == "from" || t[k].low == "of" {
			for j := head + 1; j < k; j++ {
				if t[j].kind == clWord && !t[j].upper && !lex.is(t[j].low, wPublish) {
					return clRef{name: clDescription(p, a, b), typ: clDocumentType}, true
				}
			}
			// "a joint statement by Saudi Arabia, the United States and
			// the African Union" is all of theirs, not one's
			// (a list with a comma: "Marks and Spencer" is one firm)
			listed := false
			for j := k + 2; j < b; j++ {
				listed = listed || t[j].kind == clComma
				if listed && t[j].kind == clWord && t[j].low == "and" && t[j-1].upper && j+1 < b && (t[j+1].upper || t[j+1].low == "the") {
					return clRef{name: clDescription(p, k+1, b), typ: entities.EntityGroup}, true
				}
			}
			if ref, ok := r.named(p, k+1, b, lex); ok {
				r.docOwner = &ref
				r.remember(ref)
				return ref, true
			}
			if ref := r.described(p, k+1, b, lex); ref != nil {
				return *ref, true
			}
			break
		}
	}
	// "the ministry's statement", "Amnesty's report"
	if head > a {
		for k := head - 1; k >= a; k-- {
			if p.possessive(k) {
				if ref, ok := r.named(p, a, k+2, lex); ok {
					r.remember(ref)
					return ref, true
				}
			}
		}
	}
	// "the new book", after "Robert Peston's new book".
	if ref, ok := r.docOwners[t[head].low]; ok {
		return ref, true
	}
	if r.docOwner != nil {
		return *r.docOwner, true
	}
	return clRef{}, false // "the lawsuit": whose, the text does not say
}

// documentBefore returns where "the book" starts when the name [a, b) is
// set off by commas right after it, opening its sentence ("The book,
// Ashby's Island, said"), or -1.
func documentBefore(p *clPara, a, b int, lex *clLexicon) int {
	t := p.toks
	if a < 2 || b >= len(t) || t[a-1].kind != clComma || t[b].kind != clComma || !t[a].upper {
		return -1
	}
	head := a - 2
	if t[head].kind != clWord || t[head].upper || !lex.is(t[head].low, wDoc) {
		return -1
	}
	for j := head - 1; j >= 0 && j >= head-3; j-- {
		if t[j].kind != clWord || t[j].upper && !clDeterminers[t[j].low] {
			return -1
		}
		if clDeterminers[t[j].low] {
			if j == 0 || t[j-1].kind == clStop {
				return j
			}
			return -1
		}
	}
	return -1
}

// noteOwners remembers the authors that a sentence gives documents
// ("journalist Robert Peston's new book"), so that "the new book claims"
// speaks for its author later.
func (r *clResolver) noteOwners(p *clPara, s clSpan, lex *clLexicon) {
	t := p.toks
	for k := s.a; k+2 < s.b; k++ {
		if !p.possessive(k) || !t[k].upper {
			continue
		}
		for d := k + 2; d < s.b && d <= k+4 && t[d].kind == clWord && !t[d].upper; d++ {
			if !lex.is(t[d].low, wDoc) {
				continue
			}
			a := k
			for a > s.a && t[a-1].kind == clWord && (t[a-1].upper || clParticles[t[a-1].low]) {
				a--
			}
			if ref, ok := r.named(p, a, k+2, lex); ok && ref.typ != clDocumentType {
				if r.docOwners == nil {
					r.docOwners = map[string]clRef{}
				}
				r.docOwners[t[d].low] = ref
			}
			break
		}
	}
}

// described resolves a description without a name ("the army", "the
// president", "the group") to the last remembered name it fits.
func (r *clResolver) described(p *clPara, a, b int, lex *clLexicon) *clRef {
	t := p.toks
	if b-a < 2 || b-a > 4 || t[a].low != "the" {
		return nil
	}
	head := t[b-1].low
	for k := a + 1; k < b; k++ {
		if t[k].upper || t[k].kind != clWord {
			return nil
		}
	}
	if personDescriptor(head, lex) {
		// "the senator", "the 20-year-old": the most salient person with
		// that role, if the article gave one; else the most salient person.
		g := nameGender("", []string{head})
		// "the foreign secretary" is not the home secretary: the words
		// before the head must be in the role too, bar a word of time.
		role := head
		for k := b - 2; k > a; k-- {
			if w := t[k].low; !clRoleTime[w] {
				role = w + " " + role
			}
		}
		if ref := r.salientWith(p.n, t[a].s, g, role); ref != nil {
			// "Ann Bell of Norbank said C. But the analyst said …": the
			// person the article is on, of no known role, may be the
			// analyst as well as the one given that role before.
			if top := r.salientPerson(p.n, t[a].s, g); top != nil && top.name != ref.name && !r.hasAnyRole(top) && r.actedJustBefore(top, p.n, t[a].s) {
				return nil
			}
			return ref
		}
		if lex.is(head, wTitle) {
			return nil // a role no one was given: "the spokesman" stays a spokesman
		}
		if ref := r.salientPerson(p.n, t[a].s, g); !r.unseenInHeadless(p.n, t[a].s, ref) {
			return ref
		}
		return nil
	}
	for _, w := range append([]string{head}, descriptionHeads()[head]...) {
		for i := len(r.refs) - 1; i >= 0; i-- {
			if r.refs[i].typ != entities.EntityPerson && clHasWord(strings.ToLower(r.refs[i].name), w) && refHeadFits(r.refs[i].name, w) {
				return &r.refs[i]
			}
		}
		// An organisation named earlier in the article whose name holds the
		// word, though it has not spoken yet.
		if ref := r.namedBefore(p.n, t[a].s, w); ref != nil {
			return ref
		}
	}
	// "the group", "the company": the organisation the article is about
	// lately; not "the ship's operator", whose owner says which it is.
	if clGenericOrg[head] && !possessed(p, a, b) {
		if len(r.ents) > 0 {
			return r.salientOrganisation(p.n, t[a].s)
		}
		// (a body named, not one described: "the agency said …. The firm
		// denied …" are two bodies for all the text says)
		if last := len(r.refs) - 1; last >= 0 && r.refs[last].typ == entities.EntityOrganization && hasCapital(r.refs[last].name) {
			return &r.refs[last]
		}
	}
	return nil
}

// clRoleTime are words of time before a role that the role need not hold:
// "the former minister" is the minister the article named.
var clRoleTime = map[string]bool{"former": true, "new": true, "then": true, "current": true, "outgoing": true, "incoming": true}

// hasAnyRole tells whether the article gave ref any role word.
func (r *clResolver) hasAnyRole(ref *clRef) bool {
	if len(ref.roles) > 0 {
		return true
	}
	if e := r.entity(ref.id); e != nil && len(e.Roles) > 0 {
		return true
	}
	for i := range r.refs {
		if r.refs[i].name == ref.name && r.refs[i].id == ref.id && len(r.refs[i].roles) > 0 {
			return true
		}
	}
	return false
}

// actedJustBefore tells whether ref spoke or was a subject in the sentence
// before byte at of paragraph n, or earlier in its own.
func (r *clResolver) actedJustBefore(ref *clRef, n, at int) bool {
	now := r.sentenceAt(n, at)
	for _, ev := range r.events {
		if ev.w >= salSubject && ev.ref.name == ref.name && (ev.para < n || ev.para == n && ev.at < at) && r.sentenceAt(ev.para, ev.at) >= now-1 {
			return true
		}
	}
	return false
}

// possessed tells a phrase [a, b) that holds a possessive ("the ship's
// operator").
func possessed(p *clPara, a, b int) bool {
	for k := a; k < b-1; k++ {
		if p.possessive(k) {
			return true
		}
	}
	return false
}

// descriptionHead returns the word that heads the phrase [a, b), and the
// type of what it describes, when the head is a common noun for a person's
// role, a body or a group ("the Ofcom spokesman", "a spokesman for Ofcom",
// "a leading expert on the Cuban economy",
// "Russia's embassy in Helsinki", "officials in Finland", "one official
// attending the talks with Minister Ana Ruiz", "analysts polled by Reuters"),
// or "". The head is the last word before a preposition or a participle
// that attaches a name, or the last word.
func descriptionHead(p *clPara, a, b int, lex *clLexicon) (string, string) {
	t := p.toks
	h := b - 1
	for k := a + 1; k < b; k++ {
		if t[k].kind != clWord {
			continue
		}
		switch t[k].low {
		case "for", "of", "at", "with", "in", "on", "by", "from":
			h = k - 1
		case "to":
			// "an aide to Senator X", "adviser to the minister": a role
			// held for the one named after it.
			if k-1 >= a && t[k-1].kind == clWord && !t[k-1].upper && lex.is(t[k-1].low, wTitle) && !lex.is(t[k-1].low, wOrg) {
				h = k - 1
				break
			}
			// "a source close to the board"
			if k-1 <= a+1 || t[k-1].low != "close" {
				continue
			}
			h = k - 2
		default:
			if tag := p.src.Tokens[t[k].tok].Tag; t[k].upper || tag != "VBG" && tag != "VBN" || k == a+1 {
				continue
			}
			h = k - 1
		}
		break
	}
	w := &t[h]
	// "The Archbishop of Canterbury", "the Mayor of Lyon": an office of a
	// place, written capitalised, is a person's.
	if w.kind == clWord && w.upper && h > a && h+1 < b && t[h+1].low == "of" && lex.is(w.low, wTitle) && !lex.is(w.low, wOrg) && clDeterminers[t[a].low] {
		return w.low, entities.EntityPerson
	}
	if w.kind != clWord || w.upper || w.clitic {
		return "", ""
	}
	switch {
	case lex.is(w.low, wTitle) && !lex.is(w.low, wOrg):
		return w.low, entities.EntityPerson
	case lex.is(w.low, wOrg) || clGenericOrg[w.low]:
		return w.low, entities.EntityOrganization
	case lex.is(w.low, wGroup):
		return w.low, entities.EntityGroup
	case lex.is(w.low, wMale|wFemale) && h > a && possessed(p, a, h+1):
		// "Marco Velli's mother has said": his mother, not he.
		return w.low, entities.EntityPerson
	case h > a && possessed(p, a, h+1) && p.src.Tokens[w.tok].Tag == "NNS":
		// "Russia's newspapers claimed", "the bank's creditors fear":
		// those the possessor has, not the possessor.
		return w.low, entities.EntityGroup
	case h == b-1 && h > a && p.src.Tokens[w.tok].Tag == "NNS" && !properBefore(p, a, h):
		// "most Japanese newspapers", "a few Swiss banks": a plural
		// described by where it is from names a group, not a people.
		return w.low, entities.EntityGroup
	case h < b-1 && p.src.Tokens[w.tok].Tag == "NNS":
		// "unnamed allies of Ms Marlow and Mr Ashby": people described
		// by what they are to the names after the head, not the names.
		return w.low, entities.EntityGroup
	}
	return "", ""
}

// refHeadFits tells whether a speaker remembered by a description, not a
// name ("a panel of industry experts"), has the word w for its head ("the
// panel"), not for a modifier ("the global farming industry" is another
// speaker). A name ("Bank of Freedonia") fits by any of its words.
func refHeadFits(name, w string) bool {
	if name == "" || name[0] < 'a' || name[0] > 'z' {
		return true
	}
	low := strings.ToLower(name)
	if i := strings.Index(low, " of "); i >= 0 {
		low = low[:i]
	}
	if i := strings.LastIndexByte(low, ' '); i >= 0 {
		low = low[i+1:]
	}
	return low == w || strings.TrimSuffix(low, "s") == w
}

// personDescriptor tells whether the head of "the <head>" describes a
// person: a title or role ("the senator", "the spokeswoman") or an age ("the
// 20-year-old").
func personDescriptor(head string, lex *clLexicon) bool {
	if lex.is(head, wTitle) && !lex.is(head, wOrg) {
		return true
	}
	return strings.HasSuffix(head, "-year-old") && len(head) > len("-year-old")
}

// descriptionHeads maps the head of a description ("army") to other words
// the name it stands for may hold ("armed forces"), from a table.
var descriptionHeads = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for _, row := range lexiconRows("description_heads") {
		if len(row) < 2 {
			continue
		}
		for _, alt := range strings.Split(row[1], ",") {
			if alt = strings.ToLower(strings.TrimSpace(alt)); alt != "" {
				m[strings.ToLower(row[0])] = append(m[strings.ToLower(row[0])], alt)
			}
		}
	}
	return m
})

// namedBefore returns the organisation, by its proper name, mentioned last before
// offset at of paragraph n (or in the paragraphs before) whose name holds
// the word w.
func (r *clResolver) namedBefore(n, at int, w string) *clRef {
	for par := n; par >= 1; par-- {
		ms := r.byPara[par]
		best := -1
		for i, m := range ms {
			e := r.ents[m.ent]
			if (par < n || m.end <= at) && e.Type == entities.EntityOrganization && e.Name != "" && e.Name[0] >= 'A' && e.Name[0] <= 'Z' &&
				clHasWord(strings.ToLower(e.Name), w) && (best < 0 || m.start > ms[best].start) {
				best = i
			}
		}
		if best >= 0 {
			e := r.ents[ms[best].ent]
			return &clRef{name: e.Name, id: e.ID, typ: e.Type}
		}
	}
	return nil
}

// clGenericOrg are heads of descriptions that stand for any organisation.
var clGenericOrg = map[string]bool{"group": true, "organisation": true, "organization": true, "company": true,
	"firm": true, "agency": true, "movement": true, "body": true, "alliance": true, "coalition": true}

// clHasWord tells whether s holds w as a whole word.
func clHasWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		e := j + len(w)
		if (j == 0 || s[j-1] == ' ') && (e == len(s) || s[e] == ' ') {
			return true
		}
		i = j + 1
		if i >= len(s) {
			return false
		}
	}
}

// clParticles are the lower-case words inside names ("Ahmed al Sharaa").
var clParticles = map[string]bool{"al": true, "el": true, "bin": true, "bint": true, "ibn": true, "abu": true,
	"de": true, "del": true, "della": true, "der": true, "den": true, "van": true, "von": true, "da": true,
	"di": true, "du": true, "la": true, "le": true, "dos": true, "das": true, "ul": true, "y": true}

// mentionIs tells whether the bytes [st, en) of paragraph n are exactly a
// mention of an entity of one of the types; with st < 0, whether such a
// mention ends at en.
func (r *clResolver) mentionIs(n, st, en int, types ...string) bool {
	return slices.ContainsFunc(r.byPara[n], func(m clEntMention) bool {
		return (st < 0 || m.start == st) && m.end == en && slices.Contains(types, r.ents[m.ent].Type)
	})
}

// mentionStarts tells whether a mention of an entity starts at byte st of
// paragraph n.
func (r *clResolver) mentionStarts(n, st int) bool {
	return slices.ContainsFunc(r.byPara[n], func(m clEntMention) bool { return m.start == st })
}

// namesEntity tells whether the bytes [st, en) of paragraph n are exactly a
// mention of a person or an organisation.
func (r *clResolver) namesEntity(n, st, en int) bool {
	return r.mentionIs(n, st, en, entities.EntityPerson, entities.EntityOrganization)
}

// placeAt tells whether the bytes [st, en) of paragraph n are exactly a
// mention of a place, and placeEndsAt whether a mention of one ends at en.
func (r *clResolver) placeAt(n, st, en int) bool {
	return r.mentionIs(n, st, en, entities.EntityPlace)
}

func (r *clResolver) placeEndsAt(n, en int) bool { return r.mentionIs(n, -1, en, entities.EntityPlace) }

// namesPerson tells whether the bytes [st, en) of paragraph n are exactly a
// mention of a person.
func (r *clResolver) namesPerson(n, st, en int) bool {
	return r.mentionIs(n, st, en, entities.EntityPerson)
}

// titleAfter tells whether a title word of a person ("MP", "governor")
// follows, within the phrase [a, b) of p, the last mention of the entity
// id there.
func (r *clResolver) titleAfter(p *clPara, a, b int, id string, lex *clLexicon) bool {
	end := -1
	for _, m := range r.byPara[p.n] {
		if m.start < p.toks[a].s || m.end > p.toks[b-1].e {
			continue
		}
		if r.ents[m.ent].Type == entities.EntityPerson {
			return false // "a meeting with X, the party leader": the person is named
		}
		if r.ents[m.ent].ID == id {
			end = max(end, m.end)
		}
	}
	for i := a; i < b; i++ {
		if p.toks[i].kind == clComma {
			return false
		}
	}
	if end < 0 {
		return false
	}
	for i := a; i < b; i++ {
		if w := p.toks[i]; w.kind == clWord && w.s >= end && lex.is(strings.TrimSuffix(w.low, "."), wTitle) && !lex.is(w.low, wOrg) {
			return true
		}
	}
	// "The 22-cap Wasps man", "the Labour woman": a word for a person in
	// lower case ends the phrase after the body's name.
	if w := p.toks[b-1]; w.kind == clWord && w.s >= end && !w.upper && (lex.is(w.low, wMale) || lex.is(w.low, wFemale) || lex.is(w.low, wPerson)) {
		return true
	}
	return false
}

// named resolves a phrase with a capitalised name: to the entity mentioned in
// it, or to the name phrase itself, stripped of titles, with a short name
// expanded to a full one remembered before ("Graham" -> "Lindsey Graham").
func (r *clResolver) named(p *clPara, a, b int, lex *clLexicon) (clRef, bool) {
	t := p.toks
	if a < 0 || b > len(t) || a >= b {
		return clRef{}, false
	}
	var roles []string
	for i := a; i < b; i++ {
		if t[i].kind == clWord && lex.is(strings.TrimSuffix(t[i].low, "."), wTitle) && !lex.is(t[i].low, wOrg) {
			role := strings.TrimSuffix(t[i].low, ".")
			// "shadow chancellor Oliver Letwin" is no chancellor
			if i > a && t[i-1].kind == clWord && clLesserOffice[t[i-1].low] {
				role = t[i-1].low + " " + role
			}
			roles = append(roles, role)
		}
	}
	if len(r.ents) > 0 {
		// "U.S. Department of Energy Secretary John Herrington": a person
		// named last, right after a title, speaks; the body before names
		// the office.
		if ref, ok := r.titledPersonLast(p, a, b, lex); ok {
			ref.roles = roles
			return ref, true
		}
		if ref, ok := r.entityIn(p.n, t[a].s, t[b-1].e); ok {
			if ref.typ == entities.EntityPerson {
				ref.roles = roles
			} else if r.titleAfter(p, a, b, ref.id, lex) {
				// "A Green Party MP", "Bank of Freedonia governor Jo
				// Bloggs": a person described by the body they serve,
				// whose name, if any, the entities missed, is not the
				// body, though a later "it" may be.
				r.remember(ref)
				return clRef{name: clDescription(p, a, b), typ: entities.EntityPerson, roles: roles}, true
			}
			return ref, true
		}
	}
	// "The 22-cap Ospreys man", "the Labour woman": a word for a person in
	// lower case after a name ends the phrase; the name only describes
	// the person, who speaks.
	if w := t[b-1]; b-1 > a && w.kind == clWord && !w.upper && t[b-2].kind == clWord && t[b-2].upper &&
		(lex.is(w.low, wMale) || lex.is(w.low, wFemale) || lex.is(w.low, wPerson)) {
		return clRef{name: clDescription(p, a, b), typ: entities.EntityPerson, roles: roles}, true
	}
	// Skip determiners and titles: "the", "Syrian President", "analyst", "Sen.".
	k := a
	start := -1
	for i := a; i < b; i++ {
		ti := t[i]
		if ti.kind != clWord {
			break
		}
		if lex.is(ti.low, wTitle) || lex.is(strings.TrimSuffix(ti.low, "."), wTitle) {
			if i+1 < b && t[i+1].upper && lex.is(t[i+1].low, wOrg) {
				break // "Foreign Ministry", "Defense Department"
			}
			start = i + 1
			continue
		}
		if !ti.upper && !clDeterminers[ti.low] && ti.low != "of" && !ti.clitic {
			break
		}
	}
	if start > a {
		k = start
	}
	for k < b && (t[k].kind != clWord || !t[k].upper || clDeterminers[t[k].low] || clNotName[t[k].low] ||
		lex.is(t[k].low, wPronPerson|wPronOrg|wPronPlural) || p.contracted(k) != "") {
		k++
	}
	if k >= b {
		return clRef{}, false
	}
	// "Local monitors": a capital that only opens the sentence, before a
	// description, is no name.
	if (k == 0 || t[k-1].kind == clStop || t[k-1].kind == clOpen) && k+1 < b && !t[k+1].upper &&
		!p.possessive(k) && !clParticles[t[k+1].low] {
		allLower := true
		for i := k + 1; i < b; i++ {
			if t[i].upper {
				allLower = false
			}
		}
		if allLower && !clAcronym(p.text[t[k].s:t[k].e]) {
			return clRef{}, false
		}
	}
	// The name: capitalised words and particles, joined across "of", "for",
	// "the", "and" after an organisation's head word.
	e := k
	org := false
	possessive := false
	for e < b {
		te := t[e]
		if te.kind != clWord {
			break
		}
		if te.upper {
			if lex.is(te.low, wOrg) {
				org = true
			}
			e++
			if p.possessive(e - 1) {
				possessive = true
				break
			}
			continue
		}
		if clParticles[te.low] && e+1 < b && t[e+1].upper {
			e++
			continue
		}
		if (te.low == "of" || te.low == "for" || te.low == "and" || te.low == "on") && e > k && lex.is(t[e-1].low, wOrg) {
			j := e + 1
			if j < b && t[j].low == "the" {
				j++
			}
			if j < b && t[j].upper {
				e = j
				continue
			}
		}
		break
	}
	// "Xbox frontman J. Allard", "Ireland captain Brian O'Driscoll": the
	// name after a role word is the speaker's.
	for !possessive && e+1 < b && t[e].kind == clWord && !t[e].upper && !clConnectors[t[e].low] && !clParticles[t[e].low] {
		k2 := e
		for k2 < b && k2 < e+3 && t[k2].kind == clWord && !t[k2].upper && !clConnectors[t[k2].low] {
			k2++
		}
		if k2 >= b || !t[k2].upper || t[k2].kind != clWord {
			break
		}
		e2 := k2
		for e2 < b && t[e2].kind == clWord && (t[e2].upper || clParticles[t[e2].low] && e2+1 < b && t[e2+1].upper) {
			e2++
		}
		k, e = k2, e2
		org = false
		for i := k; i < e; i++ {
			if lex.is(t[i].low, wOrg) {
				org = true
			}
		}
		if e > k && p.possessive(e-1) {
			possessive = true
		}
	}
	// A name that only qualifies a speaker's noun is no name of the
	// speaker: "one GOP source", "Trump campaign officials"; nor are
	// capitalised adjectives before it: "The Swedish world number two".
	// Nor is one before a plural ("UK newspapers say", "Jonesboro
	// ministers urged"), or a place before a document ("UK media reports
	// say"; "the YouGov poll" is YouGov's).
	last := t[b-1].low
	qualifies := lex.is(last, wGroup|wTitle) || !lex.is(last, wDoc) && p.src.Tokens[t[b-1].tok].Tag == "NNS" ||
		lex.is(last, wDoc) && r.placeAt(p.n, t[k].s, t[e-1].e)
	if !possessive && e < b && (qualifies && !t[b-1].upper || adjectivesOnly(p, k, e)) && lowerWords(t[e:b]) {
		return clRef{}, false
	}
	st, en := t[k].s, t[e-1].e
	name := p.text[st:en]
	typ := ""
	if possessive {
		// "France's Peugeot", "Japan's Nippon Steel": a name that ends
		// the phrase after a possessor is the speaker's, not the
		// possessor ("Oxfam's Paying the Price report" is the report's).
		if pe := e + 1; pe < b && t[pe].kind == clWord && t[pe].upper && !p.possessive(pe) {
			e2 := pe
			for e2 < b && t[e2].kind == clWord && (t[e2].upper || clParticles[t[e2].low] && e2+1 < b && t[e2+1].upper) && !p.possessive(e2) {
				e2++
			}
			// ("Hudson's Bay said": when neither the possessor nor the
			// name after it is a name the entities know, the two are one
			// name)
			known := r.mentionIs(p.n, -1, t[e-1].e, entities.EntityPerson, entities.EntityOrganization, entities.EntityPlace, entities.EntityGroup) ||
				r.mentionStarts(p.n, t[pe].s)
			if e2 == b && !known {
				ref := clRef{name: p.text[st:t[b-1].e]}
				ref.typ = r.guessType(p, a, k, b, false, lex)
				// (a name with a possessor inside it is no person's:
				// "Hudson's Bay said C1. C2, it added" is the body's,
				// not one named before it)
				if ref.typ == entities.EntityPerson || ref.typ == "" {
					ref.typ = entities.EntityOrganization
				}
				return ref, true
			}
			if e2 == b {
				ref := clRef{name: p.text[t[pe].s:t[b-1].e]}
				ref.typ = r.guessType(p, a, pe, b, false, lex)
				return ref, true
			}
		}
		// "Al Sharaa's office": the office speaks; "Smith's spokesman" too.
		if pe := e + 1; pe < b && t[pe].kind == clWord && !t[pe].upper && lex.is(t[pe].low, wOrg|wTitle|wGroup) {
			name = p.text[st:t[pe].e]
			typ = entities.EntityOrganization
			if lex.is(t[pe].low, wTitle) && !lex.is(t[pe].low, wOrg) {
				typ = entities.EntityPerson
			}
		}
	}
	if typ == "" {
		typ = r.guessType(p, a, k, e, org, lex)
	}
	// A surname or a short form of a name remembered before.
	words := e - k
	if (typ == entities.EntityPerson || typ == "") && words <= 2 && !possessive {
		low := strings.ToLower(name)
		for i := len(r.refs) - 1; i >= 0; i-- {
			ref := r.refs[i]
			if ref.typ == entities.EntityPerson && len(ref.name) > len(name) && strings.HasSuffix(strings.ToLower(ref.name), " "+low) {
				return ref, true
			}
		}
	}
	if typ == entities.EntityOrganization && words == 1 {
		low := strings.ToLower(name)
		for i := len(r.refs) - 1; i >= 0; i-- {
			ref := r.refs[i]
			if ref.typ == entities.EntityOrganization && len(ref.name) > len(name) && clHasWord(strings.ToLower(ref.name), low) {
				return ref, true
			}
		}
	}
	ref := clRef{name: name, typ: typ}
	if typ == entities.EntityPerson || typ == "" {
		ref.roles = roles
	}
	return ref, true
}

// adjectivesOnly reports whether the words [k, e) are all adjectives, as
// the tagger reads them.
func adjectivesOnly(p *clPara, k, e int) bool {
	for i := k; i < e; i++ {
		if p.src.Tokens[p.toks[i].tok].POS != text.ADJ {
			return false
		}
	}
	return k < e
}

// hasCapital tells a name from a description: a word of it opens with a
// capital ("Norbank", not "the agency").
func hasCapital(s string) bool { return slices.ContainsFunc(strings.Fields(s), disputeCapitalised) }

// lowerWords reports whether ts are all lower-case words, no connector
// among them: the rest of a description.
func lowerWords(ts []clTok) bool {
	for _, t := range ts {
		if t.kind != clWord || t.upper || clConnectors[t.low] {
			return false
		}
	}
	return true
}

// guessType tells a person from an organisation without entities: an
// organisation's head word or an acronym makes an organisation; a title, a
// name of two or three words, or a surname remembered makes a person.
func (r *clResolver) guessType(p *clPara, a, k, e int, org bool, lex *clLexicon) string {
	t := p.toks
	if org {
		return entities.EntityOrganization
	}
	// "Budget documents show": a document, which no "he" or "it" stands for.
	for _, i := range []int{e - 1, e} {
		if i >= 0 && i < len(t) && t[i].kind == clWord && (lex.is(t[i].low, wDoc) || lex.is(strings.TrimSuffix(t[i].low, "s"), wDoc)) {
			return clDocumentType
		}
	}
	for i := a; i < k; i++ {
		if lex.is(strings.TrimSuffix(t[i].low, "."), wTitle) {
			return entities.EntityPerson
		}
	}
	if e-k == 1 {
		w := p.text[t[k].s:t[k].e]
		if clAcronym(w) {
			return entities.EntityOrganization
		}
		for i := len(r.refs) - 1; i >= 0; i-- {
			if r.refs[i].typ != "" && strings.EqualFold(r.refs[i].name, w) {
				return r.refs[i].typ
			}
		}
		for i := a; i < k; i++ {
			if lex.is(strings.TrimSuffix(t[i].low, "."), wTitle) {
				return entities.EntityPerson
			}
		}
		return "" // "Southcorp", "Trump": a person or a firm
	}
	if e-k <= 4 {
		return entities.EntityPerson
	}
	return entities.EntityOrganization
}

// clAcronym tells a word written mostly in capitals ("SDF", "U.N.").
func clAcronym(w string) bool {
	caps := 0
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			caps++
		}
	}
	return caps >= 2 && caps*2 >= len(w)
}

// seeParagraph keeps the last few paragraphs for nameBefore.
func (r *clResolver) seeParagraph(p *clPara) {
	if r.quoted == nil {
		r.quoted = map[int][][2]int{}
	}
	for _, q := range p.quotes {
		r.quoted[p.n] = append(r.quoted[p.n], [2]int{q.s, q.e})
	}
	r.paras = append(r.paras, p)
	if len(r.paras) > 3 {
		r.paras = r.paras[1:]
	}
	// "was delighted to be paired with United, although he admitted …": a
	// body paragraph that opens on a lower-case word lost its first words,
	// and with them the one it is about (a name the page had as a link).
	r.headless = 0
	if len(p.toks) > 0 && p.toks[0].kind == clWord && !p.toks[0].upper && p.src.Kind == "body" {
		if c := p.text[p.toks[0].s]; c >= 'a' && c <= 'z' {
			r.headless = p.n
		}
	}
}

// unseenInHeadless tells whether paragraph n lost its first words and ref
// is not named in it before byte at: whom a "he" or "the 22-year-old" there
// stands for was in the words lost, not among those named before.
func (r *clResolver) unseenInHeadless(n, at int, ref *clRef) bool {
	if r.headless != n || ref == nil {
		return false
	}
	for _, ev := range r.events {
		if ev.para == n && ev.at < at && (ref.id != "" && ev.ref.id == ref.id || ev.ref.name == ref.name) {
			return false
		}
	}
	if ref.id != "" {
		for _, m := range r.byPara[n] {
			if r.ents[m.ent].ID == ref.id && m.start < at {
				return false
			}
		}
	}
	return true
}

// nameBefore finds the nearest name before token at of paragraph p, or in the
// paragraphs before it, that a pronoun can stand for: two or more capitalised
// words without an organisation's head word for a person, a name with one or
// an acronym for an organisation.
func (r *clResolver) nameBefore(p *clPara, at int, person bool, lex *clLexicon) *clRef {
	for pi := len(r.paras) - 1; pi >= 0; pi-- {
		q := r.paras[pi]
		end := len(q.toks)
		if q == p {
			end = at
		} else if q.n > p.n {
			continue
		}
		t := q.toks
		for e := end; e > 0; {
			if t[e-1].kind != clWord || !t[e-1].upper || t[e-1].quote >= 0 {
				e--
				continue
			}
			k := e - 1
			for k > 0 && t[k-1].kind == clWord && t[k-1].quote < 0 && (t[k-1].upper || clParticles[t[k-1].low] ||
				clConnectors[t[k-1].low] && t[k-1].low != "and" && k >= 2 && t[k-2].upper && lex.is(t[k-2].low, wOrg)) {
				k--
			}
			for k < e && (clNotName[t[k].low] || clDeterminers[t[k].low] || lex.is(strings.TrimSuffix(t[k].low, "."), wTitle)) {
				k++
			}
			if k < e {
				org := clAcronym(q.text[t[k].s:t[k].e])
				for i := k; i < e; i++ {
					if lex.is(t[i].low, wOrg) {
						org = true
					}
				}
				titled := k > 0 && t[k-1].kind == clWord && lex.is(strings.TrimSuffix(t[k-1].low, "."), wTitle)
				name := q.text[t[k].s:t[e-1].e]
				if person && !org && (e-k >= 2 || titled) {
					return &clRef{name: name, typ: entities.EntityPerson}
				}
				if !person && org {
					return &clRef{name: name, typ: entities.EntityOrganization}
				}
			}
			e = k
			if e > 0 && k == e {
				e--
			}
		}
	}
	return nil
}

// clPublished tells whether a publishing verb stands between the subject
// ending at b and the document word at k, close to the document: "X
// released a statement", "X's office issued a brief report".
//
// The publishing word is the subject's own verb, or an adjective of a
// document the subject speaks in ("said in a written statement"): not an
// adjective of an object ("denied a published report": someone else's),
// nor a verb after another of the subject's ("X said the board issued a
// complaint": the board's).
func clPublished(p *clPara, b, k int, lex *clLexicon) bool {
	for j := k - 1; j >= b && j >= k-4; j-- {
		if p.toks[j].kind == clWord && lex.is(p.toks[j].low, wPublish) {
			if j > 1 && p.toks[j-1].kind == clWord && (p.toks[j-1].low == "a" || p.toks[j-1].low == "an" || p.toks[j-1].low == "the") {
				return p.toks[j-2].kind == clWord && p.src.Tokens[p.toks[j-2].tok].POS == text.ADP
			}
			for i := b; i < j; i++ {
				w := p.toks[i]
				if w.kind == clWord && (w.low == "that" || verbTag(p.src.Tokens[w.tok].Tag) && !clAuxiliary[w.low] && !clPassive[w.low]) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// containsString tells whether list holds s.
func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// clPossessives are the possessive pronouns that stand for a speaker ("his
// claim that C"), and the pronoun each resolves as.
var clPossessives = map[string]string{"his": "he", "her": "she", "its": "it", "their": "they"}

// properBefore tells whether a token the tagger reads as a proper noun
// stands in the view tokens [a, h).
func properBefore(p *clPara, a, h int) bool {
	for k := a; k < h; k++ {
		if p.toks[k].kind == clWord && p.src.Tokens[p.toks[k].tok].POS == text.PROPN {
			return true
		}
	}
	return false
}

// describedGroup returns the subject of sentence s when it is a group
// described by a determiner, adjectives and a group noun before a verb
// ("Other western officials are not so sure", "Many foreign bankers
// doubt ..."), which the speaker scan stops short of at the adjective;
// else -1, -1.
func describedGroup(p *clPara, s clSpan, lex *clLexicon) (int, int) {
	t := p.toks
	a := afterLinkers(t, s.a, s.b)
	if a+2 >= s.b || t[a].kind != clWord || !clDeterminers[t[a].low] || t[a].low == "the" {
		return -1, -1
	}
	j := a + 1
	for j < s.b && j < a+4 && t[j].kind == clWord && !t[j].upper && p.src.Tokens[t[j].tok].Tag == "JJ" {
		j++
	}
	if j == a+1 || j+1 >= s.b || t[j].kind != clWord || !lex.is(t[j].low, wGroup) || !verbTag(p.src.Tokens[t[j+1].tok].Tag) {
		return -1, -1
	}
	return a, j + 1
}

// calendarWord tells a month or a day of the week, lower case.
func calendarWord(w string) bool {
	switch w {
	case "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	return weekday(w)
}

// clShareGlue are the words a share may hold besides its number and its
// share word: "a total of 53%", "more than half", "one in four".
var clShareGlue = map[string]bool{"total": true, "of": true, "in": true, "than": true, "more": true, "less": true,
	"fewer": true, "just": true, "only": true, "roughly": true, "exactly": true, "per": true}

// bareShare tells whether the speaker phrase [a, b) is a share of people and
// nothing more: "42%", "Some 82%", "A total of 53%", "Three-quarters", "One
// in four", "A majority". It names no one who speaks: the poll's people are
// not named, and a figure is no speaker ("Fifty percent of Europeans",
// "a quarter of web users" name them and stay).
func bareShare(p *clPara, a, b int, lex *clLexicon) bool {
	words := make([]string, 0, b-a)
	for k := a; k < b; k++ {
		t := p.toks[k]
		if t.kind != clWord && !(t.kind == clOther && t.low == "%") {
			return false
		}
		words = append(words, t.low)
	}
	return shareOfPeople(words, lex)
}

// ShareOfPeople tells whether a phrase's words (lower case, one a token,
// "%" one of them) are a share of people and nothing more (see bareShare):
// a figure's source is no more such a share than a claim's speaker is.
func ShareOfPeople(words []string) bool { return shareOfPeople(words, claimLexicon()) }

func shareOfPeople(words []string, lex *clLexicon) bool {
	share := false
	isNumber := func(w string) bool { return w != "" && (clIsDigit(w[0]) || clNumberWord(w)) }
	for k, word := range words {
		if word == "%" {
			share = true
			continue
		}
		for _, w := range strings.Split(word, "-") {
			switch {
			case lex.is(w, wShare) && (w != "cent" || k > 0 && words[k-1] == "per"):
				// ("50 Cent" is a name: a cent is a share after "per")
				share = true
			case w == "" || isNumber(w) || clDeterminers[w] || lex.is(w, wApprox) || clShareGlue[w]:
			default:
				return false
			}
		}
	}
	if !share {
		// "One in four": a number in a number
		for k := 1; k+1 < len(words); k++ {
			if words[k] == "in" && isNumber(words[k-1]) && isNumber(words[k+1]) {
				share = true
			}
		}
	}
	return share
}

// claimInSentence tells whether a claim found so far opens its content in
// sentence si of paragraph n.
func (r *clResolver) claimInSentence(n, si int) bool {
	if r.claims == nil {
		return false
	}
	for _, c := range *r.claims {
		if c.Paragraph == n && r.sentenceAt(n, c.Start) == si {
			return true
		}
	}
	return false
}

// prevSpeaker returns the claim found last before byte at of paragraph n,
// in it or the two paragraphs before, when its speaker fits the pronoun
// pron: a person not of the other gender for "he" or "she", a body for
// "it", a group or a body for "they"; else nil.
func (r *clResolver) prevSpeaker(n, at int, pron string, lex *clLexicon) *Claim {
	if r.claims == nil {
		return nil
	}
	var last *Claim
	for i := range *r.claims {
		c := &(*r.claims)[i]
		if c.Paragraph < n-2 || c.Paragraph > n || c.Paragraph == n && c.Start >= at {
			continue
		}
		if last == nil || c.Paragraph > last.Paragraph || c.Paragraph == last.Paragraph && c.Start > last.Start {
			last = c
		}
	}
	if last == nil || last.Speaker == "" || lex.is(strings.ToLower(last.Speaker), wPronPerson|wPronOrg|wPronPlural) {
		return nil
	}
	typ := ""
	if e := r.entity(last.SpeakerID); e != nil {
		typ = e.Type
	}
	words := strings.Fields(strings.ToLower(last.Speaker))
	lastWord := words[len(words)-1]
	body := typ == entities.EntityOrganization || typ == "" && (lex.is(lastWord, wOrg|wDoc) || clGenericOrg[lastWord])
	plural := typ == entities.EntityGroup || typ == "" && pluralName(last.Speaker)
	switch {
	case lex.is(pron, wPronPerson):
		if body || plural || typ != "" && typ != entities.EntityPerson || typ == "" && r.namesNonPerson(last.Speaker) {
			return nil
		}
		if g := pronounGender(pron); g != genderUnknown {
			if cg := r.refGender(&clRef{name: last.Speaker, id: last.SpeakerID}); cg != genderUnknown && cg != g {
				return nil
			}
			for _, w := range words {
				if wg := genderWords()[w]; wg != genderUnknown && wg != g {
					return nil
				}
			}
		}
	case lex.is(pron, wPronOrg):
		if !body {
			return nil
		}
	default:
		if !body && !plural {
			return nil
		}
	}
	return last
}

// roleAfter returns the title word that ends a description set off by a
// comma right after the speaker phrase ending at b and running to the
// claim's cue (", American Paper Institute president said"), or "". A
// relative clause's role is no one's who speaks: "Norbank, whose chairman
// resigned, said" names a firm.
func roleAfter(p *clPara, b int, lex *clLexicon) string {
	t := p.toks
	if b >= len(t) || t[b].kind != clComma {
		return ""
	}
	for k := b + 1; k < len(t) && k <= b+8; k++ {
		if t[k].kind != clWord {
			return ""
		}
		switch t[k].low {
		case "who", "whose", "which", "that", "whom":
			return ""
		}
		if verbTag(p.src.Tokens[t[k].tok].Tag) {
			if len(lex.cues[t[k].low]) == 0 && len(frameWords()[p.src.Tokens[t[k].tok].Lemma]) == 0 {
				return "" // not the cue: "…, president until May, resigned"
			}
			if w := t[k-1]; k > b+1 && !w.upper && lex.is(w.low, wTitle) && !lex.is(w.low, wOrg) {
				return w.low
			}
			return ""
		}
	}
	return ""
}

// timeLead returns the number of tokens of a time phrase that opens the
// phrase [a, b) of p ("Late last year", "Last month", "Earlier this week",
// "On Monday"), or 0.
func timeLead(p *clPara, a, b int) int {
	t := p.toks
	k := a
	for k < b && t[k].kind == clWord && k < a+3 {
		switch t[k].low {
		case "late", "early", "last", "next", "this", "earlier", "later", "on", "in":
			k++
			continue
		}
		break
	}
	if k < b && t[k].kind == clWord && (clTimes[t[k].low] || calendarWord(t[k].low) || weekday(t[k].low)) && (k > a || t[k].low == "yesterday" || t[k].low == "earlier" || leadingDay(p, k, b)) {
		// (not "Monday Night Football": a name; nor "Last year's
		// report": what the phrase owns)
		if k+1 < b && t[k+1].kind == clWord && t[k+1].upper && t[k].upper && k == a || p.possessive(k) || k+1 < b && t[k+1].clitic {
			return 0
		}
		return k + 1 - a
	}
	return 0
}

// leadingDay tells whether token k, the first of a phrase ending at b, is
// a weekday or a word for a day or a time ("today", "recently") that a
// lower-case word or a determiner follows: "Monday police said" (its "On"
// left out), "Today officials said"; not "Sunday Herald", a name.
func leadingDay(p *clPara, k, b int) bool {
	t := p.toks
	if k+1 >= b || t[k+1].kind != clWord || t[k+1].upper && !clDeterminers[t[k+1].low] {
		return false
	}
	switch w := t[k].low; w {
	case "today", "tonight", "later", "recently":
		return true
	default:
		return weekday(w)
	}
}

// hyphenModifier tells whether token k of p is a capitalised word joined
// by a hyphen to a lower-case one that makes it a modifier: "Leuven-based",
// "London-listed", "US-led".
func hyphenModifier(p *clPara, k int) bool {
	w := p.text[p.toks[k].s:p.toks[k].e]
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z' && k+1 < len(p.toks) && p.toks[k+1].kind == clWord
}

// orgBeforeName tells whether the phrase [a, b) ends in a name set after
// a lower-case word for an organisation: "the Kuwait daily al-Watan", "news
// agency Apcom" (not "a spokesman for the paper", which the descriptions
// read).
func orgBeforeName(p *clPara, a, b int, lex *clLexicon) bool {
	t := p.toks
	for k := b - 2; k >= a; k-- {
		w := t[k]
		if w.kind != clWord {
			return false
		}
		if !w.upper {
			return k+1 < b && (lex.is(w.low, wOrg) || clGenericOrg[w.low]) && !lex.is(w.low, wTitle)
		}
	}
	return false
}

// shareEnd returns the end of a speaker phrase that ends at b, taken on
// over the share the phrase only opens: "Some" before "82% said".
func shareEnd(p *clPara, b int, lex *clLexicon) int {
	for b < len(p.toks) && (numeric(p, b) || p.toks[b].kind == clOther && p.toks[b].low == "%" ||
		p.toks[b].kind == clWord && (lex.is(p.toks[b].low, wShare) && p.toks[b].low != "cent" || p.toks[b].low == "per" && b+1 < len(p.toks) && p.toks[b+1].low == "cent")) {
		b++
	}
	return b
}

// numeric tells whether token k of p is a number, in digits or in words.
func numeric(p *clPara, k int) bool {
	t := p.toks[k]
	return t.kind == clWord && t.low != "" && (clIsDigit(t.low[0]) || clNumberWord(t.low))
}

// clNumberWord tells whether w is a number written as a word ("four",
// "forty").
func clNumberWord(w string) bool {
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
		"forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred":
		return true
	}
	return false
}

// docSubject returns the phrase that opens the sentence s when it is a
// document described before a finite verb: an article, up to three
// adjectives, the document's word and who made it ("a recent report from
// Delta Research reflects", "The new study by Acme shows"); else -1, -1.
func docSubject(p *clPara, s clSpan, lex *clLexicon) (int, int) {
	t := p.toks
	a := afterLinkers(t, s.a, s.b)
	if a >= s.b || t[a].kind != clWord || t[a].quote >= 0 || (t[a].low != "a" && t[a].low != "an" && t[a].low != "the") {
		return -1, -1
	}
	k := a + 1
	for k < s.b && k <= a+3 && t[k].kind == clWord && !t[k].upper && p.src.Tokens[t[k].tok].Tag == "JJ" {
		k++
	}
	if k >= s.b || t[k].kind != clWord || t[k].upper || !lex.is(t[k].low, wDoc) {
		return -1, -1
	}
	b := k + 1
	if b < s.b && t[b].kind == clWord && (t[b].low == "from" || t[b].low == "by" || t[b].low == "of") {
		e := b + 1
		if e < s.b && t[e].kind == clWord && t[e].low == "the" {
			e++
		}
		n := e
		for n < s.b && t[n].kind == clWord && t[n].upper {
			n++
		}
		if n == e {
			return -1, -1
		}
		b = n
	}
	if b >= s.b || t[b].kind != clWord || !finiteTag(p.src.Tokens[t[b].tok].Tag) {
		return -1, -1
	}
	return a, b
}

// afterLinkers is the place of the first token of t[a:b] past the
// "but", "and" or "yet" that open a clause, or b.
func afterLinkers(t []clTok, a, b int) int {
	for a < b && t[a].kind == clWord && (t[a].low == "but" || t[a].low == "and" || t[a].low == "yet") {
		a++
	}
	return a
}

// tokenStarting is the place of the token of t[from:to] that starts at
// byte start, or -1.
func tokenStarting(t []clTok, from, to, start int) int {
	for k := from; k < to; k++ {
		if t[k].s == start {
			return k
		}
	}
	return -1
}

// personEnding returns the person the entities name at the end of the
// phrase [a, b), after a lower-case word of the role ("head of research
// Peter Kim"), when no other person is named before it, nor described in a
// preposition's phrase that the name ends ("a spokesman for defence
// secretary Geoff Hoon": Hoon is whom the spokesman speaks for).
func (r *clResolver) personEnding(p *clPara, a, b int, lex *clLexicon) (clRef, bool) {
	t := p.toks
	for _, m := range r.byPara[p.n] {
		e := r.ents[m.ent]
		if e.Type != entities.EntityPerson || m.end != t[b-1].e || m.start <= t[a].s || r.personIn(p.n, t[a].s, m.start) {
			continue
		}
		k0 := tokenStarting(t, a+1, b, m.start)
		if k0 < 0 {
			continue
		}
		w := t[k0-1]
		if w.kind != clWord || w.upper || w.clitic || !p.src.Tokens[w.tok].POS.IsNominal() || chargeBefore(p, a, k0, lex) {
			continue
		}
		return clRef{name: e.Name, id: e.ID, typ: e.Type}, true
	}
	return clRef{}, false
}

// personOfCharge tells whether the phrase [a, b) is a person's
// description, a title, a word of gender or a noun for a person before its
// first preposition, whose phrase describes the name that ends it as a
// person ("the widow of slain journalist X", "the doctor of injured
// striker X", not "director of rugby X").
func personOfCharge(p *clPara, a, b int, lex *clLexicon) bool {
	t := p.toks
	k := a + 1
	for k < b && !(t[k].kind == clWord && !t[k].upper && chargePreps[t[k].low]) {
		k++
	}
	if k >= b {
		return false
	}
	h := t[k-1]
	if h.kind != clWord || h.upper || !lex.is(h.low, wTitle|wMale|wFemale|wPerson) || lex.is(h.low, wModifier|wOrg) {
		return false
	}
	k0 := b
	for k0-1 > k && t[k0-1].kind == clWord && t[k0-1].upper {
		k0--
	}
	return k0 < b && chargeBefore(p, a, k0, lex)
}

// chargePreps are the prepositions whose phrase names whom a role is held
// for or of: "a lawyer for", "the widow of", "an aide to".
var chargePreps = map[string]bool{"for": true, "of": true, "to": true, "with": true, "from": true, "at": true, "by": true}

// chargeBefore tells whether the name at k0, which ends the phrase opened
// at a, ends a preposition's phrase that describes it as a person: a
// title, a word of gender or a noun for a person heads a part of what
// follows the first preposition ("a spokesman for defence secretary X",
// "the widow of slain journalist X", "a lawyer for murder suspect X", "an
// aide to the minister of state X"), so the name is the role's charge. A
// word that describes no person after it leaves the name the role's holder
// ("head of research X", "secretary of state X").
func chargeBefore(p *clPara, a, k0 int, lex *clLexicon) bool {
	t := p.toks
	for k := a + 1; k < k0; k++ {
		if t[k].kind != clWord || t[k].upper || !chargePreps[t[k].low] {
			continue
		}
		for j := k + 1; j < k0; j++ {
			// (a head: the word before the name or before another
			// preposition, not a noun that qualifies one: "head of pilot
			// projects X")
			if t[j].kind != clWord || j+1 < k0 && !(t[j+1].kind == clWord && chargePreps[t[j+1].low]) {
				continue
			}
			if lex.is(t[j].low, wTitle|wMale|wFemale|wPerson) && !lex.is(t[j].low, wModifier) {
				return true
			}
		}
		return false
	}
	return false
}

// ownPluralSubject returns the plural noun phrase that opens the sentence
// of the pronoun at a, before its verb, when "but" or "and" joins the
// pronoun's clause to it ("Opposition parties also want C1 but they
// accuse …") and a word for a group or a body of people heads it; else ""
// ("Oil prices rose but they said …": prices say nothing).
func ownPluralSubject(p *clPara, a int, lex *clLexicon) string {
	t := p.toks
	si := p.src.Tokens[t[a].tok].Sent
	if si < 0 || si >= len(p.src.Sentences) || a < 2 || t[a-1].kind != clWord || t[a-1].low != "but" && t[a-1].low != "and" {
		return ""
	}
	k := afterLinkers(t, p.view[p.src.Sentences[si].Start], a)
	e := k
	for e < a && e < k+4 && t[e].kind == clWord && t[e].quote < 0 {
		tag := p.src.Tokens[t[e].tok].Tag
		if tag != "JJ" && tag != "NN" && tag != "NNS" && tag != "NNP" && tag != "NNPS" {
			break
		}
		e++
	}
	if e-k < 1 || e >= a || p.src.Tokens[t[e-1].tok].Tag != "NNS" || t[e-1].upper || !lex.is(t[e-1].low, wGroup|wBody) {
		return ""
	}
	// (then the verb: "also want", "have")
	v := e
	if v < a && t[v].kind == clWord && clAdverb(t[v].low) || v < a && t[v].low == "also" {
		v++
	}
	if v >= a || t[v].kind != clWord || !finiteTag(p.src.Tokens[t[v].tok].Tag) {
		return ""
	}
	return clDescription(p, k, e)
}
