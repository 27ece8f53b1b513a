package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/index"
	"github.com/briefbot/briefbot/knowledge"
)

func runAsk(ctx context.Context, env *environment, args []string) error {
	fl := flag.NewFlagSet("ask", flag.ContinueOnError)
	fl.SetOutput(env.stderr)
	corpus := fl.String("corpus", "", "index this corpus folder first (incrementally) and answer from it")
	indexDir := fl.String("index", "", "answer from this index folder")
	asJSON := fl.Bool("json", false, "print the answer as one JSON object")
	guild := fl.String("guild", "", "answer as this guild would see it (its own ingested articles too)")
	fl.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: briefbot ask [--index DIR | --corpus DIR] [--json] COMMAND ARGS...\n\nexample (over the demo briefings): briefbot ask ask how many trucks were burned")
		fl.PrintDefaults()
	}
	if err := parseFlags(fl, args, 1, -1); err != nil {
		return err
	}
	src, err := pickCorpus(*corpus, env.cfg)
	if err != nil {
		return err
	}
	if named := orDefault(*indexDir, env.cfg.Index); named != "" && *corpus == "" && !index.Exists(named) {
		return fmt.Errorf("there is no index in %s; make one with: briefbot index --corpus DIR --index %s", named, named)
	}
	// With an index named and no corpus, answer from the index as it is,
	// opened read-only: any number of asks may read it at once.
	sync := *corpus != "" || *indexDir == "" && env.cfg.Index == ""
	ix, err := openIndex(env, *indexDir, src, !sync)
	if err != nil {
		return err
	}
	defer ix.Close()
	if sync {
		if _, err := syncIndex(ctx, env, ix, src, false, true); err != nil {
			return err
		}
	}
	b := newConsoleBot(ctx, env, ix, src)
	req, err := b.ParseLine("/" + joinArgs(fl.Args()))
	if err == nil {
		req.GuildID = *guild
		var resp *bot.Response
		resp, err = b.Handle(ctx, req)
		if err == nil {
			if *asJSON {
				return writeJSON(env, req, resp)
			}
			bot.RenderText(env.stdout, resp, isTerminal(env.stdout))
			return nil
		}
	}
	msg := bot.Plain(bot.UserMessage(err))
	env.log.Debug("command failed", "err", err)
	if *asJSON {
		// An answer that is "nothing found" is still an answer for a
		// script: an empty result list, exit status 0.
		out := map[string]any{"error": msg, "results": []any{}}
		if req != nil && req.Command == "ask" && isUserError(err) {
			out["answered"] = false // nothing in the briefings answers it
		}
		json.NewEncoder(env.stdout).Encode(out)
		if isUserError(err) {
			return nil
		}
		return errSilent
	}
	fmt.Fprintln(env.stderr, msg)
	return errSilent
}

// joinArgs makes a console line of shell arguments, quoting those with spaces.
func joinArgs(args []string) string {
	out := make([]string, len(args))
	for i, a := range args {
		if strings.ContainsAny(a, " \t") && !strings.Contains(a, `"`) {
			if k, v, ok := strings.Cut(a, ":"); ok && !strings.Contains(k, " ") {
				a = k + `:"` + v + `"`
			} else {
				a = `"` + a + `"`
			}
		}
		out[i] = a
	}
	return strings.Join(out, " ")
}

func writeJSON(env *environment, req *bot.Request, resp *bot.Response) error {
	enc := json.NewEncoder(env.stdout)
	enc.SetEscapeHTML(false)
	if resp.Items == nil {
		resp.Items = []bot.Item{}
	}
	return enc.Encode(struct {
		Command string         `json:"command"`
		Options map[string]any `json:"options"`
		*bot.Response
	}{req.Command, optionValues(req), resp})
}

func optionValues(req *bot.Request) map[string]any {
	m := map[string]any{}
	for k, v := range req.Options {
		switch {
		case v.Attachment != nil:
			m[k] = v.Attachment.Name
		case v.Str != "":
			m[k] = v.Str
		default:
			m[k] = v.Int
		}
	}
	return m
}

// isUserError tells errors about what was asked (nothing found, a bad
// option) from failures of briefbot itself.
func isUserError(err error) bool {
	var ue *bot.UserError
	return errors.As(err, &ue) || errors.Is(err, knowledge.ErrNotFound)
}
