#!/usr/bin/env python3
"""Build the binary and generated sample files in ``samples/`` from the source texts
in ``samples/src/``.

Every output is reproducible: the same sources give the same bytes on every run
(fixed PDF creation date and producer, fixed WARC record ids and dates, fixed zip
member times and attributes, gzip without a time stamp). ``tests/test_samples.py``
checks this by building into a temporary folder and comparing with the committed
files.

Usage::

    python scripts/build_samples.py              # rewrite the generated files in samples/
    python scripts/build_samples.py --out DIR    # build into another folder
    python scripts/build_samples.py --check      # exit 1 if samples/ is out of date
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import uuid
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SRC = SAMPLES / "src"

# One fixed moment for everything that records a time, so the bytes never change.
BUILD_TIME = datetime(2025, 11, 15, 12, 0, 0, tzinfo=UTC)
ZIP_TIME = (2025, 11, 15, 12, 0, 0)
RECORD_NAMESPACE = uuid.UUID("6f1d0b0e-3c55-4d6e-9a53-0c5b7a1e2f10")


@dataclass(frozen=True)
class WarcPage:
    source: str  # file name in samples/src/warc/
    url: str
    date: str  # WARC-Date, ISO 8601 UTC


@dataclass(frozen=True)
class JsonlRecord:
    source: str  # file name in samples/src/jsonl/; .html goes in the "html" key, else "text"
    url: str
    title: str
    published: str
    outlet: str
    language: str


WARC_PAGES: tuple[WarcPage, ...] = (
    WarcPage("hunchun-seafood.html", "https://yaludispatch.example/2025/02/hunchun-squid-plant",
             "2025-02-27T03:14:07Z"),
    WarcPage("dubai-restaurant.html", "https://gulflabourdesk.example/uae/2025/09/dubai-restaurant-staff",
             "2025-09-04T11:02:45Z"),
)

JSONL_RECORDS: tuple[JsonlRecord, ...] = (
    JsonlRecord("lagos-construction.txt", "https://continentallabourdesk.example/2025/08/lagos-builders",
                "North Korean builders at Lagos housing estate work seven days a week, site engineer says",
                "2025-08-12", "Continental Labour Desk", "en"),
    JsonlRecord("shenyang-it-workers.html", "https://cyberlabourwatch.example/2025/07/shenyang-it-teams",
                "North Korean IT workers in Shenyang made to code through the night, source says",
                "2025-07-29", "Cyber Labour Watch", "en"),
    JsonlRecord("dandong-garment.txt", "https://nkbizmonitor.example/news/2025/10/dandong-flood-donation",
                "Dandong garment workers told to hand over 'flood donation' on top of party fees",
                "2025-10-21", "North Korea Business Monitor", "en"),
)


# ---------------------------------------------------------------- PDF


def build_pdf(source: str) -> bytes:
    """An NGO-style briefing paper. ``source`` uses a tiny markup: ``# `` title,
    ``@ `` a front-matter line, ``## `` a heading, blank lines between paragraphs.
    Text must be Latin-1 (the PDF core fonts)."""
    from fpdf import FPDF, FPDF_VERSION

    title = next((line[2:] for line in source.splitlines() if line.startswith("# ")), "Report")
    meta_lines = [line[2:] for line in source.splitlines() if line.startswith("@ ")]
    running_head = meta_lines[0] if meta_lines else title

    class Paper(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            if self.page_no() == 1:
                return
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 8, running_head, align="R", new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 10, f"Page {self.page_no()}", align="C")

    pdf = Paper(format="A4")
    pdf.set_creation_date(BUILD_TIME)
    # The layout engine's version is recorded: another fpdf2 may lay the same text out differently.
    pdf.set_producer(f"labourlens scripts/build_samples.py (fpdf2 {FPDF_VERSION})")
    pdf.set_creator("labourlens scripts/build_samples.py")
    pdf.set_title(title)
    pdf.set_author("Far East Labour Rights Observatory")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    for block in _blocks(source):
        if block.startswith("# "):
            pdf.set_font("Helvetica", "B", 18)
            pdf.multi_cell(0, 9, block[2:], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif block.startswith("@ "):
            pdf.set_font("Helvetica", "I", 10)
            pdf.multi_cell(0, 5, block[2:], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif block.startswith("## "):
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 7, block[3:], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 5.5, block, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
    return bytes(pdf.output())


def _blocks(source: str) -> list[str]:
    """Paragraphs joined into single lines; markup lines stay blocks of their own."""
    blocks: list[str] = []
    current: list[str] = []
    for line in source.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(("# ", "## ", "@ ")):
            if current:
                blocks.append(" ".join(current))
                current = []
            if stripped:
                blocks.append(stripped)
        else:
            current.append(stripped)
    if current:
        blocks.append(" ".join(current))
    return blocks


# ---------------------------------------------------------------- WARC


def _record_id(key: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(RECORD_NAMESPACE, key)}>"


def build_warc(pages: Sequence[tuple[WarcPage, bytes]]) -> bytes:
    """A gzipped WARC/1.0 file: a warcinfo record, then a request and a response
    record for each page (only the responses are documents)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    info = writer.create_warcinfo_record(
        "web-archive-2025.warc.gz",
        {"software": "labourlens scripts/build_samples.py", "description": "fictional sample pages"},
    )
    info.rec_headers.replace_header("WARC-Record-ID", _record_id("warcinfo"))
    info.rec_headers.replace_header("WARC-Date", BUILD_TIME.strftime("%Y-%m-%dT%H:%M:%SZ"))
    writer.write_record(info)
    for page, body in pages:
        host = page.url.split("/")[2]
        path = "/" + page.url.split("/", 3)[3]
        request_head = (
            f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: sample-crawler/1.0\r\n"
            "Accept: text/html\r\n\r\n"
        ).encode("ascii")
        request = writer.create_warc_record(
            page.url,
            "request",
            payload=io.BytesIO(request_head),
            warc_headers_dict={"WARC-Record-ID": _record_id("request " + page.url), "WARC-Date": page.date},
        )
        http_headers = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
            protocol="HTTP/1.1",
        )
        response = writer.create_warc_record(
            page.url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=http_headers,
            warc_headers_dict={"WARC-Record-ID": _record_id("response " + page.url), "WARC-Date": page.date},
        )
        writer.write_record(request)
        writer.write_record(response)
    return out.getvalue()


