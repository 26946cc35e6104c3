"""`briefgen.yaml`: the file and every key are optional; every mistake names its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.config import PdfSettings, SiteConfig, load_config
from briefgen.errors import BriefgenError

DEFAULTS = SiteConfig(
    title="Daily Briefing",
    description="Daily briefings on diplomacy, agreements and upcoming visits.",
    base_url="http://localhost:8000/",
    language="en",
    organisation=None,
    timezone="UTC",
    pdf=PdfSettings(page_size="A4", marking=None),
)


def config_from(tmp_path: Path, text: str) -> SiteConfig:
    (tmp_path / "briefgen.yaml").write_text(text, encoding="utf-8")
    return load_config(tmp_path)


def errors_of(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(BriefgenError) as caught:
        config_from(tmp_path, text)
    return [str(p) for p in caught.value.problems]


def test_without_a_file_every_setting_has_its_default(tmp_path):
    assert load_config(tmp_path) == DEFAULTS
    assert SiteConfig() == DEFAULTS


@pytest.mark.parametrize("text", ["", "\n", "   \n\n"])
def test_an_empty_file_means_the_defaults(tmp_path, text):
    assert config_from(tmp_path, text) == DEFAULTS


def test_a_file_of_comments_only_means_the_defaults(tmp_path):
    assert config_from(tmp_path, "# every key is optional\n# title: Mine\n") == DEFAULTS


def test_every_key_is_read(tmp_path):
    config = config_from(tmp_path, """\
title: Daily Diplomatic Briefing
description: Agreements and visits.
base_url: https://org.github.io/repo
language: en-GB
organisation: Example Org
timezone: Europe/London
pdf:
  page_size: Letter
  marking: For internal use
