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
run summary "$seed" -o "$work/summary.pdf"
head -c 5 "$work/summary.pdf" | grep -q '%PDF-'
run --screenshot "$work/shot.png"
head -c 8 "$work/shot.png" | grep -q 'PNG'
echo "smoke test passed: --version, extract, summary to PDF, --screenshot"
