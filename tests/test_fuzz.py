"""Property tests: whatever a person writes or feeds in, briefgen answers with a BriefgenError
or with something valid — never another exception.

Bounded and derandomized, so the file runs in a few seconds and the same way every time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import shutil
import types
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen import model
from briefgen.content import BRIEFINGS_DIR, EVIDENCE_LISTS, fold, load_content
from briefgen.errors import BriefgenError
from briefgen.extract.article import parse_article, plain_text
from briefgen.ingest import IngestOptions, ingest
from briefgen.yamldoc import parse

FUZZ = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
#: The cheap tests look at more examples.
FUZZ_MORE = settings(FUZZ, max_examples=400)
DAY = dt.date(2025, 11, 24)

# --- (a) briefing files ------------------------------------------------------------------------

FIELD_NAMES = [*model.BRIEFING, *model.AGREEMENT, *model.UPCOMING, *model.SOURCE, "x", "Title"]
plain_values = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
    st.text(max_size=30),
    st.sampled_from(["briefgen/1", "2025-11-24", "2025-02-30", "2026-04", "2026-Q2", "2026-H3",
                     "2026-04/2026-03", "0000", "9999", "draft", "reviewed", "signed", "visit",
                     "china", "Not A Slug", "", " ", "\n", "a\nb", "~", "null", "yes"]),
)
yaml_values = st.recursive(
    plain_values,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.sampled_from(FIELD_NAMES) | st.text(max_size=8),
                                            inner, max_size=5)),
    max_leaves=20,
)
ITEM_FIELDS = {"agreements": model.AGREEMENT, "open_issues": model.OPEN_ISSUE,
               "upcoming": model.UPCOMING, "people": model.PERSON, "quotes": model.QUOTE,
               "source": model.SOURCE}
VALID_LEAVES = {
    "schema": st.just("briefgen/1"), "title": st.text(min_size=1, max_size=20),
    "date": st.sampled_from(["2025-11-24"] * 5 + ["2025-11-25"]),
    "status": st.sampled_from(model.BRIEFING_STATUSES),
    "kind": st.sampled_from(model.EVENT_KINDS), "when": st.sampled_from(
        ["2026", "2026-04", "2026-04-02", "2026-Q2", "2026-H1", "2023-03-20/2023-03-22"]),
    "tags": st.lists(st.sampled_from(["china", "trade", "united-states"]), max_size=3),
    "summary": st.text(min_size=1, max_size=40),
}


def valid_record_data(fields: dict) -> st.SearchStrategy[dict]:
    """A mapping of the model's own fields, required ones always there, values valid."""
    def value_for(name: str) -> st.SearchStrategy:
        if name in ITEM_FIELDS and name != "source":
            return st.lists(valid_record_data(ITEM_FIELDS[name]), max_size=2)
        if name == "source":
            return valid_record_data(model.SOURCE)
        if name in ("parties", "who"):
            return st.lists(st.text(min_size=1, max_size=10), max_size=3)
        return VALID_LEAVES.get(name, st.text(min_size=1, max_size=20))

    return st.fixed_dictionaries(
        {name: value_for(name) for name, spec in fields.items() if spec.required},
        optional={name: value_for(name) for name, spec in fields.items() if not spec.required})


@st.composite
def mostly_valid(draw) -> dict:
    """A valid-looking briefing with a few random changes: a value replaced by any YAML value,
    a key removed, a stray key added — anywhere in the document."""
    data = draw(valid_record_data(model.BRIEFING))
    for _ in range(draw(st.integers(0, 3))):
        containers = [data]
        for container in containers:
            values = container.values() if isinstance(container, dict) else container
            containers += [v for v in values if isinstance(v, dict | list) and v]
        target = draw(st.sampled_from(containers))
        if isinstance(target, list):
            target[draw(st.integers(0, len(target) - 1))] = draw(yaml_values)
            continue
        key = draw(st.sampled_from(sorted(target)) | st.sampled_from(FIELD_NAMES)
                   | st.text(max_size=8))
        if draw(st.booleans()):
            target.pop(key, None)
        else:
            target[key] = draw(yaml_values)
    return data


