"""The label of a figure: what an official would write as its row in a table of figures.

A figure with a canonical id is labelled with the catalogue's name for it
(行政机关负责人出庭应诉率), so that the same quantity reads the same in every report;
other figures with their subject. The year is added when the value is about
another year than the report's (复议后起诉率（2022年）), so that two figures of one
quantity never read the same.
"""

from __future__ import annotations


def label_for(subject: str, name: str | None, period: int | None, report_year: int | None,
              fallback: str) -> str:
    """The label of one figure.

    Args:
        subject: the figure's subject (what is counted or measured), maybe "".
        name: the catalogue's name of the figure's canonical id, or None.
        period: the year the value is about, or None (累计, 自…以来).
        report_year: the year the report is about, or None.
        fallback: what to show when there is neither name nor subject (the figure as written).
    """
    base = name or subject or fallback
    if period is not None and report_year is not None and period != report_year:
        return f"{base}（{period}年）"
    return base
