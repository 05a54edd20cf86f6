"""Attribution in styles met on blind reports: interviewees known by one pseudonymous name, role labels
in transcripts given a name once ("GUEST (Name):"), a surname label after a full name, generic
people as transcript labels, quotations attributed after the closing quotation mark to a person with a
long apposition, and a quotation that follows a sentence about "he" or "she".

All reports here are invented for the tests (fictional people and companies)."""

from __future__ import annotations

from attribution_helpers import speakers_of as _speakers
from attribution_helpers import who as _who


def _wording(text: str, fragment: str, outlet: str | None = None) -> str | None:
    src = _who(text, fragment, outlet)
    return src.wording if src is not None else None


# ---------------------------------------------------------------- interviewees with one name

_ONE_NAME_QA = """Harbour Ledger | Conversations

Dmitrenko (not his real name) worked for three years on fishing boats out of Nakhodka. He talked to us by phone from Busan.

Q: How were you hired?
A: A cousin paid a man at the bureau. I still owe that debt.

Q: What were the hours?
A: We hauled nets from four in the morning until the captain let us sleep.

Q: Were you paid?
A: The owner paid our leader 900 dollars each month for every one of us. We saw perhaps a tenth.
"""


def test_an_interviewee_known_by_one_pseudonym_answers_under_that_name() -> None:
    for fragment in ("I still owe that debt", "We hauled nets", "We saw perhaps a tenth"):
        assert _wording(_ONE_NAME_QA, fragment, "Harbour Ledger") == "Dmitrenko"


def test_the_pronoun_after_a_one_name_pseudonym_is_that_person() -> None:
    src = _who(_ONE_NAME_QA, "He talked to us by phone", "Harbour Ledger")
    assert src is None or src.wording in (None, "Harbour Ledger", "Dmitrenko")
    assert _wording(_ONE_NAME_QA, "A cousin paid a man", "Harbour Ledger") == "Dmitrenko"


_QUOTED_PSEUDONYM_QA = """Steppe Notes (blog), interview transcript, edited

Conversation with "Oyun-ah" (not her real name), who packed fish at a plant in Choibalsan.

Q: How did you come to work there?
A: The district office picked me. They only choose women whose husbands stay behind.

Q: What was a day like?
A: We gutted fish fourteen hours most days. We slept in the cold store corridor.

Editor's note: Steppe Notes could not verify this account.
"""


def test_an_interview_with_a_quoted_pseudonym_names_the_answers() -> None:
    for fragment in ("They only choose women", "We gutted fish", "We slept in the cold store"):
        assert _wording(_QUOTED_PSEUDONYM_QA, fragment, "Steppe Notes") == "Oyun-ah"


def test_questions_and_the_editors_note_stay_with_the_outlet() -> None:
    src = _who(_QUOTED_PSEUDONYM_QA, "could not verify this account", "Steppe Notes")
    assert src is None or src.kind == "outlet"


# ---------------------------------------------------------------- transcript labels

_ROLE_LABELS = """NORTHERN ROUTES | Episode 12
[Transcript lightly edited]

HOST (Ines Calder): Welcome back. My guest spent a month at a sawmill near Lesosibirsk. Pavel Ostrov, welcome.

GUEST (Pavel Ostrov): Thank you, Ines.

HOST: What did you find there?

GUEST: The mill runs around the clock. The Korean crew sleeps in two railway wagons behind the drying kilns.

HOST: And pay?

GUEST: Their brigade leader collects the whole wage. The men told me they keep about a tenth.
"""


def test_a_role_label_named_once_keeps_that_name() -> None:
    assert _wording(_ROLE_LABELS, "sleeps in two railway wagons") == "Pavel Ostrov"
    assert _wording(_ROLE_LABELS, "collects the whole wage") == "Pavel Ostrov"


def test_the_hosts_questions_stay_with_the_programme() -> None:
    src = _who(_ROLE_LABELS, "What did you find there")
    assert src is None or src.kind == "outlet"


_SURNAME_LABEL = """Standing Committee on Labour: evidence session
Uncorrected transcript, 4 March 2022

CHAIR: I call our first witness, Professor Anouk Lindberg of the Baltic Migration Centre.

PROFESSOR LINDBERG: Thank you. Our survey of shipyards in Gdansk found Korean welders on four sites. They are housed twelve to a room above a warehouse.

CHAIR: Thank you. Mr Ferreira?

MR FERREIRA (former yard foreman): I saw their passports in the manager's safe.

PROFESSOR LINDBERG: May I add: the welders we met had not been home for three years.
"""


