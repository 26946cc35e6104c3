"""briefgen's Jinja environment renders exactly what stock Jinja renders, only faster."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from markupsafe import Markup, escape

from briefgen.config import load_config
from briefgen.content import load_content
from briefgen.render.engine import Environment, escape_str, escape_text
from briefgen.render.pages import render_pages
from briefgen.render.pdf import pdf_jobs
from briefgen.render.theme import make_environment
from briefgen.views import site_view

from conftest import write_briefing


class Html:
    def __html__(self) -> str:
        return "<b>already HTML</b>"


class Text(str):
    """A subclass of str without __html__: escaped like any text."""


@pytest.mark.parametrize("value", [
    "plain", "", "& < > ' \"", "<script>alert('x')</script>", "&amp; stays escaped once",
    "“typographic” — text", Markup("<i>safe</i>"), Text("<sub>"), Html(), 42, 2.5, None,
    False, ["<list>"],
])
def test_escape_text_prints_what_markupsafe_escape_prints(value):
    assert escape_text(value) == str(escape(value))


@pytest.mark.parametrize("text", ["plain", "", "& < > ' \"", "<a href='x'>&amp;</a>",
                                  "“typographic” — text ☃", "\x00 nul and\ttab"])
def test_escape_str_is_what_markupsafe_escape_does_to_a_str(text):
    assert escape_str(text) == str(escape(text)) == escape_text(text)


@jinja2.pass_context
def page_of(context, suffix=""):
    return f"{context['page']}{suffix}"


@jinja2.pass_environment
def autoescaping(environment):
    return str(environment.autoescape)


@jinja2.pass_eval_context
def volatile(eval_context):
    return str(eval_context.volatile)


class Counter:
    @jinja2.pass_context
    def __call__(self, context):
        return f"called on {context['page']}"


def stops():
    raise StopIteration


class Once:
    """Counts how often it is made, to show an expression is evaluated once."""

    made = 0

    def __init__(self):
        Once.made += 1
        self.name = f"made {Once.made}"


TEMPLATES = {
    "escaped values": "{{ text }}|{{ markup }}|{{ number }}|{{ nothing }}|{{ html }}",
    "attributes": '<a title="{{ text }}" href="{{ url }}">{{ text | upper }}</a>',
    "context-taking functions": "{{ page_of('!') }} {{ autoescaping() }} {{ volatile() }}",
    "a callable object taking the context": "{{ counter() }}",
    "calls inside loops": "{% for x in [1, 2] %}{{ page_of(x) }}{{ loop.index }}{% endfor %}",
    "macros": "{% macro m(v, w='<d>') %}<{{ v }}|{{ w }}>{% endmacro %}"
              "{{ m(text) }}{{ m(1, w=2) }}",
    "macros called with caller": "{% macro box() %}[{{ caller() }}]{% endmacro %}"
                                 "{% call box() %}{{ text }}{% endcall %}",
    "set blocks": "{% set block %}{{ text }}{% endset %}{{ block }}{{ block | length }}",
    "filter blocks": "{% filter upper %}{{ text }}{% endfilter %}",
    "autoescape off": "{% autoescape false %}{{ text }}{% endautoescape %}{{ text }}",
    "autoescape toggled": "{% autoescape flag %}{{ text }}{% endautoescape %}",
    "methods and builtins": "{{ text.split('&') | join('+') }}{{ '%s-%s' | format(text, 1) }}"
                            "{{ number.__str__() }}{{ range(3) | list }}",
    "a callable raising StopIteration": "[{{ stops() }}]",
    "string joins": "{{ text ~ markup ~ number }}",
    "macros with every kind of argument": (
        "{% macro m(v, w='<d>', x=text) %}<{{ v }}|{{ w }}|{{ x }}>{% endmacro %}"
        "{{ m(text) }}{{ m(text, markup) }}{{ m(1, 2, 3) }}{{ m(v=4) }}{{ m(5, x=6) }}{{ m() }}"),
    "macros taking varargs and kwargs": (
        "{% macro m(v) %}{{ v }}{{ varargs }}{{ kwargs }}{% endmacro %}"
        "{{ m(text, markup, 3, a=text) }}{{ m(1) }}"),
    "macros with an explicit caller argument": (
        "{% macro m(caller=none) %}[{{ caller() }}]{% endmacro %}"
        "{% call m() %}{{ text }}{% endcall %}{{ m(caller=autoescaping) }}"),
    "macro output in expressions": (
        "{% macro m(v) %}<b>{{ v }}</b>{% endmacro %}"
        "{% set kept = m(text) %}{{ kept }}{{ kept | length }}{{ m(text) ~ text }}"
        "{{ m(text) | upper }}{{ [m(text)] | join(', ') }}{{ m(markup) | safe }}"),
    "macros under autoescape false": (
        "{% macro m(v) %}<b>{{ v }}</b>{% endmacro %}"
        "{% autoescape false %}{{ m(text) }}{% endautoescape %}{{ m(text) }}"),
    "attributes, items and neither": (
        "{{ html.__html__() }}{{ point.x }}{{ point.items }}{{ point['y'] }}{{ text.nope }}|"
        "{{ once().name }}{{ once().name }}{{ nested.a.b.c }}{{ nested.a['b'].c.upper() }}"
        "{{ (point.x ~ nested.a.b.c).upper() }}{% if text.nope is undefined %}u{% endif %}"),
    "macros passed to filters": (
        "{% macro m(v) %}<{{ v }}>{% endmacro %}{{ [text, 1] | map('string') | join }}"
        "{{ m | string | length > 0 }}{{ m.name }}{{ m.arguments }}"),
}


@pytest.mark.parametrize("name", sorted(TEMPLATES))
@pytest.mark.parametrize("flag", [True, False])
def test_each_construct_renders_as_with_stock_jinja(name, flag):
    context = {"text": "<Tom & 'Jerry'>", "markup": Markup("<em>safe</em>"), "number": 7,
               "nothing": None, "html": Html(), "url": "https://example.org/?a=1&b=\"2\"",
               "page": "briefings/x/", "flag": flag}
    context |= {"point": {"x": "<1>", "y": 2}, "nested": {"a": {"b": {"c": "deep"}}}}
    functions = {"page_of": page_of, "autoescaping": autoescaping, "volatile": volatile,
                 "counter": Counter(), "stops": stops, "once": Once}
    rendered = []
    for kind in (jinja2.Environment, Environment):
        Once.made = 0
        env = kind(autoescape=True)
        env.globals.update(functions)
        rendered.append(env.from_string(TEMPLATES[name]).render(context))
    assert rendered[0] == rendered[1]


def test_an_undefined_value_is_still_an_error():
    env = Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    with pytest.raises(jinja2.UndefinedError, match="missing"):
        env.from_string("{{ missing }}").render()
    with pytest.raises(jinja2.UndefinedError, match="missing"):
        env.from_string("{{ f(missing) }}").render(f=str)
    with pytest.raises(jinja2.UndefinedError, match="no attribute 'nope'"):
        env.from_string("{{ a.nope }}").render(a=Once())


TRICKY = """\
schema: briefgen/1
title: '{title}'
date: {date}
status: {status}
dek: Tom & Jerry's <b>talks</b>
summary: '**Bold** & <i>raw</i> [a link](https://example.org/?a=1&b=2)'
tags: [x, y]
agreements:
  - what: Cut tariffs by 10% <now>
    parties: [A & B, C]
    status: agreed
    evidence: They agreed to cut tariffs by 10% <now>.
