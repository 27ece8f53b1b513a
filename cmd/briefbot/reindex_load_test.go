package main

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	dt "github.com/briefbot/briefbot/bot/discord/discordtest"
)

// Discord's deadline for a first response, and what briefbot promises of
// an answer while a rebuild runs. Under the race detector, which slows the
// searches down 5 to 10 times, the answer may take four times as long; the
// first response, a deferral, must still come within Discord's 3 s.
const firstDeadline = 3 * time.Second

var finalDeadline = map[bool]time.Duration{false: 5 * time.Second, true: 20 * time.Second}[raceEnabled]

// synthCorpus writes n short articles of our own: harbour reports from a
// dozen made-up towns, each with its own numbers.
func synthCorpus(n int) map[string]string {
	towns := []string{"Carrow", "Dunmore", "Elsby", "Fennick", "Gorran", "Hallow", "Ingle", "Jessop", "Kelling", "Lowther", "Marram", "Norby"}
	files := make(map[string]string, n)
	for k := range n {
		town := towns[k%len(towns)]
		var sb strings.Builder
		fmt.Fprintf(&sb, "Harbour report %d from %s\n\n", k, town)
		for p := range 6 {
			fmt.Fprintf(&sb, "The harbour office in %s said %d ships waited on day %d while crane %d at berth %d was repaired, and the council expects the quay to reopen after %d weeks of work on the sea wall.\n\n",
				town, 10+k%50, p+1, k, k%7, p+2)
		}
		files[fmt.Sprintf("d%02d/report-%05d.txt", k%20, k)] = sb.String()
	}
	return files
}

// timing is what one /ask saw: when it was sent, first answered, finished.
type timing struct {
	sent, first, final time.Time
	err                string
}

