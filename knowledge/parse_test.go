package knowledge

import (
	"encoding/binary"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
)

func kinds(a *Article) string {
	var ks []string
	for _, p := range a.Paragraphs {
		ks = append(ks, string(p.Kind))
	}
	return strings.Join(ks, " ")
}

func TestParseFormats(t *testing.T) {
	tests := []struct {
		name, file, text string
		title, url       string
		published        string
		kinds            string
	}{
		{
			name:  "plain text: title line, blank-line paragraphs",
			file:  "a.txt",
			text:  "Ferry strike ends\n\nThe ferry union accepted the offer on Monday.\n\nServices resume on Wednesday.\n",
			title: "Ferry strike ends", kinds: "title body body",
		},
		{
			name:  "plain text: a caption with its label, a stray dot, a related headline, related content",
			file:  "b.txt",
			text:  "Dam opens\n\n.\n\nThe new dam opened on Friday, officials said.\n\nDam gates\nWater flows through the gates of the dam on Friday. (AP Photo/Lena Park)\n\nREGION BRACES FOR MORE RAIN AFTER RECORD WEEK\n\nThe reservoir will take a year to fill.\n\nRelated Content",
			title: "Dam opens", kinds: "title boilerplate body caption caption boilerplate body boilerplate",
		},
		{
			name:  "plain text: hard-wrapped lines stay one paragraph",
			file:  "c.txt",
			text:  "Wrapped\n\nThis paragraph was wrapped by an editor\nat a short width, so its lines belong\ntogether in one paragraph.",
			title: "Wrapped", kinds: "title body",
		},
		{
			name:  "markdown with front matter",
			file:  "d.md",
			text:  "---\ntitle: Port reopens\nurl: https://example.org/port\nsource: Example Wire\npublished: 2026-03-04\ntags: [ports, trade]\n---\nThe port reopened after the storm.\n\n![Cranes at dawn](cranes.jpg)\n\nShare this article\n",
			title: "Port reopens", url: "https://example.org/port", published: "2026-03-04", kinds: "title body caption boilerplate",
		},
		{
			name:  "markdown without front matter takes the heading",
			file:  "e.md",
			text:  "# Grain deal signed\n\nBoth ministers signed the grain deal in Geneva.\n",
			title: "Grain deal signed", kinds: "title body",
		},
		{
			name:  "json",
			file:  "f.json",
			text:  `{"title": "Rates held", "url": "https://example.org/rates", "source": "Wire", "published": "2026-01-05T10:00:00Z", "text": "The central bank held rates.\n\nIt cited slowing inflation."}`,
			title: "Rates held", url: "https://example.org/rates", published: "2026-01-05", kinds: "title body body",
		},
		{
			name: "html: readability finds the article, figcaption is a caption",
			file: "g.html",
			text: `<html><head><title>Bridge repaired | Example News</title><link rel="canonical" href="https://example.org/bridge"></head><body>
<nav><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a></nav>
<article><h1>Bridge repaired</h1>
<p>Engineers finished repairing the old stone bridge on Thursday after eight months of work on its arches and foundations.</p>
<p>The bridge will reopen to cars next week, the city council said in a statement that thanked residents for their patience.</p>
<p>Traffic on the ring road, which took the diverted cars for most of the year, is expected to return to normal by the weekend.</p>
<figure><img src="b.jpg"><figcaption>The repaired bridge at dusk.</figcaption></figure>
</article><footer>Copyright Example News</footer></body></html>`,
			title: "Bridge repaired", url: "https://example.org/bridge", kinds: "title body body body caption",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x/"+tt.file, tt.file, []byte(tt.text), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(a.Title, tt.title) || a.URL != tt.url || a.Published != tt.published {
				t.Errorf("title %q url %q published %q; want %q %q %q", a.Title, a.URL, a.Published, tt.title, tt.url, tt.published)
			}
			if got := kinds(a); got != tt.kinds {
				t.Errorf("kinds = %s\nwant    %s", got, tt.kinds)
			}
			for i, p := range a.Paragraphs {
				if p.N != i+1 {
					t.Errorf("paragraph %d numbered %d", i, p.N)
				}
			}
			if a.ID != "x/"+tt.file || a.Hash == "" || a.Scope != SharedScope {
				t.Errorf("id %q hash %q scope %q", a.ID, a.Hash, a.Scope)
			}
		})
	}
}

