"""`yamldoc.parse`: safe YAML to plain data, with the line of every field and every problem."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
import yaml

from briefgen import yamldoc
from briefgen.errors import BriefgenError, Problem
from briefgen.yamldoc import Document, format_path, parse

FILE = "content/briefings/x.yaml"


def problems_of(text: str) -> list[str]:
    with pytest.raises(BriefgenError) as caught:
        parse(text, FILE)
    return [str(p) for p in caught.value.problems]


# --- plain data and lines -------------------------------------------------------------------


def test_fields_are_parsed_into_plain_data_with_the_line_of_each_field():
    doc = parse(
        "title: Talks\n"
        "tags: [a, b]\n"
        "upcoming:\n"
        "  - what: Visit\n"
        "    when: 2026-04\n",
        FILE,
    )
    assert doc.file == FILE
    assert doc.data == {
        "title": "Talks",
        "tags": ["a", "b"],
        "upcoming": [{"what": "Visit", "when": "2026-04"}],
    }
    assert doc.lines[()] == 1
    assert doc.lines[("title",)] == 1
    assert doc.lines[("tags",)] == 2
    assert doc.lines[("tags", 1)] == 2
    assert doc.lines[("upcoming",)] == 3
    assert doc.lines[("upcoming", 0)] == 4
    assert doc.lines[("upcoming", 0, "when")] == 5


def test_a_field_whose_value_starts_on_the_next_line_has_the_line_of_its_key():
    doc = parse("summary:\n  The two sides\n  met.\nevidence: >-\n  One sentence.\n", FILE)
    assert doc.line_of(("summary",)) == 1
    assert doc.line_of(("evidence",)) == 4


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-11-24", "2025-11-24"),
        ("2025-02-30", "2025-02-30"),
        ("2025-11-24T10:00:00Z", "2025-11-24T10:00:00Z"),
        ("2025-11-24 10:00:00", "2025-11-24 10:00:00"),
    ],
)
def test_dates_are_kept_as_the_strings_written(value, expected):
    assert parse(f"date: {value}\n", FILE).data == {"date": expected}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026", 2026),
        ("1.5", 1.5),
        ("true", True),
        ("null", None),
        ("~", None),
        ("'2026'", "2026"),
        ("!!str 2026", "2026"),
        ("2026-04", "2026-04"),
    ],
)
def test_plain_scalars_get_their_yaml_types(value, expected):
    assert parse(f"v: {value}\n", FILE).data == {"v": expected}


def test_anchors_and_aliases_within_the_budget_are_expanded():
    doc = parse("a: &quote One sentence.\nb: *quote\nc: &list [x, y]\nd: *list\n", FILE)
    assert doc.data == {"a": "One sentence.", "b": "One sentence.",
                        "c": ["x", "y"], "d": ["x", "y"]}
    assert doc.line_of(("b",)) == 2


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("dek: |\n  line one\n  line two", id="literal"),
        pytest.param("dek: >\n  folded\n  text", id="folded"),
        pytest.param("title: Talks\ndek: |-\n  kept", id="literal-strip"),
        pytest.param("dek: |+\n  kept", id="literal-keep"),
    ],
)
def test_block_text_ending_the_file_without_a_newline_is_read_as_pyyaml_reads_it(text):
    """No final line break is added: the file's last line ends the text."""
    assert parse(text, FILE).data == yaml.safe_load(text)
    assert not parse(text, FILE).data["dek"].endswith("\n")


# --- line_of --------------------------------------------------------------------------------


def test_line_of_falls_back_to_the_nearest_parent_with_a_line():
    doc = parse("title: Talks\nupcoming:\n  - what: Visit\n", FILE)
    assert doc.line_of(("upcoming", 0, "when")) == 3
    assert doc.line_of(("upcoming", 5, "when")) == 2
    assert doc.line_of(("missing",)) == 1
    assert doc.line_of(()) == 1


def test_line_of_is_none_when_nothing_has_a_line():
    assert Document(FILE, {}).line_of(("a", 0)) is None


# --- refused input --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("title: Talks\ndate: 2025-11-24\ntitle: Again\n",
                     f"{FILE}:3: title: duplicate key (first at line 1)", id="top-level"),
        pytest.param("source:\n  path: a.txt\n  url: null\n  path: b.txt\n",
                     f"{FILE}:4: source.path: duplicate key (first at line 2)", id="nested"),
        pytest.param("upcoming:\n  - what: Visit\n    kind: visit\n    what: Summit\n",
                     f"{FILE}:4: upcoming[0].what: duplicate key (first at line 2)",
                     id="in-a-list-item"),
    ],
)
def test_duplicate_key_is_refused_with_both_lines(text, expected):
    assert problems_of(text) == [expected]


