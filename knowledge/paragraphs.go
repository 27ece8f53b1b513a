package knowledge

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
)

var (
	blankLine     = regexp.MustCompile(`\n[ \t]*\n\s*`)
	markdownImage = regexp.MustCompile(`^!\[[^\]]*\]\([^)]*\)`)
)

var paragraphLexicon = sync.OnceValue(func() (lex struct {
	boilerplate map[string]bool
	prefixes    []string
	credits     []string
}) {
	lex.boilerplate = lexiconSet("boilerplate")
	for _, row := range lexiconRows("boilerplate_prefixes") {
		lex.prefixes = append(lex.prefixes, strings.ToLower(row[0]))
	}
	for _, row := range lexiconRows("caption_credits") {
		lex.credits = append(lex.credits, strings.ToLower(row[0]))
	}
	return lex
})

// classify numbers blocks as paragraphs and tells their kinds. With titled,
// the first block is the title.
func classify(blocks []string, titled bool) []Paragraph {
	paras := make([]Paragraph, len(blocks))
	// An article written all in capitals has no all-caps headlines to flag.
	caps := 0
	for _, b := range blocks {
		if isAllCaps(b) {
			caps++
		}
	}
	shouting := caps*2 > len(blocks)
	for i, b := range blocks {
		kind := KindBody
		switch {
		case i == 0 && titled:
			kind = KindTitle
		case isBoilerplate(b, shouting), i <= 3 && isByline(b):
			kind = KindBoilerplate
		case isCaption(b):
			kind = KindCaption
		}
		paras[i] = Paragraph{N: i + 1, Kind: kind, Text: b}
	}
	// The short line that heads a caption ("Syrian fighter") belongs to it.
	for i := 1; i < len(paras); i++ {
		prev := &paras[i-1]
		if paras[i].Kind == KindCaption && (prev.Kind == KindBody || prev.Kind == KindBoilerplate) && isLabel(prev.Text) {
			prev.Kind = KindCaption
		}
	}
	return paras
}

// isBoilerplate tells page furniture: lone punctuation, "Related Content",
// share and subscribe lines, and all-caps headlines of related stories.
func isBoilerplate(text string, shouting bool) bool {
	if !strings.ContainsFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return true
	}
	lex := paragraphLexicon()
	key := strings.ToLower(strings.TrimFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
	if lex.boilerplate[key] {
		return true
	}
	words := strings.Fields(text)
	if len(words) <= 14 {
		lower := strings.ToLower(text)
		for _, p := range lex.prefixes {
			if strings.HasPrefix(lower, p) {
				return true
			}
		}
	}
	return !shouting && len(words) >= 3 && isAllCaps(text)
}

// isByline tells the line that names the writer under a headline: "By
// Ana Lopes, Port Correspondent", "By Tom Reyes and Jo Bell".
func isByline(text string) bool {
	words := strings.Fields(text)
	if len(words) < 2 || len(words) > 12 || words[0] != "By" || strings.ContainsAny(text, "\n0123456789") {
		return false
	}
	last := []rune(text)[len([]rune(text))-1]
	if strings.ContainsRune(".!?:;\"”)’", last) {
		return false
	}
	// the writer's names up to the first comma: capitalised words and "and"
	// ("By Monday, sales had fallen" is a sentence)
	name, _, _ := strings.Cut(strings.Join(words[1:], " "), ",")
	for _, w := range strings.Fields(name) {
		if w != "and" && !unicode.IsUpper([]rune(w)[0]) {
			return false
		}
	}
	return !strings.Contains(text, ",") || len(strings.Fields(name)) >= 2
}

// isAllCaps reports whether text is written in capitals: enough letters,
// nearly all of them upper-case.
func isAllCaps(text string) bool {
	upper, lower := 0, 0
	for _, r := range text {
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	return upper >= 10 && lower*10 <= upper
}

// isCaption tells a photo caption by its credit line.
func isCaption(text string) bool {
	lower := strings.ToLower(text)
	for _, c := range paragraphLexicon().credits {
		if strings.Contains(lower, c) {
			return true
		}
	}
	return false
}

// isLabel tells a short line with no sentence punctuation, such as the label
// that heads a photo caption.
func isLabel(text string) bool {
	if strings.ContainsAny(text, "\n") || len(strings.Fields(text)) > 6 {
		return false
	}
	last := []rune(strings.TrimSpace(text))
	return len(last) > 0 && !strings.ContainsRune(`.!?:;"”'’,`, last[len(last)-1])
}
