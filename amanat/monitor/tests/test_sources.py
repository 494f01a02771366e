"""Source adapters on recorded fixtures: feed, web page, e-mail, CSV of URLs, folders; and the
fetcher's manners: robots.txt, one request per host per interval, retries, size cap."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from django.conf import settings

from amanat.monitor import collect
from amanat.monitor.sources import RawArticle, Skipped
from amanat.monitor.sources.csvurls import read_csv
from amanat.monitor.sources.feed import read_feed
from amanat.monitor.sources.fetch import FetchError, PoliteFetcher, robots_token
from amanat.monitor.sources.files import read_path
from amanat.monitor.sources.web import page_from_html, read_page
from amanat.monitor.tests.conftest import FakeOpener, Sleeps, fixture_bytes

ARTICLE = "https://news.example.org/2023/03/teacher-father"


def test_a_web_page_gives_main_text_title_date_author_and_outlet(fetcher, opener) -> None:
    page = read_page(ARTICLE, fetcher)
    assert isinstance(page, RawArticle)
    assert "detained his 71-year-old father" in page.text
    assert "Subscribe to our newsletter" not in page.text  # boilerplate left out
    assert page.title.startswith("Uyghur teacher in Istanbul")
    assert page.published_on == date(2023, 3, 14)
    assert page.authors == "Leyla Demir"
    assert page.outlet == "Diaspora Rights Wire"
    assert opener.urls() == ["https://news.example.org/robots.txt", ARTICLE]
    assert {agent for _url, agent, _t in opener.requests} == {settings.MONITOR_USER_AGENT}


def test_a_feed_entry_is_read_from_its_page_and_a_blocked_one_from_its_summary(
    fetcher, opener
) -> None:
    items = list(read_feed("https://news.example.org/feed.xml", fetcher))
    assert len(items) == 2
    first, second = items
    assert isinstance(first, RawArticle)
    assert "public security bureau" in first.text
    assert first.outlet == "Diaspora Rights Wire"
    assert first.where == "https://news.example.org/feed.xml"
    # The second site's robots.txt forbids everything: the feed's own summary is used instead.
    assert isinstance(second, RawArticle)
    assert "Tibetan New Year" in second.text
    assert second.published_on == date(2023, 3, 15)
    assert "https://blocked.example.org/festival" not in opener.urls()


def test_a_page_that_is_not_a_feed_is_skipped_with_the_reason(fetcher, opener) -> None:
    opener.routes["https://news.example.org/notfeed"] = (b"<html><p>hello</p></html>", "text/html")
    items = list(read_feed("https://news.example.org/notfeed", fetcher))
    assert len(items) == 1
    assert isinstance(items[0], Skipped)
    assert items[0].reason.startswith("not a feed")


def test_the_user_agent_does_not_say_who_is_watching() -> None:
    agent = PoliteFetcher().user_agent
    assert agent == settings.MONITOR_USER_AGENT
    for telling in ("human", "rights", "research", "amanat", "monitor"):
        assert telling not in agent.lower()


def test_the_user_agent_comes_from_the_setting(settings) -> None:
    settings.MONITOR_USER_AGENT = "Mozilla/5.0 (compatible; NewsReader/2.1)"
    fetcher = PoliteFetcher()
    assert fetcher.user_agent == "Mozilla/5.0 (compatible; NewsReader/2.1)"
    assert robots_token(fetcher.user_agent) == "NewsReader"
    assert robots_token("Plain/3.0 extra") == "Plain"


def test_robots_txt_disallow_is_respected_for_our_agent(fetcher, opener) -> None:
    opener.routes["https://news.example.org/members/list"] = (b"<p>x</p>", "text/html")
    result = read_page("https://news.example.org/members/list", fetcher)
    assert result == Skipped("https://news.example.org/members/list", "disallowed by robots.txt")
    assert "https://news.example.org/members/list" not in opener.urls()


def test_an_unreachable_robots_txt_means_no_crawling(sleeps) -> None:
    opener = FakeOpener(routes={"https://down.example.org/robots.txt": 503})
    fetcher = PoliteFetcher(opener=opener, sleep=sleeps.sleep, clock=sleeps.clock)
    result = read_page("https://down.example.org/a", fetcher)
    assert isinstance(result, Skipped)
    assert result.reason == "disallowed by robots.txt"


def test_a_missing_robots_txt_allows_the_site(fetcher, opener) -> None:
    opener.routes["https://open.example.org/a"] = (fixture_bytes("article.html"), "text/html")
    assert isinstance(read_page("https://open.example.org/a", fetcher), RawArticle)


def test_requests_to_one_host_wait_their_turn(fetcher, opener, sleeps) -> None:
    read_page(ARTICLE, fetcher)
    read_page(ARTICLE, fetcher)
    # robots.txt, page, page: the clock stands still, so each later request waits 5 s.
    assert sleeps.waits == [5.0, 5.0]


def test_a_timeout_is_retried_with_backoff_then_given_up(opener, sleeps) -> None:
    url = "https://news.example.org/slow"
    opener.routes[url] = TimeoutError("timed out")
    fetcher = PoliteFetcher(opener=opener, sleep=sleeps.sleep, clock=sleeps.clock,
                            min_interval=0, attempts=3, backoff=2.0)  # fmt: skip
    result = read_page(url, fetcher)
    assert result == Skipped(url, "timeout after 3 attempts")
    assert opener.urls().count(url) == 3
    assert sleeps.waits == [2.0, 4.0]


def test_a_timeout_then_success_is_fetched(opener, sleeps) -> None:
    url = "https://news.example.org/flaky"
    answers = iter([TimeoutError("timed out"), (fixture_bytes("article.html"), "text/html")])
    opener.routes[url] = lambda: next(answers)
    fetcher = PoliteFetcher(opener=opener, sleep=sleeps.sleep, clock=sleeps.clock, min_interval=0)
    assert isinstance(read_page(url, fetcher), RawArticle)


def test_a_client_error_is_not_retried(fetcher, opener) -> None:
    result = read_page("https://news.example.org/gone", fetcher)
    assert result == Skipped("https://news.example.org/gone", "HTTP 404")
    assert opener.urls().count("https://news.example.org/gone") == 1


def test_an_oversized_page_is_skipped_by_header_or_by_counting(fetcher, opener) -> None:
    big = "https://news.example.org/big"
    opener.routes[big] = (b"<p>" + b"x" * 2000 + b"</p>", "text/html")
    small_cap = PoliteFetcher(opener=opener, sleep=fetcher.sleep, clock=fetcher.clock,
                              max_bytes=1000)  # fmt: skip
    assert read_page(big, small_cap) == Skipped(big, "too large (more than 1000 bytes)")
    declared = "https://news.example.org/declared"
    opener.routes[declared] = (b"<p>small</p>", "text/html")
    opener.headers[declared] = {"Content-Length": str(11 * 1024 * 1024)}
    result = read_page(declared, fetcher)
    assert isinstance(result, Skipped)
    assert result.reason.startswith("too large (11534336 bytes")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "javascript:x"])
def test_only_http_urls_are_fetched(fetcher, opener, url: str) -> None:
    with pytest.raises(FetchError, match=r"^not an http\(s\) URL"):
        fetcher.get(url)
    assert opener.requests == []


def test_a_pdf_is_not_taken_for_a_web_page(fetcher, opener) -> None:
    opener.routes["https://news.example.org/report.pdf"] = (b"%PDF-1.7", "application/pdf")
    result = read_page("https://news.example.org/report.pdf", fetcher)
    assert result == Skipped(
        "https://news.example.org/report.pdf", "not a web page (application/pdf)"
    )


def test_a_csv_of_urls_fetches_each_and_skips_bad_rows(fetcher) -> None:
    items = list(read_csv(fixture_bytes("urls.csv"), "urls.csv", fetcher))
    article, bad, private = items
    assert isinstance(article, RawArticle)
    assert article.outlet == "Wire (CSV)"
    assert bad == Skipped("urls.csv:3", "not an http(s) URL")
    assert private == Skipped("https://news.example.org/members/secret", "disallowed by robots.txt")


def test_a_csv_without_a_url_column_is_skipped(fetcher) -> None:
    assert list(read_csv(b"link\nhttps://x.example\n", "bad.csv", fetcher)) == [
        Skipped("bad.csv", "no 'url' column in the CSV header")
    ]


def test_an_email_gives_subject_sender_date_and_plain_text() -> None:
    from amanat.monitor.sources.files import mail_from_bytes

    mail = mail_from_bytes(fixture_bytes("newsletter.eml"), "alert.eml")
    assert isinstance(mail, RawArticle)
    assert mail.title.startswith("Alert: Kazakh activist")
    assert mail.outlet == "Rights Alerts <alerts@rights.example.org>"
    assert mail.published_on == date(2020, 10, 22)
    assert "threatening phone calls telling him to stop giving interviews" in mail.text
    assert "HTML version" not in mail.text


def test_a_folder_is_read_in_name_order_and_unsupported_files_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("First line title\n\nBody of the article.", encoding="utf-8")
    (tmp_path / "b.html").write_bytes(fixture_bytes("article.html"))
    (tmp_path / "c.eml").write_bytes(fixture_bytes("newsletter.eml"))
    (tmp_path / "d.pdf").write_bytes(b"%PDF-1.7")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    items = list(read_path(tmp_path))
    assert [type(item).__name__ for item in items] == ["RawArticle"] * 3 + ["Skipped"]
    assert items[0].title == "First line title"
    assert items[3] == Skipped(str(tmp_path / "d.pdf"), "unsupported file type (.pdf)")


def test_a_missing_path_is_skipped_and_the_other_sources_still_come(tmp_path, fetcher) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nSome text.", encoding="utf-8")
    locations = [("path", str(tmp_path / "nope")), ("path", str(tmp_path)),
                 ("csv", str(tmp_path / "missing.csv")), ("page", ARTICLE)]  # fmt: skip
    items = list(collect.items(locations, fetcher))
    assert items[0] == Skipped(str(tmp_path / "nope"), "no such file or folder")
    assert isinstance(items[1], RawArticle)
    assert isinstance(items[2], Skipped)
    assert items[2].reason.startswith("unreadable")
    assert isinstance(items[3], RawArticle)


def test_an_empty_or_textless_page_is_skipped() -> None:
    assert page_from_html(b"", "https://x.example/") == Skipped("https://x.example/", "empty page")
    result = page_from_html(b"<html><head></head><body></body></html>", "https://x.example/")
    assert result == Skipped("https://x.example/", "no main text found on the page")


def test_the_sleeps_fixture_never_sleeps_for_real() -> None:
    sleeps = Sleeps()
    sleeps.sleep(3600)
    assert sleeps.now == 4600.0
