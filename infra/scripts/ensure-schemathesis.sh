#!/usr/bin/env bash
# Makes schemathesis (the OpenAPI contract checker run by the contract test) available as
# tools/schemathesis/bin/st: a virtual environment holding the pinned PyPI release, made once.
set -euo pipefail

SCHEMATHESIS_VERSION=4.32.5

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
venv="$root/tools/schemathesis"
marker="$venv/.installed-$SCHEMATHESIS_VERSION"

if [ ! -f "$marker" ]; then
  command -v python3 >/dev/null 2>&1 || { echo "python3 is needed for schemathesis" >&2; exit 1; }
  echo "Installing schemathesis==$SCHEMATHESIS_VERSION into $venv" >&2
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION" >&2
  touch "$marker"
fi

"$venv/bin/st" --version
