from __future__ import annotations

from pathlib import Path

import pytest
from renstra.extract.parsers.signature import find_signatories, find_signatory
from renstra.schemas import Signatory, SourceLocation

from .lines import lines_of, sample_lines


def test_renstra_seed_has_no_signatory() -> None:
    assert find_signatory(sample_lines("renstra_metro_timur.txt")) is None


def test_iku_seed_signatory() -> None:
    assert find_signatory(sample_lines("iku_metro_utara.txt")) == Signatory(
        place="Banjarsari",
        date="April 2021",
        date_iso="2021-04",
        position="CAMAT METRO UTARA",
        name="USMAN AMADIN, SE. MM.",
        rank=None,
        nip="196307261992031004",
        nip_raw="19630726 199203 1 004",
        location=SourceLocation(line=32),
    )


def test_full_block_with_two_line_position_and_rank() -> None:
    lines = lines_of(
        "Demikian rencana ini disusun untuk dapat dipergunakan sebagaimana mestinya.",
        "",
        "Metro, 12 Januari 2022",
        "KEPALA DINAS PENDIDIKAN",
        "KOTA METRO,",
        "",
        "",
        "Drs. H. BUDI SANTOSO, M.Pd.",
        "Pembina Utama Muda",
        "NIP : 19650101 199003 1 002",
    )
    assert find_signatory(lines) == Signatory(
        place="Metro",
        date="12 Januari 2022",
        date_iso="2022-01-12",
        position="KEPALA DINAS PENDIDIKAN KOTA METRO",
        name="Drs. H. BUDI SANTOSO, M.Pd.",
        rank="Pembina Utama Muda",
        nip="196501011990031002",
        nip_raw="19650101 199003 1 002",
        location=SourceLocation(line=10),
    )


@pytest.mark.parametrize(
    ("texts", "fields"),
    [
        (
            [
                "Metro,   2021",
                "Plt. CAMAT METRO PUSAT,",
                "",
                "SITI AMINAH, S.Sos",
                "NIP.196307261992031004",
            ],
            {
                "place": "Metro",
                "date": "2021",
                "date_iso": None,
                "position": "Plt. CAMAT METRO PUSAT",
                "name": "SITI AMINAH, S.Sos",
                "nip": "196307261992031004",
                "nip_raw": "196307261992031004",
            },
        ),
        (
            [
                "Bandar Lampung, 5 mei 2021",
                "Plh. KEPALA BADAN,",
                "BUDI",
                "Penata (III/c)",
                "NIP. 19800101.200501.1.001",
            ],
            {
                "place": "Bandar Lampung",
                "date": "5 mei 2021",
                "date_iso": "2021-05-05",
                "position": "Plh. KEPALA BADAN",
                "name": "BUDI",
                "rank": "Penata (III/c)",
                "nip": "198001012005011001",
                "nip_raw": "19800101.200501.1.001",
            },
        ),
        (
            [
                "Metro, 31 Februari 2021",
                "CAMAT,",
                "ANI",
                "Pembina Tk. I",
                "NIP. 19630726 199203 1 004",
            ],
            {"date": "31 Februari 2021", "date_iso": None, "rank": "Pembina Tk. I", "name": "ANI"},
        ),
        (
            ["Metro, 01-02-2022", "CAMAT,", "ANI", "NIP. 19630726 199203 1 004"],
            {"date": "01-02-2022", "date_iso": "2022-02-01"},
        ),
        (
            ["Metro, Nopember 2020", "CAMAT,", "ttd", "ANI", "NIP. 010123456"],
            {"date_iso": "2020-11", "name": "ANI", "nip": "010123456", "position": "CAMAT"},
        ),
        (
            ["CAMAT METRO UTARA,", "", "USMAN AMADIN, SE. MM.", "NIP. 19630726 199203 1 004"],
            {
                "place": None,
                "date": None,
                "position": "CAMAT METRO UTARA",
                "name": "USMAN AMADIN, SE. MM.",
            },
        ),
        (
            ["Metro, 5 Mei 2021", "CAMAT METRO UTARA,", "", "BUDI", "NIP. -"],
            {"name": "BUDI", "nip": None, "nip_raw": None, "location": SourceLocation(line=5)},
        ),
        (
            ["Metro, 5 Mei 2021", "CAMAT METRO UTARA,", "", "BUDI"],
            {
                "position": "CAMAT METRO UTARA",
                "name": "BUDI",
                "nip": None,
                "location": SourceLocation(line=1),
            },
        ),
    ],
)
def test_find_signatory_fields(texts: list[str], fields: dict[str, object]) -> None:
    found = find_signatory(lines_of(*texts))
    assert found is not None
    for field, value in fields.items():
        assert getattr(found, field) == value, field


def test_a_long_block_keeps_its_date() -> None:
    lines = lines_of(
        "Metro, 2 Januari 2021",
        "Mengetahui,",
        "a.n. WALIKOTA METRO",
        "SEKRETARIS DAERAH",
        "u.b. ASISTEN PEMERINTAHAN,",
        "ttd",
        "ANI",
        "Pembina Utama Muda",
        "NIP. 19630726 199203 1 004",
    )
    found = find_signatory(lines)
    assert found is not None
    assert found.date_iso == "2021-01-02"
    assert found.position == "a.n. WALIKOTA METRO SEKRETARIS DAERAH u.b. ASISTEN PEMERINTAHAN"
    assert (found.name, found.rank) == ("ANI", "Pembina Utama Muda")


