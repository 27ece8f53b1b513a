package knowledge

import (
	"github.com/briefbot/briefbot/knowledge/claims"
	"github.com/briefbot/briefbot/knowledge/entities"
	"github.com/briefbot/briefbot/knowledge/figures"
)

// Extract finds the facts of an article: its entities, the claims made in it
// with their speakers resolved, its figures, and the disputes between claims.
func Extract(a *Article) Facts {
	f := Facts{}
	f.Entities = entities.Extract(a)
	f.Claims = claims.Extract(a, f.Entities)
	f.Figures = figures.Extract(a, f.Entities, f.Claims)
	f.Disputes = claims.FindDisputes(a, f.Claims)
	if f.Entities == nil {
		f.Entities = []Entity{}
	}
	if f.Claims == nil {
		f.Claims = []Claim{}
	}
	if f.Figures == nil {
		f.Figures = []Figure{}
	}
	if f.Disputes == nil {
		f.Disputes = []Dispute{}
	}
	return f
}
