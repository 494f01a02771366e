"""The development and held-out corpora keep the shape issue 12 asks of them: big enough, many
origin states, many look-alikes, every language, a source for every text, and a held-out split
by origin state that no development text touches (so its scores stay an honest estimate)."""

from __future__ import annotations

import csv
from collections import Counter

from amanat.monitor.tests.conftest import CORPUS
from amanat.monitor.tests.corpus_shapes import (
    LANGUAGES,
    assert_a_source_for_every_text,
    assert_stories_new_to_every_other_split,
    blind_split,
    labels_of,
    origin_states,
)

DEV, HELDOUT = CORPUS / "tnr-dev", CORPUS / "tnr-heldout"
OTHER_SPLITS = ("tnr-dev", "tnr-heldout", "tnr-blind", "labelled", "holdout", "seeds")
FRESH, FRESH2 = CORPUS / "tnr-fresh", CORPUS / "tnr-fresh2"
FRESH3 = CORPUS / "tnr-fresh3"


def test_the_development_corpus_has_at_least_250_texts_and_40_percent_lookalikes() -> None:
    labels = labels_of(DEV)
    assert len(labels) >= 250
    assert sum(not label.is_tnr for label in labels) / len(labels) >= 0.4


def test_the_two_splits_cover_at_least_30_origin_states_and_never_share_one() -> None:
    dev, heldout = origin_states(labels_of(DEV)), origin_states(labels_of(HELDOUT))
    assert len(dev | heldout) >= 30
    assert not dev & heldout


def test_the_development_corpus_has_30_texts_in_each_language_besides_english() -> None:
    counts = Counter(label.lang or "en" for label in labels_of(DEV))
    assert all(counts[lang] >= 30 for lang in LANGUAGES), counts


def test_story_groups_include_translations_and_a_person_in_two_separate_stories() -> None:
    labels = labels_of(DEV)
    languages_by_group: dict[str, set[str]] = {}
    for label in labels:
        if label.story_group:
            languages_by_group.setdefault(label.story_group, set()).add(label.lang or "en")
    assert sum(len(langs) >= 3 for langs in languages_by_group.values()) >= 10
    # "Same person, different event": e.g. the 2014 rendition and the 2018 release of one man.
    text = {label.file: (DEV / label.file).read_text(encoding="utf-8") for label in labels}
    groups = {label.story_group for label in labels if "Andargachew" in text[label.file]}
    assert {"et-andargachew-2014", "lk-andargachew-release-2018"} <= groups


