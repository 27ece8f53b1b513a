package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/simple"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Document types: the value of the "type" field of every document.
const (
	typePassage = "passage"
	typeEntity  = "entity"
	typeClaim   = "claim"
	typeFigure  = "figure"
	typeBrief   = "brief"
)

// textAnalyzer analyses article text: Unicode words, lower case, English
// stop words and stemming, so "children" finds "child".
const textAnalyzer = en.AnalyzerName

// buildMapping is the whole mapping, in one place. Each document type maps
// only the fields it is searched or cited by; everything else a document
// needs for display travels in the stored, unindexed "data" field.
func buildMapping() mapping.IndexMapping {
	m := bleve.NewIndexMapping()
	m.TypeField = "type"
	m.DefaultAnalyzer = textAnalyzer
	m.ScoringModel = "bm25"
	m.StoreDynamic = false
	m.IndexDynamic = false
	m.DocValuesDynamic = false

	text := func(store bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = textAnalyzer
		f.Store = store
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}
	keywordField := func(store bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = store
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}
	names := func(store bool) *mapping.FieldMapping {
		f := text(store)
		f.Analyzer = simple.Name // names are not stemmed
		return f
	}
	stored := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Index = false
		f.Store = true
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}
	number := func() *mapping.FieldMapping {
		f := bleve.NewNumericFieldMapping()
		f.Store = true
		f.DocValues = true
		return f
	}
	sortable := func(f *mapping.FieldMapping) *mapping.FieldMapping {
		f.DocValues = true
		return f
	}
	doc := func(fields map[string]*mapping.FieldMapping) *mapping.DocumentMapping {
		d := bleve.NewDocumentStaticMapping()
		for name, f := range fields {
			f.IncludeInAll = false
			d.AddFieldMappingsAt(name, f)
		}
		return d
	}
	common := func(extra map[string]*mapping.FieldMapping) map[string]*mapping.FieldMapping {
		fields := map[string]*mapping.FieldMapping{
			"type":      keywordField(false),
			"article":   keywordField(true),
			"scope":     keywordField(true),
			"title":     stored(),
			"url":       stored(),
			"published": sortable(keywordField(true)),
			"n":         number(),
		}
		for k, v := range extra {
			fields[k] = v
		}
		return fields
	}

	m.AddDocumentMapping(typePassage, doc(common(map[string]*mapping.FieldMapping{
		"text":    text(true),
		"heading": text(false), // the article title, searchable with every passage
		"kind":    keywordField(true),
		"raw":     stored(),
	})))
	m.AddDocumentMapping(typeEntity, doc(common(map[string]*mapping.FieldMapping{
		"name":      names(true),
		"key":       keywordField(true),
		"aliases":   names(false),
		"etype":     keywordField(true),
		"roles":     text(false),
		"mentions":  number(),
		"ecomplete": keywordField(false),
		"data":      stored(),
	})))
	m.AddDocumentMapping(typeClaim, doc(common(map[string]*mapping.FieldMapping{
		"speaker":    names(true),
		"speakerkey": keywordField(true),
		"stance":     keywordField(true),
		"content":    text(false),
		"scomplete":  keywordField(false),
		"data":       stored(),
	})))
	m.AddDocumentMapping(typeFigure, doc(common(map[string]*mapping.FieldMapping{
		"about":  text(false), // what is counted, the unit, the sentence around it
		"fkind":  keywordField(true),
		"value":  number(),
		"source": names(false),
		"data":   stored(),
	})))
	m.AddDocumentMapping(typeBrief, doc(common(map[string]*mapping.FieldMapping{
		"data": stored(),
	})))
	m.DefaultMapping = bleve.NewDocumentDisabledMapping()
	return m
}
