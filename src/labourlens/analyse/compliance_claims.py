"""The accused party's assertion of the lawful opposite ("it had paid the subcontractor in full", "it pays the
subcontractors on time", "the men said they lived there voluntarily", "the restoration is carried out on a voluntary
contractual basis", "they live there by their own choice", "in accordance with immigration rules", "the deposit is
lawful", "we strictly protect the rights of crews"): it answers an allegation as a denial does, so it is a negated claim (FORMAT.md: ``negated`` is
true for a denial), carrying no indicator. Only an employer's or a state's claim that supports no indicator;
a worker's "we were paid in full in May" keeps its reading, and so does pay to a go-between ("it paid an agent in
full"). Stated terms kept (the agreed rate, the due date, at least the minimum wage, overtime at a premium) are
negated whoever says them. Called from :mod:`labourlens.analyse.claims` after
:func:`labourlens.analyse.counter_assertions.mark`; examples are invented."""

from __future__ import annotations

import re

from labourlens.model import Claim, Source

__all__ = ["mark_compliance"]

_PARTIES = frozenset({"organization", "official"})
_COMPLIANCE = re.compile(
    r"\b(?:paid\s+(?:\w+\s+){0,3}?(?:in\s+full|on\s+time|in\s+good\s+time)|pays\s+(?:\w+\s+){0,3}?(?:in\s+full|on\s+time)|"
    r"voluntarily|of\s+their\s+own\s+(?:free\s+)?will|on\s+a\s+voluntary(?:\s+\w+)?\s+basis|"
    r"receive\s+(?:their\s+)?wages\s+on\s+time|"
    # "they live in our dormitory by their own choice", "managed in accordance with immigration rules", "is lawful
    # under the contract", "strictly protect the rights of crew members"
    r"(?:by|of)\s+their\s+own\s+(?:free\s+)?(?:choice|accord)|in\s+(?:full\s+)?(?:accordance|compliance)\s+with\s+"
    r"(?:the\s+|all\s+|applicable\s+|local\s+)?(?:\w+\s+)?(?:laws?|rules|regulations)|is\s+lawful|"
    r"(?:strictly|fully)\s+protects?\s+the\s+rights|"
    # diag89: "are paid \"in full and on time\"", "everything is legal", "the company owed them nothing", "anyone can
    # take his back on request", "are paid according to the catch, as the contract provides"
    r"paid\s+[\"\u201c](?:in\s+full|on\s+time)|(?:everything|all)\s+(?:is|was)\s+(?:legal|lawful|in\s+order)|"
    r"owe[sd]?\s+(?:them|the\s+\w+|anyone|anybody)\s+nothing|back\s+(?:on|upon)\s+request|"
    r"as\s+the\s+contracts?\s+provides?|"
    # (s42) "all final wages were paid on 3 May", "all staff were paid at least the minimum wage", "are paid according to
    # the regional agreement"
    r"all\s+(?:\w+\s+)?(?:salaries|wages|workers|staff|employees)\s+(?:were|are|have\s+been)\s+paid\b|"
    r"paid\s+at\s+least\s+the\s+(?:\w+\s+){0,2}(?:minimum|living)\s+wage|"
    r"paid\s+according\s+to\s+the\s+(?:\w+\s+){0,2}(?:agreement|contract|law))\b", re.IGNORECASE)
# (s47) pay at the agreed rate or on the due date, a minimum earned, overtime at a premium ("it pays every picker the
# rate agreed", "wages are paid on the due date", "every employee earns at least the minimum wage", "overtime is paid
# at double rate"): the terms were kept, whoever says so (a worker's "our Sunday work was paid double" too);
# not a shortfall ("paid less than the agreed rate")
_TERMS_KEPT = re.compile(
    r"\b(?:(?:pays?|paid|paying)\s+(?:(?!less\b|below\b|under\b|half\b|only\b|barely\b)[\w\u2019']+\s+){0,3}?"
    r"(?:(?:at\s+)?the\s+(?:rates?|wages?|amounts?)\s+agreed|(?:at\s+)?the\s+agreed\s+(?:rates?|wages?|amounts?)|"
    r"on\s+the\s+due\s+date|at\s+(?:a\s+)?(?:premium|overtime|double|higher)\s+rates?)|"
    r"(?:earns?|earned|receives?|received|gets?|got)\s+at\s+least\s+the\s+(?:\w+\s+){0,2}(?:minimum|living)\s+wage)\b",
    re.IGNORECASE)
# the terms kept, then a wrong ("paid at a higher rate, but the money goes to the team's account")
_BUT_AFTER = re.compile(r"\b(?:but|except|although|though|yet|only\s+if|unless)\b", re.IGNORECASE)
# paid to a go-between ("it paid an agent in full"): the workers' pay went elsewhere, no denial
_GO_BETWEEN = re.compile(r"\b(?:agents?|agenc(?:y|ies)|brokers?|intermediar(?:y|ies)|middlem[ae]n|recruiters?|dispatch\w*)\b",
                         re.IGNORECASE)
