"""Language of a document and of its paragraphs, as ISO 639-1 codes.

Scripts decide first: Hangul means Korean, kana Japanese, Han ideographs without kana
Chinese. English prose is recognised by its function words without loading a model.
Everything else goes to py3langid (a fork of langid.py whose model ships inside the
package; it is loaded once, on first use)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

__all__ = ["detect", "paragraph_languages"]

_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[a-z]+")
_PARA_SPLIT = re.compile(r"\n[ \t]*\n")
_EN_FUNCTION = frozenset(
    "the of and to in is was were that for said on with as by at from are have has had not they their "
    "it its be been this which who an or but will would "
    # words that only English uses among the Latin-script languages, so that prose with many
    # names and numbers ("Under U.N. resolution 2397, ...") is recognised without the model
    "should could them many says his she him than what when into other only our there these those "
    "some did because while where such told since against before during after about".split()
)
MIN_PARAGRAPH = 40
_SAMPLE = 3000


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


_ANY_CJK = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _by_script(sample: str) -> str | None:
    if sample.isascii() or not _ANY_CJK.search(sample):
        return None
    letters = len(_LETTER.findall(sample))
    if not letters:
        return None
    hangul = len(_HANGUL.findall(sample))
    if hangul / letters > 0.3:
        return "ko"
    kana = len(_KANA.findall(sample))
    han = len(_HAN.findall(sample))
    if (kana + han) / letters > 0.3:
        return "ja" if kana / max(kana + han, 1) > 0.1 else "zh"
    return None


def _english(sample: str) -> bool:
    words = _WORD.findall(sample.lower())
    if len(words) < 5 or len(words) * 3 < sample.count(" ") * 2:  # mostly non-Latin words
        return False
    hits = sum(map(_EN_FUNCTION.__contains__, words))  # True counts 1
    return hits / len(words) >= 0.18


def _detect(text: str) -> tuple[str, float]:
    sample = text[:_SAMPLE]
    if not sample.strip():
        return "und", 0.0
    script = _by_script(sample)
    if script:
        return script, 1.0
    if _english(sample):
        return "en", 1.0
    lang, prob = _identifier().classify(sample)
    return str(lang), float(prob)


def detect(text: str) -> str:
    """ISO 639-1 code of the text's main language; ``"und"`` when there is no text."""
    return _detect(text)[0]


def paragraph_languages(text: str, doc_lang: str) -> list[tuple[int, str]]:
    """(paragraph index, language) for the blank-line separated paragraphs longer than
    about 40 characters whose language differs from ``doc_lang``."""
    out: list[tuple[int, str]] = []
    base = (doc_lang or "").split("-")[0].lower()
    for i, para in enumerate(p for p in _PARA_SPLIT.split(text) if p.strip()):
        size = len(para.strip())
        # Korean, Chinese and Japanese say as much in a third of the characters
        if size <= MIN_PARAGRAPH and not (size > MIN_PARAGRAPH // 3 and _by_script(para)):
            continue
        lang, prob = _detect(para)
        if lang != "und" and lang != base and prob >= 0.9:
            out.append((i, lang))
    return out