""")
    assert config == SiteConfig(
        title="Daily Diplomatic Briefing",
        description="Agreements and visits.",
        base_url="https://org.github.io/repo/",
        language="en-GB",
        organisation="Example Org",
        timezone="Europe/London",
        pdf=PdfSettings(page_size="Letter", marking="For internal use"),
    )


def test_keys_left_out_or_empty_keep_their_defaults(tmp_path):
    config = config_from(tmp_path, "title: Mine\nlanguage:\npdf:\n  marking: Secret\n")
    assert config == SiteConfig(title="Mine", pdf=PdfSettings(page_size="A4", marking="Secret"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("title: Mine\ncolour: red\n",
                     "briefgen.yaml:2: colour: unknown field (expected one of: title, description, "
                     "base_url, language, organisation, timezone, pdf, email, deploy, sources)",
                     id="top-level"),
        pytest.param("pdf:\n  page_size: A4\n  size: A4\n",
                     "briefgen.yaml:3: pdf.size: unknown field; did you mean 'page_size'? "
                     "(expected one of: page_size, marking)",
                     id="in-pdf"),
    ],
)
def test_an_unknown_key_is_an_error_with_its_line(tmp_path, text, expected):
    assert errors_of(tmp_path, text) == [expected]


@pytest.mark.parametrize("size", ["A5", "a4", "letter", "US Letter"])
def test_page_size_is_a4_or_letter(tmp_path, size):
    assert errors_of(tmp_path, f"title: Mine\npdf:\n  page_size: {size}\n") == [
        f"briefgen.yaml:3: pdf.page_size: '{size}' is not one of: A4, Letter"
    ]


@pytest.mark.parametrize("url", [
    "ftp://example.org/", "/repo/", "example.org", "https://a b/", "https:///repo/",
    pytest.param("https://org.github.io//evil.example/", id="another-host-in-the-path"),
    pytest.param("https://org.github.io/repo\\evil/", id="backslash"),
    pytest.param("https://org.github.io/repo/../other/", id="dot-dot-segment"),
    pytest.param("https://user@org.github.io/", id="user-name"),
    pytest.param("javascript://org.github.io/", id="javascript"),
])
def test_base_url_must_be_an_http_url(tmp_path, url):
    [error] = errors_of(tmp_path, f"title: Mine\nbase_url: '{url}'\n")
    assert error.startswith("briefgen.yaml:2: base_url: '")
    assert error.endswith("' is not an http(s) URL like https://org.github.io/repo/")


@pytest.mark.parametrize(
    ("url", "base_url", "base_path"),
    [
        ("https://example.org", "https://example.org/", "/"),
        ("https://example.org/", "https://example.org/", "/"),
        ("http://localhost:8000", "http://localhost:8000/", "/"),
        ("https://org.github.io/repo", "https://org.github.io/repo/", "/repo/"),
        ("https://org.github.io/repo/", "https://org.github.io/repo/", "/repo/"),
        ("https://example.org/a/b", "https://example.org/a/b/", "/a/b/"),
    ],
)
def test_base_url_ends_in_a_slash_and_gives_the_base_path(tmp_path, url, base_url, base_path):
    config = config_from(tmp_path, f"base_url: {url}\n")
    assert (config.base_url, config.base_path) == (base_url, base_path)


@pytest.mark.parametrize(
    ("base_url", "base_path"),
    [("https://example.org", "/"), ("https://example.org/sub", "/sub/"),
     ("https://example.org/a/b/", "/a/b/")],
)
def test_base_path_always_ends_in_a_slash(base_url, base_path):
    assert SiteConfig(base_url=base_url).base_path == base_path


@pytest.mark.parametrize("url", ["https://org.github.io//evil.example/", "javascript:alert(1)",
                                 "org.github.io/repo/", "https://org.github.io/re\x80po/",
                                 "https://org.github.io/re\u202eop/"])
def test_with_base_url_refuses_what_the_config_file_refuses(url):
    with pytest.raises(BriefgenError) as refused:
        SiteConfig().with_base_url(url)
    assert str(refused.value.problems[0]).startswith(f"--base-url: {url!r} is not an http(s) URL")


def test_with_base_url_overrides_and_normalises():
    config = SiteConfig().with_base_url(" https://example.org/sub ")
    assert (config.base_url, config.base_path) == ("https://example.org/sub/", "/sub/")


@pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "GMT+25", "../../etc/passwd", "Europe"])
def test_timezone_must_be_a_known_zone(tmp_path, zone):
    assert errors_of(tmp_path, f"title: Mine\ntimezone: '{zone}'\n") == [
        f"briefgen.yaml:2: timezone: '{zone}' is not a known time zone like Europe/London"
    ]


@pytest.mark.parametrize("zone", ["UTC", "Europe/London", "America/New_York", "Asia/Shanghai"])
def test_known_timezones_are_accepted(tmp_path, zone):
    assert config_from(tmp_path, f"timezone: {zone}\n").timezone == zone


@pytest.mark.parametrize("language", ["English", "en_GB", "e", "12", "en-"])
def test_language_must_be_a_language_tag(tmp_path, language):
    assert errors_of(tmp_path, f"title: Mine\nlanguage: '{language}'\n") == [
        f"briefgen.yaml:2: language: '{language}' is not a language tag like en or en-GB"
    ]


@pytest.mark.parametrize("language", ["en", "fr", "en-GB", "zh-Hans-CN", "fil"])
def test_language_tags_are_accepted(tmp_path, language):
    assert config_from(tmp_path, f"language: {language}\n").language == language


def test_a_config_that_is_not_a_mapping_is_refused(tmp_path):
    assert errors_of(tmp_path, "- title\n") == ["briefgen.yaml:1: expected a mapping, got a list"]


def test_broken_yaml_names_its_line(tmp_path):
    [error] = errors_of(tmp_path, "title: Mine\npdf: [A4\n")
    assert error.startswith("briefgen.yaml:3: invalid YAML: ")


def test_every_mistake_is_reported_at_once(tmp_path):
    errors = errors_of(tmp_path, "language: English\ntimezone: Nowhere\ncolour: red\n")
    assert sorted(e.split(": ")[1] for e in errors) == ["colour", "language", "timezone"]


def test_mistakes_are_reported_in_line_order(tmp_path):
    errors = errors_of(tmp_path, "language: English\ntimezone: Nowhere\ncolour: red\n")
    assert [e.split(": ")[0] for e in errors] == [
        "briefgen.yaml:1", "briefgen.yaml:2", "briefgen.yaml:3"
    ]


def test_a_config_that_is_not_utf8_is_refused(tmp_path):
    (tmp_path / "briefgen.yaml").write_bytes(b"title: Caf\xe9\n")
    with pytest.raises(BriefgenError) as caught:
        load_config(tmp_path)
    [problem] = caught.value.problems
    assert str(problem) == "briefgen.yaml:1: the file is not UTF-8 text"


@pytest.mark.parametrize("url", ["https://example.org/a?x=1", "https://example.org/#top"])
def test_a_base_url_with_a_query_or_fragment_is_refused(tmp_path, url):
    assert errors_of(tmp_path, f"base_url: '{url}'\n") == [
        f"briefgen.yaml:1: base_url: {url!r} is not an http(s) URL like https://org.github.io/repo/"
    ]


def test_email_and_deploy_settings_are_read(tmp_path):
    config = config_from(tmp_path, """\
