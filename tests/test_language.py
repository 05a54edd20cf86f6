"""Language of documents and paragraphs."""

from __future__ import annotations

import pytest

from labourlens.analyse import language

EN = ("The workers said the company kept their passports and paid them only a part of their wages, "
      "according to a source in the city.")
KO = "북한 노동자들은 중국 단둥의 수산물 가공 공장에서 일하고 있으며 임금의 대부분을 국가에 바친다고 소식통이 전했다."
ZH = "消息人士说，朝鲜工人在丹东的海产品加工厂工作，大部分工资被上缴国家。"
JA = "北朝鮮の労働者はロシアの建設現場で働いており、賃金の大半を国家に納めているという。"
RU = ("Северокорейские рабочие трудятся на стройках во Владивостоке и отдают большую часть зарплаты "
      "государству, сообщил источник.")
FR = ("Les travailleurs nord-coréens sont employés dans des usines de transformation de fruits de mer "
      "en Chine, selon une source locale.")


@pytest.mark.parametrize("text,code", [(EN, "en"), (KO, "ko"), (ZH, "zh"), (JA, "ja"), (RU, "ru"), (FR, "fr")])
def test_detect(text: str, code: str) -> None:
    assert language.detect(text) == code


def test_detect_empty_is_undetermined() -> None:
    assert language.detect("") == "und"
    assert language.detect("   \n ") == "und"


def test_korean_with_english_names_is_korean() -> None:
    assert language.detect("데일리NK에 따르면 Dandong 지역의 노동자들이 KRW 임금을 받지 못했다고 한다.") == "ko"


def test_paragraph_languages_lists_only_differing_paragraphs() -> None:
    text = "\n\n".join([EN, KO, EN, RU, "Short line.", ZH])
    assert language.paragraph_languages(text, "en") == [(1, "ko"), (3, "ru"), (5, "zh")]


def test_paragraph_languages_skips_short_and_chrome() -> None:
    text = "\n\n".join([EN, "Share on WhatsApp", "OK", EN])
    assert language.paragraph_languages(text, "en") == []


def test_paragraph_languages_in_a_korean_document() -> None:
    text = "\n\n".join([KO, KO, EN])
    assert language.paragraph_languages(text, "ko") == [(2, "en")]
