package index

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2/mapping"
)

// TestBaselineHasThePassageFieldsSettings: the benchmark's bleve alone
// indexes one field, set as briefbot's passage text is.
func TestBaselineHasThePassageFieldsSettings(t *testing.T) {
	ours := buildMapping().(*mapping.IndexMappingImpl).TypeMapping[typePassage].Properties["text"].Fields[0]
	m := baselineMapping().(*mapping.IndexMappingImpl)
	base := m.DefaultMapping.Properties["text"].Fields[0]
	if *base != *ours {
		t.Errorf("baseline text field %+v, briefbot's %+v", *base, *ours)
	}
	if m.ScoringModel != "bm25" || m.DefaultMapping.Dynamic || m.IndexDynamic || m.StoreDynamic || m.DocValuesDynamic {
		t.Errorf("baseline mapping indexes more than the text field: %+v", m)
	}
	if all := m.DefaultMapping.Properties["_all"]; all == nil || all.Enabled {
		t.Error("baseline mapping has an _all field")
	}
}

func TestBenchPhasesMeasure(t *testing.T) {
	corpus := corpusCopy(t)
	fsys := os.DirFS(corpus)
	articles, paras, err := BenchParagraphs(fsys)
	if err != nil || articles != 4 || len(paras) < 10 {
		t.Fatalf("BenchParagraphs: %d articles, %d paragraphs, %v", articles, len(paras), err)
	}
	base, err := BenchBaseline(paras, filepath.Join(t.TempDir(), "b"))
	if err != nil || base.Seconds <= 0 || base.Documents != len(paras) || base.DiskMB <= 0 {
		t.Fatalf("BenchBaseline = %+v, %v", base, err)
	}
	dir := filepath.Join(t.TempDir(), "p")
	pipe, err := BenchPipeline(context.Background(), fsys, dir)
	if err != nil || pipe.Articles != 4 || pipe.Documents == 0 {
		t.Fatalf("BenchPipeline = %+v, %v", pipe, err)
	}
	qs, ps := BenchQueries(paras, 20, 1)
	if len(qs) != 20 || len(ps) == 0 {
		t.Fatalf("BenchQueries: %d queries, %d prefixes", len(qs), len(ps))
	}
	s, err := BenchServe(context.Background(), fsys, dir, qs, ps)
	if err != nil {
		t.Fatal(err)
	}
	if s.Queries != 20 || s.ChangeSeconds <= 0 || s.ResyncSeconds <= 0 {
		t.Errorf("BenchServe = %+v", s)
	}
	// The change was made in memory: the corpus is as it was.
	if got, _ := os.ReadDir(filepath.Join(corpus, "world")); len(got) != 2 {
		t.Errorf("the corpus was changed: %v", got)
	}
}