def test_every_text_has_one_source_address_and_every_address_is_https_or_http() -> None:
    for folder in (DEV, HELDOUT, FRESH, FRESH2, FRESH3):
        with (folder / "SOURCES.tsv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        files = [row["file"] for row in rows]
        assert sorted(files) == sorted(label.file for label in labels_of(folder))
        assert len(files) == len(set(files))
        assert all(row["source"].startswith(("https://", "http://")) for row in rows)


def test_the_fresh_round_names_origin_states_that_no_other_split_has() -> None:
    fresh = origin_states(labels_of(FRESH))
    others = set().union(*(origin_states(labels_of(CORPUS / name)) for name in OTHER_SPLITS))
    assert len(fresh) >= 3
    assert not fresh & others


def test_the_second_fresh_round_names_four_origin_states_that_no_earlier_split_has() -> None:
    fresh2 = origin_states(labels_of(FRESH2))
    earlier = (*OTHER_SPLITS, "tnr-fresh")
    others = set().union(*(origin_states(labels_of(CORPUS / name)) for name in earlier))
    assert len(fresh2) >= 4
    assert not fresh2 & others


def test_the_second_fresh_round_has_lookalikes_and_three_texts_in_each_language() -> None:
    labels = labels_of(FRESH2)
    assert sum(not label.is_tnr for label in labels) / len(labels) >= 0.3
    counts = Counter(label.lang or "en" for label in labels)
    assert all(counts[lang] >= 3 for lang in ("en", *LANGUAGES)), counts


def test_the_third_fresh_round_is_new_stories_of_the_big_perpetrator_states() -> None:
    """tnr-fresh3 estimates the issue's held-out corpus: its states are mostly ones the rules
    were written on, so its stories must be new ones, not its states."""
    labels = labels_of(FRESH3)
    assert len(labels) >= 36
    assert len(origin_states(labels)) >= 10
    assert sum(not label.is_tnr for label in labels) / len(labels) >= 0.3
    counts = Counter(label.lang or "en" for label in labels)
    assert all(counts[lang] >= 5 for lang in ("en", *LANGUAGES)), counts
    earlier = {
        label.story_group
        for name in (*OTHER_SPLITS, "tnr-fresh", "tnr-fresh2")
        for label in labels_of(CORPUS / name)
    }
    assert not {label.story_group for label in labels} & earlier


def test_the_sixth_fresh_round_is_a_blind_estimate_of_events_from_2020_on() -> None:
    """tnr-fresh6 (f6-001 … f6-042): 42 blind texts, 25 TNR and 17 look-alikes, 12 origin states,
    20 in English and at least four in each other language; its stories are new to every split."""
    folder = CORPUS / "tnr-fresh6"
    labels = labels_of(folder)
    assert len(labels) == 42
    assert sum(label.is_tnr for label in labels) == 25
    assert sum(not label.is_tnr for label in labels) == 17
    assert all(label.origin_state is None for label in labels if not label.is_tnr)
    assert " ".join(sorted(origin_states(labels))) == "BY CN EG ER IN IR RU RW SA TJ TR VN"
    counts = Counter(label.lang or "en" for label in labels)
    assert counts["en"] == 20
    assert all(counts[lang] >= 4 for lang in LANGUAGES), counts
    assert_a_source_for_every_text(folder, labels)
    assert_stories_new_to_every_other_split(folder, labels)


def test_the_fifth_fresh_round_is_a_blind_estimate_of_new_stories_dated_2019_or_earlier() -> None:
    """tnr-fresh5 (41 blind texts, events of 2019 or earlier): 24 TNR and 17 look-alikes, ten
    origin states, 20 English texts and at least four in each other language, a source for every
    text, no story group shared with another split, and one person in two separate stories."""
    folder = CORPUS / "tnr-fresh5"
    labels = labels_of(folder)
    assert len(labels) == 41
    assert sum(label.is_tnr for label in labels) == 24
    assert len(origin_states(labels)) == 10
    counts = Counter(label.lang or "en" for label in labels)
    assert counts["en"] == 20
    assert all(counts[lang] >= 4 for lang in LANGUAGES), counts
    assert_a_source_for_every_text(folder, labels)
    assert_stories_new_to_every_other_split(folder, labels)
    groups = {label.story_group for label in labels}
    assert {"sa-rahaf-bangkok-2019", "lk-rahaf-canada-2019"} <= groups


def test_the_seventh_fresh_round_is_a_second_blind_estimate_of_new_events() -> None:
    """tnr-fresh7 (32 blind texts, events of any year): 18 TNR and 14 look-alikes, twelve
    origin states, 14 English texts and at least three in each other language, a source for
    every text, no story group shared with another split, and Wael Ghonim in two separate
    stories (his 2011 release in Cairo, a look-alike; his brother's 2019 arrest, TNR)."""
    counts, groups = blind_split("tnr-fresh7", texts=32, tnr=18, origins=12, english=14)
    assert all(counts[lang] >= 3 for lang in LANGUAGES), counts
    assert {"eg-ghonim-brother-2019", "lk-ghonim-release-2011"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 3


def test_the_eighth_fresh_round_is_a_third_blind_estimate_of_new_events() -> None:
    """tnr-fresh8 (38 blind texts, events of any year): 22 TNR and 16 look-alikes, sixteen
    origin states, 17 English texts and at least four in each other language, a source for
    every text, no story group shared with another split, eight stories told twice, and
    Sviatlana Tsikhanouskaya in two separate stories (her 2023 sentence in absentia, TNR; the
    2020 Sakharov Prize, a look-alike)."""
    counts, groups = blind_split("tnr-fresh8", texts=38, tnr=22, origins=16, english=17)
    assert all(counts[lang] >= 4 for lang in LANGUAGES), counts
    assert {"by-tsikhanouskaya-absentia-2023", "lk-sakharov-belarus-2020"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 8


def test_the_ninth_fresh_round_is_a_fourth_blind_estimate_of_new_events() -> None:
    """tnr-fresh9 (39 blind texts, events of any year): 23 TNR and 16 look-alikes, fifteen
    origin states, 18 English texts and at least four in each other language, a source for
    every text, no story group shared with another split, thirteen stories told twice, and Can
    Dündar in two separate stories (his 2020 sentence in absentia, TNR; the 2016 verdict and
    courthouse shooting in Istanbul, a look-alike)."""
    counts, groups = blind_split("tnr-fresh9", texts=39, tnr=23, origins=15, english=18)
    assert all(counts[lang] >= 4 for lang in LANGUAGES), counts
    assert {"tr-dundar-absentia-2020", "lk-dundar-verdict-2016"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 13


def test_the_tenth_fresh_round_is_a_fifth_blind_estimate_of_new_events() -> None:
    """tnr-fresh10 (40 blind texts, events of any year): 25 TNR and 15 look-alikes, twelve
    origin states, 20 English texts and four in each other language, a source for every
    text, no story group shared with another split, nine stories told twice, and two
    "same person, different event" traps: Gulchehra Hoja (her relatives' detention in 2018,
    TNR; her 2023 memoir, a look-alike) and Carmen Lau (the February 2025 "wanted" letters
    and the November 2025 fake explicit letters, two TNR stories)."""
    counts, groups = blind_split("tnr-fresh10", texts=40, tnr=25, origins=12, english=20)
    assert all(counts[lang] == 4 for lang in LANGUAGES), counts
    assert {"cn-hoja-relatives-2018", "lk-hoja-memoir-2023"} <= set(groups)
    assert {"cn-carmen-lau-letters-2025", "cn-carmen-lau-deepfake-2025"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 9


def test_the_eleventh_fresh_round_is_a_sixth_blind_estimate_of_new_events() -> None:
    """tnr-fresh11 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eleven
    origin states, 20 English texts and four in each other language, a source for every
    text, no story group shared with another split, twelve stories told twice, and one
    person in three separate stories: Moosa Mohammed (Moosa Abd-Ali Ali) as a FinFisher
    target in 2014 and as the protester beaten on Bahrain's London embassy roof in 2019 (both
    TNR), and as one of the two men on the same roof in 2012 (a look-alike)."""
    counts, groups = blind_split("tnr-fresh11", texts=40, tnr=24, origins=11, english=20)
    assert all(counts[lang] == 4 for lang in LANGUAGES), counts
    assert {
        "bh-finfisher-uk-2014",
        "bh-moosa-embassy-roof-2019",
        "lk-bahrain-embassy-roof-2012",
    } <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 12


def test_the_twelfth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh12 (40 blind texts, events of any year, written beside tnr-fresh11): 24 TNR and
    16 look-alikes, twelve origin states, 20 English texts and four in each other language, a
    source for every text, no story group shared with another split, thirteen stories told
    twice, and two "same person, different event" traps: Joao Maldonado (shot in 2021 and in
    2024, two TNR stories) and Yulia Navalnaya (her 2024 arrest in absentia, TNR; the Berlin
    march, a look-alike)."""
    counts, groups = blind_split("tnr-fresh12", texts=40, tnr=24, origins=12, english=20)
    assert all(counts[lang] == 4 for lang in LANGUAGES), counts
    assert {"ni-maldonado-escazu-2021", "ni-maldonado-sanjose-2024"} <= set(groups)
    assert {"ru-navalnaya-absentia-2024", "lk-berlin-march-2024"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 13


def test_the_thirteenth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh13 (40 blind texts, events of any year): 22 TNR and 18 look-alikes, seven
    origin states, 18 English texts, five each in Russian and Turkish and four each in Chinese,
    Uyghur and Persian, a source for every text, no story group shared with another split,
    thirteen stories told twice and four told three times, and two "same person, different
    event" traps: Umarali Kuvvatov (his 2014-15 detention in Istanbul and his 2015 killing, two
    TNR stories) and Tony Chung (his 2021 sentence at home, a look-alike; the 2024 bounty, TNR)."""
    counts, groups = blind_split("tnr-fresh13", texts=40, tnr=22, origins=7, english=18)
    assert counts["ru"] == 5
    assert counts["tr"] == 5
    assert all(counts[lang] >= 4 for lang in LANGUAGES), counts
    assert {"tj-kuvatov-istanbul-2015", "tj-kuvatov-detention-2014"} <= set(groups)
    assert {"cn-hk-bounties-2024-12-24", "lk-tony-chung-sentence-2021"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 13
    assert sum(1 for count in groups.values() if count == 3) == 4


def test_the_fourteenth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh14 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, nine origin
    states, 20 English texts and four in each other language, a source for every text, no story
    group shared with another split, eighteen stories told twice, and two "same person,
    different event" traps: Hamza Kashgari (his 2012 return from Kuala Lumpur, TNR; his 2013
    release at home, a look-alike) and Omar Abdulaziz (the 2018 envoys in Montreal and the 2020
    RCMP warning, two TNR stories)."""
    counts, groups = blind_split(
        "tnr-fresh14", texts=40, tnr=24, origins=9, english=20, sibling="tnr-fresh15"
    )
    assert all(counts[lang] == 4 for lang in LANGUAGES), counts
    assert {"sa-kashgari-kuala-lumpur-2012", "lk-kashgari-release-2013"} <= set(groups)
    assert {"sa-abdulaziz-montreal-envoys-2018", "sa-abdulaziz-rcmp-warning-2020"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 18


def test_the_fifteenth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh15 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, nine
    origin states, 20 English texts and four in each other language, a source for every
    text, no story group shared with another split, fifteen stories told twice and one three
    times, and two "same person, different event" traps: Sam Sokha (her 2018 return from
    Thailand, TNR; her 2024 arrival in Canada, a look-alike) and Seth Sendashonga (the 1996
    attempt on his life and his 1998 killing in Nairobi, two TNR stories)."""
    counts, groups = blind_split(
        "tnr-fresh15", texts=40, tnr=24, origins=9, english=20, sibling="tnr-fresh14"
    )
    assert all(counts[lang] == 4 for lang in LANGUAGES), counts
    assert {"kh-sam-sokha-thailand-2018", "lk-sam-sokha-canada-2024"} <= set(groups)
    assert {"rw-sendashonga-attempt-1996", "rw-sendashonga-nairobi-1998"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 15
    assert sum(1 for count in groups.values() if count == 3) == 1


def test_the_two_blind_splits_written_side_by_side_share_only_three_stories() -> None:
    """tnr-fresh14 and tnr-fresh15 were written at the same time by writers who could not see
    each other's branch; both chose Talip's transfer from Dubai, Yalçın's arrest in Barcelona and
    Kayishema's arrest in Paarl (their own texts, in other words and partly other languages)."""
    shared = {label.story_group for label in labels_of(CORPUS / "tnr-fresh14")} & {
        label.story_group for label in labels_of(CORPUS / "tnr-fresh15")
    }
    assert shared == {"cn-talip-dubai-2018", "tr-yalcin-barcelona-2017", "lk-kayishema-paarl-2023"}


def test_the_sixteenth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh16 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states (Azerbaijan, Belarus, Eritrea, Ethiopia, Kazakhstan, Laos, Thailand,
    Uzbekistan), 20 English texts and four in each other language, a source for every text, no
    story group shared with another split, seventeen stories told twice and one three times, and
    three "same person, different event" traps: Muratbek Ketebayev (held in Lublin in 2013 and in
    Madrid in 2014, two TNR stories), Muhammad Bekjanov (taken from Kyiv in 1999, TNR; freed at
    home in 2017, a look-alike) and Okello Ochalla (seized in South Sudan in 2014, TNR; sentenced
    in Addis Ababa in 2016, a look-alike)."""
    counts, groups = blind_split("tnr-fresh16", texts=40, tnr=24, origins=8, english=20)
    assert all(counts[lang] == 4 for lang in LANGUAGES), counts
    labels = labels_of(CORPUS / "tnr-fresh16")
    assert " ".join(sorted(origin_states(labels))) == "AZ BY ER ET KZ LA TH UZ"
    assert all(label.origin_state is None for label in labels if not label.is_tnr)
    assert {"kz-ketebayev-lublin-2013", "kz-ketebayev-madrid-2014"} <= set(groups)
    assert {"uz-bekjanov-kyiv-1999", "lk-bekjanov-release-2017"} <= set(groups)
    assert {"et-okello-south-sudan-2014", "lk-okello-sentence-2016"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 17
    assert sum(1 for count in groups.values() if count == 3) == 1


def test_the_seventeenth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh17 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states, 20 English texts and four in each other language, a source for every
    text, no story group shared with another split, seventeen stories told twice, and two
    "same person, different event" traps: Yury Zhdanov (his 2021 arrest as reprisal for his
    exiled son, TNR; his 2023 release from a colony, a look-alike) and Lu Siwei (his 2021
    licence loss and exit ban at home, a look-alike; his 2023 detention in Laos and return
    to China, TNR)."""
    counts, groups = blind_split("tnr-fresh17", texts=40, tnr=24, origins=8, english=20)
    assert all(counts[lang] == 4 for lang in LANGUAGES), counts
    assert {"ru-zhdanov-father-2021", "lk-zhdanov-father-release-2023"} <= set(groups)
    assert {"cn-lu-siwei-laos-2023", "lk-lu-siwei-exit-ban-2021"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 17
    assert max(groups.values()) == 2
