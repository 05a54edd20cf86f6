"""People whose role the text gives where they are introduced, not where they speak (probe diag51): a hearing's
list of witnesses ("the Regional Inspector of Labour for Kasai, Mr Paul Nwosu; the general manager of Crestline
Quarries SARL, Mr Li Wenbo"), a transcript label after "Mr Tom Akena from the Ministry of Labour", a firm's manager
under the short form of a firm named in full, a said-inversion before a colon, and an artel's director. Every text
is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}


def _speaker(text: str, words: str) -> tuple[str, str]:
    a = analyse(text, META)
    c = next(c for c in a.claims if words in c.text)
    src = a.source(c.source)
    assert src is not None
    return (src.wording or src.canonical or ""), src.kind


HEARING = (
    "Hearing on quarry workers\n"
    "1. The committee heard the Regional Inspector of Labour for Kasai, Mr Paul Obi Nwosu; the general manager of "
    "Crestline Quarries SARL, Mr Li Wenbo; and Ms Ada Kanu of the workers' group Pierre Vive.\n\n"
    "2. Mr Nwosu told the committee that inspectors found quarry workers paid below the legal minimum and held in debt.\n\n"
    "3. Mr Li denied that any worker was held in debt at the quarry.\n"
)


def test_witness_list_gives_each_speaker_the_kind_of_the_role_before_the_name() -> None:
    assert _speaker(HEARING, "inspectors found")[1] == "official"
    wording, kind = _speaker(HEARING, "denied that any worker")
    assert "Li" in wording and kind == "organization"


def test_provincial_inspector_of_labour_speaks_for_the_state() -> None:
    text = ("Quarry wages\nThe Provincial Inspector of Labour for Kasai, Marie Ilunga, said quarry workers were held in "
            "debt and paid below the legal minimum.\n")
    assert _speaker(text, "held in debt")[1] == "official"


def test_transcript_label_after_a_ministry_introduction_is_official() -> None:
    text = ("Morning Show: housemaids in Jeddah\n"
            "HOST: Good morning. On the line we have Mr Tom Akena from the Ministry of Labour and Social Affairs.\n\n"
            "AKENA: This year we have recorded more than 200 complaints of unpaid wages and confiscated passports from "
            "housemaids in Jeddah.\n")
    wording, kind = _speaker(text, "recorded more than 200")
    assert wording.lower().endswith("akena") and kind == "official"


def test_transcript_label_after_an_ngo_introduction_stays_a_person() -> None:
    text = ("Morning Show: housemaids in Jeddah\n"
            "HOST: Good morning. On the line we have Mr Tom Akena from Migrant Voices Uganda.\n\n"
            "AKENA: This year we have recorded more than 200 complaints of unpaid wages and confiscated passports from "
            "housemaids in Jeddah.\n")
    assert _speaker(text, "recorded more than 200")[1] != "official"


def test_manager_of_a_firm_named_in_full_speaks_for_it() -> None:
    text = ("Guards at a depot\nGuards at a depot in Dubai said their passports were taken and they were unpaid for "
            "three months. The payslip, issued by Harlow Storage Services, shows deductions.\n\n"
            "Harlow's operations manager, Nadia Quist, said all overtime was paid.\n")
    assert _speaker(text, "overtime was paid")[1] == "organization"


def test_manager_of_a_name_never_given_as_a_firm_stays_a_person() -> None:
    text = ("Guards at a depot\nGuards at a depot in Dubai said their passports were taken and they were unpaid for "
            "three months.\n\nHarlow's operations manager, Nadia Quist, said all overtime was paid.\n")
    assert _speaker(text, "overtime was paid")[1] == "named_person"


def test_said_inversion_before_a_colon_names_the_person_and_keeps_the_role() -> None:
    text = ("Builders' passports\nUzbek builders at a site in Omsk said their passports were taken and they were unpaid "
            "for three months.\n\nSaid Oleg Petrov, a spokesman for the regional migration directorate of the Interior "
            "Ministry: \"Holding a worker's passport is against the law.\" He said inspectors had found no violations at "
            "the site.\n")
    wording, kind = _speaker(text, "no violations")
    assert wording == "Oleg Petrov" and kind == "official"


def test_artel_director_speaks_for_the_artel() -> None:
    text = ("Miners held at a pit\nMiners at a gold pit near Aldan said their passports were taken and they were unpaid "
            "for three months.\n\nThe artel's director, Pavel Orlov, told the paper that all wages had been paid.\n")
    assert _speaker(text, "all wages had been paid")[1] == "organization"
    text2 = text.replace("The artel's director", "The union's director")
    assert _speaker(text2, "all wages had been paid")[1] != "organization"
