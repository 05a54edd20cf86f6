"""Turns of a committee hearing or an official record written with the speaker's name and post before a colon, a
pass of :mod:`labourlens.analyse.forum_posts` (the last passes of the attribution):

- "Chair (Hon. Nimal Perera): We now take evidence from the Bureau." - a role with the person's name in brackets;
- "Mr R. Silva (Additional General Manager, Foreign Employment Bureau): Honourable Chair, we received 3,104
  complaints." - a titled name with the post in brackets;
- "Joint Secretary Lena Hartmann (Ministry of Labour): We have no such reports." - a civil servant's rank;
- "Hon. Kumari Dias: Is it true that ...?" and later "Hon. Dias:" / "Mr Silva:" - the same people, shorter.

Every sentence of the turn's paragraph, and of the paragraphs after it up to the next label (s34), is that
person's, unless it names a speaker of its own ("The agencies concerned deny it."); a vocative ("Honourable Chair",
"Mr Chairman") is no speaker. A lawmaker ("Hon.") and whoever speaks for a state body named in the post are
``official``. Upper-case labels ("CHAIR:", "WITNESS 2:") are
read by :mod:`labourlens.analyse.mentions` already. Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.marked_turns import marked_turns
from labourlens.analyse.shortened_labels import shortened_labels
from labourlens.analyse.speakers import OUTLET_KEY, Mention
from labourlens.analyse.turn_persons import turn_persons
from labourlens.analyse.turn_relays import relayed_in_turn
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["hearing_turns"]

_TITLE = (r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Hon|Honourable|Honorable|Rt\.?\s+Hon|Senator|Sen|Rep|Minister|Justice|Judge"
          # (s48) the Malay forms of address a Malaysian record prints before a member's name: "Tuan Ali Hamid [Seat]:"
          # (s48, heldout436) with a member's "YB" (Yang Berhormat, "the Honourable") before them: "YB Puan Ana Lim [Seat]:"
          r"|(?:(?:YB|Yang\s+Berhormat)\s+)?(?:Tuan|Puan|Datuk\s+Seri|Dato[\'\u2019]?\s+Sri|Datuk|Dato[\'\u2019]?|Datin|"
          r"Tan\s+Sri)|YB|Yang\s+Berhormat"
          # a civil servant's rank before the name: "Additional Secretary Ana Ruiz (Ministry of Labour):"
          # (s39) "Parliamentary State Secretary Ana Ruiz:", a junior minister's rank in a German or Nordic record
          r"|(?:(?:Additional|Joint|Deputy|Assistant|Permanent|Principal|Under|Parliamentary|State)\s+){0,2}Secretary"
          r"|(?:Deputy|Vice)[\s-]Minister"  # (s40) "Vice Minister Ana Ruiz:", an East Asian ministry's second post
          r"|Director-General|Director\s+General|Commissioner|Ambassador"
          # (s379) a police witness's rank: "Detective Superintendent Ana Ruiz:", "Chief Inspector Lund:"
          r"|(?:(?:Detective|Chief|Assistant|Deputy)\s+){1,2}(?:Superintendent|Inspector|Constable|Sergeant)"
          r"|Superintendent|Chief\s+Constable"
          # (s36) a member of a parliament called "Deputy" (a post-Soviet chamber's word): "Deputy Aibek Osmonov:"
          r"|Deputy(?=\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?[ \t]*:))\.?")
_NAME = (r"[A-Z][\w'\u2019-]*\.?(?:\s+[A-Z][\w'\u2019-]*\.?){0,3}"
         # (s48, heldout436) a Malay or Malaysian Indian name goes on after "bin"/"binti" or "a/l"/"a/p" (son or daughter
         # of) with the father's name: "Datuk Aminah binti Yusof", "Tuan Ravi a/l Muniandy"
         r"(?:\s+(?:bin|binti|bte|a/l|a/p|s/o|d/o)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?")
# (s46) a party's short label in a second bracket after the seat: "(Lab)", "(Con)", "(LD)", "(SNP)", "(Lab/Co-op)", "(Ind)"
_PARTY = r"[A-Z][A-Za-z]{0,5}(?:[/-][A-Z][A-Za-z-]{0,6})?"
_ROLES = r"(?:Chair|Chairman|Chairwoman|Chairperson|Chairpersons|Speaker|Deputy\s+Speaker|Presiding\s+Member|Clerk|Witness)"
# "Mr R. Silva (post):", "Hon. Kumari Dias:", "Chair (Hon. Nimal Perera):", "Chair:"
# "The Minister for Transport (Ms. Ada Lund):", "The Parliamentary Under-Secretary of State (Dr Ann Lee):": a post
# held by the person named in brackets
_POST = (r"The\s+(?:(?:Parliamentary|Deputy|Prime|Shadow|Junior)\s+)*(?:Minister|Secretary|Under-Secretary|"
         r"Attorney\s+General|Solicitor\s+General)\b[^()\[\]:\n]{0,80}?(?=[ \t]*[(\[])")
# (s35) a state post with no name, as verbatim records write it: "The Principal Secretary:", "The Cabinet Secretary:"
# (s41) or with no article and the portfolio after it, as a question-time record prints the answering minister:
# "Minister for Labour, Skills and Migration:", "Deputy Minister of Health:", and later "Minister:"
_PORTFOLIO = r"(?:\s+(?:of|for)\s+[A-Z][\w'\u2019-]*(?:(?:,\s+|\s+and\s+|\s+of\s+|\s+&\s+|\s+)[A-Z][\w'\u2019-]*){0,8})"
_BARE_POST = (r"(?:The\s+(?:(?:Principal|Permanent|Cabinet|Chief|Deputy|Assistant|Parliamentary)\s+)*(?:Secretary|Minister|"
              r"Under-Secretary|Attorney\s+General|Solicitor\s+General|Commissioner|Director-General|Ambassador|"
              r"High\s+Commissioner)" + _PORTFOLIO + r"?"
              r"|(?:(?:Deputy|Assistant|State|Cabinet)\s+)?(?:Minister|Secretary)" + _PORTFOLIO + r"?"
              # (s48, heldout436) the Malay post of a Malaysian record, the portfolio after it with no "of": "Timbalan
              # Menteri Dalam Negeri (YB ...):" (deputy minister), and later "Timbalan Menteri:"
              r"|(?:Timbalan\s+)?Menteri(?:\s+[A-Z][\w'\u2019-]*){0,4})")
# a titled name may carry its body or seat after a comma: "Ms. Ana Ruiz, Lund Workers' Centre, Osijek:", "Mr. Tom Bell,
# Ministry of Labour (invited):", "Mr. Ivo Kern, member for Split:" (s395)
_TURN = re.compile(rf"^[ \t]*(?:(?P<titled>{_TITLE}\s+{_NAME})"
                   r"(?:,[ \t]+(?P<tpost>[^,:()\n]{2,60}(?:,[ \t]+[^,:()\n]{2,40})?))?"
                   rf"|(?P<role>(?:The\s+)?{_ROLES}|{_POST}|{_BARE_POST}(?=[ \t]*:)"
                   # (s45) a post with no article and its holder in brackets, as a question-time record prints the
                   # answering minister: "Deputy Minister for Trade and Industry (Ms Ama Lartey):"
                   rf"|{_BARE_POST}(?=[ \t]*\({_TITLE}\s))"
                   # (s44) the post, a comma, then its holder by titled name: "Minister for Labour and Social Security,
                   # Hon. Ana Ruiz:", as a question-time record prints the answering minister
                   rf"|{_BARE_POST},[ \t]+(?P<held>{_TITLE}\s+{_NAME})(?=[ \t]*:)"
                   # (s36) a witness by full name and post: "Nuria Sadykova, director, Bishkek Rights Centre:"
                   r"|(?P<posted>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}),\s+(?P<post>(?:[a-z][\w'\u2019-]*\s+){0,3}"
                   r"[a-z][\w'\u2019-]*(?:,\s+[A-Z][^,:()\n]{1,60})?)(?=[ \t]*:)"
                   # (s39) a witness or a member by full name with a note in brackets: "Ana Ruiz (Lund Institute):"
                   # (s46) or with the seat and the party in two brackets, as a Westminster record prints an untitled
                   # member: "Ana Ruiz (Leeds North) (Lab):"
                   r"|(?P<noted>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})(?=[ \t]*\([^)\n]{2,100}\)"
                   r"(?:[ \t]*\([^)\n]{1,20}\))?[ \t]*:)"
                   # (s36) and later by surname alone ("Sadykova:"), or (s39) by the full name again ("Ana Ruiz:"): read
                   # only for a person a turn named in full
                   r"|(?P<surname>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})(?=[ \t]*:))"
                   # (s48) a Malaysian or Singaporean record sets the seat or the holder in square brackets:
                   # "Tuan Ali Hamid [Kuala Selangor]:", "The Deputy Minister of Labour [Puan Siti Aminah]:"
                   rf"[ \t]*(?:\((?P<note>[^)\n]{{2,100}})\)|\[(?P<snote>[^\]\n]{{2,100}})\])?"
                   rf"(?:[ \t]*\((?P<party>{_PARTY})\))?[ \t]*:[ \t]+\S")
# (s366) a record that sets its labels in capitals with the person in brackets: "CHAIR (Hon. Ruth Ocan): ...",
# "DEPUTY MINISTER FOR LABOUR (Hon. Peter Wasswa): ...", "HON. GRACE ANYANGO (Tororo): ...", and later the same
# people shorter ("DEPUTY MINISTER:", "HON. ANYANGO:", "CHAIR:")
_CAPS_WORD = r"[A-Z][A-Z'\u2019.-]*"
# (s38) or the post in capitals and the person's name after it in small letters: "DEPUTY Aibek Osmonov: ..."
_CAPS_TURN = re.compile(rf"^[ \t]*(?P<caps>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,7}})[ \t]*"
                        r"(?:(?P<named>[A-Z][a-z][\w'\u2019-]*(?:[ \t]+[A-Z][a-z][\w'\u2019-]*){1,2})[ \t]*)?"
                        r"(?:\((?P<note>[^)\n]{2,100})\))?[ \t]*:[ \t]+\S")
# ((s396) a department's undersecretary by the abbreviation of the Philippine record: "USEC. ANA CRUZ:", "ASEC. LIM:")
_CAPS_TITLE = re.compile(r"^(?:HON\.?|HONOURABLE|HONORABLE|MR\.?|MRS\.?|MS\.?|DR\.?|PROF\.?|SENATOR|SEN\.|REP\.|USEC\.|ASEC\.)\s")
_CONSTITUENCY = re.compile(r"[A-Z][\w'\u2019-]+(?:[ -][A-Z][\w'\u2019-]+){0,2}")  # "HON. X (Tororo):", "(Kampala Central)"
_ROLE_WORD = re.compile(r"\b(?:Inspector|Officer|Director|Head|Manager|Chief|President|Chair\w*|Secretary|Centre|Center|"
                        r"Institute|Union|Association|Federation|Foundation|Network|Group|Company|Ltd|Inc|Party)\b")
# (s42) a trade body of an industry in a label's brackets: "(Tile Makers' Council)", "(Chamber of Exporters)"
_TRADE_BODY = re.compile(r"\b(?:Producers|Manufacturers|Makers|Employers|Exporters|Importers|Traders|Growers|Industry|"
                         r"Industries|Chamber|Business|Businesses)\b")
_OWN_SIDE = re.compile(r"^\s*(?:[Oo]ur|[Mm]y|[Ww]e|I)\b")
_BARE = re.compile(_BARE_POST + "$")
_RECORD_NOTE = re.compile(r"^\s*[(\[]")  # "(The committee adjourned at 11:02.)", "[Translation]"
# "Witness B: ...", "Q114 Chair: ...", "Dr Lee (Institute of ...): ...": another turn's label (capitalised words only)
_ANY_LABEL = re.compile(r"^\W{0,3}(?:[A-Z0-9][\w.'\u2019-]*\s+){0,4}[A-Z0-9][\w.'\u2019-]*(?:\s*\([^)\n]{1,100}\))?:\s")
_NOTE_PERSON = re.compile(rf"^(?P<name>{_TITLE}\s+{_NAME})$")
# (s40) or a post in capitals with its holder's full name in brackets and no title, as translated records print them:
# "STATE SECRETARY (Ana Horvat): ...", "CHAIR (Ivo Marin): ..." (a name in mixed case; the post names a state office or
# the chair)
_PLAIN_PERSON = re.compile(r"^[A-Z][a-z\u00e0-\u024f'\u2019-]+(?:\s+[A-Z][a-z\u00e0-\u024f'\u2019-]+){1,2}$")
_CAPS_POST = re.compile(r"^(?:THE\s+)?(?:[A-Z]+\s+){0,3}(?:CHAIR|CHAIRMAN|CHAIRWOMAN|CHAIRPERSON|SECRETARY|MINISTER|"
                        r"COMMISSIONER|DIRECTOR|AMBASSADOR|INSPECTOR|DIRECTOR-GENERAL)(?:\s+(?:OF|FOR)(?:\s+[A-Z]+){1,4})?$")
_VOCATIVES = frozenset(("chair", "chairman", "chairwoman", "chairperson", "speaker", "honourable member",
                        "honourable chair", "mr chairman", "madam chair", "member", "mr speaker", "madam speaker"))
_STATE_POST = re.compile(r"\b(?:Bureau|Ministry|Minister|Department|Office|Agency|Authority|Commission|Inspectorate|Police|"
                         r"Embassy|Consulate|Government|Directorate|Service|Council|Secretary|Attorney|Prosecutor)\b")


def _speaker(m: re.Match[str]) -> tuple[str, str] | None:
    """(wording, kind) of the person a turn's label names."""
    note = (m.group("note") or m.group("snote") or "").strip()
    if m.group("held"):
        return m.group("held"), "official"  # (s44) the holder of a state post, named after it
    if m.group("posted"):
        return m.group("posted"), "official" if _STATE_POST.search(m.group("post")) else "named_person"
    if m.group("noted"):  # (s39) "Ana Ruiz (Lund Institute):", "Tom Bell (member):": the person, by the note's post
        # (s46) a seat and a party after the name: a member of the chamber, who speaks in office
        return m.group("noted"), "official" if _STATE_POST.search(note) or m.group("party") else "named_person"
    if m.group("role"):
        person = _NOTE_PERSON.match(note)
        if person is None and m.group("role").startswith("The ") and _PLAIN_PERSON.match(note):
            return note, "official"  # (s46) "The Under-Secretary of State for Rural Affairs (Ana Ruiz):"
        if person is None and _BARE.match(m.group("role")):
            return m.group("role"), "official"  # "The Principal Secretary:": the post speaks, its holder unnamed
        if person is None:
            return None  # "Chair:" alone: the chair met before (the registry finds them by the role)
        wording = person.group("name")
        if m.group("role").startswith("The") or _BARE.match(m.group("role")):
            return wording, "official"  # a minister or a secretary of state in office
    else:
        wording = m.group("titled").strip()
        note = f"{m.group('tpost') or ''} {note}".strip()
    if wording.lower().startswith(("hon", "rt", "senator", "sen.", "rep", "minister", "parliamentary", "state secretary",
                                   "yb ", "yang berhormat")) \
            or note and _STATE_POST.search(note):
        return wording, "official"
    return wording, "named_person"


