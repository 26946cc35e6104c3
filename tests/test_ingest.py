"""`briefgen ingest` as a person runs it: drafts written, never overwritten, bad input refused."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from briefgen.content import load_content

from conftest import REPO, SEED_BRIEFING, small_files_only

SEED = REPO / "seeds" / "000_e704e82968283577.txt"
SEED_DRAFT = "content/briefings/2025-11-24-trump-accepts-xis-invitation-for-beijing-visit.yaml"


def briefgen(project: Path, *args: str, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "briefgen", *args], cwd=project, input=stdin,
                          capture_output=True, timeout=60)


@pytest.fixture
def project(empty_project: Path) -> Path:
    (empty_project / "seeds").mkdir()
    shutil.copy(SEED, empty_project / "seeds" / SEED.name)
    return empty_project


def test_ingest_writes_a_draft_that_passes_check(project):
    result = briefgen(project, "ingest", f"seeds/{SEED.name}", "--date", "2025-11-24")
    assert result.returncode == 0, result.stderr
    assert result.stderr.decode().splitlines()[-1] == (
        f"drafted {SEED_DRAFT} from seeds/{SEED.name}: "
        "4 agreements, 6 open issues, 3 upcoming events, 3 people, 4 quotes")
    draft = yaml.safe_load((project / SEED_DRAFT).read_text(encoding="utf-8"))
    assert (draft["schema"], draft["status"], str(draft["date"])) == (
        "briefgen/1", "draft", "2025-11-24")
    assert draft["source"]["path"] == f"seeds/{SEED.name}"
    assert briefgen(project, "check").returncode == 0
    [briefing] = load_content(project).briefings
    assert [e.when for e in briefing.upcoming] and str(briefing.upcoming[0].when) == "2026-04"


def test_ingest_never_overwrites_a_briefing_unless_forced(project):
    assert briefgen(project, "ingest", f"seeds/{SEED.name}", "--date", "2025-11-24").returncode == 0
    target = project / SEED_DRAFT
    target.write_text(target.read_text().replace("status: draft", "status: reviewed"))
    reviewed = target.read_bytes()
    again = briefgen(project, "ingest", f"seeds/{SEED.name}", "--date", "2025-11-24")
    assert again.returncode == 1
    assert f"error: {SEED_DRAFT}: already exists" in again.stderr.decode()
    assert target.read_bytes() == reviewed
    forced = briefgen(project, "ingest", f"seeds/{SEED.name}", "--date", "2025-11-24", "--force")
    assert forced.returncode == 0
    assert b"status: draft" in target.read_bytes()


def test_ingest_to_standard_output_writes_no_file(project):
    result = briefgen(project, "ingest", f"seeds/{SEED.name}", "--date", "2025-11-24", "-o", "-")
    assert result.returncode == 0
    assert yaml.safe_load(result.stdout)["title"].startswith("Trump Accepts Xi’s Invitation")
    assert list((project / "content" / "briefings").iterdir()) == []


def test_ingest_reads_standard_input_and_keeps_the_article(project):
    article = b"Leaders Agree Truce\n\nThe two leaders agreed a truce on Monday.\n"
    result = briefgen(project, "ingest", "-", "--date", "2025-11-24", stdin=article)
    assert result.returncode == 0, result.stderr
    saved = project / "seeds" / "2025-11-24-leaders-agree-truce.txt"
    assert saved.read_bytes() == article
    assert briefgen(project, "check").returncode == 0


def test_the_date_comes_from_the_article_else_today_with_a_note(project):
    (project / "seeds" / "a.md").write_text(
        "---\ndate: '2023-04-20'\ntitle: Joint Statement\n---\n\nThe leaders met.\n")
    assert briefgen(project, "ingest", "seeds/a.md").returncode == 0
    assert (project / "content/briefings/2023-04-20-joint-statement.yaml").is_file()
    (project / "seeds" / "b.txt").write_text("Undated News\nThe leaders met.\n")
    result = briefgen(project, "ingest", "seeds/b.txt")
    today = dt.datetime.now(dt.UTC).date().isoformat()
    assert f"no date given or found in the article; using today ({today}, UTC)" in \
        result.stderr.decode()


def test_an_article_outside_the_project_is_copied_into_seeds(project, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elsewhere") / "news.txt"
    outside.write_text("Leaders Meet\nThe leaders agreed to meet again in April 2026.\n")
    assert briefgen(project, "ingest", str(outside), "--date", "2025-11-24").returncode == 0
    assert (project / "seeds" / "news.txt").read_bytes() == outside.read_bytes()
    assert briefgen(project, "check").returncode == 0


BAD_INPUT = {
    "empty": ("empty.txt", b"", "error: seeds/empty.txt: is empty"),
    "blank": ("blank.txt", b"  \n\n ", "error: seeds/blank.txt: is empty"),
    "binary": ("binary.txt", b"PK\x03\x04\x00\x00binary",
               "error: seeds/binary.txt: this is a binary file, not an article"),
    "not-utf8": ("latin1.txt", b"Title\nCaf\xe9 talks\n",
                 "error: seeds/latin1.txt:2: the file is not UTF-8 text"),
    "20-mb": ("huge.txt", b"word " * (4 * 1024 * 1024),
              "error: seeds/huge.txt: is 20.0 MB; an article is at most 5 MB"),
}


@pytest.mark.parametrize(("name", "content", "message"), BAD_INPUT.values(), ids=BAD_INPUT)
def test_bad_input_is_refused_with_one_line_and_nothing_written(project, name, content, message):
    (project / "seeds" / name).write_bytes(content)
    result = briefgen(project, "ingest", f"seeds/{name}")
    assert result.returncode == 1
    assert result.stderr.decode().strip() == message
    assert list((project / "content" / "briefings").iterdir()) == []


def test_a_text_longer_than_an_article_is_refused_before_drafting(project):
    """Half a million characters of text is a collection, not an article: split it first."""
    (project / "seeds" / "collection.txt").write_bytes(
        b"Collected statements\n\n" + b"The ministers met again in the capital. " * 13_000)
    result = briefgen(project, "ingest", "seeds/collection.txt", "--date", "2025-11-24")
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        "error: seeds/collection.txt: holds 520,019 characters of text; an article is at most "
        "500,000: split it into articles and ingest them one by one"]
    assert list((project / "content" / "briefings").iterdir()) == []


def test_a_text_of_one_line_too_long_for_an_article_is_refused_before_drafting(project):
    """No line break at all: the one line is the article's text, not a title to draft around."""
    (project / "seeds" / "oneline.txt").write_bytes(
        b"The ministers met again in the capital. " * 13_000)
    result = briefgen(project, "ingest", "seeds/oneline.txt", "--date", "2025-11-24")
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        "error: seeds/oneline.txt: holds 519,999 characters of text; an article is at most "
        "500,000: split it into articles and ingest them one by one"]
    assert list((project / "content" / "briefings").iterdir()) == []


