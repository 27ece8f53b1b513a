package index

import (
	"context"
	"math"
	"path/filepath"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/briefbot/briefbot/knowledge"
)

// retrieveArticles are written for the test: words shared between them,
// words repeated within a paragraph, paragraphs of different lengths, and
// words that stand for each other (harbour, port), so that BM25, the
// query weights and the share of the words held all count.
var retrieveArticles = map[string]string{
	"harbour.txt": "Harbour reopens after storm\n\nThe harbour reopened on Monday after the storm closed it for a week.\n\nShips queued outside the port while divers checked the harbour wall, the harbour master said.",
	"ferry.txt":   "Ferry fares rise\n\nFerry fares will rise by 4% in spring, the operator said.\n\nThe port authority said the rise would pay for a new ferry terminal and a longer harbour wall.",
	"storm.txt":   "Storm damage counted\n\nThe storm damaged roofs, boats and a bridge.\n\nInsurers said the storm would cost them more than any storm in a decade. Storm storm storm.",
	"budget.txt":  "Council budget\n\nThe council set its budget for the year, with more for roads and less for parks.\n\nHarbour dues will pay for the new wall.",
	"fish.txt":    "Fish prices\n\nFish prices fell at the port market as boats returned after the storm.\n\nTraders said prices would recover once the harbour was busy again.",
	"rail.txt":    "Rail strike called off\n\nThe rail union called off its strike after talks through the night.\n\nTrains will run as normal on Friday.",
}

// guildArticles are visible only in their guild.
var guildArticles = map[string]map[string]string{
	"g1": {"g1-notes.txt": "Harbour notes\n\nOur harbour group met on Monday about the storm and the port."},
	"g2": {"g2-notes.txt": "Storm notes\n\nThe storm hit the harbour town hard; the port was shut."},
}

var guildTitles = map[string]string{"g1": "Harbour notes", "g2": "Storm notes"}

func retrieveIndex(t *testing.T) *Index {
	t.Helper()
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	add := func(id, text, scope string) {
		a := article(t, id, text)
		a.Scope = scope
		if _, err := ix.addFacts(a, knowledge.Facts{Entities: []knowledge.Entity{}}); err != nil {
			t.Fatal(err)
		}
	}
	for id, text := range retrieveArticles {
		add(id, text, knowledge.SharedScope)
	}
	for scope, as := range guildArticles {
		ix.scopes[scope] = true
		for id, text := range as {
			add(id, text, scope)
		}
	}
	return ix
}

// The retriever finds and scores the candidates as bleve's own searchers
// do over the same words: the same passages in the same order, the same
// scores, the same number of passages matched, in the shared scope and
// in a guild's; and the passages of titled articles as bleve's
// conjunction of the words and the articles scores them.
func TestRetrieverScoresAsBleve(t *testing.T) {
	ix := retrieveIndex(t)
	ctx := context.Background()
	questions := []string{
		"when did the harbour reopen after the storm",
		"ferry fares",
		"what will pay for the harbour wall",
		"storm damage insurers",
		"fish prices at the port",
		"rail strike",
		"harbour",
		"zebra harbour", // a word no passage holds still counts in the share
	}
	compared, comparedTitled := 0, 0
	for _, scope := range []string{knowledge.SharedScope, "g1"} {
		for _, text := range questions {
			bi, unlock, err := ix.reader()
			if err != nil {
				t.Fatal(err)
			}
			r, err := snapshot(bi)
			if err != nil {
				t.Fatal(err)
			}
			an := bi.Mapping().AnalyzerNamed(bi.Mapping().AnalyzerNameForPath("text"))
			q := prepare(ctx, r, an, bi.Mapping().AnalyzerNameForPath("text"), knowledge.ReadQuestion(text))
			terms := q.retrievalTerms()
			var words []query.Query
			for _, term := range terms {
				tq := bleve.NewTermQuery(term.term)
				tq.SetField("text")
				tq.SetBoost(term.boost)
				words = append(words, tq)
			}
			rt, err := newRetriever(ctx, r, terms, q.df, q.docs, ix.otherScopes(scope))
			if err != nil {
				t.Fatal(err)
			}
			sc, err := rt.run(ctx)
			if err != nil {
				t.Fatal(err)
			}
			want, err := bi.Search(bleve.NewSearchRequestOptions(ix.scoped(bleve.NewDisjunctionQuery(words...), scope), 50, 0, false))
			if err != nil {
				t.Fatal(err)
			}
			got := sc.top(50)
			sameHits(t, scope+": "+text, r, got, want)
			compared += len(got)
			if sc.total() != int(want.Total) {
				t.Errorf("%s: %q: total %d, bleve %d", scope, text, sc.total(), want.Total)
			}

			// Four articles, two of them guilds': a scope sees its own only.
			var titled []string
			for _, g := range []string{"g1", "g2"} {
				for _, a := range ix.articlesLocked(g) {
					switch a.Title {
					case "Harbour reopens after storm", "Storm damage counted", guildTitles[g]:
						if !slices.Contains(titled, a.ID) {
							titled = append(titled, a.ID)
						}
					}
				}
			}
			slices.Sort(titled)
			var in []query.Query
			for _, a := range titled {
				tq := bleve.NewTermQuery(a)
				tq.SetField("article")
				in = append(in, tq)
			}
			articles := bleve.NewDisjunctionQuery(in...)
			articles.SetBoost(0)
			both := bleve.NewConjunctionQuery(bleve.NewDisjunctionQuery(words...), articles)
			want, err = bi.Search(bleve.NewSearchRequestOptions(ix.scoped(both, scope), 4, 0, false))
			if err != nil {
				t.Fatal(err)
			}
			got, err = sc.titled(ctx, titled, 4)
			if err != nil {
				t.Fatal(err)
			}
			sameHits(t, scope+": titled: "+text, r, got, want)
			comparedTitled += len(got)
			sc.release()
			r.Close()
			unlock()
		}
	}
	if compared < 40 || comparedTitled < 20 {
		t.Errorf("compared %d hits and %d titled: too few for the test to mean anything", compared, comparedTitled)
	}
}

func sameHits(t *testing.T, what string, r bindex.IndexReader, got []passageHit, want *bleve.SearchResult) {
	t.Helper()
	if len(got) != len(want.Hits) {
		t.Errorf("%s: %d hits, bleve %d", what, len(got), len(want.Hits))
		return
	}
	for i, h := range got {
		id, err := r.ExternalID(bindex.NewIndexInternalID(nil, h.doc))
		if err != nil {
			t.Fatal(err)
		}
		w := want.Hits[i]
		if id != w.ID || math.Abs(h.score-w.Score) > 1e-9*w.Score {
			t.Errorf("%s: hit %d is %s (%.12f), bleve's %s (%.12f)", what, i, id, h.score, w.ID, w.Score)
		}
	}
}
