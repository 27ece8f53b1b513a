package claims

import (
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/briefbot/briefbot/knowledge/entities"
	"github.com/briefbot/briefbot/knowledge/text"
)

// Coreference of "he" and "she": the person a pronoun stands for is the most
// salient one that can be meant, not the nearest name. Salience adds up what
// the article has said of each person so far, divided by three for every
// sentence back (after Lappin and Leass, 1994, who halve it; a third lets
// the subject of the sentence just before outweigh a speaker two sentences
// back: "Ruiz told the website C. Manager Healy is blunt. 'C2,' he said" is
// Healy's): being the speaker of a claim counts most,
// the subject of a sentence next, any other mention least, and a mention
// inside someone's quotation not at all. A person can be meant when the gender fits
// (from a given name, an honorific before a mention, a gendered role) and
// when the claim itself does not name them: in "he said Blair would stay",
// "he" is not Blair.

// clGender is what the article tells of a person's gender.
type clGender uint8

const (
	genderUnknown clGender = iota
	genderMale
	genderFemale
)

// Weights of what a mention does, for salience.
const (
	salSpeaker = 4
	salSubject = 2
	salMention = 0.5
)

// clEvent is a remembered mention of someone: as a speaker, as the subject
// of a sentence.
type clEvent struct {
	ref      clRef
	para, at int
	w        float64
}

// genderWords holds lexicon/name_genders.txt and the gendered words of
// lexicon/claim_words.txt.
var genderWords = sync.OnceValue(func() map[string]clGender {
	m := map[string]clGender{}
	for _, row := range lexiconRows("name_genders") {
		if len(row) < 2 {
			panic("knowledge: lexicon name_genders: a row needs name | gender: " + strings.Join(row, "|"))
		}
		m[strings.ToLower(row[0])] = genderOf(row[1])
	}
	for w, class := range claimLexicon().words {
		switch {
		case class&wMale != 0:
			m[w] = genderMale
		case class&wFemale != 0:
			m[w] = genderFemale
		}
	}
	return m
})

func genderOf(s string) clGender {
	switch s {
	case "male":
		return genderMale
	case "female":
		return genderFemale
	}
	return genderUnknown
}

// pronounGender is the gender "he" or "she" asks for.
func pronounGender(pron string) clGender {
	switch pron {
	case "he", "him", "his":
		return genderMale
	case "she", "her":
		return genderFemale
	}
	return genderUnknown
}

// nameGender tells the gender of a name by its first word, or by a
// gendered word of a description ("a spokesman") or among words (roles,
// titles).
func nameGender(name string, words []string) clGender {
	g := genderWords()
	first := name
	if i := strings.IndexByte(first, ' '); i > 0 {
		first = first[:i]
	}
	if x := g[strings.ToLower(strings.TrimSuffix(first, "."))]; x != genderUnknown {
		return x
	}
	if first != "" && first == strings.ToLower(first) {
		// A description: its gendered word ("a spokesman", "the club's
		// chairwoman", "the actress").
		words = append([]string{name}, words...)
	}
	for _, w := range words {
		for _, f := range strings.Fields(strings.ToLower(w)) {
			if x := g[strings.TrimSuffix(f, ".")]; x != genderUnknown {
				return x
			}
		}
	}
	return genderUnknown
}

// entityGender tells the gender of entity i: by its name, its roles, or an
// honorific written before one of its mentions ("Mrs Howard").
func (r *clResolver) entityGender(i int) clGender {
	if r.genders == nil {
		r.genders = make([]clGender, len(r.ents))
		for k := range r.genders {
			r.genders[k] = 255
		}
	}
	if g := r.genders[i]; g != 255 {
		return g
	}
	e := &r.ents[i]
	g := genderOf(e.Gender) // what the entity room read in titles and roles
	if g == genderUnknown {
		g = nameGender(e.Name, e.Roles)
	}
	for _, m := range e.Mentions {
		if g != genderUnknown {
			break
		}
		if p := r.doc.Para(m.Paragraph); p != nil && m.Start <= len(p.Text) {
			// A title's word, not a given name: "said Greta X" is no
			// man for the name "Said".
			before := strings.Fields(p.Text[:m.Start])
			if len(before) > 0 {
				if w := strings.ToLower(strings.TrimSuffix(before[len(before)-1], ".")); claimLexicon().is(w, wMale|wFemale) {
					g = genderWords()[w]
				}
			}
		}
	}
	r.genders[i] = g
	return g
}

