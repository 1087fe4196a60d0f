#!/usr/bin/env bash
# The end-to-end journeys (tests/e2e, `npm run test:e2e`): builds the app (unless --no-build),
# starts a private X server (Xvfb), a private D-Bus session and dunst — the notification daemon
# the app's reminders reach — then Playwright with playwright.e2e.config.ts. Everything started
# here is stopped on exit; nothing touches the desktop session the tests were started from.
# Other arguments go to Playwright (e.g. a journey's file name).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/private-desktop.sh
source tools/lib/private-desktop.sh

build=1
args=()
for a in "$@"; do
  if [[ $a == --no-build ]]; then build=0; else args+=("$a"); fi
done

if ((build)); then npm run --silent build >/dev/null; fi

open_private_desktop test-e2e

start_xvfb test-e2e "$work" 1280x800x24
start_private_bus test-e2e "$work"
# A journey checks the daemon is still this one ($ATTUNE_DUNST_PID).
start_dunst test-e2e "$work"
dunst_pid=$ATTUNE_DUNST_PID

status=0
npx playwright test -c playwright.e2e.config.ts "${args[@]}" || status=$?
if ((status != 0)); then
  echo "test-e2e: failing journeys left their screenshots and app.log under test-results/e2e/" >&2
  if ! kill -0 "$dunst_pid" 2>/dev/null; then echo "test-e2e: dunst is no longer running" >&2; fi
  echo "test-e2e: dunst said:" >&2
  tail -n 20 "$work/dunst.err" >&2 || true
fi
exit "$status"
