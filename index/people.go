package index

import (
	"context"
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"

	"github.com/briefbot/briefbot/knowledge"
)

// This file holds what a question learns from the entities of the articles
// it searches: who its subject is, under a name or a description, where
// the names it asks about are mentioned under another form, and who holds
// the role it asks for.

// factArticles bounds the articles whose entities are read for a question:
// those of the candidates that cover most of it.
const factArticles = 12

// needsEntities tells whether ranking or answering a question reads the
// entities of its candidates' articles: it names someone or something,
// describes someone by a role, or asks who someone is or who did a thing.
func (q *question) needsEntities() bool {
	return len(q.names) > 0 || q.Role != "" || q.Kind == knowledge.AskIdentity || q.Kind == knowledge.AskSpeaker
}

// articleEntities reads the entities of the candidates' articles (the
// first factArticles of them, in the order given). The caller holds the
// read lock.
func (ix *Index) articleEntities(ctx context.Context, bi bleve.Index, cs []*candidate) map[string][]knowledge.Entity {
	out := make(map[string][]knowledge.Entity, factArticles)
	var ids []string
	seen := map[string]bool{}
	for _, c := range cs {
		if !seen[c.article] && len(seen) < factArticles {
			seen[c.article] = true
			if es, ok := ix.entities.get(ix.entityStamp(c.article)); ok {
				out[c.article] = es
			} else {
				ids = append(ids, c.article)
			}
		}
	}
	if len(ids) == 0 {
		return out
	}
	docs, err := factsOf(bi, ids)
	if err != nil {
		return out
	}
	for _, d := range docs {
		out[d.article] = d.facts.Entities
		ix.entities.put(ix.entityStamp(d.article), d.facts.Entities)
	}
	return out
}

// entityStamp names the version of an article's entities: its text and
// when it was indexed, in the live generation. The caller holds the read
// lock.
func (ix *Index) entityStamp(article string) entityStamp {
	st := entityStamp{article: article, gen: ix.gen}
	if a, ok := ix.manifest[article]; ok {
		st.hash, st.indexed = a.Hash, a.Indexed.UnixNano()
	}
	return st
}

type entityStamp struct {
	article, gen, hash string
	indexed            int64
}

// entityCache keeps the entities of the articles whose entities searches
// read last: decoding an article's entities cost a fifth of a question
// that names someone, and the same articles answer many questions. The
// entities are shared: nothing may change them.
type entityCache struct {
	mu sync.Mutex
	m  map[string]cachedEntities
}

type cachedEntities struct {
	stamp    entityStamp
	entities []knowledge.Entity
}

// entityCacheSize bounds the articles whose entities are kept (a few
// kilobytes each).
const entityCacheSize = 512

func (c *entityCache) get(st entityStamp) ([]knowledge.Entity, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[st.article]
	if !ok || e.stamp != st {
		return nil, false
	}
	return e.entities, true
}

func (c *entityCache) put(st entityStamp, es []knowledge.Entity) {
	if st.hash == "" {
		return // not in the manifest: nothing tells when it changes
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]cachedEntities{}
	}
	if len(c.m) >= entityCacheSize {
		for k := range c.m { // one at random
			delete(c.m, k)
			break
		}
	}
	c.m[st.article] = cachedEntities{st, es}
}

// namedEntities reads the entities of the articles that name someone by
// a name or alias in full (at most factArticles of them). The caller holds
// the read lock.
func (ix *Index) namedEntities(ctx context.Context, bi bleve.Index, name, scope string) map[string][]knowledge.Entity {
	key := nameKey(name)
	if key == "" {
		return nil
	}
	exact := bleve.NewTermQuery(key)
	exact.SetField("keys")
	docs, err := ix.factDocs(ctx, bi, ix.scoped(exact, scope), factArticles)
	if err != nil {
		return nil
	}
	out := make(map[string][]knowledge.Entity, len(docs))
	for _, d := range docs {
		out[d.article] = d.facts.Entities
	}
	return out
}

