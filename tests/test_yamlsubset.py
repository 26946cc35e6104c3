"""The fast reader of everyday YAML: what it reads equals what PyYAML makes of the text —
values and the line of every field — and whatever it is not sure of is left to PyYAML."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.errors import BriefgenError
from briefgen.ingest import _to_yaml
from briefgen.yamldoc import MAX_DEPTH, NODE_BUDGET, parse_with_pyyaml
from briefgen.yamlsubset import _IMPLICIT, parse_subset

from conftest import briefing_yaml, write_briefing

PROPERTY = settings(max_examples=300, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


def subset(text: str):
    return parse_subset(text, node_budget=NODE_BUDGET, max_depth=MAX_DEPTH)


def pyyaml(text: str):
    """PyYAML's reading as (data, lines), or None when it refuses the text."""
    try:
        document = parse_with_pyyaml(text, "f.yaml")
    except BriefgenError:
        return None
    return document.data, document.lines


def assert_same_or_left(text: str) -> object:
    read = subset(text)
    if read is not None:
        assert read == pyyaml(text), text
    return read


def doc(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


READ = [
    "title: Talks\n",
    doc("""
        # a comment
        title: Talks in Geneva
        summary: The two sides met
          and agreed to meet again.
        tags:
        - china
        - trade
        """),
    doc("""
        agreements:
          - what: A truce
            parties: [China, United States]
            evidence: >-
              The two leaders agreed
              a one-year truce.
          - what: Soybeans
            parties:
            - China
        """),
    "dek: |\n  line one\n  line two\n",
    "dek: |-\n  line one\n\nnext: x\n",
    "dek: >\n  folded\n  text\n",
    "dek: >\n  # not a comment\n",
    "title: 'It''s agreed: a truce'\n",
    "title: \"A: B\"\n",
    "title: 'one\n  two'\n",
    "tags: []\nsource: {}\n",
    "tags: [a, b,\n  c]\n",
    "role:\nname: x\n",
    "url: null\npublisher: ~\nother:\n",
    "date: 2025-11-24\nwhen: 2026-04\nwhen2: 2026-Q2\n",
    "what: costs 5 % more, (maybe) — “quoted” text…\n",
    "url: https://example.org/a?b=c#d\n",
    "source:\n  path: seeds/a.txt\n  sha256: c501bbef\n",
    "a:\n  b:\n    c:\n    - d\n    - e: f\n      g: h\n",
    "  # an indented comment\na:\n  # another\n  b: x\n\n# the end",
    "agreements:\n- what: a long\n    text\n  parties: [a]\n- what: b\n",
    "agreements:\n  - what: a long\n      text\n    parties: [a]\n",
    "tags:\n- a\n# between items\n- b\n",
]

LEFT_TO_PYYAML = [
    "",
    "# only a comment\n",
    "- a\n- b\n",
    "just text\n",
    "  title: indented\n",
    "---\ntitle: x\n",
    "title: x # a comment\n",
    "title: &a x\nother: *a\n",
    "title: !!str x\n",
    "title: \"an \\\"escape\\\"\"\n",
    "count: 12\n",
    "ratio: 1.5\n",
    "flag: yes\n",
    "yes: flag\n",
    "'quoted key': x\n",
    "title: x\ntitle: y\n",
    "summary: one\n\n  two\n",
    "dek: >\n  a\n\n  b\n",
    "dek: |\n  a\n\n  # b, block text too\n",
    "dek: >\n  a\n    more indented\n",
    "dek: >2\n  a\n",
    "dek: >+\n  a\n",
    "tags: [a, [b]]\n",
    "tags: [a, 'b']\n",
    "tags: [a,\n  b\n  c]\n",
    "tags:\n- a\n  more\n",
    "tags:\n-\n  a\n",
    "tags:\n- - a\n",
    "title: a: b\n",
    "title:\tx\n",
    "title: x\r\n",
    "title: a\u2028b\n",
    "title: x\n  - y\n",
    "key: a\n  b: c\n",
    "<<: x\n",
    "source: {path: a}\n",
    "title: 'open\n\n  quote'\n",
    "title: 'closed' early'\n",
    "a: " + "[" * 3 + "\n",
]


@pytest.mark.parametrize("text", READ)
def test_everyday_yaml_is_read_as_pyyaml_reads_it(text):
    assert assert_same_or_left(text) is not None


@pytest.mark.parametrize("text", LEFT_TO_PYYAML)
def test_anything_else_is_left_to_pyyaml(text):
    assert subset(text) is None


def test_too_deep_or_too_many_values_are_left_to_pyyaml():
    deep = "".join(f"{' ' * 2 * i}k{i}:\n" for i in range(MAX_DEPTH + 1)) + " " * 102 + "k: x\n"
    assert subset(deep) is None
    assert parse_subset("tags:\n" + "- a\n" * 20, node_budget=10, max_depth=MAX_DEPTH) is None


@pytest.mark.parametrize(("budget", "read"), [(4, True), (3, False)])
def test_the_node_budget_counts_every_value_including_the_root(budget, read):
    text = "tags:\n- a\n- b\n"  # the root, tags, and its two items
    parsed = parse_subset(text, node_budget=budget, max_depth=MAX_DEPTH)
    assert (parsed is not None) is read


def test_what_ingest_writes_is_read_without_pyyaml():
    data = {
        "schema": "briefgen/1", "title": "U.S.-Mexico Joint Declaration: a new phase",
        "date": "2021-03-01", "status": "draft",
        "source": {"path": "seeds/a.md", "sha256": "3697779e", "url": "https://x.org/a/",
                   "publisher": None},
        "tags": ["united-states", "mexico"] * 12,
        "summary": "President Joe Biden hosted Mexican President Andres Manuel Lopez Obrador "
                   "for a virtual bilateral meeting " * 4,
        "agreements": [{"what": "'Quoted' at the start, and long enough to wrap " * 3,
                        "parties": ["Mexico", "United States"], "status": "agreed",
                        "evidence": "Both leaders committed to working together."}],
        "people": [{"name": "Joe Biden", "role": None}],
    }
    text = _to_yaml(data, "seeds/a.md")
    assert assert_same_or_left(text) is not None
    assert subset(text)[0] == data


# --- generated documents --------------------------------------------------------------------

KEYS = st.sampled_from(["title", "what", "evidence", "tags", "parties", "when", "role", "a_b",
                        "x-y"] * 12 + ["null", "yes", "on", "12"])
WORDS = st.text(st.sampled_from(list("abcdefghij   ABC,.'’:-#\"é[]&*!|>%@`~{}?")), max_size=90)
SCALARS = st.one_of(
    WORDS, WORDS, WORDS,
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40),
    st.sampled_from(["", " ", "~", "null", "yes", "No", "2025-11-24", "2026-04", "12", "1.5",
                     "0x1F", "1:20", "-a", "a: b", "a #b", "it's", '"q"', "[x]", "{y}",
                     "& x", "* y", "! z", "| w", "> v", "% u", "@ t", "` s", "=", "<<",
                     "a\nb", "a\n\nb", " lead", "trail ", "tab\there", "\u2028", "\x85"]),
    st.none(),
)
TEXTS = st.one_of(*[WORDS] * 6, SCALARS)
ITEMS = st.dictionaries(KEYS, st.one_of(TEXTS, st.lists(TEXTS, max_size=4)), min_size=1,
                        max_size=4)
