package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/index"
)

// briefbot runs the command in process with its own environment.
func briefbot(t *testing.T, env map[string]string, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	lookup := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb, lookup)
	return out.String(), errb.String(), code
}

func testEnv(t *testing.T) map[string]string {
	return map[string]string{"BRIEFBOT_INDEX": filepath.Join(t.TempDir(), "index"), "LOG_LEVEL": "warn"}
}

func TestConsoleAnswersFromThePipe(t *testing.T) {
	out, errs, code := briefbot(t, testEnv(t), "/help\n/status\n/ask zzqx qqxvw\n/nosuch\n")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"/ask question", "/source article", "articles", "Nothing in the briefings matches", "There is no /nosuch command"} {
		if !strings.Contains(out, want) {
			t.Errorf("console output lacks %q:\n%s", want, out)
		}
	}
}

func TestAskJSONCitesItsSource(t *testing.T) {
	corpus := t.TempDir()
	os.WriteFile(filepath.Join(corpus, "bees.txt"), []byte("Bee colonies recover\n\nBeekeepers counted 1,200 healthy hives this spring, twice last year's number.\n\nThe mild winter helped, the association said."), 0o644)
	env := testEnv(t)
	out, errs, code := briefbot(t, env, "", "ask", "--json", "--corpus", corpus, "ask", "how many hives were healthy")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Results []struct {
			Body     string `json:"body"`
			Citation struct {
				ID        string `json:"id"`
				Title     string `json:"title"`
				Paragraph int    `json:"paragraph"`
			} `json:"citation"`
		} `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(got.Results) == 0 || got.Results[0].Citation.ID != "bees.txt" || got.Results[0].Citation.Paragraph != 2 || got.Results[0].Citation.Title != "Bee colonies recover" {
		t.Fatalf("results = %+v", got.Results)
	}
	if !strings.Contains(got.Results[0].Body, "**hives**") {
		t.Errorf("matched words are not bold: %q", got.Results[0].Body)
	}
	// The direct answer: the figure with what it counts, cited.
	var direct struct {
		Answer *struct {
			Text     string `json:"text"`
			Citation struct {
				ID        string `json:"id"`
				Paragraph int    `json:"paragraph"`
			} `json:"citation"`
		} `json:"answer"`
		Answered *bool `json:"answered"`
	}
	json.Unmarshal([]byte(out), &direct)
	if direct.Answer == nil || direct.Answer.Text != "1,200 healthy hives" || direct.Answer.Citation.ID != "bees.txt" || direct.Answer.Citation.Paragraph != 2 ||
		direct.Answered == nil || !*direct.Answered {
		t.Errorf("answer = %+v, answered = %v; want 1,200 healthy hives from bees.txt ¶2", direct.Answer, direct.Answered)
	}
	// A question the corpus does not answer says so.
	out, _, _ = briefbot(t, env, "", "ask", "--json", "--index", env["BRIEFBOT_INDEX"], "ask", "how many hives did Portugal lose in 2019")
	direct.Answer, direct.Answered = nil, nil
	json.Unmarshal([]byte(out), &direct)
	if direct.Answered == nil || *direct.Answered || direct.Answer != nil {
		t.Errorf("a question about Portugal: answered = %v, answer = %+v; want answered false and no answer\n%s", direct.Answered, direct.Answer, out)
	}
	// The index given by --index answers without a corpus.
	out, _, code = briefbot(t, env, "", "ask", "--index", env["BRIEFBOT_INDEX"], "--json", "source", "bees.txt", "3")
	if code != 0 || !strings.Contains(out, "mild winter") {
		t.Errorf("source: exit %d, %s", code, out)
	}
}

func TestExtractJSONContract(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	os.WriteFile(good, []byte("Title here\n\nA body paragraph.\n\n."), 0o644)
	bad := filepath.Join(dir, "b.txt")
	os.WriteFile(bad, []byte{0xff, 0xfe, 0}, 0o644)
	out, _, code := briefbot(t, nil, "", "extract", "--json", good, bad)
	if code != 0 {
		t.Fatalf("exit %d with one good file", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines for 2 files:\n%s", len(lines), out)
	}
	var first map[string]any
	json.Unmarshal([]byte(lines[0]), &first)
	for _, k := range []string{"file", "article", "paragraphs", "entities", "claims", "figures", "disputes"} {
		if _, ok := first[k]; !ok {
			t.Errorf("extract output lacks %q", k)
		}
	}
	if paras := first["paragraphs"].([]any); len(paras) != 3 || paras[2].(map[string]any)["kind"] != "boilerplate" {
		t.Errorf("paragraphs = %v", paras)
	}
	if !strings.Contains(lines[1], `"error"`) {
		t.Errorf("bad file line = %s", lines[1])
	}
	if _, _, code := briefbot(t, nil, "", "extract", "--json", bad); code == 0 {
		t.Error("exit 0 when every file failed")
	}
}

func TestBadConfigurationIsNamed(t *testing.T) {
	_, errs, code := briefbot(t, map[string]string{"LOG_LEVEL": "loud"}, "", "help")
	if code != 2 || !strings.Contains(errs, "LOG_LEVEL") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

// killable builds the binary and a corpus of 3,000 small articles, large
// enough to kill an indexing run in its middle, and returns a command maker.
func killable(t *testing.T) (corpus string, cmd func(args ...string) *exec.Cmd) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "briefbot")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	corpus = t.TempDir()
	words := strings.Fields("harbour council budget river grain tariff vaccine election pipeline drought ferry minister union ceasefire refinery border treaty")
	for i := range 3000 {
		var sb strings.Builder
		fmt.Fprintf(&sb, "Report %d on the %s\n\n", i, words[i%len(words)])
		for p := range 6 {
			fmt.Fprintf(&sb, "Paragraph %d says the %s and the %s met %d times, officials said.\n\n", p, words[(i+p)%len(words)], words[(i*7+p)%len(words)], i+p)
		}
		os.WriteFile(filepath.Join(corpus, fmt.Sprintf("r%05d.txt", i)), []byte(sb.String()), 0o644)
	}
	os.WriteFile(filepath.Join(corpus, "marker.txt"), []byte("Lighthouse keepers\n\nThe lighthouse keepers union met on the quay."), 0o644)
	return corpus, func(args ...string) *exec.Cmd {
		c := exec.Command(bin, args...)
		c.Env = append(os.Environ(), "LOG_LEVEL=warn")
		return c
	}
}

// TestKilledRebuildLeavesTheIndexAnswering kills a real briefbot process in
// the middle of --rebuild and checks that the old index still answers.
func TestKilledRebuildLeavesTheIndexAnswering(t *testing.T) {
	corpus, cmd := killable(t)
	ixDir := filepath.Join(t.TempDir(), "index")
	if out, err := cmd("index", "--quiet", "--corpus", corpus, "--index", ixDir).CombinedOutput(); err != nil {
		t.Fatalf("index: %v\n%s", err, out)
	}
	live, _ := os.Readlink(filepath.Join(ixDir, "current"))

	rebuild := cmd("index", "--quiet", "--rebuild", "--corpus", corpus, "--index", ixDir)
	if err := rebuild.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once the new generation is being written.
	deadline := time.Now().Add(30 * time.Second)
	for {
		entries, _ := os.ReadDir(ixDir)
		building := false
		for _, e := range entries {
			building = building || (strings.HasPrefix(e.Name(), "gen-") && e.Name() != live)
		}
		if building {
			time.Sleep(300 * time.Millisecond)
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the rebuild never started a new generation")
		}
		time.Sleep(10 * time.Millisecond)
	}
	rebuild.Process.Signal(syscall.SIGKILL)
	rebuild.Wait()

	if now, _ := os.Readlink(filepath.Join(ixDir, "current")); now != live {
		t.Fatalf("a killed rebuild switched the index from %s to %s", live, now)
	}
	out, err := cmd("ask", "--index", ixDir, "ask", "lighthouse keepers").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "marker.txt") && !strings.Contains(string(out), "Lighthouse keepers") {
		t.Fatalf("after the kill: %v\n%s", err, out)
	}
}

// TestKilledSyncLeavesManifestAndDocumentsInAgreement kills a real briefbot
// process while it writes batches into the live index, at several moments,
// and checks after each kill that every document belongs to an article of
// the manifest and every article has its documents; a last run completes.
func TestKilledSyncLeavesManifestAndDocumentsInAgreement(t *testing.T) {
	corpus, cmd := killable(t)
	ixDir := filepath.Join(t.TempDir(), "index")
	check := func(when string) int {
		t.Helper()
		ix, err := index.Open(ixDir, index.Options{})
		if err != nil {
			t.Fatalf("%s: %v", when, err)
		}
		defer ix.Close()
		if err := ix.Verify(); err != nil {
			t.Fatalf("%s: %v", when, err)
		}
		return ix.Status("").Articles
	}
	// The manifest logs' size: it grows as batches are written.
	logged := func() int64 {
		var n int64
		logs, _ := filepath.Glob(filepath.Join(ixDir, "gen-*", "*.log"))
		for _, l := range logs {
			if fi, err := os.Stat(l); err == nil {
				n += fi.Size()
			}
		}
		return n
	}
	last := 0
	for k := range 3 {
		before := logged()
		run := cmd("index", "--quiet", "--corpus", corpus, "--index", ixDir)
		if err := run.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill it once the log has grown twice (a batch's lines are written
		// after the batch before is in bleve), a little later each time.
		deadline := time.Now().Add(30 * time.Second)
		for grown := 0; grown < 2 && time.Now().Before(deadline); {
			if n := logged(); n != before {
				before = n
				grown++
			}
			time.Sleep(2 * time.Millisecond)
		}
		time.Sleep(time.Duration(k) * 400 * time.Millisecond)
		run.Process.Signal(syscall.SIGKILL)
		run.Wait()
		n := check(fmt.Sprintf("after kill %d", k+1))
		t.Logf("kill %d: %d articles indexed", k+1, n)
		if n < last {
			t.Errorf("kill %d: %d articles indexed, fewer than the %d before", k+1, n, last)
		}
		last = n
	}
	if out, err := cmd("index", "--quiet", "--corpus", corpus, "--index", ixDir).CombinedOutput(); err != nil {
		t.Fatalf("index: %v\n%s", err, out)
	}
	if n := check("after a full run"); n != 3001 {
		t.Errorf("%d articles after a full run, want 3001", n)
	}
}

func TestAskJSONWithNothingFoundIsAnEmptyAnswer(t *testing.T) {
	env := testEnv(t)
	briefbot(t, env, "", "index", "--quiet")
	out, _, code := briefbot(t, env, "", "ask", "--json", "ask", "zzqx qqvw")
	if code != 0 || !strings.Contains(out, `"results":[]`) || !strings.Contains(out, `"error"`) {
		t.Errorf("exit %d, %s", code, out)
	}
}

// TestIndexJSONReportsWhatItDid: index --json prints the report's counts
// beside the folder names, not only them.
func TestIndexJSONReportsWhatItDid(t *testing.T) {
	env := testEnv(t)
	out, errs, code := briefbot(t, env, "", "index", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Index   string  `json:"index"`
		Seconds float64 `json:"seconds"`
		Files   int     `json:"files"`
		Added   int     `json:"added"`
		Docs    int     `json:"documents"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if got.Index != env["BRIEFBOT_INDEX"] || got.Files == 0 || got.Added != got.Files || got.Docs <= got.Added {
		t.Errorf("index --json = %s", out)
	}
}

