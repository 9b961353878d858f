"""The report model: plain dataclasses that every view reads.

The core builds one `Report` per file. The window, the printed summary and
`lawgov-gui extract` all read this same object; `Report.to_dict()` is the JSON
shape fixed in CONTRACT.md.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum

from .section_index import SectionIndex as SectionIndex  # re-exported for the old import path
from .section_index import flatten

SCHEMA = 2


class Kind(StrEnum):
    """What an indicator measures; the values are the JSON strings."""

    COUNT = "count"
    PERCENT = "percent"
    CHANGE_PP = "change_pp"
    MONEY = "money"
    DURATION = "duration"
    OTHER = "other"


class ChangeType(StrEnum):
    """How a change is stated: 同比, 高于/低于 a benchmark, or 由…至…."""

    YOY = "yoy"
    VS = "vs"
    FROM_TO = "from_to"


class Direction(StrEnum):
    """Which way a change goes."""

    UP = "up"
    DOWN = "down"


class Role(StrEnum):
    """Which figure of a from_to pair an indicator is."""

    BEFORE = "before"
    AFTER = "after"


class Scope(StrEnum):
    """Whose figure it is: the reporting body's own, or a benchmark quoted for comparison."""

    OWN = "own"
    BENCHMARK = "benchmark"


class Genre(StrEnum):
    """What kind of document the report is."""

    FAZHI_REPORT = "fazhi_report"
    GOV_WORK_REPORT = "gov_work_report"
    INFO_DISCLOSURE_REPORT = "info_disclosure_report"
    RECONSIDERATION_REPORT = "reconsideration_report"
    NEWS = "news"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class TableCell:
    """Where a figure stands in a table: its row label and column header (None without one)."""

    row: str | None
    column: str | None


@dataclass(frozen=True, slots=True)
class Source:
    """Where the text came from: path, format, detected encoding, sha256, and whether
    OCR read it (a scan: "ocr": true, written only then)."""

    path: str
    format: str
    encoding: str | None
    sha256: str
    ocr: bool = False

    def to_dict(self) -> dict:
        d = {"path": self.path, "format": self.format, "encoding": self.encoding,
             "sha256": self.sha256}
        if self.ocr:
            d["ocr"] = True
        return d


@dataclass(frozen=True, slots=True)
class Meta:
    """What the report says about itself."""

    title: str | None = None
    title_inferred: bool = False
    issuer: str | None = None
    year: int | None = None
    published: str | None = None
    genre: Genre = Genre.OTHER
    signed: str | None = None


@dataclass(slots=True)
class Section:
    """One numbered heading and the text it governs.

    `text[start:end]` is the whole section, heading included.
    """

    id: str
    level: int
    marker: str
    title: str
    start: int
    end: int
    heading_end: int
    children: list[Section] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "id": self.id, "level": self.level, "marker": self.marker, "title": self.title,
            "start": self.start, "end": self.end,
            "children": [c.to_dict() for c in self.children],
        }


@dataclass(frozen=True, slots=True)
class Change:
    """How an indicator relates to another one or to a period.

    `type` is a `ChangeType`; `role` says which figure of a from_to pair this is;
    `of` is the other indicator's id.
    """

    type: ChangeType
    direction: Direction | None
    of: str | None
    baseline: str | None = None
    period: str | None = None
    role: Role | None = None

    def to_dict(self) -> dict:
        return {"type": self.type, "direction": self.direction, "of": self.of,
                "baseline": self.baseline, "period": self.period, "role": self.role}


@dataclass(slots=True)
class Indicator:
    """One stated quantity. `text` is exactly `report.text[start:end]`.

    The schema-2 fields say what it measures out of its sentence: `label` (reads alone;
    the subject when empty), `canonical` (a CATALOGUE.md id), `period` (the year the value
    is about), `scope`, `growth` (a rate of change, not a share) and `table` (its cell).
    """

    id: str
    text: str
    start: int
    end: int
    value: float
    unit: str
    qualifier: str | None
    kind: Kind
    subject: str = ""
    section: str | None = None
    change: Change | None = None
    label: str = ""
    canonical: str | None = None
    period: int | None = None
    scope: Scope = Scope.OWN
    growth: bool = False
    table: TableCell | None = None

    @property
    def name(self) -> str:
        """What the figure is called out of its sentence: its label, else its subject, else
        the figure as written."""
        return self.label or self.subject or self.text

    def to_dict(self) -> dict:
        value, change, table = self.value, self.change, self.table
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return {  # one literal, in the contract's key order (a dict per figure: keep it cheap)
            "id": self.id, "text": self.text, "start": self.start, "end": self.end,
            "value": value, "unit": self.unit, "qualifier": self.qualifier, "kind": self.kind,
            "subject": self.subject, "section": self.section,
            "change": change.to_dict() if change else None,
            "label": self.label or self.subject, "canonical": self.canonical,
            "period": self.period, "scope": self.scope, "growth": self.growth,
            "table": {"row": table.row, "column": table.column} if table else None}


@dataclass(slots=True)
class Report:
    """The core's whole result for one file."""

    source: Source
    meta: Meta
    text: str
    sections: list[Section]
    indicators: list[Indicator]
    _starts: list[int] | None = field(default=None, repr=False, compare=False)
    _by_id: dict[str, Indicator] | None = field(default=None, repr=False, compare=False)

    def indicator(self, iid: str | None) -> Indicator | None:
        """The indicator with id `iid`, or None; the index is built once, on first use."""
        if self._by_id is None or len(self._by_id) != len(self.indicators):
            self._by_id = {i.id: i for i in self.indicators}
        return self._by_id.get(iid or "")

    def indicator_starts(self) -> list[int]:
        """Start offsets of the indicators (in text order), for bisect lookups."""
        if self._starts is None or len(self._starts) != len(self.indicators):
            self._starts = [i.start for i in self.indicators]
        return self._starts

    @staticmethod
    def flatten(sections: list[Section]) -> list[Section]:
        """Sections in document order, depth first."""
        return flatten(sections)

    def iter_sections(self) -> list[Section]:
        """All sections in document order, depth first."""
        return self.flatten(self.sections)

    def to_dict(self, *, indicators: bool = True) -> dict:
        """The CONTRACT.md shape; without the "indicators" key when `indicators` is False
        (writers.contract writes those straight from the objects)."""
        d = {
            "schema": SCHEMA,
            "source": self.source.to_dict(),
            "meta": asdict(self.meta),
            "text": self.text,
            "sections": [s.to_dict() for s in self.sections],
        }
        if indicators:
            d["indicators"] = [i.to_dict() for i in self.indicators]
        return d

