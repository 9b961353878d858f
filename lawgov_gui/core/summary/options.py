"""What the printed summary includes and how it is laid out: one type for every output."""

from __future__ import annotations

from dataclasses import dataclass

from .layout import Layout, Paper


@dataclass(slots=True)
class Options:
    """The summary's options (remembered between runs by the window).

    Attributes:
        layout: the layout (a string is converted; an unknown one raises ValueError).
        paper: the paper (likewise).
        sections: ids of the sections to include; None = all.
        charts: include the charts.
        table: add 附表：全部指标, every figure of every section.
        full_text: add 附件：报告全文, the report's text.
    """

    layout: Layout = Layout.GBT
    paper: Paper = Paper.A4
    sections: set[str] | None = None
    charts: bool = True
    table: bool = False
    full_text: bool = False

    def __post_init__(self) -> None:
        self.layout, self.paper = Layout(self.layout), Paper(self.paper)