// refGender tells the gender of a remembered ref.
func (r *clResolver) refGender(ref *clRef) clGender {
	if ref.typ != entities.EntityPerson && ref.typ != "" {
		return genderUnknown
	}
	if g := nameGender("", ref.roles); g != genderUnknown {
		return g
	}
	for i := range r.ents {
		if ref.id != "" && r.ents[i].ID == ref.id {
			return r.entityGender(i)
		}
	}
	return nameGender(ref.name, ref.roles)
}

// note records a mention of ref at the resolver's current place, with the
// weight of what it does there.
func (r *clResolver) note(ref clRef, w float64) {
	if ref.name == "" || ref.typ == clDocumentType {
		return
	}
	r.events = append(r.events, clEvent{ref: ref, para: r.at.para, at: r.at.at, w: w})
	if len(r.events) > 256 {
		r.events = r.events[len(r.events)-192:]
	}
}

// salientPerson returns the person "he" or "she" at byte at of paragraph n
// most likely stands for: the most salient person of a fitting gender whom
// the claim's content does not name, or nil when the article offers none.
func (r *clResolver) salientPerson(n, at int, g clGender) *clRef {
	return r.salientWith(n, at, g, "")
}

// salientWith is salientPerson among the people whose roles hold the word
// role, when role is not empty ("coach" for "the coach").
func (r *clResolver) salientWith(n, at int, g clGender, role string) *clRef {
	return r.salientOf(entities.EntityPerson, n, at, g, role)
}

// salientOrganisation returns the organisation "the company" or "the firm"
// at byte at of paragraph n most likely stands for: the most salient one
// that spoke or was the subject of a sentence lately and that the claim's
// content does not name, or nil. A firm only named as the one a deal was
// made with, or as the one told ("analysts told Reuters"), is not it.
func (r *clResolver) salientOrganisation(n, at int) *clRef {
	return r.salientOf(entities.EntityOrganization, n, at, genderUnknown, "")
}

// salientOf is the salience ranking of salientPerson for the entities of
// type typ (a person or an organisation).
func (r *clResolver) salientOf(typ string, n, at int, g clGender, role string) *clRef {
	type cand struct {
		ref      clRef
		score    float64
		lastPara int
		lastAt   int
		bySent   map[int]float64 // the weight of the most telling mention in each sentence
		acted    bool            // it spoke or was a subject in the window
	}
	cands := map[string]*cand{}
	now := r.sentenceAt(n, at)
	add := func(ref clRef, para, pos int, w float64) {
		if para < n-3 || para > n || para == n && pos >= at {
			return
		}
		key := ref.id
		if key == "" {
			key = "name:" + ref.name
		}
		c := cands[key]
		if c == nil {
			c = &cand{ref: ref, bySent: map[int]float64{}}
			cands[key] = c
		}
		if s := r.sentenceAt(para, pos); w > c.bySent[s] {
			c.bySent[s] = w
		}
		if para > c.lastPara || para == c.lastPara && pos > c.lastAt {
			c.lastPara, c.lastAt = para, pos
		}
		if w >= salSubject {
			c.acted = true
		}
	}
	person := typ == entities.EntityPerson
	for _, ev := range r.events {
		// A name of unknown type ("Trump", "Demonstrators") is a person's
		// when its first word is a given name.
		if ev.ref.typ == typ || person && ev.ref.typ == "" && nameGender(ev.ref.name, nil) != genderUnknown {
			add(ev.ref, ev.para, ev.at, ev.w)
		}
	}
	for par := n - 3; par <= n; par++ {
		for _, m := range r.byPara[par] {
			if e := &r.ents[m.ent]; e.Type == typ && !r.inQuote(par, m.start) {
				w := salMention
				if s := r.sentenceAt(par, m.start); s >= now-1 && s <= now {
					w = max(w, r.clauseWeight(par, m.start, m.end))
					if !person {
						w = max(w, r.affiliationWeight(par, m.start, m.end))
					}
				}
				add(clRef{name: e.Name, id: e.ID, typ: e.Type}, par, m.start, w)
			}
		}
	}
	// What a person does in each sentence counts once, by its most telling
	// mention, divided by three for every sentence back. (Sums and ties
	// are taken in one order, so that the same text always gives the same
	// speaker.)
	keys := slices.Sorted(maps.Keys(cands))
	for _, key := range keys {
		c := cands[key]
		for _, s := range slices.Sorted(maps.Keys(c.bySent)) {
			decay := 1.0
			for k := s; k < now; k++ {
				decay /= 3
			}
			c.score += c.bySent[s] * decay
		}
	}
	var best *cand
	for _, key := range keys {
		c := cands[key]
		if cg := r.refGender(&c.ref); g != genderUnknown && cg != genderUnknown && cg != g {
			continue
		}
		// (a body that was the last to speak may name itself: "GM said C.
		// 'GM will grow,' the company said")
		// (a body's name that is only a person's surname is that person,
		// whatever type the entities gave it: "Carl Voss ... Voss said" is
		// no company a later "the company said" stands for)
		if !person && r.surnameOfPerson(&c.ref) {
			continue
		}
		if r.namedInContent(&c.ref) && (person || !r.lastBodySpeaker(&c.ref)) || role != "" && !r.hasRole(&c.ref, role) || !person && !c.acted {
			continue
		}
		// on a tie the latest mentioned, then an entity over a bare name
		// ("Paul Myers" over "Paul Myers, chief executive of …")
		if best == nil || c.score > best.score ||
			c.score == best.score && (c.lastPara > best.lastPara || c.lastPara == best.lastPara && (c.lastAt > best.lastAt ||
				c.lastAt == best.lastAt && best.ref.id == "" && c.ref.id != "")) {
			best = c
		}
	}
	if best == nil {
		return nil
	}
	ref := best.ref
	return &ref
}