// readEntities learns from the candidates' articles' entities what the
// ranking needs: where the people and places the question names are
// mentioned under another form ("Sir Edward" for "Heath"); for "who is
// X", the roles and affiliations each article gives X (honorifics such as
// "Mr" left out); and for "who led X", who holds that role.
func (q *question) readEntities(entities map[string][]knowledge.Entity) {
	key := nameKey(q.Subject)
	for article, es := range entities {
		byID := make(map[string]*knowledge.Entity, len(es))
		q.entities[article] = byID
		for i := range es {
			e := &es[i]
			byID[e.ID] = e
			if q.Kind == knowledge.AskIdentity && key != "" && entityMatches(*e, key) {
				for _, r := range e.Roles {
					if r != "" && !knowledge.IsHonorific(r) {
						q.roles[article] = append(q.roles[article], r)
					}
				}
				for _, a := range e.Affiliations {
					if a != "" {
						q.affils[article] = append(q.affils[article], a)
					}
				}
			}
			if q.Kind == knowledge.AskSpeaker {
				switch role, of := q.holds(e); {
				case role && of:
					q.holders[article] = append(q.holders[article], e)
				case role && !saysOfWhat(e):
					q.roleOnly[article] = append(q.roleOnly[article], e)
				}
			}
			named := q.namedBy(*e)
			if len(named) == 0 {
				continue
			}
			if e.Type == knowledge.EntityPerson || e.Type == knowledge.EntityOrganization {
				q.party = true
			}
			for _, m := range e.Mentions {
				k := passageKey{article, m.Paragraph}
				q.mentions[k] = append(q.mentions[k], nameMention{start: m.Start, end: m.End, terms: named})
			}
		}
	}
}

// holds tells whether an entity holds the role a "who" question asks for
// (one of its roles is the role, or a word that stands for it), and
// whether what the role is of, when the question says ("the Liberal
// party"), is among its roles, affiliations or name; of is true when the
// question does not say.
func (q *question) holds(e *knowledge.Entity) (role, of bool) {
	if len(q.role) == 0 || e.Type != knowledge.EntityPerson {
		return false, false
	}
	heads := q.heldHeads(e)
	for w := range q.askedHeads() {
		role = role || heads[w]
	}
	if !role || len(q.object) == 0 {
		return role, role
	}
	about := q.analysed(strings.Join(append(append([]string{e.Name}, e.Roles...), e.Affiliations...), " "), nil)
	for w := range q.object {
		if about[w] {
			return true, true
		}
	}
	return true, false
}

// askedHeads are the analysed words that may head the role a "who"
// question asks for: the head of the role as the question writes it
// ("financial" of "the chief financial officer of Acme", see roleHeads), or
// the question's role word and the words that stand for it (q.role) when
// that is the head or the question writes no role.
func (q *question) askedHeads() map[string]bool {
	if q.asked != nil {
		return q.asked
	}
	q.asked = q.role
	if strings.Contains(strings.ToLower(q.Subject), strings.ToLower(q.Role)) {
		if hs := roleHeads(q.Subject, q.Subject); len(hs) > 0 && !strings.EqualFold(hs[0], q.Role) {
			q.asked = q.analysed(hs[0], nil)
		}
	}
	return q.asked
}

// heldHeads are the analysed heads of the roles e holds (roleHeads), but
// of a role under another ("deputy chief executive") unless the question
// asks for that one.
func (q *question) heldHeads(e *knowledge.Entity) map[string]bool {
	if hs, ok := q.held[e]; ok {
		return hs
	}
	heads := map[string]bool{}
	for _, r := range e.Roles {
		for _, h := range roleHeads(r, q.Subject) {
			for w := range q.analysed(h, nil) {
				heads[w] = true
			}
		}
	}
	if q.held == nil {
		q.held = map[*knowledge.Entity]map[string]bool{}
	}
	q.held[e] = heads
	return heads
}

// holdsAnother tells whether e is a person whose roles hold the role a
// "who" question names (not one it reads from a verb: "who is leading the
// inquiry") only as a word that qualifies another: Vexa's "executive
// chairman" is no answer to who its chief executive is, nor its "deputy
// chief executive". A role that does not hold the word at all may be
// another name for the one asked for ("executive director" for the head of
// a department) and is left to the words around it.
func (q *question) holdsAnother(e *knowledge.Entity) bool {
	if len(q.role) == 0 || e.Type != knowledge.EntityPerson || !strings.Contains(strings.ToLower(q.Subject), strings.ToLower(q.Role)) {
		return false
	}
	words := q.analysed(strings.Join(e.Roles, " "), nil)
	for w := range q.role {
		if words[w] {
			role, _ := q.holds(e)
			return !role
		}
	}
	return false
}

