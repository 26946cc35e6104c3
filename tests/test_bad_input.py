"""Every kind of bad briefing file, through the real CLI, for both `check` and `build`.

Each row adds bad files to a project whose site was built before, then runs the command as a
person would. The command must say exactly what is wrong — one line per problem, naming the
file, the line where there is one, and the field — exit 1 without a traceback, finish quickly,
and leave the previous site byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import build_leftovers, copy_seed_project

BRIEFINGS = "content/briefings"
SEED_SLUG = "trump-accepts-xi-invitation-for-beijing-visit"
SEED_ARTICLE = "seeds/000_e704e82968283577.txt"
PWNED = "@PWNED@"  # replaced by a path in the test's own folder
SLUG_RULE = ("the file name must be a slug (lowercase letters, digits and hyphens, "
             "optionally after the date: 2025-11-24-trade-talks.yaml)")
FIELDS = ("schema, title, dek, date, status, source, tags, summary, agreements, open_issues, "
          "upcoming, people, quotes")


def good(date: str = "2025-11-25", title: str = "Talks in Geneva", extra: str = "") -> str:
    """A valid briefing (summary on line 5) followed by `extra` from line 6 on."""
    return (f"schema: briefgen/1\ntitle: {title}\ndate: {date}\nstatus: reviewed\n"
            f"summary: The two sides met in Geneva.\n{extra}")


def sized(size: int) -> bytes:
    """A valid-looking briefing of exactly `size` bytes, almost all of it summary."""
    head = good().split("summary:")[0] + "summary: "
    return (head + "a" * (size - len(head) - 1) + "\n").encode()


def alias_bomb() -> str:
    """The "billion laughs": nine levels of nine aliases each, 9**9 strings when expanded."""
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]")
    return "\n".join(lines) + "\n"


def upcoming(*whens: str) -> str:
    return "upcoming:\n" + "".join(f"  - what: Visit\n    when: {w}\n" for w in whens)


F = f"{BRIEFINGS}/2025-11-25-a.yaml"  # the usual bad file's name, as messages show it

# (id, files to add under content/briefings/, the exact problems reported, without "error: ")
CASES = [
    ("duplicate-key", {"2025-11-25-a.yaml": good(extra="title: Again\n")},
     [f"{F}:6: title: duplicate key (first at line 2)"]),
    ("unknown-fields", {"2025-11-25-a.yaml": good(extra="colour: red\nsource: {paht: x}\n")},
     [f"{F}:6: colour: unknown field (expected one of: {FIELDS})",
      f"{F}:7: source.paht: unknown field; did you mean 'path'? "
      "(expected one of: path, sha256, url, publisher)"]),
    ("text-where-a-list-belongs",
     {"2025-11-25-a.yaml": good(extra="tags: china\nagreements:\n  - what: Truce\n"
                                      "    parties: China\n")},
     [f"{F}:6: tags: expected a list, got text",
      f"{F}:9: agreements[0].parties: expected a list, got text"]),
    ("mapping-where-text-belongs", {"2025-11-25-a.yaml": good(title="{a: 1}")},
     [f"{F}:2: title: expected text, got a mapping"]),
    ("list-at-the-root", {"2025-11-25-a.yaml": "- title: Talks\n- date: 2025-11-25\n"},
     [f"{F}:1: expected a mapping, got a list"]),
    ("enums-out-of-range",
     {"2025-11-25-a.yaml": good(extra="agreements:\n  - what: Truce\n    status: maybe\n"
                                      "upcoming:\n  - what: Visit\n    kind: party\n")
      .replace("status: reviewed", "status: final")},
     [f"{F}:4: status: 'final' is not one of: draft, reviewed",
      f"{F}:8: agreements[0].status: 'maybe' is not one of: proposed, exploring, pledged, "
      "agreed, signed, in-force",
      f"{F}:11: upcoming[0].kind: 'party' is not one of: visit, state-visit, summit, meeting, "
      "talks, call, election, deadline, other"]),
    ("impossible-and-malformed-dates",
     {"impossible.yaml": good(date="2025-02-30"), "malformed.yaml": good(date="25/11/2025"),
      "no-month-13.yaml": good(date="2025-13-01"), "2025-11-25-mismatch.yaml":
      good(date="2025-11-26")},
     [f"{BRIEFINGS}/2025-11-25-mismatch.yaml:3: date: 2025-11-26 does not match the date in "
      "the file name (2025-11-25)",
      f"{BRIEFINGS}/impossible.yaml:3: date: 2025-02-30 is not a real date",
      f"{BRIEFINGS}/malformed.yaml:3: date: expected a date YYYY-MM-DD, got '25/11/2025'",
      f"{BRIEFINGS}/no-month-13.yaml:3: date: 2025-13-01 is not a real date"]),
    ("bad-when-values",
     {"2025-11-25-a.yaml": good(extra=upcoming(
         "next spring", "2026-02-30", "2026-05/2026-04", "2026-Q5", "'0000'", "9999-12-31",
         "[2026]", "2026/2027/2028"))},
     [f"{F}:8: upcoming[0].when: 'next spring' is not a date of the form YYYY-MM-DD, YYYY-MM, "
      "YYYY-Qn, YYYY-Hn, YYYY, or an interval START/END of two of them (2023-03-20/2023-03-22)",
      f"{F}:10: upcoming[1].when: '2026-02-30' is not a real date",
      f"{F}:12: upcoming[2].when: '2026-05/2026-04' ends before it starts",
      f"{F}:14: upcoming[3].when: '2026-Q5' is not a date of the form YYYY-MM-DD, YYYY-MM, "
      "YYYY-Qn, YYYY-Hn, YYYY, or an interval START/END of two of them (2023-03-20/2023-03-22)",
      f"{F}:16: upcoming[4].when: '0000' is not a real date",
      f"{F}:18: upcoming[5].when: '9999-12-31' is too far in the future",
      f"{F}:20: upcoming[6].when: expected a date like 2026-04-02, 2026-04, 2026-Q2, "
      "2026-H1, 2026 or 2023-03-20/2023-03-22, got [2026]",
      f"{F}:22: upcoming[7].when: '2026/2027/2028' has more than two parts"]),
    ("missing-and-empty-title",
     {"2025-11-25-a.yaml": good().replace("title: Talks in Geneva\n", ""),
      "2025-11-25-b.yaml": good(title="")},
     [f"{F}:1: title: this required field is missing",
      f"{BRIEFINGS}/2025-11-25-b.yaml:2: title: this required field is empty"]),
    ("empty-file", {"2025-11-25-a.yaml": "", "2025-11-25-b.yaml": "# nothing yet\n"},
     [f"{F}: the file is empty", f"{BRIEFINGS}/2025-11-25-b.yaml: the file is empty"]),
    ("tab-indentation", {"2025-11-25-a.yaml": good(extra="source:\n\tpath: x\n")},
     [f"{F}:7: invalid YAML: found character that cannot start any token "
      "(tabs cannot indent YAML; use spaces)"]),
    ("not-utf-8",
     {"2025-11-25-a.yaml": good(title="Genève").encode("latin-1"),
      "2025-11-25-b.yaml": good().encode("utf-16")},
     [f"{F}:2: the file is not UTF-8 text",
      f"{BRIEFINGS}/2025-11-25-b.yaml: the file is UTF-16; save it as UTF-8"]),
    ("binary-file", {"2025-11-25-a.yaml": b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0"},
     [f"{F}: this is a binary file, not YAML text"]),
    ("billion-laughs", {"2025-11-25-a.yaml": alias_bomb()},
     [f"{F}:1: the document has more than 100000 values (too many aliases?)"]),
    ("python-tag",
     {"2025-11-25-a.yaml": good(extra=f"tags: !!python/object/apply:os.system "
                                      f"['touch {PWNED}']\n"),
      "2025-11-25-b.yaml": f"!!python/object/apply:os.system ['touch {PWNED}']\n"},
     [f"{F}:6: tags: unsupported YAML tag tag:yaml.org,2002:python/object/apply:os.system",
      f"{BRIEFINGS}/2025-11-25-b.yaml:1: unsupported YAML tag "
      "tag:yaml.org,2002:python/object/apply:os.system"]),
    ("file-of-10-mb", {"2025-11-25-a.yaml": sized(10 * 1024 * 1024)},
     [f"{F}: the file is 10.0 MB; a briefing is at most 1 MB"]),
    ("summary-too-long",
     {"2025-11-25-a.yaml": good().replace("met in Geneva.", "met in Geneva." + " x" * 3000)},
     [f"{F}:5: summary: is 6,028 characters long; at most 5,000"]),
    ("carriage-return-in-a-title",
     {"2025-11-25-a.yaml": good(title='"Talks\\rATTENDEE:mailto:x@evil.example"')},
     [f"{F}:2: title: contains a control character (U+000D) that a reader cannot see; "
      "remove it"]),
    ("control-character-in-a-summary",
     {"2025-11-25-a.yaml": good().replace("summary: The two sides met in Geneva.",
                                            'summary: "The two sides met in \\x01Geneva."')},
     [f"{F}:5: summary: contains a control character (U+0001) that a reader cannot see; "
      "remove it"]),
    ("bidi-override-in-a-tag",
     {"2025-11-25-a.yaml": good(extra='tags: ["budget \\u202Efdp.exe"]\n')},
     [f"{F}:6: tags[0]: contains a bidirectional control (U+202E) that a reader cannot see; "
      "remove it"]),
    ("evidence-not-in-the-source",
     {"2025-11-25-a.yaml": good(extra=f"source: {{path: {SEED_ARTICLE}}}\nquotes:\n"
                                      "  - text: We agreed.\n    evidence: Nobody said this.\n")},
     [f"{F}:9: quotes[0].evidence: not found in {SEED_ARTICLE}"]),
    ("same-slug-twice",
     {"2025-11-25-talks.yaml": good(), "2025-11-26-talks.yaml": good(date="2025-11-26"),
      f"2025-11-26-{SEED_SLUG}.yaml": good(date="2025-11-26")},
     [f"{BRIEFINGS}/2025-11-26-talks.yaml: the slug 'talks' is also used by "
      f"{BRIEFINGS}/2025-11-25-talks.yaml; each briefing needs its own",
      f"{BRIEFINGS}/2025-11-26-{SEED_SLUG}.yaml: the slug '{SEED_SLUG}' is also used by "
      f"{BRIEFINGS}/2025-11-24-{SEED_SLUG}.yaml; each briefing needs its own"]),
    ("file-names-that-are-no-slug",
     {"---.yaml": good(), "..yaml": good(), "Über Café.yaml": good(), "2025-11-25-.yml": good()},
     [f"{BRIEFINGS}/---.yaml: {SLUG_RULE}", f"{BRIEFINGS}/..yaml: {SLUG_RULE}",
      f"{BRIEFINGS}/Über Café.yaml: {SLUG_RULE}", f"{BRIEFINGS}/2025-11-25-.yml: {SLUG_RULE}"]),
    ("errors-of-several-files",
     {"2025-11-25-a.yaml": good(extra="colour: red\n"), "2025-11-25-b.yaml": "title: [\n",
      "2025-11-25-c.yaml": good(date="2025-11-31"), "2025-11-25-ok.yaml": good()},
     [f"{F}:6: colour: unknown field (expected one of: {FIELDS})",
      f"{BRIEFINGS}/2025-11-25-b.yaml:2: invalid YAML: did not find expected node content",
      f"{BRIEFINGS}/2025-11-25-c.yaml:3: date: 2025-11-31 is not a real date"]),
]


@pytest.fixture(scope="module")
def built_project(tmp_path_factory) -> Path:
    """The seed project with its site built once; each test works on a copy of it."""
    project = copy_seed_project(tmp_path_factory.mktemp("built") / "project")
    result = run(project, "build", "--no-pdf", "--quiet")
    assert result.returncode == 0, result.stderr
    return project


#: The address space a run may use: an alias bomb that expanded would need far more, and
#: end in a MemoryError rather than a clear message.
MEMORY_LIMIT = 2 * 1024**3


def run(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefgen", *args], cwd=project,
                          capture_output=True, text=True, timeout=120,
                          preexec_fn=lambda: resource.setrlimit(
                              resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT)))


def digests(folder: Path) -> dict[str, str]:
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.mark.parametrize("command", [["check"], ["build", "--no-pdf"]],
                         ids=["check", "build"])
@pytest.mark.parametrize(("files", "expected"), [case[1:] for case in CASES],
                         ids=[case[0] for case in CASES])
def test_bad_briefing_files_are_reported_and_change_nothing(
        built_project, tmp_path, command, files, expected):
    project = tmp_path / "project"
    shutil.copytree(built_project, project, symlinks=True)
    site_before = digests(project / "site")
    assert "index.html" in site_before
    pwned = tmp_path / "pwned"
    for name, content in files.items():
        target = project / BRIEFINGS / name
        if isinstance(content, str):
            content = content.replace(PWNED, str(pwned)).encode("utf-8")
        target.write_bytes(content)

    result = run(project, *command)

    assert result.stderr.splitlines() == [f"error: {line}" for line in expected]
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout == ""
    assert not pwned.exists()
    assert digests(project / "site") == site_before
    assert build_leftovers(project) == []


@pytest.mark.parametrize("command", [["check"], ["build", "--no-pdf"]],
                         ids=["check", "build"])
@pytest.mark.parametrize("tags", ["[" * 51 + "]" * 51, "[" * 50_000 + "]" * 50_000],
                         ids=["51-levels", "50000-levels"])
def test_a_briefing_nested_too_deep_is_one_located_problem(built_project, tmp_path, command,
                                                            tags):
    """Whichever PyYAML reads it (6.0.4 has its own limit, in its own words; earlier ones
    would crash), a person is told which file and line nest too deep, and nothing else."""
    project = tmp_path / "project"
    shutil.copytree(built_project, project, symlinks=True)
    site_before = digests(project / "site")
    (project / BRIEFINGS / "2025-11-25-a.yaml").write_text(good(extra=f"tags: {tags}\n"))

    result = run(project, *command)

    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: {F}:6: "), line  # the line of `tags:`
    assert "nested" in line or "deep" in line, line
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout == ""
    assert digests(project / "site") == site_before
    assert build_leftovers(project) == []
