"""bench/delexicalise.py and bench/monitor_delexveto.py: names, states, places and dates leave
the text in every language on invented sentences, the veto only ever turns long positives
negative, the training splits are the read ones, and an unknown set is refused with exit 2."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from amanat.monitor.nlp import corpus
from amanat.monitor.nlp.tagging import analyse
from bench import delexicalise, monitor_delexveto

ROOT = Path(__file__).resolve().parents[3]
COMMON = Counter({w: 5 for w in ("the", "police", "journalist", "они", "полиция", "журналист")})


def delex(text: str, language: str, lower: Counter[str] = COMMON) -> str:
    return delexicalise.delexicalise(text, analyse(text, language), lower)


def test_english_names_states_places_and_dates_become_placeholders() -> None:
    out = delex("The journalist Ahmet Yilmaz was detained in Istanbul on 3 March 2019 at the "
                "request of China. Police said 12 officers came.", "en")  # fmt: skip
    assert out == ("The journalist ⟨NAME⟩ ⟨NAME⟩ was detained in ⟨PLACE:in⟩ on ⟨DATE⟩ at the "
                   "request of ⟨STATE:request⟩. Police said 00 officers came.")  # fmt: skip


def test_a_sentence_opening_name_goes_but_a_sentence_opening_word_stays() -> None:
    out = delex("Khashoggi was killed. The police came. Police officers left.", "en")
    assert out == "⟨NAME⟩ was killed. The police came. Police officers left."


def test_a_headline_in_title_case_keeps_its_common_words() -> None:
    out = delex("Police Detain Journalist Marat Bekov\nThe police said nothing.", "en")
    assert out.splitlines()[0] == "Police ⟨NAME⟩ Journalist ⟨NAME⟩ ⟨NAME⟩"


def test_russian_names_are_masked_and_common_words_kept() -> None:
    out = delex("Полиция задержала журналиста Ивана Петрова в Стамбуле по запросу России. "
                "Они молчат.", "ru", Counter({"полиция": 3, "они": 3}))  # fmt: skip
    assert out == ("Полиция задержала журналиста ⟨NAME⟩ ⟨NAME⟩ в ⟨PLACE:in⟩ по запросу "
                   "⟨STATE:request⟩. Они молчат.")  # fmt: skip


def test_turkish_names_keep_no_suffix_of_their_own() -> None:
    out = delex("Uygur aktivist Abdulla Kerim'in evi, Çin'in talebiyle 2020'de arandı.", "tr")
    assert out == ("⟨STATE:national⟩ aktivist ⟨NAME⟩ ⟨NAME⟩ evi, ⟨STATE:request⟩ talebiyle "
                   "⟨DATE⟩ arandı.")  # fmt: skip


def test_chinese_interpunct_names_and_states_are_masked() -> None:
    out = delex("律师韦罗妮卡·科曼遭到中国警方拘留，2019年被遣返中国。", "zh")
    assert "罗妮卡" not in out
    assert "科曼" not in out
    assert "⟨STATE:actor⟩警方拘留" in out
    assert "被遣返⟨STATE:destination⟩" in out


def test_persian_has_only_the_monitors_spans_and_its_digits_masked() -> None:
    out = delex("یک روزنامه‌نگار ایرانی در استانبول به درخواست ایران در سال ۱۴۰۰ بازداشت شد.", "fa")
    assert out == ("یک روزنامه‌نگار ⟨STATE:national⟩ در ⟨PLACE:in⟩ به درخواست ⟨STATE:request⟩ "
                   "در سال 0000 بازداشت شد.")  # fmt: skip


def test_uyghur_has_only_the_monitors_spans_masked() -> None:
    out = delex("ئۇيغۇر پائالىيەتچى تۈركىيەدە خىتاينىڭ تەلىپى بىلەن تۇتۇلدى.", "ug")
    assert "⟨STATE:request⟩ تەلىپى بىلەن تۇتۇلدى." in out
    assert "خىتاي" not in out


def test_without_an_analysis_only_names_and_digits_go() -> None:
    out = delexicalise.delexicalise("Then Ali Demir paid 500 euros.", None, Counter({"then": 3}))
    assert out == "Then ⟨NAME⟩ ⟨NAME⟩ paid 000 euros."


def test_a_placeholder_is_one_word_for_the_word_model() -> None:
    grams = monitor_delexveto.word_grams("deported to ⟨STATE:destination⟩ by ⟨NAME⟩")
    assert grams[:5] == ["deported", "to", "⟨STATE:destination⟩", "by", "⟨NAME⟩"]
    assert "to ⟨STATE:destination⟩" in grams


def test_a_placeholder_is_one_character_for_the_character_model() -> None:
    out = monitor_delexveto.one_character_placeholders("a ⟨NAME⟩ b ⟨NAME⟩ c ⟨DATE⟩")
    assert len(out) == len("a x b x c x")
    assert out[2] == out[6] != out[10]


def _label(file: str, is_tnr: bool) -> corpus.Label:
    return corpus.Label(file, is_tnr, tactics=("detention",) if is_tnr else ())


def test_the_veto_turns_only_long_positives_below_the_threshold_negative() -> None:
    labels = [_label("a", True), _label("b", True), _label("c", True), _label("d", False)]
    p: dict[str, float | None] = {"a": 0.2, "b": 0.8, "c": None, "d": 0.1}
    out = monitor_delexveto.veto(labels, p, 0.5)
    assert [label.is_tnr for label in out] == [False, True, True, False]
    assert out[0].tactics == ()
    assert out[1].tactics == ("detention",)


def test_only_read_splits_train_the_model() -> None:
    unread = {s for split in monitor_delexveto.SETS.values() for s in split}
    assert not unread & set(monitor_delexveto.READ)
    assert "tnr-heldout" not in monitor_delexveto.READ
    assert unread == {f"tnr-fresh{n}" for n in range(18, 32)}


@pytest.mark.parametrize("argument", ["tnr-heldout", "read"])
def test_an_unknown_set_is_refused_with_exit_code_2(argument: str) -> None:
    done = subprocess.run([sys.executable, "-m", "bench.monitor_delexveto", "--set", argument],
                          cwd=ROOT, capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 2
    assert f"invalid choice: '{argument}'" in done.stderr
    assert done.stdout == ""
