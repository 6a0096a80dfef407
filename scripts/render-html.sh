#!/bin/sh
# Renders the French report, interview guide and job sheet in headless
# Chromium and keeps the HTML, PNG and PDF files to look at.
#   scripts/render-html.sh [OUT_DIR]     (default: target/html-render)
set -eu
cd "$(dirname "$0")/.."
out="${1:-target/html-render}"
mkdir -p "$out"
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 ||
    { echo "render-html: chromium is not on PATH" >&2; exit 1; }
BILAN_HTML_OUT="$out" cargo test --test report_html chromium -- --nocapture
echo "render-html: files in $out"
