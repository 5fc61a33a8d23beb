#!/usr/bin/env bash
# Builds sitefeed's release artifacts into dist/, offline once the Go modules
# are in the module cache (the project's and nfpm's; a first run downloads
# them):
#
#   scripts/release.sh [VERSION]          # ARCHES="amd64 arm64" by default
#
#   dist/sitefeed_VERSION_linux_ARCH.tar.gz  static binary, config.yaml,
#                                            README.md, LICENSE,
#                                            deploy/sitefeed.service
#   dist/sitefeed_VERSION_ARCH.deb           /usr/bin/sitefeed, the systemd unit,
#                                            /etc/sitefeed/config.yaml (conffile),
#                                            a sitefeed system user, /var/lib/sitefeed
#   dist/SHA256SUMS                          of the tarballs and .debs
#   dist/linux_ARCH/sitefeed, dist/package/  what Containerfile copies:
#                                            podman build --platform linux/ARCH -t sitefeed:VERSION .
#
# VERSION (a leading "v" is dropped) becomes `sitefeed version` and the
# Debian version, so it starts with a digit and holds only [A-Za-z0-9.+~]
# (write a pre-release as 1.0.0~rc1: it sorts before 1.0.0). Without it: the
# tag vX.Y.Z at HEAD, else 0.0.0~gitYYYYMMDD.COMMIT. File dates in the
# archives are the commit's time (SOURCE_DATE_EPOCH), so the same commit and
# version give the same tarballs and .debs.
#
# ARCHES="amd64" scripts/release.sh builds one architecture (CI does).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/local/go/bin:$PATH"

# nfpm runs as a pinned Go module: no binary download, cached after one run.
NFPM=github.com/goreleaser/nfpm/v2/cmd/nfpm@v2.48.0
ARCHES=${ARCHES:-amd64 arm64}
DIST=dist

die() { echo "release: $*" >&2; exit 1; }

version=${1:-}
if [ -z "$version" ]; then
  git rev-parse --git-dir >/dev/null 2>&1 || die "not a git checkout: give the VERSION"
  if tag=$(git describe --tags --exact-match --match 'v[0-9]*' 2>/dev/null); then
    version=$tag
  else
    version="0.0.0~git$(git log -1 --format=%cd --date=format:%Y%m%d).$(git rev-parse --short=7 HEAD)"
  fi
fi
version=${version#v}
[[ $version =~ ^[0-9][A-Za-z0-9.+~]*$ ]] ||
  die "VERSION $version: want a digit first, then only letters, digits and . + ~ (e.g. 1.2.0, 1.2.0~rc1)"
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || date +%s)
fi
export SOURCE_DATE_EPOCH
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  echo "release: warning: the work tree has uncommitted changes; they are in the build" >&2
fi

for arch in $ARCHES; do
  case $arch in amd64 | arm64) ;; *) die "ARCHES: $arch is not amd64 or arm64" ;; esac
done
[ -r /etc/ssl/certs/ca-certificates.crt ] ||
  die "/etc/ssl/certs/ca-certificates.crt is missing (apt-get install ca-certificates): the container image needs it"

# `go run MODULE@VERSION` asks the proxy for the module's latest version
# (to warn of a deprecation) even when VERSION is cached, and fails offline.
# The module cache's download directory is a proxy itself: use it when it
# holds nfpm, else the usual GOPROXY (the first run downloads nfpm).
nfpm_proxy=file://$(go env GOMODCACHE)/cache/download
if ! GOPROXY=$nfpm_proxy go run "$NFPM" --version >/dev/null 2>&1; then
  nfpm_proxy=$(go env GOPROXY)
fi

echo "release: sitefeed $version for linux/{${ARCHES// /,}} into $DIST/"
rm -rf "$DIST"
mkdir -p "$DIST/package/state" "$DIST/tmp"

# What the .deb and the container image hold besides the binary. The unit
# and the config are derived from the repository's at build time so that
# they never drift apart; each substitution is checked.
sed -e '1,/^\[Unit\]/{/^#/d}' -e 's#/usr/local/bin/sitefeed#/usr/bin/sitefeed#g' deploy/sitefeed.service |
  { printf '%s\n' "# sitefeed.service, installed by the sitefeed package (from deploy/sitefeed.service)." \
      "# Start it: systemctl enable --now sitefeed. Reload the configuration: systemctl reload sitefeed." \
      "# Local changes: systemctl edit sitefeed."; cat; } >"$DIST/package/sitefeed.service"
grep -q '^ExecStart=/usr/bin/sitefeed serve -config /etc/sitefeed/config.yaml ' "$DIST/package/sitefeed.service" ||
  die "deploy/sitefeed.service: ExecStart no longer runs /usr/local/bin/sitefeed serve -config /etc/sitefeed/config.yaml"
grep -q '^WorkingDirectory=/var/lib/sitefeed$' "$DIST/package/sitefeed.service" ||
  die "deploy/sitefeed.service: WorkingDirectory is no longer /var/lib/sitefeed"

{
  echo "# Installed by the sitefeed package as /etc/sitefeed/config.yaml: the"
  echo "# repository's config.yaml with db and output_dir in /var/lib/sitefeed."
  echo "#"
  sed -e 's#^db: sitefeed\.db\( \|$\)#db: /var/lib/sitefeed/sitefeed.db\1#' \
    -e 's#^output_dir: public\( \|$\)#output_dir: /var/lib/sitefeed/public\1#' config.yaml
} >"$DIST/package/config.yaml"
grep -q '^db: /var/lib/sitefeed/sitefeed\.db' "$DIST/package/config.yaml" ||
  die "config.yaml: no top-level 'db: sitefeed.db' line to point at /var/lib/sitefeed"
grep -q '^output_dir: /var/lib/sitefeed/public' "$DIST/package/config.yaml" ||
  die "config.yaml: no top-level 'output_dir: public' line to point at /var/lib/sitefeed"

cp /etc/ssl/certs/ca-certificates.crt "$DIST/package/ca-certificates.crt"
chmod 0644 "$DIST"/package/{ca-certificates.crt,config.yaml,sitefeed.service}
chmod 0755 "$DIST/package/state"

for arch in $ARCHES; do
  echo "release: linux/$arch: binary"
  CGO_ENABLED=0 GOOS=linux GOARCH=$arch go build -trimpath \
    -ldflags "-s -w -X sitefeed/cli.Version=$version" -o "$DIST/linux_$arch/sitefeed" .

  name=sitefeed_${version}_linux_$arch
  echo "release: linux/$arch: $name.tar.gz"
  stage=$DIST/tmp/$name
  mkdir -p "$stage/deploy"
  install -m 0755 "$DIST/linux_$arch/sitefeed" "$stage/sitefeed"
  install -m 0644 config.yaml README.md LICENSE "$stage/"
  install -m 0644 deploy/sitefeed.service "$stage/deploy/"
  tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
    -C "$DIST/tmp" -cf - "$name" | gzip -9n >"$DIST/$name.tar.gz"

  echo "release: linux/$arch: .deb"
  GOPROXY=$nfpm_proxy VERSION=$version ARCH=$arch DIST=$DIST go run "$NFPM" package \
    --config packaging/nfpm.yaml --packager deb --target "$DIST/"
done

rm -rf "$DIST/tmp"
(cd "$DIST" && sha256sum -- *.tar.gz *.deb >SHA256SUMS)
echo "release: done:"
(cd "$DIST" && ls -l -- *.tar.gz *.deb SHA256SUMS)
