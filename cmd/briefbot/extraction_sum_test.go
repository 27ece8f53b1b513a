package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"io/fs"
	"os"
	"path"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge"
)

var updateSum = flag.Bool("update-extraction-sum", false, "rewrite testdata/extraction.sum with the current extractor version and facts")

// extractionSumFile records knowledge.ExtractorVersion and a hash of the
// facts extracted from the demo briefings.
const extractionSumFile = "testdata/extraction.sum"

// TestExtractorVersionFollowsExtraction keeps existing indexes honest: an
// index re-extracts its articles only when knowledge.ExtractorVersion
// changes, so facts that change while the version stays the same would
// leave every running index showing the old ones. When this fails, raise
// extractorRevision in knowledge/lexicon.go if the facts changed, then run
// go test ./cmd/briefbot -run TestExtractorVersionFollowsExtraction -update-extraction-sum
func TestExtractorVersionFollowsExtraction(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts every demo briefing")
	}
	sum := demoFactsSum(t)
	version := knowledge.ExtractorVersion()
	data, err := os.ReadFile(extractionSumFile)
	if err != nil && !*updateSum {
		t.Fatal(err)
	}
	var gotVersion, gotSum string
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) == 2 && !strings.HasPrefix(line, "#") {
			gotVersion, gotSum = f[0], f[1]
		}
	}
	if *updateSum {
		if gotVersion == version && gotSum != sum {
			t.Fatalf("the demo briefings' facts changed but knowledge.ExtractorVersion is still %s: raise extractorRevision in knowledge/lexicon.go first", version)
		}
		data := "# knowledge.ExtractorVersion and a hash of the demo briefings' facts (see TestExtractorVersionFollowsExtraction)\n" + version + " " + sum + "\n"
		if err := os.WriteFile(extractionSumFile, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	switch {
	case gotVersion == version && gotSum != sum:
		t.Fatalf("the demo briefings' facts changed but knowledge.ExtractorVersion is still %s: raise extractorRevision in knowledge/lexicon.go, then rerun with -update-extraction-sum", version)
	case gotVersion != version:
		t.Fatalf("knowledge.ExtractorVersion is %s, %s records %s: rerun with -update-extraction-sum", version, extractionSumFile, gotVersion)
	}
}

// demoFactsSum extracts every demo briefing and hashes the facts.
func demoFactsSum(t *testing.T) string {
	t.Helper()
	h := sha256.New()
	err := fs.WalkDir(demoFiles, "demo", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := demoFiles.ReadFile(name)
		if err != nil {
			return err
		}
		a, err := knowledge.Parse(path.Base(name), name, data, knowledge.ParseOptions{})
		if err != nil {
			return err
		}
		facts, err := json.Marshal(knowledge.Extract(a))
		if err != nil {
			return err
		}
		h.Write([]byte(name + "\n"))
		h.Write(facts)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}
