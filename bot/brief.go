package bot

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/knowledge"
)

// What a brief shows without more:true: enough to fit on one page.
const (
	briefPeople   = 8
	briefDisputes = 2
	briefClaims   = 5
	briefFigures  = 5
	// briefPerSpeaker keeps one voice from filling the top claims.
	briefPerSpeaker = 2
	// briefLine is the longest claim or figure line, in characters.
	briefLine = 170
)

func (b *Bot) briefCommand() *Command {
	return &Command{
		Name:        "brief",
		Description: "One article at a glance: its people, top claims, figures and disputes",
		Example:     "/brief cholera",
		Options: []Option{
			{Name: "article", Description: "The article: its id or title, as cited", Type: String, Required: true, Complete: CompleteArticle},
			{Name: "more", Description: "Every claim and figure of the article, page by page", Type: Boolean},
		},
		Handle: b.brief,
	}
}

func (b *Bot) brief(ctx context.Context, req *Request) (*Response, error) {
	art, err := b.findArticle(req.Scope(), req.Str("article"))
	if err != nil {
		return nil, err
	}
	br, err := b.search.Brief(ctx, req.Scope(), art.ID)
	if err != nil {
		return nil, err
	}
	var figures []knowledge.Figure
	for _, f := range br.Figures {
		if f.Quantity() {
			figures = append(figures, f)
		}
	}
	people := briefEntities(br.Entities)
	resp := &Response{Title: art.Title, Summary: fmt.Sprintf("%s · %s · %s · %s", plural(art.Paragraphs, "paragraph", "paragraphs"),
		plural(len(people), "person or organisation", "people and organisations"), plural(len(br.Claims), "claim", "claims"), plural(len(figures), "figure", "figures"))}
	if art.Published != "" {
		resp.Summary = "Published " + art.Published + " · " + resp.Summary
	}
	if req.Options["more"].Bool {
		briefInFull(resp, art, br, people, figures)
		return resp, nil
	}

	cite := articleCitation(art)
	if len(people) > 0 {
		lines := people[:min(len(people), briefPeople)]
		body := strings.Join(lines, "\n")
		if len([]rune(body)) > briefPeople*briefLine*3/4 { // long roles: names only
			lines = briefNames(br.Entities)[:len(lines)]
			body = strings.Join(lines, "\n")
		}
		if n := len(people) - len(lines); n > 0 {
			body += fmt.Sprintf("\n… and %d more", n)
		}
		resp.Items = append(resp.Items, Item{Heading: "People and organisations", Body: body, Citation: cite(firstMention(br.Entities))})
	}
	for _, d := range br.Disputes[:min(len(br.Disputes), briefDisputes)] {
		resp.Items = append(resp.Items, disputeItem(br, d, cite))
	}
	if top := topClaims(br.Claims); len(top) > 0 {
		var lines []string
		for _, c := range top {
			lines = append(lines, fmt.Sprintf("¶%d ", c.Paragraph)+claimLineClipped(c, briefLine))
		}
		resp.Items = append(resp.Items, Item{Heading: fmt.Sprintf("Top claims (%d of %d)", len(top), len(br.Claims)), Body: strings.Join(lines, "\n"), Citation: cite(top[0].Paragraph), Data: top})
	}
	if top := topFigures(figures); len(top) > 0 {
		var lines []string
		for _, f := range top {
			line := "**" + Escape(clipRunes(figureHeading(f), briefLine/2)) + "**"
			if f.Source != "" {
				line += " · according to " + Escape(clipRunes(f.Source, briefLine/2))
			}
			lines = append(lines, fmt.Sprintf("¶%d ", f.Paragraph)+line)
		}
		resp.Items = append(resp.Items, Item{Heading: fmt.Sprintf("Key figures (%d of %d)", len(top), len(figures)), Body: strings.Join(lines, "\n"), Citation: cite(top[0].Paragraph), Data: top})
	}
	if len(resp.Items) == 0 {
		resp.Items = append(resp.Items, Item{Body: "Nothing was extracted from this article.", Citation: cite(1)})
	}
	if len(br.Claims) > briefClaims || len(figures) > briefFigures || len(people) > briefPeople || len(br.Disputes) > briefDisputes {
		resp.Footer = "/brief more:true shows every claim and figure"
	}
	return resp, nil
}

// briefInFull lists everything extracted from the article, one item each.
func briefInFull(resp *Response, art knowledge.ArticleInfo, br knowledge.Brief, people []string, figures []knowledge.Figure) {
	cite := articleCitation(art)
	if len(people) > 0 {
		resp.Items = append(resp.Items, Item{Heading: "People and organisations", Body: strings.Join(people, "\n"), Citation: cite(firstMention(br.Entities))})
	}
	for _, d := range br.Disputes {
		resp.Items = append(resp.Items, disputeItem(br, d, cite))
	}
	for _, c := range br.Claims {
		resp.Items = append(resp.Items, Item{Heading: fmt.Sprintf("¶%d %s", c.Paragraph, claimHeading(c)), Body: claimContent(c), Citation: cite(c.Paragraph), Data: c})
	}
	for _, f := range figures {
		resp.Items = append(resp.Items, Item{Heading: fmt.Sprintf("¶%d %s", f.Paragraph, figureHeading(f)), Body: figureLine(f), Citation: cite(f.Paragraph), Data: f})
	}
	if len(resp.Items) == 0 {
		resp.Items = append(resp.Items, Item{Body: "Nothing was extracted from this article.", Citation: cite(1)})
	}
}

// articleCitation returns a function citing a paragraph of art.
func articleCitation(art knowledge.ArticleInfo) func(int) *knowledge.Citation {
	return func(n int) *knowledge.Citation {
		return &knowledge.Citation{ArticleID: art.ID, Title: art.Title, URL: art.URL, Paragraph: n, Published: art.Published}
	}
}

