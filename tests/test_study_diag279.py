"""Probes for the classes of miss found when heldout279 (migrant workers in East Asia, as a mix of outlets, unions,
briefings and social posts covers them) was opened for study (branch diag279). Every text is written for these tests,
in our own wording: names, firms, outlets and figures are invented (places and currencies are real); each class has
controls that must not change."""

from __future__ import annotations

from labourlens.analyse.event_reports import event_report
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify
from probe_helpers import lexicon_indicators, source_of

META = {"published": "2026-05-02", "language": "en"}


# ---------------------------------------------------------------- class 1: a religious holiday kept by migrants
# a report of migrant workers gathering for a religious holiday (prayers, a mosque, the fast's end, picnics) tells of
# nothing done to anyone: no claims, no indicators; families who "turned out to watch" are spectators, not people
# watched

_HOLIDAY = ("Harbour Evening News\n\nBUSAN - Thousands of migrant workers from Bangladesh and Pakistan spread picnic "
            "blankets on the lawns of a riverside park on Sunday to mark Eid al-Adha.\n\nMorning prayers were led by "
            "the imam of the city's central mosque, and food sellers offered biryani and sweets to the families of "
            "shipyard and factory workers. Many had taken the early bus from Gimhae and Changwon.\n\n\"This is the day "
            "I miss home least, and my boss gave me the Monday off as well,\" said Rashed Molla, 29, a welder from "
            "Sylhet who works at a shipyard in Geoje.\n\nSouth Korea has about 40,000 workers from Bangladesh, "
            "according to figures from the justice ministry. Neighbouring families turned out to watch the prayers "
            "from their balconies.")


def test_a_religious_holiday_gathering_is_quiet() -> None:
    a = analyse(_HOLIDAY, META)
    assert a.claims == []
    assert a.indicators() == []


def test_the_words_of_a_religious_holiday_make_an_event_report() -> None:
    body = ("Workers gathered at the mosque for morning prayers to mark the end of Ramadan, then shared a picnic on "
            "the station square for Eid.")
    assert event_report(body)
    # control: two such words in a report of work are no event
    assert not event_report("Workers said they were made to work through Ramadan and were not paid for Eid.")


def test_spectators_who_came_to_watch_are_no_threat() -> None:
    assert "intimidation_and_threats" not in lexicon_indicators(
        "Korean families living nearby gathered to watch as the prayers began.")


def test_families_kept_under_watch_are_still_a_threat() -> None:
    # control: relatives watched by the police or agents stay a threat
    assert "intimidation_and_threats" in lexicon_indicators("Their families at home were watched by the police.")


def test_a_holiday_with_abuse_in_it_still_speaks() -> None:
    # control: the same gathering where workers say their passports are held is a report
    a = analyse(_HOLIDAY + "\n\nSeveral welders said the shipyard's agent had kept their passports since they "
                "arrived and that they had not been paid for three months.", META)
    assert a.claims
    assert "retention_of_identity_documents" in a.indicators()


# ---------------------------------------------------------------- class 2: numbered points of a findings section
# a briefing that says it interviewed a sample and numbers the points of its findings ("3.1", "3.2") counts its own
# interviews: a point that opens with an exact tally is the page's finding

_BRIEFING = ("A briefing by the Coastline Crew Support Network, March 2026\n\n3. Summary of findings\n\n"
             "From May to September the Coastline Crew Support Network interviewed 52 migrant fishers from Myanmar who had "
             "worked on squid jiggers.\n\n3.1 Of the 52 fishers, 40 said their recruiter had taken their passports for the whole "
             "voyage.\n\n3.2 Twenty-two reported that they had been beaten by the bosun.\n\n4. Response of the owners\n\n"
             "The owners' association said it had found no such cases.")


def test_a_numbered_tally_under_findings_is_the_page() -> None:
    a = analyse(_BRIEFING, META)
    assert source_of(a, "taken their passports").kind == "outlet"
    assert source_of(a, "beaten by the bosun").kind == "outlet"


def test_a_numbered_point_without_the_page_sample_stays_with_the_group() -> None:
    # control: a news story that quotes a study's numbered findings has no sample of its own
    text = ("Harbour Evening News\n\nA study published on Monday looked at fishing crews.\n\nKey findings\n\n"
            "The study, based on interviews with 52 fishers, found abuse on most boats.\n\n3.1 Forty said their "
            "recruiter had taken their passports for the whole voyage.")
    a = analyse(text, META)
    assert source_of(a, "taken their passports").kind != "outlet"


def test_a_point_outside_a_findings_section_stays_with_the_group() -> None:
    # control: numbered paragraphs under another heading
    text = ("A note by the Coastline Crew Support Network\n\n2. Background\n\nThe network interviewed 52 migrant fishers "
            "from Myanmar in May.\n\n2.1 Forty said their recruiter had taken their passports for the whole voyage.")
    a = analyse(text, META)
    assert source_of(a, "taken their passports").kind != "outlet"


# ---------------------------------------------------------------- class 3: a letter pasted under its memo header
# a union that publishes "the reply we received" with its "To: / From: / Re:" lines: the points are the reply's (a
# document), not the union's

