package index

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/briefbot/briefbot/knowledge"
)

// The manifest says which articles an index holds: for each, its citation
// (title, url, date), its hash and file stamp, and how many paragraphs and
// facts it has. It lives in memory and, on disk, in a log beside the bleve
// index of its generation, one JSON line per change:
//
//	{"s":12,"id":"world/a.txt","a":{...}}   article indexed (or re-stamped)
//	{"s":13,"id":"world/b.txt"}             article removed
//
// so that a batch costs the articles it changes, not the whole manifest.
//
// Documents and manifest agree after a crash because each batch is written
// in this order: its log lines, tagged with the batch's sequence number,
// are appended and synced; then the bleve batch, which also sets seqKey to
// that number, is applied. On opening, the log's lines up to bleve's
// seqKey are replayed and the later ones (a batch that never reached bleve)
// are cut off. The log is rewritten whole, atomically, when it has grown to
// more than twice the manifest, so its size stays linear in the corpus.
const (
	manifestFile = "briefbot-manifest.log"
	seqKey       = "briefbot/seq"
	// oldManifestKey is where indexes before the log kept the manifest,
	// whole, in bleve's internal store; Open moves it into a log.
	oldManifestKey = "briefbot/manifest"
)

// entry is one article in the manifest: what knowledge knows of it, and
// the stamp of the file it was read from, which lets a resync pass over an
// unchanged file without reading it.
type entry struct {
	knowledge.ArticleInfo
	// ModTime (Unix nanoseconds) and Size of the corpus file when it was
	// indexed; ModTime is 0 when unknown (a link, an article from Discord).
	ModTime int64 `json:"mtime,omitempty"`
	Size    int64 `json:"size,omitempty"`
}

// racyWindow is how recent a file's time may be for its stamp to be
// trusted: a file written again within its file system's time granularity
// (up to a second or two) of being read could keep its time and size.
// Such a file is recorded with no time, and hashed at the next resync, as
// git does with "racily clean" files.
const racyWindow = 2 * time.Second

// stampOf is the stamp of a corpus file as an entry records it.
func stampOf(f knowledge.File) (mtime, size int64) {
	if f.ModTime.IsZero() || time.Since(f.ModTime) < racyWindow {
		return 0, f.Size
	}
	return f.ModTime.UnixNano(), f.Size
}

// unchangedFile reports whether f is the file e was indexed from, by its
// stamp alone.
func (e *entry) unchangedFile(f knowledge.File) bool {
	mtime, size := stampOf(f)
	return e != nil && mtime != 0 && e.ModTime == mtime && e.Size == size
}

// stampChanged reports whether f's stamp differs from the one e records.
func (e *entry) stampChanged(f knowledge.File) bool {
	mtime, size := stampOf(f)
	return e.ModTime != mtime || e.Size != size
}

// record is one line of the manifest log.
type record struct {
	Seq uint64 `json:"s"`
	ID  string `json:"id"`
	// Article is the entry as it now stands; nil when the article was removed.
	Article *entry `json:"a,omitempty"`
}

// manifestLog is the open log of one generation. It is used by one writer
// at a time (the index's writeMu).
type manifestLog struct {
	path    string
	f       *os.File
	size    int64 // bytes of complete lines
	records int   // lines in the log
}

