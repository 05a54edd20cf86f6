"""A "he" or "she" that speaks inside a relative clause of a sentence whose subject is a person doing something other
than speaking ("A Hunchun pastor published photos that he said showed ...", "Mr Osei showed us a ledger, which he said
recorded ...", "The petitioner, Amina Bello, sought the return of her sons, who she said were held at ..."): the
pronoun is that subject's, not the last source's of the paragraph before (a group or a firm quoted earlier). Used by
:func:`labourlens.analyse.subordinate_reports.subordinate_pronoun`; examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.participle_reports import NOT_SUBJECT_END, subject_mention
from labourlens.analyse.registry import _gender as wording_gender
from labourlens.analyse.speakers import Mention, classify

__all__ = ["subject_of_relative"]

# the pronoun right after the relative word that opens the clause it speaks in ("that he said", "which, she says,",
# "who he claimed", "where she says")
_RELATIVE_SAYS = re.compile(r"\b(?:that|which|who|whom|where)\s*,?\s+(?P<p>he|she)\s*,?\s+(?:said|says|claimed|claims|"
                            r"alleged|alleges|insisted|insists|estimated|estimates|believed|believes)\b")
# the main verb of the sentence: a past tense of doing, showing or seeking (not one of speaking, which the
# attribution already reads, nor a participle after "be" or "to")
_MAIN_VERB = re.compile(r"(?<!\bbe )(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bto )(?<!\bnot )\b(?:showed|shows|published|"
                        r"posted|produced|sent|sought|gave|handed|took|kept|filmed|photographed|uploaded|forwarded|"
                        r"brought|pointed\s+to|displayed|collected|gathered|filed|lodged|submitted|recorded|compiled|"
                        r"made|drew|wrote\s+(?:down|up|out)|listed|described|spent|paid|borrowed|"
                        r"returned|left|fled|escaped|worked|lost|received|rolled\s+up|lifted|opened)\b")
# what may not stand between the main verb and the relative clause: another clause with its own subject
# ("... returned home after the embassy rescued her, where she says ..."), a new sentence or a quotation
_ANOTHER_CLAUSE = re.compile(r"\b(?:after|before|when|because|while|until|since|although|though|if|and\s+(?:he|she|"
                             r"they|it|the|a|an)|but)\b|[.;:!?\"\u201c\u201d]")
_DEFINITE = re.compile(r"(?:the|this|that|these|those|our|his|her|their)\s", re.IGNORECASE)
_PEOPLE = ("named_person", "anonymous_source", "official")


def subject_of_relative(m: Mention | None, sentence_text: str) -> Mention | None:
    """The subject of the sentence, read as if it spoke ("NP said."), in place of ``m`` when ``m`` is None or a bare
    "he"/"she" and the pronoun speaks in a relative clause after the subject's own verb; ``m`` otherwise."""
    if m is not None and (m.wording.lower() not in ("he", "she") or m.start == 0):
        return m
    said = _RELATIVE_SAYS.search(sentence_text) if " said" in sentence_text or " says" in sentence_text \
        or " claim" in sentence_text or " alleg" in sentence_text else None
    if said is None or m is not None and m.start != said.start("p"):
        return m
    for verb in _MAIN_VERB.finditer(sentence_text, 0, said.start()):
        np = sentence_text[: verb.start()].rstrip().rstrip(",")
        if not np or np.split()[-1].lower() in NOT_SUBJECT_END:
            continue  # "A woman who returned ...", "A man who had worked ...": the verb of the subject's own clause
        if _ANOTHER_CLAUSE.search(sentence_text, verb.end(), said.start()) or classify(np) not in _PEOPLE:
            return m
        if wording_gender(np) == ("female" if said["p"] == "he" else "male"):
            return m  # "A woman from Kollam kept a diary, which he said ...": someone else
        read = subject_mention(np, 0)
        if classify(read.wording) != "named_person" and _DEFINITE.match(read.wording):
            return m  # "the 26-year-old from Nakuru": someone met before, whom the pronoun finds as it is
        return read
    return m
