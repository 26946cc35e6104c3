"""PDFs of briefings and daily editions, opened with pypdf: text, pages, metadata, outline."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefgen.build import BuildOptions, build
from briefgen.errors import BriefgenError
from briefgen.render.pdf import html_to_pdf, project_fetcher

from conftest import briefing_yaml, copy_seed_project, write_briefing

SEED_SLUG = "trump-accepts-xi-invitation-for-beijing-visit"
BRIEFING_PDF = f"briefings/{SEED_SLUG}/{SEED_SLUG}.pdf"
EDITION_PDF = "2025/11/24/briefing-2025-11-24.pdf"


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory) -> Path:
    project = copy_seed_project(tmp_path_factory.mktemp("seed"))
    build(project, BuildOptions(jobs=2))
    return project / "site"


def text_of(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def outline_titles(reader: PdfReader) -> list[str]:
    titles = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


def test_briefing_pdf_text_has_every_agreement_and_section(seed_site):
    text = " ".join(text_of(seed_site / BRIEFING_PDF).split())
    for what in ("One-year trade truce between the United States and China",
                 "China to resume purchases of U.S. soybeans",
                 "China to address exports of chemical precursors linked to fentanyl",
                 "Exploring wider co-operation on critical minerals and AI supply chains"):
        assert what in text
    for section in ("AGREEMENTS", "OPEN ISSUES", "UPCOMING VISITS AND EVENTS", "PEOPLE"):
        assert section in text


def fonts_of(pdf: Path) -> set[str]:
    """The fonts a PDF embeds, without their subset prefix ("Briefing-Serif-Bold")."""
    names = set()
    for page in PdfReader(pdf).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]).split("+", 1)[-1])
    return names


@pytest.mark.parametrize("pdf", [BRIEFING_PDF, EDITION_PDF])
def test_the_pdf_is_set_in_the_theme_s_own_typefaces(seed_site, pdf):
    fonts = fonts_of(seed_site / pdf)
    assert {"Briefing-Serif", "Briefing-Serif-Bold", "Briefing-Sans"} <= fonts
    assert not [f for f in fonts if "Liberation" in f or f.startswith("DejaVu-Serif")]


@pytest.mark.parametrize("pdf", [BRIEFING_PDF, EDITION_PDF])
def test_the_pdf_prints_each_evidence_sentence_once(seed_site, pdf):
    text = " ".join(text_of(seed_site / pdf).split())
    assert text.count("Among the bilateral agreements cited") == 1
    assert text.count("Chinese officials said Xi stressed Taiwan") == 1


def test_every_page_has_the_running_header_marking_and_page_x_of_y(seed_site):
    reader = PdfReader(seed_site / BRIEFING_PDF)
    total = len(reader.pages)
    assert total >= 2
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert "Daily Diplomatic Briefing" in text
        assert "FOR INTERNAL USE" in text
        assert f"Page {number} of {total}" in text


def test_pdf_metadata_comes_from_the_briefing_not_the_clock(seed_site):
    reader = PdfReader(seed_site / BRIEFING_PDF)
    meta = reader.metadata
    assert meta.title.startswith("Trump Accepts Xi’s Invitation for Beijing Visit")
    assert meta.author == "briefgen"
    assert meta["/CreationDate"] == "D:20251124"
    assert meta["/ModDate"] == "D:20251124"
    assert "taiwan" in meta["/Keywords"]
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_pdf_is_tagged_and_has_a_bookmark_per_section(seed_site):
    reader = PdfReader(seed_site / BRIEFING_PDF)
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    titles = outline_titles(reader)
    assert titles[0].startswith("Trump Accepts")
    assert {"Agreements", "Open issues", "Upcoming visits and events", "People", "Quotes"} \
        <= set(titles)


def test_pdf_is_a4_by_default(seed_site):
    box = PdfReader(seed_site / BRIEFING_PDF).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_edition_pdf_holds_the_days_briefings_under_the_date(seed_site):
    reader = PdfReader(seed_site / EDITION_PDF)
    assert outline_titles(reader)[:2] == [
        "Monday 24 November 2025",
        "Trump Accepts Xi’s Invitation for Beijing Visit as US-China Diplomacy Enters New Phase",
    ]
    assert reader.metadata.title == "Daily Diplomatic Briefing — 24 November 2025"
    assert "China to resume purchases of U.S. soybeans" in " ".join(text_of(
        seed_site / EDITION_PDF).split())


def test_letter_page_size_and_draft_marking(empty_project):
    (empty_project / "briefgen.yaml").write_text("pdf:\n  page_size: Letter\n")
    write_briefing(empty_project, "2025-11-24-a.yaml", briefing_yaml(status="draft"))
    build(empty_project, BuildOptions(drafts=True))
    reader = PdfReader(empty_project / "site/briefings/a/a.pdf")
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "DRAFT" in reader.pages[0].extract_text()


def test_same_html_gives_byte_identical_pdfs(tmp_path):
    html = "<html lang=en><title>T</title><h1>Same</h1><p>Text</p></html>"
    roots = (str(tmp_path),)
    assert html_to_pdf(html, roots) == html_to_pdf(html, roots)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "FILE:///etc/hostname",
        "http://127.0.0.1:9/x.png",
        "https://example.org/x.png",
        "data:text/html,<script>alert(1)</script>",
    ],
)
def test_the_pdf_fetcher_refuses_anything_outside_the_project(tmp_path, url):
    fetcher = project_fetcher((str(tmp_path.resolve()),))
    with pytest.raises(ValueError, match="refused"):
        fetcher.fetch(url)


def test_the_pdf_fetcher_reads_project_files_and_data_images(tmp_path):
    (tmp_path / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    fetcher = project_fetcher((str(tmp_path.resolve()),))
    assert b"<svg" in fetcher.fetch((tmp_path / "logo.svg").as_uri()).read()
    assert fetcher.fetch("data:image/png;base64,iVBORw0KGgo=").read().startswith(b"\x89PNG")


def test_an_http_image_in_a_pdf_is_never_fetched(tmp_path):
    requests = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        html = (f"<html><body><img src='http://127.0.0.1:{port}/tracker.png'>"
                f"<link rel=stylesheet href='http://127.0.0.1:{port}/x.css'><p>Hi</p></body></html>")
        pdf = html_to_pdf(html, (str(tmp_path),))
    finally:
        server.shutdown()
    assert pdf.startswith(b"%PDF")
    assert requests == []


def test_a_runaway_render_is_stopped_by_the_time_limit(tmp_path):
    rows = "".join("<tr><td>cell</td><td>cell</td></tr>" for _ in range(20000))
    with pytest.raises(BriefgenError) as caught:
        html_to_pdf(f"<html><body><table>{rows}</table></body></html>", (str(tmp_path),),
                    name="briefings/x/x.pdf", time_limit=0.2)
    assert str(caught.value) == "briefings/x/x.pdf: rendering took longer than 0.2 s and " \
        "was stopped"


def test_a_remote_image_is_left_out_of_the_pdf_with_a_warning(empty_project):
    write_briefing(empty_project, "2025-11-24-a.yaml", briefing_yaml().replace(
        "The two sides met in Geneva.", "'The map: ![map](http://127.0.0.1:9/map.png)'"))
    report = build(empty_project, BuildOptions())
    assert [str(w) for w in report.warnings] == [
        "briefings/a/a.pdf: http://127.0.0.1:9/map.png is not fetched: PDFs use local files only",
        "2025/11/24/briefing-2025-11-24.pdf: http://127.0.0.1:9/map.png is not fetched: PDFs "
        "use local files only",
    ]
    assert (empty_project / "site/briefings/a/a.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("pdf", [BRIEFING_PDF, EDITION_PDF])
def test_every_page_renders_to_a_picture_with_ink_and_colour_on_it(
        seed_site, tmp_path, pdf):
    """Rendered by poppler (pdftoppm), as a reader's PDF viewer would."""
    import subprocess

    from PIL import Image

    subprocess.run(["pdftoppm", "-r", "40", "-png", str(seed_site / pdf), str(tmp_path / "p")],
                   check=True, timeout=120)
    pictures = sorted(tmp_path.glob("p-*.png"))
    assert len(pictures) == len(PdfReader(seed_site / pdf).pages)
    coloured = 0
    for picture in pictures:
        image = Image.open(picture).convert("RGB")
        colours = image.getcolors(maxcolors=1 << 24)
        ink = sum(n for n, (r, g, b) in colours if r + g + b < 600) / (image.width * image.height)
        assert ink > 0.01, f"{picture.name} is blank"
        coloured += sum(n for n, (r, g, b) in colours if b > r + 40 and b > 100)  # blue ink
    assert coloured > 50


@pytest.mark.parametrize("pdf", [BRIEFING_PDF, EDITION_PDF])
def test_pdfs_declare_pdf_ua(seed_site, pdf):
    """PDF/UA-1: tagged structure, document language and title shown in the window title."""
    root = PdfReader(seed_site / pdf).trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data()
    assert b"pdfuaid:part" in xmp and b"1" in xmp.split(b"pdfuaid:part")[1][:20]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