// openManifest reads the manifest of the bleve index bi in folder dir:
// replays the log up to bleve's sequence number, cuts off the rest, and
// returns the entries, that number and the log, open for appending.
//
// Read-only, it reads the manifest as it is and changes nothing on disk:
// no repair, no rewrite, and no log to write to.
func openManifest(dir string, bi bleve.Index, readOnly bool) (map[string]*entry, uint64, *manifestLog, error) {
	seq, err := readSeq(bi)
	if err != nil {
		return nil, 0, nil, err
	}
	path := filepath.Join(dir, manifestFile)
	flag := os.O_RDONLY
	if !readOnly {
		os.Remove(path + ".new") // a rewrite that did not finish
		flag = os.O_RDWR
	}
	m := map[string]*entry{}
	f, err := os.OpenFile(path, flag, 0)
	if errors.Is(err, os.ErrNotExist) {
		// A new index, or one from before the log.
		raw, gerr := bi.GetInternal([]byte(oldManifestKey))
		if gerr != nil {
			return nil, 0, nil, fmt.Errorf("cannot read index manifest: %w", gerr)
		}
		if len(raw) > 0 {
			old := map[string]*knowledge.ArticleInfo{}
			if err := json.Unmarshal(raw, &old); err != nil {
				return nil, 0, nil, fmt.Errorf("index manifest is damaged (rebuild the index with --rebuild): %w", err)
			}
			for id, a := range old {
				m[id] = &entry{ArticleInfo: *a}
			}
		} else if seq > 0 {
			return nil, 0, nil, fmt.Errorf("index manifest %s is missing (rebuild the index with --rebuild)", path)
		}
		if readOnly {
			return m, seq, nil, nil
		}
		l := &manifestLog{path: path}
		if err := l.rewrite(m, seq); err != nil {
			return nil, 0, nil, err
		}
		if len(raw) > 0 {
			// The old copy is no longer read; drop it from bleve.
			b := bi.NewBatch()
			b.DeleteInternal([]byte(oldManifestKey))
			if err := bi.Batch(b); err != nil {
				l.close()
				return nil, 0, nil, fmt.Errorf("cannot update index: %w", err)
			}
		}
		return m, seq, l, nil
	}
	if err != nil {
		return nil, 0, nil, fmt.Errorf("cannot open index manifest: %w", err)
	}
	l := &manifestLog{path: path, f: f}
	if err := l.replay(m, seq, !readOnly); err != nil {
		f.Close()
		return nil, 0, nil, err
	}
	if readOnly {
		f.Close()
		return m, seq, nil, nil
	}
	if l.records > len(m)+logSlack {
		// Updates leave the log up to twice the manifest before they
		// rewrite it; opening has the time to, and the next open reads
		// half. (If it cannot, the log as it is serves.)
		if err := l.rewrite(m, seq); err == nil {
			return m, seq, l, nil
		}
	}
	if _, err := f.Seek(l.size, io.SeekStart); err != nil {
		f.Close()
		return nil, 0, nil, fmt.Errorf("cannot open index manifest: %w", err)
	}
	return m, seq, l, nil
}

// replay applies the log's lines up to seq to m and, with repair, cuts off
// whatever follows them: lines of a batch bleve never committed, or the
// torn end of a line being written when the process died.
func (l *manifestLog) replay(m map[string]*entry, seq uint64, repair bool) error {
	r := bufio.NewReaderSize(l.f, 1<<16)
	var off int64
	bad := int64(-1) // where an unreadable line began
	for {
		line, err := r.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			// A line longer than the buffer: gather it.
			long := append([]byte(nil), line...)
			for err == bufio.ErrBufferFull {
				line, err = r.ReadSlice('\n')
				long = append(long, line...)
			}
			line = long
		}
		if err == io.EOF {
			break // a torn last line, or none
		}
		if err != nil {
			return fmt.Errorf("cannot read index manifest: %w", err)
		}
		var rec record
		if jerr := json.Unmarshal(line, &rec); jerr != nil {
			// Garbage where the end of an unsynced batch was: everything
			// from here is cut off, unless a committed line follows.
			if bad < 0 {
				bad = off
			}
			off += int64(len(line))
			continue
		}
		if rec.Seq > seq {
			break // written ahead of a batch that never reached bleve
		}
		if bad >= 0 {
			return fmt.Errorf("index manifest is damaged at byte %d (rebuild the index with --rebuild)", bad)
		}
		if a := rec.Article; a != nil {
			// One string for the id, the map's key and the entry's, and
			// the one scope most entries share: at 100,000 articles
			// these copies were a tenth of the manifest's memory.
			if a.ID == rec.ID {
				rec.ID = a.ID
			}
			if a.Scope == knowledge.SharedScope {
				a.Scope = knowledge.SharedScope
			}
			m[rec.ID] = a
		} else {
			delete(m, rec.ID)
		}
		off += int64(len(line))
		l.records++
	}
	if bad >= 0 {
		off = bad
	}
	l.size = off
	if st, err := l.f.Stat(); repair && err == nil && st.Size() > off {
		if err := l.f.Truncate(off); err != nil {
			return fmt.Errorf("cannot repair index manifest: %w", err)
		}
		if err := l.f.Sync(); err != nil {
			return fmt.Errorf("cannot repair index manifest: %w", err)
		}
	}
	return nil
}

// appendRecord encodes one log line into buf.
func appendRecord(buf *bytes.Buffer, seq uint64, id string, e *entry) {
	// Encoder.Encode ends the line with '\n'. Entries are plain data.
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(record{Seq: seq, ID: id, Article: e}); err != nil {
		panic(err)
	}
}

