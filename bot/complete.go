package bot

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge"
)

// Choice is one autocomplete suggestion: what the person sees and the value
// the option then takes.
type Choice struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Completer is implemented by searchers that can suggest entity and speaker
// names. It is optional: without it those options simply get no suggestions.
type Completer interface {
	Complete(ctx context.Context, scope string, kind Completion, prefix string, limit int) []Choice
}

// Limits Discord puts on autocomplete answers.
const (
	MaxChoices     = 25
	MaxChoiceRunes = 100
)

// Complete suggests values for one option of a command as the person types
// it. It never fails: an unknown command or option, or a user who may not
// run the command, gets no suggestions. At most MaxChoices choices are
// returned, each name and value at most MaxChoiceRunes runes.
func (b *Bot) Complete(ctx context.Context, req *Request, option, prefix string) []Choice {
	cmd := b.Command(req.Command)
	if cmd == nil {
		return nil
	}
	opt := cmd.option(option)
	if opt == nil || opt.Complete == CompleteNone {
		return nil
	}
	if cmd.Admin && !b.IsAdmin(req) {
		return nil
	}
	prefix = strings.TrimSpace(prefix)
	var out []Choice
	switch opt.Complete {
	case CompleteArticle:
		out = completeArticles(b.search.Articles(req.Scope()), prefix, func(string) bool { return true })
	case CompleteIngested:
		if req.GuildID == "" {
			return nil
		}
		out = completeArticles(b.search.Articles(req.Scope()), prefix, func(scope string) bool { return scope == req.GuildID })
	default:
		c, ok := b.search.(Completer)
		if !ok {
			return nil
		}
		out = c.Complete(ctx, req.Scope(), opt.Complete, prefix, MaxChoices)
	}
	return clampChoices(out)
}

// completeArticles ranks the articles whose title or id holds prefix:
// those that start with it first, then the newest (Articles' own order).
func completeArticles(arts []knowledge.ArticleInfo, prefix string, keep func(scope string) bool) []Choice {
	lp := strings.ToLower(prefix)
	var starts, contains []Choice
	for _, a := range arts {
		if !keep(a.Scope) || utf8.RuneCountInString(a.ID) > MaxChoiceRunes {
			continue
		}
		lt, li := strings.ToLower(a.Title), strings.ToLower(a.ID)
		c := Choice{Name: a.Title, Value: a.ID}
		switch {
		case strings.HasPrefix(lt, lp) || strings.HasPrefix(li, lp):
			starts = append(starts, c)
		case strings.Contains(lt, lp) || strings.Contains(li, lp):
			if len(contains) < MaxChoices {
				contains = append(contains, c)
			}
		}
		if len(starts) >= MaxChoices {
			break
		}
	}
	return append(starts, contains...)
}

// clampChoices enforces Discord's limits on a list of choices.
func clampChoices(in []Choice) []Choice {
	out := make([]Choice, 0, min(len(in), MaxChoices))
	for _, c := range in {
		if len(out) == MaxChoices {
			break
		}
		if c.Value == "" || utf8.RuneCountInString(c.Value) > MaxChoiceRunes || !utf8.ValidString(c.Value) {
			continue // a clipped value would name something else
		}
		name := strings.Join(strings.Fields(c.Name), " ")
		if name == "" {
			name = c.Value
		}
		c.Name = clipRunes(name, MaxChoiceRunes)
		if slices.ContainsFunc(out, func(o Choice) bool { return o.Value == c.Value }) {
			continue
		}
		out = append(out, c)
	}
	return out
}