def test_a_title_and_surname_label_takes_the_full_name_given_before() -> None:
    assert _wording(_SURNAME_LABEL, "housed twelve to a room") == "Professor Anouk Lindberg"
    assert _wording(_SURNAME_LABEL, "had not been home for three years") == "Professor Anouk Lindberg"
    first = _who(_SURNAME_LABEL, "housed twelve to a room")
    last = _who(_SURNAME_LABEL, "had not been home for three years")
    assert first is not None and last is not None and first.key == last.key


def test_a_surname_label_without_a_fuller_name_keeps_its_own_wording() -> None:
    assert _wording(_SURNAME_LABEL, "passports in the manager's safe") == "Mr Ferreira"


_GENERIC_LABEL = """Source: Channel Nine Evening (Seoul), transcript | Date: 2023-05-02

ANCHOR (LEE MI-RAE): Our correspondent Cho Hyun-woo reports from a building site near Kazan.

CHO HYUN-WOO (CORRESPONDENT): The crews here arrive before dawn and leave after dark.

NEIGHBOUR: They never come out on their own. A minder walks them to the bus.

DRIVER: I take them back at midnight, every night.

CHO: The site owner did not reply to our questions.
"""


def test_a_generic_person_label_is_an_unnamed_source() -> None:
    src = _who(_GENERIC_LABEL, "They never come out on their own")
    assert src is not None and src.kind == "anonymous_source"
    assert src.wording is not None and src.wording.lower() == "neighbour"
    nxt = _who(_GENERIC_LABEL, "A minder walks them")
    assert nxt is not None and nxt.key == src.key
    driver = _who(_GENERIC_LABEL, "I take them back at midnight")
    assert driver is not None and driver.kind == "anonymous_source" and driver.key != src.key


def test_the_correspondents_own_line_stays_the_outlet() -> None:
    src = _who(_GENERIC_LABEL, "The crews here arrive before dawn")
    assert src is None or src.kind == "outlet"


# ---------------------------------------------------------------- speakers named after a closing quotation mark

def _mention(sentence: str) -> tuple[str, str | None] | None:
    from labourlens.analyse.attribution import classify, find_mention

    m = find_mention(sentence)
    return (m.wording, classify(m.wording)) if m is not None else None


def test_a_role_word_before_a_name_after_the_quote_leaves_the_name() -> None:
    found = _mention('The cooks eat at midnight and that is all," said shopkeeper Olga Ivanova, who lives next door.')
    assert found is not None and found[0] == "Olga Ivanova" and found[1] == "named_person"
    found = _mention('"Nobody leaves the yard," says retired welder Tomasz Wrona.')
    assert found is not None and found[0] == "Tomasz Wrona"


def test_a_long_apposition_after_the_name_keeps_the_name() -> None:
    found = _mention('"They are cooks, and every week there is a target they must meet," said Anna Kowalczyk, a lawyer '
                     'in Gdansk who represented two welders in a long dispute with a shipyard owned by a holding company.')
    assert found is not None and found[0].startswith("Anna Kowalczyk")
    found = _mention('"The rooms have no windows," added Faisal Rahimi, an engineer who spent two winters on the '
                     'project and who now teaches at a technical college in Herat province.')
    assert found is not None and found[0].startswith("Faisal Rahimi")


def test_a_person_surnamed_after_the_quote_speaks() -> None:
    found = _mention('These claims are baseless," a district official surnamed Liu told this newspaper.')
    assert found is not None and "surnamed Liu" in found[0]
    found = _mention('"The dormitory is heated," a manager named Petrov said.')
    assert found is not None and "Petrov" in found[0]


def test_words_after_a_quote_that_are_no_speaker_give_none() -> None:
    assert _mention('"The plan comes first," the slogan on the wall of the canteen.') is None
    assert _mention('"Work until the plan is done" is written above the gate.') is None