def _caps_title(words: str) -> str:
    """ "HON. GRACE ANYANGO" -> "Hon. Grace Anyango"."""
    return " ".join(w.title() for w in words.split())


def _caps_turn(m: re.Match[str], roles: dict[str, str]) -> tuple[str | None, tuple[str, str] | None] | None:
    """(the role the label holds, (wording, kind) of the person it names) of a capitalised label, or None where the
    label names no one: a post in capitals names a person only in its brackets, or as the post a label in brackets
    named before ("MINISTER:" after "MINISTER OF STATE (Hon. Peter Wasswa):")."""
    caps = " ".join(m.group("caps").split())
    note = (m.group("note") or "").strip()
    if m.group("named"):  # (s38) "DEPUTY Aibek Osmonov:": the person named after the post (no role to hold for later)
        return None, (m.group("named"), "official" if _STATE_POST.search(caps.title()) else "named_person")
    if _CAPS_TITLE.match(caps + " "):
        if _trade_person(caps, note):
            # (s42) "MR. X (Federation of Tile Makers' Council):": a person who speaks for a trade body, by name
            return None, (_caps_title(caps), "named_person")
        if len(caps.split()) < 2 or note and (_CONSTITUENCY.fullmatch(note) is None or _STATE_POST.search(note)
                                               or _ROLE_WORD.search(note)):
            return None  # "MR. X (Senior Inspector, Labour Board):": a post or a body the earlier readers weigh
        wording = _caps_title(caps)
        return None, (wording, "official" if wording.lower().startswith(("hon", "sen", "rep", "usec", "asec")) else "named_person")
    role = caps.lower()
    person = _NOTE_PERSON.match(note)
    if person is not None:
        return role, (person.group("name"), "official")
    if _plain_post(caps, note):  # (s40) "STATE SECRETARY (Ana Horvat):": the holder of a state post speaks in office
        return role, (note, "official" if _STATE_POST.search(caps.title()) else "named_person")
    if role in roles or role.split()[0] in roles:
        return role, None
    if not note and _CAPS_POST.match(caps) and _STATE_POST.search(caps.title()) and len(caps.split()) >= 2:
        return role, (caps.title(), "official")  # (s42) "DEPUTY MINISTER:" never named: the post speaks, its holder unnamed
    return None


