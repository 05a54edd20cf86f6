"""Interview framing and empty answers (extractor ``claims.v1``, used by :mod:`claims`).

An interview's own framing asserts nothing about the workers: how and where it took place
("We met at a tea house in Almaty", "The conversation was held in Russian and has been
shortened"), what was asked ("We asked him about the brigade's pay"), how the answers are laid
out, where the interviewee lives now, how the voice or name was disguised. And a short answer
that carries no content of its own ("Never.", "I could not say.", "That is all I know.") only
continues the last claim in form, not in substance.
"""

from __future__ import annotations

import re

from labourlens.analyse.gated import Folded, gated
from labourlens.analyse.host_talk import host_talk
from labourlens.analyse.masthead_askers import asker_prompts

__all__ = ["asker_prompts", "is_frame", "empty_answer", "negative_echo", "denial_answer", "labelled"]

_FRAME = re.compile(  # (no literal gate: an anchored match fails faster than 28 substring tests)
    r"^\W*(?:"
    # how the interview took place or was edited
    r"(?:this|the|our) (?:interview|conversation|exchange|transcript)\b[^.;]{0,60}?\b(?:took place|was (?:held|conducted|"
    r"recorded|done)|(?:was|were|has been|have been) (?:\w+ )?(?:translated|shortened|condensed|edited|abridged|"
    r"lightly edited))|"
    r"transcript \((?:auto|machine|automatically)[^)]*\)|"
    # an editor's note below a record: "The above is an excerpt.", "The full transcript is available on ..."
    r"(?:the above|this|what follows|the following) is (?:an? |the )?(?:\w+ )?(?:excerpt|extract|summary|abridged)\b|"
    r"(?:the|a) (?:full|complete|unedited|original) (?:transcript|text|record|interview|version|recording)\b[^.;]{0,20}?"
    r"\b(?:is|are|can be) (?:available|found|read|published|posted)\b|"
    r"(?:we|i) (?:asked|questioned) (?:him|her|them)(?: \w+)? about\b|"
    r"(?:his|her|their) (?:answers|replies|responses) (?:below |here )?(?:follow|are (?:given|printed|shown))\b|"
    r"(?:we|i) met (?:(?:him|her|them) )?(?:in|at|near|outside)\b|"
    r"(?:we|i) (?:spoke|talked) (?:(?:to|with) (?:him|her|them)(?: together)? )?(?:by|over|via|on the) "
    r"(?:phone|telephone|video|zoom|messenger|signal|email)(?:\s+(?:in|on|last|this|from|during)\b[^,;]{0,20})?\W*$|"
    r"(?:we|i) (?:spoke|talked) (?:to|with) (?:him|her|them)(?: together)? (?:in|on|last|this)\b[^,;]{0,25}[;,]|"
    # "We spoke to her about recruitment debts.": what the interview is about
    r"(?:we|i) (?:spoke|talked) (?:to|with) (?:him|her|them) about\b[^,;.]{0,40}\.?\W*$|"
    # the interviewee's credentials: "Ana Ruiz is a sociologist at X who has interviewed 200 migrants since 2024."
    r"(?-i:(?:Dr\.? |Prof\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}) is an? (?:[\w-]+ ){0,3}(?:sociologist|researcher|"
    r"anthropologist|economist|demographer|scholar|academic|professor|lecturer|historian)\b[^.;]{0,90}?\bwho (?:has )?"
    r"(?:interviewed|surveyed|studied)\b(?:(?!\b(?:and|but|that|found|finds)\b)[^.;]){0,100}\.?\W*$|"
    r"(?:he|she|they) (?:agreed|consented) to (?:an?|the|this) (?:\w+ )?interview\b|"
    # (s344) who spoke to the outlet, how and when, and nothing else: "Nine pickers at the estate spoke to the Kedah
    # Courier over three days in May.", "The cook told her story to Delta Radio by phone." (not a subject with a clause of
    # its own: "Men who were beaten spoke to ...")
    r"(?:(?!\b(?:who|whom|that|which|after|because|when|while|and|but|said|says)\b)[^.;:\"\u201c]){0,90}?\b(?:spoke|talked|"
    r"(?:told|gave) (?:his|her|their) (?:story|stories|account|accounts)) (?:to|with) (?:the )?(?-i:[A-Z][\w'\u2019-]*"
    r"(?: [A-Z][\w'\u2019-]*){0,3}) (?:by|over|via|on|in|at|during|last|this|from)\b[^,;]{0,40}\.?\W*$|"
    r"(?:he|she|they) (?:asked|asks) (?:us )?(?:to use only|that we (?:call|use|identify))\b|"
    r"(?:we|i) (?:have )?(?:changed|altered|disguised|distorted) (?:his|her|their) (?:voice|voices|face|faces)\b|"
    r"(?:he|she|they) now (?:lives?|works?|stays?) (?:in|near|outside)\b[^,;]{0,40}$|"
    r"with (?:me|us) (?:in the studio|on the line|today|now) (?:is|are)\b|"
    r"(?:our|my) guests? (?:today |tonight |this week |now )?(?:is|are)\b|"
    r"let['’]?s (?:start|begin|turn|move|talk|go back|come back) (?:to|with|on|about)\b[^,;]{0,40}$|"
    r"(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}, )?thank(?:s| you)(?: (?:very much|so much))?"
    r"(?: for (?:joining|talking|speaking|being|coming)[^,;]{0,30})?\W*$|"
    r"(?:his|her|their) (?:voices?|faces?|names?) (?:has|have) been (?:altered|changed|disguised|distorted|blurred)\b"
    r")",
    re.IGNORECASE,
)

