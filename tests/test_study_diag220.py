"""Probes for the classes of speaker and same-source miss found when heldout220 was opened for study (branch diag220).
Every text is written for these tests, in our own wording: names, handles, outlets and figures are invented (places
and currencies are real); each class has controls that must not change."""

from __future__ import annotations

from attribution_helpers import source_key as _src
from attribution_helpers import source_wording_kind as _speaker
from labourlens.analyse.forum_posts import body_account, post_header
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2026-11-03", "language": "en"}




# -- a thread whose posts carry only the poster's name, one of them tagged with the poster's standing

THREAD = ("Gulf Drivers Board\n\nTopic: Anyone driving for Sahra Transport in Dammam?\n\n"
          "{first}\nI signed with them in 2024. The recruiter in Kochi charged me 1,20,000 rupees and the supervisor "
          "kept my passport from the first week. We drive fifteen hours a day with no rest day.\n\n"
          "{second}\nMy uncle drives for a different firm in Jubail and his salary comes on time every month.\n\n"
          "{third}\nEvery driver keeps his own passport and all salaries are paid through the bank.\n")


def test_tagged_and_handle_shaped_lines_head_the_posts_of_a_thread() -> None:
    a = analyse(THREAD.format(first="ravi_k88 (thread starter)", second="nasir.dxb", third="SahraHR (verified company account)"),
                META)
    assert _speaker(a, "kept my passport") == ("ravi_k88", "named_person")
    assert _speaker(a, "salary comes on time") == ("nasir.dxb", "named_person")
    assert _speaker(a, "keeps his own passport") == ("SahraHR", "organization")
    assert _src(a, "kept my passport") == _src(a, "fifteen hours")
    assert _src(a, "kept my passport") != _src(a, "salary comes on time")


def test_post_header_reads_a_tag_only_in_a_thread() -> None:
    assert (post_header("ravi_k88 (thread starter)", True) or ("",))[0] == "ravi_k88"
    assert (post_header("Mariam (OP)", True) or ("",))[0] == "Mariam"
    assert post_header("Mariam (OP)") is None  # control: outside a thread nothing is read
    assert post_header("Ghana (2019)", True) is None  # control: a year in brackets is no tag


def test_a_body_account_is_told_by_its_tag_or_its_handle() -> None:
    assert body_account("SahraHR (verified company account)", "SahraHR")
    assert body_account("Sahra_Official", "Sahra_Official")
    assert not body_account("ravi_k88 (thread starter)", "ravi_k88")  # control: a person


def test_control_a_page_with_share_buttons_has_no_posters() -> None:
    text = ("Drivers in Dammam say recruiter kept passports\n\nDrivers hired through a Kochi recruiter said their "
            "supervisor kept their passports and made them drive fifteen hours a day, a migrant rights group said "
            "in a thread of posts on Monday.\n\nLinkedIn\n\nWhatsApp\n\nThe group said it had written to the firm.\n")
    a = analyse(text, META)
    assert _speaker(a, "kept their passports")[1] == "organization"


# -- a statement the page reproduces as a list of points is the statement's, a document

STATEMENT = ("Dairy firm answers complaints from herders\n\nNordmilk Dairies, which runs three farms near Karaganda, "
             "released a statement on Tuesday after complaints from seasonal herders. {lead}\n\n"
             "- Herders keep their own identity papers at all times.\n\n"
             "- No herder pays any fee for a job or for transport. Wages are paid on the fifth of each month.\n\n"
             "- Herders work no more than ten hours a day.\n\n"
             "A herders' association said the workers had told a different story.\n")


def test_the_points_of_a_reproduced_statement_are_the_statement_s() -> None:
    a = analyse(STATEMENT.format(lead="Below we republish the statement's points."), META)
    assert _speaker(a, "No herder pays") == ("a statement", "document")
    assert _src(a, "paid on the fifth") == _src(a, "ten hours a day") == _src(a, "No herder pays")


def test_control_points_the_page_does_not_say_it_reproduces_stay_the_page_s() -> None:
    a = analyse(STATEMENT.format(lead="Herders we met described their season."), META)
    assert _speaker(a, "No herder pays")[1] != "document"


# -- a body named with "to" between capitals and a body's noun at its end

def test_a_body_named_with_to_is_an_organization() -> None:
    assert classify("The Freedom to Organise Network") == "organization"
    assert classify("the Right to Food Campaign") == "organization"
    assert classify("Travel to Muscat") is None  # control: no body's noun
    assert classify("the Road to Freedom") is None  # control: a title, no body's noun at its end


def test_a_body_named_with_to_speaks_its_sentence() -> None:
    text = ("Pickers in Almeria say their passports were taken\n\nMoroccan pickers near Almeria were locked in a "
            "shed at night and their passports were taken by the grower, local media said.\n\nThe Freedom to Organise "
            "Network, which visited the farms in May, said the growers had \"kept half of every wage packet and the "
            "workers' passports.\"\n")
    a = analyse(text, META)
    wording, kind = _speaker(a, "half of every wage packet")
    assert kind == "organization" and wording.startswith("The Freedom to Organise Network")
