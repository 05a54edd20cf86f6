"""Scans rewritten to open with the character they need (so that re scans for it) match exactly where the
plain forms of the same patterns match: the plain forms are written here and compared on invented texts."""

from __future__ import annotations

import random
import re

import pytest

from labourlens.analyse import page_voice, sentences, single_quotes, speaker_kinds, speaker_voices

_PLAIN = {
    "acronym": r"(?<![\w&.-])[A-Z]{3,6}(?![\w&-])",
    "dotted": r"\b(?:[A-Z]\.){2,}",
    "open": r"(?:(?<=^)|(?<=[\s(\[\u2014\u2013-]))['\u2018](?=[A-Z])",
    "close": r"(?<=[.,!?])['\u2019](?=\s|$|[)\]\u2014\u2013-])",
    "boundary": r"(?=[.…!?])(\.{3}|…|[.!?]+)([\"”’')\]]*(?:\[\d{1,3}\][\"”’')\]]*)*)(\s+)(?=[\"“‘'(\[]?[A-Z0-9])",
}
_FAST = {
    "acronym": speaker_kinds._ACRONYM,
    "dotted": page_voice._DOTTED,
    "open": single_quotes._OPEN,
    "close": single_quotes._CLOSE,
    "boundary": sentences._BOUNDARY,
}
_PIECES = ["NGO", "ILO", "U.N.", "A.B.C.", "x.Y.Z.", "Mr", "the", "'", "\u2018", "\u2019", "Kim", ".", "...", "…", "!?",
           "?!", ",", "\n", " ", "  ", "(", ")", "-", "\u2014", "[12]", "\"", "\u201d", "Workers", "said", "&", "ABCDEFG",
           "e.g.", "9", "OFAC-led", "_X"]


def _texts(seed: int, n: int = 1500) -> list[str]:
    rng = random.Random(seed)
    made = ["", "NGO", "'Kim' said.", "He left. 'We stayed,' she said. Then ILO came.\n'Yes.'", "U.S.A. and A.B.C.",
            "They waited... Then rain! Next? [3] Yes.\u201d Done", "Kim.\u2019 Lee"]
    for _ in range(n):
        made.append("".join(rng.choice(_PIECES) + rng.choice(["", " "]) for _ in range(rng.randint(1, 14))))
    return made


@pytest.mark.parametrize("name", sorted(_PLAIN))
def test_rewritten_scan_matches_where_the_plain_form_does(name: str) -> None:
    fast = _FAST[name]
    plain = re.compile(_PLAIN[name], fast.flags)
    for text in _texts(len(name)):
        for pos in (0, 1, 3):
            got = [(m.span(), m.groups()) for m in fast.finditer(text, pos)]
            assert got == [(m.span(), m.groups()) for m in plain.finditer(text, pos)], (name, text, pos)


def test_name_scans_match_where_their_plain_forms_do() -> None:
    firm = speaker_voices._FIRM_NAME
    firm_plain = re.compile(firm.pattern.replace(r"(?P<short>[A-Z](?<![\w&'\u2019.-].)", r"(?<![\w&'\u2019.-])(?P<short>[A-Z]"))
    cap = speaker_kinds._CAP_RUN
    cap_plain = re.compile(cap.pattern.replace(r"[A-Z](?<![\w'\u2019-].)", r"(?<![\w'\u2019-])[A-Z]", 1))
    described = speaker_voices._DESCRIBED_NAME
    described_plain = re.compile(described.pattern.replace(r"[Tt](?<!\w.)he\s+", r"\b[Tt]he\s+", 1))
    texts = _texts(11) + ["Norden Bay Seafoods said", "x-Norden Bay Foods", "the Dhaka-based newspaper Daily Sun",
                          "Athe firm Lund", "Department for Industrial and Employment Relations"]
    for fast, plain in ((firm, firm_plain), (cap, cap_plain), (described, described_plain)):
        assert fast.pattern != plain.pattern  # the rewrite is in place
        for text in texts:
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text)], (plain.pattern[:40], text)
