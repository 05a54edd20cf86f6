"""Probes (s327) of speakers: a broadcast's bracketed tape labels ("[Recording, first deckhand]:"), a briefer's
label in capitals whose hyphenated given name the header writes in lower case after the hyphen, a coded label the
text calls a pseudonym, and a name a described person "gave" the reporter. Firms, people and outlets are invented."""

from __future__ import annotations

from probe_helpers import speakers_by_opening

_META = {"published": "2026-03-05", "language": "en"}


def _speakers(text: str, _width: int, meta: dict[str, str]) -> dict[str, tuple[str | None, str | None]]:
    """Each claim's whole text -> (wording, kind) of its speaker."""
    return speakers_by_opening(text, len(text), meta)

_RADIO = """COASTLINE FM - "Voices at Work" programme
Aired 3 March 2026 | transcript (our translation from Tagalog): Ana Cruz

HOST (Rita Gomez): Welcome back. Tonight our producer spoke with two deckhands on tuna boats out of General Santos.

PRODUCER (Mark Reyes): The first deckhand, a man in his thirties on a longliner, reached us from a port in Fiji.

[Recording, first deckhand, voice changed]: "The money waits in Manila, they say, until the contract ends. We sign the ledger every month and receive nothing."

REYES: The second deckhand, on a purse seiner near Palau, told a different story.

[Recording, second deckhand]: "The food is fine now. But we never get off the boat."

[Audio, the agent, translated from Cebuano]: "The owners pay me a fee for each man. Nobody is forced to stay on board."

[Recording, background noise]: "Keep the engine running, the men must work until dawn."
"""


def test_tape_labels_name_the_voice_heard() -> None:
    got = _speakers(_RADIO, 40, _META)
    first = [v for k, v in got.items() if "ledger" in k or "The money waits" in k]
    assert first and all(w is not None and "first deckhand" in w.lower() and kind == "anonymous_source"
                         for w, kind in first)
    second = next(v for k, v in got.items() if "never get off" in k)
    assert second[0] is not None and "second deckhand" in second[0].lower()
    agent = next(v for k, v in got.items() if "forced to stay" in k)
    assert agent[0] is not None and "agent" in agent[0].lower() and agent[1] == "anonymous_source"


def test_tape_label_of_no_person_names_no_speaker() -> None:
    got = _speakers(_RADIO, 40, _META)
    noise = [v for k, v in got.items() if "engine running" in k]
    assert all(w is None or "noise" not in w.lower() for w, _ in noise)


_BRIEFING = """MINISTRY OF LABOUR
Weekly media briefing - partial transcript, not official
4 March 2026, 11:00, Government Complex Manila
Briefer: Deputy Spokesperson {full}

{cap}: Good morning. The office has collected statements from 52 fishers who came home this year.

REPORTER (Manila Star): Were the men allowed to go ashore?

{cap}: Some were beaten by the officers when they asked to leave the vessel.
"""


def test_briefer_label_with_hyphenated_given_name_is_official() -> None:
    got = _speakers(_BRIEFING.format(full="Kim Ha-neul", cap="KIM HA-NEUL"), 40, _META)
    beaten = next(v for k, v in got.items() if "beaten" in k)
    assert beaten[1] == "official" and beaten[0] is not None and "kim ha-neul" in beaten[0].lower()


def test_caps_label_of_a_worker_with_hyphenated_name_stays_a_person() -> None:
    text = ("Interview with a cannery worker\n\n"
            "Migrant workers at the Norte Fish cannery in Busan described their conditions.\n\n"
            "We spoke with Kim Ha-neul, a packer at Norte Fish in Busan.\n\n"
            "KIM HA-NEUL: The foreman took our passports on the first day.\n\n"
            "REPORTER: Did you get them back?\n\nKIM HA-NEUL: Never, he kept them in his safe all season.\n")
    got = _speakers(text, 40, _META)
    took = next(v for k, v in got.items() if "passports" in k)
    assert took[1] == "named_person"


_COURT = """Court digest, 2 March 2026

Migrant crew members on the trawlers of Norte Fish in Vigo described forced labour to the provincial court.

A fisher who fled a trawler in 2024 testified under the pseudonym Witness K. Witness K testified that the hold of the boat was locked at night and that the skipper kept every passport.
"""


def test_coded_label_called_a_pseudonym_is_a_named_person() -> None:
    got = _speakers(_COURT, 40, _META)
    hold = next(v for k, v in got.items() if "hold of the boat" in k or k.startswith("Witness K testified"))
    assert hold == ("Witness K", "named_person")


def test_coded_label_not_called_a_pseudonym_stays_unnamed() -> None:
    text = _COURT.replace("under the pseudonym Witness K", "as Witness K, name withheld")
    got = _speakers(text, 40, _META)
    hold = next(v for k, v in got.items() if k.startswith("Witness K testified"))
    assert hold[1] == "anonymous_source"


_WIRE = """HARBOUR CITY, Spain (Coast Wire) - A rights group said on Monday that Norte Fish had kept 300 workers in poor conditions.

The group's report, drawn from interviews with four men who quit the cannery and later reached France, said the men slept in a locked hall.

One of the four, who now lives in Lyon and {naming}, said in a call with Coast Wire that the men "could never go to town on their own."
"""


def test_name_a_described_person_gave_names_the_speaker() -> None:
    got = _speakers(_WIRE.format(naming="gave his name as Pak Mi-ran"), 40, _META)
    town = next(v for k, v in got.items() if k.startswith("One of the four"))
    assert town == ("Pak Mi-ran", "named_person")


def test_described_person_who_gave_no_name_stays_unnamed() -> None:
    got = _speakers(_WIRE.format(naming="gave no name"), 40, _META)
    town = next(v for k, v in got.items() if k.startswith("One of the four"))
    assert town[1] == "anonymous_source"


_DIRECTOR = """Migrant fishers on Norte Fish trawlers described forced labour to Coast Wire.

Teresa Lim, a director {where}, told us the {body} had heard such accounts from many crews. "Unpaid wages at sea are among the complaints we hear most," she said.
"""


def test_director_in_a_ministry_speaks_for_the_state() -> None:
    got = _speakers(_DIRECTOR.format(where="in the Labour Ministry's migrant welfare office", body="ministry"), 40, _META)
    unpaid = next(v for k, v in got.items() if "Unpaid wages" in k)
    assert unpaid[1] == "official"


def test_director_at_a_firm_does_not_speak_for_the_state() -> None:
    got = _speakers(_DIRECTOR.format(where="at Norte Fish Holdings", body="firm"), 40, _META)
    unpaid = next(v for k, v in got.items() if "Unpaid wages" in k)
    assert unpaid[1] != "official"
