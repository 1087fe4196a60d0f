# A private desktop for the tests that need real desktop services: an X server (Xvfb, on a
# display it picks itself), a D-Bus session bus that starts nothing on demand, and dunst, the
# notification daemon. Sourced by tools/test-notify.sh and tools/test-e2e.sh; nothing here touches
# the desktop session the tests were started from. Each function takes the caller's name (for
# messages) and a work folder; everything started is added to the caller's `pids` array, which
# the caller stops on exit.

# Checks the tools, makes the work folder ($work) and stops everything started (the `pids`
# array) and removes the folder when the script exits.
open_private_desktop() {
  local who=$1 tool
  for tool in Xvfb dbus-daemon dbus-send dunst dunstctl notify-send stdbuf; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "$who: $tool is missing (bash tools/ensure-system-packages.sh installs it)" >&2
      exit 1
    fi
  done
  work=$(mktemp -d -t "attune-$who.XXXXXX")
  pids=()
  trap close_private_desktop EXIT
  trap 'exit 130' INT TERM
}

close_private_desktop() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}

# Xvfb on a free display (it writes the number to fd 3); exports DISPLAY. -noreset: no reset when
# the last client leaves, so a client arriving just then is never refused.
start_xvfb() {
  local who=$1 work=$2 screen=$3
  Xvfb -displayfd 3 -screen 0 "$screen" -nolisten tcp -noreset 3>"$work/display" >"$work/xvfb.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 50); do [[ -s $work/display ]] && break; sleep 0.1; done
  if [[ ! -s $work/display ]]; then
    echo "$who: Xvfb did not start" >&2
    cat "$work/xvfb.log" >&2
    return 1
  fi
  export DISPLAY=":$(tr -d '[:space:]' <"$work/display")"
}

# A private session bus; exports DBUS_SESSION_BUS_ADDRESS. Like Debian's session.conf but with no
# service directories: with them, a call to org.freedesktop.Notifications made before our dunst
# owns the name would start the installed dunst by D-Bus activation, with its default
# configuration and no log, and ours would lose the name (tests/desktop/support/desktop.ts does
# the same for the desktop suite).
start_private_bus() {
  local who=$1 work=$2
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
    echo "$who: dbus-daemon did not start" >&2
    cat "$work/bus.err" >&2
    return 1
  fi
  DBUS_SESSION_BUS_ADDRESS=$(head -n1 "$work/bus.address")
  export DBUS_SESSION_BUS_ADDRESS
}

# Whether something owns the notification name; asked with NameHasOwner, which starts nothing.
notification_name_owned() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q 'boolean true'
}

# dunst on the private bus and display, printing every notice to $ATTUNE_DUNST_LOG (line-buffered,
# so the tests see each one as it arrives). Its context menu normally runs dmenu; here a script
# answers with the action named in $ATTUNE_DMENU_PICK. Exports ATTUNE_DMENU_PICK,
# ATTUNE_DUNST_LOG and ATTUNE_DUNST_PID.
start_dunst() {
  local who=$1 work=$2
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
  stdbuf -oL dunst -config "$work/dunstrc" -print >"$ATTUNE_DUNST_LOG" 2>"$work/dunst.err" &
  ATTUNE_DUNST_PID=$!
  export ATTUNE_DUNST_PID
  pids+=("$ATTUNE_DUNST_PID")
  for _ in $(seq 50); do notification_name_owned && break; sleep 0.1; done
  if ! notification_name_owned || ! kill -0 "$ATTUNE_DUNST_PID" 2>/dev/null || ! dunstctl is-paused >/dev/null 2>&1; then
    echo "$who: dunst did not start" >&2
    cat "$work/dunst.err" >&2
    return 1
  fi
}
