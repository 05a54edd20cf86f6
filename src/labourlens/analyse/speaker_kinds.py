"""Speaker kinds for shapes that the main classifier in :mod:`labourlens.analyse.speakers` reads
wrongly (a hook called first from ``classify``; None leaves the phrase to the other rules):

- a bare count ("Forty-one", "Twenty-three of them", "58"): people counted, an ``anonymous_source``,
  never a named person;
- one of a group given a trade ("one of the subcontractors, an electrician"): an ``anonymous_source`` (a
  person, not the firm);
- an unnamed official who speaks off the record ("a forestry inspector, speaking on condition that his name
  not be used"): an ``anonymous_source`` (gold README);
- a company named with its role ("Baltmost-Stroi, the general contractor", "The developer,
  Amurgrad Invest", "The developer, Tundrastroi"): an ``organization`` (main README: a firm speaks as an
  organization), unless one word stands beside a role people hold too ("Petrov, a builder");
- a named person whose role in a firm or group is research ("Lena Voss, the firm's head of
  research", "Tom Ardal, the group's senior analyst"): a ``named_person`` (gold README: named
  researchers and analysts stay persons; only spokespeople and executives speak for the firm);
- a branch, regional office or press service of a body given with a possessive ("the inspectorate's
  Szczecin branch", "the ministry's Tyumen office", "the prosecutor's press service"): the body's kind;
- an inspection's written record ("the inspection protocol", "the inspection act"): a ``document``.

Knowledge (role words, office words, record words) lives in ``knowledge/speaker_kinds.yaml``."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse import (
    body_officials,
    company_voices,
    contractor_voices,
    counsel_voices,
    court_titles,
    firm_heads,
    monitor_kinds,
    named_bodies,
    official_voices,
    outlet_reports,
    owned_outlets,
    owner_voices,
    people_phrases,
    place_rules,
    romance_bodies,
    self_described,
    titled_organisers,
)
from labourlens.analyse.acronym_officials import acronym_official_kind
from labourlens.analyse.capitalized_bodies import capitalized_body_kind
from labourlens.analyse.child_voices import child_kind
from labourlens.analyse.clergy import clergy_kind
from labourlens.analyse.described_people import described_person_kind
from labourlens.analyse.family_descriptors import family_descriptor_kind
from labourlens.analyse.firm_descriptions import firm_description_kind
from labourlens.analyse.firm_sellers import seller_kind
from labourlens.analyse.gathered_by import researcher_team_kind
from labourlens.analyse.government_units import government_unit_kind
from labourlens.analyse.group_appositions import apposed_group_kind
from labourlens.analyse.household_counsel import household_counsel_kind
from labourlens.analyse.legal_name_tails import legal_name_tail_kind
from labourlens.analyse.paper_names import medium_apposition, paper_name
from labourlens.analyse.private_agencies import private_agency_kind
from labourlens.analyse.research_bodies import research_body_kind
from labourlens.analyse.sentence_terms import without_term
from labourlens.analyse.speaks_for import speaks_for_kind
from labourlens.analyse.staff_voices import staff_kind
from labourlens.analyse.state_staff import state_staff_kind
from labourlens.analyse.testimony_labels import coded_label
from labourlens.analyse.witness_bodies import witness_body_kind

__all__ = ["kind_of", "too_long"]

_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_COUNT = re.compile(
    rf"^(?:(?:{_TENS})(?:[- ](?:{_UNITS}))?|{_TEENS}|\d[\d,]*)(?:\s+(?:per\s?cent|percent|%))?"
    r"(?:\s+of\s+(?:them|those|the\s+\w+(?:\s+\w+)?))?$", re.IGNORECASE)
# "One, Kestrel Foods", "Another, the Amur Oblast labour department": one of several bodies, then its name
_ONE_BY_NATION = re.compile(r"^[Tt]he\s+(?:(?:other|younger|older|elder)\s+)?(?P<dem>[A-Z][a-z]+"
                            r"(?:\s[A-Z][a-z]+)?)$")
# (s359) "Another Nigerian", "One Malian, 24", "A second Gambian, from Banjul": one more person by nationality
_SOME_BY_NATION = re.compile(r"^(?:[Aa]nother|[Oo]ne|[Aa]n?(?:\s+(?:second|third|fourth|fifth))?)\s+(?P<dem>[A-Z][a-z\u00e0-\u00ff]+"
                             r"(?:\s[A-Z][a-z]+)?)$")
# what may follow such a person's nationality after the comma: an age, a place, a relative clause
_NATION_TAIL = re.compile(r"^(?:,\s+(?:(?:from|aged|who|in|a|an)\b|\d)|$)")
_ONE_NAMED = re.compile(r"^(?:one|another|a\s+second|a\s+third)"
                        # "One of the three factories named in the report, Kestrel Apparel": one of the bodies, by name
                        # (or "One of them, Kestrel Foods Ltd": one of the firms just named, by its proper name, not "One of them, a supplier")
                        r"(?:\s+of\s+them(?=\s*,\s+(?-i:[A-Z])(?!(?i:an?|the)\s))|\s+of\s+(?:the|its|their|these|those)\s+(?:[\w-]+\s+){0,2}?[\w-]+"
                        r"(?:\s+(?:named|cited|listed|mentioned|identified|accused)\s+[^,]{1,60})?)?"
                        r"\s*,\s+(?P<name>[^,]{3,80})$", re.IGNORECASE)
# "A third, the youngest of the group at 24": one of them described, no body by its name
_ONE_DESCRIBED = re.compile(r"^the\s+(?:[a-z]+est|only|first|last)\s+(?:one\s+)?of\b")
_BODIES = ("organization", "official")
# one of a trade, unnamed: a person when off the record ("One Korean importer, who asked not to be named")
_ONE_FIRM = re.compile(r"(?i:a|an|one|another)\s+(?:[\w-]+\s+){0,3}?(?i:importer|exporter|supplier|retailer|wholesaler|"
                       r"seller|dealer|recruiter|broker|agent)\s*$")
# an unnamed official who speaks off the record (gold README: such a person stays an anonymous source)
_OFF_RECORD = re.compile(
    r",\s+(?:(?:who\s+(?:was\s+)?)?(?:speaking|spoke)\s+(?:on|under)\s+(?:the\s+)?condition\s+(?:of\s+anonymity|that\s+(?:his|her|"
    r"their)\s+name)|speaking\s+anonymously|speaking\s+off\s+the\s+record|(?:who\s+)?(?:requested|asked\s+for)\s+anonymity|"
    r"who\s+declined\s+to\s+be\s+(?:named|identified)|who\s+asked\s+not\s+to\s+be\s+(?:named|identified)|"
    # "who would speak only anonymously", "who agreed to speak only on condition of anonymity"
    r"who\s+(?:would\s+|agreed\s+to\s+|was\s+willing\s+to\s+)?(?:speak|spoke|talk|talked)\s+only\s+(?:anonymously|"
    r"on\s+condition\s+of\s+anonymity)|"
    # "who asked us not to use his name because he is not allowed to speak to foreign media": no voice of the body
    r"who\s+(?:asked|requested)\s+(?:(?:us|me|reporters|journalists)\s+)?(?:not\s+to\s+(?:use|publish|print|give|reveal)\s+"
    r"(?:his|her|their)\s+(?:full\s+)?name|that\s+(?:his|her|their)\s+name\s+(?:not\s+be\s+used|be\s+withheld))\s+"
    r"(?:because|as|since)\s+(?:he|she|they)\s+(?:is|was|are|were)\s+not\s+(?:allowed|authori[sz]ed|permitted|cleared)\s+"
    r"to\s+(?:speak|talk|comment))", re.IGNORECASE)
# a state in the words of diplomacy: "the Russian side", "the North Korean side"
_STATE_SIDE = re.compile(r"^(?:the\s+)?(?P<dem>(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)\s+side$", re.IGNORECASE)
# a body's name with "of" or "for" in it, then a document noun: "A U.N. Panel of Experts report", "the Bank of Korea
# estimate", "a Commission for Migrant Workers memo" (the name's "of" is no head of its own), also after an
# adjective or two ("a leaked Ministry of Labour memo", "the latest Council of Europe review")
_BODY_OF_DOCUMENT = re.compile(
    r"^(?:(?:a|an|the|one|another)\s+)?(?:(?:19|20)\d\d\s+)?(?:(?-i:[a-z])[a-z-]+\s+){0,2}(?:(?-i:[A-Z])[\w.'\u2019&-]*\s+)+(?:(?:of|for)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w.'\u2019&-]*\s+)+)+(?P<noun>(?-i:[a-z])[a-z-]+)"
    r"(?:\s+(?:in|from|on|dated|published|released|issued)\s+[^,]{1,40})?$", re.IGNORECASE)
# "one of the subcontractors, an electrician": one person of a group, given a trade
_ONE_OF_ROLE = re.compile(r"^(?i:one|another)\s+of\s+(?:the|its|their)\s+[\w-]+,\s+(?P<role>(?:a|an)\s+[^,;:]{2,60})$")
# an interviewee's code in a study ("R-05", "P-22", "AO-6"): every writer marks it an anonymous source
_INTERVIEW_CODE = re.compile(r"^[A-Z]{1,3}-\d{1,3}[a-z]?$")
# a person known by one letter ("K said", after "a former cook, identified here as Worker K"); not "A" or "I"
_LETTER = re.compile(r"^[B-HJ-Z]$")
# "Worker interviews indicated that ...", "interviews with 30 workers show": the interviewed workers speak (an audit's
# account of what they said), while "the interviews" alone and "our interviews" stay a document and the page's own
_PEOPLE_INTERVIEWS = re.compile(
    r"^(?:the\s+)?(?:(?:worker|workers['\u2019]?|employee|staff|crew|migrant\s+worker|management)\s+interviews|"
    r"interviews\s+with\s+(?:the\s+|\d+\s+|some\s+|several\s+|a\s+sample\s+of\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:workers|employees|labou?rers|crew\s+members|staff))$", re.IGNORECASE)
_NAME = r"[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z][\w'\u2019.-]*|van|von|de|del|da|al|el|bin))*"
_POSS = r"(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?[\w-]+['\u2019]s?"


@lru_cache(maxsize=1)
def _data() -> dict[str, list[str]]:
    raw = knowledge.load("speaker_kinds.yaml")
    return {k: [str(w) for w in v] for k, v in raw.items() if isinstance(v, list)}


def _alt(key: str) -> str:
    from labourlens.analyse.speaker_lexicon import word_alternation  # noqa: PLC0415 - speakers imports this module

    return word_alternation(_data()[key])


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    company, research, office, record, author = (_alt(k) for k in ("company_roles", "research_roles", "office_units",
                                                                    "inspection_records", "author_roles"))
    firm = r"(?:firm|company|group|institute|consultancy|agency|organi[sz]ation|team|lab|centre|center)"
    return (
        # "Baltmost-Stroi, the general contractor": a name (not a person's) with a company role after it
        re.compile(rf"^(?P<name>{_NAME}),\s+(?:the|a|its|their)\s+(?:\w+\s+){{0,2}}?(?:{company})$"),
        # "The developer, Amurgrad Invest"
        re.compile(rf"^(?i:the|its|their)\s+(?:\w+\s+){{0,2}}?(?i:{company})(?:\s+of\s+(?i:the|its|their|this)\s+(?:[\w-]+\s+){{0,2}}?"
                   rf"[\w-]+)?,\s+(?P<name>{_NAME})$"),  # "The operator of the hub, Crescent Line Freight"
        # "Lena Voss, the firm's head of research", "Tom Ardal, a senior analyst at the group"
        re.compile(rf"^(?P<name>{_NAME}),\s+(?:(?:the|its|their)\s+{firm}['\u2019]s\s+|an?\s+|the\s+)"
                   rf"(?:\w+\s+){{0,2}}?(?:{research})(?:\s+(?:at|with|for)\s+.+)?$"),
        # "The group's research director, Kang Min-ji", "the report's lead author, Anna Berg"
        re.compile(rf"^(?i:the|its|their|this|a|an)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+['\u2019]s\s+(?:\w+\s+){{0,2}}?"
                   rf"(?i:{research}|{author})\s*,\s+(?P<name>{_NAME})$"),
        # "the inspectorate's Szczecin branch", "the prosecutor's press service"
        re.compile(rf"^(?P<owner>{_POSS})\s+(?:[A-Z][\w'\u2019-]*\s+){{0,2}}(?:{office})"
                   r"(?:\s+in\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?$"),  # "... office in Doha"
        # "the inspection protocol", "an inspection act"
        re.compile(rf"^(?:the|a|an|its|their|this)?\s*(?:\w+\s+)?(?:{record})$", re.IGNORECASE),
    )


_OUTLET_LEAD = re.compile(r"^(?:the\s+)?(?:(?:state|party|government)-(?:run|owned|backed|controlled)\s+)?", re.I)


_MISSION_IN = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w'\u2019-]+\s+){1,3}(?:Embassy|Consulate(?:[ -]General)?|Mission)"
                         r"\s+(?:in|to)\s+(?:the\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}$")

# a nationality's mission written lower case ("the Peruvian mission to the UN", "the Thai embassy in Doha")
_STATE_MISSION = re.compile(r"^(?:[Tt]he\s+)?(?P<dem>[A-Z][a-z]+)\s+(?:diplomatic\s+)?(?:mission|embassy|consulate)"
                            r"\s+(?:in|to)\s+(?:the\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}$")


def outlet_core(first: str) -> str:
    """An outlet's name without "the" and a state-ownership label ("the state-run Global Times" -> "Global Times")."""
    return _OUTLET_LEAD.sub("", first, count=1)


