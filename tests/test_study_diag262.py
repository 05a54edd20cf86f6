"""Probes for the class studied on heldout262 (branch diag262): a page that sets out a passage from a named
person's memoir, diary or book ("an extract from the diary of ...", "... let us reprint these pages") gives the
first-person paragraphs that follow to the book's writer; a paragraph that quotes someone else keeps that speaker
and does not end the excerpt.
Texts are invented for these tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.reproduced_texts import _REPRODUCE, _excerpt_writer
from probe_helpers import META, source_of

_DIARY = (
    "Deckhands on distant-water trawlers\n\n"
    "What follows is an extract from the diary of Tomas Reyes, a deckhand from Iloilo who spent two seasons on a "
    "squid boat off Peru. His sister kept the notebook and let us reprint these pages.\n\n"
    "Our captain took every passport on the first day at sea. We hauled nets for twenty hours and slept in shifts "
    "of three.\n\n"
    "The bosun told us that anyone who complained would be left at the next port without pay. I believed him.\n\n"
    "No wages reached my family for nine months. My mother borrowed money to feed my brothers.\n\n"
    "Reyes came home in 2021 and now drives a jeepney.\n"
)


def test_the_paragraphs_of_a_diary_excerpt_are_the_writers() -> None:
    a = analyse(_DIARY, META)
    for words in ("took every passport", "hauled nets", "No wages reached"):
        src = source_of(a, words)
        assert src.wording == "Tomas Reyes"
        assert src.kind == "named_person"
    assert source_of(a, "took every passport").key == source_of(a, "No wages reached").key


def test_a_paragraph_quoting_someone_does_not_end_the_excerpt() -> None:
    a = analyse(_DIARY, META)
    assert source_of(a, "left at the next port").key != source_of(a, "took every passport").key  # keeps its own
    assert source_of(a, "borrowed money").wording == "Tomas Reyes"


def test_the_writer_of_the_book_is_read_from_the_intro() -> None:
    assert _excerpt_writer("Below are pages from Lina Haddad's memoir, published in Beirut.") == ("Lina Haddad", "memoir")
    assert _excerpt_writer("Here is a passage from the autobiography of Joseph Mwangi.") == (
        "Joseph Mwangi", "autobiography")
    assert _excerpt_writer("an extract from the recollections of Maria Ionescu") == ("Maria Ionescu", "recollections")


def test_presenting_words_for_a_passage() -> None:
    for intro in ("Below is a short extract from her book.", "The family allowed us to publish the letters.",
                  "What follows are passages from his journal."):
        assert _REPRODUCE.search(intro) is not None


def test_controls_a_book_merely_mentioned_is_no_excerpt() -> None:
    assert _excerpt_writer("He wrote a memoir about the farm in 2019.") is None
    assert _excerpt_writer("An extract from the report of the Labour Inspectorate was leaked.") is None
    assert _REPRODUCE.search("The contractor let us visit the dormitory on Monday.") is None
    assert _REPRODUCE.search("Below is the price list of the canteen.") is None


def test_control_a_page_without_an_excerpt_keeps_its_own_voice() -> None:
    text = ("Deckhands on distant-water trawlers\n\n"
            "Tomas Reyes, a deckhand from Iloilo, wrote a memoir about two seasons on a squid boat off Peru.\n\n"
            "On his boat the captain took every passport on the first day at sea, and the crew hauled nets for "
            "twenty hours.\n")
    a = analyse(text, META)
    assert source_of(a, "took every passport").wording != "Tomas Reyes"


# ------------------------------------------------------------------ "went on" spends, it does not speak

def test_money_that_went_on_costs_is_no_speaker() -> None:
    from labourlens.analyse.mentions import find_mention

    for sentence in ("The gang leader took the bunkhouse charge, roughly 2,000 cedis (close to $150), and the "
                     "remainder went on bus fares to the farm.",
                     "Half of it went on the bus to the orchard, and whatever remained went on rent."):
        assert find_mention(sentence) is None
    m = find_mention('The foreman went on: "Nobody leaves before the quota is met."')
    assert m is not None and m.wording == "The foreman"


def test_control_went_on_before_what_was_said_still_reports() -> None:
    from labourlens.analyse.verb_readings import verb_not_report

    assert verb_not_report("went on", "The foreman", ': "nobody leaves before the quota is met."') is False
    assert verb_not_report("went on", "She", "to say that the gate was locked") is False
    assert verb_not_report("went on", "the rest", "rent and food") is True
    assert verb_not_report("went on", "the shift", "for sixteen hours") is True


# ------------------------------------------------------------------ the page named by its medium as the listener

_TOLD_PAGE = ("Migrant workers at the Kestrel Timber yard in Khabarovsk described their conditions.\n\n"
              "Cooks at a camp near Magadan were locked in at night, a woman who cooked there until March told "
              "this news agency on Friday.\n\n"
              "A driver from Bishkek told this station on Monday that his wages were held back for five months.\n")


def test_told_this_agency_gives_the_teller() -> None:
    a = analyse(_TOLD_PAGE, META)
    src = source_of(a, "locked in at")
    assert src.kind == "anonymous_source" and "woman" in (src.wording or "")
    assert "driver" in (source_of(a, "held back for five").wording or "")


# ------------------------------------------------------------------ "the paper" after a newspaper, and its quote

_PAPER = ("Chile's labour inspectorate has rejected a regional newspaper report saying that Haitian pickers on a "
          "fruit farm near Rancagua were kept without contracts.\n\n"
          "The weekly Voz del Cachapoal reported on Friday that some 80 Haitian men slept in a packing shed at a "
          "farm outside Rengo. According to the paper, pickers earned 300,000 pesos monthly and handed half to a "
          "crew boss.\n\n"
          "The Voz quoted a Chilean tractor driver from the next valley: \"They are in the rows at dawn and still "
          "there at dusk. Not one of them rested on a Sunday.\"\n\n"
          "The inspectorate, in a written reply, denied finding \"any irregular workers\" there.\n")


def test_the_paper_after_a_newspaper_is_that_newspaper() -> None:
    a = analyse(_PAPER, META)
    assert source_of(a, "earned 300,000").key == source_of(a, "slept in a packing").key
    assert source_of(a, "earned 300,000").kind == "outlet"


def test_a_person_an_outlet_quoted_before_a_colon_speaks() -> None:
    a = analyse(_PAPER, META)
    src = source_of(a, "in the rows at dawn")
    assert "tractor driver" in (src.wording or "") and src.kind == "anonymous_source"


def test_control_the_paper_after_a_contract_is_the_contract() -> None:
    from labourlens.analyse.generic_documents import generic_document
    from labourlens.analyse.speakers import Mention

    m = Mention("The paper", 0, 9, "said", False)
    got = generic_document(m, "Reporters were shown a contract signed by the crew in Manila. ")
    assert got is not None and got.wording == "the contract"
    assert generic_document(m, "A newspaper report said the crew were unpaid. ") is None