def test_an_official_now_believes() -> None:
    found = _mention("A Japanese police official now believes about 300 North Koreans work on fishing boats.")
    assert found is not None and found[0] == "A Japanese police official"
    assert _mention("Prices now believed to be falling hit the traders.") is None


def test_a_source_told_a_union_or_a_charity() -> None:
    found = _mention("One member, a fitter with ten years at the dock, told the union that the leader keeps "
                     "the passports.")
    assert found is not None and found[0].startswith("One member")
    found = _mention("A volunteer told the charity that the men were locked in at night.")
    assert found is not None and found[0] == "A volunteer"


def test_co_workers_and_neighbours_are_unnamed_sources() -> None:
    found = _mention("The co-workers also said the welders ate apart from other crews.")
    assert found is not None and found[1] == "anonymous_source"
    found = _mention("According to neighbours, the men leave before dawn in a closed van.")
    assert found is not None and found[0] == "neighbours" and found[1] == "anonymous_source"


# ---------------------------------------------------------------- requests, cataphora, citations, negated subjects

def test_asking_that_a_name_be_withheld_is_no_report() -> None:
    assert _mention("Pak, a former welder, spent two years in Kazan, and she asked that her full name not be "
                    "published.") is None
    assert _mention("Lim worked on the site until 2019, and he asked that only his first name be used.") is None
    found = _mention("She asked that the men be paid on time, the foreman said.")
    assert found is not None and found[0] == "the foreman"


_CATAPHORA = """The Lakeside Review | Feature

She still dreams about the sewing floor. Mun, a former seamstress who now runs a noodle stall in Daejeon, spent four years at a plant in Dandong, and she asked that only her surname be used.

"We stitched until the lights went out, and the line leader counted every collar," Mun said.
"""


def test_a_pronoun_before_any_name_is_not_a_source_called_she() -> None:
    for _, src in _speakers(_CATAPHORA, "The Lakeside Review"):
        assert src is None or (src.wording or "").lower() not in ("she", "he")
    src = _who(_CATAPHORA, "spent four years at a plant", "The Lakeside Review")
    assert src is None or src.kind == "outlet"
    quoted = _who(_CATAPHORA, "We stitched until the lights went out", "The Lakeside Review")
    assert quoted is not None and quoted.wording is not None and quoted.wording.startswith("Mun")


def test_an_author_year_citation_speaks_under_the_authors_name() -> None:
    found = _mention("Lindqvist (2018: 41) puts the usual quota for loggers at $5,000 a year.")
    assert found == ("Lindqvist", "named_person")
    found = _mention("Tanaka (2021), by contrast, reports much lower figures for fish plants.")
    assert found is not None and found[0] == "Tanaka" and found[1] == "named_person"
    assert _mention("Table 3 (2021) lists the wages.") is None or _mention("Table 3 (2021) lists the wages.") != (
        "Table", "named_person")


def test_a_negated_quantifier_is_the_writers_finding() -> None:
    assert _mention("None of them described being locked in at night.") is None
    assert _mention("No one we met said the guards carried weapons.") is None
    found = _mention("One of them described being locked in at night.")
    assert found is not None and found[0] == "One of them"


def test_a_named_group_in_apposition_speaks_its_relative_clause() -> None:
    found = _mention("The denial follows a report by a Lyon-based charity, Harbour Rights, which said last week "
                     "that 30 welders had worked at the yard.")
    assert found is not None and found[0] == "Harbour Rights"
    found = _mention("The dispute follows a study by a Seoul institute, the Hanbit Centre, which found in 2020 that "
                     "crews were paid a fifth of the wage.")
    assert found is not None and "Hanbit Centre" in found[0]


def test_described_by_a_person_in_the_passive() -> None:
    found = _mention("In Kenya, a similar arrangement at a farm in Nakuru was described by a Kenyan driver who "
                     "delivered to it.")
    assert found is not None and found[0].startswith("a Kenyan driver")
    found = _mention("The beatings were confirmed by two former guards at the camp.")
    assert found is not None and found[0].startswith("two former guards")
    assert _mention("The camp was described by the ministry as a training centre.") is None or \
        _mention("The camp was described by the ministry as a training centre.") == ("the ministry", "official")
    assert _mention("The parcels were delivered by a driver from Nakuru.") is None


