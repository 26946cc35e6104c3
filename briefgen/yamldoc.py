"""Parse YAML safely into plain data while remembering the line of every field.

PyYAML's constructors forget where values came from and silently keep the last of two
duplicate keys. We compose the node graph with PyYAML's safe loader (libyaml's, CSafeLoader,
when present) and build the plain values ourselves, so every error can name `file:line` and
duplicate keys are refused.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from pathlib import Path as FsPath

import yaml

from briefgen.errors import BriefgenError, Problem
from briefgen.textfile import decode_text

Path = tuple[Hashable, ...]

_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
#: More nodes than this means aliases are being used to blow up memory ("billion laughs").
NODE_BUDGET = 100_000
#: Deeper nesting than this is no briefing or config; refusing it keeps recursion bounded.
MAX_DEPTH = 50
_TOO_DEEP = f"the document is nested more than {MAX_DEPTH} levels deep"
#: The safe loader, libyaml's (CSafeLoader) when PyYAML has it: scanning and composing in C.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Document:
    """A parsed YAML document: its plain data and the line (1-based) of each field path."""

    file: str
    data: object
    lines: dict[Path, int] = field(default_factory=dict)

    def line_of(self, path: Path) -> int | None:
        """The line of `path`, or of its nearest ancestor that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), None)


def read_document(path: FsPath, file: str, *, empty_ok: bool = False) -> Document:
    """Read and parse a YAML file, refusing binary and non-UTF-8 files with a clear message."""
    text = decode_text(read_bytes(path, file), file, "YAML text")
    return parse(text, file, empty_ok=empty_ok)


def read_bytes(path: FsPath, file: str) -> bytes:
    """A file's bytes, or one located problem saying why they cannot be read."""
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise BriefgenError(Problem("is a folder, not a YAML file", file)) from None
    except OSError as exc:
        raise BriefgenError(Problem(f"cannot read the file: {exc.strerror}", file)) from None


def parse(text: str, file: str, *, empty_ok: bool = False) -> Document:
    """Parse one YAML document; raise `BriefgenError` listing every problem found in it.

    An empty document (nothing but comments) is an error unless `empty_ok`, when it is `{}`.
    """
    try:
        line = too_deep(text)
        if line is not None:
            raise BriefgenError(Problem(_TOO_DEEP, file, line))
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        raise BriefgenError(_syntax_problem(exc, text, file)) from None
    except yaml.reader.ReaderError as exc:  # a control character; its str() spans two lines
        line = text[: exc.position].count("\n") + 1 if isinstance(exc.position, int) else None
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1])
        raise BriefgenError(Problem(f"invalid YAML: the character U+{code:04X} is not allowed",
                                    file, line)) from None
    except yaml.YAMLError as exc:
        raise BriefgenError(Problem(f"invalid YAML: {exc}", file)) from None
    except RecursionError:  # PyYAML's pure-Python composer, when libyaml is missing
        raise BriefgenError(Problem(_TOO_DEEP, file, _too_deep_line(text))) from None
    if root is None:
        if empty_ok:
            return Document(file, {}, {(): 1})
        raise BriefgenError(Problem("the file is empty", file))
    builder = _Builder(file)
    data = builder.build(root, ())
    if builder.problems:
        raise BriefgenError(builder.problems)
    return Document(file, data, builder.lines)


def safe_loader() -> type:
    """PyYAML's safe loader, libyaml's when present."""
    return _LOADER


#: Every collection starts with one of these characters, so a text with fewer of them cannot
#: nest deeper than that; libyaml's composer recurses in C and, without the nesting limit of
#: the libyaml in PyYAML 6.0.4's wheels, crashes the process some ten thousand levels down.
_OPENERS = "[{-?:"
_SAFE_OPENERS = 1000


def too_deep(text: str) -> int | None:
    """The line where `text` nests deeper than MAX_DEPTH, or None; checked before composing,
    as composing recurses once per level. Raises `yaml.YAMLError` for text that is no YAML."""
    if sum(text.count(c) for c in _OPENERS) <= _SAFE_OPENERS:
        return None  # the builder's own depth check is enough
    return _too_deep_line(text)