// write appends lines to the log and syncs it. On failure the log is cut
// back to where it was, so that no line outlives a batch that failed.
func (l *manifestLog) write(lines []byte, n int) error {
	if _, err := l.f.Write(lines); err != nil {
		return l.undo(fmt.Errorf("cannot write index manifest: %w", err))
	}
	if err := l.f.Sync(); err != nil {
		return l.undo(fmt.Errorf("cannot write index manifest: %w", err))
	}
	l.size += int64(len(lines))
	l.records += n
	return nil
}

// undo cuts the log back to its last good size after a failed write.
func (l *manifestLog) undo(cause error) error {
	if err := l.f.Truncate(l.size); err != nil {
		return fmt.Errorf("%w; and cannot undo it: %v (rebuild the index with --rebuild)", cause, err)
	}
	if _, err := l.f.Seek(l.size, io.SeekStart); err != nil {
		return fmt.Errorf("%w; and cannot undo it: %v (rebuild the index with --rebuild)", cause, err)
	}
	return cause
}

// logSlack is how many lines a log may hold beyond twice its manifest.
var logSlack = 1000

// tooLong reports whether the log holds more than twice the lines the
// manifest needs, with some slack for small indexes.
func (l *manifestLog) tooLong(entries int) bool {
	return l.records > 2*entries+logSlack
}

// rewrite replaces the log with one line per entry, tagged seq, atomically:
// a new file is written and synced, then renamed over the old one.
func (l *manifestLog) rewrite(m map[string]*entry, seq uint64) error {
	tmp := l.path + ".new"
	f, err := os.OpenFile(tmp, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("cannot write index manifest: %w", err)
	}
	w := bufio.NewWriterSize(f, 1<<16)
	var buf bytes.Buffer
	var size int64
	for id, e := range m {
		buf.Reset()
		appendRecord(&buf, seq, id, e)
		size += int64(buf.Len())
		w.Write(buf.Bytes())
	}
	err = w.Flush()
	if err == nil {
		err = f.Sync()
	}
	if err == nil {
		err = os.Rename(tmp, l.path)
	}
	if err != nil {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("cannot write index manifest: %w", err)
	}
	syncDir(filepath.Dir(l.path))
	if l.f != nil {
		l.f.Close()
	}
	l.f, l.size, l.records = f, size, len(m)
	return nil
}

func (l *manifestLog) close() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	return err
}

// readSeq is the sequence number of the last batch bleve committed.
func readSeq(bi bleve.Index) (uint64, error) {
	raw, err := bi.GetInternal([]byte(seqKey))
	if err != nil {
		return 0, fmt.Errorf("cannot read index manifest: %w", err)
	}
	if len(raw) == 0 {
		return 0, nil
	}
	n, err := strconv.ParseUint(string(raw), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("index manifest is damaged (rebuild the index with --rebuild): bad sequence %q", raw)
	}
	return n, nil
}

// syncDir makes a rename or a new file in dir durable.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// Verify checks that the documents and the manifest agree: every document
// belongs to an article of the manifest, and every article has all its
// documents. It reads every document id, so it is for tests and repairs.
func (ix *Index) Verify() error {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.bi == nil {
		return ErrClosed
	}
	want := map[string]bool{}
	for _, e := range ix.manifest {
		for _, id := range docIDs(&e.ArticleInfo) {
			want[id] = true
		}
	}
	adv, err := ix.bi.Advanced()
	if err != nil {
		return err
	}
	r, err := adv.Reader()
	if err != nil {
		return err
	}
	defer r.Close()
	all, err := r.DocIDReaderAll()
	if err != nil {
		return err
	}
	defer all.Close()
	var stray []string
	found := 0
	for {
		iid, err := all.Next()
		if err != nil {
			return err
		}
		if iid == nil {
			break
		}
		id, err := r.ExternalID(iid)
		if err != nil {
			return err
		}
		if want[id] {
			found++
		} else if len(stray) < 5 {
			stray = append(stray, id)
		}
	}
	if len(stray) > 0 {
		return fmt.Errorf("documents of no article in the manifest: %v", stray)
	}
	if found != len(want) {
		return fmt.Errorf("the manifest's articles have %d documents, the index %d of them", len(want), found)
	}
	return nil
}
