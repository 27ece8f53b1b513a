package index

import (
	"bytes"
	"encoding/json"
	"strconv"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge"
)

// This file reads the entities of a facts document (see articleFacts) as
// encoding/json writes them, without reflection: decoding them through
// encoding/json cost a sixth of a search that names someone. It reads
// only what json.Marshal writes of these types (the fields by their exact
// names, once each, strings without escapes); anything else, it leaves
// to encoding/json, so that what it reads is always what json.Unmarshal
// reads.

// decodeEntities reads the entities of a stored facts document into
// dst.
func decodeEntities(data []byte, dst *[]knowledge.Entity) error {
	d := entityDecoder{data: data}
	if es, ok := d.document(); ok {
		*dst = es
		return nil
	}
	var f struct {
		Entities []knowledge.Entity `json:"entities"`
	}
	err := json.Unmarshal(data, &f)
	*dst = f.Entities
	return err
}

// entityDecoder reads a facts document byte by byte; a method that meets
// what it does not read returns false.
type entityDecoder struct {
	data []byte
	at   int
}

func (d *entityDecoder) document() (es []knowledge.Entity, ok bool) {
	ok = d.fields(func(key []byte) (int, bool) {
		switch string(key) {
		case "entities":
			return 1, array(d, &es, func() bool {
				var e knowledge.Entity
				if !d.entity(&e) {
					return false
				}
				es = append(es, e)
				return true
			})
		case "disputes":
			return 2, d.skip()
		}
		return 0, false
	})
	d.space()
	return es, ok && d.at == len(d.data)
}

func (d *entityDecoder) entity(e *knowledge.Entity) bool {
	return d.fields(func(key []byte) (bit int, ok bool) {
		switch string(key) {
		case "id":
			bit, ok = 1, d.str(&e.ID)
		case "name":
			bit, ok = 2, d.str(&e.Name)
		case "type":
			bit, ok = 4, d.str(&e.Type)
		case "aliases":
			bit, ok = 8, d.strs(&e.Aliases)
		case "roles":
			bit, ok = 16, d.strs(&e.Roles)
		case "affiliations":
			bit, ok = 32, d.strs(&e.Affiliations)
		case "gender":
			bit, ok = 64, d.str(&e.Gender)
		case "state":
			bit, ok = 128, d.boolean(&e.State)
		case "mentions":
			bit, ok = 256, array(d, &e.Mentions, func() bool {
				var m knowledge.Mention
				if !d.mention(&m) {
					return false
				}
				e.Mentions = append(e.Mentions, m)
				return true
			})
		}
		return bit, ok
	})
}

func (d *entityDecoder) mention(m *knowledge.Mention) bool {
	return d.fields(func(key []byte) (bit int, ok bool) {
		switch string(key) {
		case "paragraph":
			bit, ok = 1, d.integer(&m.Paragraph)
		case "start":
			bit, ok = 2, d.integer(&m.Start)
		case "end":
			bit, ok = 4, d.integer(&m.End)
		case "text":
			bit, ok = 8, d.str(&m.Text)
		}
		return bit, ok
	})
}

// fields reads an object whose known keys each come at most once: field
// reads the value of a key and returns the key's bit (0 for a key not
// known) and whether the value was read.
func (d *entityDecoder) fields(field func(key []byte) (bit int, ok bool)) bool {
	seen := 0
	return d.object(func(key []byte) bool {
		bit, ok := field(key)
		if !ok || bit == 0 || seen&bit != 0 {
			return false
		}
		seen |= bit
		return true
	})
}

// object reads an object, calling value with each key when the reader is
// at its value.
func (d *entityDecoder) object(value func(key []byte) bool) bool {
	if !d.take('{') {
		return false
	}
	if d.take('}') {
		return true
	}
	for {
		key, ok := d.raw()
		if !ok || !d.take(':') || !value(key) {
			return false
		}
		if d.take('}') {
			return true
		}
		if !d.take(',') {
			return false
		}
	}
}

// array reads null (leaving *list nil) or an array, calling elem at each
// element; an empty array makes *list empty, not nil, as encoding/json
// does.
func array[T any](d *entityDecoder, list *[]T, elem func() bool) bool {
	if d.literal("null") {
		return true
	}
	if !d.take('[') {
		return false
	}
	*list = []T{}
	if d.take(']') {
		return true
	}
	for {
		if !elem() {
			return false
		}
		if d.take(']') {
			return true
		}
		if !d.take(',') {
			return false
		}
	}
}

func (d *entityDecoder) strs(list *[]string) bool {
	return array(d, list, func() bool {
		var s string
		if !d.str(&s) {
			return false
		}
		*list = append(*list, s)
		return true
	})
}

// str reads a string without escapes, of valid UTF-8.
func (d *entityDecoder) str(s *string) bool {
	v, ok := d.raw()
	if ok {
		*s = string(v)
	}
	return ok
}

// raw reads a string without escapes, of valid UTF-8, and returns its
// bytes.
func (d *entityDecoder) raw() ([]byte, bool) {
	if !d.take('"') {
		return nil, false
	}
	from := d.at
	for ; d.at < len(d.data); d.at++ {
		switch c := d.data[d.at]; {
		case c == '"':
			v := d.data[from:d.at]
			d.at++
			return v, utf8.Valid(v)
		case c == '\\' || c < ' ':
			return nil, false
		}
	}
	return nil, false
}

func (d *entityDecoder) integer(n *int) bool {
	d.space()
	from := d.at
	if d.at < len(d.data) && d.data[d.at] == '-' {
		d.at++
	}
	for d.at < len(d.data) && '0' <= d.data[d.at] && d.data[d.at] <= '9' {
		d.at++
	}
	v, err := strconv.Atoi(string(d.data[from:d.at]))
	*n = v
	return err == nil
}

func (d *entityDecoder) boolean(b *bool) bool {
	switch {
	case d.literal("true"):
		*b = true
	case d.literal("false"):
		*b = false
	default:
		return false
	}
	return true
}

// skip reads any value, checking it as encoding/json would.
func (d *entityDecoder) skip() bool {
	d.space()
	from := d.at
	dec := json.NewDecoder(bytes.NewReader(d.data[from:]))
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return false
	}
	d.at = from + int(dec.InputOffset())
	return true
}

func (d *entityDecoder) literal(word string) bool {
	d.space()
	if len(d.data)-d.at >= len(word) && string(d.data[d.at:d.at+len(word)]) == word {
		d.at += len(word)
		return true
	}
	return false
}

// take reads byte c, after any white space.
func (d *entityDecoder) take(c byte) bool {
	d.space()
	if d.at < len(d.data) && d.data[d.at] == c {
		d.at++
		return true
	}
	return false
}

func (d *entityDecoder) space() {
	for d.at < len(d.data) {
		switch d.data[d.at] {
		case ' ', '\t', '\n', '\r':
			d.at++
		default:
			return
		}
	}
}
