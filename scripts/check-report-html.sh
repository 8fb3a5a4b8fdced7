#!/usr/bin/env bash
# Renders a class report (DIR/report.html from ./grader grade --out DIR) in headless Chromium, writes a
# screenshot, to see the page as a browser draws it, and the DOM Chromium rendered (DIR/report.dom.html,
# or the third argument), and checks what the page shows there: the score histogram's bars, the pass
# rate's bars, and the bars of each training run's held-out accuracy histogram (a class with experiment
# problems). Networking is cut off, so a page that needed anything from outside would show it. Also
# fails if the page refers to outside resources.
#   scripts/check-report-html.sh DIR [screenshot.png [dom.html]]
# Needs Debian's chromium (./grader test installs it: scripts/prerequisites.sh --test).
set -euo pipefail

dir="${1:?usage: $0 DIR [screenshot.png]}"
page="$(cd "$dir" && pwd)/report.html"
shot="${2:-$dir/report.png}"
dom="${3:-$dir/report.dom.html}"
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
chromium_run() {
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --host-resolver-rules='MAP * ~NOTFOUND' --user-data-dir="$profile" --window-size=1200,1600 "$@" "file://$page"
}
chromium_run --screenshot="$(realpath -m "$shot")" >/dev/null 2>&1
[ -s "$shot" ] || { echo "chromium wrote no screenshot" >&2; exit 1; }
chromium_run --dump-dom >"$dom" 2>/dev/null
[ -s "$dom" ] || { echo "chromium rendered no DOM" >&2; exit 1; }

# What the page shows, as Chromium built it: each chart with its bars (a bar is a rect with a title).
for chart in "Score histogram" "Pass rate per problem"; do
  bars=$( (tr -d '\n' <"$dom" | grep -o "<svg[^>]*aria-label=\"$chart\".*</svg>" | sed 's#</svg>.*##' | grep -o '<rect[^>]*><title>' || true) | wc -l)
  [ "$bars" -gt 0 ] || { echo "the rendered page has no bars in its chart '$chart'" >&2; exit 1; }
done
# Each training run's held-out accuracy histogram (only a class with experiment problems has them).
while IFS= read -r chart; do
  [ -n "$chart" ] || continue
  bars=$( (tr -d '\n' <"$dom" | grep -o "<svg[^>]*aria-label=\"$chart\".*</svg>" | sed 's#</svg>.*##' | grep -o '<rect[^>]*><title>' || true) | wc -l)
  [ "$bars" -gt 0 ] || { echo "the rendered page has no bars in its chart '$chart'" >&2; exit 1; }
done < <(grep -o 'aria-label="Held-out accuracy: [^"]*"' "$page" | sed 's/^aria-label="//; s/"$//' || true)
echo "screenshot: $shot"
echo "dom: $dom"
