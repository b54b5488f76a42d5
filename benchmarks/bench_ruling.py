"""Seconds per page of ``find_grids`` (extract/ocr/ruling.py) on the sample PDFs' pages
rendered at a scan's resolution, one core, OpenCV on one thread.

Every page of every sample PDF is rendered once (outside the timing) at ``--dpi``; each
page is then searched ``--repeats`` times and its fastest run kept (CPU time of the
process: the least disturbed by other processes on a shared machine). Prints each page's
time and the tables found, then the median and the slowest page.

    .venv/bin/python benchmarks/bench_ruling.py
    .venv/bin/python benchmarks/bench_ruling.py --dpi 300 --repeats 5
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import cv2
import numpy as np
import pypdfium2
from bench_text import pin_to_one_core
from renstra.extract.ocr.ruling import find_grids

ROOT = Path(__file__).resolve().parent.parent


def pages(dpi: int) -> list[tuple[str, np.ndarray]]:
    out = []
    for path in sorted((ROOT / "samples").rglob("*.pdf")):
        pdf = pypdfium2.PdfDocument(path.read_bytes())
        for i in range(len(pdf)):
            bitmap = pdf[i].render(scale=dpi / 72, grayscale=True)
            out.append((f"{path.name}:{i + 1}", np.array(bitmap.to_pil().convert("L"))))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--cpu", type=int, default=None, help="core to pin to")
    args = parser.parse_args(argv)
    print(pin_to_one_core(args.cpu))
    cv2.setNumThreads(1)
    times = []
    for name, image in pages(args.dpi):
        best, found = float("inf"), []
        for _ in range(args.repeats):
            start = time.process_time()
            found = find_grids(image, args.dpi)
            best = min(best, time.process_time() - start)
        times.append(best)
        shapes = ", ".join(f"{len(g.rows)}x{len(g.rows[0])}" for g in found) or "none"
        print(f"{name:<60} {image.shape[1]}x{image.shape[0]} px  {best:6.3f} s  tables: {shapes}")
    print(
        f"{len(times)} pages at {args.dpi} dpi: median {statistics.median(times):.3f} s, "
        f"slowest {max(times):.3f} s per page (CPU, one core)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
