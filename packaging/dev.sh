#!/usr/bin/env bash
# Set up a development environment on Debian/Ubuntu and run lawgov-gui or its tests.
#
#   bash packaging/dev.sh run [ARGS…]   open the app (the bundled Jilin 2023 report by default)
#   bash packaging/dev.sh test [ARGS…]  run the test suite (ARGS go to pytest)
#   bash packaging/dev.sh setup         only install what is needed
#
# It installs the Debian packages Qt needs (when it can: as root or with sudo), creates
# .venv with Python >= 3.11 and installs the project with its test dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1
  libxrender1 libxi6 poppler-utils desktop-file-utils appstream)

apt_setup() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "dev.sh: please install: ${missing[*]}" >&2; return 0; fi
  fi
  echo "dev.sh: installing Debian packages: ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

python_bin() {
  for c in python3.13 python3.12 python3.11 python3; do
    if command -v "$c" >/dev/null 2>&1 &&
       "$c" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$c"; return; fi
  done
  echo "dev.sh: Python 3.11 or newer is required" >&2; exit 1
}

venv_setup() {
  local stamp=.venv/.installed
  if [ ! -x .venv/bin/python ]; then "$(python_bin)" -m venv .venv; fi
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
    touch "$stamp"
  fi
}

cmd=${1:-run}
shift || true
apt_setup
venv_setup
.venv/bin/python packaging/build_translations.py --compile  # the English .qm (not committed)
case "$cmd" in
  setup) ;;
  run) exec .venv/bin/lawgov-gui "$@" ;;
  test) QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} exec .venv/bin/python -m pytest "$@" ;;
  *) echo "usage: bash packaging/dev.sh run|test|setup" >&2; exit 64 ;;
esac