// surnameOfPerson tells whether ref's name is one word that ends the name
// of a person the entities know ("Voss" after "Carl Voss"). A body the
// entities named before that person ("Ford will cut jobs, Ford said …
// Bill Ford, its chairman") is a body in its own right.
func (r *clResolver) surnameOfPerson(ref *clRef) bool {
	name := ref.name
	if name == "" || strings.ContainsAny(name, " -") {
		return false
	}
	var body *entities.Entity
	for i := range r.ents {
		if e := &r.ents[i]; ref.id != "" && e.ID == ref.id && e.Type == entities.EntityOrganization {
			body = e
		}
	}
	for i := range r.ents {
		if e := &r.ents[i]; e.Type == entities.EntityPerson && e.Name != name && strings.HasSuffix(e.Name, " "+name) &&
			(body == nil || !mentionedBefore(body, e)) {
			return true
		}
	}
	return false
}

// mentionedBefore tells whether entity a is first mentioned before entity b.
func mentionedBefore(a, b *entities.Entity) bool {
	first := func(e *entities.Entity) (int, int) {
		p, s := -1, -1
		for _, m := range e.Mentions {
			if p < 0 || m.Paragraph < p || m.Paragraph == p && m.Start < s {
				p, s = m.Paragraph, m.Start
			}
		}
		return p, s
	}
	ap, as := first(a)
	bp, bs := first(b)
	return ap >= 0 && (bp < 0 || ap < bp || ap == bp && as < bs)
}

// namedInContent tells whether the content of the claim being resolved
// names ref: by one of its entity's mentions, or by the last word of its
// name.
func (r *clResolver) namedInContent(ref *clRef) bool {
	c := r.content
	if c.para == 0 {
		return false
	}
	if ref.id != "" {
		for _, m := range r.byPara[c.para] {
			if r.ents[m.ent].ID == ref.id && m.start >= c.start && m.end <= c.end {
				return true
			}
		}
		return false
	}
	p := r.doc.Para(c.para)
	if p == nil || c.end > len(p.Text) {
		return false
	}
	last := ref.name
	if i := strings.LastIndexByte(last, ' '); i >= 0 {
		last = last[i+1:]
	}
	for _, w := range strings.FieldsFunc(p.Text[c.start:c.end], func(r rune) bool { return !isNameRune(r) }) {
		if w == last {
			return true
		}
	}
	return false
}

// isNameRune tells a rune that belongs to a word of a name.
func isNameRune(r rune) bool {
	return r == '-' || r == '\'' || !text.IsSeparator(r) && r != ',' && r != '.' && r != '"' && r != '“' && r != '”' &&
		r != '(' && r != ')' && r != ':' && r != ';' && r != '?' && r != '!'
}

