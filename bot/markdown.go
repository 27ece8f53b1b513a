package bot

import (
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/knowledge"
)

// markdownSpecial are the characters Discord reads as Markdown.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, `*`, `\*`, `_`, `\_`, `~`, `\~`, "`", "\\`", `|`, `\|`, `>`, `\>`,
	`[`, `\[`, `]`, `\]`, `#`, `\#`, `@`, "@\u200b", `<`, `\<`,
)

// Escape makes article text safe to show in Markdown: it is shown as
// written, never as formatting, mentions or links.
func Escape(s string) string { return markdownEscaper.Replace(s) }

// Code shows an id or a path as inline code: a backtick in it, which would
// end the code early, becomes a quote.
func Code(s string) string { return "`" + strings.ReplaceAll(s, "`", "'") + "`" }

// Highlight renders a snippet as Markdown with its matches in bold.
func Highlight(s knowledge.Snippet) string {
	var sb strings.Builder
	if s.Clipped && !startsSentence(s.Text) {
		sb.WriteString("…")
	}
	at := 0
	for _, m := range s.Marks {
		if m.Start < at || m.End > len(s.Text) || m.Start >= m.End {
			continue
		}
		sb.WriteString(Escape(s.Text[at:m.Start]))
		sb.WriteString("**" + Escape(s.Text[m.Start:m.End]) + "**")
		at = m.End
	}
	sb.WriteString(Escape(s.Text[at:]))
	if s.Clipped && !endsSentence(s.Text) {
		sb.WriteString("…")
	}
	return sb.String()
}

// endsSentence tells whether s ends as a sentence does: a clipped snippet
// that does needs no "…" after it.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, `"”’')`)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

func startsSentence(s string) bool {
	return s != "" && (s[0] >= 'A' && s[0] <= 'Z' || strings.ContainsRune(`"“'‘`, []rune(s)[0]))
}

// Cite renders a citation as a Markdown link, [title ¶N](<url>); the angle
// brackets keep Discord from previewing the page.
func Cite(c knowledge.Citation) string {
	label := Escape(c.Title)
	if c.Paragraph > 0 {
		label += fmt.Sprintf(" ¶%d", c.Paragraph)
	}
	link := webLink(c.URL)
	if link == "" {
		return "*" + label + "* · " + Code(c.ArticleID)
	}
	return "[" + label + "](" + link + ")"
}

// urlEscaper keeps a URL from ending its Markdown link early.
var urlEscaper = strings.NewReplacer("(", "%28", ")", "%29", ">", "%3E", "<", "%3C", " ", "%20")

// webLink is the target of a Markdown link to an http(s) URL, in angle
// brackets (which keep Discord from previewing the page); "" for anything
// else.
func webLink(u string) string {
	if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
		return ""
	}
	return "<" + urlEscaper.Replace(u) + ">"
}