def test_the_text_limit_counts_what_a_reader_sees_not_the_markup(project):
    script = "<script>" + "var x = 1;" * 60_000 + "</script>"
    page = (f"<html><head><title>Talks resume</title>{script}</head><body><article>"
            "<p>The ministers met again in the capital on Monday.</p></article></body></html>")
    (project / "seeds" / "page.html").write_text(page, encoding="utf-8")
    result = briefgen(project, "ingest", "seeds/page.html", "--date", "2025-11-24", "-o", "-")
    assert result.returncode == 0, result.stderr


SAVED_PAGE = """<!doctype html><html><head><title>Ministers agree grain corridor | Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<link rel="canonical" href="https://gazette.example/grain-corridor"></head><body>
<nav><a href="/world">World</a> <a href="/business">Business</a></nav>
<article><h1>Ministers agree grain corridor</h1>
<p>The foreign ministers of the two countries agreed on Monday to reopen the grain corridor
through the strait, ending a blockade that has lasted since the spring.</p>
<p>The ministers said the fate of the seized cargo ships would be left for a summit planned
in the new year.</p></article>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/a">Port workers agreed to strike over pay as the shipping season ends</a></li>
<li><a href="/b">Leaders agreed a summit on bread prices for next spring</a></li></ul></aside>
<footer><p>All rights reserved.</p></footer></body></html>"""


def test_a_saved_web_page_drafts_from_the_text_its_reader_sees(project):
    (project / "seeds" / "page.html").write_text(SAVED_PAGE, encoding="utf-8")
    result = briefgen(project, "ingest", "seeds/page.html", "--date", "2025-11-24", "-o", "-")
    assert result.returncode == 0, result.stderr
    draft = yaml.safe_load(result.stdout)
    assert (draft["title"], draft["source"]["url"], draft["source"]["publisher"]) == (
        "Ministers agree grain corridor", "https://gazette.example/grain-corridor",
        "The Harbour Gazette")
    evidence = [item["evidence"] for key in ("agreements", "upcoming")
                for item in draft[key]]
    assert evidence == [
        "The foreign ministers of the two countries agreed on Monday to reopen the grain "
        "corridor through the strait, ending a blockade that has lasted since the spring.",
        "The ministers said the fate of the seized cargo ships would be left for a summit "
        "planned in the new year."]
    assert briefgen(project, "ingest", "seeds/page.html", "--date", "2025-11-24").returncode == 0
    assert briefgen(project, "check").returncode == 0


