"""The window's layout: the docks, the splitter and the geometry, remembered and reset.

At first start the panels dock is at its narrowest and the tree at 340 pixels
(more at a larger 界面字号, but never more than 45 % of the room beside the
panels); the text gets the rest. Those sizes are set when the window is first
shown, since only then do the splitter and the docks know their widths. The
layout a reader leaves is kept in the settings and comes back at the next start;
视图 → 重置布局 returns to the first-start layout.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QWidget

from ..common.ui_scale import room_factor
from .settings import Settings

TREE_WIDTH = 340  # pixels at 100 %, at first start and after 重置布局
TREE_SHARE = 0.45  # at most this share of the room beside the panels


class WindowLayout(QObject):
    """Keeps the layout of `window`: its docks, its splitter (tree | text) and geometry.

    Args:
        window: the main window, with every dock added already.
        splitter: the tree | text splitter.
        panels: the indicator panels dock.
        results: the find results dock.
        find_bar: the find bar (the results are shown after a reset if it is).
        settings: where the layout is kept.
    """

    def __init__(self, window: QMainWindow, splitter: QSplitter, panels: QDockWidget,
                 results: QDockWidget, find_bar: QWidget, settings: Settings) -> None:
        super().__init__(window)
        self.window, self.splitter, self.panels = window, splitter, panels
        self.results, self.find_bar, self.settings = results, find_bar, settings
        self.laid_out = False  # by the settings, or at the first show
        self._default_docks = window.saveState()

    def _parts(self) -> tuple:
        w = self.window
        return (("geometry", w.saveGeometry, w.restoreGeometry),
                ("docks", w.saveState, w.restoreState),
                ("splitter", self.splitter.saveState, self.splitter.restoreState))

    def save(self) -> None:
        """Remember the docks, the splitter and the window geometry."""
        for key, save, _restore in self._parts():
            self.settings.set_geometry(key, save())

    def restore(self) -> None:
        """Bring back the layout of the last run, if there is one."""
        for key, _save, restore in self._parts():
            value = self.settings.geometry(key)
            if value is not None:
                restore(value)
                self.laid_out |= key == "docks"

    def first_show(self) -> None:
        """The window is shown: give it the first-start sizes unless it has its own."""
        if not self.laid_out:
            self.laid_out = True
            self._default_sizes()

    def reset(self) -> None:
        """视图 → 重置布局: every dock back in its place, the panels shown, default sizes."""
        self.window.restoreState(self._default_docks)
        self.results.setVisible(self.find_bar.isVisible())
        self.panels.show()
        self._default_sizes()

    def rescale(self, before: float) -> None:
        """The interface size changed from room factor `before`: the tree follows its titles."""
        if self.laid_out:
            tree = round(self.splitter.sizes()[0] * room_factor() / before)
            QTimer.singleShot(0, self, lambda: self._fit_tree(tree))  # once the docks have refitted

    def _default_sizes(self) -> None:
        self.window.resizeDocks([self.panels], [self.panels.minimumWidth()],
                                Qt.Orientation.Horizontal)
        tree = round(TREE_WIDTH * room_factor(self.settings.ui_scale))
        QTimer.singleShot(0, self, lambda: self._fit_tree(tree))  # once the dock has its width

    def _fit_tree(self, width: int) -> None:
        """Give the tree `width`, but at most TREE_SHARE of the room beside the panels."""
        docked = self.panels.isVisible() and not self.panels.isFloating()
        room = self.window.width() - (self.panels.width() if docked else 0)
        tree = min(width, round(room * TREE_SHARE))
        self.splitter.setSizes([tree, max(1, sum(self.splitter.sizes()) - tree)])
