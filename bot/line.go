package bot

import (
	"strconv"
	"strings"
	"unicode"
)

// ParseLine reads a command as typed in the console: "/name", then options
// either named ("speaker:Graham", quoted values allowed: topic:"border deal")
// or in order, the last text option taking the rest of the line.
func (b *Bot) ParseLine(line string) (*Request, error) {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "/")
	name, rest, _ := strings.Cut(line, " ")
	cmd := b.Command(name)
	if cmd == nil {
		return nil, Errorf("There is no /%s command. Type /help to see what briefbot can do.", name)
	}
	req := &Request{Command: cmd.Name, Options: map[string]Value{}}
	words := splitWords(rest)
	var positional []string
	// A named text option written without quotes runs on to the next
	// named option: topic:market strike is the topic "market strike".
	var open *Option
	var openWords []string
	closeOpen := func() error {
		if open == nil {
			return nil
		}
		err := setOption(req, open, strings.Join(openWords, " "))
		open, openWords = nil, nil
		return err
	}
	for _, w := range words {
		if k, v, ok := strings.Cut(w, ":"); ok && cmd.option(strings.ToLower(k)) != nil {
			if err := closeOpen(); err != nil {
				return nil, err
			}
			o := cmd.option(strings.ToLower(k))
			if o.Type == String && v != "" && unquote(v) == v {
				open, openWords = o, []string{v}
				continue
			}
			if err := setOption(req, o, unquote(v)); err != nil {
				return nil, err
			}
			continue
		}
		if open != nil {
			openWords = append(openWords, unquote(w))
			continue
		}
		// "/reindex full": a true-or-false option set by its name.
		if o := cmd.option(strings.ToLower(w)); o != nil && o.Type == Boolean {
			req.Options[o.Name] = Value{Bool: true}
			continue
		}
		positional = append(positional, w)
	}
	if err := closeOpen(); err != nil {
		return nil, err
	}
	// Fill the options not named, in order; a text option that is the last
	// one left takes all remaining words.
	var free []*Option
	for i := range cmd.Options {
		if _, set := req.Options[cmd.Options[i].Name]; !set {
			free = append(free, &cmd.Options[i])
		}
	}
	for i, o := range free {
		if len(positional) == 0 {
			break
		}
		take := 1
		if o.Type == String && (i == len(free)-1 || free[i+1].Type != String) {
			// The text takes the rest, leaving trailing whole numbers to
			// the integer options after it, when they can be theirs: a
			// number out of the option's range, or after "in" or "since",
			// is part of the text ("cholera deaths in 2021").
			var ints []*Option
			for _, f := range free[i+1:] {
				if f.Type == Integer {
					ints = append(ints, f)
				}
			}
			take = len(positional)
			for n := len(ints) - 1; take > 1 && n >= 0 && ints[n].accepts(positional[take-1]) && !numberWords[strings.ToLower(positional[take-2])]; n-- {
				take--
			}
		}
		vals := make([]string, take)
		for k, p := range positional[:take] {
			vals[k] = unquote(p)
		}
		if err := setOption(req, o, strings.Join(vals, " ")); err != nil {
			return nil, err
		}
		positional = positional[take:]
	}
	if len(positional) > 0 {
		return nil, Errorf("Too many words for /%s: “%s”. Usage: %s", cmd.Name, strings.Join(positional, " "), cmd.Usage())
	}
	return req, nil
}

func setOption(req *Request, o *Option, v string) error {
	switch o.Type {
	case Integer:
		n, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil {
			return Errorf("%s must be a whole number, not “%s”.", o.Name, clipRunes(v, 40))
		}
		req.Options[o.Name] = Value{Int: n}
	case Boolean:
		bv, err := strconv.ParseBool(strings.TrimSpace(v))
		if err != nil {
			return Errorf("%s must be true or false.", o.Name)
		}
		req.Options[o.Name] = Value{Bool: bv}
	case Attachment:
		req.Options[o.Name] = Value{Attachment: &File{Name: v, URL: v}}
	default:
		req.Options[o.Name] = Value{Str: v}
	}
	return nil
}

// splitWords splits on spaces, keeping "quoted phrases" (also after key:) whole.
func splitWords(s string) []string {
	var out []string
	var cur strings.Builder
	quote := rune(0)
	for _, r := range s {
		switch {
		case quote != 0:
			cur.WriteRune(r)
			if r == quote || (quote == '“' && r == '”') {
				quote = 0
			}
		case r == '"' || r == '“':
			quote = r
			cur.WriteRune(r)
		case unicode.IsSpace(r):
			if cur.Len() > 0 {
				out = append(out, cur.String())
				cur.Reset()
			}
		default:
			cur.WriteRune(r)
		}
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"') {
		return s[1 : len(s)-1]
	}
	if strings.HasPrefix(s, "“") && strings.HasSuffix(s, "”") && len(s) > len("“”") {
		return strings.TrimSuffix(strings.TrimPrefix(s, "“"), "”")
	}
	return s
}

// accepts tells whether a word is a whole number within an integer
// option's range.
func (o *Option) accepts(word string) bool {
	n, err := strconv.Atoi(word)
	return err == nil && n >= o.MinValue && (o.MaxValue == 0 || n <= o.MaxValue)
}

// numberWords are the words after which a number belongs to the text it
// ends ("deaths in 2021", "more than 3", "top 10").
var numberWords = map[string]bool{
	"in": true, "of": true, "since": true, "from": true, "to": true, "than": true, "by": true, "before": true,
	"after": true, "until": true, "at": true, "on": true, "for": true, "over": true, "under": true, "about": true,
	"around": true, "between": true, "and": true, "per": true, "top": true, "film": true, "page": true, "no": true,
}
