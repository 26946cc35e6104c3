"""Bytes from a file people wrote, as text — or one clear reason why they are not."""

from __future__ import annotations

import codecs
import re

from briefgen.errors import BriefgenError, Problem

_BIDI = "\u202a-\u202e\u2066-\u2069"
#: Bidirectional controls: "budget \u202efdp.exe" displays as "budget exe.pdf".
BIDI_CONTROL = re.compile(f"[{_BIDI}]")
#: The characters of `UNSEEN`, for a character class of another pattern.
UNSEEN_CHARACTERS = f"\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}"
#: Characters a reader cannot see that change what a reader is shown: control characters
#: other than newline and tab (a CR in a feed or calendar starts a new line there), and
#: bidirectional controls.
UNSEEN = re.compile(f"[{UNSEEN_CHARACTERS}]")


def as_seen(text: str) -> str:
    """`text` as a reader sees it: each control character (but newline and tab) a space,
    each bidirectional control nothing. Every writer of a format that forbids them (XML,
    iCalendar, mail headers) passes what it writes through this, whatever checked it before."""
    return UNSEEN.sub(_seen, text)


def _seen(unseen: re.Match) -> str:
    return "" if BIDI_CONTROL.match(unseen.group()) else " "


def decode_text(raw: bytes, file: str, expected: str) -> str:
    """UTF-8 text (a BOM is allowed); binary, UTF-16 and other encodings are refused.

    `expected` names what the file should be, for the message: "YAML text", "an article".
    """
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise BriefgenError(Problem("the file is UTF-16; save it as UTF-8", file))
    if b"\0" in raw:
        raise BriefgenError(Problem(f"this is a binary file, not {expected}", file))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise BriefgenError(Problem("the file is not UTF-8 text", file, line)) from None
