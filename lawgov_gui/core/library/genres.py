"""What each genre is called where the user reads it (`library list`, the library window)."""

from __future__ import annotations

from ..model import Genre

GENRE_NAMES: dict[Genre, str] = {  # the JSON and the database keep the contract's values
    Genre.FAZHI_REPORT: "法治政府建设报告", Genre.GOV_WORK_REPORT: "政府工作报告",
    Genre.INFO_DISCLOSURE_REPORT: "政府信息公开年报", Genre.RECONSIDERATION_REPORT: "行政复议工作报告",
    Genre.NEWS: "新闻稿", Genre.OTHER: "其他"}


def genre_name(value: str) -> str:
    """The Chinese name of the genre stored as `value` ("其他" for one not known)."""
    try:
        return GENRE_NAMES[Genre(value)]
    except ValueError:
        return GENRE_NAMES[Genre.OTHER]
