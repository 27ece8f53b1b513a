package claims

// LoadLexicon reads the claim and dispute tables, so that a benchmark can
// start its timer after.
func LoadLexicon() {
	claimLexicon()
	disputeWords()
}
