#!/bin/sh
# prerm of the sitefeed .deb: on removal (not upgrade) stop and disable the
# unit. Works without systemd.
set -e

if [ "$1" = remove ] && command -v systemctl >/dev/null 2>&1; then
	if [ -d /run/systemd/system ]; then
		systemctl stop sitefeed.service || true
	fi
	systemctl disable sitefeed.service || true
fi
exit 0
