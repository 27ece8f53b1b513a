package discordtest

import (
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// Member is who sends an interaction in a guild.
type Member struct {
	Guild, User string
	Roles       []string
	// Permissions is the member's permission bit set in the channel.
	Permissions int64
}

var next atomic.Int64

// ID returns a fresh snowflake-like id.
func ID() string { return strconv.FormatInt(1_300_000_000_000_000_000+next.Add(1), 10) }

// Opt is one option of a command interaction.
type Opt struct {
	Name    string
	Type    int // 3 string, 4 integer, 5 boolean, 11 attachment
	Value   any
	Focused bool
}

// Attachment describes a file attached to a command.
type Attachment struct {
	ID, Filename, URL, ContentType string
	Size                           int
}

func (m Member) base(typ int, appID string) map[string]any {
	i := map[string]any{
		"id": ID(), "application_id": appID, "type": typ, "token": "tok" + ID(), "version": 1,
		"channel_id": "800000000000000001",
	}
	user := map[string]any{"id": m.User, "username": "user" + m.User, "global_name": "User " + m.User}
	if m.Guild != "" {
		i["guild_id"] = m.Guild
		roles := m.Roles
		if roles == nil {
			roles = []string{}
		}
		i["member"] = map[string]any{"user": user, "roles": roles, "permissions": strconv.FormatInt(m.Permissions, 10)}
	} else {
		i["user"] = user
	}
	return i
}

// Command is an APPLICATION_COMMAND interaction for /name with options.
func (m Member) Command(appID, name string, opts []Opt, atts ...Attachment) map[string]any {
	i := m.base(2, appID)
	data := map[string]any{"id": ID(), "name": name, "type": 1, "options": options(opts)}
	if len(atts) > 0 {
		res := map[string]any{}
		for _, a := range atts {
			res[a.ID] = map[string]any{"id": a.ID, "filename": a.Filename, "url": a.URL, "proxy_url": a.URL, "size": a.Size, "content_type": a.ContentType}
		}
		data["resolved"] = map[string]any{"attachments": res}
	}
	i["data"] = data
	return i
}

// Autocomplete is an APPLICATION_COMMAND_AUTOCOMPLETE interaction.
func (m Member) Autocomplete(appID, name string, opts []Opt) map[string]any {
	i := m.base(4, appID)
	i["data"] = map[string]any{"id": ID(), "name": name, "type": 1, "options": options(opts)}
	return i
}

// Button is a MESSAGE_COMPONENT interaction: a click on customID.
func (m Member) Button(appID, customID string) map[string]any {
	i := m.base(3, appID)
	i["data"] = map[string]any{"custom_id": customID, "component_type": 2}
	i["message"] = map[string]any{"id": "900000000000000001", "channel_id": "800000000000000001"}
	return i
}

// Ping is Discord's PING interaction.
func Ping(appID string) map[string]any {
	return map[string]any{"id": ID(), "application_id": appID, "type": 1, "token": "tok" + ID(), "version": 1}
}

func options(opts []Opt) []any {
	out := []any{}
	for _, o := range opts {
		m := map[string]any{"name": o.Name, "type": o.Type, "value": o.Value}
		if o.Focused {
			m["focused"] = true
		}
		out = append(out, m)
	}
	return out
}

// Sign signs an interaction body as Discord does: Ed25519 over the
// timestamp followed by the body.
func Sign(req *http.Request, key ed25519.PrivateKey, body []byte, at time.Time) {
	ts := strconv.FormatInt(at.Unix(), 10)
	sig := ed25519.Sign(key, append([]byte(ts), body...))
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	req.Header.Set("X-Signature-Timestamp", ts)
	req.Header.Set("Content-Type", "application/json")
}

// Token returns an interaction's token.
func Token(i map[string]any) string { return i["token"].(string) }

// IDOf returns an interaction's id.
func IDOf(i map[string]any) string { return i["id"].(string) }

// Str returns a string option.
func Str(name, v string) Opt { return Opt{Name: name, Type: 3, Value: v} }

// Int returns an integer option.
func Int(name string, v int) Opt { return Opt{Name: name, Type: 4, Value: v} }

// Bool returns a boolean option.
func Bool(name string, v bool) Opt { return Opt{Name: name, Type: 5, Value: v} }

// Focus returns the string option being typed in an autocomplete.
func Focus(name, v string) Opt { return Opt{Name: name, Type: 3, Value: v, Focused: true} }

// File returns an attachment option with its attachment.
func File(name, url, filename string, size int) (Opt, Attachment) {
	id := ID()
	ct := "text/plain; charset=utf-8"
	if strings.HasSuffix(filename, ".html") {
		ct = "text/html"
	}
	return Opt{Name: name, Type: 11, Value: id}, Attachment{ID: id, Filename: filename, URL: url, ContentType: ct, Size: size}
}

// Describe is a short description of an interaction for test messages.
func Describe(i map[string]any) string {
	return fmt.Sprintf("interaction %v type %v", i["id"], i["type"])
}
