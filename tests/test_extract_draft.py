"""An article in, a draft briefing out: what the draft as a whole is made of."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.article import parse_article
from briefgen.extract.draft import draft_briefing
from briefgen.schema import MAX_TEXT


def drafted(text: str, day: dt.date, kind: str = "txt") -> dict:
    """The briefing data drafted from an article's text."""
    data, _ = draft_briefing(parse_article(text, kind), day, source={"path": f"article.{kind}"})
    return data


BRIEFING = """Spokesperson's Regular Press Conference

Q: Reports say a patrol boat rammed a fishing vessel near the reef yesterday. Your comment?

A: The fishing vessel entered the waters without permission. We urge Brel to stop.

Q: Can you confirm the minister's trip?

A: Minister Hana Sato will visit Brel from December 2 to 4 for talks on fisheries.
"""


def test_a_summary_of_a_briefing_tells_the_answers_not_the_questions():
    data = drafted(BRIEFING, dt.date(2025, 11, 24))
    assert "rammed" not in data["summary"]
    assert "Hana Sato will visit Brel" in data["summary"]
    assert "A:" not in data["summary"]


@pytest.mark.parametrize("dateline", ["BAKU, 12 November - ", "BAKU, Azerbaijan (AP) — ",
                                      "BAKU, Nov. 12, 2024 (Xinhua) -- ",
                                      "Baku (Azerbaijan) (AFP) - ", "BAKU. Nov 12 (Interfax) - ",
                                      "Baku, 12 November (AA) – ", "BAKU, Nov 12 (APP): ",
                                      "BAKU, 12 November 2024 /PRNewswire/ -- ",
                                      "Baku. November 12. INTERFAX - ",
                                      "Baku, 12 November 2024 — ", "Baku, Nov 12 (EFE).- ",
                                      "Baku, Nov 12 (Prensa Latina) ", "BAKU, Nov 12 (PTI) ",
                                      "BAKU, 12th November, 2024 (WAM) -- ",
                                      "Baku [Azerbaijan], November 12 (ANI): ",
                                      "Baku, APA – ", "Baku, Nov. 12, APA – ",
                                      "Baku, November 12/2024 (ENA) - ",
                                      "Brasília, 12 November 2024 — ",
                                      "Baku City, 12 November 2024 (MFA). – ",
                                      "ASUNCIÓN, Nov 12 (Reuters) - ", "Bogotá (AFP) - "])
def test_a_news_agency_dateline_is_left_out_of_the_first_sentence(dateline):
    report = (f"Climate talks open\n\n{dateline}UN Secretary-General Ana Guerra on "
              "Tuesday urged leaders to agree on a finance goal.\n")
    data = drafted(report, dt.date(2024, 11, 12))
    assert data["people"] == [{"name": "Ana Guerra", "role": "UN Secretary-General"}]
    assert data["summary"].startswith("UN Secretary-General Ana Guerra")


def test_a_news_site_s_own_name_opening_the_article_is_left_out_of_the_first_sentence():
    page = ("<html><head><title>Talks open</title>"
            '<meta property="og:site_name" content="HarbourNews.Net"></head><body><article>'
            "<h1>Talks open</h1><p>HarbourNews.Net - UN Secretary-General Ana Guerra on Tuesday "
            "urged leaders to agree on a finance goal for the river basin states.</p>"
            "<p>The talks in the capital are due to end on Friday with a joint statement on "
            "the basin.</p></article></body></html>")
    data = drafted(page, dt.date(2024, 11, 12), "html")
    assert data["summary"].startswith("UN Secretary-General Ana Guerra")


def test_a_place_and_date_on_a_line_of_their_own_make_no_party_of_the_place():
    report = ("Communiqué of the Council\n\nAddis Ababa, 14 March 2028\n\n"
              "The fighting between Rwanda and Burundi has displaced thousands.\n\n"
              "The Council decides to deploy a team of observers to the border.\n")
    data = drafted(report, dt.date(2028, 3, 14))
    assert data["agreements"]
    assert all("Ethiopia" not in item["parties"] for item in data["agreements"])


