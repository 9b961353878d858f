#!/usr/bin/env bash
# Set up a development environment on Debian/Ubuntu and run lawgov-gui or its tests.
#
#   bash packaging/dev.sh run [ARGS…]     open the app (the bundled Jilin 2023 report by default)
#   bash packaging/dev.sh test [ARGS…]    run the tests twice (ARGS go to pytest both times):
#                                         offscreen, then the GUI tests (-m gui) in a real
#                                         window: X server Xvfb with the window manager openbox
#   bash packaging/dev.sh xvfb CMD…       run CMD in such a private X server (DISPLAY is set)
#   bash packaging/dev.sh screenshots     take docs/*.png from the real-window tests (among them
#                                         docs/library-window.png, -search, -compare and -pair)
#   bash packaging/dev.sh setup           only install what is needed
#
# It installs the Debian packages Qt, the real-window tests and `python3 -m venv` need
# (when it can: as root or with sudo), creates .venv with Python >= 3.11 and installs
# the project with its test dependencies. A crash (a signal, such as exit 139) in
# either test run fails the command.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1
  libxrender1 libxi6 poppler-utils desktop-file-utils appstream
  python3-venv xvfb openbox libreoffice-writer)  # LibreOffice: .doc/.wps are converted by it

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
    .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test,ocr]'
    touch "$stamp"
  fi
}

# Run "$@" on a private X server (Xvfb, a display number of its own) with the window
# manager openbox, as a desktop would: windows get frames, focus and activation.
with_xvfb() {
  local need
  for need in Xvfb openbox; do
    command -v "$need" >/dev/null 2>&1 || {
      echo "dev.sh: $need is missing (Debian: apt-get install xvfb openbox)" >&2; return 1; }
  done
  local dir; dir=$(mktemp -d)
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$dir/display" \
    >"$dir/xvfb.log" 2>&1 &
  local xvfb=$! wm="" rc=0 _
  for _ in $(seq 300); do [ -s "$dir/display" ] && break; sleep 0.1; done
  if [ -s "$dir/display" ]; then
    local display=":$(head -n 1 "$dir/display")"
    # window titles in Chinese: the window manager may use the program's own font too
    printf '%s\n' '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>' \
      '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>' \
      "<dir>$PWD/lawgov_gui/resources/fonts</dir><cachedir>$dir/fonts</cachedir></fontconfig>" \
      >"$dir/fonts.conf"
    DISPLAY=$display FONTCONFIG_FILE=$dir/fonts.conf openbox --startup "touch $dir/ready" \
      >"$dir/wm.log" 2>&1 &
    wm=$!
    for _ in $(seq 300); do [ -e "$dir/ready" ] && break; sleep 0.1; done
  fi
  if [ -e "$dir/ready" ]; then
    env -u XDG_CURRENT_DESKTOP -u QT_QPA_PLATFORMTHEME -u WAYLAND_DISPLAY -u QT_SCALE_FACTOR \
      DISPLAY="$display" QT_QPA_PLATFORM=xcb "$@" || rc=$?
  else
    echo "dev.sh: the X server or the window manager did not start:" >&2
    cat "$dir/xvfb.log" "$dir/wm.log" 2>/dev/null >&2; rc=1
  fi
  [ -n "$wm" ] && kill "$wm" 2>/dev/null
  kill "$xvfb" 2>/dev/null
  wait 2>/dev/null || true
  rm -rf "$dir"
  return $rc
}

# The offscreen run, then the GUI tests in a real window; the first failure is the result.
# A run that hangs is stopped after 30 minutes with SIGABRT: Python then prints where.
run_tests() {
  local rc=0 pytest=(timeout --signal=ABRT 1800 .venv/bin/python -m pytest)
  QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "${pytest[@]}" "$@" || rc=$?
  echo "dev.sh: GUI tests in a real window (Xvfb + openbox)" >&2
  with_xvfb "${pytest[@]}" -m gui "$@" || {
    local x=$?
    [ $x -eq 5 ] || { [ $rc -ne 0 ] || rc=$x; }  # 5: the arguments chose no GUI test
  }
  return $rc
}

cmd=${1:-run}
shift || true
apt_setup
venv_setup
.venv/bin/python packaging/build_translations.py --compile  # the .qm files (not committed)
case "$cmd" in
  setup) ;;
  run) exec .venv/bin/lawgov-gui "$@" ;;
  test) run_tests "$@" ;;
  xvfb) with_xvfb "$@" ;;
  screenshots) LAWGOV_SCREENSHOTS=docs with_xvfb .venv/bin/python -m pytest -q -p no:cacheprovider \
    tests/gui/real "$@" ;;
  *) echo "usage: bash packaging/dev.sh run|test|xvfb|screenshots|setup" >&2; exit 64 ;;
esac
