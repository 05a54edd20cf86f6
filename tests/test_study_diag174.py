"""Probes for the classes of miss found when heldout174 (forced labour in Latin America and the Caribbean) was opened
for study (branch diag174). Every text is written for these tests, in our own wording: names, firms and figures are
invented (places and currencies are real); each class has controls that must not change."""

from __future__ import annotations

from labourlens.analyse.outlet_lines import votes as outlet_votes
from labourlens.analyse.paper_names import medium_apposition, named_medium
from labourlens.analyse.spoke_frames import described_interviewee
from probe_helpers import lexicon_indicators, speaker

META = {"published": "2026-10-01", "language": "en"}
LEAD = "Farmhands in northern Mexico are held in debt bondage by labour contractors, a rights group said.\n\n"

# ---------------------------------------------------------------- "X spoke to NAME, a <role>": the answers are NAME's


def test_answers_go_to_the_person_the_outlet_spoke_to() -> None:
    text = ("Q&A | Pickers on paper\n\n"
            "Gaceta del Valle spoke to Marisol Quintero Paz, an advocate who defends farmhands in Chiapas. "
            "The exchange was edited for length.\n\n"
            "Q: What do pickers complain about?\n"
            "A: Their wages are held back for months. Nobody is paid before the harvest ends.\n\n"
            "Q: Can they leave the farms?\n"
            "A: The foremen keep their voter cards, so they cannot travel.\n")
    for frag in ("wages are held back", "keep their voter cards"):
        wording, kind, _key = speaker(text, frag, META)
        assert wording == "Marisol Quintero Paz" and kind == "named_person"


def test_spoke_to_without_a_role_is_no_frame() -> None:
    # control: "spoke to" naming no role in apposition is a visit, not the frame of the answers
    visit = "She spoke to Agrícola Norteña in Sonora last week."
    framed = "Gaceta del Valle talked with Dr Ana Ruiz, the director of a farmworkers' clinic."
    assert not described_interviewee(visit, visit.index("spoke"))
    assert described_interviewee(framed, framed.index("talked"))


# ---------------------------------------------------------------- a statement's "main points" reproduced in a quote


def test_reproduced_main_points_belong_to_the_statement() -> None:
    text = (LEAD + "Growers reply to our report\n\n"
            "MEXICALI — The Valle Verde Growers' Union on Monday issued a statement in three points in response to our "
            "story on the Finca Los Álamos camp. We reproduce its main points:\n\n"
            "\"1. No picker at the farm has ever had a passport or identity card held by the company.\n"
            "2. Every worker is paid weekly in full, in cash, at 400 pesos a day.\"\n\n"
            "The farmhands' union said the statement was false.\n")
    wording, kind, _key = speaker(text, "identity card held by the company", META)
    assert kind == "document" and wording is not None and wording.startswith("a statement")


def test_points_of_a_speech_are_not_a_reproduced_text() -> None:
    # control: "its main points" with no reproduction verb leaves the sentences to their own speakers
    text = (LEAD + "MEXICALI — The minister summarised its main points on Monday.\n\n"
            "\"Workers are paid weekly,\" said Raúl Cepeda Ortiz, a grower in the valley.\n")
    wording, _kind, _key = speaker(text, "Workers are paid weekly", META)
    assert wording is not None and wording.startswith("Raúl Cepeda Ortiz")


# ---------------------------------------------------------------- field hands named in the press's borrowed words


def test_jornaleros_and_garimpeiros_are_sources() -> None:
    text = (LEAD + "CULIACÁN, Sinaloa — Several jornaleros hired in Oaxaca by a contractor say the fees for the bus were "
            "taken out of their pay.\n\n"
            "A third garimpeiro, who did not want to be named, said the owners kept their wages for three months.\n")
    for frag, head in (("fees for the bus", "jornaleros"), ("kept their wages", "garimpeiro")):
        wording, kind, _key = speaker(text, frag, META)
        assert kind == "anonymous_source" and wording is not None and head in wording.lower()


def test_jornaleros_as_subject_of_narration_stay_outlet() -> None:
    text = LEAD + "CULIACÁN, Sinaloa — Jornaleros in the valley pick tomatoes for twelve hours a day in the heat.\n"
    _wording, kind, _key = speaker(text, "pick tomatoes", META)
    assert kind == "outlet"


# ---------------------------------------------------------------- a seized notebook that "lists" the debts