// roleHeads are the words that head a role as written: in each of the
// roles it joins ("chief executive and chairman"), the last word of its
// headPhrase ("head" of "head of research", "chairman" of "executive
// chairman", where "executive" only qualifies it), or the word before it
// when that word is written after its head (role_words.txt: "attorney" of
// "attorney general", "financial" of "chief financial officer"). A role
// under another ("deputy chief executive") has no head unless asked, the
// role a question names, says "deputy" too.
func roleHeads(r, asked string) []string {
	var heads []string
	r = strings.NewReplacer("-", " ", ",", " and ", " & ", " and ").Replace(r)
	askedWords := strings.Fields(strings.ToLower(strings.ReplaceAll(asked, "-", " ")))
	for _, part := range strings.Split(r, " and ") {
		words := headPhrase(part)
		n := len(words)
		if n > 1 && roleWords.after[strings.ToLower(words[n-1])] {
			n--
		}
		if n == 0 || slices.ContainsFunc(words[:n-1], func(w string) bool {
			w = strings.ToLower(w)
			return roleWords.under[w] && !slices.Contains(askedWords, w)
		}) {
			continue
		}
		heads = append(heads, words[n-1])
	}
	return heads
}

// roleWords are the tables of role_words.txt.
var roleWords = func() (w struct{ after, under map[string]bool }) {
	w.after, w.under = map[string]bool{}, map[string]bool{}
	for _, row := range tableRows("role_words.txt") {
		if len(row) < 2 {
			continue
		}
		set := map[string]map[string]bool{"after": w.after, "under": w.under}[row[0]]
		for _, word := range strings.Split(row[1], ",") {
			if word = strings.TrimSpace(word); word != "" && set != nil {
				set[word] = true
			}
		}
	}
	return w
}()

// saysOfWhat tells whether an entity says what its roles are of: it has
// an affiliation ("Blacks" of "All Blacks captain Tama Umaga") or a role
// that names it ("director of the musical"). One who holds a role of
// something else than what a question asks about does not hold it of that
// ("the director of the popular West End musical" for who directed a film).
func saysOfWhat(e *knowledge.Entity) bool {
	if slices.ContainsFunc(e.Affiliations, func(a string) bool { return strings.TrimSpace(a) != "" }) {
		return true
	}
	return slices.ContainsFunc(e.Roles, func(r string) bool {
		return slices.ContainsFunc(rolePrepositions, func(p string) bool { return strings.Contains(r, p) })
	})
}

// namedBy lists the question's name words (as indexes into its terms)
// that an entity's name or aliases hold.
func (q *question) namedBy(e knowledge.Entity) []int {
	if len(q.names) == 0 {
		return nil
	}
	var words []string // the terms of the entity's names, when read
	read := false
	var out []int
	for i, t := range q.terms {
		if !q.names[t.term] {
			continue
		}
		if !read {
			names := e.Name
			if len(e.Aliases) > 0 {
				names = strings.Join(append([]string{e.Name}, e.Aliases...), " ")
			}
			words, read = analysedWord(q.an, names), true
		}
		if slices.Contains(words, t.term) {
			out = append(out, i)
		}
	}
	return out
}

// passageKey names a paragraph of an article.
type passageKey struct {
	article string
	n       int
}

// nameMention is where a paragraph mentions an entity the question names,
// and which of the question's words that entity's name holds.
type nameMention struct {
	start, end int
	terms      []int
}

// describes tells how well a text states who the subject of an identity
// question is: 1 when it holds one of the roles the article gives them
// ("news editor"), 0.5 when only an affiliation ("Screen International").
func (q *question) describes(article, text string) float64 {
	low := strings.ToLower(text)
	for _, r := range q.roles[article] {
		if strings.Contains(low, strings.ToLower(r)) {
			return 1
		}
	}
	for _, a := range q.affils[article] {
		if strings.Contains(low, strings.ToLower(a)) {
			return 0.5
		}
	}
	return 0
}

// hasClaimOf tells whether a passage holds a claim of the question's subject.
func (c *candidate) hasClaimOf(q *question) bool {
	for _, cl := range c.claimList() {
		if q.claimOfSubject(c.article, cl) {
			return true
		}
	}
	return false
}

