"""Explainers of labour rules, for the document-level gate (:mod:`labourlens.analyse.context`).

A page that explains what the law says ("Explained: what the new work permit rules mean", "Can my
employer keep my passport? No. Keeping an employee's passport is prohibited ...") speaks of passports,
fees and working hours in the words of rules, not of anything that happened to anyone: it describes no
forced labour and yields no claims. It is told apart by an explainer's frame (a heading such as
"Explained:" or "What you need to know", or several question headings on their own lines), a body in
which rules and rights are the common sentence ("may not", "is prohibited", "are entitled to", "under
the law") and no account of events: no worker or source telling what was done to them. A glossary's definitions
("Bonded labour arises where a debtor ...", "Confinement refers to ...") are sentences of a norm too, its term labels
("Debt bondage.") and question headings are no sentences of the body, an event word in a sentence of a norm ("goods can
be detained") tells no event, and a guide with one news item beside its definitions (a newsletter's other item) is
still a guide. An advice column (a reader's question and the columnist's answer: ``advice_frames``) is framed as a
guide is, and its sentences to the reader ("set yourself a deadline") are advice as a rule is. A glossary laid out
as entries, a term in sentence case and a colon before its definition on lines of their own ("Recruitment fee: A sum
a jobseeker is charged ..."), defines a term in each entry, whatever the entry's words;
so does an entry whose term stands before a spaced dash ("Wage theft — Pay kept back ..."), and a numbered entry whose
term is a label of its own before the first sentence of its definition ("4. Wage theft. Pay is kept back ...")
(the splitter makes the number and the label sentences apart: the sentence after them on the line is the definition).
The words are the knowledge file ``indicators.yaml`` (``rules_explainer``)."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.glossary_items import glossary_item
from labourlens.analyse.rule_notices import prescribes, tells_of_abuse

__all__ = ["rules_explainer"]

# what the page explains: a law, its rules, a permit or visa regime
# (s45) or a resolution of the Security Council, a statute
_LAW = re.compile(r"\b(?:law|laws|rules?|regulations?|decree|code|act|permits?|visas?|ministry|contract|resolutions?|statutes?)\b",
                  re.IGNORECASE)

# (s45) a question heading may carry its number ("2. Who checks the lists?")
_QUESTION_LINE = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)][ \t]+)?(?:Q[:.][ \t]*)?(?:What|Who|Can|Do|Does|Is|Are|How|When|Where|Which|Why|Will|Must)"
                            r"\b[^\n?]{3,120}\?[ \t]*$")
# a help page's question opening a line, on a line of its own or with its answer after it ("Can an agency collect my
# card for me? Yes, if you sign ...")
_QUESTION_OPENING = re.compile(r"(?m)^[ \t]*(?:Q[:.][ \t]*)?(?:What|Who|Can|Do|Does|Is|Are|How|When|Where|Which|Why|"
                               r"Will|Must|Should)\b[^\n?]{3,120}\?(?=\s)")


# a glossary's entry: a term in sentence case (one capital, then small words) and a colon opening its line before the
# definition; several such lines make the page's layout that of a glossary
# (or a spaced dash: "Wage theft — Pay kept back ...", after an en or em dash in lower case too, as a dictionary's
# definition opens: "Wage theft (informal) — pay kept back ...")
# (a term in another language keeps its accents: "Contrato de obra", "Jornalero", "Baixa médica")
_WORDS = r"[A-Z][a-z\u00df-\u00ff'\u2019-]+(?:[ \t]+[a-z\u00df-\u00ff][a-z\u00df-\u00ff'\u2019-]*)"
# (the term may carry its gloss in brackets, its original-language form or an abbreviation: "Bond money (peshgi) - ...")
_GLOSS = r"(?:[ \t]+\([^()\n]{1,40}\))?"
# (after a colon the definition may open in lower case, as a dictionary's does: "Munshi: a clerk who keeps ...")
_ENTRY_TERM = (rf"(?:{_WORDS}{{0,3}}{_GLOSS}[ \t]*:[ \t]+[A-Za-z\"\u201c]"
               rf"|{_WORDS}{{0,4}}{_GLOSS}[ \t]+(?:[-\u2013\u2014][ \t]+[A-Z]|[\u2013\u2014][ \t]+[a-z\"\u201c]))")
_ENTRY = re.compile(r"[ \t]*" + _ENTRY_TERM)
_ENTRY_LINE = re.compile(r"(?m)^[ \t]*" + _ENTRY_TERM)
# a numbered entry: the number, the term as a label of its own ("7. Wage theft."), then its definition on the same line
_NUMBERED_ENTRY = re.compile(rf"(?m)^[ \t]*\d{{1,2}}[.)][ \t]+{_WORDS}{{0,4}}\.[ \t]+(?=[A-Z])([^\n]*)")
# an entry without a number: the term as a label (with its gloss in brackets) opening a line, then its definition
# ("Crewing agent. A firm that hires fishers ...", "Picul (a weight). About sixty kilograms ...")
_LABEL_ENTRY = re.compile(rf"(?m)^[ \t]*{_WORDS}{{0,4}}{_GLOSS}\.[ \t]+(?=[A-Z])([^\n]*)")
# any numbered line: its text, which the splitter makes a sentence apart from its number ("3. Deception: lies about ...")
_NUMBERED_LINE = re.compile(r"(?m)^[ \t]*\d{1,2}[.)][ \t]+(\S[^\n]*)")
_GLOSSARY_ENTRIES = 3
_KEY = 16
# a glossary says near its top that it explains terms or words; an entry defines in the third person and tells no event
_GLOSSARY_FRAME = re.compile(r"\b(?:glossary|glossaries|terms|words|definitions|vocabulary|jargon|a to z|a-z)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:(?i:we|us|our|me|my)|I)\b")

# a glossary's term label or a short heading on its own ("Debt bondage.", "Penalties.", "Questions?")
_LABEL_WORDS = 4


@lru_cache(maxsize=1)
def _definitions() -> re.Pattern[str]:
    from labourlens.analyse.speaker_lexicon import word_alternation  # noqa: PLC0415 - loaded with the speaker stage

    data = knowledge.load("indicators.yaml").get("rules_explainer") or {}
    return re.compile(rf"\b(?:{word_alternation([str(w) for w in data.get('definition_words') or []])})\b", re.IGNORECASE)


# under an advice column's frame, a sentence to the reader is advice ("set yourself a deadline", "your bank will ask")
_TO_READER = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _imperative() -> re.Pattern[str]:
    """An instruction to the page's user opening its sentence, after an answer's label ("A: Bring two photos.", "Never
    lend your card to anyone"): the words are ``advice_imperatives`` and ``advice_imperative_openers``."""
    from labourlens.analyse.speaker_lexicon import word_alternation  # noqa: PLC0415 - loaded with the speaker stage

    data = knowledge.load("indicators.yaml").get("rules_explainer") or {}
    verbs = word_alternation([str(w) for w in data.get("advice_imperatives") or []])
    openers = word_alternation([str(w) for w in data.get("advice_imperative_openers") or []])
    # (the verb in its base form, then a word that is no verb's ending: not "Pays are ...", not "Call centres are ...")
    return re.compile(rf"^\W{{0,3}}(?:A\s*[:.)]\s*)?(?:(?:{openers})\s+\w+|(?:{verbs}))\s+(?:the|a|an|your|every|each|all|"
                      rf"any|it|them|us|for|to|on|in|at|up|out|back|copies|a\s+copy)\b", re.IGNORECASE)


# a firm's page on its own practices speaks in the first person plural ("we recruit", "our staff residence")
_WE = re.compile(r"\b(?:we|our|ours|us)\b", re.IGNORECASE)
_HELP_QUESTIONS = 3  # question headings on a help page, at the least
# a how-to guide's numbered steps, each a heading opening its line ("Step 1. Bring your passport ...", "Step 2: open an
# account", "Step 3 - book a visit"): a guide's layout as its question headings are
_STEP_LINE = re.compile(r"(?m)^[ \t]*Step[ \t]+\d{1,2}[ \t]*[:.)\u2013\u2014-]")
_HELP_STEPS = 2  # such steps on a how-to guide, at the least (or with its questions, as many as the questions alone)
# (or numbered headings of a few words on lines of their own, with no sentence's stop: "3. Settle the wage", "4. Keep a
# record": a guide's steps when there are several of them)
_NUMBERED_HEADING = re.compile(r"(?m)^[ \t]*\d{1,2}[.)][ \t]+([A-Z][^\n.?!:;]{2,70})[ \t]*$")
_HEADING_WORDS = 8
# (s38) or a numbered heading run into its item's first sentence on the same line, a label of a few words with its stop
# ("4. Keep every slip. The office may ask ...", "2. Check the date. A late form ..."): a guide's steps laid out as items
_RUN_IN_HEADING = re.compile(r"(?m)^[ \t]*\d{1,2}[.)][ \t]+([A-Z][^\n.?!:;]{2,60})\.[ \t]+(?=[A-Z\"\u201c])")
_RUN_IN_WORDS = 6
_NUMBERED_STEPS = 3
_POLICY_SENTENCES = 3  # sentences in the first person plural on a firm's page on its practices, at the least


@lru_cache(maxsize=1)
def _frames() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The frames at a page's top: an advice column's, a help page's, a firm's page on its own practices'."""
    from labourlens.analyse.speaker_lexicon import word_alternation  # noqa: PLC0415 - loaded with the speaker stage

    data = knowledge.load("indicators.yaml").get("rules_explainer") or {}

    def frame(key: str) -> re.Pattern[str]:
        return re.compile(rf"\b(?:{word_alternation([str(w) for w in data.get(key) or []])})", re.IGNORECASE)

    return frame("advice_frames"), frame("help_frames"), frame("policy_frames")


def _own_page(text: str, sentences: list[str]) -> tuple[bool, bool]:
    """Is the page a help page (a frame at its top and several question headings or numbered steps), and is it a firm's page on its own
    practices (a frame at its top and several sentences in the first person plural), neither with an account of abuse?"""
    _, help_frame, policy_frame = _frames()
    top = text[:600]
    steps = len(_STEP_LINE.findall(text))
    headings = sum(1 for h in _NUMBERED_HEADING.findall(text) if len(h.split()) <= _HEADING_WORDS)
    headings += sum(1 for h in _RUN_IN_HEADING.findall(text) if len(h.split()) <= _RUN_IN_WORDS)
    if headings >= _NUMBERED_STEPS and not any(_patterns()[2].search(s) for s in sentences):
        steps += headings  # (numbered headings are a guide's steps only on a page that tells no one's account)
    # (s33) or numbered lines that each open with an instruction to the reader ("4. Upload the form and your photo.",
    # "5. Wait for the text message"): a guide's steps written out as sentences, when there are several of them
    guide_imperative = _guide_imperative()
    instructions = sum(1 for line in _NUMBERED_LINE.findall(text) if guide_imperative.match(line))
    if instructions >= _NUMBERED_STEPS:
        steps += instructions
    help_page = help_frame.search(top) is not None and (
        steps >= _HELP_STEPS or len(_QUESTION_OPENING.findall(text)) + steps >= _HELP_QUESTIONS)
    # (or a body's page of the rules it sets its members or suppliers, in its own voice at least once: "Members may not run
    # stores ...", "Pay must be made ...": several prescriptions say what the body does as its first person plural would)
    ours = sum(1 for s in sentences if _WE.search(s))
    policy = policy_frame.search(top) is not None and (ours >= _POLICY_SENTENCES or (
        ours >= 1 and sum(1 for s in sentences if prescribes(s)) >= _POLICY_SENTENCES))
    if (help_page or policy) and tells_of_abuse(sentences):
        return False, False
    return help_page, policy


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    from labourlens.analyse.speaker_lexicon import word_alternation  # noqa: PLC0415 - loaded with the speaker stage

    data = knowledge.load("indicators.yaml").get("rules_explainer") or {}
    frame = re.compile(rf"\b(?:{word_alternation([str(w) for w in data.get('frames') or []])})", re.IGNORECASE)
    # (a guide's advice to its reader is a sentence of a norm as a rule is: "if you employ ..., you'll need to ...")
    words = [str(w) for w in (data.get('rule_words') or []) + (data.get('advice_words') or [])]
    norm = re.compile(rf"\b(?:{word_alternation(words)})\b", re.IGNORECASE)
    events = re.compile(rf"\b(?:{word_alternation([str(w) for w in data.get('event_words') or []])})\b", re.IGNORECASE)
    return frame, norm, events


@lru_cache(maxsize=1)
def _guide_imperative() -> re.Pattern[str]:
    """A sentence to the reader in the imperative under any advice frame (a how-to guide's steps, a column's answer:
    "Agree the wage before the first day"): one of the knowledge file's ``imperative_openers`` opening it. On a help page
    :func:`_imperative` also reads an answer's label and the verb's object ("A: Bring two photos.")."""
    from labourlens.analyse.speaker_lexicon import word_alternation  # noqa: PLC0415 - loaded with the speaker stage

    data = knowledge.load("indicators.yaml").get("rules_explainer") or {}
    return re.compile(rf"[\s\"'\u201c]*(?:{word_alternation([str(w) for w in data.get('imperative_openers') or []])})\b",
                      re.IGNORECASE)


def _numbered_item(sentence: str, lines: dict[str, str]) -> bool:
    """Is ``sentence`` the text of a numbered line that names a term, alone or with its gloss or its examples (the number
    split off by the sentence splitter: "1. Deception: lies about the job" read as a list item)?"""
    key = sentence.strip()
    return lines.get(key[:_KEY], "").startswith(key) and glossary_item("- " + key)


_OWN_CASE_SENTENCES = 2  # a reader's own account of abuse in an advice column: first-person sentences with cues, at the least


def _tells_own_case(sentences: list[str]) -> bool:
    """Do readers who write in tell what was done to them: several first-person sentences, no questions, with a cue of
    abuse ("the foreman took our passports", "our wages stopped in March")? Such a column reports a case."""
    from labourlens.analyse import indicators  # noqa: PLC0415 - the lexicon loads only for an advice column

    told = 0
    for s in sentences:
        if _FIRST_PERSON.search(s) and not s.rstrip().rstrip("\"'\u201d").endswith("?") and indicators.match(s).hits:
            told += 1
            if told >= _OWN_CASE_SENTENCES:
                return True
    return False


def rules_explainer(text: str, body_sentences: list[str]) -> bool:
    """Is the page an explainer of labour rules that tells of no events?"""
    if not body_sentences:
        return False
    frame, norm, events = _patterns()
    advice = _frames()[0].search(text[:600]) is not None  # a reader's question and a columnist's answer
    if advice and _tells_own_case(body_sentences):
        return False  # readers' letters that tell their own case of abuse: a column that reports it
    framed = advice or frame.search(text[:600]) is not None or len(_QUESTION_LINE.findall(text)) >= 2
    help_page, policy = _own_page(text, body_sentences)
    if not (framed or policy or help_page):  # (a help page's own frame is one: "How to renew ...: a step-by-step guide")
        return False
    # (question headings are no sentences of the body: "Can my employer keep my passport?")
    sentences = [s for s in body_sentences if len(s.split()) > _LABEL_WORDS and not _QUESTION_LINE.match(s.strip())]
    if not sentences:
        return False
    # (a help page's answers speak to its users as an advice column's do; a firm's page on its practices says what it
    # does: its sentences in the first person plural are its policy, as a rule is)
    to_reader = advice or help_page
    definition = _definitions()
    # (a numbered entry's definition: the rest of its line, whose first sentence the splitter makes a sentence of its own)
    # (keyed by their first characters, so that each sentence is looked up once)
    numbered = {m.group(1)[:_KEY]: m.group(1) for m in _NUMBERED_ENTRY.finditer(text)}
    labelled = {m.group(1)[:_KEY]: m.group(1) for m in _LABEL_ENTRY.finditer(text)}
    if len(labelled) >= _GLOSSARY_ENTRIES:
        numbered = labelled | numbered
    lines = {m.group(1)[:_KEY]: m.group(1) for m in _NUMBERED_LINE.finditer(text)}
    glossary = (len(_ENTRY_LINE.findall(text)) >= _GLOSSARY_ENTRIES or len(numbered) >= _GLOSSARY_ENTRIES) and (
        _GLOSSARY_FRAME.search(text[:600]) is not None)
    # a glossary's entries ("Term: its meaning" lines under a frame) and its items in a list ("- Deception: lies about
    # the job") define a term as "X means ..." does
    entries = [(glossary and (_ENTRY.match(s) is not None or numbered.get(s.strip()[:_KEY], "").startswith(s.strip()))
                and not events.search(s) and not _FIRST_PERSON.search(s))
               or ((glossary_item(s) or _numbered_item(s, lines)) and not events.search(s)) for s in sentences]
    imperative, guide_imperative = _imperative(), _guide_imperative()
    normative = [bool(norm.search(s) or definition.search(s) or entry or (to_reader and (
                          _TO_READER.search(s) or (help_page and imperative.match(s)) or guide_imperative.match(s)))
                      or (policy and _WE.search(s)))
                 for s, entry in zip(sentences, entries, strict=True)]
    rules = sum(normative)
    told = sum(1 for s, is_norm in zip(sentences, normative, strict=True) if not is_norm and events.search(s))
    defined = sum(1 for s, entry in zip(sentences, entries, strict=True) if entry or definition.search(s))
    laws = len(_LAW.findall(" ".join(sentences)))
    return rules * 3 >= len(sentences) and told * 8 <= len(sentences) and (laws + defined >= 2 or help_page or policy)
