package knowledge

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
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

// lexiconRows returns the rows of lexicon/name.txt, each split into trimmed
// columns. The tables are part of the binary, so a missing one is a bug.
func lexiconRows(name string) [][]string {
	data, err := lexiconFS.ReadFile("lexicon/" + name + ".txt")
	if err != nil {
		panic(fmt.Sprintf("knowledge: lexicon %s: %v", name, err))
	}
	var rows [][]string
	for _, line := range strings.Split(string(data), "\n") {
		if i := strings.Index(line, "#"); i >= 0 && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		cols := strings.Split(line, "|")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		rows = append(rows, cols)
	}
	return rows
}

// lexiconSet returns the first column of lexicon/name.txt, lower-cased, as a set.
func lexiconSet(name string) map[string]bool {
	set := map[string]bool{}
	for _, row := range lexiconRows(name) {
		set[strings.ToLower(row[0])] = true
	}
	return set
}
