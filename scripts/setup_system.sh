#!/usr/bin/env bash
# System packages the tests need beyond the virtualenv:
# - Debian's chromium for the web page tests (tests/test_ui.py drives it with Playwright);
# - the PostgreSQL server (initdb, pg_ctl) for the tests that run every store test on a
#   throwaway PostgreSQL cluster too (tests/conftest.py starts one on a free loopback port);
# - a Java runtime (17+) for the Spark engine's tests (tests/test_spark.py runs PySpark on
#   local[2] and on a standalone cluster it starts).
# Both sets of tests skip when their package is missing.
# Idempotent: installs only what is missing, and only where apt-get can run as root.
set -euo pipefail

missing=()
if ! { command -v chromium >/dev/null 2>&1 && [ -x /usr/bin/chromium ]; }; then
    missing+=(chromium)
fi
if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    missing+=(postgresql)
fi
if ! command -v java >/dev/null 2>&1 && ! [ -x "${JAVA_HOME:-/nonexistent}/bin/java" ]; then
    missing+=(openjdk-17-jre-headless)
fi
if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "setup_system: ${missing[*]} missing and cannot apt-get install here;" \
         "the tests that need them will be skipped" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
for pkg in "${missing[@]}"; do
    case "$pkg" in
        chromium) echo "setup_system: installed $(chromium --version 2>/dev/null || echo chromium)" ;;
        postgresql) echo "setup_system: installed PostgreSQL" \
                         "$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)" ;;
        openjdk-17-jre-headless) echo "setup_system: installed" \
                                      "$(java -version 2>&1 | head -1)" ;;
    esac
done
