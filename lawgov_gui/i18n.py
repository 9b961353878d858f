"""The UI language: Simplified Chinese (the source language) or English.

The strings in the code are Chinese; English comes from a compiled Qt translation,
lawgov_gui/resources/translations/lawgov_gui_en.qm, built from
resources/translations/lawgov_gui_en.ts by packaging/build_translations.py (it is
not committed). Qt's own strings (standard buttons and dialogs) come from the
qtbase_<lang>.qm files shipped with Qt, when they are there.

Install the translator before any widget is built: widgets keep the text they
were given.
"""

from __future__ import annotations

import sys
from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("zh_CN", "en")
SOURCE_LANGUAGE = "zh_CN"
QM_DIR = "resources/translations"

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def normalize(lang: str) -> str:
    """"en", "en_US", "en-GB" → "en"; "zh", "zh_CN", "zh-Hans" → "zh_CN".

    Raises:
        ValueError: any other language.
    """
    code = lang.strip().replace("-", "_").lower()
    if code == "en" or code.startswith("en_"):
        return "en"
    if code in ("zh", "zh_cn", "zh_hans", "zh_hans_cn"):
        return "zh_CN"
    raise ValueError(f"unsupported language {lang!r} (use one of {', '.join(LANGUAGES)})")


def system_language() -> str:
    """English when the system locale is English (en_*), else Chinese."""
    locale = QLocale.system()
    return "en" if locale.language() == QLocale.Language.English else SOURCE_LANGUAGE


def current_language() -> str:
    """The language of the UI now: "zh_CN" or "en"."""
    return _current


def qm_resource(lang: str):
    """The packaged .qm of `lang` (an importlib.resources Traversable; may not exist)."""
    return files("lawgov_gui").joinpath(f"{QM_DIR}/lawgov_gui_{lang}.qm")


def _load_app_translator(lang: str) -> QTranslator | None:
    resource = qm_resource(lang)
    if not resource.is_file():
        return None
    translator = QTranslator()
    with as_file(resource) as path:  # a real file for Qt, even from a zipped install
        if not translator.load(str(path)):
            return None
    return translator


def _load_qt_translator(lang: str) -> QTranslator | None:
    """Qt's own strings (OK/Cancel, file dialogs) in `lang`, if Qt ships them."""
    directory = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    if directory and translator.load(f"qtbase_{lang}", directory) and not translator.isEmpty():
        return translator
    return None


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translators installed here; the UI is Chinese again."""
    global _current
    while _installed:
        app.removeTranslator(_installed.pop())
    _current = SOURCE_LANGUAGE


def install_translator(app: QCoreApplication, lang: str | None) -> str:
    """Set the UI language of `app`, replacing any translator installed before.

    Args:
        app: the application.
        lang: "zh_CN" (the source strings), "en", or None to follow the system
            locale (English for en_*, Chinese otherwise).

    Returns:
        The language in use. Asked for English without the compiled translation
        (a checkout where packaging/build_translations.py has not run), the UI
        stays Chinese and one line on stderr says why; it never fails.
    """
    global _current
    wanted = system_language() if lang is None else normalize(lang)
    remove_translators(app)
    if wanted != SOURCE_LANGUAGE:
        translator = _load_app_translator(wanted)
        if translator is None:
            sys.stderr.write(
                f"lawgov-gui: no {wanted} translation ({QM_DIR}/lawgov_gui_{wanted}.qm is "
                "missing; run packaging/build_translations.py); using Chinese\n")
            wanted = SOURCE_LANGUAGE
        else:
            _installed.append(translator)
    qt = _load_qt_translator(wanted)
    if qt is not None:
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    _current = wanted
    return wanted