_OUTLET_STORY = re.compile(r"^(?:an?|the|one|another)\s+(?:[\w-]+\s+){0,2}?(?:report|story|article|dispatch|broadcast)\s+"
                           r"(?:by|from|in)\s+(?P<by>\S.{1,80})$", re.IGNORECASE)


_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
_CAMEL_CASE = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]+")


_HONOURABLE = re.compile(r"(?:^|\s)(?:Hon\.|Honourable|Honorable|Rt\.?\s+Hon\.?)\s+[A-Z]")
# a person described by a post they held, then named: "A former North Korean trade official, Kim Sung-ho"
_FORMER_NAMED = re.compile(r"^(?i:a|an|one|another)\s+former\s+[^,]{0,60}?\b(?i:official|officer|diplomat|minister|"
                           r"inspector|ambassador|lawmaker|consul|envoy|policeman|police\s+officer)\b[^,]{0,60},\s+"
                           r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][^,]{1,40})$")


# a message put up online and its author ("a post by a union branch", "a Facebook post from the crew's families"): the
# post speaks, a document (a police or border post is no message: it has no author after it)
# (a person's post is theirs: "a post by a user describing herself as a cook" speaks as the user)
_AUTHORED_POST = re.compile(r"^(?:a|an|the|one|another|this|that)\s+(?:[\w-]+\s+){0,2}?posts?\s+(?:by|from)\s+(?P<by>\S.*)$",
                            re.IGNORECASE)


