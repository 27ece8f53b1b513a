package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

func TestFetcherLimits(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("<html><p>hello</p></html>")) })
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) { w.Write(make([]byte, 2048)) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/hop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/page", http.StatusFound) })
	mux.HandleFunc("/ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.org/x", http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(200)
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	f := newFetcher(1024, true)
	f.timeout = 300 * time.Millisecond
	ctx := context.Background()
	data, ctype, final, err := f.get(ctx, srv.URL+"/hop")
	if err != nil || !strings.Contains(string(data), "hello") || !strings.HasPrefix(ctype, "text/html") || final != srv.URL+"/page" {
		t.Errorf("/hop: %q %q %q %v", data, ctype, final, err)
	}
	for path, want := range map[string]string{
		"/big":     "too large",
		"/loop":    "redirects more than 3 times",
		"/ftp":     "ftp: address",
		"/slow":    "did not arrive within",
		"/missing": "answered 404",
	} {
		_, _, _, err := f.get(ctx, srv.URL+path)
		if msg := bot.UserMessage(err); !strings.Contains(msg, want) {
			t.Errorf("%s: %q (%v), want %q", path, msg, err, want)
		}
	}
	// Outside tests, addresses inside the network are refused.
	_, _, _, err = newFetcher(1024, false).get(ctx, srv.URL+"/page")
	if msg := bot.UserMessage(err); !strings.Contains(msg, "public internet addresses only") {
		t.Errorf("loopback fetch: %q (%v)", msg, err)
	}
}