def test_a_speaker_who_asked_for_anonymity_still_speaks() -> None:
    found = _mention("The driver, who hauls logs near Tynda and asked that his name not be printed, said the crew "
                     "starts at six.")
    assert found is not None and found[0].startswith("The driver")


def test_a_thousands_separator_does_not_end_a_speaker_phrase() -> None:
    found = _mention("A man close to the kitchen staff, who spoke on condition of anonymity, said the cooks' wages "
                     "of around 4,000 yuan are paid straight to the manager.")
    assert found is not None and found[0].startswith("A man close to the kitchen staff")


def test_an_ngos_monitors_are_its_sources() -> None:
    found = _mention("Crews of 40 men stayed on three sites in Muscat, according to our monitors.")
    assert found is not None and found[0] == "our monitors" and found[1] == "anonymous_source"
    assert _mention("Our researchers documented crews of 40 men on three sites in Muscat.") is None


_POSTS = """Who is building the new pier in Nakhodka?

Here is what people on the ground are posting.

@dock_welder_nk: The Korean crew on the east berth starts at 5am and is still welding at midnight. Every single day. Nobody has given them a Sunday off since March.

That account belongs to a welder on the site; I could not confirm who he is.

@harbour_eye: Workers at the berth say the Koreans hand in their phones at the gate.

I will update this post.
"""


def test_a_quoted_post_speaks_for_its_handle_to_the_end_of_the_paragraph() -> None:
    first = _who(_POSTS, "still welding at midnight")
    assert first is not None and first.wording == "@dock_welder_nk" and first.kind == "anonymous_source"
    later = _who(_POSTS, "Nobody has given them a Sunday off")
    assert later is not None and later.key == first.key
    own = _who(_POSTS, "That account belongs to a welder")
    assert own is None or own.kind == "outlet"


def test_a_post_that_cites_others_gives_them_as_speakers() -> None:
    src = _who(_POSTS, "hand in their phones")
    assert src is not None and src.wording is not None and src.wording.startswith("Workers at the berth")


# ---------------------------------------------------------------- names the writer gives, accounts that go on

def test_a_name_the_speaker_gives_someone_is_that_persons_name() -> None:
    found = _mention("One of them, I'll call him Mr Han, said he was promised 2,000 dollars a year.")
    assert found is not None and found[0] == "Mr Han" and found[1] == "named_person"
    found = _mention("The youngest, we will call her Sook, said the women slept in the kitchen.")
    assert found is not None and found[0] == "Sook"


_ACCOUNT_GOES_ON = """The Coast Weekly | Fishing

A deckhand who spent two seasons on a trawler out of Nakhodka said he had been promised 500 dollars a month. What he actually received was a tenth of that, handed over in roubles at the end of the season.

The company did not reply to questions.
"""


def test_what_he_got_continues_the_persons_account() -> None:
    first = _who(_ACCOUNT_GOES_ON, "had been promised 500 dollars", "The Coast Weekly")
    nxt = _who(_ACCOUNT_GOES_ON, "What he actually received", "The Coast Weekly")
    assert first is not None and nxt is not None and nxt.key == first.key
    own = _who(_ACCOUNT_GOES_ON, "did not reply to questions", "The Coast Weekly")
    assert own is None or own.kind in ("outlet", "organization")


_PRONOUN_THEN_QUOTE = """Highland Courier | translated from Portuguese

A former site cook, Celeste Matos, said the men were paid 40,000 kwanzas a month on paper.

Matos said the workers slept in containers behind the canteen.

Asked whether the men could leave the site, she shrugged. "Leave for where? The boss keeps their passports and nobody speaks their language."

The embassy did not answer calls.
"""


def test_a_quotation_after_she_shrugged_is_hers() -> None:
    src = _who(_PRONOUN_THEN_QUOTE, "The boss keeps their passports", "Highland Courier")
    assert src is not None and src.wording is not None and "Matos" in src.wording


def test_a_quotation_after_an_outlet_sentence_without_a_pronoun_is_not_given_away() -> None:
    text = _PRONOUN_THEN_QUOTE.replace("she shrugged", "the manager was not available")
    src = _who(text, "The boss keeps their passports", "Highland Courier")
    assert src is None or src.wording is None or "Matos" not in src.wording


