"""The printed page in points (72 per inch): the paper, its margins and the text block.

The summary is laid out and painted in points; the layout spec gives paper and
margins in millimetres.
"""

from __future__ import annotations

from ...core.summary.layout import MM, paper_mm, spec
from ...core.summary.options import Options

__all__ = ["MM", "margins", "page_geometry"]


def margins(options: Options) -> tuple[float, float, float, float]:
    """The layout's margins in points: top, bottom, left, right."""
    top, bottom, left, right = spec(options.layout).margins_on(options.paper)
    return top * MM, bottom * MM, left * MM, right * MM


def page_geometry(options: Options) -> tuple[float, float, float, float]:
    """(paper width, paper height, text width, text height) in points."""
    w, h = paper_mm(options.paper)
    top, bottom, left, right = spec(options.layout).margins_on(options.paper)
    return w * MM, h * MM, (w - left - right) * MM, (h - top - bottom) * MM
