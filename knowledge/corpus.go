package knowledge

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"
)

// DefaultMaxFileSize is the largest article file read by default.
const DefaultMaxFileSize = 8 << 20

// File is one candidate article in a corpus.
type File struct {
	// Path is slash-separated and relative to the corpus root; it is the article's ID.
	Path string
	Size int64
	// ModTime is when a regular file was last written; zero for a symbolic
	// link, whose target may change without the link's time changing.
	ModTime time.Time
}

// Skip names a file that was not indexed and why.
type Skip struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

func (s Skip) String() string { return s.Path + ": " + s.Reason }

// Scan lists the article files of a corpus, recursively, in path order.
// Hidden files and folders are passed over; files of a type briefbot does not
// read, and folders it cannot list, are returned as skips.
func Scan(fsys fs.FS) ([]File, []Skip, error) { return ScanPath(fsys, ".") }

// ScanPath is Scan of one file or folder of a corpus (root is slash-separated
// and relative to the corpus root); the paths it returns are relative to the
// corpus root too. A hidden root is passed over like any hidden file.
func ScanPath(fsys fs.FS, root string) ([]File, []Skip, error) {
	var files []File
	var skips []Skip
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			skips = append(skips, Skip{Path: p, Reason: "unreadable: " + errText(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		name := d.Name()
		if p != "." && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			return nil
		}
		if FormatOf(name) == "" {
			skips = append(skips, Skip{Path: p, Reason: fmt.Sprintf("%v %q (briefbot reads .txt, .md, .html, .json)", ErrUnsupported, path.Ext(name))})
			return nil
		}
		info, err := d.Info()
		if err != nil {
			skips = append(skips, Skip{Path: p, Reason: "unreadable: " + errText(err)})
			return nil
		}
		f := File{Path: p, Size: info.Size()}
		if d.Type().IsRegular() {
			f.ModTime = info.ModTime()
		}
		files = append(files, f)
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read corpus: %w", err)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, skips, nil
}

// ReadFile reads one corpus file, refusing files over maxSize bytes
// without reading them.
func ReadFile(fsys fs.FS, f File, maxSize int64) ([]byte, error) {
	if maxSize <= 0 {
		maxSize = DefaultMaxFileSize
	}
	if f.Size > maxSize {
		return nil, fmt.Errorf("%w (%s, the limit is %s)", ErrTooLarge, humanSize(f.Size), humanSize(maxSize))
	}
	file, err := fsys.Open(f.Path)
	if err != nil {
		return nil, fmt.Errorf("unreadable: %s", errText(err))
	}
	defer file.Close()
	data, err := io.ReadAll(io.LimitReader(file, maxSize+1))
	if err != nil {
		return nil, fmt.Errorf("unreadable: %s", errText(err))
	}
	if int64(len(data)) > maxSize {
		return nil, fmt.Errorf("%w (over %s)", ErrTooLarge, humanSize(maxSize))
	}
	return data, nil
}

// errText drops the path that fs errors repeat.
func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
