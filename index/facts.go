package index

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/briefbot/briefbot/knowledge"
)

// Completion terms are keyword terms "scope\x00words\x00Display Name", one
// for each tail of the name's words ("ahmed al sharaa", "al sharaa",
// "sharaa"), so that a prefix of any word finds the name through the term
// dictionary alone, and only within scopes the asker may see.
const sep = "\x00"

func completionTerms(scope, name string, aliases []string) []string {
	var terms []string
	seen := map[string]bool{}
	for _, n := range append([]string{name}, aliases...) {
		words := strings.Fields(nameKey(n))
		for i := range words {
			t := scope + sep + strings.Join(words[i:], " ") + sep + name
			if !seen[t] {
				seen[t] = true
				terms = append(terms, t)
			}
		}
	}
	return terms
}

// Completion kinds.
const (
	CompleteEntities = "entity"
	CompleteSpeakers = "speaker"
)

// Complete suggests names that start with what was typed (any word of the
// name), most frequent first: entity names, or claim speakers. With nothing
// typed, it suggests the entities, or the speakers, of the newest articles.
func (ix *Index) Complete(ctx context.Context, scope, kind, prefix string, limit int) []knowledge.Choice {
	field, nameField := "ecomplete", "names"
	if kind == CompleteSpeakers {
		field, nameField = "scomplete", "speakers"
	}
	limit = clamp(limit, 1, 25, 25)
	bi, unlock, err := ix.reader()
	defer unlock()
	if err != nil {
		return nil
	}
	p := nameKey(prefix)
	if p == "" {
		return topChoices(ix.recent(ctx, bi, scope, kind), limit)
	}
	counts := map[string]uint64{}
	if sg, err := openSegments(bi); err == nil {
		var recent map[string]uint64 // read once, if a prefix matches too many names
		for _, s := range scopesOf(scope) {
			found, capped := dictPrefix(sg, field, s, p)
			if capped {
				if recent == nil {
					recent = ix.recent(ctx, bi, scope, kind)
				}
				namesPrefixed(sg, field, s, p, recent, found)
			}
			for name, c := range found {
				counts[name] += c
			}
		}
		sg.Close()
	}
	if len(counts) == 0 && len([]rune(p)) >= 3 {
		// Nothing starts so: names a typo away.
		for _, name := range ix.fuzzyNames(ctx, bi, nameField, scope, p, limit) {
			counts[name]++
		}
	}
	return topChoices(counts, limit)
}

// recent returns the names (or, for CompleteSpeakers, the speakers) of
// the newest articles a scope may see, with how often they are named
// there: read once after each change of the index, as completions ask for
// them at every key typed. The map is shared: callers must not change it.
// The caller holds the read lock.
func (ix *Index) recent(ctx context.Context, bi bleve.Index, scope, kind string) map[string]uint64 {
	key := kind + sep + scope
	ix.recentMu.Lock()
	m, ok := ix.recentNamed[key]
	ix.recentMu.Unlock()
	if ok {
		return m
	}
	if kind == CompleteSpeakers {
		m = ix.recentSpeakers(ctx, bi, scope)
	} else {
		m = ix.recentNames(bi, scope)
	}
	if ctx.Err() != nil {
		return m // cut short: not kept
	}
	ix.recentMu.Lock()
	if ix.recentNamed == nil || len(ix.recentNamed) > 1000 {
		ix.recentNamed = map[string]map[string]uint64{}
	}
	ix.recentNamed[key] = m
	ix.recentMu.Unlock()
	return m
}

// recentArticles is how many of the newest articles suggest names before
// anything is typed.
const recentArticles = 20

// recentNames counts the entities (people, organisations, places,
// groups) of the newest articles a scope may see by how many of them name
// each: what a person
// opening /who most likely wants, where the first names of the dictionary
// would be an alphabetical accident. The caller holds the read lock.
func (ix *Index) recentNames(bi bleve.Index, scope string) map[string]uint64 {
	ids := make([]string, 0, recentArticles)
	for _, a := range ix.newestArticles(scope, recentArticles) {
		ids = append(ids, a.ID)
	}
	counts := map[string]uint64{}
	docs, err := factsOf(bi, ids)
	if err != nil {
		return counts
	}
	for _, d := range docs {
		for _, e := range d.facts.Entities {
			counts[e.Name]++
		}
	}
	return counts
}

// recentClaimPassages is how many passages with claims, in the newest
// articles, suggest speakers before anything is typed.
const recentClaimPassages = 60

