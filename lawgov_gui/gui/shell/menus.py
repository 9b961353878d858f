"""The window's actions and menus, with their shortcuts shown in the menus."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from ..common.theme import Theme
from .settings import UI_SCALES

StdKey = QKeySequence.StandardKey


def tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


@dataclass
class Actions:
    """Every action of the main window, by name."""

    by_name: dict[str, QAction] = field(default_factory=dict)
    groups: dict[str, QActionGroup] = field(default_factory=dict)
    recent_menu: QMenu | None = None

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]


def _make(window: QMainWindow, actions: Actions, name: str, text: str,
          keys: list[QKeySequence | str], slot: Callable[[], object]) -> QAction:
    action = QAction(text, window)
    action.setObjectName(f"action_{name}")
    action.setShortcuts([QKeySequence(k) if isinstance(k, str) else k for k in keys])
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    actions.by_name[name] = action
    return action


def build_menus(window, actions: Actions) -> None:
    """Create the actions and the menu bar of `window` (a MainWindow)."""
    bar = window.menuBar()
    w = window
    file_menu = bar.addMenu(tr("文件(&F)"))
    file_menu.addAction(_make(w, actions, "open", tr("打开(&O)…"), [StdKey.Open], w.choose_file))
    file_menu.addAction(_make(w, actions, "open_clipboard", tr("从剪贴板打开(&V)"),
                              ["Ctrl+Shift+V"], w.open_clipboard))
    actions.recent_menu = recent = file_menu.addMenu(tr("最近打开(&R)"))
    recent.aboutToShow.connect(lambda: _fit_width(recent))
    file_menu.addSeparator()
    lib = w.library_commands
    file_menu.addAction(_make(w, actions, "library", tr("报告库(&L)…"), ["Ctrl+L"], lib.show))
    file_menu.addAction(_make(w, actions, "library_add", tr("添加到报告库(&B)"), [],
                              lib.add_current))
    file_menu.addSeparator()
    s = w.summary
    file_menu.addAction(_make(w, actions, "print", tr("打印摘要(&P)…"), [StdKey.Print],
                              s.print_preview))
    file_menu.addAction(_make(w, actions, "export_pdf", tr("导出摘要为 PDF(&D)…"), ["Ctrl+Shift+E"],
                              lambda: s.export(".pdf")))
    file_menu.addAction(_make(w, actions, "export_docx", tr("导出摘要为 Word(&W)…"), [],
                              lambda: s.export(".docx")))
    file_menu.addSeparator()
    file_menu.addAction(_make(w, actions, "quit", tr("退出(&Q)"), ["Ctrl+Q"], w.close))

    edit = bar.addMenu(tr("编辑(&E)"))
    edit.addAction(_make(w, actions, "find", tr("查找(&F)…"), [StdKey.Find], w.find.open))
    edit.addAction(_make(w, actions, "find_next", tr("查找下一个(&N)"), ["F3"],
                         lambda: w.find.step(1)))
    edit.addAction(_make(w, actions, "find_previous", tr("查找上一个(&P)"), ["Shift+F3"],
                         lambda: w.find.step(-1)))
    edit.addSeparator()
    notes = w.notes
    marks = [_make(w, actions, "highlight", tr("高亮(&H)"), ["Ctrl+H"], notes.highlight),
             _make(w, actions, "add_note", tr("添加批注(&M)…"), ["Ctrl+M"], notes.add_note)]
    edit.addActions(marks)
    notes.context_actions(*marks)

    view = bar.addMenu(tr("视图(&V)"))
    look = lambda: w.appearance  # noqa: E731 - made after the menus, which it keeps checked
    view.addAction(_make(w, actions, "zoom_in", tr("放大(&I)"), ["Ctrl+=", "Ctrl++"],
                         lambda: look().zoom_in()))
    view.addAction(_make(w, actions, "zoom_out", tr("缩小(&O)"), ["Ctrl+-"],
                         lambda: look().zoom_out()))
    view.addAction(_make(w, actions, "zoom_reset", tr("实际大小(&R)"), ["Ctrl+0"],
                         lambda: look().zoom_reset()))
    view.addSeparator()
    view.addAction(_make(w, actions, "expand_all", tr("展开全部章节"), [], w.tree.view.expandAll))
    view.addAction(_make(w, actions, "collapse_all", tr("折叠全部章节"), [], w.tree.view.collapseAll))
    view.addSeparator()
    themes = ((Theme.SYSTEM, tr("跟随系统")), (Theme.LIGHT, tr("浅色")), (Theme.DARK, tr("深色")))
    _choice_menu(w, actions, view.addMenu(tr("主题(&T)")), "theme", themes,
                 lambda mode: look().set_theme(mode))
    sizes = [(p, f"&{n} {p}%") for n, p in enumerate(UI_SCALES, 1)]
    _choice_menu(w, actions, view.addMenu(tr("界面字号(&U)")), "ui_scale", sizes,
                 lambda percent: look().set_ui_scale(percent))
    view.addSeparator()
    for name, dock, text, key in (("show_panels", w.panels, tr("指标面板(&P)"), "Ctrl+Shift+1"),
                                  ("show_find_results", w.find.dock, tr("查找结果(&S)"),
                                   "Ctrl+Shift+2"),
                                  ("show_notes", w.notes.dock, tr("批注(&N)"), "Ctrl+Shift+3")):
        view.addAction(_dock_action(w, actions, name, dock, text, key))
    view.addAction(_make(w, actions, "reset_layout", tr("重置布局(&L)"), [],
                         lambda: w.window_layout.reset()))

    nav = bar.addMenu(tr("导航(&G)"))
    nav.addAction(_make(w, actions, "back", tr("后退(&B)"), ["Alt+Left"], w.navigator.go_back))
    nav.addAction(_make(w, actions, "forward", tr("前进(&F)"), ["Alt+Right"],
                        w.navigator.go_forward))
    nav.addSeparator()
    nav.addAction(_make(w, actions, "focus_tree", tr("转到章节目录"), ["Alt+1"], w.focus_tree))
    nav.addAction(_make(w, actions, "focus_text", tr("转到正文"), ["Alt+2"], w.focus_text))

    help_menu = bar.addMenu(tr("帮助(&H)"))
    help_menu.addAction(_make(w, actions, "about", tr("关于(&A)"), [], w.show_about))


def _dock_action(window: QMainWindow, actions: Actions, name: str, dock: QDockWidget, text: str,
                 key: str) -> QAction:
    """The dock's own show/hide action, named, with a shortcut: a closed dock is never lost."""
    action = dock.toggleViewAction()
    action.setText(text)
    action.setObjectName(f"action_{name}")
    action.setShortcut(QKeySequence(key))
    window.addAction(action)
    actions.by_name[name] = action
    return action


