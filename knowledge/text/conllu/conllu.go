// Package conllu reads treebanks in the CoNLL-U format of Universal
// Dependencies: one token a line (id, form, lemma, UPOS, XPOS, features,
// head, label, enhanced dependencies, misc), sentences separated by blank
// lines, comments starting with '#'.
//
// It is training and evaluation tooling for the language layer: nothing in
// briefbot's answers reads CoNLL-U.
package conllu

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Word is one syntactic word of a sentence. Multiword tokens ("don't" as
// "do" + "n't" in some treebanks) are read as their words; empty nodes of
// enhanced dependencies are skipped.
type Word struct {
	Form  string
	Lemma string
	UPOS  string
	XPOS  string
	Feats string
	// Head is the index in Sentence.Words of the word's head, or -1 for the root.
	Head int
	// Rel is the basic dependency label, subtype included ("nsubj:pass").
	Rel string
	// SpaceAfter is false when the text has no space after the word.
	SpaceAfter bool
	// Misc is the tenth column as written ("_" when empty).
	Misc string
	// Token is the surface form of the multiword token that starts at this
	// word ("don't" for "do"), and TokenWords how many words it holds; both
	// are zero for a word that is a token of its own or not the first of one.
	Token      string
	TokenWords int
}

// Sentence is one sentence of a treebank.
type Sentence struct {
	ID string
	// Text is the sentence as written (the "# text" comment).
	Text string
	// NewDoc and NewPar are true when a document or paragraph starts here.
	NewDoc, NewPar bool
	Words          []Word
}

// ReadFile reads every sentence of a CoNLL-U file, gzipped when its name ends
// in .gz.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	ss, err := Read(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ss, nil
}

// Read reads every sentence from r.
func Read(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []Sentence
	var cur Sentence
	ids := map[string]int{} // a word's id -> its index in cur.Words
	heads := []string{}
	line := 0
	mwtEnd, mwtSpace := "", true
	pendingMWT := false // the last word id of the multiword token under way, and its spacing
	flush := func() error {
		if len(cur.Words) == 0 {
			cur = Sentence{NewDoc: cur.NewDoc, NewPar: cur.NewPar}
			return nil
		}
		for i, h := range heads {
			switch k, ok := ids[h]; {
			case h == "0":
				cur.Words[i].Head = -1
			case ok:
				cur.Words[i].Head = k
			default:
				return fmt.Errorf("line %d: sentence %s: word %d has unknown head %q", line, cur.ID, i+1, h)
			}
		}
		out = append(out, cur)
		cur = Sentence{}
		clear(ids)
		heads = heads[:0]
		return nil
	}
	for sc.Scan() {
		line++
		l := sc.Text()
		switch {
		case l == "":
			if err := flush(); err != nil {
				return nil, err
			}
		case l[0] == '#':
			k, v, _ := strings.Cut(strings.TrimSpace(l[1:]), "=")
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			switch {
			case k == "sent_id":
				cur.ID = v
			case k == "text":
				cur.Text = v
			case strings.HasPrefix(k, "newdoc"):
				cur.NewDoc = true
			case k == "newpar" || strings.HasPrefix(k, "newpar "):
				cur.NewPar = true
			}
		default:
			cols := strings.Split(l, "\t")
			if len(cols) != 10 {
				return nil, fmt.Errorf("line %d: %d columns, want 10", line, len(cols))
			}
			id := cols[0]
			if strings.Contains(id, ".") {
				continue // an empty node is not part of the basic tree
			}
			if first, last, ok := strings.Cut(id, "-"); ok {
				// A multiword token: its words follow, written together; the
				// last one takes the token's spacing.
				a, err1 := strconv.Atoi(first)
				b, err2 := strconv.Atoi(last)
				if err1 != nil || err2 != nil || b < a {
					return nil, fmt.Errorf("line %d: bad token range %q", line, id)
				}
				mwtEnd, mwtSpace = last, !strings.Contains(cols[9], "SpaceAfter=No")
				cur.Words = append(cur.Words, Word{Token: cols[1], TokenWords: b - a + 1})
				pendingMWT = true
				continue
			}
			if _, err := strconv.Atoi(id); err != nil {
				return nil, fmt.Errorf("line %d: bad word id %q", line, id)
			}
			w := Word{
				Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4], Feats: cols[5],
				Rel: cols[7], Misc: cols[9], SpaceAfter: !strings.Contains(cols[9], "SpaceAfter=No"),
			}
			if pendingMWT {
				// The placeholder appended for the token becomes its first word.
				last := &cur.Words[len(cur.Words)-1]
				w.Token, w.TokenWords = last.Token, last.TokenWords
				cur.Words = cur.Words[:len(cur.Words)-1]
				pendingMWT = false
			}
			if mwtEnd != "" {
				if id == mwtEnd {
					w.SpaceAfter, mwtEnd = mwtSpace, ""
				} else {
					w.SpaceAfter = false
				}
			}
			ids[id] = len(cur.Words)
			heads = append(heads, cols[6])
			cur.Words = append(cur.Words, w)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}
