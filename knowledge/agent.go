package knowledge

import (
	"slices"
	"strings"

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
		if t.POS != text.VERB || !isVerb(t.Text) || contradicted(&p, i) {
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
// holds (isVerb tells the verb by a word as written): the verb is negated,
// or the content of a denial ("The army denied reports that its jets had
// bombed the market"). Whoever the sentence names did not do it.
func Contradicts(sentence string, isVerb func(word string) bool) bool {
	if _, err := text.Default(); err != nil {
		return false
	}
	p := text.Read(1, string(KindBody), sentence)
	text.Parse(&p)
	for i := range p.Tokens {
		if t := &p.Tokens[i]; t.POS == text.VERB && isVerb(t.Text) && contradicted(&p, i) {
			return true
		}
	}
	return false
}

// Denies tells whether a sentence denies something: one of its words is a
// cue of denial ("denied", "rejected", "dismissed").
func Denies(sentence string) bool {
	if _, err := text.Default(); err != nil {
		return false
	}
	p := text.Read(1, string(KindBody), sentence)
	text.Tag(&p)
	for i := range p.Tokens {
		if claims.CueStance(strings.ToLower(p.Tokens[i].Lemma)) == "deny" {
			return true
		}
	}
	return false
}

// contradicted tells whether the sentence says the opposite of what verb i
// says: it or a verb it hangs from is negated ("Police did not arrest
// Brown") or denies it ("The army denied reports that its jets had bombed
// the market"): its subject is not who did it.
func contradicted(p *text.Paragraph, i int) bool {
	for j, steps := i, 0; j >= 0 && steps < 8; j, steps = p.Tokens[j].Head, steps+1 {
		if j != i && claims.CueStance(strings.ToLower(p.Tokens[j].Lemma)) == "deny" {
			return true
		}
		for k := range p.Tokens {
			if d := &p.Tokens[k]; d.Head == j && d.Rel.Base() == text.RelAdvmod && (d.Low == "not" || d.Low == "n't" || d.Low == "never") {
				return true
			}
		}
	}
	return false
}