def test_according_to_inside_a_quotation_is_the_quotations_words() -> None:
    found = _mention('The builder, Amber Crest Homes, posted a statement on its website saying all its workers '
                     '"are employed legally and paid according to Polish law".')
    assert found is not None and found[0].startswith("The builder")
    found = _mention('According to the union, the men "never see a pay slip".')
    assert found is not None and found[0] == "the union"


def test_ledgers_describe_their_own_content() -> None:
    found = _mention('The ledgers list 140 workers under the heading "trainees".')
    assert found is not None and found[0] == "The ledgers" and found[1] == "document"


def test_a_group_with_the_base_form_of_a_reporting_verb_speaks() -> None:
    found = _mention("Our members who have worked beside the crew since spring report that the men work "
                     "seven days a week.")
    assert found is not None and found[0].startswith("Our members")
    found = _mention("Border officials now believe about 300 North Koreans work on the farms.")
    assert found is not None and found[0] == "Border officials"
    assert _mention("We believe the men are paid a tenth of the wage.") is None or \
        _mention("We believe the men are paid a tenth of the wage.") == ("We", None)
    assert _mention("The crews report to the foreman at six.") is None
    from labourlens.analyse.mention_shapes import plural_subject_mention

    assert plural_subject_mention("Workers report for duty at six and say nothing.") is None
    assert plural_subject_mention("They say the men are paid a tenth.") is None
    found_direct = plural_subject_mention("Residents of the estate say the crews work at night.")
    assert found_direct is not None and found_direct.wording == "Residents of the estate"


_LEDGER = """Annex 12: payroll records of a fish plant in Yanji

1. The monitoring team received copies of payroll ledgers kept by a fish plant in Yanji.

2. The ledgers list 90 workers under the heading "foreign trainees". For each worker the monthly wage is entered as 2,900 yuan. A further column, headed "sent home", shows 2,300 yuan for every worker. The balance left to each worker thus appears to have been 600 yuan.
"""


def test_a_document_quoting_a_heading_goes_on_describing_its_content() -> None:
    first = _who(_LEDGER, "The ledgers list 90 workers")
    assert first is not None and first.kind == "document"
    nxt = _who(_LEDGER, "the monthly wage is entered as")
    assert nxt is not None and nxt.key == first.key


def test_the_writers_conclusion_from_a_document_is_the_writers() -> None:
    src = _who(_LEDGER, "thus appears to have been 600 yuan")
    assert src is None or src.kind == "outlet"


def test_according_to_him_without_a_comma() -> None:
    found = _mention("According to him the lights in the sewing room stay on until midnight.")
    assert found is not None and found[0] == "he"
    found = _mention("According to her lawyer, the women were never paid.")
    assert found is not None and found[0] == "her lawyer"


def test_a_speaker_who_called_the_reports_a_fabrication() -> None:
    found = _mention('In a statement carried by state media, a company spokesman had called reports of overseas '
                     'workers "a lie by hostile forces".')
    assert found is not None and found[0] == "a company spokesman"
    assert _mention("The foreman called the men back to the site at midnight.") is None


def test_a_body_that_announced_nothing_is_the_writers_observation() -> None:
    assert _mention("The Russian authorities have announced no plan for the workers' return.") is None
    assert _mention("The ministry has said nothing about the crews since March.") is None
    found = _mention("The ministry said no North Koreans work in the province.")
    assert found is not None and found[0] == "The ministry"


def test_a_group_that_now_believes_inside_an_anchors_line() -> None:
    text = ("Source: Evening Line (Busan), transcript | Date: 2023-02-01\n\n"
            "ANCHOR (KIM SO-RA): Japanese coastguard officials now believe dozens of North Korean crews fish "
            "illegally near Oki. Our correspondent reports.\n")
    src = _who(text, "now believe dozens")
    assert src is not None and src.wording == "Japanese coastguard officials"


def test_a_speaker_after_a_dash_or_is_how() -> None:
    found = _mention('"We never left the yard." \u2014 Pak Chol-min, former welder')
    assert found is not None and found[0] == "Pak Chol-min"
    found = _mention('"It was a prison with wages," is how one former cook described the hostel.')
    assert found is not None and found[0] == "one former cook"
    assert _mention('"Work first" - the slogan painted over the gate') is None