// claimOfSubject tells whether a claim is the subject's: its speaker is
// the person the question names, or, when the question describes them
// ("the Screen International editor"), is described by the question's
// role in the words the claim is attributed to ("a spokesman for Ofcom"),
// by the roles and affiliations the article gives the speaker, or by the
// words before a mention of them (see describe), in an article that holds
// the words qualifying the role (see qualify).
func (q *question) claimOfSubject(article string, cl knowledge.Claim) bool {
	if q.Role == "" {
		return q.isSubject(cl.Speaker)
	}
	if len(q.role) == 0 {
		return false
	}
	if ok, read := q.qualified[article]; read && !ok {
		return false
	}
	key := article + sep + cl.SpeakerID + sep + cl.Speaker
	if cl.SpeakerMention != nil {
		key += sep + cl.SpeakerMention.Text
	}
	if is, ok := q.described[key]; ok {
		return is
	}
	words := []string{cl.Speaker}
	if cl.SpeakerMention != nil {
		words = append(words, cl.SpeakerMention.Text)
	}
	attributed := len(words)
	if e := q.entities[article][cl.SpeakerID]; e != nil && cl.SpeakerID != "" {
		words = append(append(words, e.Roles...), e.Affiliations...)
	}
	said := q.analysed(strings.Join(words, " "), nil)
	is := cl.SpeakerID != "" && q.describedIDs[article+sep+cl.SpeakerID]
	for w := range q.role {
		is = is || said[w]
	}
	if is {
		// A speaker described by a word standing for the role asked
		// ("Minister Richard Caborn", a minister standing for a
		// secretary) or without the words qualifying it is not the one
		// asked about where the article gives someone else the role as
		// asked ("Culture Secretary Tessa Jowell" for "what did the
		// culture secretary say"), unless the words the claim is
		// attributed to hold it all.
		if full := q.fullHoldersIn(article); len(full) > 0 && !full[cl.SpeakerID] {
			is = q.describesAll(q.analysed(strings.Join(words[:attributed], " "), nil))
		}
	}
	q.described[key] = is
	return is
}

// describe notes the people whom the candidate passages describe by the
// question's role in the words right before a mention of them ("Florida
// state archivist Jody Norman"), for claimOfSubject.
func (q *question) describe(cs []*candidate) {
	for _, c := range cs {
		for _, e := range q.entities[c.article] {
			if e.Type != knowledge.EntityPerson || q.describedIDs[c.article+sep+e.ID] {
				continue
			}
			for _, m := range e.Mentions {
				if m.Paragraph != c.n || m.Start <= 0 || m.Start > len(c.text) {
					continue
				}
				before := q.analysed(describingWord(precedingWords(c.text, m.Start), e.Name), nil)
				for w := range q.role {
					if before[w] {
						q.describedIDs[c.article+sep+e.ID] = true
					}
				}
			}
		}
	}
}

// describingWord is the word that describes whom a mention names, of the
// words before it: the last, past honorifics and the words of the name
// ("archivist" of "state archivist Mr Jody" before "Norman"); not a word
// further back ("poster" of "The poster shows Mr" before "Howard").
func describingWord(before, name string) string {
	words := strings.Fields(before)
	names := strings.Fields(name)
	for len(words) > 0 {
		w := words[len(words)-1]
		if !knowledge.IsHonorific(w) && !slices.Contains(names, w) {
			return w
		}
		words = words[:len(words)-1]
	}
	return ""
}

// isSubject tells whether a name is the question's subject: the subject's
// words are all words of the name ("Gervais" names "Ricky Gervais").
func (q *question) isSubject(name string) bool {
	if len(q.subject) == 0 || name == "" {
		return false
	}
	if is, ok := q.speakers[name]; ok {
		return is
	}
	is := q.namesSubject(name)
	q.speakers[name] = is
	return is
}

// namesSubject tells whether a speaker's name names the subject of a
// question: it holds all of the subject's words, or the subject holds all
// of its words and it ends the subject ("Dai Lloyd" for "Plaid Cymru's Dai
// Lloyd", whose party the report names apart).
func (q *question) namesSubject(name string) bool {
	words := q.analysed(name, nil)
	all := true
	for w := range q.subject {
		all = all && words[w]
	}
	if all || len(words) == 0 {
		return all
	}
	for w := range words {
		if !q.subject[w] {
			return false
		}
	}
	last := q.analysed(lastWord(q.Subject), nil)
	for w := range last {
		if !words[w] {
			return false
		}
	}
	return len(last) > 0
}

// lastWord is the last word of a text.
func lastWord(s string) string {
	fs := strings.Fields(s)
	if len(fs) == 0 {
		return ""
	}
	return fs[len(fs)-1]
}

// speakerName is who made a claim, as an answer names them: the person
// named in the words the claim is attributed to ("Tigers coach John
// Wells"), when extraction credited it to something else (the Tigers).
func (q *question) speakerName(article string, cl knowledge.Claim) string {
	m := cl.SpeakerMention
	es := q.entities[article]
	if m == nil || es == nil {
		return cl.Speaker
	}
	if e := es[cl.SpeakerID]; e != nil && e.Type == knowledge.EntityPerson {
		return cl.Speaker
	}
	for _, e := range es {
		if e.Type != knowledge.EntityPerson {
			continue
		}
		for _, em := range e.Mentions {
			if em.Paragraph == m.Paragraph && em.Start >= m.Start && em.End <= m.End {
				return e.Name
			}
		}
	}
	return cl.Speaker
}