def test_seized_notebook_speaks_as_a_document() -> None:
    text = (LEAD + "1. Inspectors found nine loggers in a camp on the riverbank.\n"
            "2. A notebook seized from the cook's hut lists debts of up to 1,900 reais per logger for food and boots.\n")
    wording, kind, _key = speaker(text, "lists debts", META)
    assert kind == "document" and wording is not None and "notebook" in wording


def test_notebook_as_an_object_stays_outlet() -> None:
    text = LEAD + "Inspectors found that the foreman kept the loggers' debts in a notebook hidden in the kitchen.\n"
    _wording, kind, _key = speaker(text, "kept the loggers", META)
    assert kind != "document"


# ---------------------------------------------------------------- "NAME, a <place> weekly, reported": the paper


def test_paper_named_before_its_description_is_the_speaker() -> None:
    text = (LEAD + "Voz de la Costa, a Guayaquil weekly, reported in June that 25 men had been freed from a shrimp farm.\n")
    wording, kind, _key = speaker(text, "25 men had been freed", META)
    assert kind == "outlet" and wording is not None and wording.startswith("Voz de la Costa")


def test_description_without_a_name_before_it_is_unchanged() -> None:
    assert named_medium(None, "A Lima weekly reported it.") is None
    assert medium_apposition("Sol y Sombra, a Lima weekly") and not medium_apposition("Ana Ruiz, a Lima lawyer")


# ---------------------------------------------------------------- indicators of camps, stores and ranches


def test_lexicon_finds_the_rural_camp_indicators() -> None:
    cases = {
        "Boots and machetes were sold to the cutters by the overseer at inflated prices.": "debt_bondage",
        "The notebook shows purchases of flour and soap at the farm store for each cutter.": "debt_bondage",
        "The pit boss lent cash for food and rent to every newcomer.": "debt_bondage",
        "They were told no one goes home until the account is cleared.": "debt_bondage",
        "The guard fired his rifle over their heads at the gate.": "intimidation_and_threats",
        "The overseer said anyone who ran away would be tracked down.": "intimidation_and_threats",
        "If they protest, the recruiter tells them there are people waiting in Chiapas.": "intimidation_and_threats",
        "The contractor took their voter cards before the bus left Oaxaca.": "retention_of_identity_documents",
        "Girls from the camp were coerced into brothels in the town.": "physical_and_sexual_violence",
        "The sawmill is reachable only by canoe, three days from the nearest road.": "isolation",
        "Inspectors noted unsanitary latrines beside the dormitory.": "abusive_working_and_living_conditions",
        "Without papers a cutter cannot board the ferry to the mainland.": "restriction_of_movement",
        "The overseer beat two men after they tried to go home.": "restriction_of_movement",
    }
    for sentence, indicator in cases.items():
        assert indicator in lexicon_indicators(sentence), sentence


def test_lexicon_controls_stay_quiet() -> None:
    quiet = {
        "Fireworks were fired into the air at the festival.": "intimidation_and_threats",
        "She bought a notebook at the stationery store.": "debt_bondage",
        "The cooperative lent money to farmers for seed.": "debt_bondage",
        "Workers hold work cards issued by the ministry.": "retention_of_identity_documents",
        "They were charged R$ 50 for the bus fare to the city.": "withholding_of_wages",
        "The foreman kept the workers' employment cards.": "withholding_of_wages",
        "The mill was fined for keeping 30 cutters in conditions analogous to slavery.": "abusive_working_and_living_conditions",
    }
    for sentence, indicator in quiet.items():
        assert indicator not in lexicon_indicators(sentence), sentence


# ---------------------------------------------------------------- outlet lines of regional and translated pages


def test_outlet_from_source_note_wire_dateline_and_transcript_heading() -> None:
    cases = {
        "[Source: Voz del Valle (Quito). Translated from Spanish by Ana Ruiz.]\n\nHeadline\n\nBody.": "Voz del Valle",
        "CUENCA, Ecuador (Andes Press Wire) — Loggers were freed on Monday.": "Andes Press Wire",
        'Transcript — "La Mañana", Radio Sierra Estéreo, morning edition\n\nHOST: Good morning.': "Radio Sierra Estéreo",
        "Culture — Sertão em Pauta\n\nHeadline here\n\nBody.": "Sertão em Pauta",
    }
    for text, name in cases.items():
        assert (name, 3.0 if text.startswith("[") else 2.0) in [(n, w) for n, w, _c in outlet_votes(text)], text


def test_author_beside_a_section_is_no_outlet() -> None:
    assert outlet_votes("Opinion | Marisol Quintero Paz\n\nWhy the harvest fails.\n") == []
    assert outlet_votes("Workers freed — 4 May 2025\n\nBody.") == []