def _inner_speaker(line: str, m: re.Match[str], att: Any) -> bool:
    """Does the turn's first sentence name a speaker of its own after the label ("The operators told my officials
    that ...")? One of the turn speaker's own side ("My officials found ...") is the turn speaker's."""
    if att.source == OUTLET_KEY or not att.explicit or att.span is None:
        return False
    colon = line.find(":", m.start())
    said = line[att.span[0]:att.span[1]]
    if 0 <= colon < att.span[0] and _CONCESSIVE.search(line, colon, att.span[0]) is not None:
        return False  # (s44) "X: brokers still take money, though the ministry calls it free": X's, conceding
    return 0 <= colon < att.span[0] and _OWN_SIDE.match(said) is None


# a concessive clause the turn's speaker adds to their own statement: "..., although the ministry says ..."
_CONCESSIVE = re.compile(r"\b(?:although|though|even\s+if|whereas)\s+$")


def _end(sentences: Sequence[Sentence], i: int, limit: int) -> int:
    """Where the turn opened at ``sentences[i]`` ends (before ``limit``, the next label)."""
    for k in range(i + 1, limit):
        if sentences[k].paragraph != sentences[i].paragraph and (sentences[k].kind != "body" or _RECORD_NOTE.match(
                sentences[k].text) or _ANY_LABEL.match(sentences[k].text)):
            return k
    return limit


