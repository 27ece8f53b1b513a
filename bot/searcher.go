package bot

import (
	"context"

	"github.com/briefbot/briefbot/knowledge"
)

// Searcher is what the commands need from the index. Scope is the guild
// asking ("" outside a guild): answers come from the shared corpus and that
// guild's own articles only.
type Searcher interface {
	Search(ctx context.Context, q knowledge.Query) (knowledge.Results, error)
	Passage(ctx context.Context, scope, articleID string, n, around int) (knowledge.Passage, error)
	Status(scope string) knowledge.Status
	Articles(scope string) []knowledge.ArticleInfo
	Who(ctx context.Context, scope, name string) (knowledge.Who, error)
	Prominent(ctx context.Context, scope string, articles, limit int) ([]knowledge.Profile, error)
	Claims(ctx context.Context, scope, speaker, topic, stance string, limit int) ([]knowledge.ClaimHit, int, error)
	Figures(ctx context.Context, scope, topic string, limit int) ([]knowledge.FigureHit, int, error)
	Brief(ctx context.Context, scope, articleID string) (knowledge.Brief, error)
}
