// Command briefbot answers questions about a team's briefing articles, with
// cited snippets, in Discord or in the terminal.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/briefbot/briefbot/knowledge/text"
)

var (
	// errUsage means the command line was wrong; usage has been printed.
	errUsage = errors.New("usage")
	// errSilent means the failure has been reported already.
	errSilent = errors.New("failed")
	// errNoRestart means that starting again with the same settings would
	// fail the same way (Discord refused the bot's token or intents).
	errNoRestart = errors.New("stopped for good")
)

// exitNoRestart is the exit status after errNoRestart: EX_CONFIG from
// sysexits.h (with systemd, RestartPreventExitStatus=78).
const exitNoRestart = 78

// environment is what a subcommand runs with: settings, streams and a logger.
type environment struct {
	cfg    Config
	log    *slog.Logger
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.LookupEnv)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, lookup func(string) (string, bool)) int {
	cfg, err := loadConfig(lookup, ".env")
	if err != nil {
		fmt.Fprintln(stderr, "briefbot: configuration:", err)
		return 2
	}
	env := &environment{
		cfg:    cfg,
		log:    slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: cfg.LogLevel})),
		stdin:  stdin,
		stdout: stdout,
		stderr: stderr,
	}
	err = dispatch(ctx, env, args)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, errSilent):
		return 1
	case errors.Is(err, errNoRestart):
		fmt.Fprintln(stderr, "briefbot:", err)
		return exitNoRestart
	}
	fmt.Fprintln(stderr, "briefbot:", err)
	return 1
}

func dispatch(ctx context.Context, env *environment, args []string) error {
	switch {
	case len(args) == 0, args[0] == "extract", args[0] == "index", args[0] == "ask", args[0] == "console", args[0] == "serve":
		// Reading articles and questions needs the language model: a binary
		// built without it, or with a damaged one, says so before it starts.
		if _, err := text.Default(); err != nil {
			return err
		}
	}
	if len(args) == 0 {
		if env.cfg.DiscordToken != "" {
			return runServe(ctx, env, nil)
		}
		return runConsole(ctx, env)
	}
	switch args[0] {
	case "extract":
		return runExtract(env, args[1:])
	case "index":
		return runIndex(ctx, env, args[1:])
	case "ask":
		return runAsk(ctx, env, args[1:])
	case "console":
		return runConsole(ctx, env)
	case "bench":
		return runBench(ctx, env, args[1:])
	case "serve":
		return runServe(ctx, env, args[1:])
	case "commands":
		return runCommands(ctx, env, args[1:])
	case "help", "-h", "-help", "--help":
		printUsage(env.stdout)
		return nil
	}
	fmt.Fprintf(env.stderr, "briefbot: unknown subcommand %q\n\n", args[0])
	printUsage(env.stderr)
	return errUsage
}

func printUsage(w io.Writer) {
	fmt.Fprint(w, `usage: briefbot [SUBCOMMAND] [ARGS]

  briefbot                      the console over the demo briefings (or Discord, with DISCORD_TOKEN set)
  briefbot console              the console, even with DISCORD_TOKEN set
  briefbot index [--corpus DIR] [--index DIR] [--rebuild]
                                bring the index up to date with the corpus folder
  briefbot ask [--index DIR | --corpus DIR] [--json] COMMAND ARGS...
                                run one command and print the answer, e.g. briefbot ask who Graham
  briefbot serve [--http ADDR] [--corpus DIR] [--index DIR] [--guild ID]
                                answer in Discord: over the gateway, or as the HTTP interactions endpoint on ADDR
  briefbot commands sync [--guild ID] | list
                                register the slash commands with Discord (one guild, or globally), or print them
  briefbot bench --corpus DIR [--rounds N] [--queries N]
                                measure indexing against bleve alone, search latency and memory
  briefbot extract [--json] [--no-title] FILE...
                                the paragraphs and facts of article files

Settings come from the environment and .env: BRIEFBOT_CORPUS, BRIEFBOT_INDEX, LOG_LEVEL (see .env.example).
`)
}

// parseFlags parses a subcommand's args into fl and checks that between
// minArgs and maxArgs arguments (maxArgs < 0: any number) follow the flags. Asked for help
// (-h, --help), it returns flag.ErrHelp once fl has printed the usage, and
// briefbot exits 0; on a bad flag or a wrong number of arguments it returns
// errUsage once the problem and the usage are printed.
func parseFlags(fl *flag.FlagSet, args []string, minArgs, maxArgs int) error {
	switch err := fl.Parse(args); {
	case errors.Is(err, flag.ErrHelp):
		return err
	case err != nil:
		return errUsage
	}
	switch n := fl.NArg(); {
	case n < minArgs:
		fmt.Fprintf(fl.Output(), "briefbot %s: missing arguments\n", fl.Name())
	case maxArgs >= 0 && n > maxArgs:
		fmt.Fprintf(fl.Output(), "briefbot %s: unexpected argument %q\n", fl.Name(), fl.Arg(maxArgs))
	default:
		return nil
	}
	fl.Usage()
	return errUsage
}
