"""RSS 2.0 and Atom feeds: each entry one document with its own bytes."""

from __future__ import annotations

import hashlib
import json

import pytest

from labourlens.errors import Failed, Skipped
from labourlens.formats import feed
from labourlens.model import ReadDoc, ReadOptions
from test_formats_helpers import ATOM, RSS


def entries(data: str) -> list[ReadDoc]:
    docs = feed.read(data.encode(), ReadOptions())
    assert all(isinstance(d, ReadDoc) for d in docs)
    return docs  # type: ignore[return-value]


def test_rss_entries_have_link_date_text_outlet() -> None:
    first, second = entries(RSS)
    assert first.url == "https://watch.example.org/a/1"
    assert first.locator == "https://watch.example.org/a/1"
    assert first.published == "2024-03-05T08:00:00Z"
    assert first.title == "Workers confined in Hunchun"
    assert first.outlet == "Border Labour Watch"
    assert first.language == "en"
    assert first.text == ("Workers at the fictional Tumen River Garments factory in Hunchun said they could not "
                          "leave.\n\nA manager denied this.")
    assert "<p>" not in first.text
    assert second.published == "2024-03-06T09:30:00Z"
    assert second.text.startswith("Builders for the fictional Amur Stroy")


def test_entry_raw_is_its_own_json_bytes() -> None:
    first, second = entries(RSS)
    assert first.raw is not None and second.raw is not None
    assert hashlib.sha256(first.raw).hexdigest() != hashlib.sha256(second.raw).hexdigest()
    fields = json.loads(first.raw.decode("utf-8"))
    assert fields["link"] == "https://watch.example.org/a/1"
    assert "Tumen River Garments" in fields["content"]
    assert entries(RSS)[0].raw == first.raw  # deterministic: same feed, same entry bytes


def test_atom_entry() -> None:
    (entry,) = entries(ATOM)
    assert entry.url == "https://notes.example.net/doha-dorms"
    assert entry.published == "2024-04-01T07:15:00Z"
    assert entry.author == "Omar Haddad"
    assert entry.outlet == "Gulf Worker Notes"
    assert entry.text == ("Inspectors visited dormitories of the fictional Pearl Coast Builders in Doha.\n\n"
                          "Twelve men shared one room.")


def test_entry_without_link_gets_index_locator() -> None:
    data = RSS.replace("<link>https://watch.example.org/a/2</link>", "")
    assert entries(data)[1].locator == "entry-2"


def test_entry_without_content_is_marked_skipped() -> None:
    data = RSS.replace(
        "<description>Builders for the fictional Amur Stroy company in Vladivostok said wages were "
        "withheld.</description>", "")
    second = entries(data)[1]
    assert second.extra["status"] == "skipped"


@pytest.mark.parametrize("data", [b"this is not a feed at all", b'{"items": []}', b"\x00\x01\x02\x03"])
def test_feed_that_is_not_xml_fails(data: bytes) -> None:
    with pytest.raises(Failed, match="feed is not XML"):
        feed.read(data, ReadOptions())


def test_xml_that_is_not_a_feed_fails() -> None:
    with pytest.raises(Failed):
        feed.read(b"<?xml version='1.0'?><catalog><book>x</book></catalog>", ReadOptions())


def test_feed_without_entries_is_skipped() -> None:
    with pytest.raises(Skipped, match="no entries"):
        feed.read(b"<rss version='2.0'><channel><title>Empty</title></channel></rss>", ReadOptions())


def test_sniff() -> None:
    assert feed.sniff(RSS.encode()) >= 90
    assert feed.sniff(ATOM.encode()) >= 90
    assert feed.sniff(b"<!DOCTYPE html><html><body>feed</body></html>") == 0
    assert feed.sniff(b"<?xml version='1.0'?><catalog/>") == 0
