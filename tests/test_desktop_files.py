"""Desktop integration files: the .desktop entry, the AppStream metainfo, the icons, the .ico.

The two validators come from Debian packages (desktop-file-utils, appstream); a check that
needs one is skipped, naming the package, when the tool is not installed.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lawgov_gui import __version__

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.lawgov_gui"
RESOURCES = ROOT / "resources"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
SVG = RESOURCES / "icons" / "lawgov-gui.svg"
HICOLOR = RESOURCES / "icons" / "hicolor"
PACKAGE_ICONS = ROOT / "lawgov_gui" / "resources" / "icons"
WINDOWS = ROOT / "packaging" / "windows"
ICO = WINDOWS / "lawgov-gui.ico"
ISS = WINDOWS / "lawgov-gui.iss"
SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MIME_TYPES = [
    "text/plain",
    "text/html",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/pdf",
]


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian/Ubuntu package: {package})")
    return path


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=120, check=False
    )


def _desktop_entry() -> dict[str, str]:
    """The keys of the [Desktop Entry] group, case kept (configparser would lower them)."""
    entry: dict[str, str] = {}
    group = None
    for line in DESKTOP.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("["):
            group = line.strip()
            continue
        if group == "[Desktop Entry]":
            key, _, value = line.partition("=")
            assert key not in entry, f"duplicate key {key}"
            entry[key.strip()] = value.strip()
    return entry


def _png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which must come first after the signature."""
    assert data[:8] == PNG_SIGNATURE, "not a PNG"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# --- validators ---------------------------------------------------------------------------


def test_desktop_file_validates() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    result = _run(tool, DESKTOP)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # no hints or warnings either


def test_metainfo_validates() -> None:
    tool = _tool("appstreamcli", "appstream")
    result = _run(tool, "validate", "--no-net", "--pedantic", METAINFO)
    assert result.returncode == 0, result.stdout + result.stderr
    # Infos are tolerated (e.g. <developer> is unknown to AppStream before 1.0); warnings are not.
    assert not re.search(r"^\s*[EW]:", result.stdout, re.M), result.stdout


def test_installed_tree_validates(tmp_path: Path) -> None:
    """The files laid out as a package installs them: metainfo, desktop file and icons agree."""
    tool = _tool("appstreamcli", "appstream")
    share = tmp_path / "usr" / "share"
    (share / "metainfo").mkdir(parents=True)
    (share / "applications").mkdir(parents=True)
    shutil.copy(METAINFO, share / "metainfo")
    shutil.copy(DESKTOP, share / "applications")
    shutil.copytree(HICOLOR, share / "icons" / "hicolor")
    result = _run(tool, "validate-tree", "--no-net", "--pedantic", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^\s*[EW]:", result.stdout, re.M), result.stdout


# --- the .desktop entry -------------------------------------------------------------------


def test_desktop_entry_launches_the_app_with_the_right_icon_and_types() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "lawgov-gui %f"
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"] == ";".join(MIME_TYPES) + ";"
    assert entry["Terminal"] == "false"
    assert entry["Categories"] == "Office;Viewer;"
    assert entry["Name"] == "法治政府报告阅读器"
    assert entry["Name[en]"] == "Rule-of-Law Report Reader"
    assert entry["Comment"] and entry["Comment[en]"]
    assert entry["Keywords"].endswith(";") and entry["Keywords[en]"].endswith(";")


def test_console_entry_point_matches_exec() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^lawgov-gui = "lawgov_gui\.cli:command"$', pyproject, re.M)


# --- AppStream ----------------------------------------------------------------------------


def test_metainfo_names_the_desktop_file_and_the_current_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    content_rating = root.find("content_rating")
    assert content_rating is not None and content_rating.get("type") == "oars-1.1"
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    names = {n.get(lang): n.text for n in root.findall("name")}
    assert names == {None: "Rule-of-Law Report Reader", "zh_CN": "法治政府报告阅读器"}
    assert {s.get(lang) for s in root.findall("summary")} == {None, "zh_CN"}
    releases = root.findall("releases/release")
    assert releases, "no <release>"
    assert releases[0].get("version") == __version__, "newest release is not __version__"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", releases[0].get("date") or "")
    image = root.findtext("screenshots/screenshot/image") or ""
    assert image.startswith("https://")
    assert image.endswith("/docs/screenshot.png") and (ROOT / "docs" / "screenshot.png").is_file()


# --- icons --------------------------------------------------------------------------------


def test_svg_source_is_square_xml() -> None:
    root = ET.parse(SVG).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


@pytest.mark.parametrize("size", SIZES)
def test_hicolor_png_has_its_directory_size(size: int) -> None:
    png = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert _png_size(png.read_bytes()) == (size, size)


def test_hicolor_has_the_scalable_icon() -> None:
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == SVG.read_bytes()


def test_package_carries_the_window_icon() -> None:
    assert (PACKAGE_ICONS / "lawgov-gui.svg").read_bytes() == SVG.read_bytes()
    png = (PACKAGE_ICONS / "lawgov-gui-256.png").read_bytes()
    assert _png_size(png) == (256, 256)
    assert png == (HICOLOR / "256x256" / "apps" / f"{APP_ID}.png").read_bytes()


def test_ico_holds_png_images_of_every_size() -> None:
    data = ICO.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1), "not an icon file"
    assert count >= 5
    assert 6 + 16 * count <= len(data)
    sizes = []
    for i in range(count):
        width, height, colors, zero, planes, bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i
        )
        width, height = width or 256, height or 256
        assert (colors, zero, planes, bpp) == (0, 0, 1, 32), f"entry {i}"
        assert 6 + 16 * count <= offset and offset + length <= len(data), f"entry {i} overflows"
        image = data[offset : offset + length]
        assert image[:8] == PNG_SIGNATURE, f"entry {i} is not a PNG"
        assert _png_size(image) == (width, height), f"entry {i}"
        sizes.append(width)
    assert {16, 32, 48, 256} <= set(sizes)
    assert len(set(sizes)) == count, "duplicate sizes"


# --- the Windows installer script ---------------------------------------------------------


def test_inno_script_matches_the_version_and_the_icon() -> None:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "keep the UTF-8 BOM (Chinese text, Inno Setup < 6.3)"
    text = raw.decode("utf-8-sig")
    match = re.search(r'^\s*#define AppVersion "([^"]+)"', text, re.M)
    assert match and match.group(1) == __version__
    assert re.search(r"^SetupIconFile=lawgov-gui\.ico$", text, re.M)
    assert re.search(r'^Source: "lawgov-gui\.ico"', text, re.M)
    for ext in (".txt", ".html", ".htm", ".docx", ".pdf"):
        assert f"Software\\Classes\\{ext}\\OpenWithProgids" in text
    assert '"openwith"' in text and "Flags: unchecked" in text
