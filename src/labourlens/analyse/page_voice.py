"""Where a source's voice and the page's own voice meet (hooks for the attribution finders).

- A quotation closed and then given to a speaker whose description runs long ('"We start at seven,"
  said a crane driver who has worked at the site since 2021 and spoke on condition of anonymity
  because he feared for his job.'): the speaker is the phrase up to its relative clause ("a crane
  driver"); the main finders give up on a speaker phrase that long, and the quotation then fell to
  the page's voice.
- People who open a lede with a long description and then "say" ("Glaziers from Sri Lanka fitting a
  mall in Muscat's Bawshar district say their wages stopped in May"): the people, by their head phrase
  ("Glaziers from Sri Lanka"); the main finders give up on a subject that long, and the lede fell to the
  agency in the dateline.
- A person met before who reacts before a quotation ('Asked whether the men could leave, the foreman
  laughed. "Leave to where? ..."'): the reaction names the speaker of the quotation that follows (the
  registry takes "the foreman" back to the foreman met before); otherwise the quotation fell to the page.
- A quotation given to a speaker with an apposition ('"...," one of the fitters, a 31-year-old
  Nepali, told the Harbour Courier.'): the speaker before the apposition.
"""

from __future__ import annotations

import re

from labourlens.analyse.called_parties import called_party
from labourlens.analyse.gated import gated
from labourlens.analyse.petition_subjects import petition_subject
from labourlens.analyse.speaker_spans import person_headed
from labourlens.analyse.speakers import Mention, _cue, _plausible, classify
from labourlens.analyse.wire_datelines import dateline_end

__all__ = ["acts_on_narrator", "fallback_speaker", "quoted_speaker"]

_VERBS = r"said|says|added|adds|explained|recalled|recalls|told\s+(?:[A-Z][\w'\u2019-]*\s*){1,4}|told\s+(?:us|me|reporters)"
_DET = r"(?:a|an|the|one|another|two|three|several|some)"
# '..." said a crane driver who ...' (the speaker after the verb, then a relative clause)
_INVERTED = re.compile(
    rf"[,!?\u2026]\s*[\"\u201d\u2019]\s+(?P<verb>{_VERBS})\s*,?\s+"
    rf"(?P<sp>{_DET}\s+[^,;:\"\u201c\u201d]{{2,60}}?)\s*,?\s+(?:who|whose)\s", re.IGNORECASE)
# '..." one of the fitters, a 31-year-old Nepali, told ...' (the speaker, an apposition, then the verb)
_APPOSED = re.compile(
    rf"[,!?\u2026]\s*[\"\u201d\u2019]\s+(?P<sp>{_DET}\s+(?:of\s+the\s+)?[^,;:\"\u201c\u201d]{{2,50}}?),\s+"
    rf"(?:a|an)\s+[^,;:\"\u201c\u201d]{{2,60}}?,\s+(?P<verb>{_VERBS})(?:\s*[.,;]|\s+(?:on|in|by|last|this)\b|$)",
    re.IGNORECASE)


def quoted_speaker(sentence_text: str) -> Mention | None:
    """The speaker of a closed quotation in the two shapes above, or None."""
    if '"' not in sentence_text and "\u201d" not in sentence_text:
        return None
    for rx in (_INVERTED, _APPOSED):
        m = rx.search(sentence_text)
        if m is None:
            continue
        sp = m.group("sp").strip()
        if classify(sp) not in ("anonymous_source", "named_person") or not _plausible(sp):
            continue
        verb = m.group("verb").split()[0]
        return Mention(sp, m.start("sp"), m.start("sp") + len(sp), _cue(verb), True)
    return None


# "Scaffolders from Nepal working on ... say they ...": a subject, a participle or relative clause, the verb
_LEDE = gated(
    r"(?P<sp>[A-Z][\w'\u2019-]*(?:\s+(?!(?:working|employed|hired|building|living|brought|recruited|"
    r"placed|sent|who|that)\b)[\w'\u2019-]+){0,7}?)\s+,?\s*(?:working|employed|hired|building|living|brought|"
    r"recruited|placed|sent|who\s+(?:work|worked|have\s+worked|build|built|live|lived))\b[^\"\u201c;:]{3,140}?\s+"
    r"(?P<verb>say|said|allege|alleged|complain|complained|told\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})"
    r"\s+(?:that\s+)?(?:they|their|a|an|the|he|she|we|none|no|most|some|many|all)\b")