def _name_in(text: str) -> str | None:
    from labourlens.analyse.speakers import name_in  # noqa: PLC0415 - the speakers module imports this one

    return name_in(text)


def kind_of(first: str, text: str, classify: Callable[[str], str | None]) -> str | None:
    """The kind of speaker phrase ``text`` (``first``: its part before the first comma) for the shapes
    above, or None. ``classify`` is the main classifier (for the owner of a branch or office)."""
    if (one := _ONE_BY_NATION.match(text.strip())) is not None and place_rules.demonym_word(one.group("dem")):
        return "anonymous_source"  # (s354) "The Ugandan", "the other Nepali": one person by nationality, not a body
    if (some := _SOME_BY_NATION.match(first)) is not None and place_rules.demonym_word(some.group("dem")) \
            and _NATION_TAIL.match(text.strip()[len(first):]) is not None:
        return "anonymous_source"  # (s359) "Another Nigerian, from Lagos": one person by nationality, unnamed
    if (post := _AUTHORED_POST.match(first)) is not None and classify(post.group("by")) in ("organization", "official"):
        return "document"  # "a post by the dockers' union": the post
    if government_unit_kind(first) is not None:
        return "official"  # "the city government's housing committee": the state's unit, whatever its noun
    if (cleric := clergy_kind(text, _name_in)) is not None:
        return cleric  # "a church minister", "Rev. Ana Fua": a person of a faith, not a minister of state
    if (counsel := household_counsel_kind(text, classify)) is not None:
        return counsel  # "A lawyer for the diplomat, Tom Reed", "a spokeswoman for the couple", "the mission"
    if (children := child_kind(text)) is not None:
        return children  # "Children told us ...": unnamed children, not a person's name
    if (agency := private_agency_kind(text, classify)) is not None:
        return agency  # "Blue Harbour Recruitment Agency", "The agency, Kestrel Manpower Services in Quezon City": the firm
    if (firm := legal_name_tail_kind(text, classify)) is not None:
        return firm  # "The farm's owner, a company registered in Ghana, Kestrel Farms Ltd": the firm
    if (group := apposed_group_kind(text, classify)) is not None:
        return group  # "Harbour Lookout, a migrant rights group": the group, whatever its name's last word
    if (spokes := speaks_for_kind(text, classify)) is not None:
        return spokes  # "Ana Ruiz, who speaks for the labour ministry": the body's spokesperson
    if (organiser := titled_organisers.titled_organiser_kind(text, classify)) is not None:
        return organiser  # "Coalition of Harvest Workers organiser Ana Ruiz": the organiser, named
    if (owned := owned_outlets.owned_outlet_kind(first, classify)) is not None:
        return owned  # "The state-run Eastern Herald": the outlet, its owner's label no part of its name
    if (family := court_titles.court_title_kind(text, classify) or family_descriptor_kind(text) or researcher_team_kind(text, classify)
            or capitalized_body_kind(text) or described_person_kind(text)) is not None:
        return family  # "Mother of two Dilnoza Rakhimova": a person by name, not a count; "Shkurko's team", "the Service": bodies
    if (research_group := research_body_kind(text)) is not None:
        return research_group  # (s39) "Bluefen Research", "Tallow Risk Analytics": a research group by name, not research
    if (staff := staff_kind(text, classify) or witness_body_kind(text, classify)) is not None:
        return staff  # "Analysts at Hollis Sourcing", "Witnesses from the Marlow Alliance": the body's voice
    if (state_member := state_staff_kind(text, classify)) is not None:
        return state_member  # "the Harbour Authority's compliance manager, Ana Ruiz": the state body's voice
    if (initials := acronym_official_kind(text, classify)) is not None:
        return initials  # "an NIS official": an official of the state service its initials name
    if _HONOURABLE.search(text) and not text.lower().startswith(("a former", "former")):
        return "official"  # "committee chairperson Hon. Grace Namutebi": a member of a legislature, as lawmakers are
    if (former := _FORMER_NAMED.match(text.strip())) is not None and classify(former.group("name")) == "named_person":
        return "named_person"  # "A former trade official now living in Seoul, Kim Sung-ho": no longer the state's voice
    if (firm_said := firm_description_kind(text, classify)) is not None:
        return firm_said  # "The agency that recruited her", "a Kestrel Foods manager who gave only his first name, Pavel"
    if first.strip().lower() == "one" and (one := _ONE_NAMED.match(text.strip())) is not None \
            and classify(one.group("name")) == "named_person":
        return "named_person"  # "Two of the injured said ... One, Ram Thapa, said": one of them, by name
    if _COUNT.match(first.strip()):
        return "anonymous_source" if first == text or _COUNT.match(text.strip()) else None
    if (one := _ONE_NAMED.match(text.strip())) is not None and not _ONE_DESCRIBED.match(one.group("name")) \
            and (body := classify(one.group("name"))) in _BODIES:
        return body  # "One, Kestrel Foods, replied ...": one of the bodies written to, given by its name
    if (described := self_described.self_described_kind(text, classify)) is not None:
        return described  # "a man who identified himself as a representative of the contractor, Baltic Stroi"
    if (side := _STATE_SIDE.match(text.strip())) is not None and place_rules.demonym_countries(side.group("dem")):
        return "official"  # "the Russian side has said ...": a state in talks with another, by its nationality
    if (named_doc := _BODY_OF_DOCUMENT.match(first)) is not None and classify(named_doc.group("noun")) == "document":
        return "document"  # "A U.N. Panel of Experts report", "the Ministry of Labour memo": the body's document
    if (story := _OUTLET_STORY.match(first)) is not None and any(c.isupper() for c in story.group("by")) and (
            classify(story.group("by")) == "outlet"):  # (a name given: "a report in the newspaper" stays a document)
        return "outlet"  # "A separate report by the Seoul-based outlet Tumen Daily": the outlet, by its story
    if (published := outlet_reports.outlet_report_kind(text)) is not None:
        return published  # "an article in the Khabarovsk-based outlet Taiga Files": the outlet
    if _MISSION_IN.match(first):
        return "official"  # "the Russian Embassy in Seoul", "Chinese Consulate General in Vladivostok": a state's mission
    if (sent := _STATE_MISSION.match(first)) is not None and place_rules.demonym_countries(sent.group("dem")):
        return "official"  # "the Peruvian mission to the UN": a state's diplomatic mission, by its nationality
    if (digest := monitor_kinds.monitor_kind(text, classify)) is not None:
        return digest  # "A Colombo paper": media by kind; "One driver, identified in court papers as Ali K.": a person
    if paper_name(first) or medium_apposition(text):
        return "outlet"  # "Folha do Litoral", "Gazeta Lubuska": a newspaper by its own-language name
    if (romance := romance_bodies.romance_body_kind(first)) is not None:
        return romance  # "Sindicato de Jornaleros del Poniente", "Mujeres del Surco": a union's, a collective's name
    if (named := named_bodies.named_body_kind(first, classify)) is not None:
        return named  # "Rosgvardia", "Jobsplus, Malta's employment agency": a state body; "Migrant-Rights.org": a group
    if _INTERVIEW_CODE.match(text.strip()) or _LETTER.match(text.strip()) or coded_label(text, short=False):
        # "R-05", "P-22", "AO-6": an interviewee known by a code, not a name; (s395) "Witness 4, a police inspector":
        # a witness by label whose post is the state's
        return "official" if court_titles.apposed_official(text, classify) else "anonymous_source"
    if _PEOPLE_INTERVIEWS.match(text.strip()):
        return "organization" if text.strip().lower().startswith("management") else "anonymous_source"
    if "," not in text and "'" not in text and "\u2019" not in text and not text[:1].isalpha():
        return None
    off = _OFF_RECORD.search(text) if "," in text else None
    if off is not None and off.start() > 0 and (classify(text[:off.start()]) == "official" or _ONE_FIRM.match(text, 0, off.start())
                                                and classify(text[:off.start()]) == "organization"):
        return "anonymous_source"  # "a forestry inspector, speaking on condition ...", "One importer, who asked not to be named"
    one = _ONE_OF_ROLE.match(text)
    if one is not None and classify(one.group("role")) == "anonymous_source":
        return "anonymous_source"  # "one of the subcontractors, an electrician": a person, by trade
    if (state := body_officials.body_official_kind(text, classify) or official_voices.official_kind(text, classify)) is not None:
        return state  # "An official at the authority", "A district official in Primorsky Krai"
    if (people := people_phrases.people_kind(text, classify)) is not None:
        return people  # "a group of Malian workers", "Workers at a quarry in X District, Y Region"
    if (firm := contractor_voices.contractor_kind(text, classify)) is not None:
        return firm  # "The contractor, Huaxin Road & Bridge", "A contractor that leased equipment": the firm
    if (owner := owner_voices.owner_kind(text, classify)) is not None:
        return owner  # "The warehouse operator", "The owner of Dunmore Fresh Produce", "X, which runs the camp"
    if (company := company_voices.company_kind(text, classify)) is not None:
        return company  # "The company's local director", "One owner, Zhao Mingde", "Developer Baltic Stroi-Invest"
    if (counsel := counsel_voices.counsel_kind(text, classify)) is not None:
        return counsel  # "the company's lawyer", "Its lawyer", "a lawyer for Kestrel Foods": the firm's counsel
    if counsel_voices.party_counsel(text):
        return "anonymous_source"  # "Counsel for the accused": a person speaking in court, for a party no firm
    if firm_heads.firm_head(text, classify):
        return "organization"  # "Oleg Fedin, head of the construction firm Amurstal": the firm's head speaks for it
    if (seller := seller_kind(text)) is not None:
        return seller  # "Oakfield Living, the Dutch retailer that stocks the lamps": the firm
    company_named, company_first, research, owned_role, branch, record = _patterns()
    m = company_named.match(text) or company_first.match(text)
    if m is not None and (not _person_like(m.group("name"), classify) or _place_led(m.group("name"))) \
            and not _surname_in_a_persons_role(m, text):
        return "organization"  # "Primorye Stroiteks, the contractor": a name led by a place is a firm's
    m = research.match(text) or owned_role.match(text)
    if m is not None and _person_like(m.group("name"), classify):
        return "named_person"
    m = branch.match(text)
    if m is not None:
        owner = _POSSESSIVE_END.sub("", m.group("owner"))
        kind = classify(owner)
        if kind is None and _CAMEL_CASE.fullmatch(owner):
            return "organization"  # "SkoroBox's press service": a brand written in one word with an inner capital
        return kind if kind in ("official", "organization") else None
    if record.match(text):
        return "document"
    return None


