package main

import (
	"context"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	dt "github.com/briefbot/briefbot/bot/discord/discordtest"
)

// TestServeStopsWhenDiscordSaysNotToReconnect: when the gateway closes
// with 4004 or 4014, at the handshake or later, serve logs one clear line
// and exits with status 78 instead of retrying forever.
func TestServeStopsWhenDiscordSaysNotToReconnect(t *testing.T) {
	for _, tt := range []struct {
		name   string
		code   int
		atOpen bool
		want   string
	}{
		{"bad token at the handshake", 4004, true, "authentication failed"},
		{"disallowed intents later", 4014, false, "disallowed intents"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fake := dt.New(t)
			corpus := filepath.Join(t.TempDir(), "corpus")
			for name, text := range testCorp {
				write(t, filepath.Join(corpus, name), text)
			}
			env := map[string]string{
				"DISCORD_TOKEN": "test-token", "DISCORD_APP_ID": fake.AppID, "DISCORD_API_URL": fake.URL,
				"BRIEFBOT_CORPUS": corpus, "BRIEFBOT_INDEX": filepath.Join(t.TempDir(), "index"), "LOG_LEVEL": "info",
			}
			if tt.atOpen {
				fake.Refuse(tt.code)
			}
			stderr := &syncBuffer{}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			done := make(chan int, 1)
			go func() {
				done <- run(ctx, []string{"serve"}, strings.NewReader(""), io.Discard, stderr, func(k string) (string, bool) { v, ok := env[k]; return v, ok })
			}()
			if !tt.atOpen {
				select {
				case <-fake.Identified:
				case <-time.After(wait):
					t.Fatalf("the bot did not identify:\n%s", stderr)
				}
				fake.Refuse(tt.code)
			}
			select {
			case code := <-done:
				if code != exitNoRestart {
					t.Errorf("exit status %d, want %d", code, exitNoRestart)
				}
			case <-time.After(wait):
				cancel()
				<-done
				t.Fatalf("serve did not stop after close code %d:\n%s", tt.code, stderr)
			}
			log := stderr.String()
			if !strings.Contains(log, "says not to reconnect") || !strings.Contains(log, "code="+strconv.Itoa(tt.code)) || !strings.Contains(log, tt.want) {
				t.Errorf("no clear log line for close code %d:\n%s", tt.code, log)
			}
		})
	}
}