def _quote_runs_on(sentences: Sequence[Sentence], result: list[Any], i: int, k: int) -> bool:
    """Is ``sentences[k]`` inside a quotation that an earlier sentence of the turn (from ``i``) opened with a speaker
    of its own, not the turn's label ('He says in it: "...'), and still that speaker's?"""
    quote, att = sentences[k].quote, result[k]
    if quote is None or att.explicit or att.source == OUTLET_KEY:
        return False
    return any(sentences[j].quote == quote and result[j].explicit and result[j].source == att.source for j in range(i, k))


def _relayed(sentences: Sequence[Sentence], result: list[Any], i: int, k: int, key: str) -> bool:
    """(s384) Is ``sentences[k]`` a message the turn's speaker relays ("He wrote that ...", "He told me ...") whose "he"
    was read as a source the turn (opened at ``i``) never met, another voice of the record: the speaker's account?"""
    att = result[k]
    if att.source == key or any(result[j].explicit and result[j].source == att.source for j in range(i, k)):
        return False
    return relayed_in_turn(sentences[k].text, att, key, {att.source}).source == key


def _held_before(role: str, roles: dict[str, str]) -> str | None:
    """The key of whoever held ``role`` or (s48) a longer post it shortens ("Timbalan Menteri:" after "Timbalan
    Menteri Sumber Manusia (YB ...):", a post whose portfolio follows with no "of"), or None."""
    if role in roles:
        return roles[role]
    return next((key for held, key in roles.items() if held.startswith(role + " ")), None)


