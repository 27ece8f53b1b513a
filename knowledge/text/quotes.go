package text

// Quote is a quotation in a paragraph: the indexes of the tokens of its
// opening and closing marks. Close is -1 when the paragraph ends first, as
// wire copy leaves a quotation that goes on in the next paragraph unclosed.
type Quote struct {
	Open, Close int
	// Single is true for single quote marks (‘…’ or '…').
	Single bool
}

// quoteKind tells what a quote mark can do.
type quoteKind uint8

const (
	quoteNone   quoteKind = iota
	quoteOpen             // “ ‘ „ « and the like
	quoteClose            // ” ’ »
	quoteEither           // " ' and the like: its spacing tells
)

// quoteMark returns the kind of the quote token t and whether it is a
// single mark.
func quoteMark(t *Token) (quoteKind, bool) {
	if t.Shape != ShapeQuote {
		return quoteNone, false
	}
	switch t.Text {
	case "\"", "''", "\"\"":
		return quoteEither, false
	case "'":
		return quoteEither, true
	case "“", "„", "«", "``", "「", "『":
		return quoteOpen, false
	case "‘", "‚", "‹", "`", "‛":
		return quoteOpen, true
	case "”", "»", "‟", "」", "』", "””", "’’":
		return quoteClose, false
	case "’", "›", "ʼ":
		return quoteClose, true
	}
	return quoteEither, false
}

// QuoteOpens reports whether the quote mark toks[i] opens a quotation. A
// curly mark tells by its shape, unless its spacing plainly says otherwise
// (a “ written at the end of a quotation, a ” at the start of one). A
// straight mark tells by its spacing: in `"He` it opens, in `won."` it
// closes; one spaced on both sides or on neither opens when the marks like
// it before it are an even number. It takes time in proportion to i; Quotes
// decides for all the marks of a paragraph at once.
func QuoteOpens(toks []Token, i int) bool {
	var qc quoteCount
	return quoteOpens(toks, i, &qc)
}

// quoteCount counts the straight quote marks of each kind before a token.
// It moves along the paragraph from where it was last asked, so that
// deciding every mark of a paragraph in order takes linear time.
type quoteCount struct {
	pos int
	n   [4]int
}

// straightKind returns the index in quoteCount.n of a straight mark, or -1.
func straightKind(t *Token) int {
	if t.Shape != ShapeQuote {
		return -1
	}
	switch t.Text {
	case "\"":
		return 0
	case "'":
		return 1
	case "''":
		return 2
	}
	if kind, _ := quoteMark(t); kind == quoteEither {
		return 3
	}
	return -1
}

// before returns how many marks like toks[k] come before it.
func (c *quoteCount) before(toks []Token, k int) int {
	for c.pos < k {
		if x := straightKind(&toks[c.pos]); x >= 0 {
			c.n[x]++
		}
		c.pos++
	}
	for c.pos > k {
		c.pos--
		if x := straightKind(&toks[c.pos]); x >= 0 {
			c.n[x]--
		}
	}
	if x := straightKind(&toks[k]); x >= 0 {
		return c.n[x]
	}
	return 0
}

// quoteOpens is QuoteOpens with the marks before counted by qc.
func quoteOpens(toks []Token, i int, qc *quoteCount) bool {
	kind, single := quoteMark(&toks[i])
	if kind == quoteNone {
		return false
	}
	before := i == 0 || toks[i].Space || opensSomething(&toks[i-1])
	after := i+1 < len(toks) && !toks[i+1].Space && !closesSomething(&toks[i+1])
	switch kind {
	case quoteOpen:
		return !(!before && !after && i > 0)
	case quoteClose:
		return before && after && (i == 0 || !toks[i].Space || !single)
	}
	switch {
	case before && after:
		return true
	case !before && !after:
		return false
	}
	// Spaced on both sides, or on neither: count the marks before.
	return qc.before(toks, i)%2 == 0
}

// opensSomething reports whether t is a mark after which a quotation may
// open without a space: a bracket, a dash, a slash, an opening quote.
func opensSomething(t *Token) bool {
	switch t.Text {
	case "(", "[", "{", "-", "–", "—", "--", "/", "“", "‘", "«":
		return true
	}
	return false
}

// closesSomething reports whether t is a mark that follows a closing quote:
// , . ; : ! ? ) ] … and the like.
func closesSomething(t *Token) bool {
	if t.Shape != ShapePunct && t.Shape != ShapeQuote {
		return false
	}
	switch t.Text[0] {
	case '(', '[', '{':
		return false
	}
	return t.Shape == ShapePunct
}

// Quotes pairs the quote marks of toks and appends the quotations to
// buf[:0], ordered by their opening marks. Single marks pair only with
// single marks and double with double; a closing mark with nothing open is
// an apostrophe or a stray and is left out, as is a single quotation left
// open (more often an apostrophe than a quotation); a straight mark that
// would open a second quotation of its kind inside the first closes it.
func Quotes(toks []Token, buf []Quote) []Quote {
	out := buf[:0]
	var stack [8]int // indexes in out of the open quotations, innermost last
	depth := 0
	var qc quoteCount
	for i := range toks {
		kind, single := quoteMark(&toks[i])
		if kind == quoteNone {
			continue
		}
		opens := quoteOpens(toks, i, &qc)
		// The innermost open quotation of the same kind.
		same := -1
		for d := depth - 1; d >= 0; d-- {
			if out[stack[d]].Single == single {
				same = d
				break
			}
		}
		if opens && same >= 0 && kind == quoteEither && out[stack[same]].Open != i {
			opens = false // a second straight mark closes the first
		}
		if opens {
			if depth == len(stack) {
				continue
			}
			stack[depth] = len(out)
			depth++
			out = append(out, Quote{Open: i, Close: -1, Single: single})
			continue
		}
		if same < 0 {
			continue
		}
		out[stack[same]].Close = i
		// Quotations opened inside it and left open were not quotations.
		for d := depth - 1; d > same; d-- {
			out[stack[d]].Open = -1
		}
		depth = same
	}
	for d := depth - 1; d >= 0; d-- {
		if out[stack[d]].Single {
			out[stack[d]].Open = -1
		}
	}
	// Drop the quotations found not to be.
	n := 0
	for _, q := range out {
		if q.Open >= 0 {
			out[n] = q
			n++
		}
	}
	return out[:n]
}
