"""The UI languages: in English no UI string is left in Chinese, in Chinese none is in English.

A "UI string" is what the program itself says: menu titles and actions, tab, dock
and group titles, button, label and header text, placeholders, tooltips and
accessible names, combo box entries, and the summary options dialog. The report's
own content is not: the report text, the section tree's and lists' items, the find
results, the charts, and the parts of labels that show data (the file name).

The English translation is compiled first if the checkout has not built it (the
.qm is not committed), so these tests pass in a fresh clone.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from lawgov_gui import i18n
from lawgov_gui.app import application, build_window
from lawgov_gui.core.summary.options import Options
from lawgov_gui.gui.printing.actions import OptionsDialog
from lawgov_gui.gui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
# What a Chinese UI may spell in Latin letters: names of formats, standards, fonts
# and libraries, paper sizes, keys, and the menus' accelerators such as (&F) (a menu
# item's automatic tooltip shows it as (F)).
ALLOWED_LATIN = re.compile(
    r"\(&?[A-Za-z]\)|(?<![A-Za-z])(?:PDF|Word|CSV|Excel|PNG|SVG|GB/T|A4|Letter|Qt|Noto|"
    r"F2|F3|Shift|Ctrl\+[A-Z]|Ctrl|Alt|Esc|Enter|OCR|Markdown|JSON|lawgov)(?![A-Za-z])")
LATIN = re.compile(r"[A-Za-z]")


def _build_script():
    """packaging/build_translations.py, imported (it is a script, not a package module)."""
    name = "lawgov_build_translations"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            name, ROOT / "packaging" / "build_translations.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # its dataclasses look their module up
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="module")
def english_qm() -> Path:
    """The compiled English translation, built now if missing or older than its .ts."""
    return _build_script().ensure_qm("en")


@pytest.fixture
def in_language(qtbot, settings, seed_path):
    """Build a window on the seed in a language; Chinese is restored afterwards."""

    def make(lang: str) -> MainWindow:
        window = build_window(seed_path, settings, lang=lang)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.reportShown, timeout=15000):
            pass
        qtbot.waitUntil(lambda: window.panels.panels is not None, timeout=15000)
        return window

    yield make
    application("zh_CN")
    assert i18n.current_language() == "zh_CN"


def _menu_strings(menu: QMenu, recent: QMenu | None) -> Iterator[tuple[str, str]]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield "menu item", action.text()
        yield "menu tooltip", action.toolTip()
        sub = action.menu()
        if sub is not None and sub is not recent:  # recent files are paths, not UI
            yield from _menu_strings(sub, recent)


def _widget_strings(root: QWidget) -> Iterator[tuple[str, str]]:
    for widget in root.findChildren(QWidget):
        yield f"{type(widget).__name__} accessible name", widget.accessibleName()
        yield f"{type(widget).__name__} tooltip", widget.toolTip()
    for button in root.findChildren(QAbstractButton):
        yield "button", button.text()
    for label in root.findChildren(QLabel):
        yield "label", label.text()
    for tabs in root.findChildren(QTabWidget):
        for i in range(tabs.count()):
            yield "tab", tabs.tabText(i)
            yield "tab tooltip", tabs.tabToolTip(i)
    for dock in root.findChildren(QDockWidget):
        yield "dock", dock.windowTitle()
    for group in root.findChildren(QGroupBox):
        yield "group", group.title()
    for edit in root.findChildren(QLineEdit):
        yield "placeholder", edit.placeholderText()
    for combo in root.findChildren(QComboBox):
        for i in range(combo.count()):
            yield "combo item", combo.itemText(i)
    for header in root.findChildren(QHeaderView):
        if header.orientation() == Qt.Orientation.Horizontal and header.model() is not None:
            for i in range(header.count()):
                yield "header", str(header.model().headerData(
                    i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")


def ui_strings(window: MainWindow) -> list[tuple[str, str]]:
    """(where, text) for every UI string of `window` and its summary options dialog."""
    app = application()
    # the indicator table fills (kinds combo included) when its tab first shows
    panels = window.panels.panels
    panels.tabs.setCurrentWidget(panels.table)
    app.processEvents()
    report = window.state.report
    data = {Path(report.source.path).name}  # shown in the status bar: data, not UI
    found = [("application name", app.applicationDisplayName())]
    found += _menu_strings_of(window)
    found += _widget_strings(window)
    dialog = OptionsDialog(report, Options(), window)
    try:
        found += _widget_strings(dialog)
        found.append(("dialog title", dialog.windowTitle()))
    finally:
        dialog.deleteLater()
    cleaned = []
    for where, text in found:
        for item in data:
            text = text.replace(item, "")
        if text:
            cleaned.append((where, text))
    return cleaned


def _menu_strings_of(window: MainWindow) -> list[tuple[str, str]]:
    recent = window.actions.recent_menu
    found = []
    for action in window.menuBar().actions():
        found.append(("menu", action.text()))
        if action.menu() is not None:
            found += _menu_strings(action.menu(), recent)
    return found


def test_every_string_has_an_english_translation() -> None:
    problems = _build_script().check("en")
    assert not problems, "run packaging/build_translations.py and translate:\n" + "\n".join(
        problems)


def test_english_ui_has_no_chinese(in_language, english_qm) -> None:
    window = in_language("en")
    assert i18n.current_language() == "en"
    strings = ui_strings(window)
    assert ("menu", "&File") in strings
    assert len(strings) > 80
    chinese = [(where, text) for where, text in strings if CJK.search(text)]
    assert not chinese


def test_chinese_ui_has_no_english(in_language) -> None:
    window = in_language("zh_CN")
    assert i18n.current_language() == "zh_CN"
    strings = ui_strings(window)
    assert ("menu", "文件(&F)") in strings
    qt_chinese = (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
                  / "qtbase_zh_CN.qm").is_file()
    if not qt_chinese:  # Qt's own OK/Cancel stay English without Qt's translation
        standard = {b.text() for b in window.findChildren(QDialogButtonBox)}
        strings = [(w, t) for w, t in strings if t not in standard]
    latin = [(where, text) for where, text in strings
             if LATIN.search(ALLOWED_LATIN.sub("", text))]
    assert not latin


def test_switching_back_to_chinese_removes_the_english(in_language, english_qm) -> None:
    in_language("en")
    application("zh_CN")
    window = in_language("zh_CN")
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    assert application().applicationDisplayName() == "法治政府建设报告阅读器"


def test_missing_translation_falls_back_to_chinese(monkeypatch, capsys) -> None:
    class Missing:
        def is_file(self) -> bool:
            return False

    monkeypatch.setattr(i18n, "qm_resource", lambda lang: Missing())
    try:
        assert i18n.install_translator(application(), "en") == "zh_CN"
        assert i18n.current_language() == "zh_CN"
    finally:
        application("zh_CN")
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "lawgov_gui_en.qm" in err


def test_system_locale_chooses_the_language(monkeypatch) -> None:
    from PySide6.QtCore import QLocale

    for name, expected in (("en_US", "en"), ("en_GB", "en"), ("zh_CN", "zh_CN"),
                           ("de_DE", "zh_CN"), ("C", "zh_CN")):
        monkeypatch.setattr(QLocale, "system", staticmethod(lambda n=name: QLocale(n)))
        assert i18n.system_language() == expected, name


def test_language_names() -> None:
    assert i18n.normalize("en_US") == "en"
    assert i18n.normalize("zh-CN") == "zh_CN"
    with pytest.raises(ValueError):
        i18n.normalize("fr")


def test_updating_the_ts_keeps_translations(tmp_path: Path) -> None:
    build = _build_script()
    old_ts = tmp_path / "old.ts"
    kept = build.Message("Menus", "文件(&F)", [("lawgov_gui/gui/menus.py", 1)])
    gone = build.Message("Menus", "旧菜单", [("lawgov_gui/gui/menus.py", 2)])
    old_ts.write_text(build.render_ts("en", [(kept, build.Translation("&File", None)),
                                             (gone, build.Translation("Old", None))], old_ts),
                      "utf-8")
    new = build.Message("Menus", "新菜单", [("lawgov_gui/gui/menus.py", 3)])
    merged = {m.source: t for m, t in build.merge([kept, new], build.read_ts(old_ts))}
    assert (merged["文件(&F)"].text, merged["文件(&F)"].kind) == ("&File", None)
    assert (merged["新菜单"].text, merged["新菜单"].kind) == ("", "unfinished")
    assert (merged["旧菜单"].text, merged["旧菜单"].kind) == ("Old", "vanished")


def test_the_module_helpers_give_their_context() -> None:
    contexts = {(m.context, m.source) for m in _build_script().extract()}
    assert ("Menus", "文件(&F)") in contexts
    assert ("Charts", "比率的变化") in contexts  # tr imported from charts/style.py
    assert ("App", "法治政府建设报告阅读器") in contexts  # a direct translate()
