package knowledge

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"sync"

	"github.com/briefbot/briefbot/knowledge/lexicon"
)

// The lexicons are plain text tables under lexicon/, one entry a line, so a
// reviewer can read and extend them without reading the code: '#' starts a
// comment, blank lines are ignored, and columns are separated by '|'.
//
//go:embed lexicon/*.txt
var lexiconFS embed.FS

// extractorRevision is raised whenever extraction changes in a way that the
// lexicon tables do not show; ExtractorVersion adds the tables' own hash.
const extractorRevision = "1"

// ExtractorVersion identifies what extraction produces: an index built by
// another version re-extracts every article on its next update.
var ExtractorVersion = sync.OnceValue(func() string {
	h := sha256.New()
	h.Write([]byte(extractorRevision))
	entries, _ := lexiconFS.ReadDir("lexicon")
	for _, e := range entries {
		data, _ := lexiconFS.ReadFile("lexicon/" + e.Name())
		h.Write([]byte(e.Name()))
		h.Write(data)
	}
	return extractorRevision + "-" + hex.EncodeToString(h.Sum(nil)[:6])
})

// lexiconTables are the root package's own tables (paragraph kinds and
// question framing).
var lexiconTables = lexicon.Dir(lexiconFS, "lexicon")

func lexiconRows(name string) [][]string { return lexicon.Rows(lexiconTables, name) }

func lexiconSet(name string) map[string]bool { return lexicon.Set(lexiconTables, name) }
