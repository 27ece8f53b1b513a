package bot

import (
	"context"
	"fmt"
	"strings"
	"time"
)

func (b *Bot) statusCommand() *Command {
	return &Command{
		Name:        "status",
		Description: "What briefbot knows: articles, passages, facts, last indexing and skipped files",
		Example:     "/status",
		Handle:      b.status,
	}
}

func (b *Bot) status(ctx context.Context, req *Request) (*Response, error) {
	st := b.search.Status(req.Scope())
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s · %s\n", bold(plural(st.Articles, "article", "articles")), bold(plural(st.Passages, "passage", "passages")))
	fmt.Fprintf(&sb, "%s · %s · %s\n", bold(plural(st.Entities, "entity", "entities")), bold(plural(st.Claims, "claim", "claims")), bold(plural(st.Figures, "figure", "figures")))
	if st.LastIndexed.IsZero() {
		sb.WriteString("Not indexed yet.")
	} else {
		fmt.Fprintf(&sb, "Last indexed %s (%s UTC)", ago(time.Since(st.LastIndexed)), st.LastIndexed.UTC().Format("2006-01-02 15:04"))
	}
	if st.Reindexing {
		sb.WriteString("\nA reindex is running; answers come from the previous index until it is done.")
	}
	resp := &Response{Title: "briefbot status", Summary: sb.String()}
	if n := len(st.Skipped); n > 0 {
		var lines []string
		for i, s := range st.Skipped {
			if i == 10 {
				lines = append(lines, fmt.Sprintf("…and %d more", n-10))
				break
			}
			lines = append(lines, "`"+strings.ReplaceAll(s.Path, "`", "'")+"`: "+Escape(s.Reason))
		}
		resp.Items = append(resp.Items, Item{Heading: fmt.Sprintf("Skipped %s", plural(n, "file", "files")), Body: strings.Join(lines, "\n"), Data: st.Skipped})
	}
	return resp, nil
}

func ago(d time.Duration) string {
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return plural(int(d.Minutes()), "minute", "minutes") + " ago"
	case d < 48*time.Hour:
		return plural(int(d.Hours()), "hour", "hours") + " ago"
	}
	return plural(int(d.Hours()/24), "day", "days") + " ago"
}

// bold makes the number that starts s bold.
func bold(s string) string {
	n, rest, _ := strings.Cut(s, " ")
	return "**" + n + "** " + rest
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func clipRunes(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
