"""Probes: a role, a name and an affiliation in lower case ("Lawyer Dana Iskakova of the legal aid centre ...") is a
named person; a name the text introduced after a media noun ("the Telegram channel Stroy Watch") is an outlet when it
speaks, so that a later "the developer said" is a new source, and "the channel" met before is the same outlet. Texts
written for these tests; people, outlets and firms are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify
from probe_helpers import LEAD, META, speaker


def test_role_name_and_lower_case_affiliation() -> None:
    assert classify("Lawyer Dana Iskakova of the legal aid centre Zheti Qadam, who represents the men") == "named_person"
    assert classify("Lawyer Dana Iskakova of the legal aid centre") == "named_person"
    # negative controls: no name, or a name in front of a body
    assert classify("a lawyer at the legal aid centre") == "anonymous_source"
    assert classify("a worker at the plant") == "anonymous_source"


CHANNEL = LEAD + """A video of men behind a locked gate on a site in Tver was posted on Monday by the Telegram channel Stroy Watch.

According to the channel, the men are citizens of Uzbekistan hired through a subcontractor of the developer Tver-Dom.

In a later post, Stroy Watch said the site foreman had kept their passports since May. The developer said in a statement that it "pays its contractors in full".
"""


def test_named_channel_is_an_outlet_and_one_source() -> None:
    wording, kind, key = speaker(CHANNEL, "kept their passports")
    assert wording == "Stroy Watch" and kind == "outlet"
    _, _, key2 = speaker(CHANNEL, "citizens of Uzbekistan")
    assert key2 == key


def test_developer_is_not_the_channel() -> None:
    wording, kind, key = speaker(CHANNEL, "pays its contractors")
    assert kind == "organization" and wording != "Stroy Watch"


def test_firm_named_without_a_media_noun_stays_a_firm() -> None:
    text = LEAD + ("The men were hired by the contractor Volga Stroy. Volga Stroy said in a statement that wages "
                   "were paid in full.\n")
    a = analyse(text, META)
    kinds = {a.source(c.source).kind for c in a.claims if "paid in full" in c.text}  # type: ignore[union-attr]
    assert kinds == {"organization"}