def lede_subject(sentence_text: str) -> Mention | None:
    """The people a lede opens with when a long description follows them before "say" (see above)."""
    at = dateline_end(sentence_text)
    m = _LEDE.match(sentence_text, at)
    if m is None:
        return None
    sp = m.group("sp").strip()
    if classify(sp) != "anonymous_source" or not _plausible(sp):
        return None
    verb = m.group("verb").split()[0].lower()
    cue = "told" if verb == "told" else "said"
    return Mention(sp, m.start("sp"), m.start("sp") + len(sp), cue, False)


def fallback_speaker(sentence_text: str) -> Mention | None:
    """A speaker in the shapes above, for a sentence where the main finders found none."""
    return quoted_speaker(sentence_text) or lede_subject(sentence_text) or reaction_subject(sentence_text) \
        or second_verb_subject(sentence_text) or as_put_mention(sentence_text) or dotted_initials(sentence_text) \
        or after_semicolon(sentence_text) or outside_quotes(sentence_text) or petition_subject(sentence_text) \
        or called_party(sentence_text)


def outside_quotes(sentence_text: str) -> Mention | None:
    """A speaker between two quoted phrases ('Vietnam has "never sent" such crews, a ministry spokesperson said,
    calling the report "fabricated".'): the finders look for a trailing speaker only after the last
    quotation; read again with the quotation marks blanked, keeping a speaker outside every quotation."""
    if sentence_text.count('"') < 4 or sentence_text.count('"') % 2:
        return None
    from labourlens.analyse.mentions import find_mention  # (mentions calls this module: imported late)

    m = find_mention(sentence_text.replace('"', " "))
    if m is None or m.start == 0 or sentence_text.count('"', 0, m.start) % 2 or '"' in sentence_text[m.start:m.end]:
        return None
    return Mention(m.wording, m.start, m.end, m.cue, False, m.relay)


def after_semicolon(sentence_text: str) -> Mention | None:
    """A report that opens the clause after a semicolon ("Nights fell to minus 40; loggers told us the only
    stove had broken"): its speaker, for the sentence (the first clause is a setting)."""
    at = sentence_text.rfind("; ")
    if at < 10 or sentence_text.count('"') % 2 or sentence_text.count("\u201c") != sentence_text.count("\u201d"):
        return None
    from labourlens.analyse.mentions import find_mention  # (mentions calls this module: imported late)

    part = sentence_text[at + 2:]
    m = find_mention(part)
    if m is None or m.start > 3 or m.cue not in ("said", "told") or classify(m.wording) is None:
        return None
    return Mention(m.wording, m.start + at + 2, m.end + at + 2, m.cue, m.direct, m.relay)


# "In practice, as one packing-line supervisor put it to me, "...": the one who put it so speaks
_AS_PUT = gated(
    r"(?:^\s*|,\s+)(?:[Jj]ust\s+)?[Aa]s\s+(?P<sp>(?:(?i:a|an|the|one|another)\s|[A-Z])[^,;:\"\u201c]{1,80}?)\s+"
    r"(?:(?:later|once|recently|also)\s+)?(?P<verb>put\s+it|puts\s+it|said|says|explained|told|described\s+it)"
    r"(?:\s+to\s+(?:me|us|him|her|them|(?:the|our|this)\s+[\w-]+|[A-Z][\w-]+))?\s*[,:]")


def as_put_mention(sentence_text: str) -> Mention | None:
    """ "In practice, as one cook put it to me, ...": the speaker of the sentence (see above)."""
    if "as " not in sentence_text and "As " not in sentence_text:
        return None
    m = _AS_PUT.search(sentence_text)
    if m is None or m.start() > 60:
        return None
    sp = m.group("sp").strip()
    if classify(sp) not in ("anonymous_source", "named_person", "official", "organization") or not _plausible(sp):
        return None
    return Mention(sp, m.start("sp"), m.start("sp") + len(sp), "said", '"' in sentence_text[m.end():])


