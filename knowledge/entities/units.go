package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge/text"
)

// etok is one unit of a paragraph as entity extraction sees it: a word as
// written, glued back from the shared tokens where they were split at
// hyphens ("Kilroy-Silk", "al-Hol", "Commander-in-Chief"), or a single
// number, mark or possessive, with its byte offsets and the range of shared
// tokens it covers.
type etok struct {
	s, e  int
	a, b  int    // Paragraph.Tokens[a:b]
	low   string // lower-cased text; a word's full stops left out ("u.s." is "us")
	word  bool   // starts with a letter
	upper bool   // a word that starts upper-case, or "al-Hol" (particle, hyphen, upper-case)
	caps  bool   // a word whose letters are all upper-case, at least two of them
	sent  bool   // the first word of a sentence, or of a quotation
	poss  bool   // the possessive "'s", or "'" after a plural, written against a word
	// pos is the part of speech of the unit's last token, POSNone when the
	// paragraph is not tagged.
	pos text.POS
	// lemma is the lemma of the unit's last token, "" when not tagged.
	lemma string
	// tag is the English (Penn Treebank) tag of the unit's last token.
	tag string
}

// units reads the tokens of p into entity units, appended to buf[:0].
// quotes is scratch space for the paragraph's quotations.
func units(p *text.Paragraph, buf []etok, quotes []text.Quote) ([]etok, []text.Quote) {
	toks := p.Tokens
	out := buf[:0]
	if cap(out) < len(toks) {
		out = make([]etok, 0, len(toks))
	}
	quotes = text.Quotes(toks, quotes[:0])
	q := 0 // the next quotation whose opening mark is still ahead
	sentence, lastSent := true, -1
	for i := 0; i < len(toks); {
		t := &toks[i]
		if t.Sent != lastSent {
			sentence, lastSent = true, t.Sent
		}
		for q < len(quotes) && quotes[q].Open < i {
			q++
		}
		if q < len(quotes) && quotes[q].Open == i {
			sentence = true // a quotation starts a sentence inside the sentence
		}
		u := etok{s: t.Start, e: t.End, a: i, b: i + 1, low: t.Low}
		switch {
		case i > 0 && !t.Space && isPossessive(&toks[i-1], t):
			u.poss = true
		case t.Shape == text.ShapeWord || t.Shape == text.ShapeNumber:
			a, b := text.WordSpan(toks, i)
			a, b = cutAtSlash(toks, i, a, b)
			a, b = cutAtPlaceSuffix(toks, i, a, b)
			u.a, u.b = a, b
			u.s, u.e = toks[a].Start, toks[b-1].End
			if b-a > 1 {
				var sb strings.Builder
				for k := a; k < b; k++ {
					sb.WriteString(toks[k].Low)
				}
				u.low = sb.String()
			}
			r, _ := utf8.DecodeRuneInString(p.Text[u.s:])
			u.word = unicode.IsLetter(r)
		}
		i = u.b
		u.pos, u.lemma, u.tag = toks[u.b-1].POS, toks[u.b-1].Lemma, toks[u.b-1].Tag
		if !u.word {
			out = append(out, u)
			continue
		}
		u.sent, sentence = sentence, false
		if strings.IndexByte(u.low, '.') >= 0 {
			u.low = strings.ReplaceAll(u.low, ".", "")
		}
		w := p.Text[u.s:u.e]
		r, _ := utf8.DecodeRuneInString(w)
		u.upper = unicode.IsUpper(r)
		if !u.upper {
			// "al-Hol", "el-Sisi", "bin-Laden": a lower-case particle joined to a name.
			if h := strings.IndexByte(w, '-'); h > 0 && h <= 4 && h+1 < len(w) {
				r2, _ := utf8.DecodeRuneInString(w[h+1:])
				u.upper = unicode.IsUpper(r2)
			}
		}
		letters, uppers := 0, 0
		for _, c := range w {
			if unicode.IsLetter(c) {
				letters++
				if unicode.IsUpper(c) {
					uppers++
				}
			}
		}
		u.caps = letters >= 2 && uppers == letters
		out = append(out, u)
	}
	return out, quotes
}

// isPossessive tells the possessive marker t written against the word
// before it: "'s" ("Graham's"), or a lone apostrophe after a plural
// ("Workers'"), which a closing single quote can also be.
func isPossessive(before, t *text.Token) bool {
	if before.Shape != text.ShapeWord && before.Shape != text.ShapeNumber {
		return false
	}
	switch t.Low {
	case "'s":
		return true
	case "'":
		return strings.HasSuffix(before.Low, "s")
	}
	return false
}

// placeSuffixes are the words that, joined by a hyphen to a capitalised
// word, say that it is where someone or something is: "Cambridge-based",
// "Glasgow-born".
var placeSuffixes = map[string]bool{"based": true, "born": true, "headquartered": true}

// cutAtPlaceSuffix cuts "Cambridge-based" into the name "Cambridge" and the
// suffix, so that the name is read as a name. It keeps toks[a:b] starting
// at i when the unit before was cut there.
func cutAtPlaceSuffix(toks []text.Token, i, a, b int) (int, int) {
	if a < i {
		a = i // the suffix left over from the cut before
	}
	if b-a >= 3 && placeSuffixes[toks[b-1].Low] && toks[b-2].Text == "-" {
		if r, _ := utf8.DecodeRuneInString(toks[b-3].Text); unicode.IsUpper(r) {
			return a, b - 2
		}
	}
	return a, b
}

// cutAtSlash narrows the compound toks[a:b] around toks[i] to the part
// between slashes: "Photo/Ghaith" is two units, "Kilroy-Silk" one.
func cutAtSlash(toks []text.Token, i, a, b int) (int, int) {
	for k := i - 1; k > a; k-- {
		if toks[k].Text == "/" {
			a = k + 1
			break
		}
	}
	for k := i + 1; k < b; k++ {
		if toks[k].Text == "/" {
			b = k
			break
		}
	}
	return a, b
}
