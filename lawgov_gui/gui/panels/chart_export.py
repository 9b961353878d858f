"""The panels' chart export: where to save the chart in view, and writing it.

`IndicatorPanels.export_current` asks with `ask_chart_path` (through its own
`ask_export_path`, which tests replace) and writes with `write_chart`; a
failure comes back as the sentence the reader is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...core.writers.atomic import WriteFailed
from ..charts.base import Chart
from ..common.save_dialog import ExportFolder, ask_save_path


def tr(text: str) -> str:
    return QCoreApplication.translate("IndicatorPanels", text)


def ask_chart_path(parent: QWidget, name: str, exports: ExportFolder) -> str:
    """Ask where to save the chart called `name` (its tab's title), in the export folder."""
    return ask_save_path(parent, tr("导出图表"), name + ".png",
                         tr("PNG 图片 (*.png);;SVG 矢量图 (*.svg)"), exports)


def write_chart(chart: Chart, path: str, exports: ExportFolder) -> str | None:
    """Write `chart` to `path` (a PNG unless it names an SVG) and remember its folder.

    Returns:
        None once written; otherwise why it failed, in words for the reader.
    """
    if Path(path).suffix.lower() not in (".png", ".svg"):
        path += ".png"
    try:
        chart.export(path)
    except WriteFailed as e:
        return str(e)
    exports.remember_export(path)
    return None