@pytest.mark.parametrize("opening", ["The UAE – a mediator since 2022 – hosted the talks.",
                                     "NATO allies agreed to meet again in March."])
def test_a_sentence_that_opens_with_a_name_is_no_dateline(opening):
    data = drafted(f"Talks\n\n{opening}\n", dt.date(2024, 11, 12))
    assert data["summary"].startswith(opening.split()[0] + " ")


def test_a_sentence_too_long_to_be_evidence_gives_no_item_and_the_draft_stays_valid():
    endless = " ".join(["the envoys discussed the border"] * 200) + " remains a concern."
    assert len(endless) > MAX_TEXT
    report = (f"Talks\n\nT{endless[1:]}\n\n"
              "The ministers agreed to open a consulate.\n")
    data = drafted(report, dt.date(2025, 11, 24))
    assert data["open_issues"] == []
    assert [a["what"] for a in data["agreements"]] == ["Open a consulate"]


def test_the_notes_after_a_press_release_s_end_are_not_read():
    release = ("Ministers meet\n\nMinister Ana Guerra met her Chilean counterpart today.\n\n"
               "ENDS\n\nNotes to editors: Ana Guerra was appointed by Tomas Reyes in 2024.\n\n"
               "Media contact: Lena Ortiz, 021 555 0199\n")
    data = drafted(release, dt.date(2025, 11, 14))
    assert [p["name"] for p in data["people"]] == ["Ana Guerra"]
    assert "Reyes" not in data["summary"]


def test_a_state_named_only_for_a_mediator_s_former_office_is_no_party():
    report = ("Lesotho talks fail\n\nTalks between Lesotho's government and the opposition broke "
              "up without agreement over a recount in Maseru on Tuesday, said the mediator, Ana "
              "Banda, a former vice-president of Zambia. The opposition disputes the results "
              "of the vote in Lesotho.\n")
    data = drafted(report, dt.date(2027, 11, 10))
    assert data["open_issues"]
    assert all("Zambia" not in issue["parties"] for issue in data["open_issues"])


def test_the_states_a_title_names_lead_the_tags_and_the_parties():
    statement = ("Joint Statement from the Leaders of Egypt and Qatar\n\n"
                 "The plan endorsed by the United Nations is on the table. The United Nations "
                 "envoy has briefed both sides. We call on both sides to resume talks in Doha "
                 "on December 2.\n")
    data = drafted(statement, dt.date(2025, 11, 24))
    assert data["tags"][:2] == ["egypt", "qatar"]


def test_every_state_a_trilateral_statement_names_in_its_title_is_a_party_of_its_commitments():
    statement = ("Joint Statement of Chile, Peru and Ecuador\n\n"
                 "Chile, Peru and Ecuador met in Lima. Chile, Peru and Ecuador will hold joint "
                 "exercises. Peru and Ecuador will share data with Chile. We will meet every "
                 "year to review progress. We will also launch a dialogue on the coast guard. "
                 "It is a moment we intend to meet, together.\n")
    data = drafted(statement, dt.date(2025, 11, 24))
    assert [a["what"] for a in data["agreements"]][-1] == "Launch a dialogue on the coast guard"
    assert data["agreements"][-1]["parties"] == ["Chile", "Ecuador", "Peru"]


def test_every_state_a_headline_opens_with_acts_in_the_commitments_however_seldom_named():
    wire = ("Japan, S. Korea, China agree to deepen cooperation on disasters\n\n"
            "The foreign ministers of Japan, South Korea and China met on Saturday. Japan and "
            "China spoke of trade. Japan and China spoke of tourism. Japan and China spoke of "
            "seafood. The ministers agreed to launch a dialogue on disaster management.\n")
    data = drafted(wire, dt.date(2025, 11, 24))
    assert data["agreements"][-1]["parties"] == ["China", "Japan", "South Korea"]


def test_a_state_a_title_names_only_as_where_a_meeting_was_held_is_no_party_of_its_commitments():
    statement = ("Joint Declaration of Chile and Peru on the Outcomes of their Meeting in Quito, "
                 "Ecuador\n\nChile and Peru met in Quito, Ecuador. Chile and Peru thanked "
                 "Ecuador. Chile and Peru held talks. We will also launch a dialogue on the "
                 "coast guard.\n")
    data = drafted(statement, dt.date(2025, 11, 24))
    assert data["agreements"][-1]["parties"] == ["Chile", "Peru"]


