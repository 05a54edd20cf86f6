"""A social-media channel's header: its name on the first line, then a line with its handle and what it is ("@harbour_talk
· channel · 12.5K subscribers", "@amur_watch | 3,400 members"). The name on the first line is the outlet that
publishes the posts below; a person's profile ("@ana_r · 800 followers") is none. Examples are invented."""

from __future__ import annotations

import re

__all__ = ["channel_handle_line"]

# a handle, then a separator and the kind of page or its count of readers
_HANDLE_LINE = re.compile(r"^@[\w.]{3,40}[ \t]*[\u00b7|\u2022\u2013\u2014-][ \t]*(?:(?:channel|group|public|page)\b|"
                          r"\d[\d.,]*[ \t]*[KkMm]?[ \t]+(?:subscribers|members)\b)"
                          # (s349) or no handle: the kind of page, then its count of readers ("Telegram channel \u00b7
                          # 18.4K subscribers", "Channel \u00b7 posts in English \u00b7 9,870 subscribers")
                          r"|^(?:telegram[ \t]+|whatsapp[ \t]+|viber[ \t]+|public[ \t]+)?(?:channel|group)[ \t]*"
                          r"[\u00b7|\u2022\u2013\u2014-][^\n]{0,60}?\d[\d.,]*[ \t]*[KkMm]?[ \t]+(?:subscribers|members)\b",
                          re.IGNORECASE)


def channel_handle_line(line: str) -> bool:
    """Is ``line`` a channel's handle line (see the module doc)?"""
    return _HANDLE_LINE.match(line.strip()) is not None
