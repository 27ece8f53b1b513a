package main

import (
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/joho/godotenv"
)

// Config is every setting briefbot reads from the environment (and .env).
// .env.example lists them with a line of explanation each.
type Config struct {
	Corpus      string
	Index       string
	LogLevel    slog.Level
	MaxFileSize int64

	DiscordToken     string
	DiscordAppID     string
	DiscordPublicKey string
	DiscordAPIURL    string
	SyncCommands     bool
	AdminRoles       []string
	AdminUsers       []string
	MetricsAddr      string
	// DeferAfter is how long an answer may take before its Discord reply
	// is deferred; 0 means the adapter's default.
	DeferAfter time.Duration
}

// loadConfig reads .env from the working folder (if there is one, without
// overriding the environment) and then the environment. lookup is
// os.LookupEnv outside tests.
func loadConfig(lookup func(string) (string, bool), dotenv string) (Config, error) {
	if dotenv != "" {
		if vals, err := godotenv.Read(dotenv); err == nil {
			base := lookup
			lookup = func(k string) (string, bool) {
				if v, ok := base(k); ok {
					return v, ok
				}
				v, ok := vals[k]
				return v, ok
			}
		} else if !os.IsNotExist(err) {
			return Config{}, fmt.Errorf("cannot read %s: %w", dotenv, err)
		}
	}
	get := func(k string) string {
		v, _ := lookup(k)
		return strings.TrimSpace(v)
	}
	cfg := Config{
		Corpus:           get("BRIEFBOT_CORPUS"),
		Index:            get("BRIEFBOT_INDEX"),
		MaxFileSize:      8 << 20,
		DiscordToken:     strings.TrimPrefix(get("DISCORD_TOKEN"), "Bot "),
		DiscordAppID:     get("DISCORD_APP_ID"),
		DiscordPublicKey: get("DISCORD_PUBLIC_KEY"),
		DiscordAPIURL:    get("DISCORD_API_URL"),
		AdminRoles:       splitList(get("BRIEFBOT_ADMIN_ROLES")),
		AdminUsers:       splitList(get("BRIEFBOT_ADMIN_USERS")),
		MetricsAddr:      get("BRIEFBOT_METRICS_ADDR"),
	}
	if err := cfg.LogLevel.UnmarshalText([]byte(orDefault(get("LOG_LEVEL"), "info"))); err != nil {
		return Config{}, fmt.Errorf("LOG_LEVEL: %q is not one of debug, info, warn, error", get("LOG_LEVEL"))
	}
	if v := get("BRIEFBOT_MAX_FILE_MB"); v != "" {
		mb, err := strconv.ParseFloat(v, 64)
		if err != nil || mb <= 0 || mb > 1024 {
			return Config{}, fmt.Errorf("BRIEFBOT_MAX_FILE_MB: %q is not a size in megabytes between 0 and 1024", v)
		}
		cfg.MaxFileSize = int64(mb * (1 << 20))
	}
	if v := get("BRIEFBOT_DEFER_AFTER"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 || d > 2500*time.Millisecond {
			return Config{}, fmt.Errorf("BRIEFBOT_DEFER_AFTER: %q is not a duration between 0 and 2.5s, like 40ms", v)
		}
		cfg.DeferAfter = d
	}
	if v := get("DISCORD_SYNC_COMMANDS"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return Config{}, fmt.Errorf("DISCORD_SYNC_COMMANDS: %q is not true or false", v)
		}
		cfg.SyncCommands = b
	}
	return cfg, nil
}

// defaultIndexDir is where an index lives when BRIEFBOT_INDEX is not set:
// a folder under the user's cache directory, one per corpus.
func defaultIndexDir(name string) string {
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "briefbot", name)
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
