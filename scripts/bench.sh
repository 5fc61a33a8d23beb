#!/bin/sh
# Measure sitefeed against a generated copy of the site on loopback: cold
# backfill, a bare net/http + goquery baseline, steady-state refreshes,
# rendering and the daemon's memory. Results go to bench-out/results.md
# and results.json. Flags pass through, e.g.
#
#     scripts/bench.sh -n 2000 -cpuprofile bench-out/cpu.pprof
#     scripts/bench.sh -daemon=false     # skip the 2-minute daemon run
set -eu
cd "$(dirname "$0")/.."
exec go run ./cmd/bench "$@"
