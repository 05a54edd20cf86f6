"""Origin phrases: which outlet a story comes from, and which are only cited."""

from __future__ import annotations

import pytest

from labourlens.link.origins import find_origins, resolve_outlet, story_origin
from shared_paths import DEV_DOCS

BODY = (
    "\n\nThe workers were moved to a second site in November and their phones were taken away. A manager at "
    "the site denied that anyone was held against their will and said the dormitory doors were never locked."
)


@pytest.mark.parametrize(
    ("text", "outlet", "pattern"),
    [
        ("Wages at the Hongda plant were cut again this spring." + BODY + "\n\n[Source: Daily NK]", "Daily NK",
         "source_tag"),
        ("According to The Guardian: wages at the Hongda plant were cut again." + BODY, "The Guardian",
         "according_prefix"),
        ("Wages at the Hongda plant were cut again, the BBC reported on Friday." + BODY, "BBC", "outlet_reported"),
        ("RFA's Korean Service was told by a worker that wages were cut again." + BODY, "Radio Free Asia",
         "outlet_was_told"),
        ("Wages were cut again, a worker in Hunchun told RFA's Korean Service." + BODY, "Radio Free Asia",
         "told_outlet"),
        ("This story was produced in collaboration with Daily NK.\n\nWages were cut again." + BODY, "Daily NK",
         "collaboration"),
        ("Wages at the Hongda plant were cut again, citing Yonhap." + BODY, "Yonhap", "citing"),
        ("SEOUL, March 5 (Yonhap) -- Wages at the Hongda plant were cut again." + BODY, "Yonhap",
         "wire_dateline"),
        ("Wages at the Hongda plant were cut again." + BODY + "\n\nCopyright 2024 The Associated Press. All rights "
         "reserved.", "Associated Press", "copyright"),
        ("Wages at the Hongda plant were cut again." + BODY + "\n\nThis article was originally published by "
         "Radio Free Asia.", "Radio Free Asia", "originally_published"),
        ("Wages were cut again at the Hongda plant, according to a report by NK News." + BODY, "NK News",
         "according_to"),
        ("Wages at the Hongda plant were cut again." + BODY + "\n\nCopyright © 1998-2024, RFA. Used with the "
         "permission of Radio Free Asia.", "Radio Free Asia", "copyright"),
        ("Wages at the Hongda plant were cut again." + BODY + "\n\nReprinted with the permission of Daily NK.",
         "Daily NK", "permission"),
        ("Wages at the Hongda plant were cut again." + BODY + "\n\nThis report first appeared on NK News.",
         "NK News", "first_appeared"),
        ("Wages at the Hongda plant were cut again." + BODY + "\n\nSource: Yonhap News Agency", "Yonhap",
         "source_line"),
    ],
)
def test_origin_phrases(text: str, outlet: str, pattern: str) -> None:
    o = story_origin(text, "Example Ledger")
    assert o is not None
    assert (resolve_outlet(o.outlet) or o.outlet) == (resolve_outlet(outlet) or outlet)
    assert o.pattern == pattern
    assert o.role == "story"
    assert o.cue and o.cue in text


def test_outlet_cited_for_one_fact_in_the_body_is_not_the_origin() -> None:
    text = (
        "Our correspondent visited three logging camps in the Amur region in October and spoke to the crews. "
        "The men said they worked from dawn to dusk and handed most of their pay to their brigade leader.\n\n"
        "Living conditions were poor and injuries went untreated, foresters said.\n\n"
        "In 2019 the BBC reported that some camps had been renamed to disguise their ownership."
    )
    hits = find_origins(text, "Northern Ledger")
    assert [(h.outlet, h.role) for h in hits] == [("BBC", "cited")]
    o = story_origin(text, "Northern Ledger")
    assert o is not None and o.outlet == "Northern Ledger" and o.role == "self"


def test_outlet_reporting_its_own_sources_is_its_own_origin() -> None:
    text = "A source in Dandong told Daily NK on Monday that wages had not been paid." + BODY
    o = story_origin(text, "Daily NK")
    assert o is not None and o.outlet == "Daily NK" and o.role == "self"


def test_repost_without_outlet_takes_origin_from_lead_attribution() -> None:
    text = "A source in Dandong told Daily NK on Monday that wages had not been paid." + BODY
    o = story_origin(text, None)
    assert o is not None and o.outlet == "Daily NK" and o.role == "story"


def test_story_that_keeps_returning_to_one_outlet_follows_it() -> None:
    text = (
        "Factories near the port have closed this winter and many foreign workers are idle in their dormitories, "
        "with no date set for their return home and no wages paid since the closures began in the new year.\n\n"
        "Yonhap said the workers had not been paid since December.\n\n"
        "Officials quoted by Yonhap said talks were under way.\n\n"
        "Yonhap reported that the workers would stay until spring."
    )
    o = story_origin(text, "Example Ledger")
    assert o is not None and o.outlet == "Yonhap" and o.role == "story"


def test_unknown_names_are_not_origins_unless_tagged() -> None:
    text = "Wages were cut again, Kim Chol reported to his brigade." + BODY
    assert story_origin(text, None) is None
    tagged = story_origin("Wages were cut again." + BODY + "\n[Source: Hamhung Bulletin]", None)
    assert tagged is not None and tagged.outlet == "Hamhung Bulletin"


def test_tag_beats_lead_attribution() -> None:
    text = "Wages were cut again, the BBC reported." + BODY + "\n\n[Source: Daily NK]"
    o = story_origin(text, None)
    assert o is not None and o.outlet == "Daily NK"


SHARED = DEV_DOCS


def test_shared_dev_documents_when_present() -> None:
    """An outlet reporting its own sources throughout is the story's origin; an agency
    cited once in the body for one fact is not."""
    own = SHARED / "dailynk-workers-still-quarantined.txt"
    cited = SHARED / "loggers-far-east-example.txt"
    if not own.is_file() or not cited.is_file():
        pytest.skip("shared dev documents are not available")
    o = story_origin(own.read_text(encoding="utf-8"), None)
    assert o is not None and o.outlet == "Daily NK"
    assert story_origin(own.read_text(encoding="utf-8"), "Daily NK").role == "self"  # type: ignore[union-attr]
    text = cited.read_text(encoding="utf-8")
    assert all(h.role != "story" for h in find_origins(text, "Example Ledger"))
    o2 = story_origin(text, "Example Ledger")
    assert o2 is not None and o2.outlet == "Example Ledger"


def test_outlet_from_the_site_a_url_is_on() -> None:
    from labourlens.link.origins import outlet_from_url

    assert outlet_from_url("https://www.rfa.org/english/news/korea/workers.html") == "Radio Free Asia"
    assert outlet_from_url("https://en.yna.co.kr/view/AEN20240305") == "Yonhap"
    assert outlet_from_url("https://blog.example.org/2024/quote") is None
    assert outlet_from_url("/home/me/reports/a1.txt") is None
