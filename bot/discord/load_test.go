package discord_test

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime/pprof"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/discord"
	dt "github.com/briefbot/briefbot/bot/discord/discordtest"
	"github.com/briefbot/briefbot/index"
)

// TestLoad sends many signed interactions at once to the HTTP endpoint over
// an existing index and reports the latency of the first response. It runs
// only when BRIEFBOT_LOADTEST_INDEX names an index folder (not in use by
// another briefbot); BRIEFBOT_LOADTEST_N sets how many (default 200), all
// in flight together unless BRIEFBOT_LOADTEST_CONCURRENCY bounds how many
// are in flight at a time; BRIEFBOT_LOADTEST_WORKERS sets Options.Workers;
// BRIEFBOT_LOADTEST_DISTINCT=1 makes every question different (15 distinct
// questions otherwise, as when many people ask about the same news);
// BRIEFBOT_LOADTEST_CPUPROFILE names a file for a CPU profile of the burst
// alone (from the first request to the last answer).
// For example, over BBC and Reuters (21,268 articles):
//
//	mkdir -p /tmp/bbcreuters && cp -r BBC/* /tmp/bbcreuters && tar xzf reuters21578.tar.gz -C /tmp/bbcreuters
//	go run ./cmd/briefbot index --corpus /tmp/bbcreuters --index /tmp/ix-load
//	BRIEFBOT_LOADTEST_INDEX=/tmp/ix-load BRIEFBOT_LOADTEST_DISTINCT=1 go test ./bot/discord -run 'TestLoad$' -v
func TestLoad(t *testing.T) {
	dir := os.Getenv("BRIEFBOT_LOADTEST_INDEX")
	if dir == "" {
		t.Skip("set BRIEFBOT_LOADTEST_INDEX to an index folder to run the load test")
	}
	n := 200
	if v, err := strconv.Atoi(os.Getenv("BRIEFBOT_LOADTEST_N")); err == nil && v > 0 {
		n = v
	}
	conc := n // all in flight together
	if v, err := strconv.Atoi(os.Getenv("BRIEFBOT_LOADTEST_CONCURRENCY")); err == nil && v > 0 {
		conc = min(v, n)
	}
	workers, _ := strconv.Atoi(os.Getenv("BRIEFBOT_LOADTEST_WORKERS"))
	deferAfter, _ := time.ParseDuration(os.Getenv("BRIEFBOT_LOADTEST_DEFER_AFTER"))
	distinct := os.Getenv("BRIEFBOT_LOADTEST_DISTINCT") != ""
	ix, err := index.Open(dir, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	st := ix.Status("")
	t.Logf("index %s: %d articles, %d passages", dir, st.Articles, st.Passages)

	fake := dt.New(t)
	pub, key, _ := ed25519.GenerateKey(nil)
	obs := &timings{}
	ad, err := discord.New(bot.New(ix, bot.Options{}), discord.Options{AppID: fake.AppID, PublicKey: pub, APIURL: fake.URL, Workers: workers, DeferAfter: deferAfter, Observer: obs})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(ad.Endpoint())
	defer srv.Close()
	srv.Client().Transport.(*http.Transport).MaxIdleConnsPerHost = n

	questions := []string{
		"election results", "interest rates inflation", "oil prices", "football world cup", "climate change summit",
		"stock market shares fell", "prime minister resign", "film awards", "mobile phone sales", "strike workers union",
		"hospital waiting times", "tax cuts budget", "airline flights cancelled", "earthquake rescue", "bank profits",
	}
	bodies := make([][]byte, n)
	kinds := make([]string, n)
	for k := range n {
		m := dt.Member{Guild: "200000000000000001", User: strconv.Itoa(400000 + k)}
		var i map[string]any
		switch k % 10 {
		case 8:
			i, kinds[k] = m.Autocomplete(fake.AppID, "source", []dt.Opt{dt.Focus("article", questions[k%len(questions)][:4])}), "autocomplete"
		case 9:
			i, kinds[k] = m.Command(fake.AppID, "status", nil), "status"
		default:
			q := questions[k%len(questions)]
			if distinct { // no two questions alike: nothing is shared
				q += " " + questions[(k/len(questions)+k+1)%len(questions)] + " " + strconv.Itoa(k)
			}
			i, kinds[k] = m.Command(fake.AppID, "ask", []dt.Opt{dt.Str("question", q)}), "ask"
		}
		bodies[k] = mustJSON(t, i)
	}
	// Warm up: the first search loads index segments from disk, the first
	// question the language model (which briefbot's binary loads before it
	// serves). An answer may be deferred: wait until both are done, or the
	// burst would measure the warm-up. (Each interaction has an id of its
	// own: a repeated id is a replay.)
	warmUser := dt.Member{Guild: "200000000000000001", User: "399999"}
	post(t, srv, key, mustJSON(t, warmUser.Command(fake.AppID, "ask", []dt.Opt{dt.Str("question", questions[0])})), time.Now())
	post(t, srv, key, mustJSON(t, warmUser.Autocomplete(fake.AppID, "source", []dt.Opt{dt.Focus("article", questions[1][:4])})), time.Now())
	for deadline := time.Now().Add(30 * time.Second); obs.count() < 2; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the warm-up's answers did not come in 30 s")
		}
	}
	// Open the connections first, as Discord keeps its own open: PINGs,
	// all at once, so that the burst below measures answers, not dials.
	var warm sync.WaitGroup
	for range conc {
		warm.Add(1)
		go func() {
			defer warm.Done()
			post(t, srv, key, mustJSON(t, dt.Ping(fake.AppID)), time.Now())
		}()
	}
	warm.Wait()

	// Sign the interactions before the burst, as Discord signs them before
	// they are sent: the client's signing is not the bot's latency, and
	// done in the burst it took CPU the server needs.
	reqs := make([]*http.Request, n)
	signed := time.Now()
	for k := range n {
		reqs[k], _ = http.NewRequest(http.MethodPost, srv.URL, bytes.NewReader(bodies[k]))
		dt.Sign(reqs[k], key, bodies[k], signed)
	}
	lat := make([]time.Duration, n)
	fails := make([]string, n)
	deferred := 0
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := make(chan struct{})
	slots := make(chan struct{}, conc)
	for k := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			slots <- struct{}{}
			defer func() { <-slots }()
			t0 := time.Now()
			resp, err := srv.Client().Do(reqs[k])
			if err != nil {
				fails[k] = err.Error()
				return
			}
			body, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			lat[k] = time.Since(t0)
			var r response
			if resp.StatusCode != 200 || err != nil {
				fails[k] = fmt.Sprintf("HTTP %d %s %v", resp.StatusCode, body, err)
				return
			}
			if err := json.Unmarshal(body, &r); err != nil {
				fails[k] = fmt.Sprintf("%v: %s", err, body)
				return
			}
			switch {
			case r.Type == 5:
				mu.Lock()
				deferred++
				mu.Unlock()
			case r.Type != 4 && r.Type != 8:
				fails[k] = fmt.Sprintf("type %d", r.Type)
			case r.Type == 4 && r.Data.Flags&ephemeral != 0 && kinds[k] != "ask":
				fails[k] = "error: " + r.Data.Content
			}
		}()
	}
	obs.reset()
	if path := os.Getenv("BRIEFBOT_LOADTEST_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			t.Fatal(err)
		}
		defer pprof.StopCPUProfile() // also when the test fails
	}
	cpu0 := cpuTime()
	t0 := time.Now()
	close(start)
	wg.Wait()
	wall := time.Since(t0)
	// Deferred answers are edited in after the first response: wait for them.
	for deadline := time.Now().Add(30 * time.Second); obs.count() < n && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	busy, cpu := time.Since(t0), cpuTime()-cpu0
	pprof.StopCPUProfile() // if started
	failed := 0
	for k, f := range fails {
		if f != "" {
			failed++
			if failed <= 5 {
				t.Errorf("interaction %d (%s): %s", k, kinds[k], f)
			}
		}
	}
	sorted := slices.Clone(lat)
	slices.Sort(sorted)
	pct := func(p float64) time.Duration { return sorted[min(len(sorted)-1, int(p*float64(len(sorted))))] }
	t.Logf("%d interactions, %d in flight at a time, in %v: first response p50 %v, p90 %v, p99 %v, max %v; %d deferred, %d failed",
		n, conc, wall.Round(time.Millisecond), pct(.50).Round(time.Microsecond), pct(.90).Round(time.Microsecond),
		pct(.99).Round(time.Microsecond), sorted[len(sorted)-1].Round(time.Microsecond), deferred, failed)
	first, total := obs.percentiles()
	t.Logf("server side, from request to response: first response p50 %v, p99 %v; final answer p50 %v, p99 %v",
		first[0].Round(time.Microsecond), first[1].Round(time.Microsecond), total[0].Round(time.Microsecond), total[1].Round(time.Microsecond))
	t.Logf("CPU used by the test process (server, client and fake Discord) until the last answer: %.2f s in %v, %.2f cores busy",
		cpu.Seconds(), busy.Round(time.Millisecond), cpu.Seconds()/busy.Seconds())
	for _, kind := range []string{"ask", "autocomplete", "status"} {
		var ds []time.Duration
		for k := range n {
			if kinds[k] == kind {
				ds = append(ds, lat[k])
			}
		}
		slices.Sort(ds)
		if len(ds) > 0 {
			t.Logf("  %-12s %3d: p50 %v, p99 %v", kind, len(ds), ds[len(ds)/2].Round(time.Microsecond), ds[min(len(ds)-1, len(ds)*99/100)].Round(time.Microsecond))
		}
	}
}

// timings records what the adapter reports of each interaction it served.
type timings struct {
	mu           sync.Mutex
	first, total []time.Duration
}

func (o *timings) Observe(e discord.Event) {
	if e.Kind == "ping" {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	o.first = append(o.first, e.First)
	o.total = append(o.total, e.Total)
}

func (o *timings) reset() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.first, o.total = nil, nil
}

func (o *timings) count() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return len(o.total)
}

// percentiles returns p50 and p99 of the first responses and final answers.
func (o *timings) percentiles() (first, total [2]time.Duration) {
	o.mu.Lock()
	defer o.mu.Unlock()
	pick := func(ds []time.Duration) [2]time.Duration {
		if len(ds) == 0 {
			return [2]time.Duration{}
		}
		ds = slices.Clone(ds)
		slices.Sort(ds)
		return [2]time.Duration{ds[len(ds)/2], ds[min(len(ds)-1, len(ds)*99/100)]}
	}
	return pick(o.first), pick(o.total)
}
