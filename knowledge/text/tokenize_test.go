package text

import (
	"strings"
	"testing"
	"unsafe"
)

// texts returns the tokens' texts, joined by spaces.
func texts(toks []Token) string {
	w := make([]string, len(toks))
	for i, t := range toks {
		w[i] = t.Text
	}
	return strings.Join(w, " ")
}

// checkOffsets fails unless every token's Text is s[Start:End].
func checkOffsets(t *testing.T, s string, toks []Token) {
	t.Helper()
	for i, tk := range toks {
		if tk.Start < 0 || tk.End > len(s) || tk.Start >= tk.End || s[tk.Start:tk.End] != tk.Text {
			t.Fatalf("token %d %q has offsets [%d,%d) in %q", i, tk.Text, tk.Start, tk.End, s)
		}
		if tk.Head != -1 {
			t.Fatalf("token %d %q has head %d before parsing", i, tk.Text, tk.Head)
		}
	}
}

// The tokenizer follows the conventions of the UD English treebanks; each
// group below is one convention, checked on sentences written for it.
func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// Contractions and possessives.
		{"n't", "I don't know", "I do n't know"},
		{"can't", "They can't, won't and shouldn't've", "They ca n't , wo n't and should n't 've"},
		{"cannot", "We cannot wait. CANNOT!", "We can not wait . CAN NOT !"},
		{"gonna", "I'm gonna go", "I 'm gon na go"},
		{"clitics", "I'm sure we'll see they're fine, you've seen, he'd go", "I 'm sure we 'll see they 're fine , you 've seen , he 'd go"},
		{"possessive", "Graham's book and Graham’s pen", "Graham 's book and Graham ’s pen"},
		{"plural possessive", "the Joneses' house and Jones’ car", "the Joneses ' house and Jones ’ car"},
		{"inner apostrophe", "O'Brien met D’Souza at 6 o'clock", "O'Brien met D’Souza at 6 o'clock"},
		{"decades", "in the 1960's and the ’90s", "in the 1960's and the ’90s"},
		{"curly n't", "It doesn’t matter", "It does n’t matter"},
		{"let's", "Let's go", "Let 's go"},

		// Hyphens.
		{"hyphenated name", "Robert Kilroy-Silk spoke", "Robert Kilroy - Silk spoke"},
		{"hyphenated words", "a well-known state-of-the-art plan", "a well - known state - of - the - art plan"},
		{"prefixes", "a non-profit co-founder re-elected in mid-2020 by e-mail", "a non-profit co-founder re-elected in mid-2020 by e-mail"},
		{"prefix in a chain", "non-adult-like", "non - adult - like"},
		{"number range", "the 2003-04 season, pages 10-12", "the 2003 - 04 season , pages 10 - 12"},
		{"telephone", "call 713-853-3989 or 555-0199", "call 713-853-3989 or 555-0199"},
		{"dash runs", "wait -- no --- yes", "wait -- no --- yes"},
		{"dashes", "now—or never – maybe", "now — or never – maybe"},

		// Numbers, currencies and units.
		{"pounds", "£4.5bn and $50m", "£ 4.5 bn and $ 50 m"},
		{"per cent", "20% and 3.1%", "20 % and 3.1 %"},
		{"thousands", "50,000 and 1,000.5 and 12,345,678", "50,000 and 1,000.5 and 12,345,678"},
		{"leading dot", "a .5 share", "a .5 share"},
		{"ordinals", "the 22nd and 1990s", "the 22nd and 1990s"},
		{"time", "at 10:30 and 10am and 3:15pm", "at 10:30 and 10 am and 3:15 pm"},
		{"dates", "on 9/11 and 11/28/2000 but 1/2 of 24/7", "on 9/11 and 11/28/2000 but 1 / 2 of 24 / 7"},
		{"country dollar", "US$4.5bn", "US$ 4.5 bn"},
		{"list of numbers", "1,2,3", "1 , 2 , 3"},
		{"euro", "€10m", "€ 10 m"},

		// Abbreviations and initials.
		{"titles", "Mr. Smith and Sen. Jones met Dr. Who", "Mr. Smith and Sen. Jones met Dr. Who"},
		{"dotted", "the U.S. and the U.K., e.g. here, i.e. there", "the U.S. and the U.K. , e.g. here , i.e. there"},
		{"companies", "Acme Inc. and Bolt Corp. and Fairport & Co.", "Acme Inc. and Bolt Corp. and Fairport & Co."},
		{"months", "on Jan. 5 and Sept. 9", "on Jan. 5 and Sept. 9"},
		{"initials", "J. K. Rowling and George W. Bush", "J. K. Rowling and George W. Bush"},
		{"initial at the end", "the Charles V. This", "the Charles V . This"},
		{"number abbreviation", "No. 5 but I said no. Then", "No. 5 but I said no . Then"},
		{"sentence end", "He lives in the U.S.", "He lives in the U.S."},
		{"two stops", "Acme Inc.. Then", "Acme Inc. . Then"},
		{"plain stop", "It rained. Then", "It rained . Then"},
		{"no space", "end.Next", "end . Next"},
		{"ph.d.", "a Ph.D. and a.m.", "a Ph.D. and a.m."},
		{"list", "1. Introduction", "1. Introduction"},
		{"section", "2.1. Methods", "2.1. Methods"},
		{"not a list", "born in 1950. He", "born in 1950 . He"},
		{"score", "Internet: 1, Scientology: 0. But", "Internet : 1 , Scientology : 0 . But"},
		{"elision", "it was [...] a mess", "it was [ ... ] a mess"},
		{"international number", "call +44 20 7946 0000 or +4588304520, up +5.2% and +12%", "call +44 20 7946 0000 or +4588304520 , up + 5.2 % and + 12 %"},

		// URLs and e-mail addresses.
		{"url", "see https://example.org/a?b=1&c=2.", "see https://example.org/a?b=1&c=2 ."},
		{"url in brackets", "(www.example.org/news)", "( www.example.org/news )"},
		{"url with bracket", "http://en.example.org/wiki/Foo_(bar)", "http://en.example.org/wiki/Foo_(bar)"},
		{"domain", "bbc.co.uk, Amazon.com.", "bbc.co.uk , Amazon.com ."},
		{"email", "mail press@example.org.", "mail press@example.org ."},
		{"file", "open report.doc now", "open report.doc now"},

		// Punctuation, quotes and symbols.
		{"ellipsis", "wait... what… no", "wait ... what … no"},
		{"marks", "What?! Really!!", "What ?! Really !!"},
		{"straight quotes", `He said "yes" and 'no'.`, `He said " yes " and ' no ' .`},
		{"curly quotes", "She said “yes” and ‘no’.", "She said “ yes ” and ‘ no ’ ."},
		{"two apostrophes", "''Yes,'' he said", "'' Yes , '' he said"},
		{"brackets", "(a) [b] {c}", "( a ) [ b ] { c }"},
		{"emoji", "great 👍🏽 news 🇬🇧 and 👨‍👩‍👧 :)", "great 👍🏽 news 🇬🇧 and 👨‍👩‍👧 :)"},
		{"symbols", "A&E, AT&T and R&D + 5 = x * y # 1 @ 2", "A&E , AT&T and R&D + 5 = x * y # 1 @ 2"},
		{"slash", "and/or he/she w/o", "and / or he / she w/o"},
		{"hashtag", "#MeToo and @BBCNews at #1 and a#b", "#MeToo and @BBCNews at # 1 and a # b"},

		// Spaces.
		{"nbsp", "10\u00a0000 and a\u200bb", "10 000 and a b"},
		{"tabs and newlines", "one\ttwo\nthree\r\nfour", "one two three four"},
		{"empty", "", ""},
		{"spaces only", " \u00a0\u3000 ", ""},
		{"non-latin", "Société Générale in Zürich and Москва", "Société Générale in Zürich and Москва"},
		{"soft hyphen", "infor\u00admation", "infor\u00admation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.in, nil)
			checkOffsets(t, tt.in, toks)
			if got := texts(toks); got != tt.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenizeFields(t *testing.T) {
	s := "“Graham’s” RISE of 4.5% at http://x.org, CAN'T"
	toks := Tokenize(s, nil)
	checkOffsets(t, s, toks)
	type want struct {
		text, low string
		space     bool
		shape     Shape
	}
	wants := []want{
		{"“", "\"", true, ShapeQuote},
		{"Graham", "graham", false, ShapeWord},
		{"’s", "'s", false, ShapeWord},
		{"”", "\"", false, ShapeQuote},
		{"RISE", "rise", true, ShapeWord},
		{"of", "of", true, ShapeWord},
		{"4.5", "4.5", true, ShapeNumber},
		{"%", "%", false, ShapeSymbol},
		{"at", "at", true, ShapeWord},
		{"http://x.org", "http://x.org", true, ShapeURL},
		{",", ",", false, ShapePunct},
		{"CA", "ca", true, ShapeWord},
		{"N'T", "n't", false, ShapeWord},
	}
	if len(toks) != len(wants) {
		t.Fatalf("got %d tokens (%s), want %d", len(toks), texts(toks), len(wants))
	}
	for i, w := range wants {
		g := toks[i]
		if g.Text != w.text || g.Low != w.low || g.Space != w.space || g.Shape != w.shape {
			t.Errorf("token %d = {%q %q space=%v shape=%d}, want {%q %q space=%v shape=%d}",
				i, g.Text, g.Low, g.Space, g.Shape, w.text, w.low, w.space, w.shape)
		}
	}
}

// A token whose Low equals its Text shares the string: no copy is made.
func TestLowShares(t *testing.T) {
	s := "the cat sat"
	toks := Tokenize(s, nil)
	for _, tk := range toks {
		if tk.Low != tk.Text || !sameString(tk.Low, tk.Text) {
			t.Errorf("Low of %q is a copy", tk.Text)
		}
	}
	allocs := testing.AllocsPerRun(20, func() { toks = Tokenize(s, toks) })
	if allocs != 0 {
		t.Errorf("Tokenize of lower-case text into a reused buffer: %v allocations, want 0", allocs)
	}
	allocs = testing.AllocsPerRun(20, func() { toks = Tokenize("The Cat SAT", toks) })
	if allocs != 1 {
		t.Errorf("Tokenize with capitals into a reused buffer: %v allocations, want 1 (the lower-cased forms)", allocs)
	}
}

// sameString reports whether a and b share their bytes.
func sameString(a, b string) bool {
	return len(a) == len(b) && unsafe.StringData(a) == unsafe.StringData(b)
}

func TestTokenizeInvalidUTF8(t *testing.T) {
	s := "caf\xe9 \xff\xfe ok"
	toks := Tokenize(s, nil)
	checkOffsets(t, s, toks)
	if got := texts(toks); got != "caf \xe9 \xff \xfe ok" {
		t.Errorf("got %q", got)
	}
}

func TestTablesLoad(t *testing.T) {
	tab, err := readTables()
	if err != nil {
		t.Fatal(err)
	}
	if !tab.abbrevs["mr"].within || tab.abbrevs["no"].when != abbrevNumber || !tab.prefixes["non"] || !tab.units["bn"] ||
		!tab.web["com"] || !tab.starters["the"] || len(tab.contractions["cannot"]) != 2 || len(tab.emoticons) == 0 {
		t.Errorf("tables read wrong: %+v", tab)
	}
	if v := TablesVersion(); len(v) != 12 || v != TablesVersion() {
		t.Errorf("TablesVersion() = %q", v)
	}
	for i := 1; i < len(tab.emoticons); i++ {
		if len(tab.emoticons[i]) > len(tab.emoticons[i-1]) {
			t.Errorf("emoticons not longest first: %q before %q", tab.emoticons[i-1], tab.emoticons[i])
		}
	}
}