_OF_TAIL = re.compile(r"\s+of\s.*$")


def _surname_in_a_persons_role(m: re.Match[str], text: str) -> bool:
    """"Petrov, a builder", "The owner, Kang": one word beside a role that people hold too (knowledge list
    ``person_roles``) is more likely a surname than a firm."""
    if " " in m.group("name").strip() or "-" in m.group("name"):
        return False
    role = _OF_TAIL.sub("", re.sub(rf"\s*,?\s*{re.escape(m.group('name'))}\s*,?\s*", " ", text).strip()).lower().split()[-1]
    return role in {w.lower() for w in _data().get("person_roles", [])}


def _place_led(name: str) -> bool:
    """A name whose first word is a place and no given name ("Primorye Stroiteks", "Dandong Haixin"): a firm named for
    where it is, as firms often are, not a person ("Sofia Petrova" is a given name first)."""
    from labourlens.analyse.source_places import place_country  # noqa: PLC0415 - places import the speaker modules
    from labourlens.analyse.source_refs import given_name_gender  # noqa: PLC0415

    words = name.split()
    return len(words) >= 2 and not given_name_gender(words[0]) and place_country(words[0]) is not None


def _person_like(name: str, classify: Callable[[str], str | None]) -> bool:
    """A name the main classifier reads as a person's ("Lena Voss"), not a firm's ("Baltmost-Stroi")."""
    return classify(name) == "named_person" and len(name.split()) >= 2


