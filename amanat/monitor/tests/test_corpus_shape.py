"""The development and held-out corpora keep the shape issue 12 asks of them: big enough, many
origin states, many look-alikes, every language, a source for every text, and a held-out split
by origin state that no development text touches (so its scores stay an honest estimate)."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from amanat.monitor.nlp import corpus
from amanat.monitor.nlp.corpus import Label
from amanat.monitor.tests.conftest import CORPUS

DEV, HELDOUT = CORPUS / "tnr-dev", CORPUS / "tnr-heldout"
OTHER_SPLITS = ("tnr-dev", "tnr-heldout", "tnr-blind", "labelled", "holdout", "seeds")
FRESH, FRESH2 = CORPUS / "tnr-fresh", CORPUS / "tnr-fresh2"
FRESH3 = CORPUS / "tnr-fresh3"
LANGUAGES = ("tr", "zh", "ru", "ug", "fa")


def _labels(folder: Path) -> list[Label]:
    return corpus.read_labels(folder / corpus.LABELS_FILE)


def _origins(labels: list[Label]) -> set[str]:
    return {label.origin_state for label in labels if label.is_tnr and label.origin_state}


def _assert_a_source_for_every_text(folder: Path, labels: list[Label]) -> None:
    """SOURCES.tsv names every text of the split once, each with an http(s) address."""
    with (folder / "SOURCES.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert sorted(row["file"] for row in rows) == sorted(label.file for label in labels)
    assert all(row["source"].startswith(("https://", "http://")) for row in rows)


def _assert_stories_new_to_every_other_split(
    folder: Path, labels: list[Label], sibling: str = ""
) -> None:
    """No story group of the split is shared with any other labelled split (but its sibling:
    a split written blind at the same time, which could not see it)."""
    others = {
        label.story_group
        for path in CORPUS.iterdir()
        if path.is_dir()
        and path not in (folder, CORPUS / sibling)
        and (path / corpus.LABELS_FILE).exists()
        for label in _labels(path)
    }
    assert not {label.story_group for label in labels} & others


def test_the_development_corpus_has_at_least_250_texts_and_40_percent_lookalikes() -> None:
    labels = _labels(DEV)
    assert len(labels) >= 250
    assert sum(not label.is_tnr for label in labels) / len(labels) >= 0.4


def test_the_two_splits_cover_at_least_30_origin_states_and_never_share_one() -> None:
    dev, heldout = _origins(_labels(DEV)), _origins(_labels(HELDOUT))
    assert len(dev | heldout) >= 30
    assert not dev & heldout


def test_the_development_corpus_has_30_texts_in_each_language_besides_english() -> None:
    counts = Counter(label.lang or "en" for label in _labels(DEV))
    assert all(counts[lang] >= 30 for lang in LANGUAGES), counts


def test_story_groups_include_translations_and_a_person_in_two_separate_stories() -> None:
    labels = _labels(DEV)
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
        assert sorted(files) == sorted(label.file for label in _labels(folder))
        assert len(files) == len(set(files))
        assert all(row["source"].startswith(("https://", "http://")) for row in rows)


def test_the_fresh_round_names_origin_states_that_no_other_split_has() -> None:
    fresh = _origins(_labels(FRESH))
    others = set().union(*(_origins(_labels(CORPUS / name)) for name in OTHER_SPLITS))
    assert len(fresh) >= 3
    assert not fresh & others


def test_the_second_fresh_round_names_four_origin_states_that_no_earlier_split_has() -> None:
    fresh2 = _origins(_labels(FRESH2))
    earlier = (*OTHER_SPLITS, "tnr-fresh")
    others = set().union(*(_origins(_labels(CORPUS / name)) for name in earlier))
    assert len(fresh2) >= 4
    assert not fresh2 & others


def test_the_second_fresh_round_has_lookalikes_and_three_texts_in_each_language() -> None:
    labels = _labels(FRESH2)
    assert sum(not label.is_tnr for label in labels) / len(labels) >= 0.3
    counts = Counter(label.lang or "en" for label in labels)
    assert all(counts[lang] >= 3 for lang in ("en", *LANGUAGES)), counts


def test_the_third_fresh_round_is_new_stories_of_the_big_perpetrator_states() -> None:
    """tnr-fresh3 estimates the issue's held-out corpus: its states are mostly ones the rules
    were written on, so its stories must be new ones, not its states."""
    labels = _labels(FRESH3)
    assert len(labels) >= 36
    assert len(_origins(labels)) >= 10
    assert sum(not label.is_tnr for label in labels) / len(labels) >= 0.3
    counts = Counter(label.lang or "en" for label in labels)
    assert all(counts[lang] >= 5 for lang in ("en", *LANGUAGES)), counts
    earlier = {
        label.story_group
        for name in (*OTHER_SPLITS, "tnr-fresh", "tnr-fresh2")
        for label in _labels(CORPUS / name)
    }
    assert not {label.story_group for label in labels} & earlier


def _blind_split(
    name: str, *, texts: int, tnr: int, origins: int, english: int, sibling: str = ""
) -> tuple[Counter[str], Counter[str | None]]:
    """The checks every blind split shares: its counts of texts, TNR texts, origin states and
    English texts, a source for every text and stories new to every other split. Returns the
    texts per language and per story group, for the split's own checks."""
    folder = CORPUS / name
    labels = _labels(folder)
    assert len(labels) == texts
    assert sum(label.is_tnr for label in labels) == tnr
    assert len(_origins(labels)) == origins
    counts = Counter(label.lang or "en" for label in labels)
    assert counts["en"] == english
    _assert_a_source_for_every_text(folder, labels)
    _assert_stories_new_to_every_other_split(folder, labels, sibling)
    return counts, Counter(label.story_group for label in labels)


