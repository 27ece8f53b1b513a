package text

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
)

// The tokenizer's and sentence splitter's tables are plain text under
// lexicon/, one entry a line, so that a reviewer can read and extend them
// without reading the code: a line starting with "# " (a hash and a space)
// is a comment, blank lines are ignored, and columns are separated by '|'.
//
//go:embed lexicon/*.txt
var tablesFS embed.FS

// TablesVersion identifies the tokenizer's and sentence splitter's tables:
// it changes when any entry does, so that knowledge.ExtractorVersion can
// fold it in and an index re-extracts its articles when the tokens change.
var TablesVersion = sync.OnceValue(func() string {
	h := sha256.New()
	entries, _ := tablesFS.ReadDir("lexicon")
	for _, e := range entries {
		data, _ := tablesFS.ReadFile("lexicon/" + e.Name())
		fmt.Fprintf(h, "%s %d\n", e.Name(), len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
})

// abbrevWhen tells when an abbreviation keeps the full stop after it.
type abbrevWhen uint8

const (
	abbrevAlways abbrevWhen = iota
	abbrevNumber            // a number follows: "No. 5"
	abbrevName              // a capitalised word follows: "Sat. Jan"
)

// abbrev is one entry of abbreviations.txt.
type abbrev struct {
	when   abbrevWhen
	within bool // no sentence ends after it: "Mr.", "e.g."
}

// tables holds the lexicons, read once.
type tables struct {
	// irregular maps the past forms of irregular verbs to their base.
	irregular    map[string]string
	abbrevs      map[string]abbrev
	prefixes     map[string]bool
	contractions map[string][]int // word -> the lengths of its words
	// contractionEnds holds the last letters of the contractions, to skip
	// the look-up for most words.
	contractionEnds [256]bool
	units           map[string]bool
	extensions      map[string]bool // file and domain endings
	web             map[string]bool // domain endings that make a URL
	starters        map[string]bool
	emoticons       []string // longest first
}

// tokenTables returns the tables. They are embedded, so an error in them is a
// programming error caught by the package's tests.
var tokenTables = sync.OnceValue(func() *tables {
	t, err := readTables()
	if err != nil {
		panic(err)
	}
	return t
})

func readTables() (*tables, error) {
	t := &tables{
		irregular: map[string]string{}, abbrevs: map[string]abbrev{}, prefixes: map[string]bool{}, contractions: map[string][]int{},
		units: map[string]bool{}, extensions: map[string]bool{}, web: map[string]bool{}, starters: map[string]bool{},
	}
	err := readTable("abbreviations.txt", func(cols []string) error {
		a := abbrev{}
		if len(cols) > 1 {
			switch cols[1] {
			case "always", "":
			case "number":
				a.when = abbrevNumber
			case "name":
				a.when = abbrevName
			default:
				return fmt.Errorf("unknown condition %q", cols[1])
			}
		}
		if len(cols) > 2 {
			if cols[2] != "within" {
				return fmt.Errorf("unknown mark %q", cols[2])
			}
			a.within = true
		}
		t.abbrevs[cols[0]] = a
		return nil
	})
	if err == nil {
		err = readTable("prefixes.txt", set(t.prefixes))
	}
	if err == nil {
		err = readTable("units.txt", set(t.units))
	}
	if err == nil {
		err = readTable("starters.txt", set(t.starters))
	}
	if err == nil {
		err = readTable("extensions.txt", func(cols []string) error {
			t.extensions[cols[0]] = true
			if len(cols) > 1 && cols[1] == "web" {
				t.web[cols[0]] = true
			}
			return nil
		})
	}
	if err == nil {
		err = readTable("contractions.txt", func(cols []string) error {
			if len(cols) != 2 {
				return fmt.Errorf("want word | words")
			}
			parts := strings.Fields(cols[1])
			if strings.Join(parts, "") != cols[0] {
				return fmt.Errorf("%q does not spell %q", cols[1], cols[0])
			}
			n := make([]int, len(parts))
			for i, p := range parts {
				n[i] = len(p)
			}
			t.contractions[cols[0]] = n
			t.contractionEnds[cols[0][len(cols[0])-1]] = true
			return nil
		})
	}
	if err == nil {
		err = readTable("irregular_verbs.txt", func(cols []string) error {
			if len(cols) != 2 || cols[1] == "" {
				return fmt.Errorf("want form | base")
			}
			t.irregular[cols[0]] = cols[1]
			return nil
		})
	}
	if err == nil {
		err = readTable("emoticons.txt", func(cols []string) error {
			t.emoticons = append(t.emoticons, cols[0])
			return nil
		})
	}
	if err != nil {
		return nil, err
	}
	// Longest first, so that ":-)" is tried before ":-".
	for i := 1; i < len(t.emoticons); i++ {
		for k := i; k > 0 && len(t.emoticons[k]) > len(t.emoticons[k-1]); k-- {
			t.emoticons[k], t.emoticons[k-1] = t.emoticons[k-1], t.emoticons[k]
		}
	}
	return t, nil
}

// set returns a row reader that adds each row's first column to m.
func set(m map[string]bool) func([]string) error {
	return func(cols []string) error {
		m[cols[0]] = true
		return nil
	}
}

// readTable calls row with the trimmed columns of each entry of a table.
func readTable(name string, row func(cols []string) error) error {
	data, err := tablesFS.ReadFile("lexicon/" + name)
	if err != nil {
		return err
	}
	for n, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line == "" || line == "#" || strings.HasPrefix(line, "# ") {
			continue
		}
		cols := strings.Split(line, "|")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		if cols[0] == "" {
			return fmt.Errorf("lexicon/%s:%d: empty entry", name, n+1)
		}
		if err := row(cols); err != nil {
			return fmt.Errorf("lexicon/%s:%d: %w", name, n+1, err)
		}
	}
	return nil
}