// hasRole tells whether the article gave ref the role word, or a short
// form of it ("Sen." for "senator"): in its entity's roles or in a phrase
// that named it ("Tigers coach John Wells").
func (r *clResolver) hasRole(ref *clRef, role string) bool {
	if r.hasRoleWord(ref, role) {
		return true
	}
	for _, alt := range descriptionHeads()[role] {
		if r.hasRoleWord(ref, alt) {
			return true
		}
	}
	return false
}

func (r *clResolver) hasRoleWord(ref *clRef, role string) bool {
	for _, w := range ref.roles {
		if roleHolds(w, role) {
			return true
		}
	}
	if e := r.entity(ref.id); e != nil {
		for _, w := range e.Roles {
			if roleHolds(w, role) {
				return true
			}
		}
	}
	for i := len(r.refs) - 1; i >= 0; i-- {
		if r.refs[i].name == ref.name && r.refs[i].id == ref.id {
			for _, w := range r.refs[i].roles {
				if roleHolds(w, role) {
					return true
				}
			}
		}
	}
	return false
}

// roleHolds tells whether the role an article gave ("Shadow foreign
// secretary", "coach") holds the words of role ("foreign secretary"), not
// as another office: the shadow, deputy or vice of an office does not hold
// it.
func roleHolds(given, role string) bool {
	s := strings.ToLower(strings.TrimSuffix(given, "."))
	if !clHasWord(s, role) {
		return false
	}
	for i := 0; ; {
		j := strings.Index(s[i:], role)
		if j < 0 {
			return false
		}
		j += i
		if e := j + len(role); (j == 0 || s[j-1] == ' ') && (e == len(s) || s[e] == ' ') {
			before := strings.Fields(s[:j])
			if len(before) == 0 || !clLesserOffice[before[len(before)-1]] {
				return true
			}
		}
		i = j + 1
	}
}

// clLesserOffice are words before an office that make another one of it:
// "Shadow foreign secretary" is not the foreign secretary.
var clLesserOffice = map[string]bool{"shadow": true, "deputy": true, "vice": true, "assistant": true, "junior": true, "under": true}

// sentenceAt returns the number of the sentence, counted through the
// article, that holds byte at of paragraph n.
func (r *clResolver) sentenceAt(n, at int) int {
	if r.sentStart == nil {
		r.sentStart = map[int]int{}
		k := 0
		for i := range r.doc.Paragraphs {
			r.sentStart[r.doc.Paragraphs[i].N] = k
			k += len(r.doc.Paragraphs[i].Sentences)
		}
	}
	p := r.doc.Para(n)
	if p == nil {
		return r.sentStart[n]
	}
	i := 0
	for i+1 < len(p.Sentences) && p.Tokens[p.Sentences[i+1].Start].Start <= at {
		i++
	}
	return r.sentStart[n] + i
}

// inQuote tells whether byte at of paragraph n lies inside a quotation.
func (r *clResolver) inQuote(n, at int) bool {
	for _, q := range r.quoted[n] {
		if at >= q[0] && at < q[1] {
			return true
		}
	}
	return false
}

// gendered tells whether a word, or the last part of a compound ("ex-wife"),
// tells a person's gender.
func gendered(w string) bool {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	// (a given name written in lower case is a common noun: "the bill")
	return claimLexicon().is(w, wMale|wFemale)
}

