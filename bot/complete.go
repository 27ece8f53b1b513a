package bot

import (
	"context"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge"
)

// Choice is one autocomplete suggestion: what the person sees (Name) and
// the value the option then takes.
type Choice = knowledge.Choice

// Completer is implemented by searchers that can suggest entity and speaker
// names. It is optional: without it those options simply get no suggestions.
// kind is a Completion ("entity", "speaker") as a plain string, so that the
// index implements it without importing bot; at most limit suggestions,
// best first, among what scope may see.
type Completer interface {
	Complete(ctx context.Context, scope, kind, prefix string, limit int) []knowledge.Choice
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
		out = completeArticles(b.articleList(req.Scope()), prefix, func(string) bool { return true })
	case CompleteIngested:
		if req.GuildID == "" {
			return nil
		}
		out = completeArticles(b.articleList(req.Scope()), prefix, func(scope string) bool { return scope == req.GuildID })
	default:
		c, ok := b.search.(Completer)
		if !ok {
			return nil
		}
		out = c.Complete(ctx, req.Scope(), string(opt.Complete), prefix, MaxChoices)
	}
	return clampChoices(out)
}

// completeArticles ranks the articles whose title or id holds prefix:
// those that start with it first, then the newest (Articles' own order).
// It looks for the prefix in the list's text, all titles and ids in one
// string, and reads only the articles it is found in.
func completeArticles(list *articleList, prefix string, keep func(scope string) bool) []Choice {
	lp := strings.ToLower(prefix)
	var starts, contains []Choice
	// consider adds article k to the choices if it holds the prefix, and
	// tells when there are enough.
	consider := func(k int) bool {
		a := list.arts[k]
		if !keep(a.Scope) || utf8.RuneCountInString(a.ID) > MaxChoiceRunes {
			return false
		}
		lt, li := list.lowerTitle[k], list.lowerID[k]
		c := Choice{Name: a.Title, Value: a.ID}
		switch {
		case strings.HasPrefix(lt, lp) || strings.HasPrefix(li, lp):
			starts = append(starts, c)
		case strings.Contains(lt, lp) || strings.Contains(li, lp):
			if len(contains) < MaxChoices {
				contains = append(contains, c)
			}
		}
		return len(starts) >= MaxChoices
	}
	if lp == "" || strings.IndexByte(lp, 0) >= 0 { // found in every article, or across their ends
		for k := range list.arts {
			if consider(k) {
				break
			}
		}
		return append(starts, contains...)
	}
	for at := 0; ; {
		i := strings.Index(list.text[at:], lp)
		if i < 0 {
			break
		}
		k := sort.SearchInts(list.starts, at+i+1) - 1 // the article it is found in
		if consider(k) {
			break
		}
		at = list.starts[k+1]
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

// articleList is a scope's article list as autocomplete searches it, with
// lower-cased titles and ids. Listing and sorting thousands of articles on
// every keystroke would cost more than Discord's patience, so lists are
// kept for a few seconds, and dropped sooner when the count changes (an
// article ingested or forgotten).
type articleList struct {
	at         time.Time
	count      int
	arts       []knowledge.ArticleInfo
	lowerTitle []string
	lowerID    []string
	// text is the lower-cased titles and ids, each ended by a NUL, in the
	// articles' order (lowerTitle and lowerID are parts of it), and
	// starts the place of each article's title in it, then its length.
	text   string
	starts []int
}

const (
	articleListTTL  = 10 * time.Second
	articleListsMax = 512 // scopes (guilds) kept
)

type listKey struct {
	b     *Bot
	scope string
}

var articleLists = struct {
	sync.Mutex
	m     map[listKey]*articleList
	build sync.Mutex // one list built at a time: a burst of keystrokes builds it once
}{m: map[listKey]*articleList{}}

// articleList returns the scope's article list, from the cache when fresh.
func (b *Bot) articleList(scope string) *articleList {
	key := listKey{b, scope}
	count := b.search.Status(scope).Articles
	cached := func() *articleList {
		articleLists.Lock()
		defer articleLists.Unlock()
		if l, ok := articleLists.m[key]; ok && l.count == count && time.Since(l.at) < articleListTTL {
			return l
		}
		return nil
	}
	if l := cached(); l != nil {
		return l
	}
	articleLists.build.Lock()
	defer articleLists.build.Unlock()
	if l := cached(); l != nil {
		return l
	}
	arts := b.search.Articles(scope)
	l := &articleList{at: time.Now(), count: len(arts), arts: arts, lowerTitle: make([]string, len(arts)), lowerID: make([]string, len(arts)),
		starts: make([]int, len(arts)+1)}
	var sb strings.Builder
	ends := make([]int, len(arts)) // where each title ends
	for k, a := range arts {
		l.starts[k] = sb.Len()
		sb.WriteString(strings.ToLower(a.Title))
		ends[k] = sb.Len()
		sb.WriteByte(0)
		sb.WriteString(strings.ToLower(a.ID))
		sb.WriteByte(0)
	}
	l.text, l.starts[len(arts)] = sb.String(), sb.Len()
	for k := range arts {
		l.lowerTitle[k], l.lowerID[k] = l.text[l.starts[k]:ends[k]], l.text[ends[k]+1:l.starts[k+1]-1]
	}
	articleLists.Lock()
	defer articleLists.Unlock()
	if len(articleLists.m) >= articleListsMax {
		for k, old := range articleLists.m {
			if time.Since(old.at) >= articleListTTL || len(articleLists.m) >= articleListsMax {
				delete(articleLists.m, k)
			}
		}
	}
	articleLists.m[key] = l
	return l
}
