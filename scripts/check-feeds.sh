#!/usr/bin/env bash
# Independent checks of sitefeed's output, as real readers see it:
#  1. scrape the bundled fixture site through the default config.yaml;
#  2. xmllint --noout on every RSS/Atom/OPML file (strict well-formedness);
#  3. Debian's python3-feedparser on every RSS/Atom file: bozo must be 0;
#  4. every JSON feed parses and carries version 1.1 and items;
#  5. `sitefeed serve` over that output, opened in headless Chromium: the
#     index page shows every feed title, and an RSS feed styled by its XSL
#     stylesheet shows its item titles, and so does the feed's own HTML
#     page (NAME.html, no XSLT).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

freeport() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_http() { for _ in $(seq 1 100); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.2; done; echo "no answer from $1"; return 1; }

go build -o "$work/sitefeed" .
go build -o "$work/fixtureserver" ./cmd/fixtureserver

fx=$(freeport)
"$work/fixtureserver" -addr "127.0.0.1:$fx" -root testdata/site 2>"$work/fixtures.log" &
pids+=($!)
wait_http "http://127.0.0.1:$fx/robots.txt"

echo "-- scrape the fixture site"
"$work/sitefeed" scrape -origin "http://127.0.0.1:$fx" -delay 0 -db "$work/sitefeed.db" -output "$work/public"

echo "-- xmllint"
xmllint --noout "$work"/public/*.rss "$work"/public/*.atom "$work/public/feeds.opml" "$work/public/feed.xsl"

echo "-- feedparser"
/usr/bin/python3 - "$work/public" <<'PY'
import glob, json, sys, feedparser
bad = 0
for path in sorted(glob.glob(sys.argv[1] + "/*.rss") + glob.glob(sys.argv[1] + "/*.atom")):
    d = feedparser.parse(path)
    ok = d.bozo == 0 and len(d.entries) > 0 and all(e.get("id") and e.get("title") and e.get("link") for e in d.entries)
    print(f"{'ok ' if ok else 'BAD'} {path.rsplit('/',1)[1]}: bozo={d.bozo} version={d.version} entries={len(d.entries)}")
    if not ok:
        bad += 1
        print("   ", d.get("bozo_exception"))
for path in sorted(glob.glob(sys.argv[1] + "/*.json")):
    j = json.load(open(path, encoding="utf-8"))
    ok = j.get("version") == "https://jsonfeed.org/version/1.1" and isinstance(j.get("items"), list) and len(j["items"]) > 0
    print(f"{'ok ' if ok else 'BAD'} {path.rsplit('/',1)[1]}: items={len(j.get('items', []))}")
    bad += 0 if ok else 1
sys.exit(1 if bad else 0)
PY

echo "-- serve + headless chromium"
port=$(freeport)
"$work/sitefeed" serve -addr "127.0.0.1:$port" -origin "http://127.0.0.1:$fx" -delay 0 -db "$work/sitefeed2.db" \
  -output "$work/public" -jitter 0 -watch 0 2>"$work/serve.log" &
pids+=($!)
wait_http "http://127.0.0.1:$port/healthz"
chrome() {
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/chrome-$1" --virtual-time-budget=5000 --dump-dom "$2" 2>/dev/null
}
chrome index "http://127.0.0.1:$port/" > "$work/index.dom"
for t in "State Migration Service of Azerbaijan: News" "Государственная миграционная служба Азербайджана: Новости" "Dövlət Miqrasiya Xidməti: Xəbərlər"; do
  grep -qF "$t" "$work/index.dom" || { echo "index page in Chromium lacks feed title: $t"; exit 1; }
done
echo "ok index.html shows the feed titles"
chrome rss "http://127.0.0.1:$port/news-en.rss" > "$work/rss.dom"
first=$(/usr/bin/python3 -c 'import feedparser,sys; print(feedparser.parse(sys.argv[1]).entries[0].title)' "$work/public/news-en.rss")
grep -qF "$first" "$work/rss.dom" || { echo "styled RSS in Chromium lacks item title: $first"; exit 1; }
grep -qF "This is a web feed" "$work/rss.dom" || { echo "RSS not transformed to HTML by feed.xsl in Chromium"; exit 1; }
grep -q "<channel" "$work/rss.dom" && { echo "Chromium shows the raw RSS, not the styled page"; exit 1; }
echo "ok news-en.rss is rendered by feed.xsl and shows: $first"
chrome page "http://127.0.0.1:$port/news-en.html" > "$work/page.dom"
grep -qF "$first" "$work/page.dom" || { echo "news-en.html in Chromium lacks item title: $first"; exit 1; }
grep -qF 'href="style.css"' "$work/page.dom" || { echo "news-en.html does not link style.css"; exit 1; }
echo "ok news-en.html (server-rendered, no XSLT) shows: $first"
kill -TERM "${pids[-1]}"; wait "${pids[-1]}" || { echo "serve did not exit cleanly on SIGTERM"; exit 1; }
echo "ok serve stopped on SIGTERM"
echo "checks: 7 passed, 0 failed"
