#!/bin/sh
# The Debian packages briefgen needs besides its Python ones, installed only where missing.
#
#   sh system-packages.sh build   Pango and HarfBuzz for WeasyPrint, the PDFs' fonts
#   sh system-packages.sh test    the same, and what the tests drive: pdftoppm (poppler-utils),
#                                 openssl, git, Chromium at /usr/bin/chromium (browser tests)
#                                 and a Java runtime (the Nu HTML checker)
#
# Nothing present is touched: with everything installed it only checks, in a moment.
# Installing needs root (or sudo without a password); otherwise it names what to install.
set -eu

build="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-liberation2"
case "${1:-}" in
  build) wanted=$build ;;
  test) wanted="$build poppler-utils openssl git chromium default-jre-headless" ;;
  *) echo "usage: sh system-packages.sh build|test" >&2; exit 2 ;;
esac

say() { echo "system-packages: $*"; }
fail() { echo "system-packages: $*" >&2; exit 1; }

if ! command -v dpkg-query >/dev/null 2>&1; then
  say "not a Debian-based system, so nothing checked; briefgen $1 needs (Debian names): $wanted"
  exit 0
fi

present() {
  case $1 in
    chromium) [ -x /usr/bin/chromium ] ;;                      # the path the browser tests use
    default-jre-headless) command -v java >/dev/null 2>&1 ;;   # any Java runtime will do
    *) dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -q "install ok installed" ;;
  esac
}

missing() {
  list=""
  for package in $wanted; do
    present "$package" || list="$list $package"
  done
  echo "${list# }"
}

todo=$(missing)
if [ -z "$todo" ]; then
  say "all present for $1"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root="sudo"
else
  fail "missing: $todo. As root, run: apt-get update && apt-get install -y --no-install-recommends $todo"
fi
command -v apt-get >/dev/null 2>&1 || fail "missing: $todo, and there is no apt-get to install them"

say "installing the missing ones with apt-get: $todo"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Another apt-get at work is waited for, up to 5 minutes ($as_root and $todo are word lists).
# shellcheck disable=SC2086
if ! { $as_root apt-get -o DPkg::Lock::Timeout=300 update -qq &&
       $as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 \
         install -y -qq --no-install-recommends $todo; } >"$log" 2>&1; then
  cat "$log" >&2
  fail "apt-get failed (its output is above)"
fi

left=$(missing)
[ -z "$left" ] || fail "still missing after apt-get: $left"
say "installed: $todo"
