package index

import (
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	zap "github.com/blevesearch/zapx/v17"
	"github.com/golang/snappy"
)

// reopened is retrieveIndex closed and opened again: its segments are then
// files, which the stored fields are read from.
func reopened(t *testing.T) *Index {
	t.Helper()
	ix := retrieveIndex(t)
	dir := ix.dir
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	return openTest(t, dir)
}

// snapshot holds the live index and its current snapshot's segments for the
// rest of the test.
func snapshot(t *testing.T, ix *Index) (bleve.Index, *segments) {
	t.Helper()
	bi, unlock, err := ix.reader()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(unlock)
	sg, err := openSegments(bi)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sg.Close() })
	return bi, sg
}

// Every stored field of every live document reads as the segment itself
// reads it through its mapping.
func TestStoredFieldsReadAsTheSegment(t *testing.T) {
	ix := reopened(t)
	_, sg := snapshot(t, ix)
	files, docs := 0, 0
	for i, ss := range sg.segs {
		if _, ok := ss.Segment().(*zap.Segment); ok {
			files++
		}
		for n := range ss.Segment().Count() {
			if ss.Deleted() != nil && ss.Deleted().Contains(uint32(n)) {
				continue
			}
			var want, got []string
			err := ss.VisitDocument(n, func(field string, typ byte, value []byte, _ []uint64) bool {
				want = append(want, fmt.Sprintf("%s %c %q", field, typ, value))
				return true
			})
			if err != nil {
				t.Fatal(err)
			}
			if err := sg.visit(sg.first[i]+n, func(field string, typ byte, value []byte) {
				got = append(got, fmt.Sprintf("%s %c %q", field, typ, value))
			}); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, want) {
				t.Errorf("segment %d document %d:\n got %v\nwant %v", i, n, got, want)
			}
			docs++
		}
	}
	if files == 0 || docs < 10 {
		t.Fatalf("%d segment files, %d documents: nothing read from a file", files, docs)
	}
}

// A segment whose file a merge removed while a search still holds the
// snapshot is read through its mapping, which stays readable.
func TestStoredFieldsOfARemovedSegmentFile(t *testing.T) {
	ix := reopened(t)
	_, sg := snapshot(t, ix)
	removed := 0
	for _, ss := range sg.segs {
		if z, ok := ss.Segment().(*zap.Segment); ok {
			if err := os.Remove(z.Path()); err != nil {
				t.Fatal(err)
			}
			removed++
		}
	}
	if removed == 0 {
		t.Fatal("no segment file to remove")
	}
	read := 0
	for i, ss := range sg.segs {
		for n := range ss.Segment().Count() {
			if ss.Deleted() != nil && ss.Deleted().Contains(uint32(n)) {
				continue
			}
			var id string
			if err := sg.visit(sg.first[i]+n, func(field string, _ byte, value []byte) {
				if field == "_id" {
					id = string(value)
				}
			}); err != nil || id == "" {
				t.Fatalf("segment %d document %d: id %q, %v", i, n, id, err)
			}
			read++
		}
	}
	if read == 0 {
		t.Fatal("no document read")
	}
}

// A search over a snapshot finds the hits of bleve's search over it, in
// its order, with its scores; and so does a search by name.
func TestSegmentSearchAsBleve(t *testing.T) {
	ix := reopened(t)
	bi, sg := snapshot(t, ix)
	term := func(field, w string) query.Query {
		q := bleve.NewTermQuery(w)
		q.SetField(field)
		return q
	}
	fuzzy := bleve.NewFuzzyQuery("harbor")
	fuzzy.SetField("text")
	fuzzy.SetFuzziness(1)
	// By name: passages of an article changed since (its old ones are
	// deleted), of another, and a name no document has.
	var ids []string
	for _, a := range []string{"fish.txt", "rail.txt"} {
		for n := 1; n <= 4; n++ {
			ids = append(ids, passageID(a, n))
		}
		ids = append(ids, factsID(a))
	}
	ids = append(ids, "no such document")
	queries := map[string]query.Query{
		"term":        term("text", "harbour"), // equal scores: the order of the index decides
		"disjunction": bleve.NewDisjunctionQuery(term("text", "storm"), term("text", "port"), term("text", "fare")),
		"conjunction": bleve.NewConjunctionQuery(term("text", "storm"), term("text", "harbour")),
		"scoped":      ix.scoped(bleve.NewDisjunctionQuery(term("text", "storm"), term("text", "harbour")), "g1"),
		"fuzzy":       fuzzy,
		"nothing":     term("text", "zebra"),
		"names":       bleve.NewDocIDQuery(ids),
	}
	m := bi.Mapping()
	hits := 0
	for name, q := range queries {
		for _, size := range []int{3, 50} {
			want, _ := bleveTop(t, sg, m, q, size)
			got, err := sg.search(context.Background(), m, q, size)
			if err != nil {
				t.Fatal(err)
			}
			sameHits(t, fmt.Sprint(name, " ", size), got, want)
			hits += len(got)
		}
	}
	want, _ := bleveTop(t, sg, m, queries["names"], len(ids))
	got, err := sg.byID(ids)
	if err != nil {
		t.Fatal(err)
	}
	sameHits(t, "by name", got, want)
	if hits < 20 || len(got) < 8 {
		t.Fatalf("%d hits by search, %d by name: too few to compare", hits, len(got))
	}
	// The fields read are the stored fields of the hits.
	found, err := sg.stored(got, []string{"article", "n"})
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range found {
		if id := passageID(str(h.Fields["article"]), num(h.Fields["n"])); !slices.Contains(ids, id) && !slices.Contains(ids, factsID(str(h.Fields["article"]))) {
			t.Errorf("hit %d by name has fields %v", i, h.Fields)
		}
	}
}

