package knowledge

// extractEntities finds the people, organisations, places and groups of an article.
func extractEntities(a *Article) []Entity { return nil }
