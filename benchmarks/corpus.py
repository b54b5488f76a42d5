"""Generate a deterministic corpus of varied text documents from the samples.

Each generated document takes one sample as its template (prose, table header, signature
block) and fills its table with row blocks drawn from every sample whose table has the
same shape, renumbered. The OPD, kecamatan and region names are renamed and the years
shifted, all per document from one seeded generator, so the same ``--seed`` always gives
the same files. Encoding, byte-order mark and line endings follow the template, so the
cp1252 and BOM decoding paths are exercised as in the samples.

    .venv/bin/python benchmarks/corpus.py --count 2000 --seed 20261124
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CORPUS = Path(__file__).resolve().parent / "corpus"
MANIFEST = ".manifest.json"  # hidden: `renstra extract` skips it
DEFAULT_COUNT = 2000
DEFAULT_SEED = 20261124
COPY_PASTE_SHARE = 0.1
"""Share of documents where one row block appears twice (a copy-paste defect)."""

# Names written in the samples, by kind; each is replaced by a name of the same kind.
SAMPLE_OPDS = [
    "Dinas Pendidikan dan Kebudayaan",
    "Dinas Sosial",
    "Dinas Kesehatan",
    "Dinas Pariwisata, Pemuda dan Olahraga",
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah",
    "Kantor Arsip dan Perpustakaan Daerah",
    "Sekretariat Daerah",
]
SAMPLE_KECAMATAN = ["Metro Timur", "Metro Utara", "Sukamaju Barat"]
SAMPLE_REGIONS = ["Tanah Datar Baru", "Tanjung Harapan", "Sukamaju", "Mekarsari", "Metro"]

OPDS = [
    "Dinas Perhubungan",
    "Dinas Lingkungan Hidup",
    "Dinas Ketahanan Pangan",
    "Dinas Komunikasi dan Informatika",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Perindustrian dan Perdagangan",
    "Dinas Koperasi, Usaha Kecil dan Menengah",
    "Dinas Tenaga Kerja dan Transmigrasi",
    "Dinas Pertanian dan Perkebunan",
    "Dinas Perikanan",
    "Dinas Perumahan Rakyat dan Kawasan Permukiman",
    "Dinas Pemberdayaan Masyarakat dan Desa",
    "Dinas Pengendalian Penduduk dan Keluarga Berencana",
    "Dinas Perpustakaan dan Kearsipan",
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "Badan Pengelolaan Keuangan dan Aset Daerah",
    "Badan Pendapatan Daerah",
    "Badan Penanggulangan Bencana Daerah",
    "Badan Kesatuan Bangsa dan Politik",
    "Satuan Polisi Pamong Praja",
    "Inspektorat Daerah",
    "Sekretariat DPRD",
    "Rumah Sakit Umum Daerah",
]
KECAMATAN = [
    "Sukajadi", "Cibeureum Hilir", "Pasir Panjang", "Bukit Raya", "Tanjung Sari", "Lubuk Alung",
    "Batang Kapas", "Koto Baru", "Sungai Tarab", "Mandau", "Rambah Hilir", "Kota Tengah",
    "Padang Utara", "Telaga Biru", "Sidomulyo",
]  # fmt: skip
REGIONS = [
    "Lima Puluh Koto", "Padang Lawas", "Pesisir Selatan", "Bukit Tinggi Raya", "Sungai Penuh",
    "Tebing Tinggi", "Pematang Siantar", "Kepulauan Meranti", "Lampung Barat", "Tulang Bawang",
    "Way Kanan", "Banyuasin", "Ogan Ilir", "Musi Rawas", "Sijunjung", "Dharmasraya",
    "Pasaman Barat", "Kerinci", "Bungo", "Tanjung Jabung Timur",
]  # fmt: skip

_NAMES = re.compile(
    "|".join(
        re.escape(name)
        for name in sorted(SAMPLE_OPDS + SAMPLE_KECAMATAN + SAMPLE_REGIONS, key=len, reverse=True)
    ),
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b20[0-3]\d\b")
_NUMBER_CELL = re.compile(r"^\(?\d+\.?\)?$")
_DIGITS = re.compile(r"\d+")
_LETTERS = re.compile(r"[^\W\d_]{3}")
_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}")
_OPD_KEYS = {name.lower(): "opd" for name in SAMPLE_OPDS}
_KEC_KEYS = {name.lower(): "kecamatan" for name in SAMPLE_KECAMATAN}


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    suffix: str
    encoding: str
    newline: str
    before: list[str]
    header: list[str]
    blocks: list[list[str]]
    after: list[str]
    kind: str
    """tab or pipe."""
    shape: tuple[object, ...]
    """Tables with the same shape exchange row blocks."""


def load_templates(folder: Path = SAMPLES) -> list[Template]:
    """Every text sample with one table; samples without a table are skipped."""
    templates = []
    for path in sorted([*folder.glob("*.txt"), *folder.glob("*.md")]):
        template = _template(path)
        if template is not None:
            templates.append(template)
    return templates


def _template(path: Path) -> Template | None:
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = data[3:].decode("utf-8"), "utf-8-sig"
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = data.decode("cp1252"), "cp1252"
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.replace("\r\n", "\n").split("\n")
    table = [i for i, line in enumerate(lines) if _row_kind(line)]
    if not table:
        return None
    start, end = table[0], table[0]
    while end < len(lines) and _row_kind(lines[end]):
        end += 1
    kind = _row_kind(lines[start])
    assert kind is not None
    rows = lines[start:end]
    head = 1
    while head < len(rows) and not _LETTERS.search(rows[head]):
        head += 1
    blocks: list[list[str]] = []
    for row in rows[head:]:
        cells = _cells(row, kind)
        if not blocks or (len(cells) > 1 and cells[0] and cells[1]):
            blocks.append([row])
        else:
            blocks[-1].append(row)
    header_words = tuple(
        cell.split()[0].strip(".").lower() for cell in _cells(rows[0], kind) if cell
    )[:4]
    width = max(len(_cells(row, kind)) for row in rows[head:]) if rows[head:] else 0
    return Template(
        name=path.stem,
        suffix=path.suffix,
        encoding=encoding,
        newline=newline,
        before=lines[:start],
        header=rows[:head],
        blocks=blocks,
        after=lines[end:],
        kind=kind,
        shape=(kind, width, header_words),
    )


def _row_kind(line: str) -> str | None:
    if "\t" in line:
        return "tab"
    stripped = line.strip()
    return "pipe" if stripped.startswith("|") and stripped.count("|") >= 2 else None


def _cells(line: str, kind: str) -> list[str]:
    if kind == "tab":
        return [cell.strip() for cell in line.split("\t")]
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def generate(count: int, seed: int, templates: list[Template]) -> list[tuple[str, bytes]]:
    """``count`` (file name, bytes) pairs; the same arguments always give the same output,
    and the first ``n`` pairs are those of ``generate(n, seed, templates)``."""
    rng = random.Random(seed)
    pools: dict[tuple[object, ...], list[list[str]]] = {}
    for template in templates:
        pools.setdefault(template.shape, []).extend(template.blocks)
    documents = []
    for number in range(count):
        template = rng.choice(templates)
        text = _document(template, pools[template.shape], rng)
        name = f"doc_{number:05d}_{template.name}{template.suffix}"
        data = text.replace("\n", template.newline).encode(
            "utf-8" if template.encoding == "utf-8-sig" else template.encoding, errors="replace"
        )
        if template.encoding == "utf-8-sig":
            data = b"\xef\xbb\xbf" + data
        documents.append((name, data))
    return documents


def _document(template: Template, pool: list[list[str]], rng: random.Random) -> str:
    high = min(len(pool), len(template.blocks) + 2)
    blocks = rng.sample(pool, rng.randint(max(1, len(template.blocks) - 2), high))
    if rng.random() < COPY_PASTE_SHARE:
        blocks.append(rng.choice(blocks))
    body = _renumber([row for block in blocks for row in block], template.kind)
    if template.kind == "pipe":
        # A markdown table keeps its separator line right under its first header row.
        body = [row for row in body if not _PIPE_SEPARATOR.match(row.strip())]
    text = "\n".join([*template.before, *template.header, *body, *template.after])
    names = {
        "opd": rng.choice(OPDS),
        "kecamatan": rng.choice(KECAMATAN),
        "region": rng.choice(REGIONS),
    }
    shift = rng.randint(-6, 4)

    def rename(match: re.Match[str]) -> str:
        found = match.group(0)
        key = found.lower()
        new = names[_OPD_KEYS.get(key) or _KEC_KEYS.get(key) or "region"]
        return new.upper() if found.isupper() else new

    text = _NAMES.sub(rename, text)
    return _YEAR.sub(lambda m: str(int(m.group(0)) + shift), text)


def _renumber(rows: list[str], kind: str) -> list[str]:
    out = []
    counter = 0
    for row in rows:
        cells = row.split("\t") if kind == "tab" else row.split("|")
        first = 0 if kind == "tab" else 1
        if len(cells) > first and _NUMBER_CELL.match(cells[first].strip()):
            counter += 1
            cells[first] = _DIGITS.sub(str(counter), cells[first], count=1)
            row = ("\t" if kind == "tab" else "|").join(cells)
        out.append(row)
    return out


def write_corpus(
    count: int = DEFAULT_COUNT, seed: int = DEFAULT_SEED, out: Path = CORPUS
) -> list[Path]:
    """Replace the generated files in ``out`` (files this script did not write are kept)."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("doc_*"):
        old.unlink()
    paths = []
    for name, data in generate(count, seed, load_templates()):
        path = out / name
        path.write_bytes(data)
        paths.append(path)
    manifest = {
        "count": count,
        "seed": seed,
        "samples": samples_fingerprint(),
        "files": [p.name for p in paths],
    }
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return paths


