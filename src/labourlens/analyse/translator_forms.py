"""Translator credits that the patterns of :mod:`labourlens.analyse.meta` leave out, for its
``translator`` field:

- a translation from a named language by someone, after any word or bracket: "Interview
  translated from Korean by Min Ji-ho.", "[Partner content] Translated from Japanese by Aoki
  Ren.", "Unofficial English translation from Russian by Taiga Monitor.", "English translation by Ana Roig for the
  press list" (study-332), "transcribed and translated from
  Amharic by our volunteer Lemlem Asfaw" (a role before the name is no part of it);
- a "translator:" label inside a bracket or after a semicolon: "(translated from Chinese;
  translator: Zhou Lan)";
- a byline that credits the translator after a dash: "Hoang Van Minh - Translated by Le Thi Lan".

The name runs over capitalised words (and hyphenated Korean or Chinese given names) and stops
at the end of the sentence.

The language of the original, where the patterns of ``meta`` and ``mastheads`` find none
(``original_language``): a language service in a translated page's masthead line ("Radio Kestrel
Korean | 2026-04-28 | Translated by ..."), "I have translated the Korean version of ...", "the
interview took place in Russian ... and has been translated", and a monitoring service's header line
that gives the language of the source it translated ("Source language: Russian"; an English source is none), and
the original that prevails over the translation ("The Portuguese text shall prevail.")."""

from __future__ import annotations

import re

from labourlens.analyse import mastheads, translator_names

__all__ = ["fallback_language", "find", "issuer_language", "original_language", "script_or_name_language"]

_LANGS = "|".join(sorted({"Korean", "Chinese", "Mandarin", "Japanese", "Russian", "Arabic", "French", "German", "Spanish",
                          "Vietnamese", "Mongolian", "Polish", "Ukrainian", "Thai", "Indonesian", "Portuguese", "Italian",
                          "Uzbek", "Kazakh", "Kyrgyz", "Turkish", "Persian", "Nepali", "Bengali", "Hindi", "Urdu", "Malay",
                          "Khmer", "Lao", "Burmese", "Swahili", "Amharic", "Czech", "Romanian", "Bulgarian", "Maltese",
                          "Tajik", "Turkmen", "Azerbaijani", "Georgian", "Armenian", "Pashto", "Dari", "Tagalog", "Tamil",
                          "Sinhala", "Hausa", "Somali", "Tigrinya", "Belarusian", "Dutch", "Greek", "Hebrew", "Telugu",
                          "Malayalam", "Kannada", "Marathi", "Gujarati", "Punjabi", "Odia", "Sindhi"},
                         key=lambda w: (-len(w), w)))  # (a set's order changes between processes: the start-up cache keys on the text)
_NAME = r"([A-Z][\w'\u2019.-]*(?:[ \t]+(?:[A-Z][\w'\u2019.-]*|de|van|von|bin)){0,3})"
_FROM_BY = re.compile(rf"\b[Tt]ranslat(?:ed|ion)(?:[ \t]+and[ \t]+(?:edited|adapted|abridged|condensed))?[ \t]+from[ \t]+"
                      rf"(?:the[ \t]+)?(?:{_LANGS})(?:[ \t]+into[ \t]+English)?[ \t]+by[ \t]+"
                      # "by our volunteer Lemlem Asfaw", "by a colleague, Ana Reyes": the role before the name
                      # (s44) "by forum volunteer Lina Cruz": a site's role with no article
                      rf"(?:(?:(?:our|a|an|the)[ \t]+|(?=(?:forum|site|community|group)[ \t]+volunteer))"
                      rf"(?:(?:forum|site|community|group)[ \t]+)?(?:volunteer|colleague|intern|interpreter|correspondent|reporter|"
                      rf"researcher|staff[ \t]+member|team[ \t]+member)[ \t]*,?[ \t]+)?{_NAME}")
# (s36) the name closes the label: "[Translation: I have been here ...]" is a gloss of a quoted line, no translator
_LABEL_INSIDE = re.compile(rf"[(\[;,|][ \t]*[Tt]ranslat(?:or|ion)[ \t]*:[ \t]*{_NAME}(?=[ \t]*(?:[)\];,.|\n]|$))")
# a byline that credits the translator after a dash: "Hoang Van Minh - Translated by Le Thi Lan"
_BYLINE_DASH = re.compile(rf"(?:^|\n)[^\n]{{2,60}}?[ \t][-\u2013\u2014][ \t]+(?:Translated|Translation)[ \t]+by[ \t]+{_NAME}")
# an English rendering a body prepared of someone else's text: "(Informal English
# rendering for shippers, made by the Harbour Traders' Council)", "English version produced by X"
_RENDERING_BY = re.compile(r"\b(?:[Uu]nofficial[ \t]+|[Ii]nformal[ \t]+)?English[ \t]+(?:rendering|translation|version)"
                           rf"(?:[ \t]+from[ \t]+(?:{_LANGS}))?"  # (s44) "English rendering from Nepali by X"
                           r"(?:[ \t]+(?:for|of)[ \t]+[^,()\n]{1,40})?,?[ \t]+(?:(?:prepared|made|produced|provided|done)[ \t]+)?by"
                           rf"[ \t]+(?:the[ \t]+)?{_NAME}")