def test_a_state_named_only_as_where_a_matter_is_weighs_less_than_a_side_to_the_talks():
    release = ("Ministers meet\n\n"
               "The minister received Peru's foreign minister. They discussed the situation in "
               "Bolivia. Chile is a guarantor of the talks. The crisis in Bolivia, the unrest in "
               "Bolivia and the election in Bolivia were also discussed. Peru will fund a school. "
               "The two ministers agreed to set up a joint commission on fisheries. Chile and "
               "Peru share a border.\n")
    data = drafted(release, dt.date(2026, 5, 14))
    assert data["agreements"][-1]["parties"] == ["Chile", "Peru"]


def test_a_visitor_named_by_a_style_of_address_is_named_as_the_text_first_named_them():
    readout = ("President receives Kenyan President\n\n"
               "His Highness Sheikh Hamad bin Khalid Al Thani, President of the State, today "
               "received William Ruto, President of Kenya. President Ruto invited His Highness "
               "to visit Kenya in June. His Highness accepted the invitation.\n")
    data = drafted(readout, dt.date(2026, 1, 14))
    assert [(e["what"], e["who"]) for e in data["upcoming"]] == [
        ("Hamad bin Khalid Al Thani visit to Kenya", ["Hamad bin Khalid Al Thani"])]


def test_one_side_s_word_on_what_it_will_do_is_kept_whatever_the_sentence_model_says():
    report = ("Truce in the city\n\nThe army and the rebels agreed to a truce in Tarn on "
              "Tuesday. Aid agencies said the truce was too short. The militia said it would "
              "open two corridors for civilians to leave the city.\n")
    data = drafted(report, dt.date(2026, 9, 2))
    assert any(a["evidence"].startswith("The militia said") and a["status"] == "pledged"
               for a in data["agreements"])


@pytest.mark.parametrize(("name", "tag"), [("Türkiye", "turkey"), ("Turkey", "turkey")])
def test_a_renamed_state_is_written_as_the_article_writes_it_and_tagged_under_one_name(
        name, tag):
    report = (f"{name} and Egypt agree on gas\n\n{name} and Egypt agreed to build a gas "
              f"pipeline. Ministers of {name} and Egypt will meet in Ankara on December 2.\n")
    data = drafted(report, dt.date(2025, 11, 24))
    [agreement] = data["agreements"]
    [meeting] = data["upcoming"]
    assert name in agreement["parties"]
    assert meeting["where"] == f"Ankara, {name}"
    assert tag in data["tags"]


def test_the_means_of_a_past_operation_is_no_open_issue():
    fact_sheet = ("# Fact sheet\n\n-   **Neutralizing Global Threats:** Through Operation Harbor "
                  "Light, the President decisively eliminated Arden’s drone capability via "
                  "targeted strikes, escalated sanctions, and intelligence operations.\n")
    data = drafted(fact_sheet, dt.date(2026, 1, 1), "md")
    assert [issue["topic"] for issue in data["open_issues"]] == []


def test_the_line_closing_a_signed_text_is_its_signing_named_by_the_title():
    text = ("Joint Declaration on Fisheries Cooperation\n\n"
            "The two ministers agreed to open a joint inspection office in Lima.\n\n"
            "Signed in Lima, this first day of June, two thousand and twenty-seven.\n")
    data = drafted(text, dt.date(2027, 6, 1))
    signing = [a["what"] for a in data["agreements"] if a["evidence"].startswith("Signed")]
    assert signing == ["Sign the Joint Declaration on Fisheries Cooperation"]


def test_the_report_notes_an_undated_event_by_its_place_among_the_drafted_events():
    _, found = draft_briefing(parse_article("Visits\n\nMinister Hana Sato will visit Brel from "
                                            "December 2 to 4. She will also visit Arden.\n", "txt"),
                              dt.date(2025, 11, 24), source={"path": "article.txt"})
    assert found.unsure == ["upcoming[1] has no date: Hana Sato visit to Arden"]