// recentSpeakers counts the speakers of the claims in the newest articles
// a scope may see by how many passages quote each. The caller holds the
// read lock.
func (ix *Index) recentSpeakers(ctx context.Context, bi bleve.Index, scope string) map[string]uint64 {
	counts := map[string]uint64{}
	found, err := ix.factsOfArticles(ctx, bi, "claim", scope, ix.newestArticles(scope, recentArticles*5), recentClaimPassages, "claims", nil)
	if err != nil {
		return counts
	}
	found = found[:min(len(found), recentClaimPassages)]
	for _, f := range found {
		var cs []claimDoc
		if json.Unmarshal([]byte(f.data), &cs) != nil {
			continue
		}
		seen := map[string]bool{}
		for _, c := range cs {
			if c.Speaker != "" && !seen[c.Speaker] {
				seen[c.Speaker] = true
				counts[c.Speaker]++
			}
		}
	}
	return counts
}

// maxCompletionTerms bounds the terms read for one completion: a prefix of
// a letter or two matches thousands of names, of which only the first in
// alphabetical order are read (with the names of the newest articles that
// start so: see namesPrefixed).
const maxCompletionTerms = 1500

// dictPrefix reads the display names of scope's completion terms whose
// words start with prefix, with how many documents carry each: for a
// name that several of its tails match ("al sharaa" and "ahmed al sharaa"
// for "a"), the most any tail is in, as the tails of a name are in the same
// documents. The count is read from the term's postings: the one bleve's
// dictionary iterator gives is wrong after the first term of a segment that
// a single document holds (zap keeps that term's one-hit encoding for the
// terms after it), which ranked names almost alphabetically. capped tells
// that it stopped at maxCompletionTerms.
func dictPrefix(sg *segments, field, scope, prefix string) (found map[string]uint64, capped bool) {
	found = map[string]uint64{}
	d, err := sg.r.FieldDictPrefix(field, []byte(scope+sep+prefix))
	if err != nil {
		return found, false
	}
	defer d.Close()
	for n := 0; ; n++ {
		e, err := d.Next()
		if err != nil || e == nil {
			break
		}
		if n == maxCompletionTerms {
			capped = true
			break
		}
		_, rest, _ := strings.Cut(e.Term, sep)
		_, name, ok := strings.Cut(rest, sep)
		if !ok {
			continue
		}
		if c, err := sg.docFreq(field, e.Term); err == nil && c > 0 {
			found[name] = max(found[name], c)
		}
	}
	return found, capped
}

// namesPrefixed adds to found, as dictPrefix reads them, the names of
// names (the newest articles' names) that have a word starting with prefix
// and that found does not hold yet: when a prefix matches more names than
// are read, the names the briefings are about now still come up.
func namesPrefixed(sg *segments, field, scope, prefix string, names, found map[string]uint64) {
	for name := range names {
		if _, ok := found[name]; ok {
			continue
		}
		words := strings.Fields(nameKey(name))
		best := uint64(0)
		for i := range words {
			if tail := strings.Join(words[i:], " "); strings.HasPrefix(tail, prefix) {
				if c, err := sg.docFreq(field, scope+sep+tail+sep+name); err == nil {
					best = max(best, c)
				}
			}
		}
		if best > 0 {
			found[name] = best
		}
	}
}

// topChoices are the limit names of the most articles, of equal counts in
// alphabetical order, as choices (cut to Discord's 100 characters).
func topChoices(counts map[string]uint64, limit int) []knowledge.Choice {
	type named struct {
		name  string
		count uint64
	}
	all := make([]named, 0, len(counts))
	for n, c := range counts {
		all = append(all, named{n, c})
	}
	slices.SortFunc(all, func(a, b named) int {
		if a.count != b.count {
			return cmp.Compare(b.count, a.count)
		}
		return strings.Compare(a.name, b.name)
	})
	all = all[:min(limit, len(all))]
	out := make([]knowledge.Choice, len(all))
	for i, n := range all {
		label := n.name
		if r := []rune(label); len(r) > 100 {
			label = string(r[:99]) + "…"
		}
		out[i] = knowledge.Choice{Name: label, Value: label}
	}
	return out
}

