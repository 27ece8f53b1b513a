package knowledge

import "github.com/briefbot/briefbot/knowledge/article"

// The article model lives in knowledge/article, below the extractors that
// read it; these are its names in the domain.
type (
	// Article is one briefing article, parsed and split into paragraphs.
	Article = article.Article
	// Paragraph is one numbered block of an article.
	Paragraph = article.Paragraph
	// Kind tells what a paragraph is: title, body, caption or boilerplate.
	Kind = article.Kind
)

// The paragraph kinds.
const (
	KindTitle       = article.KindTitle
	KindBody        = article.KindBody
	KindCaption     = article.KindCaption
	KindBoilerplate = article.KindBoilerplate
)

// SharedScope is the scope of articles from the corpus folder, visible to
// everyone. Articles added from a Discord guild carry that guild's id instead.
const SharedScope = "shared"

// Citation points at the paragraph an answer comes from.
type Citation struct {
	ArticleID string `json:"id"`
	Title     string `json:"title"`
	URL       string `json:"url,omitempty"`
	Paragraph int    `json:"paragraph"`
	Published string `json:"published,omitempty"`
}
