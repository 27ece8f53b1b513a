package knowledge

import (
	"errors"
	"fmt"
)

// Reasons a file is not read as an article. Each is wrapped in a *FileError
// that names the file.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary file")
	ErrNotUTF8     = errors.New("not UTF-8 text")
	ErrTooLarge    = errors.New("file too large")
	ErrFrontMatter = errors.New("broken front matter")
	ErrBadJSON     = errors.New("broken JSON article")
	ErrUnsupported = errors.New("unsupported file type")
	ErrNoText      = errors.New("no article text")
)

// ErrNotFound is returned when an article, paragraph or entity does not exist.
var ErrNotFound = errors.New("not found")

// FileError says why one file could not be read as an article.
type FileError struct {
	Path string
	Err  error
}

func (e *FileError) Error() string { return fmt.Sprintf("%s: %v", e.Path, e.Err) }
func (e *FileError) Unwrap() error { return e.Err }
