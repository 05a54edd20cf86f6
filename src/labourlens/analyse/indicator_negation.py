"""Negation around an indicator hit (:mod:`.indicators`): a negator before the cue ("were not beaten"), inside it
("passports were not confiscated") or on the clause's subject ("no worker has ever been beaten") cancels the hit,
unless the rule's own words hold the negation ("=not returned") or the negation is the abuse ("haven't been let out")."""

from __future__ import annotations

from collections.abc import Callable

_PUNCT = frozenset(",;:()")
# a finite auxiliary that opens a cue starts a clause of its own: a "without" before it, past a word, belongs to the subject
_FINITE_AUX = frozenset(("were", "was", "are", "is", "had", "have", "has", "got", "get", "gets"))
_CONDITIONAL = frozenset({"if", "unless", "whether", "when", "whenever", "until"})
_UNTIL = frozenset(("until", "till"))
# what an "until" clause waits for when it is a condition of release: "until the fee is repaid", "until it is worked off"
_SETTLED = frozenset(("repaid", "paid", "settled", "cleared", "reimbursed", "refunded", "off"))
_DENY = frozenset(("deny", "denied", "denies", "refuted"))
_NOT_DENY = frozenset(("not", "never", "n't", "didn't", "doesn't", "don't", "won't", "wouldn't", "couldn't", "cannot", "can't"))
_LITOTES = frozenset(("hesitate", "hesitated", "forget", "forgotten", "unusual", "uncommon", "rare", "infrequent"))
# (s45) "no less than $900", "not fewer than 2,000 yuan": a floor on a sum of money, no denial (not "not less than seven
# days", a floor that other rules read)
_FLOOR = frozenset(("less", "fewer"))
_MONEY_SIGNS = frozenset(("$", "\u20ac", "\u00a3", "\u00a5"))
_CURRENCIES = frozenset("dollars dollar yuan rmb usd rubles roubles euros won pounds rupees taka ringgit baht dirhams riyals "
                        "pesos".split())


def _floor_amount(raws: list[str], k: int) -> bool:
    """Does the negator at ``k`` open a floor on a sum of money ("no less than $900", "not fewer than 2,000 yuan")?"""
    if k + 3 >= len(raws) or raws[k + 1] not in _FLOOR or raws[k + 2] != "than":
        return False
    return raws[k + 3] in _MONEY_SIGNS or raws[k + 3][:1].isdigit() and any(r in _CURRENCIES for r in raws[k + 4:k + 8])


def before(negators: frozenset[str], raws: list[str], start: int, low: str = "", spans: list[tuple[int, int]] | None = None) -> bool:
    """A negator in the four words before a hit (``raws[start]`` its first word): "were not beaten"."""
    if raws[start] in _UNTIL and any(raw in _SETTLED for raw in raws[start + 1:start + 10]):
        return False  # "will not let them go until the fee is repaid": the negation is the main clause's, the condition holds
        # ("never worked until two in the morning" stays negated: the clause waits for no settling)
    for k in range(start - 1, max(-1, start - 5), -1):
        raw = raws[k]
        if raw in _PUNCT or raw == "because":  # "could not leave because the agency had their passports"
            return False
        if raw == "without" and k < start - 1 and raws[start] in _FINITE_AUX:
            return False  # "recruits caught without a permit | were tied to a post": the phrase ends at its noun
        if raw in _DENY and k > 0 and raws[k - 1] in _NOT_DENY:
            return False  # "did not deny that the passports were held": no denial
        if raw in negators and raws[k + 1] not in _LITOTES and not _floor_amount(raws, k):  # not "did not hesitate to beat"
            if spans is not None and low[spans[k][1]:spans[k][1] + 1] in (".", "!", "?"):
                return False  # "A: No. The brigade leader took our pay": an answer, a sentence of its own
            # a negated condition ("if they don't pay") is not a denial of the abuse
            return not any(raws[j] in _CONDITIONAL for j in range(max(0, k - 4), k))
    return _quantified_subject(raws, start)


_OPENING_QUOTES = frozenset(("\"", "\u201c", "'", "\u2018"))
_NO_SUBJECT = frozenset(("no", "none"))


def _quantified_subject(raws: list[str], start: int) -> bool:
    """(study of heldout424) A sentence whose subject is "no <one> of <a body>", farther back than four words: "No member
    of the federation keeps a passport of any crewman", "None of the owners in the district keeps ..."."""
    first = 1 if raws and raws[0] in _OPENING_QUOTES else 0
    if not 4 <= start - first <= 8 or raws[first] not in _NO_SUBJECT or "of" not in raws[first + 1:first + 3]:
        return False
    # (the cue opens the verb: "None of the workers had their passports" lacks them, which is the abuse; "None of the
    # guards reported violence" is a finding with a verb of its own, read by the finding rules)
    return not any(raw in _PUNCT or raw in _CONDITIONAL or raw in _FINITE_AUX or raw in _SUBJECT_STOPS or raw.endswith("ed")
                   for raw in raws[first:start])