open_issues:
  - topic: Fentanyl & "precursors"
    what: Rules & *limits*
upcoming:
  - what: A "visit" to <Beijing>
    when: 2026-04
    kind: visit
    where: Beijing & Shanghai
people:
  - name: O'Brien
    role: Minister <of> things
quotes:
  - text: We'll see & wait.
    speaker: O'Brien
"""


def tricky_project(project: Path) -> Path:
    """Two briefings on one day, a draft, and text full of markup characters."""
    for name, title, date, status in [
            ("2025-11-24-a", "\"><script>alert(1)</script> & more", "2025-11-24", "reviewed"),
            ("2025-11-24-b", "Second of the day", "2025-11-24", "reviewed"),
            ("2025-11-20-c", "A draft", "2025-11-20", "draft")]:
        write_briefing(project, f"{name}.yaml",
                       TRICKY.format(title=title, date=date, status=status))
    return project


def site_of(project: Path):
    return site_view(load_config(project), load_content(project).briefings, drafts=True)


def assert_renders_as_with_stock_jinja(project: Path) -> None:
    site = site_of(project)
    ours, stock = make_environment(project), make_environment(project, jinja2.Environment)
    assert type(ours) is Environment and type(stock) is jinja2.Environment
    pages = render_pages(site, ours)
    assert len(pages) > 10
    assert pages == render_pages(site, stock)
    assert [(job.path, job.html) for job in pdf_jobs(site, ours)] == \
        [(job.path, job.html) for job in pdf_jobs(site, stock)]


def test_every_page_and_pdf_page_of_the_seed_site_is_as_with_stock_jinja(seed_project):
    assert_renders_as_with_stock_jinja(seed_project)


def test_every_page_of_a_site_full_of_markup_characters_is_as_with_stock_jinja(empty_project):
    assert_renders_as_with_stock_jinja(tricky_project(empty_project))


def compiled_in_cache(private_cache_folder: Path) -> list[Path]:
    return sorted((private_cache_folder / "briefgen" / "templates").glob("*.cache"))


def test_templates_compiled_once_are_taken_from_the_user_cache(seed_project,
                                                               private_cache_folder,
                                                               monkeypatch):
    site = site_of(seed_project)
    first = render_pages(site, make_environment(seed_project))
    assert len(compiled_in_cache(private_cache_folder)) >= 10

    def no_compiling(*args, **kwargs):
        raise AssertionError("a template was compiled again")

    monkeypatch.setattr(Environment, "_parse", no_compiling)
    assert render_pages(site, make_environment(seed_project)) == first


def test_templates_compiled_by_stock_jinja_are_not_taken_for_ours(seed_project,
                                                                  private_cache_folder):
    site = site_of(seed_project)
    render_pages(site, make_environment(seed_project, jinja2.Environment))
    by_stock_jinja = b"".join(path.read_bytes() for path in compiled_in_cache(
        private_cache_folder))
    render_pages(site, make_environment(seed_project))
    by_ours = b"".join(path.read_bytes() for path in compiled_in_cache(private_cache_folder))
    assert b"escape_text" in by_ours and b"escape_text" not in by_stock_jinja


def test_a_changed_template_is_compiled_again(seed_project, private_cache_folder):
    site = site_of(seed_project)
    render_pages(site, make_environment(seed_project))
    (seed_project / "templates").mkdir(exist_ok=True)
    (seed_project / "templates" / "robots.txt").write_text("User-agent: *\nDisallow: /\n")
    assert render_pages(site, make_environment(seed_project))["robots.txt"] == \
        "User-agent: *\nDisallow: /\n"


def test_no_compiled_template_is_kept_where_others_could_change_it(seed_project,
                                                                   private_cache_folder):
    (private_cache_folder / "briefgen").mkdir(mode=0o777)
    (private_cache_folder / "briefgen").chmod(0o777)
    assert make_environment(seed_project).bytecode_cache is not None  # templates/ is private
    (private_cache_folder / "briefgen" / "templates").chmod(0o777)
    assert make_environment(seed_project).bytecode_cache is None


@pytest.mark.parametrize("call", ["m(1, 2, 3)", "m(1, y=2)", "m(caller=1)"])
def test_a_macro_called_wrongly_fails_as_with_stock_jinja(call):
    source = "{% macro m(v, w=2) %}{{ v }}{% endmacro %}{{ " + call + " }}"
    errors = []
    for kind in (jinja2.Environment, Environment):
        with pytest.raises(TypeError) as raised:
            kind(autoescape=True).from_string(source).render()
        errors.append(str(raised.value))
    assert errors[0] == errors[1]


def test_a_template_sees_the_globals_and_its_own_over_them():
    env = Environment(autoescape=True)
    env.globals.update(site="shared", who="everyone")
    template = env.from_string("{{ site }} {{ who }}", globals={"who": "this template"})
    assert template.render() == "shared this template"
    assert env.from_string("{{ who }}").render() == "everyone"
    assert env.globals["who"] == "everyone"
