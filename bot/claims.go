package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/knowledge"
)

func (b *Bot) claimsCommand() *Command {
	return &Command{
		Name:        "claims",
		Description: "Who said, claimed, denied or accused what, with conflicting accounts side by side",
		Example:     "/claims topic:helicopter",
		Options: []Option{
			{Name: "speaker", Description: "Who made the claims", Type: String, Complete: CompleteSpeaker, MaxLength: 100},
			{Name: "topic", Description: "What the claims are about", Type: String, MaxLength: 200},
			{Name: "kind", Description: "Only one kind: denials, accusations, warnings, …", Type: String, Choices: claimKinds},
		},
		Handle: b.claims,
	}
}

// claimKinds are the kinds of claims /claims can list alone: a choice's
// value is the stance of extraction.
var claimKinds = []Choice{
	{Name: "statements", Value: "assert"}, {Name: "denials", Value: "deny"}, {Name: "accusations", Value: "accuse"},
	{Name: "promises", Value: "vow"}, {Name: "warnings", Value: "warn"}, {Name: "admissions", Value: "concede"},
	{Name: "findings and reports", Value: "report"}, {Name: "hopes and wishes", Value: "hope"},
}

// kindName is the name of the kind of claims of a stance.
func kindName(stance string) string {
	for _, k := range claimKinds {
		if k.Value == stance {
			return k.Name
		}
	}
	return stance
}

// Bounds on a /claims answer: claims shown one by one, other people whose
// names match, and claims listed for each of them.
const (
	maxClaimItems  = 10
	maxOtherPeople = 5
	maxOtherClaims = 3
)

func (b *Bot) claims(ctx context.Context, req *Request) (*Response, error) {
	speaker, topic, stance := req.Str("speaker"), req.Str("topic"), req.Str("kind")
	hits, total, err := b.search.Claims(ctx, req.Scope(), speaker, topic, stance, 40)
	if err != nil {
		return nil, err
	}
	if len(hits) == 0 {
		if stance != "" {
			what := "No " + kindName(stance)
			if speaker != "" {
				what += " by “" + clipRunes(speaker, 60) + "”"
			}
			if topic != "" {
				what += " about “" + clipRunes(topic, 60) + "”"
			}
			return nil, Errorf("%s in the briefings.", what)
		}
		switch {
		case speaker != "" && topic != "":
			return nil, Errorf("No claims by “%s” about “%s”.", clipRunes(speaker, 60), clipRunes(topic, 60))
		case speaker != "":
			return nil, Errorf("No claims by “%s”. /who %s shows whether briefbot knows the name.", clipRunes(speaker, 60), clipRunes(speaker, 60))
		case topic != "":
			return nil, Errorf("No claims about “%s”.", clipRunes(topic, 60))
		}
		return nil, Errorf("No claims are indexed yet.")
	}
	title := "Claims"
	if stance != "" {
		title = strings.ToUpper(kindName(stance)[:1]) + kindName(stance)[1:]
	}
	if speaker != "" {
		title += " by " + speaker
	}
	if topic != "" {
		title += " about " + topic
	}
	// The claims of the speaker named exactly (all of them when nobody
	// is), one by one; other people whose names match, grouped.
	var own []knowledge.ClaimHit
	var others [][]knowledge.ClaimHit
	for _, h := range hits {
		if speaker == "" || h.Exact || !anyExact(hits) {
			own = append(own, h)
			continue
		}
		if n := len(others); n > 0 && strings.EqualFold(others[n-1][0].Claim.Speaker, h.Claim.Speaker) {
			others[n-1] = append(others[n-1], h)
		} else {
			others = append(others, []knowledge.ClaimHit{h})
		}
	}
	if len(own) > maxClaimItems {
		own = own[:maxClaimItems]
	}
	order := "newest article first"
	if topic != "" || !anyDated(own) {
		order = "most relevant article first"
	}
	resp := &Response{Title: clipRunes(title, 250), Summary: fmt.Sprintf("%d of %d, %s:", len(own), total, order)}
	disputed := map[string]bool{}
	for _, h := range own {
		c := h.Citation
		resp.Items = append(resp.Items, Item{Heading: claimHeading(h.Claim), Body: claimContent(h.Claim), Citation: &c, Data: h})
		for _, d := range h.Disputes {
			if topic == "" && speaker == "" || disputed[d.About] {
				continue
			}
			disputed[d.About] = true
			var sides []string
			sides = append(sides, claimLine(h.Claim))
			for _, o := range d.Others {
				sides = append(sides, claimLine(o))
			}
			resp.Items = append(resp.Items, Item{Heading: disputeHeading(d.About), Body: "⚖ " + strings.Join(sides, "\n⚖ "), Citation: &c, Data: d})
		}
	}
	for i, group := range others {
		if i == maxOtherPeople {
			break
		}
		var lines []string
		for _, h := range group[:min(len(group), maxOtherClaims)] {
			lines = append(lines, fmt.Sprintf("%s %s — %s", Escape(cueShown(h.Claim.Cue)), claimContent(h.Claim), Cite(h.Citation)))
		}
		c := group[0].Citation
		resp.Items = append(resp.Items, Item{Heading: fmt.Sprintf("%s · %s", group[0].Claim.Speaker, plural(len(group), "claim", "claims")),
			Body: strings.Join(lines, "\n"), Citation: &c, Data: group})
	}
	if len(others) > 0 {
		resp.Footer = fmt.Sprintf("Other people whose names hold “%s” follow, grouped. /claims with the full name shows one of them.", clipRunes(speaker, 60))
	}
	return resp, nil
}