_FORUM = """Re: Korean cooks at the hotel in Yanji?

Posted by riverside_77 | 2 April 2022

My aunt works in the laundry of the hotel. She says the Korean cooks sleep in the basement and only go out on Sundays with their manager.

I cannot check this myself.
"""


def test_a_relative_of_the_writer_is_the_antecedent_of_she() -> None:
    src = _who(_FORUM, "She says the Korean cooks sleep")
    assert src is not None and src.wording == "My aunt" and src.kind == "anonymous_source"
    for _, s in _speakers(_FORUM):
        assert s is None or (s.wording or "").lower() != "re"


_HEARING = """District court hears labour case
By staff reporter

A defence lawyer for the company said the welders were volunteers.

The court also heard testimony from a former night watchman at the yard. He said the welders were locked in their barracks every night.
"""


def test_a_witness_the_court_heard_from_is_the_antecedent_of_he() -> None:
    src = _who(_HEARING, "He said the welders were locked in")
    assert src is not None and src.wording is not None and "watchman" in src.wording


_PORTRAIT = """The Night Line

Ri Kyong-suk sewed uniforms at a factory in Hunchun for four years. She now lives in Busan.

"We began at seven and finished after midnight when an order was due.

"If a woman fell asleep at her machine, the team leader took away her Sunday."

The factory's owner declined to comment. Uniforms from Hunchun are sold across the region.

Ri said she was paid nothing for the first six months.
"""


def test_a_quoted_paragraph_after_a_portrait_is_the_portrayed_persons() -> None:
    first = _who(_PORTRAIT, "We began at seven")
    later = _who(_PORTRAIT, "the team leader took away her Sunday")
    said = _who(_PORTRAIT, "Ri said she was paid nothing")
    assert first is not None and first.wording is not None and first.wording.startswith("Ri")
    assert later is not None and said is not None and later.key == first.key == said.key
    owner = _who(_PORTRAIT, "Uniforms from Hunchun are sold")
    assert owner is None or owner.kind == "outlet"


def test_a_quoted_paragraph_after_background_stays_unattributed() -> None:
    text = _PORTRAIT.replace("Ri Kyong-suk sewed uniforms", "The city of Hunchun makes uniforms").replace(
        "She now lives in Busan.", "Exports grew last year.")
    src = _who(text, "We began at seven")
    assert src is None or src.kind == "outlet" or not (src.wording or "").startswith("The city")


# ---------------------------------------------------------------- quotations in single quotation marks

_BRITISH = """Inside the stitching rooms
By a staff reporter

'We could not leave the compound without a minder,' said one woman, who asked not to be named. 'They took our passports the day we arrived.'

She said she was paid about £60 a month, a fraction of what the agency received.

A second woman described the dormitory. \u2018If there was a fire, we would all have died,\u2019 she said.

The workers' wages were paid to the agency, the brand's auditors found.
"""


def test_single_quoted_quotations_are_quotations() -> None:
    first = _who(_BRITISH, "could not leave the compound")
    nxt = _who(_BRITISH, "They took our passports")
    assert first is not None and first.wording is not None and first.wording.startswith("one woman")
    assert nxt is not None and nxt.key == first.key
    second = _who(_BRITISH, "we would all have died")
    assert second is not None and second.wording == "A second woman"


def test_apostrophes_are_not_quotation_marks() -> None:
    from labourlens.analyse.single_quotes import double_quoted

    text = "The workers' wages were cut, and Kim's brother didn't know. '90s prices."
    assert double_quoted(text) == text
    assert double_quoted("'We left at dawn,' he said.") == '"We left at dawn," he said.'
    mixed = "He said \"the slogan read 'Work First' above the gate.\""
    assert double_quoted(mixed) == mixed


def test_a_pronoun_that_points_ahead_is_the_person_named_next() -> None:
    text = ("The Lakeside Review | Feature\n\nShe remembers the noise first. Mun Hye-jin, a former seamstress, "
            "spent four years at a plant in Dandong.\n")
    src = _who(text, "She remembers the noise first", "The Lakeside Review")
    assert src is None or src.kind == "outlet" or src.wording == "Mun Hye-jin"
    for _, s in _speakers(text, "The Lakeside Review"):
        assert s is None or (s.wording or "").lower() != "she"