def _choice_menu(window, actions: Actions, menu: QMenu, prefix: str,
                 choices: Sequence[tuple[object, str]], choose: Callable[[object], object]) -> None:
    """One checkable action per (value, label); `choose(value)` when one is picked."""
    group = QActionGroup(window)
    group.setExclusive(True)
    for value, text in choices:
        action = QAction(text, window)
        action.setObjectName(f"action_{prefix}_{value}")
        action.setCheckable(True)
        action.setData(value)
        action.triggered.connect(lambda _c=False, v=value: choose(v))
        group.addAction(action)
        menu.addAction(action)
        actions.by_name[f"{prefix}_{value}"] = action
    actions.groups[prefix] = group
    menu.aboutToShow.connect(lambda: _fit_width(menu))


def _fit_width(menu: QMenu) -> None:
    """Room for the widest label beside its check mark: at a large interface size the
    Fusion style measures too little and elides "跟随系统" to "跟…统"."""
    metrics = menu.fontMetrics()
    widest = max((metrics.horizontalAdvance(a.text().replace("&", "")) for a in menu.actions()),
                 default=0)
    menu.setMinimumWidth(widest + 3 * metrics.height())


def fill_recent(window, actions: Actions, paths: list[str]) -> None:
    """List the recent files in File → 最近打开, numbered for the keyboard."""
    menu = actions.recent_menu
    assert menu is not None
    menu.clear()
    for n, path in enumerate(paths, 1):
        label = f"&{n % 10} {path}" if n <= 10 else path
        action = menu.addAction(label)
        action.triggered.connect(lambda _c=False, p=path: window.open_path(p))
    menu.setEnabled(bool(paths))