_LABEL = re.compile(r"^\W*(?:\[[\d:]+\]\s*)?(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?: \[[^\]]{1,40}\])?|[QA])\s*[:.]\s+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+")
# words that carry nothing about the workers on their own: pronouns, auxiliaries, negations,
# answer words and verbs of knowing and believing
_EMPTY = frozenset(
    """a an the and or but so yes no not never always sometimes often maybe perhaps honestly really
    well oh ah just only even still too also very quite i me my we us our you your he him his she her they
    them their it its this that these those there here what which who anything nothing everything
    something everybody everyone nobody somebody anybody all any none am is are was were be been being do
    does did don't didn't doesn't can can't cannot could couldn't will won't would wouldn't should shall
    may might must have has had i'm it's that's wasn't weren't isn't aren't know knew think thought
    believe believed sure say said mean meant remember remembered tell told guess suppose see saw
    of to in on at for with from about by as if then than more less much many lot one day time thing
    things way again ever yet""".split()
)


# "The company sent us a written statement.": an introduction, the statement follows
_SENT_US = gated(r"\b(?:sent|gave|emailed|e-mailed|provided|issued) (?:us|me|this (?:paper|newspaper|programme|"
                      r"program|station|outlet|reporter)) (?:a |an |its |their |his |her )?(?:short |brief |written |"
                      r"emailed )?(?:statement|response|reply|answer)\W*$", re.IGNORECASE)


def is_frame(text: str) -> bool:
    """Does the sentence only frame the interview (how, where, in what language it took place)?"""
    body = _LABEL.sub("", text, count=1)
    return bool(_FRAME.match(body) or _SENT_US.search(body) or host_talk(body))


def empty_answer(text: str) -> bool:
    """Is an answer too empty to continue a claim ("KIM: Never.", "I could not say that.")?
    Answers with at least two words of content ("Lunch was ten minutes at the bench") are not."""
    body = _LABEL.sub("", text, count=1)
    if _COUNT.found(body) or _SUBSTANCE.found(body):
        return False  # "I saw it twice.", "Three of us.", "Almost none of them did.", "That is false."
    content = [w for w in _WORD.findall(body) if w.lower().replace("’", "'") not in _EMPTY]
    return len(content) < 2


_COUNT = Folded(r"\d|\b(?:once|twice|thrice|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                r"twenty|thirty|forty|fifty|hundred|thousand)\b", re.IGNORECASE)
# a share of the group or a rebuttal is content however short the answer
_SUBSTANCE = Folded(r"\b(?:(?:none|most|all|some|few|half|many|each|both|several) of (?:them|us|the \w+)|"
                    r"false|untrue|lies?|lying|nonsense|slander|fabricated|invented|rumou?rs?)\b", re.IGNORECASE)
_DENIAL_START = re.compile(r"^\W*(?:no|not|never|nobody|none|nothing|no-one|no one)\b", re.IGNORECASE)


def denial_answer(text: str) -> bool:
    """Does an answer open with a denial ("No.", "Not me.", "Never, not once.")? Said straight after a
    question it is a negated claim about what was asked."""
    return bool(_DENIAL_START.match(_LABEL.sub("", text, count=1)))


_NEGATION = re.compile(r"\b(?:no|not|nobody|never|none|nothing|no-one|no one|neither)\b|n't\b", re.IGNORECASE)


def _content(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(_LABEL.sub("", text, count=1))
            if len(w) >= 3 and w.lower().replace("’", "'") not in _EMPTY}


def negative_echo(question: str, answer: str) -> bool:
    """Does a short answer deny what its question asked, in the question's own word ("Did the guards
    beat you?" "No, nobody beat us.")? Then it is a negated claim, not an empty answer."""
    return bool(_NEGATION.search(answer)) and bool(_content(question) & _content(answer))


_TURN_LABEL = gated(r"^\W*(?:\[[\d:]+\]\s*)?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?: \[[^\]]{1,40}\])?:\s+\S")


def labelled(text: str) -> bool:
    """Does the sentence open with a speaker's label ("KIM: ...", "Mr. Osei: ...", "[00:01:12] LEE: ...")?"""
    return bool(_TURN_LABEL.match(text))