// A segment file whose stored fields are damaged gives an error naming
// the problem, never a panic, and the documents beside it still read.
func TestDamagedStoredFields(t *testing.T) {
	// Two documents as zap writes them: lengths, then the field names'
	// numbers and places, then the _id and the compressed fields.
	doc := func(id string, textLen int, compressed []byte) []byte {
		meta := binary.AppendUvarint(nil, uint64(len(id)))
		meta = append(meta, 1, 't', 0, byte(textLen), 0) // field 1, text, at 0, its length, no array positions
		data := append([]byte(id), compressed...)
		b := binary.AppendUvarint(nil, uint64(len(meta)))
		b = binary.AppendUvarint(b, uint64(len(data)))
		return append(append(b, meta...), data...)
	}
	text := func(id, text string) []byte { return doc(id, len(text), snappy.Encode(nil, []byte(text))) }
	good := text("a", "the harbour reopened")
	second := text("b", "fares rise")
	build := func(docs ...[]byte) (*storedFile, []uint64) {
		var body []byte
		var offsets []uint64
		for _, d := range docs {
			offsets = append(offsets, uint64(len(body)))
			body = append(body, d...)
		}
		data := slices.Clone(body)
		for _, o := range offsets {
			data = binary.BigEndian.AppendUint64(data, o)
		}
		path := filepath.Join(t.TempDir(), "segment")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return &storedFile{f: f, data: data, index: uint64(len(body)), docs: uint64(len(docs)), fields: []string{"_id", "text"}}, offsets
	}
	read := func(sf *storedFile, n uint64) (string, error) {
		var out []string
		err := sf.visit(n, func(field string, _ byte, value []byte) { out = append(out, field+"="+string(value)) })
		return strings.Join(out, " "), err
	}
	sf, _ := build(good, second)
	if got, err := read(sf, 1); err != nil || got != "_id=b text=fares rise" {
		t.Fatalf("a sound file reads %q, %v", got, err)
	}
	damaged := map[string][]byte{
		"lengths past the end":   append([]byte{0xff, 0x7f}, good[2:]...),
		"no lengths":             {0x80},
		"text not compressed":    doc("a", 3, []byte{0xff, 0xff, 0xff}),
		"text shorter than said": doc("a", 90, snappy.Encode(nil, []byte("the harbour"))),
		"field past the table":   func() []byte { d := slices.Clone(good); d[3] = 9; return d }(),
	}
	for what, d := range damaged {
		sf, _ := build(d, second)
		if _, err := read(sf, 0); err == nil {
			t.Errorf("%s: no error", what)
		}
		if got, err := read(sf, 1); err != nil || got != "_id=b text=fares rise" {
			t.Errorf("%s: the next document reads %q, %v", what, got, err)
		}
	}
	// Offsets out of order, and a document past the last.
	sf, offsets := build(good, second)
	binary.BigEndian.PutUint64(sf.data[sf.index:], offsets[1]+5)
	if _, err := read(sf, 0); err == nil {
		t.Error("offsets out of order: no error")
	}
	if _, err := read(sf, 2); err == nil {
		t.Error("a document past the last: no error")
	}
}