_DOTTED = re.compile(r"[A-Z](?<!\w.)\.(?:[A-Z]\.)+")  # \b(?:[A-Z]\.){2,}, with a capital first: re scans for it


def dotted_initials(sentence_text: str) -> Mention | None:
    """A speaker phrase with dotted initials in it ("a U.K. charity said ..."):
    read again with the dots masked, since the finders take a dot for the end of a phrase."""
    if _DOTTED.search(sentence_text) is None:
        return None
    from labourlens.analyse.mentions import find_mention  # (mentions calls this module: imported late)

    keep = [True] * len(sentence_text)  # the initials without their dots ("US-based"), mapped back after
    for d in _DOTTED.finditer(sentence_text):
        for i in range(d.start(), d.end()):
            keep[i] = sentence_text[i] != "."
    where = [i for i, k in enumerate(keep) if k]
    m = find_mention("".join(sentence_text[i] for i in where))
    if m is None or m.end <= m.start or m.end > len(where):
        return None
    start, end = where[m.start], where[m.end - 1] + 1
    if sentence_text[end:end + 1] == "." and end < len(sentence_text) - 1 and _DOTTED.search(sentence_text[:end + 1]):
        end += 1  # "the U.N." keeps its last dot
    return Mention(sentence_text[start:end], start, end, m.cue, m.direct, m.relay)


# "The ministry urged workers to report abuse and said that employers ...": the report is the second verb
_SECOND_VERB = re.compile(
    r"^(?P<sp>(?:The|the|A|An|Its|Their|[A-Z][\w-]+['\u2019]s)\s+(?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+"
    r"|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,4})"  # (a place's body: "Sonora's fishing council")
    # (a short quoted label in the first clause: 'called the ruling "a witch hunt", and said')
    r"\s+(?:also\s+)?(?P<first>[a-z]+ed|sent|gave|took|met|held|began|made)\b"
    r"(?:[^\"\u201c;]|[\"\u201c][^\"\u201c\u201d;]{1,60}[\"\u201d]){3,160}?,?\s+and\s+(?:also\s+)?"
    r"(?P<verb>said|says|added|stated|noted|warned|confirmed|told\s+(?:reporters|journalists|the\s+\w+|us|[A-Z][\w-]+))"
    r"\s+(?:that\s+)?(?=[a-z\"\u201c]|[A-Z])")


# the first act done to the one telling it (an abuse with "my", "our", "us" or "me" in it)
# (diag227: and the habitual present, "the foreman keeps our phones and says ...")
_ACT_ON_US = re.compile(r"(?:took|kept|locked|confiscated|seized|withheld|beat|hit|cut|deducted|threatened|refused|takes|keeps|"
                        r"holds|locks|confiscates|seizes|withholds|beats|hits|cuts|deducts|threatens|refuses)\b"
                        r"[^.;\"]*\b(?:my|our|us|me)\b")


def acts_on_narrator(before_verb: str) -> bool:
    """Does the text before a reporting verb end in an abuse done to the one telling it, then "and" ("Company took my
    passport when I arrived and [says]")? The teller speaks, not the one who did it."""
    m = _ACT_ON_US.search(before_verb)
    return m is not None and before_verb.rstrip().endswith(" and") and not any(c in before_verb[m.end():] for c in ".;\"")


def second_verb_subject(sentence_text: str) -> Mention | None:
    """The subject of a sentence whose report is its second, coordinated verb (see above)."""
    if " and " not in sentence_text:
        return None
    at = dateline_end(sentence_text)
    m = _SECOND_VERB.match(sentence_text, at)
    if m is None:
        return None
    sp = m.group("sp")
    if classify(sp) not in ("official", "organization", "anonymous_source", "named_person", "document") \
            or not _plausible(sp) or _ACT_ON_US.match(sentence_text, m.start("first"), m.start("verb")):
        return None  # "Company took my passport when I arrived and says ...": the one it was done to tells it
    verb = m.group("verb").split()[0].lower()
    return Mention(sp, m.start("sp"), m.end("sp"), "told" if verb == "told" else "said", False)


