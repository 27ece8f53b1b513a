package discord

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/knowledge"
)

func TestRenderKeepsEveryPageWithinLimits(t *testing.T) {
	long := strings.Repeat("**word** and some \\*escaped\\* text é 🙂 ", 400) // far over any limit
	tests := []struct {
		name  string
		resp  *bot.Response
		pages int
	}{
		{"summary only", &bot.Response{Title: "t", Summary: "s"}, 1},
		{"huge title and summary", &bot.Response{Title: long, Summary: long, Footer: long}, 1},
		{"many short items", items(23, "a short passage"), 5},
		{"long items become blocks", items(3, long), 3},
		{"mixed", func() *bot.Response { r := items(4, "short"); r.Items[1].Body = long; r.Summary = long; return r }(), 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages := render(tt.resp)
			if len(pages) != tt.pages {
				t.Errorf("%d pages, want %d", len(pages), tt.pages)
			}
			seen := 0
			for n, e := range pages {
				total := size(e.Title) + size(e.Description)
				if size(e.Title) > maxTitle || size(e.Description) > maxDescription || len(e.Fields) > maxFields {
					t.Errorf("page %d: title %d, description %d, %d fields", n, size(e.Title), size(e.Description), len(e.Fields))
				}
				for _, f := range e.Fields {
					total += size(f.Name) + size(f.Value)
					if size(f.Name) > maxFieldName || size(f.Value) > maxFieldValue || f.Name == "" || f.Value == "" {
						t.Errorf("page %d: field name %d, value %d", n, size(f.Name), size(f.Value))
					}
					seen++
				}
				if e.Footer != nil {
					total += size(e.Footer.Text)
				}
				if total > maxEmbedTotal {
					t.Errorf("page %d: %d characters", n, total)
				}
				if !utf8.ValidString(e.Description) || strings.Count(strings.ReplaceAll(e.Description, `\*`, ""), "**")%2 != 0 {
					t.Errorf("page %d: broken Markdown after clipping", n)
				}
				if len(pages) > 1 && (e.Footer == nil || !strings.Contains(e.Footer.Text, fmt.Sprintf("page %d of %d", n+1, len(pages)))) {
					t.Errorf("page %d: footer %+v", n, e.Footer)
				}
			}
		})
	}
}

func items(n int, body string) *bot.Response {
	r := &bot.Response{Title: "Asked", Summary: "The best passages:"}
	for k := range n {
		c := knowledge.Citation{ArticleID: "a", Title: "An article", URL: "https://news.example/a", Paragraph: k + 1}
		r.Items = append(r.Items, bot.Item{Heading: fmt.Sprintf("An article ¶%d", k+1), Body: body, Citation: &c})
	}
	return r
}

func TestClip(t *testing.T) {
	for _, tt := range []struct {
		in    string
		limit int
		want  string
	}{
		{"short", 10, "short"},
		{"a **bold word** here", 12, "a **bold…**"},
		{`escaped \* star`, 10, `escaped…`},
		{"🙂🙂🙂🙂🙂🙂", 7, "🙂🙂…"},
	} {
		if got := clip(tt.in, tt.limit); got != tt.want || size(got) > tt.limit {
			t.Errorf("clip(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
		}
	}
}

// Discord counts a message's length in UTF-16 code units.
func TestSizeCountsUTF16Units(t *testing.T) {
	for in, want := range map[string]int{"": 0, "plain": 5, "café": 4, "🙂": 2, "a 🙂 b": 6, "naïve 🙂": 8} {
		if got := size(in); got != want {
			t.Errorf("size(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestPageCacheIsBoundedAndExpires(t *testing.T) {
	c := newPageCache(2, 1<<20, time.Minute)
	now := time.Now()
	c.now = func() time.Time { return now }
	a := c.put("u", nil)
	b := c.put("u", nil)
	c.get(a) // a is now the most recent
	d := c.put("u", nil)
	if _, ok := c.get(b); ok {
		t.Error("the least recently used answer was kept")
	}
	if _, ok := c.get(a); !ok {
		t.Error("a recently used answer was dropped")
	}
	now = now.Add(2 * time.Minute)
	if _, ok := c.get(d); ok {
		t.Error("an expired answer was served")
	}
	if n, _ := c.len(); n > 2 {
		t.Errorf("%d answers kept, max 2", n)
	}
}

func TestPageCacheIsBoundedInBytes(t *testing.T) {
	// Answers of about 100 kB each (20 pages of 5 kB) in a cache of 1 MB
	// that would keep 1,000 by count.
	pages := render(items(100, strings.Repeat("a passage of some length ", 40)))
	per := pagesBytes(pages)
	if per < 50_000 {
		t.Fatalf("a 20-page answer is counted as %d bytes", per)
	}
	c := newPageCache(1000, 1<<20, time.Minute)
	var keys []string
	for range 50 {
		keys = append(keys, c.put("u", pages))
	}
	n, bytes := c.len()
	if bytes > 1<<20 || n != (1<<20)/per {
		t.Errorf("%d answers of %d bytes kept, %d bytes in all; want %d, at most 1 MiB", n, per, bytes, (1<<20)/per)
	}
	if _, ok := c.get(keys[len(keys)-1]); !ok {
		t.Error("the newest answer was dropped")
	}
	if _, ok := c.get(keys[0]); ok {
		t.Error("the oldest answer was kept")
	}
	// One answer over the whole bound is still kept: its buttons must work.
	small := newPageCache(10, 1000, time.Minute)
	k := small.put("u", pages)
	if _, ok := small.get(k); !ok {
		t.Error("an answer larger than the bound was not kept")
	}
}
