"""Probes (s334): who speaks in sanctions monitors' summaries and social threads.

- Two governments named by their states ("the Government of Chad", then "the Government of Niger") are two speakers,
  and a government named by its state is not an unnamed "local authorities" met before; the same government named
  again is one speaker.
- A rate ("400 dollars a month per worker") introduces no person for "the former worker" to go back to; that phrase
  goes back to "one former member of the brigade".
- "Two sources ... One source said ... The second source said": the second is counted from the one that opened the pair.
- "told local news site Ikh Zasag that": the outlet is the audience, the subject speaks.
- "Thread by @steppewatch (Steppe Labour Watch)": the thread is the body's, its outlet, and its posts the page's own
  voice; "5/ Reply from @bayar_t:" is that user's post, and a later numbered post without a header the thread's again.
  A thread under a person's handle ("(Dana O.)") keeps its poster.
- A hyphenated "vice-governor" speaks from an office; "the business paper" is an outlet, not a document; a
  storekeeper is a person "according to" whom; "told port officials they" names the audience; "A weekly digest by X"
  names the digest's publisher; "X said" after "The group, X, said" is that group again.

Texts written for these tests; every firm, person, handle and outlet is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_LEAD = "North Korean bricklayers were confined to a fenced yard near Bata and paid nothing, a former cook said.\n\n"


def _speakers(text: str) -> list[tuple[str, str | None, str]]:
    a = analyse(text, {})
    by_key = {s.key: s for s in a.sources}
    return [(c.text, by_key[c.source].wording, by_key[c.source].kind) for c in a.claims]


def _speaker_of(text: str, start: str) -> tuple[str | None, str]:
    return next((w, k) for t, w, k in _speakers(text) if t.startswith(start))


def test_governments_of_two_states_are_two_speakers() -> None:
    text = _LEAD + ("The Government of Chad said that the labourers had been paid in full.\n\n"
                    'The Government of Niger stated that "no labourer is held against his will".\n')
    assert _speaker_of(text, "The Government of Niger")[0] == "The Government of Niger"
    assert _speaker_of(text, "The Government of Chad")[0] == "The Government of Chad"


def test_a_state_named_government_is_not_unnamed_authorities_met_before() -> None:
    text = _LEAD + ("According to local authorities, the college in Libreville has no classrooms.\n\n"
                    'The Government of Gabon stated that it "has not ever permitted" the hiring of the labourers.\n')
    assert _speaker_of(text, "The Government of Gabon")[0] == "The Government of Gabon"


def test_the_same_state_named_again_stays_one_speaker() -> None:
    text = _LEAD + ("The Government of Chad said that the labourers were paid every month.\n\n"
                    'The Government of Chad later stated that "no labourer is held against his will".\n')
    assert {w for t, w, k in _speakers(text) if "Chad" in (w or "")} == {"The Government of Chad"}


def test_a_rate_per_worker_is_no_person_to_go_back_to() -> None:
    text = _LEAD + ("One former member of the brigade told the Panel that the pay, fixed at 400 dollars a month per worker under "
                    "the deal, went to the brigade's director.\n\nThe former worker said he received 30 dollars a month.\n")
    assert _speaker_of(text, "The former worker") == ("One former member of the brigade", "anonymous_source")


def test_the_second_source_counts_from_the_one_that_opened_the_pair() -> None:
    text = ("The Panel was told by two sources that Korean builders stay at a plot outside Mongomo. A former member of "
            "the brigade said the wages were paid to the director.\n\nOne source stated that the builders are locked in "
            "a fenced yard at night. The second source said the foreman keeps their passports.\n")
    second = _speaker_of(text, "The second source")
    assert second[0] == "The second source"
    assert _speaker_of(text, "One source")[0] == "One source"


def test_local_news_site_by_name_is_the_audience() -> None:
    text = _LEAD + ("The Mongolian labour ministry told regional news site Ikh Zasag last winter that there are "
                    '"no foreign labourers without permits at the kiln".\n')
    assert _speaker_of(text, "The Mongolian labour ministry") == ("The Mongolian labour ministry", "official")


_THREAD = """Thread by @steppewatch (Steppe Labour Watch) - 3 Mar 2026

1/ Some notes on the Korean bricklayers in Darkhan.

2/ About 40 North Korean men work at a brick kiln near Darkhan and are locked in their dormitory at night.

3/ Reply from @bayar_t: My uncle worked at a kiln in Erdenet with Koreans in 2023. He says they were beaten whenever the quota was missed.

4/ We went back twice. The men never leave the kiln alone and nobody has seen them paid.
"""


def test_a_thread_under_a_bodys_account_is_that_bodys_page() -> None:
    a = analyse(_THREAD, {})
    assert a.meta.outlet == "Steppe Labour Watch"
    assert _speaker_of(_THREAD, "2/ About 40")[1] == "outlet"
    assert _speaker_of(_THREAD, "3/ Reply from @bayar_t")[0] == "bayar_t"
    assert _speaker_of(_THREAD, "The men never leave")[1] == "outlet"


def test_a_thread_under_a_persons_handle_keeps_its_poster() -> None:
    text = _THREAD.replace("(Steppe Labour Watch)", "(Dana O.)")
    assert analyse(text, {}).meta.outlet != "Dana O."
    assert _speaker_of(text, "2/ About 40") == ("steppewatch", "named_person")


def test_a_hyphenated_vice_governor_speaks_from_an_office() -> None:
    from labourlens.analyse.speakers import classify

    assert classify("The vice-governor for roads, Ana Mbemba") == "official"
    assert classify("the vice-mayor") == "official"


def test_a_paper_by_its_beat_is_no_document() -> None:
    from labourlens.analyse.speakers import classify

    assert classify("the business paper") == "outlet"
    assert classify("a local paper") != "document"
    assert classify("a working paper") == "document"


def test_according_to_a_storekeeper() -> None:
    text = (_LEAD + "Two former site employees spoke to us. The other, a Gabonese storekeeper, said the crews laboured "
            "16 hours a day.\n\nAccording to the storekeeper, the men rode to work in a sealed van.\n")
    assert _speaker_of(text, "According to the storekeeper")[1] == "anonymous_source"


def test_port_officials_told_without_an_article_are_the_audience() -> None:
    text = _LEAD + "The fishermen later told port officials they were owed pay for the whole voyage.\n"
    assert _speaker_of(text, "The fishermen later told") == ("The fishermen", "anonymous_source")


def test_a_digest_is_its_publishers() -> None:
    text = ("THE KILN WEEKLY - issue #7, 2 March 2026\nA weekly digest by Steppe Labour Monitor\n\n" + _LEAD)
    assert analyse(text, {}).meta.outlet == "Steppe Labour Monitor"


def test_a_body_named_in_apposition_is_the_same_body_by_its_name_alone() -> None:
    text = (_LEAD + "The group, Asia Sanctions Watch, wrote in a briefing that the builders arrived on trainee visas. "
            "Asia Sanctions Watch added that pay of 1,500 riyals a month went to the brigade leader.\n")
    speakers = _speakers(text)
    watch = {k for t, w, k in speakers if "Asia Sanctions Watch" in (w or "")}
    assert len([t for t, w, k in speakers if "Asia Sanctions Watch" in (w or "")]) == 2
    assert watch == {"organization"}
