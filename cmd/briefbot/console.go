package main

import (
	"bufio"
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// runConsole reads commands line by line, from a person at a terminal or
// from a pipe, and prints each answer as Discord would show it.
func runConsole(ctx context.Context, env *environment) error {
	src, err := pickCorpus("", env.cfg)
	if err != nil {
		return err
	}
	ix, err := openIndex(env, "", src, false)
	if err != nil {
		return err
	}
	defer ix.Close()
	interactive := isTerminal(env.stdin) && isTerminal(env.stdout)
	rep, err := syncIndex(ctx, env, ix, src, false, !interactive)
	if err != nil {
		return err
	}
	b := newConsoleBot(ctx, env, ix, src)
	if interactive {
		st := ix.Status("")
		fmt.Fprintf(env.stdout, "briefbot console over %s: %d articles, %d passages (%d new or changed).\nType /help for the commands, a question to search, /quit to leave.\n",
			src.name, st.Articles, st.Passages, rep.Added+rep.Updated)
	}
	sc := bufio.NewScanner(env.stdin)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for {
		if interactive {
			fmt.Fprint(env.stdout, "briefbot> ")
		}
		if !sc.Scan() {
			break
		}
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case line == "/quit" || line == "/exit" || line == "quit" || line == "exit":
			return nil
		case !strings.HasPrefix(line, "/"):
			line = "/ask " + line
		}
		answer(ctx, env, b, line, interactive)
		if ctx.Err() != nil {
			return nil
		}
	}
	if interactive {
		fmt.Fprintln(env.stdout)
	}
	return sc.Err()
}

func answer(ctx context.Context, env *environment, b *bot.Bot, line string, color bool) {
	req, err := b.ParseLine(line)
	var resp *bot.Response
	if err == nil {
		last := time.Now()
		req.Progress = func(s string) {
			if time.Since(last) >= 2*time.Second {
				last = time.Now()
				fmt.Fprintln(env.stderr, s)
			}
		}
		resp, err = b.Handle(ctx, req)
	}
	if err != nil {
		env.log.Debug("command failed", "line", line, "err", err)
		resp = &bot.Response{Title: "Sorry", Summary: bot.UserMessage(err), Kind: "error", Ephemeral: true}
	}
	bot.RenderText(env.stdout, resp, color)
}
