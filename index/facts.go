package index

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
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
// name), most frequent first: entity names, or claim speakers.
func (ix *Index) Complete(ctx context.Context, scope, kind, prefix string, limit int) []knowledge.Choice {
	typ := typeEntity
	if kind == CompleteSpeakers {
		typ = typeClaim
	}
	limit = clamp(limit, 1, 25, 25)
	bi, unlock := ix.reader()
	defer unlock()
	if bi == nil {
		return nil
	}
	counts := map[string]uint64{}
	p := nameKey(prefix)
	for _, s := range scopesOf(scope) {
		ix.dictPrefix(bi, typ, s+sep+p, counts)
	}
	if len(counts) == 0 && len([]rune(p)) >= 3 {
		// Nothing starts so: names a typo away.
		for _, name := range ix.fuzzyNames(ctx, bi, typ, scope, p, limit) {
			counts[name]++
		}
	}
	return topChoices(counts, limit)
}

// dictPrefix adds the display names of the completion terms under prefix
// to counts, with how many documents carry each.
func (ix *Index) dictPrefix(bi bleve.Index, typ, prefix string, counts map[string]uint64) {
	field := "ecomplete"
	if typ == typeClaim {
		field = "scomplete"
	}
	d, err := bi.FieldDictPrefix(field, []byte(prefix))
	if err != nil {
		return
	}
	defer d.Close()
	for n := 0; n < 5000; n++ {
		e, err := d.Next()
		if err != nil || e == nil {
			return
		}
		parts := strings.SplitN(e.Term, sep, 3)
		if len(parts) == 3 {
			counts[parts[2]] += e.Count
		}
	}
}

func topChoices(counts map[string]uint64, limit int) []knowledge.Choice {
	names := make([]string, 0, len(counts))
	for n := range counts {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if counts[names[i]] != counts[names[j]] {
			return counts[names[i]] > counts[names[j]]
		}
		return names[i] < names[j]
	})
	if len(names) > limit {
		names = names[:limit]
	}
	out := make([]knowledge.Choice, len(names))
	for i, n := range names {
		label := n
		if r := []rune(label); len(r) > 100 {
			label = string(r[:99]) + "…"
		}
		out[i] = knowledge.Choice{Name: label, Value: label}
	}
	return out
}

