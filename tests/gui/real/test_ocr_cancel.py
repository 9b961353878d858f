"""A reader opens a scanned report (Ctrl+O, the file dialog) and, while its page is being
recognised, thinks better of it and presses Esc: the report that was open stays, and
the recognition stops (here, with the real engine).
"""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QTreeView

pytest.importorskip("rapidocr", reason="the ocr group is not installed: pip install '.[ocr]'")
pytest.importorskip("onnxruntime", reason="the ocr group is not installed: pip install '.[ocr]'")

from tests.conftest import ROOT

from .person import WAIT_MS, Person

SCAN = ROOT / "tests" / "data" / "ocr" / "scan150.pdf"
NAME = "吉林省报告（扫描件）.pdf"


def listed(dialog: QFileDialog) -> set[str]:
    view = dialog.findChild(QTreeView, "treeView")
    model, root = view.model(), view.rootIndex()
    return {model.index(r, 0, root).data() for r in range(model.rowCount(root))}


def load_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name.startswith("lawgov-load-")}


@pytest.fixture(scope="module", autouse=True)
def warm_engine() -> None:
    """Load the engine and its lazy imports here: Esc raises Cancelled in the load thread
    (PyThreadState_SetAsyncExc), which may land inside an import between opening a .pyc and
    entering its `with`, leaving a file to close at collection (a ResourceWarning, an error
    in this strict suite) — harmless to the user, and not what this test is about."""
    import numpy as np
    from PIL import Image, ImageOps, ImageSequence  # noqa: F401

    from lawgov_gui.core.readers import ocr_engine

    ocr_engine.recognise(np.full((32, 32, 3), 255, np.uint8))


def test_esc_cancels_the_recognition_of_a_scan(person: Person, seed_path: Path, tmp_path: Path,
                                               shoot) -> None:
    window, qtbot = person.window, person.qtbot
    folder = tmp_path / "扫描件"
    folder.mkdir()
    shutil.copyfile(SCAN, folder / NAME)

    def choose(dialog: QFileDialog) -> None:
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        person.name_file(dialog, str(folder))
        person.press(edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: NAME in listed(dialog), timeout=WAIT_MS)
        person.name_file(dialog, NAME)
        person.press(edit, Qt.Key.Key_Return)

    before = load_threads()  # earlier tests' stuck loads may live on
    with qtbot.waitSignal(window.session.ocrProgress, timeout=WAIT_MS,
                          check_params_cb=lambda page: page.done == 0):
        person.through(lambda: person.shortcut("open"), [(QFileDialog, choose)])
    assert window.load_status.label.text().startswith("正在识别文字：第 1/1 页…")
    shoot(window, "ocr-recognising.png")
    person.focus_window()
    with qtbot.waitSignal(window.session.loadCancelled, timeout=WAIT_MS):
        person.press(window.text, Qt.Key.Key_Escape)
    pressed = time.monotonic()
    assert window.statusBar().currentMessage() == (
        f"已取消打开 {NAME}：文字识别最迟在当前页识别完后停止")
    assert not window.load_status.isVisible() and not window.busy.isVisible()
    assert window.state.path == str(seed_path) and window.ocr_notice.isHidden()
    assert "吉林省2023年法治政府建设情况报告" in window.text.toPlainText()
    qtbot.waitUntil(lambda: load_threads() <= before, timeout=WAIT_MS)
    print(f"the recognition stopped {time.monotonic() - pressed:.2f} s after Esc")
    assert window.state.path == str(seed_path)
