"""Typed reading of plain YAML data, collecting every problem with its line.

A field is described once by a converter: a function `(reader, path, value) -> value` that
returns the typed value or `INVALID` after recording why. `Reader.record` applies a table
of converters to a mapping, refusing unknown keys and reporting missing required ones. The
briefing model and the site config are both declared this way, so both fail alike.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from briefgen.errors import BriefgenError, Problem
from briefgen.textfile import BIDI_CONTROL, UNSEEN
from briefgen.yamldoc import Document, Path, format_path

INVALID: Any = type("Invalid", (), {"__repr__": lambda self: "INVALID"})()
Converter = Callable[["Reader", Path, object], Any]
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
#: The longest text a field may hold: a summary is one to four sentences, not an article.
MAX_TEXT = 5_000


@dataclass(frozen=True)
class Field:
    convert: Converter
    required: bool = False
    default: Any = None


class Reader:
    """Walks one document, converting values and collecting located problems."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.problems: list[Problem] = []

    def fail(self, path: Path, message: str) -> Any:
        self.problems.append(
            Problem(message, self.doc.file, self.doc.line_of(path), format_path(path) or None)
        )
        return INVALID

    def raise_problems(self) -> None:
        """Stop with every problem found, in line order."""
        if self.problems:
            raise BriefgenError(sorted(self.problems, key=lambda p: p.line or 0))

    def record(self, path: Path, value: object, fields: dict[str, Field]) -> dict | Any:
        """Convert a mapping field by field; unknown and missing keys are problems."""
        if not isinstance(value, dict):
            return self.fail(path, f"expected a mapping, got {describe_type(value)}")
        out = {}
        if not value.keys() <= fields.keys():
            for key in [key for key in value if key not in fields]:
                self.fail((*path, key), unknown_field(key, fields))
        for name, spec in fields.items():
            item = value.get(name)
            if item is None:
                if spec.required:
                    self.fail((*path, name), "this required field is missing"
                              if name not in value else "this required field is empty")
                out[name] = spec.default
            else:
                out[name] = spec.convert(self, (*path, name), item)
        return out


def unknown_field(key: object, fields: Iterable[str]) -> str:
    """"unknown field; did you mean 'evidence'? (expected one of: …)" — a misspelt key is the
    usual cause, so the nearest known name comes first."""
    known = list(fields)
    close = difflib.get_close_matches(str(key).lower(), known, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"unknown field{hint} (expected one of: {', '.join(known)})"


def shown(value: object, limit: int = 60) -> str:
    """A value as quoted in a message, cut short so that one problem stays one short line."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe_type(value: object) -> str:
    if value is None:
        return "nothing"
    return {
        dict: "a mapping", list: "a list", str: "text", bool: "true/false",
        int: "a number", float: "a number",
    }.get(type(value), type(value).__name__)


def text(reader: Reader, path: Path, value: object) -> str:
    """A non-empty string; numbers are accepted as their text (a title may be "2026")."""
    if type(value) is not str:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            return reader.fail(path, f"expected text, got {describe_type(value)}")
        value = str(value)
    value = value.strip()
    if not value:
        return reader.fail(path, "must not be empty")
    if len(value) > MAX_TEXT:
        return reader.fail(path, f"is {len(value):,} characters long; at most {MAX_TEXT:,}")
    hidden = UNSEEN.search(value)
    if hidden:
        return reader.fail(path, _hidden_character(hidden.group()))
    return value


def one_line(reader: Reader, path: Path, value: object) -> str:
    result = text(reader, path, value)
    if result is not INVALID and "\n" in result:
        return reader.fail(path, "must be one line")
    if result is not INVALID and "\t" in result:
        return reader.fail(path, _hidden_character("\t"))
    return result


def _hidden_character(character: str) -> str:
    kind = "a bidirectional control" if BIDI_CONTROL.match(character) else "a control character"
    return f"contains {kind} (U+{ord(character):04X}) that a reader cannot see; remove it"


def boolean(reader: Reader, path: Path, value: object) -> bool:
    if not isinstance(value, bool):
        return reader.fail(path, f"expected true or false, got {describe_type(value)}")
    return value


def positive_int(reader: Reader, path: Path, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        return reader.fail(path, f"expected a positive whole number, got {shown(value)}")
    return value


def iso_date(reader: Reader, path: Path, value: object) -> dt.date:
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return reader.fail(path, f"expected a date YYYY-MM-DD, got {shown(value)}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return reader.fail(path, f"{value} is not a real date")


def slug(reader: Reader, path: Path, value: object) -> str:
    result = text(reader, path, value)
    if result is not INVALID and not _SLUG.match(result):
        return reader.fail(path, f"{shown(result)} is not a slug "
                                 "(lowercase letters, digits, hyphens)")
    return result


def matching(pattern: re.Pattern, kind: str) -> Converter:
    """One line of text that `pattern` matches whole; `kind` ends the message ("… is not X")."""

    def convert(reader: Reader, path: Path, value: object) -> str:
        result = one_line(reader, path, value)
        if result is not INVALID and not pattern.fullmatch(result):
            return reader.fail(path, f"{shown(result)} is not {kind}")
        return result

    return convert


def enum(*choices: str) -> Converter:
    def convert(reader: Reader, path: Path, value: object) -> str:
        if not isinstance(value, str):
            return reader.fail(path, f"expected one of: {', '.join(choices)}; "
                                     f"got {describe_type(value)}")
        if value not in choices:
            return reader.fail(path, f"{shown(value)} is not one of: {', '.join(choices)}")
        return value

    return convert


def list_of(item: Converter) -> Converter:
    def convert(reader: Reader, path: Path, value: object) -> tuple:
        if not isinstance(value, list):
            return reader.fail(path, f"expected a list, got {describe_type(value)}")
        return tuple([item(reader, (*path, i), v) for i, v in enumerate(value)])

    return convert


def record_of(build: Callable[..., Any], fields: dict[str, Field]) -> Converter:
    """A mapping converted field by field and passed to `build` (a dataclass) when valid."""

    def convert(reader: Reader, path: Path, value: object) -> Any:
        found = len(reader.problems)
        values = reader.record(path, value, fields)
        if len(reader.problems) > found:  # a value below is INVALID: each is a problem
            return INVALID
        return build(**values)

    return convert
