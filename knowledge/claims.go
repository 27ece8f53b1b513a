package knowledge

// extractClaims finds attributed claims and resolves their speakers to entities.
func extractClaims(a *Article, ents []Entity) []Claim { return nil }

// findDisputes groups claims that contradict each other.
func findDisputes(a *Article, claims []Claim) []Dispute { return nil }