def samples_fingerprint(folder: Path = SAMPLES) -> str:
    """Changes when a sample does, so a stale corpus is regenerated."""
    digest = hashlib.sha256()
    for path in sorted([*folder.glob("*.txt"), *folder.glob("*.md")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def corpus_paths(count: int, seed: int = DEFAULT_SEED, out: Path = CORPUS) -> list[Path]:
    """The corpus for (count, seed), generated first when missing, stale or made otherwise.

    A larger corpus of the same seed and samples serves a smaller count unchanged: documents
    are drawn one after another from one seeded generator, so its first ``count`` files are
    exactly that corpus (a 1,000-document run does not shrink the 2,000 files on disk).
    """
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    wanted = {"seed": seed, "samples": samples_fingerprint()}
    same = all(manifest.get(key) == value for key, value in wanted.items())
    if same and manifest.get("count", 0) >= count:
        paths = [out / name for name in manifest["files"][:count]]
        if all(p.is_file() for p in paths):
            return paths
    return write_corpus(count, seed, out)


def distinct_copy(source: Path, target: Path, number: int) -> None:
    """Copy ``source`` to ``target`` with bytes no other copy has, the document unchanged.

    renstra reads identical files once (extract/copies.py), so a benchmark of N copies of one
    sample would time one file and N hashes. Each copy is marked where no reader looks:
    trailing spaces on a text file's last line, the archive comment of a .docx/.xlsx, a
    comment line after a PDF's %%EOF.
    """
    import shutil
    import zipfile

    suffix = source.suffix.lower()
    mark = f"renstra benchmark copy {number}"
    if suffix in (".docx", ".xlsx"):
        shutil.copyfile(source, target)
        with zipfile.ZipFile(target, "a") as archive:
            archive.comment = mark.encode()
    elif suffix == ".pdf":
        target.write_bytes(source.read_bytes() + f"\n%{mark}\n".encode())
    else:
        target.write_bytes(source.read_bytes() + b" " * (number + 1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="documents to write")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=CORPUS, help="folder (default: %(default)s)")
    args = parser.parse_args(argv)
    templates = load_templates()
    paths = write_corpus(args.count, args.seed, args.out)
    size = sum(p.stat().st_size for p in paths)
    shapes = len({t.shape for t in templates})
    print(
        f"wrote {len(paths)} documents ({size / 1024:.0f} KiB, mean {size / max(1, len(paths)):.0f}"
        f" bytes) from {len(templates)} templates in {shapes} table shapes to {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