BRIEFING_LIKE = st.dictionaries(KEYS, st.one_of(TEXTS, TEXTS, st.lists(TEXTS, max_size=5),
                                                st.lists(ITEMS, max_size=3), ITEMS),
                                min_size=1, max_size=6)
ANY_SHAPE = st.dictionaries(KEYS, st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=4)),
    max_leaves=16,
), min_size=1, max_size=6)
DOCUMENTS = st.one_of(BRIEFING_LIKE, BRIEFING_LIKE, ANY_SHAPE)


class BlockMappings(yaml.SafeDumper):
    """Lists may be flow lists; mappings are always blocks, as ingest writes them."""


BlockMappings.add_representer(dict, lambda dumper, data: dumper.represent_mapping(
    "tag:yaml.org,2002:map", data, flow_style=False))


@PROPERTY
@given(DOCUMENTS, st.sampled_from([None, False]), st.sampled_from([20, 40, 100]),
       st.booleans(), st.sampled_from([None] * 6 + ["'", '"', "|", ">"]))
def test_dumped_documents_are_read_as_pyyaml_reads_them(data, flow, width, indent_lists,
                                                        style):
    class Dumper(BlockMappings):
        def increase_indent(self, flow=False, indentless=False):
            return super().increase_indent(flow, False if indent_lists else indentless)

    text = yaml.dump(data, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=width,
                     default_flow_style=flow, default_style=style)
    assert_same_or_left(text)


ROW_EDITS = st.lists(st.tuples(
    st.integers(0, 40),
    st.sampled_from(["", "  ", "# note", "   # note", "- x", "  - x", "k: v", "  k: v", "    v",
                     "---", "...", "  more text", "]", "  b]", "'", "  'q'", ">-", "  x: [a,"]),
), max_size=3)


@PROPERTY
@given(DOCUMENTS, ROW_EDITS, st.integers(0, 3))
def test_edited_documents_are_read_as_pyyaml_reads_them_or_left_to_it(data, edits, shift):
    """People edit by hand: inserted rows, blank lines, comments, shifted indentation."""
    rows = yaml.dump(data, Dumper=BlockMappings, sort_keys=False, allow_unicode=True, width=30,
                     default_flow_style=None).split("\n")
    for position, row in edits:
        rows.insert(position % (len(rows) + 1), row)
    if shift and len(rows) > 2:
        rows[shift % len(rows)] = " " * shift + rows[shift % len(rows)]
    assert_same_or_left("\n".join(rows))


def test_the_scalar_types_are_pyyamls():
    """The resolver table copied from PyYAML (so that reading a briefing does not import
    it) is PyYAML's: same first characters, tags and patterns, in the same order."""
    def table(resolvers: dict) -> dict:
        return {first: [(tag, pattern.pattern, pattern.flags) for tag, pattern in entries]
                for first, entries in resolvers.items()}

    assert table(_IMPLICIT) == table(yaml.resolver.Resolver.yaml_implicit_resolvers)
    assert list(_IMPLICIT) == list(yaml.resolver.Resolver.yaml_implicit_resolvers)


def test_reading_a_briefing_does_not_import_pyyaml(tmp_path):
    script = textwrap.dedent("""
        import sys
        from briefgen.content import load_content
        from briefgen.config import load_config
        from pathlib import Path
        load_config(Path(sys.argv[1]))
        assert len(load_content(Path(sys.argv[1])).briefings) == 1
        print("yaml" in sys.modules)
    """)
    write_briefing(tmp_path, "2025-11-24-oslo-talks.yaml", briefing_yaml("Oslo talks"))
    out = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True,
                         text=True, check=True).stdout
    assert out == "False\n"
