"""The CSV file of a bulk import as Kurzdraht reads it: the columns by their English or German names,
the delimiter from the header row, each row with the line it starts on, and the cells' values (dates,
times, account names, image paths). Bytes that are not UTF-8 are kept (surrogateescape) so that the row
holding them can be named and refused.

Cells are safe to open in Excel or LibreOffice: a cell that starts with = + - @, a tab or a carriage
return would be run as a formula there (formula injection, e.g. a comment's text reading
`=HYPERLINK(…)`), so an export puts an apostrophe before it, as OWASP advises; spreadsheets show such a
cell as text. On import a leading apostrophe is taken off again, so a cell that really starts with one
is exported with two. A marked cell is read exactly as written (not trimmed), so every text, with
spaces around it or carriage returns in it, imports again unchanged."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from desktop.i18n import translate

# Each column with the (English, German) header an export writes; state and links are only read back
# to recognise posts that already went out.
HEADERS = {
    "date": ("date", "Datum"),
    "time": ("time", "Uhrzeit"),
    "accounts": ("accounts", "Konten"),
    "text": ("text", "Text"),
    "image": ("image", "Bild"),
    "alt_text": ("alt text", "Alternativtext"),
    "state": ("state", "Status"),
    "links": ("links", "Links"),
}
ALIASES = {
    "zeit": "time",
    "account": "accounts",
    "konto": "accounts",
    "images": "image",
    "bilder": "image",
    "alt": "alt_text",
    "bildbeschreibung": "alt_text",
    "beschreibung": "alt_text",
}
REQUIRED = ("date", "time", "accounts", "text")
DELIMITERS = (";", ",", "\t")
UNDECODABLE = re.compile("[\udc80-\udcff]")  # bytes that were not UTF-8, kept by surrogateescape


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"


def safe_cell(text: str) -> str:
    """A cell as an export writes it: marked as text where a spreadsheet would run it as a formula, or
    where reading it back (trimmed, line breaks as LF) would change it."""
    if text.startswith(FORMULA_STARTS + (TEXT_MARK,)) or text != text.strip() or "\r" in text:
        return TEXT_MARK + text
    return text


def cell_value(cell: str) -> str:
    """What a cell holds: a marked cell exactly as written after its mark; any other trimmed, with its line
    breaks as LF (Excel writes a line break inside a cell as LF; a file edited elsewhere may have CRLF)."""
    if cell.startswith(TEXT_MARK):
        return cell[len(TEXT_MARK) :]
    return cell.replace("\r\n", "\n").replace("\r", "\n").strip()


def write_table(header: list[str], rows: Iterable[list[str]]) -> bytes:
    """A CSV file as Excel opens it (UTF-8 with BOM, `;`, CRLF), every cell through `safe_cell`."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def line_message(line: int, text: str) -> str:
    return translate("CsvImport", "line %1: %2").replace("%1", str(line)).replace("%2", text)


@dataclass(frozen=True)
class RawRow:
    line: int
    cells: dict[str, str]
    broken: bool  # held bytes that are not UTF-8
    extra: int  # cells beyond the header's


def _column(header: str) -> str | None:
    key = re.sub(r"[\W_]+", "", header.casefold())
    for column, names in HEADERS.items():
        if key in (re.sub(r"[\W_]+", "", n.casefold()) for n in names):
            return column
    return ALIASES.get(key)


def read_table(data: bytes) -> tuple[list[RawRow], list[str]]:
    """The rows with the line each starts on, and what is wrong with the file as a whole."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return [], [
            translate(
                "CsvImport",
                "This file is saved as “Unicode text” (UTF-16). Please save it as “CSV UTF-8” and choose it again.",
            )
        ]
    text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="surrogateescape")
    first = text.split("\n", 1)[0]
    delimiter = max(DELIMITERS, key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as error:
        return [], [line_message(1, str(error))]
    if not header or not any(h.strip() for h in header):
        return [], [
            translate(
                "CsvImport",
                "The file is empty. The first row names the columns: date, time, accounts, text, image, alt text.",
            )
        ]
    columns = [_column(h) for h in header]
    unknown = [h for h, c in zip(header, columns) if c is None and h.strip()]
    missing = [HEADERS[c][0] for c in REQUIRED if c not in columns]
    problems = []
    if unknown or missing:
        problems.append(
            translate(
                "CsvImport",
                "The first row must name the columns date, time, accounts and text "
                "(image and alt text may follow); it names: %1.",
            ).replace("%1", ", ".join(h.strip() or "–" for h in header))
        )
        return [], problems
    rows: list[RawRow] = []
    start = reader.line_num + 1
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                values = {c: v for c, v in zip(columns, cells) if c is not None}
                broken = any(UNDECODABLE.search(v) for v in cells)
                rows.append(RawRow(start, values, broken, max(0, len(cells) - len(header))))
            start = reader.line_num + 1
    except csv.Error as error:
        problems.append(line_message(start, str(error)))
    return rows, problems


def visible(text: str) -> str:
    """Text with its undecodable bytes shown as �, for showing a broken row."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def parse_date(text: str) -> date:
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            pass
    raise ValueError


def parse_time(text: str) -> time:
    for pattern in ("%H:%M", "%H:%M:%S"):
        try:
            return datetime.strptime(text, pattern).time()
        except ValueError:
            pass
    raise ValueError


def split_names(cell: str) -> list[str]:
    """Account names from one cell: split at `|`, or at `,` when there is no `|` (a name may hold a comma)."""
    parts = cell.split("|") if "|" in cell else cell.split(",")
    return list(dict.fromkeys(p.strip() for p in parts if p.strip()))


def split_images(cell: str, alt: str, folder: Path) -> list[tuple[Path, str]]:
    paths = [p.strip() for p in cell.split("|") if p.strip()]
    alts = [a.strip() for a in alt.split("|")] if len(paths) > 1 else [alt.strip()]
    alts += [""] * (len(paths) - len(alts))
    return [(folder / Path(p).expanduser(), a) for p, a in zip(paths, alts)]
