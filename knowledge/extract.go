package knowledge

import (
	"github.com/briefbot/briefbot/knowledge/claims"
	"github.com/briefbot/briefbot/knowledge/entities"
	"github.com/briefbot/briefbot/knowledge/figures"
	"github.com/briefbot/briefbot/knowledge/text"
)

// Read reads an article into the language layer, once, for all the
// extractors to share: every paragraph split into tokens and sentences, and
// the paragraphs extraction reads (title, body, captions) tagged with parts
// of speech and lemmas. Extractors parse the sentences they need themselves
// (text.ParseSentence), so that no sentence is parsed for nothing.
func Read(a *Article) *text.Doc {
	doc := &text.Doc{Paragraphs: make([]text.Paragraph, len(a.Paragraphs))}
	for i, p := range a.Paragraphs {
		doc.Paragraphs[i] = text.Read(p.N, string(p.Kind), p.Text)
		if p.Kind != KindBoilerplate {
			text.Tag(&doc.Paragraphs[i])
		}
	}
	return doc
}

// Extract finds the facts of an article: its entities, the claims made in it
// with their speakers resolved, its figures, and the disputes between claims.
func Extract(a *Article) Facts {
	return ExtractDoc(Read(a))
}

// ExtractDoc finds the facts of an article already read by Read.
func ExtractDoc(doc *text.Doc) Facts {
	f := Facts{}
	f.Entities = entities.Extract(doc)
	f.Claims = claims.Extract(doc, f.Entities)
	f.Figures = figures.Extract(doc, f.Entities, f.Claims)
	f.Disputes = claims.FindDisputes(doc, f.Claims)
	if f.Entities == nil {
		f.Entities = []Entity{}
	}
	if f.Claims == nil {
		f.Claims = []Claim{}
	}
	if f.Figures == nil {
		f.Figures = []Figure{}
	}
	if f.Disputes == nil {
		f.Disputes = []Dispute{}
	}
	return f
}
