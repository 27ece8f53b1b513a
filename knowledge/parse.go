package knowledge

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"gopkg.in/yaml.v3"
)

// Formats maps a file extension to the article format read from it.
var Formats = map[string]string{
	".txt":      "txt",
	".text":     "txt",
	".md":       "md",
	".markdown": "md",
	".html":     "html",
	".htm":      "html",
	".json":     "json",
}

// FormatOf returns the article format of a file name, or "" when the
// extension is not one briefbot reads.
func FormatOf(name string) string { return Formats[strings.ToLower(path.Ext(name))] }

// Hash returns the content hash stored with an article.
func Hash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:16])
}

// ParseOptions tune Parse.
type ParseOptions struct {
	// NoTitle reads a plain-text file as body text only, with no title line.
	NoTitle bool
	// BaseURL resolves relative links in HTML.
	BaseURL string
}

// Parse reads one article from data. The format comes from name's
// extension; id becomes the article's ID. A problem with the data is
// returned as one of the package's Err values, wrapped with detail.
func Parse(id, name string, data []byte, opt ParseOptions) (*Article, error) {
	format := FormatOf(name)
	if format == "" {
		return nil, fmt.Errorf("%w %q", ErrUnsupported, path.Ext(name))
	}
	text, err := checkText(data)
	if err != nil {
		return nil, err
	}
	if format == "txt" || format == "md" {
		text = decodeCharRefs(text)
	}
	var a *Article
	switch format {
	case "txt":
		a = parsePlain(text, !opt.NoTitle)
	case "md":
		a, err = parseMarkdown(text)
	case "html":
		a, err = parseHTML(text, opt.BaseURL)
	case "json":
		a, err = parseJSON(text)
	}
	if err != nil {
		return nil, err
	}
	if len(a.Paragraphs) == 0 || (len(a.Paragraphs) == 1 && a.Paragraphs[0].Kind == KindTitle) {
		return nil, ErrNoText
	}
	a.ID, a.Format, a.Hash = id, format, Hash(data)
	if a.Title == "" {
		a.Title = titleFromID(id)
	}
	if a.Scope == "" {
		a.Scope = SharedScope
	}
	return a, nil
}

// checkText rejects data that is not readable text and returns it as a string
// with a byte-order mark removed and line endings made \n.
func checkText(data []byte) (string, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	// UTF-16 with its byte-order mark, as some editors on Windows save text.
	if u, ok := fromUTF16(data); ok {
		data = u
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", ErrEmpty
	}
	sample := data
	if len(sample) > 8192 {
		sample = sample[:8192]
	}
	if bytes.IndexByte(sample, 0) >= 0 {
		return "", ErrBinary
	}
	if !utf8.Valid(data) {
		// Report the first bad byte: people fix files with this.
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		return "", fmt.Errorf("%w (invalid byte 0x%02x at offset %d; save the file as UTF-8)", ErrNotUTF8, data[off], off)
	}
	controls := 0
	for _, r := range string(sample) {
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			controls++
		}
	}
	if controls > len(sample)/20 {
		return "", ErrBinary
	}
	s := string(data)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	}
	return s, nil
}

