"""The page's own framing lines, which are no claims (a pass of :func:`labourlens.analyse.claim_filters.frame_line`).

A page that prints a recording, a letter or an interview frames it in its own voice: "What follows is the
transcribed message that a cook from Kisumu left for the charity", "He asked that only his given name, Otieno, be
used". A programme opens with what the week's show is about ("Today we're looking at ..."), and its host tells of the
programme's own doings, a request for comment in any words ("We put the claims to the agency that hired her, which
still trades from an office in Tripoli, for a response", after a turn label "[12:05] HOST:"). A statement leads in to
its demands with a colon ("We urge the Ministry to:"). None tells what happened to a worker. Such a line with an
indicator cue stays a claim (the caller asks only of lines without one). Examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.gated import Folded

__all__ = ["page_framing_line"]

# a turn label before the host's words: "[12:05] HOST:", "AMINA (host):", "12:05 -"
_TURN = r"^\W*(?:\[?\d{1,2}(?::\d{2}){1,2}\]?\s*(?:-\s*)?)?(?:[a-z][\w'\u2019-]*(?:\s+\([^)]{1,30}\))?\s*:\s*)?"

_FRAMING = Folded(
    # the page's pointer to the text it prints: "The following is an edited transcript of ...", "What follows is ..."
    r"^\W*(?:the following|what follows) (?:is|are) (?:an? |the )?(?:(?:edited|lightly edited|full|abridged|partial|"
    r"shortened|condensed) )?(?:transcripts?|translations?|excerpts?|extracts?|summary|text)\b|"
    # the name a source is given: "he asked that only his given name be used", "he asked that his family name be
    # withheld"
    r"^\W*(?:she|he|they|the [a-z]+|[a-z]+) asked (?:that|us to|to have) (?:only )?(?:her|his|their) "
    r"(?:first |given |real |full |family )?(?:names?|surnames?)"
    r"\b[^.;]{0,30}?\b(?:be used|be printed|be published|not be (?:used|printed|published|given)|be withheld|be changed|"
    r"be left out)\W*$|"
    # a programme's opening of the week's subject: "Today we look at ..." (not whom it hears from: "we
    # hear from a driver who ..." introduces an account)
    rf"{_TURN}(?:this week|today|tonight|in this episode|on this episode|on today's show)[, ]+(?:we're|we are|we'll|"
    r"we will|we) (?:talking about|talk about|looking at|look at)\b|"
    # the host's or the paper's request for comment, however long the name of whom it asked
    rf"{_TURN}(?:we|i) (?:asked|contacted|approached|wrote to|called|messaged|emailed|put (?:the|these|her|his|their) "
    r"(?:claims|allegations|questions|account) to) [^.;:\"\u201c]{2,160}? for (?:a |an |its |their |his |her |any )?"
    r"(?:comment|response|reaction|reply)\W*$|"
    # a statement's lead-in to its demands: "We urge employers to:", "The union calls upon the Inspectorate to:"
    r"\b(?:call|calls|urge|urges|ask|asks|demand|demands|appeal to|appeals to) (?:on |upon )?[^.:;\"\u201c]{1,80}? to\s*:\s*$",
    re.IGNORECASE)


def page_framing_line(text: str) -> bool:
    """Is the sentence one of the page's own framing lines (see the module docstring)?"""
    return _FRAMING.found(text)
