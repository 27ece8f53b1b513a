package discord_test

import (
	"bufio"
	"crypto/ed25519"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/discord"
	dt "github.com/briefbot/briefbot/bot/discord/discordtest"
)

// TestMemory sends many /brief of one article to the HTTP endpoint and
// reports the process's memory. It runs only when BRIEFBOT_MEMTEST_ARTICLE
// names an article file; BRIEFBOT_MEMTEST_N sets how many (default 600),
// BRIEFBOT_MEMTEST_MORE=1 asks for every claim and figure (more:true, a
// paged answer kept for its buttons), BRIEFBOT_MEMTEST_PAGE_BYTES sets
// Options.PageBytes, BRIEFBOT_MEMTEST_MAX_MB the RSS that fails the test
// (default 150). For example, with the longest BBC article:
//
//	BRIEFBOT_MEMTEST_ARTICLE=/work/shared/corpus/bbc/politics/290.txt go test ./bot/discord -run TestMemory -v
func TestMemory(t *testing.T) {
	article := os.Getenv("BRIEFBOT_MEMTEST_ARTICLE")
	if article == "" {
		t.Skip("set BRIEFBOT_MEMTEST_ARTICLE to an article file to run the memory test")
	}
	n := envInt("BRIEFBOT_MEMTEST_N", 600)
	maxMB := envInt("BRIEFBOT_MEMTEST_MAX_MB", 150)
	more := os.Getenv("BRIEFBOT_MEMTEST_MORE") != ""
	data, err := os.ReadFile(article)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(article)
	ix := newIndexOf(t, map[string]string{name: string(data)})
	fake := dt.New(t)
	pub, key, _ := ed25519.GenerateKey(nil)
	obs := &timings{}
	ad, err := discord.New(bot.New(ix, bot.Options{}), discord.Options{AppID: fake.AppID, PublicKey: pub, APIURL: fake.URL,
		Observer: obs, PageBytes: envInt("BRIEFBOT_MEMTEST_PAGE_BYTES", 0)})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(ad.Endpoint())
	defer srv.Close()

	runtime.GC()
	before := rssMB(t)
	opts := []dt.Opt{dt.Str("article", name)}
	if more {
		opts = append(opts, dt.Bool("more", true))
	}
	var wg sync.WaitGroup
	slots := make(chan struct{}, 8)
	start := time.Now()
	for k := range n {
		wg.Add(1)
		slots <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-slots }()
			m := dt.Member{Guild: "200000000000000001", User: strconv.Itoa(500000 + k)}
			if code, body := post(t, srv, key, mustJSON(t, m.Command(fake.AppID, "brief", opts)), time.Now()); code != http.StatusOK {
				t.Errorf("/brief %d: %d %s", k, code, body)
			}
		}()
	}
	wg.Wait()
	for deadline := time.Now().Add(time.Minute); obs.count() < n && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	took := time.Since(start)
	runtime.GC()
	after := rssMB(t)
	debug.FreeOSMemory()
	freed := rssMB(t)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("%d /brief (more:%v) of %s in %v: RSS %d MB before, %d MB after (peak %d MB), %d MB once freed to the OS; live heap %d MB",
		n, more, name, took.Round(time.Millisecond), before[0], after[0], after[1], freed[0], ms.HeapAlloc>>20)
	if after[0] > maxMB {
		t.Errorf("RSS %d MB after %d /brief, want under %d MB", after[0], n, maxMB)
	}
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// rssMB returns the process's resident memory and its peak, in MB.
func rssMB(t *testing.T) [2]int {
	t.Helper()
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	defer f.Close()
	var out [2]int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			continue
		}
		kb, _ := strconv.Atoi(fields[1])
		switch fields[0] {
		case "VmRSS:":
			out[0] = kb >> 10
		case "VmHWM:":
			out[1] = kb >> 10
		}
	}
	return out
}
