"""The shortcuts that keep a long report's cost in proportion to its length give what the slow ways gave.

A report of 40,000 words holds hundreds of sources and amounts; a pass that scans the whole text once per source,
or tests every source met before for each new one, grows with the square of the length. These tests check the
exact equivalents that replaced such passes (see ``benchmarks/analyse.py --long`` for the cost per word)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from labourlens.analyse import money_context, name_search, named_outlets, registry
from labourlens.analyse.dates import lower_words
from labourlens.model import Source

# the shapes of introduced_roles: a title and name words before a surname, then a body; the name words alone
_SURNAME = "Akena"
_BODY_AFTER = re.compile(rf"(?<![\w-])(?:(?:Mr|Mrs|Dr)\.?\s+)?(?:[A-Z][\w'\u2019-]+\s+){{1,2}}(?i:{_SURNAME})\s+"
                         r"(?:from|of|at)\s+(?P<org>(?:the\s+)?[A-Z][^,.;:\n]{2,60})")
_NAME_AROUND = re.compile(rf"(?<![\w-])(?:(?:Mr|Mrs|Dr)\.?\s+)?(?P<name>(?:[A-Z][\w'\u2019-]+\s+){{0,2}}{_SURNAME}"
                          r"(?:\s+[A-Z][\w'\u2019-]+)?)(?=\s*[,;.)]|\s+(?:of|from|at|and)\b)")

_PIECES = ["Mr ", "Mr. ", "Dr ", "Tom ", "Ana ", "Akena", "AKENA", "akena", " of ", " from ", "the ", "Labour Office",
           "Ministry", ", ", ". ", "; ", "\n", "  ", "x-", "O'", "said ", "(", ")", "and ", "Kasai"]


def _spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_matches_before_is_finditer(pieces: list[str]) -> None:
    text = "".join(pieces)
    low = name_search.lowered(text)
    assert low is not None
    any_case = list(name_search.starts(low, _SURNAME.lower()))
    assert _spans(name_search.matches_before(_BODY_AFTER, text, any_case)) == _spans(list(_BODY_AFTER.finditer(text)))
    exact = list(name_search.starts(text, _SURNAME))
    assert _spans(name_search.matches_before(_NAME_AROUND, text, exact, at_name=True)) == \
        _spans(list(_NAME_AROUND.finditer(text)))


def test_matches_before_finds_introductions_far_apart() -> None:
    text = ("Dr Tom Akena of the Labour Office spoke first. " + "Filler words run on here. " * 2000
            + "Later, Ms. Ana Akena from the Ministry of Health replied.")
    found = name_search.matches_before(_BODY_AFTER, text, list(name_search.starts(text.lower(), "akena")))
    assert [m.group("org") for m in found] == ["the Labour Office spoke first", "the Ministry of Health replied"]
    assert _spans(found) == _spans(list(_BODY_AFTER.finditer(text)))


def test_whole_text_contexts_are_the_full_scan_and_kept_for_a_few_texts() -> None:
    contexts = {"KRW": re.compile(r"\bSeoul\b"), "KPW": re.compile(r"\bPyongyang\b")}
    text = "Pyongyang sent them. In Seoul, prices rose. " * 3 + "Workers from Seoul were paid 500 won."
    want = [(cur, m.start()) for cur, rx in contexts.items() for m in rx.finditer(text)
            if money_context.counts(text, m.start(), "won")]
    got = money_context.whole_text_contexts(text, "won", contexts)
    assert got == want and ("KRW", text.rindex("Seoul")) not in got  # "from Seoul": the workers' origin
    assert money_context.whole_text_contexts(text, "won", contexts) is got  # asked again: not scanned again
    for k in range(20):
        money_context.whole_text_contexts(f"{k} Seoul", "won", contexts)
    assert len(money_context._whole_text) <= 8


def _entry(key: str, order: int, person: bool = True) -> registry._Entry:
    return registry._Entry(Source(key=key, wording=key, kind="anonymous_source"), key.lower(), key.lower(), False,
                           person, order)


def test_recent_is_the_last_touched_that_holds_and_stops_there() -> None:
    reg = registry.Registry()
    reg.entries = [_entry("S1", 5), _entry("S2", 9, person=False), _entry("S3", 7), _entry("S4", 7)]
    asked: list[str] = []

    def person(e: registry._Entry) -> bool:
        asked.append(e.source.key)
        return e.person

    assert reg._recent(person).source.key == "S3"  # order 7 twice: the first in the list
    assert asked == ["S2", "S3"]  # the newest first, and no further once one holds
    assert reg._recent(lambda e: False) is None
    assert reg._recent(lambda e: e.source.key in ("S1", "S4")).source.key == "S4"


def test_named_outlets_with_and_without_the_case_shortcut() -> None:
    for extra in ("", " The İstanbul office did not reply."):  # a dotted capital I: read as re reads it
        text = ("Workers were unpaid, the regional daily Kuzey Haber reported." + extra
                + " Kuzey Haber said the firm owed them wages.")
        kinds = [s.kind for s in named_outlets.named_outlets(text, [Source(key="S1", wording="Kuzey Haber",
                                                                             kind="named_person")])]
        assert kinds == ["outlet"]
        other = [s.kind for s in named_outlets.named_outlets(text, [Source(key="S2", wording="Ana Ruiz",
                                                                            kind="named_person")])]
        assert other == ["named_person"]


def test_lower_words_keeps_positions_with_two_character_lower_cases() -> None:
    text = "İSTANBUL — Workers at İzmir's port were PAID nothing. ǅemal said so."
    low, words = lower_words(text)
    assert len(low) == len(text)
    assert low == "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    assert {"workers", "port", "paid", "nothing"} <= words


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aikKsSIi \u0130\u0131\u017f\u212a.-", max_size=30),
       st.sampled_from(["kis", "is", "ski", "aks", "i", "sika"]))
def test_lowered_finds_what_re_finds_regardless_of_case(text: str, name: str) -> None:
    low = name_search.lowered(text)
    assert low is not None and len(low) == len(text)
    want = [m.start() for m in re.finditer(f"(?={re.escape(name)})", text, re.IGNORECASE)]
    assert list(name_search.starts(low, name)) == want