// fuzzyNames finds names within an edit or two of the words typed, in a
// field holding names separated by " | ". The caller holds the read lock.
func (ix *Index) fuzzyNames(ctx context.Context, bi bleve.Index, field, scope, typed string, limit int) []string {
	var words []query.Query
	for _, w := range strings.Fields(typed) {
		f := bleve.NewFuzzyQuery(w)
		f.SetField(field)
		f.SetFuzziness(min(2, max(1, len([]rune(w))/4)))
		f.SetPrefix(1) // a typo is rarely in the first letter, and this is much faster
		words = append(words, f)
	}
	if len(words) == 0 {
		return nil
	}
	stored := "claims"
	if field == "names" {
		stored = "data"
	}
	hits, err := searchStored(ctx, bi, ix.scoped(bleve.NewDisjunctionQuery(words...), scope), limit*4, stored)
	if err != nil {
		return nil
	}
	// Rank the documents' names by how close they are to what was typed.
	type cand struct {
		name string
		dist int
	}
	var cands []cand
	seen := map[string]bool{}
	for _, h := range hits {
		var names []string
		if field == "names" {
			var af articleFacts
			json.Unmarshal([]byte(str(h.Fields["data"])), &af)
			for _, e := range af.Entities {
				names = append(names, e.Name)
			}
		} else {
			var cs []claimDoc
			json.Unmarshal([]byte(str(h.Fields["claims"])), &cs)
			for _, c := range cs {
				names = append(names, c.Speaker)
			}
		}
		for _, n := range names {
			if n == "" || seen[n] {
				continue
			}
			seen[n] = true
			if d := nameDistance(typed, nameKey(n)); d <= 2*len(strings.Fields(typed)) {
				cands = append(cands, cand{n, d})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].dist < cands[j].dist })
	var out []string
	for _, c := range cands {
		if len(out) == limit {
			break
		}
		out = append(out, c.name)
	}
	return out
}

// nameDistance is how far a typed name is from a name: the edit distance of
// each typed word to the closest word of the name, summed.
func nameDistance(typed, name string) int {
	total := 0
	words := strings.Fields(name)
	for _, t := range strings.Fields(typed) {
		best := len(t)
		for _, w := range words {
			best = min(best, editDistance(t, w))
		}
		total += best
	}
	return total
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// scopesOf lists the scopes a request may see.
func scopesOf(scope string) []string {
	if scope == "" || scope == knowledge.SharedScope {
		return []string{knowledge.SharedScope}
	}
	return []string{knowledge.SharedScope, scope}
}

// entityHit is an entity found in an article.
type entityHit struct {
	entity  knowledge.Entity
	article string
}

// Who finds the entities a name refers to, as profiles across articles.
// A name that matches several different entities gives several profiles;
// one that matches nothing gives suggestions.
func (ix *Index) Who(ctx context.Context, scope, name string) (knowledge.Who, error) {
	name = strings.TrimSpace(name)
	key := nameKey(name)
	if key == "" {
		return knowledge.Who{}, fmt.Errorf("empty name: %w", knowledge.ErrNotFound)
	}
	bi, unlock, err := ix.reader()
	defer unlock()
	if err != nil {
		return knowledge.Who{}, err
	}
	exact := bleve.NewTermQuery(key)
	exact.SetField("keys")
	exact.SetBoost(5)
	words := bleve.NewMatchQuery(name)
	words.SetField("names")
	words.SetOperator(query.MatchQueryOperatorAnd)
	docs, err := ix.factDocs(ctx, bi, ix.scoped(bleve.NewDisjunctionQuery(exact, words), scope), 1000)
	if err != nil {
		return knowledge.Who{}, err
	}
	// Keep the entities of those articles that the name names.
	var hits []entityHit
	for _, d := range docs {
		for _, e := range d.facts.Entities {
			if entityMatches(e, key) {
				hits = append(hits, entityHit{entity: e, article: d.article})
			}
		}
	}
	if len(hits) == 0 {
		return knowledge.Who{Suggestions: ix.fuzzyNames(ctx, bi, "names", scope, key, 5)}, nil
	}
	profiles := ix.groupProfiles(hits)
	// The best profiles: the name or an alias typed exactly first, then the
	// most cited.
	sort.SliceStable(profiles, func(i, j int) bool {
		ei, ej := profileNamed(profiles[i], key), profileNamed(profiles[j], key)
		if ei != ej {
			return ei
		}
		return profiles[i].Mentions+3*profiles[i].Articles > profiles[j].Mentions+3*profiles[j].Articles
	})
	if len(profiles) > 5 {
		profiles = profiles[:5]
	}
	profiles[0].Passages = ix.mentionPassages(ctx, bi, hits, profiles[0].Key, 3)
	return knowledge.Who{Profiles: profiles}, nil
}

// profileNamed tells whether a typed name (as a key) is a profile's name
// or one of its aliases, in full.
func profileNamed(p knowledge.Profile, key string) bool {
	return namedExactly(knowledge.Entity{Name: p.Name, Aliases: p.Aliases}, key)
}

// entityMatches reports whether a typed name (as a key) names the entity:
// its name or an alias, in full or as whole words of it.
func entityMatches(e knowledge.Entity, key string) bool {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		k := nameKey(n)
		if k == key || strings.Contains(" "+k+" ", " "+key+" ") {
			return true
		}
	}
	return false
}

