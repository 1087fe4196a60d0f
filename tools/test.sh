#!/usr/bin/env bash
# `npm test`: everything, in the order that fails fastest. The same command CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
# Each step says when it began (seconds since the start), so a slow run shows where time went.
step() { printf '\n\033[1m== %s\033[0m (at %d s)\n' "$*" "$SECONDS"; }

step "system packages"
bash tools/ensure-system-packages.sh
step "typecheck"
npm run --silent typecheck
step "lint and format"
npm run --silent lint
step "build (Electron) and build:web (preview)"
npm run --silent build >/dev/null
npm run --silent build:web >/dev/null
step "static security scan of the built app (electronegativity)"
npx tsx tools/electronegativity.ts out
step "unit and main-process tests (vitest)"
npx vitest run
step "notifications against a real daemon (dunst under Xvfb)"
bash tools/test-notify.sh
step "desktop services over private D-Bus (logind, screensavers, idle monitors, dunst)"
bash tools/test-desktop.sh
step "renderer in Chromium (Playwright)"
npx playwright test
step "end to end: built main, preload and renderer together (journeys, dunst under Xvfb)"
bash tools/test-e2e.sh --no-build
printf '\n\033[1m== all passed\033[0m (%d s)\n' "$SECONDS"