@pytest.mark.parametrize(
    ("value", "tag"),
    [
        ("!!python/object/apply:os.system ['echo pwned']",
         "tag:yaml.org,2002:python/object/apply:os.system"),
        ("!!python/name:os.system", "tag:yaml.org,2002:python/name:os.system"),
        ("!!binary aGVsbG8=", "tag:yaml.org,2002:binary"),
        ("!!set {a, b}", "tag:yaml.org,2002:set"),
        ("!!omap [a: 1]", "tag:yaml.org,2002:omap"),
        ("!custom [a, b]", "!custom"),
        ("!custom value", "!custom"),
    ],
)
def test_unsupported_tags_are_refused_with_their_line(value, tag):
    assert problems_of(f"title: Talks\nevil: {value}\n") == [
        f"{FILE}:2: evil: unsupported YAML tag {tag}"
    ]


def test_a_python_tag_is_never_executed(tmp_path):
    marker = tmp_path / "created-by-yaml"
    with pytest.raises(BriefgenError, match="unsupported YAML tag"):
        parse(f"x: !!python/object/apply:os.mkdir ['{marker.as_posix()}']\n", FILE)
    assert not marker.exists()


def test_merge_keys_are_refused_with_their_line():
    text = "base: &base {kind: visit}\nupcoming:\n  - <<: *base\n    what: Visit\n"
    assert problems_of(text) == [f"{FILE}:3: upcoming[0]: merge keys (<<) are not supported"]


def test_a_key_that_is_not_a_plain_value_is_refused():
    assert problems_of("? [a, b]\n: 1\n") == [f"{FILE}:1: a key must be a plain value"]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param("title: Talks\ntags: [a, b\ndate: 2025-11-24\n", 3, id="unclosed-list"),
        pytest.param("title: Talks\nsummary: a: b\n", 2, id="colon-in-plain-value"),
        pytest.param("title: Talks\nsummary: \"open quote\n", 3, id="unclosed-quote"),
        pytest.param("title: Talks\n---\ndate: 2025-11-24\n", 2, id="second-document"),
    ],
)
def test_syntax_errors_name_the_line(text, line):
    [problem] = problems_of(text)
    assert problem.startswith(f"{FILE}:{line}: invalid YAML: ")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param("upcoming:\n\t- what: Visit\n", 2, id="tab-indented-item"),
        pytest.param("source:\n  path: a.txt\n\turl: null\n", 3, id="tab-after-spaces"),
    ],
)
def test_tab_indentation_names_the_line(text, line):
    [problem] = problems_of(text)
    assert problem.startswith(f"{FILE}:{line}: invalid YAML: ")
    assert problem.endswith("(tabs cannot indent YAML; use spaces)")


def test_a_second_document_is_explained_in_a_whole_sentence():
    assert problems_of("title: Talks\n---\ndate: 2025-11-24\n") == [
        f"{FILE}:2: invalid YAML: expected a single document in the stream, "
        "but found another document"
    ]


def test_keys_that_look_like_numbers_are_field_names_not_list_positions():
    assert parse("2026: x\n", FILE).data == {"2026": "x"}
    assert problems_of("1: a\n1: b\n") == [f"{FILE}:2: 1: duplicate key (first at line 1)"]


@pytest.mark.parametrize("text", ["", "\n\n", "   \n", "# only a comment\n"])
def test_an_empty_file_is_refused_without_a_line(text):
    assert problems_of(text) == [f"{FILE}: the file is empty"]


def test_every_problem_of_a_document_is_reported_in_document_order():
    text = "title: Talks\nevil: !!binary aGk=\nsource:\n  url: a\n  url: b\ntitle: Again\n"
    assert problems_of(text) == [
        f"{FILE}:2: evil: unsupported YAML tag tag:yaml.org,2002:binary",
        f"{FILE}:5: source.url: duplicate key (first at line 4)",
        f"{FILE}:6: title: duplicate key (first at line 1)",
    ]


# --- alias bombs ----------------------------------------------------------------------------