func TestPlainParagraphsAreSubstringsOfTheText(t *testing.T) {
	text := "Title line\n\nFirst paragraph\nwraps here.\n\n  Second one, indented.  \n\n\n\nThird."
	a, err := Parse("t.txt", "t.txt", []byte(text), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range a.Paragraphs {
		if !strings.Contains(text, p.Text) {
			t.Errorf("paragraph %d %q is not in the text as written", p.N, p.Text)
		}
	}
	b, _ := Parse("t.txt", "t.txt", []byte(text), ParseOptions{NoTitle: true})
	if b.Paragraphs[0].Kind != KindBody || len(b.Paragraphs) != 4 {
		t.Errorf("with NoTitle: %s", kinds(b))
	}
}

func TestParseRejectsBadInput(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             error
	}{
		{"empty", "a.txt", "", ErrEmpty},
		{"only spaces", "a.txt", " \n\t\n", ErrEmpty},
		{"binary", "a.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00", ErrBinary},
		{"latin-1", "a.txt", "Caf\xe9\n\nText", ErrNotUTF8},
		{"front matter never closed", "a.md", "---\ntitle: x\nbody", ErrFrontMatter},
		{"front matter not YAML", "a.md", "---\ntitle: [x\n---\nbody", ErrFrontMatter},
		{"json syntax", "a.json", `{"title": "x", "text": `, ErrBadJSON},
		{"json without text", "a.json", `{"title": "x"}`, ErrBadJSON},
		{"json list", "a.json", `[{"title": "x", "text": "y"}]`, ErrBadJSON},
		{"json text not a string", "a.json", `{"title": "x", "body": ["y"]}`, ErrBadJSON},
		{"json title not a string", "a.json", `{"title": 5, "text": "y\n\nz"}`, ErrBadJSON},
		{"title only", "a.txt", "Just a title\n", ErrNoText},
		{"unknown type", "a.pdf", "%PDF-1.4", ErrUnsupported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.file, tt.file, []byte(tt.text), ParseOptions{})
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add("a.txt", "Title\n\nBody.\n\n.")
	f.Add("a.md", "---\ntitle: t\n---\nBody")
	f.Add("a.json", `{"title":"t","text":"a\n\nb"}`)
	f.Add("a.html", "<p>Hello <b>world</b></p>")
	f.Fuzz(func(t *testing.T, name, text string) {
		a, err := Parse(name, name, []byte(text), ParseOptions{})
		if err != nil {
			return
		}
		for i, p := range a.Paragraphs {
			if p.N != i+1 || strings.TrimSpace(p.Text) == "" {
				t.Fatalf("paragraph %d: %+v", i, p)
			}
		}
	})
}

// TestCharacterReferencesAreDecoded: a plain-text export that kept HTML's
// character references ("Andr&#233;") reads as the characters, so that a
// name stays one word; a reference without its ";" is text ("AT&T").
func TestCharacterReferencesAreDecoded(t *testing.T) {
	text := "Caf&#233; owner speaks\n\nAndr&#233; Dupr&#xE9; met the mayor&#191;s aide at AT&T &amp; R&D firms.\n\nThe sign read &#191;Qu&#233; tal?"
	for _, name := range []string{"a.txt", "a.md"} {
		a, err := Parse(name, name, []byte(text), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "Café owner speaks" {
			t.Errorf("%s: title %q", name, a.Title)
		}
		if got, want := a.Paragraphs[1].Text, "André Dupré met the mayor's aide at AT&T & R&D firms."; got != want {
			t.Errorf("%s: body %q, want %q", name, got, want)
		}
		if got, want := a.Paragraphs[2].Text, "The sign read ¿Qué tal?"; got != want {
			t.Errorf("%s: body %q, want %q", name, got, want)
		}
	}
}

// TestParseJSONMessagesNameTheProblem: a JSON file that is no article says
// what is wrong with it in words, not in Go's types.
func TestParseJSONMessagesNameTheProblem(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{`[{"title": "x", "text": "y"}]`, "holds a list"},
		{`"just text"`, "holds a JSON string"},
		{`{"title": "x", "body": ["y"]}`, `field "body" must be text, not a list`},
		{`{"title": 5, "text": "y"}`, `field "title" must be text, not a number`},
		{`{"title": "x"}`, `no "text" field`},
	} {
		_, err := Parse("a.json", "a.json", []byte(tt.text), ParseOptions{})
		if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "Go ") || strings.Contains(err.Error(), "knowledge.") {
			t.Errorf("%s: err = %v, want it to say %q", tt.text, err, tt.want)
		}
	}
}

// TestParseJSONOtherFieldNames: exports that call the text "body" or
// "content", the title "headline" and the date "date" are read as such.
func TestParseJSONOtherFieldNames(t *testing.T) {
	a, err := Parse("a.json", "a.json", []byte(`{"headline": "Port reopens", "link": "https://example.org/p", "date": "2026-03-04", "content": "The port reopened.\n\nShips queued.", "tags": ["ports", 1]}`), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Port reopens" || a.URL != "https://example.org/p" || a.Published != "2026-03-04" || len(a.Paragraphs) != 3 || a.Tags != nil {
		t.Errorf("got title %q url %q published %q tags %v, %d paragraphs", a.Title, a.URL, a.Published, a.Tags, len(a.Paragraphs))
	}
}

