"""Probes for the classes of miss found when heldout270 (Central Asian and North Korean workers in Russia, as a mix of
outlets covers them) was opened for study (branch diag270). Every text is written for these tests, in our own
wording: names, firms, outlets and figures are invented (places and currencies are real); each class has controls
that must not change."""

from __future__ import annotations

from labourlens.analyse.claim_filters import official_denial
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify, name_in
from probe_helpers import claim_with, source_of

META = {"published": "2026-10-20", "language": "en"}


# ---------------------------------------------------------------- class 1: "citing a briefing from <body>"
# the innermost source of a chain is the body that gave the briefing, not the briefing as a document; the body named
# again later ("the ministry", "the security agency") is the same source

_BRIEFED = ("Ural Post\n\nALMATY - Migrant tailors in Kazakhstan are being forced to work without pay, a senator said "
            "on Monday, citing a confidential briefing from the Interior Ministry.\n\nSenator Dana Omarova told journalists "
            "that the ministry believes about 200 tailors in Shymkent have lost their passports to workshop owners.")


def test_a_briefing_from_a_body_is_the_body_speaking() -> None:
    a = analyse(_BRIEFED, META)
    src = source_of(a, "without pay")
    assert (src.wording, src.kind) == ("the Interior Ministry", "official")


def test_the_body_of_the_briefing_named_again_is_one_source() -> None:
    a = analyse(_BRIEFED, META)
    assert claim_with(a, "without pay").source == claim_with(a, "lost their passports").source


def test_a_report_by_a_group_cited_stays_a_document() -> None:
    # control: a written report is a document that speaks for itself
    a = analyse("Ural Post\n\nALMATY - Migrant tailors in Kazakhstan are being forced to work without pay, a senator "
                "said on Monday, citing a report by the Steppe Labour Watch.", META)
    assert source_of(a, "without pay").kind != "official"


# ---------------------------------------------------------------- class 2: "the firm named by <person>, <Firm>"
# a person named after "named by" / "identified by" named the firm; he is not the firm's alias


def test_named_by_a_person_is_no_alias() -> None:
    assert name_in("A staffing agency named by Osmonov, Naryn Work Service") is None


def test_aliases_keep_their_names() -> None:
    # controls: "known by", "identified only by", "identified as" still give the name the person goes by
    assert name_in("a worker known by Osmonov") == "Osmonov"
    assert name_in("a woman identified as Kim") == "Kim"
    assert name_in("a worker identified by the name Ri") == "Ri"


def test_the_firm_a_worker_named_is_not_the_worker() -> None:
    a = analyse("Migrant workers from Kyrgyzstan at a brick kiln near Tver were not paid for months and could not "
                "leave.\n\n\"At the kiln the boss said the pay was half, and the broker took the rest for the "
                "debt,\" Osmonov said.\n\nA staffing agency named by Osmonov, Naryn Work Service, said it had never "
                "heard of the broker.", META)
    assert claim_with(a, "never heard").source != claim_with(a, "pay was half").source
    assert source_of(a, "never heard").kind == "organization"


# ---------------------------------------------------------------- class 3: gig platforms named by what they run


def test_a_delivery_platform_is_a_firm() -> None:
    assert classify("The delivery platform GoRide") == "organization"
    assert classify("the ride-hailing app") == "organization"


def test_a_platform_denial_in_the_lede_is_the_firm_speaking() -> None:
    a = analyse("Kazan Daily\n\nKAZAN - The delivery platform GoRide rejected allegations from Tajik riders that it "
                "keeps their passports until they pay off their debts.\n\nFour riders told Kazan Daily that their "
                "passports were locked in the office and that they owed the firm money for their scooters.", META)
    src = source_of(a, "rejected allegations")
    assert (src.wording, src.kind) == ("The delivery platform GoRide", "organization")


# ---------------------------------------------------------------- class 4: the armed forces' offices


_ENLISTED = ("Volga Post\n\nDetained migrants near Tver said officers pressed them to sign army contracts or face "
             "deportation, their lawyer Igor Sadykov said.\n\nThe district police said no detainee had "
             "ever been handed a contract.\n\n")


def test_a_military_commissariat_is_not_the_police_named_again() -> None:
    a = analyse(_ENLISTED + "The regional military commissariat said contract service in the army is voluntary.", META)
    src = source_of(a, "contract service")
    assert (src.wording, src.kind) == ("The regional military commissariat", "official")


def test_the_police_named_again_is_still_the_police() -> None:
    a = analyse(_ENLISTED + "The police said no force is ever applied to detainees in the centre.", META)
    assert claim_with(a, "no force").source == claim_with(a, "no detainee").source


def test_voluntary_enlistment_is_a_denial() -> None:
    assert official_denial("enlistment by detained migrants is voluntary") is not None
    assert official_denial("military service is voluntary for them") is not None
    # control: the word alone in a description of work is no denial
    assert official_denial("they did voluntary work at the church") is None


