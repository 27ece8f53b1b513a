package knowledge

import (
	"slices"

	"github.com/briefbot/briefbot/knowledge/claims"
	"github.com/briefbot/briefbot/knowledge/text"
)

// Agent finds, by its parse, who does in a sentence what a verb says: the
// verb's subject in the active voice ("Police apprehended Brown at his
// hotel"), or its agent in the passive ("Brown was arrested by police").
// isVerb tells the verb asked about by a word as written. It returns the
// byte span of that phrase in the sentence, or ok false when the sentence
// does not say (no such verb, a passive without an agent, or a pronoun).
func Agent(sentence string, isVerb func(word string) bool) (start, end int, ok bool) {
	if _, err := text.Default(); err != nil {
		return 0, 0, false
	}
	p := text.Read(1, string(KindBody), sentence)
	text.Parse(&p)
	for i := range p.Tokens {
		t := &p.Tokens[i]
		if t.POS != text.VERB || !isVerb(t.Text) {
			continue
		}
		if denied, negated := p.Contrary(i, claims.Denial, claims.ContentNoun); denied || negated {
			continue
		}
		// A verb that shares the subject of the one it is coordinated with
		// ("Police took statements and apprehended Brown").
		heads := []int{i}
		if t.Rel == text.RelConj && t.Head >= 0 && p.Child(i, text.RelNsubj) < 0 {
			heads = append(heads, t.Head)
		}
		for k := range p.Tokens {
			d := &p.Tokens[k]
			if !slices.Contains(heads, d.Head) || d.Rel != text.RelNsubj && !(d.Rel == text.RelOblAgent && d.Head == i) {
				continue
			}
			if d.POS == text.PRON {
				continue
			}
			a, b := p.Subtree(k)
			for a < b && (p.Tokens[a].Low == "by" || p.Tokens[a].POS == text.ADP) {
				a++
			}
			if a < b {
				return p.Tokens[a].Start, p.Tokens[b-1].End, true
			}
		}
	}
	return 0, 0, false
}

// Contradicts tells whether a sentence says the opposite of a verb it
// holds (isVerb tells the verb by a word as written; nil for none): the verb
// is negated, or the content of a denial ("The army denied reports that
// its jets had bombed the market"), so whoever the sentence names did not
// do it; or, when anyDenial is set, whether it denies anything at all
// ("denied", "rejected": it names who denied, not who said). The sentence
// is read once for both.
func Contradicts(sentence string, isVerb func(word string) bool, anyDenial bool) bool {
	if isVerb == nil && !anyDenial {
		return false
	}
	if _, err := text.Default(); err != nil {
		return false
	}
	p := text.Read(1, string(KindBody), sentence)
	if isVerb != nil {
		text.Parse(&p)
	} else {
		text.Tag(&p)
	}
	for i := range p.Tokens {
		t := &p.Tokens[i]
		if anyDenial && claims.Denial(t.Lemma) {
			return true
		}
		if isVerb != nil && t.POS == text.VERB && isVerb(t.Text) {
			if denied, negated := p.Contrary(i, claims.Denial, claims.ContentNoun); denied || negated {
				return true
			}
		}
	}
	return false
}
