"""Read the everyday subset of YAML without libyaml's composer, for speed.

A full build reads every briefing, and composing a node graph with libyaml and then walking
it costs more than the rest of reading. Briefings — written by `briefgen ingest` or by hand —
are nearly always block mappings and sequences of plain, quoted, folded or literal text,
one-line flow lists and empty values. `parse_subset` reads exactly that, key by key, and
returns None for anything else or anything it is not sure of: anchors, tags, comments after
values, escapes, blank lines inside text, more-indented lines in block text, odd
indentation, duplicate keys, numbers and booleans. The caller then parses with PyYAML
(`briefgen.yamldoc`), which also explains errors, so this module never needs to.

What it returns equals what `briefgen.yamldoc` makes of the same text — values, and the
line of every field — which the tests check on generated documents. Scalar types follow
PyYAML's resolver table, copied here (`_IMPLICIT`, checked against PyYAML's by the tests)
so that reading a briefing does not import PyYAML.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from functools import lru_cache

Path = tuple[Hashable, ...]

#: Characters this reader leaves to PyYAML: controls, tabs, carriage returns, the YAML 1.1
#: line breaks U+0085, U+2028 and U+2029, and byte order marks.
_LEFT_TO_PYYAML = re.compile(  # listed, not as the complement of the rest: 10 ms less to compile
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
_SINGLE_QUOTED = re.compile(r"'((?:[^']|'')*)'(?!') *")
_DOUBLE_QUOTED = re.compile(r'"([^"\\]*)" *')
_BLOCK_HEADER = re.compile(r"([|>])(-?) *")
#: A plain scalar may not start with these (some may, when followed by text; not here).
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


#: One entry of a document: the blank rows and comments before it, its indentation,
#: a sequence's dash, a mapping key, and a value with the rows that continue it (each
#: indented more than the key, or than the dash and the key after it). Possessive
#: quantifiers (`*+`), as what follows each never begins with what it repeats: nothing
#: to give back, and a quarter less time spent keeping the means to.
_ENTRY = re.compile(r"""
    (?P<skipped>(?:\ *+\n|\ *+\#[^\n]*+(?:\n|\Z))*+)
    (?P<indent>\ *+)
    (?P<dash>-\ )?
    (?:(?P<key>[A-Za-z_][A-Za-z0-9_-]*+):(?:\ ++|(?=\n|\Z)))?
    (?:(?P<value>[^\ \n][^\n]*+)
       (?P<more>(?:\n(?P=indent)(?(dash)\ \ )\ ++[^\ \n][^\n]*+)*+))?
    (?:\n|\Z)""", re.VERBOSE)


class _NotSure(Exception):
    """The text is outside the subset: PyYAML must read it."""


def parse_subset(text: str, *, node_budget: int, max_depth: int) -> tuple[object, dict] | None:
    """`(data, lines)` as `briefgen.yamldoc` would make them, or None to leave it to PyYAML.

    Documents with more than `node_budget` values or deeper than `max_depth` are left to
    PyYAML too, which refuses them with its own message.
    """
    if _LEFT_TO_PYYAML.search(text):
        return None
    try:
        return _Reader(text, node_budget, max_depth).document()
    except _NotSure:
        return None


class _Reader:
    """Reads entry by entry (see `_ENTRY`): one regular expression cuts the text into
    entries, so that Python looks at each key or item once, not at each row. Each method
    takes the entry to start at and returns what it read with the entry after it. An entry
    is kept as (column, dash, key, value, continuation rows, line)."""

    def __init__(self, text: str, node_budget: int, max_depth: int):
        entries = []
        line = 1
        value = ""
        for skipped, indent, dash, key, value_after, more in _ENTRY.findall(text):
            if skipped:
                if value[:1] in ("|", ">") and " #" in skipped:
                    raise _NotSure  # maybe more of the block text, after a blank row
                line += skipped.count("\n")
            value = value_after
            if dash or key or value:  # else the spaces of a last row
                entries.append((len(indent), dash, key, value, more, line))
            if more:
                line += more.count("\n")
            line += 1
        self.entries = entries
        self.end = len(entries)
        self.node_budget = node_budget
        self.max_depth = max_depth
        self.lines: dict[Path, int] = {}

    def document(self) -> tuple[object, dict]:
        if not self.entries:
            raise _NotSure
        column, dash, key, _value, _more, line = self.entries[0]
        if column or dash or not key:
            raise _NotSure  # indented, or not a mapping
        self.lines[()] = line
        data, at = self._mapping(0, 0, ())
        if at != self.end or len(self.lines) > self.node_budget:
            raise _NotSure  # not all read; or more values than PyYAML is let make
        return data, self.lines

    def _mapping(self, at: int, indent: int, path: Path, first: bool = False
                 ) -> tuple[dict, int]:
        """A block mapping whose keys are at column `indent`; when `first`, its first key
        shares the entry of a sequence's dash."""
        result: dict = {}
        entries, end, lines = self.entries, self.end, self.lines
        if len(path) + 1 > self.max_depth:
            raise _NotSure
        while at < end:
            column, dash, key, value, more, line = entries[at]
            if first:
                first = False
            elif column != indent or dash:
                if column > indent:
                    raise _NotSure
                break  # the mapping ended; a dash at its column starts a sequence after it
            if not key or key in result or not _plain_key(key):
                raise _NotSure
            child = (*path, key)
            lines[child] = line
            if value:
                result[key] = value if _as_it_is(value, more) else \
                    self._scalar(value, more, child, line, continues=True)
                at += 1
            else:
                result[key], at = self._below(at + 1, indent, child)
        return result, at

    def _below(self, at: int, indent: int, path: Path) -> tuple[object, int]:
        """The value of a key at column `indent` whose row ends after the colon."""
        if at == self.end:
            return None, at
        column, dash, *_ = self.entries[at]
        if dash:
            return (None, at) if column < indent else self._sequence(at, column, path)
        if column <= indent:
            return None, at
        return self._mapping(at, column, path)

    def _sequence(self, at: int, indent: int, path: Path) -> tuple[list, int]:
        result: list = []
        entries, end, lines = self.entries, self.end, self.lines
        if len(path) + 1 > self.max_depth:
            raise _NotSure
        while at < end:
            column, dash, key, value, more, line = entries[at]
            if column != indent or not dash:
                if column > indent or (column == indent and not key):
                    raise _NotSure
                break  # the next key of the mapping this sequence is in, or less indented
            child = (*path, len(result))
            lines[child] = line
            if key:
                item, at = self._mapping(at, indent + 2, child, first=True)
            elif value:
                item = value if _as_it_is(value, more) else \
                    self._scalar(value, more, child, line, continues=False)
                at += 1
            else:
                raise _NotSure  # a dash alone: its value on the rows below
            result.append(item)
        return result, at

    def _scalar(self, text: str, more: str, path: Path, line: int, continues: bool) -> object:
        """A scalar starting after `key: ` or `- `, with the rows below that continue it.
        Only a plain scalar after a key may continue (folded into one line); quoted text
        and flow lists may span rows too, block text must."""
        text = text.rstrip(" ")
        first = text[0]
        if first in "'\"":
            return self._quoted(text, more)
        if first in "|>":
            return self._block_text(text, more)
        if first == "[":
            return self._flow_list(text, more, path, line)
        if more:
            if not continues:
                raise _NotSure
        elif text == "{}":
            return {}
        if first in _INDICATORS or ": " in text or " #" in text or text[-1] == ":":
            raise _NotSure
        if not more:
            return _plain(text)
        rows = _rows(text, more)
        for row in rows[1:]:
            if row[0] in _INDICATORS or ": " in row or " #" in row or row[-1] == ":":
                raise _NotSure
        return _plain(" ".join(rows))

    @staticmethod
    def _quoted(text: str, more: str) -> str:
        """A single-quoted, or double-quoted without escapes, scalar over one or more rows
        (folded into one line, as for plain text), closing at the end of its last row."""
        if more:
            text = " ".join(_rows(text, more))
        if text[0] == "'":
            match = _SINGLE_QUOTED.fullmatch(text)
            if match is None:
                raise _NotSure
            return match[1].replace("''", "'")
        match = _DOUBLE_QUOTED.fullmatch(text)
        if match is None:
            raise _NotSure
        return match[1]

    @staticmethod
    def _block_text(header: str, more: str) -> str:
        """`|`, `|-`, `>` or `>-` and its rows, all at one column, no blank row inside."""
        match = _BLOCK_HEADER.fullmatch(header)
        if match is None or not more:
            raise _NotSure
        rows = more[1:].split("\n")
        lines = [row.lstrip(" ") for row in rows]
        if len({len(row) - len(line) for row, line in zip(rows, lines, strict=True)}) > 1:
            raise _NotSure  # rows at other columns
        folded = match[1] == ">"
        if folded and any(line[-1] == " " for line in lines):
            raise _NotSure  # trailing spaces in folded text: left to PyYAML
        text = (" " if folded else "\n").join(lines)
        return text if match[2] == "-" else text + "\n"

    def _flow_list(self, text: str, more: str, path: Path, line: int) -> list:
        """`[a, b, c]`, plain items only, over one or more rows each ending after a comma."""
        rows = _rows(text, more)
        if rows[-1][-1] != "]" or any(row[-1] == "]" for row in rows[:-1]) \
                or len(path) + 1 > self.max_depth:
            raise _NotSure
        items: list = []
        for number, row in enumerate(rows):
            body = row[1 if number == 0 else 0:-1 if row is rows[-1] else None]
            if any(c in body for c in "[]{}#'\""):
                raise _NotSure
            if row is not rows[-1] and body.strip(" "):
                if body[-1] != ",":
                    raise _NotSure  # an item over two rows
                body = body[:-1]
            if not body.strip(" "):
                continue
            for raw in body.split(","):
                item = raw.strip(" ")
                if not item or item[0] in _INDICATORS or ":" in item:
                    raise _NotSure
                self.lines[(*path, len(items))] = line + number
                items.append(_plain(item))
        return items


def _resolvers(tag: str, pattern: str, firsts: str | list[str], flags: int = re.X
               ) -> list[tuple[str, str, re.Pattern]]:
    compiled = re.compile(pattern, flags)
    return [(first, f"tag:yaml.org,2002:{tag}", compiled) for first in firsts]


#: PyYAML's implicit resolvers (yaml/resolver.py, YAML 1.1), in its order: (first character,
#: tag, pattern); "" is the first character of the empty text.
_RESOLVERS = [
    *_resolvers("bool", r"""^(?:yes|Yes|YES|no|No|NO
                    |true|True|TRUE|false|False|FALSE
                    |on|On|ON|off|Off|OFF)$""", "yYnNtTfFoO"),
    *_resolvers("float", r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
                    |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
                    |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
                    |[-+]?\.(?:inf|Inf|INF)
                    |\.(?:nan|NaN|NAN))$""", "-+0123456789."),
    *_resolvers("int", r"""^(?:[-+]?0b[0-1_]+
                    |[-+]?0[0-7_]+
                    |[-+]?(?:0|[1-9][0-9_]*)
                    |[-+]?0x[0-9a-fA-F_]+
                    |[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$""", "-+0123456789"),
    *_resolvers("merge", r"^(?:<<)$", "<", flags=0),
    *_resolvers("null", r"""^(?: ~
                    |null|Null|NULL
                    | )$""", ["~", "n", "N", ""]),
    *_resolvers("timestamp", r"""^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
                    |[0-9][0-9][0-9][0-9] -[0-9][0-9]? -[0-9][0-9]?
                     (?:[Tt]|[ \t]+)[0-9][0-9]?
                     :[0-9][0-9] :[0-9][0-9] (?:\.[0-9]*)?
                     (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$""", "0123456789"),
    *_resolvers("value", r"^(?:=)$", "=", flags=0),
    *_resolvers("yaml", r"^(?:!|&|\*)$", "!&*", flags=0),
]
#: The resolvers by the first character of a plain scalar, as PyYAML keeps them.
_IMPLICIT: dict[str, list[tuple[str, re.Pattern]]] = {}
for _first, _tag, _pattern in _RESOLVERS:
    _IMPLICIT.setdefault(_first, []).append((_tag, _pattern))


#: First characters of a row's text that may make it other than plain text as it is.
_NOT_ITSELF = _INDICATORS | set(_IMPLICIT)


def _as_it_is(value: str, more: str) -> bool:
    """Whether a value is one row of plain text that reads as itself, as most values are
    (the rest is left to `_Reader._scalar`)."""
    return not more and value[0] not in _NOT_ITSELF and value[-1] not in " :" \
        and ": " not in value and " #" not in value


def _rows(text: str, more: str) -> list[str]:
    """A value's first row and the rows continuing it (`more`), without their spaces."""
    return [text, *(row.strip(" ") for row in more[1:].split("\n"))] if more else [text]


@lru_cache(maxsize=4096)
def _plain_key(key: str) -> bool:
    """Whether `key` reads as itself (`yes` or `null` do not); remembered, as documents use
    a few keys over and over."""
    try:
        return _plain(key) == key
    except _NotSure:
        return False


def _plain(value: str) -> object:
    """A plain scalar's value as `briefgen.yamldoc` keeps it: text (dates as text), None
    for null; numbers and booleans are left to PyYAML. Types come from PyYAML's resolvers."""
    for tag, pattern in _IMPLICIT.get(value[:1], ()):
        if pattern.match(value):
            if tag == _TIMESTAMP:
                return value
            if tag == _NULL:
                return None
            raise _NotSure
    return value