def _too_deep_line(text: str) -> int | None:
    """The line of the first node nested deeper than MAX_DEPTH, as the builder would find it,
    read from the event stream, which PyYAML makes without recursing."""
    # Per open collection: True when the next node in it is a mapping's key, None in a list.
    # A plain key is not refused: the builder checks the value, on the same path.
    next_is_key: list[bool | None] = []
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, yaml.CollectionEndEvent):
            next_is_key.pop()
            continue
        if not isinstance(event, yaml.NodeEvent):
            continue
        is_key = bool(next_is_key) and next_is_key[-1] is True
        if next_is_key and next_is_key[-1] is not None:
            next_is_key[-1] = not is_key
        starts = isinstance(event, yaml.CollectionStartEvent)
        if len(next_is_key) > MAX_DEPTH and (starts or not is_key):
            return event.start_mark.line + 1
        if starts:
            next_is_key.append(True if isinstance(event, yaml.MappingStartEvent) else None)
    return None


def _is_nesting_limit(exc: yaml.MarkedYAMLError) -> bool:
    """PyYAML's own refusal of deep nesting ("exceeded maximum nesting depth" from PyYAML
    6.0.4's libyaml), which the user is told in our words, like any other too-deep text."""
    words = f"{exc.context} {exc.problem}".lower()
    return "nesting" in words or "depth" in words


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str, file: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else None
    if _is_nesting_limit(exc):
        return Problem(_TOO_DEEP, file, line)
    what = exc.problem or exc.context or "invalid YAML"
    if exc.context and what.startswith("but "):
        what = f"{exc.context}, {what}"
    lines = text.splitlines()
    if mark and mark.line < len(lines) and "\t" in lines[mark.line][: mark.column + 1]:
        what += " (tabs cannot indent YAML; use spaces)"
    return Problem(f"invalid YAML: {what}", file, line)


class _Builder:
    """Plain values from PyYAML's nodes, each with the line it was written on."""

    def __init__(self, file: str):
        self.file = file
        self.lines: dict[Path, int] = {}
        self.problems: list[Problem] = []
        self.budget = NODE_BUDGET
        self._scalars = yaml.constructor.SafeConstructor()

    def fail(self, node: yaml.Node, message: str, path: Path) -> None:
        self.problems.append(Problem(message, self.file, node.start_mark.line + 1, _dotted(path)))

    def build(self, node: yaml.Node, path: Path) -> object:
        self.budget -= 1
        if self.budget < 0:
            if self.budget == -1:
                self.fail(node, f"the document has more than {NODE_BUDGET} values "
                          "(too many aliases?)", ())
            return None
        if len(path) > MAX_DEPTH:
            self.budget = -2  # one problem is enough: stop building
            self.fail(node, _TOO_DEEP, ())
            return None
        self.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ:
                self.fail(node, f"unsupported YAML tag {node.tag}", path)
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        return self._scalar(node, path)

    def _mapping(self, node: yaml.MappingNode, path: Path) -> dict:
        if node.tag != _MAP:
            self.fail(node, f"unsupported YAML tag {node.tag}", path)
        result: dict = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.fail(key_node, "a key must be a plain value", path)
                continue
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.fail(key_node, "merge keys (<<) are not supported", path)
                continue
            key = self._scalar(key_node, path)
            if key is None and key_node.tag != "tag:yaml.org,2002:null":
                continue
            key = str(key) if not isinstance(key, str) else key  # field names are text
            if key in result:
                first = self.lines.get((*path, key))
                self.fail(key_node, f"duplicate key (first at line {first})", (*path, key))
                continue
            self.lines[(*path, key)] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, (*path, key))
        return result

    def _scalar(self, node: yaml.ScalarNode, path: Path) -> object:
        if node.tag == _STR:
            return node.value
        if node.tag == _TIMESTAMP:
            return node.value  # dates are parsed by the model, with its own messages
        if node.tag not in _SCALAR_TAGS:
            self.fail(node, f"unsupported YAML tag {node.tag}", path)
            return None
        try:
            return self._scalars.construct_object(node)
        except ValueError as exc:
            if node.tag == "tag:yaml.org,2002:int":
                return node.value  # more digits than Python converts: no number, just text
            self.fail(node, f"invalid value {node.value!r}: {exc}", path)
            return None
        except yaml.YAMLError as exc:
            self.fail(node, f"invalid value {node.value!r}: {exc}", path)
            return None


def _dotted(path: Path) -> str | None:
    return format_path(path) or None


def format_path(path: Path) -> str:
    """`("upcoming", 0, "when")` → `upcoming[0].when`."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out
