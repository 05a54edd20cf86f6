"""PDF text layer; encrypted, corrupt and image-only PDFs."""

from __future__ import annotations

import pytest

from labourlens.errors import Failed, Skipped
from labourlens.formats import pdf
from labourlens.model import ReadDoc, ReadOptions
from test_formats_helpers import ARTICLE_PARAS, blank_pdf, encrypted_pdf, make_pdf


def test_text_layer_is_read_with_paragraphs() -> None:
    docs = pdf.read(make_pdf(), ReadOptions())
    assert len(docs) == 1 and isinstance(docs[0], ReadDoc)
    doc = docs[0]
    assert doc.media_type == "application/pdf"
    assert "Haebit Marine Foods in Dandong were not allowed to leave the compound" in doc.text
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == len(ARTICLE_PARAS)
    assert paragraphs[2].startswith("Haebit Marine Foods denied")
    assert doc.title == "Field report"
    assert doc.author == "Lena Vogt"
    assert doc.extra["pages"] == 1


def test_encrypted_pdf_fails_with_advice() -> None:
    with pytest.raises(Failed, match="encrypted PDF"):
        pdf.read(encrypted_pdf(), ReadOptions())


def test_pdf_encrypted_with_empty_user_password_is_read() -> None:
    data = encrypted_pdf(password="")
    doc = pdf.read(data, ReadOptions())[0]
    assert isinstance(doc, ReadDoc) and "Dandong" in doc.text


@pytest.mark.parametrize("cut", [40, 300, 900])
def test_corrupt_pdf_fails(cut: int) -> None:
    with pytest.raises(Failed, match="corrupt PDF"):
        pdf.read(make_pdf()[:cut], ReadOptions())


def test_pdf_without_text_is_skipped_with_ocr_advice() -> None:
    with pytest.raises(Skipped, match="no extractable text.*OCR"):
        pdf.read(blank_pdf(), ReadOptions())


def test_reflow_joins_wrapped_lines_and_hyphens() -> None:
    page = "Workers at the plant said they were not allowed to leave the com-\npound at night and that\n" \
           "their wages were kept back.\n\nA second paragraph here."
    assert pdf.reflow(page) == ("Workers at the plant said they were not allowed to leave the compound at night "
                                "and that their wages were kept back.\n\nA second paragraph here.")


def test_sniff() -> None:
    assert pdf.sniff(make_pdf()) == 100
    assert pdf.sniff(b"<html>") == 0


def test_reflow_keeps_headings_and_short_title_lines_apart() -> None:
    line = "Workers at the plant said that they were kept inside the compound for"
    page = (f"Main title of the report\nSummary\n{line}\n{line}\n{line} months.\n"
            f"Methods\n{line}\n{line} weeks.")
    assert pdf.reflow(page).split("\n\n") == [
        "Main title of the report", "Summary", f"{line} {line} {line} months.", "Methods", f"{line} {line} weeks.",
    ]