def billion_laughs(levels: int = 6, width: int = 10) -> str:
    """`width` to the power `levels` values from a few lines of anchors and aliases.

    A million values is ten times the budget, yet small enough that a lost budget fails
    this test in seconds instead of hanging the suite.
    """
    lines = ["a0: &a0 [" + ", ".join(["lol"] * width) + "]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_quickly():
    assert 10 * yamldoc.NODE_BUDGET <= 10**6, "the bomb must exceed the budget tenfold"
    problems = problems_of(billion_laughs())
    assert problems == [
        f"{FILE}:1: the document has more than {yamldoc.NODE_BUDGET} values (too many aliases?)"
    ]


def test_the_node_budget_counts_every_value_including_the_root(monkeypatch):
    monkeypatch.setattr(yamldoc, "NODE_BUDGET", 5)
    assert parse("[a, b, c, d]\n", FILE).data == ["a", "b", "c", "d"]
    with pytest.raises(BriefgenError) as caught:
        parse("[a, b, c, d, e]\n", FILE)
    assert caught.value.problems == (
        Problem("the document has more than 5 values (too many aliases?)", FILE, 1),
    )


# --- too deep -------------------------------------------------------------------------------


def assert_too_deep(problems: list[str], line: int) -> None:
    """What a person sees: one problem, naming the file and the line, saying it nests too
    deep — in briefgen's words, whatever the PyYAML version."""
    [problem] = problems
    assert problem.startswith(f"{FILE}:{line}: "), problem
    assert "nested" in problem or "deep" in problem, problem


def block_mappings(levels: int) -> str:
    """`levels` mappings, each the value of the key above it, one per line, then a value."""
    return "".join(f"{'  ' * i}k{i}:\n" for i in range(levels)) + "  " * levels + "x\n"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param("a: b\ntags: " + "[" * 51 + "]" * 51 + "\n", 2, id="flow-51"),
        pytest.param("a: b\ntags: " + "[" * 50_000 + "]" * 50_000 + "\n", 2, id="flow-50000"),
        pytest.param("- " * 60 + "x\n", 1, id="list-items-60"),
        pytest.param("- " * 5000 + "x\n", 1, id="list-items-5000"),
        pytest.param(block_mappings(60), 52, id="block-mappings-60"),
        pytest.param(block_mappings(1500), 52, id="block-mappings-1500"),
        pytest.param("{a: " * 2000 + "x" + "}" * 2000 + "\n", 1, id="flow-mappings-2000"),
        pytest.param("? " + "[" * 3000 + "]" * 3000 + "\n: x\n", 1, id="in-a-key"),
        pytest.param("a:\n  " + ("[" * 40 + "\n  ") * 40 + "x" + "]" * 1600 + "\n", 3,
                     id="flow-over-lines"),
    ],
)
def test_a_document_nested_too_deep_is_one_problem_with_its_line(text, line):
    assert_too_deep(problems_of(text), line)


@pytest.mark.parametrize("text", ["[" * 50 + "]" * 50 + "\n", block_mappings(50)],
                         ids=["flow", "block"])
def test_fifty_levels_are_read(text):
    parse(text, FILE)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param("a: b\ntags: " + "[" * 600 + "]" * 600 + "\n", 2, id="flow-600"),
        pytest.param("a: b\ntags: " + "[" * 50_000 + "]" * 50_000 + "\n", 2, id="flow-50000"),
        pytest.param(block_mappings(60), 52, id="block-mappings-60"),
    ],
)
def test_without_libyaml_too_deep_is_the_same_problem(monkeypatch, text, line):
    """PyYAML's own composer recurses in Python: a RecursionError becomes the same problem."""
    monkeypatch.setattr(yamldoc, "_LOADER", yaml.SafeLoader)
    assert_too_deep(problems_of(text), line)


def test_pyyamls_own_nesting_limit_is_told_in_briefgens_words(monkeypatch):
    """PyYAML 6.0.4's libyaml refuses more than 1000 levels ("exceeded maximum nesting
    depth"); a later limit may come sooner than briefgen's check and still read the same."""
    def libyaml_limit(text, Loader):
        mark = yaml.Mark("<unicode string>", 0, 2, 1006, None, None)
        raise yaml.scanner.ScannerError("while increasing flow level", mark,
                                        "exceeded maximum nesting depth", mark)

    monkeypatch.setattr(yaml, "compose", libyaml_limit)
    monkeypatch.setattr(yaml, "parse", libyaml_limit)
    text = "a: b\nc: d\ntags: [[[x]]]\n"
    assert_too_deep(problems_of(text), 3)
    assert_too_deep(problems_of(text + "more: [" + "x, " * 1000 + "y]\n"), 3)


def test_deep_nesting_never_reaches_libyamls_recursion():
    """Before PyYAML 6.0.4, libyaml's composer recursed in C without a limit and a hundred
    thousand levels crashed the process; briefings and article front matter are checked
    first. In a child process, so that a crash fails this test alone."""
    script = textwrap.dedent("""
        import sys
        from briefgen.errors import BriefgenError
        from briefgen.extract.article import parse_article
        from briefgen.yamldoc import parse
        deep = "[" * 100_000 + "]" * 100_000
        try:
            parse("tags: " + deep + "\\n", sys.argv[1])
        except BriefgenError as exc:
            print(exc)
        print(parse_article("---\\ntitle: " + deep + "\\n---\\n\\nThe text.\\n", "md").title)
    """)
    result = subprocess.run([sys.executable, "-c", script, FILE], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == ["The text."]
    assert_too_deep(result.stdout.splitlines()[:1], 1)


# --- field paths ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "dotted"),
    [
        ((), ""),
        (("title",), "title"),
        (("source", "path"), "source.path"),
        (("upcoming", 0, "when"), "upcoming[0].when"),
        (("tags", 2), "tags[2]"),
    ],
)
def test_field_paths_are_written_as_a_reader_would(path, dotted):
    assert format_path(path) == dotted
