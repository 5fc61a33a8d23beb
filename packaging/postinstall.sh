#!/bin/sh
# postinst of the sitefeed .deb: the system user, its state directory, and
# the unit enabled (not started) on first install. Works without systemd
# (a container, a chroot, CI): every systemctl call is skipped when
# systemctl is absent and tolerated when it fails.
set -e

if [ "$1" != configure ]; then
	exit 0
fi

if ! getent group sitefeed >/dev/null; then
	groupadd --system sitefeed
fi
if ! getent passwd sitefeed >/dev/null; then
	useradd --system --gid sitefeed --home-dir /var/lib/sitefeed --no-create-home \
		--shell /usr/sbin/nologin --comment "sitefeed daemon" sitefeed
fi
install -d -o sitefeed -g sitefeed -m 0750 /var/lib/sitefeed
chown sitefeed:sitefeed /var/lib/sitefeed

if command -v systemctl >/dev/null 2>&1; then
	if [ -d /run/systemd/system ]; then
		systemctl daemon-reload || true
	fi
	if [ -z "$2" ]; then
		# First install: enable at boot; the administrator starts it
		# (systemctl enable --now sitefeed) once the config is right.
		systemctl enable sitefeed.service || true
	elif [ -d /run/systemd/system ]; then
		# Upgrade: a running daemon moves to the new binary.
		systemctl try-restart sitefeed.service || true
	fi
fi
exit 0
