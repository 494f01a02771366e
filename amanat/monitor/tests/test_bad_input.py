"""Bad input — empty pages, binary junk, 10 MB pages, broken encodings, mixed scripts — is
skipped with a reason in the log, and the run goes on with the next article."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from amanat.monitor import actions, collect
from amanat.monitor.models import Article
from amanat.monitor.nlp import normalise, pipeline
from amanat.monitor.nlp.corpus import Folder, Label
from amanat.monitor.sources import RawArticle, Skipped
from amanat.monitor.sources.fetch import PoliteFetcher
from amanat.monitor.sources.files import read_file
from amanat.monitor.sources.web import page_from_html
from amanat.monitor.tests.conftest import CORPUS, FakeOpener, fixture_bytes

GOOD = (CORPUS / "labelled" / "001.txt").read_text(encoding="utf-8")
TEN_MB = normalise.MAX_BYTES
SCRIPT_SOUP = ("Uyghur полиция 警察 الشرطة αστυνομία " * 40).strip()
HOMOGLYPHS = " ".join(["Uуghur pоlice cаlled hеr fаther"] * 30)  # Cyrillic у о а е inside words
MOJIBAKE = ("Ã¼Ã§ gÃ¼n sonra polis babasÄ±nÄ± gÃ¶zaltÄ±na aldÄ± " * 20).strip()


def _reason_for_text(text: str) -> str | None:
    return normalise.problem(normalise.clean(text))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty text"),
        (" \n\t \u200b ", "empty text"),
        ("Short.", "too short"),
        ("<td>1</td><td>2</td>" * 200, "binary junk or markup"),
        ("\ufffd" * 50 + GOOD, "broken encoding (replacement characters)"),
        (MOJIBAKE, "broken encoding (mojibake"),
        (SCRIPT_SOUP, "mixed scripts ("),
        (HOMOGLYPHS, "mixed scripts inside words"),
        ("x" * (normalise.MAX_CHARS + 1), "too large"),
    ],
)
def test_each_kind_of_bad_text_gets_its_reason(text: str, reason: str) -> None:
    found = _reason_for_text(text)
    assert found is not None
    assert found.startswith(reason), found


def test_a_short_report_naming_a_group_in_two_scripts_is_read() -> None:
    report = ("Основательницу «НеМолчиKZ» объявили в розыск. С 27 декабря 2023 года Динара "
              "Смаилова, уехавшая из Казахстана, значится в национальной базе разыскиваемых. "
              "МВД ведёт против неё шесть уголовных дел. Смаилова связывает дела со своей "
              "правозащитной работой.")  # fmt: skip
    assert _reason_for_text(report) is None


def test_a_short_text_with_mixed_words_past_the_floor_is_garble() -> None:
    words = "Сmаилова значится в базе. Пoлиция ведёт дела против неё, пишет газета сегодня."
    text = " ".join([words] * 2)  # two mixed words each time (Latin m and o among Cyrillic)
    found = _reason_for_text(text)
    assert found is not None
    assert found.startswith("mixed scripts inside words"), found


def test_a_bilingual_article_is_not_mixed_script_junk() -> None:
    quoted = GOOD + "\n\nHe wrote in Uyghur: «ئانام بىلەن سۆزلىشىش ئۈچۈن» and in Chinese: 回家。"
    assert _reason_for_text(quoted) is None


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (bytes(range(256)) * 50, "binary content (NUL bytes)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 100, "binary content (NUL bytes)"),
        ("Польская полиция задержала активиста".encode("cp1251") * 20, "broken encoding"),
        (b"a " * (TEN_MB // 2 + 1), "too large"),
        (b"\xef\xbb\xbf" + b"ok \xff\xfe broken", "broken encoding (utf-8-sig"),
    ],
)
def test_each_kind_of_bad_bytes_gets_its_reason(data: bytes, reason: str) -> None:
    with pytest.raises(normalise.BadInput) as caught:
        normalise.decode(data)
    assert caught.value.reason.startswith(reason)


def test_a_declared_charset_is_honoured() -> None:
    data = "Польская полиция задержала активиста".encode("cp1251")
    assert normalise.decode(data, "windows-1251").text.startswith("Польская")


def test_one_stray_byte_in_utf8_is_repaired_not_refused() -> None:
    data = GOOD.encode() + b" \xff"
    decoded = normalise.decode(data, "no-such-charset")
    assert decoded.encoding == "utf-8 (repaired)"
    assert decoded.text.endswith("\ufffd")


def test_a_ten_megabyte_page_is_skipped_before_extraction() -> None:
    page = b"<html><body><p>" + b"word " * (TEN_MB // 5) + b"</p></body></html>"
    result = page_from_html(page, "https://big.example/")
    assert isinstance(result, Skipped)
    assert result.reason.startswith("too large")


def test_a_ten_megabyte_file_is_skipped_without_being_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(TEN_MB + 1)
    assert read_file(big) == Skipped(str(big), f"too large ({TEN_MB + 1} bytes > {TEN_MB})")


def test_the_evaluation_skips_a_junk_file_and_scores_the_rest() -> None:
    folder = Folder(Path("mem"), [Label("a.txt", True), Label("b.txt", False)],
                    {"a.txt": GOOD.encode(), "b.txt": bytes(range(256)) * 10})  # fmt: skip
    run = pipeline.predict_folder(folder)
    assert run.skipped == {"b.txt": "binary content (NUL bytes)"}
    assert [p.file for p in run.predictions] == ["a.txt", "b.txt"]
    assert run.predictions[0].is_tnr
    assert not run.predictions[1].is_tnr


@pytest.mark.django_db
def test_an_ingest_run_logs_every_skip_and_stores_the_good_articles(
    org_a, tmp_path: Path, caplog
) -> None:
    files = {
        "01-good.txt": GOOD.encode(),
        "02-empty.txt": b"",
        "03-junk.txt": bytes(range(256)) * 40,
        "04-cp1251.txt": "Польская полиция задержала активиста".encode("cp1251") * 30,
        "05-mojibake.txt": MOJIBAKE.encode(),
        "06-soup.txt": SCRIPT_SOUP.encode(),
        "07-empty.html": b"<html><body>  </body></html>",
        "08-good.eml": fixture_bytes("newsletter.eml"),
        "09-binary.pdf": b"%PDF-1.7\x00\x01",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    with (tmp_path / "10-big.html").open("wb") as handle:
        handle.truncate(TEN_MB + 1)
    with caplog.at_level(logging.WARNING, logger="amanat.monitor"):
        items = collect.items([("path", str(tmp_path))], PoliteFetcher(opener=FakeOpener()))
        report = actions.ingest(org_a.organisation, items)
    assert report.added == 2
    reasons = {Path(where).name: reason for where, reason in report.skipped}
    assert reasons == {
        "02-empty.txt": "empty text",
        "03-junk.txt": "binary content (NUL bytes)",
        "04-cp1251.txt": "broken encoding (neither UTF-8 nor the declared charset)",
        "05-mojibake.txt": reasons["05-mojibake.txt"],
        "06-soup.txt": reasons["06-soup.txt"],
        "07-empty.html": "no main text found on the page",
        "09-binary.pdf": "unsupported file type (.pdf)",
        "10-big.html": f"too large ({TEN_MB + 1} bytes > {TEN_MB})",
    }
    assert reasons["05-mojibake.txt"].startswith("broken encoding (mojibake")
    assert reasons["06-soup.txt"].startswith("mixed scripts")
    assert sum("monitor: skipped" in message for message in caplog.messages) == 8
    assert Article.objects.count() == 2


@pytest.mark.django_db
def test_a_raw_article_with_junk_text_is_skipped_too(org_a) -> None:
    items = [RawArticle(url="https://x.example/1", text="\x00\x01\x02" * 100),
             RawArticle(url="https://x.example/2", text=GOOD)]  # fmt: skip
    report = actions.ingest(org_a.organisation, items)
    assert report.added == 1
    assert report.skipped[0][0] == "https://x.example/1"
