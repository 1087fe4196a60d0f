#!/usr/bin/env bash
# Installs the Debian packages the browser and notification tests need, when any is missing.
# Safe to run every time: with everything present it only checks and returns.
set -euo pipefail
declare -A need=(
  [chromium]=/usr/bin/chromium
  [xvfb]=/usr/bin/Xvfb
  [dbus-x11]=/usr/bin/dbus-launch
  [dunst]=/usr/bin/dunst
  [libnotify-bin]=/usr/bin/notify-send
  [desktop-file-utils]=/usr/bin/desktop-file-validate
  [x11-apps]=/usr/bin/xwd
)
missing=()
for pkg in "${!need[@]}"; do
  [[ -x ${need[$pkg]} ]] || missing+=("$pkg")
done
if ((${#missing[@]} == 0)); then
  echo "system packages: all present"
  exit 0
fi
echo "system packages: installing ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  SUDO=sudo
else
  SUDO=
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "system packages: installed"