_GROUP = """The broadcaster spoke to three women who had gutted squid at plants in Hunchun.

One, a 27-year-old from Wonsan, said she worked 15 hours a day. Another said phones were forbidden.

They all said they had been paid almost nothing.

The plants' owners did not reply. They said nothing to the provincial government either.
"""


def test_they_all_said_after_a_group_the_writer_spoke_to() -> None:
    src = _who(_GROUP, "They all said they had been paid")
    assert src is not None and src.wording is not None and src.wording.startswith("three women")


def test_they_said_after_someone_else_spoke_is_not_the_group() -> None:
    text = "The ministry said the plants were inspected. They said the women were paid on time.\n"
    src = _who(text, "They said the women were paid")
    assert src is None or not (src.wording or "").startswith("three")


def test_a_post_that_spoke_to_a_group_then_they_say() -> None:
    text = ("@dock_watch: Spoke to two of the men through an interpreter. They say they get a tenth of the wage.\n")
    src = _who(text, "They say they get a tenth")
    assert src is not None and src.wording == "two of the men"


def test_a_third_person_of_a_group_speaks() -> None:
    found = _mention("A third said she had been slapped by a supervisor.")
    assert found is not None and found[0] == "A third"
    found = _mention("A fourth woman told us the door was locked at night.")
    assert found is not None and found[0].startswith("A fourth woman")
    assert _mention("A third of the wage went to the manager.") is None
    text = _GROUP.replace("They all said they had been paid almost nothing.", "A third said she was slapped.")
    a, b = _who(text, "Another said phones"), _who(text, "A third said she was slapped")
    assert a is not None and b is not None and a.key != b.key


def test_an_anonymity_clause_is_not_part_of_the_speaker() -> None:
    found = _mention('The ministry official, speaking on condition of anonymity, said: "The workers are all students."')
    assert found is not None and found[0] == "The ministry official"
    found = _mention("A site engineer, who asked not to be named, said the crews slept in containers.")
    assert found is not None and found[0] == "A site engineer"
    found = _mention("A former cook, who asked to be identified only as Ri, said the women were locked in.")
    assert found is not None and "Ri" in found[0]


def test_a_single_quoted_name_inside_a_sentence_opens_no_quotation() -> None:
    from labourlens.analyse.single_quotes import double_quoted

    text = "Workers at the 'Rungra' company said they were paid late. The firm denied it."
    assert double_quoted(text) == text
    multi = "'We started at six. Nobody rested.\n'Then the manager came.'"
    assert double_quoted(multi) == '"We started at six. Nobody rested.\n"Then the manager came."'


def test_per_and_as_reported_by_name_the_source() -> None:
    found = _mention("The crews worked 15-hour days, per a 2021 report by the Harbour Rights Centre.")
    assert found is not None and found[0] == "a 2021 report by the Harbour Rights Centre"
    found = _mention("As reported by the Baltic Courier, the crews slept in containers.")
    assert found is not None and found[0] == "the Baltic Courier"
    assert _mention("Workers earned 300 dollars per month in the yard.") is None


def test_a_claim_the_company_denies_is_the_companys_denial() -> None:
    found = _mention("The crews were paid nothing for months, a claim the company denies.")
    assert found is not None and found[0] == "the company"


def test_the_body_that_acted_speaks_its_which_it_clause() -> None:
    found = _mention("The ministry on Monday fined Amber Builders, which it said had hidden 40 North Korean welders.")
    assert found is not None and found[0] == "The ministry"
    found = _mention("The State Labour Office blacklisted two firms, which it accused of hiring North Korean crews.")
    assert found is not None and found[0] == "The State Labour Office"
    assert _mention("The men painted the hall, which it seemed nobody used.") is None


def test_an_audit_that_visited_and_found_speaks() -> None:
    found = _mention('In May an independent audit by Harbin Audit Partners visited the plants unannounced and found '
                     '"no sign of forced labour".')
    assert found is not None and found[0] == "an independent audit by Harbin Audit Partners"
    assert _mention("In May the workers painted the hall and found a cat.") is None


def test_the_main_clause_speaks_before_a_whose_clause() -> None:
    found = _mention('In Muscat, a payroll sheet seen by the group lists 1,500 rials per worker paid to "Baltic '
                     'Crest", whose workers told us they were never paid directly.')
    assert found is not None and found[0].startswith("a payroll sheet")
