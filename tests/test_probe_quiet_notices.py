"""Pages with nothing to find (probe study-304): a reader's glossary whose entries open their definitions in lower case
after a spaced dash (a term with its country in brackets, some terms in another language), and a growers' cooperative's
circular to its members on visa caps, paperwork and the desk's fees, in which a service fee and a fare paid at the end
of the season read as cues. Every text is written for this test; people, cooperatives and outlets are fictional
(places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-04-02", "language": "en"}

GLOSSARY = """THE HARBOUR LEDGER — notes for new readers
Glossary: eight terms from the docks, the trawlers and the canning sheds

Updated 3 March 2026 · 4 min read

Zafra (Chile) — the cane season: a cutter signs on for the months of the harvest, sleeps in the camp barracks and is paid by the tonne he cuts, less what the camp store has sold him on credit.

Crimp (Britain) — an old word for a man who found sailors for ships that needed hands, often by drink or by a trick, and was paid by the captain for each body he brought aboard.

Tallyman (Ireland) — a clerk who counted what each docker carried and wrote it in a book; a bad count meant a short wage on Friday.

Truck system — paying workers in tokens good only at the employer's own shop, where prices ran high and debts piled up.

Bonded labour — working to pay off an advance that grows faster than it shrinks, since the creditor keeps the books and decides when it is cleared.

Sweating — the old name for squeezing piece-rate workers with long days and small rates in crowded rooms.

Labour exchange — a public office that matches people who want work with employers who want hands.

Living wage — what a household needs to get by. Most unions in Chile press for it in every new agreement.
"""

CIRCULAR = """NORTHSHORE GROWERS' COOPERATIVE — Labour Desk
Circular to members no. 12/2026
Timaru, 4 March 2026

RE: Overseas crew visas for the 2027 apple season — caps, deadlines and paperwork

Dear members,

The ministry has announced the cap on recognised seasonal employer places for next year. For orchards and packhouses, 21,500 places have been set aside, most of them for workers from Pacific states with labour mobility agreements.

Employers who plan to bring in pickers from overseas must lodge an agreement to recruit before 30 June. Applications may be filed only through the online system of the immigration service.

Each application must include:
- a signed employment agreement for every worker;
- evidence of approved housing, with the council's note of how many people may live there;
- the grower's promise to pay each picker's fare home after the season;
- a lodging fee of $250 per agreement.

A visa under the scheme runs for up to seven months in any eleven. Workers who came in a previous season and left on time are processed first.

Our staff in Timaru and Oamaru will help members with the forms from 1 April. The desk's service fee is $90 per agreement for members; others pay $160.

Members are reminded that pay must meet the minimum set for the season, now $24.10 an hour, and that it must be paid into a bank account.

To book a session, ring your local office.

The Manager
Northshore Growers' Cooperative
"""

# the glossary with one term in another language whose accents the term keeps
ACCENTED = GLOSSARY.replace("Sweating —", "Jornalero (Spain) — a day labourer hired at dawn in the square; or sweating,")


def test_glossary_with_lower_case_definitions_after_a_dash_is_quiet() -> None:
    a = analyse(GLOSSARY, META)
    assert a.claims == []
    assert not any(c.indicators for c in a.claims)


def test_glossary_with_a_term_in_another_language_is_quiet() -> None:
    assert "Jornalero" in ACCENTED
    assert analyse(ACCENTED, META).claims == []


def test_circular_to_members_on_visa_paperwork_is_quiet() -> None:
    assert analyse(CIRCULAR, META).claims == []


def test_circular_that_tells_of_abuse_is_still_read() -> None:
    told = CIRCULAR.replace(
        "To book a session, ring your local office.",
        "Last month inspectors found that a labour contractor had confiscated the passports of 30 pickers and kept "
        "their wages for three months.")
    assert analyse(told, META).claims != []