// charRef matches an HTML character reference that ends with its ";":
// "&#233;", "&#xE9;", "&eacute;", "&amp;". One without it ("AT&T", "R&D")
// is text.
var charRef = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`)

// decodeCharRefs writes the character references that an export left in a
// plain-text or Markdown article as the characters they stand for, so
// that "caf&#233;" and "Pel&#233;" are one word. An inverted question mark
// between two letters ("Blair&#191;s") is an apostrophe that a wrong code
// page turned into one: it is written as an apostrophe.
func decodeCharRefs(text string) string {
	if !strings.Contains(text, "&") {
		return text
	}
	locs := charRef.FindAllStringIndex(text, -1)
	if locs == nil {
		return text
	}
	var b strings.Builder
	last := 0
	for _, l := range locs {
		ref := text[l[0]:l[1]]
		dec := html.UnescapeString(ref)
		if dec == "\u00bf" && l[0] > 0 && l[1] < len(text) {
			before, _ := utf8.DecodeLastRuneInString(text[:l[0]])
			after, _ := utf8.DecodeRuneInString(text[l[1]:])
			if unicode.IsLetter(before) && unicode.IsLetter(after) {
				dec = "'"
			}
		}
		b.WriteString(text[last:l[0]])
		b.WriteString(dec)
		last = l[1]
	}
	b.WriteString(text[last:])
	return b.String()
}

// parsePlain reads plain text: an optional title line, then paragraphs
// separated by blank lines.
func parsePlain(text string, titled bool) *Article {
	a := &Article{}
	var blocks []string
	if titled {
		text = strings.TrimLeft(text, " \t\n")
		first, rest, _ := strings.Cut(text, "\n")
		a.Title = strings.TrimSpace(first)
		blocks = append(blocks, a.Title)
		blocks = append(blocks, splitBlocks(rest)...)
	} else {
		blocks = splitBlocks(text)
	}
	a.Paragraphs = classify(blocks, titled)
	return a
}

// splitBlocks splits text at blank lines and trims each block; the blocks
// keep their inner line breaks so that they stay substrings of the text.
func splitBlocks(text string) []string {
	var out []string
	for _, b := range blankLine.Split(text, -1) {
		if b = strings.TrimSpace(b); b != "" {
			out = append(out, splitLinesOfBlock(b)...)
		}
	}
	return out
}

// splitLinesOfBlock splits a block without blank lines when its lines are
// not a hard-wrapped paragraph: a line longer than any wrapping leaves makes
// each line a paragraph.
func splitLinesOfBlock(b string) []string {
	if !strings.Contains(b, "\n") {
		return []string{b}
	}
	// A short label over a photo caption is a paragraph of its own.
	if first, rest, _ := strings.Cut(b, "\n"); isLabel(strings.TrimSpace(first)) && isCaption(rest) {
		return append([]string{strings.TrimSpace(first)}, splitLinesOfBlock(strings.TrimSpace(rest))...)
	}
	lines := strings.Split(b, "\n")
	wrapped := true
	for _, l := range lines {
		if utf8.RuneCountInString(l) > 100 {
			wrapped = false
		}
	}
	var out []string
	start := 0 // byte offset in b of the paragraph being built
	off := 0
	for i, l := range lines {
		end := off + len(l)
		if i < len(lines)-1 && !wrapped {
			if p := strings.TrimSpace(b[start:end]); p != "" {
				out = append(out, p)
			}
			start = end + 1
		}
		off = end + 1
	}
	if p := strings.TrimSpace(b[start:]); p != "" {
		out = append(out, p)
	}
	return out
}

type frontMatter struct {
	Title     string    `yaml:"title"`
	URL       string    `yaml:"url"`
	Source    string    `yaml:"source"`
	Published yamlValue `yaml:"published"`
	Date      yamlValue `yaml:"date"`
	Tags      yamlTags  `yaml:"tags"`
}

// yamlValue accepts a scalar of any YAML type (dates decode as times).
type yamlValue string

func (v *yamlValue) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: expected a single value", n.Line)
	}
	*v = yamlValue(n.Value)
	return nil
}

// yamlTags accepts a list of tags or one comma-separated string.
type yamlTags []string

func (t *yamlTags) UnmarshalYAML(n *yaml.Node) error {
	switch n.Kind {
	case yaml.ScalarNode:
		for _, s := range strings.Split(n.Value, ",") {
			if s = strings.TrimSpace(s); s != "" {
				*t = append(*t, s)
			}
		}
		return nil
	case yaml.SequenceNode:
		var list []string
		if err := n.Decode(&list); err != nil {
			return err
		}
		*t = list
		return nil
	}
	return fmt.Errorf("line %d: tags must be a list or a string", n.Line)
}

// parseMarkdown reads Markdown with optional YAML front matter. The title is
// the front matter's, else the first heading, else the first line.
func parseMarkdown(text string) (*Article, error) {
	a := &Article{}
	body := text
	trimmed := strings.TrimLeft(text, " \t\n")
	if strings.HasPrefix(trimmed, "---\n") {
		rest := trimmed[4:]
		var meta string
		if strings.HasPrefix(rest, "---") {
			body = rest[3:]
		} else {
			end := strings.Index(rest, "\n---")
			if end < 0 {
				return nil, fmt.Errorf("%w: no closing --- line", ErrFrontMatter)
			}
			meta, body = rest[:end], rest[end+4:]
		}
		// The closing line ends at its line break.
		if i := strings.IndexByte(body, '\n'); i >= 0 {
			body = body[i+1:]
		} else {
			body = ""
		}
		var fm frontMatter
		if err := yaml.Unmarshal([]byte(meta), &fm); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrFrontMatter, err)
		}
		a.Title, a.URL, a.Source, a.Tags = strings.TrimSpace(fm.Title), strings.TrimSpace(fm.URL), strings.TrimSpace(fm.Source), fm.Tags
		a.Published = normalizeDate(string(fm.Published))
		if a.Published == "" {
			a.Published = normalizeDate(string(fm.Date))
		}
	}
	blocks := splitBlocks(body)
	if len(blocks) > 0 && strings.HasPrefix(blocks[0], "# ") && !strings.Contains(blocks[0], "\n") {
		heading := strings.TrimSpace(strings.TrimLeft(blocks[0], "#"))
		if a.Title == "" {
			a.Title = heading
		}
		blocks = blocks[1:]
	} else if a.Title == "" && len(blocks) > 1 && !strings.Contains(blocks[0], "\n") {
		a.Title, blocks = blocks[0], blocks[1:]
	}
	a.Paragraphs = withTitle(a.Title, blocks)
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		if markdownImage.MatchString(p.Text) {
			p.Kind = KindCaption
		}
	}
	return a, nil
}

// fromUTF16 decodes UTF-16 text that opens with its byte-order mark.
func fromUTF16(data []byte) ([]byte, bool) {
	if len(data) < 2 || len(data)%2 != 0 {
		return nil, false
	}
	var order binary.ByteOrder
	switch {
	case data[0] == 0xff && data[1] == 0xfe:
		order = binary.LittleEndian
	case data[0] == 0xfe && data[1] == 0xff:
		order = binary.BigEndian
	default:
		return nil, false
	}
	out := make([]byte, 0, len(data))
	for i := 2; i+1 < len(data); i += 2 {
		r := rune(order.Uint16(data[i:]))
		if utf16.IsSurrogate(r) && i+3 < len(data) {
			r = utf16.DecodeRune(r, rune(order.Uint16(data[i+2:])))
			i += 2
		}
		out = utf8.AppendRune(out, r)
	}
	return out, true
}

// jsonFields are the names a JSON article's fields go by, first the one
// the README gives, then those other exports use.
var jsonFields = struct{ title, text, url, source, published, tags []string }{
	title:     []string{"title", "headline"},
	text:      []string{"text", "body", "content"},
	url:       []string{"url", "link"},
	source:    []string{"source", "publisher"},
	published: []string{"published", "date", "published_at"},
	tags:      []string{"tags"},
}

// parseJSON reads one article, an object: {title, url, source, published,
// tags, text}, the text also as "body" or "content".
func parseJSON(text string) (*Article, error) {
	var raw map[string]json.RawMessage
	// (the first value only: a JSON-lines file reads as its first article)
	if err := json.NewDecoder(strings.NewReader(text)).Decode(&raw); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			if t := strings.TrimSpace(text); strings.HasPrefix(t, "[") {
				return nil, fmt.Errorf("%w: the file holds a list; briefbot reads one article, a JSON object, per file", ErrBadJSON)
			}
			return nil, fmt.Errorf("%w: the file holds a JSON %s, not an object with the article's fields", ErrBadJSON, typeErr.Value)
		}
		return nil, fmt.Errorf("%w: %v", ErrBadJSON, err)
	}
	// Field names match in any case ("Title"); of two spellings of one
	// name, the lower-case one, else the first in sorted order, is read.
	fields := make(map[string]json.RawMessage, len(raw))
	for _, k := range slices.Sorted(maps.Keys(raw)) {
		if lk := strings.ToLower(k); fields[lk] == nil || k == lk {
			fields[lk] = raw[k]
		}
	}
	str := func(names []string) (string, bool, error) {
		var bad error
		for _, name := range names {
			raw, ok := fields[name]
			if !ok || string(raw) == "null" {
				continue
			}
			var s string
			if err := json.Unmarshal(raw, &s); err != nil {
				if bad == nil {
					bad = fmt.Errorf("%w: the field %q must be text, not %s", ErrBadJSON, name, jsonKind(raw))
				}
				continue // another name may hold it as text
			}
			return s, true, nil
		}
		return "", bad != nil, bad
	}
	body, ok, err := str(jsonFields.text)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("%w: no \"text\" field (nor \"body\" or \"content\")", ErrBadJSON)
	}
	a := &Article{}
	for _, f := range []struct {
		names []string
		to    *string
	}{{jsonFields.title, &a.Title}, {jsonFields.url, &a.URL}, {jsonFields.source, &a.Source}} {
		s, _, err := str(f.names)
		if err != nil {
			return nil, err
		}
		*f.to = strings.TrimSpace(s)
	}
	// A date that is no text (a number of seconds, say) is left out, not
	// guessed at; tags that are no list of text are left out too.
	if s, _, err := str(jsonFields.published); err == nil {
		a.Published = normalizeDate(s)
	}
	if raw, ok := fields[jsonFields.tags[0]]; ok && json.Unmarshal(raw, &a.Tags) != nil {
		a.Tags = nil
	}
	blocks := splitBlocks(body)
	if len(blocks) == 1 && strings.Count(blocks[0], "\n") > 0 {
		// One paragraph a line.
		blocks = splitLines(blocks[0])
	}
	a.Paragraphs = withTitle(a.Title, blocks)
	return a, nil
}

// jsonKind names the kind of a JSON value for an error message.
func jsonKind(raw json.RawMessage) string {
	switch t := strings.TrimSpace(string(raw)); {
	case t == "":
		return "nothing"
	case t[0] == '{':
		return "an object"
	case t[0] == '[':
		return "a list"
	case t == "true" || t == "false":
		return "true or false"
	default:
		return "a number"
	}
}

func splitLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// blockTags are the HTML elements whose text makes a paragraph.
var blockTags = map[string]bool{
	"p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "blockquote": true, "figcaption": true, "pre": true, "dd": true, "dt": true,
	"td": true, "th": true, "caption": true, "div": true, "section": true, "article": true,
}

// parseHTML extracts the main text of a page with readability, then takes its
// block elements as paragraphs; figure captions are kind caption.
func parseHTML(text, base string) (*Article, error) {
	var pageURL *url.URL
	if base != "" {
		pageURL, _ = url.Parse(base)
	}
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("cannot parse HTML: %w", err)
	}
	a := &Article{URL: canonicalURL(doc)}
	if a.URL == "" && pageURL != nil {
		a.URL = pageURL.String()
	}
	parser := readability.NewParser()
	art, err := parser.ParseDocument(doc, pageURL)
	if err != nil || art.Node == nil {
		return nil, fmt.Errorf("%w: readability found no main text", ErrNoText)
	}
	a.Title = strings.TrimSpace(art.Title())
	a.Source = strings.TrimSpace(art.SiteName())
	if t, err := art.PublishedTime(); err == nil {
		a.Published = t.UTC().Format("2006-01-02")
	}
	var blocks []string
	captions, links := map[string]bool{}, map[string]bool{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && blockTags[n.Data] && !hasBlockChild(n) {
			if t := collapseSpace(render.InnerText(n)); t != "" {
				if n.Data == "figcaption" || n.Data == "caption" {
					captions[t] = true
				}
				// A block that is nothing but links ("Related stories"
				// lists, "Next article") leads elsewhere: no text of this
				// article.
				if collapseSpace(linkText(n)) == t {
					links[t] = true
				}
				blocks = append(blocks, t)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(art.Node)
	if len(blocks) > 0 && blocks[0] == a.Title {
		blocks[0] = "" // the page's <h1> repeats the title
	}
	a.Paragraphs = withTitle(a.Title, blocks)
	for i, p := range a.Paragraphs {
		switch {
		case p.Kind == KindTitle:
		case captions[p.Text]:
			a.Paragraphs[i].Kind = KindCaption
		case links[p.Text]:
			a.Paragraphs[i].Kind = KindBoilerplate
		}
	}
	return a, nil
}

// linkText returns the text of the links inside n, each followed by a space.
func linkText(n *html.Node) string {
	if n.Type == html.ElementNode && n.Data == "a" {
		return render.InnerText(n) + " "
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(linkText(c))
	}
	return b.String()
}

// withTitle numbers an article's paragraphs with the title, when there is
// one, as paragraph 1, so that every format numbers its paragraphs alike.
// Empty blocks are dropped.
func withTitle(title string, blocks []string) []Paragraph {
	all := make([]string, 0, len(blocks)+1)
	if title != "" {
		all = append(all, title)
	}
	for _, b := range blocks {
		if b != "" {
			all = append(all, b)
		}
	}
	return classify(all, title != "")
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockTags[c.Data] || hasBlockChild(c)) {
			return true
		}
	}
	return false
}

// canonicalURL returns the page's <link rel=canonical> or og:url, if any.
func canonicalURL(n *html.Node) string {
	if n.Type == html.ElementNode {
		attr := func(k string) string {
			for _, a := range n.Attr {
				if strings.EqualFold(a.Key, k) {
					return a.Val
				}
			}
			return ""
		}
		switch {
		case n.Data == "link" && strings.EqualFold(attr("rel"), "canonical"):
			return attr("href")
		case n.Data == "meta" && attr("property") == "og:url":
			return attr("content")
		case n.Data == "body":
			return ""
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if u := canonicalURL(c); u != "" {
			return u
		}
	}
	return ""
}

func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// normalizeDate writes a recognised date as YYYY-MM-DD and keeps anything
// else as it was given.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", "2 January 2006", "January 2, 2006", "Jan 2, 2006", "02-Jan-2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return s
}

// titleFromID makes a readable title from a file name when an article has none.
func titleFromID(id string) string {
	base := path.Base(id)
	base = strings.TrimSuffix(base, path.Ext(base))
	base = strings.Map(func(r rune) rune {
		if r == '-' || r == '_' {
			return ' '
		}
		return r
	}, base)
	if base == "" {
		return id
	}
	r, size := utf8.DecodeRuneInString(base)
	return string(unicode.ToUpper(r)) + base[size:]
}
