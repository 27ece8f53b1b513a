package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/simple"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/briefbot/briefbot/knowledge"
)

// Document types: the value of the "type" field of every document.
//
// There is one passage document per paragraph, carrying the claims and
// figures found in it, and one facts document per article, carrying its
// entities and disputes. Keeping facts on few documents keeps indexing
// close to the cost of the paragraphs alone; citations (title, url, date)
// come from the manifest, so no document repeats them.
const (
	typePassage = "passage"
	typeFacts   = "facts"
)

// textAnalyzer analyses article text: Unicode words, lower case, accents
// folded ("Brunsbuttel" finds "Brunsbüttel"), English stop words and
// stemming, so "ships" finds "ship". An index made before it existed keeps
// the analyser it was made with (bleve stores the mapping), so searches
// look the analyser up by field, never by this name.
const textAnalyzer = "briefbot_en"

// foldFilter folds accented letters in terms, keeping the offsets of the
// words as written (a character filter would shift them).
const foldFilter = "briefbot_fold"

func init() {
	registry.RegisterTokenFilter(foldFilter, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return foldTerms{}, nil
	})
}

type foldTerms struct{}

func (foldTerms) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, tok := range in {
		for _, c := range tok.Term {
			if c >= 0x80 { // only terms with a non-ASCII letter can change
				tok.Term = []byte(knowledge.FoldAccents(string(tok.Term)))
				break
			}
		}
	}
	return in
}

// addTextAnalyzer adds briefbot's text analyser to m and makes it m's default.
func addTextAnalyzer(m *mapping.IndexMappingImpl) {
	if err := m.AddCustomAnalyzer(textAnalyzer, map[string]any{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []any{en.PossessiveName, lowercase.Name, foldFilter, en.StopName, porter.Name},
	}); err != nil {
		panic(err) // the analysers named are built in; this cannot fail
	}
	m.DefaultAnalyzer = textAnalyzer
}

// buildMapping is the whole mapping, in one place.
func buildMapping() mapping.IndexMapping {
	m := bleve.NewIndexMapping()
	m.TypeField = "type"
	m.ScoringModel = "bm25"
	addTextAnalyzer(m)
	m.StoreDynamic = false
	m.IndexDynamic = false
	m.DocValuesDynamic = false

	field := func(f *mapping.FieldMapping, analyzer string, store bool) *mapping.FieldMapping {
		f.Analyzer = analyzer
		f.Store = store
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	text := func(store bool) *mapping.FieldMapping { return field(bleve.NewTextFieldMapping(), textAnalyzer, store) }
	names := func() *mapping.FieldMapping { return field(bleve.NewTextFieldMapping(), simple.Name, false) } // not stemmed
	keywords := func(store bool) *mapping.FieldMapping {
		return field(bleve.NewKeywordFieldMapping(), keyword.Name, store)
	}
	stored := func() *mapping.FieldMapping {
		f := field(bleve.NewTextFieldMapping(), keyword.Name, true)
		f.Index = false
		return f
	}
	number := func() *mapping.FieldMapping {
		f := field(bleve.NewNumericFieldMapping(), "", true)
		f.Index = false
		return f
	}
	doc := func(fields map[string]*mapping.FieldMapping) *mapping.DocumentMapping {
		d := bleve.NewDocumentStaticMapping()
		// "type" picks the document mapping and is not indexed: nothing
		// searches it. "scope" is set on guild articles only: searches
		// exclude the other guilds'.
		fields["article"] = keywords(true)
		fields["scope"] = keywords(false)
		for name, f := range fields {
			d.AddFieldMappingsAt(name, f)
		}
		// No "_all" field: every search names its field, and building one
		// costs a tenth of the indexing time.
		d.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
		return d
	}

	m.AddDocumentMapping(typePassage, doc(map[string]*mapping.FieldMapping{
		"n":    number(),
		"kind": stored(),
		"text": text(true), // body and caption paragraphs: what questions match
		"raw":  stored(),   // title and boilerplate: shown, never matched
		// Claims and figures of the paragraph.
		"facts":      keywords(false), // "claim", "figure": which the paragraph has
		"speakers":   names(),
		"speakerkey": keywords(false),
		"scomplete":  keywords(false),
		"claims":     stored(),
		"figures":    stored(),
	}))
	m.AddDocumentMapping(typeFacts, doc(map[string]*mapping.FieldMapping{
		"heading":   text(false), // the article's title, analysed once per article
		"names":     names(),
		"keys":      keywords(false),
		"ecomplete": keywords(false),
		"data":      stored(),
	}))
	m.DefaultMapping = bleve.NewDocumentDisabledMapping()
	return m
}
