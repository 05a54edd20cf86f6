"""Patterns of :mod:`labourlens.analyse.speakers` compiled once, at import (speed: the ``re`` module's cache of
patterns is shared by every module and evicts its oldest entries, so a pattern written inline in a function
was parsed and compiled again whenever other patterns had pushed it out)."""

from __future__ import annotations

import re

LETTERS = re.compile(r"[^\W\d_]+")
WORD = re.compile(r"[\w'’-]+")
POSSESSIVE_END = re.compile(r"['’]s$|(?<=s)['’]$")
EDGE_PUNCTUATION = re.compile(r"^[\s*•·,.;:-]+|(?<![a-z] [A-Z])[.,;:]+$|[,;:]+$|\s+z\s+o\.\s?o\.?$")
AT_LEAST = re.compile(r"^(?:at\s+least|more\s+than|only)\s+(?=\d|\w+\s+of\b|(?:\w+ty|\w+teen|ten|eleven|twelve)\b)")
OF_REST = re.compile(r"\bof\s+(.+)$")
INITIAL_APPOSITION = re.compile(r"[A-Z]\.,\s+(?:who|an?)\s")
# (s384) a vessel's crew named by the bare noun ("Crew told officers ..."): a group of people, never a person's name
# (a counted "several crew", or "The crews, described by ..., work" as a subject, are left as they were)
BARE_CREW = re.compile(r"[Cc]rew")
STATE_BODY_WORD = re.compile(r"\b(?:Ministry|Government|Embassy|Consulate|Police|Prosecutor'?s?|Customs|Bureau|Agency)\b")
TITLED_DOCUMENT = re.compile(r"(?:[Tt]he\s+)?(?:(?:annual|latest|new|final|(?:19|20)\d{2})\s+)*[A-Z]")
STATE_NAME_WORD = re.compile(r"\b(?:Ministry|Government|Embassy|Office|Bureau|Department|Police|(?<!News )(?<!Press )(?:Service|Agency)|Council|"
                             r"Administration|Commission|Authority|Prosecutor|Court|Parliament|Duma|Kremlin|Customs|Inspectorate|"
                             r"Directorate|Procuracy|Permanent\s+Mission|Border\s+Guard|Coast\s+Guard|Investigative\s+Committee|Board|"
                             # Latin America's labour administration, translated ("the Labour Inspection Secretariat",
                             # "the Labour Undersecretariat", "the Regional Labour Superintendency"); a bare
                             # "Secretariat" is also a treaty's or a coalition's
                             r"Undersecretariat|Superintendency|(?:Labou?r|Inspection|Employment)\s+Secretariat|"
                             # a state's security or intelligence service named an "Organisation" ("Internal Security
                             # Organisation", "National Intelligence Organization"): the state, not a private body
                             r"(?:Security|Intelligence)\s+Organi[sz]ation)\b")
NGO_NAME_WORD = re.compile(r"\b(?:Labou?r|Rights|Justice|Migrants?|Workers|Freedom|Humanitarian|Coalition|Alliance|Network|"
                           r"Foundation|Institute|Centre|Center|Project|Initiative|Society|Association|Union|Lab|Observatory|"
                           r"University|Group|Panel|Committee)\b")
# newspaper name words that no person's name ends with ("the Mombasa Courier", "Kampala Pulse"; also read by speaker_forms)
PAPER_NAME_WORDS = "Courier|Sentinel|Clarion|Trumpet|Tide|Pulse|Telegraph|Newswire|Examiner|Gleaner"
OUTLET_NAME_WORD = re.compile(r"\b(?:News|Times|Post|Daily|Herald|Journal|Press|Radio|TV|Broadcasting|Ilbo|Shimbun|Gazette|"
                              r"Ledger|Observer|Review|Monitor|Dispatch|Tribune|Watch|Report|Weekly|Chronicle|Agency|Insider|"
                              rf"Bulletin|{PAPER_NAME_WORDS})\b")
ONE_SOURCE = re.compile(r"^(?:one|some)\s+(?:source|official)")
ONE_NOT_OF = re.compile(r"^one\s+(?!of\b)")
FOR_REST = re.compile(r"\b(?:for|of|at)\s+(.+)$")
INDEFINITE_START = re.compile(r"^(?:a|an|one|another)\s")
OFFICIALS = re.compile(r"\bofficials\b")
ASCII_LETTERS = re.compile(r"[A-Za-z]+")
# a romanised given name in two hyphened syllables ("Un-hui", "Hon-mi"): no acronym of a body ("UN") inside
SYLLABLE_NAME = re.compile(r"\b[A-Z][a-z]{1,4}-[a-z]{2,5}\b")
LABOUR_BEFORE_INSPECTOR = re.compile(r"\blabou?r\s+(?=inspectors?\b)")
ONE_OF_THE = re.compile(r"^\S+\s+of\s+(?:the|its|their|these|those)\s+(.+)$", re.IGNORECASE)
HYPHENED_WORD = re.compile(r"[\w-]+")
PERSON_SUFFIX = re.compile(r"(?:er|or|ist|ian|man|woman|men|women|ee)s?$")
WHO = re.compile(r"\bwho(?:se)?\b")
APOSTROPHE_S_END = re.compile(r"['\u2019]s$")
AGENT_END = re.compile(r"(?:officer|official|guard|agent|attach[eé]|representative)s?$")
ARTICLE_CI = re.compile(r"(?i:the|a|an)\s")
AGENT_SUFFIX = re.compile(r"(?:er|or)s?$")
COUNTED_NOUN = re.compile(r"^\S+\s+of\s+(?:(?:the|its|their|his|her|our|these|those)\s+)?(.+?)"
                          r"(?:\s+[a-z]+ing\s+(?:an?|the)\s.*)?$", re.IGNORECASE)