def test_the_sixth_fresh_round_is_a_blind_estimate_of_events_from_2020_on() -> None:
    """tnr-fresh6 (f6-001 … f6-042): 42 blind texts, 25 TNR and 17 look-alikes, 12 origin states,
    20 in English and at least four in each other language; its stories are new to every split."""
    folder = CORPUS / "tnr-fresh6"
    labels = _labels(folder)
    assert len(labels) == 42
    assert sum(label.is_tnr for label in labels) == 25
    assert sum(not label.is_tnr for label in labels) == 17
    assert all(label.origin_state is None for label in labels if not label.is_tnr)
    assert " ".join(sorted(_origins(labels))) == "BY CN EG ER IN IR RU RW SA TJ TR VN"
    counts = Counter(label.lang or "en" for label in labels)
    assert counts["en"] == 20
    assert all(counts[lang] >= 4 for lang in LANGUAGES), counts
    _assert_a_source_for_every_text(folder, labels)
    _assert_stories_new_to_every_other_split(folder, labels)


def test_the_fifth_fresh_round_is_a_blind_estimate_of_new_stories_dated_2019_or_earlier() -> None:
    """tnr-fresh5 (41 blind texts, events of 2019 or earlier): 24 TNR and 17 look-alikes, ten
    origin states, 20 English texts and at least four in each other language, a source for every
    text, no story group shared with another split, and one person in two separate stories."""
    folder = CORPUS / "tnr-fresh5"
    labels = _labels(folder)
    assert len(labels) == 41
    assert sum(label.is_tnr for label in labels) == 24
    assert len(_origins(labels)) == 10
    counts = Counter(label.lang or "en" for label in labels)
    assert counts["en"] == 20
    assert all(counts[lang] >= 4 for lang in LANGUAGES), counts
    _assert_a_source_for_every_text(folder, labels)
    _assert_stories_new_to_every_other_split(folder, labels)
    groups = {label.story_group for label in labels}
    assert {"sa-rahaf-bangkok-2019", "lk-rahaf-canada-2019"} <= groups


