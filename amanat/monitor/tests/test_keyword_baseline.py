"""bench/monitor_keywords.py: the frozen 20-line English list tags English wording of a tactic,
leaves other languages alone, and refuses a split it does not know with a clear error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bench import monitor_keywords

ROOT = Path(__file__).resolve().parents[3]


def test_the_list_has_twenty_lines_over_the_codebook_tactics() -> None:
    codes = {code for code, _ in monitor_keywords.KEYWORDS}
    assert len(monitor_keywords.KEYWORDS) == 20
    assert {"threat_to_family", "interpol_abuse", "deportation", "assassination"} <= codes


def test_an_english_sentence_is_tagged_with_the_tactics_it_words() -> None:
    text = ("Police in her home town questioned her parents, and weeks later Interpol "
            "published a red notice at the request of the government she had fled.")  # fmt: skip
    assert monitor_keywords.tag(text) == ("threat_to_family", "interpol_abuse")


def test_a_sentence_in_another_language_is_left_untagged() -> None:
    text = "他的父母在老家被警察约谈，当局要求他停止在海外的维权活动，否则将面临后果。"
    assert monitor_keywords.tag(text) == ()


def test_an_unknown_split_is_refused_with_exit_code_2_and_its_name() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench.monitor_keywords", "--out", "/nonexistent/kw", "tnr-nosuch"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "unknown split tnr-nosuch" in done.stderr
    assert "tnr-dev" in done.stderr  # the message lists the splits that exist
    assert done.stdout == ""
