"""The library of reports: many reports in one SQLite file, searched, compared and checked together.

Qt-free, like the rest of the core; the window and `lawgov-gui library …` both use it.

    with Library(path) as lib:            # the user's data folder when path is None
        lib.add(["reports/"], progress=…, cancel=…)   # extraction in worker processes
        lib.search("复议", year=2023)      # hanzi bigrams in FTS5, ranked by bm25
        lib.compare("lit.head_appearance_rate")
        lib.check()                        # a stated change vs last year's report, conflicts
    rebuild(path)                          # from the original files; notes kept

Modules: schema (tables, version, damage), rows and store (a Report into rows), importer,
grams and search, compare, figures and checks, notes and notes_text (search, Markdown,
printing), rebuild, level (省/市/县/乡镇/部门), genres (their Chinese names), paths.
"""

from .checks import CheckKind, Finding
from .compare import Row as CompareRow
from .compare import export as export_compare
from .errors import LibraryError, QueryError
from .genres import GENRE_NAMES, genre_name
from .handle import Library
from .importer import Outcome, Status
from .level import Level, level_of, region_of
from .notes import Note, NoteKind
from .paths import default_db_path
from .rebuild import Rebuilt, rebuild
from .search import Hit
from .store import Entry

__all__ = ["GENRE_NAMES", "CheckKind", "CompareRow", "Entry", "Finding", "Hit", "Level", "Library",
           "LibraryError", "Note", "NoteKind", "Outcome", "QueryError", "Rebuilt", "Status",
           "default_db_path", "export_compare", "genre_name", "level_of", "rebuild", "region_of"]
