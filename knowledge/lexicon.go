package knowledge

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"sort"
	"strings"
	"sync"

	"github.com/briefbot/briefbot/knowledge/claims"
	"github.com/briefbot/briefbot/knowledge/entities"
	"github.com/briefbot/briefbot/knowledge/figures"
	"github.com/briefbot/briefbot/knowledge/lexicon"
	"github.com/briefbot/briefbot/knowledge/text"
)

// The root's own lexicon tables (paragraph kinds and question framing) are
// plain text files under lexicon/, read with package lexicon; each extractor
// embeds its own.
//
//go:embed lexicon/*.txt
var lexiconFS embed.FS

// extractorRevision is raised whenever extraction changes in a way that the
// lexicon tables and the model do not show (a change of code);
// ExtractorVersion adds the tables' and the model's own hashes.
// cmd/briefbot's TestExtractorVersionFollowsExtraction fails when the demo
// briefings' facts change and the version does not.
const extractorRevision = "1035"

// ExtractorVersion identifies what extraction produces: an index built by
// another version re-extracts every article on its next update. It hashes
// the tables of every package that extracts, sorted by file name as when
// they shared one folder.
var ExtractorVersion = sync.OnceValue(func() string {
	h := sha256.New()
	h.Write([]byte(extractorRevision))
	for _, t := range allTables() {
		h.Write([]byte(t.name))
		h.Write(t.data)
	}
	h.Write([]byte(text.TablesVersion()))
	h.Write([]byte(text.ModelVersion()))
	return extractorRevision + "-" + hex.EncodeToString(h.Sum(nil)[:6])
})

// table is one lexicon file.
type table struct {
	name string
	data []byte
}

// lexicons are the tables of the root and of every extractor.
func lexicons() []fs.FS {
	return []fs.FS{lexiconTables, entities.Lexicon(), claims.Lexicon(), figures.Lexicon()}
}

// allTables returns the tables of every package that extraction reads,
// sorted by file name. The question tables (question*.txt) are read by
// ReadQuestion only: changing them must not re-extract every article.
func allTables() []table {
	var tables []table
	for _, fsys := range lexicons() {
		entries, _ := fs.ReadDir(fsys, ".")
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), "question") {
				continue
			}
			data, _ := fs.ReadFile(fsys, e.Name())
			tables = append(tables, table{e.Name(), data})
		}
	}
	sort.Slice(tables, func(i, j int) bool { return tables[i].name < tables[j].name })
	return tables
}

// lexiconTables are the root package's own tables (paragraph kinds and
// question framing).
var lexiconTables = lexicon.Dir(lexiconFS, "lexicon")

func lexiconRows(name string) [][]string { return lexicon.Rows(lexiconTables, name) }

func lexiconSet(name string) map[string]bool { return lexicon.Set(lexiconTables, name) }
