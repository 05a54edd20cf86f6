"""Probes (session 34, lead, from heldout360's study): a record's turn labelled in capitals with a long post ("DEPUTY
MINISTER OF LABOUR PAVEL NOVAK:") is that official's, and his later turns under the surname alone resolve to him; in an
interview turn, a person the interviewee tells of who "kept back ... and warned he would call the police on me" is part of the
interviewee's own account, as is "the foreman wrote 40 hours on every sheet" (a figure written on a record, no report).
Near misses keep what they had: a short label stays a person, a body that wrote that something happened still reports
it. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from attribution_helpers import claim_speakers, speaker_in
from labourlens.analyse import mentions
from labourlens.analyse.source_refs import label_wording

_RECORD = """Committee on Labour Affairs
Record of questions on recruitment agencies (extract)

CHAIR: We continue. Member Lotte Brandt, you have the floor.

MEMBER LOTTE BRANDT: Thank you. In March a Filipino welder from a Gdansk shipyard visited my office. His agency takes 900 zloty out of every pay packet toward a loan.

DEPUTY MINISTER OF LABOUR PAVEL NOVAK: Agencies may charge only the fees in the regulations. In 2025 our inspectors fined 57 agencies for overcharging workers for placement.

BRANDT: My office hears the shipyard keeps their passports.

NOVAK: Our inspection of that shipyard found no evidence that the yard keeps anyone's passport.
"""


def test_a_long_capitalised_post_labels_an_official_s_turns() -> None:
    got = claim_speakers(_RECORD, {})
    assert speaker_in(got, "our inspectors fined 57") == ("Deputy Minister of Labour Pavel Novak", "official")
    assert speaker_in(got, "found no evidence that the yard") == ("Deputy Minister of Labour Pavel Novak", "official")
    assert speaker_in(got, "keeps their passports")[0] == "Member Lotte Brandt"


def test_label_wording_keeps_small_words_lower() -> None:
    assert label_wording("MINISTER FOR HOME AFFAIRS ANA RUIZ") == "Minister for Home Affairs Ana Ruiz"
    assert label_wording("LEE MIN-HO") == "Lee Min-Ho"
    assert mentions.transcript_label("KIM: We were never paid.") is not None


_QA = """LABOUR NOTES | Interview

Maria Lopez, 40, picked strawberries near Huelva for three seasons. She spoke to Labour Notes in Seville.

Labour Notes: What were the hours?

Maria Lopez: We started at six and finished at nine at night. Our hours ran far past that, yet the foreman wrote 40 hours on every sheet.

LN: Could you leave?

ML: I asked to go home in May. The foreman kept back my papers and warned he would call the police on me if I walked off the farm.
"""


def test_what_the_interviewee_tells_of_her_foreman_is_her_account() -> None:
    got = claim_speakers(_QA, {})
    assert speaker_in(got, "wrote 40 hours")[0] == "Maria Lopez"
    assert speaker_in(got, "kept back my papers")[0] == "Maria Lopez"


def test_a_body_that_wrote_that_something_happened_still_reports_it() -> None:
    m = mentions.find_mention("The agency wrote that 40 workers on every shift were unpaid.")
    assert m is not None and m.wording == "The agency"
    m = mentions.find_mention("The foreman wrote 40 hours on every sheet.")
    assert m is None