// TestParseUTF16WithByteOrderMark: text saved as UTF-16 with its mark, as
// some Windows editors save it, is read like UTF-8; without the mark its
// zero bytes still make it binary.
func TestParseUTF16WithByteOrderMark(t *testing.T) {
	const text = "Café owners protest\n\nThe café owners said prices rose.\n"
	for _, order := range []binary.AppendByteOrder{binary.LittleEndian, binary.BigEndian} {
		var data []byte
		data = order.AppendUint16(data, 0xfeff)
		for _, u := range utf16.Encode([]rune(text)) {
			data = order.AppendUint16(data, u)
		}
		a, err := Parse("a.txt", "a.txt", data, ParseOptions{})
		if err != nil {
			t.Fatalf("%v: %v", order, err)
		}
		if a.Title != "Café owners protest" || len(a.Paragraphs) != 2 || a.Paragraphs[1].Text != "The café owners said prices rose." {
			t.Errorf("%v: title %q, paragraphs %+v", order, a.Title, a.Paragraphs)
		}
		if _, err := Parse("a.txt", "a.txt", data[2:], ParseOptions{}); !errors.Is(err, ErrBinary) {
			t.Errorf("%v without its mark: err = %v, want %v", order, err, ErrBinary)
		}
	}
}

// TestBylineAndLinkListsAreBoilerplate: the writer's line under the headline
// and a block of nothing but links (related stories) are no text of the
// article; a sentence that opens with "By" and a link inside a sentence
// stay body.
func TestBylineAndLinkListsAreBoilerplate(t *testing.T) {
	page := `<html><head><title>Floods close the river port</title></head><body><main>
<h1>Floods close the river port</h1><p class="byline">By Ana Lopes, Port Correspondent</p>
<p>By Tuesday the water had risen two metres, and the port at Dunmore closed before noon, the harbour authority said.</p>
<p>Barges waited upstream while <a href="/x">the harbour authority</a> checked the quays, and pilots said the river would fall slowly.</p>
<div><h3>Related stories</h3><ul><li><a href="/a">Bridge repaired</a></li><li><a href="/b">Rates held at last meeting</a></li></ul></div>
</main></body></html>`
	a, err := Parse("p.html", "p.html", []byte(page), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := kinds(a), "title boilerplate body body boilerplate boilerplate boilerplate"; got != want {
		t.Errorf("kinds %q, want %q", got, want)
	}
	b, err := Parse("p.txt", "p.txt", []byte("Floods close the port\n\nBy Ana Lopes and Tom Reyes\n\nThe port closed on Tuesday.\n\nBy Friday it had reopened.\n"), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := kinds(b), "title boilerplate body body"; got != want {
		t.Errorf("text: kinds %q, want %q", got, want)
	}
}

// TestBylineIsNoSentence: a short first paragraph that opens with "By" and
// a time or a sentence is body text, not the writer's line.
func TestBylineIsNoSentence(t *testing.T) {
	for _, body := range []string{"By Monday, sales at the chain had fallen a fifth (to £3m)", "By Friday, Harbour Street was open again", "By then the port was closed"} {
		a, err := Parse("p.txt", "p.txt", []byte("Retail slump deepens\n\n"+body+"\n\nThe chain said trade was weak.\n"), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Paragraphs[1].Kind != KindBody {
			t.Errorf("%q is %s, want body", body, a.Paragraphs[1].Kind)
		}
	}
}

// TestParseJSONAsWritten: field names in any case, a JSON-lines file (its
// first article), and a date given as text under its second name beside a
// number under the first.
func TestParseJSONAsWritten(t *testing.T) {
	for _, tt := range []struct{ text, title, published string }{
		{`{"Title": "Port reopens", "Text": "The port reopened.\n\nShips queued."}`, "Port reopens", ""},
		{`{"title": "Port reopens", "text": "The port reopened.\n\nShips queued."}` + "\n" + `{"title": "Next", "text": "More."}`, "Port reopens", ""},
		{`{"title": "Port reopens", "published": 1767225600, "date": "2026-03-04", "text": "The port reopened.\n\nShips queued."}`, "Port reopens", "2026-03-04"},
	} {
		a, err := Parse("a.json", "a.json", []byte(tt.text), ParseOptions{})
		if err != nil {
			t.Errorf("%s: %v", tt.text, err)
			continue
		}
		if a.Title != tt.title || a.Published != tt.published || len(a.Paragraphs) != 3 {
			t.Errorf("%s: title %q published %q, %d paragraphs", tt.text, a.Title, a.Published, len(a.Paragraphs))
		}
	}
}
