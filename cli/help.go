package cli

import (
	"fmt"
	"io"
	"strings"
)

// help is what a command's -h prints above its flags.
type help struct {
	usage    string   // the synopsis, without "Usage: "
	summary  string   // one line: what the command does
	about    string   // more, when one line is not enough
	examples []string // command lines, each with a "# what" comment
	exits    []string // "N  meaning", one per exit code
}

func (h help) write(w io.Writer) {
	fmt.Fprintf(w, "%s\n\nUsage: %s\n", h.summary, h.usage)
	if h.about != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(h.about))
	}
	fmt.Fprintf(w, "\nExamples:\n")
	for _, e := range h.examples {
		fmt.Fprintf(w, "  %s\n", e)
	}
	fmt.Fprintf(w, "\nExit codes:\n")
	for _, e := range h.exits {
		fmt.Fprintf(w, "  %s\n", e)
	}
}

const exitUsageLine = "2  bad flags or configuration (nothing fetched or changed)"

var scrapeHelp = help{
	usage:   "sitefeed scrape [-config F] [-origin URL] [-feed a,b] [-dry-run] [-backfill [-max-pages N]] [-refresh]",
	summary: "sitefeed scrape: scrape every feed (or those of -feed) once and write the feed files.",
	about: `On a terminal a live line per feed shows the requests done and planned, the
items and the time left; otherwise the same goes to the log. A summary per
feed follows on stdout. With the default delay (3s + up to 1s) a first run
of the six feeds of migration.gov.az takes about 5 minutes (84 requests).`,
	examples: []string{
		"sitefeed scrape                                          # one polite run of every feed",
		"sitefeed scrape -origin http://127.0.0.1:8081 -delay 0   # against a local mirror, no delay",
		"sitefeed scrape -feed news-en,press-en                   # only these feeds",
		"sitefeed scrape -dry-run -feed news-az | jq .title       # print the items as JSON lines, write nothing",
		"sitefeed scrape -backfill -max-pages 50                  # fill the store with history",
	},
	exits: []string{
		"0  every feed ok (or deferred: the site asked to wait)",
		"1  a feed failed (its previous files kept), or the run was interrupted",
		exitUsageLine,
	},
}

var checkHelp = help{
	usage:   "sitefeed check [-config F] [-origin URL] [-feed NAME] [-base URL] [URL|FILE]",
	summary: "sitefeed check: show what each feed's selectors and inference find, to fix config.yaml.",
	about: `Validates the configuration, then finds each feed's list page as a run does (its
list_urls, or discovery from its home page's menu), reads it and one article
page (or URL or FILE instead) and shows what every selector matched and what
inference found, with the YAML to pin what was discovered.`,
	examples: []string{
		"sitefeed check                                           # every feed, as a run finds it",
		"sitefeed check -feed news-en                             # one feed",
		"sitefeed check https://migration.gov.az/en/news_detail/1 # one article page",
		"sitefeed check -feed news-en -base https://migration.gov.az/en/news saved.html",
	},
	exits: []string{
		"0  every list page and item found",
		"1  no list page or no item found, or a configured required selector (items.selector, items.title, items.link) matched nothing",
		exitUsageLine,
	},
}

var serveHelp = help{
	usage:   "sitefeed serve [-config F] [-addr :8080] [-origin URL] [-db F] [-output DIR]",
	summary: "sitefeed serve: the daemon — scrape on the configured schedule and serve the feeds over HTTP.",
	about: `Serves output_dir (index.html, feeds.opml, the feeds), /healthz and /metrics.
SIGHUP or a changed config file reloads the configuration; SIGINT and SIGTERM
stop it gracefully.`,
	examples: []string{
		"sitefeed serve                                           # :8080, config.yaml",
		"sitefeed serve -config /etc/sitefeed/config.yaml -addr 127.0.0.1:8080",
		"SITEFEED_ADDR=:9000 sitefeed serve -jitter 0",
	},
	exits: []string{
		"0  stopped by SIGINT or SIGTERM",
		"1  the store could not be opened or the server failed",
		exitUsageLine,
	},
}

var demoHelp = help{
	usage:   "sitefeed demo [-addr 127.0.0.1:8080] [-config F]",
	summary: "sitefeed demo: see it work offline — scrape the bundled copy of the site and serve the feeds until Ctrl-C.",
	about: `Nothing is fetched from the internet and nothing is left behind: the store and
the files live in a temporary directory, removed on exit.`,
	examples: []string{
		"sitefeed demo                                            # then open the printed URL",
		"sitefeed demo -addr 127.0.0.1:9000",
	},
	exits: []string{
		"0  stopped by Ctrl-C",
		"1  the bundled copy could not be served or scraped",
		exitUsageLine,
	},
}

var versionHelp = help{
	usage:    "sitefeed version",
	summary:  "sitefeed version: print the version.",
	examples: []string{"sitefeed version"},
	exits:    []string{"0  always"},
}

var storeHelp = help{
	usage: `sitefeed store verify|snapshot|restore [-config F] [-db F] [SNAPSHOT]

  sitefeed store verify   [-config F] [-db F]   check every page and record; exit 1 if damaged
  sitefeed store snapshot [-config F] [-db F]   write today's snapshot now (<db>.snapshot-YYYYMMDD)
  sitefeed store restore  [-config F] [-db F] [SNAPSHOT]
                                                put the newest snapshot that verifies (or SNAPSHOT)
                                                in place; the old file is kept as <db>.damaged-<unixtime>`,
	summary: "sitefeed store: check, copy or restore the item store.",
	examples: []string{
		"sitefeed store verify -db /var/lib/sitefeed/sitefeed.db",
		"sitefeed store snapshot",
		"sitefeed store restore                                   # the newest snapshot that verifies",
	},
	exits: []string{
		"0  the store is sound / the snapshot written / the store restored",
		"1  the store is damaged, or no snapshot could be written or restored",
		exitUsageLine,
	},
}

// storeSubHelp is the help of one store subcommand.
func storeSubHelp(usage, summary string) help {
	h := storeHelp
	h.usage, h.summary, h.examples = usage, summary, nil
	cmd := strings.Join(strings.Fields(usage)[:3], " ")
	for _, e := range storeHelp.examples {
		if strings.HasPrefix(e, cmd) {
			h.examples = append(h.examples, e)
		}
	}
	return h
}
