#!/usr/bin/env bash
# Builds the .deb for this machine's architecture (scripts/release.sh) and
# checks it the way an administrator meets it, as root on this machine:
#  1. dpkg -i installs it, with or without a running systemd;
#  2. /usr/bin/sitefeed version prints the stamped version; the config is a
#     conffile; the sitefeed user owns /var/lib/sitefeed; the unit is valid;
#  3. as the sitefeed user, `sitefeed check` accepts /etc/sitefeed/config.yaml
#     and checks all six feeds, and `sitefeed scrape` writes its store and
#     feeds into /var/lib/sitefeed, both against the bundled offline mirror;
#  4. dpkg --purge leaves nothing behind.
# It installs and purges the package sitefeed on this machine: run it in CI
# or on a machine of yours where sitefeed is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/local/go/bin:$PATH"
[ "$(id -u)" = 0 ] || { echo "check-deb: run as root (it installs the package)"; exit 1; }

arch=$(dpkg --print-architecture)
case $arch in amd64 | arm64) ;; *) echo "check-deb: no .deb for $arch; skipped"; exit 0 ;; esac
version=0.0.0~ci$(date -u +%Y%m%d%H%M%S)

work=$(mktemp -d)
pids=()
had_user=no
getent passwd sitefeed >/dev/null && had_user=yes
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  # Leave the machine as it was, also when a check failed half-way.
  if dpkg-query -W -f='${Status}' sitefeed 2>/dev/null | grep -q installed; then
    dpkg --purge sitefeed >/dev/null || true
  fi
  if [ "$had_user" = no ] && getent passwd sitefeed >/dev/null; then userdel sitefeed || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL $*"; exit 1; }
ok() { echo "ok $*"; }
freeport() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_http() { for _ in $(seq 1 100); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.2; done; echo "no answer from $1"; return 1; }

echo "-- build the release for linux/$arch"
ARCHES=$arch bash scripts/release.sh "$version"
deb=dist/sitefeed_${version}_$arch.deb
[ -f "$deb" ] || fail "no $deb"
(cd dist && sha256sum --quiet -c SHA256SUMS) || fail "SHA256SUMS does not match dist/"
tar -tzf "dist/sitefeed_${version}_linux_$arch.tar.gz" | sort >"$work/tar.list"
for f in sitefeed config.yaml README.md LICENSE deploy/sitefeed.service; do
  grep -qx "sitefeed_${version}_linux_$arch/$f" "$work/tar.list" || fail "tarball lacks $f"
done
ok "tarball and SHA256SUMS"

echo "-- dpkg -i"
dpkg -i "$deb"
[ "$(/usr/bin/sitefeed version)" = "sitefeed $version" ] || fail "/usr/bin/sitefeed version: $(/usr/bin/sitefeed version)"
ok "/usr/bin/sitefeed version: $(/usr/bin/sitefeed version)"
dpkg-query -W -f='${Conffiles}\n' sitefeed | grep -q '^ /etc/sitefeed/config.yaml ' || fail "/etc/sitefeed/config.yaml is no conffile"
grep -q '^db: /var/lib/sitefeed/sitefeed.db' /etc/sitefeed/config.yaml || fail "installed config: db not in /var/lib/sitefeed"
grep -q '^output_dir: /var/lib/sitefeed/public' /etc/sitefeed/config.yaml || fail "installed config: output_dir not in /var/lib/sitefeed"
ok "/etc/sitefeed/config.yaml is a conffile with db and output_dir in /var/lib/sitefeed"
getent passwd sitefeed >/dev/null || fail "no sitefeed user"
[ "$(stat -c %U:%G /var/lib/sitefeed)" = sitefeed:sitefeed ] || fail "/var/lib/sitefeed is $(stat -c %U:%G /var/lib/sitefeed)"
ok "the system user sitefeed owns /var/lib/sitefeed"
unit=/usr/lib/systemd/system/sitefeed.service
grep -q '^ExecStart=/usr/bin/sitefeed serve -config /etc/sitefeed/config.yaml ' $unit || fail "$unit does not run /usr/bin/sitefeed"
if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify $unit || fail "systemd-analyze verify $unit"
  ok "systemd-analyze verify $unit"
else
  ok "$unit installed (no systemd-analyze here to verify it)"
fi

echo "-- sitefeed check and scrape, as the sitefeed user, on the installed config against the offline mirror"
go build -o "$work/fixtureserver" ./cmd/fixtureserver
fx=$(freeport)
"$work/fixtureserver" -addr "127.0.0.1:$fx" -root testdata/site 2>"$work/fixtures.log" &
pids+=($!)
wait_http "http://127.0.0.1:$fx/robots.txt"
as_sitefeed() { (cd /var/lib/sitefeed && runuser -u sitefeed -- "$@"); }
# `check` exits 0 on this mirror (discovery and inference find every feed;
# 1 would name a feed it could not read). What matters for the package is
# that the installed configuration is accepted (status 2 would mean a bad
# configuration or flags) and that every one of its six feeds was checked.
status=0
as_sitefeed /usr/bin/sitefeed check -config /etc/sitefeed/config.yaml -origin "http://127.0.0.1:$fx" -delay 0 \
  >"$work/check.out" 2>"$work/check.err" || status=$?
if [ "$status" != 0 ] && [ "$status" != 1 ]; then
  cat "$work/check.out" "$work/check.err"
  fail "sitefeed check exited $status (2: configuration or flags rejected)"
fi
grep -qx 'configuration /etc/sitefeed/config.yaml: ok (6 feeds)' "$work/check.out" ||
  { cat "$work/check.out" "$work/check.err"; fail "check did not accept /etc/sitefeed/config.yaml with 6 feeds"; }
for f in news-az press-az news-en press-en news-ru press-ru; do
  grep -q "^== feed $f " "$work/check.out" || { cat "$work/check.out"; fail "check output does not name feed $f"; }
done
ok "sitefeed check: config accepted, all six feeds checked (exit $status, expected 0 or 1 on the fixtures)"
as_sitefeed /usr/bin/sitefeed scrape -config /etc/sitefeed/config.yaml -origin "http://127.0.0.1:$fx" -delay 0 \
  >"$work/scrape.out" 2>&1 || { cat "$work/scrape.out"; fail "sitefeed scrape as the sitefeed user"; }
for f in sitefeed.db public/index.html public/news-en.rss public/press-ru.atom public/news-az.json; do
  [ "$(stat -c %U /var/lib/sitefeed/$f 2>/dev/null)" = sitefeed ] || fail "/var/lib/sitefeed/$f missing or not the sitefeed user's"
done
ok "sitefeed scrape wrote the store and the feeds into /var/lib/sitefeed"

echo "-- dpkg --purge"
dpkg --purge sitefeed
for p in /usr/bin/sitefeed /etc/sitefeed /var/lib/sitefeed $unit; do
  [ ! -e "$p" ] || fail "$p is still there after the purge"
done
ok "purge removed the binary, the config, the unit and /var/lib/sitefeed"
echo "checks: 8 passed, 0 failed"