def _role_key(role: str) -> str:
    role = role.lower()
    return role[4:].lstrip() if role.startswith("the ") else role  # "The Chairperson:" is the "Chairperson:"


def hearing_turns(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the sentences of each hearing turn to the person its label names (in place; see the module doc)."""
    shortened_labels(sentences, result, reg)  # (s40) "VICE MINISTER PAK:" after "VICE MINISTER OF TRADE PAK SOO-MIN:"
    marked_turns(text, sentences, result, reg)  # (s45) "\u25cb SUZUKI Haruto (member): ...", a Japanese record's turns
    if "):" not in text and "]:" not in text and "Hon" not in text and "Chair" not in text:
        return
    # (s38) a label in capitals read as a surname ("CHAIR: ...") is a record's capitalised label, no surname's turn (nor,
    # s39, one with a word in capitals: "DEPUTY Aibek Osmonov: ...")
    turns = [(i, m) for i, s in enumerate(sentences) if (m := _TURN.match(s.text)) is not None
             and not (m.group("surname") and any(w.isupper() for w in m.group("surname").split()))
             and not (m.group("noted") and any(w.isupper() for w in m.group("noted").split()))
             and not (m.group("party") and not m.group("noted"))]  # (s46) a party's bracket after an untitled name only
    if len(turns) < 3:
        turns = _caps_turns(sentences)
    if len(turns) < 3:
        return  # a record of turns, not a sentence that happens to open "Mr X:"
    roles: dict[str, str] = {}  # "chair" -> the key of the person who holds it
    surnames: dict[str, str] = {}  # the surname of a person a turn named in full -> their key
    starts = [i for i, _ in turns] + [len(sentences)]
    for n, (i, m) in enumerate(turns):
        wordings = {x.key: (x.wording or "").lower() for x in reg.sources()}
        s = sentences[i]
        if "caps" in m.groupdict():
            read = _caps_turn(m, roles)
            if read is None:
                continue
            role, found = read
        elif m.group("surname"):
            if m.group("surname").split()[-1].lower() not in surnames:
                continue  # "Note:", "Update:", a surname of no one named in full before
            role, found = None, (m.group("surname"), "named_person")
        else:
            role, found = (m.group("role").lower() if m.group("role") else None), _speaker(m)
            if role and found is not None and _BARE.match(m.group("role")) and _held_before(_role_key(role), roles):
                found = None  # (s41) "Minister:" after "Minister for Labour and Skills:": the holder met before
        if found is None:
            key = (roles.get(_role_key(role)) or roles.get(_role_key(role).split()[0])
                   or _held_before(_role_key(role), roles)) if role else None
            if key is None:
                turn_persons(text, sentences, result, reg, i, _end(sentences, i, starts[n + 1]))  # "The Chair: ..."
                continue
        else:
            wording, kind = found
            surname = wording.split()[-1].lower()
            # "Hon. Dias:" after "Hon. Kumari Dias:"; (s48) "YB Tuan Ravi Kumar:" after "YB Tuan Ravi Kumar a/l Muniandy:",
            # the same label with the father's name cut off
            if surname in surnames and (len(wording.split()) <= 2
                                        or wordings.get(surnames[surname], "").startswith(wording.lower() + " ")):
                key = surnames[surname]
            else:
                src = reg.resolve(Mention(wording, m.start(), m.start() + len(wording), "said", True), s.start,
                                  text[max(0, s.start - 600):s.start])
                if kind == "official":  # (otherwise the kind the registry read from the whole label stays)
                    src.kind = kind
                key = src.key
                surnames.setdefault(surname, key)
            if role:
                roles[_role_key(role)] = key
                roles.setdefault(_role_key(role).split()[0], key)  # "MINISTER:" after "MINISTER OF STATE (Hon. ...):"
        chair = "caps" in m.groupdict() and role is not None and role.removeprefix("the ").startswith("chair")
        stop = i + 1 if chair else starts[n + 1]  # (s366) a chair's calls to order in capitals stay the record's
        for k in range(i, stop):
            if sentences[k].paragraph != s.paragraph and (sentences[k].kind != "body" or _RECORD_NOTE.match(
                    sentences[k].text) or _ANY_LABEL.match(sentences[k].text)):
                stop = k
                break  # (s34) the turn runs on over its paragraphs up to the next label, a record's note or a heading
            att = result[k]
            vocative = wordings.get(att.source, "") in _VOCATIVES
            if k == i and _inner_speaker(s.text, m, att) and not vocative:
                continue  # "Mr X (post): The contractor wrote to us that ...": the contractor, inside the turn
            if k > i and _quote_runs_on(sentences, result, i, k):
                continue  # (s37) 'She says in it: "Sixty of us slept in one room. The manager took ..."': the writer's words
            if k == i or att.source == OUTLET_KEY or not att.explicit or vocative or _relayed(sentences, result, i, k, key):
                result[k] = replace(att, source=key, cue="said", direct=True)
        turn_persons(text, sentences, result, reg, i, stop)  # "I have a letter from a constituent. She says ..."


def _caps_turns(sentences: Sequence[Sentence]) -> list[tuple[int, re.Match[str]]]:
    """(s366) The capitalised labels of a record, where at least one of them names its person in brackets."""
    turns = [(i, m) for i, s in enumerate(sentences) if s.kind == "body" and (m := _CAPS_TURN.match(s.text)) is not None]
    if not any(_NOTE_PERSON.match((m.group("note") or "").strip())
               or _plain_post(" ".join(m.group("caps").split()), (m.group("note") or "").strip())
               or _trade_person(" ".join(m.group("caps").split()), (m.group("note") or "").strip()) for _, m in turns):
        return []
    return turns


def _trade_person(caps: str, note: str) -> bool:
    """(s42) Is the label a titled name in capitals with a trade body in brackets ("MR. X (Tile Makers' Council)")?"""
    return bool(note) and _CAPS_TITLE.match(caps + " ") is not None and len(caps.split()) >= 2 and (
        _TRADE_BODY.search(note) is not None and _ROLE_WORD.search(note) is None)


def _plain_post(caps: str, note: str) -> bool:
    """(s40) Is the label a post in capitals with its holder's untitled name in brackets ("STATE SECRETARY (Ana
    Horvat)")?"""
    return _CAPS_POST.match(caps) is not None and _PLAIN_PERSON.match(note) is not None
