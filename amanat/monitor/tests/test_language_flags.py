"""Language identification: Uyghur, Chinese, Turkish, Russian, Persian and English are
recognised and flagged; the script decides where the statistical model is known to stumble."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.lang import WATCHED, identify

SAMPLES = {
    "ug": "نورۋېگىيەدە ياشايدىغان ئۇيغۇر شائىر، بەش يىلدىن بېرى ئائىلىسى بىلەن ئالاقىسى "
          "ئۈزۈلۈپ كەتكەنلىكىنى ئېيتتى.",
    "zh": "一名居住在阿德莱德的维吾尔族男子说，他多次接到自称中国警察的人打来的威胁电话。",
    "tr": "İstanbul'da yaşayan Uygur öğretmen, babasının Hoten'deki polis tarafından gözaltına "
          "alındığını söyledi.",
    "ru": "Этнический казах из Синьцзяна, живущий в Алматы, рассказал, что ему звонили с "
          "угрозами и требовали прекратить давать интервью.",
    "en": "A Uyghur schoolteacher living in Istanbul says police in his hometown detained his "
          "father after he spoke at a protest.",
    "fa": "یک روزنامه‌نگار ایرانی که در لندن زندگی می‌کند گفت مأموران اطلاعاتی پدرش را در "
          "تهران احضار کرده‌اند.",
}  # fmt: skip


@pytest.mark.parametrize(("code", "text"), SAMPLES.items())
def test_each_watched_language_is_identified_and_flagged(code: str, text: str) -> None:
    guess = identify(text)
    assert guess.code == code
    assert guess.watched


def test_the_watched_languages_are_the_six_the_issues_name() -> None:
    assert {"ug", "zh", "tr", "ru", "en", "fa"} == WATCHED


def test_uyghur_is_told_from_arabic_and_persian_by_its_letters() -> None:
    assert identify(SAMPLES["ug"]).method == "script"
    arabic = identify("قال المعلم إن الشرطة احتجزت والده بعد أن تحدث في احتجاج أمام القنصلية.")
    assert arabic.code == "ar"
    assert not arabic.watched
    persian = identify(
        "روزنامه‌نگاری که در لندن زندگی می‌کند می‌گوید مأموران اطلاعاتی والدینش را احضار کردند."
    )
    assert persian.code == "fa"


def test_a_short_chinese_headline_is_chinese_not_a_dialect() -> None:
    assert identify("香港警方悬赏通缉民主派人士").code == "zh"


def test_japanese_with_kana_is_not_taken_for_chinese() -> None:
    assert identify("東京でウイグル人の集会が開かれました。").code == "ja"


def test_other_cyrillic_languages_keep_their_code() -> None:
    kazakh = identify("Алматыда тұратын белсенді шетелдік БАҚ-қа сұхбат беруді тоқтатуды талап "
                      "еткен қоңыраулар алғанын айтты.")  # fmt: skip
    assert kazakh.code in {"kk", "ky"}
    assert identify("Бишкек").script == "cyrillic"


def test_an_english_article_quoting_uyghur_is_english() -> None:
    text = SAMPLES["en"] * 3 + " He wrote: «ئانام بىلەن سۆزلىشىش»."
    assert identify(text).code == "en"


def test_text_without_letters_is_undetermined() -> None:
    assert identify("12345 ... 678 !!!").code == "und"


def test_the_remembered_word_walk_scores_every_text_exactly_as_py3langid() -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from amanat.monitor.nlp.lang import _identifier

    plain = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    walker = _identifier()
    assert type(walker) is not LanguageIdentifier  # the fast path is the one in use
    texts = [*SAMPLES.values(), "", " ", "  two  spaces ", "ÄÖÜ x", "one" * 600, "!!!"]
    for text in texts + texts:  # the second time from the remembered walks
        assert walker._decide(text).tobytes() == plain._decide(text).tobytes()
        assert walker.classify(text) == plain.classify(text)


def test_the_wide_feature_table_follows_a_change_of_languages() -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from amanat.monitor.nlp.lang import _word_walker

    walker = _word_walker(LanguageIdentifier).from_model_file(MODEL_FILE, norm_probs=True)
    plain = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    text = SAMPLES["tr"]
    assert walker._decide(text).tobytes() == plain._decide(text).tobytes()
    for identifier in (walker, plain):
        identifier.set_languages(["tr", "az", "en"])
    assert walker._decide(text).tobytes() == plain._decide(text).tobytes()
    assert walker._table().shape == plain.nb_ptc.shape


def test_the_arabic_script_letter_counts_are_those_of_the_letter_classes() -> None:
    import re

    from amanat.monitor.nlp import lang
    from amanat.monitor.tests.conftest import CORPUS

    texts = [*SAMPLES.values(), "", "ـ ؀ ۿ ݐ \U0001f600 ٹ", "x" + "\ud800"]
    for path in sorted(CORPUS.glob("*/*.txt"))[::4]:
        texts.append(path.read_text(encoding="utf-8", errors="replace")[: lang._SAMPLE_CHARS])
    arabic_texts = 0
    for text in texts:
        arabic = len(lang._ARABIC.findall(text))
        assert lang._arabic_letters(text) == arabic
        for letters in (lang._UYGHUR_LETTERS, lang._PERSIAN_LETTERS):
            assert lang._count_of(letters, text) == len(re.findall(f"[{letters}]", text))
        arabic_texts += arabic > 0
    assert arabic_texts > 20
