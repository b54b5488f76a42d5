"""One OCR page: a page whose images do not fit in the worker's memory limit fails alone
(an ocr-failed finding for it), it does not take the whole file down as a parser crash."""

from __future__ import annotations

import cv2
import pytest
from PIL import Image
from renstra.extract.ocr import page
from renstra.extract.ocr.words import OcrFailed


@pytest.mark.parametrize(
    "failure",
    [
        MemoryError(),
        cv2.error(
            "OpenCV(5.1.0) alloc.cpp:73: error: (-4:Insufficient memory) Failed to "
            "allocate 17416620 bytes in function 'OutOfMemoryError'"
        ),  # fmt: skip
    ],
)
def test_running_out_of_memory_is_the_page_s_failure(
    monkeypatch: pytest.MonkeyPatch, failure: Exception
) -> None:
    def out_of_memory(*args: object) -> None:
        raise failure

    monkeypatch.setattr(page, "_read_page", out_of_memory)
    with pytest.raises(
        OcrFailed, match="^not enough memory for this page under limits.max-memory$"
    ):
        page.read_page(Image.new("L", (10, 10), 255), 300.0, "ind", 10.0)


def test_another_opencv_error_is_not_called_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise cv2.error("(-215:Assertion failed) !_src.empty()")

    monkeypatch.setattr(page, "_read_page", broken)
    with pytest.raises(cv2.error):
        page.read_page(Image.new("L", (10, 10), 255), 300.0, "ind", 10.0)
