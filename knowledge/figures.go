package knowledge

// extractFigures finds the numbers of an article with their qualifiers, what
// they count and who they are attributed to.
func extractFigures(a *Article, ents []Entity, claims []Claim) []Figure { return nil }