_LETTER = ("Harbourside Workers' Union - News\n\nThe agency's answer, and our view\n\nWe print below the reply we "
           "received last week from the staffing agency that placed the Nepali cooks at a hotel in Osaka.\n\n---\n"
           "To: Harbourside Workers' Union\nFrom: Sakura Bridge Staffing, Legal Section\nRe: Your letter of 2 March\n\n"
           "1. The hotel does not hold the passports of any of the cooks.\n2. Overtime in February did not exceed 40 "
           "hours for any cook.\n---\n\nOur view\n\nThe union rejects that reply. Four cooks told us their "
           "passports were locked in the manager's office.")


def test_the_points_of_a_pasted_reply_are_the_reply() -> None:
    a = analyse(_LETTER, META)
    src = source_of(a, "passports of any of the cooks")
    assert src.kind == "document"
    assert "reply" in (src.wording or "")
    assert source_of(a, "did not exceed 40").key == src.key


def test_the_page_after_the_letter_is_not_the_reply() -> None:
    # control: the cooks' account after the closing rule is theirs
    a = analyse(_LETTER, META)
    assert source_of(a, "locked in the manager").kind == "anonymous_source"


def test_overtime_within_a_stated_limit_is_no_excess() -> None:
    assert "excessive_overtime" not in lexicon_indicators("Overtime did not exceed 40 hours a month for any cook.")
    # control: overtime that exceeded a figure stays a cue
    assert "excessive_overtime" in lexicon_indicators("The cooks said overtime exceeded 100 hours a month.")


# ---------------------------------------------------------------- class 4: one of a group named in apposition
# "A trainee in the group, Name, 31": a person of the group of workers, not a firm ("group" is also a company word)


def test_a_worker_in_the_group_named_is_a_person() -> None:
    assert classify("A trainee in the group, Ngo Van Tam, 31") == "named_person"
    assert classify("A member of the crew, Ngo Van Tam") == "named_person"


def test_a_company_named_in_apposition_stays_a_company() -> None:
    # control: "The group, Name Holdings" is the firm
    assert classify("The group, Tamada Holdings") == "organization"


# ---------------------------------------------------------------- class 5: a post headed "Name · 3 d · Place"
# a social network's thread that prints the poster's name, the time and a place on one line with the network's dots

_THREAD = ("Posted in: Helpers in Hong Kong · Public group\n\n"
           "Maricel Bautista · 2 d · Kowloon\n"
           "My passport is with my employer since I arrived. I work from six in the morning until midnight.\n"
           "  👍 12 · Reply\n\n"
           "   Joy Pascual · 1 d\n"
           "   I have had no day off for five months and my agency deducts HK$1,000 from my salary every month.\n"
           "     👍 8 · Reply\n")


def test_a_post_under_a_name_and_time_line_is_the_poster() -> None:
    a = analyse(_THREAD, META)
    assert (source_of(a, "six in the morning").wording, source_of(a, "six in the morning").kind) == (
        "Maricel Bautista", "named_person")
    assert source_of(a, "no day off").wording == "Joy Pascual"


def test_a_name_and_a_date_without_the_dot_is_no_post_header() -> None:
    # control: a byline-like line with a plain date gives no poster
    a = analyse("Harbour Evening News\nMaricel Bautista 2 d\n\nHelpers in Kowloon said their passports were held by "
                "their employers and that they worked until midnight.", META)
    assert source_of(a, "passports were held").wording != "Maricel Bautista"


# ---------------------------------------------------------------- class 6: words of East Asian migration regimes
# the registration card a host country issues to foreign residents, kept by the employer; a job or workplace the
# worker was told of before leaving; pay promised for one place or time and then put off to another


def test_a_registration_card_kept_is_retention() -> None:
    assert "retention_of_identity_documents" in lexicon_indicators(
        "The grower had also kept the pickers' foreign registration cards.")
    # control: a card issued is no retention
    assert "retention_of_identity_documents" not in lexicon_indicators(
        "The office said registration cards are issued within a month.")


def test_a_job_told_of_before_leaving_is_deception() -> None:
    assert "deception" in lexicon_indicators("She had been told before she left that she would work in a bakery.")
    assert "deception" in lexicon_indicators("The agent said I was going to a plant that sews jackets.")
    # control: a plan for the week is no deception
    assert "deception" not in lexicon_indicators("The foreman said they would work in two shifts next week.")


def test_pay_promised_and_put_off_is_withheld_pay() -> None:
    found = lexicon_indicators("The captain keeps promising to pay in Pohang, then in Ulsan.")
    assert {"withholding_of_wages", "deception"} <= found
    # control: pay promised and then made is no abuse
    assert "withholding_of_wages" not in lexicon_indicators("The firm promised to pay in June and then paid in full.")


def test_abusive_employers_as_a_label_are_no_violence() -> None:
    assert "physical_and_sexual_violence" not in lexicon_indicators(
        "Debt is the main reason helpers stay with abusive employers.")
    # control: blows told of beside the word stay violence
    assert "physical_and_sexual_violence" in lexicon_indicators("The employer was abusive and hit them.")
