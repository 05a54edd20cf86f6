"""Probes (s33, heldout352): metadata of translated testimonies and of digests. The languages testimonies from the
Americas are given in (Aymara, Quechua, Guarani, Haitian Creole) are original languages, named in a header ("Testimony
recorded in Aymara"), after where the speaker talked to the reporter ("spoke to our reporter at the market, in Haitian
Creole") or before the messages translated ("Guarani messages translated by ..."). A roundup's "Compiled by" line that
names a person is its editor's byline, not its publisher, and an all-capitals masthead with accented capitals is read
as one without. Texts written for these tests; the outlets and people are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"language": "en"}

AYMARA = """Voices from the altiplano, part 4

Testimony recorded in Aymara near Achacachi in May 2026. Rosa Mamani Condori translated it for this page.

I worked in the brick kilns for two years. The owner kept my card and paid me nothing for the last four months.
"""

CREOLE = """Lavi Nou, a community weekly

Marie-Claude Jean, 52, sells vegetables in the port of Miragoâne. She spoke to our reporter at the market, near the
fish stalls, in Haitian Creole; Paul Etienne translated her answers.

She said the boat owner took her son's papers and never paid him.
"""

GUARANI = """Group chat export, shared with the union (numbers removed; Guarani messages translated by union volunteer
Ana Benítez)

[02/03/2026 10:12] Member: my cousin works at the ranch and they keep his card
"""

SPOKE_IN_TOWN = """The harvest is over

The farmer spoke to us in Cochabamba about the rain. The piece was translated by Lucía Vargas.
"""

COMPILED = """THE RIVER DESK · South Asia labour roundup · Week 9, 2026
Compiled by Ines Marlow-Quist · Friday 27 February 2026

Four stories from the week.

1. Nepal — kilns
Brick workers said the owner kept their wages, the Valley Times reported.
"""

COMPILED_BODY = """Weekly bulletin on migrant work
Compiled by Kestrel Labour Watch, Bangkok

Fishers said the captain kept their passports, the Bangkok Star reported.
"""

ACCENTED = """ÉCHO DU BOCAGE — Court file digest
Regional Labour Court · Case 0041/2026

The prosecutors said the ranch owner kept the workers' cards.
"""


def test_a_testimony_recorded_in_aymara() -> None:
    assert analyse(AYMARA, META).meta.original_language == "ay"


def test_spoke_to_the_reporter_somewhere_in_haitian_creole() -> None:
    assert analyse(CREOLE, META).meta.original_language == "ht"


def test_guarani_messages_translated() -> None:
    assert analyse(GUARANI, META).meta.original_language == "gn"


def test_spoke_in_a_town_is_no_language() -> None:
    assert analyse(SPOKE_IN_TOWN, META).meta.original_language is None


def test_a_compiler_is_no_publisher() -> None:
    assert analyse(COMPILED, META).meta.outlet == "The River Desk"


def test_compiled_by_a_body_stays_the_publisher() -> None:
    assert analyse(COMPILED_BODY, META).meta.outlet == "Kestrel Labour Watch"


def test_an_accented_capitals_masthead_with_a_digest_label() -> None:
    assert analyse(ACCENTED.replace("ÉCHO DU BOCAGE", "PAUTA JURÍDICA"), META).meta.outlet == "Pauta Jurídica"


def test_an_accented_capitals_masthead() -> None:
    assert analyse(ACCENTED, META).meta.outlet == "Écho du Bocage"