def test_the_last_block_is_taken() -> None:
    lines = lines_of(
        "Metro, 2 Januari 2021", "CAMAT,", "ANI", "NIP. 19630726 199203 1 004",
        "", "Metro, 3 Januari 2022", "CAMAT,", "BUDI", "NIP. 19650101 199003 1 002",
    )  # fmt: skip
    found = find_signatory(lines)
    assert found is not None
    assert (found.name, found.date_iso, found.nip) == ("BUDI", "2022-01-03", "196501011990031002")


@pytest.mark.parametrize(
    "texts",
    [
        [],
        [
            "Tujuan dan Sasaran Jangka Menengah Kecamatan Metro Timur",
            "",
            "1. Mewujudkan tata kelola",
        ],
        ["Sesuai Perwali Metro, maka kegiatan 2021 dilaksanakan"],
        ["NIP pegawai dicatat dalam aplikasi kepegawaian yang dikelola oleh BKPSDM"],
        ["metro, 2021"],
    ],
)
def test_no_signature_block(texts: list[str]) -> None:
    assert find_signatory(lines_of(*texts)) is None


def test_two_signatories_side_by_side_in_a_table(tmp_path: Path) -> None:
    from docx import Document as Word
    from renstra.extract.pipeline import extract_document

    word = Word()
    word.add_paragraph("INDIKATOR KINERJA UTAMA DINAS SOSIAL KOTA SUKAMAJU TAHUN 2021-2026")
    table = word.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.text = (
        "Mengetahui,\nSEKRETARIS DAERAH,\n\nDrs. AHMAD YANI, M.Si\nNIP. 19650101 199003 1 002"
    )
    right.text = (
        "Sukamaju, Januari 2022\nKEPALA DINAS SOSIAL,\n\nSITI AMINAH, S.Sos\n"
        "NIP. 19700202 199503 2 001"
    )
    path = tmp_path / "ttd.docx"
    word.save(str(path))
    document = extract_document(str(path))
    assert document.signatory is not None and document.acknowledged_by is not None
    assert (document.signatory.name, document.signatory.position, document.signatory.nip) == (
        "SITI AMINAH, S.Sos", "KEPALA DINAS SOSIAL", "197002021995032001",
    )  # fmt: skip
    assert (document.acknowledged_by.name, document.acknowledged_by.position) == (
        "Drs. AHMAD YANI, M.Si", "SEKRETARIS DAERAH",
    )  # fmt: skip


def test_a_superior_without_a_nip_under_pihak_kedua() -> None:
    left = lines_of("PIHAK KEDUA", "BUPATI PRINGSEWU", "", "RIYANTO PAMUNGKAS")
    right = lines_of("PIHAK KESATU", "KEPALA DINAS KOMINFO", "", "MOUDY ARY NAZOLLA, S.STP., MH",
                     "NIP. 19840819 200212 1 001")  # fmt: skip
    author, superior = find_signatories([[], left, right])
    assert author is not None and superior is not None
    assert (author.name, author.position) == (
        "MOUDY ARY NAZOLLA, S.STP., MH",
        "KEPALA DINAS KOMINFO",
    )
    assert (superior.name, superior.position, superior.nip) == (
        "RIYANTO PAMUNGKAS", "BUPATI PRINGSEWU", None,
    )  # fmt: skip


def test_pk_parties_one_below_the_other_are_two_blocks() -> None:
    """A PK's two signatures as a text export writes them: PIHAK KEDUA (the Bupati, no NIP)
    above PIHAK KESATU (the author, with NIP); the same pair signed the first page too."""
    lines = lines_of(
        "PIHAK KEDUA", "BUPATI PRINGSEWU", "RIYANTO PAMUNGKAS",
        "PIHAK KESATU", "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", "MOUDY ARY NAZOLLA, S.STP., MH",
        "Pembina Tk. I", "NIP. 19840819 200212 1 001",
        "PERJANJIAN KINERJA TAHUN 2025",
        "PIHAK KEDUA", "BUPATI PRINGSEWU", "", "RIYANTO PAMUNGKAS",
        "PIHAK KESATU", "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", "",
        "MOUDY ARY NAZOLLA, S.STP., MH", "Pembina Tk. I", "NIP. 19840819 200212 1 001",
    )  # fmt: skip
    author, superior = find_signatories([lines])
    assert author is not None and superior is not None
    assert (author.name, author.position, author.nip) == (
        "MOUDY ARY NAZOLLA, S.STP., MH", "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA",
        "198408192002121001",
    )  # fmt: skip
    assert (superior.name, superior.position, superior.nip) == (
        "RIYANTO PAMUNGKAS", "BUPATI PRINGSEWU", None,
    )  # fmt: skip


def test_a_party_block_with_its_position_only_and_a_rule_after_it() -> None:
    lines = lines_of(
        "PIHAK KEDUA,", "Bupati Pringsewu", "**RIYANTO PAMUNGKAS**", "",
        "PIHAK KESATU,", "Camat Pagelaran Utara", "---", "#### PERJANJIAN KINERJA TAHUN 2026",
    )  # fmt: skip
    author, superior = find_signatories([lines])
    assert author is not None and (author.name, author.position) == (None, "Camat Pagelaran Utara")
    assert superior is not None
    assert (superior.name, superior.position) == ("RIYANTO PAMUNGKAS", "Bupati Pringsewu")
