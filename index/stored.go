package index

import (
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/numeric"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"

	zap "github.com/blevesearch/zapx/v17"
	"github.com/golang/snappy"
)

// storedFile reads the stored fields of one persisted segment from its
// file with pread, rather than through the segment's memory mapping: a
// scattered read of the mapping makes the kernel map 64 kB around it into
// the process, so searches soon made every index file's stored fields
// resident (see segments.search).
type storedFile struct {
	f      *os.File
	data   []byte // the segment's mapping: only its stored index (8 bytes a document) is read from it
	index  uint64 // where the stored index starts, and the documents' fields end
	docs   uint64
	fields []string
	raw    []byte // buffers, reused
	plain  []byte
}

var errStored = errors.New("malformed stored fields")

func openStored(z *zap.Segment) (*storedFile, error) {
	f, err := os.Open(z.Path())
	if err != nil {
		return nil, err
	}
	return &storedFile{f: f, data: z.Data(), index: z.StoredIndexOffset(), docs: z.NumDocs(), fields: z.Fields()}, nil
}

func (sf *storedFile) Close() error { return sf.f.Close() }

func (sf *storedFile) offset(num uint64) (uint64, bool) {
	at := sf.index + 8*num
	if at+8 > uint64(len(sf.data)) {
		return 0, false
	}
	return binary.BigEndian.Uint64(sf.data[at:]), true
}

// visit calls fn with each stored field of document num of the segment,
// _id first.
func (sf *storedFile) visit(num uint64, fn func(field string, typ byte, value []byte)) error {
	meta, data, idLen, err := sf.read(num)
	if err != nil {
		return err
	}
	next := func() (uint64, bool) {
		v, k := binary.Uvarint(meta)
		if k <= 0 {
			return 0, false
		}
		meta = meta[k:]
		return v, true
	}
	fn("_id", 't', data[:idLen])
	plain, err := snappy.Decode(sf.plain[:cap(sf.plain)], data[idLen:])
	if err != nil {
		return errStored
	}
	sf.plain = plain
	for len(meta) > 0 {
		field, ok1 := next()
		typ, ok2 := next()
		off, ok3 := next()
		l, ok4 := next()
		numap, ok5 := next()
		if !(ok1 && ok2 && ok3 && ok4 && ok5) || field >= uint64(len(sf.fields)) || off+l > uint64(len(plain)) {
			return errStored
		}
		for range numap {
			if _, ok := next(); !ok {
				return errStored
			}
		}
		fn(sf.fields[field], byte(typ), plain[off:off+l])
	}
	return nil
}

// read reads document num's stored record: the places of its fields
// (meta, after the id's length), its data (the id, then the fields,
// compressed) and the id's length.
func (sf *storedFile) read(num uint64) (meta, data []byte, idLen uint64, err error) {
	if num >= sf.docs {
		return nil, nil, 0, fmt.Errorf("no document %d", num)
	}
	start, ok := sf.offset(num)
	end := sf.index
	if num+1 < sf.docs {
		end, ok = sf.offset(num + 1)
	}
	if !ok || end < start || end-start > 1<<26 {
		return nil, nil, 0, errStored
	}
	n := int(end - start)
	if cap(sf.raw) < n {
		sf.raw = make([]byte, n)
	}
	buf := sf.raw[:n]
	if _, err := sf.f.ReadAt(buf, int64(start)); err != nil {
		return nil, nil, 0, err
	}
	metaLen, k1 := binary.Uvarint(buf)
	if k1 <= 0 {
		return nil, nil, 0, errStored
	}
	dataLen, k2 := binary.Uvarint(buf[k1:])
	if k2 <= 0 || uint64(k1+k2)+metaLen+dataLen > uint64(n) {
		return nil, nil, 0, errStored
	}
	meta = buf[k1+k2 : uint64(k1+k2)+metaLen]
	data = buf[uint64(k1+k2)+metaLen : uint64(k1+k2)+metaLen+dataLen]
	idLen, k := binary.Uvarint(meta)
	if k <= 0 || idLen > uint64(len(data)) {
		return nil, nil, 0, errStored
	}
	return meta[k:], data, idLen, nil
}

