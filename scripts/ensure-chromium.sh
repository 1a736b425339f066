#!/usr/bin/env bash
# The browser tests drive Debian's headless Chromium. Install it when it is missing (this machine kind
# runs as root and reaches Debian's registry); elsewhere, set CHROMIUM_PATH to an installed Chromium.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] || command -v chromium >/dev/null 2>&1; then
  exit 0
fi
echo "Installing Debian's chromium for the browser tests..." >&2
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
