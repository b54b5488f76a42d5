"""Render the two seed documents into .docx, .pdf and .xlsx under samples/formats/.

The logical documents below are plain data equal to samples/renstra_metro_timur.txt and
samples/iku_metro_utara.txt (same lines, same table cells). Each format carries them the way
real files do: Word with merged cells and one real equation, a PDF with a ruled table split
over two pages and a borderless one, a workbook with merged ranges and percent numbers.

    .venv/bin/python samples/render_formats.py           # (re)write samples/formats/
    .venv/bin/python samples/render_formats.py --check   # exit 1 if the committed files differ

Output is deterministic: zip members carry a fixed timestamp and the document properties a
fixed date, and reportlab runs in invariant mode.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
OUT_DIR = HERE / "formats"
FIXED_DATE = datetime(2021, 4, 1, 8, 0, 0)
FIXED_ZIP_TIME = (2021, 4, 1, 8, 0, 0)
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass(frozen=True)
class Para:
    lines: tuple[str, ...]
    bold: bool = False
    align: str = "left"  # left | center | right
    keep_with_next: bool = False  # no blank row after it in a workbook (a caption)


@dataclass(frozen=True)
class Grid:
    rows: tuple[tuple[str, ...], ...]
    header_rows: int
    merges: tuple[tuple[int, int, int, int], ...] = ()  # (row, column, rowspan, colspan), 1-based
    percent_rows: tuple[int, ...] = ()  # rows whose "85 %" cells are numbers in the workbook
    omml_cells: tuple[tuple[int, int], ...] = ()  # cells written as a Word equation
    ruled: bool = True
    pdf_rows_on_first_page: int | None = None  # data rows before a page break, or no break
    pdf_widths: tuple[float, ...] = ()


@dataclass(frozen=True)
class Logical:
    stem: str
    sheet: str
    blocks: tuple[Para | Grid, ...] = field(default_factory=tuple)


RENSTRA = Logical(
    stem="renstra_metro_timur",
    sheet="Tabel 4.1",
    blocks=(
        Para(("BAB IV",), bold=True, align="center"),
        Para(("TUJUAN DAN SASARAN",), bold=True, align="center"),
        Para(("Tujuan dan Sasaran Jangka Menengah Kecamatan Metro Timur",), bold=True),
        Para(
            (
                "Tujuan merupakan penjabaran atau implementasi dari pernyataan misi yang akan "
                "dicapai atau dihasilkan dalam jangka waktu tertentu. Penetapan tujuan dalam "
                "Rencana Strategis didasarkan pada potensi dan permasalahan serta isu utama "
                "Pemerintah di Kecamatan Metro Timur. Adapun sasaran merupakan penjabaran tujuan "
                "secara terukur, yaitu sesuatu yang akan dicapai/dihasilkan secara nyata oleh "
                "Kecamatan Metro Timur dalam jangka waktu 5 (lima) tahun mendatang.",
            )
        ),
        Para(
            (
                "Rumusan tujuan yang ingin dicapai dalam pembangunan 5 (lima) tahun di Kecamatan "
                "Metro Timur adalah :",
            )
        ),
        Para(("1. Mewujudkan tata kelola pemerintahan yang akuntabel, efektif dan efisien;",)),
        Para(
            (
                "Sesuai dengan tujuan yang telah dirumuskan di atas, maka sasaran yang ingin "
                "dicapai dan dituangkan dalam Rencana Strategis Kecamatan Metro Timur dalam "
                "periode pembangunan 2021-2026 adalah sebagai berikut :",
            )
        ),
        Para(
            (
                "1. Meningkatkan kualitas pelayanan publik;",
                "2. Peningkatan Peran Serta Masyarakat dalam pembangunan;",
                "3. Penurunan Gangguan ketentraman dan ketertiban di wilayah kecamatan.",
            )
        ),
        Para(
            (
                "Pernyataan tujuan dan sasaran jangka menengah SKPD Kecamatan Metro Timur beserta "
                "indikator kinerjanya disajikan dalam Tabel sebagaimana berikut :",
            )
        ),
        Para(
            (
                "Tabel 4.1",
                "Tujuan dan Sasaran Jangka Menengah Pelayanan SKPD",
                "Kecamatan Metro Timur Tahun 2021-2126",
            ),
            bold=True,
            align="center",
            keep_with_next=True,
        ),
        Grid(
            rows=(
                (
                    "NO.",
                    "TUJUAN",
                    "SASARAN",
                    "INDIKATOR TUJUAN/SASARAN",
                    "TARGET KINERJA SASARAN PADA TAHUN KE-",
                    "",
                    "",
                    "",
                    "",
                ),
                ("", "", "", "", "1", "2", "3", "4", "5"),
                ("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"),
                (
                    "1",
                    "Mewujudkan tata kelola pemerintahan yang akuntabel, efektif dan efisien",
                    "- Meningkatnya kualitas pelayanan publik",
                    "- Persentase indeks kepuasan masyarakat: a. Pengantar KK b. Pengantar IMB "
                    "c. Rekomendasi Izin Usaha d. Pengantar Dispensasi Waktu Nikah",
                    "85 %",
                    "90 %",
                    "93 %",
                    "95 %",
                    "98 %",
                ),
                (
                    "",
                    "",
                    "- Peningkatan peran serta masyarakat dalam pembangunan",
                    "- Tingkat partisipasi masyarakat dalam proses perencanaan pembangunan "
                    "- Tingkat partisipasi masyarakat dalam pembangunan melalui ketaatan "
                    "membayar PBB",
                    "85 %",
                    "90 %",
                    "95 %",
                    "97 %",
                    "100 %",
                ),
                (
                    "",
                    "",
                    "- Penurunan Gangguan ketentraman dan ketertiban di wilayah kecamatan.",
                    "- Persentase Penurunan Gangguan ketentraman dan ketertiban di wilayah "
                    "kecamatan.",
                    "30 %",
                    "35 %",
                    "55 %",
                    "83 %",
                    "100 %",
                ),
            ),
            header_rows=3,
            merges=(
                (1, 1, 2, 1),
                (1, 2, 2, 1),
                (1, 3, 2, 1),
                (1, 4, 2, 1),
                (1, 5, 1, 5),
                (4, 2, 3, 1),
            ),
            percent_rows=(4,),
            ruled=True,
            pdf_rows_on_first_page=2,
            pdf_widths=(28, 130, 150, 230, 48, 48, 48, 48, 48),
        ),
    ),
)

IKU_FORMULAS = (
    r"$\frac{\text{Jumlah berkas yang telah diproses}}{\text{Jumlah berkas yang masuk}}"
    r" \times 100\%$",
    r"$\frac{\text{Jumlah usulan yang tertuang dalam BA Musrenbang}}"
    r"{\text{Jumlah usulan yang masuk}} \times 100\%$",
    r"$\frac{\text{Jumlah Wajib Pajak yang membayar PBB}}{\text{Jumlah Wajib Pajak keseluruhan}}"
    r" \times 100\%$",
)

IKU = Logical(
    stem="iku_metro_utara",
    sheet="IKU",
    blocks=(
        Para(
            ("MATRIKS INDIKATOR KINERJA UTAMA (IKU) OPD", "KOTA METRO TAHUN 2021 - 2025"),
            bold=True,
            align="center",
        ),
        Para(("NAMA OPD : KECAMATAN METRO UTARA",)),
        Para(
            (
                "TUGAS POKOK : Melaksanakan kewenangan pemerintahan yang dilimpahkan oleh Walikota "
                "untuk menangani sebagian urusan otonomi daerah",
            )
        ),
        Para(
            (
                "FUNGSI : 1. Pengkoordinasian kegiatan pemberdayaan masyarakat",
                "2. Pengkoordinasian upaya penyelenggaraan ketentraman dan ketertiban umum",
                "3. Pengkoordinasian penerapan dan penegakan peraturan perundang-undangan",
                "4. Pengkoordinasian pemeliharaan prasarana dan fasilitas pelayanan umum",
                "5. Pengkoordinasian penyelenggaraan kegiatan pemerintahan di tingkat Kecamatan",
                "6. Pembinaan penyelenggaraan pemerintahan Kelurahan",
                "7. Pelaksanaan pelayanan masyarakat yang menjadi ruang lingkup tugasnya dan/atau "
                "yang belum dapat dilaksanakan pemerintahan Kelurahan",
                "8. Penyelenggaraan kesekretariatan Kecamatan",
                "9. Pelaksanaan tugas lain yang diberikan Walikota sesuai dengan tugas pokok dan "
                "fungsinya",
            )
        ),
        Grid(
            rows=(
                (
                    "NO.",
                    "URAIAN INDIKATOR",
                    "SATUAN",
                    "ALASAN / SASARAN",
                    "SUMBER DATA",
                    "RUMUS PERHITUNGAN INDIKATOR",
                ),
                ("1", "2", "3", "4", "5", "6"),
                (
                    "1",
                    "Persentase rekomendasi pelayanan yang diberikan di Kecamatan : a. Pengantar "
                    "KK dan KTP b. Pengantar IMB c. Pengantar IUMK d. Pengantar Surat Nikah",
                    "%",
                    "Meningkatnya kualitas pelayanan publik",
                    "Seksi : Pemerintahan Pembangunan Perekonomian Kesra",
                    IKU_FORMULAS[0],
                ),
                (
                    "2",
                    "Tingkat partisipasi masyarakat dalam proses perencanaan pembangunan",
                    "%",
                    "Meningkatnya partisipasi masyarakat dalam pembangunan",
                    "Seksi Pembangunan",
                    IKU_FORMULAS[1],
                ),
                (
                    "3",
                    "Tingkat partisipasi masyarakat dalam pembangunan melalui ketaatan membayar "
                    "PBB",
                    "%",
                    "",
                    "Seksi Pemerintahan",
                    IKU_FORMULAS[2],
                ),
                (
                    "4",
                    "Presentase penanganan Konflik pada kecamatan",
                    "kegiatan",
                    "",
                    "Sekretariat dan Kesra",
                    "Jumlah kegiatan",
                ),
            ),
            header_rows=2,
            omml_cells=((3, 6),),
            ruled=False,
            pdf_widths=(30, 150, 45, 100, 100, 340),
        ),
        Para(("Banjarsari, April 2021",), align="right"),
        Para(("CAMAT METRO UTARA,",), align="right"),
        Para(("USMAN AMADIN, SE. MM.", "NIP. 19630726 199203 1 004"), align="right"),
    ),
)

DOCUMENTS = (RENSTRA, IKU)


# ---------------------------------------------------------------- shared helpers


def covered_positions(grid: Grid) -> set[tuple[int, int]]:
    """Grid positions (1-based) hidden under another cell's merge."""
    hidden: set[tuple[int, int]] = set()
    for row, col, rowspan, colspan in grid.merges:
        for r in range(row, row + rowspan):
            for c in range(col, col + colspan):
                if (r, c) != (row, col):
                    hidden.add((r, c))
    return hidden


