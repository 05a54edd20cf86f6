"""Per-document sources: numbering (S1, S2...) and coreference.

:class:`Registry` turns attribution mentions into :class:`~labourlens.model.Source` records, resolving "the
source", "he", "the ministry", "Pak", "it" to earlier sources and opening new ones for "another source"."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter

from labourlens.analyse import coref_families as cf
from labourlens.analyse import office_heads, pronoun_agreement, roster_roles, told_apart, unspoken_subjects
from labourlens.analyse import registry_patterns as rx
from labourlens.analyse import source_backrefs as backrefs
from labourlens.analyse.affiliations import affiliation as _affiliation
from labourlens.analyse.antecedents import it_antecedent, it_source
from labourlens.analyse.body_fields import same_state_body
from labourlens.analyse.company_backrefs import company_named_before
from labourlens.analyse.definite_backrefs import (
    _IRREGULAR,
    _PERSON_HEADS,
    _singular,
    definite_entry,
    participle_cut,
    police_again,
)
from labourlens.analyse.gated import gated
from labourlens.analyse.group_staff import group_staff_kind
from labourlens.analyse.it_subjects import document_subject_before
from labourlens.analyse.media_agencies import agency_named_before, agency_outlet, news_agency_before
from labourlens.analyse.orphan_pronouns import orphan_named
from labourlens.analyse.outlet_fuller import short_for as _short_for
from labourlens.analyse.place_appositions import names_place, unplaced
from labourlens.analyse.pronoun_names import apposed_after, apposed_description, apposed_subject, fronted_name
from labourlens.analyse.source_names import (
    MEDIA_BACKREF,
    acronym_of,
    clean_wording,
    contact_name,
    fuller_name,
    introduced_as,
    label_of,
    pseudonym_name,
    role_label_name,
    single_name_intro,
    stands_for,
    titled_kind,
    without_lead_word,
)
from labourlens.analyse.source_places import distinct_regions, place_country
from labourlens.analyse.source_refs import (
    LATTER_FORMER,
    OTHER_SOURCE,
    coordinated_group,
    name_gender,
    role_words,
)
from labourlens.analyse.speaker_forms import without_name_aside
from labourlens.analyse.speaker_roles import company_person, generic_head_of, named_before, people_group
from labourlens.analyse.speakers import (
    _CAP_NAME,
    _DET,
    _GENERIC_ANON,
    _NAME_RE,
    _NAME_TOKEN,
    OUTLET_KEY,
    Mention,
    _head_chunk,
    _lex,
    _looks_like_org,
    alias_name,
    classify,
    name_in,
)
from labourlens.model import Source

__all__ = ["Registry"]


@dataclass
class _Entry:
    source: Source
    norm: str
    head: str
    plural: bool
    person: bool
    order: int = 0


def _norm(np: str) -> str:
    return " ".join(_DET.sub("", np.lower()).split()).strip(" ,.")


_ORDER = attrgetter("order")  # (an entry's place in the order of last touch)
_POSSESSIVE_S = re.compile(r"['\u2019]s\b")
_GROUP_OF = re.compile(r"^\s*(?:an?|one|another)\s+(?:small\s+|large\s+)?(?:group|handful|number|party|delegation|band)\s+of\s+"
                       r"(?=(?:[\w-]+\s+){0,3}?(?:[a-z][\w-]*s|women|men|people|children|police)\b)", re.IGNORECASE)
_MORE_THAN = re.compile(r"^\s*(?:more|fewer|less|no\s+more|no\s+fewer|rather\s+more)\s+than\s+(?=\S)", re.IGNORECASE)


def _head_word(np: str) -> str:
    np = _GROUP_OF.sub("", _MORE_THAN.sub("", np))  # "more than 80 workers", "a group of Ghanaian women": the people
    chunk = backrefs.without_contact_clause(_head_chunk(np)).lower()  # "The men I spoke with": men
    if "'" in chunk or "\u2019" in chunk:
        chunk = _POSSESSIVE_S.sub("", chunk)  # "Nordweld's": a possessive, not a plural
    words = office_heads.without_general(rx.LOWER_WORD.findall(chunk))  # "Witness K", "Respondent R-17": the noun, not the code
    return words[-2] if len(words) > 1 and len(words[-1]) <= 2 and label_of(np.split(",")[0].strip()) else words[-1] if words else ""


@dataclass
class Registry:
    """Per-document sources, numbered S1, S2... in order of first mention."""

    outlet: str | None = None
    entries: list[_Entry] = field(default_factory=list)
    counter: int = 0
    _span: tuple[int, int] | None = None
    _labels: set[str] = field(default_factory=set)  # pseudonymous labels given to sources ("Worker B")
    _lede_done: bool = False
    acronyms: dict[str, str] = field(default_factory=dict)  # "OFAC" -> "Office of Foreign Assets Control"
    turn: str | None = None  # the source whose transcript turn is being read: never "he" / "she" in it
    _role_names: dict[str, str] = field(default_factory=dict)  # "guest" -> "Tom Rhee" once a label named them
    _pronoun_gender: dict[str, str] = field(default_factory=dict)  # unnamed sources a "he"/"she" went back to
    _said: dict[str, str] = field(default_factory=dict)  # key -> the phrases that named the source so far
    roster: dict[str, tuple[str, str]] = field(default_factory=dict)  # surname -> (name, line) of a list of people

    def outlet_source(self) -> Source:
        return Source(key=OUTLET_KEY, wording=self.outlet, kind="outlet", canonical=self.outlet)

    def _gender_of(self, e: _Entry, context: str = "") -> str:  # "Idris, 30, left. He ...": a name the text calls "he"
        return _gender(e.source.wording) or self._pronoun_gender.get(e.source.key, "") or pronoun_agreement.told_gender(context, e.source.canonical)

    def _touch(self, e: _Entry) -> Source:
        self.counter += 1
        e.order = self.counter
        if self._span is not None and self._span not in e.source.spans:
            e.source.spans.append(self._span)
        return e.source

    def _recent(self, pred: Callable[..., object]) -> _Entry | None:  # the one last touched that ``pred`` holds for
        # (speed: most recent first, so that a long report's hundreds of sources are not all tested; ties in list order)
        return next((e for e in sorted(self.entries, key=_ORDER, reverse=True) if pred(e)), None)

    def resolve(self, m: Mention, doc_start: int = 0, context: str = "") -> Source:
        """The source a mention refers to: an earlier one (coreference) or a new one (S1, S2...)."""
        self._span = (doc_start + m.start, doc_start + m.end)
        src = backrefs.adopt_proper_name(self.entries, self._resolve(m, doc_start, context), m.wording)
        self._said[src.key] = self._said.get(src.key, "") + " " + m.wording  # every description given of it
        return src

    def _resolve(self, m: Mention, doc_start: int, context: str) -> Source:
        np = clean_wording(m.wording.strip())
        low = np.lower()
        lex = _lex()
        if self.outlet and (low == self.outlet.lower() or _norm(np) == self.outlet.lower()
                            or _short_for(np, self.outlet)) or backrefs.own_staff(low):
            return self.outlet_source()
        if low in ("he", "she", "i", "we"):
            clash = "male" if low == "she" else "female" if low == "he" else ""
            turn = self.turn if low in ("he", "she") else None
            subject = apposed_subject(context, low) or pronoun_agreement.spouse_owner(context, low) or told_apart.opener_anew(context, self.entries)
            if not subject and (named := unspoken_subjects.unspoken_subject(context, clash, [e.source.canonical for e in self.entries])):
                return self._resolve(Mention(named, m.start, m.end, m.cue, m.direct, m.relay), doc_start, context)  # "Tomas called. He"
            e = None if subject else (self._subject_before(context, clash, turn) or self._recent(
                lambda e: e.person and not e.plural and self._gender_of(e, context) != clash and e.source.key != turn))
            # in a turn, "She told me" is the person named before ("The woman, Pak Su-mi"), not the turn's voice
            antecedent = None if e else subject or pronoun_agreement.agreeing_name(context, low, _named_antecedent(context))
            fallback = self._recent(lambda e: e.person and not e.plural and e.source.key != turn) \
                or self._recent(lambda e: e.person) or self._recent(lambda e: True)
            # "she" is not "three people", "he" not "she", neither is a payslip
            e = e or (None if antecedent and (
                turn or subject or low in ("he", "she") and fallback is not None
                and (fallback.plural or fallback.source.kind == "document" or clash and self._gender_of(fallback, context) == clash)) else fallback)
            if e:
                if low in ("he", "she") and not _gender(e.source.wording):  # "she said": that source is a woman
                    self._pronoun_gender.setdefault(e.source.key, "female" if low == "she" else "male")
                return self._touch(e)
            if antecedent:  # "Jo Chol-ho, 52, worked ... He spoke to us": the person named before
                return self._resolve(Mention(antecedent, m.start, m.end, m.cue, m.direct, m.relay), doc_start, context)
        # "the second sailor who ...", unless that wording or a name was met before
        known = self._recent(lambda e, n=_norm(np): e.norm == n) or classify(np) == "named_person"
        ordinal = None if known else _ORDINAL.match(rx.WHO_CLAUSE.sub("", low.split(",")[0]).strip())
        if ordinal:  # "the first source", "the second woman": counted in order of introduction
            n = _ORDINALS.index(ordinal.group(1))
            noun = _singular(ordinal.group(2) or "")
            anon = cf.counted_people(self.entries, noun,  # "the second employee" after "The second, a cook"
                                     lambda w: noun in _GENERIC_ANON or _singular(_person_head(w)) == noun)
            # "The first, a 31-year-old from Lagos, said": the ordinal introduces a person of a group just named
            # ("two of the women"), described there, not one of the single people met before
            introduces = not noun and _ORDINAL_APPOSITION.match(low) is not None
            if not told_apart.party_label(noun) and (e := cf.ordinal_introduced(self.entries, ordinal.group(1)) or (
                    anon[n] if n < len(anon) and not introduces else None)
                    or told_apart.counted_series(self.entries, n)):  # "the first worker" after "One said"
                return self._touch(e)  # "the second employee" after "The second, a woman who ...": her
            if (anon or noun) and not introduces:
                return self._new(m, np, "anonymous_source", None, doc_start)  # a person not met before
        if OTHER_SOURCE.match(low):  # "the other source": of the unnamed sources, not the one just heard
            anon = sorted((e for e in self.entries if e.source.kind == "anonymous_source" and not e.plural),
                          key=lambda e: e.order)
            if anon and rx.ONE_OR_ONE_OF.match((anon[-1].source.wording or "").strip()):
                return self._new(m, np, "anonymous_source", None, doc_start)  # "One said ... The other said"
            if len(anon) >= 2:
                return self._touch(anon[-2])
        pair = LATTER_FORMER.match(low)
        if pair and len([e for e in self.entries if e.source.kind != "outlet"]) >= 2:  # the two introduced last
            both = [e for e in self.entries if e.source.kind != "outlet"][-2:]
            return self._touch(both[1] if pair.group(1) == "latter" else both[0])
        if _DISTINGUISHED.match(low):  # "the older of the two", "the younger worker": a person told apart
            norm = _norm(np)
            e = self._recent(lambda e: e.norm == norm) or (self._recent(lambda e: backrefs.introduced_as_other(
                e.source.wording or "", _head_word(np))) if low.startswith("the other ") else None)  # "Another woman, X"
            e = e or told_apart.ranked_entry(self.entries, np)  # "the younger brother" after "The younger man"
            return self._touch(e) if e else self._new(m, np, "anonymous_source", None, doc_start)
        if rx.NUMBERED_PART.match(low):
            e = self._recent(lambda e: e.source.kind == "document")  # "Article 9 sets ...": the agreement's article
            if e:
                return self._touch(e)
        if low == "it":
            if (subject := document_subject_before(context)) is not None:  # "The report, ..., was based on ... It said"
                return self._resolve(Mention(subject, m.start, m.end, m.cue, m.direct, m.relay), doc_start, "")
            e = self._recent(lambda e: e.source.kind in ("organization", "document", "official", "outlet"))
            if e:
                return self._touch(e)
            doc = it_antecedent(context)
            if doc:  # "This briefing is based on ... It documents ...": the document or company named before
                return it_source(self._resolve(Mention(doc, m.start, m.end, m.cue, m.direct, m.relay), doc_start, ""))
            return self.outlet_source()  # nothing for "it" to refer to: never a person called "It"
        # "Most said": the group ("Three said": three of them, a group of its own); the whole group, not "Several"
        if low in ("they", "some", "several", "many", "most") and not backrefs.subset_word(low):
            last = self._recent(lambda e: low == "they" or not backrefs.part_of_group(e.source.wording or "")
                                and not backrefs.subset_word((e.source.wording or "").lower()))
            e = (self._recent(lambda e: e.plural) or last) if low == "they" else last if people_group(last) else None
            if e:
                return self._touch(e)
        first_chunk = np.split(",")[0].strip()
        e = self._recent(lambda e: e.source.canonical == first_chunk) if first_chunk in self._labels else None
        if e:  # "Worker B said" after "one former worker, identified in this report as "Worker B""
            return self._touch(e)
        named = role_label_name(context, np) or self._role_names.get(low)
        if named:  # "GUEST: ..." after "GUEST (Tom Rhee): ...": the person the label stood for
            self._role_names[low] = named
            np, low = named, named.lower()
        label, media = label_of(np), MEDIA_BACKREF.get(low)
        e = self._recent(lambda e: label_of(e.source.wording or "") == label) if label else self._recent(
            lambda e: e.source.kind in ("outlet", "organization") and bool(
                set(media) & set((e.source.wording or "").lower().split()))) or (
            self._recent(lambda e: e.source.kind == "outlet") if not self._recent(
                lambda e: e.source.kind == "document" and e.head in media) else None) if media else None
        count = _COUNTED_BACK.match(low.split(",")[0]) if e is None and low.startswith(("the ", "both", "all ")) else None
        if count is not None:  # "the two men" after "two former workers", "two of the welders"
            e = self._recent(lambda e: e.plural and e.source.kind == "anonymous_source" and cf.counted_fits(
                count.group(1), low, e, self.entries)) or cf.uncounted_group(self.entries, count.group(1))  # "both sources" after "two people"
        relayed = self._recent(lambda x: bool(set(media) & set((x.source.relay or "").lower().split()))) if media and e is None else None
        if relayed is not None and relayed.source.relay and relayed.source.relay.lower() != low:  # "the news agency" after Yonhap's relay
            return self._resolve(Mention(relayed.source.relay, m.start, m.end, m.cue, m.direct, m.relay), doc_start, "")
        if e:  # "Interviewee 7" after "Interviewee 7, a former seamstress"; "the paper" after a newspaper named
            return self._touch(e)
        kind = group_staff_kind(np, classify(np) or "anonymous_source", [e.source for e in sorted(self.entries, key=lambda e: e.order)],
                                context)
        if (initials := np[4:] if np[:4] in ("the ", "The ") else np) in self.acronyms:  # "OFAC", "the MPT" after "... (MPT)"
            kind = {"named_person": "organization"}.get(k := classify(self.acronyms[initials]) or kind, k)  # a body's, not a name's
        acr = acronym_of(rx.OFFICIALS_END.sub("", np))  # "NIS officials": the agency speaking
        e = self._recent(lambda e: stands_for(acr, e.source.wording or "", self.acronyms)) if acr else None
        if e:  # "HRW" after "Human Rights Watch", "the NIS" after "South Korea's National Intelligence Service"
            return self._touch(e)
        # "Sergei (he asked us not to print his surname)": the name without the aside
        name = name_in(without_name_aside(np)) if kind in ("named_person", "official", "organization") else None
        # a surname alone or a repeated name ("Zammit", "Inspector Zammit", "Mr. Kim")
        single = one if (one := _SINGLE_NAME.fullmatch(first_chunk)) and not backrefs.country_alone(np, self.entries) else None
        if single:
            token = single.group(1)
            fits = lambda e: (e.source.kind in ("named_person", "official", "organization") and token in (  # noqa: E731
                e.source.canonical or "").replace("-", " ").split() or token == (e.source.canonical or "")
                or not e.plural and token in backrefs.apposed_name_tokens(e.source.wording or ""))  # "One of them, Ali Khan"
            e = self._recent(lambda e: fits(e) and self._gender_of(e) == _gender(np) != "") or self._recent(  # "Ms Kim": the woman
                lambda e: fits(e) and "" in (self._gender_of(e), _gender(np))) or self._recent(fits)  # "Mr Kim": not the woman
            if e:
                return self._touch(e)
            full = fuller_name(context, token) if kind in ("named_person", "official") and np == first_chunk else None
            if not full and kind in ("named_person", "official") and np == first_chunk and (listed := roster_roles.entry(self.roster, token, np)):
                full, context = listed  # "Ms Ruiz" after a list line "- Ms Ana Ruiz, Director, X"; "TAN:" after "KEVIN TAN, ..."
            if full:  # "Dr Voss" after "Dr Helena Voss of the Institute": the name given in full before
                kind = "organization" if classify(full) == "organization" else kind  # "Dalong" after "Dalong Metals"
                return self._new(m, full, titled_kind(context, full, kind, True), _TITLE_OFF.sub("", full), doc_start)
            if token.lower() in lex.outlets_lower:
                kind = "outlet"
            elif kind != "named_person":
                kind = "named_person" if not classify(np) else kind
            name = name or token
        if name:
            untitled = _TITLE_OFF.sub("", name).casefold()  # "He" after "Ms Ana Ruiz" given as "Ana Ruiz": one person
            e = self._recent(lambda e: _TITLE_OFF.sub("", e.source.canonical or "").casefold() == untitled)  # "KIM OK-SUN:" too
            if e:
                return self._touch(e)
            if e := self._named_spokesperson(np, kind, name) or cf.lede_named(self.entries, np, kind, name, _gender(np), self._said):
                return self._touch(e)
        first = low.split()[0] if low.split() else ""
        norm = _norm(np)
        head = _head_word(np)
        if np[:1].isupper() and first not in lex.definite and first not in lex.indefinite:
            e = self._recent(lambda e: e.norm == norm or cf.label_tail(np, e.source.wording or "") or cf.body_named(
                e, np)) or cf.lede_named(self.entries, np, kind, None)  # "Worker B", "B"; a firm after a lede's "A maker"
            if e:
                return self._touch(e)
        appos = _appositive_name(np)
        if appos is not None:
            e = self._recent(
                lambda e: e.source.canonical == appos or _appositive_name(e.source.wording or "") == appos
            ) or backrefs.role_named_now(self.entries, np, head)  # "The spokesperson, Anna Holm": named now
            if e:
                return self._touch(e)
            if kind != "named_person":
                name = appos
        elif first in lex.definite and ((anew := told_apart.told_anew(np, self.entries)) or rx.YEAR_OLD.search(
                low.split(" of ", 1)[0]) and not _ORDINAL_APPOSITION.match(low)):  # "The caller, a cook" after "The caller, a welder": new
            e = None if anew else self._recent(lambda e: e.person and not e.plural)  # "the 34-year-old": the one quoted
            if e:
                return self._touch(e)
        elif first in lex.definite and not backrefs.met_in_order(np):  # "The second man we met": a new person
            # "the agency" after "the National Intelligence Service" spoke: the body it names again, not a later one
            e = self._recent(lambda e: e.source.kind == kind and generic_head_of(head, e.source.wording)) \
                if len(norm.split()) == 1 and kind == "official" else None
            e = e or definite_entry(self, np, norm, head, kind, context) or (  # "The men, recruited in X by Y, said"
                definite_entry(self, bare, _norm(bare), _head_word(bare), kind, context) if (bare := participle_cut(np)) else None
            ) or orphan_named(  # "...," the official added
                self.entries, np, kind, head == _singular(head) and (kind == "anonymous_source" or _singular(head) in _PERSON_HEADS))
            if e:
                return self._touch(e)
        elif first not in lex.indefinite and kind != "anonymous_source":
            # "Thai police": police; "Federal prosecutors" after "Prosecutors"
            e = self._recent(lambda e: e.norm == norm) or self._recent(
                lambda e: e.source.kind == "official" and police_again(norm, e.source.wording or "")) or self._recent(
                lambda e: (len(norm.split()) == 1 and e.head == norm or kind == "official" and e.norm == head
                           and rx.GOVERNMENT_LEVEL.fullmatch(norm) is not None)
                # "OFFICIAL: ..." after "an official, who asked not to be named": the official off the record
                and (e.source.kind == kind or kind == "official" and e.source.kind == "anonymous_source" and e.head == norm))
            if e:
                return self._touch(e)
        elif first in ("a", "an", "one") and len(norm.split()) >= 3 and rx.PLACE_PREPOSITION.search(norm):
            e = self._recent(lambda e: e.norm == norm)  # the same qualified wording again
            if e:
                return self._touch(e)
        if first in lex.definite and kind in ("official", "organization") and len(norm.split()) == 1:
            named = named_before(context, head) or agency_named_before(context, head) or company_named_before(context, head)
            if named:  # "Russia's Ministry of Labour did not respond ... the ministry said": named before
                # its spokesperson's body; "the agency" after "the Seoul-based Hanbit News Agency": that outlet
                e = self._recent(lambda e: e.person and e.source.kind == kind
                                 and named.lower() in (e.source.wording or "").lower())
                kind = named_kind if (named_kind := classify(named)) in ("outlet", "official") else kind
                return self._touch(e) if e else self._new(m, named, kind, None, doc_start)  # a body: no person
            if (e := agency_outlet(self.entries, head)) is not None:  # "the agency" after "Yonhap, the ... news agency"
                return self._touch(e)
            kind = "organization" if news_agency_before(context, head) else kind  # after "a foreign news agency"
        if first == "the" and kind == "anonymous_source" and head.isalpha() and len(head) > 3:
            intro = introduced_as(context, head)
            if intro and (e := self._recent(lambda e: e.person and not e.plural and (re.search(
                    re.escape(f"{e.source.wording}, {intro}") + r"(?:,| who\b)", context) is not None
                    or f", {intro} ".lower() in f"{e.source.wording} ".lower()))):  # "One of the three, a Chinese woman who"
                # "the manager" after "one source, a Chinese logistics manager, said": that source
                return self._touch(e)
            if intro:  # "The pharmacist, who ..." after "... was described by a Nigerian pharmacist": that wording
                np = intro
        lede = self._lede_source(np, first, kind, head) or backrefs.cataphoric_entry(self.entries, np, kind, head)
        named_lede = None if lede else backrefs.lede_role_named(self.entries, np, kind, name, _person_head)
        if named_lede is not None:  # "according to a lawyer representing them" then "Ana Ruiz, a lawyer in X, said"
            named_lede.source.kind, named_lede.source.canonical, lede = kind, name, named_lede
        if lede is not None:  # "a source inside North Korea reported" then "A source in North Pyongan told ...": one
            lede.source.wording = np  # the fuller description names the source from now on
            lede.norm = norm
            return self._touch(lede)
        if kind == "official" and (same := self._recent(lambda e: e.source.kind == "official" and (e.plural or not e.person) and (
                same_state_body(np, e.source.wording or "")))) is not None:
            if same.person and not self._recent(lambda e: e.norm == _norm(np)):  # the body's own name words it from now on
                same.source.wording, same.norm, same.source.canonical = np, _norm(np), np
            return self._touch(same)  # "The Amur Oblast prosecutor's office" after "Prosecutors in Russia's Amur Oblast"
        return self._new(m, np, titled_kind(context, np, kind, roster=None if np == name else self.roster), name, doc_start)

    def _new(self, m: Mention, np: str, kind: str, name: str | None, doc_start: int) -> Source:
        """A new source (S1, S2...)."""
        lex = _lex()
        first = np.lower().split()[0] if np.split() else ""
        head = _person_head(np)  # "two of its former foremen" -> "foremen"
        norm = _norm(np)
        alias = alias_name(np)
        key = f"S{sum(1 for e in self.entries) + 1}"
        src = Source(
            key=key,
            wording=np,
            kind=kind,
            canonical=name
            if (kind == "named_person" or name)
            else alias[0] if alias is not None
            else (np if kind in ("organization", "official", "outlet") and first not in lex.indefinite else None),
            location=self._location(np),
            affiliation=_affiliation(np),
            relay=m.relay,
            spans=[(doc_start + m.start, doc_start + m.end)],
        )
        plural = kind != "named_person" and not rx.EACH_OF.match(np.strip()) and not (kind == "organization" and name_in(np.split(",")[0])) and (
            head.endswith("s") and not head.endswith("ss")
            and head not in ("ministries",) and not (kind == "official" and (_TITLED_NAME.match(np) or name is not None and np.startswith(
                name) and name.lower().endswith(head)))  # "Ana Lopes"; "Piet Jacobs, who heads ...": one man
            or head in ("people", "men", "women", "authorities", "police") or head in _IRREGULAR
        ) or kind == "anonymous_source" and (
            coordinated_group(np) or backrefs.bare_count(np) or backrefs.counted_partitive(np))  # "Forty", "Three of the crew"
        # "Inspector X of the Agency"
        person = kind in ("named_person", "anonymous_source") or kind == "official" and (
            bool(name) or _singular(head) in _PERSON_HEADS or bool(name_in(_head_chunk(np)))
        ) or company_person(kind, _singular(head), np)
        if alias is not None and src.canonical == alias[0]:
            self._labels.add(alias[0])
        e = _Entry(src, norm, head, plural, person)
        self.entries.append(e)
        self._touch(e)
        return src

    def _named_spokesperson(self, np: str, kind: str, name: str) -> _Entry | None:
        """The unnamed state spokesperson who spoke last, when a person with only a rank or a title before
        the name speaks for the state next ("Lieutenant Anna Korczak", "Spokesman Li Wei", "The spokesman, Ibrahim
        Musa"); the name is given to that source."""
        lead = np.split(",")[0].strip()  # "Spokesman Li Wei"; "The spokesman, Ibrahim Musa" after "the service's spokesman"
        if kind != "official" or not (_RANK_ONLY.match(lead) or _THE_SPOKESMAN.fullmatch(lead)) or not self.entries:
            return None
        last = max(self.entries, key=lambda e: e.order)
        wording = (last.source.wording or "").lower()
        if last.source.kind != "official" or not last.person or last.plural or last.source.canonical not in (None, last.source.wording) \
                or not rx.SPOKESPERSON.search(wording) \
                or _gender(last.source.wording) and _gender(np) and _gender(np) != _gender(last.source.wording):
            return None
        last.source.canonical = name
        last.source.wording = np if _THE_SPOKESMAN.fullmatch(lead) else last.source.wording  # now given by name
        return last

    def _subject_before(self, context: str, clash: str, turn: str | None) -> _Entry | None:
        """A named source that opens the sentence just before ("Pak's account differed. He said ..."),
        when it is not the most recent speaker: the subject there is the antecedent of "he"."""
        tail = context[-400:].rstrip()
        ends = [b.end() for b in _SENTENCE_END.finditer(tail, 0, max(0, len(tail) - 1))]
        last = tail[ends[-1] if ends else 0:].lstrip(" \n")
        m = rx.LEADING_NAME.match(last)
        role = backrefs.role_subject_before(context)
        if role:  # "The economist disagreed. She said ...": the source that role names
            e = self._recent(lambda e: e.person and not e.plural and e.source.key != turn and (
                role in role_words(e.source.wording or "") or backrefs.titled_role(e.source.wording or "", role)))
            return e if e is not None and not (clash and _gender(e.source.wording) == clash) else None
        if m is None or rx.POSSESSED_PERSON.match(last):
            return None
        token = m.group(1)
        e = self._recent(lambda e: e.source.canonical is not None and (e.person or backrefs.given_name(token))
                         and e.source.key != turn and not e.plural
                         and token in e.source.canonical.replace("-", " ").split())
        if e is None or _gender(e.source.wording) == clash and clash:
            return None
        return e

    def _location(self, np: str) -> str | None:
        m = rx.BASED.search(np) or rx.IN_PLACE.search(np)
        if not m:
            return None
        return place_country(m.group(1))

    def _lede_source(self, np: str, first: str, kind: str, head: str) -> _Entry | None:
        """A news lede often names its only source vaguely and the next sentence more precisely ("a source
        inside North Korea reported" / "A source in North Pyongan Province told ..."): the same person when
        both are single unnamed "sources" in the same country and nobody else has spoken yet."""
        if len(self.entries) != 1 or self._lede_done or first not in ("a", "an") or kind != "anonymous_source" \
                or head != "source" or _ANOTHER.search(np):
            return None  # "A second source in Dandong" is by its wording someone else
        self._lede_done = True  # only the lede's source is described twice; later ones are new people
        e = self.entries[0]
        loc = None if distinct_regions(e.source.wording or "", np) else self._location(np)  # two provinces
        if e.source.kind != "anonymous_source" or e.head != "source" or e.plural or loc is None:
            return None
        return e if e.source.location == loc and e.norm != _norm(np) else None

    def document_named(self, head: str) -> Source | None:
        """The document a definite subject refers back to ("The contract runs for three years" after "a
        labour-supply contract ... seen by ..."), or None when no document with that head noun was named."""
        e = self._recent(lambda e: e.source.kind == "document" and (e.head == head or e.head.rstrip("s") == head))
        return self._touch(e) if e is not None else None

    def touch_name(self, token: str) -> bool:
        """A named person is the subject of a sentence again ("Ryu left in the spring ..."): make them
        the most recent person, so that the next "he said" is theirs. False when nobody has that name."""
        e = self._recent(lambda e: e.source.kind == "named_person"
                         and token in (e.source.canonical or "").replace("-", " ").split())
        if e is None:
            return False
        self.counter += 1
        e.order = self.counter
        return True

    def sources(self) -> list[Source]:
        return [e.source for e in self.entries]


_NAME_IN_TEXT = re.compile(
    rf"(?<![\w.])(?!{rx.LEAD_WORD}\s)({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{1,2}})(?:\s*\([^)]{{1,40}}\))?"  # not "When Mary X"
    # followed by an age ("Jo Chol-ho, 52,"), not a date ("Kim, 12 May")
    r"(?=\s*,\s*\d(?!\d?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
    r"|\s*,\s+(?:a|an|the|who)\s|\s+(?:said|told|says|worked|spent|left|fled|escaped|was|is|arrived|landed|returned|came|went|"
    r"travell?ed|paid|borrowed|lost|joined|moved)\b"  # or by an apposition or a verb of the person's story
    r"|\s+from\s+(?-i:[A-Z])[a-z])"  # "23-year-old Wang Lei from Zhoukou came home ..."
)


_MALE = re.compile(r"\b(?:mr|he|man|men|spokesman|foreman|businessman|fisherman|chairman|father|husband|son|"
                   r"brother|boy|uncle|grandfather|king|sir)\b", re.IGNORECASE)
_FEMALE = gated(r"\b(?:mrs|ms|miss|she|woman|women|spokeswoman|forewoman|businesswoman|chairwoman|mother|"
                r"wife|daughter|sister|girl|aunt|grandmother|waitress|seamstress|actress|landlady)\b"
                r"(?!\s+(?:vessels?|ships?|boats?|compan(?:y|ies)|firms?|plants?)\b)", re.IGNORECASE)  # (s43) "a sister vessel"

# "all four foremen", "both former workers"
_COUNTED_BACK = re.compile(
    r"(?:the|all)\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+[a-z-]+(?:\s+[a-z-]+)?$"
    r"|both(?:\s+[a-z-]+){0,2}$")
_RANK_ONLY = re.compile(r"(?:Lieutenant|Lt\.?|Colonel|Col\.?|Commander|Sergeant|Sgt\.?|Superintendent|Captain|"
                        r"Spokes(?:man|woman|person))\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}")
_THE_SPOKESMAN = re.compile(r"(?i:the|its|their)\s+spokes(?:man|woman|person)")
_TITLED_NAME = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+\s+[A-Z][\w'\u2019-]+(?:\s+of\b|\s*,|$)")
_TITLE_OFF = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Inspector|Judge|Senator|Ambassador|Minister|Usec|Asec)\.?\s+")
_ANOTHER = re.compile(r"\b(?:second|third|fourth|fifth|another|other|further|different|new)\b")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019')\]]*\s+|\n")
_ORDINALS = ("first", "second", "third", "fourth", "fifth")
_ORDINAL_APPOSITION = re.compile(r"^the\s+(?:first|second|third|fourth|fifth)\s*,\s*(?:an?\s|aged\s|\d)")
_ORDINAL = re.compile(r"^the\s+(first|second|third|fourth|fifth)(?:\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*))?$")
_DISTINGUISHED = re.compile(r"^the\s+(?:other|older|younger|elder|eldest|oldest|youngest|taller|shorter)\b")
_SINGLE_NAME = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Professor|Inspector|Minister|Ambassador|Judge|Governor|Mayor|Detective|Sergeant|"
    r"Consul|Senator|General|Colonel|Commissioner|Prosecutor|Officer|Deputy|President|Director|Usec|Asec)\.?\s+)?"
    r"([A-Z][\w'’-]+)")


