#!/usr/bin/env bash
# Render a memo the way a reader sees it: .docx → PDF (LibreOffice headless) → PNG pages.
# Needs Debian packages libreoffice-writer-nogui and poppler-utils; not run in CI.
# Usage: scripts/render_memo.sh briefs/korea-2019-06-28.docx [outdir]
set -euo pipefail
memo=${1:?usage: render_memo.sh MEMO.docx [OUTDIR]}
out=${2:-/tmp/briefer-render}
mkdir -p "$out"
soffice --headless --convert-to pdf --outdir "$out" "$memo" >/dev/null
pdf="$out/$(basename "${memo%.docx}").pdf"
pdftoppm -png -r 70 "$pdf" "$out/$(basename "${memo%.docx}")"
ls "$out"/*.png