// clauseWeight is the salience of the person mentioned at bytes [st, en) of
// paragraph n by what the parse of its sentence makes of it, for the sentence
// a pronoun follows: the one who acts in a clause counts as a subject ("X
// said C, but Y rejected it", "the inquiry heard from Y, who was a
// minister", "C was questioned by a former chairman, Y"), and one who says
// or disputes something there as a speaker, whether or not a claim came of
// it; not so in a clause that another's clause holds. It is 0 when the sentence
// has no parse or the mention no such part.
func (r *clResolver) clauseWeight(n, st, en int) float64 {
	p, h := r.mentionHead(n, st, en)
	if h < 0 {
		return 0
	}
	lex := claimLexicon()
	// "He said Y was a great man", "the way Y introduced the rules": a
	// clause inside another's is what that one says or describes, and its
	// subject no one the sentence is about.
	embedded := func(v int) bool {
		for k := v; k >= 0 && p.Tokens[k].Head >= 0; k = p.Tokens[k].Head {
			if r := p.Tokens[k].Rel.Base(); r == text.RelCcomp || r == text.RelXcomp || r == text.RelAdvcl || r == text.RelACL ||
				r == text.RelCsubj {
				return true
			}
		}
		return false
	}
	speaks := func(v int) bool {
		t := &p.Tokens[v]
		return lex.isCueWord(t.Low) || lex.denials[t.Lemma] || lex.is(t.Lemma, wDoubt) || len(frameWords()[t.Lemma]) > 0
	}
	// "the club's former chairman, Y": the apposition stands where its
	// head does.
	if t := &p.Tokens[h]; t.Rel == text.RelAppos && t.Head >= 0 {
		h = t.Head
	}
	// "the club's director of sport Y praised …": a name that ends the
	// phrase of a role's preposition holds the role, and stands where the
	// role's word does.
	if k := roleHolderHead(p, h, st, lex); k >= 0 {
		h = k
	}
	t := &p.Tokens[h]
	switch {
	case t.Head < 0:
		return 0
	case t.Rel == text.RelOblAgent && passiveVerb(p, t.Head) || t.Rel.Base() == text.RelNsubj && t.Rel != text.RelNsubjPass:
		if butReply(p, t.Head, lex) {
			// The one who replies has the last word: a quote that follows
			// goes on with the reply more often than with what it answered.
			return 2 * salSpeaker
		}
		if !mainClause(p, t.Head) {
			return 0
		}
		if speaks(t.Head) {
			return salSpeaker
		}
		return salSubject
	}
	// "Y, who was a minister at the time".
	for _, k := range p.Children(h, nil) {
		if p.Tokens[k].Rel == text.RelACLRelcl {
			if w := p.Child(k, text.RelNsubj); w >= 0 && (p.Tokens[w].Low == "who" || p.Tokens[w].Low == "that") && !embedded(h) {
				if speaks(k) {
					return salSpeaker
				}
				return salSubject
			}
		}
	}
	return 0
}

// roleHolderHead returns the word of the role whose preposition's phrase
// the name headed by h (which starts at byte st) ends, when the name holds
// that role: a title or a word for a person heads the phrase before its
// preposition and no word for a person follows that preposition before the
// name ("director of sport Y", "head of research Y": Y is the director; in
// "the widow of slain journalist Y" or "a spokesman for defence secretary
// Y", Y is whom the role is held for, and -1 is returned). It is -1 when
// the parse hangs the name on no such word, or a comma or another name
// stands between.
func roleHolderHead(p *text.Paragraph, h, st int, lex *clLexicon) int {
	k := h
	for steps := 0; steps < 3; steps++ {
		t := &p.Tokens[k]
		if t.Head < 0 || t.Rel.Base() != text.RelNmod && t.Rel.Base() != text.RelCompound && t.Rel.Base() != text.RelFlat {
			break
		}
		k = t.Head
	}
	if k == h || k > h || p.Tokens[k].End > st || p.Tokens[k].Sent != p.Tokens[h].Sent {
		return -1
	}
	role := &p.Tokens[k]
	if role.Low != strings.ToLower(role.Text) || !role.POS.IsNominal() ||
		!lex.is(role.Low, wTitle|wPerson) || lex.is(role.Low, wModifier|wOrg) {
		return -1
	}
	prep := -1
	for j := k + 1; j < len(p.Tokens) && p.Tokens[j].End <= st; j++ {
		w := &p.Tokens[j]
		if w.POS == text.PUNCT || w.POS == text.PROPN {
			return -1
		}
		if prep < 0 {
			if !chargePreps[w.Low] {
				return -1
			}
			prep = j
			continue
		}
		if lex.is(w.Low, wTitle|wMale|wFemale|wPerson) && !lex.is(w.Low, wModifier) {
			return -1
		}
	}
	if prep < 0 {
		return -1
	}
	return k
}

// passiveVerb tells whether the verb v is passive: it has a passive
// subject or auxiliary. The parse may call "by Y" an agent after an active
// verb too ("X blamed her defeat by Y on injuries"), where Y does nothing.
func passiveVerb(p *text.Paragraph, v int) bool {
	s := p.SentenceOf(v)
	for k := s.Start; k < s.End; k++ {
		if p.Tokens[k].Head == v && (p.Tokens[k].Rel == text.RelNsubjPass || p.Tokens[k].Rel == text.RelAuxPass) {
			return true
		}
	}
	return false
}

