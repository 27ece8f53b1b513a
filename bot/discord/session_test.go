package discord

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestAPIURLRewritesDiscordsHost(t *testing.T) {
	var got []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = append(got, r.URL.EscapedPath())
	}))
	defer srv.Close()
	for _, tt := range []struct{ base, want string }{
		{srv.URL, "/api/v9/gateway"},
		{srv.URL + "/", "/api/v9/gateway"},
		{srv.URL + "/api/v9", "/api/v9/gateway"}, // as .env.example writes it
		{srv.URL + "/api", "/api/v9/gateway"},
		{srv.URL + "/proxy/discord/api/v9/", "/proxy/discord/api/v9/gateway"},
	} {
		got = nil
		s, err := newSession(Options{APIURL: tt.base})
		if err != nil {
			t.Fatalf("%s: %v", tt.base, err)
		}
		s.Gateway()
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("DISCORD_API_URL=%s: requested %v, want %s", tt.base, got, tt.want)
		}
	}
	for _, bad := range []string{"discord.com", "ftp://x/api", "http://", "https://x/api?v=9"} {
		if _, err := newSession(Options{APIURL: bad}); err == nil {
			t.Errorf("DISCORD_API_URL=%q accepted", bad)
		}
	}
}
