#!/usr/bin/env bash
# Smoke-test a built bundle from the bundle itself: no Python on PATH, no display.
#   bash packaging/smoke.sh dist/lawgov-gui/lawgov-gui
set -euo pipefail
exe=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
seed=$(cd "$(dirname "$0")/.." && pwd)/seeds/jilin-2023-fazhi-zhengfu-report.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { env -i HOME="$work" PATH="$work/empty-path" LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen "$exe" "$@"; }
mkdir -p "$work/empty-path"
run --version
run extract "$seed" > "$work/extract.json"
grep -q '"issuer": "吉林省人民政府"' "$work/extract.json"
# traditional characters: OpenCC's tables are in the bundle (收到行政復議申請 is recon.applications)
printf '2023年，本市收到行政復議申請120件。\n' > "$work/trad.txt"
run extract "$work/trad.txt" > "$work/trad.json"
grep -q '"canonical": "recon.applications"' "$work/trad.json"
run summary "$seed" -o "$work/summary.pdf"
head -c 5 "$work/summary.pdf" | grep -q '%PDF-'
run --screenshot "$work/shot.png"
head -c 8 "$work/shot.png" | grep -q 'PNG'
echo "smoke test passed: --version, extract (also traditional), summary to PDF, --screenshot"
