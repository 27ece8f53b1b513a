package lexicon

import (
	"fmt"
	"io/fs"
	"strings"
)

// Rows returns the rows of the table name (the file name.txt in fsys), each
// split into trimmed columns. The tables are part of the binary, so a missing
// one is a bug.
func Rows(fsys fs.FS, name string) [][]string {
	data, err := fs.ReadFile(fsys, name+".txt")
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

// Set returns the first column of the table name, lower-cased, as a set.
func Set(fsys fs.FS, name string) map[string]bool {
	set := map[string]bool{}
	for _, row := range Rows(fsys, name) {
		set[strings.ToLower(row[0])] = true
	}
	return set
}

// Dir returns the tables in the folder dir of fsys, for Rows and Set: each
// room embeds its lexicon/*.txt and reads them through Dir(files, "lexicon").
func Dir(fsys fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(fsys, dir)
	if err != nil {
		panic(fmt.Sprintf("knowledge: lexicon folder %s: %v", dir, err))
	}
	return sub
}
