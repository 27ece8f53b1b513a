package text

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRead(t *testing.T) {
	s := `Ms. Okafor-Lindqvist said: "We won't." Then she left.`
	p := Read(3, "body", s)
	if p.N != 3 || p.Kind != "body" || p.Text != s || p.Parsed {
		t.Errorf("paragraph header = %d %q %q parsed=%v", p.N, p.Kind, p.Text, p.Parsed)
	}
	checkOffsets(t, s, p.Tokens)
	checkSentences(t, &p)
	if got := sentenceTexts(&p); got != `Ms. Okafor-Lindqvist said: "We won't." | Then she left.` {
		t.Errorf("sentences = %s", got)
	}
}

func TestWordSpan(t *testing.T) {
	s := "Robert Kilroy-Silk's al-Hol and/or the Commander-in-Chief - and 2003-04, AT&T."
	toks := Tokenize(s, nil)
	p := Paragraph{Text: s, Tokens: toks}
	var got []string
	for i := 0; i < len(toks); {
		a, b := WordSpan(toks, i)
		if a > i || b <= i {
			t.Fatalf("WordSpan(%d) = [%d,%d) does not hold %d", i, a, b, i)
		}
		got = append(got, p.Span(a, b))
		i = b
	}
	want := "Robert|Kilroy-Silk|'s|al-Hol|and/or|the|Commander-in-Chief|-|and|2003-04|,|AT&T|."
	if strings.Join(got, "|") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, "|"), want)
	}
	// From the middle of a compound, the span is the same.
	for i, tk := range toks {
		if tk.Text == "Chief" {
			if a, b := WordSpan(toks, i); p.Span(a, b) != "Commander-in-Chief" {
				t.Errorf("WordSpan from Chief = %q", p.Span(a, b))
			}
		}
	}
}

func TestLineBreakBefore(t *testing.T) {
	p := Read(1, "body", "Totals:\n  12 cars\n  4 vans and\nbikes")
	var got []string
	for i, tk := range p.Tokens {
		if p.LineBreakBefore(i) {
			got = append(got, tk.Text)
		}
	}
	if strings.Join(got, " ") != "12 4 bikes" {
		t.Errorf("line breaks before %q, want 12 4 bikes", got)
	}
}

// FuzzRead checks what holds for any input: no panic, tokens in order,
// within bounds and not overlapping, every rune that is not a separator in
// a token, and sentences covering all tokens in order.
func FuzzRead(f *testing.F) {
	for _, s := range []string{"", "a", "Mr. Smith's £4.5bn (U.S.) deal.", `"No," he said. 'Yes!'`, "\xff\xfe.", "...", "1. 2.",
		"http://x.org/(a", "a@b.c", "don't-can't", "👨‍👩‍👧\u200d", "\u00ad\u200d", "’’’", "US$", "2003-04-05/06", ":)"} {
		f.Add(s)
	}
	if data, err := os.ReadFile("testdata/news.txt"); err == nil {
		for _, p := range strings.Split(string(data), "\n\n") {
			f.Add(p)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := Read(1, "body", s)
		end := 0
		for i, tk := range p.Tokens {
			if tk.Start < end || tk.End <= tk.Start || tk.End > len(s) || tk.Text != s[tk.Start:tk.End] {
				t.Fatalf("token %d %q [%d,%d) after %d in %q", i, tk.Text, tk.Start, tk.End, end, s)
			}
			if tk.Low == "" {
				t.Fatalf("token %d %q has no Low", i, tk.Text)
			}
			// What lies between tokens is separators only.
			for k := end; k < tk.Start; {
				r, n := utf8.DecodeRuneInString(s[k:])
				if !isSeparator(r, n) {
					t.Fatalf("rune %q at %d is in no token of %q", r, k, s)
				}
				k += n
			}
			end = tk.End
		}
		for k := end; k < len(s); {
			r, n := utf8.DecodeRuneInString(s[k:])
			if !isSeparator(r, n) {
				t.Fatalf("rune %q at %d is in no token of %q", r, k, s)
			}
			k += n
		}
		checkSentences(t, &p)
		for _, q := range Quotes(p.Tokens, nil) {
			if q.Open < 0 || q.Open >= len(p.Tokens) || q.Close >= len(p.Tokens) || q.Close >= 0 && q.Close <= q.Open {
				t.Fatalf("quote %+v out of range in %q", q, s)
			}
		}
	})
}

// benchParagraphs returns the paragraphs of testdata/news.txt and their size.
func benchParagraphs(b *testing.B) ([]string, int) {
	data, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	paras := strings.Split(strings.TrimSpace(string(data)), "\n\n")
	size := 0
	for _, p := range paras {
		size += len(p)
	}
	return paras, size
}

// BenchmarkRead measures tokenizing and splitting a paragraph into a new
// Paragraph, as the extractors will: allocations are the output slices.
func BenchmarkRead(b *testing.B) {
	paras, size := benchParagraphs(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			_ = Read(1, "body", p)
		}
	}
}

// BenchmarkTokenize measures tokenizing and splitting into reused buffers.
func BenchmarkTokenize(b *testing.B) {
	paras, size := benchParagraphs(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var toks []Token
	var sents []Sentence
	for b.Loop() {
		for _, p := range paras {
			toks = Tokenize(p, toks)
			sents = Sentences(p, toks, sents)
		}
	}
}

// Reading takes time in proportion to the text, also for text made to be
// slow: a paragraph of lone quote marks, closing brackets after a URL, a
// chain of numbers joined by hyphens. A quadratic step would make this test
// run for minutes.
func TestReadLinear(t *testing.T) {
	for _, s := range []string{
		strings.Repeat(`a " `, 100000),
		"http://x.org/" + strings.Repeat(")", 200000),
		strings.Repeat("1-", 200000),
		strings.Repeat("non-", 100000),
		strings.Repeat(". )", 100000),
		strings.Repeat("U.", 100000),
		strings.Repeat("a.", 100000),
	} {
		p := Read(1, "body", s)
		checkSentences(t, &p)
		for _, q := range Quotes(p.Tokens, nil) {
			if q.Close >= 0 && q.Close <= q.Open {
				t.Fatalf("quote %+v in %q...", q, s[:20])
			}
		}
	}
}
