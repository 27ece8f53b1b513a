package index

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge"
)

// decodeEntities reads what json.Unmarshal reads, on facts documents as
// the index writes them (made up here: names with quotes, accents, <, &,
// bad UTF-8; lists nil, empty and full) and on JSON it never writes
// (other spacing and key order, unknown, repeated or capitalised keys,
// numbers with a fraction, nulls, errors); and it reads the documents the
// index writes without encoding/json, unless a string needs an escape.
func TestDecodeEntitiesAsEncodingJSON(t *testing.T) {
	pieces := []string{"Anna", " ", "Berg", "Café", "Zoë", "\"", "<b>", "&", "\\", "\xff", "\u2028", "O'Neill", "", "東京", "\t"}
	rng := rand.New(rand.NewPCG(5, 6))
	word := func() string {
		var sb strings.Builder
		for range rng.IntN(4) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return sb.String()
	}
	words := func() []string {
		switch rng.IntN(3) {
		case 0:
			return nil
		case 1:
			return []string{}
		}
		out := []string{}
		for range 1 + rng.IntN(3) {
			out = append(out, word())
		}
		return out
	}
	plain := 0
	for n := range 3000 {
		var f articleFacts
		if n%7 != 0 {
			f.Entities = []knowledge.Entity{}
		}
		for range rng.IntN(4) {
			e := knowledge.Entity{ID: word(), Name: word(), Type: word(), Aliases: words(), Roles: words(), Affiliations: words(),
				Gender: []string{"", "male", "female"}[rng.IntN(3)], State: rng.IntN(2) == 0}
			if rng.IntN(3) > 0 {
				e.Mentions = []knowledge.Mention{}
				for range rng.IntN(3) {
					e.Mentions = append(e.Mentions, knowledge.Mention{Paragraph: rng.IntN(40), Start: rng.IntN(900) - 1, End: rng.IntN(900), Text: word()})
				}
			}
			f.Entities = append(f.Entities, e)
		}
		for range rng.IntN(3) {
			f.Disputes = append(f.Disputes, knowledge.Dispute{About: word(), Claims: []int{rng.IntN(9)}, Speakers: words()})
		}
		data := []byte(mustJSON(f))
		compareEntityDecoding(t, data)
		d := entityDecoder{data: data}
		if _, ok := d.document(); ok {
			plain++
		} else if !strings.Contains(string(data), `\`) {
			t.Errorf("a document without escapes is left to encoding/json: %s", data)
		}
	}
	if plain < 500 {
		t.Errorf("only %d of 3000 documents read without encoding/json", plain)
	}
	for _, data := range []string{
		`{"entities":[{"id":"e1","name":"Anna Berg","type":"person","aliases":null,"roles":["mayor"],"affiliations":[],"mentions":[{"paragraph":1,"start":0,"end":4,"text":"Anna"}],"state":true}],"disputes":null}`,
		` { "disputes" : [ {"about":"x","claims":[1,2]} ] , "entities" : [ { "name" : "Anna" , "id" : "e1" } ] } `,
		`{"entities":[{"id":"e1","Name":"Anna"}]}`,
		`{"entities":[{"id":"e1","id":"e2"}]}`,
		`{"entities":[{"id":"e1","colour":"red"}]}`,
		`{"entities":[{"id":"e1","mentions":[{"paragraph":1.5}]}]}`,
		`{"entities":[{"id":"e1","mentions":[{"paragraph":1e2}]}]}`,
		`{"entities":[{"id":null,"name":"Anna"}]}`,
		`{"entities":[null]}`,
		`{"entities":null}`,
		`{"entities":[],"entities":[{"id":"e1"}]}`,
		`{"entities":[{"id":"e1"}],"other":{"a":[1,{"b":"\"}"}]}}`,
		`{"entities":[{"id":"e1","state":"yes"}]}`,
		`{"entities":[{"id":"e1","mentions":[{"paragraph":99999999999999999999}]}]}`,
		`{"entities":[{"id":"e1"}]} x`,
		`{"entities":[{"id":"e1"}]`,
		`{"entities":[{"id":"e\u00e91"}]}`,
		`null`,
		``,
	} {
		compareEntityDecoding(t, []byte(data))
	}
}

func compareEntityDecoding(t *testing.T, data []byte) {
	t.Helper()
	var want struct {
		Entities []knowledge.Entity `json:"entities"`
	}
	wantErr := json.Unmarshal(data, &want)
	var got []knowledge.Entity
	err := decodeEntities(data, &got)
	if (err != nil) != (wantErr != nil) || !reflect.DeepEqual(got, want.Entities) {
		t.Errorf("decodeEntities(%s) = %+v, %v; encoding/json %+v, %v", data, got, err, want.Entities, wantErr)
	}
}
