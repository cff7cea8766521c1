#!/usr/bin/env bash
# Makes Chromium available for the console's browser tests, from the system's packages (Debian's
# `chromium`), never a browser build downloaded by Playwright. CHROMIUM_PATH names one to use instead.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2; exit 1; }
  exit 0
fi
for candidate in chromium chromium-browser; do
  if command -v "$candidate" >/dev/null 2>&1; then exit 0; fi
done

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Chromium is missing and installing it needs root (or sudo)" >&2; exit 1; }
  sudo="sudo"
fi
echo "Installing Chromium from the system packages for the browser tests" >&2
$sudo apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >&2
