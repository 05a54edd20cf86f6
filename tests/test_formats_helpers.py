"""Fixture builders shared by the format and capture tests (no tests here).

Every fixture is generated in code: fictional companies and people, real places."""

from __future__ import annotations

import gzip
import io
import json
import tarfile
import zipfile
from datetime import UTC, datetime

ARTICLE_PARAS = (
    "About forty workers at a seafood plant run by the fictional Haebit Marine Foods in Dandong were not "
    "allowed to leave the compound, a source in the city told the newspaper on Monday.",
    "\u201cThey work from six in the morning until late at night and the managers keep their passports,\u201d "
    "the source said, asking not to be named because of the sensitivity of the matter.",
    "Haebit Marine Foods denied the allegations in a written statement, saying all employees were paid "
    "in full each month and were free to go home.",
)

MENU_WORDS = ("Home", "World", "Sport", "Weather")
AD_TEXT = "Cheap flights to anywhere, book now and save big"
COMMENT_TEXT = "Reader99 wrote that this is outrageous and terrible"
FOOTER_TEXT = "All rights reserved by Northern Ledger Media Group"


def article_html(paras: tuple[str, ...] = ARTICLE_PARAS, *, title: str = "Workers held at Dandong seafood plant",
                 charset: str | None = "utf-8", lang: str = "en") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    meta_charset = f'<meta charset="{charset}">' if charset else ""
    menu = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in MENU_WORDS)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head>{meta_charset}
<title>{title} | The Northern Ledger</title>
<meta property="og:site_name" content="The Northern Ledger">
<meta name="author" content="Mira Solberg">
<meta property="article:published_time" content="2024-03-05T08:00:00Z">
</head><body>
<header><nav><ul>{menu}</ul></nav></header>
<div class="advert" id="ad-top"><p>{AD_TEXT}!</p></div>
<main><article><h1>{title}</h1>
{body}
</article></main>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>{COMMENT_TEXT}!</p></div></section>
<footer><p>Copyright 2024. {FOOTER_TEXT}.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>"""


def make_pdf(paragraphs: tuple[str, ...] = ARTICLE_PARAS, *, title: str = "Field report") -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title(title)
    pdf.set_author("Lena Vogt")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for para in paragraphs:
        safe = para.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
        pdf.multi_cell(0, 6, safe)
        pdf.ln(4)
    return bytes(pdf.output())


def blank_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 50, 50)
    return bytes(pdf.output())


def encrypted_pdf(password: str = "s3cret") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(make_pdf())).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Border Labour Watch</title><link>https://watch.example.org/</link>
<description>Reports</description><language>en-gb</language>
<item><title>Workers confined in Hunchun</title><link>https://watch.example.org/a/1</link>
<guid>https://watch.example.org/a/1</guid><pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate>
<description><![CDATA[<p>Workers at the fictional Tumen River Garments factory in Hunchun said they could not leave.</p>
<p>A manager denied this.</p>]]></description></item>
<item><title>Wages withheld in Vladivostok</title><link>https://watch.example.org/a/2</link>
<pubDate>Wed, 06 Mar 2024 09:30:00 GMT</pubDate>
<description>Builders for the fictional Amur Stroy company in Vladivostok said wages were withheld.</description>
</item></channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Gulf Worker Notes</title>
<id>urn:uuid:feed-1</id><updated>2024-04-02T10:00:00Z</updated>
<entry><title>Dormitory checks in Doha</title><id>urn:uuid:entry-1</id>
<link href="https://notes.example.net/doha-dorms"/><updated>2024-04-02T10:00:00Z</updated>
<published>2024-04-01T07:15:00Z</published><author><name>Omar Haddad</name></author>
<content type="html">&lt;p&gt;Inspectors visited dormitories of the fictional Pearl Coast Builders in Doha.&lt;/p&gt;
&lt;p&gt;Twelve men shared one room.&lt;/p&gt;</content></entry>
</feed>"""


def warc_bytes(records: list[tuple[str, str, bytes]], *, gz: bool) -> bytes:
    """A WARC file with one response record per (uri, content type, payload)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
    for i, (uri, ctype, payload) in enumerate(records):
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(payload), http_headers=headers,
            warc_headers_dict={"WARC-Date": f"2024-05-0{i + 1}T12:00:00Z"},
        )
        writer.write_record(record)
    return out.getvalue()


def arc_bytes(records: list[tuple[str, str, bytes]]) -> bytes:
    """A hand-built ARC (version 1) file; warcio reads ARC but does not write it."""
    stamp = "20240501120000"
    desc_body = b"1 0 Tests\nURL IP-address Archive-date Content-type Archive-length\n"
    out = [f"filedesc://test.arc 0.0.0.0 {stamp} text/plain {len(desc_body)}\n".encode() + desc_body + b"\n"]
    for uri, ctype, payload in records:
        http = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\n\r\n".encode() + payload
        out.append(f"{uri} 192.0.2.1 {stamp} {ctype} {len(http)}\n".encode() + http + b"\n")
    return b"".join(out)


def zip_bytes(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def tar_bytes(members: dict[str, bytes], mode: str = "w:gz") -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode=mode) as archive:  # type: ignore[call-overload]
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = int(datetime(2024, 1, 1, tzinfo=UTC).timestamp())
            archive.addfile(info, io.BytesIO(data))
    return out.getvalue()


def zip_bomb(expanded: int = 600 * 1024 * 1024) -> bytes:
    """A zip whose one member expands to ``expanded`` bytes of zeros."""
    out = io.BytesIO()
    chunk = b"\0" * (4 * 1024 * 1024)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("zeros.txt", "w", force_zip64=True) as member:
            written = 0
            while written < expanded:
                member.write(chunk)
                written += len(chunk)
    return out.getvalue()


def jsonl_bytes(rows: list[dict[str, object]]) -> bytes:
    return b"\n".join(json.dumps(r, ensure_ascii=False).encode("utf-8") for r in rows) + b"\n"


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)