// TestSubcommandUsage checks that asking a subcommand for help prints its
// usage once and exits 0, and that a wrong command line names its problem,
// prints the usage once and exits 2, before any work starts.
func TestSubcommandUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		says string
	}{
		{[]string{"index", "--help"}, 0, "usage: briefbot index"},
		{[]string{"bench", "-h"}, 0, "usage: briefbot bench"},
		{[]string{"ask", "--help"}, 0, "usage: briefbot ask"},
		{[]string{"extract", "--help"}, 0, "usage: briefbot extract"},
		{[]string{"serve", "--help"}, 0, "usage: briefbot serve"},
		{[]string{"commands", "list", "--help"}, 0, "usage: briefbot commands"},
		{[]string{"bench"}, 2, "--corpus is required"},
		{[]string{"index", "stray"}, 2, `unexpected argument "stray"`},
		{[]string{"serve", "--http", ":0", "extra"}, 2, `unexpected argument "extra"`},
		{[]string{"ask", "--json"}, 2, "missing arguments"},
		{[]string{"extract"}, 2, "missing arguments"},
		{[]string{"index", "--no-such-flag"}, 2, "flag provided but not defined: -no-such-flag"},
	} {
		_, errs, code := briefbot(t, testEnv(t), "", tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.says) || strings.Count(errs, "usage: briefbot") != 1 {
			t.Errorf("briefbot %s: exit %d (want %d), stderr:\n%s", strings.Join(tc.args, " "), code, tc.code, errs)
		}
	}
}

