package text

import (
	"fmt"
	"strings"
	"testing"
)

// quoteTexts renders the quotations of s as the text between their marks.
func quoteTexts(s string) string {
	toks := Tokenize(s, nil)
	var out []string
	for _, q := range Quotes(toks, nil) {
		end := len(s)
		if q.Close >= 0 {
			end = toks[q.Close].Start
		}
		kind := "d"
		if q.Single {
			kind = "s"
		}
		out = append(out, fmt.Sprintf("%s[%s]", kind, s[toks[q.Open].End:end]))
	}
	return strings.Join(out, " ")
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"straight", `He said "we won" today.`, `d[we won]`},
		{"curly", `He said “we won” today.`, `d[we won]`},
		{"after a stop", `"We won." He left.`, `d[We won.]`},
		{"two", `"Yes," she said, "we did."`, `d[Yes,] d[we did.]`},
		{"unclosed runs to the end", `"We will fight on, and we will win`, `d[We will fight on, and we will win]`},
		{"single in double", `"They call it 'the plan' now," he said.`, `d[They call it 'the plan' now,] s[the plan]`},
		{"british single", `Minister: ‘We will not resign’`, `s[We will not resign]`},
		{"possessive is not a quote", `The Joneses' house and the boss' car.`, ``},
		{"apostrophe inside a quote", `"It's the Joneses' fault," he said.`, `d[It's the Joneses' fault,]`},
		{"wrong closing mark", `“We won,“ said Smith.`, `d[We won,]`},
		{"two apostrophes", `''We won,'' he said.`, `d[We won,]`},
		{"spaced marks by parity", `He said " yes " and " no " then.`, `d[ yes ] d[ no ]`},
		{"none", `Nothing quoted here.`, ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quoteTexts(tt.in); got != tt.want {
				t.Errorf("Quotes(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestQuoteOpens(t *testing.T) {
	s := `"A" “B” ‘C’ «D» "E."`
	toks := Tokenize(s, nil)
	var got []string
	for i, tk := range toks {
		if tk.Shape == ShapeQuote {
			got = append(got, fmt.Sprintf("%s%v", tk.Text, QuoteOpens(toks, i)))
		}
	}
	want := `"true "false “true ”false ‘true ’false «true »false "true "false`
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
	if QuoteOpens(toks, 1) {
		t.Errorf("a word is not an opening quote")
	}
}
