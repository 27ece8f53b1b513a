// Package shared finds the project's shared folder (corpora, treebanks and
// evaluation data) for the tests and benchmarks of knowledge's rooms. The
// folder is never part of the repository: tests that need it skip without it,
// as in CI.
package shared

import (
	"os"
	"path/filepath"
)

// Dir returns the folder named shared found by walking up from the current
// folder (a package's, under go test), or "" when there is none.
func Dir() string {
	dir, err := filepath.Abs(".")
	if err != nil {
		return ""
	}
	for {
		if fi, err := os.Stat(filepath.Join(dir, "shared")); err == nil && fi.IsDir() {
			return filepath.Join(dir, "shared")
		}
		up := filepath.Dir(dir)
		if up == dir {
			return ""
		}
		dir = up
	}
}