# ---------------------------------------------------------------- class 5: no complaint received


def test_no_complaint_received_is_a_denial() -> None:
    assert official_denial("we have never received a complaint from them") is not None
    assert official_denial("the office had not received any complaints from loggers") is not None
    assert official_denial("the office received no formal complaints") is not None
    # control: a complaint received is no denial
    assert official_denial("it had logged the loggers' complaint") is None


def test_a_body_that_received_no_complaint_makes_a_claim() -> None:
    a = analyse(_ENLISTED + "The consulate in Omsk said it had not received any complaints about the camp.", META)
    src = source_of(a, "not received any complaints")
    assert src.kind == "official"


# ---------------------------------------------------------------- class 6: "the scrap yard's director"


def test_a_workplace_with_a_modifier_answers_through_its_head() -> None:
    assert classify("The scrap yard's director") == "organization"
    assert classify("the garment factory's manager") == "organization"
    # controls
    assert classify("The yard's director") == "organization"
    assert classify("the workers' representative") != "organization"


def test_a_yard_director_telling_the_paper_is_the_yard() -> None:
    a = analyse("Tomsk Courier\n\nTOMSK - A judge has quashed a deportation order against an Uzbek sawyer whose "
                "employer held his passport for a year.\n\n\"The passport was the means of holding him at the yard,\" the "
                "judgment says.\n\nThe scrap yard's director informed the Courier the document was in a safe \"so it would "
                "not get lost.\" \"Nobody was held here,\" he said.", META)
    assert source_of(a, "Nobody was held").kind == "organization"
    assert claim_with(a, "Nobody was held").source == claim_with(a, "not get lost").source


# ---------------------------------------------------------------- class 7: "The women told us" in a bulletin
# a plural group named again is the group, not the one person whose introduction mentioned it

_HOTLINE = ("TAIGA WORKERS LINE - monthly bulletin, No. 4\n\nCooks ring helpline from logging site\n\n"
            "Nine Tajik {plural} who cook for a logging crew near Tomsk rang the helpline in March, our volunteer "
            "Marina Orlova writes.\n\nThe {plural} told us the site is a day's drive from any road and that they "
            "were driven there at night. Their passports were taken by the foreman on arrival.\n\n"
            "Nobody has paid them since January, the {plural} said.")


def test_the_group_that_told_us_is_the_group() -> None:
    for plural in ("women", "men", "cooks"):
        a = analyse(_HOTLINE.format(plural=plural), META)
        assert source_of(a, "day's drive").kind == "anonymous_source", plural
        assert claim_with(a, "day's drive").source == claim_with(a, "since January").source, plural


def test_a_role_named_again_still_goes_back_to_the_named_person() -> None:
    # control: "The welder added" after "A welder who gave only her first name, Aigerim, said"
    a = analyse("Migrant workers at a pipe plant near Tyumen say their passports are held by the foreman.\n\n"
                "A 34-year-old welder who gave only her first name, Aigerim, said she had gone unpaid since April. "
                "The welder added that the gate gets locked each night.", META)
    assert claim_with(a, "gets locked").source == claim_with(a, "gone unpaid").source


# ---------------------------------------------------------------- class 8: a firm's people speak as the firm
# a person given with the firm's own name in the possessive is one source with the firm named before

_SITE = ("Amur Daily\n\nKHABAROVSK - About 80 North Korean builders at a hotel site sleep in shipping containers "
         "that are padlocked at night, a source at the site told our paper.\n\n")


def test_the_firms_director_named_with_its_name_is_the_firm() -> None:
    a = analyse(_SITE + "Amur Vostok Group said the crew belonged to a subcontractor.\n\n\"Our company employs "
                "no foreigners,\" Amur Vostok's director, Pavel Orlov, said.", META)
    assert claim_with(a, "employs no foreigners").source == claim_with(a, "belonged to a subcontractor").source


def test_another_firms_director_stays_apart() -> None:
    # control: a director of a firm not named before is no one's voice but his own firm's
    a = analyse(_SITE + "Amur Vostok Group said the crew belonged to a subcontractor.\n\n\"We only lend them "
                "the cranes,\" Taiga Lift's director, Pavel Orlov, said.", META)
    assert claim_with(a, "lend them").source != claim_with(a, "belonged to a subcontractor").source


def test_a_bare_spokeswoman_after_the_firm_keeps_her_own_source() -> None:
    # control: an unnamed spokeswoman is left apart (sets decide that differently)
    a = analyse(_SITE + "The developer, Amur Vostok Group, said the crew belonged to a subcontractor. \"Our "
                "company employs no foreigners,\" a spokeswoman said.", META)
    assert source_of(a, "employs no foreigners").kind == "organization"
