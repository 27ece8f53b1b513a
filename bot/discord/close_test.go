package discord_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/discord"
	dt "github.com/briefbot/briefbot/bot/discord/discordtest"
)

// TestGatewayStopsOnCloseCodesThatSayNotToReconnect: after 4004 and
// 4010-4014, at the handshake or in the middle of a session, the adapter
// reports a GatewayError and does not try again.
func TestGatewayStopsOnCloseCodesThatSayNotToReconnect(t *testing.T) {
	t.Parallel()
	for _, code := range []int{4004, 4010, 4011, 4012, 4013, 4014} {
		t.Run(fmt.Sprint(code), func(t *testing.T) {
			t.Parallel()
			var ge *discord.GatewayError

			h := newHarness(t, discord.Options{})
			h.fake.Refuse(code)
			if err := h.ad.Open(); !errors.As(err, &ge) || ge.Code != code || ge.Reason == "" {
				t.Errorf("Open with the gateway refusing %d: %v, want a GatewayError", code, err)
			}

			h = newHarness(t, discord.Options{})
			h.open(t)
			h.fake.Refuse(code)
			select {
			case err := <-h.ad.Failed():
				if !errors.As(err, &ge) || ge.Code != code || !strings.Contains(err.Error(), fmt.Sprint(code)) {
					t.Errorf("Failed delivered %v, want a GatewayError with code %d", err, code)
				}
			case <-timeout():
				t.Fatalf("no failure reported after close code %d", code)
			}
			if n := h.fake.Opens(); n != 2 {
				t.Errorf("%d gateway connections, want 2: the first, and one attempt to resume", n)
			}
		})
	}
}

// TestGatewayReconnectsAfterOtherCloseCodes: after a close code that
// allows it, the adapter resumes and goes on answering.
func TestGatewayReconnectsAfterOtherCloseCodes(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{})
	h.open(t)
	h.fake.Drop(4000) // unknown error: reconnect
	h.fake.WaitOpens(2, wait)
	_, msg := h.send(t, alice.Command(h.fake.AppID, "ask", []dt.Opt{dt.Str("question", "bread prices")}))
	if !strings.Contains(msg.text(), "Bread prices rise") {
		t.Errorf("after reconnecting: %s", msg.text())
	}
	select {
	case err := <-h.ad.Failed():
		t.Errorf("a resumable close was reported as a failure: %v", err)
	default:
	}
}

func timeout() <-chan time.Time { return time.After(wait) }

// TestGatewayInteractionSentWhileTheBotClosesArrivesAfterResume: an
// interaction Discord sends on a connection the bot is closing (discordgo
// closes its newest connection when a late heartbeat fails on the one
// before) is not lost: the adapter reconnects, resumes, and answers it.
func TestGatewayInteractionSentWhileTheBotClosesArrivesAfterResume(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{})
	h.open(t)
	go h.ad.Session().Close()
	h.fake.WaitEnds(1, wait)
	_, msg := h.send(t, alice.Command(h.fake.AppID, "ask", []dt.Opt{dt.Str("question", "bread prices")}))
	if !strings.Contains(msg.text(), "Bread prices rise") {
		t.Errorf("after the bot closed and resumed: %s", msg.text())
	}
	if n := h.fake.Opens(); n != 2 {
		t.Errorf("%d gateway connections, want 2: the first, and the resume", n)
	}
}

// An interaction sent while the bot is resuming (after its Resume, before
// RESUMED) reaches it once, in the replay: not also on the connection
// still in its handshake.
func TestGatewayInteractionSentDuringTheResumeArrivesOnce(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{})
	h.open(t)
	paused, release := h.fake.HoldResume()
	defer release()
	h.fake.Drop(4000) // unknown error: reconnect and resume
	select {
	case <-paused:
	case <-time.After(wait):
		t.Fatal("the bot did not resume")
	}
	first := alice.Command(h.fake.AppID, "ask", []dt.Opt{dt.Str("question", "bread prices")})
	done := make(chan messageData, 1)
	go func() {
		_, msg := h.send(t, first)
		done <- msg
	}()
	// The interaction is under way to the closed connection; let the
	// resume go on.
	release()
	select {
	case msg := <-done:
		if !strings.Contains(msg.text(), "Bread prices rise") {
			t.Errorf("the interaction sent during the resume: %s", msg.text())
		}
	case <-time.After(2 * wait):
		t.Fatal("the interaction sent during the resume was not answered")
	}
	// Another interaction, answered after: a second delivery of the first
	// would have been answered by now.
	h.send(t, bob.Command(h.fake.AppID, "ask", []dt.Opt{dt.Str("question", "bread prices")}))
	n := 0
	for _, c := range h.fake.Calls() {
		if dt.Callback(dt.IDOf(first))(c) {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the interaction sent during the resume was answered %d times, want once", n)
	}
}
