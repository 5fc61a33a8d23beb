#!/usr/bin/env bash
# Smoke check of the container image (Containerfile) with podman, as root:
# build it from dist/ (scripts/release.sh runs first when dist/ lacks this
# architecture's binary), run `version` in it, then run the image's daemon
# against the bundled offline mirror and read /healthz and a feed. Installs
# podman and runc from Debian when missing. Image, container and volume
# are removed at the end.
#
# Runtime flags: on this project's machines (a VM without CAP_SYS_RESOURCE
# and with a hybrid cgroup v1/v2 layout) podman's default runtime crun
# refuses to start containers ("setrlimit RLIMIT_NOFILE: Operation not
# permitted", "cgroups in hybrid mode not supported"), so the containers
# run under runc with limits below the current ones. The daemon listens on
# the host network (loopback only), as the mirror does.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/local/go/bin:$PATH"

arch=$(dpkg --print-architecture 2>/dev/null || go env GOARCH)
need=()
command -v podman >/dev/null || need+=(podman)
command -v runc >/dev/null || need+=(runc)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
[ -x "dist/linux_$arch/sitefeed" ] || ARCHES=$arch bash scripts/release.sh
version=$("dist/linux_$arch/sitefeed" version)

image=localhost/sitefeed-check:$$
name=sitefeed-check-$$
work=$(mktemp -d)
pids=()
cleanup() {
  podman rm -f "$name" >/dev/null 2>&1 || true
  podman volume rm -f "$name" >/dev/null 2>&1 || true
  podman rmi -f "$image" >/dev/null 2>&1 || true
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL $*"; exit 1; }
freeport() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_http() { for _ in $(seq 1 100); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.2; done; echo "no answer from $1"; return 1; }
run=(podman run --runtime runc --ulimit nofile=1024:1024 --ulimit nproc=1024:1024)

echo "-- podman build"
podman build -q --layers=false --platform "linux/$arch" -t "$image" . >/dev/null
[ "$(podman image inspect "$image" --format '{{.Config.User}}')" = 65532:65532 ] || fail "image does not run as 65532:65532"
got=$("${run[@]}" --rm "$image" version) || fail "podman run $image version"
[ "$got" = "$version" ] || fail "the image says '$got', dist/ has '$version'"
echo "ok podman run $image version: $got"

echo "-- the image's daemon against the offline mirror"
go build -o "$work/fixtureserver" ./cmd/fixtureserver
fx=$(freeport)
"$work/fixtureserver" -addr "127.0.0.1:$fx" -root testdata/site 2>"$work/fixtures.log" &
pids+=($!)
wait_http "http://127.0.0.1:$fx/robots.txt"
port=$(freeport)
# The image's own command line, as the Containerfile declares it, plus the
# mirror's flags (-delay 0: no politeness delay for a local mirror).
[ "$(podman image inspect "$image" --format '{{json .Config.Entrypoint}} {{json .Config.Cmd}}')" = \
  '["/sitefeed"] ["serve","-config","/etc/sitefeed/config.yaml"]' ] || fail "unexpected ENTRYPOINT or CMD"
"${run[@]}" -d --name "$name" --network host -v "$name:/var/lib/sitefeed" "$image" \
  serve -config /etc/sitefeed/config.yaml -addr "127.0.0.1:$port" -origin "http://127.0.0.1:$fx" -delay 0 -jitter 0 >/dev/null
wait_http "http://127.0.0.1:$port/healthz" || { podman logs "$name"; fail "no /healthz"; }
for _ in $(seq 1 60); do
  curl -fsS -o "$work/news-az.rss" "http://127.0.0.1:$port/news-az.rss" 2>/dev/null && break
  sleep 0.5
done
grep -q '<rss' "$work/news-az.rss" 2>/dev/null || { podman logs "$name"; fail "no news-az.rss from the container"; }
vol=$(podman volume inspect "$name" --format '{{.Mountpoint}}')
[ "$(stat -c %u:%g "$vol/sitefeed.db" "$vol/public/news-az.rss" | sort -u)" = 65532:65532 ] ||
  fail "the store and feeds in the volume are not 65532's: $(stat -c '%n %u:%g' "$vol/sitefeed.db" "$vol/public/news-az.rss")"
echo "ok the container serves /healthz and news-az.rss, written as 65532 into its volume"
podman stop -t 30 "$name" >/dev/null
[ "$(podman inspect "$name" --format '{{.State.ExitCode}}')" = 0 ] || { podman logs "$name"; fail "the daemon did not exit 0 on SIGTERM"; }
echo "ok the daemon stopped cleanly on podman stop"
echo "checks: 3 passed, 0 failed"
