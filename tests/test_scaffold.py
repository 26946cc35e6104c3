"""`briefgen new`: slugs from titles, and a skeleton briefing that is valid as written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from briefgen.content import load_content
from briefgen.errors import BriefgenError
from briefgen.scaffold import new_briefing, slugify

DAY = dt.date(2025, 11, 24)


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Trade Talks in Geneva", "trade-talks-in-geneva"),
        ("Trump Accepts Xi’s Invitation", "trump-accepts-xis-invitation"),
        ("Trump Accepts Xi's Invitation", "trump-accepts-xis-invitation"),
        ("Café à Zürich", "cafe-a-zurich"),
        ("naïve résumé", "naive-resume"),
        ("  G7 summit: 2026!  ", "g7-summit-2026"),
        ("US-China talks - day two", "us-china-talks-day-two"),
        ("US–China talks — day two", "us-china-talks-day-two"),
        ("U.S.–China talks", "us-china-talks"),
        ("3.5 percent growth", "3-5-percent-growth"),
        ("Straße der Einheit", "strasse-der-einheit"),
        ("Rock & Roll", "rock-roll"),
        ("snake_case_title", "snake-case-title"),
        ("one two three four five six seven eight nine ten",
         "one-two-three-four-five-six-seven-eight"),
        ("北京", ""),
        ("---", ""),
        ("", ""),
    ],
)
def test_slugify(title, slug):
    assert slugify(title) == slug


@pytest.mark.parametrize(("title", "slug"), [
    pytest.param("Trump Accepts Xi’s Invitation for Beijing Visit as US-China Diplomacy Enters "
                 "New Phase", "trump-accepts-xis-invitation-for-beijing-visit",
                 id="never-ends-on-as"),
    pytest.param("Readout of President Biden’s Call with Prime Minister Netanyahu of Israel",
                 "readout-of-president-bidens-call-with-prime-minister-netanyahu",
                 id="finishes-the-name-it-would-cut"),
    pytest.param("One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen",
                 "one-two-three-four-five-six-seven-eight-nine-ten-eleven-twelve",
                 id="a-name-runs-on-at-most-four-words"),
])
def test_a_slug_is_not_cut_before_its_key_word(title, slug):
    assert slugify(title) == slug


def test_slugify_keeps_at_most_max_words():
    assert slugify("a b c d", max_words=2) == "a-b"


def test_new_briefing_writes_a_draft_that_load_content_accepts(tmp_path):
    path = new_briefing(tmp_path, "Trade Talks in Geneva", DAY)
    assert path == tmp_path / "content" / "briefings" / "2025-11-24-trade-talks-in-geneva.yaml"
    [briefing] = load_content(tmp_path).briefings
    assert (briefing.slug, briefing.title, briefing.date, briefing.status) == (
        "trade-talks-in-geneva", "Trade Talks in Geneva", DAY, "draft")
    assert briefing.summary
    assert (briefing.tags, briefing.agreements, briefing.upcoming) == ((), (), ())


@pytest.mark.parametrize(
    "title",
    [
        'He said "no" to talks',
        "Talks: a new phase # not a comment",
        "Back\\slash talks",
        "yes",
        "2026",
        "null talks",
        "- dash first",
        "[bracketed] talks",
        "{braced} talks",
        "*star & ampersand",
        "!bang talks",
        "%percent @at `tick",
        "Xi’s “new phase” – talks",
    ],
)
def test_a_title_with_yaml_special_characters_is_written_back_exactly(tmp_path, title):
    new_briefing(tmp_path, title, DAY)
    [briefing] = load_content(tmp_path).briefings
    assert briefing.title == title


def test_the_title_is_trimmed(tmp_path):
    new_briefing(tmp_path, "  Trade talks  ", DAY)
    assert load_content(tmp_path).briefings[0].title == "Trade talks"


def test_new_briefing_refuses_to_overwrite(tmp_path):
    path = new_briefing(tmp_path, "Trade Talks", DAY)
    path.write_text(path.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(BriefgenError) as caught:
        new_briefing(tmp_path, "Trade talks!", DAY)
    assert str(caught.value) == (
        "content/briefings/2025-11-24-trade-talks.yaml: already exists; "
        "edit it or choose another title"
    )
    assert path.read_bytes() == before


@pytest.mark.parametrize("title", ["", "   ", "北京", "---", "Two\nlines", "Carriage\rreturn",
                                   "Tab\tinside"])
def test_a_title_that_gives_no_file_name_is_refused(tmp_path, title):
    with pytest.raises(BriefgenError) as caught:
        new_briefing(tmp_path, title, DAY)
    assert str(caught.value) == f"cannot make a file name from the title {title!r}"
    assert not (tmp_path / "content").exists()


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago"])
def test_without_a_day_the_briefing_is_for_today_in_the_configured_timezone(tmp_path, zone):
    # UTC+14 and UTC-11 are 25 hours apart: their dates always differ, so the zone must be used.
    (tmp_path / "briefgen.yaml").write_text(f"timezone: {zone}\n", encoding="utf-8")
    before = dt.datetime.now(ZoneInfo(zone)).date()
    path = new_briefing(tmp_path, "Talks")
    after = dt.datetime.now(ZoneInfo(zone)).date()
    assert path.name in {f"{before}-talks.yaml", f"{after}-talks.yaml"}


def test_without_config_today_is_taken_in_utc(tmp_path: Path):
    before = dt.datetime.now(dt.UTC).date()
    path = new_briefing(tmp_path, "Talks")
    after = dt.datetime.now(dt.UTC).date()
    assert path.name in {f"{before}-talks.yaml", f"{after}-talks.yaml"}
