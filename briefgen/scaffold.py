"""`briefgen new`: a valid skeleton briefing for a person to fill in."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path
from zoneinfo import ZoneInfo

from briefgen.config import load_config
from briefgen.content import BRIEFINGS_DIR
from briefgen.errors import BriefgenError, Problem
from briefgen.model import SCHEMA

_LETTERS = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe",
                          "Œ": "OE", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "þ": "th"})


#: Words a slug does not end on: a cut after them loses the word they lead to.
_DANGLING = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of",
                       "on", "or", "over", "the", "to", "with"})
#: How many words a cut may run on to finish a name ("…-with-prime-minister-netanyahu").
_NAME_RUN = 4


def slugify(text: str, max_words: int = 8) -> str:
    """A file-name slug: "Trump Accepts Xi’s Invitation" → "trump-accepts-xis-invitation".

    At most `max_words` words, unless the cut would fall inside a name (a run of capitalised
    words, up to four more); never ending on a word like "of" or "as", which leads to the
    word cut off."""
    text = re.sub(r"['’]", "", text.translate(_LETTERS))
    text = re.sub(r"\b(?:[^\W\d_]\.){2,}", lambda m: m.group().replace(".", ""), text)
    words: list[tuple[str, bool]] = []
    for word in re.findall(r"\w+", text):
        ascii_word = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
        capital = ascii_word[:1].isupper()
        words.extend((part, capital) for part in re.findall(r"[a-z0-9]+", ascii_word.lower()))
    end = min(max_words, len(words))
    while 0 < end < len(words) and end < max_words + _NAME_RUN and words[end - 1][1] \
            and words[end][1] and words[end][0] not in _DANGLING:
        end += 1
    if end < len(words):
        while end > 1 and words[end - 1][0] in _DANGLING:
            end -= 1
    return "-".join(word for word, _ in words[:end])


def skeleton(title: str, day: dt.date) -> str:
    quoted = '"' + title.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"""schema: {SCHEMA}
title: {quoted}
date: {day.isoformat()}
status: draft
tags: []
summary: >-
  One to four sentences: who did what, and the key dates.
agreements: []
#  - what: One line saying what was committed to
#    parties: [China, United States]
#    status: pledged   # proposed | exploring | pledged | agreed | signed | in-force
#    evidence: The sentence of the article it comes from.
open_issues: []
#  - topic: Taiwan
#    what: One line on what is unresolved
#    parties: [China, United States]
upcoming: []
#  - what: State visit to Beijing
#    kind: visit       # visit, state-visit, summit, meeting, talks, call, election, ...
#    who: [Donald Trump]
#    where: Beijing, China
#    when: 2026-04     # YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY or start/end
#    when_text: April 2026
people: []
#  - name: Karoline Leavitt
#    role: White House Press Secretary
quotes: []
"""


def new_briefing(project: Path, title: str, day: dt.date | None = None) -> Path:
    """Write `content/briefings/<date>-<slug>.yaml`; never overwrite an existing file.

    Without a date, the briefing is for today in the site's configured time zone.
    """
    if day is None:
        day = dt.datetime.now(ZoneInfo(load_config(project).timezone)).date()
    slug = slugify(title)
    if not slug or re.search(r"[\x00-\x1f\x7f\u2028\u2029]", title):
        raise BriefgenError(Problem(f"cannot make a file name from the title {title!r}"))
    target = project / BRIEFINGS_DIR / f"{day.isoformat()}-{slug}.yaml"
    if target.exists():
        raise BriefgenError(Problem("already exists; edit it or choose another title",
                                    target.relative_to(project).as_posix()))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(skeleton(title.strip(), day), encoding="utf-8")
    return target
