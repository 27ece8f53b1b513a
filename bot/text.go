package bot

import (
	"fmt"
	"io"
	"regexp"
	"strings"
)

var (
	mdLink    = regexp.MustCompile(`\[((?:\\.|[^\]\\])*)\]\(<([^>]*)>\)`)
	mdEscaped = regexp.MustCompile(`\\([\\*_~` + "`" + `|>\[\]#<])`)
	mdSubtext = regexp.MustCompile(`(?m)^-# `)
	mdCode    = regexp.MustCompile("(^|[^\\\\])`([^`]*)`")
	// mdItalic is *text* (one star each side), as Cite writes titles.
	mdItalic = regexp.MustCompile(`(^|[^*\\])\*([^*\n]+?)\*([^*]|$)`)
)

// RenderText writes a response for a terminal, laid out as Discord shows
// it: title, summary, items with their citations, footer. With bold, **x**
// becomes terminal bold; otherwise the Markdown markers are dropped.
func RenderText(w io.Writer, r *Response, bold bool) {
	line := strings.Repeat("─", 60)
	fmt.Fprintln(w, line)
	title := r.Title
	if r.Kind == "error" {
		title = "⚠ " + title
	}
	fmt.Fprintln(w, boldText(title, bold))
	if r.Summary != "" {
		fmt.Fprintln(w, plainMarkdown(r.Summary, bold))
	}
	for i, it := range r.Items {
		fmt.Fprintln(w)
		if it.Heading != "" {
			num := ""
			if it.Citation != nil && len(r.Items) > 1 {
				num = fmt.Sprintf("%d. ", i+1)
			}
			fmt.Fprintln(w, boldText(num+it.Heading, bold))
		}
		fmt.Fprintln(w, indent(plainMarkdown(it.Body, bold), "  "))
		if it.Citation != nil && it.Citation.URL != "" {
			fmt.Fprintln(w, "  ↳ "+plainMarkdown(Cite(*it.Citation), bold))
		} else if it.Citation != nil {
			fmt.Fprintf(w, "  ↳ %s ¶%d · %s\n", it.Citation.Title, it.Citation.Paragraph, it.Citation.ArticleID)
		}
	}
	if r.Footer != "" {
		fmt.Fprintln(w)
		fmt.Fprintln(w, plainMarkdown(r.Footer, bold))
	}
	if r.Ephemeral {
		fmt.Fprintln(w, "(only you can see this)")
	}
	fmt.Fprintln(w, line)
}

// Plain turns a Markdown message (a UserMessage) into plain text.
func Plain(s string) string { return plainMarkdown(s, false) }

// plainMarkdown turns our Markdown into terminal text.
func plainMarkdown(s string, bold bool) string {
	s = mdLink.ReplaceAllString(s, "$1 <$2>")
	s = mdSubtext.ReplaceAllString(s, "  ")
	s = mdCode.ReplaceAllString(s, "$1$2")
	s = mdItalic.ReplaceAllString(s, "$1$2$3")
	parts := strings.Split(s, "**")
	var sb strings.Builder
	for i, p := range parts {
		if i%2 == 1 && i < len(parts)-1 || i%2 == 1 && len(parts)%2 == 1 {
			sb.WriteString(boldText(p, bold))
		} else {
			sb.WriteString(p)
		}
	}
	out := mdEscaped.ReplaceAllString(sb.String(), "$1")
	return strings.ReplaceAll(out, "@\u200b", "@")
}

func boldText(s string, bold bool) string {
	if bold && s != "" {
		return "\x1b[1m" + s + "\x1b[0m"
	}
	return s
}

func indent(s, pad string) string {
	return pad + strings.ReplaceAll(s, "\n", "\n"+pad)
}
