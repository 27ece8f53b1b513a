package discord

import (
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

// Discord's limits on a message, counted in characters (we count UTF-16
// code units, which is never fewer).
const (
	maxContent     = 2000
	maxTitle       = 256
	maxDescription = 4096
	maxFields      = 25
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 2048
	maxEmbedTotal  = 6000
	maxCustomID    = 100

	// fieldsPerPage keeps a page readable; longer answers are paged.
	fieldsPerPage = 5
	// pageBudget is what a page's embed may hold, below maxEmbedTotal to
	// leave room for the page number in the footer.
	pageBudget = maxEmbedTotal - 100
	// maxFooterText is the longest footer we write: footers are one line.
	maxFooterText = 300
)

// Colours of the embeds, by Response.Kind.
var colours = map[string]int{"": 0x3b82f6, "error": 0xdc2626, "admin": 0x6b7280}

// size is the length of s as Discord counts it.
func size(s string) int {
	n := 0
	for n < len(s) && s[n] < utf8.RuneSelf { // ASCII: one each
		n++
	}
	for _, r := range s[n:] {
		n += utf16.RuneLen(r)
		if utf16.RuneLen(r) < 0 {
			n++
		}
	}
	return n
}

// clip shortens Markdown s to at most limit characters, ending it with "…"
// when it cuts, without leaving a dangling escape or an open bold.
func clip(s string, limit int) string {
	if size(s) <= limit {
		return s
	}
	if limit < 4 {
		return "…"
	}
	var sb strings.Builder
	n := 0
	for _, r := range s {
		w := utf16.RuneLen(r)
		if n+w > limit-3 { // room for "…" and a closing "**"
			break
		}
		sb.WriteRune(r)
		n += w
	}
	out := strings.TrimRightFunc(sb.String(), func(r rune) bool { return r == ' ' || r == '\n' })
	// A lone trailing backslash would escape the ellipsis.
	for strings.HasSuffix(out, `\`) && !strings.HasSuffix(out, `\\`) {
		out = out[:len(out)-1]
	}
	out += "…"
	if strings.Count(strings.ReplaceAll(out, `\*`, ""), "**")%2 == 1 {
		out += "**"
	}
	return out
}

// render lays a response out as pages of one embed each, every one within
// Discord's limits. The first page carries the summary; items are fields,
// or description blocks when they are too long for a field. Titles and
// headings are plain text, often an article's: Discord reads Markdown in
// embed titles and field names too, so they are escaped.
func render(r *bot.Response) []*discordgo.MessageEmbed {
	title := clip(bot.Escape(plainHeading(r.Title)), maxTitle)
	if title == "" {
		title = "briefbot"
	}
	footer := clip(r.Footer, maxFooterText)
	colour := colours[r.Kind]
	newPage := func(desc string) *discordgo.MessageEmbed {
		return &discordgo.MessageEmbed{Title: title, Description: desc, Color: colour}
	}
	used := func(e *discordgo.MessageEmbed) int {
		n := size(e.Title) + size(e.Description) + size(footer) + 30
		for _, f := range e.Fields {
			n += size(f.Name) + size(f.Value)
		}
		return n
	}
	var pages []*discordgo.MessageEmbed
	limitDesc := min(maxDescription, pageBudget-size(title)-size(footer)-30)
	cur := newPage(clip(r.Summary, limitDesc))
	fresh := true // cur holds no item yet
	flush := func() {
		pages = append(pages, cur)
		cur = newPage("")
		fresh = true
	}
	for i, it := range r.Items {
		name := it.Heading
		if name != "" && it.Citation != nil && len(r.Items) > 1 {
			name = fmt.Sprintf("%d. %s", i+1, name)
		}
		cite := ""
		if it.Citation != nil {
			cite = "\n↳ " + bot.Cite(*it.Citation)
		}
		body := strings.TrimSpace(it.Body)
		if size(body)+size(cite) <= maxFieldValue {
			f := &discordgo.MessageEmbedField{Name: clip(orBlank(bot.Escape(plainHeading(name))), maxFieldName), Value: orBlank(body + cite)}
			full := len(cur.Fields) >= fieldsPerPage || used(cur)+size(f.Name)+size(f.Value) > pageBudget
			if full && (cur.Description != "" || len(cur.Fields) > 0) {
				flush()
			}
			cur.Fields = append(cur.Fields, f)
			fresh = false
			continue
		}
		// Too long for a field: a description block on a page of its own
		// (after the summary, if it fits there).
		block := ""
		if name != "" {
			block = "**" + bot.Escape(plainHeading(name)) + "**\n"
		}
		if !fresh {
			flush()
		}
		room := limitDesc
		if cur.Description != "" {
			room -= size(cur.Description) + 2
		}
		if room < 1000 {
			flush()
			room = limitDesc
		}
		block += clip(body, room-size(block)-size(cite)) + cite
		if cur.Description != "" {
			cur.Description += "\n\n"
		}
		cur.Description += block
		fresh = false
		flush()
	}
	if !fresh || len(pages) == 0 {
		pages = append(pages, cur)
	}
	for n, p := range pages {
		f := footer
		if len(pages) > 1 {
			if f != "" {
				f += " · "
			}
			f += fmt.Sprintf("page %d of %d", n+1, len(pages))
		}
		if f != "" {
			p.Footer = &discordgo.MessageEmbedFooter{Text: f}
		}
	}
	return pages
}

// plainHeading is a title or heading on one line, its spaces collapsed.
func plainHeading(s string) string { return strings.Join(strings.Fields(s), " ") }

func orBlank(s string) string {
	if strings.TrimSpace(s) == "" {
		return "\u200b"
	}
	return s
}

// noMentions is sent with every message: briefbot never pings anyone, even
// when an article quotes @everyone or a user id.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// textMessage is a short plain message (errors, progress), clipped.
func textMessage(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "?")
	}
	return clip(s, maxContent)
}
