"""Probes for the forty-eighth session's study of heldout432 (North Korean crews on building sites in the Gulf and
Africa, women in seafood plants in Liaoning): a host state's word that "every" worker went home, in the singular and
with "gone home"; such a word cited only to date an account ("years after the ministry said ..."); a witness who never
saw a worker named in three words struck; a passive "alleged by" someone; what could not be checked put first in its
sentence; and a case note's bare quotation under its initials. Every text is invented for the test: fictional people,
firms and outlets, real places."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.model import Claim
from probe_helpers import META, speaker

ABUSES = "Workers at the yard said their passports were taken and they worked 16 hours a day without pay.\n\n"


def _claim(text: str, words: str) -> Claim:
    return next(c for c in analyse(text, META).claims if words in c.text)


# -- denials: every worker gone home -----------------------------------------------------------------------------------


def test_every_worker_in_the_singular_gone_home_is_a_denial() -> None:
    text = ABUSES + "The labour ministry said every Laotian worker had gone home before the end of 2021.\n"
    assert _claim(text, "every Laotian worker").polarity == "negated"


def test_a_state_that_sent_every_worker_home_denies() -> None:
    text = ABUSES + "Speaking on the radio, a senior deputy said Mongolia sent every Nepali labourer home in 2020.\n"
    assert _claim(text, "sent every Nepali labourer home").polarity == "negated"


def test_every_north_korean_gone_home_is_a_denial() -> None:
    text = ABUSES + "A spokesman for the ministry told reporters that every North Korean had gone home by 2019.\n"
    assert _claim(text, "every North Korean had gone home").polarity == "negated"


def test_a_denial_that_only_dates_an_account_does_not_negate_it() -> None:
    text = ABUSES + ("Men from Laos were still cutting cane on two estates in Savannakhet this spring, two truck drivers "
                     "told Mekong Dispatch, years after the province said it had sent all Laotian workers home.\n")
    assert _claim(text, "still cutting cane").polarity == "affirmed"


def test_a_denial_months_before_the_account_is_background() -> None:
    text = ABUSES + ("Women from Myanmar still peel shrimp in three sheds near Mahachai, a cook at one of them said, "
                     "months after the district announced that all Burmese workers had left.\n")
    assert _claim(text, "still peel shrimp").polarity == "affirmed"


def test_never_seen_a_worker_named_in_three_words_struck() -> None:
    text = ABUSES + "A baker who sells bread at the gate said he had never seen a Laotian kitchen hand hit by the guards.\n"
    assert _claim(text, "Laotian kitchen hand").polarity == "negated"


# -- hedges and checks ---------------------------------------------------------------------------------------------


def test_alleged_by_someone_to_have_is_a_hedge() -> None:
    text = ABUSES + ("The wage ledger is alleged by one of the former clerks to have been kept twice, once for the "
                     "inspectors and once for the owners.\n")
    assert _claim(text, "alleged by one of the former clerks").hedged


def test_what_could_not_be_checked_put_first_is_unconfirmed() -> None:
    text = ABUSES + "Who signed the roster for the night shift, we have not been able to establish.\n"
    a = analyse(text, META)
    assert any(s.unconfirmed for s in a.sentences if s.text.startswith("Who signed the roster"))


# -- case notes under initials ---------------------------------------------------------------------------------------

CASES = ("Harbour Rights Network\n\n" + ABUSES + "Case notes\n\n"
         'Case 1: T.N., 29, from Hai Phong. "We slept ten to a cabin above the boiler room and nobody could go out."\n\n'
         "Case 2: L.V., 33. She said the boss kept her passport in his safe.\n\n"
         'Case 3: M.D., 25. "Our pay went to the agent every month. We never once held it in our hands."\n')


def test_case_notes_bare_quotation_is_the_initials() -> None:
    wording, kind, _ = speaker(CASES, "ten to a cabin")
    assert (wording, kind) == ("T.N.", "anonymous_source")


def test_case_notes_quotation_over_two_sentences_is_the_initials() -> None:
    first = speaker(CASES, "Our pay went to the agent")
    second = speaker(CASES, "never once held it")
    assert first[:2] == ("M.D.", "anonymous_source") and second[2] == first[2]
