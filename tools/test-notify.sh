#!/usr/bin/env bash
# Notification tests against a real daemon: a private X server (Xvfb, on a display it picks
# itself), a private D-Bus session bus (dbus-daemon, nothing started on demand) and dunst, then vitest with
# vitest.notify.config.ts (tests/notify/**). Everything started here is stopped on exit, and
# nothing touches the desktop session the tests were started from.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in Xvfb dbus-daemon dunst dunstctl notify-send; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "test-notify: $tool is missing (bash tools/ensure-system-packages.sh installs it)" >&2
    exit 1
  fi
done

work=$(mktemp -d -t attune-notify.XXXXXX)
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Xvfb picks a free display and writes its number to fd 3.
Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do [[ -s $work/display ]] && break; sleep 0.1; done
if [[ ! -s $work/display ]]; then
  echo "test-notify: Xvfb did not start" >&2
  cat "$work/xvfb.log" >&2
  exit 1
fi
export DISPLAY=":$(tr -d '[:space:]' <"$work/display")"

# A private session bus: the daemon and the tests meet here and nowhere else. Like Debian's
# session.conf but with no service directories: with them, the first call to
# org.freedesktop.Notifications made before our dunst owns the name (the readiness check below,
# on a busy machine) would start the installed dunst by D-Bus activation, with its default
# configuration and no log, and ours would lose the name (tests/desktop/support/desktop.ts does
# the same).
cat >"$work/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$work</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
dbus-daemon --config-file="$work/bus.conf" --nofork --print-address=3 3>"$work/bus.address" 2>"$work/bus.err" &
pids+=($!)
for _ in $(seq 50); do [[ -s $work/bus.address ]] && break; sleep 0.1; done
if [[ ! -s $work/bus.address ]]; then
  echo "test-notify: dbus-daemon did not start" >&2
  cat "$work/bus.err" >&2
  exit 1
fi
DBUS_SESSION_BUS_ADDRESS=$(head -n1 "$work/bus.address")
export DBUS_SESSION_BUS_ADDRESS

# dunst's context menu normally runs dmenu; here a script picks the action the test asked for.
cat >"$work/dmenu.sh" <<'SH'
#!/bin/sh
# dunst passes lines like "#Skip (A pause, if you like) [3,skip]"; answer with the one asked for.
grep -m1 ",$(cat "$ATTUNE_DMENU_PICK")\]" || true
SH
chmod +x "$work/dmenu.sh"
cat >"$work/dunstrc" <<CONF
[global]
    dmenu = $work/dmenu.sh
    browser = /bin/true
    # Xvfb has no person at it: without this, dunst would hold notices while "idle".
    idle_threshold = 0
    history_length = 50
CONF

export ATTUNE_DMENU_PICK="$work/pick"
export ATTUNE_DUNST_LOG="$work/dunst.log"
echo skip >"$ATTUNE_DMENU_PICK"
# Line-buffered, so the tests see each notice as it arrives.
stdbuf -oL dunst -config "$work/dunstrc" -print >"$ATTUNE_DUNST_LOG" 2>"$work/dunst.err" &
pids+=($!)
for _ in $(seq 50); do dunstctl is-paused >/dev/null 2>&1 && break; sleep 0.1; done
if ! dunstctl is-paused >/dev/null 2>&1; then
  echo "test-notify: dunst did not start" >&2
  cat "$work/dunst.err" >&2
  exit 1
fi
echo "test-notify: $(notify-send --version) and $(dunst --version | head -n1 | cut -d' ' -f1-7) on $DISPLAY"

status=0
npx vitest run --config vitest.notify.config.ts "$@" || status=$?
if ((status != 0)); then
  echo "test-notify: dunst said:" >&2
  tail -n 20 "$work/dunst.err" >&2 || true
fi
exit "$status"
