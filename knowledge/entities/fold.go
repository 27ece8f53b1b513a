package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FoldAccents replaces accented letters by their plain forms, as entity keys
// fold them ("Brunsbüttel" -> "Brunsbuttel"); other text is kept as it is.
func FoldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii {
		return s
	}
	fold := foldTable()
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if f, ok := fold[r]; ok {
			if unicode.IsUpper(r) {
				f = strings.ToUpper(f[:1]) + f[1:] // "Ł" is "L", "Æ" is "Ae"
			}
			b.WriteString(f)
		} else if !unicode.Is(unicode.Mn, r) { // a combining accent is left out
			b.WriteRune(r)
		}
	}
	return b.String()
}
