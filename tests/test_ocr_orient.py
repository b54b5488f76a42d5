"""Which way a sideways scan is turned back: the T-C.27 sample's second page (a budget
table of 7 pt figures) scanned as its twin was, then fed a quarter turn either way. OSD
answers both the wrong way round, unsure (2.17 and 0.96); the band of the page read both
ways decides (as it does alone where Tesseract has no osd model)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from renstra.extract.ocr import orient

from . import scans


@pytest.fixture(scope="module")
def upright() -> np.ndarray:
    return scans.tc27_scan(2)


@pytest.mark.parametrize(
    ("fed", "back"),
    [(cv2.ROTATE_90_CLOCKWISE, 270), (cv2.ROTATE_90_COUNTERCLOCKWISE, 90)],
    ids=["fed-clockwise", "fed-counter-clockwise"],
)
def test_a_sideways_table_of_figures_is_turned_back_upright(
    upright: np.ndarray, fed: int, back: int
) -> None:
    assert orient.find_rotation(cv2.rotate(upright, fed), 60) == back


def test_the_band_upright_reads_more_words_surely_than_upside_down(upright: np.ndarray) -> None:
    assert orient._likelier(upright, (180, 0), 60) == 0
