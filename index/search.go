package index

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/briefbot/briefbot/knowledge"
)

// snippetRunes is the longest snippet cut from a paragraph.
const snippetRunes = 320

// wantsFigures tells whether the candidates of a question are read with
// their figures: only for a question a figure answers.
func (q *question) wantsFigures() bool {
	return q.Kind == knowledge.AskAmount || q.Kind == knowledge.AskTime
}

// Search finds the passages that best answer a question, with the matched
// words marked and a citation each, and the direct answer when the
// passages hold one. When none covers the question well enough, the
// results say so and hold the closest passages.
func (ix *Index) Search(ctx context.Context, kq knowledge.Query) (knowledge.Results, error) {
	out, _, _, err := ix.search(ctx, kq)
	return out, err
}

// search is Search, with the question as read and the ranked passages.
func (ix *Index) search(ctx context.Context, kq knowledge.Query) (knowledge.Results, *question, []*candidate, error) {
	start := time.Now()
	y := yielder{last: start}
	text := strings.TrimSpace(kq.Text)
	if text == "" {
		return knowledge.Results{}, nil, nil, fmt.Errorf("empty question: %w", knowledge.ErrNotFound)
	}
	limit := clamp(kq.Limit, 1, 50, 5)
	offset := max(kq.Offset, 0)
	bi, unlock, err := ix.reader()
	defer unlock()
	if err != nil {
		return knowledge.Results{}, nil, nil, err
	}
	sg, err := openSegments(bi)
	if err != nil {
		return knowledge.Results{}, nil, nil, err
	}
	defer sg.Close()
	sg.postingCache, sg.passageCache = ix.postings, ix.passages
	anName, an := textAnalyzerOf(bi)
	q := prepare(sg, an, anName, knowledge.ReadQuestion(text))
	if len(q.terms) == 0 {
		return knowledge.Results{Unanswered: true, Took: time.Since(start)}, q, nil, nil
	}
	rt, err := newRetriever(sg, "text", q.retrievalTerms(), q.df, ix.otherScopes(kq.Scope))
	if err != nil {
		return knowledge.Results{}, nil, nil, fmt.Errorf("search failed: %w", err)
	}
	// The passages of the articles whose titles best match the question
	// are ranked too, so that a paragraph that answers without naming what
	// its title names ("Shares … closed down 8%" under "AstraZeneca hit by
	// drug failure") is ranked. Titles are indexed once per article, on its
	// facts document. The ranking itself weighs the title as a
	// tie-breaker.
	var titled *titledSet
	if articles, err := ix.headingMatches(ctx, sg, headingAnalyzerOf(bi), q.About, kq.Scope, titledArticles); err == nil && len(articles) > 0 {
		titled, _ = rt.titledSet(articles)
	}
	found, err := rt.run(ctx, max(candidates, 2*(offset+limit)), titled, titledPassages)
	if err != nil {
		return knowledge.Results{}, nil, nil, fmt.Errorf("search failed: %w", err)
	}
	y.maybe() // between the stages as well
	cs, err := loadCandidates(sg, found.top, q.wantsFigures())
	if err != nil {
		return knowledge.Results{}, nil, nil, fmt.Errorf("search failed: %w", err)
	}
	have := make(map[uint64]bool, len(found.top))
	for _, h := range found.top {
		have[h.doc] = true
	}
	if more, err := loadCandidates(sg, slices.DeleteFunc(found.titled, func(h passageHit) bool { return have[h.doc] }), q.wantsFigures()); err == nil {
		cs = append(cs, more...)
	}
	if q.needsEntities() {
		// The entities of the articles whose passages cover most of the
		// question: BM25 puts long passages of other articles first.
		entities := ix.articleEntities(ctx, bi, q.byCoverage(cs))
		if q.Kind == knowledge.AskIdentity {
			// "Who is X": the articles that name X, wherever BM25 put them.
			for article, es := range ix.namedEntities(ctx, bi, q.Subject, kq.Scope) {
				entities[article] = es
			}
		}
		q.readEntities(entities)
	}
	y.maybe()
	q.rank(cs, func(id string) string { return ix.cite(id, 0).Title })
	y.maybe()
	kept := ix.collapse(cs)
	out := knowledge.Results{Total: found.total, Hits: make([]knowledge.Hit, 0, limit)}
	out.Unanswered = !q.answered(kept)
	if !out.Unanswered {
		var at answerSpan
		if out.Answer, at = ix.answer(ctx, bi, q, kept); at.c != nil {
			// The passage the answer comes from shows it, first.
			at.c.show(at.start, at.end)
			if i := slices.Index(kept, at.c); i > 0 {
				copy(kept[1:i+1], kept[:i])
				kept[0] = at.c
			}
		}
	}
	for i := offset; i < len(kept) && i < offset+limit; i++ {
		k := kept[i]
		out.Hits = append(out.Hits, knowledge.Hit{Citation: ix.cite(k.article, k.n), Kind: k.kind, Score: k.score,
			Snippet: k.snippet(snippetRunes), AlsoIn: k.alsoIn})
	}
	out.Took = time.Since(start)
	return out, q, kept, nil
}