_PARTITIVE = re.compile(r"^(?:one|each|either|neither|two|three|four|five|some|several|many|most|all|both)\s+of\s+"
                        r"(?:the|its|their|these|those|his|her)\s+(.+)$", re.IGNORECASE)


def _person_head(np: str) -> str:
    """The head noun of a person phrase: "One of the foremen" -> "foremen", "The second woman, a machinist" -> "woman"."""
    part = _PARTITIVE.match(np.strip())
    return _head_word(cf.without_participle(part.group(1) if part else np))


_LEAD_NAME = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?!{rx.TIME_LEAD})({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{1,2}})\b")


def _lead_name(context: str) -> str | None:
    """A personal name opening a sentence or paragraph in ``context`` ("Han Song-mi (a pseudonym) worked ..."),
    the last one: the antecedent of "she" when no earlier source fits."""
    found = [m.group(1) for m in _LEAD_NAME.finditer(context)
             if not _looks_like_org(m.group(1)) and not rx.COUNT_LEAD.match(m.group(1)) and classify(m.group(1)) == "named_person"
             and not backrefs.byline_name(context, m.start(1), m.group(1))]
    return found[-1] if found else None


def _named_antecedent(context: str) -> str | None:
    """The person named last before a "he" or "she" that no source fits: the name or description in apposition
    to the last name introduced, that name, a single name introduced ("Ryu, 41, ..."), a contact named."""
    lead = _last_name(context) or _lead_name(context) or fronted_name(context)
    return without_lead_word(apposed_after(context, lead) or apposed_description(context) or lead) \
        or single_name_intro(context) or contact_name(context)