# ---------------------------------------------------------------- zip, JSON Lines, EUC-KR


def build_zip(members: Sequence[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compresslevel=9)
    return out.getvalue()


def build_jsonl(records: Sequence[tuple[JsonlRecord, str]]) -> bytes:
    lines = []
    for record, body in records:
        key = "html" if record.source.endswith(".html") else "text"
        row = {
            key: body,
            "url": record.url,
            "title": record.title,
            "published": record.published,
            "outlet": record.outlet,
            "language": record.language,
        }
        lines.append(json.dumps(row, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def build_euckr(text: str) -> bytes:
    """Korean text re-encoded as EUC-KR; fails loudly on a character EUC-KR lacks."""
    return text.encode("euc-kr")


# ---------------------------------------------------------------- driver


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def targets(src: Path = SRC) -> dict[str, Callable[[], bytes]]:
    """Output file name -> a function that builds its bytes from ``src``."""
    return {
        "ngo-report-nakhodka.pdf": lambda: build_pdf(_read(src / "ngo-report-nakhodka.txt")),
        "web-archive-2025.warc.gz": lambda: build_warc(
            [(page, (src / "warc" / page.source).read_bytes()) for page in WARC_PAGES]
        ),
        "northern-labour-notes.zip": lambda: build_zip(
            [(p.name, p.read_bytes()) for p in sorted((src / "zip").iterdir()) if p.is_file()]
        ),
        "newswire-export.jsonl": lambda: build_jsonl(
            [(record, _read(src / "jsonl" / record.source)) for record in JSONL_RECORDS]
        ),
        "ko-hunchun-euckr.txt": lambda: build_euckr(_read(src / "ko-hunchun-euckr.txt")),
    }


def build_all(out: Path, src: Path = SRC) -> list[Path]:
    """Build every generated sample into ``out``; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, build in targets(src).items():
        path = out / name
        path.write_bytes(build())
        written.append(path)
    return written


def stale(samples: Path = SAMPLES, src: Path = SRC) -> list[str]:
    """Names of generated samples whose committed bytes differ from a fresh build."""
    return [
        name
        for name, build in targets(src).items()
        if not (samples / name).is_file() or (samples / name).read_bytes() != build()
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=SAMPLES, help="folder to write into (default samples/)")
    parser.add_argument("--check", action="store_true", help="only check that samples/ is up to date")
    args = parser.parse_args(argv)
    if args.check:
        names = stale()
        for name in names:
            print(f"out of date: samples/{name} (run python scripts/build_samples.py)", file=sys.stderr)
        return 1 if names else 0
    for path in build_all(args.out):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
