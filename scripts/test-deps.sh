#!/usr/bin/env bash
# Installs the system packages that some tests need. Idempotent; used by `make test`
# so that a user and CI get the same set-up.
set -euo pipefail

# Browser tests (tests/test_web_browser.py) drive Debian's chromium through Playwright
# (pip package `playwright`, in the test extras; `playwright install` is never needed
# because the tests launch /usr/bin/chromium).
if [ ! -x /usr/bin/chromium ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
  else
    echo "test-deps: no apt-get here; install Chromium at /usr/bin/chromium for the browser tests" >&2
  fi
fi
exit 0