def _gender(wording: str | None) -> str:
    """ "male", "female" or "" from the words of a speaker phrase ("the foreman", "Mrs. Lee")."""
    if not wording:
        return ""
    head = rx.POSSESSOR.sub("", rx.RELATIVE.split(wording, maxsplit=1)[0], count=1)
    male, female = bool(_MALE.search(head)), bool(_FEMALE.search(head))
    if not (male or female):  # "a guard, who asked me not to print his name": the person's own name
        own = _OWN_NAME.search(wording)
        male, female = bool(own and own.group(1).lower() == "his"), bool(own and own.group(1).lower() == "her")
    return "male" if male and not female else "female" if female and not male else name_gender(head)


_OWN_NAME = re.compile(r"\b(his|her)\s+(?:own\s+|real\s+|full\s+)?(?:name|surname|identity|family|employer|job)\b",
                       re.IGNORECASE)


def _last_name(context: str) -> str | None:
    """The last personal name introduced in ``context`` ("Jo Chol-ho, 52, worked ...")."""
    found = [(m.start(), m.group(1)) for m in unplaced(_NAME_IN_TEXT, context)  # not "Police in Nakuru said"
             if not _looks_like_org(m.group(1)) and not backrefs.byline_name(context, m.start(), m.group(1))]
    alias = pseudonym_name(context)  # 'Interview with "Sun-hee" (not her real name), who ...'
    if alias is not None and (not found or alias[0] > found[-1][0]):
        return alias[1]
    return found[-1][1] if found else None


def _appositive_name(np: str) -> str | None:
    """The proper name given in apposition ("The main contractor, Al Wakra Builders" -> "Al Wakra Builders")."""
    chunks = [c.strip() for c in np.split(",")]
    if len(chunks) < 2 or not rx.ARTICLE_START.match(chunks[0]) or names_place(chunks[0], chunks[1]):
        return None  # "a source in Rason, North Hamgyong Province": the place's province, no name
    if _CAP_NAME.match(chunks[1].removesuffix(" z o.o.")) or _NAME_RE.match(chunks[1]):  # "X Sp. z o.o."
        return chunks[1]
    return None