// Prominent lists the people and organisations of the latest briefings,
// ranked by how much they are mentioned.
func (ix *Index) Prominent(ctx context.Context, scope string, articles, limit int) ([]knowledge.Profile, error) {
	bi, unlock, err := ix.reader()
	defer unlock()
	if err != nil {
		return nil, err
	}
	latest := ix.articlesLocked(scope)
	if len(latest) > articles {
		latest = latest[:articles]
	}
	var ids []string
	for _, a := range latest {
		ids = append(ids, a.ID)
	}
	if len(ids) == 0 {
		return nil, nil
	}
	docs, err := factsOf(bi, ids)
	if err != nil {
		return nil, err
	}
	// Every entity counts toward the type of its name: a country that
	// acts in one article ("Russia denied") and lies in others is a place,
	// and no organisation to list. (A name kept counts all its mentions,
	// as /who NAME does.)
	var hits []entityHit
	for _, d := range docs {
		for _, e := range d.facts.Entities {
			hits = append(hits, entityHit{entity: e, article: d.article})
		}
	}
	profiles := slices.DeleteFunc(ix.groupProfiles(hits), func(p knowledge.Profile) bool {
		return p.Type != knowledge.EntityPerson && p.Type != knowledge.EntityOrganization
	})
	sort.SliceStable(profiles, func(i, j int) bool {
		return profiles[i].Mentions+3*profiles[i].Articles > profiles[j].Mentions+3*profiles[j].Articles
	})
	if len(profiles) > limit {
		profiles = profiles[:limit]
	}
	return profiles, nil
}

// factDoc is an article's facts document as the searches read it: its
// entities (the disputes stored beside them are left unread).
type factDoc struct {
	article string
	facts   struct {
		Entities []knowledge.Entity `json:"entities"`
	}
}

func (ix *Index) factDocs(ctx context.Context, bi bleve.Index, q query.Query, size int) ([]factDoc, error) {
	hits, err := searchStored(ctx, bi, q, size, "article", "data")
	if err != nil {
		return nil, fmt.Errorf("entity search failed: %w", err)
	}
	return decodeFactDocs(hits), nil
}

// factsOf reads the facts documents of articles, in the index's order.
func factsOf(bi bleve.Index, articles []string) ([]factDoc, error) {
	ids := make([]string, len(articles))
	for i, a := range articles {
		ids[i] = factsID(a)
	}
	fields, err := storedByID(bi, ids, "article", "data")
	if err != nil {
		return nil, fmt.Errorf("entity search failed: %w", err)
	}
	return decodeFactDocs(fields), nil
}

func decodeFactDocs(hits []storedHit) []factDoc {
	out := make([]factDoc, 0, len(hits))
	for _, h := range hits {
		d := factDoc{article: str(h.Fields["article"])}
		if decodeEntities([]byte(str(h.Fields["data"])), &d.facts.Entities) == nil {
			out = append(out, d)
		}
	}
	return out
}

// groupProfiles merges the entities of different articles that have the
// same full name. Different people who share a surname stay apart, since
// each article's entity carries the full name as its name. The caller
// holds the read lock.
func (ix *Index) groupProfiles(hits []entityHit) []knowledge.Profile {
	byKey := map[string]*knowledge.Profile{}
	var order []string
	seenArticle := map[string]bool{}
	typed := map[string]map[string]int{} // the mentions of each name by type
	for _, h := range hits {
		key := nameKey(h.entity.Name)
		p, ok := byKey[key]
		if !ok {
			p = &knowledge.Profile{Key: key, Name: h.entity.Name, Type: h.entity.Type}
			byKey[key] = p
			order = append(order, key)
			typed[key] = map[string]int{}
		}
		typed[key][h.entity.Type] += max(1, len(h.entity.Mentions))
		if !seenArticle[key+sep+h.article] {
			seenArticle[key+sep+h.article] = true
			p.Articles++
		}
		p.Mentions += len(h.entity.Mentions)
		p.Aliases = addUnique(p.Aliases, h.entity.Aliases...)
		n := 0
		if len(h.entity.Mentions) > 0 {
			n = h.entity.Mentions[0].Paragraph
		}
		c := ix.cite(h.article, n)
		for _, r := range h.entity.Roles {
			p.Roles = addAttributed(p.Roles, r, c)
		}
		for _, a := range h.entity.Affiliations {
			p.Affiliations = addAttributed(p.Affiliations, a, c)
		}
	}
	out := make([]knowledge.Profile, 0, len(order))
	for _, k := range order {
		p := byKey[k]
		p.Type = profileType(p.Type, typed[k])
		out = append(out, *p)
	}
	return out
}

// profileType is the type a name has in most of its mentions. A country
// is a place where it lies and an organisation where it acts ("Russia
// denied"): on a tie it is shown as the place it is.
func profileType(first string, mentions map[string]int) string {
	best := first
	for _, t := range slices.Sorted(maps.Keys(mentions)) { // in one order: ties go the same way each time
		if n := mentions[t]; n > mentions[best] || n == mentions[best] && t == knowledge.EntityPlace {
			best = t
		}
	}
	return best
}