def test_a_page_without_an_article_is_refused_with_one_line(project):
    (project / "seeds" / "menu.html").write_text(
        "<html><head><title>Gazette</title></head><body><nav><a href='/world'>World</a>"
        "</nav><footer>All rights reserved.</footer></body></html>", encoding="utf-8")
    result = briefgen(project, "ingest", "seeds/menu.html", "--date", "2025-11-24")
    assert result.returncode == 1
    assert result.stderr.decode().strip() == "error: seeds/menu.html: no article text found"


def test_a_missing_file_is_refused(project):
    result = briefgen(project, "ingest", "seeds/nope.txt")
    assert (result.returncode, result.stderr.decode().strip()) == (
        1, "error: seeds/nope.txt: no such file")


def test_several_articles_the_bad_one_reported_the_good_one_drafted(project):
    (project / "seeds" / "empty.txt").write_bytes(b"")
    result = briefgen(project, "ingest", "seeds/empty.txt", f"seeds/{SEED.name}", "--date",
                      "2025-11-24")
    assert result.returncode == 1
    assert (project / SEED_DRAFT).is_file()


def test_drafts_are_deterministic(project):
    args = ("ingest", f"seeds/{SEED.name}", "--date", "2025-11-24", "-o", "-")
    assert briefgen(project, *args).stdout == briefgen(project, *args).stdout


def test_standard_input_beyond_the_article_limit_is_refused_without_reading_it_all(project):
    """300 MB piped in must not be held in memory to be refused: the reading stops at 5 MB."""
    reading = subprocess.Popen([sys.executable, "-m", "briefgen", "ingest", "-"], cwd=project,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    chunk, sent = b"The ministers met again. " * 40_000, 0
    try:
        while sent < 300 * 1024 * 1024:
            reading.stdin.write(chunk)
            sent += len(chunk)
    except BrokenPipeError:
        pass
    _, errors = reading.communicate(timeout=60)
    assert reading.returncode == 1
    assert errors.decode().splitlines() == [
        "error: stdin.txt: is larger than an article can be (5 MB)"]
    assert sent < 300 * 1024 * 1024


def test_a_write_the_system_refuses_is_one_line_and_leaves_the_reviewed_briefing_whole(project):
    """Files may be at most 2 KB here, as on a full disk: the forced draft cannot be written,
    and the reviewed briefing it would replace stays as it was, with nothing half-written."""
    assert briefgen(project, "ingest", f"seeds/{SEED.name}", "--date", "2025-11-24").returncode == 0
    target = project / SEED_DRAFT
    target.write_text(target.read_text().replace("status: draft", "status: reviewed"))
    reviewed = target.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "briefgen", "ingest", f"seeds/{SEED.name}", "--date",
         "2025-11-24", "--force"], cwd=project, capture_output=True, text=True, timeout=60,
        preexec_fn=small_files_only(2048))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: {SEED_DRAFT}: cannot write: File too large: the system allows no file this "
        "large here (see ulimit -f), then run again"]
    assert target.read_bytes() == reviewed
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_a_folder_that_cannot_be_written_is_one_line(project, make_unwritable):
    make_unwritable(project / "content" / "briefings")
    result = briefgen(project, "ingest", f"seeds/{SEED.name}", "--date", "2025-11-24")
    assert result.returncode == 1
    [line] = result.stderr.decode().splitlines()
    assert line.startswith(f"error: {SEED_DRAFT}: cannot write: ")
    assert line.endswith(", then run again")
    assert list((project / "content" / "briefings").iterdir()) == []


def test_an_article_from_outside_cannot_be_saved_where_a_file_stands_for_seeds(tmp_path):
    project = tmp_path / "project"
    (project / "content" / "briefings").mkdir(parents=True)
    (project / "seeds").write_text("not a folder")
    article = tmp_path / "article.txt"
    shutil.copy(SEED, article)
    result = briefgen(project, "ingest", str(article), "--date", "2025-11-24")
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        "error: seeds/article.txt: cannot write: File exists: a file stands where a folder "
        "should be; move it away, then run again"]
    assert (project / "seeds").read_text() == "not a folder"