_SUBJECT_STOPS = frozenset(("because", "that", "who", "which", "said", "says", "say", "told", "tells", "saw", "sees", "see"))


_AUX = frozenset(("be", "been", "being", "ever", "even", "once", "really", "yet", "always", "had", "have", "has", "get", "got", "to"))


# a leave, a right or a word denied is the abuse ("haven't been let out", "were never told", "are never seen in town"); a
# negated belief is the speaker's, not a denial ("I don't think they sleep at all": they do not)
_DENIED_LEAVE = frozenset(
    "let allowed allow permitted permit able free given give returned return paid pay seen see told tell informed shown explained "
    "think believe suppose imagine reckon".split())


def foreign(negators: frozenset[str], own_next: frozenset[int], raws: list[str], lo: int,
            matchers: Callable[[str], frozenset[int]]) -> bool:
    """A negator just before the hit of a rule that holds negated words ("=not returned") that is not one of
    them: "the company does not retain any documents" denies, "were not returned" is the rule's own cue."""
    for k in range(lo - 1, max(-1, lo - 5), -1):
        if raws[k] in _PUNCT:
            return False
        if raws[k] in negators and raws[k + 1] not in _LITOTES:
            j = k + 1
            while j + 1 < len(raws) and raws[j] in _AUX:  # (into the cue: "haven't | been let out")
                j += 1
            return (raws[j] not in _DENIED_LEAVE and not any(raws[i] in _CONDITIONAL for i in range(max(0, k - 4), k))
                    and matchers(raws[j]).isdisjoint(own_next)
                    and not _EXCEPTION.intersection(raws[lo:lo + 8])  # "Nobody leaves unless the manager goes along"
                    and not _at_all(raws, lo))  # "I don't think they sleep at all": the negation the cue needs
    return False


# an exception after the hit makes "nobody leaves" the restriction itself ("Nobody leaves the hostel unless a minder goes")
_EXCEPTION = frozenset(("unless", "except", "without"))
_CONTRAST = frozenset(("but", "yet", "instead", "although", "though", "only"))
_NOT_NEGATING_NO = frozenset(("doubt", "wonder", "matter", "longer", "sooner", "fewer", "less", "more"))
_CLAUSE_START = _PUNCT | frozenset(("said", "says", "that", "insisted", "insists", "claimed", "claims", "stated", '"'))
# the auxiliary just before the cue that makes the negated subject the cue's own ("nobody at our site is | held", "No
# worker at our plant is | forced to stay"); a present one only before a cue that is no leave ("no worker is allowed to
# leave" is the abuse)
_SUBJECT_AUX = frozenset(("is", "are", "been", "being", "be"))


def inside(negators: frozenset[str], slot_sets: tuple[frozenset[int], ...], raws: list[str],
           occ: dict[int, list[tuple[int, int]]], lo: int, hi: int) -> bool:
    """A negator between the cue's words that is not itself one of them ("passports were not confiscated",
    but not "passports were never returned", a cue), or a negated subject just before the cue ("no worker
    has ever been beaten"): the sentence says the abuse did not happen."""
    inside = raws[lo + 1:hi]
    found = [k for k in range(lo + 1, hi) if raws[k] in negators]  # (most cues hold none: the cue's words after)
    found = [k for k in found if not _subject_without(raws, k, hi) and not _floor_amount(raws, k)]
    if found:
        # (intersection with the dict iterates over the sentence's few alternatives, not the slot's many)
        cue = {k for slot in slot_sets for a in slot.intersection(occ) for o in occ[a] for k in range(o[0], o[1])}
        if any(k not in cue for k in found) and not _CONTRAST.intersection(inside):
            return True  # (not "promised pay but never saw it": the negation is the broken promise)
    if _none_reported(raws, lo):
        return True
    for k in range(lo - 5, lo - 9, -1):  # "No | worker has ever been | beaten": a clause's subject, past before()'s reach
        if k < 0 or any(raws[j] in _PUNCT for j in range(k, lo)):
            return False
        if raws[k] in ("no", "nobody", "none") and (k == 0 or raws[k - 1] in _CLAUSE_START) \
                and raws[k + 1] not in _NOT_NEGATING_NO and ("ever" in raws[k:lo] or raws[lo - 1] in ("or", "were", "was")
                                                             or raws[lo - 1] in _SUBJECT_AUX and raws[lo] not in _DENIED_LEAVE):
            return True  # (not "None had")
    return _none_has_had(raws, lo)


