"""The indicator table's exports: the file name offered, and writing the rows shown.

`IndicatorTable` asks where to save (its `ask_save_path`, which tests replace),
then writes its shown rows with `write_rows`; a failure comes back as the
sentence the reader is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core import Report
from ...core.writers.atomic import write_failure

Writer = Callable[[str, list[Any], list[list[Any]]], None]  # path, headers, rows


def tr(text: str) -> str:
    return QCoreApplication.translate("IndicatorTable", text)


def suggested_name(report: Report | None, suffix: str) -> str:
    """A file name for the export: the report's name and 指标."""
    if report is None or not report.source.path:
        return tr("指标") + suffix
    return Path(report.source.path).stem + tr("-指标") + suffix


def write_rows(writer: Writer, path: str, table: list[list[Any]]) -> str | None:
    """Write `table` (the headers, then the rows) to `path` with `writer`.

    Returns:
        None once written; otherwise why it failed, in words for the reader.
    """
    head, *rows = table
    try:
        writer(path, head, rows)
    except ImportError:
        return tr("未安装 openpyxl，无法写 Excel 文件。")
    except OSError as exc:
        return write_failure(exc, path)
    return None
