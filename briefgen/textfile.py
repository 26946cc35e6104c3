"""Bytes from a file people wrote, as text — or one clear reason why they are not."""

from __future__ import annotations

import codecs

from briefgen.errors import BriefgenError, Problem


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
