"""The UI language: Simplified Chinese (the source language) or English.

The strings in the code are Chinese; English comes from a compiled Qt translation,
lawgov_gui/resources/translations/lawgov_gui_en.qm, built from
resources/translations/lawgov_gui_en.ts by packaging/build_translations.py (it is
not committed).

Qt's own strings (standard buttons, the file and print dialogs, the context menus
of text fields) come from the qtbase_<lang>.qm shipped with Qt, plus
qtbase_extra_<lang>.qm (ours, built the same way) for the few strings Qt's
translation lacks, such as the file dialog's "&Look in:". Dates and numbers in
Qt's widgets follow the language too: `QLocale.setDefault`, and for the file
dialogs, which format dates in the *system* locale that Qt reads once as it
starts, `qt_system_locale` around the making of the application.

Install the translator before any widget is built: widgets keep the text they
were given.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("zh_CN", "en")
SOURCE_LANGUAGE = "zh_CN"
QM_DIR = "resources/translations"
QT_EXTRA = "qtbase_extra"  # our additions to Qt's own translation
DEFAULT_LOCALES = {"zh_CN": "zh_CN", "en": "en_US"}  # dates, when the system speaks another
_QT_LANGUAGES = {"zh_CN": QLocale.Language.Chinese, "en": QLocale.Language.English}
_LOCALE_VARIABLES = ("LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY",
                     "LC_MESSAGES", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE",
                     "LC_MEASUREMENT", "LC_IDENTIFICATION")

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


def _language_of(locale: QLocale) -> str:
    return "en" if locale.language() == QLocale.Language.English else SOURCE_LANGUAGE


def system_language() -> str:
    """English when the system locale is English (en_*), else Chinese."""
    return _language_of(QLocale.system())


def current_language() -> str:
    """The language of the UI now: "zh_CN" or "en"."""
    return _current


def ui_locale(lang: str, system: QLocale) -> QLocale:
    """The locale of dates and numbers in `lang`: the system's if it speaks `lang`."""
    if system.language() == _QT_LANGUAGES[lang]:
        return system
    return QLocale(DEFAULT_LOCALES[lang])


def _posix_locale(category: str) -> str:
    """The locale a POSIX program uses for `category` ("LC_TIME"), read as Qt reads it."""
    env = os.environ
    return env.get("LC_ALL") or env.get(category) or env.get("LANG") or "C"


@contextmanager
def qt_system_locale(lang: str | None) -> Iterator[None]:
    """Make the QApplication inside this block to see dates in `lang`'s format.

    On Linux, Qt reads the system locale from the environment once, when the
    application is made, and its file dialogs show dates in it ("1 12 2026" under
    the C locale). For this block LC_TIME names a locale of the UI language
    (unless the system's already is one); the environment is restored after, so
    nothing the program starts sees the change. None: the system's language.
    """
    if sys.platform in ("win32", "darwin"):  # the system locale does not come from the environment
        yield
        return
    saved = {name: os.environ.get(name) for name in ("LC_ALL", "LANG", *_LOCALE_VARIABLES)}
    current = QLocale(_posix_locale("LC_TIME").split(".")[0])
    wanted = ui_locale(_language_of(current) if lang is None else normalize(lang), current)
    if wanted.name() != current.name():
        if "LC_ALL" in os.environ:  # it would override LC_TIME: spell it out per category
            everything = os.environ.pop("LC_ALL")
            os.environ.update(dict.fromkeys(("LANG", *_LOCALE_VARIABLES), everything))
        os.environ["LC_TIME"] = f"{wanted.name()}.UTF-8"
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def qm_resource(lang: str):
    """The packaged .qm of `lang` (an importlib.resources Traversable; may not exist)."""
    return files("lawgov_gui").joinpath(f"{QM_DIR}/lawgov_gui_{lang}.qm")


def _load_packaged(resource) -> QTranslator | None:
    """A translator from a packaged .qm, or None if it is not there."""
    if not resource.is_file():
        return None
    translator = QTranslator()
    with as_file(resource) as path:  # a real file for Qt, even from a zipped install
        if not translator.load(str(path)):
            return None
    return translator


def _load_qt_translators(lang: str) -> list[QTranslator]:
    """Qt's own strings (OK/Cancel, file and print dialogs) in `lang`, as far as there are any."""
    found = []
    directory = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    if directory and translator.load(f"qtbase_{lang}", directory) and not translator.isEmpty():
        found.append(translator)
    extra = _load_packaged(files("lawgov_gui").joinpath(f"{QM_DIR}/{QT_EXTRA}_{lang}.qm"))
    if extra is not None and not extra.isEmpty():
        found.append(extra)  # installed after Qt's: looked at first
    return found


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
        translator = _load_packaged(qm_resource(wanted))
        if translator is None:
            sys.stderr.write(
                f"lawgov-gui: no {wanted} translation ({QM_DIR}/lawgov_gui_{wanted}.qm is "
                "missing; run packaging/build_translations.py); using Chinese\n")
            wanted = SOURCE_LANGUAGE
        else:
            _installed.append(translator)
    _installed.extend(_load_qt_translators(wanted))
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(ui_locale(wanted, QLocale.system()))
    _current = wanted
    return wanted