// fuzzyNames finds names within two edits of the words typed.
func (ix *Index) fuzzyNames(ctx context.Context, bi bleve.Index, typ, scope, typed string, limit int) []string {
	field := "name"
	if typ == typeClaim {
		field = "speaker"
	}
	var words []query.Query
	for _, w := range strings.Fields(typed) {
		f := bleve.NewFuzzyQuery(w)
		f.SetField(field)
		f.SetFuzziness(min(2, max(1, len([]rune(w))/4)))
		words = append(words, f)
	}
	if len(words) == 0 {
		return nil
	}
	req := bleve.NewSearchRequestOptions(ix.scoped(bleve.NewDisjunctionQuery(words...), scope), limit*4, 0, false)
	req.Fields = []string{field}
	res, err := bi.SearchInContext(ctx, req)
	if err != nil {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, h := range res.Hits {
		n := str(h.Fields[field])
		if n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// scopesOf lists the scopes a request may see.
func scopesOf(scope string) []string {
	if scope == "" || scope == knowledge.SharedScope {
		return []string{knowledge.SharedScope}
	}
	return []string{knowledge.SharedScope, scope}
}

// entityHit is an entity document as found.
type entityHit struct {
	entity   knowledge.Entity
	citation knowledge.Citation
	score    float64
}

// Who finds the entities a name refers to, as profiles across articles.
// A name that matches several different entities gives several profiles;
// one that matches nothing gives suggestions.
func (ix *Index) Who(ctx context.Context, scope, name string) (knowledge.Who, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return knowledge.Who{}, fmt.Errorf("empty name: %w", knowledge.ErrNotFound)
	}
	bi, unlock := ix.reader()
	defer unlock()
	key := nameKey(name)
	exact := bleve.NewTermQuery(key)
	exact.SetField("key")
	exact.SetBoost(5)
	byName := bleve.NewMatchQuery(name)
	byName.SetField("name")
	byName.SetOperator(query.MatchQueryOperatorAnd)
	byAlias := bleve.NewMatchQuery(name)
	byAlias.SetField("aliases")
	byAlias.SetOperator(query.MatchQueryOperatorAnd)
	q := bleve.NewDisjunctionQuery(exact, byName, byAlias)
	hits, err := ix.entityHits(ctx, bi, ix.scoped(q, scope), 500)
	if err != nil {
		return knowledge.Who{}, err
	}
	if len(hits) == 0 {
		var who knowledge.Who
		for _, c := range ix.fuzzyNames(ctx, bi, typeEntity, scope, key, 5) {
			who.Suggestions = append(who.Suggestions, c)
		}
		return who, nil
	}
	profiles := groupProfiles(hits)
	// The best profiles: the exact name first, then the most cited.
	sort.SliceStable(profiles, func(i, j int) bool {
		ei, ej := profiles[i].Key == key, profiles[j].Key == key
		if ei != ej {
			return ei
		}
		return profiles[i].Mentions*4+profiles[i].Articles*10 > profiles[j].Mentions*4+profiles[j].Articles*10
	})
	if len(profiles) > 5 {
		profiles = profiles[:5]
	}
	// Cited passages for the best profile.
	if len(profiles) > 0 {
		profiles[0].Passages = ix.mentionPassages(ctx, bi, hits, profiles[0].Key, 3)
	}
	return knowledge.Who{Profiles: profiles}, nil
}

// Prominent lists the people and organisations of the latest briefings,
// ranked by how much they are mentioned.
func (ix *Index) Prominent(ctx context.Context, scope string, articles, limit int) ([]knowledge.Profile, error) {
	latest := ix.Articles(scope)
	if len(latest) > articles {
		latest = latest[:articles]
	}
	if len(latest) == 0 {
		return nil, nil
	}
	var ids []string
	for _, a := range latest {
		for i := range a.Entities {
			ids = append(ids, factID("e", a.ID, i))
		}
	}
	bi, unlock := ix.reader()
	defer unlock()
	hits, err := ix.entityHits(ctx, bi, bleve.NewDocIDQuery(ids), len(ids))
	if err != nil {
		return nil, err
	}
	var kept []entityHit
	for _, h := range hits {
		if h.entity.Type == knowledge.EntityPerson || h.entity.Type == knowledge.EntityOrganization {
			kept = append(kept, h)
		}
	}
	profiles := groupProfiles(kept)
	sort.SliceStable(profiles, func(i, j int) bool {
		return profiles[i].Mentions+3*profiles[i].Articles > profiles[j].Mentions+3*profiles[j].Articles
	})
	if len(profiles) > limit {
		profiles = profiles[:limit]
	}
	return profiles, nil
}

func (ix *Index) entityHits(ctx context.Context, bi bleve.Index, q query.Query, size int) ([]entityHit, error) {
	req := bleve.NewSearchRequestOptions(q, size, 0, false)
	req.Fields = []string{"data", "article", "title", "url", "published", "n"}
	res, err := bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("entity search failed: %w", err)
	}
	out := make([]entityHit, 0, len(res.Hits))
	for _, h := range res.Hits {
		var e knowledge.Entity
		if json.Unmarshal([]byte(str(h.Fields["data"])), &e) != nil {
			continue
		}
		out = append(out, entityHit{entity: e, citation: citation(h), score: h.Score})
	}
	return out, nil
}

// groupProfiles merges entity documents of different articles that name
// the same entity: the same full name, or a full name and its alias.
// Different people who share a surname stay apart, since each article's
// entity carries the full name as its name.
func groupProfiles(hits []entityHit) []knowledge.Profile {
	byKey := map[string]*knowledge.Profile{}
	var order []string
	seenArticle := map[string]bool{}
	for _, h := range hits {
		key := nameKey(h.entity.Name)
		p, ok := byKey[key]
		if !ok {
			p = &knowledge.Profile{Key: key, Name: h.entity.Name, Type: h.entity.Type}
			byKey[key] = p
			order = append(order, key)
		}
		if !seenArticle[key+sep+h.citation.ArticleID] {
			seenArticle[key+sep+h.citation.ArticleID] = true
			p.Articles++
		}
		p.Mentions += len(h.entity.Mentions)
		p.Aliases = addUnique(p.Aliases, h.entity.Aliases...)
		for _, r := range h.entity.Roles {
			p.Roles = addAttributed(p.Roles, r, h.citation)
		}
		for _, a := range h.entity.Affiliations {
			p.Affiliations = addAttributed(p.Affiliations, a, h.citation)
		}
	}
	out := make([]knowledge.Profile, 0, len(order))
	for _, k := range order {
		out = append(out, *byKey[k])
	}
	return out
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
// with the given key, one per article, with the mention marked.
func (ix *Index) mentionPassages(ctx context.Context, bi bleve.Index, hits []entityHit, key string, n int) []knowledge.Hit {
	var out []knowledge.Hit
	for _, h := range hits {
		if nameKey(h.entity.Name) != key || len(h.entity.Mentions) == 0 || len(out) >= n {
			continue
		}
		m := h.entity.Mentions[0]
		// Prefer a body paragraph where the entity is named in full.
		for _, mm := range h.entity.Mentions {
			if strings.EqualFold(mm.Text, h.entity.Name) {
				m = mm
				break
			}
		}
		paras, err := fetchParagraphs(ctx, bi, h.citation.ArticleID, m.Paragraph, m.Paragraph)
		if err != nil || len(paras) == 0 {
			continue
		}
		var marks []knowledge.Span
		for _, mm := range h.entity.Mentions {
			if mm.Paragraph == m.Paragraph && mm.Start >= 0 && mm.End <= len(paras[0].Text) && mm.Start < mm.End {
				marks = append(marks, knowledge.Span{Start: mm.Start, End: mm.End})
			}
		}
		sort.Slice(marks, func(i, j int) bool { return marks[i].Start < marks[j].Start })
		c := h.citation
		c.Paragraph = m.Paragraph
		out = append(out, knowledge.Hit{Citation: c, Kind: paras[0].Kind, Snippet: clipSnippet(paras[0].Text, marks, snippetRunes)})
	}
	return out
}

// Claims finds claims by speaker and/or topic, newest article first.
func (ix *Index) Claims(ctx context.Context, scope, speaker, topic string, limit int) ([]knowledge.ClaimHit, int, error) {
	var must []query.Query
	if s := strings.TrimSpace(speaker); s != "" {
		exact := bleve.NewTermQuery(nameKey(s))
		exact.SetField("speakerkey")
		words := bleve.NewMatchQuery(s)
		words.SetField("speaker")
		words.SetOperator(query.MatchQueryOperatorAnd)
		must = append(must, bleve.NewDisjunctionQuery(exact, words))
	}
	if t := strings.TrimSpace(topic); t != "" {
		about := bleve.NewMatchQuery(t)
		about.SetField("content")
		must = append(must, about)
	}
	if len(must) == 0 {
		all := bleve.NewTermQuery(typeClaim)
		all.SetField("type")
		must = append(must, all)
	}
	limit = clamp(limit, 1, 100, 10)
	req := bleve.NewSearchRequestOptions(ix.scoped(bleve.NewConjunctionQuery(must...), scope), 200, 0, false)
	req.Fields = []string{"data", "article", "title", "url", "published", "n"}
	bi, unlock := ix.reader()
	defer unlock()
	res, err := bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, 0, fmt.Errorf("claim search failed: %w", err)
	}
	hits := make([]knowledge.ClaimHit, 0, len(res.Hits))
	for _, h := range res.Hits {
		var cd claimDoc
		if json.Unmarshal([]byte(str(h.Fields["data"])), &cd) != nil {
			continue
		}
		ch := knowledge.ClaimHit{Claim: cd.Claim, Citation: citation(h)}
		for _, d := range cd.Disputes {
			ch.Disputes = append(ch.Disputes, knowledge.DisputeHit{About: d.About, Others: d.Others})
		}
		hits = append(hits, ch)
	}
	// Newest article first; within an article, in reading order. With a
	// topic, the relevance order of bleve is kept among equally new articles.
	sort.SliceStable(hits, func(i, j int) bool {
		a, b := hits[i].Citation, hits[j].Citation
		if a.Published != b.Published {
			return a.Published > b.Published
		}
		if a.ArticleID != b.ArticleID {
			return topic == "" && a.ArticleID < b.ArticleID
		}
		return a.Paragraph < b.Paragraph
	})
	total := int(res.Total)
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits, total, nil
}

// Figures finds the figures about a topic, best match first.
func (ix *Index) Figures(ctx context.Context, scope, topic string, limit int) ([]knowledge.FigureHit, int, error) {
	var q query.Query
	if t := strings.TrimSpace(topic); t != "" {
		about := bleve.NewMatchQuery(t)
		about.SetField("about")
		q = about
	} else {
		all := bleve.NewTermQuery(typeFigure)
		all.SetField("type")
		q = all
	}
	limit = clamp(limit, 1, 100, 10)
	req := bleve.NewSearchRequestOptions(ix.scoped(q, scope), limit, 0, false)
	req.Fields = []string{"data", "article", "title", "url", "published", "n"}
	if strings.TrimSpace(topic) == "" {
		req.SortBy([]string{"-published", "-_score"})
	}
	bi, unlock := ix.reader()
	defer unlock()
	res, err := bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, 0, fmt.Errorf("figure search failed: %w", err)
	}
	out := make([]knowledge.FigureHit, 0, len(res.Hits))
	for _, h := range res.Hits {
		var f knowledge.Figure
		if json.Unmarshal([]byte(str(h.Fields["data"])), &f) != nil {
			continue
		}
		out = append(out, knowledge.FigureHit{Figure: f, Citation: citation(h)})
	}
	return out, int(res.Total), nil
}

