"""PDF text layer with pypdf. Encrypted and corrupt files fail with a reason; a PDF
without a text layer (a scan) is skipped with advice to run OCR first."""

from __future__ import annotations

import io
import logging
import re
import statistics
from typing import Any

from labourlens.errors import Failed, Skipped
from labourlens.formats.base import ReadResult, guarded
from labourlens.model import ReadDoc, ReadOptions

NAME = "pdf"
VERSION = "1"
LIBRARY = "pypdf"
MEDIA_TYPES: tuple[str, ...] = ("application/pdf", "application/x-pdf")
EXTENSIONS: tuple[str, ...] = (".pdf",)
BINARY_ALLOWED = True

_END = re.compile(r"""[.!?:;"'\u201d\u2019)\]]$""")


def sniff(data: bytes) -> int:
    if data.startswith(b"%PDF-"):
        return 100
    return 90 if b"%PDF-" in data[:1024] else 0


def _heading(line: str, full: float) -> bool:
    return bool(line) and len(line) < 0.6 * full and line[:1].isupper() and not _END.search(line)


def _ends_paragraph(line: str, following: str, full: float) -> bool:
    if len(line) < 0.6 * full:
        return True
    if _END.search(line) and (len(line) < 0.85 * full or _heading(following, full)):
        return True
    starts_new = following[:1].isupper() or following[:1] in "\"\u201c'(0123456789"
    return len(line) < 0.8 * full and starts_new and not line.endswith((",", "-", "and", "or", "of", "the"))


def reflow(page_text: str) -> str:
    """Join the visual lines of a page back into paragraphs. A line ends a paragraph
    when it is blank, short (a heading or a paragraph's last line) or ends like a
    sentence well before the right margin; hyphenated line breaks are joined."""
    lines = [" ".join(line.split()) for line in page_text.splitlines()]
    widths = [len(line) for line in lines if line]
    if not widths:
        return ""
    full = statistics.median(widths)
    paragraphs: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if current.endswith("-") and line[:1].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}" if current else line
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if _ends_paragraph(line, following, full):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def _date(value: Any) -> str | None:
    match = re.match(r"D:(\d{4})(\d{2})?(\d{2})?", str(value or ""))
    if not match:
        return None
    return "-".join(part for part in match.groups() if part)


@guarded("the PDF")
def read(data: bytes, options: ReadOptions) -> ReadResult:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
    except PdfReadError as exc:
        raise Failed(f"corrupt PDF: {' '.join(str(exc).split())[:120]}; re-download or re-export the file") from None
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types on damaged files
        raise Failed(f"corrupt PDF ({type(exc).__name__}); re-download or re-export the file") from None
    if reader.is_encrypted:
        try:
            opened = bool(reader.decrypt(""))
        except Exception:  # noqa: BLE001 - missing crypto backends, unknown handlers
            opened = False
        if not opened:
            raise Failed("encrypted PDF: it needs a password; decrypt it (e.g. qpdf --decrypt) and ingest again")
    try:
        pages = [reflow(page.extract_text() or "") for page in reader.pages]
    except Exception as exc:  # noqa: BLE001
        raise Failed(f"corrupt PDF: cannot read its pages ({type(exc).__name__}); "
                     "re-download or re-export the file") from None
    text = "\n\n".join(page for page in pages if page.strip())
    if not text.strip():
        raise Skipped("no extractable text: the PDF has no text layer (scanned?); run OCR first")
    info: dict[str, Any] = {}
    try:
        meta: Any = reader.metadata or {}
        info = {"title": meta.get("/Title"), "author": meta.get("/Author"), "created": meta.get("/CreationDate")}
    except Exception:  # noqa: BLE001 - broken info dictionaries are common; the text still counts
        info = {}
    doc = ReadDoc(
        text=text,
        media_type="application/pdf",
        title=str(info["title"]).strip() or None if info.get("title") else None,
        author=str(info["author"]).strip() or None if info.get("author") else None,
        extra={"pages": len(pages), "pdf_created": _date(info.get("created"))},
    )
    return [doc]
