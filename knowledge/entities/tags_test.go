package entities_test

import (
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
	"github.com/briefbot/briefbot/knowledge/entities"
	"github.com/briefbot/briefbot/knowledge/text"
)

// tagged reads an article and gives the words listed the parts of speech
// (and lemmas) a tagger would: the rules that read tags are tested apart
// from the tagger's accuracy.
func tagged(a *Article, tags map[string]text.POS, lemmas map[string]string) *text.Doc {
	doc := Read(a)
	for i := range doc.Paragraphs {
		p := &doc.Paragraphs[i]
		for k := range p.Tokens {
			t := &p.Tokens[k]
			t.POS = text.PROPN
			if pos, ok := tags[t.Text]; ok {
				t.POS = pos
			} else if t.Shape != text.ShapeWord || t.Low == t.Text {
				t.POS = text.NOUN
			}
			t.Lemma = t.Low
			if l, ok := lemmas[t.Text]; ok {
				t.Lemma = l
			}
		}
	}
	return doc
}

// TestTaggedRules checks the rules that read the tagger's parts of speech:
// a sentence's first word read as no name, a role's modifiers, a verb that
// looks like a role, the object of a verb of things.
func TestTaggedRules(t *testing.T) {
	tests := []struct {
		name   string
		body   []string
		tags   map[string]text.POS
		lemmas map[string]string
		want   []want
		none   []string
	}{
		{
			name: "a sentence's first word read as an adjective or a verb starts no name",
			body: []string{"Independent film-maker Tom Rusk sold it. Putting Vextra Dral on sale was a risk."},
			tags: map[string]text.POS{"Independent": text.ADJ, "Putting": text.VERB, "sold": text.VERB, "was": text.AUX},
			want: []want{{name: "Tom Rusk", typ: entities.EntityPerson, roles: []string{"film-maker"}}},
			none: []string{"Independent", "Putting Vextra Dral"},
		},
		{
			name: "nouns before a role belong to it; a verb after a subject is no role",
			body: []string{"He met his writing partner Anna Wexley.", "The film stars Carl Drummond."},
			tags: map[string]text.POS{"writing": text.NOUN, "stars": text.VERB, "met": text.VERB, "his": text.PRON, "He": text.PRON, "The": text.DET},
			want: []want{
				{name: "Anna Wexley", typ: entities.EntityPerson, roles: []string{"writing partner"}},
				{name: "Carl Drummond", typ: entities.EntityPerson},
			},
		},
		{
			name:   "the object of a verb of things is a thing",
			body:   []string{"Shoppers bought Zentra Quad in their thousands."},
			tags:   map[string]text.POS{"bought": text.VERB, "the": text.DET, "in": text.ADP, "their": text.PRON},
			lemmas: map[string]string{"bought": "buy"},
			none:   []string{"Zentra Quad"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := articleOf("", tt.body...)
			ents := entities.Extract(tagged(a, tt.tags, tt.lemmas))
			checkWants(t, a, ents, tt.want, tt.none)
			for _, e := range ents {
				if e.Name == "Carl Drummond" && len(e.Roles) > 0 {
					t.Errorf("Carl Drummond has roles %q, want none", e.Roles)
				}
			}
		})
	}
}
