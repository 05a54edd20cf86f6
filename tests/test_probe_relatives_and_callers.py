"""Probes: callers named in their label's note, a message that signs itself, relatives named by a given name, a
relative's sentence opened by someone else's name, and recruiters' go-betweens as speakers. Texts written for these
tests; people, outlets and firms are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import META, speaker


def _speakers(text: str) -> dict[str, tuple[str | None, str | None]]:
    a = analyse(text, META)
    out = {}
    for c in a.claims:
        s = a.source(c.source)
        out[c.text] = (s.wording if s else None, s.kind if s else None)
    return out


PHONE_IN = """Gulf Voices FM - weekly phone-in, transcript

HOST (Meena): Good evening. Our first caller is on the line from Dammam.

CALLER 1 (Suresh, Karimnagar district): I came on a driver visa. Here they made me a cleaner and the salary is 900 riyals, not 1,500 like the agent promised.

HOST: Have you told the embassy?

CALLER 1: The company has my passport. If I go out without my iqama, the police will catch me.

CALLER 2 (Riyadh): My cousin works there and has not been paid for four months.
"""


def test_a_caller_named_in_the_label_note_speaks_every_line_under_the_label() -> None:
    found = _speakers(PHONE_IN)
    assert found["CALLER 1: The company has my passport."] == ("Suresh", "named_person")
    assert any(t.startswith("CALLER 1 (Suresh") and w == ("Suresh", "named_person") for t, w in found.items())


def test_a_place_in_the_label_note_is_no_name() -> None:
    found = _speakers(PHONE_IN)
    wording = next(w for t, w in found.items() if "My cousin" in t)[0]
    assert wording != "Riyadh"


MESSAGE = """Himal Daily | Diaspora

Himal Daily received the following WhatsApp message on Monday from a Nepali worker in Dammam, Saudi Arabia. He asked that only his first name, Dipak, be used. The message is shared with his permission.

---
Namaste sir. I am Dipak from Dhading. We are 30 Nepali workers in one company here. Since five months no salary. The manager took our passports and the company is not renewing our iqama, so we cannot go outside.
---

The embassy told Himal Daily it had contacted the employer.
"""


def test_a_reproduced_message_that_signs_itself_is_its_writers() -> None:
    found = _speakers(MESSAGE)
    assert found["Since five months no salary."] == ("Dipak", "named_person")
    assert found["We are 30 Nepali workers in one company here."] == ("Dipak", "named_person")


def test_a_relative_named_by_a_given_name_alone() -> None:
    text = ("Migrant workers at a Doha site told us their wages were withheld.\n\n"
            "Hari had not been paid for his final two months, according to his wife, Maya, who said he used to send "
            "home 1,000 riyals a month.")
    assert speaker(text, "Hari had not been paid")[:2] == ("his wife, Maya", "named_person")


def test_a_she_after_someone_elses_mother_is_the_mother() -> None:
    text = ("Seven men from Comilla paid a sub-agent for cleaning jobs in Jeddah, and their passports were taken.\n\n"
            '"The kafeel took our passports," said Md Karim Uddin, 31, who returned in July.\n\n'
            "Md Karim's mother, Rokeya Begum, said the family had mortgaged land to pay the agent. "
            '"If we cannot repay the loan by the harvest, the land goes to the lender," she said.')
    wording, kind, _ = speaker(text, "If we cannot repay")
    assert (wording, kind) == ("Md Karim's mother, Rokeya Begum", "named_person")


def test_a_sub_agent_reached_by_phone_speaks() -> None:
    text = ("Seven men from Comilla paid a sub-agent for cleaning jobs in Jeddah, and their passports were taken.\n\n"
            "The sub-agent, reached by phone, denied taking any money beyond the fixed fee. "
            '"I never took lakhs from anyone," he said.')
    wording, kind, key = speaker(text, "denied taking")
    assert kind == "anonymous_source" and wording is not None and wording.startswith("The sub-agent")
    assert speaker(text, "I never took")[2] == key