structured = st.one_of(mostly_valid(), yaml_values).map(
    lambda data: yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
YAML_BITS = ["schema: briefgen/1\n", "title: T\n", "date: 2025-11-24\n", "summary: S\n", "- ",
             ": ", "\t", "  ", "&a ", "*a", "!!python/name:os.system ", "!!str ", "[", "]", "{",
             "}", "'", '"', "#", "---\n", "...\n", "\n", "<<: ", "? ", "|\n", ">-\n", "\\x00",
             "\ufeff", "\x85", "\u2028", "%YAML 1.1\n", "@", "`", "0x1F", "1e400", ".nan"]
arbitrary = st.lists(st.sampled_from(YAML_BITS) | st.text(max_size=10), max_size=40).map("".join)


@pytest.fixture(scope="module", autouse=True)
def _no_lasting_gc_callback() -> Iterator[None]:
    """Hypothesis adds a garbage-collector callback for good. A SIGALRM arriving while it runs
    raises there, where the exception is only printed ("Exception ignored"), so a PDF render
    later in the suite would outlive its time limit: take the callback away again."""
    before = list(gc.callbacks)
    yield
    gc.callbacks[:] = before


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def conforms(value: object, hint: object) -> bool:
    """Whether a value has the type a dataclass field declares (recursively for tuples)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(conforms(value, arm) for arm in typing.get_args(hint))
    if origin is tuple:
        item = typing.get_args(hint)[0]
        return isinstance(value, tuple) and all(conforms(v, item) for v in value)
    if hint is type(None):
        return value is None
    if dataclasses.is_dataclass(hint):
        return isinstance(value, hint) and valid_record(value)
    if hint is str:
        return isinstance(value, str) and value.strip() == value and value != ""
    return isinstance(value, hint)


def valid_record(record: object) -> bool:
    hints = typing.get_type_hints(type(record))
    return all(conforms(getattr(record, f.name), hints[f.name])
               for f in dataclasses.fields(record))


def load_one(project: Path, text: str) -> None:
    folder = project / BRIEFINGS_DIR
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    name = "2025-11-24-fuzz.yaml"
    (folder / name).write_text(text, encoding="utf-8")
    try:
        content = load_content(project)
    except BriefgenError as error:
        assert error.problems
        assert all(p.file == f"{BRIEFINGS_DIR.as_posix()}/{name}" for p in error.problems)
        assert all("\n" not in p.message for p in error.problems)
        return
    for briefing in content.briefings:
        assert valid_record(briefing), briefing
        assert briefing.slug == "fuzz"
        assert briefing.date == DAY
        assert len(briefing.summary) <= 5_000


@FUZZ
@given(text=structured)
@example(text="schema: briefgen/1\ntitle: T\ndate: 2025-11-24\nsummary: S\n"
              "upcoming: [{what: W, when: 9999}]\n")
@example(text="schema: briefgen/1\ntitle: " + "9" * 5000 + "\ndate: 2025-11-24\nsummary: S\n")
def test_structured_briefings_load_or_fail_cleanly(project, text):
    load_one(project, text)


@FUZZ_MORE
@given(text=arbitrary)
@example(text="\x1f")  # found by hypothesis: libyaml's message for it spanned two lines
@example(text="a: " + "[" * 20_000)
@example(text="- " * 20_000 + "x")
def test_arbitrary_text_loads_or_fails_cleanly(project, text):
    load_one(project, text)


# --- (b) articles ------------------------------------------------------------------------------

WORDS = ["President Joe Biden", "Xi Jinping", "Mr. Smith", "the U.S.", "China", "Beijing",
         "said", "will visit", "agreed to", "signed", "a trade deal", "talks on Taiwan",
         "summit", "in April 2026", "next week", "later in the year", "on Monday", "Q2 2026",
         "three weeks earlier", "2026-04-02", "cancelled", "remains unresolved", "“We agree,”",
         '"No," he said.', "—", "-", ".", ". ", "? ", "!", ",", ":", ";", "(Reuters)", "BRUSSELS",
         "Jr.", "Dr.", "A.", "U.N.", "Secretary of State", "1.5", "%", "&amp;", "\u00a0", " ",
         " ", " ", "\n", "\n\n", "\t", "\r\n", "*", "**", "_", "#", "> ", "- ", "[link](x)",
         "\\", "<b>", "</b>", "<p>", "</p>", "<br>", "<script>x()</script>", "<!-- c -->",
         "<nav>menu</nav>", "<article>", "</article>", "<h1>", "</h1>", "'s", "’"]
article_text = st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=60).map(
    lambda parts: "".join(p if p in ("\n", "\n\n", " ") else p + " " for p in parts))
front_matter = st.dictionaries(
    st.sampled_from(["title", "date", "source_url", "publisher", "description", "x"]),
    st.one_of(st.text(max_size=20), st.dates(), st.integers(), st.none(),
              st.lists(st.text(max_size=5), max_size=2), st.sampled_from(["2025-13-45"])),
    max_size=4)


@st.composite
def articles(draw) -> tuple[str, str]:
    kind = draw(st.sampled_from(["txt", "md", "html"]))
    body = draw(article_text)
    if kind == "md" and draw(st.booleans()):
        meta = yaml.safe_dump(draw(front_matter), allow_unicode=True)
        body = f"---\n{meta}---\n{body}"
    elif kind == "html" and draw(st.booleans()):
        title = draw(st.text(max_size=20))
        body = (f"<html><head><title>{title}</title><meta property='article:published_time' "
                f"content='{draw(st.sampled_from(['2025-11-24', 'x', '2025-02-30']))}'></head>"
                f"<body><main><p>{body}</p></main></body></html>")
    return kind, body


def check_article(project: Path, kind: str, text: str) -> None:
    parse_article(text, kind)
    name = f"seeds/article.{kind}"
    (project / "seeds").mkdir(exist_ok=True)
    (project / name).write_text(text, encoding="utf-8")
    try:
        result = ingest(project, name, IngestOptions(output="-", date=DAY))
    except BriefgenError as error:
        assert error.problems
        return
    briefing = model.briefing_from_document(parse(result.yaml, "x.yaml"), slug="x")
    assert valid_record(briefing)
    assert result.target is None
    folded = fold(plain_text(text, kind))
    for key in EVIDENCE_LISTS:
        for item in getattr(briefing, key):
            assert item.evidence is None or fold(item.evidence) in folded, item


@FUZZ_MORE
@given(article=articles())
# An alias bomb in the front matter hung str(title); front matter now gives plain values only.
@example(article=("md", "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, "
                        "*a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                        "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                        "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                        "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                        "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
                        "title: *g\n---\nLeaders met in Geneva on Monday.\n"))
def test_articles_draft_valid_briefings_or_fail_cleanly(project, article):
    kind, text = article
    check_article(project, kind, text)