_NOT_BEFORE = re.compile(r"\b(?:not|never|no\s+longer|n['\u2019]t)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


# (s42) a fair-minded concession, by anyone, that many employers treat workers lawfully ("Most growers here pay
# properly", "Many farms treat people well", "Some farms have good housing"): the opposite of an abuse, negated
_CONCESSION = re.compile(r"^\W{0,3}(?:[A-Z][\w'\u2019 ]{0,30}:\s+)?(?:No[.,]\s+)?(?:But\s+|And\s+|Of\s+course,?\s+)?"
                         r"(?:Most|Many|Some|Plenty\s+of)\s+(?:of\s+the\s+)?"
                         r"(?:farms|growers|farmers|employers|companies|firms|agencies|producers|plants|sites|bosses)\b"
                         r"(?:\s+(?:in|on|near)\s+[A-Z][\w-]+)?\s+(?:do\s+|still\s+)?(?:pay\s+(?:properly|correctly|fairly|"
                         r"well|on\s+time|in\s+full)|treat\s+(?:people|workers|their\s+workers|staff)\s+(?:well|fairly|"
                         r"properly|decently)|have\s+good\s+(?:\w+\s+){0,2}?(?:housing|modules|caravans|rooms|conditions|"
                         r"accommodation))\b(?![^.]*\b(?:but|except|although|though)\b)")
# (s50) the same concession by the bulk of a trade, after a framing clause ("Let me be fair: the vast majority of
# our boat owners pay their crews properly", "most growers I work with treat people well", "most owners here pay
# every month"): negated, as the four studied golds of this shape read it
_BULK = re.compile(r"(?:^\W{0,3}|\bthat\s+|:\s+|[\"\u201c]\s*)(?:the\s+(?:great|vast|overwhelming)\s+majority|most)\s+of\s+"
                   r"(?:our|its|their|the)\s+(?:member\s+)?(?:\w+\s+)?(?:members|organi[sz]ations|owners|employers|companies|"
                   r"farms|vessels|boats)\b|(?:^\W{0,3}|\bthat\s+|:\s+|[\"\u201c]\s*)(?:the\s+(?:great|vast|overwhelming)"
                   r"\s+majority\s+of|most)\s+(?:member\s+)?(?:members|organi[sz]ations|owners|employers|companies|farms|"
                   r"farmers|growers|boat\s+owners|shipowners|brokers|agencies)\b", re.IGNORECASE)
_BULK_DOES_RIGHT = re.compile(r"^(?:\s+(?:here|there|I\s+(?:deal|work)\s+with|I\s+know|in\s+[A-Z][\w-]+))?\s+(?:do\s+|still\s+)?"
                              r"(?:pay\s+(?:[\w-]+\s+){0,3}?(?:properly|correctly|fairly|on\s+time|in\s+full|every\s+month)|"
                              r"operate\s+(?:properly|lawfully|legally|correctly)|follow\s+the\s+(?:rules|law)|respect\s+the\s+law|treat\s+(?:people|workers|their\s+\w+|"
                              r"staff|crews?)\s+(?:well|fairly|properly|decently))\b", re.IGNORECASE)
_BUT_LATER = re.compile(r"\b(?:but|except|although|though)\b", re.IGNORECASE)


def _bulk_concession(text: str) -> bool:
    """True for the bulk of a trade said to do right, with no "but" after it."""
    for m in _BULK.finditer(text):
        tail = text[m.end():]
        if _BULK_DOES_RIGHT.match(tail) is not None and _BUT_LATER.search(tail) is None:
            return True
    return False


def mark_compliance(claims: list[Claim], sources: list[Source]) -> None:
    """Set the polarity of the accused party's assertions of compliance, and of anyone's concession that many
    employers treat workers lawfully (in place)."""
    kinds = {s.key: s.kind for s in sources}
    for c in claims:
        if c.polarity == "affirmed" and not c.future and (_CONCESSION.match(c.text) is not None
                                                              or _bulk_concession(c.text)):
            c.polarity, c.indicators = "negated", []
            continue
        if c.polarity != "affirmed" or c.future or c.indicators:
            continue
        m = _COMPLIANCE.search(c.text) if kinds.get(c.source) in _PARTIES else None
        if m is None:
            m = _TERMS_KEPT.search(c.text)
            if m is not None and _BUT_AFTER.search(c.text, m.end()) is not None:
                m = None
        if m is not None and _NOT_BEFORE.search(c.text[max(0, m.start() - 40):m.start()]) is None \
                and _GO_BETWEEN.search(m.group(0)) is None:
            c.polarity = "negated"