_AFTER_SENTENCE_END = re.compile(r"(?<=\w\w)\.(?:\s.*)?$")


def find(text: str) -> str | None:
    """The translator that ``text`` credits in one of the shapes above, or None."""
    if "ranslat" not in text and "English" not in text:
        return None
    m = _FROM_BY.search(text) or _LABEL_INSIDE.search(text) or _BYLINE_DASH.search(text) or _RENDERING_BY.search(text)
    if m is None:
        return None
    name = _AFTER_SENTENCE_END.sub("", m.group(1).strip()).rstrip(".,;)")
    if not name or mastheads.STAFF_AFTER.match(text, m.end()):
        return None
    return name


_LANG_WORD = r"([A-Z][a-z]+)"
_SERVICE_LINE = re.compile(rf"^[ \t*_#]*(?:[A-Z][\w.&'\u2019-]*[ \t]+){{1,5}}{_LANG_WORD}[ \t]*(?:[|\u2014\u2013]|[ \t]-[ \t]|$)")
_TRANSLATED_THE = re.compile(rf"\b[Tt]ranslat(?:ed|ing|e)[ \t]+(?:the|this|a)[ \t]+{_LANG_WORD}[ \t]+"
                             r"(?:version|original|text|article|item|report|post|story|transcript)\b")
# a monitoring or translation service's header line: "Source language: Russian", "Original language: Swahili"
_SOURCE_LANGUAGE = re.compile(rf"^[ \t*_]*(?:[Ss]ource|[Oo]riginal|[Oo]riginal[ \t]+text)[ \t]+language[ \t]*:[ \t]*{_LANG_WORD}[ \t]*$",
                              re.MULTILINE)
# the original that binds over the translation: "the Portuguese text shall prevail", "the French version is authoritative"
_PREVAILS = re.compile(rf"\b[Tt]he[ \t]+{_LANG_WORD}[ \t]+(?:text|version|original)[ \t]+(?:prevails|shall[ \t]+prevail|is[ \t]+"
                       r"(?:the[ \t]+)?(?:authoritative|binding|authentic))\b")
_SPOKEN_IN = re.compile(rf"\b(?:took[ \t]+place|was[ \t]+(?:conducted|held|given|recorded|carried[ \t]+out)|were[ \t]+"
                        rf"(?:conducted|held|recorded)|spoke|answered|wrote"
                        # (s352) a header's "Testimony recorded in Aymara"; "Guarani messages translated by ..."
                        rf"|(?:[Tt]estimony|[Ii]nterview|[Aa]ccount|[Ss]tatement)[ \t]+recorded)[ \t]+in[ \t]+{_LANG_WORD}\b"
                        rf"|\b{_LANG_WORD}[ \t]+(?:messages|posts|comments|answers|quotes|passages|replies)[ \t]+"
                        r"(?:(?:were|are|have[ \t]+been)[ \t]+)?translated\b")
# (s352) "She spoke to our reporter at the market, near the port, in Aymara": the language after the place
_SPOKE_TO = re.compile(r"\b(?:spoke|talked)\s+(?:to|with)\s+[^.]{1,120}?(?=\sin\s+[A-Z])")
_IN_WORD = re.compile(rf"\sin\s+{_LANG_WORD}\b")
# (s36) a translation note that says what the text was first in: "Originally published in Hindi. Translated by ...",
# "Broadcast in Amharic; translated by ...", "Interview conducted in Malayalam; English translation by ...", "a notice
# posted in Chinese on the embassy website. Translated by ...", "Translated by X. Original language: Chinese." (read
# only on a short line that speaks of the translation)
_NOTE_IN = re.compile(rf"\b(?:[Pp]ublished|[Ww]ritten|[Bb]roadcast|[Aa]ired|[Pp]osted|[Ii]ssued|[Cc]onducted|[Rr]ecorded|"
                      rf"[Dd]elivered)[ \t]+in[ \t]+{_LANG_WORD}\b|\b[Oo]riginal[ \t]+language[ \t]*:[ \t]*{_LANG_WORD}\b")
# a translator who names the language after the credit: "Translated by the editors from Russian", "I translated it from
# Spanish", "Translated and transcribed by the station's web desk from the Hindi broadcast"; "Lines in Tagalog were
# translated by ...", "words in Amharic were interpreted live"; a machine translation's "(Arabic \u2192 English)"
_FROM_AFTER = re.compile(rf"\b[Tt]ranslated(?:[ \t]+and[ \t]+\w+)?[ \t]+(?:by[ \t]+[^.\n]{{1,40}}?|it|this|them)[ \t]+from"
                         rf"[ \t]+(?:the[ \t]+)?{_LANG_WORD}\b"
                         rf"|\bin[ \t]+{_LANG_WORD}[ \t]+(?:were|are|was|is|have[ \t]+been)[ \t]+(?:translated|interpreted)\b"
                         rf"|\b{_LANG_WORD}[ \t]*(?:\u2192|->)[ \t]*English\b")