func addUnique(list []string, items ...string) []string {
	for _, it := range items {
		found := false
		for _, l := range list {
			found = found || strings.EqualFold(l, it)
		}
		if !found && it != "" {
			list = append(list, it)
		}
	}
	return list
}

func addAttributed(list []knowledge.Attributed, text string, c knowledge.Citation) []knowledge.Attributed {
	for _, a := range list {
		if strings.EqualFold(a.Text, text) {
			return list
		}
	}
	return append(list, knowledge.Attributed{Text: text, Citation: c})
}

// mentionPassages returns up to n cited paragraphs that name the entity
// with the given key, one per article, with the mentions marked. An
// article may hold the name as two entities (a country as a place and as
// an actor): their mentions count together.
func (ix *Index) mentionPassages(ctx context.Context, bi bleve.Index, hits []entityHit, key string, n int) []knowledge.Hit {
	var articles []string
	mentions := map[string][]knowledge.Mention{}
	full := map[string]string{}
	for _, h := range hits {
		if nameKey(h.entity.Name) != key || len(h.entity.Mentions) == 0 {
			continue
		}
		if _, seen := mentions[h.article]; !seen {
			articles, full[h.article] = append(articles, h.article), h.entity.Name
		}
		mentions[h.article] = append(mentions[h.article], h.entity.Mentions...)
	}
	var out []knowledge.Hit
	for _, article := range articles {
		if len(out) >= n {
			break
		}
		ms := mentions[article]
		m := ms[0]
		for _, mm := range ms { // prefer the full name
			if strings.EqualFold(mm.Text, full[article]) {
				m = mm
				break
			}
		}
		paras, err := fetchParagraphs(ctx, bi, article, m.Paragraph, m.Paragraph)
		if err != nil || len(paras) == 0 {
			continue
		}
		var marks []knowledge.Span
		for _, mm := range ms {
			if mm.Paragraph == m.Paragraph && mm.Start >= 0 && mm.End <= len(paras[0].Text) && mm.Start < mm.End &&
				!slices.Contains(marks, knowledge.Span{Start: mm.Start, End: mm.End}) {
				marks = append(marks, knowledge.Span{Start: mm.Start, End: mm.End})
			}
		}
		sort.Slice(marks, func(i, j int) bool { return marks[i].Start < marks[j].Start })
		out = append(out, knowledge.Hit{Citation: ix.cite(article, m.Paragraph), Kind: paras[0].Kind, Snippet: clipSnippet(paras[0].Text, marks, snippetRunes)})
	}
	return out
}

// claimPassages is how many passages with claims a search for claims reads
// at most.
const claimPassages = 300

// newestFacts returns the passages that carry a kind of fact in the newest
// articles the scope may see, newest first: articles a batch at a time,
// until n passages are found or 2,000 passages have been looked at. The
// caller holds the read lock.
func (ix *Index) newestFacts(ctx context.Context, bi bleve.Index, kind, scope string, n int, field string) ([]storedFacts, error) {
	return ix.factsOfArticles(ctx, bi, kind, scope, ix.articlesLocked(scope), n, field, nil)
}

// factsOfArticles is newestFacts over the articles arts, in their order,
// of the passages that also match q (nil for all).
func (ix *Index) factsOfArticles(ctx context.Context, bi bleve.Index, kind, scope string, arts []knowledge.ArticleInfo, n int, field string, q query.Query) ([]storedFacts, error) {
	var out []storedFacts
	looked := 0
	for len(arts) > 0 && len(out) < n && looked < 2000 {
		var ids []string
		for len(arts) > 0 && len(ids) < newestBatch {
			for p := 1; p <= arts[0].Paragraphs; p++ {
				ids = append(ids, passageID(arts[0].ID, p))
			}
			arts = arts[1:]
		}
		looked += len(ids)
		var these query.Query = bleve.NewDocIDQuery(ids)
		if q != nil {
			these = bleve.NewConjunctionQuery(these, q)
		}
		found, err := ix.passageFacts(ctx, bi, kind, these, scope, len(ids), field)
		if err != nil {
			return nil, err
		}
		out = append(out, found...)
	}
	return out, nil
}

// newestBatch is how many passages newestFacts looks at in one search (a
// variable for the tests).
var newestBatch = 200