// anyExact tells whether some claim is by the speaker named exactly.
func anyExact(hits []knowledge.ClaimHit) bool {
	for _, h := range hits {
		if h.Exact {
			return true
		}
	}
	return false
}

// anyDated tells whether some claim comes from an article with a date.
func anyDated(hits []knowledge.ClaimHit) bool {
	for _, h := range hits {
		if h.Citation.Published != "" {
			return true
		}
	}
	return false
}

// claimHeading names who made a claim and how: "Anna Berg denied",
// "According to the ministry".
func claimHeading(c knowledge.Claim) string {
	if strings.EqualFold(c.Cue, "according to") {
		return "According to " + c.Speaker
	}
	return c.Speaker + " " + cueShown(c.Cue)
}

// claimLine renders a claim: the speaker, the cue and the claim.
func claimLine(c knowledge.Claim) string {
	if strings.EqualFold(c.Cue, "according to") {
		return fmt.Sprintf("according to **%s**: %s", Escape(c.Speaker), claimContent(c))
	}
	return fmt.Sprintf("**%s** %s: %s", Escape(c.Speaker), Escape(cueShown(c.Cue)), claimContent(c))
}

// claimContent renders what was claimed, in quote marks when it was quoted.
func claimContent(c knowledge.Claim) string {
	content := Escape(clipRunes(c.Content, 400))
	// A quotation in quote marks, unless it carries its own (a partial quote).
	if c.Quoted && !strings.ContainsAny(c.Content, "\"“”") {
		content = "“" + content + "”"
	}
	return content
}

// disputeHeading heads a dispute: "Disputed: " and what it is about.
func disputeHeading(about string) string {
	about = strings.TrimSpace(about)
	if len(about) >= len("disputed:") && strings.EqualFold(about[:len("disputed:")], "disputed:") {
		about = strings.TrimSpace(about[len("disputed:"):])
	}
	return "Disputed: " + about
}

// irregularPast holds the past tense of the speech verbs whose -ing form
// the regular rule of cueShown gets wrong.
var irregularPast = map[string]string{
	"saying": "said", "telling": "told", "writing": "wrote", "speaking": "spoke",
	"thinking": "thought", "giving": "gave", "taking": "took", "making": "made",
	"swearing": "swore", "foreseeing": "foresaw", "agreeing": "agreed",
	"seeing": "saw", "hearing": "heard", "meaning": "meant", "putting": "put",
}

// cueShown is a claim's cue as a heading shows it: the article's own verb,
// but in the past tense when the article has it as a participle ("…,
// countering that" is shown as "countered"), so that "X countering: …" reads
// as a sentence. Other cues ("said", "denies", "according to") are kept.
func cueShown(cue string) string {
	verb, rest, _ := strings.Cut(cue, " ")
	if rest != "" {
		if strings.EqualFold(verb, "according") {
			return cue
		}
		return cueShown(verb) + " " + rest // calling for: called for
	}
	if len(cue) < 6 || !strings.HasSuffix(cue, "ing") || strings.HasSuffix(cue, "thing") {
		return cue
	}
	lower := strings.ToLower(cue)
	if past, ok := irregularPast[lower]; ok {
		return past
	}
	stem := lower[:len(lower)-3]
	if n := len(stem); n >= 2 && stem[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(stem[n-2])) {
		return stem[:n-1] + "ied" // denying: denied, replying: replied
	}
	return stem + "ed" // warning: warned, accusing: accused, admitting: admitted
}
