package bot

import (
	"context"
	"fmt"
	"net/url"
	"path"
	"strings"

	"github.com/briefbot/briefbot/knowledge"
)

// Admin is what the admin commands need from the index and the corpus.
// cmd/briefbot implements it over the index and the corpus folder.
type Admin interface {
	// Reindex brings the index up to date with the corpus folder (or, with
	// full, rebuilds it beside the live one); progress, if not nil, is
	// called as files are processed. The summary is one line for people.
	Reindex(ctx context.Context, full bool, progress func(done, total int)) (summary string, err error)
	// Ingest adds one article for a guild (scope), from data or, when data
	// is nil, fetched from url. name is a file name; its extension, if any,
	// tells the format.
	Ingest(ctx context.Context, scope, name string, data []byte, url string) (knowledge.ArticleInfo, error)
	// Forget removes an article that scope added with Ingest.
	Forget(ctx context.Context, scope, id string) (knowledge.ArticleInfo, error)
}

// CompleteIngested suggests the articles the guild added with /ingest.
const CompleteIngested Completion = "ingested"

// adminCommands are the commands for briefbot admins; without an Admin
// they are not offered at all.
func (b *Bot) adminCommands() []*Command {
	if b.opt.Admin == nil {
		return nil
	}
	return []*Command{
		{
			Name:        "reindex",
			Description: "Bring the index up to date with the corpus folder (admins)",
			Example:     "/reindex full:true",
			Options: []Option{
				{Name: "full", Description: "Rebuild from scratch instead of updating changed files", Type: Boolean},
			},
			Admin: true, Slow: true,
			Handle: b.reindex,
		},
		{
			Name:        "ingest",
			Description: "Add an article for this server only, from an attached file or a web page (admins)",
			Example:     "/ingest url:https://example.org/news/harbour-talks",
			Options: []Option{
				{Name: "file", Description: "An article file: .txt, .md, .html or .json", Type: Attachment},
				{Name: "url", Description: "A web page to fetch (http or https)", Type: String, MaxLength: 2000},
				{Name: "name", Description: "A short name for the article's id (default: from the file or URL)", Type: String, MaxLength: 80},
			},
			Admin: true, Slow: true,
			Handle: b.ingest,
		},
		{
			Name:        "forget",
			Description: "Remove an article this server added with /ingest (admins)",
			Example:     "/forget article:ingest/123/harbour-talks.html",
			Options: []Option{
				{Name: "article", Description: "The article: its id or title", Type: String, Required: true, Complete: CompleteIngested},
			},
			Admin: true, Slow: true,
			Handle: b.forget,
		},
	}
}

func (b *Bot) reindex(ctx context.Context, req *Request) (*Response, error) {
	full := req.Options["full"].Bool
	last := -1
	progress := func(done, total int) {
		if req.Progress == nil || total <= 0 {
			return
		}
		pct := 100 * done / total
		if pct == last {
			return
		}
		last = pct
		req.Progress(fmt.Sprintf("Reindexing: %d of %d files (%d%%)…", done, total, pct))
	}
	summary, err := b.opt.Admin.Reindex(ctx, full, progress)
	if err != nil {
		return nil, err
	}
	title := "Index updated"
	if full {
		title = "Index rebuilt"
	}
	return &Response{Title: title, Summary: Escape(summary)}, nil
}

func (b *Bot) ingest(ctx context.Context, req *Request) (*Response, error) {
	if req.GuildID == "" {
		return nil, Errorf("/ingest adds an article for one server: run it in a server channel. To add an article for everyone, put its file in the corpus folder.")
	}
	file := req.Options["file"].Attachment
	link := req.Str("url")
	switch {
	case file == nil && link == "":
		return nil, Errorf("/ingest needs a file (attach an article) or a url (a web page to fetch).")
	case file != nil && link != "":
		return nil, Errorf("/ingest takes a file or a url, not both.")
	}
	name := req.Str("name")
	var data []byte
	if file != nil {
		if name == "" {
			name = file.Name
		} else if path.Ext(name) == "" {
			name += path.Ext(file.Name)
		}
		data, link = file.Data, file.URL
		if data == nil && link == "" {
			return nil, Errorf("The attachment has no content.")
		}
	} else {
		u, err := url.Parse(link)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, Errorf("“%s” is not a web address; give one that starts with https://.", clipRunes(link, 100))
		}
		if name == "" {
			name = path.Base(strings.TrimSuffix(u.Path, "/"))
			if name == "." || name == "/" || name == "" {
				name = u.Hostname()
			}
		}
	}
	info, err := b.opt.Admin.Ingest(ctx, req.GuildID, name, data, link)
	if err != nil {
		return nil, err
	}
	c := knowledge.Citation{ArticleID: info.ID, Title: info.Title, URL: info.URL}
	return &Response{
		Title: "Article added for this server",
		Summary: fmt.Sprintf("%s\n%d paragraphs, %d passages to search. Only this server can see it.\nId: `%s` · /forget removes it.",
			Cite(c), info.Paragraphs, info.Passages, strings.ReplaceAll(info.ID, "`", "'")),
	}, nil
}

func (b *Bot) forget(ctx context.Context, req *Request) (*Response, error) {
	if req.GuildID == "" {
		return nil, Errorf("/forget removes an article a server added with /ingest: run it in that server.")
	}
	art, err := b.findArticle(req.Scope(), req.Str("article"))
	if err != nil {
		return nil, err
	}
	if art.Scope != req.GuildID {
		return nil, Errorf("“%s” comes from the corpus folder, not from /ingest. To remove it, delete its file (`%s`) from the corpus folder.",
			Escape(art.Title), strings.ReplaceAll(art.ID, "`", "'"))
	}
	info, err := b.opt.Admin.Forget(ctx, req.GuildID, art.ID)
	if err != nil {
		return nil, err
	}
	return &Response{Title: "Article removed", Summary: fmt.Sprintf("“%s” (`%s`) is no longer searched in this server.",
		Escape(info.Title), strings.ReplaceAll(info.ID, "`", "'"))}, nil
}