# a counted phrase opens the speaker phrase: a share, a number or a quantifier ("about a third of them",
# "dozens")
COUNTED = re.compile(
    r"^(?:(?:roughly|about|around|nearly|almost|some|more\s+than|over)\s+(?:a\s+|one\s+|two\s+)?"
    r"(?:third|quarter|half|thirds)"
    r"|dozens|hundreds|thousands|scores"
    r"|a\s+(?:majority|minority|third|quarter|number|handful)(?=\s+of\b|\s*$)"
    r"|the\s+majority|two-thirds|the\s+(?:remaining|other)\s+\d+|the\s+rest"
    r"|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|several|"
    r"many|some|most|few|a few|almost all|nearly all|all|none|half|both|each(?=\s+of\b)|every\s+one(?=\s+of\b)|others?)\b"
    r"(?:\s+of\s+(?:them|those|the))?")
# the counted phrase is a group as a whole ("most of them", "the rest", "several of those we interviewed",
# "two of the guards")
COUNTED_GROUP = re.compile(
    r"^(?:(?:almost|nearly|a)\s+(?:all|few)|the\s+(?:remaining|other)\s+\d+|the\s+rest|\S+)"
    r"(?:\s+of\s+(?:them|those|us)(?:\s+(?:interviewed|surveyed|questioned|asked|contacted|"
    r"polled|we\s+(?:interviewed|spoke\s+to|met|surveyed)))?)?$"
    r"|^\S+\s+of\s+the\s+\w+")
# "the workers' spokesman, Ali Kamara": a role of the people who speak, no body's
PEOPLE_POSSESSOR = re.compile(r"\b(?:workers|strikers|protesters|employees|families|residents|crews?|miners|labou?rers|"
                              r"guards|drivers|fishermen|returnees|victims)['\u2019]s?\s", re.IGNORECASE)
# "The factory's human resources officer", "the mine's safety officer": a firm's own officer speaks for the firm
FIRM_POSSESSOR = re.compile(r"^(?:the|a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:factory|company|firm|plant|mine|mill|farm|restaurant|"
                            r"employer|contractor|subcontractor|operator|depot|shipyard|hotel|workshop|quarry|estate|"
                            r"smelter|refinery|foundry|supplier|manufacturer|processor|plantation|brand|retailer|co-operative|cooperative|co-op|"
                            r"association)"
                            r"['\u2019]s\s", re.IGNORECASE)
# "The plant's owner, a Jilin-based company called Baiyun Marine Foods": a role a business can hold, given as a
# business in apposition, is the business speaking
BUSINESS_ROLE_APPOSITION = re.compile(
    r"^(?:the|its|their|a|an)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:owner|owners|operator|employer|buyer|parent|client|customer|"
    r"landlord|recruiter|contractor|partner|shareholder|investor|importer|exporter|supplier|agent|broker|lessee|"
    r"tenant|purchaser)\s*,\s+(?:a|an)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:company|firm|group|business|manufacturer|"
    r"contractor|subcontractor|agency|exporter|importer|processor|maker|producer|conglomerate|corporation|"
    r"enterprise|holding|trader|trading house|retailer|brand|chain|wholesaler|label)\b(?:\s+(?:called|named|known\s+as)\s|\s*$)",
    re.IGNORECASE)
# a legal form in brackets inside a firm's name ("Kariba Coal (Private) Limited", "Mopane Estates (Pty) Ltd",
# "Tembo Timber (Pvt) Ltd"), or the country of a firm's local arm ("Kestrel Farms (Ghana) Ltd"): read without the brackets
BRACKETED_FORM = re.compile(r"\((Private|Pvt|Pty|Proprietary|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\)(?=\s+(?:Limited|Ltd|Plc|PLC)\b)")
# a body whose name has "to" between its capitalised words and ends with a body's noun ("the Freedom to Organise
# Network", "Right to Food Campaign"): an organization ("Travel to Doha", "the Road to Freedom" are no bodies)
TO_BODY = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+to\s+[A-Z][\w&.'’-]*"
                     r"(?:\s+(?:of|for|and|[A-Z][\w&.'’-]*)){0,4}?\s+(?:Centre|Center|Network|Foundation|Institute|Project|"
                     r"Initiative|Society|Association|Union|Alliance|Coalition|Campaign|Committee|Group|Observatory|Trust|"
                     r"Federation|Forum|Movement)$")
# (diag279) one of a group of people told by a plain word for the set ("A cook in the team, Name, 30", "a member of
# the crew, Name"): the person speaks, not a firm ("group" and "crew" are also company words)
GROUP_MEMBER = re.compile(r"^(?:a|an|one|another)\s+(?:[\w'\u2019-]+\s+)?(?:worker|member|intern|trainee|employee|"
                          r"labou?rer|migrant|fisher|fisherman|caregiver|woman|man|person|"
                          # a rights group's people: "An organiser with the team, Ana Lisova" is the organiser, not a firm
                          r"volunteer|activist|lawyer|researcher|organi[sz]er|coordinator|caseworker|campaigner|paralegal)\s+"
                          r"(?:in|of|from|among|with)\s+(?:the|this|that|their|our)\s+(?:group|team|crew|batch|cohort)\s*,",
                          re.IGNORECASE)