@pytest.mark.parametrize(("opening", "day"), [
    pytest.param("Joint Statement of the Commission\n\nMarch 17, 2026\n\n", "2026-03-17",
                 id="a-line-of-its-own"),
    pytest.param("Council gives green light\n\nCouncil of the EU. Press release. 14 April 2026"
                 "\n\n", "2026-04-14", id="a-press-release-line"),
    pytest.param("Department Press Briefing - August 19, 2026\n\n", "2026-08-19",
                 id="in-the-title"),
    pytest.param("Weekly Media Briefing by the Spokesperson (November 20, 2025)\n\n",
                 "2025-11-20", id="in-brackets-in-the-title"),
    pytest.param("Ministers meet\n\nWASHINGTON, Nov. 24, 2025 (Reuters) - ", "2025-11-24",
                 id="a-dateline"),
    pytest.param("Ministry of Foreign Affairs\nPress Office\n\nPress Release No. 12\n"
                 "12 March 2026\n\nMinisters meet in Geneva\n\n", "2026-03-12",
                 id="under-a-release-s-masthead"),
    pytest.param("12 MAR 2026, 18:40\nUpdated 12 MAR 2026, 19:15\n\nMinisters meet\n\n",
                 "2026-03-12", id="a-wire-s-time-stamp"),
])
def test_the_date_is_taken_from_the_text_when_it_states_one(project, opening, day):
    (project / "seeds" / "a.txt").write_text(
        opening + "The ministers agreed to meet again in Geneva in June 2026.\n")
    result = briefgen(project, "ingest", "seeds/a.txt", "-o", "-")
    assert result.returncode == 0, result.stderr
    assert str(yaml.safe_load(result.stdout)["date"]) == day
    assert b"no date given" not in result.stderr


def test_a_dateline_without_its_year_is_no_date(project):
    (project / "seeds" / "a.txt").write_text(
        "Ministers meet\n\nNAIROBI, March 3 (Reuters) - The ministers met on Tuesday.\n")
    result = briefgen(project, "ingest", "seeds/a.txt", "-o", "-")
    assert b"no date given or found in the article; using today" in result.stderr


def test_an_undated_article_already_briefed_takes_that_briefing_s_date_and_is_flagged(project):
    """The README's workflow: the seed has no date, its reviewed briefing has one."""
    reviewed = project / "content" / "briefings" / SEED_BRIEFING.name
    shutil.copy(SEED_BRIEFING, reviewed)
    result = briefgen(project, "ingest", f"seeds/{SEED.name}")
    assert result.returncode == 0, result.stderr
    notes = result.stderr.decode()
    assert (f"no date given or found in the article; using 2025-11-24, the date of "
            f"content/briefings/{SEED_BRIEFING.name}, drafted from the same article") in notes
    assert (f"content/briefings/{SEED_BRIEFING.name} is already a briefing of this article "
            "(same sha256): review one of the two and delete the other") in notes
    draft = yaml.safe_load((project / SEED_DRAFT).read_text(encoding="utf-8"))
    visit = next(e for e in draft["upcoming"] if "Beijing" in e["what"])
    assert (visit["kind"], visit["when"]) == ("visit", "2026-04")
    check = briefgen(project, "check")
    assert check.returncode == 0
    assert (f"warning: {SEED_DRAFT}: source.sha256: drafted from the same article as "
            f"content/briefings/{SEED_BRIEFING.name} (same sha256); keep one of the two"
            ) in check.stderr.decode()


def test_every_event_left_out_as_past_is_reported_with_the_reference_date(project):
    result = briefgen(project, "ingest", f"seeds/{SEED.name}", "--date", "2026-12-04", "-o", "-")
    assert result.returncode == 0, result.stderr
    notes = result.stderr.decode().splitlines()
    left_out = [n for n in notes if "left out as over by the briefing date 2026-12-04" in n]
    assert any("visit Beijing in April 2026" in n for n in left_out)
    assert any("meeting in Busan" in n for n in left_out)


def test_the_report_counts_in_plain_english(project):
    (project / "seeds" / "a.txt").write_text(
        "Leaders Agree Truce\n\nThe two leaders agreed a truce on Monday.\n")
    result = briefgen(project, "ingest", "seeds/a.txt", "--date", "2025-11-24", "-o", "-")
    report = result.stderr.decode().splitlines()[-1]
    assert report.endswith(": 1 agreement, 0 open issues, 0 upcoming events, 0 people, "
                           "0 quotes"), report


def test_a_date_a_headline_gives_an_event_is_not_the_publication_date(project):
    (project / "seeds" / "a.txt").write_text(
        "Summit set for June 7, 2026\n\nThe leaders will meet in Geneva.\n")
    result = briefgen(project, "ingest", "seeds/a.txt", "-o", "-")
    assert b"no date given or found in the article; using today" in result.stderr
