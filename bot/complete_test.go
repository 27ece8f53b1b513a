package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge"
)

// names is a hand-written searcher with a fixed article list that also
// suggests names, as the index may.
type names struct {
	Searcher // not called: the methods completion does not use
	arts     []knowledge.ArticleInfo
	names    []knowledge.Choice
}

func (n *names) Status(scope string) knowledge.Status {
	return knowledge.Status{Articles: len(n.Articles(scope))}
}
func (n *names) Articles(scope string) []knowledge.ArticleInfo {
	var out []knowledge.ArticleInfo
	for _, a := range n.arts {
		if a.Scope == knowledge.SharedScope || a.Scope == scope {
			out = append(out, a)
		}
	}
	return out
}
func (n *names) Complete(ctx context.Context, scope, kind, prefix string, limit int) []knowledge.Choice {
	return n.names
}

// noop is an Admin that is never called: these tests only complete.
type noop struct{ Admin }

func TestCompleteKeepsDiscordsLimits(t *testing.T) {
	s := &names{}
	for k := range 40 {
		s.arts = append(s.arts, knowledge.ArticleInfo{ID: fmt.Sprintf("news/harbour-%02d.txt", k), Title: fmt.Sprintf("Harbour story %d", k), Scope: knowledge.SharedScope})
	}
	s.arts = append(s.arts,
		knowledge.ArticleInfo{ID: "ingest/g1/harbour-own.txt", Title: "Harbour, our own", Scope: "g1"},
		knowledge.ArticleInfo{ID: "ingest/g2/harbour-theirs.txt", Title: "Harbour, theirs", Scope: "g2"},
		knowledge.ArticleInfo{ID: strings.Repeat("x", 101), Title: "An id too long to be a value", Scope: knowledge.SharedScope})
	long := strings.Repeat("Á", 150)
	s.names = []knowledge.Choice{{Name: long, Value: long}, {Name: long, Value: "Ann Lee"}, {Name: "Ann Lee", Value: "Ann Lee"}, {Name: "", Value: ""}}
	b := New(s, Options{Admin: noop{}, AdminUsers: []string{"boss"}})
	ctx := context.Background()

	got := b.Complete(ctx, &Request{Command: "source", GuildID: "g1"}, "article", "harb")
	if len(got) != MaxChoices {
		t.Errorf("%d choices, want %d", len(got), MaxChoices)
	}
	for _, c := range got {
		if utf8.RuneCountInString(c.Name) > MaxChoiceRunes || utf8.RuneCountInString(c.Value) > MaxChoiceRunes || c.Value == "" {
			t.Errorf("choice over the limits: %+v", c)
		}
		if strings.Contains(c.Value, "g2") {
			t.Errorf("guild g1 is offered guild g2's article %q", c.Value)
		}
	}
	if got := b.Complete(ctx, &Request{Command: "source", GuildID: "g1"}, "article", "too long"); len(got) != 0 {
		t.Errorf("an id longer than 100 characters is offered: %+v", got)
	}

	// /forget suggests only the guild's own articles, and only to admins.
	own := b.Complete(ctx, &Request{Command: "forget", GuildID: "g1", User: User{ID: "boss"}}, "article", "")
	if len(own) != 1 || own[0].Value != "ingest/g1/harbour-own.txt" {
		t.Errorf("/forget suggestions: %+v", own)
	}
	if got := b.Complete(ctx, &Request{Command: "forget", GuildID: "g1", User: User{ID: "someone"}}, "article", ""); len(got) != 0 {
		t.Errorf("a non-admin gets /forget suggestions: %+v", got)
	}

	// Names from a Completer are clipped, deduplicated, and never empty.
	cmd := &Command{Name: "who", Description: "d", Options: []Option{{Name: "name", Description: "d", Complete: CompleteEntity}}, Handle: b.status}
	b.table = append(b.table, cmd)
	b.byName[cmd.Name] = cmd
	got = b.Complete(ctx, &Request{Command: "who"}, "name", "a")
	if len(got) != 1 || got[0].Value != "Ann Lee" || utf8.RuneCountInString(got[0].Name) != MaxChoiceRunes {
		t.Errorf("entity suggestions: %+v", got)
	}
}

// completeArticles finds the articles that hold a prefix in the list's
// text as the reading of every title and id it replaced did: the same
// choices in the same order, for prefixes that start titles or ids, stand
// inside them, run across a title's end, hold a NUL, or are empty.
func TestCompleteArticlesAsBefore(t *testing.T) {
	var arts []knowledge.ArticleInfo
	titles := []string{"Harbour reopens", "Storm hits the harbour", "HARBOUR dues", "Ferry fares", "Île de Ré ferry", "Straße works", "Rail\x00strike", ""}
	for k := range 120 {
		scope := knowledge.SharedScope
		if k%7 == 3 {
			scope = "g1"
		}
		id := fmt.Sprintf("news/%s-%03d.txt", []string{"harbour", "storm", "ferry"}[k%3], k)
		if k%31 == 5 {
			id = strings.Repeat("h", 101)
		}
		arts = append(arts, knowledge.ArticleInfo{ID: id, Title: titles[k%len(titles)], Scope: scope})
	}
	b := New(&names{arts: arts}, Options{})
	list := b.articleList("g1")
	for _, prefix := range []string{"", "h", "harb", "HARB", "harbour", "reopens", "news/", "-01", "txt", "ens\x00news", "\x00", "rail\x00s",
		"île", "ÎLE", "straße", "ferry-00", "zzz", "s", "e", "harbour dues"} {
		for _, keep := range []func(string) bool{func(string) bool { return true }, func(s string) bool { return s == "g1" }} {
			got, want := completeArticles(list, prefix, keep), completeArticlesBefore(list, prefix, keep)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("completeArticles(%q) = %v, before %v", prefix, got, want)
			}
		}
	}
}

// completeArticlesBefore is completeArticles as it was first written.
func completeArticlesBefore(list *articleList, prefix string, keep func(scope string) bool) []Choice {
	lp := strings.ToLower(prefix)
	var starts, contains []Choice
	for _, a := range list.arts {
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
