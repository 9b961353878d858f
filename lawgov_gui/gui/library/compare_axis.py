"""The value axis of the compare chart, from what the indicator is and the values drawn (no Qt).

A share (出庭应诉率, 败诉率: a part of a whole, in %) runs from 0 to a round value above the largest,
not always to 100 %: rates of 7–10 % then fill two thirds of the chart's height, not a tenth. It
never passes 100 % (a share is at most the whole), though the view leaves room above a bar of 100 %
for its label. A rate of change in % (办理时限压缩, an indicator the catalogue lets take growth
figures) is never drawn as a share: its axis takes in 0 and every value, above 100 % or below 0.
A count or a duration runs from 0 to above its largest value, in its own unit.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from ...core.extract.catalogue import entry

STEPS = (1, 2, 5, 10)  # a round step: one of these times a power of ten
TICKS = 5  # about this many steps from 0 to the top of a share's axis
SHARE_ROOM = 1.1  # the top tick of a share's axis is at least this far above its largest value
LABEL_ROOM = 1.12  # the view goes at least this far above the largest value: room for its label
AMOUNT_ROOM = 1.18


class Scale(Enum):
    """What the values of a chart are, which decides its axis."""

    SHARE = "share"  # a rate that is part of a whole: 0 to a round value, at most 100 %
    CHANGE = "change"  # a rate of change in %: may pass 100 % or fall below 0
    AMOUNT = "amount"  # a count or a duration in its own unit, from 0


def scale_of(cid: str, unit: str | None) -> Scale:
    """The scale of the indicator `cid` drawn in `unit`: a share when the catalogue says it is a
    rate that takes no growth figures."""
    if unit != "%":
        return Scale.AMOUNT
    found = entry(cid)
    return Scale.SHARE if found is not None and not found.allow_growth else Scale.CHANGE


@dataclass(frozen=True, slots=True)
class Axis:
    """The range shown and where the ticks go (`step` None: the chart's own ticks)."""

    low: float
    high: float
    step: float | None = None

    def ticks(self) -> list[float]:
        """The tick values from 0 to the top tick ([] when the chart places its own)."""
        if self.step is None:
            return []
        count = math.floor(self.high / self.step + 1e-9)
        return [round(n * self.step, 10) for n in range(count + 1)]


def round_step(span: float, ticks: int = TICKS) -> float:
    """The smallest round step (1, 2 or 5 times a power of ten) that covers `span` in `ticks`."""
    raw = span / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    return next(s * power for s in STEPS if s * power >= raw * (1 - 1e-9))


def axis_for(scale: Scale, values: Iterable[float]) -> Axis:
    """The axis of a chart of `values` (its marks and its benchmarks' lines) on `scale`."""
    found = list(values)
    largest, smallest = max(found, default=0.0), min(found, default=0.0)
    if scale is Scale.SHARE:
        return share_axis(largest)
    if scale is Scale.CHANGE:
        low, high = min(smallest, 0.0) * AMOUNT_ROOM, max(largest, 0.0) * AMOUNT_ROOM
        return Axis(low, high if high > low else 1.0)
    return Axis(0.0, max(largest * AMOUNT_ROOM, 1.0))


def share_axis(largest: float) -> Axis:
    """0 to the round value above `largest` (at most 100 % when `largest` is), ticks at round
    steps; the view a little higher when the largest bar's label needs it."""
    wanted = max(largest * SHARE_ROOM, 1.0)
    if largest <= 100:
        wanted = min(wanted, 100.0)
    step = round_step(wanted)
    top = math.ceil(wanted / step - 1e-9) * step
    return Axis(0.0, max(top, largest * LABEL_ROOM), step)
