"""A reader at the keyboard: shortcuts, menus, clicks and the dialogs they open.

Many dialogs run their own event loop (`exec()`: the summary options, Qt's file
and print dialogs, the About box): the key press that opens one does not return
until it is closed. So `Person.through` presses the key from the event loop and
handles each dialog from inside that dialog's own loop, as it appears (found with
QApplication.activeModalWidget()); the test goes on once the last one is handled.
A handler that fails closes what is still open and its error is raised in the
test, so a broken dialog never leaves the run hanging.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLineEdit,
    QMenu,
    QWidget,
)

Handler = Callable[[QWidget], None]
WAIT_MS = 30000  # generous: the machine may be busy


@dataclass
class _Run:
    """The state of one `through`: the handlers left and what happened."""

    handlers: list[tuple[type, Handler]]
    timeout_ms: int
    done: list[QWidget] = field(default_factory=list)
    error: BaseException | None = None
    clock: QElapsedTimer = field(default_factory=QElapsedTimer)


class Person:
    """Drives `window` as a reader does.

    Args:
        qtbot: pytest-qt's bot.
        window: the main window.
    """

    def __init__(self, qtbot, window) -> None:
        self.qtbot = qtbot
        self.window = window

    # ----- the window
    def focus_window(self) -> None:
        """Bring the window to the front and wait until it has the keyboard."""
        self.window.raise_()
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow, timeout=WAIT_MS)

    def shortcut(self, action: str) -> None:
        """Press the first shortcut of the window's action `action` ("print")."""
        keys = self.window.actions[action].shortcut()
        assert not keys.isEmpty(), f"{action} has no shortcut"
        self.focus_window()
        QTest.keySequence(self.window, keys)

    def menu(self, action: str) -> None:
        """Choose `action` from the menu bar with the keyboard: Alt+letter, then its letter."""
        target = self.window.actions[action]
        bar = self.window.menuBar()
        top = next(a for a in bar.actions()
                   if a.menu() is not None and target in a.menu().actions())
        self.focus_window()
        QTest.keyClick(self.window, _mnemonic(top.text()), Qt.KeyboardModifier.AltModifier)
        self.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is top.menu(),
                             timeout=WAIT_MS)
        popup = top.menu()
        assert isinstance(popup, QMenu)
        QTest.keyClick(popup, _mnemonic(target.text()))

    # ----- widgets
    def click(self, widget: QAbstractButton) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)

    def type_into(self, edit: QLineEdit, text: str) -> None:
        """Replace the text of `edit` by `text`, entered in one go as an input method
        commits a phrase (or a paste does).

        Not key by key: Qt's file dialog selects every folder of a path typed one
        character at a time, and then opens the first of them, "/", on Enter.
        """
        edit.setFocus()
        edit.selectAll()
        QTest.keyClick(edit, Qt.Key.Key_Delete)
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(edit, event)
        popup = QApplication.activePopupWidget()
        if popup is not None:  # the completions offered while typing: not wanted
            QTest.keyClick(popup, Qt.Key.Key_Escape)
        assert edit.text() == text

    def name_file(self, dialog: QFileDialog, text: str) -> None:
        """Type `text` (a name or a path) as the file dialog's file name, until it takes it.

        The dialog lists its folder in the background; a name typed before the list
        is in may select the folder instead of the name (Qt's doing), and Enter then
        only opens that folder. A reader sees the name not taken and types it again.
        """
        edit = dialog.findChild(QLineEdit, "fileNameEdit")

        def taken() -> bool:
            chosen = dialog.selectedFiles()
            if len(chosen) == 1 and Path(chosen[0]).name == Path(text).name:
                return True
            self.type_into(edit, text)
            return False

        self.type_into(edit, text)
        self.qtbot.waitUntil(taken, timeout=WAIT_MS)

    def press(self, widget: QWidget, key: Qt.Key) -> None:
        QTest.keyClick(widget, key)

    # ----- dialogs
    def save_as(self, folder: Path, typed: str | None,
                suggested: str | None = None) -> Callable[[QFileDialog], None]:
        """A handler for a save dialog: it must start in `folder` (offering `suggested`,
        if given); type `typed` there (a name or a path; None keeps the offer), Enter."""

        def handle(dialog: QFileDialog) -> None:
            assert Path(dialog.directory().absolutePath()) == folder
            edit = dialog.findChild(QLineEdit, "fileNameEdit")
            if suggested is not None:
                assert edit.text() == suggested
            if typed is not None:
                self.name_file(dialog, typed)
            self.press(edit, Qt.Key.Key_Return)

        return handle

    def through(self, start: Callable[[], None], handlers: Sequence[tuple[type, Handler]],
                timeout_ms: int = WAIT_MS) -> list[QWidget]:
        """Do `start` (a key press, a click), then handle the dialogs it opens, in order.

        Args:
            start: what opens the first dialog; it may block in the dialog's exec().
            handlers: (dialog class, handler) for each dialog expected, in order; a
                handler gets the dialog, shown, and must close it (or open the next).
            timeout_ms: how long a dialog may take to appear.

        Returns:
            The dialogs handled.
        """
        run = _Run(list(handlers), timeout_ms)
        poll = QTimer()
        poll.setInterval(20)
        poll.timeout.connect(lambda: self._poll(run, poll))
        run.clock.start()
        poll.start()
        QTimer.singleShot(0, start)
        try:
            self.qtbot.waitUntil(lambda: not run.handlers or run.error is not None,
                                 timeout=timeout_ms * (len(handlers) + 1))
        finally:
            poll.stop()
        if run.error is not None:
            raise run.error
        return run.done

    def _poll(self, run: _Run, poll: QTimer) -> None:
        """Hand the next dialog to its handler; after a failure, close whatever opens."""
        if run.error is not None:
            _close_modals()  # what a failed handler's dialog opened next must not hang the run
            return
        dialog = QApplication.activeModalWidget()
        if not run.handlers:  # all handled: one still open in its loop would hang the test
            if any(dialog is done for done in run.done) and run.clock.elapsed() > run.timeout_ms:
                run.error = AssertionError(f"the {type(dialog).__name__} was left open")
                _close_modals()
            return
        kind, handler = run.handlers[0]
        if isinstance(dialog, kind) and dialog.isVisible() and not any(
                dialog is done for done in run.done):
            run.done.append(dialog)
            run.handlers.pop(0)
            poll.stop()  # one handler at a time, even while it waits in a loop of its own
            try:
                self.qtbot.waitExposed(dialog, timeout=run.timeout_ms)
                handler(dialog)
            except BaseException as e:  # raised in the test, once the dialogs are gone
                run.error = e
                _close_modals()
            run.clock.restart()
            poll.start()
        elif run.clock.elapsed() > run.timeout_ms:
            run.error = AssertionError(f"no {kind.__name__} appeared within "
                                       f"{run.timeout_ms} ms (active: {dialog!r})")
            _close_modals()


def _close_modals() -> None:
    """Reject every modal dialog still open, innermost first."""
    for _ in range(10):
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        reject = getattr(dialog, "reject", None)
        (reject or dialog.close)()
        QApplication.processEvents()


def _mnemonic(text: str) -> str:
    """The letter after "&" in a menu text: "文件(&F)" → "F"."""
    at = text.index("&")
    return text[at + 1].upper()