// Brief returns all the facts of one article the scope may see.
func (ix *Index) Brief(ctx context.Context, scope, articleID string) (knowledge.Brief, error) {
	info, ok := ix.Article(scope, articleID)
	if !ok {
		return knowledge.Brief{}, fmt.Errorf("article %q: %w", articleID, knowledge.ErrNotFound)
	}
	b := knowledge.Brief{Article: info, Entities: make([]knowledge.Entity, info.Entities), Claims: make([]knowledge.Claim, info.Claims),
		Figures: make([]knowledge.Figure, info.Figures), Disputes: []knowledge.Dispute{}}
	ids := []string{briefID(info.ID)}
	for i := range info.Entities {
		ids = append(ids, factID("e", info.ID, i))
	}
	for i := range info.Claims {
		ids = append(ids, factID("c", info.ID, i))
	}
	for i := range info.Figures {
		ids = append(ids, factID("f", info.ID, i))
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = []string{"data"}
	bi, unlock := ix.reader()
	defer unlock()
	res, err := bi.SearchInContext(ctx, req)
	if err != nil {
		return knowledge.Brief{}, fmt.Errorf("cannot load the facts of %s: %w", articleID, err)
	}
	for _, h := range res.Hits {
		data := []byte(str(h.Fields["data"]))
		kind, rest, _ := strings.Cut(h.ID, ":")
		i := 0
		if at := strings.LastIndexByte(rest, '#'); at >= 0 {
			fmt.Sscan(rest[at+1:], &i)
		}
		switch kind {
		case "b":
			json.Unmarshal(data, &b.Disputes)
		case "e":
			if i < len(b.Entities) {
				json.Unmarshal(data, &b.Entities[i])
			}
		case "c":
			var cd claimDoc
			if i < len(b.Claims) && json.Unmarshal(data, &cd) == nil {
				b.Claims[i] = cd.Claim
			}
		case "f":
			if i < len(b.Figures) {
				json.Unmarshal(data, &b.Figures[i])
			}
		}
	}
	return b, nil
}
