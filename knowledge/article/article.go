package article

// Kind tells what a paragraph is: the title, body text, a photo caption or
// page boilerplate. Only title, body and caption paragraphs are searchable.
type Kind string

// The paragraph kinds.
const (
	KindTitle       Kind = "title"
	KindBody        Kind = "body"
	KindCaption     Kind = "caption"
	KindBoilerplate Kind = "boilerplate"
)

// Paragraph is one numbered block of an article. N counts from 1 in the order
// of the source; Text is the original text, kept for display.
type Paragraph struct {
	N    int    `json:"n"`
	Kind Kind   `json:"kind"`
	Text string `json:"text"`
}

// Article is one briefing article, parsed and split into paragraphs.
type Article struct {
	// ID is stable: the article's slash-separated path inside its corpus.
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	URL       string   `json:"url"`
	Source    string   `json:"source"`
	Published string   `json:"published"`
	Tags      []string `json:"tags,omitempty"`
	// Format is the file format the article was read from: txt, md, html or json.
	Format string `json:"format,omitempty"`
	// Hash identifies the content the article was parsed from.
	Hash string `json:"hash,omitempty"`
	// Scope is knowledge.SharedScope or the id of the guild that added the article.
	Scope      string      `json:"scope,omitempty"`
	Paragraphs []Paragraph `json:"paragraphs,omitempty"`
}

// Paragraph returns the paragraph numbered n, or false.
func (a *Article) Paragraph(n int) (Paragraph, bool) {
	if n >= 1 && n <= len(a.Paragraphs) && a.Paragraphs[n-1].N == n {
		return a.Paragraphs[n-1], true
	}
	for _, p := range a.Paragraphs {
		if p.N == n {
			return p, true
		}
	}
	return Paragraph{}, false
}