// passageFacts searches passages that carry a kind of fact ("claim" or
// "figure") and match q, returning the stored field of the facts.
func (ix *Index) passageFacts(ctx context.Context, bi bleve.Index, kind string, q query.Query, scope string, size int, field string, more ...string) ([]storedFacts, error) {
	has := bleve.NewTermQuery(kind)
	has.SetField("facts")
	var full query.Query = has
	if q != nil {
		full = bleve.NewConjunctionQuery(q, has)
	}
	hits, err := searchStored(ctx, bi, ix.scoped(full, scope), size, append([]string{"article", "n", field}, more...)...)
	if err != nil {
		return nil, fmt.Errorf("%s search failed: %w", kind, err)
	}
	out := make([]storedFacts, 0, len(hits))
	for _, h := range hits {
		out = append(out, storedFacts{citation: ix.cite(str(h.Fields["article"]), num(h.Fields["n"])), data: str(h.Fields[field]), text: str(h.Fields["text"]), score: h.Score})
	}
	return out, nil
}

type storedFacts struct {
	citation knowledge.Citation
	data     string
	text     string // the passage's text, when asked for
	score    float64
}

// analysedTerms returns the words of s as an analyser reads them.
func analysedTerms(an analysis.Analyzer, s string) map[string]bool {
	terms := map[string]bool{}
	if an != nil {
		for _, tok := range an.Analyze([]byte(s)) {
			terms[string(tok.Term)] = true
		}
	}
	return terms
}

// termsAt returns where text holds a word whose analysed form is one of
// terms, the analysed words cached as ranking caches them.
func termsAt(an analysis.Analyzer, terms map[string]bool, text string) []knowledge.Span {
	var at []knowledge.Span
	for i := 0; i < len(text); {
		if ok, n := alnumAt(text, i); !ok {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			ok, n := alnumAt(text, j)
			if !ok {
				break
			}
			j += n
		}
		for _, t := range analysedWord(an, text[i:j]) {
			if terms[t] {
				at = append(at, knowledge.Span{Start: i, End: j})
				break
			}
		}
		i = j
	}
	return at
}

// topicTier tells how closely a figure is about a topic's words: 0 when
// the figure or what it counts names one, 1 when its sentence in the
// passage's text does, 2 otherwise; at is where the text names one, sents
// are its sentences.
func topicTier(an analysis.Analyzer, terms map[string]bool, f knowledge.Figure, at, sents []knowledge.Span) int {
	within := func(lo, hi int) bool {
		return slices.ContainsFunc(at, func(s knowledge.Span) bool { return s.Start >= lo && s.End <= hi })
	}
	if within(f.Start, f.End) || len(termsAt(an, terms, f.Counted)) > 0 {
		return 0
	}
	for _, sp := range sents {
		if f.Start >= sp.Start && f.Start < sp.End {
			if within(sp.Start, sp.End) {
				return 1
			}
			break
		}
	}
	return 2
}

// Claims finds claims by speaker and/or topic, of one stance when stance
// is set ("deny": denials alone). Claims of the speaker named
// exactly (the name or one of its aliases) come first, then those of other
// people whose names hold the words typed, grouped by speaker, the group
// with the most claims first. Within that, articles come newest first when
// dated; with a topic, or without dates, the most relevant first; and in
// reading order within an article.
func (ix *Index) Claims(ctx context.Context, scope, speaker, topic, stance string, limit int) ([]knowledge.ClaimHit, int, error) {
	var must []query.Query
	speaker, topic, stance = strings.TrimSpace(speaker), strings.TrimSpace(topic), strings.TrimSpace(stance)
	limit = clamp(limit, 1, 100, 10)
	bi, unlock, err := ix.reader()
	defer unlock()
	if err != nil {
		return nil, 0, err
	}
	// The speaker as typed, and the full names it is an alias of ("SDF":
	// Syrian Democratic Forces), since claims carry full names.
	var skeys []string
	exact := map[string]bool{}
	if speaker != "" {
		key := nameKey(speaker)
		exact[key] = true
		skeys = append(skeys, key)
		for _, k := range ix.fullNames(ctx, bi, scope, speaker) {
			skeys = append(skeys, k)
			exact[k] = true
		}
		var alts []query.Query
		for _, k := range skeys {
			exact := bleve.NewTermQuery(k)
			exact.SetField("speakerkey")
			exact.SetBoost(3)
			alts = append(alts, exact)
		}
		words := bleve.NewMatchQuery(speaker)
		words.SetField("speakers")
		words.SetOperator(query.MatchQueryOperatorAnd)
		must = append(must, bleve.NewDisjunctionQuery(append(alts, words)...))
	}
	if topic != "" {
		about := bleve.NewMatchQuery(topic)
		about.SetField("text")
		must = append(must, about)
	}
	// A claim of a stance is in a passage that holds a word of it
	// ("denied", "rejects"): those passages alone are read.
	var ofStance query.Query
	if stance != "" {
		words := knowledge.StanceWords(stance)
		if len(words) == 0 {
			return nil, 0, fmt.Errorf("no claims are of the kind %q: %w", stance, knowledge.ErrNotFound)
		}
		m := bleve.NewMatchQuery(strings.Join(words, " "))
		m.SetField("text")
		ofStance = m
	}
	var found []storedFacts
	switch {
	case len(must) > 0:
		if ofStance != nil {
			must = append(must, ofStance)
		}
		found, err = ix.passageFacts(ctx, bi, "claim", bleve.NewConjunctionQuery(must...), scope, claimPassages, "claims")
	case ofStance != nil: // the newest articles' claims of the stance
		found, err = ix.factsOfArticles(ctx, bi, "claim", scope, ix.articlesLocked(scope), limit, "claims", ofStance)
	default:
		found, err = ix.newestFacts(ctx, bi, "claim", scope, limit, "claims") // what /claims says it lists
	}
	if err != nil {
		return nil, 0, err
	}
	var hits []knowledge.ClaimHit
	for _, f := range found {
		var cs []claimDoc
		if json.Unmarshal([]byte(f.data), &cs) != nil {
			continue
		}
		for _, cd := range cs {
			if speaker != "" && !speakerMatches(cd.Speaker, skeys) || stance != "" && cd.Stance != stance {
				continue
			}
			ch := knowledge.ClaimHit{Claim: cd.Claim, Citation: f.citation, Exact: speaker != "" && exact[nameKey(cd.Speaker)]}
			for _, d := range cd.Disputes {
				ch.Disputes = append(ch.Disputes, knowledge.DisputeHit{About: d.About, Others: d.Others})
			}
			hits = append(hits, ch)
		}
	}
	sortClaims(hits, found, speaker != "", topic != "")
	total := len(hits)
	if len(must) == 0 && stance == "" {
		total = max(total, ix.viewLocked(scope).status.Claims)
	}
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits, total, nil
}