// mentionHead parses the sentence that holds bytes [st, en) of paragraph n
// and returns the paragraph and the head of the mention there: the token
// whose head lies outside it; -1 when there is no parse.
func (r *clResolver) mentionHead(n, st, en int) (*text.Paragraph, int) {
	p := r.doc.Para(n)
	if p == nil || !parserReady() {
		return nil, -1
	}
	first := -1
	for k := range p.Tokens {
		if p.Tokens[k].Start >= st && p.Tokens[k].End <= en {
			first = k
			break
		}
	}
	if first < 0 {
		return nil, -1
	}
	si := p.Tokens[first].Sent
	if !p.Sentences[si].Parsed {
		text.ParseSentence(p, si)
	}
	if !p.Sentences[si].Parsed {
		return nil, -1
	}
	for k := first; k < len(p.Tokens) && p.Tokens[k].End <= en; k++ {
		if t := &p.Tokens[k]; t.Head < 0 || p.Tokens[t.Head].Start < st || p.Tokens[t.Head].End > en {
			return p, k
		}
	}
	return nil, -1
}

// affiliationWeight is the salience of the organisation mentioned at bytes
// [st, en) of paragraph n as the body the subject of a main clause belongs
// to: in "officials at X, a division of Y, said C", X and Y are what "the
// agency" may stand for next. It is 0 otherwise.
func (r *clResolver) affiliationWeight(n, st, en int) float64 {
	p, h := r.mentionHead(n, st, en)
	if h < 0 {
		return 0
	}
	for k := h; p.Tokens[k].Head >= 0; k = p.Tokens[k].Head {
		switch t := &p.Tokens[k]; {
		case k != h && t.Rel.Base() == text.RelNsubj && t.Rel != text.RelNsubjPass:
			if mainClause(p, t.Head) {
				return salSubject
			}
			return 0
		case t.Rel.Base() != text.RelNmod && t.Rel != text.RelAppos && t.Rel.Base() != text.RelCompound && t.Rel != text.RelConj:
			return 0
		}
	}
	return 0
}

// mainClause tells whether the verb v heads the main clause of its sentence
// or one joined to it ("X said C, but Y rejected it"): the root, or a verb
// joined to it, and a verb by its tag, not a word the parse took for one.
func mainClause(p *text.Paragraph, v int) bool {
	if pos := p.Tokens[v].POS; pos != text.VERB && pos != text.AUX {
		return false
	}
	for k := v; p.Tokens[k].Head >= 0; k = p.Tokens[k].Head {
		if p.Tokens[k].Rel != text.RelConj {
			return false
		}
	}
	return true
}

// butReply tells whether the verb v answers, in a clause of its own, what
// the sentence reported before it: "but" opens its clause, a name is its
// subject, and it says or disputes in the past ("X said C but Y rejected
// his comments"), however the parse hung it.
func butReply(p *text.Paragraph, v int, lex *clLexicon) bool {
	t := &p.Tokens[v]
	if t.Tag != "VBD" || !lex.denials[t.Lemma] && lex.clauseCues[t.Lemma] == "" {
		return false
	}
	cc, subj := -1, -1
	for _, k := range p.Children(v, nil) {
		switch {
		case k < v && p.Tokens[k].Rel == text.RelCC && p.Tokens[k].Low == "but":
			cc = k
		case k < v && p.Tokens[k].Rel == text.RelNsubj && p.Tokens[k].POS == text.PROPN && p.Child(k, text.RelCase) < 0:
			subj = k
		}
	}
	return cc >= 0 && subj > cc
}

// otherActorSince tells whether a person other than the speaker of c was
// named as a speaker or a sentence's subject after c and before byte at of
// paragraph n.
func (r *clResolver) otherActorSince(c *Claim, n, at int) bool {
	for _, ev := range r.events {
		if ev.w < salSubject || ev.ref.typ != entities.EntityPerson {
			continue
		}
		if ev.para < c.Paragraph || ev.para == c.Paragraph && ev.at < c.End || ev.para > n || ev.para == n && ev.at >= at {
			continue
		}
		if ev.ref.name == c.Speaker || c.SpeakerID != "" && ev.ref.id == c.SpeakerID {
			continue
		}
		return true
	}
	return false
}
