#!/usr/bin/env bash
# The end-to-end journeys (tests/e2e, `npm run test:e2e`): builds the app (unless --no-build),
# starts a private X server (Xvfb), a private D-Bus session and dunst — the notification daemon
# the app's reminders reach — then Playwright with playwright.e2e.config.ts. Everything started
# here is stopped on exit; nothing touches the desktop session the tests were started from.
# Other arguments go to Playwright (e.g. a journey's file name).
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
args=()
for a in "$@"; do
  if [[ $a == --no-build ]]; then build=0; else args+=("$a"); fi
done

for tool in Xvfb dbus-launch dbus-send dunst dunstctl notify-send; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "test-e2e: $tool is missing (bash tools/ensure-system-packages.sh installs it)" >&2
    exit 1
  fi
done

if ((build)); then npm run --silent build >/dev/null; fi

work=$(mktemp -d -t attune-e2e.XXXXXX)
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [[ -n ${DBUS_SESSION_BUS_PID:-} ]]; then kill "$DBUS_SESSION_BUS_PID" 2>/dev/null || true; fi
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do [[ -s $work/display ]] && break; sleep 0.1; done
if [[ ! -s $work/display ]]; then
  echo "test-e2e: Xvfb did not start" >&2
  cat "$work/xvfb.log" >&2
  exit 1
fi
export DISPLAY=":$(tr -d '[:space:]' <"$work/display")"

eval "$(dbus-launch --sh-syntax)"
export DBUS_SESSION_BUS_ADDRESS DBUS_SESSION_BUS_PID

# dunst's action menu normally runs dmenu; here a script picks the action a journey asked for.
cat >"$work/dmenu.sh" <<'SH'
#!/bin/sh
grep -m1 ",$(cat "$ATTUNE_DMENU_PICK")\]" || true
SH
chmod +x "$work/dmenu.sh"
cat >"$work/dunstrc" <<CONF
[global]
    dmenu = $work/dmenu.sh
    browser = /bin/true
    idle_threshold = 0
    history_length = 50
CONF
export ATTUNE_DMENU_PICK="$work/pick"
export ATTUNE_DUNST_LOG="$work/dunst.log"
echo skip >"$ATTUNE_DMENU_PICK"
stdbuf -oL dunst -config "$work/dunstrc" -print >"$ATTUNE_DUNST_LOG" 2>"$work/dunst.err" &
dunst_pid=$!
pids+=("$dunst_pid")
# A journey checks the daemon is still this one (D-Bus would start a default dunst in its place).
export ATTUNE_DUNST_PID=$dunst_pid
# Wait until this dunst owns the notification name. Asked with NameHasOwner, which never starts
# anything: calling dunst itself (dunstctl) before it owns the name would have D-Bus activate a
# default dunst, which then holds the name and makes this one exit.
owns_name() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q 'boolean true'
}
for _ in $(seq 50); do owns_name && break; sleep 0.1; done
if ! owns_name || ! kill -0 "$dunst_pid" 2>/dev/null || ! dunstctl is-paused >/dev/null 2>&1; then
  echo "test-e2e: dunst did not start" >&2
  cat "$work/dunst.err" >&2
  exit 1
fi

status=0
npx playwright test -c playwright.e2e.config.ts "${args[@]}" || status=$?
if ((status != 0)); then
  echo "test-e2e: failing journeys left their screenshots and app.log under test-results/e2e/" >&2
  if ! kill -0 "$dunst_pid" 2>/dev/null; then echo "test-e2e: dunst is no longer running" >&2; fi
  echo "test-e2e: dunst said:" >&2
  tail -n 20 "$work/dunst.err" >&2 || true
fi
exit "$status"
