#!/usr/bin/env bash
# Installs the Debian packages the browser and notification tests need, when any is missing.
# Safe to run every time: with everything present it only checks and returns.
set -euo pipefail
declare -A need=(
  [chromium]=/usr/bin/chromium
  [xvfb]=/usr/bin/Xvfb
  [dbus-x11]=/usr/bin/dbus-launch
  [dbus-daemon]=/usr/bin/dbus-daemon
  [dbus-bin]=/usr/bin/dbus-send
  [dunst]=/usr/bin/dunst
  [libnotify-bin]=/usr/bin/notify-send
  [desktop-file-utils]=/usr/bin/desktop-file-validate
  # Busy signals (tests/desktop/busy-*.test.ts): X11 full screen, audio capture, XFCE and GNOME
  [x11-utils]=/usr/bin/xprop
  [openbox]=/usr/bin/openbox
  [wmctrl]=/usr/bin/wmctrl
  [pulseaudio]=/usr/bin/pulseaudio
  [pulseaudio-utils]=/usr/bin/parecord
  [xfconf]=/usr/bin/xfconf-query
  [libxfconf-0-3]=/usr/lib/x86_64-linux-gnu/libxfconf-0.so.3
  [libglib2.0-bin]=/usr/bin/gsettings
  [gsettings-desktop-schemas]=/usr/share/glib-2.0/schemas/org.gnome.desktop.notifications.gschema.xml
  [x11-apps]=/usr/bin/xwd
  # Japanese (and Chinese, Korean) glyphs for the screenshots and text measurement of the i18n specs
  [fonts-noto-cjk]=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
)
missing=()
for pkg in "${!need[@]}"; do
  [[ -e ${need[$pkg]} ]] || missing+=("$pkg")
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