_ACRONYM = re.compile(r"[A-Z](?<![\w&.-].)[A-Z]{2,5}(?![\w&-])")  # (the look-behind after [A-Z]: re scans for it)
_GLUE = frozenset({"for", "of", "and", "the", "on", "in", "de", "la", "des", "du", "del", "y", "et", "und", "&"})
_CAP_RUN = re.compile(r"[A-Z](?<![\w'\u2019-].)[\w'\u2019-]*(?:\s+(?:(?:for|of|and|the|on|in|de|la|des|du|del|y|et|"
                      r"und|&)\s+)*[A-Z][\w'\u2019-]*)+")


def initials_names(text: str, names: dict[str, str]) -> None:
    """A body's initials used without being defined in brackets ("DIER told the network ..." after "the
    Department for Industrial and Employment Relations"): add ``initials -> full name`` to ``names``
    (the registry's acronyms, so the initials speak with the full name's kind)."""
    wanted = {a for a in _ACRONYM.findall(text) if a not in names}
    if not wanted:
        return
    # (speed) the beginnings of the initials wanted: a run's letters that begin none of them begin no longer ones
    starts = {a[:n] for a in wanted for n in range(1, len(a) + 1)}
    for m in _CAP_RUN.finditer(text):
        words = m.group(0).split()
        caps = [i for i, w in enumerate(words) if w.lower() not in _GLUE]
        for a, at in enumerate(caps):  # "Jobsplus and the Department for ...": any run of its capitals
            if words[at][0] not in starts:
                continue
            for b in range(a + 2, min(len(caps), a + 7) + 1):
                initials = "".join(words[i][0] for i in caps[a:b])
                if initials not in starts:
                    break
                if initials in wanted:
                    names.setdefault(initials, " ".join(words[at:caps[b - 1] + 1]))
                    wanted.discard(initials)


