package index

import (
	"fmt"
	"slices"
	"testing"

	"github.com/briefbot/briefbot/knowledge"
)

// The cache keeps a long list asked for a second time, gives it back
// after, and makes room by dropping the list read least recently.
func TestPostingsCacheKeepsListsAskedAgain(t *testing.T) {
	key := func(term string) postingsKey { return postingsKey{3, 900, "text", term} }
	list := func(n int) []cachedPosting { return make([]cachedPosting, n) }
	n := minCachedPostings
	c := newPostingsCache(int(3 * n * cachedPostingBytes)) // room for three lists
	for _, w := range []string{"harbour", "storm", "ferry"} {
		if l, keep := c.get(key(w), n); l != nil || keep {
			t.Fatalf("%s asked for the first time: kept %v, keep %v", w, l != nil, keep)
		}
		if l, keep := c.get(key(w), n); l != nil || !keep {
			t.Fatalf("%s asked for the second time: kept %v, keep %v", w, l != nil, keep)
		}
		c.put(key(w), list(int(n)))
	}
	if l, _ := c.get(key("harbour"), n); len(l) != int(n) {
		t.Fatalf("harbour: %d postings kept, want %d", len(l), n)
	}
	// A fourth list pushes out the one read least recently: storm, since
	// harbour was just read.
	c.get(key("wall"), n)
	c.get(key("wall"), n)
	c.put(key("wall"), list(int(n)))
	for w, want := range map[string]bool{"harbour": true, "storm": false, "ferry": true, "wall": true} {
		if l, _ := c.get(key(w), n); (l != nil) != want {
			t.Errorf("%s kept: %v, want %v", w, l != nil, want)
		}
	}
	if c.used != 3*int(n)*cachedPostingBytes {
		t.Errorf("%d bytes used, want %d", c.used, 3*int(n)*cachedPostingBytes)
	}
	// Short lists, and lists longer than the whole cache, are never kept.
	for _, size := range []uint64{n - 1, 4 * n} {
		w := fmt.Sprintf("size %d", size)
		c.get(key(w), size)
		if _, keep := c.get(key(w), size); keep {
			t.Errorf("a list of %d postings would be kept in a cache of %d bytes", size, c.budget)
		}
	}
	// The same word in the same segment with a document deleted since, or
	// in another segment, is another list.
	for _, other := range []postingsKey{{3, 899, "text", "harbour"}, {4, 900, "text", "harbour"}, {3, 900, "heading", "harbour"}} {
		if l, _ := c.get(other, n); l != nil {
			t.Errorf("%+v: another list was given", other)
		}
	}
	// The lists remembered as asked for once are bounded.
	for k := range askedMax + 10 {
		c.get(key(fmt.Sprint("once ", k)), n)
	}
	if len(c.asked) > askedMax {
		t.Errorf("%d lists remembered as asked for once, at most %d", len(c.asked), askedMax)
	}
	// No cache keeps nothing.
	var none *postingsCache
	if l, keep := none.get(key("harbour"), n); l != nil || keep {
		t.Error("a nil cache gave a list")
	}
}

// The passage cache works a passage's traits out once, keeps two
// generations of passages, and knows passages by their segment.
func TestPassageCacheWorksTraitsOutOnce(t *testing.T) {
	text := `The harbour reopened on Monday. "It was a long week," the mayor said.`
	c := newPassageCache(2)
	first := c.traits(passageRef{1, 7}, text)
	hash, _ := textHash(text)
	if !slices.Equal(first.sents, sentences(text)) || first.hash != hash || len(first.sents) != 2 {
		t.Fatalf("traits %+v, want the sentences %v and the hash %x", first, sentences(text), hash)
	}
	if again := c.traits(passageRef{1, 7}, text); again != first {
		t.Error("the traits were worked out again")
	}
	if c.traits(passageRef{2, 7}, text) == first {
		t.Error("another segment's passage had the same traits")
	}
	// Two generations of two: passage 7 is still kept after two more
	// (it moved to the newer when read), not after four.
	c.traits(passageRef{1, 8}, text)
	if c.traits(passageRef{1, 7}, text) != first {
		t.Error("a passage of the older generation was dropped")
	}
	for doc := range uint64(4) {
		c.traits(passageRef{1, 10 + doc}, text)
	}
	if c.traits(passageRef{1, 7}, text) == first {
		t.Error("a passage outlived two generations")
	}
	// A text the splitter finds no sentence in is one sentence.
	if tr := newTraits(""); !slices.Equal(tr.sents, []knowledge.Span{{Start: 0, End: 0}}) {
		t.Errorf("empty text: sentences %v", tr.sents)
	}
	// Whether it is a reader's voice is worked out once, as isReaderVoice
	// does.
	for _, s := range []string{text, "I think this is a disgrace!"} {
		tr := newTraits(s)
		for range 2 {
			if got, want := tr.isReader(s, false), isReaderVoice(s, false); got != want {
				t.Errorf("%q: reader %v, want %v", s, got, want)
			}
		}
	}
	// Whether each sentence gives a reason is worked out once for all, as
	// givesReason does.
	why := "The ferry was cancelled. It sank after the storm. Nobody knows."
	tr := newTraits(why)
	for round := range 2 {
		for i, s := range tr.sents {
			if got, want := tr.givesReason(why, i), givesReason(why[s.Start:s.End]); got != want || round == 0 && i == 1 && !got {
				t.Errorf("sentence %d of %q: reason %v, want %v", i, why, got, want)
			}
		}
	}
	// No cache still works the traits out.
	var none *passageCache
	if tr := none.traits(passageRef{1, 7}, text); tr.hash != hash {
		t.Error("no cache gave other traits")
	}
}
