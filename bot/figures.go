package bot

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/knowledge"
)

func (b *Bot) figuresCommand() *Command {
	return &Command{
		Name:        "figures",
		Description: "The numbers in the briefings: value, what is counted, who says so, with citations",
		Example:     "/figures gas storage",
		Options: []Option{
			{Name: "topic", Description: "What the figures are about", Type: String, MaxLength: 200},
		},
		Handle: b.figures,
	}
}

func (b *Bot) figures(ctx context.Context, req *Request) (*Response, error) {
	topic := req.Str("topic")
	hits, total, err := b.search.Figures(ctx, req.Scope(), topic, 20)
	if err != nil {
		return nil, err
	}
	if len(hits) == 0 {
		if topic != "" {
			return nil, Errorf("No figures about “%s”.", clipRunes(topic, 80))
		}
		return nil, Errorf("No figures are indexed yet.")
	}
	// Figures for the same thing stand together, so that different sources'
	// numbers can be compared; groups with more figures come first.
	groups := map[string][]knowledge.FigureHit{}
	var order []string
	for _, h := range hits {
		k := strings.ToLower(strings.TrimSpace(h.Figure.Counted))
		if k == "" {
			k = h.Figure.Kind + ":" + h.Figure.Unit
		}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], h)
	}
	// The things counted in the best matching paragraphs first, ordinals
	// (first, third) last; within one thing, the largest figure first.
	ordinal := func(k string) bool { return groups[k][0].Figure.Kind == knowledge.FigureOrdinal }
	sort.SliceStable(order, func(i, j int) bool { return !ordinal(order[i]) && ordinal(order[j]) })
	for _, k := range order {
		g := groups[k]
		sort.SliceStable(g, func(i, j int) bool { return magnitude(g[i].Figure) > magnitude(g[j].Figure) })
	}
	title := "Figures"
	if topic != "" {
		title += " about " + topic
	}
	resp := &Response{Title: clipRunes(title, 250), Summary: fmt.Sprintf("%d of %d figures:", len(hits), total)}
	for _, k := range order {
		for _, h := range groups[k] {
			c := h.Citation
			resp.Items = append(resp.Items, Item{Heading: figureHeading(h.Figure), Body: figureLine(h.Figure), Citation: &c, Data: h})
		}
	}
	return resp, nil
}

func figureHeading(f knowledge.Figure) string {
	h := f.Text
	if f.Counted != "" && !strings.Contains(strings.ToLower(f.Text), strings.ToLower(f.Counted)) {
		h += " (" + f.Counted + ")"
	}
	return h
}

// figureLine renders a figure's value, qualifier, kind and source.
func figureLine(f knowledge.Figure) string {
	var parts []string
	v := ""
	switch {
	case f.Min != nil && f.Max != nil:
		v = number(*f.Min) + "–" + number(*f.Max)
	case f.Value != nil:
		v = number(*f.Value)
	case f.Min != nil:
		v = "at least " + number(*f.Min)
	case f.Max != nil:
		v = "up to " + number(*f.Max)
	}
	if v != "" {
		if f.Qualifier != "" && !(f.Min != nil && f.Max != nil) {
			v = f.Qualifier + " " + v
		}
		if f.Unit != "" {
			v += " " + f.Unit
		}
		parts = append(parts, "**"+Escape(v)+"**")
	}
	if f.Kind != "" {
		parts = append(parts, f.Kind)
	}
	switch {
	case f.Level == "old" && f.Change != "":
		parts = append(parts, "level before the "+map[string]string{"up": "rise", "down": "fall"}[f.Change])
	case f.Level == "new" && f.Change != "":
		parts = append(parts, "level after the "+map[string]string{"up": "rise", "down": "fall"}[f.Change])
	}
	if f.Counted != "" {
		parts = append(parts, "counts "+Escape(f.Counted))
	}
	if f.Source != "" {
		parts = append(parts, "according to "+Escape(f.Source))
	}
	return strings.Join(parts, " · ")
}

// number writes a value with thousands separators and no needless decimals.
func number(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "?"
	}
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		s := strconv.FormatInt(int64(math.Abs(v)), 10)
		var sb strings.Builder
		if v < 0 {
			sb.WriteByte('-')
		}
		for i, r := range s {
			if i > 0 && (len(s)-i)%3 == 0 {
				sb.WriteByte(',')
			}
			sb.WriteRune(r)
		}
		return sb.String()
	}
	// A fraction or a long decimal: at most four decimals.
	return strconv.FormatFloat(math.Round(v*1e4)/1e4, 'f', -1, 64)
}

// magnitude is the size of a figure for ordering: its value, else its bounds.
func magnitude(f knowledge.Figure) float64 {
	switch {
	case f.Value != nil:
		return *f.Value
	case f.Max != nil:
		return *f.Max
	case f.Min != nil:
		return *f.Min
	}
	return 0
}
