package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
)

// benchKeys are the changes the bench makes to config.yaml: four
// requests in flight, no random delay (-delay 0 drops the fixed one), and
// caps that let a backfill walk the whole corpus in one run.
var benchKeys = []struct{ key, value string }{
	{"parallelism", "4"},
	{"random_delay", "0s"},
	{"max_pages", "1000"},
	{"max_requests", "20000"},
}

// writeConfigs writes two copies of the config file: one for scrape runs
// and one for the daemon, scheduled every second.
func writeConfigs(src, dir string) (scrape, daemon string, err error) {
	raw, err := os.ReadFile(src)
	if err != nil {
		return "", "", err
	}
	text := string(raw)
	for _, k := range benchKeys {
		if text, err = setKey(text, k.key, k.value); err != nil {
			return "", "", err
		}
	}
	scrape = filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(scrape, []byte(text), 0o644); err != nil {
		return "", "", err
	}
	if text, err = setKey(text, "schedule", `"@every 1s"`); err != nil {
		return "", "", err
	}
	daemon = filepath.Join(dir, "daemon.yaml")
	return scrape, daemon, os.WriteFile(daemon, []byte(text), 0o644)
}

// setKey replaces the value of a top-level key, keeping any comment.
func setKey(text, key, value string) (string, error) {
	re := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(key) + `:[ \t]*("[^"\n]*"|[^ \t\n#]*)`)
	if !re.MatchString(text) {
		return "", fmt.Errorf("config.yaml has no top-level %s key to change", key)
	}
	return re.ReplaceAllLiteralString(text, key+": "+value), nil
}
