#!/bin/sh
# postrm of the sitefeed .deb. On purge the item store and the feeds in
# /var/lib/sitefeed go too (dpkg already removed /etc/sitefeed/config.yaml);
# the sitefeed system user stays, as Debian does for system users, so that
# no file it may still own elsewhere gets a reused uid.
set -e

if [ "$1" = purge ]; then
	rm -rf /var/lib/sitefeed
	rmdir /etc/sitefeed 2>/dev/null || true
fi
if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
	systemctl daemon-reload || true
fi
exit 0
