#!/usr/bin/env bash
# Renders a class report (DIR/report.html from ./grader grade --out DIR) in headless Chromium and
# writes a screenshot, to see the page as a browser draws it. Networking is cut off, so a page that
# needed anything from outside would show it. Also fails if the page refers to outside resources.
#   scripts/check-report-html.sh DIR [screenshot.png]
# Needs Debian's chromium (sudo apt-get install chromium).
set -euo pipefail

dir="${1:?usage: $0 DIR [screenshot.png]}"
page="$(cd "$dir" && pwd)/report.html"
shot="${2:-$dir/report.png}"
[ -f "$page" ] || { echo "no $page: run ./grader grade CLASS --out $dir first" >&2; exit 2; }
browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || { echo "chromium is not installed: sudo apt-get install chromium" >&2; exit 2; }

# Self-contained: no scripts, and no URL but the SVG namespace.
if grep -Eq '<script|<link|@import|src=' "$page" || grep -Eo 'https?://[^"]+' "$page" | grep -vqx 'http://www.w3.org/2000/svg'; then
  echo "$page refers to outside resources or scripts" >&2
  exit 1
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --host-resolver-rules='MAP * ~NOTFOUND' --user-data-dir="$profile" \
  --screenshot="$(realpath -m "$shot")" --window-size=1200,1600 "file://$page" >/dev/null 2>&1
[ -s "$shot" ] || { echo "chromium wrote no screenshot" >&2; exit 1; }
echo "screenshot: $shot"