_REACTION = re.compile(
    r"^\s*(?:[^,\"\u201c]{3,100},\s+)?(?P<sp>(?:the|this|that)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019-]+)\s+(?:only\s+|just\s+|simply\s+)?(?:laughed|shrugged|smiled|"
    r"sighed|paused|nodded|hesitated|grimaced|winced|frowned|scoffed|snorted|shook\s+(?:his|her)\s+head)"
    r"(?:\s+(?:bitterly|briefly|again|slowly|quietly|and\s+(?:shrugged|laughed|smiled|sighed)))?\s*[.:]\s*$")


def reaction_subject(sentence_text: str) -> Mention | None:
    """The person reacting before a quotation (see above): a definite description or a name."""
    m = _REACTION.match(sentence_text)
    if m is None:
        return None
    sp = m.group("sp")
    if classify(sp) not in ("anonymous_source", "named_person"):
        return None
    return Mention(sp, m.start("sp"), m.end("sp"), "said", False)


_OWN_SERVICE = re.compile(r"^(?:the|its|their)\s+(?:(?P<owner>[\w-]+)['\u2019]s?\s+)?(?:press\s+service|press\s+office|"
                          r"press\s+secretary|spokes(?:person|man|woman)|media\s+office|communications\s+office)$",
                          re.IGNORECASE)


def own_press_service(m: Mention | None, sentence_text: str) -> Mention | None:
    """A speaker phrase made more precise after the finders: "a security firm and two people" -> the firm
    (see ``_body_first``). A body that acts in a sentence and whose press service reports it ("The district prosecutor's office
    inspected the plant and found ..., the office's press service said"): the body speaks (its press
    service is its voice); ``m`` unchanged otherwise."""
    if m is not None and " and " in m.wording:
        return _body_first(m)
    if m is None or m.start == 0 or "press" not in m.wording and "spokes" not in m.wording:
        return m
    s = _OWN_SERVICE.match(m.wording.strip())
    if s is None:
        return m
    owner = s.group("owner")
    head = re.escape(owner) if owner else r"[\w-]+"
    at = dateline_end(sentence_text)
    subj = re.match(rf"(?P<sp>(?:The|the)\s+[^,;:\"\u201c]{{0,70}}?\b{head})\s+(?:has|have|had|is|was|were|said|"
                    rf"found|completed|carried|conducted|inspected|fined|opened|issued|launched|detained|[a-z]+ed)\b",
                    sentence_text[at:])
    if subj is None or subj.start("sp") + at >= m.start:
        return m
    sp = subj.group("sp")
    if classify(sp) not in ("official", "organization"):
        return m
    return Mention(sp, at + subj.start("sp"), at + subj.end("sp"), m.cue, m.direct, m.relay)


_TWO_KINDS = re.compile(r"^(?P<first>(?:a|an|the|one|two|three|four|five|several|some|\d+)\s+[^,;:]{2,70}?)\s+and\s+"
                        r"(?P<second>(?:a|an|the|one|two|three|four|five|several|some|other|\d+)\s+[^,;:]{2,80})$",
                        re.IGNORECASE)


_ARTICLE_CI = re.compile(r"(?i)(?:a|an|the|one)\s")


def _body_first(m: Mention) -> Mention:
    """ "according to a security firm and two people who worked with them", "according to two site engineers
    and a confidential report": two sources of different kinds named together; the one named first speaks
    (the other is met again on its own later); ``m`` unchanged otherwise."""
    b = _TWO_KINDS.match(m.wording.strip())
    if b is None:
        return m
    first, second = classify(b.group("first")), classify(b.group("second"))
    if person_headed(b.group("first")) and second == "anonymous_source":
        return m  # "a union official and three drivers": people named with people stay one group
    if first is None or second is None or first == second or first == "organization" \
            and not _ARTICLE_CI.match(b.group("first")):  # "two subcontractors and a nurse": people, together
        return m
    body = b.group("first")
    return Mention(body, m.start, m.start + len(body), m.cue, m.direct, m.relay)
