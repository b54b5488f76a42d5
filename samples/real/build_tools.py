"""What the real-layout samples' build scripts share, so each build.py holds only its
document: Word table geometry and borders, the fraction bar of a stacked formula, fixed
author and dates in the document properties, and the LibreOffice PDF export.

Each build.py imports it from the folder above its own:

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from build_tools import export_pdf, save_docx, set_grid
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Inches

AUTHOR = "samples/real build.py"
_AFTER_BORDERS = {qn("w:shd"), qn("w:tblLayout"), qn("w:tblCellMar"), qn("w:tblLook")}
"""tblPr children that the schema puts after tblBorders."""


def set_grid(table: Any, widths: tuple[float, ...] | list[float], unit: str = "in") -> None:
    """Column widths in inches (``unit="cm"``: centimetres), on the grid LibreOffice reads
    and on the cells Word reads."""
    per_inch = 1.0 if unit == "in" else 2.54
    length = Inches if unit == "in" else Cm
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(w / per_inch * 1440)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = length(w)


def no_borders(table: Any, *, cells: bool = False) -> None:
    """Borders none on the table whatever its style says (and with ``cells`` on every cell
    too), in the schema's place among the table's properties."""
    tbl_pr = table._tbl.tblPr
    borders = _nil_borders("w:tblBorders", ("top", "left", "bottom", "right", "insideH", "insideV"))
    later = [c for c in tbl_pr if c.tag in _AFTER_BORDERS]
    if later:
        later[0].addprevious(borders)
    else:
        tbl_pr.append(borders)
    if cells:
        for row in table.rows:
            for cell in row.cells:
                tc_pr = cell._tc.get_or_add_tcPr()
                tc_pr.append(_nil_borders("w:tcBorders", ("top", "left", "bottom", "right")))


def _nil_borders(tag: str, edges: tuple[str, ...]) -> Any:
    borders = OxmlElement(tag)
    for edge in edges:
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    return borders


def bottom_border(paragraph: Any) -> None:
    """Draw the fraction bar under a paragraph."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "6")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "000000")
    borders.append(bottom)
    p_pr.append(borders)


def save_docx(doc: Any, path: Path, created: datetime) -> None:
    """Save with fixed author and dates, so a rebuild changes only what the script changed."""
    props = doc.core_properties
    props.author = AUTHOR
    props.created = props.modified = created
    doc.save(path)


def save_xlsx(workbook: Any, path: Path, created: datetime) -> None:
    """The same for a workbook (openpyxl still stamps the time of saving as modified)."""
    workbook.properties.creator = AUTHOR
    workbook.properties.created = created
    workbook.properties.modified = created
    workbook.save(path)


def export_pdf(docx: Path) -> None:
    """The PDF beside the .docx, as Word users' PDFs are made here: LibreOffice's export."""
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("soffice not found: the .docx is written, the .pdf is not")
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(docx.parent), str(docx)],
        check=True,
    )