// sortClaims orders claims: when a speaker was asked for (bySpeaker), the
// speaker named exactly first, then the other speakers, the one with most
// claims first; within a speaker (or all together when none was asked
// for), the newest dated article first (unless byRelevance), then the most
// relevant (the order of found), then reading order.
func sortClaims(hits []knowledge.ClaimHit, found []storedFacts, bySpeaker, byRelevance bool) {
	rank := map[string]int{}
	for i, f := range found {
		if _, ok := rank[f.citation.ArticleID]; !ok {
			rank[f.citation.ArticleID] = i
		}
	}
	count := map[string]int{}
	first := map[string]int{} // the best rank of each speaker's claims
	for _, h := range hits {
		k := nameKey(h.Claim.Speaker)
		count[k]++
		if r, ok := first[k]; !ok || rank[h.Citation.ArticleID] < r {
			first[k] = rank[h.Citation.ArticleID]
		}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.Exact != b.Exact {
			return a.Exact
		}
		if ka, kb := nameKey(a.Claim.Speaker), nameKey(b.Claim.Speaker); bySpeaker && !a.Exact && ka != kb {
			if count[ka] != count[kb] {
				return count[ka] > count[kb]
			}
			if first[ka] != first[kb] {
				return first[ka] < first[kb]
			}
			return ka < kb
		}
		ca, cb := a.Citation, b.Citation
		if ca.ArticleID != cb.ArticleID {
			if !byRelevance && ca.Published != cb.Published {
				return ca.Published > cb.Published // dated before undated, newest first
			}
			return rank[ca.ArticleID] < rank[cb.ArticleID]
		}
		if ca.Paragraph != cb.Paragraph {
			return ca.Paragraph < cb.Paragraph
		}
		return a.Claim.Start < b.Claim.Start
	})
}

func speakerMatches(speaker string, keys []string) bool {
	k := nameKey(speaker)
	for _, key := range keys {
		if k == key || strings.Contains(" "+k+" ", " "+key+" ") {
			return true
		}
	}
	return false
}

