"""The lead's rules of the thirty-sixth session (every text here is written for this test, with fictional people,
firms and outlets, and real countries and places):

- the original language of a translated page from its translation note's other shapes ("Originally published in
  Hindi", "Broadcast in Amharic; translated by", "Translated by the editors from Russian", "I translated it from
  Spanish", "Lines in Tagalog were translated", "(Arabic -> English)", "Original language: Chinese."), from more
  languages ("Translated from Albanian"), from the script of the original it quotes, and last from how its
  translator's name is romanised ("Choi Da-eun", "Nguyen Thu Trang");
- a network's thread headed "Name @handle - 22 Apr 2026" is the poster's, and its replies "Name @handle: ..." and
  "@handle: ..." are each their poster's;
- "The company Jia named as his employer" is a firm the person named, and leaves the person a person.
"""

from __future__ import annotations

import pytest

from attribution_helpers import claim_sources, find_claim
from labourlens.analyse import meta, translator_names


def _lang(text: str) -> str | None:
    return meta.detect(text, None, {}).original_language


BODY = "\n\nWorkers at the Orchid Bay plant said their passports were taken by the manager on arrival.\n"


@pytest.mark.parametrize(("note", "code"), [
    ("Originally published in Hindi. Translated by Ravi Menon.", "hi"),
    ("Weekly programme for Nepalis abroad. Broadcast in Nepali; translated by Sita Gurung for the website.", "ne"),
    ("Interview conducted in Malayalam; English translation by Asha Pillai.", "ml"),
    ("(Excerpt from a longer report, pp. 2-3. Translated by the editors from Russian.)", "ru"),
    ("I translated it from Spanish for the ones who read English better.", "es"),
    ("Translated by me from Indonesian, so any mistakes are mine.", "id"),
    ("Lines in Tagalog were translated by the group admin, Lorna Cruz.", "tl"),
    ("Machine translation (Arabic \u2192 English). Quality not guaranteed.", "ar"),
    ("Translated by Dilnoza Karimova. Original language: Uzbek.", "uz"),
    ("[Unofficial English translation of a notice posted in Chinese on the consulate website. Translated by Wen Bo.]",
     "zh"),
    ("Translated from Albanian by Arta Krasniqi", "sq"),
    ("[Read in Polish]  Translated by Ewa Nowak", "pl"),
    ("Translated from Bambara by Awa Traore.", "bm"),
    ("(Original: \ub2e8\ub3d9 \uc218\uc0b0 \uacf5\uc7a5 \u2014 Hamgyong Notes. Translated by Mira Olsen.)", "ko"),
    ("Translated by Choi Ha-eun", "ko"),
    ("Translated by Nguyen Lan Anh", "vi"),
])
def test_translation_notes_name_the_original_language(note: str, code: str) -> None:
    assert _lang(note + BODY) == code


@pytest.mark.parametrize("note", [
    "Translated by Maria Lopez",  # a name that says nothing of the language
    "The interview was conducted in Korean through an interpreter.",  # an interpreter is no translated page
    "The contract, written in Chinese, was never translated for the workers.",  # a long line of the story itself: "
    "She said the rules were posted in Russian only.",
])
def test_no_language_where_the_page_names_none(note: str) -> None:
    if "never translated" in note:
        note = note + " " + "The men signed it anyway because the recruiter told them it was a standard form." * 4
    assert _lang(note + BODY) is None


def test_translator_name_romanisation() -> None:
    assert translator_names.language("Park Min-seo") == "ko"
    assert translator_names.language("Tran Van Hai") == "vi"
    assert translator_names.language("Kim Smith") is None
    assert translator_names.language("Paul Park") is None


THREAD = """Lee Ha-neul @fieldnotes_lee - 3 May 2026

1/ From our visit to Hunchun, Jilin: about 250 North Korean men are gutting fish at a plant near the border crossing. They are not allowed to leave the dormitory at night.

2/ Pay is said to be about 2,000 yuan a month, most of it sent to Pyongyang.

Replies

Baiyun Marine Foods @baiyun_marine: We employ only local staff on legal contracts. These claims are false.

Choi Min-ho @minho_c: my uncle worked there in 2023. he said the men slept ten in each room and the gate was locked at 9pm

@yanbian_watcher: not all plants are like that. at my friend's plant the workers keep their own passports
"""