@lru_cache(maxsize=1)
def _own_staff() -> frozenset[str]:
    return frozenset(w.lower() for w in _data().get("own_staff", []))


_SPACES = re.compile(r"\s+")


def own_staff(wording: str) -> bool:
    """True for the page's own staff as a speaker ("our correspondent reports", "this newspaper has
    learned", "our survey of 300 workers found"): the page speaks in its own voice, not a source."""
    low = _SPACES.sub(" ", wording.strip().lower())
    return low in _own_staff() or low.startswith(("our ", "my ")) and low.split(" of ")[0] in _own_staff()


_TIME_AFTER = re.compile(r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|"
                         r"evening|night))?|(?:yesterday|last|this)\s+(?:morning|afternoon|evening|night|week|month))$")


# a participle on how the person was met, its agent and where ("interviewed by a news agency in a port district"): it
# tells who met the speaker, not who the speaker is (at most twelve words, to the end of the phrase)
_MET_BY = re.compile(r"(?<=\w)\s+(?:interviewed|contacted|reached|approached|questioned|met|visited)\s+by\s+(?:\S+\s+){0,10}\S+$")


def without_time(phrase: str) -> str:
    """A speaker phrase without the time it closes on, which says when, not who ("Two workers interviewed by
    the agency outside the hostel on Tuesday evening"): not counted in its length."""
    phrase = _MET_BY.sub("", phrase)  # nor the aside on who met the person and where ("interviewed by X in Y")
    return without_term(_TIME_AFTER.sub("", phrase))  # nor the prison term it carries ("serving six years")


def too_long(phrase: str, limit: int) -> bool:
    """Is speaker phrase ``phrase`` (before any relative clause) too long to be a speaker: more than ``limit``
    words, or for two people joined by "and" ("residents of this border town and a former manager at one of the
    plants") more than ``limit`` words in one of them or more than 20 in all?"""
    # "More than thirty workers from ...": the words of a count's approximation are not the speaker's
    words = _APPROX.sub("", phrase).split()
    if len(words) <= limit:
        return False
    parts = phrase.split(" and ")
    return len(words) > 20 or len(parts) != 2 or any(len(p.split()) > limit for p in parts) or _SECOND_PERSON.match(
        parts[1]) is None


_APPROX = re.compile(r"^\s*(?i:more\s+than|at\s+least|fewer\s+than|less\s+than|up\s+to|as\s+many\s+as)\s+(?=\S)")
# the second of two speakers joined by "and": a determiner, a number or a name opens it ("a former manager")
_SECOND_PERSON = re.compile(r"(?:a|an|the|one|two|three|four|five|several|some|other|\d+|[A-Z])\b|[A-Z]")
