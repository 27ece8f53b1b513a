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
	for _, w := range words {
		if k, v, ok := strings.Cut(w, ":"); ok && cmd.option(strings.ToLower(k)) != nil {
			if err := setOption(req, cmd.option(strings.ToLower(k)), unquote(v)); err != nil {
				return nil, err
			}
			continue
		}
		positional = append(positional, w)
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
			// the integer options after it.
			ints := 0
			for _, f := range free[i+1:] {
				if f.Type == Integer {
					ints++
				}
			}
			take = len(positional)
			for take > 1 && ints > 0 && isInt(positional[take-1]) {
				take--
				ints--
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

func isInt(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}