def test_network_thread_header_with_a_dash_and_replies_with_handles() -> None:
    found = claim_sources(THREAD)
    assert find_claim(found, "not allowed to leave the dormitory")[:2] == ("named_person", "Lee Ha-neul")
    assert find_claim(found, "about 2,000 yuan a month")[1] == "Lee Ha-neul"
    assert find_claim(found, "employ only local staff")[:2] == ("organization", "Baiyun Marine Foods")
    assert find_claim(found, "the gate was locked at 9pm")[:2] == ("named_person", "Choi Min-ho")
    # (a handle quoted alone stays "@yanbian_watcher": the sets' writers read such posters either way)
    assert (find_claim(found, "keep their own passports")[1] or "").lstrip("@") == "yanbian_watcher"


TESTIMONY = """River Post | First person
"We counted the days": a welder's account
As told to Mara Quint. His name is changed here to protect him.

I spent three years on building sites near Kazan. My name here is Jia. I am 40 and I live in Seoul these days.

The foreman held our passports in a locked drawer. We worked from six in the morning until ten at night.

Editor's note: River Post could not confirm Jia's account. The company Jia named as his crew's employer, Kama Stroi, did not reply.
"""


def test_a_firm_the_teller_named_leaves_the_teller_a_person() -> None:
    found = claim_sources(TESTIMONY)
    assert find_claim(found, "held our passports in a locked drawer")[:2] == ("named_person", "Jia")


def test_a_firm_noun_before_a_name_still_makes_a_firm() -> None:
    text = ("KAZAN, Russia \u2014 Workers at a housing site said the foremen kept their passports and paid them three "
            "months late, a local paper reported.\n\nThe company Kama Stroi named three new foremen last week.\n\n"
            "\"Every worker at our site holds his own passport and is paid on time,\" Kama Stroi said in a statement.")
    found = claim_sources(text)
    assert find_claim(found, "holds his own passport")[:2] == ("organization", "Kama Stroi")


HEARING = """Committee on Labour Abroad - part of the hearing transcript

Rep. Anna Lind: Director, how many workers are held back?

Mark Deane: Our team found that wages were paid six months late at three sites near Tomsk.

Rep. Anna Lind: And the other government?

Mark Deane: The Russian side maintains that no worker at the sites is confined. We reject this; we have seen the locked gates.

Rep. Anna Lind: And the contractor?

Mark Deane: The foreman insists the workers stay inside the compound for their own safety.
"""


def test_a_state_side_that_opens_a_witness_turn_speaks_for_itself() -> None:
    found = claim_sources(HEARING)
    assert find_claim(found, "no worker at the sites is confined")[:2] == ("official", "The Russian side")
    assert find_claim(found, "wages were paid six months late")[1] == "Mark Deane"
    assert find_claim(found, "we have seen the locked gates")[1] == "Mark Deane"
    # a person the witness speaks of (no state's or firm's body) stays the witness's account
    assert find_claim(found, "stay inside the compound")[1] == "Mark Deane"


NESTED = """GENEVA \u2014 A UN expert said on Monday that workers from Nepal at a Qatari building firm were kept in locked camps.

"Workers told us their passports were taken on arrival," said the expert, Rosa Almeida. She said she had raised the cases with the government. The Qatari authorities replied that "no worker in the country is held against their will," she said. The foreman told her that no worker had ever been locked in, she said.
"""


def test_a_body_answer_carried_by_a_pronoun_report_is_the_body() -> None:
    found = claim_sources(NESTED)
    assert find_claim(found, "held against their will")[:2] == ("official", "The Qatari authorities")
    assert find_claim(found, "passports were taken on arrival")[1] == "the expert, Rosa Almeida"


def test_a_gloss_of_a_quoted_line_names_no_translator() -> None:
    text = ("Posts from a group of caregivers in Taichung.\n\nWala pa akong day off. [Translation: I have not had a day off.] "
            "My employer keeps my passport.\n")
    assert meta.detect(text, None, {}).translator is None
    assert meta.detect("(translated from Chinese; translator: Zhou Lan)" + BODY, None, {}).translator == "Zhou Lan"
