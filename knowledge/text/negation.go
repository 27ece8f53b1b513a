package text

// Contrary tells whether token i of a parsed paragraph stands in what its
// sentence denies (denied: "The ministry denied that the repairs would
// cost $3bn", "rejected claims that 12 inspectors had resigned") or in
// what it negates (negated: "The city has not paid the 500 contractors").
//
// On the way up the parse from i, a word that denies (denial tells by its
// lemma: "deny", "reject") denies what its clausal complement or its
// object says, when that object is a noun of what is said (content tells
// by its lemma: "claims", "reports"), not its subject nor another object
// ("The keeper denied the striker again 10 minutes later"). A word with a
// negator of its own ("not", "n't", "never"; not "not only", "not just"
// nor "not until": "It was not until 2005 that …" states 2005) negates
// its objects and complements, and i itself; not its subject ("300
// residents did not vote" states the 300) nor its other modifiers ("not
// beaten for nine years"). The way stops at a clause with a subject of its
// own that is only joined to the one above ("The mayor did not attend,
// and 300 residents marched"): a coordinated, adverbial or relative clause
// (unless a noun of what is said heads it, as a parse may read "claims
// that …"), or one set beside it.
func (p *Paragraph) Contrary(i int, denial, content func(lemma string) bool) (denied, negated bool) {
	if i < 0 || i >= len(p.Tokens) {
		return false, false
	}
	s := p.Sentences[p.Tokens[i].Sent]
	via := RelNone // the label of the word below j on the way up
	below := -1
	// modified tells that the way up has passed a modifier of a noun or a
	// verb ("a penny of the £57", "a set in his three matches"): a negated
	// verb above does not negate i, which only says which or where
	modified := false
	for j, steps := i, 0; j >= s.Start && j < s.End && steps < 12; steps++ {
		t := &p.Tokens[j]
		if j != i {
			b := via.Base()
			complement := b == RelCcomp || b == RelXcomp || b == RelObj && content(p.Tokens[below].Lemma)
			if denial(t.Lemma) && complement {
				return true, negated
			}
			if !negated && !modified && (complement || b == RelObj || b == RelIobj) && p.negates(j) {
				negated = true
			}
			if b == RelNmod || b == RelObl {
				modified = true
			}
		} else if p.negates(i) {
			negated = true
		}
		switch t.Rel {
		case RelConj, RelAdvcl, RelAdvclRelcl, RelParataxis:
			if p.hasSubject(j) {
				return false, negated
			}
		case RelACLRelcl:
			if p.hasSubject(j) && !(t.Head >= 0 && content(p.Tokens[t.Head].Lemma)) {
				return false, negated
			}
		}
		via, below, j = t.Rel, j, t.Head
	}
	return false, negated
}

// negates tells whether token j has a negator of its own (see Contrary).
func (p *Paragraph) negates(j int) bool {
	s := p.Sentences[p.Tokens[j].Sent]
	for k := s.Start; k < s.End; k++ {
		d := &p.Tokens[k]
		if d.Head != j || d.Low != "not" && d.Low != "n't" && d.Low != "never" {
			continue
		}
		if next := k + 1; next < s.End {
			switch p.Tokens[next].Low {
			case "only", "just", "merely", "least", "until", "till":
				continue
			}
		}
		return true
	}
	return false
}

// hasSubject tells whether token j has a subject of its own.
func (p *Paragraph) hasSubject(j int) bool {
	s := p.Sentences[p.Tokens[j].Sent]
	for k := s.Start; k < s.End; k++ {
		if d := &p.Tokens[k]; d.Head == j && (d.Rel.Base() == RelNsubj || d.Rel.Base() == RelCsubj) {
			return true
		}
	}
	return false
}