func disputeItem(br knowledge.Brief, d knowledge.Dispute, cite func(int) *knowledge.Citation) Item {
	var sides []string
	first := 0
	for _, i := range d.Claims {
		if i >= 0 && i < len(br.Claims) {
			sides = append(sides, claimLineClipped(br.Claims[i], 300)+" ¶"+fmt.Sprint(br.Claims[i].Paragraph))
			if first == 0 {
				first = br.Claims[i].Paragraph
			}
		}
	}
	return Item{Heading: disputeHeading(d.About), Body: "⚖ " + strings.Join(sides, "\n⚖ "), Citation: cite(max(first, 1)), Data: d}
}

// briefEntities renders the people and organisations of an article, the
// most mentioned first.
func briefEntities(ents []knowledge.Entity) []string {
	var keep []knowledge.Entity
	for _, e := range ents {
		if e.Type == knowledge.EntityPerson || e.Type == knowledge.EntityOrganization {
			keep = append(keep, e)
		}
	}
	slices.SortStableFunc(keep, func(a, b knowledge.Entity) int { return cmp.Compare(len(b.Mentions), len(a.Mentions)) })
	var lines []string
	for _, e := range keep {
		line := "**" + Escape(e.Name) + "**"
		if len(e.Roles) > 0 {
			line += ", " + Escape(strings.Join(e.Roles, ", "))
		}
		// an affiliation the role names already is not said twice:
		// "director of the SIWRR", not "director of the SIWRR (SIWRR)"
		roles := " " + strings.Join(strings.FieldsFunc(strings.ToLower(strings.Join(e.Roles, " ")), notWordRune), " ") + " "
		var affs []string
		for _, a := range e.Affiliations {
			if words := strings.FieldsFunc(strings.ToLower(a), notWordRune); len(words) == 0 || !strings.Contains(roles, " "+strings.Join(words, " ")+" ") {
				affs = append(affs, a)
			}
		}
		if len(affs) > 0 {
			line += " (" + Escape(strings.Join(affs, ", ")) + ")"
		}
		lines = append(lines, line)
	}
	return lines
}

// briefNames is briefEntities without roles and affiliations.
func briefNames(ents []knowledge.Entity) []string {
	var bare []knowledge.Entity
	for _, e := range ents {
		bare = append(bare, knowledge.Entity{Name: clipRunes(e.Name, briefLine/2), Type: e.Type, Mentions: e.Mentions})
	}
	return briefEntities(bare)
}

// firstMention is the paragraph where the first person or organisation is
// named, or 1.
func firstMention(ents []knowledge.Entity) int {
	first := 0
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m.Paragraph > 0 && (first == 0 || m.Paragraph < first) {
				first = m.Paragraph
			}
		}
	}
	return max(first, 1)
}

// topClaims picks the claims a brief shows: news puts what matters first,
// so the earliest, by named speakers before unnamed ones, at most
// briefPerSpeaker from one speaker; in the article's order.
func topClaims(claims []knowledge.Claim) []knowledge.Claim {
	var top []knowledge.Claim
	per := map[string]int{}
	taken := map[int]bool{}
	for _, named := range []bool{true, false} {
		for k, c := range claims {
			speaker := strings.ToLower(c.Speaker)
			if len(top) == briefClaims || taken[k] || (c.SpeakerID != "") != named || per[speaker] >= briefPerSpeaker {
				continue
			}
			taken[k] = true
			per[speaker]++
			top = append(top, c)
		}
	}
	slices.SortStableFunc(top, func(a, b knowledge.Claim) int { return cmp.Compare(a.Paragraph, b.Paragraph) })
	return top
}

// topFigures picks the figures a brief shows: the weightiest (see
// figureWeight), the earliest among equals, one of each text, none the
// article does not state as so; in the article's order.
func topFigures(figures []knowledge.Figure) []knowledge.Figure {
	var cands []knowledge.Figure
	seen := map[string]bool{}
	for _, f := range figures {
		key := strings.ToLower(f.Text)
		if seen[key] || !f.Quantity() || f.NotStated {
			continue
		}
		seen[key] = true
		cands = append(cands, f)
	}
	// The weightiest first, in reading order among equals.
	slices.SortStableFunc(cands, func(a, b knowledge.Figure) int { return cmp.Compare(figureWeight(b), figureWeight(a)) })
	top := cands[:min(len(cands), briefFigures)]
	slices.SortStableFunc(top, func(a, b knowledge.Figure) int {
		return cmp.Or(cmp.Compare(a.Paragraph, b.Paragraph), cmp.Compare(a.Start, b.Start))
	})
	return top
}

// figureWeight says how much a figure tells a reader of a brief: what it
// counts, who gives it, money and shares over small counts ("two sides")
// and spans of time ("72-hour", "two days").
func figureWeight(f knowledge.Figure) int {
	w := 0
	if f.Counted != "" {
		w += 2
	}
	if f.Source != "" {
		w++
	}
	switch {
	case f.Kind == knowledge.FigureMoney || f.Kind == knowledge.FigurePercent:
		w += 2
	case knowledge.TimeUnit(f.Unit):
		w--
	case f.Kind == knowledge.FigureMeasure || f.Value != nil && *f.Value >= 10 || f.Max != nil && *f.Max >= 10:
		w++
	}
	return w
}

// notWordRune tells the runes that are neither letters nor digits.
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// claimLineClipped is claimLine with the claim's content clipped so that
// the line stays near limit characters.
func claimLineClipped(c knowledge.Claim, limit int) string {
	room := limit - len([]rune(c.Speaker)) - len([]rune(c.Cue)) - 8
	c.Content = clipRunes(c.Content, max(room, 40))
	return claimLine(c)
}
