#!/usr/bin/env bash
# Notification tests against a real daemon: a private X server (Xvfb, on a display it picks
# itself), a private D-Bus session bus (dbus-daemon, nothing started on demand) and dunst, then vitest with
# vitest.notify.config.ts (tests/notify/**). Everything started here is stopped on exit, and
# nothing touches the desktop session the tests were started from.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/private-desktop.sh
source tools/lib/private-desktop.sh

open_private_desktop test-notify

start_xvfb test-notify "$work" 1024x768x24
start_private_bus test-notify "$work"
start_dunst test-notify "$work"
echo "test-notify: $(notify-send --version) and $(dunst --version | head -n1 | cut -d' ' -f1-7) on $DISPLAY"

status=0
npx vitest run --config vitest.notify.config.ts "$@" || status=$?
if ((status != 0)); then
  echo "test-notify: dunst said:" >&2
  tail -n 20 "$work/dunst.err" >&2 || true
fi
exit "$status"
