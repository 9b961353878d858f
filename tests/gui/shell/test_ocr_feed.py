"""The feed between a load's text recognition and the window: pages in order, and stop."""

from __future__ import annotations

import threading

import pytest

from lawgov_gui.gui.shell.ocr_feed import OcrFeed, OcrPage

CALLS = [(0, 2, ""), (1, 2, "第一页"), (2, 2, "第二页")]


@pytest.mark.parametrize("split", [0, 1, 3])
def test_pages_arrive_once_and_in_order(split: int) -> None:
    feed = OcrFeed()
    worker = threading.Thread(target=lambda: [feed.control.on_page(*c) for c in CALLS[:split]])
    worker.start()
    worker.join()
    first = feed.take()
    for call in CALLS[split:]:
        feed.control.on_page(*call)
    assert first + feed.take() == [OcrPage(*call) for call in CALLS]
    assert feed.take() == []


def test_stop_is_what_the_core_asks_before_each_page() -> None:
    feed = OcrFeed()
    assert not feed.control.cancelled()
    feed.stop()
    assert feed.control.cancelled()
