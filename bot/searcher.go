package bot

import (
	"context"

	"github.com/briefbot/briefbot/knowledge"
)

// Searcher is what the commands need from the index.
type Searcher interface {
	Search(ctx context.Context, q knowledge.Query) (knowledge.Results, error)
	Passage(ctx context.Context, scope, articleID string, n, around int) (knowledge.Passage, error)
	Status(scope string) knowledge.Status
	Articles(scope string) []knowledge.ArticleInfo
}
