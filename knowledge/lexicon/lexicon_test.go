package lexicon

import (
	"reflect"
	"testing"
	"testing/fstest"
)

func TestRowsAndSet(t *testing.T) {
	fsys := fstest.MapFS{"lexicon/words.txt": {Data: []byte(
		"# a comment line\n\nSaid | say |  assert  # a comment after a space\nC#\n\t\nAccording\n")}}
	tables := Dir(fsys, "lexicon")
	want := [][]string{{"Said", "say", "assert"}, {"C#"}, {"According"}}
	if got := Rows(tables, "words"); !reflect.DeepEqual(got, want) {
		t.Errorf("Rows = %q, want %q", got, want)
	}
	wantSet := map[string]bool{"said": true, "c#": true, "according": true}
	if got := Set(tables, "words"); !reflect.DeepEqual(got, wantSet) {
		t.Errorf("Set = %v, want %v", got, wantSet)
	}
}

func TestMissingTableIsABug(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Rows of a missing table did not panic")
		}
	}()
	Rows(fstest.MapFS{}, "nothing")
}