email:
  sender: briefings@example.org
  recipients: [a@example.org, b@example.org]
  smtp_host: smtp.example.org
  smtp_port: 465
  security: ssl
  username: briefings
deploy:
  remote: upstream
  branch: pages
  cname: briefs.example.org
""")
    assert config.email.recipients == ("a@example.org", "b@example.org")
    assert (config.email.smtp_host, config.email.smtp_port, config.email.security) == (
        "smtp.example.org", 465, "ssl")
    assert (config.deploy.remote, config.deploy.branch, config.deploy.cname) == (
        "upstream", "pages", "briefs.example.org")


def test_an_smtp_password_in_the_file_is_refused(tmp_path):
    assert errors_of(tmp_path, "email:\n  password: hunter2\n") == [
        "briefgen.yaml:2: email.password: never put the SMTP password in a file; "
        "set BRIEFGEN_SMTP_PASSWORD"
    ]


@pytest.mark.parametrize("address", ["bad", "a@b", "a b@c.org", "x@y.org\nBcc: z@w.org"])
def test_recipients_must_be_single_addresses(tmp_path, address):
    [error] = errors_of(tmp_path, f"email:\n  recipients: [{address!r}]\n")
    assert error.startswith("briefgen.yaml:2: email.recipients[0]: ")


def test_sources_are_feeds_or_pages_with_a_name_and_optional_keywords(tmp_path):
    config = config_from(tmp_path, "sources:\n"
                                   "  - name: Ministry press room\n"
                                   "    url: https://press.example/feed.xml\n"
                                   "    publisher: Ministry of Foreign Affairs\n"
                                   "    include: [summit, visit]\n"
                                   "    exclude: [sport]\n"
                                   "  - {name: Wire, url: 'http://wire.example/atom'}\n"
                                   "  - name: Embassy\n"
                                   "    url: https://embassy.example/news\n"
                                   "    kind: listing\n")
    assert [(s.name, s.url, s.publisher, s.include, s.exclude, s.kind)
            for s in config.sources] == [
        ("Ministry press room", "https://press.example/feed.xml",
         "Ministry of Foreign Affairs", ("summit", "visit"), ("sport",), "auto"),
        ("Wire", "http://wire.example/atom", None, (), (), "auto"),
        ("Embassy", "https://embassy.example/news", None, (), (), "listing")]


@pytest.mark.parametrize(("source", "error"), [
    ("{name: Wire}", "briefgen.yaml:2: sources[0].url: this required field is missing"),
    ("{url: 'https://wire.example/'}",
     "briefgen.yaml:2: sources[0].name: this required field is missing"),
    ("{name: Wire, url: 'file:///etc/passwd'}",
     "briefgen.yaml:2: sources[0].url: 'file:///etc/passwd' is not an http(s) URL of a feed "
     "or a page"),
    ("{name: Wire, url: 'https://wire.example/', kind: index}",
     "briefgen.yaml:2: sources[0].kind: 'index' is not one of: auto, listing, article"),
])
def test_a_source_without_a_name_or_an_http_address_or_of_an_unknown_kind_is_refused(
        tmp_path, source, error):
    assert errors_of(tmp_path, f"sources:\n  - {source}\n") == [error]
