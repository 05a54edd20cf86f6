"""Probes (s340): who speaks. A firm's or a body's word that it never did the wrong it is accused of ("our office
has never confiscated anyone's papers") is a denial: negated, with no indicator. A reader's question in an advice
column, signed at its end after a dash, is the signer's: a first name signs as a named person, a descriptor as an
anonymous source. Near misses: a party that says the workers have not been paid admits it; a question line with no
signature stays the page's. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.party_never import denies_own_wrong
from labourlens.analyse.pipeline import analyse


def test_a_partys_denial_of_its_own_wrong() -> None:
    assert denies_own_wrong('The recruiter said the firm "has never confiscated" a single passport.')
    assert denies_own_wrong('Its owner said his office "does not keep any documents" of its workers.')
    assert not denies_own_wrong("The manager said the workers have not been paid since March.")


_STORY = """Gulf Tribune

Agency accused of keeping passports of Nepali drivers

Fourteen drivers placed in Muscat by Sunpeak Manpower say the agency kept their passports for a year and charged
each of them 300,000 rupees, according to a complaint filed in Kathmandu.

The owner of Sunpeak Manpower told the Tribune by phone that his firm "never holds any papers" and that drivers
"quit for better pay". Its director, Hari Pant, said the firm "has never taken one paisa" from a driver and that any
fee was paid to a broker in Pokhara.
"""


def test_a_party_denial_in_a_story_is_negated() -> None:
    claims = analyse(_STORY, {"outlet": "Gulf Tribune"}).claims
    denials = [c for c in claims if "never holds" in c.text or "never taken" in c.text]
    assert len(denials) == 2
    assert all(c.polarity == "negated" and not c.indicators for c in denials)


_COLUMN = """THE WEEKEND LEDGER
Legal Desk: your questions on jobs abroad

A lawyer answers readers' questions each week. Letters are edited for length.

Q: My son went to Doha as a driver in May. The company took his passport on the first day and he has not been paid
for three months. They say he must pay 1,500 dollars if he wants to come back. What can we do? - Anxious father, Jinja

A: I am sorry to hear this. An employer may not keep a worker's passport, and no fee may be charged to return home.

Q: I clean offices in Sharjah. My supervisor keeps my Emirates ID in his drawer. Is that allowed? - Musa, Gulu

A: No. Your identity card is yours, and you may ask for it in writing.
"""


def test_signed_questions_are_the_signers() -> None:
    result = analyse(_COLUMN, {"outlet": "The Weekend Ledger"})
    keys = {s.key: s for s in result.sources}
    by_text = {c.text: keys[c.source] for c in result.claims}
    father = [src for text, src in by_text.items() if "took his passport" in text]
    musa = [src for text, src in by_text.items() if "Emirates ID" in text]
    assert father and father[0].kind == "anonymous_source" and "father" in (father[0].wording or "")
    assert musa and musa[0].kind == "named_person" and "Musa" in (musa[0].wording or musa[0].canonical or "")


def test_an_unsigned_question_stays_the_pages() -> None:
    unsigned = _COLUMN.replace(" - Anxious father, Jinja", "").replace(" - Musa, Gulu", "")
    result = analyse(unsigned, {"outlet": "The Weekend Ledger"})
    keys = {s.key: s for s in result.sources}
    assert not any("father" in (keys[c.source].wording or "") for c in result.claims)
