"""Qt's own dialogs and menus speak the UI language: qtbase_<lang>.qm with our additions
(qtbase_extra_zh_CN), and dates in the language's format (lawgov_gui.i18n).

The file dialog itself, driven as a reader drives it, is in tests/gui/real/test_dialogs.py.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)

from lawgov_gui import i18n
from lawgov_gui.app import application

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")
ALLOWED = re.compile(r"\(&[A-Za-z]\)|PDF")  # Latin a Chinese dialog may show: (&N), PDF


def _words(menu_owner) -> list[str]:
    menu = menu_owner.createStandardContextMenu()
    try:
        return [a.text() for a in menu.actions() if not a.isSeparator()]
    finally:
        menu.deleteLater()


def _shown_texts(dialog: QWidget) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
    texts += [g.title() for g in dialog.findChildren(QGroupBox)]
    return [t for t in texts if t.strip()]


@pytest.fixture
def english(qapp):
    """The UI in English for one test; Chinese again afterwards."""
    application("en")
    yield
    application("zh_CN")
    assert i18n.current_language() == "zh_CN"


@pytest.mark.parametrize("widget", [QLineEdit, QPlainTextEdit, QTextBrowser])
def test_text_context_menus_are_chinese(qapp, widget) -> None:
    field = widget()
    (field.setText if widget is QLineEdit else field.setPlainText)("正文")
    words = _words(field)
    assert len(words) >= 2 and all(CJK.search(w) for w in words), words


def test_file_dialog_labels_and_buttons_are_chinese(qapp) -> None:
    dialog = QFileDialog(None, "打开报告", str(ROOT / "seeds"))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "查找范围(&L)："
    assert labels["fileTypeLabel"] == "文件类型(&T)："
    texts = _shown_texts(dialog)
    assert texts and not [t for t in texts if re.search("[A-Za-z]", ALLOWED.sub("", t))], texts
    dialog.deleteLater()


def test_print_dialog_is_chinese(qapp) -> None:
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    texts = _shown_texts(dialog)
    assert texts and not [t for t in texts if re.search("[A-Za-z]", ALLOWED.sub("", t))], texts
    dialog.deleteLater()


def test_standard_buttons_are_chinese(qapp) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    assert [b.text() for b in box.buttons()] == ["确定", "取消"]


def test_in_english_qt_speaks_english(english) -> None:
    assert _words(QLineEdit("text"))[0].startswith("&Undo")
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.findChild(QLabel, "lookInLabel").text() == "&Look in:"
    assert QLocale().language() == QLocale.Language.English
    dialog.deleteLater()


def test_chinese_locale_by_default(qapp) -> None:
    assert QLocale().language() == QLocale.Language.Chinese


def _dates_in(lang: str, **env: str) -> list[str]:
    """What a fresh program shows for 2024-03-15 10:30 in its system locale, and LC_TIME."""
    code = ("import os; from PySide6.QtCore import QDateTime, QLocale\n"
            "from lawgov_gui.app import application\n"
            f"application({lang!r})\n"
            "d = QDateTime(2024, 3, 15, 10, 30, 0)\n"
            "print(QLocale.system().toString(d, QLocale.FormatType.ShortFormat))\n"
            "print(os.environ.get('LC_TIME', '-'))\n")
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", **env}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=base, cwd=ROOT, timeout=60, check=True)
    return out.stdout.splitlines()


@pytest.mark.parametrize("env", [{}, {"LC_ALL": "C.UTF-8"}, {"LC_TIME": "C.UTF-8"}])
def test_dates_of_qt_dialogs_read_chinese_on_a_c_locale(env) -> None:
    date, lc_time = _dates_in("zh_CN", **env)
    assert date == "2024/3/15 10:30"
    assert lc_time == env.get("LC_TIME", "-")  # the environment is left as it was


def test_dates_read_english_in_english() -> None:
    date, _ = _dates_in("en")
    assert date.startswith("3/15/24")
