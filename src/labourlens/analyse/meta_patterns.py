"""Patterns of :mod:`labourlens.analyse.meta` compiled once, at import (speed: the ``re`` module's cache of
patterns is shared by every module and evicts its oldest entries, so a pattern written inline in a function
was parsed and compiled again whenever other patterns had pushed it out)."""

from __future__ import annotations

import re

HEADER_SEPARATOR = re.compile(r"[ \t]+(?:\||\u2014|\u2013|-|\u00b7)[ \t]+")
DIGIT = re.compile(r"\d")
POSSESSIVE_END = re.compile(r"(?:'s|\u2019s)$")
# an outlet's name does not end with a small word; (s36) meta._ONAME's small words end at a word boundary ("Diario del
# Norte", not "Diario de") and take the Romance article ("El Eco de la Sierra")
JOINER_END = re.compile(r"(?:[ \t]+(?:of|for|and|&|do|da|de|dos|das|du|des|del|la|las|los))+$")
SECTION_NUMBER = re.compile(r"^\d+(?:\.\d+)+\.?[ \t]+")
LETTER = re.compile(r"[^\W\d_]")
ACRONYM = re.compile(r"[A-Z]{2,6}")
EMAIL = re.compile(r"\b([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
MAILBOX_WORD_END = re.compile(r"(english|korean|news|editor|info|contact|desk)$")
NON_WORD = re.compile(r"\W")
AFTER_SENTENCE_END = re.compile(r"(?<=\w\w)\.\s.*$")
YEAR = re.compile(r"\d{4}")
YEAR_MONTH = re.compile(r"\d{4}-\d{2}")
ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# the head of a dateline: "MOSCOW, March 3" or "HUNCHUN, China" in capitals, or a city in title case with its date,
# "Moscow, 26 November", "Tomsk, Nov. 4, 2026" (then an agency in brackets and a dash follow)
DATELINE_HEAD = (r"(?:[A-Z][A-Z .'-]+(?:,[ \t]*[\w .]+?){0,3}|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?,[ \t]*(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}|"
                 r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?)")
# a social-media channel named in a repost line ("[Source: Telegram channel «Stroyka Insider», post of 14 October]"):
# the channel is the source, not the platform
CHANNEL_PREFIX = r"(?:(?:Telegram|VK|VKontakte|YouTube|WhatsApp|Viber|Instagram|Facebook)[ \t]+(?:channel|group|page|public)[ \t]+[\u00ab\"\u201c]?)?"
# an original's name in its own script after the transliterated one, in a translation's note ("Original: Amur
# Evening News (阿穆尔晚报), 3 May 2026"), optional
ORIGINAL_SCRIPT = r"(?:[ \t]*\([^()\n]{1,40}\))?"
# what follows the original's name in "Original: X, 18 April 2025" (or "April 18", "2025-04-18")
ORIGINAL_THEN_DATE = (r"(?=" + ORIGINAL_SCRIPT +
                      r"[ \t]*,[ \t]*(?:\d{1,2}[ \t]+[A-Z][a-z]+|[A-Z][a-z]+\.?[ \t]+\d{1,2}\b|\d{4}-\d\d))")
# (s42) "As told to Northern Lines Magazine · 3 March 2026": a first-person account's header line names the magazine
# that printed it after "As told to"; the outlet is the magazine
AS_TOLD_TO = re.compile(r"^[Aa]s[ \t]+told[ \t]+to[ \t]+(?=(?:the[ \t]+)?[A-Z])")
# (s50) the capitals a person's name may open with, accented ones too ("Daniel \u0160\u0165astn\u00fd", "Martin \u00c5berg"),
# as a character-class body
CAPITALS = ("A-Z\u00c0-\u00d6\u00d8-\u00de\u0100\u0102\u0104\u0106\u010c\u010e\u0110\u0118\u011a\u0141\u0143"
            "\u0147\u0150\u0158\u015a\u015e\u0160\u0162\u0164\u016e\u0170\u0179\u017b\u017d")
