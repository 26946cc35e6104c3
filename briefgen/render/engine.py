"""Jinja with less overhead per `{{ … }}` and per call, rendering exactly what Jinja renders.

A site of a thousand briefings has a few hundred thousand expressions to print and about a
hundred thousand calls (`url(…)`, macros, methods), and there stock Jinja spends much of its
time on bookkeeping: each printed value becomes a `Markup` object only to be joined into
the page at once, each call first asks whether the callee wants the template context, each
macro call sorts its arguments as if they could be keywords, and each `a.b` is a method
call before it is Python's `getattr`. `Environment` swaps two
of Jinja's documented parts (`code_generator_class`, `context_class`) — the code generator
also makes macros `_Macro`s — to skip that work where it changes nothing; the tests render
every template of the theme with both and compare the bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import MutableMapping
from pathlib import Path
from types import BuiltinFunctionType, FunctionType, MethodWrapperType
from typing import Any

import jinja2
from jinja2.bccache import Bucket
from jinja2.compiler import CodeGenerator, Frame
from jinja2.nodes import EvalContext, Expr, Getattr, Template
from jinja2.runtime import Context, Macro
from jinja2.utils import internalcode, missing
from markupsafe import Markup, escape

from briefgen import __version__
from briefgen.usercache import private_folder


def escape_str(text: str) -> str:
    """What `markupsafe.escape` does to a str, as a str."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&#39;").replace('"', "&#34;"))


try:  # MarkupSafe's own C function for the above, four times as fast, where it has one
    from markupsafe._speedups import _escape_inner as _escape_str
except ImportError:
    _escape_str = escape_str


def escape_text(value: object) -> str:
    """`markupsafe.escape(value)` as plain text, for output: text printed into a page is
    joined at once, so it need not become `Markup` first."""
    kind = type(value)
    if kind is str:
        return _escape_str(value)
    if kind is Markup:  # a macro's or a filter's HTML: escape() would only copy it
        return value
    return escape(value)


_ESCAPE_TEXT = "briefgen_escape_text"
_MACRO = "briefgen_Macro"
_GETATTR, _MISSING, _OBJECT, _FOUND = ("briefgen_getattr", "briefgen_missing", "briefgen_object",
                                       "briefgen_found")


class _CodeGenerator(CodeGenerator):
    """Prints autoescaped values with `escape_text` instead of `markupsafe.escape`, makes
    macros `_Macro`s, and reads `a.b` with Python's `getattr` where `a` has that attribute."""

    def visit_Template(self, node: Template, frame: Frame | None = None) -> None:
        self.writeline(f"from {__name__} import escape_text as {_ESCAPE_TEXT}, "
                       f"_Macro as {_MACRO}, missing as {_MISSING}")
        self.writeline(f"from builtins import getattr as {_GETATTR}")
        super().visit_Template(node, frame)
        self.writeline(f"Macro = {_MACRO}")  # the name the functions above look up

    def visit_Getattr(self, node: Getattr, frame: Frame) -> None:
        """`environment.getattr(a, "b")` tries `getattr` first; this does that inline and
        calls it only when `a` has no attribute `b` (for an item `b`, or an undefined)."""
        if self.environment.is_async or self.environment.sandboxed:
            super().visit_Getattr(node, frame)
            return
        self.write(f"({_FOUND} if ({_FOUND} := {_GETATTR}(({_OBJECT} := ")
        self.visit(node.node, frame)
        self.write(f"), {node.attr!r}, {_MISSING})) is not {_MISSING} "
                   f"else environment.getattr({_OBJECT}, {node.attr!r}))")

    def _output_child_pre(self, node: Expr, frame: Frame, finalize: Any) -> None:
        if frame.eval_ctx.volatile or not frame.eval_ctx.autoescape:
            super()._output_child_pre(node, frame, finalize)
            return
        self.write(f"{_ESCAPE_TEXT}(")
        if finalize.src is not None:
            self.write(finalize.src)


class _Macro(Macro):
    """A macro called with positional arguments only, as themes call them, goes straight
    to its function; any other call is left to Jinja."""

    @internalcode
    def __call__(self, *args: Any, **kwargs: Any) -> str:
        count = self._argument_count
        if kwargs or self.caller or self.catch_varargs or self.catch_kwargs \
                or len(args) > count or (args and isinstance(args[0], EvalContext)):
            return super().__call__(*args, **kwargs)
        if len(args) < count:  # the macro gives these their defaults
            args += (missing,) * (count - len(args))
        text = self._func(*args)
        return str.__new__(Markup, text) if self._default_autoescape else text


#: Callables that cannot ask for the context (`pass_context` and its kind mark a function
#: with an attribute, which these types cannot carry) — or, for functions, have not.
_NEVER_PASSED = frozenset({BuiltinFunctionType, MethodWrapperType, Macro, _Macro})


class _Context(Context):
    """Calls a callable that takes no context, environment or eval context directly."""

    @internalcode
    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        kind = type(__obj)
        if kind not in _NEVER_PASSED and (kind is not FunctionType
                                          or hasattr(__obj, "jinja_pass_arg")):
            return super().call(__obj, *args, **kwargs)
        kwargs.pop("_block_vars", None)
        kwargs.pop("_loop_vars", None)
        try:
            return __obj(*args, **kwargs)
        except StopIteration:
            return __self.environment.undefined(
                "value was undefined because a callable raised a StopIteration exception")


class Environment(jinja2.Environment):
    code_generator_class = _CodeGenerator
    context_class = _Context

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        """A template's globals as one dict rather than Jinja's `ChainMap` over the
        environment's: every render copies them into its context, and a `ChainMap` is
        copied key by key in Python. So the environment's globals are taken as they are
        when the template is loaded — Jinja's documentation asks not to change them later."""
        return {**self.globals, **(d or {})}


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja's cache of compiled templates, for code compiled by one engine with one set of
    options: Jinja checks its own version and the template's source, not these."""

    def __init__(self, folder: Path, compiler: bytes):
        super().__init__(str(folder))
        self._compiler = compiler

    def get_source_checksum(self, source: str) -> str:
        return hashlib.sha1(self._compiler + source.encode("utf-8")).hexdigest()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):  # the cache only ever saves time
            super().dump_bytecode(bucket)


def compiled_template_cache(environment_class: type[jinja2.Environment],
                            options: dict[str, Any]) -> jinja2.BytecodeCache | None:
    """Templates compiled by an earlier build, kept in the user's cache folder as Python
    keeps bytecode: compiling the theme costs a tenth of a 1,000-briefing build. None where
    the folder is not private (compiled templates are code that is run)."""
    folder = private_folder("templates")
    if folder is None:
        return None
    compiler = repr((__version__, environment_class.__module__, environment_class.__qualname__,
                     sorted(options.items()), Path(__file__).read_bytes()))
    return _CompiledTemplates(folder, hashlib.sha1(compiler.encode("utf-8")).digest())