// id reads document num's id alone, without decompressing its fields.
func (sf *storedFile) id(num uint64) ([]byte, error) {
	_, data, idLen, err := sf.read(num)
	if err != nil {
		return nil, err
	}
	return data[:idLen], nil
}

// storedHit is a document found, with its score and the stored fields
// asked for, as a bleve search hit gives them: text as a string, a number
// as a float64.
type storedHit struct {
	Score  float64
	Fields map[string]any
}

// stored reads the fields named of documents (by their number in the
// snapshot).
func (s *segments) stored(hits []passageHit, fields []string) ([]storedHit, error) {
	out := make([]storedHit, 0, len(hits))
	for _, h := range hits {
		m := make(map[string]any, len(fields))
		err := s.visit(h.doc, func(field string, typ byte, value []byte) {
			if !slices.Contains(fields, field) {
				return
			}
			switch typ {
			case 't':
				m[field] = string(value)
			case 'n':
				if i, err := numeric.PrefixCoded(value).Int64(); err == nil {
					m[field] = numeric.Int64ToFloat64(i)
				}
			}
		})
		if err != nil {
			return nil, fmt.Errorf("cannot read document %d: %w", h.doc, err)
		}
		out = append(out, storedHit{Score: h.score, Fields: m})
	}
	return out, nil
}

// byID finds the live documents named by ids, in the order of their
// numbers, as a bleve search for the ids orders them (each scores 1).
func (s *segments) byID(ids []string) ([]passageHit, error) {
	var docs []passageHit
	for _, id := range ids {
		if err := s.postings("_id", id, false, func(doc, _, _ uint64) { docs = append(docs, passageHit{doc: doc, score: 1}) }); err != nil {
			return nil, err
		}
	}
	slices.SortFunc(docs, func(a, b passageHit) int { return cmp.Compare(a.doc, b.doc) })
	return slices.CompactFunc(docs, func(a, b passageHit) bool { return a.doc == b.doc }), nil
}

// storedByID reads the fields named of the live documents named by ids
// (see byID).
func storedByID(bi bleve.Index, ids []string, fields ...string) ([]storedHit, error) {
	sg, err := openSegments(bi)
	if err != nil {
		return nil, err
	}
	defer sg.Close()
	hits, err := sg.byID(ids)
	if err != nil {
		return nil, err
	}
	return sg.stored(hits, fields)
}

// search runs q over the snapshot and returns its size best documents: the
// hits, scores and order of a bleve search (by score, then in the order
// the searcher meets them), without bleve's reading of every hit's name
// from the stored fields through the index files' mapping. That mapping
// is the process's memory, and the kernel maps 64 kB around each page
// read: scattered reads soon map all of a file's stored fields (see
// storedFile).
func (s *segments) search(ctx context.Context, m mapping.IndexMapping, q query.Query, size int) ([]passageHit, error) {
	if im, ok := m.(*mapping.IndexMappingImpl); ok && im.ScoringModel == bindex.BM25Scoring {
		ctx = context.WithValue(ctx, search.GetScoringModelCallbackKey,
			search.GetScoringModelCallbackFn(func() string { return bindex.BM25Scoring }))
	}
	sr, err := q.Searcher(ctx, s.r, m, search.SearcherOptions{})
	if err != nil {
		return nil, err
	}
	defer sr.Close()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(sr.DocumentMatchPoolSize(), 0)}
	top := make(hitHeap, 0, size)
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		dm, err := sr.Next(sctx)
		if err != nil {
			return nil, err
		}
		if dm == nil {
			break
		}
		if len(dm.IndexInternalID) == 8 {
			top.offer(passageHit{doc: binary.BigEndian.Uint64(dm.IndexInternalID), score: dm.Score}, size)
		}
		sctx.DocumentMatchPool.Put(dm)
	}
	return top.sorted(), nil
}

// searchStored runs q over the live index's current snapshot (see
// segments.search) and reads the fields named of the size best documents.
func searchStored(ctx context.Context, bi bleve.Index, q query.Query, size int, fields ...string) ([]storedHit, error) {
	sg, err := openSegments(bi)
	if err != nil {
		return nil, err
	}
	defer sg.Close()
	hits, err := sg.search(ctx, bi.Mapping(), q, size)
	if err != nil {
		return nil, err
	}
	return sg.stored(hits, fields)
}
