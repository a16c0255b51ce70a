#!/usr/bin/env bash
# System packages the tests need beyond the virtualenv: Debian's chromium for the web page
# tests (tests/test_ui.py drives it with Playwright; they skip when it is missing).
# Idempotent: installs only what is missing, and only where apt-get can run as root.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "setup_system: chromium missing and cannot apt-get install it here;" \
         "the web page tests will be skipped" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
echo "setup_system: installed $(chromium --version 2>/dev/null || echo chromium)"