def test_the_seventh_fresh_round_is_a_second_blind_estimate_of_new_events() -> None:
    """tnr-fresh7 (32 blind texts, events of any year): 18 TNR and 14 look-alikes, twelve
    origin states, 14 English texts and at least three in each other language, a source for
    every text, no story group shared with another split, and Wael Ghonim in two separate
    stories (his 2011 release in Cairo, a look-alike; his brother's 2019 arrest, TNR)."""
    counts, groups = _blind_split("tnr-fresh7", texts=32, tnr=18, origins=12, english=14)
    assert all(counts[lang] >= 3 for lang in LANGUAGES), counts
    assert {"eg-ghonim-brother-2019", "lk-ghonim-release-2011"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 3


def test_the_eighth_fresh_round_is_a_third_blind_estimate_of_new_events() -> None:
    """tnr-fresh8 (38 blind texts, events of any year): 22 TNR and 16 look-alikes, sixteen
    origin states, 17 English texts and at least four in each other language, a source for
    every text, no story group shared with another split, eight stories told twice, and
    Sviatlana Tsikhanouskaya in two separate stories (her 2023 sentence in absentia, TNR; the
    2020 Sakharov Prize, a look-alike)."""
    counts, groups = _blind_split("tnr-fresh8", texts=38, tnr=22, origins=16, english=17)
    assert all(counts[lang] >= 4 for lang in LANGUAGES), counts
    assert {"by-tsikhanouskaya-absentia-2023", "lk-sakharov-belarus-2020"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 8


def test_the_ninth_fresh_round_is_a_fourth_blind_estimate_of_new_events() -> None:
    """tnr-fresh9 (39 blind texts, events of any year): 23 TNR and 16 look-alikes, fifteen
    origin states, 18 English texts and at least four in each other language, a source for
    every text, no story group shared with another split, thirteen stories told twice, and Can
    Dündar in two separate stories (his 2020 sentence in absentia, TNR; the 2016 verdict and
    courthouse shooting in Istanbul, a look-alike)."""
    counts, groups = _blind_split("tnr-fresh9", texts=39, tnr=23, origins=15, english=18)
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
    counts, groups = _blind_split("tnr-fresh10", texts=40, tnr=25, origins=12, english=20)
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
    counts, groups = _blind_split("tnr-fresh11", texts=40, tnr=24, origins=11, english=20)
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
    counts, groups = _blind_split("tnr-fresh12", texts=40, tnr=24, origins=12, english=20)
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
    counts, groups = _blind_split("tnr-fresh13", texts=40, tnr=22, origins=7, english=18)
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
    counts, groups = _blind_split(
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
    counts, groups = _blind_split(
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
    shared = {label.story_group for label in _labels(CORPUS / "tnr-fresh14")} & {
        label.story_group for label in _labels(CORPUS / "tnr-fresh15")
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
    counts, groups = _blind_split("tnr-fresh16", texts=40, tnr=24, origins=8, english=20)
    assert all(counts[lang] == 4 for lang in LANGUAGES), counts
    labels = _labels(CORPUS / "tnr-fresh16")
    assert " ".join(sorted(_origins(labels))) == "AZ BY ER ET KZ LA TH UZ"
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
    counts, groups = _blind_split("tnr-fresh17", texts=40, tnr=24, origins=8, english=20)
    assert all(counts[lang] == 4 for lang in LANGUAGES), counts
    assert {"ru-zhdanov-father-2021", "lk-zhdanov-father-release-2023"} <= set(groups)
    assert {"cn-lu-siwei-laos-2023", "lk-lu-siwei-exit-ban-2021"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 17
    assert max(groups.values()) == 2


def test_the_eighteenth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh18 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states (Bahrain, India, Pakistan, Rwanda, Tajikistan, Turkmenistan, the UAE,
    Vietnam), 20 English texts and four in each other language, a source for every text, no
    story group shared with another split, fourteen stories told twice, and a "same person,
    different event" trap: Princess Haya (the 2021 ruling that Dubai's ruler had her phone
    hacked with Pegasus, TNR; the December 2021 divorce settlement, a look-alike)."""
    counts, groups = _blind_split("tnr-fresh18", texts=40, tnr=24, origins=8, english=20)
    assert all(counts[lang] == 4 for lang in LANGUAGES), counts
    labels = _labels(CORPUS / "tnr-fresh18")
    assert " ".join(sorted(_origins(labels))) == "AE BH IN PK RW TJ TM VN"
    assert all(label.origin_state is None for label in labels if not label.is_tnr)
    assert {"ae-haya-pegasus-2021", "lk-haya-settlement-2021"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 14


def test_the_nineteenth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh19 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states, 20 English texts and four in each other language, a source for every
    text, no story group shared with another split, nineteen stories told twice, and a
    "same person, different event" trap: Mohamed Ali, the Egyptian contractor in Barcelona
    (Egypt's 2020 extradition request, and the Spanish National Court's later refusal of it,
    are separate TNR groups). Kazem Rajavi's killing (TNR) and France's 1993 expulsion of two
    suspects to Tehran (a look-alike) share names but are separate groups too."""
    counts, groups = _blind_split("tnr-fresh19", texts=40, tnr=24, origins=8, english=20)
    assert all(counts[lang] == 4 for lang in LANGUAGES), counts
    assert {"eg-mohamed-ali-spain-request-2020", "eg-mohamed-ali-extradition-refused"} <= set(
        groups
    )
    assert {"ir-rajavi-coppet-1990", "lk-rajavi-suspects-expelled-1993"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 19
    assert max(groups.values()) == 2


def test_the_twentieth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh20 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states (TR CN SY UZ AZ ET NI LK), 20 English texts and four in each other language,
    a source for every text, no story group shared with another split (tnr-fresh21 was written
    blind at the same time), fourteen stories told twice, and two "same person, different
    event" traps: Aqylbek Muratbai's own detention in Almaty (2024) and the 2022 detention of
    four Karakalpaks in which he is only quoted are separate TNR groups, and so are Elvin
    Isayev's removal from Kyiv (2019) and Baku's 2020 red-notice requests for seven exiles in
    his case."""
    counts, groups = _blind_split(
        "tnr-fresh20", texts=40, tnr=24, origins=8, english=20, sibling="tnr-fresh21"
    )
    assert all(counts[lang] == 4 for lang in LANGUAGES), counts
    labels = _labels(CORPUS / "tnr-fresh20")
    assert " ".join(sorted(_origins(labels))) == "AZ CN ET LK NI SY TR UZ"
    assert all(label.origin_state is None for label in labels if not label.is_tnr)
    assert {"uz-muratbai-almaty-2024", "uz-karakalpak-four-almaty-2022"} <= set(groups)
    assert {"az-isayev-kyiv-2019", "az-exiles-red-notices-2020"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 14
    assert max(groups.values()) == 2


def test_the_twenty_first_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh21 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states (Belarus, Cambodia, India, Iran, Laos, Russia, Rwanda, Vietnam), 20 English
    texts and four in each other language, a source for every text, no story group shared
    with another split (tnr-fresh20 was written beside it, blind), fourteen stories told twice
    and four told three times, and a "same person, different event" trap: Nguyen Van Dai
    (Vietnam's 2025 arrest warrant for him in Germany, TNR; his 2018 release from prison and
    flight to Frankfurt, a look-alike)."""
    counts, groups = _blind_split(
        "tnr-fresh21", texts=40, tnr=24, origins=8, english=20, sibling="tnr-fresh20"
    )
    assert all(counts[lang] == 4 for lang in LANGUAGES), counts
    labels = _labels(CORPUS / "tnr-fresh21")
    assert " ".join(sorted(_origins(labels))) == "BY IN IR KH LA RU RW VN"
    assert all(label.origin_state is None for label in labels if not label.is_tnr)
    assert {"vn-nguyen-van-dai-warrant-2025", "lk-nguyen-van-dai-exile-2018"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 14
    assert sum(1 for count in groups.values() if count == 3) == 4
    assert max(groups.values()) == 3


def test_the_twenty_second_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh22 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states (China, Egypt, Iran, Russia, Rwanda, Saudi Arabia, Tajikistan, Turkey), 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh23 was written beside it, blind), thirteen stories
    told twice and three told three times, and a "same person, different event" trap:
    Sulaimon Davlatov (his 2015 detention in Finland at Dushanbe's request, TNR; Lithuania's
    2024 detention of him as a threat to its own security, a look-alike)."""
    counts, groups = _blind_split(
        "tnr-fresh22", texts=40, tnr=24, origins=8, english=20, sibling="tnr-fresh23"
    )
    assert all(counts[lang] == 4 for lang in LANGUAGES), counts
    labels = _labels(CORPUS / "tnr-fresh22")
    assert " ".join(sorted(_origins(labels))) == "CN EG IR RU RW SA TJ TR"
    assert all(label.origin_state is None for label in labels if not label.is_tnr)
    assert {"tj-davlatov-finland-2015", "lk-davlatov-vilnius-2024"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 13
    assert sum(1 for count in groups.values() if count == 3) == 3


def test_the_twenty_third_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh23 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states (Azerbaijan, Belarus, Eritrea, India, Kazakhstan, Pakistan, Uzbekistan,
    Vietnam), 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh22 was written beside it, blind), fourteen
    stories told twice and one three times, and two "same person, different event" traps:
    Paramjeet Singh Pamma's arrest in the Algarve on India's red notice (2015) and Portugal's
    refusal to extradite him (2016) are separate TNR groups, and Bobomurod Abdullaev's 2023
    detention in Eskişehir (TNR) is a separate group from his 2018 conviction in Tashkent (a
    look-alike)."""
    counts, groups = _blind_split(
        "tnr-fresh23", texts=40, tnr=24, origins=8, english=20, sibling="tnr-fresh22"
    )
    assert all(counts[lang] == 4 for lang in LANGUAGES), counts
    labels = _labels(CORPUS / "tnr-fresh23")
    assert " ".join(sorted(_origins(labels))) == "AZ BY ER IN KZ PK UZ VN"
    assert all(label.origin_state is None for label in labels if not label.is_tnr)
    assert {"in-pamma-algarve-2015", "in-pamma-extradition-refused-2016"} <= set(groups)
    assert {"uz-abdullaev-eskisehir-2023", "lk-abdullaev-tashkent-verdict-2018"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 14
    assert sum(1 for count in groups.values() if count == 3) == 1
    assert max(groups.values()) == 3


def test_the_twenty_fourth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh24 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states (China, Egypt, Eritrea, Nicaragua, Pakistan, Tajikistan, Turkey, Vietnam),
    20 English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh25 was written beside it, blind), nineteen stories
    told twice and two once, and a "same person, different event" trap: Abduqadir Yapchan's
    release by Turkey's Constitutional Court (2019) and the Istanbul court's refusal of China's
    extradition request (2021) are separate TNR groups."""
    counts, groups = _blind_split(
        "tnr-fresh24", texts=40, tnr=24, origins=8, english=20, sibling="tnr-fresh25"
    )
    assert all(counts[lang] == 4 for lang in LANGUAGES), counts
    labels = _labels(CORPUS / "tnr-fresh24")
    assert " ".join(sorted(_origins(labels))) == "CN EG ER NI PK TJ TR VN"
    assert all(label.origin_state is None for label in labels if not label.is_tnr)
    assert {"cn-yapchan-release-2019", "cn-yapchan-extradition-refused-2021"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 19
    assert sum(1 for count in groups.values() if count == 1) == 2
    assert max(groups.values()) == 2


def test_the_twenty_fifth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh25 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states (Bahrain, Belarus, India, Iran, Russia, Rwanda, Saudi Arabia, Turkmenistan),
    20 English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh24 was written beside it, blind), sixteen stories told
    twice and eight once, and a "same person, different event" trap: Sayed Ahmed Alwadaei's
    wife held at Bahrain's airport after his London protest (2016) and his in-laws arrested in
    Bahrain (2017) are separate TNR groups."""
    counts, groups = _blind_split(
        "tnr-fresh25", texts=40, tnr=24, origins=8, english=20, sibling="tnr-fresh24"
    )
    assert all(counts[lang] == 4 for lang in LANGUAGES), counts
    labels = _labels(CORPUS / "tnr-fresh25")
    assert " ".join(sorted(_origins(labels))) == "BH BY IN IR RU RW SA TM"
    assert all(label.origin_state is None for label in labels if not label.is_tnr)
    assert {"bh-alwadaei-wife-airport-2016", "bh-alwadaei-inlaws-2017"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 16
    assert sum(1 for count in groups.values() if count == 1) == 8
    assert max(groups.values()) == 2


def test_the_twenty_sixth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh26 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states (Belarus, China, Egypt, India, Iran, Russia, Rwanda, Saudi Arabia), 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh27 was written beside it, blind), eighteen stories
    told twice and four once, and two "same person, different event" traps: Jaswinder Singh
    Multani's detention in Erfurt (2021) and the NIA reward on him (2022) are separate TNR
    groups, and Moataz Matar's family disappearing in Cairo (2019, TNR) is a separate group
    from the UK revoking his visa (2023, a look-alike)."""
    counts, groups = _blind_split(
        "tnr-fresh26", texts=40, tnr=24, origins=8, english=20, sibling="tnr-fresh27"
    )
    assert all(counts[lang] == 4 for lang in LANGUAGES), counts
    labels = _labels(CORPUS / "tnr-fresh26")
    assert " ".join(sorted(_origins(labels))) == "BY CN EG IN IR RU RW SA"
    assert all(label.origin_state is None for label in labels if not label.is_tnr)
    assert {"in-multani-erfurt-2021", "in-multani-reward-2022"} <= set(groups)
    assert {"eg-matar-family-2019", "lk-matar-uk-visa-2023"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 18
    assert sum(1 for count in groups.values() if count == 1) == 4
    assert max(groups.values()) == 2


def test_the_twenty_seventh_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh27 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, seven
    origin states (Azerbaijan, Cambodia, Eritrea, Kazakhstan, Tajikistan, Turkey, Uzbekistan),
    20 English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh26 was written beside it, blind), twenty stories each
    told twice, and a "same person, different event" trap: Fikrat Huseynli's detention at
    Boryspil on Baku's red notice (2017) and the attack on him at his Kyiv flat (2018) are
    separate TNR groups."""
    counts, groups = _blind_split(
        "tnr-fresh27", texts=40, tnr=24, origins=7, english=20, sibling="tnr-fresh26"
    )
    assert all(counts[lang] == 4 for lang in LANGUAGES), counts
    labels = _labels(CORPUS / "tnr-fresh27")
    assert " ".join(sorted(_origins(labels))) == "AZ ER KH KZ TJ TR UZ"
    assert all(label.origin_state is None for label in labels if not label.is_tnr)
    assert {"az-huseynli-boryspil-2017", "az-huseynli-kyiv-attack-2018"} <= set(groups)
    assert sum(1 for count in groups.values() if count == 2) == 20
    assert max(groups.values()) == 2