# (s44) an English rendering of a text in another language: "English rendering from Nepali by ...", "English version
# from the Sinhala"
_RENDERING_FROM = re.compile(rf"\bEnglish[ \t]+(?:rendering|version)[ \t]+from[ \t]+(?:the[ \t]+)?{_LANG_WORD}\b")


def original_language(text: str, names: dict[str, str]) -> str | None:
    """The original language of a translated page (see the module doc), as an ISO 639-1 code from
    ``names`` (lower-case language names to codes), after :func:`mastheads.original_language`."""
    found = mastheads.original_language(text, names)
    if found:
        return found
    header = _SOURCE_LANGUAGE.search(text[:1500]) if "anguage" in text[:1500] else None
    if header is not None and header.group(1).lower() in names and header.group(1).lower() != "english":
        return names[header.group(1).lower()]  # a monitoring service's header: "Source language: Russian"
    if "ranslat" not in text:  # a transcript whose guests' words "in Amharic were interpreted"
        m = _FROM_AFTER.search(text) if "nterpreted" in text else None
        word = (m.group(m.lastindex or 1) or "").lower() if m is not None else ""
        return names[word] if word in names and word != "english" else None
    first = next((ln for ln in text[:400].splitlines() if ln.strip()), "")
    for m in (_SERVICE_LINE.match(first), _TRANSLATED_THE.search(text), _SPOKEN_IN.search(text), _PREVAILS.search(text),
              _FROM_AFTER.search(text), _RENDERING_FROM.search(text)):
        word = (m.group(m.lastindex or 1) or "").lower() if m is not None else ""
        if word in names and word != "english":
            return names[word]
    return _spoke_to_in(text, names) or _note_in(text, names)


def _note_in(text: str, names: dict[str, str]) -> str | None:
    """The language a short translation note says the text was first published, broadcast or written in."""
    for m in _NOTE_IN.finditer(text):
        word = (m.group(1) or m.group(2)).lower()
        if word not in names or word == "english":
            continue
        start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        line = text[start:end if end >= 0 else len(text)]
        if len(line) <= 300 and ("ranslat" in line or "nterpret" in line):
            return names[word]
    return None


def _spoke_to_in(text: str, names: dict[str, str]) -> str | None:
    """The language a speaker spoke to the reporter in, named after where ("spoke to our reporter in Oruro, in
    Aymara"): the first "in X" of the sentence that is a language."""
    for m in _SPOKE_TO.finditer(text):
        end = text.find(".", m.end())
        for w in _IN_WORD.finditer(text, m.end() - 1, end if end > 0 else len(text)):
            word = w.group(1).lower()
            if word in names and word != "english":
                return names[word]
    return None


_STATE_ISSUER = re.compile(r"\b(?:Department|Ministry|Bureau|Commission|Government|Office|Administration)\b")


def issuer_language(text: str) -> str | None:
    """The language of a translated notice from the country of the state body that heads it ("Guangdong Provincial
    Department of Human Resources ..." over an English rendering: Chinese), or None."""
    from labourlens.analyse import places  # noqa: PLC0415 - places is heavy and rarely needed here

    head = [ln.strip() for ln in text[:600].splitlines() if ln.strip()][:3]  # the issuer, the notice's title
    if not head or not _STATE_ISSUER.search(head[0]):
        return None
    countries = {p.country for p in places.find("\n".join(head)) if p.country}
    return mastheads.language_from_outlet(None, countries.pop()) if len(countries) == 1 else None


# (s36) the last resort for a translated page that names no language: the scripts of the original it quotes (a
# headline in Hangul, "번역:", "机器翻译"), then the romanisation of its translator's name
_HANGUL = re.compile(r"[\uac00-\ud7a3]{2}")
_KANA = re.compile(r"[\u3040-\u30ff]{2}")
_HAN = re.compile(r"[\u4e00-\u9fff]{2}")
_THAI = re.compile(r"[\u0e00-\u0e7f]{2}")


def script_or_name_language(text: str, translator: str | None) -> str | None:
    """The language of a translated page (one with a translator) from the script of the original it quotes, or else
    from the translator's name as romanised in Korean ("Choi Da-eun") or Vietnamese ("Nguyen Thu Trang"), or None."""
    if translator is None:
        return None
    for script, code in ((_HANGUL, "ko"), (_KANA, "ja"), (_HAN, "zh"), (_THAI, "th")):
        if script.search(text):
            return code
    return translator_names.language(translator)


def fallback_language(text: str, outlet: str | None, translator: str) -> str | None:
    """The original language of a translated page whose words and outlet name none: the country of the state body
    heading a notice with no outlet (:func:`issuer_language`), then :func:`script_or_name_language`."""
    return (issuer_language(text) if outlet is None else None) or script_or_name_language(text, translator)
