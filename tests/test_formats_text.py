"""Plain text in common encodings: detected, never assumed to be UTF-8."""

from __future__ import annotations

import codecs

import pytest

from labourlens.errors import Skipped
from labourlens.formats import text
from labourlens.model import ReadDoc, ReadOptions

KOREAN = (
    "단둥의 한 수산물 가공 공장에서 일하는 노동자들은 하루 열여섯 시간 동안 일했다고 현지 소식통이 전했다. "
    "회사 측은 이러한 주장을 부인했다.\n노동자들의 여권은 관리자들이 보관하고 있는 것으로 알려졌다."
)
CHINESE = (
    "丹东一家海产品加工厂的工人每天工作十六个小时，当地消息人士透露。公司否认了这些说法。\n"
    "据报道，工人的护照由管理人员保管。"
)
ENGLISH_1252 = (
    "The workers\u2019 wages \u2013 about \u20ac300 a month \u2013 were \u201cwithheld\u201d by the "
    "caf\u00e9 owner in Doha, a na\u00efve observer said.\nSeveral left in March."
)


def read_one(data: bytes, **kw: str) -> ReadDoc:
    docs = text.read(data, ReadOptions(**kw))  # type: ignore[arg-type]
    assert len(docs) == 1 and isinstance(docs[0], ReadDoc)
    return docs[0]


@pytest.mark.parametrize(
    ("source", "data"),
    [
        (KOREAN, KOREAN.encode("utf-8")),
        (KOREAN, codecs.BOM_UTF8 + KOREAN.encode("utf-8")),
        (KOREAN, KOREAN.encode("utf-16")),  # native order with BOM
        (KOREAN, codecs.BOM_UTF16_LE + KOREAN.encode("utf-16-le")),
        (CHINESE, codecs.BOM_UTF16_BE + CHINESE.encode("utf-16-be")),
        (KOREAN, KOREAN.encode("euc-kr")),
        (CHINESE, CHINESE.encode("gb18030")),
        (ENGLISH_1252, ENGLISH_1252.encode("cp1252")),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-le-bom", "utf16-be-bom", "euc-kr", "gb18030", "cp1252"],
)
def test_encodings_are_detected(source: str, data: bytes) -> None:
    doc = read_one(data)
    assert doc.text == source
    assert "\ufeff" not in doc.text
    assert doc.media_type == "text/plain"


def test_detected_encoding_is_recorded() -> None:
    assert read_one(KOREAN.encode("euc-kr")).extra["encoding"] in {"euc_kr", "cp949", "euc-kr"}
    assert read_one(ENGLISH_1252.encode("cp1252")).extra["encoding"] == "cp1252"
    assert read_one(b"plain ascii words").extra["encoding"] == "utf-8"


def test_declared_charset_from_http_is_used_when_it_decodes() -> None:
    data = "Zahlungen f\u00fcr Arbeiter in Wladiwostok".encode("latin-1")
    assert read_one(data, content_type="text/plain; charset=ISO-8859-1").text.startswith("Zahlungen f\u00fcr")


def test_newlines_are_normalised_and_outer_space_stripped() -> None:
    doc = read_one(b"\r\n  Headline here\r\n\r\nFirst paragraph.\rSecond line.\r\n\r\n")
    assert doc.text == "Headline here\n\nFirst paragraph.\nSecond line."
    assert doc.title is None  # left to analysis: a first line is often an outlet name, not a headline


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", "\ufeff".encode()])
def test_empty_is_skipped(data: bytes) -> None:
    with pytest.raises(Skipped, match="empty"):
        text.read(data, ReadOptions())


def test_binary_is_skipped_as_unsupported() -> None:
    with pytest.raises(Skipped, match="unsupported type"):
        text.read(bytes(range(256)) * 4, ReadOptions())


def test_sniff_is_weak_evidence() -> None:
    assert 0 < text.sniff(b"hello") < 50
    assert text.sniff(codecs.BOM_UTF16_LE + "hi".encode("utf-16-le")) > 0
    assert text.sniff(b"\x00\x01\x02binary") == 0