// textAnalyzerOf returns the analyser of the text field, as the index was
// made with it.
func textAnalyzerOf(bi bleve.Index) (string, analysis.Analyzer) {
	m := bi.Mapping()
	name := m.AnalyzerNameForPath("text")
	return name, m.AnalyzerNamed(name)
}

// ErrClosed is returned by an index that has been closed.
var ErrClosed = errors.New("index is closed")

// titledArticles is how many articles whose titles best match a question
// have their passages added to the candidates, and titledPassages how many
// passages of theirs at most (see search).
const (
	titledArticles = 5
	titledPassages = 20
)

// headingMatches returns the n articles whose titles best match a text,
// as bleve's match query on the heading field finds them: any of the
// text's words (each as often as the text has it), by BM25.
func (ix *Index) headingMatches(ctx context.Context, sg *segments, an analysis.Analyzer, text, scope string, n int) ([]string, error) {
	if an == nil {
		return nil, nil
	}
	var terms []retrievalTerm
	df := map[string]float64{}
	for _, tok := range an.Analyze([]byte(text)) {
		t := string(tok.Term)
		terms = append(terms, retrievalTerm{t, 1})
		if _, ok := df[t]; !ok {
			c, err := sg.docFreq("heading", t)
			if err != nil {
				return nil, err
			}
			df[t] = float64(c)
		}
	}
	if len(terms) == 0 {
		return nil, nil
	}
	rt, err := newRetriever(sg, "heading", terms, df, ix.otherScopes(scope))
	if err != nil {
		return nil, err
	}
	found, err := rt.run(ctx, n, nil, 0)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, h := range found.top {
		// A title is indexed on its article's facts document, whose id
		// names the article: read without the document's other fields.
		if id, ok, err := sg.docID(h.doc); err != nil {
			return nil, err
		} else if article, facts := strings.CutPrefix(id, factsID("")); ok && facts {
			out = append(out, article)
			continue
		}
		err := sg.visit(h.doc, func(field string, _ byte, value []byte) {
			if field == "article" {
				out = append(out, string(value))
			}
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// headingAnalyzerOf returns the analyser of the heading field.
func headingAnalyzerOf(bi bleve.Index) analysis.Analyzer {
	m := bi.Mapping()
	return m.AnalyzerNamed(m.AnalyzerNameForPath("heading"))
}

// reader returns the live bleve index for reading; call unlock when done.
// A rebuild's swap waits for readers, so the handle stays valid meanwhile.
// Under it, read the manifest with articleLocked, never with Article.
func (ix *Index) reader() (bleve.Index, func(), error) {
	ix.mu.RLock()
	if ix.bi == nil {
		ix.mu.RUnlock()
		return nil, func() {}, ErrClosed
	}
	return ix.bi, ix.mu.RUnlock, nil
}

// scoped restricts q to documents that scope may see: the shared corpus
// and, in a guild, that guild's own articles. It excludes the other guilds'
// scopes by name, which costs little: they are few and their documents rare.
// The caller holds the read lock (see reader).
func (ix *Index) scoped(q query.Query, scope string) query.Query {
	var others []query.Query
	for _, s := range ix.otherScopes(scope) {
		t := bleve.NewTermQuery(s)
		t.SetField("scope")
		others = append(others, t)
	}
	if len(others) == 0 {
		return q
	}
	b := bleve.NewBooleanQuery()
	b.AddMust(q)
	b.AddMustNot(others...)
	return b
}

// otherScopes are the guild scopes that scope may not see. The caller
// holds the read lock.
func (ix *Index) otherScopes(scope string) []string {
	var out []string
	for s := range ix.scopes {
		if s != scope {
			out = append(out, s)
		}
	}
	return out
}

// cite makes the citation of paragraph n of an article from the manifest.
// The caller holds the read lock.
func (ix *Index) cite(article string, n int) knowledge.Citation {
	c := knowledge.Citation{ArticleID: article, Paragraph: n}
	if a, ok := ix.manifest[article]; ok {
		c.Title, c.URL, c.Published = a.Title, a.URL, a.Published
	}
	return c
}

// Passage returns paragraph n of an article with its neighbours, for a scope
// that may see the article.
func (ix *Index) Passage(ctx context.Context, scope, articleID string, n, around int) (knowledge.Passage, error) {
	bi, unlock, err := ix.reader()
	defer unlock()
	if err != nil {
		return knowledge.Passage{}, err
	}
	info, ok := ix.articleLocked(scope, articleID)
	if !ok {
		return knowledge.Passage{}, fmt.Errorf("article %q: %w", articleID, knowledge.ErrNotFound)
	}
	if n < 1 || n > info.Paragraphs {
		return knowledge.Passage{}, fmt.Errorf("article %q has paragraphs 1 to %d, not %d: %w", articleID, info.Paragraphs, n, knowledge.ErrNotFound)
	}
	lo, hi := max(1, n-around), min(info.Paragraphs, n+around)
	paras, err := fetchParagraphs(ctx, bi, info.ID, lo, hi)
	if err != nil {
		return knowledge.Passage{}, err
	}
	p := knowledge.Passage{Citation: knowledge.Citation{ArticleID: info.ID, Title: info.Title, URL: info.URL, Paragraph: n, Published: info.Published}, Paragraphs: info.Paragraphs}
	for _, para := range paras {
		switch {
		case para.N < n:
			p.Before = append(p.Before, para)
		case para.N == n:
			p.Focus = para
		default:
			p.After = append(p.After, para)
		}
	}
	return p, nil
}

// fetchParagraphs loads paragraphs lo..hi of an article from their stored fields.
func fetchParagraphs(ctx context.Context, bi bleve.Index, article string, lo, hi int) ([]knowledge.Paragraph, error) {
	ids := make([]string, 0, hi-lo+1)
	for n := lo; n <= hi; n++ {
		ids = append(ids, passageID(article, n))
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	hits, err := storedByID(bi, ids, "n", "kind", "text", "raw")
	if err != nil {
		return nil, fmt.Errorf("cannot load paragraphs: %w", err)
	}
	out := make([]knowledge.Paragraph, 0, len(hits))
	for _, h := range hits {
		text := str(h.Fields["text"])
		if text == "" {
			text = str(h.Fields["raw"])
		}
		out = append(out, knowledge.Paragraph{N: num(h.Fields["n"]), Kind: knowledge.Kind(str(h.Fields["kind"])), Text: text})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].N < out[j].N })
	return out, nil
}

// loadArticle rebuilds an article from its stored paragraphs.
func loadArticle(bi bleve.Index, info *knowledge.ArticleInfo) (*knowledge.Article, error) {
	paras, err := fetchParagraphs(context.Background(), bi, info.ID, 1, info.Paragraphs)
	if err != nil {
		return nil, err
	}
	return &knowledge.Article{ID: info.ID, Title: info.Title, URL: info.URL, Published: info.Published,
		Scope: info.Scope, Hash: info.Hash, Paragraphs: paras}, nil
}

// clipSnippet cuts text to at most limit runes, keeping the window with the
// most marks, on word boundaries.
func clipSnippet(text string, marks []knowledge.Span, limit int) knowledge.Snippet {
	if utf8.RuneCountInString(text) <= limit {
		return knowledge.Snippet{Text: text, Marks: marks}
	}
	// windowEnd is the byte offset limit runes after from, back to the
	// space before a word it would cut.
	windowEnd := func(from int) int {
		end := from
		for n := 0; n < limit && end < len(text); n++ {
			_, size := utf8.DecodeRuneInString(text[end:])
			end += size
		}
		if end < len(text) {
			if i := strings.LastIndexByte(text[from:end], ' '); i > 0 {
				end = from + i
			}
		}
		return end
	}
	best, bestCount := 0, -1
	starts := []int{0}
	for _, m := range marks {
		starts = append(starts, m.Start)
	}
	for _, s := range starts {
		// Begin a little before the mark, at a word boundary.
		from := max(0, s-60)
		for from > 0 && from < s && !utf8.RuneStart(text[from]) {
			from++
		}
		if from > 0 {
			if i := strings.IndexByte(text[from:s], ' '); i >= 0 {
				from += i + 1
			} else {
				from = s
			}
		}
		end := windowEnd(from)
		count := 0
		for _, m := range marks {
			if m.Start >= from && m.End <= end {
				count++
			}
		}
		if count > bestCount {
			best, bestCount = from, count
		}
	}
	end := windowEnd(best)
	if end == len(text) {
		// The window reaches the paragraph's end: it holds as much of what
		// comes before as it has room for, from a word's start.
		from, n := len(text), 0
		for from > 0 && n < limit {
			_, size := utf8.DecodeLastRuneInString(text[:from])
			from -= size
			n++
		}
		if from > 0 {
			if i := strings.IndexByte(text[from:], ' '); i >= 0 {
				from += i + 1
			}
		}
		best = min(best, from)
	}
	var kept []knowledge.Span
	for _, m := range marks {
		if m.Start >= best && m.End <= end {
			kept = append(kept, knowledge.Span{Start: m.Start - best, End: m.End - best})
		}
	}
	return knowledge.Snippet{Text: text[best:end], Marks: kept, Clipped: true}
}

func str(v any) string {
	switch s := v.(type) {
	case string:
		return s
	case []any:
		if len(s) > 0 {
			return str(s[0])
		}
	}
	return ""
}

func num(v any) int {
	if f, ok := v.(float64); ok {
		return int(f)
	}
	return 0
}

func clamp(v, lo, hi, def int) int {
	if v == 0 {
		return def
	}
	return min(max(v, lo), hi)
}

// sortArticles orders articles newest first, then by title.
func sortArticles(as []knowledge.ArticleInfo) {
	sort.Slice(as, func(i, j int) bool {
		if as[i].Published != as[j].Published {
			return as[i].Published > as[j].Published
		}
		if !as[i].Indexed.Equal(as[j].Indexed) {
			return as[i].Indexed.After(as[j].Indexed)
		}
		return as[i].Title < as[j].Title
	})
}