// TestQuestionsAreAnsweredDuringAFullReindex runs /reindex full over a
// corpus of our own while /ask interactions arrive, over the gateway and
// over the HTTP endpoint: every first response within 3 s, every answer
// within 5 s (20 s under the race detector), and the rebuild still under
// way when the last one is answered. 1,000 files and 50 questions per
// transport by default; BRIEFBOT_STRESS=1 makes it 3,000 files.
func TestQuestionsAreAnsweredDuringAFullReindex(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes thousands of files")
	}
	files := 1000
	if os.Getenv("BRIEFBOT_STRESS") != "" {
		files = 3000
	}
	corpus := synthCorpus(files)
	for _, transport := range []string{"gateway", "http"} {
		t.Run(transport, func(t *testing.T) {
			var s *server
			var endpoint string
			var key ed25519.PrivateKey
			if transport == "gateway" {
				s = startServeSetup(t, serveSetup{gateway: true, files: corpus, syncWait: 5 * time.Minute})
			} else {
				pub, priv, _ := ed25519.GenerateKey(nil)
				key = priv
				addrs := make(chan string, 1)
				serveHooks.listening = func(what, addr string) {
					if what == "interactions endpoint" {
						addrs <- "http://" + addr
					}
				}
				defer func() { serveHooks.listening = nil }()
				s = startServeSetup(t, serveSetup{files: corpus, syncWait: 5 * time.Minute, args: []string{"--http", "127.0.0.1:0"},
					vars: map[string]string{"DISCORD_TOKEN": "", "DISCORD_PUBLIC_KEY": hex.EncodeToString(pub)}})
				endpoint = <-addrs
			}
			// deliver sends an interaction; for HTTP, it returns the first
			// response from the HTTP answer.
			deliver := func(i map[string]any) (time.Time, []byte, error) {
				if transport == "gateway" {
					s.fake.Send(i)
					c, _ := s.fake.Wait(0, time.Minute, dt.Callback(dt.IDOf(i)))
					return c.At, c.Body, nil
				}
				body, _ := json.Marshal(i)
				req, _ := http.NewRequest(http.MethodPost, endpoint, bytes.NewReader(body))
				dt.Sign(req, key, body, time.Now())
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					return time.Time{}, nil, err
				}
				defer resp.Body.Close()
				out, err := io.ReadAll(resp.Body)
				at := time.Now()
				if resp.StatusCode != 200 {
					return at, out, fmt.Errorf("HTTP %d %s", resp.StatusCode, out)
				}
				return at, out, err
			}

			reindex := adminA.Command(s.fake.AppID, "reindex", []dt.Opt{dt.Bool("full", true)})
			if _, body, err := deliver(reindex); err != nil || !strings.Contains(string(body), `"type":5`) {
				t.Fatalf("/reindex full: %s %v", body, err)
			}
			// The rebuild is under way once it shows progress.
			s.fake.Wait(0, time.Minute, func(c dt.Call) bool {
				return dt.Edit(dt.Token(reindex))(c) && strings.Contains(string(c.Body), "Reindexing")
			})

			// 50 questions, no two alike, in five waves 100 ms apart.
			const asks = 50
			got := make([]timing, asks)
			var wg sync.WaitGroup
			for k := range asks {
				if k > 0 && k%10 == 0 {
					time.Sleep(100 * time.Millisecond) // pacing the waves, not waiting for a result
				}
				wg.Add(1)
				go func() {
					defer wg.Done()
					who := dt.Member{Guild: guildA, User: fmt.Sprintf("3200000000000%05d", k)}
					i := who.Command(s.fake.AppID, "ask", []dt.Opt{dt.Str("question", fmt.Sprintf("crane %d repaired at berth %d", k*files/asks, k%7))})
					got[k].sent = time.Now()
					at, body, err := deliver(i)
					got[k].first = at
					if err != nil {
						got[k].err = err.Error()
						return
					}
					var first reply
					decodeJSON(t, body, &first)
					if first.Type == 4 {
						got[k].final = at
						if !strings.Contains(first.Data.text(), "Harbour report") {
							got[k].err = "answer: " + string(body)
						}
						return
					}
					c, _ := s.fake.Wait(0, time.Minute, func(c dt.Call) bool {
						return dt.Edit(dt.Token(i))(c) || dt.Followup(dt.Token(i))(c)
					})
					got[k].final = c.At
					var m msg
					decodeJSON(t, c.Body, &m)
					if !strings.Contains(m.text(), "Harbour report") {
						got[k].err = "answer: " + string(c.Body)
					}
				}()
			}
			wg.Wait()
			lastAnswer := time.Time{}
			var firsts, finals []time.Duration
			for k, g := range got {
				if g.err != "" {
					t.Errorf("/ask %d: %s", k, g.err)
					continue
				}
				first, final := g.first.Sub(g.sent), g.final.Sub(g.sent)
				firsts, finals = append(firsts, first), append(finals, final)
				if first > firstDeadline || final > finalDeadline {
					t.Errorf("/ask %d: first response after %v, answer after %v; want within %v and %v", k, first, final, firstDeadline, finalDeadline)
				}
				if g.final.After(lastAnswer) {
					lastAnswer = g.final
				}
			}
			done, _ := s.fake.Wait(0, 10*time.Minute, func(c dt.Call) bool {
				return dt.Edit(dt.Token(reindex))(c) && strings.Contains(string(c.Body), "Index rebuilt")
			})
			if !done.At.After(lastAnswer) {
				t.Errorf("the rebuild ended (%v) before the last answer (%v): the questions did not meet a rebuild; use more files", done.At.Format(time.StampMilli), lastAnswer.Format(time.StampMilli))
			}
			slices.Sort(firsts)
			slices.Sort(finals)
			if len(finals) > 0 {
				t.Logf("%s, %d files: %d /ask during /reindex full: first response p50 %v, max %v; answer p50 %v, max %v",
					transport, files, len(finals), firsts[len(firsts)/2].Round(time.Millisecond), firsts[len(firsts)-1].Round(time.Millisecond),
					finals[len(finals)/2].Round(time.Millisecond), finals[len(finals)-1].Round(time.Millisecond))
			}
		})
	}
}
