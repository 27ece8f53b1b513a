package index

import (
	"context"
	"strings"

	"github.com/blevesearch/bleve/v2"

	"github.com/briefbot/briefbot/knowledge"
)

// answered tells whether the best passages cover the question well enough
// to answer it.
func (q *question) answered(kept []*candidate) bool {
	if debugRank != nil {
		debugRank(q, kept)
	}
	if len(kept) == 0 {
		return false
	}
	return true
}

// answer finds the direct answer to a question in the best passages.
func (ix *Index) answer(ctx context.Context, bi bleve.Index, q *question, kept []*candidate) *knowledge.Answer {
	if len(kept) == 0 {
		return nil
	}
	return ix.sentenceAnswer(kept[0])
}

// sentenceAnswer is the best sentence of a passage.
func (ix *Index) sentenceAnswer(c *candidate) *knowledge.Answer {
	s := c.sents[c.best]
	text := strings.TrimSpace(c.text[s.Start:s.End])
	return &knowledge.Answer{Text: text, Kind: knowledge.AnswerSentence, Citation: ix.cite(c.article, c.n),
		Context: knowledge.Snippet{Text: text, Marks: []knowledge.Span{{Start: 0, End: len(text)}}}}
}

// maxRoleArticles bounds the articles whose entities are read to find
// the subject of an identity question.
const maxRoleArticles = 20

// subjectEntities finds the entities that the candidates' articles name a
// subject by, and the roles and affiliations each article gives it
// (honorifics such as "Mr" left out). The caller holds the read lock.
func (ix *Index) subjectEntities(ctx context.Context, bi bleve.Index, subject string, cs []*candidate) (map[string][]knowledge.Entity, map[string][]string) {
	key := nameKey(subject)
	if key == "" {
		return nil, nil
	}
	var ids []string
	seen := map[string]bool{}
	for _, c := range cs {
		if !seen[c.article] && len(ids) < maxRoleArticles {
			seen[c.article] = true
			ids = append(ids, factsID(c.article))
		}
	}
	docs, err := ix.factDocs(ctx, bi, bleve.NewDocIDQuery(ids), len(ids))
	if err != nil {
		return nil, nil
	}
	people, roles := map[string][]knowledge.Entity{}, map[string][]string{}
	for _, d := range docs {
		for _, e := range d.facts.Entities {
			if !entityMatches(e, key) {
				continue
			}
			people[d.article] = append(people[d.article], e)
			for _, r := range append(append([]string{}, e.Roles...), e.Affiliations...) {
				if r != "" && !knowledge.IsHonorific(r) {
					roles[d.article] = append(roles[d.article], r)
				}
			}
		}
	}
	return people, roles
}

// debugRank, when set, is shown the ranked candidates of each question.
var debugRank func(q *question, kept []*candidate)
