package knowledge

// findDisputes groups claims that contradict each other.
func findDisputes(a *Article, claims []Claim) []Dispute { return nil }
