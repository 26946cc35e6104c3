"""What the Jinja environment promises a site: escaped text, loud mistakes, a theme a site
can override template by template, and compiled templates reused only by the same versions."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import jinja2
import pytest
import yaml

from briefgen.config import load_config
from briefgen.content import load_content
from briefgen.errors import BriefgenError
from briefgen.render import theme
from briefgen.render.pages import render_page, render_pages
from briefgen.render.pdf import pdf_pages
from briefgen.render.theme import make_environment
from briefgen.views import site_view

from conftest import write_briefing

SCRIPT = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


def briefing_with(**fields) -> dict:
    """A briefing with every kind of section, and `fields` in place of its own."""
    briefing = {
        "schema": "briefgen/1", "title": "Talks", "date": "2025-11-24", "status": "reviewed",
        "dek": "A dek", "summary": "A summary.", "tags": ["trade"],
        "agreements": [{"what": "A truce", "parties": ["A", "B"], "status": "agreed",
                        "evidence": "They agreed."}],
        "open_issues": [{"topic": "Tariffs", "what": "Levels", "parties": ["A", "B"]}],
        "upcoming": [{"what": "A visit", "when": "2026-04", "kind": "visit", "where": "Beijing"}],
        "people": [{"name": "O'Brien", "role": "Minister"}],
        "quotes": [{"text": "We will see.", "speaker": "O'Brien"}],
    }
    for path, value in fields.items():
        *parents, last = path.split("__")
        target = briefing
        for key in parents:
            target = target[key][0] if isinstance(target[key], list) else target[key]
        target[last] = value
    return briefing


def site_of(project: Path, **options):
    return site_view(load_config(project), load_content(project).briefings, **options)


@pytest.mark.parametrize("field", [
    "title", "dek", "summary", "agreements__what", "agreements__parties",
    "agreements__evidence", "open_issues__topic", "open_issues__what", "upcoming__what",
    "upcoming__where", "people__name", "people__role", "quotes__text", "quotes__speaker",
])
def test_markup_in_a_briefing_field_is_shown_as_text_on_every_page(empty_project, field):
    value = [SCRIPT] if field.endswith("parties") else f"Tom & Jerry {SCRIPT}"
    write_briefing(empty_project, "2025-11-24-talks.yaml",
                   yaml.safe_dump(briefing_with(**{field: value}), sort_keys=False))
    site = site_of(empty_project)
    env = make_environment(empty_project)
    html = {path: text for path, text in render_pages(site, env).items()
            if path.endswith((".html", ".xml"))}
    html |= {page.path: render_page(env, site, page) for page in pdf_pages(site)}
    assert not [path for path, text in html.items() if "alert(1)</script>" in text]
    assert ESCAPED in html["briefings/talks/index.html"]


THEME = Path(__file__).resolve().parent.parent / "templates"


def override(project: Path, template: str, after: str, insert: str) -> tuple[Path, int]:
    """The site's own copy of a theme template, with a line inserted after the first line
    containing `after`: the copy and the number of the inserted line."""
    lines = (THEME / template).read_text().splitlines(keepends=True)
    number = next(n for n, line in enumerate(lines, 1) if after in line) + 1
    lines.insert(number - 1, insert + "\n")
    copy = project / "templates" / template
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy.write_text("".join(lines))
    return copy, number


@pytest.mark.parametrize(("template", "after", "insert", "message"), [
    ("robots.txt", "User-agent", "{{ no_such_name }}", "'no_such_name' is undefined"),
    ("tag.html", "<h1>", "{{ tag.no_such_field }}", "has no attribute 'no_such_field'"),
    ("base.html", "<body>", "{{ no_such_name }}", "'no_such_name' is undefined"),
    ("partials/macros.html", "macro briefing_sections", "{{ briefing.no_such_field }}",
     "has no attribute 'no_such_field'"),
])
@pytest.mark.parametrize("compiled_before", [False, True])
def test_an_unknown_name_in_a_template_is_an_error_naming_the_template_and_line(
        seed_project, compiled, template, after, insert, message, compiled_before):
    copy, line = override(seed_project, template, after, insert)
    site = site_of(seed_project)
    if compiled_before:  # then taken from the user's compiled templates, located as well
        make_environment(seed_project).get_template(template)
        compiled.clear()
    with pytest.raises(BriefgenError) as raised:
        render_pages(site, make_environment(seed_project))
    assert (template in compiled) is not compiled_before
    assert message in str(raised.value)
    assert str(raised.value).startswith(f"{copy}:{line}: ")


@pytest.mark.parametrize(("template", "after", "insert", "page"), [
    ("robots.txt", "User-agent", "Disallow: /drafts/", "robots.txt"),
    ("base.html", "<body>", "<p>Own banner</p>", "404.html"),
    ("partials/macros.html", "macro briefing_sections", "<p>Own sections</p>",
     "briefings/trump-accepts-xi-invitation-for-beijing-visit/index.html"),
])
def test_a_site_s_own_template_replaces_the_theme_s_of_that_name_only(seed_project, template,
                                                                     after, insert, page):
    site = site_of(seed_project)
    theme_pages = render_pages(site, make_environment(seed_project))
    override(seed_project, template, after, insert)
    own_pages = render_pages(site, make_environment(seed_project))
    assert insert not in theme_pages[page]
    assert own_pages[page].replace(insert + "\n", "", 1) == theme_pages[page]
    assert own_pages["sitemap.xml"] == theme_pages["sitemap.xml"]  # the theme's template


@pytest.fixture
def compiled(monkeypatch) -> list[str]:
    """The names of the templates Jinja compiles from their source from now on."""
    names = []
    compile_source = jinja2.Environment.compile

    def compile_counted(self, source, name=None, filename=None, raw=False, defer_init=False):
        names.append(name)
        return compile_source(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", compile_counted)
    return names


def other_version(monkeypatch, package: str) -> None:
    """Pretend `package` (briefgen, or a library it uses) were another version."""
    if package == "briefgen":
        monkeypatch.setattr(theme, "__version__", "0.0.0.dev0")
        return
    version = metadata.version

    def versions(name):
        return "99.0" if name.lower() == package else version(name)

    monkeypatch.setattr(metadata, "version", versions)


def test_templates_compiled_by_one_build_are_not_compiled_again_by_the_next(
        seed_project, compiled):
    site = site_of(seed_project)
    first = render_pages(site, make_environment(seed_project))
    assert "base.html" in compiled and "partials/macros.html" in compiled
    compiled.clear()
    assert render_pages(site, make_environment(seed_project)) == first
    assert compiled == []


@pytest.mark.parametrize("package", ["jinja2", "markupsafe", "briefgen"])
def test_templates_compiled_with_another_version_are_compiled_again(seed_project, compiled,
                                                                    monkeypatch, package):
    site = site_of(seed_project)
    render_pages(site, make_environment(seed_project))
    count = len(compiled)
    compiled.clear()
    other_version(monkeypatch, package)
    render_pages(site, make_environment(seed_project))
    assert len(compiled) == count > 10


def test_a_changed_template_is_compiled_again(seed_project, compiled):
    site = site_of(seed_project)
    render_pages(site, make_environment(seed_project))
    (seed_project / "templates").mkdir()
    (seed_project / "templates" / "robots.txt").write_text("User-agent: *\nDisallow: /\n")
    compiled.clear()
    assert render_pages(site, make_environment(seed_project))["robots.txt"] == \
        "User-agent: *\nDisallow: /\n"
    assert compiled == ["robots.txt"]


def test_no_compiled_template_is_kept_where_the_cache_folder_cannot_be_made(
        seed_project, tmp_path, monkeypatch):
    not_a_folder = tmp_path / "cache-home"
    not_a_folder.write_text("a file where the user's cache folder would be\n")
    monkeypatch.setenv("XDG_CACHE_HOME", str(not_a_folder))
    env = make_environment(seed_project)
    assert env.bytecode_cache is None
    assert "robots.txt" in render_pages(site_of(seed_project), env)


def test_no_compiled_template_is_kept_where_others_could_change_it(seed_project,
                                                                   private_cache_folder):
    assert make_environment(seed_project).bytecode_cache is not None  # the folder is private
    (private_cache_folder / "briefgen" / "templates").chmod(0o777)
    assert make_environment(seed_project).bytecode_cache is None