# (s41) "Not a single cook we met described beatings", "None of the porters in the yard reported violence": a negated
# subject, however long, of a verb that tells of what was lived, right before the cue
_TOLD_OF = frozenset(("described", "reported", "mentioned", "alleged", "recounted", "cited", "complained", "experienced",
                      "suffered", "faced", "witnessed", "spoke", "describes", "reports", "mentions", "complains"))
_TOLD_OF_LINKS = frozenset(("of", "about", "any"))


def _none_reported(raws: list[str], lo: int) -> bool:
    """Is the hit (from ``raws[lo]``) the object of a telling verb whose subject opens with "none", "nobody", "no one" or
    "not one"?"""
    k = lo - 1
    while k > 0 and raws[k] in _TOLD_OF_LINKS:
        k -= 1
    if k < 1 or raws[k] not in _TOLD_OF:
        return False
    for j in range(k - 1, max(-1, k - 12), -1):
        if raws[j] in _PUNCT:
            return False
        if raws[j] in ("none", "nobody") or raws[j] == "one" and j > 0 and raws[j - 1] in ("not", "no"):
            first = j if raws[j] != "one" else j - 1
            return first == 0 or raws[first - 1] in _CLAUSE_START
    return False


def _subject_without(raws: list[str], k: int, end: int) -> bool:
    """"recruits caught without a permit | were tied to a post": the "without" at ``k`` ends at its noun, before a finite
    auxiliary (up to ``end``) that opens the clause the cue is in."""
    return raws[k] == "without" and any(raws[j] in _FINITE_AUX for j in range(k + 2, min(end + 1, len(raws))))


_DETERMINERS = frozenset(("a", "an", "their", "his", "her", "its", "any"))


def _none_has_had(raws: list[str], lo: int) -> bool:
    """"None of our 300 workers has had a passport taken", "Not one of the 2,300 people employed there has ever had
    their pay withheld": a negated subject, however long, of "has had <the thing> <done to it>"."""
    k = lo - 2  # the word before the determiner: "had", or "ever" before it
    if k < 2 or raws[lo - 1] not in _DETERMINERS:
        return False
    k -= 1 if raws[k] == "ever" else 0
    if raws[k] != "had" or raws[k - 1] not in ("has", "have"):
        return False
    for j in range(k - 2, max(-1, k - 16), -1):
        if raws[j] in _PUNCT and not (raws[j] == "," and 0 < j < len(raws) - 1 and raws[j - 1].isdigit()
                                      and raws[j + 1].isdigit()):  # (not the comma of "1,900")
            return False
        if raws[j] in ("none", "nobody") or raws[j] == "one" and j > 0 and raws[j - 1] == "not":
            return j == 0 or raws[j - 1] in _CLAUSE_START or raws[j] == "one" and (j == 1 or raws[j - 2] in _CLAUSE_START)
    return False


def _at_all(raws: list[str], lo: int) -> bool:
    """Does "at all" follow the hit's first word closely ("they sleep at all")? A cue with it needs a negation before
    it ("don't think they sleep at all"), which then says the abuse, not its denial."""
    return any(raws[i] == "at" and raws[i + 1] == "all" for i in range(lo, min(len(raws) - 1, lo + 4)))


# words that open another clause ("got no rest | until the crop was paid for", "were never late, | but paid less"); an "and"
# is left out: it joins nouns under one negation as often as it opens a predicate ("left without food and pay")
_CLAUSE_BREAK = frozenset((",", ";", ":", "(", "but", "until", "till", "before", "after", "because", "if", "unless",
                           "so", "while", "when"))


def cue_tokens(slot_sets: tuple[frozenset[int], ...], occ: dict[int, list[tuple[int, int]]]) -> frozenset[int]:
    """Indices of the tokens that the alternatives of a rule's slots cover in the sentence."""
    return frozenset(k for slot in slot_sets for a in slot.intersection(occ) for o in occ[a] for k in range(o[0], o[1]))


def other_clause(negators: frozenset[str], raws: list[str], lo: int, hi: int, cue: frozenset[int] = frozenset()) -> bool:
    """Does the negation that opens a hit (``raws[lo:hi]``) belong to another clause than its last word, with no negator
    after the break? "got no rest until the crop was paid for" and "were never late, but paid less" deny nothing of the
    pay; "no passport, no salary" and "left without food and pay" do (the option one_clause). A break that
    is one of the cue's own words (``cue``: token indices) is no break."""
    if raws[lo] not in negators:
        return False  # (a cue whose negation comes later: "on paper, but never")
    for k in range(hi - 2, lo, -1):
        raw = raws[k]
        if raw in negators:
            return False
        if raw not in _CLAUSE_BREAK or k in cue or raw == "," and raws[k - 1].isdigit() and raws[k + 1].isdigit():
            continue
        return True
    return False