// aboutAnother tells whether a figure of a passage (in its sentence si) is
// about another party than the one a question names: the figure's clause
// opens on a person or an organisation the question does not name, and
// the sentence holds none of the question's names. "Meanwhile, Ford …
// said it was cutting production by another 10,000 vehicles" does not say
// how many vehicles DaimlerChrysler sold, though its passage names
// DaimlerChrysler in the next sentence. The clause is what a claim says
// where the figure stands in one, whose opening "it" or "he" is its
// speaker's: "Weinberger said four U.S. destroyers attacked the platform"
// is about the destroyers, not Weinberger. A clause that opens on no one
// ("It said it would double the number of its hotspots") may answer; so
// may any when the question names no person or organisation that a
// candidate article knows (a place: "how many people died in Borno
// State"; a thing: "how much is the A380 project over budget", which
// "EADS … admitted" it is).
func (q *question) aboutAnother(c *candidate, si int, f knowledge.Figure) bool {
	if !q.party || si < 0 || si >= len(c.sents) {
		return false
	}
	for t, w := range c.sentCover[si] {
		if w > 0 && q.names[q.terms[t].term] {
			return false
		}
	}
	s := c.sents[si]
	open := s.Start
	for _, cl := range c.claimList() {
		if cl.Start < s.Start || cl.Start > f.Start || cl.End < f.End || cl.End > s.End {
			continue
		}
		open = cl.Start
		if w, _, _ := strings.Cut(strings.TrimSpace(c.text[cl.Start:f.Start]), " "); openingPronouns[strings.ToLower(w)] != "" {
			// The pronoun must fit the speaker to stand for them: "it" of
			// "Analyst Ana Roth said it sold 30,000 vehicles" is the firm
			// the passage is about, not the analyst.
			e := q.entities[c.article][cl.SpeakerID]
			kind := openingPronouns[strings.ToLower(w)]
			return e != nil && (kind == "any" || kind == string(e.Type)) &&
				(e.Type == knowledge.EntityPerson || e.Type == knowledge.EntityOrganization) && len(q.namedBy(*e)) == 0
		}
		break
	}
	first := s.End
	for _, e := range q.entities[c.article] {
		if e.Type != knowledge.EntityPerson && e.Type != knowledge.EntityOrganization || len(q.namedBy(*e)) > 0 {
			continue
		}
		for _, m := range e.Mentions {
			if m.Paragraph == c.n && m.Start >= open && m.Start < first && m.End <= f.Start {
				first = m.Start
			}
		}
	}
	return first < s.End && opensClause(strings.Fields(c.text[open:first]))
}

// opensClause tells whether the words before a name leave it opening its
// clause: none, or an adverb and a comma ("Meanwhile, Ford …", "In
// contrast, Chrysler …"); not a comparison ("Unlike Ford, the carmaker
// sold …", whose subject is the carmaker).
func opensClause(before []string) bool {
	if len(before) == 0 {
		return true
	}
	return len(before) <= 2 && strings.HasSuffix(before[len(before)-1], ",") && !comparers[strings.ToLower(strings.TrimSuffix(before[0], ","))]
}

// comparers open a phrase that sets a name beside the clause's subject.
var comparers = map[string]bool{"unlike": true, "like": true, "as": true, "than": true, "besides": true, "including": true, "except": true, "with": true, "against": true, "for": true}

// anotherInBest tells whether a figure of a passage's best sentence is
// another party's (see aboutAnother): the sentence, which says how much
// of something else, is no answer either.
func (q *question) anotherInBest(c *candidate) bool {
	return slices.ContainsFunc(c.figureList(), func(f knowledge.Figure) bool {
		return f.Start >= 0 && f.End <= len(c.text) && sentenceAt(c, f.Start) == c.best && q.aboutAnother(c, c.best, f)
	})
}

// openingPronouns stand for a claim's speaker when they open what it says
// ("Ford said it was cutting …"): "it" for an organisation, "he", "she"
// and "I" for a person, "they" and "we" for either.
var openingPronouns = map[string]string{"it": string(knowledge.EntityOrganization), "he": string(knowledge.EntityPerson),
	"she": string(knowledge.EntityPerson), "i": string(knowledge.EntityPerson), "they": "any", "we": "any"}
