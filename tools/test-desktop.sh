#!/usr/bin/env bash
# Desktop services over private D-Bus buses (tests/desktop/**). Each test file starts its own
# session bus, a second bus standing in for the system bus (DBUS_SYSTEM_BUS_ADDRESS), the
# small test services it needs and, where it needs one, Xvfb with real dunst
# (tests/desktop/support/desktop.ts); everything is stopped when the file ends. Nothing
# touches the desktop session the tests were started from.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in dbus-daemon Xvfb dunst dunstctl stdbuf; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "test-desktop: $tool is missing (bash tools/ensure-system-packages.sh installs it)" >&2
    exit 1
  fi
done
# The caller's buses must never be reached by accident.
unset DBUS_SESSION_BUS_ADDRESS DBUS_SYSTEM_BUS_ADDRESS XDG_SESSION_ID
npx vitest run --config vitest.desktop.config.ts "$@"
