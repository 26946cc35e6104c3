"""Jinja with less overhead per `{{ … }}` and per call, rendering exactly what Jinja renders.

A site of a thousand briefings has a few hundred thousand expressions to print and about a
hundred thousand calls (`url(…)`, macros, methods), and there stock Jinja spends much of its
time on bookkeeping: each printed value becomes a `Markup` object only to be joined into
the page at once, and each call first asks whether the callee wants the template context.
`Environment` swaps two of Jinja's documented parts (`code_generator_class`,
`context_class`) to skip that work where it changes nothing; the tests render every
template of the theme with both and compare the bytes.
"""

from __future__ import annotations

from types import BuiltinFunctionType, FunctionType, MethodWrapperType
from typing import Any

import jinja2
from jinja2.compiler import CodeGenerator, Frame
from jinja2.nodes import Expr, Template
from jinja2.runtime import Context, Macro
from jinja2.utils import internalcode
from markupsafe import escape


def escape_text(value: object) -> str:
    """`markupsafe.escape(value)` as plain text, for output: text printed into a page is
    joined at once, so it need not become `Markup` first."""
    if type(value) is str:
        return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&#39;").replace('"', "&#34;"))
    return escape(value)


_ESCAPE_TEXT = "briefgen_escape_text"


class _CodeGenerator(CodeGenerator):
    """Prints autoescaped values with `escape_text` instead of `markupsafe.escape`."""

    def visit_Template(self, node: Template, frame: Frame | None = None) -> None:
        self.writeline(f"from {__name__} import escape_text as {_ESCAPE_TEXT}")
        super().visit_Template(node, frame)

    def _output_child_pre(self, node: Expr, frame: Frame, finalize: Any) -> None:
        if frame.eval_ctx.volatile or not frame.eval_ctx.autoescape:
            super()._output_child_pre(node, frame, finalize)
            return
        self.write(f"{_ESCAPE_TEXT}(")
        if finalize.src is not None:
            self.write(finalize.src)


#: Callables that cannot ask for the context (`pass_context` and its kind mark a function
#: with an attribute, which these types cannot carry) — or, for functions, have not.
_NEVER_PASSED = frozenset({BuiltinFunctionType, MethodWrapperType, Macro})


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