// fullNames returns the keys of the entities that a name is the name or an
// alias of, exactly: "Graham" gives "lindsey graham" where an article calls
// him so, never "graham robb".
// The caller holds the read lock.
func (ix *Index) fullNames(ctx context.Context, bi bleve.Index, scope, name string) []string {
	key := nameKey(name)
	exact := bleve.NewTermQuery(key)
	exact.SetField("keys")
	docs, err := ix.factDocs(ctx, bi, ix.scoped(exact, scope), 50)
	if err != nil {
		return nil
	}
	var out []string
	seen := map[string]bool{key: true}
	for _, d := range docs {
		for _, e := range d.facts.Entities {
			if k := nameKey(e.Name); !seen[k] && namedExactly(e, key) {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	return out
}

// namedExactly tells whether a typed name (as a key) is the entity's name
// or one of its aliases, in full.
func namedExactly(e knowledge.Entity, key string) bool {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if nameKey(n) == key {
			return true
		}
	}
	return false
}

// Figures finds the figures in the paragraphs that best match a topic; with
// no topic, the figures of the newest articles.
func (ix *Index) Figures(ctx context.Context, scope, topic string, limit int) ([]knowledge.FigureHit, int, error) {
	limit = clamp(limit, 1, 100, 10)
	bi, unlock, err := ix.reader()
	defer unlock()
	if err != nil {
		return nil, 0, err
	}
	var found []storedFacts
	var terms map[string]bool
	_, an := textAnalyzerOf(bi)
	if t := strings.TrimSpace(topic); t != "" {
		about := bleve.NewMatchQuery(t)
		about.SetField("text")
		terms = analysedTerms(an, t)
		found, err = ix.passageFacts(ctx, bi, "figure", about, scope, 50, "figures", "text")
	} else {
		found, err = ix.newestFacts(ctx, bi, "figure", scope, 50, "figures")
	}
	if err != nil {
		return nil, 0, err
	}
	if strings.TrimSpace(topic) == "" {
		sort.SliceStable(found, func(i, j int) bool {
			a, b := found[i].citation, found[j].citation
			if a.Published != b.Published {
				return a.Published > b.Published
			}
			if a.ArticleID != b.ArticleID {
				return a.ArticleID < b.ArticleID
			}
			return a.Paragraph < b.Paragraph
		})
	}
	var out []knowledge.FigureHit
	var tiers []int
	for _, f := range found {
		var fs []knowledge.Figure
		if json.Unmarshal([]byte(f.data), &fs) != nil {
			continue
		}
		var at, sents []knowledge.Span
		if len(terms) > 0 {
			at, sents = termsAt(an, terms, f.text), sentences(f.text)
		}
		for _, fg := range fs {
			if !fg.Quantity() {
				continue
			}
			out = append(out, knowledge.FigureHit{Figure: fg, Citation: f.citation})
			if len(terms) > 0 {
				tiers = append(tiers, topicTier(an, terms, fg, at, sents))
			}
		}
	}
	if len(terms) > 0 {
		// The figures of the best matching passages come first, those about
		// the topic before the others: what they count, then their sentence,
		// names it (a paragraph on rice prices also gives the trucks and
		// the kilometres of a convoy).
		var byTier [3][]knowledge.FigureHit
		for i, h := range out {
			byTier[tiers[i]] = append(byTier[tiers[i]], h)
		}
		out = slices.Concat(byTier[0], byTier[1], byTier[2])
	}
	total := len(out)
	if len(out) > limit {
		out = out[:limit]
	}
	return out, total, nil
}

// Brief returns all the facts of one article the scope may see.
func (ix *Index) Brief(ctx context.Context, scope, articleID string) (knowledge.Brief, error) {
	bi, unlock, err := ix.reader()
	defer unlock()
	if err != nil {
		return knowledge.Brief{}, err
	}
	info, ok := ix.articleLocked(scope, articleID)
	if !ok {
		return knowledge.Brief{}, fmt.Errorf("article %q: %w", articleID, knowledge.ErrNotFound)
	}
	b := knowledge.Brief{Article: info, Entities: []knowledge.Entity{}, Claims: []knowledge.Claim{}, Figures: []knowledge.Figure{}, Disputes: []knowledge.Dispute{}}
	hits, err := storedByID(bi, docIDs(&info), "n", "data", "claims", "figures")
	if err != nil {
		return knowledge.Brief{}, fmt.Errorf("cannot load the facts of %s: %w", articleID, err)
	}
	sort.Slice(hits, func(i, j int) bool { return num(hits[i].Fields["n"]) < num(hits[j].Fields["n"]) })
	claims := make([]knowledge.Claim, info.Claims)
	for _, h := range hits {
		if data := str(h.Fields["data"]); data != "" {
			var af articleFacts
			if json.Unmarshal([]byte(data), &af) == nil {
				b.Entities, b.Disputes = af.Entities, af.Disputes
			}
		}
		var cs []claimDoc
		if json.Unmarshal([]byte(str(h.Fields["claims"])), &cs) == nil {
			for _, c := range cs {
				if c.Index >= 0 && c.Index < info.Claims {
					claims[c.Index] = c.Claim
				}
			}
		}
		var fs []knowledge.Figure
		if json.Unmarshal([]byte(str(h.Fields["figures"])), &fs) == nil {
			b.Figures = append(b.Figures, fs...)
		}
	}
	b.Claims = claims
	if b.Entities == nil {
		b.Entities = []knowledge.Entity{}
	}
	if b.Disputes == nil {
		b.Disputes = []knowledge.Dispute{}
	}
	return b, nil
}