def normalise_zip(data: bytes, core_date: str) -> bytes:
    """Rewrite an OOXML zip with fixed member timestamps and a fixed modification date."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                    rb"\g<1>" + core_date.encode() + rb"\g<2>",
                    blob,
                )
            member = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, blob)
    return out.getvalue()


# ---------------------------------------------------------------- .docx


def omml_fraction(latex: str) -> str:
    r"""The OMML of ``$\frac{\text{A}}{\text{B}} \times 100\%$`` (the one shape we need)."""
    match = re.fullmatch(
        r"\$\\frac\{\\text\{(.+?)\}\}\{\\text\{(.+?)\}\} \\times (\d+)\\%\$", latex
    )
    if match is None:
        raise ValueError(f"not a ratio formula: {latex}")
    num, den, factor = match.groups()

    def run(text: str) -> str:
        plain = '<m:rPr><m:sty m:val="p"/></m:rPr>'
        return f'<m:r>{plain}<m:t xml:space="preserve">{escape(text)}</m:t></m:r>'

    return (
        f'<m:oMath xmlns:m="{M_NS}" xmlns:w="{W_NS}">'
        f"<m:f><m:num>{run(num)}</m:num><m:den>{run(den)}</m:den></m:f>"
        f"{run(f'×{factor}%')}</m:oMath>"
    )


def render_docx(doc_spec: Logical) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Pt

    aligns = {
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
    }
    document = docx.Document()
    props = document.core_properties
    props.author = props.last_modified_by = "renstra samples"
    props.created = props.modified = FIXED_DATE
    props.revision = 1
    props.title = doc_spec.stem
    document.styles["Normal"].font.size = Pt(10)
    for block in doc_spec.blocks:
        if isinstance(block, Para):
            paragraph = document.add_paragraph()
            paragraph.alignment = aligns[block.align]
            for i, line in enumerate(block.lines):
                run = paragraph.add_run(line)
                run.bold = block.bold
                if i < len(block.lines) - 1:
                    run.add_break()
            continue
        width = len(block.rows[0])
        table = document.add_table(rows=len(block.rows), cols=width)
        table.style = "Table Grid"
        for row, col, rowspan, colspan in block.merges:
            table.cell(row - 1, col - 1).merge(table.cell(row + rowspan - 2, col + colspan - 2))
        hidden = covered_positions(block)
        for r, cells in enumerate(block.rows, start=1):
            for c, text in enumerate(cells, start=1):
                if (r, c) in hidden or not text:
                    continue
                paragraph = table.cell(r - 1, c - 1).paragraphs[0]
                if (r, c) in block.omml_cells:
                    paragraph._p.append(parse_xml(omml_fraction(text)))
                else:
                    paragraph.add_run(text).bold = r <= block.header_rows
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue(), FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%SZ"))


# ---------------------------------------------------------------- .xlsx


INT_RE = re.compile(r"\d+")
PERCENT_RE = re.compile(r"(\d+) %")


def render_xlsx(doc_spec: Logical) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    workbook.properties.creator = "renstra samples"
    workbook.properties.created = FIXED_DATE
    sheet = workbook.active
    sheet.title = doc_spec.sheet
    width = max(len(b.rows[0]) for b in doc_spec.blocks if isinstance(b, Grid))
    row = 1
    for block in doc_spec.blocks:
        if isinstance(block, Para):
            column = width if block.align == "right" else 1
            if block.bold:  # titles and captions: one row per line, merged over the table
                for line in block.lines:
                    cell = sheet.cell(row=row, column=1, value=line)
                    cell.font = Font(bold=True)
                    cell.alignment = Alignment(horizontal="center")
                    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
                    row += 1
            else:
                cell = sheet.cell(row=row, column=column, value="\n".join(block.lines))
                cell.alignment = Alignment(wrap_text=len(block.lines) > 1)
                row += 1
            row += 0 if block.keep_with_next else 1
            continue
        hidden = covered_positions(block)
        for r, cells in enumerate(block.rows, start=1):
            for c, text in enumerate(cells, start=1):
                if (r, c) in hidden or not text:
                    continue
                cell = sheet.cell(row=row + r - 1, column=c)
                percent = PERCENT_RE.fullmatch(text)
                if r in block.percent_rows and percent:
                    cell.value = int(percent.group(1)) / 100
                    cell.number_format = "0%"
                elif INT_RE.fullmatch(text):
                    cell.value = int(text)
                else:
                    cell.value = text
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        for r, c, rowspan, colspan in block.merges:
            sheet.merge_cells(
                start_row=row + r - 1,
                start_column=c,
                end_row=row + r + rowspan - 2,
                end_column=c + colspan - 1,
            )
        row += len(block.rows) + 1
    buffer = io.BytesIO()
    workbook.save(buffer)
    return normalise_zip(buffer.getvalue(), FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%SZ"))


# ---------------------------------------------------------------- .pdf


def render_pdf(doc_spec: Logical) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

    aligns = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
    cell_style = ParagraphStyle("cell", fontName="Helvetica", fontSize=7.5, leading=9)
    head_style = ParagraphStyle("head", parent=cell_style, fontName="Helvetica-Bold")
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=30,
        rightMargin=30,
        topMargin=30,
        bottomMargin=30,
        invariant=1,
        title=doc_spec.stem,
        author="renstra samples",
        creator="renstra samples",
    )
    story: list[object] = []
    for block in doc_spec.blocks:
        if isinstance(block, Para):
            style = ParagraphStyle(
                "p",
                parent=body,
                fontName="Helvetica-Bold" if block.bold else "Helvetica",
                alignment=aligns[block.align],
                spaceAfter=0,
            )
            story.extend(Paragraph(escape(line), style) for line in block.lines)
            story.append(Spacer(1, 7))
            continue
        story.extend(
            _pdf_tables(block, Table, Paragraph, PageBreak, cell_style, head_style, colors)
        )
        story.append(Spacer(1, 24))
    template.build(story)
    return buffer.getvalue()


def _pdf_tables(grid, table_cls, para_cls, page_break, cell_style, head_style, colors):  # noqa: ANN001, ANN202
    """One ruled or borderless table, split by hand so a page break falls where we want it."""
    hidden = covered_positions(grid)
    header = list(range(1, grid.header_rows + 1))
    data = list(range(grid.header_rows + 1, len(grid.rows) + 1))
    cut = grid.pdf_rows_on_first_page
    parts = [header + data] if cut is None else [header + data[:cut], header + data[cut:]]
    flowables: list[object] = []
    for i, part in enumerate(parts):
        rows = []
        for r in part:
            row = []
            for c, text in enumerate(grid.rows[r - 1], start=1):
                if (r, c) in hidden or not text:
                    row.append("")
                elif text.startswith("$"):  # a formula: one unwrapped line, as the seed has it
                    row.append(text)
                else:
                    style = head_style if r <= grid.header_rows else cell_style
                    row.append(para_cls(escape(text), style))
            rows.append(row)
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), "Helvetica", 6.5),
        ]
        if grid.ruled:
            commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        for r0, c0, rowspan, colspan in grid.merges:
            in_part = [part.index(r) for r in range(r0, r0 + rowspan) if r in part]
            if in_part and (len(in_part) > 1 or colspan > 1):
                commands.append(("SPAN", (c0 - 1, in_part[0]), (c0 + colspan - 2, in_part[-1])))
        flowables.append(table_cls(rows, colWidths=list(grid.pdf_widths), style=commands))
        if i < len(parts) - 1:
            flowables.append(page_break())
    return flowables


# ---------------------------------------------------------------- driver

RENDERERS = {"docx": render_docx, "xlsx": render_xlsx, "pdf": render_pdf}


def render_all(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for doc_spec in DOCUMENTS:
        for suffix, render in RENDERERS.items():
            path = out_dir / f"{doc_spec.stem}.{suffix}"
            path.write_bytes(render(doc_spec))
            written.append(path)
    return written


def seed_mismatches(doc_spec: Logical) -> list[str]:
    """Differences between a logical document and its seed .txt (markdown ** ignored)."""
    seed = (HERE / f"{doc_spec.stem}.txt").read_text(encoding="utf-8")
    seed_lines = [ln.replace("**", "") for ln in seed.splitlines() if ln.strip() and "\t" not in ln]
    seed_rows = [tuple(ln.split("\t")) for ln in seed.splitlines() if "\t" in ln]
    lines = [ln for b in doc_spec.blocks if isinstance(b, Para) for ln in b.lines]
    rows = [row for b in doc_spec.blocks if isinstance(b, Grid) for row in b.rows]
    problems = [
        f"line {a!r} != seed {b!r}" for a, b in zip(lines, seed_lines, strict=False) if a != b
    ]
    problems += [
        f"row {a!r} != seed {b!r}" for a, b in zip(rows, seed_rows, strict=False) if a != b
    ]
    if len(lines) != len(seed_lines) or len(rows) != len(seed_rows):
        problems.append(f"{doc_spec.stem}: line or row count differs from the seed")
    return problems


def extracted_text(path: Path) -> list[str]:
    from renstra.extract.intermediate import SourceFile
    from renstra.extract.readers import detect, docx, pdf, xlsx
    from renstra.schemas import Settings

    data = path.read_bytes()
    fmt = detect.detect_format(str(path), data)
    source = SourceFile(path=path.name, data=data, sha256="", format=fmt)
    reader = {"docx": docx.read, "pdf": pdf.read, "xlsx": xlsx.read}[fmt]
    raw = reader(source, Settings())
    text = [line.text for line in raw.lines]
    for table in raw.tables:
        text.extend("\t".join(cell.text for cell in row) for row in table.rows)
    return text


def check() -> int:
    problems = [p for doc_spec in DOCUMENTS for p in seed_mismatches(doc_spec)]
    with tempfile.TemporaryDirectory() as tmp:
        for fresh in render_all(Path(tmp)):
            committed = OUT_DIR / fresh.name
            if not committed.exists():
                problems.append(f"{committed} is missing")
            elif extracted_text(fresh) != extracted_text(committed):
                problems.append(f"{committed} is stale: run samples/render_formats.py")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    if args.check:
        return check()
    problems = [p for doc_spec in DOCUMENTS for p in seed_mismatches(doc_spec)]
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    for path in render_all(OUT_DIR):
        print(path.relative_to(HERE.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