// TestAsksShareANamedIndex: asks from an index named with --index open it
// read-only, so they answer while another reader has it open, and one that
// would change it says how to instead.
func TestAsksShareANamedIndex(t *testing.T) {
	corpus := t.TempDir()
	os.WriteFile(filepath.Join(corpus, "bees.txt"), []byte("Bee colonies recover\n\nBeekeepers counted 1,200 healthy hives this spring, twice last year's number."), 0o644)
	env := testEnv(t)
	dir := env["BRIEFBOT_INDEX"]
	if _, errs, code := briefbot(t, env, "", "index", "--corpus", corpus, "--index", dir, "--quiet"); code != 0 {
		t.Fatalf("index: exit %d: %s", code, errs)
	}
	other, err := index.Open(dir, index.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	out, errs, code := briefbot(t, env, "", "ask", "--index", dir, "ask", "how many hives were healthy")
	if code != 0 || !strings.Contains(out, "1,200 healthy hives") {
		t.Errorf("ask beside another reader: exit %d, %s%s", code, out, errs)
	}
	out, errs, code = briefbot(t, env, "", "ask", "--index", dir, "reindex")
	if code == 0 || !strings.Contains(out+errs, "briefbot index --index DIR") {
		t.Errorf("reindex of a read-only index: exit %d, %s%s", code, out, errs)
	}
}
