package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/briefbot/briefbot/knowledge"
)

// extractOutput is one line of `briefbot extract --json`: the contract that
// ../shared/eval/README.md documents.
type extractOutput struct {
	File       string                `json:"file"`
	Error      string                `json:"error,omitempty"`
	Article    *extractArticle       `json:"article,omitempty"`
	Paragraphs []knowledge.Paragraph `json:"paragraphs"`
	knowledge.Facts
}

type extractArticle struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Source    string `json:"source"`
	Published string `json:"published"`
}

func runExtract(env *environment, args []string) error {
	fl := flag.NewFlagSet("extract", flag.ContinueOnError)
	fl.SetOutput(env.stderr)
	asJSON := fl.Bool("json", false, "print one JSON object per file and line")
	noTitle := fl.Bool("no-title", false, "read plain-text files as body text only, with no title line")
	fl.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: briefbot extract [--json] [--no-title] FILE...")
		fl.PrintDefaults()
	}
	if err := parseFlags(fl, args, 1, -1); err != nil {
		return err
	}
	w := bufio.NewWriterSize(env.stdout, 64<<10)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	failed := 0
	for _, name := range fl.Args() {
		out := extractFile(name, *noTitle, env.cfg.MaxFileSize)
		if out.Error != "" {
			failed++
			fmt.Fprintf(env.stderr, "briefbot: %s: %s\n", name, out.Error)
		}
		if *asJSON {
			if err := enc.Encode(out); err != nil {
				return err
			}
		} else if out.Error == "" {
			writeExtractText(w, out)
		}
	}
	if failed == fl.NArg() {
		return errSilent
	}
	return nil
}

func extractFile(name string, noTitle bool, maxSize int64) extractOutput {
	out := extractOutput{File: name, Paragraphs: []knowledge.Paragraph{}}
	info, err := os.Stat(name)
	if err == nil && info.IsDir() {
		err = errors.New("is a folder")
	}
	var data []byte
	if err == nil {
		data, err = knowledge.ReadFile(os.DirFS(filepath.Dir(name)), knowledge.File{Path: filepath.Base(name), Size: info.Size()}, maxSize)
	}
	var a *knowledge.Article
	if err == nil {
		id := filepath.ToSlash(filepath.Clean(name))
		a, err = knowledge.Parse(id, name, data, knowledge.ParseOptions{NoTitle: noTitle})
		if errors.Is(err, knowledge.ErrUnsupported) {
			// Files named on the command line are read as plain text whatever their name.
			a, err = knowledge.Parse(id, name+".txt", data, knowledge.ParseOptions{NoTitle: noTitle})
		}
	}
	if err != nil {
		out.Error = err.Error()
		out.Facts = knowledge.Facts{Entities: []knowledge.Entity{}, Claims: []knowledge.Claim{}, Figures: []knowledge.Figure{}, Disputes: []knowledge.Dispute{}}
		return out
	}
	out.Article = &extractArticle{ID: a.ID, Title: a.Title, URL: a.URL, Source: a.Source, Published: a.Published}
	out.Paragraphs = a.Paragraphs
	out.Facts = knowledge.Extract(a)
	return out
}

// writeExtractText prints what extraction found in a form made for reading.
func writeExtractText(w io.Writer, out extractOutput) {
	fmt.Fprintf(w, "== %s\n%s\n", out.File, out.Article.Title)
	if out.Article.URL != "" {
		fmt.Fprintln(w, out.Article.URL)
	}
	fmt.Fprintln(w, "\nParagraphs")
	for _, p := range out.Paragraphs {
		fmt.Fprintf(w, "  ¶%-3d %-11s %s\n", p.N, p.Kind, clip(p.Text, 100))
	}
	if len(out.Entities) > 0 {
		fmt.Fprintln(w, "\nEntities")
		for _, e := range out.Entities {
			extra := strings.Join(append(append([]string{}, e.Roles...), e.Affiliations...), "; ")
			if len(e.Aliases) > 0 {
				extra = strings.TrimPrefix(extra+"; aka "+strings.Join(e.Aliases, ", "), "; ")
			}
			fmt.Fprintf(w, "  %-13s %s  %s  (%d mentions)\n", e.Type, e.Name, extra, len(e.Mentions))
		}
	}
	if len(out.Claims) > 0 {
		fmt.Fprintln(w, "\nClaims")
		for _, c := range out.Claims {
			q := c.Content
			if c.Quoted {
				q = "“" + q + "”"
			}
			fmt.Fprintf(w, "  ¶%-3d %s %s: %s\n", c.Paragraph, c.Speaker, c.Cue, clip(q, 120))
		}
	}
	if len(out.Disputes) > 0 {
		fmt.Fprintln(w, "\nDisputes")
		for _, d := range out.Disputes {
			fmt.Fprintf(w, "  %s (claims %v)\n", d.About, d.Claims)
		}
	}
	if len(out.Figures) > 0 {
		fmt.Fprintln(w, "\nFigures")
		for _, f := range out.Figures {
			fmt.Fprintf(w, "  ¶%-3d %-8s %-28s %s %s\n", f.Paragraph, f.Kind, clip(f.Text, 28), f.Counted, sourceNote(f.Source))
		}
	}
	fmt.Fprintln(w)
}

func sourceNote(s string) string {
	if s == "" {
		return ""
	}
	return "(according to " + s + ")"
}

// clip shortens s to at most n runes, ending in "…", on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
