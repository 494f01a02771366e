"""The splits written blind to one brief (session 11 on: tnr-fresh18 …): 40 texts, 24 TNR and
16 look-alikes, 20 in English and four in each other language, a source for every text, stories
new to every other split, and their "same person, different event" traps kept apart. Only
their shape is checked here: their per-file predictions are never opened."""

from __future__ import annotations

from amanat.monitor.tests.corpus_shapes import assert_a_blind_split_of_forty


def test_the_eighteenth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh18 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states (Bahrain, India, Pakistan, Rwanda, Tajikistan, Turkmenistan, the UAE,
    Vietnam), 20 English texts and four in each other language, a source for every text, no
    story group shared with another split, fourteen stories told twice, and a "same person,
    different event" trap: Princess Haya (the 2021 ruling that Dubai's ruler had her phone
    hacked with Pegasus, TNR; the December 2021 divorce settlement, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh18",
        states="AE BH IN PK RW TJ TM VN",
        sizes={2: 14},
        traps=(("ae-haya-pegasus-2021", "lk-haya-settlement-2021"),),
    )


def test_the_nineteenth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh19 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states, 20 English texts and four in each other language, a source for every
    text, no story group shared with another split, nineteen stories told twice, and a
    "same person, different event" trap: Mohamed Ali, the Egyptian contractor in Barcelona
    (Egypt's 2020 extradition request, and the Spanish National Court's later refusal of it,
    are separate TNR groups). Kazem Rajavi's killing (TNR) and France's 1993 expulsion of two
    suspects to Tehran (a look-alike) share names but are separate groups too."""
    assert_a_blind_split_of_forty(
        "tnr-fresh19",
        sizes={2: 19},
        largest=2,
        traps=(
            ("eg-mohamed-ali-spain-request-2020", "eg-mohamed-ali-extradition-refused"),
            ("ir-rajavi-coppet-1990", "lk-rajavi-suspects-expelled-1993"),
        ),
        lookalikes_have_no_origin=False,
    )


def test_the_twentieth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh20 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states (TR CN SY UZ AZ ET NI LK), 20 English texts and four in each other language,
    a source for every text, no story group shared with another split (tnr-fresh21 was written
    blind at the same time), fourteen stories told twice, and two "same person, different
    event" traps: Aqylbek Muratbai's own detention in Almaty (2024) and the 2022 detention of
    four Karakalpaks in which he is only quoted are separate TNR groups, and so are Elvin
    Isayev's removal from Kyiv (2019) and Baku's 2020 red-notice requests for seven exiles in
    his case."""
    assert_a_blind_split_of_forty(
        "tnr-fresh20",
        states="AZ CN ET LK NI SY TR UZ",
        sibling="tnr-fresh21",
        sizes={2: 14},
        largest=2,
        traps=(
            ("uz-muratbai-almaty-2024", "uz-karakalpak-four-almaty-2022"),
            ("az-isayev-kyiv-2019", "az-exiles-red-notices-2020"),
        ),
    )


def test_the_twenty_first_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh21 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states (Belarus, Cambodia, India, Iran, Laos, Russia, Rwanda, Vietnam), 20 English
    texts and four in each other language, a source for every text, no story group shared
    with another split (tnr-fresh20 was written beside it, blind), fourteen stories told twice
    and four told three times, and a "same person, different event" trap: Nguyen Van Dai
    (Vietnam's 2025 arrest warrant for him in Germany, TNR; his 2018 release from prison and
    flight to Frankfurt, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh21",
        states="BY IN IR KH LA RU RW VN",
        sibling="tnr-fresh20",
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(("vn-nguyen-van-dai-warrant-2025", "lk-nguyen-van-dai-exile-2018"),),
    )


def test_the_twenty_second_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh22 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states (China, Egypt, Iran, Russia, Rwanda, Saudi Arabia, Tajikistan, Turkey), 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh23 was written beside it, blind), thirteen stories
    told twice and three told three times, and a "same person, different event" trap:
    Sulaimon Davlatov (his 2015 detention in Finland at Dushanbe's request, TNR; Lithuania's
    2024 detention of him as a threat to its own security, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh22",
        states="CN EG IR RU RW SA TJ TR",
        sibling="tnr-fresh23",
        sizes={2: 13, 3: 3},
        traps=(("tj-davlatov-finland-2015", "lk-davlatov-vilnius-2024"),),
    )


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
    assert_a_blind_split_of_forty(
        "tnr-fresh23",
        states="AZ BY ER IN KZ PK UZ VN",
        sibling="tnr-fresh22",
        sizes={2: 14, 3: 1},
        largest=3,
        traps=(
            ("in-pamma-algarve-2015", "in-pamma-extradition-refused-2016"),
            ("uz-abdullaev-eskisehir-2023", "lk-abdullaev-tashkent-verdict-2018"),
        ),
    )


def test_the_twenty_fourth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh24 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states (China, Egypt, Eritrea, Nicaragua, Pakistan, Tajikistan, Turkey, Vietnam),
    20 English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh25 was written beside it, blind), nineteen stories
    told twice and two once, and a "same person, different event" trap: Abduqadir Yapchan's
    release by Turkey's Constitutional Court (2019) and the Istanbul court's refusal of China's
    extradition request (2021) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh24",
        states="CN EG ER NI PK TJ TR VN",
        sibling="tnr-fresh25",
        sizes={2: 19, 1: 2},
        largest=2,
        traps=(("cn-yapchan-release-2019", "cn-yapchan-extradition-refused-2021"),),
    )


def test_the_twenty_fifth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh25 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states (Bahrain, Belarus, India, Iran, Russia, Rwanda, Saudi Arabia, Turkmenistan),
    20 English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh24 was written beside it, blind), sixteen stories told
    twice and eight once, and a "same person, different event" trap: Sayed Ahmed Alwadaei's
    wife held at Bahrain's airport after his London protest (2016) and his in-laws arrested in
    Bahrain (2017) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh25",
        states="BH BY IN IR RU RW SA TM",
        sibling="tnr-fresh24",
        sizes={2: 16, 1: 8},
        largest=2,
        traps=(("bh-alwadaei-wife-airport-2016", "bh-alwadaei-inlaws-2017"),),
    )


def test_the_twenty_sixth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh26 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states (Belarus, China, Egypt, India, Iran, Russia, Rwanda, Saudi Arabia), 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh27 was written beside it, blind), eighteen stories
    told twice and four once, and two "same person, different event" traps: Jaswinder Singh
    Multani's detention in Erfurt (2021) and the NIA reward on him (2022) are separate TNR
    groups, and Moataz Matar's family disappearing in Cairo (2019, TNR) is a separate group
    from the UK revoking his visa (2023, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh26",
        states="BY CN EG IN IR RU RW SA",
        sibling="tnr-fresh27",
        sizes={2: 18, 1: 4},
        largest=2,
        traps=(
            ("in-multani-erfurt-2021", "in-multani-reward-2022"),
            ("eg-matar-family-2019", "lk-matar-uk-visa-2023"),
        ),
    )


def test_the_twenty_seventh_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh27 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, seven
    origin states (Azerbaijan, Cambodia, Eritrea, Kazakhstan, Tajikistan, Turkey, Uzbekistan),
    20 English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh26 was written beside it, blind), twenty stories each
    told twice, and a "same person, different event" trap: Fikrat Huseynli's detention at
    Boryspil on Baku's red notice (2017) and the attack on him at his Kyiv flat (2018) are
    separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh27",
        states="AZ ER KH KZ TJ TR UZ",
        count=7,
        sibling="tnr-fresh26",
        sizes={2: 20},
        largest=2,
        traps=(("az-huseynli-boryspil-2017", "az-huseynli-kyiv-attack-2018"),),
    )


def test_the_twenty_eighth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh28 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states (Belarus, Cambodia, China, Eritrea, Rwanda, Saudi Arabia, Turkey, Vietnam),
    20 English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh29 was written beside it, blind), twenty stories each
    told twice, and a "same person, different event" trap: Gulshan Abbas's disappearance in
    Urumqi days after her sister's Washington panel (2018) and the news of her 20-year
    sentence (2020) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh28",
        states="BY CN ER KH RW SA TR VN",
        sibling=("tnr-fresh29", "tnr-fresh30", "tnr-fresh31"),
        sizes={2: 20},
        largest=2,
        traps=(("cn-gulshan-abbas-disappearance-2018", "cn-gulshan-abbas-sentence-2020"),),
    )


def test_the_twenty_ninth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh29 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states (Azerbaijan, Egypt, India, Iran, Pakistan, Russia, Tajikistan,
    Turkmenistan), 20 English texts and four in each other language, a source for every text,
    no story group shared with another split (tnr-fresh28 was written beside it, blind), twenty
    stories each told twice, and two "same person, different event" traps: Fakhraddin
    Abbasov's removal from Russia to Baku (2019, TNR) and his 16-year sentence in Baku (2020,
    a look-alike) are separate groups, and Darshan Singh Dhaliwal turned back at Delhi airport
    (2021, TNR) and his Pravasi Bharatiya Samman award (2023, a look-alike) are separate
    groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh29",
        states="AZ EG IN IR PK RU TJ TM",
        sibling=("tnr-fresh28", "tnr-fresh30", "tnr-fresh31"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("az-abbasov-moscow-2019", "lk-abbasov-verdict-2020"),
            ("in-dhaliwal-delhi-2021", "lk-dhaliwal-award-2023"),
        ),
    )


def test_the_thirtieth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh30 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states (China, Egypt, Iran, Kazakhstan, Russia, Saudi Arabia, Turkey, Uzbekistan),
    20 English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh31 was written beside it, blind), twenty stories each
    told twice, and a "same person, different event" trap: Mansur Movlaev's 40-day arrest in
    Almaty at Russia's request (May 2025) and the Kazakh prosecutors' approval of his
    extradition (January 2026) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh30",
        states="CN EG IR KZ RU SA TR UZ",
        sibling=("tnr-fresh28", "tnr-fresh29", "tnr-fresh31"),
        sizes={2: 20},
        largest=2,
        traps=(("ru-movlaev-almaty-arrest-2025", "ru-movlaev-extradition-approved-2026"),),
    )


def test_the_thirty_first_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh31 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states (Bahrain, Belarus, Eritrea, India, Nicaragua, Rwanda, Tajikistan, Vietnam),
    20 English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh30 was written beside it, blind), twenty stories each
    told twice, and a "same person, different event" trap: Ihar Alinevich (Igor Olinevich)
    seized in Moscow and brought to a KGB jail in Minsk (2010, TNR) is a separate group from
    his 20-year sentence in Belarus with three other anarchists (2021, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh31",
        states="BH BY ER IN NI RW TJ VN",
        sibling=("tnr-fresh28", "tnr-fresh29", "tnr-fresh30"),
        sizes={2: 20},
        largest=2,
        traps=(("by-olinevich-moscow-2010", "lk-olinevich-verdict-2021"),),
    )


def test_the_thirty_second_fresh_round_is_a_blind_estimate_of_events_of_2010_to_2016() -> None:
    """tnr-fresh32 (40 blind texts, events of 2010-2016): 24 TNR and 16 look-alikes, eight
    origin states (China, Egypt, Eritrea, Iran, Russia, Rwanda, Saudi Arabia, Turkey), 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh33, tnr-fresh34 and tnr-fresh35 were written beside
    it, blind), twenty stories each told twice, and a "same person, different event" trap:
    Leonid Razvozzhayev seized in Kyiv while seeking asylum and brought to a Moscow court
    (October 2012, TNR) is a separate group from his Bolotnaya sentence in Moscow with Sergei
    Udaltsov (July 2014, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh32",
        states="CN EG ER IR RU RW SA TR",
        sibling=("tnr-fresh33", "tnr-fresh34", "tnr-fresh35"),
        sizes={2: 20},
        largest=2,
        traps=(("ru-razvozzhayev-kyiv-2012", "lk-razvozzhayev-verdict-2014"),),
    )


def test_the_thirty_third_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh33 (40 blind texts, events of 2017–2020): 24 TNR and 16 look-alikes, eight
    origin states (Azerbaijan, Belarus, India, Kazakhstan, Pakistan, Tajikistan, Uzbekistan,
    Vietnam), 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh32, tnr-fresh34 and tnr-fresh35 were
    written beside it, blind), twenty stories each told twice, and a "same person, different
    event" trap: Mukhtar Ablyazov's 20-year sentence in absentia in Almaty (2017) and his life
    sentence in absentia in Taraz (2018) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh33",
        states="AZ BY IN KZ PK TJ UZ VN",
        sibling=("tnr-fresh32", "tnr-fresh34", "tnr-fresh35"),
        sizes={2: 20},
        largest=2,
        traps=(("kz-ablyazov-absentia-2017", "kz-ablyazov-life-sentence-2018"),),
    )


def test_the_thirty_fourth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh34 (40 blind texts, events of 2021-2023): 24 TNR and 16 look-alikes, eight
    origin states (the UAE, Bahrain, China, Iran, Cambodia, Russia, Turkmenistan, Turkey), 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh32, tnr-fresh33 and tnr-fresh35 were written beside
    it, blind), twenty stories each told twice, and a "same person, different event" trap:
    Brittney Griner's nine-year sentence in Khimki (August 2022) and her exchange for Viktor
    Bout at Abu Dhabi airport (December 2022) are separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh34",
        states="AE BH CN IR KH RU TM TR",
        sibling=("tnr-fresh32", "tnr-fresh33", "tnr-fresh35"),
        sizes={2: 20},
        largest=2,
        traps=(("lk-griner-verdict-2022", "lk-griner-bout-swap-2022"),),
    )


def test_the_thirty_fifth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh35 (40 blind texts, events of 2024-2026 only): 24 TNR and 16 look-alikes,
    eight origin states (Belarus, Egypt, Eritrea, Nicaragua, Rwanda, Saudi Arabia, Tajikistan,
    Vietnam), 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh32, tnr-fresh33 and tnr-fresh34 were
    written beside it, blind), twenty stories each told twice, and two "same person, different
    event" traps: Franak Viachorka's 20-year sentence in absentia (June 2024) and its upholding
    on appeal (September 2024) are separate TNR groups, and Henry Briceno's expulsion from
    Nicaragua at gunpoint (November 2024, a look-alike: done to him at home) is a separate group
    from his being followed in Costa Rica and fleeing to Europe (2025, TNR)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh35",
        states="BY EG ER NI RW SA TJ VN",
        sibling=("tnr-fresh32", "tnr-fresh33", "tnr-fresh34"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("by-viacorka-verdict-2024", "by-viacorka-appeal-2024"),
            ("ni-briceno-costa-rica-2025", "lk-briceno-expulsion-2024"),
        ),
    )


def test_the_thirty_sixth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh36 (40 blind texts, events of 2010-2016): 24 TNR and 16 look-alikes, eight
    origin states (Azerbaijan, Bahrain, Belarus, India, Kazakhstan, Pakistan, Tajikistan,
    Vietnam), 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh37, tnr-fresh38 and tnr-fresh39 were
    written beside it, blind), twenty stories each told twice, and three "same person,
    different event" traps: the arrests of Ganimat Zahid's relatives in Azerbaijan (July 2015)
    and their six-year sentences (June 2016) are separate TNR groups; Tatiana Paraskevich's
    detention in Karlovy Vary and the Prague ruling for her extradition to Ukraine (2012-2013)
    and the new Ukrainian and Russian requests for her (2016) are separate TNR groups; and Altaf
    Hussain's questioning by London police (June 2014, a look-alike) is a separate group from
    the Pakistani courts' arrest warrants for him (2015, TNR)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh36",
        states="AZ BH BY IN KZ PK TJ VN",
        sibling=("tnr-fresh37", "tnr-fresh38", "tnr-fresh39"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("az-zahid-relatives-arrests-2015", "az-zahid-relatives-sentence-2016"),
            ("kz-paraskevich-karlovy-vary-2012", "kz-paraskevich-new-requests-2016"),
            ("pk-altaf-warrants-2015", "lk-altaf-london-arrest-2014"),
        ),
    )


def test_the_thirty_seventh_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh37 (40 blind texts, events of 2017-2020 only): 24 TNR and 16 look-alikes, eight
    origin states (China, Egypt, Eritrea, Iran, Cambodia, Russia, Saudi Arabia, Turkey), 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh36, tnr-fresh38 and tnr-fresh39 were written beside it,
    blind), twenty stories each told twice, and a "same person, different event" trap: Xiyue
    Wang's ten-year espionage sentence in Tehran (July 2017) and his release in the Zurich
    prisoner swap for Massoud Soleimani (December 2019) are separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh37",
        states="CN EG ER IR KH RU SA TR",
        sibling=("tnr-fresh36", "tnr-fresh38", "tnr-fresh39"),
        sizes={2: 20},
        largest=2,
        traps=(("lk-xiyue-wang-sentence-2017", "lk-xiyue-wang-swap-2019"),),
    )


def test_the_thirty_eighth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh38 (40 blind texts, events of 2021-2023 only): 24 TNR and 16 look-alikes,
    eight origin states (Belarus, Egypt, Eritrea, India, Nicaragua, Pakistan, Rwanda,
    Vietnam), 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh36, tnr-fresh37 and tnr-fresh39 were
    written beside it, blind), six TNR stories told three times and eleven stories told
    twice, and a "same person, different event" trap: Aliaksandra Herasimenia's auction of
    her world-title gold medal to fund persecuted athletes (April 2021, a look-alike) and her
    12-year sentence in absentia in Minsk (December 2022, TNR) are separate groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh38",
        states="BY EG ER IN NI PK RW VN",
        sibling=("tnr-fresh36", "tnr-fresh37", "tnr-fresh39"),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(("by-herasimenia-absentia-2022", "lk-herasimenia-medal-auction-2021"),),
    )


def test_the_thirty_ninth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh39 (40 blind texts, events of 2024-2026 only): 24 TNR and 16 look-alikes,
    eight origin states (Azerbaijan, China, Iran, Kazakhstan, Russia, Turkmenistan, Turkey,
    Uzbekistan), 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh36, tnr-fresh37 and tnr-fresh38 were
    written beside it, blind), twenty stories each told twice, and a "same person, different
    event" trap: Yulia Yemelyanova's detention at Almaty airport (August 2025) and the Kazakh
    prosecutors' approval of her extradition to Russia (January 2026) are separate TNR
    groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh39",
        states="AZ CN IR KZ RU TM TR UZ",
        sibling=("tnr-fresh36", "tnr-fresh37", "tnr-fresh38"),
        sizes={2: 20},
        largest=2,
        traps=(("ru-yemelyanova-almaty-2025", "ru-yemelyanova-extradition-2026"),),
    )


def test_the_fortieth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh40 (40 blind texts, events of any year): 24 TNR and 16 look-alikes, eight
    origin states (Bangladesh, China, Algeria, Kyrgyzstan, Syria, Thailand, Turkey, Uganda),
    20 English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh41, tnr-fresh42 and tnr-fresh43 were written beside
    it, blind), twenty stories each told twice, and a "same person, different event" trap:
    Kadyrjan Batyrov's life sentence in absentia in Jalal-Abad with Kyrgyzstan's extradition
    request to Ukraine (October 2011) and his second life sentence in absentia in Osh
    (November 2014) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh40",
        states="BD CN DZ KG SY TH TR UG",
        sibling=("tnr-fresh41", "tnr-fresh42", "tnr-fresh43"),
        sizes={2: 20},
        largest=2,
        traps=(("kg-batyrov-jalalabad-2011", "kg-batyrov-osh-2014"),),
    )


def test_the_forty_first_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh41 (40 blind texts, events of any year, session 16): 24 TNR and 16
    look-alikes, eight origin states (Ethiopia, Iran, Laos, Sri Lanka, Morocco, Russia, Sudan,
    Venezuela), 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh40, tnr-fresh42 and tnr-fresh43 were
    written beside it, blind), six TNR stories told three times and eleven stories told twice,
    and two "same person, different event" traps: Dmitry Glukhovsky's entry on the Russian
    wanted list (June 2022) and his eight-year sentence in absentia (August 2023) are separate
    TNR groups; Alex Saab's arrest in Cape Verde (June 2020) and his release in the US-Venezuela
    prisoner exchange (December 2023) are separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh41",
        states="ET IR LA LK MA RU SD VE",
        sibling=("tnr-fresh40", "tnr-fresh42", "tnr-fresh43"),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            ("ru-glukhovsky-wanted-2022", "ru-glukhovsky-absentia-2023"),
            ("lk-saab-cape-verde-2020", "lk-saab-swap-2023"),
        ),
    )


def test_the_forty_second_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh42 (40 blind texts, events of any year, 1993-2025): 24 TNR and 16 look-alikes,
    eight origin states (the United Arab Emirates, Burundi, Egypt, Cambodia, Libya, Myanmar,
    Saudi Arabia, Tajikistan), 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh40, tnr-fresh41 and
    tnr-fresh43 were written beside it, blind), eight TNR stories told three times (one a
    state) and eight look-alike stories told twice, and a "same person, different event" trap:
    Sean Turnell's three-year secrets-law sentence in Naypyitaw (September 2022) and his release
    in the junta's amnesty (November 2022) are separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh42",
        states="AE BI EG KH LY MM SA TJ",
        sibling=("tnr-fresh40", "tnr-fresh41", "tnr-fresh43"),
        sizes={2: 8, 3: 8},
        largest=3,
        traps=(("lk-turnell-sentence-2022", "lk-turnell-release-2022"),),
    )


def test_the_forty_third_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh43 (40 blind texts, events of any year, 1994-2026): 24 TNR and 16 look-alikes,
    eight origin states split between the session-16 writers (Azerbaijan, Belarus, Eritrea,
    India, Pakistan, Rwanda, Turkmenistan, Vietnam), 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh40,
    tnr-fresh41 and tnr-fresh42 were written beside it, blind), twenty stories each told twice
    (one English text and one in another language), and a "same person, different event" trap:
    Rico Krieger's death sentence in Minsk (June 2024) and Lukashenko's pardon of him before
    the prisoner swap (30 July 2024) are separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh43",
        states="AZ BY ER IN PK RW TM VN",
        sibling=("tnr-fresh40", "tnr-fresh41", "tnr-fresh42"),
        sizes={2: 20},
        largest=2,
        traps=(("lk-krieger-death-sentence-2024", "lk-krieger-pardon-2024"),),
    )


def test_the_forty_fourth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh44 (40 blind texts, events of 2002-2025, session 17): 24 TNR and 16
    look-alikes, six origin states split between the session-17 writers (Bahrain, China,
    Rwanda, Tajikistan, Vietnam, Zimbabwe), 20 English texts and four in each other language,
    a source for every text, no story group shared with another split (tnr-fresh45 to
    tnr-fresh51 were written beside it, blind), twenty stories each told twice (one English
    text and one in another language), and "same person, different event" traps: Jian Guo's
    arrest in Dresden (April 2024) and his conviction (September 2025) are separate TNR groups;
    Interpol's refusal of Zimbabwe's red notice for Saviour Kasukuwere (2019) and Harare's
    extradition request to South Africa for him and Walter Mzembi (October 2020) are separate
    TNR groups; and Mzembi's arrest on his return to Harare (June 2025) is a look-alike group
    apart from the 2020 request."""
    assert_a_blind_split_of_forty(
        "tnr-fresh44",
        states="BH CN RW TJ VN ZW",
        count=6,
        sibling=(
            "tnr-fresh45",
            "tnr-fresh46",
            "tnr-fresh47",
            "tnr-fresh48",
            "tnr-fresh49",
            "tnr-fresh50",
            "tnr-fresh51",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("cn-jian-guo-arrest-2024", "cn-jian-guo-verdict-2025"),
            ("zw-interpol-kasukuwere-2019", "zw-kasukuwere-mzembi-extradition-2020"),
            ("zw-kasukuwere-mzembi-extradition-2020", "lk-mzembi-return-arrest-2025"),
        ),
    )


def test_the_forty_fifth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh45 (40 blind texts, events of any year, 2009-2024, session 17): 24 TNR and 16
    look-alikes, six origin states given to this writer alone (Cameroon, Egypt, Iran, Laos,
    Nicaragua, Russia), 20 English texts and four in each other language, a source for every
    text, no story group shared with another split (tnr-fresh44 and tnr-fresh46 to tnr-fresh51
    were written beside it, blind), twenty stories each told twice (one English text and one in
    another language), and two "same person, different event" traps: Cameroon's international
    arrest warrants for Anglophone separatist leaders abroad, Cho Ayaba among them (November
    2017, TNR), and Norway's own arrest of Lucas Ayaba Cho for incitement to crimes against
    humanity (September 2024, look-alike) are separate groups; Artem Uss's arrest at Malpensa on
    a US warrant (October 2022) and his escape from house arrest (March 2023) are separate
    look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh45",
        states="CM EG IR LA NI RU",
        count=6,
        sibling=(
            "tnr-fresh44",
            "tnr-fresh46",
            "tnr-fresh47",
            "tnr-fresh48",
            "tnr-fresh49",
            "tnr-fresh50",
            "tnr-fresh51",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("cm-anglophone-warrants-2017", "lk-ayaba-cho-oslo-2024"),
            ("lk-uss-malpensa-2022", "lk-uss-escape-2023"),
        ),
    )


def test_the_forty_sixth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh46 (40 blind texts, events of any year, 2000-2024, session 17): 24 TNR and 16
    look-alikes, six origin states given to this writer alone (Djibouti, Equatorial Guinea,
    Kazakhstan, Pakistan, Saudi Arabia, Turkey), 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh44,
    tnr-fresh45 and tnr-fresh47 … tnr-fresh51 were written beside it, blind), twenty stories
    each told twice (one English text and one in another language), and two "same person,
    different event" traps: Simon Mann's extradition from Zimbabwe (February 2008) and his
    pardon in Malabo (November 2009) are separate look-alike groups, and Akezhan Kazhegeldin's
    detention at Fiumicino on a Kazakh red notice (July 2000) and his ten-year sentence in
    absentia (September 2001) are separate TNR groups. Two TNR groups are later events of
    affairs other splits hold: the High Court's immunity ruling in Ghanem al-Masarir's case
    (August 2022; tnr-fresh4 has his 2018 assault and the 2024 appeal) and the closing of the
    German probe into DITIB imams (December 2017; tnr-fresh12 has its opening)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh46",
        states="DJ GQ KZ PK SA TR",
        count=6,
        sibling=(
            "tnr-fresh44",
            "tnr-fresh45",
            "tnr-fresh47",
            "tnr-fresh48",
            "tnr-fresh49",
            "tnr-fresh50",
            "tnr-fresh51",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("lk-mann-extradition-2008", "lk-mann-pardon-2009"),
            ("kz-kazhegeldin-rome-2000", "kz-kazhegeldin-absentia-2001"),
        ),
    )


def test_the_forty_seventh_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh47 (40 blind texts, events of any year, 1978-2023, session 17): 24 TNR and 16
    look-alikes, six origin states given to this writer (Belarus, Cuba, Eritrea, Iraq,
    Cambodia, Uzbekistan), 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh44 … tnr-fresh46 and
    tnr-fresh48 … tnr-fresh51 were written beside it, blind), twenty stories each told twice
    (one English text and one in another language), and a "same person, different event"
    trap: Manuel Rocha's arrest in Miami as a covert agent of Cuba (December 2023) and his
    15-year sentence (April 2024) are separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh47",
        states="BY CU ER IQ KH UZ",
        count=6,
        sibling=(
            "tnr-fresh44",
            "tnr-fresh45",
            "tnr-fresh46",
            "tnr-fresh48",
            "tnr-fresh49",
            "tnr-fresh50",
            "tnr-fresh51",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("lk-rocha-arrest-2023", "lk-rocha-sentence-2024"),),
    )


def test_the_forty_eighth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh48 (40 blind texts, events of any year, 1989-2025): 24 TNR and 16 look-alikes,
    the six origin states given to this session-17 writer (Azerbaijan, India, North Korea, the
    Philippines, Sudan, Turkmenistan), 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh44 … tnr-fresh47
    and tnr-fresh49 … tnr-fresh51 were written beside it, blind), twenty stories each told twice
    (one English text and one in another language), and two "same person, different event"
    traps: the twelve relatives of the blogger Ordukhan Teymurkhan held in Baku (February 2017)
    and the 30-day jailing of his nephew and another relative (February 2018) are separate TNR
    groups; Otto Warmbier's sentence in Pyongyang (March 2016) and his release in a coma
    (June 2017) are separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh48",
        states="AZ IN KP PH SD TM",
        count=6,
        sibling=(
            "tnr-fresh44",
            "tnr-fresh45",
            "tnr-fresh46",
            "tnr-fresh47",
            "tnr-fresh49",
            "tnr-fresh50",
            "tnr-fresh51",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("az-teymurkhan-relatives-2017", "az-teymurkhan-nephew-2018"),
            ("lk-warmbier-sentence-2016", "lk-warmbier-release-2017"),
        ),
    )


def test_the_forty_ninth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh49 (40 blind texts, events of any year, 2002-2025, session 17): 24 TNR and
    16 look-alikes, six origin states given to this writer alone (Ethiopia, the United Arab
    Emirates, Myanmar, Uganda, Burundi, Togo), 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh44
    ... tnr-fresh48, tnr-fresh50 and tnr-fresh51 were written beside it, blind), twenty
    stories each told twice (one English text and one in another language), and two "same
    person, different event" traps: Gobeze Sisay's rendition from Djibouti (May 2023, TNR) and
    his nine days held incommunicado in Addis Ababa (May 2022, a look-alike) are separate
    groups; Burundi's international warrants and extradition requests for exiles such as
    Gervais Rufyikiri and Pie Ntavyohanyuma (October 2015, TNR) and the cancellation of the
    warrants against fifteen of them (February 2016, a look-alike) are separate groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh49",
        states="AE BI ET MM TG UG",
        count=6,
        sibling=(
            "tnr-fresh44",
            "tnr-fresh45",
            "tnr-fresh46",
            "tnr-fresh47",
            "tnr-fresh48",
            "tnr-fresh50",
            "tnr-fresh51",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("et-gobeze-djibouti-2023", "lk-gobeze-addis-2022"),
            ("bi-warrants-belgium-rwanda-2015", "lk-burundi-warrants-cancelled-2016"),
        ),
    )


def test_the_fiftieth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh50 (40 blind texts, events of any year, 2011-2025, session 17): 24 TNR and 16
    look-alikes, six origin states given to this writer alone (Congo-Kinshasa, Sri Lanka,
    Morocco, Syria, Thailand, Venezuela), 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh44 … tnr-fresh49
    and tnr-fresh51 were written beside it, blind), twenty stories each told twice (one English
    text and one in another language), and a "same person, different event" trap: Morocco's
    extradition request for Saïd Chaou with his arrest in the Netherlands (June 2017) and the
    Dutch Supreme Court's refusal to extradite him (October 2018) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh50",
        states="CD LK MA SY TH VE",
        count=6,
        sibling=(
            "tnr-fresh44",
            "tnr-fresh45",
            "tnr-fresh46",
            "tnr-fresh47",
            "tnr-fresh48",
            "tnr-fresh49",
            "tnr-fresh51",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("ma-chaou-request-2017", "ma-chaou-refusal-2018"),),
    )


def test_the_fifty_first_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh51 (40 blind texts, events of any year, 1965-2025, session 17): 24 TNR and 16
    look-alikes, six origin states given to this writer alone (Bangladesh, Algeria, Indonesia,
    Kyrgyzstan, Libya, South Sudan), 20 English texts and four in each other language, a source
    for every text, no story group shared with another split (tnr-fresh44 … tnr-fresh50 were
    written beside it, blind), twenty stories each told twice (one English text and one in
    another language), and a "same person, different event" trap: Christophe Gleizes's
    seven-year sentence in Tizi Ouzou (29 June 2025) and the appeal court's confirmation of it
    (3 December 2025) are separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh51",
        states="BD DZ ID KG LY SS",
        count=6,
        sibling=(
            "tnr-fresh44",
            "tnr-fresh45",
            "tnr-fresh46",
            "tnr-fresh47",
            "tnr-fresh48",
            "tnr-fresh49",
            "tnr-fresh50",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("lk-gleizes-sentence-2025", "lk-gleizes-appeal-2025"),),
    )


def test_the_fifty_second_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh52 (40 blind texts, events of any year, 1980-2025, session 17): 24 TNR and 16
    look-alikes, six origin states given to this writer alone (China, Kazakhstan, Eritrea,
    Libya, Jordan, Guinea), 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh53 … tnr-fresh58 were
    written beside it, blind), twenty stories each told twice (one English text and one in
    another language), and two "same person, different event" traps: the Guinean junta's
    demand that the Emirates extradite Alpha Condé and its later letter asking Turkey to
    extradite him (September 2022) are separate TNR groups, and "Toumba" Diakité's hearing in
    Dakar (28 December 2016) and the Dakar appeals court's approval of his extradition
    (January 2017) are separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh52",
        states="CN ER GN JO KZ LY",
        count=6,
        sibling=(
            "tnr-fresh53",
            "tnr-fresh54",
            "tnr-fresh55",
            "tnr-fresh56",
            "tnr-fresh57",
            "tnr-fresh58",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("gn-conde-uae-extradition-2022", "gn-conde-turkey-extradition-2022"),
            ("lk-toumba-dakar-hearing-2016", "lk-toumba-extradition-approved-2017"),
        ),
    )


def test_the_fifty_third_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh53 (40 blind texts, events of any year, 1998-2025, session 17): 24 TNR and 16
    look-alikes, six origin states given to this writer alone (Afghanistan, Bahrain, Russia,
    Sudan, Somalia, Turkmenistan), 20 English texts and four in each other language, a source
    for every text, no story group shared with another split (tnr-fresh52 and tnr-fresh54 …
    tnr-fresh58 were written beside it, blind), twenty stories each told twice (one English
    text and one in another language), and two "same person, different event" traps: Yevgeny
    Khasoyev's detention in Poland on a Russian red notice (July 2021) and the Warsaw court's
    refusal to extradite him (October 2021) are separate TNR groups, and Nabeel Rajab's
    five-year sentence (February 2018) and his release to a non-custodial sentence (June 2020)
    are separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh53",
        states="AF BH RU SD SO TM",
        count=6,
        sibling=(
            "tnr-fresh52",
            "tnr-fresh54",
            "tnr-fresh55",
            "tnr-fresh56",
            "tnr-fresh57",
            "tnr-fresh58",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("ru-khasoyev-detention-2021", "ru-khasoyev-refusal-2021"),
            ("lk-rajab-sentence-2018", "lk-rajab-release-2020"),
        ),
    )


def test_the_fifty_fourth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh54 (40 blind texts, events of any year, 2008-2025, session 17): 24 TNR and 16
    look-alikes, six origin states given to this writer alone (Iran, Cambodia, Mali, Oman,
    Rwanda, Uzbekistan), 20 English texts and four in each other language, a source for every
    text, no story group shared with another split (tnr-fresh52, tnr-fresh53 and tnr-fresh55 …
    tnr-fresh58 were written beside it, blind), twenty stories each told twice (one English
    text and one in another language), and a "same person, different event" trap: the
    withdrawal of imam Mahmoud Dicko's diplomatic passport at Bamako airport (June 2023) and the
    jailing of nine Malians who gathered to welcome his announced return from exile (February
    2025) are separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh54",
        states="IR KH ML OM RW UZ",
        count=6,
        sibling=(
            "tnr-fresh52",
            "tnr-fresh53",
            "tnr-fresh55",
            "tnr-fresh56",
            "tnr-fresh57",
            "tnr-fresh58",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("lk-dicko-passport-2023", "lk-dicko-supporters-2025"),),
    )


def test_the_fifty_fifth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh55 (40 blind texts, events of any year, 2007-2025, session 17): 24 TNR and 16
    look-alikes, six origin states given to this writer alone (Azerbaijan, Ethiopia, Gabon,
    Kuwait, Turkey, Vietnam), 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh52 … tnr-fresh54 and
    tnr-fresh56 … tnr-fresh58 were written beside it, blind), twenty stories each told twice
    (one English text and one in another language), and two "same person, different event"
    traps: Bashir Makhtal's rendition from Kenya (January 2007, TNR) and his release from an
    Ethiopian prison (April 2018, look-alike) are separate groups, and so are Musallam
    al-Barrak's arrest at a farm in Kuwait (June 2015) and his return from exile in Turkey
    under the emir's amnesty (November 2021), both look-alikes."""
    assert_a_blind_split_of_forty(
        "tnr-fresh55",
        states="AZ ET GA KW TR VN",
        count=6,
        sibling=(
            "tnr-fresh52",
            "tnr-fresh53",
            "tnr-fresh54",
            "tnr-fresh56",
            "tnr-fresh57",
            "tnr-fresh58",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("et-makhtal-rendition-2007", "lk-et-makhtal-release-2018"),
            ("lk-kw-barrak-arrest-2015", "lk-kw-exiles-return-2021"),
        ),
    )


def test_the_fifty_sixth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh56 (40 blind texts, events of any year, 2002-2024, session 17): 24 TNR and 16
    look-alikes, six origin states given to this writer alone (Saudi Arabia, Belarus, Myanmar,
    Togo, Cuba, Zimbabwe), 20 English texts and four in each other language, a source for every
    text, no story group shared with another split (tnr-fresh52 … tnr-fresh55, tnr-fresh57 and
    tnr-fresh58 were written beside it, blind), twenty stories each told twice (one English
    text and one in another language), and a "same person, different event" trap: Togo's
    international arrest warrant for Agbéyomé Kodjo while he said he was hiding in Togo (July
    2020, a look-alike) and Interpol's refusal to circulate the warrant Lomé had notified to it,
    confirmed to his lawyers in February 2021 (TNR), are separate groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh56",
        states="BY CU MM SA TG ZW",
        count=6,
        sibling=(
            "tnr-fresh52",
            "tnr-fresh53",
            "tnr-fresh54",
            "tnr-fresh55",
            "tnr-fresh57",
            "tnr-fresh58",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("tg-kodjo-interpol-2021", "lk-kodjo-warrant-2020"),),
    )


def test_the_fifty_seventh_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh57 (40 blind texts, events of any year, 2003-2025, session 17): 24 TNR and 16
    look-alikes, six origin states given to this writer alone (Congo-Brazzaville, Egypt, Laos,
    Nicaragua, Pakistan, Tajikistan), 20 English texts and four in each other language, a source
    for every text, no story group shared with another split (tnr-fresh52 … tnr-fresh56 and
    tnr-fresh58 were written beside it, blind), twenty stories each told twice (one English
    text and one in another language), and three "same person, different event" traps kept as
    separate TNR groups: the shooting of Ferdinand Mbaou near Paris (November 2015) and the
    charging of two former French agents over a plot to kill him (September 2018); the Bangkok
    appeals court's refusal to extradite the 16 Vang Tao raiders to Laos (December 2003) and
    their handover to Laos (July 2004); the eviction of Rafael Solís's mother in Managua
    (February 2024) and the police siege of her and his son's homes (May 2024)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh57",
        states="CG EG LA NI PK TJ",
        count=6,
        sibling=(
            "tnr-fresh52",
            "tnr-fresh53",
            "tnr-fresh54",
            "tnr-fresh55",
            "tnr-fresh56",
            "tnr-fresh58",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("cg-mbaou-shooting-2015", "cg-mbaou-plot-2018"),
            ("la-vangtao-refusal-2003", "la-vangtao-handover-2004"),
            ("ni-solis-mother-eviction-2024", "ni-solis-siege-2024"),
        ),
    )


def test_the_fifty_eighth_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh58 (40 blind texts, events of any year, 2005-2026, session 17): 24 TNR and 16
    look-alikes, six origin states given to this writer alone (United Arab Emirates, Bangladesh,
    Equatorial Guinea, India, North Korea, Uganda), 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh52 …
    tnr-fresh57 were written beside it, blind), twenty stories each told twice (one English text
    and one in another language), and three "same person, different event" traps: Cipriano
    Nguema Mba's abduction in Cameroon (October 2008) and in Lagos (December 2013) are separate
    TNR groups; Sam Mugumya's arrest in eastern Congo (October 2014) and Uganda's reported
    request that Congo keep holding him (2018) are separate TNR groups; and Abdulrahman Bin
    Sobeih's forced return from Indonesia (December 2015, TNR) and his presidential pardon in
    Abu Dhabi (May 2019, a look-alike) are separate groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh58",
        states="AE BD GQ IN KP UG",
        count=6,
        sibling=(
            "tnr-fresh52",
            "tnr-fresh53",
            "tnr-fresh54",
            "tnr-fresh55",
            "tnr-fresh56",
            "tnr-fresh57",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("gq-cipriano-yaounde-2008", "gq-cipriano-lagos-2013"),
            ("ug-mugumya-congo-2014", "ug-mugumya-held-2018"),
            ("ae-bin-sobeih-indonesia-2015", "lk-bin-sobeih-pardon-2019"),
        ),
    )


def test_the_fifty_ninth_fresh_round_is_a_blind_estimate_on_short_texts() -> None:
    """tnr-fresh59 (40 blind short texts of 25-55 words, Chinese 50-110 characters, events of
    2011-2025, session 17): 24 TNR and 16 look-alikes, six origin states given to this writer
    alone (China, Belarus, Cambodia, Somalia, Guinea, Venezuela), 20 English texts and four in
    each other language, a source for every text, no story group shared with another split
    (tnr-fresh60 … tnr-fresh65 were written beside it, blind), twenty stories each told twice
    (one English text and one in another language), and two "same person, different event"
    traps: the Venezuelan Supreme Court's request to Spain for Leopoldo López's extradition
    (11 May 2021) and Maduro's announcement of a new request over the Caracas gang violence
    (14 July 2021) are separate TNR groups, and so are the cancellation of Badiucao's Hong Kong
    show after threats to his family (November 2018) and the Chinese embassy's call to the
    Prague gallery showing his work (May 2022)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh59",
        states="BY CN GN KH SO VE",
        count=6,
        sibling=(
            "tnr-fresh60",
            "tnr-fresh61",
            "tnr-fresh62",
            "tnr-fresh63",
            "tnr-fresh64",
            "tnr-fresh65",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("ve-lopez-tsj-request-2021", "ve-lopez-cota905-2021"),
            ("cn-badiucao-hk-show-2018", "cn-badiucao-prague-2022"),
        ),
    )


def test_the_sixtieth_fresh_round_is_a_blind_estimate_of_short_texts() -> None:
    """tnr-fresh60 (40 blind short texts of 25-55 words, Chinese 50-110 characters, events of
    any year, 1998-2025, session 17): 24 TNR and 16 look-alikes, six origin states given to
    this writer alone (Russia, Eritrea, Libya, Cuba, Zimbabwe and the reserve state Cameroon,
    used because no new Jordanian TNR event was found; Jordan appears only in look-alikes),
    20 English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh59 and tnr-fresh61 … tnr-fresh65 were written beside
    it, blind), twenty stories each told twice (one English text and one in another language),
    and one "same person, different event" trap: Wellington Masiwa's arrest in South Africa and
    Zimbabwe's extradition warrant (April 2025) and his asylum claim while fighting extradition
    (June 2025) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh60",
        states="CM CU ER LY RU ZW",
        count=6,
        sibling=(
            "tnr-fresh59",
            "tnr-fresh61",
            "tnr-fresh62",
            "tnr-fresh63",
            "tnr-fresh64",
            "tnr-fresh65",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("zw-masiwa-warrant-2025", "zw-masiwa-asylum-2025"),),
    )


def test_the_sixty_first_fresh_round_is_a_blind_estimate_of_short_texts() -> None:
    """tnr-fresh61 (40 blind short texts of 25-55 words, Chinese 50-110 characters, events of
    1980-2025, session 17): 24 TNR and 16 look-alikes, six origin states given to this writer
    alone (Afghanistan, Bahrain, Iran, Nicaragua, Sudan, Turkmenistan), 20 English texts and four
    in each other language, a source for every text, no story group shared with another split
    (tnr-fresh59 … tnr-fresh65 were written beside it, blind), twenty stories each told twice
    (one English text and one in another language), and one "same person, different event" trap:
    Ricardo Martinelli's entry into Nicaragua's embassy in Panama with Nicaraguan asylum
    (February 2024) and the expiry of his safe-conduct to Managua (April 2025) are separate
    look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh61",
        states="AF BH IR NI SD TM",
        count=6,
        sibling=(
            "tnr-fresh59",
            "tnr-fresh60",
            "tnr-fresh62",
            "tnr-fresh63",
            "tnr-fresh64",
            "tnr-fresh65",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("lk-martinelli-asylum-2024", "lk-martinelli-safe-conduct-2025"),),
    )


def test_the_sixty_second_fresh_round_is_a_blind_estimate_of_short_texts() -> None:
    """tnr-fresh62 (40 blind short texts of 25-55 words, Chinese 50-110 characters, events of
    2005-2025, session 17): 24 TNR and 16 look-alikes, six origin states given to this writer
    alone (Turkey, Uzbekistan, Rwanda, Oman, Mali, Sri Lanka), 20 English texts and four in
    each other language, a source for every text, no story group shared with another split
    (tnr-fresh59 … tnr-fresh65 were written beside it, blind), twenty stories each told twice
    (one English text and one in another language), and one "same person, different event"
    trap: Sweden's Supreme Court refusing Turkey's request to extradite Ragıp Zarakolu (December
    2019) and his name on Ankara's NATO extradition demands (2022) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh62",
        states="LK ML OM RW TR UZ",
        count=6,
        sibling=(
            "tnr-fresh59",
            "tnr-fresh60",
            "tnr-fresh61",
            "tnr-fresh63",
            "tnr-fresh64",
            "tnr-fresh65",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("tr-zarakolu-refusal-2019", "tr-zarakolu-nato-list-2022"),),
    )


def test_the_sixty_third_fresh_round_is_a_blind_estimate_of_new_events() -> None:
    """tnr-fresh63 (session 17) holds short texts (25-55 words; Chinese 50-110 characters): 24
    TNR and 16 look-alikes, origin states given to this writer alone (Saudi Arabia, Azerbaijan,
    Ethiopia, Kuwait, Syria, and the reserve South Sudan in place of Gabon, for which no new
    reported TNR event was found), 20 English texts and four in each other language, a source
    for every text, no story group shared with another split (tnr-fresh59 … tnr-fresh62,
    tnr-fresh64 and tnr-fresh65 were written beside it, blind), twenty stories each told twice
    (one English text and one in another language), and one "same person, different event"
    trap: Interpol's deletion of Kuwait's red notice on Mesaed al-Musaileem in Bosnia (May
    2022) and Malaysia's forced return of him to Kuwait (May 2025) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh63",
        states="AZ ET KW SA SS SY",
        count=6,
        sibling=(
            "tnr-fresh59",
            "tnr-fresh60",
            "tnr-fresh61",
            "tnr-fresh62",
            "tnr-fresh64",
            "tnr-fresh65",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("kw-mesaileem-notice-deleted-2022", "kw-mesaileem-malaysia-2025"),),
    )


def test_the_sixty_fourth_fresh_round_is_a_blind_estimate_of_short_texts() -> None:
    """tnr-fresh64 (40 blind short texts of 25-55 words, Chinese 50-110 characters, events of
    2004-2025, session 17): 24 TNR and 16 look-alikes, six origin states given to this writer
    alone (Egypt, Tajikistan, Pakistan, Laos, Republic of the Congo, Morocco), 20 English texts
    and four in each other language, a source for every text, no story group shared with another
    split (tnr-fresh59 … tnr-fresh63 and tnr-fresh65 were written beside it, blind), twenty
    stories each told twice (one English text and one in another language), and one "same
    person, different event" trap: Vang Pao's arrest over a plot against Laos (June 2007) and
    the dropping of the charges against him (September 2009) are separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh64",
        states="CG EG LA MA PK TJ",
        count=6,
        sibling=(
            "tnr-fresh59",
            "tnr-fresh60",
            "tnr-fresh61",
            "tnr-fresh62",
            "tnr-fresh63",
            "tnr-fresh65",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("lk-vang-pao-arrest-2007", "lk-vang-pao-dropped-2009"),),
    )


def test_tnr_fresh65_is_a_blind_split_of_forty_short_texts():
    """tnr-fresh65: forty blind short texts (25–55 words, Chinese 50–110 characters), 24 TNR
    and 16 look-alikes, six origin states given to this writer alone (United Arab Emirates,
    India, Bangladesh, North Korea, Uganda, Thailand), 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh59 …
    tnr-fresh64 were written beside it, blind), twenty stories each told twice (one English text
    and one in another language), and two "same person, different event" traps: Dhaka's 2015
    letter to London and its 2018 extradition push for Tarique Rahman are separate TNR groups;
    the army's lese majeste charge against Somsak Jeamteerasakul in Bangkok (May 2011, a
    look-alike) and Thailand's 2015 request that France return him and two other exiles (TNR)
    are separate groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh65",
        states="AE BD IN KP TH UG",
        count=6,
        sibling=(
            "tnr-fresh59",
            "tnr-fresh60",
            "tnr-fresh61",
            "tnr-fresh62",
            "tnr-fresh63",
            "tnr-fresh64",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("bd-tarique-letter-2015", "bd-tarique-extradition-2018"),
            ("lk-somsak-charge-2011", "th-france-request-2015"),
        ),
    )


def test_tnr_fresh66_is_a_blind_split_of_forty_short_texts():
    """tnr-fresh66: forty blind short texts (25–55 words, Chinese 50–110 characters), 24 TNR
    and 16 look-alikes, six origin states given to this writer alone (China, Eritrea, Libya,
    Nicaragua, Cambodia, Guinea), 20 English texts and four in each other language, a source
    for every text, no story group shared with another split (tnr-fresh67 … tnr-fresh72 were
    written beside it, blind), twenty stories each told twice (one English text and one in
    another language), and three "same person, different event" traps: Libya's November 1984
    Cairo plot against Abdel-Hamid Bakoush and its November 1985 Alexandria plot are separate
    TNR groups; Cellou Dalein Diallo's exit ban at home after the 2020 election (a look-alike)
    and the CRIEF prosecutor's 2025 warning of an international warrant against him in exile
    (TNR) are separate groups; Thach Setha's January 2023 arrest and his September 2023
    sentence are separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh66",
        states="CN ER GN KH LY NI",
        count=6,
        sibling=(
            "tnr-fresh67",
            "tnr-fresh68",
            "tnr-fresh69",
            "tnr-fresh70",
            "tnr-fresh71",
            "tnr-fresh72",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("ly-bakoush-cairo-1984", "ly-bakoush-alexandria-1985"),
            ("lk-cellou-exit-ban-2021", "gn-cellou-crief-warrant-2025"),
            ("lk-thach-setha-arrest-2023", "lk-thach-setha-sentence-2023"),
        ),
    )


def test_tnr_fresh67_is_a_blind_split_of_forty_short_texts():
    """tnr-fresh67: forty blind short texts (25–55 words, Chinese 50–110 characters), 24 TNR
    and 16 look-alikes, six origin states given to this writer alone (Sudan, Russia,
    Uzbekistan, Zimbabwe, Somalia, and the reserve Afghanistan in place of Laos, for which no
    new TNR event was found; Laos appears only in look-alikes), 20 English texts and four in
    each other language, a source for every text, no story group shared with another split
    (tnr-fresh66 and tnr-fresh68 … tnr-fresh72 were written beside it, blind), twenty stories
    each told twice (one English text and one in another language), and one "same person,
    different event" trap: Xaysana Keopimpha's arrest at Bangkok airport (January 2017) and his
    life sentence (March 2018) are separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh67",
        states="AF RU SD SO UZ ZW",
        count=6,
        sibling=(
            "tnr-fresh66",
            "tnr-fresh68",
            "tnr-fresh69",
            "tnr-fresh70",
            "tnr-fresh71",
            "tnr-fresh72",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("lk-keopimpha-arrest-2017", "lk-keopimpha-life-2018"),),
    )


def test_tnr_fresh68_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh68: forty blind short texts (25–55 words, Chinese 50–110 characters), 24 TNR
    and 16 look-alikes, six origin states given to this writer alone (Iran, Tajikistan,
    Bahrain, Cuba, Myanmar, Cameroon), 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh66, tnr-fresh67
    and tnr-fresh69 … tnr-fresh72 were written beside it, blind), twenty stories each told
    twice (one English text and one in another language), and one "same person, different
    event" trap: Austria's extradition of Hizbullo Shovalizoda to Tajikistan and his 20-year
    sentence (March–June 2020) and the Austrian Supreme Court's ruling that the extradition was
    unlawful (July 2020) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh68",
        states="BH CM CU IR MM TJ",
        count=6,
        sibling=(
            "tnr-fresh66",
            "tnr-fresh67",
            "tnr-fresh69",
            "tnr-fresh70",
            "tnr-fresh71",
            "tnr-fresh72",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("tj-shovalizoda-extradition-2020", "tj-shovalizoda-ruling-2020"),),
    )


def test_tnr_fresh69_is_a_blind_split_of_forty_short_texts():
    """tnr-fresh69: forty blind short texts (25–55 words, Chinese 50–110 characters), 24 TNR
    and 16 look-alikes, six origin states given to this writer alone (Turkey, Kazakhstan,
    Rwanda, Venezuela, Belarus, Morocco), 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh66 … tnr-fresh68
    and tnr-fresh70 … tnr-fresh72 were written beside it, blind), twenty stories each told
    twice (one English text and one in another language), and two "same person, different
    event" traps: Leopoldo López's sentence in Caracas (September 2015, a look-alike) and
    Venezuela's red-notice request against him in Spain (January 2025, TNR) are separate
    groups; the Kagiso verdict on the 2010 attempt on Kayumba Nyamwasa (August 2014) and the
    raid on his Johannesburg home that led South Africa to expel Rwandan diplomats (March 2014)
    are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh69",
        states="BY KZ MA RW TR VE",
        count=6,
        sibling=(
            "tnr-fresh66",
            "tnr-fresh67",
            "tnr-fresh68",
            "tnr-fresh70",
            "tnr-fresh71",
            "tnr-fresh72",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("lk-lopez-sentence-2015", "ve-lopez-red-notice-2025"),
            ("rw-nyamwasa-verdict-2014", "rw-nyamwasa-raid-2014"),
        ),
    )


def test_tnr_fresh70_is_a_blind_split_of_forty_short_texts():
    """tnr-fresh70: forty blind short texts (25–55 words, Chinese 50–110 characters), 24 TNR
    and 16 look-alikes, six origin states given to this writer alone (Saudi Arabia, Azerbaijan,
    Ethiopia, Pakistan, Thailand, DR Congo), 20 English texts and four in each other language,
    a source for every text, no story group shared with another split (tnr-fresh66 …
    tnr-fresh72 were written beside it, blind), twenty stories each told twice (one English
    text and one in another language), and a "same person, different event" trap: Ethiopia's
    terrorism charges in absentia against five exiled journalists (10 November 2011) and the
    Lideta court's ruling on those charges (24 January 2012) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh70",
        states="AZ CD ET PK SA TH",
        count=6,
        sibling=(
            "tnr-fresh66",
            "tnr-fresh67",
            "tnr-fresh68",
            "tnr-fresh69",
            "tnr-fresh71",
            "tnr-fresh72",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("et-exiled-journalists-charged-2011", "et-exiled-journalists-ruling-2012"),),
    )


def test_tnr_fresh71_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh71: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2011-2025, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (United Arab Emirates, Burundi, Egypt, India, Syria, Turkmenistan), 20 English texts and
    four in each other language, a source for every text, no story group shared with another
    split (tnr-fresh66 ... tnr-fresh70 and tnr-fresh72 were written beside it, blind), twenty
    stories each told twice (one English text and one in another language), and two "same
    person, different event" traps: Hussein Harmoush's disappearance from a Turkish camp and
    reappearance on Syrian television (August-September 2011) and the arrest in Turkey of five
    people over his handover (early 2012) are separate groups; Russia's Supreme Court backing
    Ashyrbai Bekiyev's extradition to Turkmenistan (May 2017) and his later deportation from
    Moscow to Ashgabat (30 August) are separate groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh71",
        states="AE BI EG IN SY TM",
        count=6,
        sibling=(
            "tnr-fresh66",
            "tnr-fresh67",
            "tnr-fresh68",
            "tnr-fresh69",
            "tnr-fresh70",
            "tnr-fresh72",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("sy-harmoush-camp-2011", "sy-harmoush-arrests-2012"),
            ("tm-bekiev-extradition-2017", "tm-bekiev-deported-2023"),
        ),
    )


def test_tnr_fresh72_is_a_blind_split_of_forty_short_texts():
    """tnr-fresh72: forty blind short texts (25–55 words, Chinese 50–110 characters), 24 TNR
    and 16 look-alikes, six origin states given to this writer alone (Bangladesh, Algeria,
    Kyrgyzstan, North Korea, Uganda, Sri Lanka), 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh66 …
    tnr-fresh71 were written beside it, blind), twenty stories each told twice (one English text
    and one in another language), and one "same person, different event" trap: Algeria's 2021
    international warrant for Ferhat Mehenni and his 2022 conviction in absentia with a new
    warrant are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh72",
        states="BD DZ KG KP LK UG",
        count=6,
        sibling=(
            "tnr-fresh66",
            "tnr-fresh67",
            "tnr-fresh68",
            "tnr-fresh69",
            "tnr-fresh70",
            "tnr-fresh71",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("dz-mehenni-warrant-2021", "dz-mehenni-sentence-2022"),),
    )


def test_tnr_fresh73_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh73: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2011-2026, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (China, Laos, Somalia, Sudan, Turkmenistan, Zimbabwe), 20 English texts and four in each
    other language, a source for every text, no story group shared with another split
    (tnr-fresh74 ... tnr-fresh78 were written beside it, blind), twenty stories each told twice
    (one English text and one in another language), and one "same person, different event"
    trap: the Zimbabwean police hunt for Kudzai Weston Saruwaka over flyers for Blessed Geza's
    protests (a look-alike) and his killing near Pretoria on 7 February 2026 (TNR) are separate
    groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh73",
        states="CN LA SD SO TM ZW",
        count=6,
        sibling=("tnr-fresh74", "tnr-fresh75", "tnr-fresh76", "tnr-fresh77", "tnr-fresh78"),
        sizes={2: 20},
        largest=2,
        traps=(("zw-saruwaka-killing-pretoria-2026", "lk-zw-saruwaka-police-hunt"),),
    )


def test_tnr_fresh74_is_a_blind_split_of_forty_short_texts():
    """tnr-fresh74: forty blind short texts (25–55 words, Chinese 50–110 characters), 24 TNR
    and 16 look-alikes, six origin states given to this writer alone (Russia, Tajikistan,
    Bahrain, Cuba, Myanmar, Jordan; the reserve state CM was not used), 20 English texts and
    four in each other language, a source for every text, no story group shared with another
    split (tnr-fresh73 and tnr-fresh75 … tnr-fresh78 were written beside it, blind), twenty
    stories each told twice (one English text and one in another language), and three "same
    person, different event" traps: Russia's wanted listing of Boris Akunin (January 2024) and
    his 14-year sentence in absentia (July 2025), and Cuba's refusals of entry to the artist
    Coco Fusco in May 2018 and April 2019 (and Mudar Zahran's 2014 indictment and the 2018
    threats to his family), each pair kept as separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh74",
        states="BH CU JO MM RU TJ",
        count=6,
        sibling=(
            "tnr-fresh73",
            "tnr-fresh75",
            "tnr-fresh76",
            "tnr-fresh77",
            "tnr-fresh78",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("ru-akunin-wanted-2024", "ru-akunin-sentence-2025"),
            ("cu-fusco-havana-2018", "cu-fusco-havana-2019"),
            ("jo-zahran-indictment-2014", "jo-zahran-family-2018"),
        ),
    )


def test_tnr_fresh75_is_a_blind_split_of_forty_short_texts():
    """tnr-fresh75: forty blind short texts (25–55 words, Chinese 50–110 characters), 24 TNR
    and 16 look-alikes, six origin states given to this writer alone (Iran, Kazakhstan, Rwanda,
    Venezuela, Belarus, Libya), four TNR texts each, 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh73,
    tnr-fresh74 and tnr-fresh76 … tnr-fresh78 were written beside it, blind), twenty stories
    each told twice (one English text and one in another language), and one "same person,
    different event" trap: Austria's 2007 refusal to extradite Rakhat Aliyev to Kazakhstan and
    Kazakhstan's new request after a second Vienna refusal in 2011 are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh75",
        states="BY IR KZ LY RW VE",
        count=6,
        sibling=("tnr-fresh73", "tnr-fresh74", "tnr-fresh76", "tnr-fresh77", "tnr-fresh78"),
        sizes={2: 20},
        largest=2,
        traps=(("kz-aliyev-vienna-2007", "kz-aliyev-vienna-2011"),),
    )


def test_tnr_fresh76_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh76: forty blind short texts (25-55 words, Chinese 50-110 characters), 24 TNR
    and 16 look-alikes, six origin states given to this writer alone (Azerbaijan, Ethiopia,
    Guinea, Pakistan, Thailand, Turkey), 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh73 ... tnr-fresh75,
    tnr-fresh77 and tnr-fresh78 were written beside it, blind), twenty stories each told twice
    (one English text and one in another language), and one "same person, different event"
    trap: Turkey's extradition request for Levent Kenez (filed December 2019) and the Swedish
    Supreme Court's later refusal to extradite him are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh76",
        states="AZ ET GN PK TH TR",
        count=6,
        sibling=("tnr-fresh73", "tnr-fresh74", "tnr-fresh75", "tnr-fresh77", "tnr-fresh78"),
        sizes={2: 20},
        largest=2,
        traps=(("tr-kenez-request-2020", "tr-kenez-refused"),),
    )


def test_tnr_fresh77_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh77: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2012-2026, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (United Arab Emirates, DR Congo, India, Saudi Arabia, Syria, Uzbekistan), 20 English texts
    and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh73 ... tnr-fresh76 and tnr-fresh78 were written beside it, blind),
    twenty stories each told twice (one English text and one in another language), and two
    "same person, different event" traps: Joseph Mukungubila's arrest in Johannesburg on an
    Interpol warrant (May 2014, TNR) and South Africa's grant of asylum to him (April 2017, a
    look-alike) are separate groups; the arrest of Aman Sagidullaev's five brothers (April
    2015) and the search of his sister's home in Karakalpakstan (July 2023) are separate TNR
    groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh77",
        states="AE CD IN SA SY UZ",
        count=6,
        sibling=("tnr-fresh73", "tnr-fresh74", "tnr-fresh75", "tnr-fresh76", "tnr-fresh78"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("cd-mukungubila-johannesburg-2014", "lk-cd-mukungubila-asylum-2017"),
            ("uz-sagidullaev-brothers-2015", "uz-sagidullaev-sisters-2023"),
        ),
    )


def test_tnr_fresh78_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh78: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2009-2025, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (Egypt, Kyrgyzstan, North Korea, Uganda, Sri Lanka, Nicaragua), 20 English texts and four
    in each other language, a source for every text, no story group shared with another split
    (tnr-fresh73 ... tnr-fresh77 were written beside it, blind), twenty stories each told
    twice (one English text and one in another language), and one "same person, different
    event" trap: the Moscow City Court's backing of Abdilaziz Khamrakulov's extradition to
    Kyrgyzstan (9 September 2013) and the European Court of Human Rights' ruling against it
    (16 April 2015) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh78",
        states="EG KG KP LK NI UG",
        count=6,
        sibling=("tnr-fresh73", "tnr-fresh74", "tnr-fresh75", "tnr-fresh76", "tnr-fresh77"),
        sizes={2: 20},
        largest=2,
        traps=(("kg-khamrakulov-order-2013", "kg-khamrakulov-echr-2015"),),
    )


def test_tnr_fresh79_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh79: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1980-2024, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (China, Turkmenistan, Kazakhstan, Rwanda, Venezuela, Libya; the reserve Indonesia unused),
    20 English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh80 ... tnr-fresh86 were written beside it, blind),
    twenty stories each told twice (one English text and one in another language), and one
    "same person, different event" trap: Turkmenistan's request to Russia for the extradition
    of Nurmuhammed Khanamov and Boris Shikhmuradov (February 2002) and Austria's refusal of
    Turkmenistan's 2019 request for Khanamov are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh79",
        states="CN KZ LY RW TM VE",
        count=6,
        sibling=(
            "tnr-fresh80",
            "tnr-fresh81",
            "tnr-fresh82",
            "tnr-fresh83",
            "tnr-fresh84",
            "tnr-fresh85",
            "tnr-fresh86",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("tm-khanamov-shikhmuradov-russia-request-2002", "tm-khanamov-austria-refusal-2019"),
        ),
    )


def test_tnr_fresh80_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh80: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2011-2026, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (Russia, Tajikistan, Eritrea, Ethiopia, Cuba, Cambodia), 20 English texts and four in each
    other language, a source for every text, no story group shared with another split
    (tnr-fresh79 and tnr-fresh81 ... tnr-fresh86 were written beside it, blind), twenty
    stories each told twice (one English text and one in another language), and one "same
    person, different event" trap: Nikolay Koblyakov's detention at Sofia airport on Russia's
    Interpol warrant (29 July 2014) and the Sofia City Court's refusal to extradite him
    (October 2014) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh80",
        states="CU ER ET KH RU TJ",
        count=6,
        sibling=(
            "tnr-fresh79",
            "tnr-fresh81",
            "tnr-fresh82",
            "tnr-fresh83",
            "tnr-fresh84",
            "tnr-fresh85",
            "tnr-fresh86",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("ru-koblyakov-sofia-2014", "ru-koblyakov-refused-2014"),),
    )


def test_tnr_fresh81_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh81: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2010-2026, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (Belarus, Guinea, Iran, Nicaragua, Sudan, Uzbekistan; the reserve state Jordan was not
    needed), 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh79, tnr-fresh80 and tnr-fresh82 ...
    tnr-fresh86 were written beside it, blind), twenty stories each told twice (one English
    text and one in another language), and one "same person, different event" trap: Abror
    Khidirov's detention in Moscow on Uzbekistan's wanted list (2017, TNR) and his arrest at
    Karshi airport after he went home (1 April 2019, a look-alike) are separate groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh81",
        states="BY GN IR NI SD UZ",
        count=6,
        sibling=(
            "tnr-fresh79",
            "tnr-fresh80",
            "tnr-fresh82",
            "tnr-fresh83",
            "tnr-fresh84",
            "tnr-fresh85",
            "tnr-fresh86",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("uz-khidirov-moscow-2017", "lk-uz-khidirov-karshi-2019"),),
    )


def test_tnr_fresh82_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh82: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1995-2026, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (Egypt, Kyrgyzstan, Azerbaijan, Pakistan, Zimbabwe, Laos), 20 English texts and four in
    each other language, a source for every text, no story group shared with another split
    (tnr-fresh79 ... tnr-fresh86 were written beside it, blind), twenty stories each told
    twice (one English text and one in another language), and two "same person, different
    event" traps: Khaidarali Khalikov's detention in Moldova on a Kyrgyz warrant (10 January
    2025) and the Chisinau court's refusal to extradite him (2 June 2025) are separate TNR
    groups, as are Rasul Guliyev's detention at Simferopol on an Azerbaijani Interpol warrant
    (17 October 2005) and the Simferopol court's release of him days later."""
    assert_a_blind_split_of_forty(
        "tnr-fresh82",
        states="AZ EG KG LA PK ZW",
        count=6,
        sibling=(
            "tnr-fresh79",
            "tnr-fresh80",
            "tnr-fresh81",
            "tnr-fresh83",
            "tnr-fresh84",
            "tnr-fresh85",
            "tnr-fresh86",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("kg-khalikov-chisinau-2025", "kg-khalikov-extradition-refused-2025"),
            ("az-guliyev-simferopol-2005", "az-guliyev-release-2005"),
        ),
    )


def test_tnr_fresh83_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh83: forty blind short texts (25-55 words, Chinese 50-110 characters), events of
    2014-2025 (some undated by their sources), 24 TNR and 16 look-alikes, six origin states
    given to this writer alone (Bangladesh, Mali, Somalia, Thailand, Turkey, Vietnam), 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh79 ... tnr-fresh82 and tnr-fresh84 ... tnr-fresh86 were
    written beside it, blind), twenty stories each told twice (one English text and one in
    another language), and one "same person, different event" trap: Vietnam's terrorist listing
    of Dao Minh Quan's California-based Provisional National Government (30 January 2018) and
    the published warrants and proposed in-absentia trial of Quan (17 November 2025) are
    separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh83",
        states="BD ML SO TH TR VN",
        count=6,
        sibling=(
            "tnr-fresh79",
            "tnr-fresh80",
            "tnr-fresh81",
            "tnr-fresh82",
            "tnr-fresh84",
            "tnr-fresh85",
            "tnr-fresh86",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("vn-pngv-terror-listing-2018", "vn-dao-minh-quan-absentia-2025"),),
    )


def test_tnr_fresh84_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh84: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1975-2025, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (Saudi Arabia, India, the United Arab Emirates, North Korea, Syria, and the reserve state
    the Philippines in place of Uganda, for which no TNR event new to the corpus was found;
    Uganda appears in one look-alike only), 20 English texts and four in each other language,
    a source for every text, no story group shared with another split (tnr-fresh79 ...
    tnr-fresh86 were written beside it, blind), twenty stories each told twice (one English
    text and one in another language), and one "same person, different event" trap: Marcos
    letting the jailed Benigno Aquino Jr. fly to the US for heart surgery (8 May 1980, a
    look-alike) and his government refusing the exiled Aquino travel documents (July 1983,
    TNR) are separate groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh84",
        states="AE IN KP PH SA SY",
        count=6,
        sibling=(
            "tnr-fresh79",
            "tnr-fresh80",
            "tnr-fresh81",
            "tnr-fresh82",
            "tnr-fresh83",
            "tnr-fresh85",
            "tnr-fresh86",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("ph-aquino-travel-document-1983", "lk-ph-aquino-surgery-leave-1980"),),
    )


def test_tnr_fresh85_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh85: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1988-2023, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (Bahrain, Iraq, DR Congo, Congo-Brazzaville, Myanmar, Sri Lanka), 20 English texts and
    four in each other language, a source for every text, no story group shared with another
    split (tnr-fresh79 ... tnr-fresh84 and tnr-fresh86 were written beside it, blind), twenty
    stories each told twice (one English text and one in another language), and two "same
    person, different event" traps: Maryam al-Khawaja's denied boarding in Copenhagen (9
    August 2013) and at Heathrow (15 September 2023) are separate TNR groups, and John
    Tshibangu's arrest in Dar es Salaam with Kinshasa's extradition demand (January 2018) and
    his extradition to Kinshasa (5 February 2018) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh85",
        states="BH CD CG IQ LK MM",
        count=6,
        sibling=(
            "tnr-fresh79",
            "tnr-fresh80",
            "tnr-fresh81",
            "tnr-fresh82",
            "tnr-fresh83",
            "tnr-fresh84",
            "tnr-fresh86",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("bh-khawaja-copenhagen-2013", "bh-khawaja-heathrow-2023"),
            ("cd-tshibangu-dar-arrest-2018", "cd-tshibangu-extradited-2018"),
        ),
    )


def test_tnr_fresh86_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh86: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2005-2025, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (Algeria, Jordan, Kuwait, Oman, Afghanistan, Togo), 20 English texts and four in each
    other language, a source for every text, no story group shared with another split
    (tnr-fresh79 ... tnr-fresh85 were written beside it, blind), twenty stories each told
    twice (one English text and one in another language), and two "same person, different
    event" traps: Mourad Dhina's arrest at Orly on an Algerian warrant (16 January 2012) and
    the Paris appeal court's refusal to extradite him (4 July 2012) are separate TNR groups;
    Ferdinand Ayité's sentence in absentia with international warrants (15 March 2023) and
    the terrorism warrant over the Kpekpakandi attack (August 2024) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh86",
        states="AF DZ JO KW OM TG",
        count=6,
        sibling=(
            "tnr-fresh79",
            "tnr-fresh80",
            "tnr-fresh81",
            "tnr-fresh82",
            "tnr-fresh83",
            "tnr-fresh84",
            "tnr-fresh85",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("dz-dhina-orly-2012", "dz-dhina-refusal-2012"),
            ("tg-ayite-sentence-2023", "tg-ayite-terror-warrant-2024"),
        ),
    )


def test_tnr_fresh92_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh92: forty blind short texts (60-250 words), events of 1980-2023, 24 TNR and 16
    look-alikes, six origin states given to this writer alone (North Korea, Syria, Iraq, Cuba,
    Venezuela, Kyrgyzstan), 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh87 ... tnr-fresh91 were
    written beside it, blind), twenty stories each told twice (one English text and one in
    another language), and one "same person, different event" trap: Raghad Saddam Hussein on
    Baghdad's most-wanted list (2 July 2006) and the Interpol red notice with the wanted list
    handed to Jordan (August 2007) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh92",
        states="CU IQ KG KP SY VE",
        count=6,
        sibling=("tnr-fresh87", "tnr-fresh88", "tnr-fresh89", "tnr-fresh90", "tnr-fresh91"),
        sizes={2: 20},
        largest=2,
        traps=(("iq-raghad-wanted-list-2006", "iq-raghad-red-notice-2007"),),
    )


def test_tnr_fresh94_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh94: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2011-2025, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (Egypt, India, Myanmar, Nicaragua, Russia, Tajikistan), 20 English texts and four in each
    other language, a source for every text, no story group shared with another split
    (tnr-fresh93 and tnr-fresh95 ... tnr-fresh98 were written beside it, blind), twenty
    stories each told twice (one English text and one in another language), and two "same
    person, different event" traps: Mikhail Khodorkovsky's arrest in absentia with an
    international warrant (23 December 2015) and his listing as wanted over war comments
    (9 January 2024) are separate TNR groups; the questioning of Sharofiddin Gadoev's mother
    at her home in Farkhor (16 August 2023) and the cutting of her electricity "on orders
    from above" (11 October 2023) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh94",
        states="EG IN MM NI RU TJ",
        count=6,
        sibling=("tnr-fresh93", "tnr-fresh95", "tnr-fresh96", "tnr-fresh97", "tnr-fresh98"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("ru-khodorkovsky-absentia-2015", "ru-khodorkovsky-wanted-2024"),
            ("tj-gadoev-mother-questioned-2023", "tj-gadoev-mother-power-cut-2023"),
        ),
    )


def test_tnr_fresh93_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh93: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2010-2026, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (China, Saudi Arabia, Belarus, Uganda, Eritrea, Cambodia), 20 English texts and four in
    each other language, a source for every text, no story group shared with another split
    (tnr-fresh94 ... tnr-fresh98 were written beside it, blind), twenty stories each told
    twice (one English text and one in another language), and two "same person, different
    event" traps: Sam Rainsy's 25-year sentence in absentia (1 March 2021) and his life
    sentence in absentia over the "land giveaway" (19 October 2022) are separate TNR groups;
    the Kampala court's arrest warrant for the exiled novelist Kakwenza Rukirabashaija (23
    March 2022) and the holding of his wife and children at Busia on their way to join him
    (October 2022) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh93",
        states="BY CN ER KH SA UG",
        count=6,
        sibling=(
            "tnr-fresh94",
            "tnr-fresh95",
            "tnr-fresh96",
            "tnr-fresh97",
            "tnr-fresh98",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("kh-rainsy-absentia-2021", "kh-rainsy-life-2022"),
            ("ug-kakwenza-warrant-2022", "ug-kakwenza-family-2022"),
        ),
    )


def test_tnr_fresh89_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh89: forty blind short texts (80-170 words, Chinese 230-310 characters), events
    of 1985-2025, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (Turkey, India, Tajikistan, Nicaragua, Algeria, Libya), 20 English texts and four in each
    other language, a source for every text, no story group shared with another split
    (tnr-fresh87, tnr-fresh88 and tnr-fresh90 ... tnr-fresh92 were written beside it, blind),
    twenty stories each told twice (one English text and one in another language), and two
    "same person, different event" traps: the opening of the Frankfurt trial of Manmohan S.
    and Kanwal Jit K. for spying on Sikhs and Kashmiris for RAW (21 November 2019) and their
    conviction (December 2019) are separate TNR groups; Suhrob Zafar's detention in Istanbul
    at Tajikistan's request (19 March 2018) and his disappearance in Turkey and detention in
    Dushanbe (10 March 2024) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh89",
        states="DZ IN LY NI TJ TR",
        count=6,
        sibling=("tnr-fresh87", "tnr-fresh88", "tnr-fresh90", "tnr-fresh91", "tnr-fresh92"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("in-manmohan-trial-opens-2019", "in-manmohan-verdict-2019"),
            ("tj-zafar-istanbul-detention-2018", "tj-zafar-disappearance-2024"),
        ),
    )


def test_tnr_fresh91_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh91: forty blind texts (60-250 words, Chinese up to about 250 characters), events
    of 2014-2025, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (Pakistan, Bangladesh, Thailand, Morocco, Bahrain, Jordan), 20 English texts and four in
    each other language, a source for every text, no story group shared with another split
    (tnr-fresh87 ... tnr-fresh90 and tnr-fresh92 were written beside it, blind), eight TNR
    stories told three times and eight look-alike stories told twice, and two "same person,
    different event" traps: the March 2025 arrest of Hicham Jerando's relatives in Casablanca
    and their sentencing by the Ain Sebaa court in May 2025 are separate TNR groups, and the
    sentencing of Sayed Ahmed Alwadaei's relatives (30 October 2017) and the Court of
    Cassation's rejection of their last appeal (25 February 2019) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh91",
        states="BD BH JO MA PK TH",
        count=6,
        sibling=("tnr-fresh87", "tnr-fresh88", "tnr-fresh89", "tnr-fresh90", "tnr-fresh92"),
        sizes={2: 8, 3: 8},
        largest=3,
        traps=(
            ("ma-jerando-relatives-arrest-2025", "ma-jerando-relatives-sentence-2025"),
            ("bh-alwadaei-relatives-sentenced-2017", "bh-alwadaei-cassation-2019"),
        ),
    )


def test_tnr_fresh88_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh88: forty blind short texts (60-150 words), events of 2005-2025, 24 TNR and 16
    look-alikes, six origin states given to this writer alone (Russia, Iran, Belarus, Cambodia,
    Ethiopia, Uganda), 20 English texts and four in each other language, a source for every
    text, no story group shared with another split (tnr-fresh87 and tnr-fresh89 ...
    tnr-fresh92 were written beside it, blind), twenty stories each told twice (one English
    text and one in another language), and two "same person, different event" traps:
    Aliaksandr Dabravolski's four years in absentia in the referendum case (18 March 2024)
    and his 11.5 years in the "Tsikhanouskaya's analysts" case (2024) are separate TNR groups;
    Isaac Ssemakadde's contempt sentence and his post from Kigali (February 2025, a
    look-alike) and the Kampala court's order to Interpol to arrest him abroad (19 March
    2025, TNR) are separate groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh88",
        states="BY ET IR KH RU UG",
        count=6,
        sibling=(
            "tnr-fresh87",
            "tnr-fresh89",
            "tnr-fresh90",
            "tnr-fresh91",
            "tnr-fresh92",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("by-dabravolski-referendum-case-2024", "by-dabravolski-analysts-case-2024"),
            ("lk-ssemakadde-contempt-kigali-2025", "ug-ssemakadde-interpol-order-2025"),
        ),
    )


def test_tnr_fresh90_is_a_blind_split_of_forty() -> None:
    """tnr-fresh90: forty blind texts (60-250 words), events of 2006-2025, 24 TNR and 16
    look-alikes, six origin states given to this writer alone (Turkmenistan, Kazakhstan,
    Uzbekistan, Azerbaijan, Eritrea, Sudan), 20 English texts and four in each other
    language, a source for every text, no story group shared with another split
    (tnr-fresh87 ... tnr-fresh89, tnr-fresh91 and tnr-fresh92 were written beside it, blind),
    twenty stories each told twice (one English text and one in another language), and one
    "same person, different event" trap: the Audiencia Nacional's approval of Alexander
    Pavlov's extradition to Kazakhstan (22 July 2013) and his release on bail in Madrid with an
    asylum request (August 2014) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh90",
        states="AZ ER KZ SD TM UZ",
        count=6,
        sibling=("tnr-fresh87", "tnr-fresh88", "tnr-fresh89", "tnr-fresh91", "tnr-fresh92"),
        sizes={2: 20},
        largest=2,
        traps=(("kz-pavlov-extradition-approved-2013", "kz-pavlov-bail-2014"),),
    )


def test_tnr_fresh87_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh87: forty blind short texts (about 100-165 words, Chinese 280-350 characters),
    events of 2004-2025, 24 TNR and 16 look-alikes, six origin states given to this writer
    alone (China, Rwanda, Saudi Arabia, Egypt, Vietnam, Zimbabwe), 20 English texts and four
    in each other language, a source for every text, no story group shared with another split
    (tnr-fresh88 ... tnr-fresh92 were written beside it, blind), twenty stories each told
    twice (one English text and one in another language), and one "same person, different
    event" trap: Hopewell Chin'ono's arrest in Harare with Jacob Ngarivhume (20 July 2020)
    and his re-arrest over his bail conditions (3 November 2020) are separate look-alike
    groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh87",
        states="CN EG RW SA VN ZW",
        count=6,
        sibling=("tnr-fresh88", "tnr-fresh89", "tnr-fresh90", "tnr-fresh91", "tnr-fresh92"),
        sizes={2: 20},
        largest=2,
        traps=(("lk-zw-chinono-arrest-2020", "lk-zw-chinono-rearrest-2020"),),
    )


def test_tnr_fresh95_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh95: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2008-2025, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (Cuba, Iran, Rwanda, Sudan, Turkey, Vietnam; the reserve, Kazakhstan, not used), 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh93, tnr-fresh94 and tnr-fresh96 ... tnr-fresh98 were
    written beside it, blind), twenty stories each told twice (one English text and one in
    another language), and one "same person, different event" trap: Cuba's first refusal to
    let Omara Ruiz Urquiola fly home from Fort Lauderdale (25 June 2022) and its fourth refusal
    at the boarding gate (24 December 2022) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh95",
        states="CU IR RW SD TR VN",
        count=6,
        sibling=("tnr-fresh93", "tnr-fresh94", "tnr-fresh96", "tnr-fresh97", "tnr-fresh98"),
        sizes={2: 20},
        largest=2,
        traps=(("cu-omara-first-denial-2022", "cu-omara-fourth-denial-2022"),),
    )


def test_tnr_fresh96_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh96: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2001-2025, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (Azerbaijan, Bangladesh, Algeria, Morocco, Pakistan, Uzbekistan), 20 English texts and four
    in each other language, a source for every text, no story group shared with another split
    (tnr-fresh93 ... tnr-fresh95, tnr-fresh97 and tnr-fresh98 were written beside it, blind),
    twenty stories each told twice (one English text and one in another language), and two
    "same person, different event" traps, each pair two TNR groups: the shots fired at
    Mahammad Mirzali in Nantes (October 2020) and the photographing of his building with the
    note left in his smashed car (June 2021); the indictment of Gulalai Ismail's parents in
    Peshawar (30 September 2020) and their acquittal (15 February 2023). Gulnara Karimova's
    transfer to a prison colony (March 2019) and her 13-year sentence (18 March 2020) are two
    look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh96",
        states="AZ BD DZ MA PK UZ",
        count=6,
        sibling=("tnr-fresh93", "tnr-fresh94", "tnr-fresh95", "tnr-fresh97", "tnr-fresh98"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("az-mirzali-shots-2020", "az-mirzali-threats-2021"),
            ("pk-gulalai-parents-indicted-2020", "pk-gulalai-parents-acquitted-2023"),
            ("lk-karimova-prison-2019", "lk-karimova-sentence-2020"),
        ),
    )


def test_tnr_fresh97_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh97: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1971-2024, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (Libya, Syria, Iraq, Bahrain, Venezuela, Ethiopia), 20 English texts and four in each
    other language, a source for every text, no story group shared with another split
    (tnr-fresh93 ... tnr-fresh96 and tnr-fresh98 were written beside it, blind), twenty
    stories each told twice (one English text and one in another language), and two "same
    person, different event" traps: the Rome prosecutor's backing of Venezuela's request to
    extradite Rafael Ramirez (14 July 2021) and the Italian Supreme Court's final refusal
    (January 2022) are separate TNR groups; Berhanu Nega's death sentence in absentia (22
    December 2009) and the 2017 charges in absentia against Jawar Mohammed, Berhanu and
    Merera Gudina (23 February 2017) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh97",
        states="BH ET IQ LY SY VE",
        count=6,
        sibling=("tnr-fresh93", "tnr-fresh94", "tnr-fresh95", "tnr-fresh96", "tnr-fresh98"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("ve-ramirez-extradition-backed-2021", "ve-ramirez-extradition-rejected-2022"),
            ("et-berhanu-death-sentence-2009", "et-jawar-terror-charges-2017"),
        ),
    )


def test_tnr_fresh98_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh98: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2006-2025, 24 TNR and 16 look-alikes, five of the six origin states given to this
    writer alone (UAE, North Korea, Thailand, Guinea, Cameroon; no new reported Lao event
    was found, and the reserve Sri Lanka gave none either), 20 English texts and four in each
    other language, a source for every text, no story group shared with another split
    (tnr-fresh93 ... tnr-fresh97 were written beside it, blind), sixteen stories: ten told
    twice, four told three times and two told four times, and one "same person, different
    event" trap: the gunfire at Somsak Jeamteerasakul's Bangkok home (12 February 2014, a
    look-alike) and the Thai government's drive to have host states stop and return exiled
    lese majeste suspects, naming Somsak in the United States (TNR), are separate groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh98",
        states="AE CM GN KP TH",
        count=5,
        sibling=(
            "tnr-fresh93",
            "tnr-fresh94",
            "tnr-fresh95",
            "tnr-fresh96",
            "tnr-fresh97",
        ),
        sizes={2: 10, 3: 4, 4: 2},
        largest=4,
        traps=(("th-somsak-fugitives-help", "lk-th-somsak-gunfire-2014"),),
    )


def test_tnr_fresh104_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh104: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2011-2025, 24 TNR and 16 look-alikes, five of the six origin states given to this
    writer alone (Tajikistan, Kyrgyzstan, Azerbaijan, North Korea, Myanmar; no new reported
    Lao event was found, and the reserve Afghanistan gave none either), 20 English texts and
    four in each other language, a source for every text, no story group shared with another
    split (tnr-fresh99 ... tnr-fresh103 were written beside it, blind), fourteen stories:
    twelve told three times and two told twice, and two "same person, different event" traps:
    the Kyrgyz Supreme Court's rejection of Bolot Temirov's cassation appeal (12 September
    2023, a look-alike) and the threats against him in exile reported by RSF (22 November
    2023, TNR) are separate groups; Myanmar's handover of Ming Xuechang's relatives to China
    (November 2023) and the Wenzhou court's sentences on 39 Ming family members (29 September
    2025) are separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh104",
        states="AZ KG KP MM TJ",
        count=5,
        sibling=("tnr-fresh99", "tnr-fresh100", "tnr-fresh101", "tnr-fresh102", "tnr-fresh103"),
        sizes={2: 2, 3: 12},
        largest=3,
        traps=(
            ("kg-temirov-threats-2023", "lk-kg-temirov-court-2023"),
            ("lk-mm-ming-handover-2023", "lk-mm-ming-sentences-2025"),
        ),
    )


def test_tnr_fresh99_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh99: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2002-2024, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (China, Russia, Belarus, Turkmenistan, Zimbabwe, Morocco), 20 English texts and four in
    each other language, a source for every text, no story group shared with another split
    (tnr-fresh100 ... tnr-fresh104 were written beside it, blind), eighteen stories: fourteen
    told twice and four told three times, and two "same person, different event" traps: the
    Danish arrest of Akhmed Zakayev at Russia's request (October 2002) and the London court's
    refusal to extradite him (November 2003) are separate TNR groups; Roy Bennett's flight
    from a Zimbabwean police hunt to South Africa (2006, TNR) and his arrest and charging at
    home after his return (February 2009, a look-alike) are separate groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh99",
        states="BY CN MA RU TM ZW",
        count=6,
        sibling=("tnr-fresh100", "tnr-fresh101", "tnr-fresh102", "tnr-fresh103", "tnr-fresh104"),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ru-zakayev-copenhagen-2002", "ru-zakayev-london-2003"),
            ("zw-bennett-flight-2006", "lk-zw-bennett-arrest-2009"),
        ),
    )


def test_tnr_fresh103_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh103: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2006-2025, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (Rwanda, Uganda, Ethiopia, Eritrea, Sudan, Togo), 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh99
    ... tnr-fresh102 and tnr-fresh104 were written beside it, blind), five TNR stories told
    four times and two told twice, eight look-alike stories told twice, and three "same
    person, different event" traps: the in-absentia terrorism charge against Soliyana
    Shimeles (17 July 2014, TNR) and her acquittal (16 October 2015, a look-alike); David
    Sejusa hiding in London from Ugandan agents (May 2013, TNR) and his arrest in Kampala
    before the 2016 election (a look-alike); François Boko's expulsion from Benin (30 July
    2010) and his being kept off a flight home at Roissy (28 March 2019), two TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh103",
        states="ER ET RW SD TG UG",
        count=6,
        sibling=("tnr-fresh99", "tnr-fresh100", "tnr-fresh101", "tnr-fresh102", "tnr-fresh104"),
        sizes={2: 10, 4: 5},
        largest=4,
        traps=(
            ("et-soliyana-charged-2014", "lk-et-soliyana-acquitted-2015"),
            ("ug-sejusa-london-2013", "lk-ug-sejusa-arrest-2016"),
            ("tg-boko-benin-expulsion-2010", "tg-boko-roissy-2019"),
        ),
    )


def test_tnr_fresh102_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh102: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2006-2025, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (India, Pakistan, Bangladesh, Sri Lanka, Cambodia, Vietnam), 20 English texts and four in
    each other language, a source for every text, no story group shared with another split
    (tnr-fresh99 ... tnr-fresh101, tnr-fresh103 and tnr-fresh104 were written beside it,
    blind), twenty stories each told twice (one English text and one in another language), and
    two "same person, different event" traps: the Delhi High Court's setting aside of the
    cancellation of Ashok Swain's OCI card (10 July 2023) and its quashing of the fresh
    cancellation order (28 March 2025) are separate TNR groups; the Seoul arrest of Nguyen Huu
    Chanh at Vietnam's request (5 April 2006) and the Seoul High Court's refusal to extradite
    him (27 July 2006) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh102",
        states="BD IN KH LK PK VN",
        count=6,
        sibling=("tnr-fresh99", "tnr-fresh100", "tnr-fresh101", "tnr-fresh103", "tnr-fresh104"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("in-swain-hc-2023", "in-swain-hc-2025"),
            ("vn-chanh-seoul-arrest-2006", "vn-chanh-extradition-refused-2006"),
        ),
    )


def test_tnr_fresh100_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh100: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1993-2024, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Iran, Turkey, Kazakhstan, Uzbekistan, Nicaragua, Venezuela; the reserve Cuba was not
    needed), 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh99 and tnr-fresh101 ... tnr-fresh104 were
    written beside it, blind), twenty stories each told twice (one English text and one in
    another language), and three "same person, different event" traps: Colombia's deportation
    of Lorent Saleh to Venezuela (4 September 2014, TNR) and his release into exile in Spain
    (2018, a look-alike); Peru's asylum for Manuel Rosales against Venezuela's red alert (27
    April 2009, TNR) and his arrest on his return to Maracaibo (15 October 2015, a
    look-alike); the French asylum court's refugee status for Mukhtar Ablyazov (29 September
    2020, TNR) and the London High Court's 22 months for contempt in BTA Bank's suit (16
    February 2012, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh100",
        states="IR KZ NI TR UZ VE",
        count=6,
        sibling=("tnr-fresh99", "tnr-fresh101", "tnr-fresh102", "tnr-fresh103", "tnr-fresh104"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("ve-saleh-deported-2014", "lk-ve-saleh-release-2018"),
            ("ve-rosales-peru-2009", "lk-ve-rosales-return-arrest-2015"),
            ("kz-ablyazov-asylum-2020", "lk-kz-ablyazov-contempt-2012"),
        ),
    )


def test_tnr_fresh101_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh101: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1981-2025, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (Egypt, Saudi Arabia, UAE, Bahrain, Syria, Iraq; the reserve Jordan was not used), 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh99, tnr-fresh100 and tnr-fresh102 ... tnr-fresh104
    were written beside it, blind), twenty stories each told twice (one English text and one
    in another language), and one "same person, different event" trap: the Cambridgeshire
    police inquiry into the abduction of Sheikha Shamsa from Cambridge (August 2000, reported
    9 December 2001) and the police review of it after the High Court's fact-finding ruling
    (7 March 2020) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh101",
        states="AE BH EG IQ SA SY",
        count=6,
        sibling=("tnr-fresh99", "tnr-fresh100", "tnr-fresh102", "tnr-fresh103", "tnr-fresh104"),
        sizes={2: 20},
        largest=2,
        traps=(("ae-shamsa-cambridge-2000", "ae-shamsa-police-review-2020"),),
    )


def test_tnr_fresh106_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh106: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1999-2024, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (Russia, Turkey, Rwanda, Vietnam, Cuba and the reserve Mongolia, used because no new
    Somali event was found; Somalia appears only in look-alikes), 20 English texts and four
    in each other language, a source for every text, no story group shared with another
    split (tnr-fresh105 and tnr-fresh107 ... tnr-fresh110 were written beside it, blind),
    twenty stories each told twice (one English text and one in another language), and two
    "same person, different event" traps: Moscow's arrest in absentia of the DOXA co-founder
    Armen Aramyan (18 September 2024) and his listing as a "terrorist and extremist" by
    Rosfinmonitoring (reported 1 October 2024) are separate TNR groups; the Dutch arrest of
    the Rwandan genocide suspect Rutunga on a Rwandan warrant (2019) and his 20-year
    sentence after extradition (reported September 2024) are separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh106",
        states="CU MN RU RW TR VN",
        count=6,
        sibling=("tnr-fresh105", "tnr-fresh107", "tnr-fresh108", "tnr-fresh109", "tnr-fresh110"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("ru-aramyan-warrant-absentia-2024", "ru-aramyan-terror-list-2024"),
            ("lk-rw-rutunga-arrest-2019", "lk-rw-rutunga-sentence-2024"),
        ),
    )


def test_tnr_fresh109_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh109: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1980-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Uzbekistan, Turkmenistan, Syria, Iraq, Libya, Sudan; the reserve Yemen was not used), 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh105 ... tnr-fresh108 and tnr-fresh110 were written
    beside it, blind), twenty stories each told twice (one English text and one in another
    language), and two "same person, different event" traps: Russia's arrest of a suspect in
    the 2012 Strömsund shooting of the exiled imam Obid Nazarov (reported October 2012, TNR)
    and the suspect's trial in Sweden (23 November 2015, TNR) are separate groups; Sudan's
    request to South Sudan to hand over the SPLM-North leaders Malik Agar and Yasir Arman
    (after September 2011, TNR) and Arman's expulsion by the military council from Khartoum to
    Juba (10 June 2019, a look-alike) are separate groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh109",
        states="IQ LY SD SY TM UZ",
        count=6,
        sibling=("tnr-fresh105", "tnr-fresh106", "tnr-fresh107", "tnr-fresh108", "tnr-fresh110"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("uz-nazarov-suspect-russia-2012", "uz-nazarov-trial-2015"),
            ("sd-agar-arman-juba-request-2012", "lk-sd-arman-deported-juba-2019"),
        ),
    )


def test_tnr_fresh110_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh110: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2008-2023 (three undated), 24 TNR and 16 look-alikes, the six origin states given to this
    writer alone (UAE, Bahrain, Cambodia, Myanmar, North Korea, Uganda; the reserve Republic of
    the Congo was not used), 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh105 ... tnr-fresh109 were
    written beside it, blind), seventeen stories (six told three times, eleven twice), and one
    "same person, different event" trap: the Abu Dhabi court's ten-year sentence on the
    activist Abdulrahman Bin Sobeih after his return from Indonesia (November 2016) and his
    presidential pardon after a televised interview (16 May 2019), both look-alikes."""
    assert_a_blind_split_of_forty(
        "tnr-fresh110",
        states="AE BH KH KP MM UG",
        count=6,
        sibling=("tnr-fresh105", "tnr-fresh106", "tnr-fresh107", "tnr-fresh108", "tnr-fresh109"),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(("lk-ae-binsobeih-sentence-2016", "lk-ae-binsobeih-pardon-2019"),),
    )


def test_tnr_fresh108_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh108: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2009-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Pakistan, Bangladesh, Azerbaijan, Nicaragua, Ethiopia, Thailand; the reserve South Sudan
    was not used), 20 English texts and four in each other language, a source for every text,
    no story group shared with another split (tnr-fresh105 ... tnr-fresh107, tnr-fresh109 and
    tnr-fresh110 were written beside it, blind), twenty stories each told twice (one English
    text and one in another language), and three "same person, different event" traps:
    Thailand's revocation of Thaksin Shinawatra's passport after the Pattaya summit (15 April
    2009) and of both his passports over an interview abroad (27 May 2015); the Tbilisi City
    Court's order to extradite Afgan Sadigov to Azerbaijan (November 2024) and the European
    Court of Human Rights' week-long suspension after the appeal ruling (January 2025); the
    Thai arrest warrant for Giles Ji Ungpakorn (25 March 2009) and his account of four DSI
    lese-majeste cases, one over a London talk (January 2012)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh108",
        states="AZ BD ET NI PK TH",
        count=6,
        sibling=("tnr-fresh105", "tnr-fresh106", "tnr-fresh107", "tnr-fresh109", "tnr-fresh110"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("th-thaksin-passport-2009", "th-thaksin-passports-2015"),
            ("az-sadigov-tbilisi-ruling-2024", "az-sadigov-echr-2025"),
            ("th-giles-warrant-2009", "th-giles-dsi-cases-2012"),
        ),
    )


def test_tnr_fresh107_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh107: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2007-2023 (a few undated in their sources), 24 TNR and 16 look-alikes, six origin states
    given to this writer alone (Egypt, India, Belarus, Kazakhstan, Eritrea, Mali; the reserve
    Burkina Faso was not used), 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh105, tnr-fresh106 and
    tnr-fresh108 ... tnr-fresh110 were written beside it, blind), twenty stories each told
    twice (one English text and one in another language), and one "same person, different
    event" trap: Tiéman Hubert Coulibaly's departure by road to Mauritania before a Bamako
    hearing (look-alike, October 2021) and his move to France under Mali's international
    arrest warrant (TNR, September 2022) are separate groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh107",
        states="BY EG ER IN KZ ML",
        count=6,
        sibling=("tnr-fresh105", "tnr-fresh106", "tnr-fresh108", "tnr-fresh109", "tnr-fresh110"),
        sizes={2: 20},
        largest=2,
        traps=(("ml-coulibaly-france-2022", "lk-ml-coulibaly-mauritania-2021"),),
    )


def test_tnr_fresh105_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh105: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2005-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (China, Iran, Saudi Arabia, Tajikistan, Zimbabwe, Laos; the reserve Equatorial Guinea was
    not used), 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh106 ... tnr-fresh110 were written beside
    it, blind), twenty stories each told twice (one English text and one in another
    language), and two "same person, different event" traps: the seizure of Trevor Ncube's
    passport at Bulawayo airport (8 December 2005) and the registrar general's ruling that he
    had lost his Zimbabwean citizenship (reported 30 December 2006) are separate TNR groups;
    Saad Ibrahim Almadi's 16-year sentence in Riyadh (October 2022) and his release under a
    travel ban (21 March 2023) are separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh105",
        states="CN IR LA SA TJ ZW",
        count=6,
        sibling=("tnr-fresh106", "tnr-fresh107", "tnr-fresh108", "tnr-fresh109", "tnr-fresh110"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("zw-ncube-passport-2005", "zw-ncube-citizenship-2006"),
            ("lk-sa-almadi-sentence-2022", "lk-sa-almadi-release-2023"),
        ),
    )


def test_tnr_fresh111_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh111: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2017-2025 (two undated in their sources), 24 TNR and 16 look-alikes, the six origin states
    given to this writer alone (China, Russia, Egypt, Turkmenistan, Kyrgyzstan, Cameroon; the
    reserve Oman was not used), 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh112 ... tnr-fresh116 were
    written beside it, blind), twenty stories each told twice (one English text and one in
    another language), and two "same person, different event" traps: Bayram Allalyev's
    detention at an Istanbul migration office (21 October 2021) and the Istanbul court's
    annulment of his deportation, with Ashgabat's Interpol search (15 June 2022), are separate
    TNR groups; Ahmed Tantawi's first-instance sentence (February 2024) and his arrest after
    the appeal (27 May 2024) are separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh111",
        states="CM CN EG KG RU TM",
        count=6,
        sibling=("tnr-fresh112", "tnr-fresh113", "tnr-fresh114", "tnr-fresh115", "tnr-fresh116"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("tm-allalyev-istanbul-2021", "tm-allalyev-court-2022"),
            ("lk-eg-tantawi-sentence-2024", "lk-eg-tantawi-appeal-2024"),
        ),
    )


def test_tnr_fresh112_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh112: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2008-2025, 24 TNR and 16 look-alikes, origin states given to this writer alone (Iran,
    Turkey, Belarus, Sudan, Sri Lanka; no new TNR event was found for Mali, so the reserve
    Tunisia holds two TNR stories and Mali appears only among the look-alikes), 20 English
    texts and four in each other language, a source for every text, no story group shared
    with another split (tnr-fresh111, tnr-fresh113 ... tnr-fresh116 were written beside it,
    blind), twenty stories each told twice (one English text and one in another language),
    and one "same person, different event" trap: the guilty pleas of Ahmadreza Doostdar and
    Majid Ghorbani for spying on MEK members in the US (November 2019) and their sentencing
    (January 2020) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh112",
        states="BY IR LK SD TN TR",
        count=6,
        sibling=("tnr-fresh111", "tnr-fresh113", "tnr-fresh114", "tnr-fresh115", "tnr-fresh116"),
        sizes={2: 20},
        largest=2,
        traps=(("ir-doostdar-plea-2019", "ir-doostdar-sentence-2020"),),
    )


def test_tnr_fresh113_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh113: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1967-2024 (some texts give no year), 24 TNR and 16 look-alikes, the six
    origin states given to this writer alone (Saudi Arabia, India, Tajikistan, Zimbabwe,
    Algeria, Burundi; the reserve Nigeria was not used), 20 English texts and four in each
    other language, a source for every text, no story group shared with another split
    (tnr-fresh111, tnr-fresh112 and tnr-fresh114 ... tnr-fresh116 were written beside it,
    blind), twenty stories each told twice (one English text and one in another language),
    and two "same person, different event" traps: Ali Mecili's killing in Paris (7 April 1987)
    and the French charges against the Algerian diplomat Mohamed Ziane Hasseni for complicity
    in it (October 2008) are separate TNR groups; Floriane Irangabiye's ten-year sentence in
    Bujumbura (2 January 2023) and her release on a presidential pardon (16 August 2024) are
    separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh113",
        states="BI DZ IN SA TJ ZW",
        count=6,
        sibling=("tnr-fresh111", "tnr-fresh112", "tnr-fresh114", "tnr-fresh115", "tnr-fresh116"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("dz-mecili-paris-1987", "dz-hasseni-marseille-2008"),
            ("lk-bi-irangabiye-sentence-2023", "lk-bi-irangabiye-pardon-2024"),
        ),
    )


def test_tnr_fresh114_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh114: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2013-2026 (four undated in their sources), 24 TNR and 16 look-alikes, the six origin
    states given to this writer alone (Rwanda, Vietnam, Eritrea, Azerbaijan, Cuba, Guinea; the
    reserve Tanzania was not used), 20 English texts and four in each other language, a source
    for every text, no story group shared with another split (tnr-fresh111 ... tnr-fresh113,
    tnr-fresh115 and tnr-fresh116 were written beside it, blind), twenty stories each told
    twice (one English text and one in another language), and two "same person, different
    event" traps: the Swiss flight of Emin Huseynov out of its Baku embassy (look-alike, June
    2015) and the Strasbourg judgment on the stripping of his citizenship (TNR, 13 July 2023);
    the US Treasury's sanctions on Alpha Condé (look-alike, 9 December 2022) and Conakry's
    announced arrest warrant against him in Turkey (TNR, 12 December 2022)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh114",
        states="AZ CU ER GN RW VN",
        count=6,
        sibling=("tnr-fresh111", "tnr-fresh112", "tnr-fresh113", "tnr-fresh115", "tnr-fresh116"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("az-huseynov-citizenship-echr-2023", "lk-az-huseynov-swiss-embassy-exit-2015"),
            ("gn-conde-arrest-warrant-2022", "lk-gn-conde-us-sanctions-2022"),
        ),
    )


def test_tnr_fresh115_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh115: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1988-2025 (two undated in their sources), 24 TNR and 16 look-alikes, the six origin
    states given to this writer alone (Pakistan, Uzbekistan, Ethiopia, Nicaragua, Cambodia,
    Iraq; the reserve Malaysia was not used), 20 English texts and four in each other language,
    a source for every text, no story group shared with another split (tnr-fresh111 ...
    tnr-fresh114 and tnr-fresh116 were written beside it, blind), twenty stories each told
    twice (one English text and one in another language), and two "same person, different
    event" traps: Cambodia's envoy interrupting the exiled monk Luon Sovath at the UN Human
    Rights Council (2 October 2020) and the Siem Reap court sending his rape case to trial
    (12 January 2021) are separate TNR groups; Switzerland's refusal to extradite the Ethiopian
    Airlines co-pilot Hailemedhin Abera Tegegn (May 2014) and his sentence in absentia in
    Addis Ababa (20 March 2015) are separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh115",
        states="ET IQ KH NI PK UZ",
        count=6,
        sibling=("tnr-fresh111", "tnr-fresh112", "tnr-fresh113", "tnr-fresh114", "tnr-fresh116"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("kh-sovath-un-interruption-2020", "kh-sovath-charges-2021"),
            ("lk-et-hijacker-extradition-refused-2014", "lk-et-hijacker-sentence-2015"),
        ),
    )


def test_tnr_fresh116_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh116: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1972-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Bangladesh, Kazakhstan, Syria, Bahrain, Venezuela, Thailand; the reserve Jordan was not
    used), 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh111 ... tnr-fresh115 were written beside
    it, blind), twenty stories each told twice (one English text and one in another
    language), and two "same person, different event" traps: Thailand's request to Cambodia
    for Thaksin Shinawatra's arrest and extradition (TNR, 11 November 2009) and the recall of
    ambassadors over his appointment as Hun Sen's adviser (look-alike, 5 November 2009) are
    separate groups; the opening of the Berlin spy trial of a Syrian embassy employee (2012)
    and his later sentence are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh116",
        states="BD BH KZ SY TH VE",
        count=6,
        sibling=("tnr-fresh111", "tnr-fresh112", "tnr-fresh113", "tnr-fresh114", "tnr-fresh115"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("th-thaksin-cambodia-request-2009", "lk-th-envoys-recalled-2009"),
            ("sy-embassy-jurist-trial-2012", "sy-embassy-jurist-verdict"),
        ),
    )


def test_tnr_fresh117_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh117: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1984-2025 (several undated in their sources), 24 TNR and 16 look-alikes, the origin
    states given to this writer alone (China, Iran, Tajikistan, Libya, Morocco) and the reserve
    Indonesia in place of Uganda (no new Ugandan TNR event was found; Uganda appears only in a
    look-alike), 20 English texts and four in each other language, a source for every text,
    no story group shared with another split (tnr-fresh118 ... tnr-fresh122 were written
    beside it, blind), twenty stories each told twice (one English text and one in another
    language), and three "same person, different event" traps: Hicham Mansouri as a Pegasus
    target in exile (TNR) and his 2015 adultery conviction in Rabat (look-alike); Dounia and
    Adnane Filali's asylum bid after threats (TNR) and France's refusal of their asylum
    (look-alike); Mohseni Ejei announcing in-absentia sentences on exiles of 2009 (TNR, 2014)
    and, as chief justice, inviting Iranians abroad to return (look-alike, 2024)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh117",
        states="CN ID IR LY MA TJ",
        count=6,
        sibling=("tnr-fresh118", "tnr-fresh119", "tnr-fresh120", "tnr-fresh121", "tnr-fresh122"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("ma-mansouri-pegasus", "lk-ma-mansouri-adultery-2015"),
            ("ma-filali-asylum-bid-2022", "lk-ma-filali-asylum-refused"),
            ("ir-ejei-2009-exiles-absentia-2014", "lk-ir-ejei-diaspora-return-2024"),
        ),
    )


def test_tnr_fresh118_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh118: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1999-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Russia, Saudi Arabia, Eritrea, Venezuela, DR Congo, Somalia; the reserve Kuwait was not
    used), 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh117 and tnr-fresh119 ... tnr-fresh122 were
    written beside it, blind), twenty stories each told twice (one English text and one in
    another language), and two "same person, different event" traps: Russia's extradition
    request for Yevgeny Chichvarkin (17 June 2009), his arrest in London on that request
    (7 September 2009) and the postponed London hearing (2 August 2010) are three separate TNR
    groups; Kinshasa's request to Brazzaville for General Faustin Munene (January 2011) and
    his move to a DGST cell after a renewed request (September 2012) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh118",
        states="CD ER RU SA SO VE",
        count=6,
        sibling=("tnr-fresh117", "tnr-fresh119", "tnr-fresh120", "tnr-fresh121", "tnr-fresh122"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("ru-chichvarkin-extradition-request-2009", "ru-chichvarkin-london-arrest-2009"),
            ("ru-chichvarkin-london-arrest-2009", "ru-chichvarkin-hearing-postponed-2010"),
            ("cd-munene-extradition-request-2011", "cd-munene-dgst-custody-2012"),
        ),
    )


def test_tnr_fresh119_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh119: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1999-2024 (two undated in their sources), 24 TNR and 16 look-alikes, the six origin
    states given to this writer alone (Turkey, Egypt, Kazakhstan, Laos, Equatorial Guinea,
    Afghanistan; the reserve Togo was not used), 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh117,
    tnr-fresh118 and tnr-fresh120 ... tnr-fresh122 were written beside it, blind), twenty
    stories each told twice (one English text and one in another language), and one "same
    person, different event" trap: the US indictment of Pierre Girgis as an unregistered
    Egyptian agent who tracked Sisi's critics (TNR, 6 January 2022) and his later guilty plea to
    a lesser labelling charge over conscription information (look-alike) are separate groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh119",
        states="AF EG GQ KZ LA TR",
        count=6,
        sibling=("tnr-fresh117", "tnr-fresh118", "tnr-fresh120", "tnr-fresh121", "tnr-fresh122"),
        sizes={2: 20},
        largest=2,
        traps=(("eg-girgis-indictment-2022", "lk-eg-girgis-plea"),),
    )


def test_tnr_fresh120_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh120: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2011-2025 (two undated in their sources), 24 TNR and 16 look-alikes, the origin states
    given to this writer alone (Belarus, India, Uzbekistan, Syria, Zimbabwe; Jordan yielded no
    new TNR event, so the reserve Oman takes its place and Jordan appears in look-alikes only),
    20 English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh117 ... tnr-fresh119, tnr-fresh121 and tnr-fresh122
    were written beside it, blind), twenty stories each told twice (one English text and one
    in another language), and a "same person, different event" trap: Jordan's request for an
    Interpol Red Notice and British help to extradite Walid Kurdi (29 August 2017) and the
    Amman court's in-absentia sentence of 18 years on him (27 April 2022) are separate
    look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh120",
        states="BY IN OM SY UZ ZW",
        count=6,
        sibling=("tnr-fresh117", "tnr-fresh118", "tnr-fresh119", "tnr-fresh121", "tnr-fresh122"),
        sizes={2: 20},
        largest=2,
        traps=(("lk-jo-kurdi-interpol-request-2017", "lk-jo-kurdi-sentence-in-absentia-2022"),),
    )


def test_tnr_fresh121_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh121: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1997-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Rwanda, Pakistan, Azerbaijan, Thailand, Burundi, Djibouti; the reserve Mali was not
    used), 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh117 ... tnr-fresh120 and tnr-fresh122
    were written beside it, blind), twenty stories each told twice (one English text and one
    in another language), and one "same person, different event" trap: Ethiopia's handover
    of the FRUD leader Mohamed Kadamy and 46 others to Djibouti (September 1997) and his
    summons before a Paris judge at Djibouti's request (13 February 2019) are separate TNR
    groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh121",
        states="AZ BI DJ PK RW TH",
        count=6,
        sibling=("tnr-fresh117", "tnr-fresh118", "tnr-fresh119", "tnr-fresh120", "tnr-fresh122"),
        sizes={2: 20},
        largest=2,
        traps=(("dj-kadamy-ethiopia-handover-1997", "dj-kadamy-paris-judge-2019"),),
    )


def test_tnr_fresh122_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh122: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2008-2025 (one undated in its source), 24 TNR and 16 look-alikes, the six origin states
    given to this writer alone (Vietnam, Bangladesh, Turkmenistan, Nicaragua, Cameroon,
    Kyrgyzstan; the reserve South Sudan was not used), 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh117
    ... tnr-fresh121 were written beside it, blind), twenty stories each told twice (one
    English text and one in another language), and one "same person, different event" trap:
    Vietnam's deportation of the Viet Tan member Nguyen Quoc Quan after his 2007-08 terrorism
    sentence (17 May 2008) and his second arrest and deportation (30 January 2013) are
    separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh122",
        states="BD CM KG NI TM VN",
        count=6,
        sibling=("tnr-fresh117", "tnr-fresh118", "tnr-fresh119", "tnr-fresh120", "tnr-fresh121"),
        sizes={2: 20},
        largest=2,
        traps=(("lk-vn-quan-deported-2008", "lk-vn-quan-deported-2013"),),
    )


def test_tnr_fresh123_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh123: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1992-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (China, Turkey, Belarus, Ethiopia, Sri Lanka, Iraq; the reserve Mongolia was not used),
    20 English texts and four in each other language, a source for every text, no story
    group shared with another split (tnr-fresh124 ... tnr-fresh128 were written beside it,
    blind), twenty stories each told twice (one English text and one in another language),
    and one "same person, different event" trap: the Iraqi court's arrest warrant for Mithal
    al-Alusi after his visit to Israel (October 2004) and the Baghdad court's warrants for
    him, Wissam al-Hardan and Sahar al-Tai after the Erbil normalisation conference
    (26 September 2021) are separate look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh123",
        states="BY CN ET IQ LK TR",
        count=6,
        sibling=("tnr-fresh124", "tnr-fresh125", "tnr-fresh126", "tnr-fresh127", "tnr-fresh128"),
        sizes={2: 20},
        largest=2,
        traps=(
            (
                "lk-iq-alusi-israel-visit-warrant-2004",
                "lk-iq-erbil-normalisation-warrants-2021",
            ),
        ),
    )


def test_tnr_fresh124_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh124: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2008-2025 (one, the Marseille consulate rule, undated in its source), 24 TNR and 16
    look-alikes, the six origin states given to this writer alone (Iran, Egypt, Rwanda,
    Cambodia, North Korea, Algeria, four TNR texts each; the reserve Chad was not used), 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh123 and tnr-fresh125 ... tnr-fresh128 were written
    beside it, blind), twenty stories each told twice (one English text and one in another
    language), and two "same person, different event" traps: Turkey's deportation of Saeed
    Tamjidi and Mohammad Rajabi to Iran (December 2019, TNR) and the Iranian Supreme Court's
    upholding of their death sentences (confirmed 14 July 2020, a look-alike); and Algeria's
    death sentence in absentia on the exiled journalist Abdou Semmar (October 2022) and the
    Nanterre verdict on his attackers (30 July 2025), two TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh124",
        states="DZ EG IR KH KP RW",
        count=6,
        sibling=("tnr-fresh123", "tnr-fresh125", "tnr-fresh126", "tnr-fresh127", "tnr-fresh128"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("ir-tamjidi-rajabi-deported-2019", "lk-ir-tamjidi-rajabi-death-upheld-2020"),
            ("dz-semmar-death-sentence-2022", "dz-semmar-assault-verdict-2025"),
        ),
    )


def test_tnr_fresh125_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh125: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2011-2025, 24 TNR and 16 look-alikes, six origin states: five of the six given to this
    writer alone (Russia, India, Saudi Arabia, Cuba, Myanmar) and the reserve Nigeria in place
    of Sudan, for which the searches found no event not already in another split; 20 English
    texts and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh123, tnr-fresh124 and tnr-fresh126 ... tnr-fresh128 were written
    beside it, blind), twenty stories each told twice (one English text and one in another
    language), and four "same person, different event" traps: the shooting of Adam Osmayev in
    Kyiv (1 June 2017) and the killing of his wife Amina Okuyeva near Kyiv (30 October 2017);
    the Riyadh court's final Khashoggi sentences (7 September 2020) and the Istanbul court's
    transfer of its Khashoggi trial to Saudi Arabia (7 April 2022); Sunday Igboho's arrest in
    Cotonou (19 July 2021) and his release there (7 March 2022), all TNR; and Myanmar's
    sentence on Danny Fenster (12 November 2021) and his release (15 November 2021),
    look-alikes."""
    assert_a_blind_split_of_forty(
        "tnr-fresh125",
        states="CU IN MM NG RU SA",
        count=6,
        sibling=("tnr-fresh123", "tnr-fresh124", "tnr-fresh126", "tnr-fresh127", "tnr-fresh128"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("ru-osmayev-kyiv-shooting-2017", "ru-okueva-killed-kyiv-2017"),
            ("sa-khashoggi-riyadh-verdict-2020", "sa-khashoggi-trial-transfer-2022"),
            ("ng-igboho-cotonou-arrest-2021", "ng-igboho-benin-release-2022"),
            ("lk-mm-fenster-sentence-2021", "lk-mm-fenster-release-2021"),
        ),
    )


def test_tnr_fresh126_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh126: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1993-2025 (one Cambodian and one Georgian story undated in their sources), 24 TNR and
    16 look-alikes, the six origin states given to this writer alone (Tajikistan, Uzbekistan,
    Vietnam, Bahrain, the UAE, Guinea; the reserve Philippines was not used), 20 English texts
    and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh123 ... tnr-fresh125, tnr-fresh127 and tnr-fresh128 were written
    beside it, blind), twenty stories each told twice (one English text and one in another
    language), and two "same person, different event" traps: Abdumalik Abdullojonov's
    detention at Boryspil on a Tajik warrant (5 February 2013) and his release in Kyiv with
    extradition refused (4 April 2013) are separate TNR groups, and so are the Guinean warrants
    and Interpol Guinea's extradition pledge against Fatou Gnelloye Diallo (3 February 2022)
    and her four-year sentence with an international arrest warrant (April 2022)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh126",
        states="AE BH GN TJ UZ VN",
        count=6,
        sibling=("tnr-fresh123", "tnr-fresh124", "tnr-fresh125", "tnr-fresh127", "tnr-fresh128"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("tj-abdullojonov-boryspil-2013", "tj-abdullojonov-freed-kyiv-2013"),
            ("gn-gnelloy-warrants-2022", "gn-gnelloy-sentence-2022"),
        ),
    )


def test_tnr_fresh127_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh127: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2007-2025 (the Porras passport annulment and the filing of the Apolo Foundation
    complaint are undated in their sources), 24 TNR and 16 look-alikes, the six origin states
    given to this writer alone (Pakistan, Turkmenistan, Eritrea, Zimbabwe, Venezuela, Libya;
    the reserve Congo was not used), four TNR texts per state, 20 English texts and four in
    each other language, a source for every text, no story group shared with another split
    (tnr-fresh123 ... tnr-fresh126 and tnr-fresh128 were written beside it, blind), twenty
    stories each told twice (one English text and one in another language), and one "same
    person, different event" trap: Turkey's detention of the former Radio Azatlyk contributor
    Rustem Yusupov in Istanbul (23 January 2019) and his family's detention and return to
    Turkmenistan (21-29 July 2022) are separate TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh127",
        states="ER LY PK TM VE ZW",
        count=6,
        sibling=("tnr-fresh123", "tnr-fresh124", "tnr-fresh125", "tnr-fresh126", "tnr-fresh128"),
        sizes={2: 20},
        largest=2,
        traps=(("tm-yusupov-istanbul-detention-2019", "tm-yusupov-family-deported-2022"),),
    )


def test_tnr_fresh128_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh128: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1996-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Azerbaijan, Kazakhstan, Bangladesh, Syria, Thailand, Morocco; the reserve Tanzania was not
    used), 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh123 ... tnr-fresh127 were written beside
    it, blind), twenty stories each told twice (one English text and one in another
    language), and two "same person, different event" traps: Morocco's refusal of the papers
    Ali Lmrabet needed to renew his passport (Geneva hunger strike, June-July 2015, TNR) and
    the Rabat court's ten-year ban on his journalism (12 April 2005, a look-alike); and the
    Thai lese majeste warrant for the exile Aum Neko (October-November 2016) and the Paris
    verdict on the men who beat her in November 2019 (23 November 2021), two TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh128",
        states="AZ BD KZ MA SY TH",
        count=6,
        sibling=("tnr-fresh123", "tnr-fresh124", "tnr-fresh125", "tnr-fresh126", "tnr-fresh127"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("ma-lmrabet-passport-geneva-2015", "lk-ma-lmrabet-ban-2005"),
            ("th-aum-neko-warrant-2016", "th-aum-neko-paris-attack-verdict-2021"),
        ),
    )


def test_tnr_fresh129_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh129: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2006-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (China, Egypt, Uzbekistan, Cambodia, Somalia, Togo; the reserve Oman was not used; TNR
    texts per state: UZ 6, CN 4, EG 4, KH 4, TG 4, SO 2), 20 English texts and four in each
    other language, a source for every text, no story group shared with another split
    (tnr-fresh130 ... tnr-fresh134 were written beside it, blind), twenty stories each told
    twice (one English text and one in another language), and three "same person, different
    event" traps: the attempt to force Ling Huazhan onto a flight to China at Roissy (22 March
    2024) and France's expulsion of the Chinese intelligence officers who led it; the Pegasus
    target list naming the exiled Tikpi Atchadam (revealed in 2021) and Lome's 2018 pressure
    on Ghana over his stay there; and the beating of two Cambodian opposition MPs by a mob
    including Hun Sen's bodyguards (26 October 2015) and the release of three of those
    bodyguards (4 November 2016), both look-alikes."""
    assert_a_blind_split_of_forty(
        "tnr-fresh129",
        states="CN EG KH SO TG UZ",
        count=6,
        sibling=("tnr-fresh130", "tnr-fresh131", "tnr-fresh132", "tnr-fresh133", "tnr-fresh134"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("cn-ling-huazhan-cdg-2024", "cn-mss-chief-expelled-2024"),
            ("tg-pegasus-exiles-2021", "tg-atchadam-ghana-pressure-2018"),
            ("lk-kh-mps-beaten-2015", "lk-kh-bodyguards-freed-2016"),
        ),
    )


def test_tnr_fresh130_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh130: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2010-2025 (the Mali passport annulment, the Saint Petersburg detentions, the Perm
    expulsion and the Rokia Doumbia arrest are undated or dated by day and month only in
    their sources), 24 TNR and 16 look-alikes, the six origin states given to this writer
    alone (Iran, Belarus, Tajikistan, Laos, Cameroon, Mali; the reserve Indonesia was not
    used), TNR texts per state IR 6, BY 6, CM 6, TJ 2, LA 2, ML 2, 20 English texts and four
    in each other language, a source for every text, no story group shared with another split
    (tnr-fresh129 and tnr-fresh131 ... tnr-fresh134 were written beside it, blind), twenty
    stories each told twice (one English text and one in another language), and two "same
    person, different event" traps: Armenia's approval of Vladimir Balandin's extradition to
    Belarus (31 May 2024) and its grant of asylum to him (October 2024) are two TNR groups;
    the Vientiane sentence on the Polish citizen Bounthanh Thammavong (18 September 2015, TNR)
    and his omission from the year-end pardons (December 2015, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh130",
        states="BY CM IR LA ML TJ",
        count=6,
        sibling=("tnr-fresh129", "tnr-fresh131", "tnr-fresh132", "tnr-fresh133", "tnr-fresh134"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("by-balandin-extradition-approved-2024", "by-balandin-asylum-2024"),
            ("la-bounthanh-sentence-2015", "lk-la-bounthanh-no-pardon-2015"),
        ),
    )


def test_tnr_fresh131_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh131: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2011-2025, 24 TNR and 16 look-alikes, six origin states: five of the six given to this
    writer alone (Russia, Turkey, Pakistan, Zimbabwe, Djibouti) and the reserve Chad in place of
    Guinea, for which the searches found no TNR event not already in another split (Guinea
    keeps one look-alike); 20 English texts and four in each other language, a source for every
    text, no story group shared with another split (tnr-fresh129, tnr-fresh130 and
    tnr-fresh132 ... tnr-fresh134 were written beside it, blind), twenty stories each told
    twice (one English text and one in another language), and three "same person, different
    event" traps: the torture of Murad Amriev in Grozny to make his brother return from
    Germany (August 2013) and Belarus's handover of Amriev to Russia (7-8 June 2017), two TNR
    groups; Zimbabwe's appeal to Interpol to find Blessed Geza (July 2025, TNR) and ZANU-PF's
    expulsion of Geza (6 March 2025, a look-alike); and Tom Erdimi's secret detention in Egypt
    at Chad's request (2020, reported July 2021, TNR) and his Egyptian pardon and release
    (September 2022, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh131",
        states="DJ PK RU TD TR ZW",
        count=6,
        sibling=("tnr-fresh129", "tnr-fresh130", "tnr-fresh132", "tnr-fresh133", "tnr-fresh134"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("ru-amriev-grozny-torture-2013", "ru-amriev-belarus-handover-2017"),
            ("zw-geza-interpol-2025", "lk-zw-geza-expelled-2025"),
            ("td-erdimi-cairo-detention-2020", "lk-td-erdimi-pardon-2022"),
        ),
    )


def test_tnr_fresh132_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh132: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2009-2026, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (India, Saudi Arabia, Azerbaijan, Syria, Myanmar, Burundi; the reserve Philippines was not
    used), 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh129 ... tnr-fresh131, tnr-fresh133 and
    tnr-fresh134 were written beside it, blind), twenty stories each told twice (one English
    text and one in another language), and two "same person, different event" traps: Baku's
    summons of the US-based journalist Sevinj Osmanqizi (November 2025) and her sentence in
    absentia condemned by CPJ (January 2026), two TNR groups; and the Swiss indictment of
    Rifaat al-Assad (12 March 2024) and his flight from Beirut to Dubai (December 2024), two
    look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh132",
        states="AZ BI IN MM SA SY",
        count=6,
        sibling=("tnr-fresh129", "tnr-fresh130", "tnr-fresh131", "tnr-fresh133", "tnr-fresh134"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("az-osmanqizi-summons-2025", "az-osmanqizi-zahid-absentia-sentences-2026"),
            ("lk-sy-rifaat-swiss-indictment-2024", "lk-sy-rifaat-leaves-beirut-2024"),
        ),
    )


def test_tnr_fresh133_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh133: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1980-2026 (the Egyptian detention of Kibrom Adhanom Okbazghi and Alem Tesfay Abraham and
    the Jambonews inquiry into the Rwandan embassy's "Intervention Group" are not dated in
    their sources beyond the eight-year detention and the group's creation in 2014), 24 TNR and
    16 look-alikes, the six origin states given to this writer alone (Rwanda, Eritrea,
    Turkmenistan, Nicaragua, Venezuela, Libya; the reserve Kuwait was not used), four TNR texts
    per state, 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh129 ... tnr-fresh132 and tnr-fresh134 were
    written beside it, blind), twenty stories each told twice (one English text and one in
    another language), and one "same person, different event" trap: the shooting of the exiled
    activist Yendri Velásquez and Luis Peche Arteaga in Bogotá (13 October 2025, TNR) and
    Velásquez's detention at Maiquetía airport when his passport was annulled (3 August 2024,
    a look-alike: an act at home)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh133",
        states="ER LY NI RW TM VE",
        count=6,
        sibling=("tnr-fresh129", "tnr-fresh130", "tnr-fresh131", "tnr-fresh132", "tnr-fresh134"),
        sizes={2: 20},
        largest=2,
        traps=(("ve-velasquez-peche-bogota-2025", "lk-ve-velasquez-maiquetia-2024"),),
    )


def test_tnr_fresh134_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh134: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2003-2025 (the Tarique Rahman ban lifting is undated in its source; it followed the
    August 2024 change of government), 24 TNR and 16 look-alikes, the six origin states given
    to this writer alone (Vietnam, Bangladesh, Kazakhstan, Bahrain, Thailand, Iraq; the reserve
    Jordan was not used), four TNR texts per state, 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh129
    ... tnr-fresh133 were written beside it, blind), twenty stories each told twice (one
    English text and one in another language), and four "same person, different event" traps:
    Iraq's extradition request for Salwan Momika (TNR) and Sweden's deportation decision on him
    (a look-alike), both 2023; Bahrain's extradition papers for Hakeem al-Araibi (28 January
    2019) and his release after Bahrain dropped the request (11 February 2019), two TNR groups;
    the Bangladeshi High Court's order to remove Tarique Rahman's statements from social media
    (28 August 2023, TNR) and its lifting of the ban on publishing them (a look-alike); and the
    revocation of Pavin Chachavalpongpun's passport (2014) and the Thai ban on online contact
    with him and two other critics abroad (12 April 2017), two TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh134",
        states="BD BH IQ KZ TH VN",
        count=6,
        sibling=("tnr-fresh129", "tnr-fresh130", "tnr-fresh131", "tnr-fresh132", "tnr-fresh133"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("iq-momika-extradition-request-2023", "lk-iq-momika-deportation-2023"),
            ("bh-alaraibi-extradition-papers-2019", "bh-alaraibi-freed-2019"),
            ("bd-tarique-social-media-removal-2023", "lk-bd-tarique-ban-lifted-2024"),
            ("th-pavin-passport-revoked-2014", "th-online-contact-ban-2017"),
        ),
    )


def test_tnr_fresh135_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh135: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2017-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (China, Iran, Russia, Turkey, Egypt, India; the reserve Algeria was not used; Turkey has
    three TNR stories and India one, as no further new Indian event was found), 20 English
    texts and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh136 ... tnr-fresh138 were written beside it, blind), twenty stories
    each told twice (one English text and one in another language), and two "same person,
    different event" traps: Deniz Yücel's sentence in absentia in Istanbul (16 July 2020) and
    the Turkish arrest warrant for him in Germany (18 May 2023), two TNR groups; and Sanna
    Irshad Mattoo's two exit bans at Delhi airport (2 July and 18 October 2022), two
    look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh135",
        states="CN EG IN IR RU TR",
        count=6,
        sibling=("tnr-fresh136", "tnr-fresh137", "tnr-fresh138"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("tr-yucel-absentia-2020", "tr-yucel-warrant-2023"),
            ("lk-in-mattoo-paris-2022", "lk-in-mattoo-pulitzer-2022"),
        ),
    )


def test_tnr_fresh136_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh136: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2003-2025 (Valery Tsepkalo's in-absentia sentence, Moeed Pirzada's FBI warning and the
    Mozambique-Rwanda extradition treaty are not dated in their sources), 24 TNR and 16
    look-alikes, the six origin states given to this writer alone (Saudi Arabia, Belarus,
    Tajikistan, Rwanda, Vietnam, Pakistan; the reserve Morocco was not used), four TNR texts
    per state, 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh135, tnr-fresh137 and tnr-fresh138 were
    written beside it, blind), twenty stories each told twice (one English text and one in
    another language), and one "same person, different event" trap: Belarus putting the
    exiled ex-candidate Valery Tsepkalo on its wanted list (August 2020) and a Belarusian
    court sentencing him in absentia to 17 years, two TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh136",
        states="BY PK RW SA TJ VN",
        count=6,
        sibling=("tnr-fresh135", "tnr-fresh137", "tnr-fresh138"),
        sizes={2: 20},
        largest=2,
        traps=(("by-tsepkalo-wanted-2020", "by-tsepkalo-absentia-sentence"),),
    )


def test_tnr_fresh137_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh137: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2004-2025 (the extension of Afgan Sadygov's extradition detention is undated in its
    source; it followed a 42-day hunger strike, so late 2024), 24 TNR and 16 look-alikes, the
    six origin states given to this writer alone (Eritrea, Ethiopia, Uzbekistan, Azerbaijan,
    Nicaragua, Kazakhstan; the reserve Cuba was not used), two to six TNR texts per state, 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh135, tnr-fresh136 and tnr-fresh138 were written beside
    it, blind), twenty stories each told twice (one English text and one in another language),
    and one "same person, different event" trap: the Tbilisi Court of Appeal's rejection of
    Afgan Sadygov's appeal against his extradition detention (August 2024) and the city
    court's three-month extension of that detention after his hunger strike (late 2024), two
    TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh137",
        states="AZ ER ET KZ NI UZ",
        count=6,
        sibling=("tnr-fresh135", "tnr-fresh136", "tnr-fresh138"),
        sizes={2: 20},
        largest=2,
        traps=(("az-sadigov-appeal-inadmissible-2024", "az-sadigov-detention-extended-2024"),),
    )


def test_tnr_fresh138_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh138: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2011-2025 (the Sri Lankan police visit to the father of the exiled journalist
    Punniyamoorthy Sasikaran is undated in its source), 24 TNR and 16 look-alikes, origin
    states given to this writer alone (Syria, Bahrain, Turkmenistan, Cambodia, Zimbabwe; no
    new TNR event was found for Bangladesh, so the reserve Sri Lanka replaced it, while two
    look-alike stories stay Bangladeshi), 20 English texts and four in each other language,
    a source for every text, no story group shared with another split (tnr-fresh135,
    tnr-fresh136 and tnr-fresh137 were written beside it, blind), eight TNR stories each told
    three times (one English text and two in other languages) and eight look-alike stories
    each told twice, and two "same person, different event" traps: the state agents at the
    exiled Saviour Kasukuwere's farm (25 May 2019, TNR) and his arrest for border jumping
    after his return (1 June 2018, a look-alike); and the Bahraini prison sentence of Duaa
    Alwadaei, wife of the London-based Sayed Alwadaei (21 March 2018, TNR), and his account
    of their daughter left stateless by Home Office delays (20 May 2021, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh138",
        states="BH KH LK SY TM ZW",
        count=6,
        sibling=("tnr-fresh135", "tnr-fresh136", "tnr-fresh137"),
        sizes={3: 8, 2: 8},
        largest=3,
        traps=(
            ("zw-kasukuwere-farm-agents-2019", "lk-zw-kasukuwere-border-jumping-2018"),
            ("bh-duaa-alwadaei-sentence-2018", "lk-bh-alwadaei-daughter-stateless-2021"),
        ),
    )


def test_tnr_fresh140_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh140: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2011-2025 (the London ruling on Akin Ipek, Talip Buyuk and Ali Celik and the Bosnian
    ruling on Humeyra Gokcen are undated in their sources), 24 TNR and 16 look-alikes, origin
    states given to this writer alone (Iran, Turkey, Belarus, Laos, Equatorial Guinea; no new
    TNR event was found for Uganda, so the reserve Chad replaced it, while two look-alike
    stories stay Ugandan), two to six TNR texts per state (Laos two, one story), 20 English
    texts and four in each other language, a source for every text, no story group shared
    with another split (tnr-fresh139 and tnr-fresh141 to tnr-fresh146 were written beside it,
    blind), twenty stories each told twice (one English text and one in another language),
    and two "same person, different event" traps: the death in prison of Julio Obama Mefuman
    (15 January 2023) and Judge Pedraz's request to repatriate his body (reported
    19 January 2023), two TNR groups; and the warnings and threats that kept Sara Khadem from
    returning to Iran (January 2023, TNR) and Spain's grant of nationality to her (2023, a
    look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh140",
        states="BY GQ IR LA TD TR",
        count=6,
        sibling=(
            "tnr-fresh139",
            "tnr-fresh141",
            "tnr-fresh142",
            "tnr-fresh143",
            "tnr-fresh144",
            "tnr-fresh145",
            "tnr-fresh146",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("gq-obama-mefuman-death-2023", "gq-pedraz-body-request-2023"),
            ("ir-khadem-threats-2023", "lk-ir-khadem-nationality-2023"),
        ),
    )


def test_tnr_fresh141_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh141: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2009-2026 (the reported pardons of exiled Omanis are undated in their source), 24 TNR
    and 16 look-alikes, origin states given to this writer alone (Saudi Arabia, India,
    Tajikistan, Nicaragua, DR Congo; no new TNR event was found for the UAE, so the reserve
    Oman replaced it, while two look-alike stories stay Emirati), 20 English texts and four in
    each other language, a source for every text, no story group shared with another split
    (tnr-fresh139, tnr-fresh140 and tnr-fresh142 to tnr-fresh146 were written beside it,
    blind), eight TNR stories each told three times (one English text and two in other
    languages) and eight look-alike stories each told twice, and one "same person, different
    event" trap: the Kinshasa military court's death sentence for the Belgian-Congolese
    analyst Jean-Jacques Wondo (13 September 2024) and its confirmation on appeal, with
    Belgium recalling its ambassador (27 January 2025), two look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh141",
        states="CD IN NI OM SA TJ",
        count=6,
        sibling=(
            "tnr-fresh139",
            "tnr-fresh140",
            "tnr-fresh142",
            "tnr-fresh143",
            "tnr-fresh144",
            "tnr-fresh145",
            "tnr-fresh146",
        ),
        sizes={3: 8, 2: 8},
        largest=3,
        traps=(("lk-cd-wondo-death-sentence-2024", "lk-cd-wondo-appeal-upheld-2025"),),
    )


def test_tnr_fresh142_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh142: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1983-2023 (the Ethiopia-Djibouti extradition agreement is undated in its source, and
    the summons of Iliana Hernández's mother followed her December 2021 court loss), 24 TNR
    and 16 look-alikes, the six origin states given to this writer alone (Rwanda, Vietnam,
    Eritrea, Cuba, Libya, Djibouti; the reserve Kuwait was not used), three to six TNR texts
    per state, 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh139 to tnr-fresh146 were written beside
    it, blind), eight TNR stories each told three times (one English text and two in other
    languages) and eight look-alike stories each told twice, and one "same person, different
    event" trap: the police summons of the Cuban reporter Iliana Hernández's mother days
    after she reached Madrid (TNR) and the Cuban Supreme Court's rejection of her suit
    against her exit ban (December 2021, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh142",
        states="CU DJ ER LY RW VN",
        count=6,
        sibling=(
            "tnr-fresh139",
            "tnr-fresh140",
            "tnr-fresh141",
            "tnr-fresh143",
            "tnr-fresh144",
            "tnr-fresh145",
            "tnr-fresh146",
        ),
        sizes={3: 8, 2: 8},
        largest=3,
        traps=(
            (
                "cu-iliana-hernandez-mother-summons-madrid",
                "lk-cu-iliana-hernandez-supreme-court-2021",
            ),
        ),
    )


def test_tnr_fresh143_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh143: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2006-2025 (Aqeel Malik's television remark on Interpol is undated in its source, early
    2025; the Babakulov family's intimidation is dated only to 2017), 24 TNR and 16
    look-alikes, the six origin states given to this writer alone (Pakistan, Uzbekistan,
    Azerbaijan, Burundi, Kyrgyzstan, Cameroon; the reserve Tunisia was not used), three to five
    TNR texts per state, 20 English texts and four in each other language, a source for every
    text, no story group shared with another split (tnr-fresh139 to tnr-fresh146 were written
    beside it, blind), six TNR stories told three times and three TNR and eight look-alike
    stories told twice, and three "same person, different event" traps: the Baku police
    holding Jamal Ali's relatives over his song (January 2017, TNR) and his own arrest at a
    Baku rally (March 2012, a look-alike); Nigeria's refusal to hand Issa Tchiroma Bakary to
    Cameroon (November 2025, TNR) and the gendarmes' raid on his Garoua compound (29 October
    2025, a look-alike); Maxim Bakiyev's detention at Farnborough on a Kyrgyz Interpol warrant
    (June 2010) and his arrest in London on a US fraud request (12 October 2012), two
    look-alike groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh143",
        states="AZ BI CM KG PK UZ",
        count=6,
        sibling=(
            "tnr-fresh139",
            "tnr-fresh140",
            "tnr-fresh141",
            "tnr-fresh142",
            "tnr-fresh144",
            "tnr-fresh145",
            "tnr-fresh146",
        ),
        sizes={3: 6, 2: 11},
        largest=3,
        traps=(
            ("az-jamal-ali-relatives-2017", "lk-az-jamal-ali-baku-arrest-2012"),
            ("cm-tchiroma-nigeria-refusal-2025", "lk-cm-tchiroma-garoua-house-arrest-2025"),
            ("lk-kg-maxim-bakiyev-farnborough-2010", "lk-kg-maxim-bakiyev-london-arrest-2012"),
        ),
    )


def test_tnr_fresh144_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh144: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1984-2024 (the IFJ protest at Ghazi Ghareeb Zorab's removal from Britain gives no year
    in its source; it cites 2022 figures), 24 TNR and 16 look-alikes. The writer was given
    Bangladesh, Kazakhstan, Syria, Ethiopia, Mali and Iraq (reserve Nigeria); no new TNR event
    was found for Kazakhstan or Bangladesh (every one the searches returned is in another
    split), so the reserve Nigeria replaced Kazakhstan and only five origin states are used
    (Ethiopia, Iraq, Mali, Nigeria, Syria), while Kazakhstan and Bangladesh keep look-alike
    stories. 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh139 ... tnr-fresh143, tnr-fresh145 and
    tnr-fresh146 were written beside it, blind), eight TNR stories each told three times (one
    English text and two in other languages) and eight look-alike stories each told twice,
    and two "same person, different event" traps: Umaru Dikko found drugged in a crate at
    Stansted (5 July 1984, TNR) and his return home at the military government's invitation
    ten years later (a look-alike); and a Meles Zenawi bodyguard's threat to kill the heckling
    exiled journalist Abebe Gellaw (18 May 2012) and the murder plot against him that ESAT said
    the FBI foiled (January 2013), two TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh144",
        states="ET IQ ML NG SY",
        count=5,
        sibling=(
            "tnr-fresh139",
            "tnr-fresh140",
            "tnr-fresh141",
            "tnr-fresh142",
            "tnr-fresh143",
            "tnr-fresh145",
            "tnr-fresh146",
        ),
        sizes={3: 8, 2: 8},
        largest=3,
        traps=(
            ("ng-dikko-crate-1984", "lk-ng-dikko-return-1994"),
            ("et-gellaw-bodyguard-threat-2012", "et-gellaw-murder-plot-2013"),
        ),
    )


def test_tnr_fresh145_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh145: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2008-2022 and four undated ones (the Afghan activist's account, the threat to Hanum
    Rasulova, the Juba passport refusal and the Turkmen reporter's summons give no year in
    their sources; the 22 extraditions to Zimbabwe were announced after an October 2024
    robbery), 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Thailand, Zimbabwe, Afghanistan, Turkmenistan, Bahrain, Sudan; the reserve Malaysia was
    not used), four TNR texts per state, 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh139 ...
    tnr-fresh146 were written beside it, blind), five TNR stories each told four times (one
    English text and three in other languages), two Thai TNR stories and eight look-alike
    stories each told twice, and one "same person, different event" trap: the army's visits
    to the Bangkok family of the exiled academic Pavin Chachavalpongpun (February 2016) and
    the Thai Consulate in Chicago's warning to Thai students not to attend his lecture in
    Wisconsin (November 2015), two TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh145",
        states="AF BH SD TH TM ZW",
        count=6,
        sibling=(
            "tnr-fresh139",
            "tnr-fresh140",
            "tnr-fresh141",
            "tnr-fresh142",
            "tnr-fresh143",
            "tnr-fresh144",
            "tnr-fresh146",
        ),
        sizes={4: 5, 2: 10},
        largest=4,
        traps=(("th-pavin-family-army-visits-2016", "th-pavin-chicago-consulate-2015"),),
    )


def test_tnr_fresh146_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh146: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2013-2025 (the four defectors' families video, the Radeepan summons and the Sandappu
    inquiry are undated in their sources), 24 TNR and 16 look-alikes, origin states given to
    this writer alone (Venezuela, Guinea, Sri Lanka, Algeria, North Korea; no new TNR event was
    found for Jordan, so the reserve Indonesia replaced it, while two look-alike stories stay
    Jordanian), two to six TNR texts per state, 20 English texts and four in each other
    language, a source for every text, no story group shared with another split
    (tnr-fresh139 to tnr-fresh145 were written beside it, blind), twenty stories each told
    twice (one English text and one in another language), and two "same person, different
    event" traps: the arrest in Dakar of the Guinean soldier Daouda Bangoura at Guinea's
    request and Senegal's later refusal to hand him over (July 2024, two TNR groups); and the
    arrest in Colombia of Larry Changa of Tren de Aragua (1 July 2024) and President Petro's
    order extraditing him to Chile (2025, two look-alike groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh146",
        states="DZ GN ID KP LK VE",
        count=6,
        sibling=(
            "tnr-fresh139",
            "tnr-fresh140",
            "tnr-fresh141",
            "tnr-fresh142",
            "tnr-fresh143",
            "tnr-fresh144",
            "tnr-fresh145",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("gn-bangoura-dakar-arrest-2024", "gn-bangoura-extradition-refused-2024"),
            ("lk-ve-changa-arrest-2024", "lk-ve-changa-extradition-order-2025"),
        ),
    )


def test_tnr_fresh139_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh139: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2007-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (China, Russia, Egypt, Cambodia, Somalia, Myanmar; the reserve Mongolia was not used), two
    to six TNR texts per state, 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh140 to tnr-fresh146 were
    written beside it, blind), twenty stories each told twice (one English text and one in
    another language), and four "same person, different event" traps: Ilya Yashin's place on
    Russia's wanted list (December 2024, TNR) and his Moscow sentence (December 2022, a
    look-alike); Frances Hui's mother questioned in Hong Kong (December 2023) and her parents
    taken in (April 2025), two TNR groups; Maria Pevchikh put on the wanted list (December
    2023) and arrested in absentia with three other Navalny allies (January 2024), two TNR
    groups; and the Bahraini arrest of Sayed el-Agez and Muhammad Hassanein on Egypt's
    Interpol warrant (2 August 2023) and their deportation and charging in Egypt (August 2023),
    two TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh139",
        states="CN EG KH MM RU SO",
        count=6,
        sibling=(
            "tnr-fresh140",
            "tnr-fresh141",
            "tnr-fresh142",
            "tnr-fresh143",
            "tnr-fresh144",
            "tnr-fresh145",
            "tnr-fresh146",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("ru-yashin-wanted-2024", "lk-ru-yashin-sentence-2022"),
            ("cn-hui-mother-questioned-2023", "cn-hui-parents-questioned-2025"),
            ("ru-pevchikh-wanted-2023", "ru-navalny-allies-absentia-2024"),
            ("eg-agez-hassanein-bahrain-arrest-2023", "eg-agez-hassanein-deported-charged-2023"),
        ),
    )


def test_tnr_fresh152_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh152: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1993-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Venezuela, Cuba, Libya, Morocco, Algeria, North Korea; the reserve Nigeria was not used),
    four TNR texts per state, 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh147 to tnr-fresh151 were
    written beside it, blind), twenty stories each told twice (one English text and one in
    another language), and one "same person, different event" trap: Morocco's extradition
    request to Spain for the former DGED official Mehdi Hijaouy (reported February 2025) and
    Moroccan agents' surveillance of his wife in Paris and of him in Madrid (2024), two TNR
    groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh152",
        states="CU DZ KP LY MA VE",
        count=6,
        sibling=(
            "tnr-fresh147",
            "tnr-fresh148",
            "tnr-fresh149",
            "tnr-fresh150",
            "tnr-fresh151",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("ma-hijaouy-extradition-request-2025", "ma-hijaouy-surveillance-2024"),),
    )


def test_tnr_fresh147_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh147: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2013-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (China, Iran, Russia, Turkey, Egypt, India; the reserve Mongolia was not used), four TNR
    texts per state, 20 English texts and four in each other language, a source for every
    text, no story group shared with another split (tnr-fresh148 to tnr-fresh152 were written
    beside it, blind), twenty stories each told twice (one English text and one in another
    language), and three "same person, different event" traps: the detention of Ruslan
    Gabbasov's brother in Bashkortostan (November 2023) and his sentence in Yekaterinburg
    (August 2024), two TNR groups; Bahar Kimyongür's arrest in Italy on Turkey's Interpol
    notice (November 2013) and his place on Turkey's most-wanted list with a reward (February
    2018), two TNR groups; and Inderjeet Singh Gosal's duty-to-warn notice (August 2024), the
    RCMP's witness-protection offer (September 2025), both TNR, and his arrest over the
    Brampton temple clash (November 2024), a look-alike."""
    assert_a_blind_split_of_forty(
        "tnr-fresh147",
        states="CN EG IN IR RU TR",
        count=6,
        sibling=("tnr-fresh148", "tnr-fresh149", "tnr-fresh150", "tnr-fresh151", "tnr-fresh152"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("ru-gabbasov-brother-detained-2023", "ru-gabbasov-brother-sentenced-2024"),
            ("tr-kimyongur-bergamo-2013", "tr-kimyongur-most-wanted-2018"),
            ("in-gosal-duty-to-warn-2024", "in-gosal-witness-protection-2025"),
            ("in-gosal-duty-to-warn-2024", "lk-in-gosal-temple-arrest-2024"),
        ),
    )


def test_tnr_fresh149_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh149: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2006-2026, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Eritrea, Ethiopia, Uzbekistan, Azerbaijan, Nicaragua, Kazakhstan; the reserve Oman was not
    used), four TNR texts per state, 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh147, 148 and
    150 to 152 were written beside it, blind), twenty stories each told twice (one English text
    and one in another language), and two "same person, different event" traps: Serikzhan
    Bilash, whom an Almaty court was asked to declare wanted while he lived in the US (December
    2021, TNR), and the closing of one of his two criminal cases (early 2021, a look-alike);
    and Jafar Mirzayev (Mirzoev), detained on drug charges after Germany deported him (2022,
    TNR), and his conviction in Azerbaijan (January 2023, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh149",
        states="AZ ER ET KZ NI UZ",
        count=6,
        sibling=("tnr-fresh147", "tnr-fresh148", "tnr-fresh150", "tnr-fresh151", "tnr-fresh152"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("kz-bilash-wanted-list-2021", "lk-kz-bilash-case-dropped-2021"),
            ("az-karimli-mirzayev-deported-arrested-2022", "lk-az-mirzoev-conviction-2023"),
        ),
    )


def test_tnr_fresh150_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh150: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2011-2025 (one Dutch ruling undated), 24 TNR and 16 look-alikes, origin states given to
    this writer alone (Syria, Bahrain, Turkmenistan, Cambodia, Bangladesh; no new Zimbabwean TNR
    event was found, so the reserve Kuwait replaced Zimbabwe, which keeps one look-alike), two
    to six TNR texts per state, 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh147 to tnr-fresh152 were
    written beside it, blind), twenty stories each told twice (one English text and one in
    another language), and four "same person, different event" traps: Jassem Merhi al-Jassem's
    abduction in Beirut as the opposition reported it in March 2011 and the Lebanese police
    inquiry made public in October 2011 (two TNR groups); Maryam al-Khawaja's sentence in
    absentia (December 2014, TNR) and her arrest at Manama airport (August 2014, a
    look-alike); the gazette summoning Tarique and Zubaida Rahman (January 2023) and their
    conviction in absentia (2023), two TNR groups; and Salman Al-Khalidi's in-absentia
    sentences of November 2023 and January 2024, two TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh150",
        states="BD BH KH KW SY TM",
        count=6,
        sibling=("tnr-fresh147", "tnr-fresh148", "tnr-fresh149", "tnr-fresh151", "tnr-fresh152"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("sy-jassem-beirut-abduction-2011", "sy-jassem-isf-report-2011"),
            ("bh-maryam-khawaja-absentia-2014", "lk-bh-maryam-khawaja-airport-arrest-2014"),
            ("bd-tarique-zubaida-gazette-2023", "bd-tarique-zubaida-verdict-2023"),
            ("kw-khalidi-absentia-2023", "kw-khalidi-absentia-2024"),
        ),
    )


def test_tnr_fresh151_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh151: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2008-2024 (the Sitsabaiesan trailing is undated in its source), 24 TNR and 16
    look-alikes, origin states given to this writer alone (Thailand, Kyrgyzstan, Cameroon,
    Sudan, Sri Lanka; no new TNR event was found for Laos, so the reserve Tunisia replaced it,
    while one look-alike story stays Lao), two to six TNR texts per state, 20 English texts and
    four in each other language, a source for every text, no story group shared with another
    split (tnr-fresh147 to tnr-fresh152 were written beside it, blind), twenty stories each
    told twice (one English text and one in another language), and two "same person,
    different event" traps: Sudan's June 2008 Interpol request for 20 JEM leaders including
    Khalil Ibrahim and its May 2010 Interpol request for Ibrahim in Egypt (two TNR groups);
    and Sri Lanka's June 2009 appeal to other countries to arrest the Tiger leader K.
    Padmanathan (TNR) and its August 2009 offer to extradite him, by then in its custody, to
    India (a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh151",
        states="CM KG LK SD TH TN",
        count=6,
        sibling=("tnr-fresh147", "tnr-fresh148", "tnr-fresh149", "tnr-fresh150", "tnr-fresh152"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("sd-jem-20-leaders-interpol-2008", "sd-khalil-ibrahim-interpol-2010"),
            ("lka-kp-arrest-appeal-2009", "lk-lka-kp-india-offer-2009"),
        ),
    )


def test_tnr_fresh148_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh148: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2003-2025 (the Nayef statement and the Samar Badawi arrest are dated only to the year
    in their sources; the Rugigana sentence is undated, read as 2012), 24 TNR and 16
    look-alikes, the six origin states given to this writer alone (Saudi Arabia, Belarus,
    Tajikistan, Rwanda, Vietnam, Pakistan; the reserve Chad was not used), four TNR texts per
    state, 20 English texts and four in
    each other language, a source for every text, no story group shared with another split
    (tnr-fresh147 and tnr-fresh149 to tnr-fresh152 were written beside it, blind), twenty
    stories each told twice (one English text and one in another language), and four "same
    person, different event" traps: Saad al-Faqih's UN terror-listing request (December 2004)
    and Riyadh's request to Tony Blair to expel him (July 2005); Yakub Salimov's arrest in
    Moscow (June 2003) and his extradition to Dushanbe (February 2004); the arrest of Rugigana
    Ngabo, brother of the exiled General Nyamwasa (August 2010), and his nine-year sentence;
    and the Thai court's order to extradite Ly Tong (September 2006) and its reversal on
    appeal (April 2007) - all eight TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh148",
        states="BY PK RW SA TJ VN",
        count=6,
        sibling=("tnr-fresh147", "tnr-fresh149", "tnr-fresh150", "tnr-fresh151", "tnr-fresh152"),
        sizes={2: 20},
        largest=2,
        traps=(
            ("sa-faqih-un-listing-2004", "sa-faqih-masari-expulsion-request-2005"),
            ("tj-salimov-moscow-arrest-2003", "tj-salimov-extradited-2004"),
            ("rw-rugigana-arrest-2010", "rw-rugigana-sentence-2012"),
            ("vn-ly-tong-extradition-ruling-2006", "vn-ly-tong-appeal-freed-2007"),
        ),
    )


def test_tnr_fresh153_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh153: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2006-2025 (the Rotterdam passport seizures and the Tamak arrest are dated only to the
    year in their sources), 24 TNR and 16 look-alikes, the six origin states given to this
    writer alone (China, Iran, Russia, Turkey, Egypt, India; the reserve Mongolia was not
    used), four TNR texts per state, 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh154 to
    tnr-fresh160 were written beside it, blind), twenty stories each told twice (one English
    text and one in another language), and three "same person, different event" traps:
    Babur Maihesuti's sentence for spying on Uyghurs in Sweden (March 2010) and the appeal
    court's longer term (September 2010); the arrest of Abdelrahman Ayyash's father in Egypt
    (July 2022) and his acquittal (November 2022); and Delhi Police's anti-terror case over
    the London High Commission protest (March 2023) and the NIA's appeal to identify the
    protesters - all six TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh153",
        states="CN EG IN IR RU TR",
        count=6,
        sibling=(
            "tnr-fresh154",
            "tnr-fresh155",
            "tnr-fresh156",
            "tnr-fresh157",
            "tnr-fresh158",
            "tnr-fresh159",
            "tnr-fresh160",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("cn-maihesuti-sentenced-2010", "cn-maihesuti-appeal-2010"),
            ("eg-ayyash-father-arrest-2022", "eg-ayyash-father-acquitted-2022"),
            ("in-london-mission-protest-case-2023", "in-nia-london-cctv-appeal-2023"),
        ),
    )


def test_tnr_fresh154_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh154: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2006-2025 (the Runiga warrants and the Habre statement are undated in their sources; the
    al-Khalidi transfer is dated to the day, its year read as 2025), 24 TNR and 16 look-alikes,
    origin states given to this writer alone: Saudi Arabia, Belarus, Tajikistan, Nicaragua and
    DR Congo (no new reported TNR event was found for Uganda, nor for the reserve Chad, so only
    five origin states; Uganda and Chad appear in look-alikes), Saudi Arabia with eight TNR texts
    and the others four each, 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh153 and tnr-fresh155 to
    tnr-fresh160 were written beside it, blind), twenty stories each told twice (one English
    text and one in another language), and three "same person, different event" traps:
    Bulgaria's February 2024 deportation order against the Saudi activist Abdulrahman
    al-Khalidi and the Sofia court's October 2024 ruling upholding his expulsion (two TNR
    groups, with two more al-Khalidi events, his 2021 arrest and his 2025 transfer, as their own
    groups); the 22 August 2025 demand for the death penalty against the exiled former
    president Joseph Kabila and his 30 September 2025 death sentence in absentia (two TNR
    groups); and the French complaint of January 2017 over the disappearance of Frederic
    Boyenga Bofala in Kinshasa and his release in February 2017 (two look-alikes)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh154",
        states="BY CD NI SA TJ",
        count=5,
        sibling=(
            "tnr-fresh153",
            "tnr-fresh155",
            "tnr-fresh156",
            "tnr-fresh157",
            "tnr-fresh158",
            "tnr-fresh159",
            "tnr-fresh160",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("sa-khalidi-deportation-order-2024", "sa-khalidi-expulsion-upheld-2024"),
            ("cd-kabila-death-penalty-sought-2025", "cd-kabila-death-sentence-2025"),
            ("lk-cd-boyenga-disappearance-complaint-2017", "lk-cd-boyenga-release-2017"),
        ),
    )


def test_tnr_fresh155_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh155: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1996-2024 (the Cuban entry-permit refusal of Melissa Gonzalez is undated in its source),
    24 TNR and 16 look-alikes, the six origin states given to this writer alone (Rwanda,
    Vietnam, Eritrea, Cuba, Libya, United Arab Emirates; the reserve Oman was not used), two
    to six TNR texts per state (Rwanda and Eritrea two, Vietnam and Libya four, Cuba and the
    UAE six), 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh153, tnr-fresh154 and tnr-fresh156 to
    tnr-fresh160 were written beside it, blind), twenty stories each told twice (one English
    text and one in another language), and one "same person, different event" trap: the
    abduction of the Libyan prime minister Ali Zeidan from his Tripoli hotel in October 2013
    and the nine-day abduction of the former premier on his first visit home in August 2017
    (two look-alike groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh155",
        states="AE CU ER LY RW VN",
        count=6,
        sibling=(
            "tnr-fresh153",
            "tnr-fresh154",
            "tnr-fresh156",
            "tnr-fresh157",
            "tnr-fresh158",
            "tnr-fresh159",
            "tnr-fresh160",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("lk-ly-zeidan-abduction-2013", "lk-ly-zeidan-abduction-2017"),),
    )


def test_tnr_fresh156_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh156: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2016-2024 (the Babazade deportation and the Rashid Murad warning are undated in their
    sources), 24 TNR and 16 look-alikes, origin states given to this writer alone (Pakistan,
    Uzbekistan, Azerbaijan, Cambodia, Myanmar; no new TNR event was found for Somalia nor for
    the reserve Kuwait, so five origin states are used, while two look-alike stories are
    Somali), three to nine TNR texts per state, 20 English texts and four in each other
    language, a source for every text, no story group shared with another split
    (tnr-fresh153 to tnr-fresh160 were written beside it, blind), sixteen stories (the eight
    TNR stories told three times, the eight look-alike stories twice) and one "same person,
    different event" trap: Kazakhstan's refusal of asylum on 31 July 2023 to Koshkarbai
    Toremuratov and Zhangeldy Zhaksymbetov, wanted by Uzbekistan (TNR), and the asylum
    Zhaksymbetov and three other Karakalpak activists were granted in the United States in
    October 2024 (a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh156",
        states="AZ KH MM PK UZ",
        count=5,
        sibling=(
            "tnr-fresh153",
            "tnr-fresh154",
            "tnr-fresh155",
            "tnr-fresh157",
            "tnr-fresh158",
            "tnr-fresh159",
            "tnr-fresh160",
        ),
        sizes={2: 8, 3: 8},
        largest=3,
        traps=(("uz-karakalpak-asylum-refused-2023", "lk-uz-karakalpak-us-asylum-2024"),),
    )


def test_tnr_fresh157_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh157: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2005-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Bangladesh, Kazakhstan, Syria, Burundi, Kyrgyzstan, Cameroon; the reserve Tunisia was not
    used), two to six TNR texts per state (Kyrgyzstan two, Kazakhstan six, the others four),
    20 English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh153 to tnr-fresh156 and tnr-fresh158 to tnr-fresh160
    were written beside it, blind), twenty stories each told twice (one English text and one
    in another language), and two "same person, different event" traps: Interpol's red notice
    for Tarique Rahman (2015, TNR) and its deletion of Bangladesh's data on him (March 2016, a
    look-alike); and the Swiss federal prosecutors' spying case over Viktor Khrapunov (June
    2014) and a Swiss court's reopening of the probe (November 2016), two TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh157",
        states="BD BI CM KG KZ SY",
        count=6,
        sibling=(
            "tnr-fresh153",
            "tnr-fresh154",
            "tnr-fresh155",
            "tnr-fresh156",
            "tnr-fresh158",
            "tnr-fresh159",
            "tnr-fresh160",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("bd-tarique-red-notice-2015", "lk-bd-tarique-interpol-deletion-2016"),
            ("kz-khrapunov-spying-probe-2014", "kz-khrapunov-probe-reopened-2016"),
        ),
    )


def test_tnr_fresh158_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh158: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2004-2025 (the Rabat arrest of Bachir Ag Ahmed Mohamed is undated in its source, read as
    January 2017), 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Thailand, Zimbabwe, Afghanistan, Ethiopia, Mali, Iraq; the reserve Nigeria was not used),
    two to six TNR texts per state, 20 English texts and four in each other language, a source
    for every text, no story group shared with another split (tnr-fresh153 to tnr-fresh160
    were written beside it, blind), twenty stories each told twice (one English text and one
    in another language), and "same person, different event" traps: Thaksin Shinawatra's
    army-defamation warrant (October 2015), his lese majeste indictment and warrant (September
    2016) and his lese majeste hearing at home (August 2024, a look-alike); Mohammed al-Dayni
    put on an Interpol red list (March 2009), arrested in Kuala Lumpur (October 2009) and
    refused by Malaysia (November 2011); and the Malian student Bachir Ag Ahmed Mohamed held
    in Rabat at Bamako's request and flown to Bamako (24 January 2017)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh158",
        states="AF ET IQ ML TH ZW",
        count=6,
        sibling=(
            "tnr-fresh153",
            "tnr-fresh154",
            "tnr-fresh155",
            "tnr-fresh156",
            "tnr-fresh157",
            "tnr-fresh159",
            "tnr-fresh160",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("th-thaksin-army-defamation-warrant-2015", "th-thaksin-lese-majeste-warrant-2016"),
            ("th-thaksin-lese-majeste-warrant-2016", "lk-th-thaksin-lese-majeste-hearing-2024"),
            ("iq-dayni-red-list-2009", "iq-dayni-malaysia-arrest-2009"),
            ("iq-dayni-malaysia-arrest-2009", "iq-dayni-malaysia-refusal-2011"),
            ("ml-bachir-rabat-arrest-2017", "ml-bachir-expelled-2017"),
        ),
    )


def test_tnr_fresh159_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh159: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1998-2026, 24 TNR and 16 look-alikes, origin states given to this writer alone
    (Venezuela, Turkmenistan, Bahrain, Sudan; no new TNR event was found for Jordan or
    Guinea, so the reserve Malaysia replaced one of them and the TNR texts have five origin
    states, while two Jordanian and one Guinean look-alike stories stay), two to nine TNR
    texts per state (Malaysia nine, Venezuela and Bahrain five, Sudan three, Turkmenistan
    two), 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh153 to
    tnr-fresh158 and tnr-fresh160 were written beside it, blind), fourteen stories told twice
    and four told three times, and three "same person, different event" traps: Pedro
    Carmona's refuge in Colombia's embassy and asylum (May 2002, a look-alike) and
    Venezuela's request to extradite him from Colombia (April 2006, TNR); Malaysia's
    revocation of P. Waythamoorthy's passport in London (April 2008) and its High
    Commission's failure to renew it before he got one in Singapore (July 2012); and the
    Malaysian police's bid to bring back the blogger Raja Petra Kamarudin from London
    (December 2009) and their search for him over the "Dubai Move" (January 2024)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh159",
        states="BH MY SD TM VE",
        count=5,
        sibling=(
            "tnr-fresh153",
            "tnr-fresh154",
            "tnr-fresh155",
            "tnr-fresh156",
            "tnr-fresh157",
            "tnr-fresh158",
            "tnr-fresh160",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("lk-ve-carmona-colombia-asylum-2002", "ve-carmona-extradition-request-2006"),
            ("my-waythamoorthy-passport-revoked-2008", "my-waythamoorthy-passport-renewal-2012"),
            ("my-raja-petra-extradition-bid-2009", "my-raja-petra-dubai-move-2024"),
        ),
    )


def test_tnr_fresh160_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh160: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1965-2023 (the Rudrakumaran evidence offer is undated in its source), 24 TNR and 16
    look-alikes, the six origin states given to this writer alone (Laos, Equatorial Guinea,
    Sri Lanka, Algeria, North Korea, Morocco; the reserve Indonesia was not used), two to six
    TNR texts per state, 20 English texts and four in each other language, a source for every
    text, no story group shared with another split (tnr-fresh153 to tnr-fresh159 were written
    beside it, blind), twenty stories each told twice (one English text and one in another
    language), and four "same person, different event" traps: Krim Belkacem's death sentence
    in absentia (Oran, April 1969) and his murder in Frankfurt (October 1970); Equatorial
    Guinea's extradition request for Severo Moto (March 2006) and its renewed demand (October
    2006); Moto's 63-year sentence (November 2004, TNR) and his arrest in Spain for arms
    trafficking (April 2008, a look-alike); and Zakaria Moumni's asylum claim in Canada
    citing an assassination attempt in France (September 2017, TNR) and his arrest in
    Montreal for assaulting people at a Throne Day event (July 2022, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh160",
        states="DZ GQ KP LA LK MA",
        count=6,
        sibling=(
            "tnr-fresh153",
            "tnr-fresh154",
            "tnr-fresh155",
            "tnr-fresh156",
            "tnr-fresh157",
            "tnr-fresh158",
            "tnr-fresh159",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("dz-krim-death-sentence-absentia-1969", "dz-krim-frankfurt-1970"),
            ("gq-moto-extradition-request-2006", "gq-moto-extradition-renewed-2006"),
            ("gq-moto-sentence-absentia-2004", "lk-gq-moto-arms-arrest-2008"),
            ("ma-moumni-canada-asylum-2017", "lk-ma-moumni-montreal-arrest-2022"),
        ),
    )


def test_tnr_fresh161_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh161: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2013-2026 (the al-Hudaif family pressure, the Moradkhani and Abu al-Khair arrests, the
    Red Sea islands verdict and the Cetin G. arrest are not dated to the day in their
    sources), 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (China, Iran, Russia, Turkey, Egypt, Saudi Arabia; the reserve Qatar was not used), two to
    six TNR texts per state, 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh162 to tnr-fresh168 were
    written beside it, blind), twenty stories each told twice (one English text and one in
    another language), and one "same person, different event" trap: Ferkat Jawdat's aunt and
    her husband sent to prison after his meeting with Mike Pompeo (March 2019) and his
    mother's call from outside the camp urging silence (17 May 2019), two TNR groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh161",
        states="CN EG IR RU SA TR",
        count=6,
        sibling=(
            "tnr-fresh162",
            "tnr-fresh163",
            "tnr-fresh164",
            "tnr-fresh165",
            "tnr-fresh166",
            "tnr-fresh167",
            "tnr-fresh168",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("cn-jawdat-aunt-sentenced-2019", "cn-jawdat-mother-call-2019"),),
    )


def test_tnr_fresh162_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh162: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2003-2025 (the Nkuranyabahizi ruling, the Bialiatski picket and the Edmonton clash are
    undated in their sources), 24 TNR and 16 look-alikes, the six origin states given to this
    writer alone (Belarus, Tajikistan, Rwanda, Vietnam, Eritrea, Tunisia; the reserve Lebanon
    was not used), two to six TNR texts per state, 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh161
    and tnr-fresh163 to tnr-fresh168 were written beside it, blind), twenty stories each told
    twice (one English text and one in another language), and two "same person, different
    event" traps: Moncef Marzouki's four-year sentence in absentia (December 2021) and his
    eight-year one (February 2024), both TNR; and Tim Sakhorn's expulsion from Cambodia to
    Vietnam (June 2007, TNR) and his one-year sentence by a court in An Giang (November 2007,
    a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh162",
        states="BY ER RW TJ TN VN",
        count=6,
        sibling=(
            "tnr-fresh161",
            "tnr-fresh163",
            "tnr-fresh164",
            "tnr-fresh165",
            "tnr-fresh166",
            "tnr-fresh167",
            "tnr-fresh168",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("tn-marzouki-absentia-2021", "tn-marzouki-absentia-2024"),
            ("vn-sakhorn-expelled-2007", "lk-vn-sakhorn-sentence-2007"),
        ),
    )


def test_tnr_fresh163_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh163: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1985-2026, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Pakistan, Uzbekistan, Azerbaijan, Kazakhstan, Bangladesh, Nigeria; the reserve Gambia was
    not used), two to six TNR texts per state, 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh161
    to tnr-fresh168 were written beside it, blind), twenty stories each told twice (one
    English text and one in another language), and two "same person, different event" traps:
    Nigeria's Court of Appeal discharging Nnamdi Kanu over his rendition from Kenya (October
    2022) and Kenya's High Court awarding him damages for the same rendition (June 2025); and
    a French appeals court overturning Mukhtar Ablyazov's extradition (April 2014) and the
    Council of State annulling the later extradition decree (December 2016)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh163",
        states="AZ BD KZ NG PK UZ",
        count=6,
        sibling=(
            "tnr-fresh161",
            "tnr-fresh162",
            "tnr-fresh164",
            "tnr-fresh165",
            "tnr-fresh166",
            "tnr-fresh167",
            "tnr-fresh168",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("ng-kanu-appeal-discharge-2022", "ng-kanu-kenya-damages-2025"),
            ("kz-ablyazov-appeal-overturned-2014", "kz-ablyazov-council-of-state-2016"),
        ),
    )


def test_tnr_fresh164_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh164: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1990-2026 (the attack on Ahmad Hanayesh in Islamabad is dated only "3 April" in its
    source), 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Thailand, Afghanistan, Ethiopia, Mali, Iraq, Zimbabwe; the reserve Tanzania was not used),
    three to six TNR texts per state, 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh161 to
    tnr-fresh168 were written beside it, blind), fourteen stories told twice and four told
    three times, and one "same person, different event" trap: the foiled Iraqi plot to kill the
    Assyrian broadcaster Sargon Dadesho in Modesto (February 1990, TNR) and his collection of
    a court award from frozen Iraqi assets (April 2003, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh164",
        states="AF ET IQ ML TH ZW",
        count=6,
        sibling=(
            "tnr-fresh161",
            "tnr-fresh162",
            "tnr-fresh163",
            "tnr-fresh165",
            "tnr-fresh166",
            "tnr-fresh167",
            "tnr-fresh168",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(("iq-dadesho-plot-1990", "lk-iq-dadesho-judgment-2003"),),
    )


def test_tnr_fresh165_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh165: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1980-2025 (some undated in their sources), 24 TNR and 16 look-alikes, the six origin
    states given to this writer alone (Venezuela, Cuba, Nicaragua, Libya, the United Arab
    Emirates, Bahrain; the reserve Kenya was not used), two to eight TNR texts per state, 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh161 to tnr-fresh168 were written beside it, blind),
    twenty stories each told twice (one English text and one in another language), and one
    "same person, different event" trap: Alexander Otero Rodríguez's release as a political
    prisoner in 2015 (a look-alike) and Cuba's refusal to let him in for his mother's funeral
    (TNR)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh165",
        states="AE BH CU LY NI VE",
        count=6,
        sibling=(
            "tnr-fresh161",
            "tnr-fresh162",
            "tnr-fresh163",
            "tnr-fresh164",
            "tnr-fresh166",
            "tnr-fresh167",
            "tnr-fresh168",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            (
                "cu-otero-rodriguez-holguin-entry-denied",
                "lk-cu-otero-rodriguez-release-2015",
            ),
        ),
    )


def test_tnr_fresh166_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh166: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2008-2023 (four undated in their sources), 24 TNR and 16 look-alikes, the six origin
    states given to this writer alone (Syria, Burundi, Kyrgyzstan, Cameroon, DR Congo,
    Turkmenistan; the reserve Togo was not used), two to six TNR texts per state, 20 English
    texts and four in each other language, a source for every text, no story group shared
    with another split (tnr-fresh161 to tnr-fresh168 were written beside it, blind), twenty
    stories each told twice (one English text and one in another language), and one "same
    person, different event" trap, both halves look-alikes: Congo's renewed request that
    Rwanda extradite the rebel leader Laurent Nkunda (January 2009) and Kinshasa's later
    offer to trade the genocide suspect Ladislas Ntaganzwa for a wanted Congolese such as
    Nkunda."""
    assert_a_blind_split_of_forty(
        "tnr-fresh166",
        states="BI CD CM KG SY TM",
        count=6,
        sibling=(
            "tnr-fresh161",
            "tnr-fresh162",
            "tnr-fresh163",
            "tnr-fresh164",
            "tnr-fresh165",
            "tnr-fresh167",
            "tnr-fresh168",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("lk-cd-nkunda-extradition-renewed-2009", "lk-cd-ntaganzwa-nkunda-swap"),),
    )


def test_tnr_fresh167_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh167: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2005-2025 (the Moroccan DGED departure from Belgium dated 2008 from an AFP report, the
    Madrid kidnap-probe row undated in its source), 24 TNR and 16 look-alikes, the six origin
    states given to this writer alone (Algeria, Equatorial Guinea, India, North Korea, Sri
    Lanka, Morocco; the reserve Philippines was not used), two to six TNR texts per state, 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh161 to tnr-fresh166 and tnr-fresh168 were written
    beside it, blind), twenty stories each told twice (one English text and one in another
    language), and one "same person, different event" trap: Won Jeong-hwa's arrest in South
    Korea as a North Korean spy who tracked defectors (August 2008) and her five-year
    sentence in Suwon (October 2008)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh167",
        states="DZ GQ IN KP LK MA",
        count=6,
        sibling=(
            "tnr-fresh161",
            "tnr-fresh162",
            "tnr-fresh163",
            "tnr-fresh164",
            "tnr-fresh165",
            "tnr-fresh166",
            "tnr-fresh168",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("kp-won-jeonghwa-arrest-2008", "kp-won-jeonghwa-sentence-2008"),),
    )


def test_tnr_fresh168_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh168: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2007-2025 (the Hun Sen property warning, the Kyaw Moe Tun extradition request and the
    Omani citizenship decrees are undated in their sources), 24 TNR and 16 look-alikes, the
    six origin states given to this writer alone (Cambodia, Myanmar, Malaysia, Sudan, Georgia,
    Oman; the reserve Indonesia was not used), two to six TNR texts per state, 20 English texts
    and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh161 to tnr-fresh167 were written beside it, blind), twenty stories
    each told twice (one English text and one in another language), and three "same person,
    different event" traps: Georgia's extradition request to Ukraine for Mikheil Saakashvili
    (February 2015) and its renewed request (September 2017); the 2015 request and his arrest
    in Tbilisi on his return (October 2021, a look-alike); and Myanmar's treason charge and
    arrest warrant for its UN envoy Kyaw Moe Tun (March 2021) and the junta's request that the
    United States extradite him (2021)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh168",
        states="GE KH MM MY OM SD",
        count=6,
        sibling=(
            "tnr-fresh161",
            "tnr-fresh162",
            "tnr-fresh163",
            "tnr-fresh164",
            "tnr-fresh165",
            "tnr-fresh166",
            "tnr-fresh167",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("ge-saakashvili-extradition-request-2015", "ge-saakashvili-extradition-request-2017"),
            ("ge-saakashvili-extradition-request-2015", "lk-ge-saakashvili-tbilisi-arrest-2021"),
            ("mm-kyawmoetun-treason-warrant-2021", "mm-kyawmoetun-extradition-request-2021"),
        ),
    )


def test_tnr_fresh169_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh169 (session 21), written blind beside tnr-fresh170 to tnr-fresh176: forty short
    texts (25-55 words, Chinese 50-110 characters), 24 TNR and 16 look-alikes, with the origin
    states of the TNR texts this writer alone was given (CN IN IR RU TR VN; the reserve Lebanon
    was not used), two to eight TNR texts per state, 20 English texts and four in each other
    language, a source for every text, no story group shared with another split, twenty stories
    each told twice (one English text and one in another language), and two "same person,
    different event" traps: the Roskilde district court's June 2020 verdict against Mohammad
    Davoudzadeh Loloei for the Iranian plot against an exile in Ringsted and the Eastern High
    Court's May 2021 ruling upholding it; and Roman Shklover's detention in Yerevan (October
    2024) and Russia's extradition request for him (2025)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh169",
        states="CN IN IR RU TR VN",
        count=6,
        sibling=(
            "tnr-fresh170",
            "tnr-fresh171",
            "tnr-fresh172",
            "tnr-fresh173",
            "tnr-fresh174",
            "tnr-fresh175",
            "tnr-fresh176",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("ir-loloei-roskilde-verdict-2020", "ir-loloei-appeal-upheld-2021"),
            ("ru-shklover-yerevan-detention-2024", "ru-shklover-extradition-request-2025"),
        ),
    )


def test_tnr_fresh170_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh170: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2015-2022 (the Darwish family's citizenship withdrawal, Rania al-Dridi's court
    permission and Egypt's handover of a Saudi fraud suspect to Kuwait are undated in their
    sources), 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Saudi Arabia, Egypt, the UAE, Bahrain, Qatar, Kuwait; the reserve Oman was not used), two
    TNR stories (four texts) per state, 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh169 and
    tnr-fresh171 to tnr-fresh176 were written beside it, blind), twenty stories each told
    twice (one English text and one in another language), and one "same person, different
    event" trap: the Egyptian embassy attaché's threats and passport demands against Taqadum
    al-Khatib in Berlin (June 2017) and the National Security raid on his parents' house in
    Luxor (February 2021)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh170",
        states="AE BH EG KW QA SA",
        count=6,
        sibling=(
            "tnr-fresh169",
            "tnr-fresh171",
            "tnr-fresh172",
            "tnr-fresh173",
            "tnr-fresh174",
            "tnr-fresh175",
            "tnr-fresh176",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("eg-khatib-attache-threats-2017", "eg-khatib-luxor-raid-2021"),),
    )


def test_tnr_fresh171_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh171: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2008-2025 (the Valiev, Balkibekov, U.N., Narymbay, Motolko, Hajun and Moscow terrorism
    suspect stories are undated or only partly dated in their sources), 24 TNR and 16
    look-alikes, the six origin states given to this writer alone (Belarus, Tajikistan,
    Kazakhstan, Uzbekistan, Kyrgyzstan, Azerbaijan; the reserve Armenia was not used), one to
    three TNR stories per state (Kazakhstan has one story, two texts; Tajikistan three), 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh169, tnr-fresh170 and tnr-fresh172 to tnr-fresh176
    were written beside it, blind), twenty stories each told twice (one English text and one
    in another language), and one "same person, different event" trap: Germany's deportation
    of Abdullo Shamsiddin to Tajikistan (18 January 2023) and his seven-year sentence in
    Dushanbe (29 March 2023)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh171",
        states="AZ BY KG KZ TJ UZ",
        count=6,
        sibling=(
            "tnr-fresh169",
            "tnr-fresh170",
            "tnr-fresh172",
            "tnr-fresh173",
            "tnr-fresh174",
            "tnr-fresh175",
            "tnr-fresh176",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("tj-shamsiddin-deported-2023", "tj-shamsiddin-sentence-2023"),),
    )


def test_tnr_fresh172_is_a_short_blind_split_on_six_states_of_east_and_central_africa() -> None:
    """tnr-fresh172, written blind in session 21 beside tnr-fresh169 … tnr-fresh176: short texts
    (25-55 words; Chinese 50-110 characters), 24 TNR texts (ten stories) from Rwanda, Eritrea,
    Ethiopia, Burundi, Uganda and the DR Congo (two to five TNR texts per state; the reserve
    Kenya was not used) and 16 look-alikes (eight stories), 20 English texts and four in each
    other language, a source for every text, no story group shared with another split. Four
    TNR stories are told three times (the African Court's passport ruling against Rwanda,
    Burundi's extradition request for Antoine Kaburahe, Ethiopia's returns of Eritreans via
    Assab, the passports of Kakwenza Rukirabashaija's children), the other sixteen stories
    twice; two look-alikes are told twice in English. "Same person, different event" trap:
    Moise Katumbi stopped at Zaventem over a passport Kinshasa never issued (June 2018, TNR)
    and his return from exile to Lubumbashi (May 2019, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh172",
        states="BI CD ER ET RW UG",
        count=6,
        sibling=(
            "tnr-fresh169",
            "tnr-fresh170",
            "tnr-fresh171",
            "tnr-fresh173",
            "tnr-fresh174",
            "tnr-fresh175",
            "tnr-fresh176",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(("cd-katumbi-passport-brussels-2018", "lk-cd-katumbi-return-2019"),),
    )


def test_tnr_fresh173_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh173: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2007-2025 (the Kosgoda Sujee red notice is undated in its source), 24 TNR and 16
    look-alikes, the six origin states given to this writer alone (Afghanistan, Bangladesh,
    Cambodia, Sri Lanka, Myanmar, Pakistan; the reserve Nepal was not used), two to six TNR
    texts per state, 20 English texts and four in each other language, a source for every
    text, no story group shared with another split (tnr-fresh169 to tnr-fresh172 and
    tnr-fresh174 to tnr-fresh176 were written beside it, blind), twenty stories each told twice
    (one English text and one in another language), and three "same person, different event"
    traps: the threats to the wife of the exiled Sri Lankan producer Gamini Pushpakumara on 12
    July 2010 and on 2 September 2010; Pakistan's approach to Interpol for a red notice against
    Moonis Elahi (November 2023) and Interpol's certificate that he is subject to no notice
    (November 2025); and the same November 2023 approach and the FIA's report to a Lahore court
    that its red-notice request was sent (29 October 2024)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh173",
        states="AF BD KH LK MM PK",
        count=6,
        sibling=(
            "tnr-fresh169",
            "tnr-fresh170",
            "tnr-fresh171",
            "tnr-fresh172",
            "tnr-fresh174",
            "tnr-fresh175",
            "tnr-fresh176",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("lka-pushpakumara-wife-july-2010", "lka-pushpakumara-wife-sept-2010"),
            ("pk-moonis-interpol-request-2023", "pk-moonis-interpol-cleared-2025"),
            ("pk-moonis-interpol-request-2023", "pk-moonis-red-notice-court-2024"),
        ),
    )


def test_tnr_fresh174_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh174: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1998-2025 (the Valdivia, Deyvis López, World Youth Day and Aponte stories are not
    dated to the day in their sources), 24 TNR and 16 look-alikes, the six origin states given
    to this writer alone (Venezuela, Cuba, Nicaragua, Bolivia, Ecuador, Honduras; the reserve
    El Salvador was not used), two to six TNR texts per state, 20 English texts and four in
    each other language, a source for every text, no story group shared with another split
    (tnr-fresh169 to tnr-fresh173, tnr-fresh175 and tnr-fresh176 were written beside it,
    blind), twenty stories each told twice (one English text and one in another language),
    and three "same person, different event" traps: Interpol's refusal of Ecuador's red
    notice for Rafael Correa (December 2018) and its second refusal (July 2020); the Honduran
    arrest warrant for the ousted Manuel Zelaya (30 June 2009) and the army blocking his plane
    from landing (5 July 2009); and the flight of the opposition magistrate Miguel Ángel
    Martín (August 2017, a look-alike) and the exiled court's red-notice request against
    Nicolás Maduro (November 2018, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh174",
        states="BO CU EC HN NI VE",
        count=6,
        sibling=(
            "tnr-fresh169",
            "tnr-fresh170",
            "tnr-fresh171",
            "tnr-fresh172",
            "tnr-fresh173",
            "tnr-fresh175",
            "tnr-fresh176",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("ec-correa-red-notice-rejected-2018", "ec-correa-red-notice-denied-2020"),
            ("hn-zelaya-arrest-warrant-2009", "hn-zelaya-landing-blocked-2009"),
            ("lk-ve-tsj-magistrates-flee-2017", "lk-ve-exiled-tsj-maduro-red-notice-2018"),
        ),
    )


def test_tnr_fresh175_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh175: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1987-2025 (the Suadad al-Salhy warrant and the Fateh Jammous arrest are undated in
    their sources), 24 TNR and 16 look-alikes, the six origin states given to this writer
    alone (Syria, Iraq, Libya, Algeria, Morocco, Tunisia; the reserve Jordan was not used),
    one to three TNR stories per state, 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh169 to
    tnr-fresh174 and tnr-fresh176 were written beside it, blind), fourteen stories told twice
    and four told three times, and one "same person, different event" trap: Ben Ali's agents
    in Paris kept on the payroll after his fall (2011, TNR) and Tunisia's formal request to
    Saudi Arabia to extradite Ben Ali (February 2011, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh175",
        states="DZ IQ LY MA SY TN",
        count=6,
        sibling=(
            "tnr-fresh169",
            "tnr-fresh170",
            "tnr-fresh171",
            "tnr-fresh172",
            "tnr-fresh173",
            "tnr-fresh174",
            "tnr-fresh176",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(("tn-ben-ali-paris-agents-2011", "lk-tn-ben-ali-saudi-extradition-request-2011"),),
    )


def test_tnr_fresh176_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh176: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1986-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Thailand, Laos, Malaysia, Indonesia, the Philippines, Singapore; the reserve Brunei was not
    used), two to eight TNR texts per state, 20 English texts and four in each other language,
    a source for every text, no story group shared with another split (tnr-fresh169 to
    tnr-fresh175 were written beside it, blind), twenty stories each told twice (one English
    text and one in another language), and one "same person, different event" trap: Singapore's
    POFMA correction direction to the Australia-based editor Alex Tan (November 2019) and the
    listing of his Facebook pages as Declared Online Locations (May 2020)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh176",
        states="ID LA MY PH SG TH",
        count=6,
        sibling=(
            "tnr-fresh169",
            "tnr-fresh170",
            "tnr-fresh171",
            "tnr-fresh172",
            "tnr-fresh173",
            "tnr-fresh174",
            "tnr-fresh175",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("sg-alex-tan-pofma-correction-2019", "sg-alex-tan-declared-online-locations-2020"),
        ),
    )


def test_tnr_fresh177_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh177: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1990-2024, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (China, Iran, Turkmenistan, North Korea, Mongolia, Georgia; the reserve Armenia was not
    used), four TNR texts (two stories) per state, 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh178
    to tnr-fresh184 were written beside it, blind), twenty stories each told twice (one English
    text and one in another language), and two "same person, different event" traps: the
    deportation of the Inner Mongolian asylum seeker Batzangaa from Ulaanbaatar (October 2009,
    TNR) and his suspended sentence by an Ordos court (January 2011, a look-alike); and
    Davit Kezerashvili's detention in Nice on Georgia's warrant (October 2013) and the French
    court's refusal to extradite him (February 2014)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh177",
        states="CN GE IR KP MN TM",
        count=6,
        sibling=(
            "tnr-fresh178",
            "tnr-fresh179",
            "tnr-fresh180",
            "tnr-fresh181",
            "tnr-fresh182",
            "tnr-fresh183",
            "tnr-fresh184",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("cn-batzangaa-ulaanbaatar-deported-2009", "lk-cn-batzangaa-ordos-sentence-2011"),
            ("ge-kezerashvili-nice-detention-2013", "ge-kezerashvili-extradition-refused-2014"),
        ),
    )


def test_tnr_fresh178_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh178: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2011-2025 (the Cemal Deniz, Mehmet Dogan, Hicri Mamaş and Seymur Haziyev texts carry no
    year), 24 TNR and 16 look-alikes, the six origin states given to this writer alone (Russia,
    Belarus, Turkey, Azerbaijan, Kazakhstan, Tajikistan; the reserve Uzbekistan was not used),
    two to six TNR texts per state, 20 English texts and four in each other language, a source
    for every text, no story group shared with another split (tnr-fresh177 and tnr-fresh179 to
    tnr-fresh184 were written beside it, blind), twenty stories each told twice (one English
    text and one in another language), and one "same person, different event" trap: the Almaty
    court's year-long extradition arrest of the Yakut activist Aykhal Ammosov (November 2023)
    and the asylum-seeker status granted to him and Natalya Narskaya (1 November 2023)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh178",
        states="AZ BY KZ RU TJ TR",
        count=6,
        sibling=(
            "tnr-fresh177",
            "tnr-fresh179",
            "tnr-fresh180",
            "tnr-fresh181",
            "tnr-fresh182",
            "tnr-fresh183",
            "tnr-fresh184",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("ru-ammosov-extradition-arrest-2023", "ru-ammosov-narskaya-asylum-seekers-2023"),),
    )


def test_tnr_fresh179_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh179: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2005-2026 (the Madrid car-tailing of Martín Obiang and Bienvenido Ndong is dated only
    by its May 2023 report), 24 TNR and 16 look-alikes, origin states given to this writer
    alone (Zimbabwe, Sudan, Cameroon, Guinea, Equatorial Guinea; no new Malian TNR event was
    found, so the reserve Burkina Faso replaces Mali as the sixth origin, and Mali keeps three
    look-alikes), two to six TNR texts per state, 20 English texts and four in each other
    language, a source for every text, no story group shared with another split
    (tnr-fresh177, tnr-fresh178 and tnr-fresh180 to tnr-fresh184 were written beside it,
    blind), twenty stories each told twice (one English text and one in another language),
    and two "same person, different event" traps: Abdallah Sow's arrest in Cairo with the
    Guinean chargé d'affaires accused (early 2025) and his expulsion to Conakry (15 February
    2025); Sudan's push to have France expel Abdelwahid al-Nur (December 2007) and Ghandour's
    complaint to the French envoy about his presence (February 2017)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh179",
        states="BF CM GN GQ SD ZW",
        count=6,
        sibling=(
            "tnr-fresh177",
            "tnr-fresh178",
            "tnr-fresh180",
            "tnr-fresh181",
            "tnr-fresh182",
            "tnr-fresh183",
            "tnr-fresh184",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("gn-abdallah-sow-cairo-arrest-2025", "gn-abdallah-sow-expelled-2025"),
            (
                "sd-abdelwahid-france-expulsion-push-2007",
                "sd-abdelwahid-ghandour-complaint-2017",
            ),
        ),
    )


def test_tnr_fresh180_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh180: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1997-2025 (the Ugandan hand-over of two NAS rebels, the UN commission's statement on
    South Sudan, the Osobow extradition and the Zoe's Ark transfer request are undated in
    their sources), 24 TNR and 16
    look-alikes, five of the six origin states given to this writer alone (Djibouti, Togo,
    Nigeria, Chad, South Sudan; no new Somali TNR event was found, and the reserve Congo was
    searched without result, so Somalia appears only in a look-alike), 20 English texts and four
    in each other language, a source for every text, no story group shared with another split
    (tnr-fresh177 to tnr-fresh179 and tnr-fresh181 to tnr-fresh184 were written beside it,
    blind), eleven stories told twice and six told three times, and two "same person, different
    event" traps: Chad's Interpol warrant for the exiled Succès Masra (2023, TNR) and his
    20-year sentence in N'Djamena (2025, a look-alike); Nigeria's treason charge against the
    exiled Wole Soyinka (1997, TNR) and its withdrawal (1998, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh180",
        states="DJ NG SS TD TG",
        count=5,
        sibling=(
            "tnr-fresh177",
            "tnr-fresh178",
            "tnr-fresh179",
            "tnr-fresh181",
            "tnr-fresh182",
            "tnr-fresh183",
            "tnr-fresh184",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            ("td-masra-interpol-warrant-2023", "lk-td-masra-mandakao-sentence-2025"),
            ("ng-soyinka-treason-charge-1997", "lk-ng-soyinka-charges-dropped-1998"),
        ),
    )


def test_tnr_fresh181_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh181: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2010-2025 (the Abu Issah asylum request is undated in its source), 24 TNR and 16
    look-alikes, the six origin states given to this writer alone (Saudi Arabia, Egypt, the
    UAE, Bahrain, Jordan, Lebanon; the reserve Kuwait was not used), two to seven TNR texts
    per state, 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh177 to tnr-fresh180 and tnr-fresh182 to
    tnr-fresh184 were written beside it, blind), fourteen stories told twice and four told
    three times, and two "same person, different event" traps: Lebanon's December 2017 order
    to prosecute the US-based writer As'ad AbuKhalil over a tweet and his February 2018
    summons before the military prosecutor (both TNR); the military warrant against the
    Dubai-based anchor Layal Alekhtiar (November 2023, TNR) and her questioning and release
    on bail after she flew back to Beirut (January 2025, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh181",
        states="AE BH EG JO LB SA",
        count=6,
        sibling=(
            "tnr-fresh177",
            "tnr-fresh178",
            "tnr-fresh179",
            "tnr-fresh180",
            "tnr-fresh182",
            "tnr-fresh183",
            "tnr-fresh184",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("lb-abukhalil-prosecution-order-2017", "lb-abukhalil-military-court-summons-2018"),
            ("lb-alekhtiar-warrant-2023", "lk-lb-alekhtiar-questioned-beirut-2025"),
        ),
    )


def test_tnr_fresh182_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh182: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1993-2025 and one undated (the Muhoozi ultimatum, after Museveni's re-election for a
    seventh term), 24 TNR and 16 look-alikes, origin states given to this writer alone
    (Rwanda, Eritrea, Ethiopia, Burundi, Tanzania, and the reserve Kenya in place of Uganda,
    for which no new TNR event was found; Uganda keeps two look-alikes), two TNR stories told
    twice for Rwanda, Eritrea, Tanzania and Kenya and one told four times for Ethiopia and
    Burundi, 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh177 to tnr-fresh181, tnr-fresh183 and
    tnr-fresh184 were written beside it, blind), sixteen stories told twice and two four
    times, and three "same person, different event" traps: Tanzania's attorney general's call
    to extradite Mange Kimambi (November 2025) and her economic-sabotage charges (filed August,
    reported December 2025); Miguna Miguna barred from Lufthansa (January 2020) and from Air
    France (November 2021); the charges against five VOA journalists (December 2005, TNR) and
    their dropping (March 2006, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh182",
        states="BI ER ET KE RW TZ",
        count=6,
        sibling=(
            "tnr-fresh177",
            "tnr-fresh178",
            "tnr-fresh179",
            "tnr-fresh180",
            "tnr-fresh181",
            "tnr-fresh183",
            "tnr-fresh184",
        ),
        sizes={2: 16, 4: 2},
        largest=4,
        traps=(
            (
                "tz-kimambi-attorney-general-extradition-call-2025",
                "tz-kimambi-economic-sabotage-charges-2025",
            ),
            ("ke-miguna-lufthansa-red-alert-2020", "ke-miguna-air-france-red-alert-2021"),
            ("et-voa-journalists-charged-in-absentia-2005", "lk-et-voa-charges-dropped-2006"),
        ),
    )


def test_tnr_fresh184_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh184: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1987-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Venezuela, Cuba, Nicaragua, El Salvador, Guatemala, Colombia; the reserve Peru was not
    used), two to six TNR texts per state, 20 English texts and four in each other language,
    a source for every text, no story group shared with another split (tnr-fresh177 to
    tnr-fresh183 were written beside it, blind), twenty stories each told twice (one English
    text and one in another language), and two "same person, different event" traps:
    Chávez's July 2010 call to seek Guillermo Zuloaga's extradition from the US and the
    Supreme Court's August 2010 approval of the request; and Juan Francisco Sandoval's
    dismissal as Guatemala's anti-impunity prosecutor (July 2021, a look-alike) and the
    September 2021 warrant for his arrest in US exile (a third Sandoval event, the second
    warrant of November 2021, is its own group)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh184",
        states="CO CU GT NI SV VE",
        count=6,
        sibling=(
            "tnr-fresh177",
            "tnr-fresh178",
            "tnr-fresh179",
            "tnr-fresh180",
            "tnr-fresh181",
            "tnr-fresh182",
            "tnr-fresh183",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            (
                "ve-zuloaga-chavez-extradition-call-2010",
                "ve-zuloaga-supreme-court-extradition-2010",
            ),
            ("lk-gt-sandoval-dismissed-2021", "gt-sandoval-arrest-warrant-2021"),
            ("gt-sandoval-arrest-warrant-2021", "gt-sandoval-second-warrant-2021"),
        ),
    )


def test_tnr_fresh183_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh183: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2002-2026, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (India, Pakistan, Bangladesh, Sri Lanka, Nepal, Vietnam; the reserve Myanmar was not
    used), four TNR texts (two stories) per state, 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh177
    to tnr-fresh182 and tnr-fresh184 were written beside it, blind), twenty stories each told
    twice (one English text and one in another language), and three "same person, different
    event" traps: Interpol's red notices for the Maoist leaders including Matrika Yadav (2002)
    and India's handover of Matrika Yadav to the Royal Nepal Army (2004); Pakistan's request
    to Britain to extradite the Marri brothers (2006) and Hyrbyair Marri's arrest and charge in
    London (2007); the state press branding Sunanda Deshapriya a traitor in Geneva (2011) and
    state television reporting his "arrest" there (2012)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh183",
        states="BD IN LK NP PK VN",
        count=6,
        sibling=(
            "tnr-fresh177",
            "tnr-fresh178",
            "tnr-fresh179",
            "tnr-fresh180",
            "tnr-fresh181",
            "tnr-fresh182",
            "tnr-fresh184",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("np-maoist-red-notices-2002", "np-matrika-yadav-handover-2004"),
            ("pk-marri-brothers-extradition-request-2006", "pk-hyrbyair-marri-london-arrest-2007"),
            ("lka-deshapriya-traitor-smear-2011", "lka-deshapriya-itn-arrest-report-2012"),
        ),
    )


def test_tnr_fresh185_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh185: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1998-2024, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (China, Russia, Iran, Turkey, Egypt, Saudi Arabia; the reserve Iraq was not used), Iran
    eight TNR texts (four stories), China, Turkey and Egypt four each, Russia and Saudi Arabia
    two each (one story: the new events found for them were few), 20 English texts and four in
    each other language, a source for every text, no story group shared with another split
    (tnr-fresh186 to tnr-fresh192 were written beside it, blind), twenty stories each told
    twice (one English text and one in another language), and two "same person, different
    event" traps: the Istanbul court's October 2018 call for red notices on Can Dündar and
    Ilhan Tanır and the Diyarbakır prosecutor's red-notice request for Dündar (the day after
    his Nobel Peace Prize nomination; no date on the page); and
    Iran's strikes on the KDPI headquarters in Koya in September 2018 and November 2022 (a
    third strike, September 2022, is its own group)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh185",
        states="CN EG IR RU SA TR",
        count=6,
        sibling=(
            "tnr-fresh186",
            "tnr-fresh187",
            "tnr-fresh188",
            "tnr-fresh189",
            "tnr-fresh190",
            "tnr-fresh191",
            "tnr-fresh192",
        ),
        sizes={2: 20},
        largest=2,
        traps=(
            ("tr-dundar-tanir-red-notice-request-2018", "tr-dundar-diyarbakir-red-notice-request"),
            ("ir-koya-strike-kdpi-2018", "ir-koya-kdpi-hq-strike-nov-2022"),
            ("ir-koya-drone-strikes-sep-2022", "ir-koya-kdpi-hq-strike-nov-2022"),
        ),
    )


def test_tnr_fresh186_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh186: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1997-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Belarus, Tajikistan, Uzbekistan, Kyrgyzstan, Turkmenistan, Azerbaijan; the reserve
    Kazakhstan was not used), 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh185 and tnr-fresh187 to
    tnr-fresh192 were written beside it, blind), eight TNR stories each told three times and
    eight look-alike stories each told twice, and one "same person, different event" trap:
    Orinboy Ergashev's detention in St Petersburg at Uzbekistan's request (2008) and the city
    court's review panel quashing his extradition (2009)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh186",
        states="AZ BY KG TJ TM UZ",
        count=6,
        sibling=(
            "tnr-fresh185",
            "tnr-fresh187",
            "tnr-fresh188",
            "tnr-fresh189",
            "tnr-fresh190",
            "tnr-fresh191",
            "tnr-fresh192",
        ),
        sizes={3: 8, 2: 8},
        largest=3,
        traps=(
            ("uz-ergashev-stpetersburg-arrest-2008", "uz-ergashev-extradition-overturned-2009"),
        ),
    )


def test_tnr_fresh187_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh187: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1990-2024, 24 TNR and 16 look-alikes, written beside tnr-fresh185/186 and 188 to 192
    with origin states given to this writer alone; only five of the six were used (Burundi,
    Ethiopia, Kenya, Rwanda, South Sudan): no new Eritrean event was found, nor one for the
    reserve Uganda, within the search budget. Seven TNR stories told three or four times
    (English rewrites and translations) and eight look-alike stories told twice (one English
    text and one in another language), 20 English texts and four in each other language, a
    source for every text, no story group shared with another split, and three "same person,
    different event" traps: Koigi wa Wamwere's abduction in Uganda (1990) and the dropping of
    Kenyan charges against him (1997); the South Sudan embassy tracking Peter Gai Manyuon in
    Kampala (2016) and the renewed hunt for him (2017); Kevin Kang'ethe's escape from a Nairobi
    police cell and his extradition to the United States (both 2024)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh187",
        states="BI ET KE RW SS",
        count=5,
        sibling=(
            "tnr-fresh185",
            "tnr-fresh186",
            "tnr-fresh188",
            "tnr-fresh189",
            "tnr-fresh190",
            "tnr-fresh191",
            "tnr-fresh192",
        ),
        sizes={2: 8, 3: 4, 4: 3},
        largest=4,
        traps=(
            ("ke-koigi-uganda-abduction-1990", "lk-ke-koigi-charges-withdrawn-1997"),
            ("ss-gai-manyuon-embassy-trail-2016", "ss-gai-manyuon-renewed-hunt-2017"),
            ("lk-ke-kangethe-escape-2024", "lk-ke-kangethe-extradition-2024"),
        ),
    )


def test_tnr_fresh188_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh188: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2012-2026, 24 TNR and 16 look-alikes. Of the six origin states given to this writer
    alone (India, Pakistan, Bangladesh, Sri Lanka, Afghanistan, Myanmar; reserve Nepal) only
    four carry TNR texts (IN 4, PK 6, BD 7, AF 7): no new reported Sri Lanka or Myanmar TNR
    event was found before the search budget ran out, and Nepal could not be searched; Sri
    Lanka and Myanmar appear in look-alikes. 20 English texts and four in each other
    language, a source for every text, no story group shared with another split
    (tnr-fresh185 to tnr-fresh187 and tnr-fresh189 to tnr-fresh192 were written beside it,
    blind); seven TNR stories told three or four times and eight look-alike stories told
    twice, and one "same person, different event" trap: Pakistan's request for an Interpol
    red notice against Pervez Musharraf in London (2012) and the blocking of his passport
    and identity card on a special court's order (2018)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh188",
        states="AF BD IN PK",
        count=4,
        sibling=(
            "tnr-fresh185",
            "tnr-fresh186",
            "tnr-fresh187",
            "tnr-fresh189",
            "tnr-fresh190",
            "tnr-fresh191",
            "tnr-fresh192",
        ),
        sizes={4: 3, 3: 4, 2: 8},
        largest=4,
        traps=(
            (
                "pk-musharraf-red-notice-request-2012",
                "pk-musharraf-passport-blocked-2018",
            ),
        ),
    )


def test_tnr_fresh189_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh189: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2003-2024, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Vietnam, Cambodia, Laos, Thailand, Malaysia, Indonesia; the reserve Philippines was not
    used), four TNR texts (one story told four times) per state, 20 English texts and four in
    each other language, a source for every text, no story group shared with another split
    (tnr-fresh185 to tnr-fresh188 and tnr-fresh190 to tnr-fresh192 were written beside it,
    blind), six TNR stories told four times and eight look-alike stories told twice, and one
    "same person, different event" trap: the sedition charge against the student activist Adam
    Adli (May 2013) and his name on the immigration blacklist barring him from Sabah and
    Sarawak (July 2015), both look-alikes."""
    assert_a_blind_split_of_forty(
        "tnr-fresh189",
        states="ID KH LA MY TH VN",
        count=6,
        sibling=(
            "tnr-fresh185",
            "tnr-fresh186",
            "tnr-fresh187",
            "tnr-fresh188",
            "tnr-fresh190",
            "tnr-fresh191",
            "tnr-fresh192",
        ),
        sizes={2: 8, 4: 6},
        largest=4,
        traps=(("lk-my-adam-adli-sedition-2013", "lk-my-adam-adli-borneo-blacklist-2015"),),
    )


def test_tnr_fresh190_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh190: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1980-2026, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Syria, Iraq, Libya, Algeria, Morocco, Tunisia; the reserve Jordan was not used): Tunisia
    eight TNR texts (four stories), Morocco, Syria and Libya four each (two stories), Algeria
    and Iraq two each (one story). 20 English texts and four in each other language, a source
    for every text, no story group shared with another split (tnr-fresh185 to tnr-fresh189,
    tnr-fresh191 and tnr-fresh192 were written beside it, blind), twenty stories each told
    twice (one English text and one in another language), and one "same person, different
    event" trap: Nadia Akacha's in-absentia sentence of 14 months (17 January 2023) and her
    second in-absentia sentence of one year (16 May 2023)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh190",
        states="DZ IQ LY MA SY TN",
        count=6,
        sibling=(
            "tnr-fresh185",
            "tnr-fresh186",
            "tnr-fresh187",
            "tnr-fresh188",
            "tnr-fresh189",
            "tnr-fresh191",
            "tnr-fresh192",
        ),
        sizes={2: 20},
        largest=2,
        traps=(("tn-akacha-14-months-absentia-2023", "tn-akacha-one-year-absentia-2023"),),
    )


def test_tnr_fresh191_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh191: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2011-2025, 24 TNR and 16 look-alikes, origin states given to this writer alone (UAE,
    Bahrain, Qatar, Kuwait, Yemen; Oman replaced by the reserve Lebanon, as no new reported
    Omani TNR event was found), 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh185 to tnr-fresh190 and
    tnr-fresh192 were written beside it, blind), eleven stories told twice and six told three
    times, and one "same person, different event" trap: Ali Abdulemam's 2011 military-court
    sentence in absentia while hiding in Bahrain and his 2013 reappearance with asylum in
    London (both look-alikes)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh191",
        states="AE BH KW LB QA YE",
        count=6,
        sibling=(
            "tnr-fresh185",
            "tnr-fresh186",
            "tnr-fresh187",
            "tnr-fresh188",
            "tnr-fresh189",
            "tnr-fresh190",
            "tnr-fresh192",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(("lk-bh-abdulemam-military-sentence-2011", "lk-bh-abdulemam-london-asylum-2013"),),
    )


def test_tnr_fresh192_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh192: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2002-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Zimbabwe, Cameroon, Nigeria, Guinea, Togo, Equatorial Guinea; the reserve Mali was not
    used), two to five TNR texts a state, 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh185 to
    tnr-fresh191 were written beside it, blind), eighteen stories: fourteen told twice (one
    English text and one in another language) and four told three times (the DSS arrest-on-
    arrival memo for Omoyele Sowore, the Cameroonian police order to arrest Anglophone
    activists abroad, Guinea's pursuit of an alleged Condé plotter held in Liberia, a refugee
    expelled from Ghana and the raid on a Togolese exile's family home), and one "same person,
    different event" trap: the DSS watchlist order to detain Sowore on his return from the
    United States (TNR, early September 2024) and his brief detention and passport seizure at
    Lagos airport on 15 September 2024 (a look-alike: an act at home)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh192",
        states="CM GN GQ NG TG ZW",
        count=6,
        sibling=(
            "tnr-fresh185",
            "tnr-fresh186",
            "tnr-fresh187",
            "tnr-fresh188",
            "tnr-fresh189",
            "tnr-fresh190",
            "tnr-fresh191",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(("ng-sowore-dss-watchlist-2024", "lk-ng-sowore-airport-passport-2024"),),
    )


def test_tnr_fresh193_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh193: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1967-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Chile, South Korea, Burkina Faso, China, Russia, Egypt; the reserve Mexico was not used),
    three to five TNR texts a state, 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh194 to
    tnr-fresh200 were written beside it, blind), nineteen stories: seventeen told twice (one
    English text and one in another language) and two told three times (Burkina Faso's wanted
    list naming exiled journalists and activists, and the US complaint against a China-based
    Zoom executive for shutting down Tiananmen commemorations), and two "same person,
    different event" traps: Kim Dae-jung's abduction from Tokyo in 1973 (TNR) and his 1980
    death sentence in Seoul (a look-alike), and General Saad el-Shazly's conviction in absentia
    while exiled in Algeria (TNR) and his imprisonment on returning to Egypt in 1992 (a
    look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh193",
        states="BF CL CN EG KR RU",
        count=6,
        sibling=(
            "tnr-fresh194",
            "tnr-fresh195",
            "tnr-fresh196",
            "tnr-fresh197",
            "tnr-fresh198",
            "tnr-fresh199",
            "tnr-fresh200",
        ),
        sizes={2: 17, 3: 2},
        largest=3,
        traps=(
            ("kr-kim-dae-jung-tokyo-abduction-1973", "lk-kr-kim-dae-jung-death-sentence-1980"),
            ("eg-shazly-absentia-conviction-memoir", "lk-eg-shazly-jailed-on-return-1992"),
        ),
    )


def test_tnr_fresh194_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh194: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1968-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Argentina, Taiwan, Gabon, Turkey, Iran, Saudi Arabia; the reserve Brazil was not used),
    three to five TNR texts a state, 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh193 and
    tnr-fresh195 to tnr-fresh200 were written beside it, blind), nineteen stories: seventeen
    told twice (one English text and one in another language) and two told three times (the
    Argentine seizure of Noemí Gianetti de Molfino in Lima and her death in Madrid, the Saudi
    defector Mohammed al-Khilewi's account of threats), and "same person, different event"
    traps kept apart: Pınar Selek's 2013 red notice request and 2023 arrest warrant (both TNR)
    and her 1998 arrest in Istanbul (a look-alike: an act at home), and Khilewi's account of
    Saudi threats (TNR) and the US grant of asylum to him (a look-alike: the host's own act)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh194",
        states="AR GA IR SA TR TW",
        count=6,
        sibling=(
            "tnr-fresh193",
            "tnr-fresh195",
            "tnr-fresh196",
            "tnr-fresh197",
            "tnr-fresh198",
            "tnr-fresh199",
            "tnr-fresh200",
        ),
        sizes={2: 17, 3: 2},
        largest=3,
        traps=(
            ("tr-selek-red-notice-2013", "lk-tr-selek-istanbul-arrest-1998"),
            ("tr-selek-arrest-warrant-2023", "lk-tr-selek-istanbul-arrest-1998"),
            ("tr-selek-red-notice-2013", "tr-selek-arrest-warrant-2023"),
            ("sa-khilewi-threats-1994", "lk-sa-khilewi-asylum-1994"),
        ),
    )


def test_tnr_fresh195_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh195: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1963-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Uruguay, South Africa, Honduras, Tajikistan, Belarus, Rwanda; the reserve Haiti was not
    used), two to five TNR texts a state, 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh193, tnr-fresh194
    and tnr-fresh196 to tnr-fresh200 were written beside it, blind), eighteen stories: fourteen
    told twice (one English text and one in another language) and four told three times (the
    1976 Buenos Aires murders of Michelini and Gutiérrez Ruiz, the 1988 Maputo car bomb against
    Albie Sachs, Interpol's 2009 red notice for Zelaya's ousted ministers, the Tajik Interpol
    bureau's 2017 account of IRPT members wanted and returned), and two "same person, different
    event" traps: Albie Sachs's 1963 solitary detention under the Ninety Days Law (a
    look-alike: an act at home) and the 1988 car bomb in Maputo (TNR); Lilián Celiberti's 1978
    abduction from Porto Alegre (TNR) and the 2022 jailing of two of her captors in Montevideo
    (a look-alike: a court case at home)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh195",
        states="BY HN RW TJ UY ZA",
        count=6,
        sibling=(
            "tnr-fresh193",
            "tnr-fresh194",
            "tnr-fresh196",
            "tnr-fresh197",
            "tnr-fresh198",
            "tnr-fresh199",
            "tnr-fresh200",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("za-sachs-maputo-car-bomb-1988", "lk-za-sachs-ninety-days-1963"),
            ("uy-celiberti-porto-alegre-1978", "lk-uy-celiberti-captors-jailed-2022"),
        ),
    )


def test_tnr_fresh196_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh196: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1950-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Bulgaria, Dominican Republic, Bolivia, Azerbaijan, India, Pakistan; the reserve Mauritania
    was not used), three to five TNR texts a state, 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh193
    to tnr-fresh195 and tnr-fresh197 to tnr-fresh200 were written beside it, blind), nineteen
    stories: seventeen told twice (one English text and one in another language) and two told
    three times (the poison-pellet attack on the Bulgarian defector Vladimir Kostov in Paris,
    the ISI officer at Pakistan's New York consulate who posed as an FBI agent to intimidate
    Pakistani Americans), and one "same person, different event" trap: Surat Huseynov's
    extradition from Russia to Azerbaijan (TNR, March 1997) and his release under Ilham
    Aliyev's pardon decree (a look-alike: an act at home, March 2004)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh196",
        states="AZ BG BO DO IN PK",
        count=6,
        sibling=(
            "tnr-fresh193",
            "tnr-fresh194",
            "tnr-fresh195",
            "tnr-fresh197",
            "tnr-fresh198",
            "tnr-fresh199",
            "tnr-fresh200",
        ),
        sizes={2: 17, 3: 2},
        largest=3,
        traps=(("az-surat-huseynov-extradited-1997", "lk-az-surat-huseynov-pardon-2004"),),
    )


def test_tnr_fresh197_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh197: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1970-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Romania, Mozambique, Tanzania, Uzbekistan, Eritrea, Vietnam; the reserve Angola was not
    used), two to five TNR texts a state, 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh193 to
    tnr-fresh196 and tnr-fresh198 to tnr-fresh200 were written beside it, blind), eighteen
    stories: fourteen told twice (one English text and one in another language) and four told
    three times (the Securitate-linked beating of Monica Lovinescu in Paris, the 24 Vietnamese
    highlanders held in Cambodia as Free Vietnam members, Oscar Kambona charged in absentia
    while in London, Ukraine's deportation of ten Uzbek asylum seekers from Crimea), and one
    "same person, different event" trap: the death sentences and $2 million bounty put on the
    defector Ion Mihai Pacepa (TNR) and the 1999 Romanian ruling that cancelled them (a
    look-alike: a court at home)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh197",
        states="ER MZ RO TZ UZ VN",
        count=6,
        sibling=(
            "tnr-fresh193",
            "tnr-fresh194",
            "tnr-fresh195",
            "tnr-fresh196",
            "tnr-fresh198",
            "tnr-fresh199",
            "tnr-fresh200",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(("ro-pacepa-death-sentences-bounty", "lk-ro-pacepa-sentences-annulled-1999"),),
    )


def test_tnr_fresh198_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh198: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1976-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Paraguay, the Maldives, Nepal, Kazakhstan, Turkmenistan, Ethiopia; the reserve Zambia was
    not used), two to five TNR texts a state, 20 English texts and four in each other language,
    a source for every text, no story group shared with another split (tnr-fresh193 to
    tnr-fresh197, tnr-fresh199 and tnr-fresh200 were written beside it, blind), nineteen
    stories: seventeen told twice (one English text and one in another language) and two told
    three times (the 2016 Maldivian order to arrest the exiled Mohamed Nasheed, and FinSpy on
    the laptop of the Ethiopian refugee Tadesse Kersmo in Britain), and two "same person,
    different event" traps: Nasheed's 2016 arrest order while in exile (TNR) and his 2013
    refuge in India's mission in Malé from a domestic warrant (a look-alike); the Maoist
    leader Mohan Baidya's 2004 arrest in Siliguri (TNR) and his 2006 release by an Indian
    court (a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh198",
        states="ET KZ MV NP PY TM",
        count=6,
        sibling=(
            "tnr-fresh193",
            "tnr-fresh194",
            "tnr-fresh195",
            "tnr-fresh196",
            "tnr-fresh197",
            "tnr-fresh199",
            "tnr-fresh200",
        ),
        sizes={2: 17, 3: 2},
        largest=3,
        traps=(
            ("mv-nasheed-arrest-order-2016", "lk-mv-nasheed-embassy-refuge-2013"),
            ("np-baidya-siliguri-arrest-2004", "lk-np-baidya-gajurel-released-2006"),
        ),
    )


def test_tnr_fresh199_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh199: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2006-2024 (two Albanian events undated in their sources), 24 TNR and 16 look-alikes, the
    six origin states given to this writer alone (Albania, Gambia, Ecuador, Syria, Cambodia,
    Bahrain; the reserve Senegal was not used), three to five TNR texts a state, 20 English
    texts and four in each other language, a source for every text, no story group shared
    with another split (tnr-fresh193 to tnr-fresh198 and tnr-fresh200 were written beside it,
    blind), eighteen stories: fourteen told twice (one English text and one in another
    language) and four told three times (the hack of the exiled Gambian editor Pa Nderry
    M'bai's Freedom Newspaper, Ecuador's extradition request for Rafael Correa after Belgium
    made him a refugee, the Syrian embassy's warning to a businessman in Australia and
    Bahrain's loyalty pledges for its students in Britain), and three "same person, different
    event" traps: Albania's request to Switzerland to extradite the former anti-drug officer
    Dritan Zagani (TNR; Switzerland's grant of asylum and refusal is a second TNR group) and
    his jailing in Albania after he stopped the interior minister's relatives (a look-alike);
    the Phnom Penh warrant that kept Kim Sok hiding in Thailand until Finland gave him asylum
    in 2018 (TNR) and his 2017 jailing for defamation at home (a look-alike); and Ricardo
    Patiño, Ecuador's foreign minister announcing the extradition request for the convicted
    ex-deputy Galo Lara in 2014 (a look-alike) and himself the target of an Interpol capture
    request after fleeing to Mexico in 2019 (TNR)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh199",
        states="AL BH EC GM KH SY",
        count=6,
        sibling=(
            "tnr-fresh193",
            "tnr-fresh194",
            "tnr-fresh195",
            "tnr-fresh196",
            "tnr-fresh197",
            "tnr-fresh198",
            "tnr-fresh200",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("al-zagani-extradition-request", "lk-al-zagani-jailed-at-home"),
            ("kh-kim-sok-warrant-finland-2018", "lk-kh-kim-sok-defamation-2017"),
            ("ec-patino-interpol-mexico-2019", "lk-ec-galo-lara-asylum-revoked-2014"),
        ),
    )


def test_tnr_fresh200_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh200: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1988-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Peru, Sierra Leone, Singapore, Venezuela, Nicaragua, Bangladesh; the reserve Liberia was
    not used), two to five TNR texts a state, 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh193
    to tnr-fresh199 were written beside it, blind), eighteen stories: fourteen told twice (one
    English text and one in another language) and four told three times (Peru's 1995 pursuit
    of Alan García in Colombia, Liberia's hand-over of an alleged Sierra Leonean coup plotter,
    Venezuela's 2020 warrants for US-based opposition advisers, Mahmudur Rahman's sentence in
    absentia), and four "same person, different event" traps: García's extradition sought from
    Colombia (TNR, 1995) and his asylum bid at Uruguay's embassy in Lima (a look-alike, 2018);
    Francis Seow's in-absentia tax conviction (TNR) and his death in Boston (a look-alike,
    2016); Mahmudur Rahman's sentence in absentia while in Turkey (TNR, 2023) and his jailing on
    surrender at home (a look-alike, 2024); the Dhaka red alert asking India to arrest
    Salahuddin Ahmed (TNR, 2015) and a Shillong court's acquittal of him for illegal entry (a
    look-alike, 2018)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh200",
        states="BD NI PE SG SL VE",
        count=6,
        sibling=(
            "tnr-fresh193",
            "tnr-fresh194",
            "tnr-fresh195",
            "tnr-fresh196",
            "tnr-fresh197",
            "tnr-fresh198",
            "tnr-fresh199",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("pe-garcia-colombia-extradition-1995", "lk-pe-garcia-uruguay-embassy-2018"),
            ("sg-seow-absentia-tax-conviction", "lk-sg-seow-dies-boston-2016"),
            ("bd-mahmudur-absentia-sentence-2023", "lk-bd-mahmudur-surrender-jailed-2024"),
            ("bd-salahuddin-india-red-notice-2015", "lk-bd-salahuddin-shillong-acquittal-2018"),
        ),
    )


def test_tnr_fresh201_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh201: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1987-2024, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Mexico, Benin, China, Iran, Rwanda, Uzbekistan; the reserve Haiti was not used), two to
    five TNR texts a state, 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh202 to tnr-fresh208 were
    written beside it, blind), eighteen stories: fourteen told twice (one English text and one
    in another language) and four told three times (Benin's abduction of Steve Amoussou from
    Lomé, Cambodia's deportation of 20 Uyghurs in 2009, the killing of Mohammad Ali
    Tavakoli-Nabavi and his son in Wembley in 1987, Kazakhstan's hand-over of the imam
    Rukhiddin Fakhrutdinov in 2005), and four "same person, different event" traps: Sébastien
    Ajavon's sentence in absentia while in France (TNR, 2018) and his arrest at home after a
    cocaine find (a look-alike, 2016); China's Interpol red notice for Guo Wengui (TNR, 2017)
    and his fraud conviction in New York (a look-alike, 2024); the culture ministry telling the
    exiled actress Golshifteh Farahani that Iran did not need her (TNR, 2012) and her exit ban
    at Tehran airport (a look-alike, 2008); Rwanda's attempt to recruit Noël Zihabamwe in
    Sydney (TNR, 2016-2017) and the disappearance of his brothers in Rwanda (a second TNR
    group, 2019)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh201",
        states="BJ CN IR MX RW UZ",
        count=6,
        sibling=(
            "tnr-fresh202",
            "tnr-fresh203",
            "tnr-fresh204",
            "tnr-fresh205",
            "tnr-fresh206",
            "tnr-fresh207",
            "tnr-fresh208",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("bj-ajavon-absentia-sentence-2018", "lk-bj-ajavon-cocaine-arrest-2016"),
            ("cn-guo-wengui-red-notice-2017", "lk-cn-guo-wengui-fraud-verdict-2024"),
            ("ir-farahani-told-not-needed-2012", "lk-ir-farahani-exit-ban-2008"),
            ("rw-zihabamwe-recruitment-threats-2016", "rw-zihabamwe-brothers-abducted-2019"),
        ),
    )


def test_tnr_fresh202_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh202: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1959-2023, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Brazil, Portugal, Russia, Egypt, Eritrea, Tajikistan; the reserve Angola was not used),
    three to five TNR texts a state, 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh201 and
    tnr-fresh203 to tnr-fresh208 were written beside it, blind), nineteen stories: seventeen
    told twice (one English text and one in another language) and two told three times (the
    PIDE's killing of Humberto Delgado in Spain: one English text and two in other languages;
    the Tajik delegate's assault on exiles at the OSCE meeting in Warsaw: two English texts
    and one Persian), and four "same person, different event" traps: Delgado's asylum at
    Brazil's embassy in Lisbon (a look-alike, 1959) and his killing near Badajoz (TNR, 1965);
    Vladimir Gusinsky's brief jailing in Moscow (a look-alike, June 2000) and his arrest in
    Spain on Russia's warrant (TNR, December 2000); Abu Omar's rendition from Milan to Egypt
    (TNR, 2003) and his conviction in absentia by a Milan judge (a look-alike, 2013); Nancy
    Okail's five-year sentence in absentia while in the United States (TNR, 2013) and the
    acquittal of the 43 NGO workers (a look-alike, 2018)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh202",
        states="BR EG ER PT RU TJ",
        count=6,
        sibling=(
            "tnr-fresh201",
            "tnr-fresh203",
            "tnr-fresh204",
            "tnr-fresh205",
            "tnr-fresh206",
            "tnr-fresh207",
            "tnr-fresh208",
        ),
        sizes={2: 17, 3: 2},
        largest=3,
        traps=(
            ("pt-delgado-villanueva-1965", "lk-pt-delgado-brazil-embassy-asylum-1959"),
            ("ru-gusinsky-spain-arrest-2000", "lk-ru-gusinsky-moscow-arrest-2000"),
            ("eg-abu-omar-milan-rendition-2003", "lk-eg-abu-omar-milan-conviction-2013"),
            ("eg-okail-absentia-sentence-2013", "lk-eg-ngo-case-acquittal-2018"),
        ),
    )


def test_tnr_fresh203_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh203: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2006-2025, 24 TNR and 16 look-alikes, six origin states given to this writer alone
    (Mauritania, Serbia, Turkey, Saudi Arabia, Kyrgyzstan and the reserve Zambia, used in
    place of Vietnam: no unused Vietnamese TNR event was found within the look-up budget, so
    Vietnam appears only in a look-alike), two to five TNR texts a state, 20 English texts and
    four in each other language, a source for every text, no story group shared with another
    split (tnr-fresh201, tnr-fresh202 and tnr-fresh204 to tnr-fresh208 were written beside
    it, blind), eighteen stories: fourteen told twice (one English text and one in another
    language) and four told three times (Mauritania's 2017 warrant for Mohamed Ould
    Bouamatou, Serbia's 2025 warrants for six STAV activists abroad, Omurbek Tekebayev's
    detention in Warsaw over planted heroin, Zambia's bid to have Henry Banda arrested in
    South Africa), and "same person, different event" traps: Bouamatou's 2017 warrant and the
    2018 deletion of his red notices (both TNR) against Mauritania's 2020 lifting of the
    warrants (a look-alike); the UN rapporteur's 2019 report and the 2021 US intelligence
    report on Jamal Khashoggi's killing (two TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh203",
        states="KG MR RS SA TR ZM",
        count=6,
        sibling=(
            "tnr-fresh201",
            "tnr-fresh202",
            "tnr-fresh204",
            "tnr-fresh205",
            "tnr-fresh206",
            "tnr-fresh207",
            "tnr-fresh208",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("mr-bouamatou-warrant-2017", "lk-mr-warrants-lifted-2020"),
            ("mr-bouamatou-interpol-cancelled-2018", "lk-mr-warrants-lifted-2020"),
            ("sa-khashoggi-un-report-2019", "sa-khashoggi-odni-report-2021"),
        ),
    )


def test_tnr_fresh204_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh204: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2002-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Senegal, Moldova, Belarus, Pakistan, Syria, Sudan; the reserve Liberia was not used), three
    to five TNR texts a state, 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh201 to tnr-fresh203 and
    tnr-fresh205 to tnr-fresh208 were written beside it, blind), eighteen stories: fourteen
    told twice (one English text and one in another language) and four told three times
    (Senegal's warrant for the publisher Madiambal Diagne in France, Ukraine's extradition of
    Veaceslav Platon to Moldova, the Belarusian KGB's terrorist listing of Olga Karach in
    Vilnius, the Syrian warrants for Aktham Abu Fakhr held in Curaçao), and four "same person,
    different event" traps: Karach listed as a terrorist by Minsk (TNR, 2021) and refused
    asylum by Lithuania (a look-alike, 2023); the Chisinau warrant for Renato Usatii in Moscow
    (TNR, 2016) and his arrest at customs on his return (a look-alike); Pakistan's Interpol
    request for Farah Gogi (TNR) and her exit from the Emirates after Islamabad flagged her as
    wanted (TNR, a second group, 2023); the Trondheim arrest of a Sudanese man spying on
    refugees (TNR, 2012) and his indictment (TNR, a second group, 2013)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh204",
        states="BY MD PK SD SN SY",
        count=6,
        sibling=(
            "tnr-fresh201",
            "tnr-fresh202",
            "tnr-fresh203",
            "tnr-fresh205",
            "tnr-fresh206",
            "tnr-fresh207",
            "tnr-fresh208",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("by-karach-terrorist-list-2021", "lk-by-karach-asylum-refused-2023"),
            ("md-usatii-chisinau-warrant-2016", "lk-md-usatii-customs-arrest"),
            ("pk-farah-gogi-red-notice-2023", "pk-farah-gogi-uae-exit-2023"),
            ("sd-trondheim-refugee-spy-2012", "sd-trondheim-spy-indicted-2013"),
        ),
    )


def test_tnr_fresh205_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh205: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1980-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Panama, Armenia, Azerbaijan, India, Cambodia, Libya; the reserve Niger was not used), three
    to five TNR texts a state, 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh201 to tnr-fresh204 and
    tnr-fresh206 to tnr-fresh208 were written beside it, blind), eighteen stories: fourteen told
    twice (one English text and one in another language) and four told three times (the arrest
    of Ricardo Martinelli in Florida on Panama's extradition request, Malaysia's deportation of
    the Cambodian ex-police chief Heng Pov, the 1980 murder of the Libyan exile lawyer Mahmoud
    Abu Nafa in London, Punjab's list of nine Canada-based Sikh "operatives" handed to Justin
    Trudeau), and two "same person, different event" traps: Martinelli's 2017 arrest in Florida
    (TNR) and his 2019 acquittal in Panama City (a look-alike); Heng Pov's 2006 sentence in
    absentia and his deportation from Malaysia three months later (two TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh205",
        states="AM AZ IN KH LY PA",
        count=6,
        sibling=(
            "tnr-fresh201",
            "tnr-fresh202",
            "tnr-fresh203",
            "tnr-fresh204",
            "tnr-fresh206",
            "tnr-fresh207",
            "tnr-fresh208",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("pa-martinelli-coral-gables-arrest-2017", "lk-pa-martinelli-acquitted-2019"),
            ("kh-heng-pov-absentia-sentence-2006", "kh-heng-pov-malaysia-deported-2006"),
        ),
    )


def test_tnr_fresh206_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh206: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1991-2025, 24 TNR and 16 look-alikes, the origin states given to this writer alone
    (Côte d'Ivoire, Ukraine, Bangladesh, Thailand, Ethiopia, Algeria; reserve Ghana) of which
    only five carry TNR texts (CI UA BD TH DZ): every Ethiopian TNR event found was already
    told in earlier splits, so Ethiopia appears only in look-alikes, and the reserve Ghana was
    not used because its one unused event (the pursuit of the ex-finance minister Ken
    Ofori-Atta) is a corruption case not labelled TNR. Four or five TNR texts a state, 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh201 to tnr-fresh205, tnr-fresh207 and tnr-fresh208
    were written beside it, blind), eighteen stories: fourteen told twice (one English text and
    one in another language) and four told three times (Ghana's hand-over of Charles Blé Goudé,
    the Prague detention and Czech asylum of Bohdan Danylyshyn, Thaksin's 2008 sentence in
    absentia, Italy's detention of Rachid Mesli on Algeria's Interpol notice), and four "same
    person, different event" traps: Blé Goudé handed over by Ghana (TNR, 2013) and acquitted by
    the ICC (a look-alike, 2019); Anatoliy Shariy detained in Spain on a Ukrainian warrant (TNR)
    and his party suspended at home (a look-alike, both 2022); Khaled Nezzar sentenced in
    absentia while in Spain (TNR, 2019) and indicted in Switzerland for war crimes (a
    look-alike, 2023); Sheikh Hasina barred from flying home from London (TNR, 2007) and Dhaka
    asking India to stop her statements (TNR, 2025)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh206",
        states="BD CI DZ TH UA",
        count=5,
        sibling=(
            "tnr-fresh201",
            "tnr-fresh202",
            "tnr-fresh203",
            "tnr-fresh204",
            "tnr-fresh205",
            "tnr-fresh207",
            "tnr-fresh208",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ci-ble-goude-ghana-handover-2013", "lk-ci-icc-acquittal-2019"),
            ("ua-shariy-tarragona-2022", "lk-ua-shariy-party-suspended-2022"),
            ("dz-nezzar-absentia-sentence-2019", "lk-dz-nezzar-swiss-indictment-2023"),
            ("bd-hasina-heathrow-return-ban-2007", "bd-hasina-india-protest-note-2025"),
        ),
    )


def test_tnr_fresh207_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh207: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1958-2025 (the Lusenda camp story undated in its source), 24 TNR and 16 look-alikes,
    the six origin states given to this writer alone (Eswatini, Hungary, Kazakhstan, Bahrain,
    Nicaragua, Burundi; the reserve Malawi was not used), three to five TNR texts a state, 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh201 to tnr-fresh206 and tnr-fresh208 were written
    beside it, blind), eighteen stories, ten of them TNR: fourteen told twice (one English
    text and one in another language) and four told three times (Eswatini's extradition bid
    for the exiled editor Zweli Martin Dlamini and Nicaragua's entry ban on the Boaco priest
    Guillermo Blandón: two English texts and one other; the AVH agent's pressure on the
    refugee Tamás Pásztor in Vienna and Burundian agents at the Lusenda camp in Congo: one
    English text and two others), and two "same person, different event" traps: Zweli Martin
    Dlamini, sought from South Africa in 2024 (TNR) and arrested at home in 2020 (a
    look-alike); the exiled Kazakh newspaper Respublika, whose articles Kazakhstan had taken
    down through a New York injunction in 2015 (TNR) and whose editor found a dog's head
    under her window in 2002 (a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh207",
        states="BH BI HU KZ NI SZ",
        count=6,
        sibling=(
            "tnr-fresh201",
            "tnr-fresh202",
            "tnr-fresh203",
            "tnr-fresh204",
            "tnr-fresh205",
            "tnr-fresh206",
            "tnr-fresh208",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("sz-zweli-dlamini-extradition-bid-2024", "lk-sz-zweli-dlamini-manzini-arrest-2020"),
            ("kz-respublika-us-injunction-takedown-2015", "lk-kz-respublika-dog-head-almaty-2002"),
        ),
    )


def test_tnr_fresh208_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh208: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1940-2023, 24 TNR and 16 look-alikes, five of the six origin states given to this
    writer alone (Bhutan, Greece, Turkmenistan, Cuba, Cameroon) and the reserve Spain, used
    because every United Arab Emirates event found was already told in another split (the UAE
    appears only in a look-alike), two to five TNR texts a state, 20 English texts and four in
    each other language, a source for every text, no story group shared with another split
    (tnr-fresh201 to tnr-fresh207 were written beside it, blind), eighteen stories: fourteen
    told twice (one English text and one in another language) and four told three times
    (Nepal's 1989 hand-over of Tek Nath Rizal to Bhutan, Kostas Georgakis and the junta's
    spies among Greek students in Italy, Brazil's 2007 deportation of the Cuban boxers
    Rigondeaux and Lara, Turkmenistan's red notice for Aysoltan Niyazova in Slovenia and
    Croatia), and four "same person, different event" traps: Rizal's hand-over (TNR, 1989) and
    his arrest in Nepal's fake refugee scam (a look-alike, 2023); Melina Mercouri's citizenship
    revoked by the junta (TNR, 1967) and her Parthenon Marbles campaign as minister (a
    look-alike); Rigondeaux and Lara deported from Brazil (TNR, 2007) and their later escape to
    Mexico (a look-alike); Blanca Reyes refused an entry permit by Cuba's Madrid consulate
    (TNR, 2013) and pressed by state television at home (a look-alike, 2004)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh208",
        states="BT CM CU ES GR TM",
        count=6,
        sibling=(
            "tnr-fresh201",
            "tnr-fresh202",
            "tnr-fresh203",
            "tnr-fresh204",
            "tnr-fresh205",
            "tnr-fresh206",
            "tnr-fresh207",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("bt-rizal-nepal-handover-1989", "lk-bt-rizal-fake-refugee-scam-arrest-2023"),
            ("gr-mercouri-citizenship-revoked-1967", "lk-gr-mercouri-parthenon-marbles"),
            (
                "cu-rigondeaux-lara-brazil-deportation-2007",
                "lk-cu-rigondeaux-lara-speedboat-mexico",
            ),
            ("cu-blanca-reyes-entry-permit-madrid-2013", "lk-cu-blanca-reyes-state-tv-2004"),
        ),
    )


def test_tnr_fresh209_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh209: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1926-2021, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Haiti, Italy, Gabon, Kenya, China, Tajikistan; the reserve Ecuador was not needed), two to
    five TNR texts a state, 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh210 to tnr-fresh216 were
    written beside it, blind), nineteen stories: seventeen told twice (one English text and one
    in another language) and two told three times (the Cagoule's killing of the Rosselli
    brothers for Mussolini's regime, Tanzania's refusal to extradite the alleged Kenyan coup
    leaders Ochuka and Okumu), and four "same person, different event" traps: the Rosselli
    killing (TNR, 1937) and Carlo Rosselli's escape from Lipari (a look-alike, 1929); Moi's
    pressure on Britain over Ngugi wa Thiong'o (TNR, 1985) and the Nairobi attack on Ngugi (a
    look-alike, 2004); the questioning of Mirzo Salimpur's relatives (TNR, 2020) and the
    blocking of his Akhbor site at home (a look-alike, 2020); Haiti's 1991 arrest order for
    Aristide and its 2004 extradition plan (two TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh209",
        states="CN GA HT IT KE TJ",
        count=6,
        sibling=(
            "tnr-fresh210",
            "tnr-fresh211",
            "tnr-fresh212",
            "tnr-fresh213",
            "tnr-fresh214",
            "tnr-fresh215",
            "tnr-fresh216",
        ),
        sizes={2: 17, 3: 2},
        largest=3,
        traps=(
            ("it-rosselli-bagnoles-assassination-1937", "lk-it-rosselli-lipari-escape-1929"),
            ("ke-ngugi-moi-howe-visa-1985", "lk-ke-ngugi-nairobi-attack-2004"),
            ("tj-salimpur-relatives-questioned-2020", "lk-tj-akhbor-blocked-2020"),
            ("ht-aristide-arrest-order-1991", "ht-aristide-extradition-plan-2004"),
        ),
    )


def test_tnr_fresh212_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh212: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2005-2024, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Angola, Fiji, Bolivia, Georgia, Turkey, Rwanda; the reserve Philippines was not used), two
    to five TNR texts a state, 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh209 to tnr-fresh211 and
    tnr-fresh213 to tnr-fresh216 were written beside it, blind), nineteen stories, eleven of
    them TNR: seventeen told twice (one English text and one in another language) and two
    told three times (Fiji's extradition request to Tonga for Colonel Ratu Tevita Mara: two
    English texts and one Chinese; Remzi Kartal's arrest in Madrid at Turkey's request: one
    English text, one Persian, one Uyghur), and three "same person, different event" traps:
    Branko Marinkovic held at Ezeiza on a Bolivian search order (TNR, 2024) and asking Brazil
    to let him go home (a look-alike, 2019); Data Akhalaia's extradition refused by Greece
    (2015) and his red notice removed by Interpol (2016), both TNR; Remzi Kartal detained in
    Nuremberg (2005) and in Madrid (2009), both TNR."""
    assert_a_blind_split_of_forty(
        "tnr-fresh212",
        states="AO BO FJ GE RW TR",
        count=6,
        sibling=(
            "tnr-fresh209",
            "tnr-fresh210",
            "tnr-fresh211",
            "tnr-fresh213",
            "tnr-fresh214",
            "tnr-fresh215",
            "tnr-fresh216",
        ),
        sizes={2: 17, 3: 2},
        largest=3,
        traps=(
            ("bo-marinkovic-ezeiza-hold-2024", "lk-bo-marinkovic-brazil-return-request-2019"),
            (
                "ge-akhalaia-greece-extradition-refused-2015",
                "ge-akhalaia-red-notice-removed-2016",
            ),
            ("tr-kartal-nuremberg-detention-2005", "tr-kartal-madrid-arrest-2009"),
        ),
    )


def test_tnr_fresh214_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh214: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1973-2025, 24 TNR and 16 look-alikes, five of the six origin states given to this
    writer alone (Croatia, Madagascar, Chad, India, Cambodia) and the reserve El Salvador, used
    because every Omani event found was already told in another split (Oman appears only in a
    look-alike), three to five TNR texts a state, 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh209
    to tnr-fresh213, tnr-fresh215 and tnr-fresh216 were written beside it, blind), nineteen
    stories: seventeen told twice (one English text and one in another language) and two told
    three times (the 1983 killing of the Croatian émigré Stjepan Đureković in Wolfratshausen:
    two English texts and one Russian; Nicaragua's 2019 answer to El Salvador's request to
    extradite Mauricio Funes: one English text, one Chinese, one Persian), and three "same
    person, different event" traps: Marc Ravalomanana sentenced in absentia while in South
    Africa (TNR, 2010) and detained at home after his return (a look-alike, 2014); Mahamat
    Nouri sentenced to death in absentia by a Chadian court (TNR, 2008) and arrested in France
    in a crimes-against-humanity inquiry (a look-alike, 2019); Sam Rainsy sentenced in absentia
    by the Svay Rieng court (January 2010) and by the Phnom Penh court (September 2010), two
    TNR stories."""
    assert_a_blind_split_of_forty(
        "tnr-fresh214",
        states="HR IN KH MG SV TD",
        count=6,
        sibling=(
            "tnr-fresh209",
            "tnr-fresh210",
            "tnr-fresh211",
            "tnr-fresh212",
            "tnr-fresh213",
            "tnr-fresh215",
            "tnr-fresh216",
        ),
        sizes={2: 17, 3: 2},
        largest=3,
        traps=(
            ("mg-ravalomanana-life-sentence-2010", "lk-mg-ravalomanana-return-detained-2014"),
            ("td-habre-nouri-death-sentences-2008", "lk-td-nouri-paris-arrest-2019"),
            ("kh-rainsy-svay-rieng-sentence-2010", "kh-rainsy-map-sentence-2010"),
        ),
    )


def test_tnr_fresh215_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh215: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of the early 1980s to 2025, 24 TNR and 16 look-alikes, the six origin states given to this
    writer alone (Guinea-Bissau, Niger, Somalia, Indonesia, Pakistan, Turkmenistan; the reserve
    Djibouti was not used), two to five TNR texts a state, 20 English texts and four in each
    other language, a source for every text, no story group shared with another split
    (tnr-fresh209 to tnr-fresh214 and tnr-fresh216 were written beside it, blind), eighteen
    stories, ten of them TNR: fourteen told twice (one English text and one in another
    language) and four told three times (Guinea-Bissau's warrant for Domingos Simões Pereira in
    Portugal and Indonesia's hunt for George Aditjondro in Australia: two English texts and one
    other; the Somali embassy's bid to stop Abdirahman Abdishakur's Kuala Lumpur talk and the
    forged death notice on Ak Welsapar in Sweden: one English text and two others), and four
    "same person, different event" traps: Aditjondro wanted from Australia (TNR, 1995) and back
    in Jakarta as a guest (a look-alike, 1998); Abdishakur's Kuala Lumpur talk (TNR, 2020) and
    his arrest in a Mogadishu raid (a look-alike, 2017); Hama Amadou sentenced in absentia in
    France (TNR, 2017) and arrested on his return from exile (a look-alike, 2015); Welsapar's
    fake death notice in Sweden (TNR, 2020) and his house arrest at home (a look-alike, 1992)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh215",
        states="GW ID NE PK SO TM",
        count=6,
        sibling=(
            "tnr-fresh209",
            "tnr-fresh210",
            "tnr-fresh211",
            "tnr-fresh212",
            "tnr-fresh213",
            "tnr-fresh214",
            "tnr-fresh216",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("id-aditjondro-wanted-1995", "lk-id-aditjondro-return-1998"),
            ("so-abdishakur-malaysia-2020", "lk-so-abdishakur-mogadishu-raid-2017"),
            ("ne-hama-amadou-absentia-2017", "lk-ne-hama-amadou-return-arrest-2015"),
            ("tm-welsapar-fake-death-2020", "lk-tm-welsapar-house-arrest-1992"),
        ),
    )


def test_tnr_fresh213_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh213: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1953-2026, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Poland, Czechia, Tanzania, Lebanon, Saudi Arabia, Azerbaijan; the reserve Jordan was not
    used), two to five TNR texts a state (Azerbaijan two: every other Azerbaijani event found was
    already told in another split), 20 English texts and four in each other language, a source
    for every text, no story group shared with another split (tnr-fresh209 to tnr-fresh212 and
    tnr-fresh214 to tnr-fresh216 were written beside it, blind), eighteen stories, ten of them
    TNR: fourteen told twice (one English text and one in another language) and four told three
    times (the Warsaw death sentence in absentia on Radio Free Europe's Zdzisław Najder and
    Lebanon's 2003 arrest warrant for the exiled Michel Aoun: two English texts and one other;
    Czechoslovakia barring Pavel Kohout's return from Vienna and Saudi Arabia revoking Prince
    Talal's passport: one English text and two others), and two "same person, different event"
    traps: Aoun's arrest warrant in exile (TNR, 2003) and the freezing of that warrant before
    his return (a look-alike, 2005); Kohout barred from returning and stripped of citizenship
    (TNR, 1979) and his honorary plaque from the Czech prime minister (a look-alike, 2013)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh213",
        states="AZ CZ LB PL SA TZ",
        count=6,
        sibling=(
            "tnr-fresh209",
            "tnr-fresh210",
            "tnr-fresh211",
            "tnr-fresh212",
            "tnr-fresh214",
            "tnr-fresh215",
            "tnr-fresh216",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("lb-aoun-arrest-warrant-paris-2003", "lk-lb-aoun-warrant-frozen-return-2005"),
            ("cz-kohout-barred-return-citizenship-1979", "lk-cz-kohout-honorary-plaque-2013"),
        ),
    )


def test_tnr_fresh216_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh216: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1963-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (North Macedonia, Lesotho, Nigeria, Mali, Bahrain, Vietnam; the reserve Kuwait was not
    used), three to five TNR texts a state, 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh209 to
    tnr-fresh215 were written beside it, blind), seventeen stories, nine of them TNR: eleven
    told twice (one English text and one in another language) and six told three times (the
    Lesotho soldiers arrested in South Africa over a plan to kill Tom Thabane's bodyguards,
    Bahrain's in-absentia sentence on the exile Sayed Yusuf Almuhafdha and the keyboard malware
    against Vietnamese critics of bauxite mining: two English texts and one other; Zoran
    Bozinovski's 2013 Interpol arrest in Novi Sad, Britain's return of Anthony Enahoro to
    Nigeria in 1963 and Mali's seizure of the exiled imam Mahmoud Dicko's aide Daouda Magassa:
    one English text and two others), and two "same person, different event" traps around the
    Macedonian blogger Zoran Bozinovski: his 2013 arrest in Serbia (TNR) and his 2016
    extradition from Serbia (TNR); that extradition and his contempt fine at his trial in
    Skopje (a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh216",
        states="BH LS MK ML NG VN",
        count=6,
        sibling=(
            "tnr-fresh209",
            "tnr-fresh210",
            "tnr-fresh211",
            "tnr-fresh212",
            "tnr-fresh213",
            "tnr-fresh214",
            "tnr-fresh215",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            (
                "mk-bozinovski-novi-sad-interpol-arrest-2013",
                "mk-bozinovski-serbia-extradition-2016",
            ),
            ("mk-bozinovski-serbia-extradition-2016", "lk-mk-bozinovski-contempt-fine-skopje"),
        ),
    )


def test_tnr_fresh211_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh211: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1984-2026 (three undated in their sources), 24 TNR and 16 look-alikes, the six origin
    states given to this writer alone (Liberia, Ghana, Mongolia, Republic of the Congo, Iran,
    Belarus; the reserve Singapore was not used), two to five TNR texts a state (Mongolia only
    two: its other events were already told), 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh209,
    tnr-fresh210 and tnr-fresh212 to tnr-fresh216 were written beside it, blind), eighteen
    stories, ten of them TNR: fourteen told twice (one English text and one in another
    language) and four told three times (Charles Taylor held in Massachusetts on Samuel Doe's
    extradition request and Eduard Palchys extradited from Russia: two English texts and one
    other; Ken Ofori-Atta's trial in absentia and the fatwas and bounty against the Cologne
    rapper Shahin Najafi: one English text and two others), and four "same person, different
    event" traps: Taylor held at Liberia's request (TNR, 1984) and sought from Nigeria for the
    Special Court for Sierra Leone (a look-alike, 2006); Palchys extradited from Russia (TNR,
    2016) and charged with organising mass riots at home (a look-alike, 2020); Bernard
    Kolélas sentenced to death in absentia while a refugee in Côte d'Ivoire (TNR) and his
    return under an amnesty procedure (a look-alike, 2005); Ofori-Atta tried in absentia
    while in the United States (TNR, 2025) and held by ICE over his visa (a look-alike,
    2026)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh211",
        states="BY CG GH IR LR MN",
        count=6,
        sibling=(
            "tnr-fresh209",
            "tnr-fresh210",
            "tnr-fresh212",
            "tnr-fresh213",
            "tnr-fresh214",
            "tnr-fresh215",
            "tnr-fresh216",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            (
                "lr-taylor-massachusetts-extradition-1984",
                "lk-lr-taylor-nigeria-extradition-request-2006",
            ),
            ("by-palchys-bryansk-extradition-2016", "lk-by-palchys-mass-riots-charge-2020"),
            ("cg-kolelas-death-sentence-absentia-2000", "lk-cg-kolelas-funeral-return-2005"),
            ("gh-ofori-atta-absentia-trial-2025", "lk-gh-ofori-atta-ice-detention-2026"),
        ),
    )


def test_tnr_fresh210_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh210: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1981-2023, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Israel, Malawi, Honduras, Nepal, Russia, Egypt; the reserve Qatar was not used), two to
    five TNR texts a state, 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh209 and tnr-fresh211 to
    tnr-fresh216 were written beside it, blind), eighteen stories, ten of them TNR: fourteen
    told twice (one English text and one in another language) and four told three times
    (Mossad's abduction of Mordechai Vanunu from Rome and Moscow's warrant in absentia for the
    doping whistleblower Grigory Rodchenkov: two English texts and one other; the Chirwas'
    abduction from Zambia and the CIA-supervised hand-over of Egyptian Jihad suspects from
    Tirana: one English text and two others), and three "same person, different event"
    traps: Vanunu, abducted in 1986 (TNR) and re-arrested at home in 2010 (a look-alike); the
    Haaretz reporter Uri Blau, wanted on an arrest warrant while in London (TNR) and back in
    Israel for questioning under a deal (a look-alike); Orton Chirwa, abducted from Zambia in
    1981 (TNR) and dead in Zomba prison in 1992 (a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh210",
        states="EG HN IL MW NP RU",
        count=6,
        sibling=(
            "tnr-fresh209",
            "tnr-fresh211",
            "tnr-fresh212",
            "tnr-fresh213",
            "tnr-fresh214",
            "tnr-fresh215",
            "tnr-fresh216",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("il-vanunu-rome-abduction-1986", "lk-il-vanunu-rearrest-2010"),
            ("il-blau-london-arrest-warrant-2010", "lk-il-blau-return-questioning-2010"),
            ("mw-chirwa-zambia-abduction-1981", "lk-mw-orton-chirwa-death-zomba-1992"),
        ),
    )


def test_tnr_fresh217_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh217: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1907-2023, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Mexico, Spain, Uzbekistan, Syria, China, DR Congo; the reserve Yemen was not used), two to
    five TNR texts a state (Syria two: the other Syrian events found were already told or not
    clearly the state's act), 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh218 to tnr-fresh224 were
    written beside it, blind), nineteen stories, eleven of them TNR: seventeen told twice (one
    English text and one in another language) and two told three times (the GAL's abduction and
    killing of the ETA refugees Lasa and Zabala from Bayonne: two English texts and one Turkish;
    Moïse Tshombe's kidnapping to Algiers: one English text, one Russian, one Persian), and three
    "same person, different event" traps: Ricardo Flores Magón seized in Los Angeles by a
    detective working for Díaz's ambassador (TNR, 1907) and sentenced under the US Espionage Act
    (a look-alike, 1918); the rapper Valtònyc, whose extradition Spain sought from Belgium (TNR,
    2018), and his return home once his sentence lapsed (a look-alike, 2023); Tshombe sentenced to
    death in absentia in Kinshasa (March 1967) and kidnapped to Algeria (June 1967), two TNR
    stories."""
    assert_a_blind_split_of_forty(
        "tnr-fresh217",
        states="CD CN ES MX SY UZ",
        count=6,
        sibling=(
            "tnr-fresh218",
            "tnr-fresh219",
            "tnr-fresh220",
            "tnr-fresh221",
            "tnr-fresh222",
            "tnr-fresh223",
            "tnr-fresh224",
        ),
        sizes={2: 17, 3: 2},
        largest=3,
        traps=(
            (
                "mx-flores-magon-los-angeles-arrest-1907",
                "lk-mx-flores-magon-espionage-sentence-1918",
            ),
            ("es-valtonyc-ghent-extradition-2018", "lk-es-valtonyc-return-2023"),
            ("cd-tshombe-death-sentence-absentia-1967", "cd-tshombe-hijack-algiers-1967"),
        ),
    )


def test_tnr_fresh222_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh222: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1935-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (the Dominican Republic, Algeria, Afghanistan, Myanmar, Burundi and the reserve Gambia, used
    in place of Mozambique: no Mozambican TNR event found in four look-ups was new, so Mozambique
    appears only in a look-alike), two to five TNR texts a state, 20 English texts and four in
    each other language, a source for every text, no story group shared with another split
    (tnr-fresh217 to tnr-fresh221, tnr-fresh223 and tnr-fresh224 were written beside it, blind),
    eighteen stories, ten of them TNR: fourteen told twice (one English text and one in another
    language) and four told three times (Trujillo's agents abducting Jesús de Galíndez in
    Manhattan and the killing of the Karen leader Mahn Sha in Mae Sot: two English texts and one
    other; the plane believed to carry Afghanistan's vice president Dostum home from Turkey
    turned away, and Burundi's embassy in Kampala refusing laissez-passer to Jérémie
    Ngendakumana and other exiles: one English text and two others), and two "same person,
    different event" traps: Dostum's plane turned away (TNR, 2017) and the inquiry into his
    abduction of Ahmad Ishchi at home (a look-alike, 2016); Algeria reopening the case against
    Rabah Kebir in Germany (TNR, 2000) and his return to Algiers (a look-alike, 2006)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh222",
        states="AF BI DO DZ GM MM",
        count=6,
        sibling=(
            "tnr-fresh217",
            "tnr-fresh218",
            "tnr-fresh219",
            "tnr-fresh220",
            "tnr-fresh221",
            "tnr-fresh223",
            "tnr-fresh224",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("af-dostum-plane-denied-landing-2017", "lk-af-dostum-ishchi-abduction-probe-2016"),
            ("dz-kebir-case-reopened-germany-2000", "lk-dz-kebir-return-algiers-2006"),
        ),
    )


def test_tnr_fresh223_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh223: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1971-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Paraguay, Albania, Morocco, Cameroon, Iraq, Brazil; the reserve Uruguay was not used),
    three to five TNR texts a state, 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh217 to
    tnr-fresh222 and tnr-fresh224 were written beside it, blind), nineteen stories, eleven of
    them TNR: seventeen told twice (one English text and one in another language) and two
    told three times (Ahmadou Ahidjo's death sentence in absentia while in France: two English
    texts and one Chinese; the seizure of the Brazilian exile Edmur Péricles Camargo at Ezeiza
    and his flight to Rio: one English, one Uyghur and one Persian), and "same person,
    different event" traps kept as separate groups: Lino Oviedo arrested in Foz do Iguaçu at
    Paraguay's request (TNR, 2000), Brazil's refusal to extradite him (TNR, 2001) and his
    announced return to face Paraguay's courts (a look-alike, 2004); Arben Ahmetaj declared
    wanted after leaving Albania (TNR, 2023) and sought from Switzerland (TNR, 2025); Moumen
    Diouri expelled from France to Gabon at Morocco's urging (TNR, 1991) and given a Moroccan
    passport to go home (a look-alike, 2004); Ahidjo sentenced in absentia (TNR, 1984) and his
    remains left in Dakar (a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh223",
        states="AL BR CM IQ MA PY",
        count=6,
        sibling=(
            "tnr-fresh217",
            "tnr-fresh218",
            "tnr-fresh219",
            "tnr-fresh220",
            "tnr-fresh221",
            "tnr-fresh222",
            "tnr-fresh224",
        ),
        sizes={2: 17, 3: 2},
        largest=3,
        traps=(
            ("py-oviedo-foz-do-iguacu-arrest-2000", "py-oviedo-stf-extradition-refused-2001"),
            ("py-oviedo-stf-extradition-refused-2001", "lk-py-oviedo-return-announced-2004"),
            ("al-ahmetaj-declared-wanted-abroad-2023", "al-ahmetaj-swiss-extradition-request-2025"),
            ("ma-diouri-gabon-expulsion-1991", "lk-ma-diouri-passport-pontoise-2004"),
            ("cm-ahidjo-death-sentence-absentia-1984", "lk-cm-ahidjo-remains-dakar"),
        ),
    )


def test_tnr_fresh220_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh220: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of about 1970 to 2025, 24 TNR and 16 look-alikes, the six origin states given to this writer
    alone (Colombia, South Korea, Cuba, Zimbabwe, Turkey, Guinea; the reserve Maldives was not
    used), two to five TNR texts a state (Colombia and Guinea three each), 20 English texts and
    four in each other language, a source for every text, no story group shared with another
    split (tnr-fresh217 to tnr-fresh219 and tnr-fresh221 to tnr-fresh224 were written beside
    it, blind), eighteen stories, ten of them TNR: fourteen told twice (one English text and one
    in another language) and four told three times (Colombia's paid seizure of the FARC envoy
    Rodrigo Granda in Caracas and Sékou Touré's death sentence in absentia on Alpha Condé in
    Paris: two English texts and one other; the KCIA's killing of its exiled former director
    Kim Hyung-wook in Paris and the UAE's handover of two Turkish generals from Dubai: one
    English text and two others), and four "same person, different event" traps: Granda seized
    abroad (TNR, 2004) and freed at Sarkozy's request (a look-alike, 2007); Condé sentenced in
    absentia in exile (TNR, about 1970) and arrested at Piné after the 1998 election (a
    look-alike); Fethullah Gülen as the target of the removal plot discussed with Michael Flynn
    (TNR, 2016) and his death in Pennsylvania (a look-alike, 2024); Job Sikhala's home visited
    by detectives over his Geneva speech (TNR, 2024) and his arrest near Pretoria on an
    explosives charge his allies call a set-up (TNR, 2025)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh220",
        states="CO CU GN KR TR ZW",
        count=6,
        sibling=(
            "tnr-fresh217",
            "tnr-fresh218",
            "tnr-fresh219",
            "tnr-fresh221",
            "tnr-fresh222",
            "tnr-fresh223",
            "tnr-fresh224",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("co-granda-caracas-seizure-2004", "lk-co-granda-release-2007"),
            ("gn-conde-death-sentence-absentia-1970s", "lk-gn-conde-pine-arrest-1998"),
            ("tr-flynn-gulen-removal-plot-2016", "lk-tr-gulen-death-2024"),
            ("zw-sikhala-geneva-police-visit-2024", "zw-sikhala-pretoria-explosives-2025"),
        ),
    )


def test_tnr_fresh218_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh218: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1962-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Sierra Leone, Zambia, Eritrea, Ethiopia, Russia, Equatorial Guinea; the reserve Comoros was
    not used; the two Soviet-era stories are coded RU), three to five TNR texts a state, 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh217 and tnr-fresh219 to tnr-fresh224 were written beside
    it, blind), eighteen stories, ten of them TNR: fourteen told twice (one English text and one
    in another language) and four told three times (the Harare arrest of the Zambian MP Jay Jay
    Banda and Ethiopia's list of eleven wanted exiles: two English texts and one Uyghur; the
    Soviet decree stripping Rostropovich and Vishnevskaya of citizenship and the seizure of three
    Equatoguinean exiles from a Nigerian jail: one English text and two others), and four "same
    person, different event" pairs: Nureyev sentenced in absentia (TNR, 1962) and rehabilitated
    (a look-alike, 1998); Rostropovich stripped of citizenship (TNR, 1978) and given it back (a
    look-alike, 1990); Jay Jay Banda's reported abduction at home (a look-alike, May 2024) and
    his arrest in Harare pending extradition (TNR, 2024); and the Sierra Leonean publisher
    Chernoh Alpha Bah in two TNR stories (the security office's complaint of 2022 and an embassy
    employee's warning of 2023)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh218",
        states="ER ET GQ RU SL ZM",
        count=6,
        sibling=(
            "tnr-fresh217",
            "tnr-fresh219",
            "tnr-fresh220",
            "tnr-fresh221",
            "tnr-fresh222",
            "tnr-fresh223",
            "tnr-fresh224",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ru-nureyev-absentia-sentence-1962", "lk-ru-nureyev-rehabilitation-1998"),
            (
                "ru-rostropovich-vishnevskaya-citizenship-1978",
                "lk-ru-rostropovich-citizenship-restored-1990",
            ),
            ("zm-jay-jay-banda-harare-arrest-2024", "lk-zm-jay-jay-banda-found-kafue-2024"),
            ("sl-africanist-press-ons-complaint-2022", "sl-bah-embassy-employee-warning-2023"),
        ),
    )


def test_tnr_fresh219_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh219: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1979-2025, 24 TNR and 16 look-alikes, five of the six origin states given to this writer
    alone (Panama, Guatemala, Kazakhstan, Bangladesh, Iran) and the reserve Central African
    Republic, used because every Ugandan TNR event found was already told in another split
    (Uganda appears only in a look-alike), three to five TNR texts a state, 20 English texts and
    four in each other language, a source for every text, no story group shared with another
    split (tnr-fresh217, tnr-fresh218 and tnr-fresh220 to tnr-fresh224 were written beside it,
    blind), eighteen stories, ten of them TNR: fourteen told twice (one English text and one in
    another language) and four told three times (Thelma Aldana's 2019 arrest warrant while in El
    Salvador and the 2003 warrant for Ange-Félix Patassé in Togo: two English texts and one
    other; the Aktobe court's 2014 arrest order for Natalya Sadykova in Ukraine and the threats
    to the families of Iran's World Cup players in Qatar in 2022: one English text and two
    others), and two "same person, different event" traps: Shohreh Bayat told by Iran's chess
    federation to apologise in Shanghai (TNR, January 2020) and granted asylum in Britain (a
    look-alike, October 2020); Saúl Méndez climbing into Bolivia's embassy in Panama City as his
    arrest was ordered (a look-alike, May 2025) and called a fugitive with an Interpol red notice
    sought after he left Bolivia (TNR, July 2025)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh219",
        states="BD CF GT IR KZ PA",
        count=6,
        sibling=(
            "tnr-fresh217",
            "tnr-fresh218",
            "tnr-fresh220",
            "tnr-fresh221",
            "tnr-fresh222",
            "tnr-fresh223",
            "tnr-fresh224",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ir-bayat-chess-hijab-2020", "lk-ir-bayat-uk-asylum-2020"),
            ("pa-mendez-red-notice-2025", "lk-pa-mendez-embassy-asylum-2025"),
        ),
    )


def test_tnr_fresh221_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh221: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1951-2019, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Chile, Taiwan, Venezuela, Sudan, Libya, Kyrgyzstan; the reserve Peru was not used), two to
    five TNR texts a state (Venezuela and Libya three each: most of their events were already
    told in other splits), 20 English texts and four in each other language, a source for every
    text, no story group shared with another split (tnr-fresh217 to tnr-fresh220 and
    tnr-fresh222 to tnr-fresh224 were written beside it, blind), eighteen stories, ten of them
    TNR: fourteen told twice (one English text and one in another language) and four told
    three times (the Garrison Command's questioning of Chen Wen-chen about his life in the
    United States and the syringe attack on the exiled Rómulo Betancourt in Havana: two English
    texts and one other; DINA's seizure of Edgardo Enríquez in Buenos Aires and King Idris's
    death sentence in absentia: one English text and two others), and a "same person,
    different event" trap: Hsu Hsin-liang turned back at Taipei airport from exile (TNR, 1986)
    and sentenced at home for sedition after sneaking back (a look-alike, 1989)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh221",
        states="CL KG LY SD TW VE",
        count=6,
        sibling=(
            "tnr-fresh217",
            "tnr-fresh218",
            "tnr-fresh219",
            "tnr-fresh220",
            "tnr-fresh222",
            "tnr-fresh223",
            "tnr-fresh224",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            (
                "tw-hsu-hsin-liang-barred-return-1986",
                "lk-tw-hsu-hsin-liang-sedition-sentence-1989",
            ),
        ),
    )


def test_tnr_fresh224_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh224: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2001-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Armenia, Burkina Faso, the United Arab Emirates, Sri Lanka, Belarus, Rwanda; the reserve
    Honduras was not used), two to five TNR texts a state, 20 English texts and four in each
    other language, a source for every text, no story group shared with another split
    (tnr-fresh217 to tnr-fresh223 were written beside it, blind), eighteen stories, ten of them
    TNR: fourteen told twice (one English text and one in another language) and four told
    three times (Armenia's warrant and extradition request for the former defence minister
    Mikael Harutyunyan, refused by Russia, and the Warsaw court's refusal to extradite the
    Nexta founder Stsiapan Putsila to Belarus: two English texts and one other; the hand-over
    of the FLN spokesman Callixte Nsabimana from the Comoros to Rwanda and the abduction in
    Ouagadougou of the exiled general Djibrill Bassole's son, daughter and aide: one English
    text and two others), and three "same person, different event" traps: Nsabimana, handed
    over from the Comoros in 2019 (TNR) and sentenced in Kigali in 2021 (a look-alike);
    Bassole, whose relatives were seized while he lived in exile in France in 2024 (TNR) and
    who was sentenced at home for the failed 2015 coup in 2019 (a look-alike); the former
    Rwandan prime minister Pierre-Celestin Rwigema, wanted on a warrant sent to the United
    States in 2001 (TNR) and back home of his own will in 2011 (a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh224",
        states="AE AM BF BY LK RW",
        count=6,
        sibling=(
            "tnr-fresh217",
            "tnr-fresh218",
            "tnr-fresh219",
            "tnr-fresh220",
            "tnr-fresh221",
            "tnr-fresh222",
            "tnr-fresh223",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("rw-nsabimana-comoros-handover-2019", "lk-rw-nsabimana-verdict-2021"),
            ("bf-bassole-relatives-abducted-2024", "lk-bf-bassole-coup-verdict-2019"),
            ("rw-rwigema-us-arrest-warrant-2001", "lk-rw-rwigema-return-2011"),
        ),
    )


def test_tnr_fresh226_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh226: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1954 to 2021, 24 TNR and 16 look-alikes, the six origin states given to this writer
    alone (Turkey, Cambodia, Egypt, Algeria, Israel, Nepal; the reserve Jordan was not used),
    three to five TNR texts a state (Israel three, with its one story), 20 English texts and
    four in each other language, a source for every text, no story group shared with another
    split (tnr-fresh225 and tnr-fresh227 to tnr-fresh232 were written beside it, blind),
    nineteen stories, eleven of them TNR: seventeen told twice (one English text and one in
    another language) and two told three times (the Mossad's capture abroad of the navy captain
    Alexander Israel, who died on the flight back in 1954: two English texts and one Russian;
    Spain's 2007 arrest of the former Algerian intelligence colonel Mohamed Samraoui on an
    Algerian warrant relayed by Interpol: one English, one Uyghur and one Persian), and five
    "same person, different event" traps kept as separate groups: Cem Karaca stripped of his
    citizenship in exile (TNR) and home again in 1987 (a look-alike); Ram Raja Prasad Singh
    sentenced to death in absentia (TNR) and nominated for president in 2008 (a look-alike);
    B.P. Koirala's passport withheld while he was in India (TNR) and his arrest on landing in
    Kathmandu in 1976 (a look-alike); Habib Souaïdia sentenced in absentia in Algeria (TNR,
    2002) and Khaled Nezzar's libel suit against him dismissed in Paris (a look-alike, 2002);
    Thak Lany sentenced in absentia in Phnom Penh (TNR, 2016) and the Supreme Court's ruling
    upholding it with a new warrant (TNR)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh226",
        states="DZ EG IL KH NP TR",
        count=6,
        sibling=(
            "tnr-fresh225",
            "tnr-fresh227",
            "tnr-fresh228",
            "tnr-fresh229",
            "tnr-fresh230",
            "tnr-fresh231",
            "tnr-fresh232",
        ),
        sizes={2: 17, 3: 2},
        largest=3,
        traps=(
            ("tr-karaca-citizenship-stripped-1980s", "lk-tr-karaca-return-1987"),
            (
                "np-ramraja-singh-death-sentence-absentia-1980s",
                "lk-np-ramraja-singh-presidential-bid-2008",
            ),
            ("np-bp-koirala-passport-withheld-1970", "lk-np-bp-koirala-return-arrest-1976"),
            ("dz-souaidia-absentia-sentence-2002", "lk-dz-nezzar-souaidia-libel-2002"),
            ("kh-thak-lany-absentia-sentence-2016", "kh-thak-lany-supreme-court-ruling"),
        ),
    )


def test_tnr_fresh229_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh229: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1996-2021, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Uzbekistan, Azerbaijan, Zimbabwe, Myanmar, Laos, Colombia; the reserve Ecuador was not
    used), three to five TNR texts a state, 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh225 to
    tnr-fresh228 and tnr-fresh230 to tnr-fresh232 were written beside it, blind), nineteen
    stories, eleven of them TNR: seventeen told twice (one English text and one in another
    language) and two told three times (Laos's threat to execute the exiled Hmong general Vang
    Pao if he came home: two English texts and one Chinese; Zimbabwe's wanted list over the Baba
    Jukwa Facebook page, naming the South Africa-based journalist Mxolisi Ncube: one English,
    one Persian and one Uyghur), and four "same person, different event" pairs: the Colombian
    sociologist Miguel Ángel Beltrán expelled from Mexico on a Colombian warrant (TNR, 2009) and
    acquitted by Colombia's Supreme Court (a look-alike, 2016); Azerbaijan's former president
    Ayaz Mutalibov arrested in Moscow at Baku's request (TNR, 1996) and returning home under an
    immunity law (a look-alike, 2012); Vang Pao threatened with execution (TNR, 2010) and refused
    an Arlington burial by the US Army (a look-alike, 2011); and The Irrawaddy and its editor
    Aung Zaw hit by the 2008 attacks on exile media blamed on the junta (TNR) and by nationalist
    hackers in 2014 (a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh229",
        states="AZ CO LA MM UZ ZW",
        count=6,
        sibling=(
            "tnr-fresh225",
            "tnr-fresh226",
            "tnr-fresh227",
            "tnr-fresh228",
            "tnr-fresh230",
            "tnr-fresh231",
            "tnr-fresh232",
        ),
        sizes={2: 17, 3: 2},
        largest=3,
        traps=(
            ("co-beltran-mexico-deportation-2009", "lk-co-beltran-acquittal-2016"),
            ("az-mutalibov-moscow-arrest-1996", "lk-az-mutalibov-return-2012"),
            ("la-vang-pao-execution-threat-2010", "lk-la-vang-pao-arlington-2011"),
            ("mm-exile-media-ddos-2008", "lk-mm-irrawaddy-blink-hack-2014"),
        ),
    )


def test_tnr_fresh228_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh228: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1963 to 2024, 24 TNR and 16 look-alikes, the six origin states given to this writer
    alone (Pakistan, Turkmenistan, Bahrain, Morocco, Croatia, Niger; the reserve Singapore was
    not used), three to five TNR texts a state (Bahrain and Turkmenistan three each, with one
    TNR story each), 20 English texts and four in each other language, a source for every
    text, no story group shared with another split (tnr-fresh225 to tnr-fresh227 and
    tnr-fresh229 to tnr-fresh232 were written beside it, blind), eighteen stories, ten of them
    TNR: fourteen told twice (one English text and one in another language) and four told
    three times (the UDBA's killing of the Croatian exile Bruno Bušić in Paris and the Varna
    court's refusal to extradite the Turkmen exile Annadurdy Khajiev: two English texts and
    one other; Interpol's red notices for the exiled Benazir Bhutto and Asif Ali Zardari and
    the raid on the family of the Bahraini protester Yasser Al Sayer after a Manchester rally:
    one English text and two others), and two "same person, different event" traps: Bhutto
    under red notices in exile (TNR, 2006) and her homecoming bombed at Karsaz (a look-alike,
    2007); Niger's ousted prime minister Ouhoumoudou Mahamadou stripped of his diplomatic
    passport abroad (TNR, August 2023) and put on the junta's wanted list (TNR, September
    2023)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh228",
        states="BH HR MA NE PK TM",
        count=6,
        sibling=(
            "tnr-fresh225",
            "tnr-fresh226",
            "tnr-fresh227",
            "tnr-fresh229",
            "tnr-fresh230",
            "tnr-fresh231",
            "tnr-fresh232",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("pk-bhutto-zardari-red-notices-2006", "lk-pk-bhutto-karsaz-return-2007"),
            ("ne-diplomatic-passports-cancelled-2023", "ne-treason-wanted-notices-2023"),
        ),
    )


def test_tnr_fresh227_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh227: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1971 to 2022, 24 TNR and 16 look-alikes, the six origin states given to this writer
    alone (Saudi Arabia, Vietnam, Cuba, India, Poland, Liberia; the reserve Qatar was not used),
    two to five TNR texts a state (Vietnam and Liberia two each, one story each), 20 English
    texts and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh225, tnr-fresh226 and tnr-fresh228 to tnr-fresh232 were written
    beside it, blind), eighteen stories, ten of them TNR: fourteen told twice (one English text
    and one in another language) and four told three times (Poland's death sentence in absentia
    on Colonel Ryszard Kukliński and the Cuban agent Juan Pablo Roque's flight from Brothers to
    the Rescue: two English texts and one other; Omar Abdulaziz's Tel Aviv suit against NSO
    Group and Ambassador T. N. Kaul's letter on Subramanian Swamy's US tour: one English text
    and two others), and "same person, different event" traps: Kukliński sentenced in absentia
    (TNR, 1984) and his case closed at home (a look-alike, 1997); Swamy watched from the
    embassy in Washington (TNR, 1976) and his appearance in the Rajya Sabha while wanted at
    home (a look-alike, 1976); Ana Margarita Martínez's damages award for Roque's sham marriage
    (TNR, 2001) and the refusal to let her garnish Cuba's charter money (a look-alike, 2011);
    Abdulaziz's suit (TNR, 2018) and the court's refusal to dismiss it (TNR, 2020); Roque's
    disappearance (TNR, 1996) and the ruling on his marriage (TNR, 2001)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh227",
        states="CU IN LR PL SA VN",
        count=6,
        sibling=(
            "tnr-fresh225",
            "tnr-fresh226",
            "tnr-fresh228",
            "tnr-fresh229",
            "tnr-fresh230",
            "tnr-fresh231",
            "tnr-fresh232",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("pl-kuklinski-death-sentence-1984", "lk-pl-kuklinski-case-closed-1997"),
            ("in-kaul-letter-swamy-us-1976", "lk-in-swamy-rajya-sabha-1976"),
            ("cu-martinez-damages-ruling-2001", "lk-cu-martinez-garnishment-refused-2011"),
            ("sa-abdulaziz-nso-lawsuit-2018", "sa-abdulaziz-nso-dismissal-refused-2020"),
            ("cu-roque-exile-group-infiltration-1996", "cu-martinez-damages-ruling-2001"),
        ),
    )


def test_tnr_fresh225_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh225: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of about 1906 to 2020, 24 TNR and 16 look-alikes, the six origin states given to this writer
    alone (China, Nicaragua, Syria, Tajikistan, Mexico, Ghana; the reserve Yemen was not used),
    two to five TNR texts a state (Syria two, Nicaragua three, Ghana four), 20 English texts and
    four in each other language, a source for every text, no story group shared with another
    split (tnr-fresh226 to tnr-fresh232 were written beside it, blind), eighteen stories, ten of
    them TNR: fourteen told twice (one English text and one in another language) and four told
    three times (the Sandinista bomb at Edén Pastora's La Penca news conference and the
    deportation of exiled Mexican Liberals from Douglas, Arizona, to Díaz's police: two English
    texts and one other; the Sydney defector Chen Yonglin's account of consular surveillance and
    the Strasbourg ruling on Tajikistan's pursuit of Ismon Azimov: one English text and two
    others), and three "same person, different event" traps: Joshua Wong barred from Thailand at
    China's request (TNR, 2016) and jailed at home over the police headquarters siege (a
    look-alike, 2020); Adib Shishakli sentenced to death in absentia by Syria (TNR) and shot in
    Brazil by a Druze avenger (a look-alike, 1964); Michael Soussoudis exchanged for eight
    Ghanaians stripped of nationality (TNR, petition 2003) and named in the US espionage case of
    his lover Sharon Scranage (a look-alike, 1985)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh225",
        states="CN GH MX NI SY TJ",
        count=6,
        sibling=(
            "tnr-fresh226",
            "tnr-fresh227",
            "tnr-fresh228",
            "tnr-fresh229",
            "tnr-fresh230",
            "tnr-fresh231",
            "tnr-fresh232",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("cn-joshua-wong-bangkok-airport-2016", "lk-cn-joshua-wong-police-hq-sentence-2020"),
            ("sy-shishakli-death-sentence-absentia-1957", "lk-sy-shishakli-killed-brazil-1964"),
            ("gh-awuakye-denationalised-petition-2003", "lk-gh-scranage-espionage-sentence-1985"),
        ),
    )


def test_tnr_fresh231_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh231: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1972-2021, 24 TNR and 16 look-alikes, five of the six origin states given to this writer
    alone (Iraq, Afghanistan, Burundi, Indonesia, Czechia for communist Czechoslovakia) and the
    reserve Djibouti, used because every Somali TNR event found was already told in another
    split (Somalia appears only in four look-alikes), three to five TNR texts a state, 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh225 to tnr-fresh230 and tnr-fresh232 were written beside
    it, blind), eighteen stories, ten of them TNR: fourteen told twice (one English text and one
    in another language) and four told three times (the StB bug in the Paris office of Tigrid's
    exile magazine Svědectví in 1980 and the killing of Abdul Ahad Karzai in Quetta in 1999:
    two English texts and one other; the Iraqi diplomats' bomb plot against a Kurdish students'
    congress in West Berlin in 1980 and the London High Court lifting Djibouti's freezing order
    on Abdourahman Boreh in 2015: one English text and two others), and a "same person,
    different event" trap: Milan Kundera stripped of Czechoslovak citizenship in French exile
    (TNR, 1979) and given Czech citizenship back (a look-alike, 2019)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh231",
        states="AF BI CZ DJ ID IQ",
        count=6,
        sibling=(
            "tnr-fresh225",
            "tnr-fresh226",
            "tnr-fresh227",
            "tnr-fresh228",
            "tnr-fresh229",
            "tnr-fresh230",
            "tnr-fresh232",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(("cz-kundera-citizenship-revoked-1979", "lk-cz-kundera-citizenship-restored-2019"),),
    )


def test_tnr_fresh232_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh232: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1979-2025, 24 TNR and 16 look-alikes, five origin states (Russia, Iran, Belarus, Rwanda,
    Malawi): Guinea, the sixth state given to this writer alone, was dropped because every
    Guinean exile event found was already told in other splits, and the reserve Mongolia failed
    for the same reason, so Guinea appears only in a look-alike. Four or five TNR texts a state,
    20 English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh225 to tnr-fresh231 were written beside it, blind),
    eighteen stories, ten of them TNR: fourteen told twice (one English text and one in another
    language) and four told three times (Ilya Ponomaryov's sentence in absentia and the state
    newspaper's threat to hang the Belarus Free Theatre founders in London: two English texts
    and one other; Jafar Panahi's sentence in absentia and the police warning to Noble Marara:
    one English text and two others), and three "same person, different event" traps: Panahi,
    sentenced in absentia while in New York (TNR, 2025) and detained in Iran (a look-alike,
    2022); Natalia Kaliada and Nicolai Khalezin, threatened in London (TNR, 2020) and moving
    their troupe out of Belarus (a look-alike, 2021); Mkwapatira Mhango, firebombed in Lusaka
    (TNR, 1989), whose brother was jailed at home (TNR, 1987) and whose attack's suspects Zambia
    deported to Malawi (a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh232",
        states="BY IR MW RU RW",
        count=5,
        sibling=(
            "tnr-fresh225",
            "tnr-fresh226",
            "tnr-fresh227",
            "tnr-fresh228",
            "tnr-fresh229",
            "tnr-fresh230",
            "tnr-fresh231",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ir-panahi-absentia-2025", "lk-ir-panahi-tehran-arrest-2022"),
            ("by-kaliada-khalezin-hanging-threat-2020", "lk-by-free-theatre-exodus-2021"),
            ("mw-mhango-lusaka-firebomb-1989", "mw-mhango-brother-jailed-1987"),
            ("mw-mhango-lusaka-firebomb-1989", "lk-mw-mhango-suspects-deported"),
        ),
    )


def test_tnr_fresh230_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh230: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1966-2025, 24 TNR and 16 look-alikes, five of the six origin states given to this writer
    alone (North Korea, Thailand, Nigeria, DR Congo, Cameroon) and the reserve Chad, used
    because every Malian TNR event found was already told in another split (Mali appears only
    in a look-alike), two to five TNR texts a state, 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh225
    to tnr-fresh229, tnr-fresh231 and tnr-fresh232 were written beside it, blind), eighteen
    stories, ten of them TNR: fourteen told twice (one English text and one in another
    language) and four told three times (the 2017 plot against Kim Han-sol in Beijing and
    Nigeria's 1976 demand for Yakubu Gowon's extradition: two English texts and one other; the
    Thai junta's 2014 warning to foreign attachés about exiled anti-coup leaders and Pierre
    Mulele lured from Brazzaville in 1968: one English text and two others), and a "same
    person, different event" trap: Gowon declared wanted with his extradition refused by
    Britain (TNR, 1976) and his homecoming after Shagari's pardon (a look-alike, 1983)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh230",
        states="CD CM KP NG TD TH",
        count=6,
        sibling=(
            "tnr-fresh225",
            "tnr-fresh226",
            "tnr-fresh227",
            "tnr-fresh228",
            "tnr-fresh229",
            "tnr-fresh231",
            "tnr-fresh232",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(("ng-gowon-extradition-demand-1976", "lk-ng-gowon-homecoming-1983"),),
    )


def test_tnr_fresh233_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh233: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1987-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (China, Iran, Azerbaijan, Kyrgyzstan, Guatemala, Honduras; the reserve El Salvador was not
    used), two to five TNR texts a state (Azerbaijan and Honduras two each, their exile events
    being mostly told in other splits), 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh234 to
    tnr-fresh240 were written beside it, blind), eighteen stories, ten of them TNR: fourteen
    told twice (one English text and one in another language) and four told three times (Zoom's
    closure of Zhou Fengsuo's account after his Tiananmen commemoration in 2020 and Guatemala's
    arrest warrant for the exiled journalist Juan Luis Font in 2024: two English texts and one
    Chinese; the killing in Hamburg of Rafsanjani's former pilot Ali Akbar Mohammadi in 1987 and
    Russia's detention of Gairatbek Saliev for extradition to Kyrgyzstan in 2012-2013: one
    English text and two others), and two "same person, different event" traps: the former
    ombudsman Jordán Rodas leaving Guatemala at the end of his term (a look-alike, 2022) and
    losing his amparo against an arrest warrant in exile (TNR, 2024); Bakhtier Mamashev and
    Makhamadillo Kadirzhanov, named in the 2013 appeal against their extradition and in the 2014
    Strasbourg ruling barring it (both TNR)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh233",
        states="AZ CN GT HN IR KG",
        count=6,
        sibling=(
            "tnr-fresh234",
            "tnr-fresh235",
            "tnr-fresh236",
            "tnr-fresh237",
            "tnr-fresh238",
            "tnr-fresh239",
            "tnr-fresh240",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("gt-jordan-rodas-amparo-2024", "lk-gt-jordan-rodas-leaves-2022"),
            ("kg-saliev-extradition-appeal-2013", "kg-kadirzhanov-mamashev-echr-2014"),
        ),
    )


def test_tnr_fresh237_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh237: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1971-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (India, Pakistan, Bangladesh, Sri Lanka, Afghanistan, the Maldives; the reserve Nepal was
    not needed), three to five TNR texts a state, 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh233
    to tnr-fresh236 and tnr-fresh238 to tnr-fresh240 were written beside it, blind), eighteen
    stories, ten of them TNR: fourteen told twice (one English text and one in another
    language) and four told three times (Kabul's hit squad sent after Babrak Karmal in
    Czechoslovakia in 1978-79 and India's return of the fugitive Maldivian ex-vice-president
    Ahmed Adeeb from a tugboat in 2019: two English texts and one other; Sri Lanka's bid to
    extradite Prabhakaran and Uma Maheswaran after the 1982 Madras gunfight and Avtar Singh
    Khanda's account of Indian police threats to his Punjab family: one English text and two
    others), and three "same person, different event" traps: Sajeeb Wazed Joy, sentenced in
    absentia in Dhaka (TNR, 2025) and the subject of FBI records bought by a BNP figure's son in
    the US (a look-alike, 2015); Adeeb, returned from Indian waters (TNR, 2019) and jailed at
    home over the speedboat blast (a look-alike, 2016); Karmal, recalled with the other Parcham
    envoys and hunted by a hit squad (two TNR groups, 1978)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh237",
        states="AF BD IN LK MV PK",
        count=6,
        sibling=(
            "tnr-fresh233",
            "tnr-fresh234",
            "tnr-fresh235",
            "tnr-fresh236",
            "tnr-fresh238",
            "tnr-fresh239",
            "tnr-fresh240",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("bd-joy-absentia-sentence-2025", "lk-bd-rizvi-fbi-bribery-2015"),
            ("mv-adeeb-tugboat-return-2019", "lk-mv-adeeb-blast-sentence-2016"),
            ("af-parcham-envoys-recalled-1978", "af-karmal-hit-squad-1978"),
        ),
    )


def test_tnr_fresh234_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh234: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1929-2019, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Russia, with the Soviet Union coded RU, Egypt, Turkmenistan, Kazakhstan, Venezuela and
    Gabon; the reserve Bolivia was not used), two to five TNR texts a state, 20 English texts
    and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh233 and tnr-fresh235 to tnr-fresh240 were written beside it,
    blind), eighteen stories, ten of them TNR: fourteen told twice (one English text and one in
    another language) and four told three times (Trotsky's killing in Coyoacán in 1940 and the
    military-prosecution case against the novelist Alaa al-Aswany in 2019: two English texts
    and one other; the threats to the Gabonese editor Jonas Moulenda in Cameroon in 2015 and
    the beating of the Turkmen exile Avdy Kuliev near Moscow in 2003: one English text and two
    others), and three "same person, different event" traps: Trotsky, killed in Mexico (TNR,
    1940) and deported from the USSR (a look-alike, 1929); Kuliev, beaten near Moscow (TNR,
    2003) and held on arrival in Ashgabat (a look-alike, 1998); Carlos Andrés Pérez, whose
    extradition from the United States Venezuela was cleared to seek (TNR, 2010) and who was
    convicted at home (a look-alike, 1996)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh234",
        states="EG GA KZ RU TM VE",
        count=6,
        sibling=(
            "tnr-fresh233",
            "tnr-fresh235",
            "tnr-fresh236",
            "tnr-fresh237",
            "tnr-fresh238",
            "tnr-fresh239",
            "tnr-fresh240",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ru-trotsky-coyoacan-1940", "lk-ru-trotsky-expelled-1929"),
            ("tm-kuliev-khimki-beating-2003", "lk-tm-kuliev-ashgabat-airport-1998"),
            ("ve-perez-extradition-cleared-2010", "lk-ve-perez-embezzlement-conviction-1996"),
        ),
    )


def test_tnr_fresh239_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh239: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1961-2023, 24 TNR and 16 look-alikes, six origin states (Syria, Iraq, Libya, Algeria,
    Morocco, Tunisia: all six given to this writer; the reserve Jordan was not needed), three
    to five TNR texts a state, 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh233 to tnr-fresh238 and
    tnr-fresh240 were written beside it, blind), eighteen stories, ten of them TNR: fourteen
    told twice (one English text and one in another language) and four told three times (the
    shooting of Salah Ben Youssef in Frankfurt in 1961 and Louay Hussein's sentence in absentia
    in 2017: two English texts and one other; Algeria's request to Thailand for the return of
    Abdelkader Tigha in 2001 and the Pegasus links sent to the lawyer Abdessadak El
    Bouchattaoui: one English text and two others), and three "same person, different event"
    traps: Rached Ghannouchi, sentenced in absentia in London exile (TNR, 1992) and in absentia
    while jailed in Tunisia (a look-alike, 2023); Musa Kusa, expelled from London for backing
    the killing of exiles (TNR, 1980) and let go by Britain as a defector (a look-alike, 2011);
    Abdelkader Tigha, whose repatriation Algeria sought from Thailand (TNR, 2001) and whom
    France arrested for transfer to the Netherlands (a look-alike, 2007)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh239",
        states="DZ IQ LY MA SY TN",
        count=6,
        sibling=(
            "tnr-fresh233",
            "tnr-fresh234",
            "tnr-fresh235",
            "tnr-fresh236",
            "tnr-fresh237",
            "tnr-fresh238",
            "tnr-fresh240",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("tn-ghannouchi-absentia-life-1992", "lk-tn-ghannouchi-absentia-2023"),
            ("ly-kusa-london-expulsion-1980", "lk-ly-koussa-defection-2011"),
            ("dz-tigha-bangkok-repatriation-2001", "lk-dz-tigha-paris-arrest-2007"),
        ),
    )


def test_tnr_fresh236_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh236: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1992-2024, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Rwanda, Belarus, Uzbekistan, Eritrea, Nicaragua, Djibouti; the reserve Republic of the
    Congo was not used), two to five TNR texts a state, 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh233
    to tnr-fresh235 and tnr-fresh237 to tnr-fresh240 were written beside it, blind), eighteen
    stories, ten of them TNR: fourteen told twice (one English text and one in another
    language) and four told three times (the arrests of FRUD leaders' relatives in Djibouti and
    the Swiss inquiry into asylum interpreters close to Eritrea's regime in 2023: two English
    texts and one other; the kidnapping of Abdumannob Pulatov in Bishkek in 1992 and the police
    visit to the Belarus family of the New York-based journalist Aliaksandr Pazniak: one English
    text and two others), and two "same person, different event" traps: Pulatov, kidnapped in
    Bishkek (TNR, 1992) and returning to Tashkent at Karimov's invitation (a look-alike, 1996);
    Jean Bosco Gasasira, sentenced in absentia while exiled in Sweden (TNR, 2011) and his paper
    Umuvugizi suspended at home before he fled (a look-alike, 2010)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh236",
        states="BY DJ ER NI RW UZ",
        count=6,
        sibling=(
            "tnr-fresh233",
            "tnr-fresh234",
            "tnr-fresh235",
            "tnr-fresh237",
            "tnr-fresh238",
            "tnr-fresh239",
            "tnr-fresh240",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("uz-pulatov-bishkek-abduction-1992", "lk-uz-pulatov-return-tashkent-1996"),
            ("rw-gasasira-supreme-court-absentia-2011", "lk-rw-umuvugizi-suspension-2010"),
        ),
    )


def test_tnr_fresh238_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh238: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1988-2022, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Cambodia, Vietnam, North Korea, Myanmar, Indonesia, the Philippines; the reserve Taiwan was
    not used), two to five TNR texts a state (Vietnam two, as most Vietnamese cases found were
    already told), 20 English texts and four in each other language, a source for every text,
    no story group shared with another split (tnr-fresh233 to tnr-fresh237, tnr-fresh239 and
    tnr-fresh240 were written beside it, blind), eighteen stories, ten of them TNR: fourteen
    told twice (one English text and one in another language) and four told three times (Sam
    Rainsy's 2005 sentence in absentia and the North Korean video of Shin Dong-hyuk's father:
    two English texts and one other; the Philippine labour office's bid to have Taiwan deport
    the caregiver Elanel Ordidor and Jakarta's push for the return of 42 Papuan asylum seekers
    from Australia: one English text and two others), and two "same person, different event"
    traps: Sam Rainsy, sentenced in absentia while in France (TNR, 2005) and flying home after a
    royal pardon (a look-alike, 2006); Jose Maria Sison, whose passport Manila cancelled while he
    lectured in the Netherlands (TNR, 1988) and who died in Utrecht (a look-alike, 2022)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh238",
        states="ID KH KP MM PH VN",
        count=6,
        sibling=(
            "tnr-fresh233",
            "tnr-fresh234",
            "tnr-fresh235",
            "tnr-fresh236",
            "tnr-fresh237",
            "tnr-fresh239",
            "tnr-fresh240",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("kh-rainsy-defamation-absentia-2005", "lk-kh-rainsy-pardon-return-2006"),
            ("ph-sison-passport-cancelled-1988", "lk-ph-sison-dies-utrecht-2022"),
        ),
    )


def test_tnr_fresh240_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh240: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1970-2021, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Zimbabwe, Uganda, Burundi, DR Congo, Cameroon, Chad; the reserve Kenya was not needed),
    three to five TNR texts a state, 20 English texts and four in each other language, a source
    for every text, no story group shared with another split (tnr-fresh233 to tnr-fresh239 were
    written beside it, blind), eighteen stories, ten of them TNR: fourteen told twice (one
    English text and one in another language) and four told three times (the 1979 Rhodesian raid
    on Joshua Nkomo's Lusaka house and Amin's 1977 jailing of the defector Henry Kyemba's family:
    two English texts and one other; Saudi Arabia's 2017 seizure of the Chadian activist
    Souleymane Mahamat Obyeskemi after an embassy summons and the 2013 rendition of the
    Cameroonian exile Guérandi Mbara from a flight out of Sofia: one English text and two
    others), and two "same person, different event" traps, each kept as three groups: Nkomo
    (the Lusaka raid, TNR; his passport seized at Bulawayo in February 1983, a look-alike; his
    relatives held after he fled to London in March 1983, TNR) and Pierre-Claver Mbonimpa (shot
    at home in August 2015, a look-alike; his son-in-law and his son killed in Bujumbura while he
    was in Belgium, two TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh240",
        states="BI CD CM TD UG ZW",
        count=6,
        sibling=(
            "tnr-fresh233",
            "tnr-fresh234",
            "tnr-fresh235",
            "tnr-fresh236",
            "tnr-fresh237",
            "tnr-fresh238",
            "tnr-fresh239",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("zw-nkomo-lusaka-raid-1979", "lk-zw-nkomo-flight-passport-1983"),
            ("zw-nkomo-family-detained-1983", "lk-zw-nkomo-flight-passport-1983"),
            ("zw-nkomo-lusaka-raid-1979", "zw-nkomo-family-detained-1983"),
            ("bi-mbonimpa-son-killed-2015", "lk-bi-mbonimpa-shooting-2015"),
            ("bi-mbonimpa-son-in-law-killed-2015", "lk-bi-mbonimpa-shooting-2015"),
            ("bi-mbonimpa-son-killed-2015", "bi-mbonimpa-son-in-law-killed-2015"),
        ),
    )


def test_tnr_fresh235_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh235: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1951-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Turkey, Saudi Arabia, Laos, Thailand, Sudan, Sierra Leone; the reserve Zambia was not
    used), two to five TNR texts a state, 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh233, tnr-fresh234
    and tnr-fresh236 to tnr-fresh240 were written beside it, blind), eighteen stories, ten of
    them TNR: fourteen told twice (one English text and one in another language) and four told
    three times (Sierra Leone's push for the Dutch-based critic Adebayo's extradition and the
    hired stalker at Pavin Chachavalpongpun's Kyoto home: two English texts and one other;
    Nazım Hikmet stripped of Turkish citizenship and Osama bin Laden stripped of Saudi
    citizenship: one English text and two others), and two "same person, different event"
    traps: Hikmet denaturalised in exile (TNR, 1951) and his citizenship restored (a
    look-alike, 2009); the Hmong teenagers deported from Thailand to Laos (TNR, 2005) and their
    release and return to Thailand (a look-alike, 2007)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh235",
        states="LA SA SD SL TH TR",
        count=6,
        sibling=(
            "tnr-fresh233",
            "tnr-fresh234",
            "tnr-fresh236",
            "tnr-fresh237",
            "tnr-fresh238",
            "tnr-fresh239",
            "tnr-fresh240",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("tr-hikmet-denaturalised-1951", "lk-tr-hikmet-citizenship-restored-2009"),
            ("la-hmong-teens-deported-2005", "lk-la-hmong-girls-resurface-2007"),
        ),
    )


def test_tnr_fresh248_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh248: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1973-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (North Korea, Uganda, Cameroon, Zimbabwe, Croatia, Niger; the reserve North Macedonia was
    not needed), two to five TNR texts a state, 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh241
    to tnr-fresh247 were written beside it, blind), eighteen stories, ten of them TNR: fourteen
    told twice (one English text and one in another language) and four told three times (the
    1973 attempt on the Croatian exile Gojko Bošnjak in Karlsruhe and the 1984 kidnapping of the
    Ugandan refugee Erusani Kizza in Kenya: two English texts and one other; the seven North
    Korean refugees Russia handed to China, which sent them home, in 1999-2000, and Cameroon's
    2025 threat to have embassy protesters in Belgium and France extradited: one English text
    and two others), and two "same person, different event" traps: Hama Amadou (Niger's 2009
    international warrants for him and Mahamadou Issoufou abroad, and the 2014 warrant after
    his flight to France, two TNR groups) and Herbert Chitepo (his 1975 killing in Lusaka,
    TNR; Zambia's own detention of ZANU members after it, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh248",
        states="CM HR KP NE UG ZW",
        count=6,
        sibling=(
            "tnr-fresh241",
            "tnr-fresh242",
            "tnr-fresh243",
            "tnr-fresh244",
            "tnr-fresh245",
            "tnr-fresh246",
            "tnr-fresh247",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ne-issoufou-amadou-warrants-2009", "ne-hama-amadou-flight-warrant-2014"),
            ("zw-chitepo-car-bomb-lusaka-1975", "lk-zw-zambia-zanu-detentions-1975"),
        ),
    )


def test_tnr_fresh245_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh245: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1971-2023, 24 TNR and 16 look-alikes, five origin states (India, Pakistan, Uzbekistan,
    Azerbaijan, Malawi) of the six given to this writer: no unused Liberian TNR event was found,
    so Liberia appears only in look-alikes, and the reserve Armenia failed too (its cases found
    are already told); two to five TNR texts a state, 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh241
    to tnr-fresh244 and tnr-fresh246 to tnr-fresh248 were written beside it, blind), eighteen
    stories, ten of them TNR: fourteen told twice (one English text and one in another
    language) and four told three times (the 1979 letter bomb that crippled Attati Mpakati's
    hands and the 2002 robbery case against the US-based editor Shaheen Sehbai and arrests of
    his relatives: two English texts and one other; Russia's 2006 expulsion of Rustam Muminov
    to Uzbekistan and India's leaked 2023 memo against Sikh diaspora groups: one English text
    and two others), and a "same person, different event" trap: Chakufwa Chihana, abducted
    from Kenya and held without trial (TNR, 1971) and freed after his second imprisonment (a
    look-alike, 1993)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh245",
        states="AZ IN MW PK UZ",
        count=5,
        sibling=(
            "tnr-fresh241",
            "tnr-fresh242",
            "tnr-fresh243",
            "tnr-fresh244",
            "tnr-fresh246",
            "tnr-fresh247",
            "tnr-fresh248",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(("mw-chihana-kenya-abduction-1971", "lk-mw-chihana-freed-1993"),),
    )


def test_tnr_fresh242_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh242: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1926-2025, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Iran, Turkey, Cuba, Egypt, Poland, Italy; the reserve Spain was not used), two to five TNR
    texts a state, 20 English texts and four in each other language, a source for every text,
    no story group shared with another split (tnr-fresh241 and tnr-fresh243 to tnr-fresh248
    were written beside it, blind), seventeen stories, nine of them TNR (the search budget ran
    out after ten look-ups, so fewer than the ten aimed at): eleven told twice (one English
    text and one in another language) and six told three times (Ali Akbar Ghorbani kidnapped
    in Istanbul and killed, Yılmaz Güney stripped of Turkish citizenship and Ricciotti
    Garibaldi exposed as a Fascist agent among exiles: one English text and two others;
    Romuald Spasowski's death sentence in absentia, Celia Cruz barred from Cuba and Yasser
    al-Sirri's death sentence in absentia: two English texts and one other), and "same person,
    different event" traps: Spasowski sentenced to death (TNR, 1982) and his asylum request
    (a look-alike, 1981); Marek Hłasko refused a passport extension in West Berlin (TNR) and
    his passport withdrawn at home (a look-alike, both 1958); Cruz barred from her mother's
    funeral (TNR, 1962), her Miami funeral (2003) and her centenary Mass in Havana (2025, both
    look-alikes); Güney denaturalised (TNR, 1983) and a retrial bid for his murder conviction
    (a look-alike, 2023); al-Sirri's sentence (TNR, 1994), Egypt's extradition request (TNR,
    2001) and Britain's own expulsion plan (a look-alike, 2005)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh242",
        states="CU EG IR IT PL TR",
        count=6,
        sibling=(
            "tnr-fresh241",
            "tnr-fresh243",
            "tnr-fresh244",
            "tnr-fresh245",
            "tnr-fresh246",
            "tnr-fresh247",
            "tnr-fresh248",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            ("pl-spasowski-death-sentence-1982", "lk-pl-spasowski-asylum-1981"),
            ("pl-hlasko-passport-refused-berlin-1958", "lk-pl-hlasko-passport-withdrawn-1958"),
            ("cu-celia-cruz-barred-1962", "lk-cu-celia-cruz-miami-funeral-2003"),
            ("cu-celia-cruz-barred-1962", "lk-cu-celia-cruz-centenary-mass-2025"),
            ("tr-guney-denaturalised-1983", "lk-tr-guney-retrial-bid-2023"),
            ("eg-sirri-death-sentence-1994", "eg-sirri-extradition-request-2001"),
            ("eg-sirri-death-sentence-1994", "lk-eg-sirri-expulsion-plan-2005"),
        ),
    )


def test_tnr_fresh246_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh246: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1970-2024, 24 TNR and 16 look-alikes, the six origin states given to this writer alone
    (Cambodia, Angola, Fiji, Thailand, Vietnam, Laos; the reserve South Korea was not used),
    three to five TNR texts a state, 20 English texts and four in each other language, a source
    for every text, no story group shared with another split (tnr-fresh241 to tnr-fresh245,
    tnr-fresh247 and tnr-fresh248 were written beside it, blind), eighteen stories, ten of them
    TNR: fourteen told twice (one English text and one in another language) and four told three
    times (the Angolan YouTubers beaten in Brasília by President Lourenço's security chief and
    the Hmong refugee Ka Pao Lor hunted at Huay Nam Khao from a Lao blacklist: two English texts
    and one other; Sihanouk's 1970 death sentence in absentia and the rights groups' 2023 letter
    to the UN refugee chief over bloggers taken from Thailand: one English text and two others),
    and two "same person, different event" traps: Prince Norodom Sirivudh freed from custody
    into exile (a look-alike, 1995) and sentenced in absentia (TNR, 1996); Ratu Tevita Mara
    given a post and an island by Tonga's king (a look-alike, 2013) and Fiji's border alert
    against him (TNR, 2023)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh246",
        states="AO FJ KH LA TH VN",
        count=6,
        sibling=(
            "tnr-fresh241",
            "tnr-fresh242",
            "tnr-fresh243",
            "tnr-fresh244",
            "tnr-fresh245",
            "tnr-fresh247",
            "tnr-fresh248",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("kh-sirivudh-absentia-sentence-1996", "lk-kh-sirivudh-exile-deal-1995"),
            ("fj-mara-border-alert-2023", "lk-fj-mara-tonga-island-2013"),
        ),
    )


def test_tnr_fresh241_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh241: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1876-2022, 24 TNR and 16 look-alikes, five of the six origin states given to this writer
    alone (China, Russia, Mexico, Bahrain, Haiti; Ethiopia was dropped and the reserve Yemen
    could not replace it, as the shared search budget ran out after eleven look-ups before any
    Ethiopian or Yemeni event new to the corpus had a source), four or five TNR texts a state,
    20 English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh242 to tnr-fresh248 were written beside it, blind),
    eighteen stories, ten of them TNR: fourteen told twice (one English text and one in another
    language) and four told three times (Angela Gui's Stockholm meeting and Librado Rivera's
    arrest in St. Louis: two English texts and one other; the OGPU's abduction of General
    Kutepov in Paris and the Bahraini appeal ruling on the exiles' in-absentia terms: one
    English text and two others), and two "same person, different event" traps: Leonid Nevzlin,
    sentenced to life in absentia while in Israel (TNR, 2008) and renouncing his Russian
    citizenship (a look-alike, 2022); Gui Minhai, the detained father used as leverage against
    his daughter in Stockholm (TNR, 2019) and seized on a Beijing-bound train inside China (a
    look-alike, 2018)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh241",
        states="BH CN HT MX RU",
        count=5,
        sibling=(
            "tnr-fresh242",
            "tnr-fresh243",
            "tnr-fresh244",
            "tnr-fresh245",
            "tnr-fresh246",
            "tnr-fresh247",
            "tnr-fresh248",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ru-nevzlin-life-sentence-absentia-2008", "lk-ru-nevzlin-renounces-citizenship-2022"),
            ("cn-gui-daughter-stockholm-meeting-2019", "lk-cn-gui-minhai-train-seizure-2018"),
        ),
    )


def test_tnr_fresh247_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh247: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1999-2021, 24 TNR and 16 look-alikes, five origin states, not six (Algeria,
    Guinea-Bissau, Libya, Madagascar, Syria; Sudan, given to this writer, is in look-alikes
    only, because every Sudanese TNR event found was already told elsewhere when the shared
    search budget ran out, and the reserve Mauritania had no event either; for the same reason
    Guinea-Bissau has eight TNR texts and Madagascar seven, over the brief's five), 20 English
    texts and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh241 to tnr-fresh246 and tnr-fresh248 were written beside it,
    blind), seventeen stories, nine of them TNR: eleven told twice (one English text and one in
    another language) and six told three times (Bissau's 2012 extradition request for Carlos
    Gomes Júnior, Turkey's 2020 handover of Guermit Bounouira and Libyan exiles recalling
    Gaddafi's hit men: two English texts and one other; Madagascar closing Toamasina airport to
    Pierrot Rajaonarivelo, Bissau's 1999 extradition request for Nino Vieira and Syrian
    relatives of activists in the US questioned: one English text and two others), and three
    "same person, different event" traps: Didier Ratsiraka (two 2003 sentences in absentia, TNR;
    his 2013 return, a look-alike), Gomes Júnior (the warrant lifted at home in 2007, a
    look-alike; the 2012 extradition request and the later warning of arrest on return, TNR)
    and Vieira (the 1999 extradition request, TNR; his 2005 return, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh247",
        states="DZ GW LY MG SY",
        count=5,
        sibling=(
            "tnr-fresh241",
            "tnr-fresh242",
            "tnr-fresh243",
            "tnr-fresh244",
            "tnr-fresh245",
            "tnr-fresh246",
            "tnr-fresh248",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            ("mg-ratsiraka-absentia-sentence-2003", "lk-mg-ratsiraka-returns-2013"),
            ("mg-ratsiraka-secession-sentence-2003", "lk-mg-ratsiraka-returns-2013"),
            ("mg-ratsiraka-absentia-sentence-2003", "mg-ratsiraka-secession-sentence-2003"),
            ("gw-gomes-junior-extradition-request-2012", "lk-gw-gomes-junior-warrant-lifted-2007"),
            ("gw-gomes-junior-return-warning", "lk-gw-gomes-junior-warrant-lifted-2007"),
            ("gw-gomes-junior-extradition-request-2012", "gw-gomes-junior-return-warning"),
            ("gw-vieira-extradition-request-1999", "lk-gw-vieira-returns-2005"),
        ),
    )


def test_tnr_fresh249_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh249: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1998-2025, 24 TNR and 16 look-alikes, six origin states (China, El Salvador, Guatemala,
    Kyrgyzstan, Tajikistan, Yemen; the reserve Zambia was not needed), 20 English texts and four
    in each other language, a source for every text, no story group shared with another split
    (tnr-fresh250 to tnr-fresh256 were written beside it, blind), eighteen stories, ten of them
    TNR: fourteen told twice (one English text and one in another language) and four told three
    times (Yusufjan Amet's account of spying on Uyghurs abroad and Diego Rosa's arrest in
    Seville: two English texts and one other; Interpol's suspension of Guatemala's red notice
    for Carmen Rosa de León and Yemen's 1998 death sentences in absentia for al-Baid and
    al-Attas: one English text and two others), and three "same person, different event" traps:
    Amet (his 2019 account of being made an informant and the 2020 shooting in Istanbul, both
    TNR), Almazbek Atambayev (the 2025 sentence in absentia, TNR; his 2023 release on health
    grounds, a look-alike) and Ali Salim al-Baid (the 1998 sentence, TNR; Saleh's 2007 call to
    the exiles to come home, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh249",
        states="CN GT KG SV TJ YE",
        count=6,
        sibling=(
            "tnr-fresh250",
            "tnr-fresh251",
            "tnr-fresh252",
            "tnr-fresh253",
            "tnr-fresh254",
            "tnr-fresh255",
            "tnr-fresh256",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("cn-amet-spy-confession-2019", "cn-amet-istanbul-shooting-2020"),
            ("kg-atambayev-absentia-sentence-2025", "lk-kg-atambayev-released-2023"),
            ("ye-baid-attas-death-absentia-1998", "lk-ye-saleh-invites-exiles-2007"),
        ),
    )


def test_tnr_fresh250_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh250: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1922-2025, 24 TNR and 16 look-alikes, six origin states (Bolivia, Egypt, Spain, Mexico,
    Russia with the Soviet Union, Azerbaijan; the reserve Chile was not used), 20 English texts
    and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh249 and tnr-fresh251 to tnr-fresh256 were written beside it,
    blind), nineteen stories, eleven of them TNR: seventeen told twice (one English text and one
    in another language) and two told three times (the exiled General Lucio Blanco drowned in
    the Rio Grande in 1922: two English texts and one Chinese; Bolivia's 2009 bid to have the
    US extradite Manfred Reyes Villa: one English text, one Uyghur, one Russian), and three
    "same person, different event" traps: Carles Puigdemont (detained in Germany in 2018 and
    arrested in Sardinia in 2021 on Spain's warrants, TNR; his 2024 speech in Barcelona, a
    look-alike), Yusuf al-Qaradawi (Egypt's 2014 Interpol red notice and the 2015 death
    sentence in absentia, both TNR) and Reyes Villa (the 2009 extradition bid and the 2011
    Interpol listing, both TNR)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh250",
        states="AZ BO EG ES MX RU",
        count=6,
        sibling=(
            "tnr-fresh249",
            "tnr-fresh251",
            "tnr-fresh252",
            "tnr-fresh253",
            "tnr-fresh254",
            "tnr-fresh255",
            "tnr-fresh256",
        ),
        sizes={2: 17, 3: 2},
        largest=3,
        traps=(
            ("es-puigdemont-neumunster-2018", "es-puigdemont-alghero-2021"),
            ("es-puigdemont-neumunster-2018", "lk-es-puigdemont-barcelona-return-2024"),
            ("es-puigdemont-alghero-2021", "lk-es-puigdemont-barcelona-return-2024"),
            ("eg-qaradawi-red-notice-2014", "eg-qaradawi-death-sentence-absentia-2015"),
            ("bo-reyes-villa-extradition-bid-2009", "bo-reyes-villa-interpol-wanted-2011"),
        ),
    )


def test_tnr_fresh251_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh251: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1990-2025, 24 TNR and 16 look-alikes, six origin states (Armenia, Iran, Mauritania,
    Saudi Arabia, Senegal, Turkmenistan; the reserve South Korea was not needed), 20 English
    texts and four in each other language, a source for every text, no story group shared
    with another split (tnr-fresh249, tnr-fresh250 and tnr-fresh252 to tnr-fresh256 were
    written beside it, blind), nineteen stories, eleven of them TNR: seventeen told twice (one
    English text and one in another language) and two told three times (the 1990 killing of
    Cyrus Elahi in Paris: two English texts and a Persian one; Mauritania's December 2011
    warrant for Moustapha Ould Limam Chafi: one English text, a Turkish and a Chinese one),
    and three "same person, different event" traps: Elahi (the killing, and the US court's
    2000 damages ruling against Iran, both TNR), Chafi (the 2011 warrant, and Nouakchott's
    request that Senegal hand him over, both TNR) and Boubacar Séye (his 2021 arrest on landing
    in Dakar, and his 2024 call for a warrant against Macky Sall, both look-alikes)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh251",
        states="AM IR MR SA SN TM",
        count=6,
        sibling=(
            "tnr-fresh249",
            "tnr-fresh250",
            "tnr-fresh252",
            "tnr-fresh253",
            "tnr-fresh254",
            "tnr-fresh255",
            "tnr-fresh256",
        ),
        sizes={2: 17, 3: 2},
        largest=3,
        traps=(
            ("ir-elahi-paris-1990", "ir-elahi-damages-ruling-2000"),
            ("mr-chafi-warrant-2011", "mr-chafi-senegal-extradition-request-2012"),
            ("lk-sn-seye-airport-arrest-2021", "lk-sn-seye-macky-sall-warrant-call-2024"),
        ),
    )


def test_tnr_fresh252_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh252: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1995-2025, 24 TNR and 16 look-alikes, six origin states (Belarus, Ecuador, Nepal, Qatar,
    Rwanda, Turkey; the reserve, Taiwan, was not used), 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh249
    to tnr-fresh251 and tnr-fresh253 to tnr-fresh256 were written beside it, blind), eighteen
    stories, ten of them TNR: fourteen told twice (one English text and one in another
    language) and four told three times (Öcalan's capture in Nairobi and the raid on Sultan bin
    Suhaim's Doha palace: two English texts and one other; Panama's refusal of Interpol
    Ecuador's request to hold Abdalá Bucaram and Zuma's remark on Rwanda's warrants for
    Karegeya and Nyamwasa: one English text and two others), and three "same person, different
    event" traps: Bucaram (the 2005 Interpol request and Panama's warning to stop commenting,
    TNR; his 2017 departure from Panama, a look-alike), Dilek Dündar (her passport seized in
    2016, TNR; her 2019 reunion in Germany, a look-alike) and Gyanendra (the 2002 list of
    wanted Maoists handed to India, TNR; his first passport in 2009 and its cancellation in
    2025, look-alikes)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh252",
        states="BY EC NP QA RW TR",
        count=6,
        sibling=(
            "tnr-fresh249",
            "tnr-fresh250",
            "tnr-fresh251",
            "tnr-fresh253",
            "tnr-fresh254",
            "tnr-fresh255",
            "tnr-fresh256",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ec-bucaram-interpol-panama-2005", "lk-ec-bucaram-leaves-panama-2017"),
            ("ec-bucaram-panama-silence-warning", "lk-ec-bucaram-leaves-panama-2017"),
            ("ec-bucaram-interpol-panama-2005", "ec-bucaram-panama-silence-warning"),
            ("tr-dilek-dundar-passport-seized-2016", "lk-tr-dilek-dundar-reunion-2019"),
            ("np-maoist-list-india-2002", "lk-np-gyanendra-first-passport-2009"),
            ("np-maoist-list-india-2002", "lk-np-gyanendra-passport-cancelled-2025"),
            ("lk-np-gyanendra-first-passport-2009", "lk-np-gyanendra-passport-cancelled-2025"),
        ),
    )


def test_tnr_fresh253_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh253: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1982-2024, 24 TNR and 16 look-alikes, five origin states, not six (Georgia, India,
    Kenya, Pakistan and the reserve Singapore; Bangladesh and Jordan, given to this writer, are
    in look-alikes only, because every Bangladeshi and Jordanian TNR event found was already
    told elsewhere, and the reserve could replace only one of them; for the same reason India
    has nine TNR texts and Georgia six, over the brief's five), 20 English texts and four in
    each other language, a source for every text, no story group shared with another split
    (tnr-fresh249 to tnr-fresh252 and tnr-fresh254 to tnr-fresh256 were written beside it,
    blind), eighteen stories, ten of them TNR: fourteen told twice (one English text and one in
    another language) and four told three times (Talwinder Singh Parmar's 1983 arrest in West
    Germany and Tanzania's 1983 handover of Hezekiah Ochuka: two English texts and one other;
    Singapore revoking Tan Wah Piow's citizenship and the Gohir Khan verdict on the plot to
    kill Ahmad Waqass Goraya: one English text and two others), and three "same person,
    different event" traps: Mikheil Saakashvili (Interpol's 2015 refusal and two 2018 sentences
    in absentia, TNR; Ukraine deporting him to Poland in 2018, a look-alike), Parmar (India's
    1982 request to Canada and the 1983 arrest in West Germany, both TNR) and Tan Wah Piow (the
    1987 revocation, TNR; his 2017 bid to quash his old conviction, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh253",
        states="GE IN KE PK SG",
        count=5,
        sibling=(
            "tnr-fresh249",
            "tnr-fresh250",
            "tnr-fresh251",
            "tnr-fresh252",
            "tnr-fresh254",
            "tnr-fresh255",
            "tnr-fresh256",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ge-saakashvili-girgvliani-sentence-2018", "lk-ge-saakashvili-to-poland-2018"),
            ("ge-saakashvili-gelashvili-sentence-2018", "lk-ge-saakashvili-to-poland-2018"),
            ("ge-saakashvili-interpol-refusal-2015", "lk-ge-saakashvili-to-poland-2018"),
            ("in-parmar-extradition-request-1982", "in-parmar-west-germany-arrest-1983"),
            ("sg-tan-wah-piow-citizenship-revoked-1987", "lk-sg-tan-wah-piow-quash-bid-2017"),
        ),
    )


def test_tnr_fresh254_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh254: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2007-2024, 24 TNR and 16 look-alikes, six origin states (Cambodia, Malaysia, the
    Maldives, Sri Lanka, Thailand, Vietnam; the reserve, the Philippines, was not used), two
    to five TNR texts a state, 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh249 to tnr-fresh253,
    tnr-fresh255 and tnr-fresh256 were written beside it, blind), eighteen stories, ten of
    them TNR: fourteen told twice (one English text and one in another language) and four
    told three times (the Maldives cancelling the exiled opposition leaders' passports and
    Thailand's request to Cambodia for Ekkapob Luara: two English texts and one other; the
    beating of Phorn Phanna in Rayong and Nguyen Thi Bich Hanh's refused entry at Tan Son
    Nhat: one English text and two others), and a "same person, different event" trap kept as
    three groups: Mohamed Nasheed (the 2016 passport cancellation and the 2017 envoy's threat
    to have him returned from Sri Lanka, TNR; the 2012 arrest order at home, a
    look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh254",
        states="KH LK MV MY TH VN",
        count=6,
        sibling=(
            "tnr-fresh249",
            "tnr-fresh250",
            "tnr-fresh251",
            "tnr-fresh252",
            "tnr-fresh253",
            "tnr-fresh255",
            "tnr-fresh256",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("mv-exiles-passports-revoked-2016", "lk-mv-nasheed-arrest-order-2012"),
            ("mv-nasheed-colombo-envoy-2017", "lk-mv-nasheed-arrest-order-2012"),
            ("mv-exiles-passports-revoked-2016", "mv-nasheed-colombo-envoy-2017"),
        ),
    )


def test_tnr_fresh255_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh255: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1991-2024, 24 TNR and 16 look-alikes, five origin states, not six (Iraq, Lebanon,
    Morocco, Syria, Tunisia; the United Arab Emirates, given to this writer, is in one
    look-alike only, because every Emirati TNR event found was already told elsewhere, and the
    reserve Oman had no new TNR event either), 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh249
    to tnr-fresh254 and tnr-fresh256 were written beside it, blind), eighteen stories, ten of
    them TNR: fourteen told twice (one English text and one in another language) and four told
    three times (Mohamed Ali Harrath held in Johannesburg on Tunisia's red notice and Syria
    Direct's investigation of informants among Syrian refugees in Germany: two English texts
    and one other; the Kamel brothers killed after returning from Jordan and the Lebanese
    military court's in-absentia sentence on three Lebanese who fled to Israel: one English
    text and two others), and four "same person, different event" traps: Abraham Serfaty
    (expelled from Morocco in 1991, a look-alike; still barred from returning in 1996 and kept
    in exile by the 1998 Supreme Court ruling, TNR), Kamel Jendoubi (refused a passport in
    exile, TNR; his 2011 return, a look-alike), Hussein and Saddam Kamel (the 1995 extradition
    request and threats, and the 1996 killing, both TNR) and Amer Fakhoury (sentenced in
    absentia in 1998, TNR; his 2019 return to Beirut, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh255",
        states="IQ LB MA SY TN",
        count=5,
        sibling=(
            "tnr-fresh249",
            "tnr-fresh250",
            "tnr-fresh251",
            "tnr-fresh252",
            "tnr-fresh253",
            "tnr-fresh254",
            "tnr-fresh256",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("lk-ma-serfaty-freed-and-expelled-1991", "ma-serfaty-return-ban-appeal-1996"),
            (
                "lk-ma-serfaty-freed-and-expelled-1991",
                "ma-serfaty-supreme-court-upholds-exile-1998",
            ),
            ("ma-serfaty-return-ban-appeal-1996", "ma-serfaty-supreme-court-upholds-exile-1998"),
            ("tn-jendoubi-passport-refused-2006", "lk-tn-jendoubi-returns-2011"),
            (
                "iq-kamel-brothers-extradition-request-1995",
                "iq-kamel-brothers-killed-after-return-1996",
            ),
            ("lb-fakhoury-absentia-sentence-1998", "lk-lb-fakhoury-returns-to-beirut-2019"),
        ),
    )


def test_tnr_fresh256_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh256: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2011 to 2024 or just after, 24 TNR and 16 look-alikes, six origin states (Burundi,
    Eritrea, Ethiopia, Somalia, South Sudan, Uganda; the reserve Togo was not used), 20 English
    texts and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh249 to tnr-fresh255 were written beside it, blind), sixteen
    stories, eight of them TNR (not the ten aimed at: most events of these states the search
    pages turned up were already told): the eight TNR stories told three times (Eritrean troops
    taking refugees from Hitsats and Shimelba, the Tigrayan officer forced onto a plane in Juba,
    the Kamanyola shooting of Burundian refugees and Besigye's suit against Kenya: two English
    texts and one other; threats to Eritrean exiles' relatives, the kidnap warning to Michael
    Mabior in Nairobi, the stabbing of Boaz Ntaconayigize in Kampala and Kenya's handover of
    Abdi Nur Siyad: one English text and two others) and the eight look-alikes twice, and one
    "same person, different event" trap: Kizza Besigye, suing Kenya over his handover to
    Ugandan agents (TNR) and detained at home with Amama Mbabazi in July 2015 (a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh256",
        states="BI ER ET SO SS UG",
        count=6,
        sibling=(
            "tnr-fresh249",
            "tnr-fresh250",
            "tnr-fresh251",
            "tnr-fresh252",
            "tnr-fresh253",
            "tnr-fresh254",
            "tnr-fresh255",
        ),
        sizes={2: 8, 3: 8},
        largest=3,
        traps=(("ug-besigye-lutale-sue-kenya", "lk-ug-besigye-mbabazi-detained-2015"),),
    )


def test_tnr_fresh257_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh257: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2003 to 2025, 24 TNR and 16 look-alikes, six origin states (China, Cuba, Nicaragua,
    Turkmenistan, Uzbekistan, Zambia; the reserve Honduras was not used), 20 English texts and
    four in each other language, a source for every text, no story group shared with another
    split (tnr-fresh258 to tnr-fresh264 were written beside it, blind), seventeen stories, nine
    of them TNR (not the ten aimed at: the further Nicaraguan, Cuban and Zambian events found
    were already told, and China was capped at five texts): six told three times (Xinjiang
    police calling Qelbinur Sedik through her sister, the 2010 hack of chrono-tm.org with a
    threat to Farid Tukhbatullin, the hack that closed Uznews.net, Nicaragua refusing Lesther
    Aleman's papers, Cuba's wanted list sent to Interpol and Zimbabwe handing Chishimba
    Kambwili to Zambia) and eleven twice, and four "same person, different event" traps:
    Qelbinur Sedik (the 2021 call and the 2020 videos forced from her ex-husband, both TNR),
    Galima Bukharbaeva (charged in 2005 after fleeing, and her email hacked in 2014, both TNR),
    Lesther Aleman (papers refused in exile, TNR; detained in Managua in 2021, a look-alike) and
    Chishimba Kambwili (deported from Zimbabwe in 2024, TNR; arrested in Lusaka in 2018, a
    look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh257",
        states="CN CU NI TM UZ ZM",
        count=6,
        sibling=(
            "tnr-fresh258",
            "tnr-fresh259",
            "tnr-fresh260",
            "tnr-fresh261",
            "tnr-fresh262",
            "tnr-fresh263",
            "tnr-fresh264",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            ("cn-qelbinur-sidik-police-call-2021", "cn-qelbinur-sidik-ex-husband-videos-2020"),
            ("uz-bukharbaeva-charged-after-andijan-2005", "uz-uznews-editor-email-hack-2014"),
            ("ni-aleman-documents-refused-2024", "lk-ni-aleman-detained-managua-2021"),
            ("zm-kambwili-deported-from-zimbabwe-2024", "lk-zm-kambwili-arrested-lusaka-2018"),
        ),
    )


def test_tnr_fresh258_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh258: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2006 to 2025, 24 TNR and 16 look-alikes, six origin states (Haiti, Kazakhstan, Russia,
    Sierra Leone, Tajikistan, Venezuela; the reserve Bolivia was not used), 20 English texts and
    four in each other language, a source for every text, no story group shared with another
    split (tnr-fresh257 and tnr-fresh259 to tnr-fresh264 were written beside it, blind),
    eighteen stories, ten of them TNR: four told three times (Browder's sentence in absentia and
    the Haitian police warrants for three commentators in North America: two English texts and
    one other; Valiev's detention in Chisinau and Maduro's extradition request for Dinorah
    Figuera: one English text and two others) and fourteen twice (Ashurkov's warrant, the
    in-absentia sentences of Aliyev and Musaev, the Carvajal treason warrant, Haiti's request
    for Youri Chevry, the threats to the exiled Africanist Press journalists and the eight
    look-alikes), and one "same person, different event" trap: Dinorah Figuera, sheltering in
    the French embassy in Caracas in 2018 (a look-alike) and the subject of Maduro's extradition
    request to Spain in December 2024 (TNR)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh258",
        states="HT KZ RU SL TJ VE",
        count=6,
        sibling=(
            "tnr-fresh257",
            "tnr-fresh259",
            "tnr-fresh260",
            "tnr-fresh261",
            "tnr-fresh262",
            "tnr-fresh263",
            "tnr-fresh264",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(("ve-figuera-extradition-demand-2024", "lk-ve-figuera-french-embassy-2018"),),
    )


def test_tnr_fresh259_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh259: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1976 to 2025, 24 TNR and 16 look-alikes, six origin states (Algeria, Iran, Iraq, South
    Korea, Yemen and the reserve Taiwan, used because every Libyan TNR event found was already
    told elsewhere; Libya is in two look-alikes only), 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh257,
    tnr-fresh258 and tnr-fresh260 to tnr-fresh264 were written beside it, blind), seventeen
    stories, nine of them TNR (not the ten aimed at): six told three times (Tataloo's handover
    at Bazargan, the Senate report on the KCIA and Tebboune's "Sektouhoum" order: two English
    texts and one other; Issawi's in-absentia sentence, the Houthi death sentences on eleven
    MPs and Chen Jen-ran's arrest: one English text and two others) and eleven twice, and one
    "same person, different event" trap kept as three groups: Amir Tataloo detained in
    Istanbul at Iran's request in 2020 (TNR), handed over at Bazargan in 2023 (TNR) and
    sentenced to death at home in 2025 (a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh259",
        states="DZ IQ IR KR TW YE",
        count=6,
        sibling=(
            "tnr-fresh257",
            "tnr-fresh258",
            "tnr-fresh260",
            "tnr-fresh261",
            "tnr-fresh262",
            "tnr-fresh263",
            "tnr-fresh264",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            ("ir-tataloo-istanbul-detention-2020", "ir-tataloo-bazargan-handover-2023"),
            ("ir-tataloo-bazargan-handover-2023", "lk-ir-tataloo-death-sentence-2025"),
            ("ir-tataloo-istanbul-detention-2020", "lk-ir-tataloo-death-sentence-2025"),
        ),
    )


def test_tnr_fresh260_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh260: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1976 to 2022, 24 TNR and 16 look-alikes, six origin states (Argentina, Armenia,
    Azerbaijan, Paraguay, Turkey, Uruguay; the reserve Brazil was not used), 20 English texts
    and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh257 to tnr-fresh259 and tnr-fresh261 to tnr-fresh264 were written
    beside it, blind), eighteen stories, ten of them TNR: fourteen told twice (one English text
    and one in another language) and four told three times (Emin Milli threatened by Azerbaijan's
    sport minister and Norberto Habegger seized in Rio: two English texts and one other; Sara
    Méndez seized in Buenos Aires and Domingo Laíno turned back at Asunción: one English text
    and two others), and three "same person, different event" traps: Mikael Minasyan (the 2019
    Rome offer of immunity for silence and the 2020 arrest warrant, both TNR), Emin Milli (the
    minister's threat, TNR; the travel ban on Meydan TV contributors at home, a look-alike) and
    José Gavazzo (leading the 1976 seizure of Sara Méndez, TNR; sentenced at home in 2009, a
    look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh260",
        states="AM AR AZ PY TR UY",
        count=6,
        sibling=(
            "tnr-fresh257",
            "tnr-fresh258",
            "tnr-fresh259",
            "tnr-fresh261",
            "tnr-fresh262",
            "tnr-fresh263",
            "tnr-fresh264",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("am-minasyan-rome-offer-2019", "am-minasyan-arrest-warrant-2020"),
            ("az-milli-minister-threat-2015", "lk-az-meydan-contributors-travel-ban-2015"),
            ("uy-mendez-riquelo-1976", "lk-uy-gavazzo-sentenced-2009"),
        ),
    )


def test_tnr_fresh261_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh261: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1986 to 2024, 24 TNR and 16 look-alikes, six origin states (Egypt, Lebanon, Morocco,
    Saudi Arabia, Sudan, Tunisia; the reserve Lebanon replaces Syria, given to this writer, for
    which no untold TNR event turned up within the look-up budget: Syria is in two look-alikes
    only), 20 English texts and four in each other language, a source for every text, no story
    group shared with another split (tnr-fresh257 to tnr-fresh260 and tnr-fresh262 to
    tnr-fresh264 were written beside it, blind), eighteen stories, ten of them TNR: fourteen
    told twice (one English text and one in another language) and four told three times
    (Azerbaijan's 1998 handover of three Jihad members to Egypt and Egypt's expulsion of
    Darfur rebel leaders from Cairo in 2008: two English texts and one other; Mohamed Mzali's
    1986 sentence in absentia and the reported Saudi list of exiles for Interpol: one English
    text and two others), and one "same person, different event" trap: Mohamed Mzali, jailed
    in absentia in 1986 after fleeing to France and Switzerland (TNR) and allowed home in 2002
    after the verdict was quashed (a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh261",
        states="EG LB MA SA SD TN",
        count=6,
        sibling=(
            "tnr-fresh257",
            "tnr-fresh258",
            "tnr-fresh259",
            "tnr-fresh260",
            "tnr-fresh262",
            "tnr-fresh263",
            "tnr-fresh264",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(("tn-mzali-absentia-1986", "lk-tn-mzali-returns-2002"),),
    )


def test_tnr_fresh262_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh262: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2013 to 2025, 24 TNR and 16 look-alikes, five origin states (Afghanistan, Bangladesh,
    India, Pakistan, Sri Lanka; Nepal was dropped because every Nepali TNR event found was
    already told elsewhere, and the reserve Maldives had no new TNR event either, so it appears
    in one look-alike only), 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh257 to tnr-fresh261,
    tnr-fresh263 and tnr-fresh264 were written beside it, blind), sixteen stories, eight of
    them TNR (not the ten aimed at), each TNR story told three times (India's request that
    Nepal arrest Amritpal Singh, the 2018 Kandahar bombing that killed Aslam Baloch, the
    Attorney General's arrest order for Nishantha Silva and the sentence on Imteaz Ahmed
    Belal: two English texts and one other; the threats to Bangladeshi activists' families
    after protests in the US and Britain, the threats to Mirwais Jalalzai's family in Kabul,
    Sri Lanka's 2019 extradition bid for Nishantha Silva and the plan to pursue Sri Lankans
    abroad who could give evidence to a UN database: one English text and two others) and the
    eight look-alikes twice, and two "same person, different event" traps: Amritpal Singh
    (sought in Nepal at India's request, TNR; arrested at home in Moga, a look-alike) and
    Nishantha Silva (the 2019 extradition bid and the 2021 arrest order, both TNR)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh262",
        states="AF BD IN LK PK",
        count=5,
        sibling=(
            "tnr-fresh257",
            "tnr-fresh258",
            "tnr-fresh259",
            "tnr-fresh260",
            "tnr-fresh261",
            "tnr-fresh263",
            "tnr-fresh264",
        ),
        sizes={2: 8, 3: 8},
        largest=3,
        traps=(
            ("in-amritpal-nepal-arrest-request-2023", "lk-in-amritpal-arrest-moga-2023"),
            (
                "lka-nishantha-silva-extradition-bid-2019",
                "lka-nishantha-silva-arrest-order-2021",
            ),
        ),
    )


def test_tnr_fresh263_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh263: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1977 to 2021, 24 TNR and 16 look-alikes, six origin states (Cambodia, Indonesia,
    Myanmar, the Philippines, Thailand, Vietnam; the reserve, the Philippines, was used because
    every Lao TNR event the search pages turned up was already told, so Laos is in one
    look-alike only), 20 English texts and four in each other language, a source for every
    text, no story group shared with another split (tnr-fresh257 to tnr-fresh262 and
    tnr-fresh264 were written beside it, blind), seventeen stories, nine of them TNR: six told
    three times (Nguoi Buon Gio's Facebook account, the Sydney intelligence server and Prawit's
    thanks to Laos: two English texts and one other; Som Sovannara's relatives, Thuzar Wint
    Lwin's warrant and Aquino's killing at Manila airport: one English text and two others) and
    eleven twice, and one "same person, different event" trap: Thuzar Wint Lwin, named in a
    junta warrant while in the United States (TNR) and welcomed by the Chin community in
    Indianapolis (a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh263",
        states="ID KH MM PH TH VN",
        count=6,
        sibling=(
            "tnr-fresh257",
            "tnr-fresh258",
            "tnr-fresh259",
            "tnr-fresh260",
            "tnr-fresh261",
            "tnr-fresh262",
            "tnr-fresh264",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(("mm-thuzar-wint-lwin-warrant-2021", "lk-mm-thuzar-indianapolis-2021"),),
    )


def test_tnr_fresh264_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh264: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2007 to 2023 (four without a year in the text), 24 TNR and 16 look-alikes, six
    origin states (Cameroon, Eritrea, Kenya, Rwanda, Uganda, Zimbabwe: the reserve Kenya stands
    in for Ethiopia, whose every TNR event found was already told elsewhere, so Ethiopia is in
    two look-alikes only), 20 English texts and four in each other language, a source for every
    text, no story group shared with another split (tnr-fresh257 to tnr-fresh263 were written
    beside it, blind), seventeen stories, nine of them TNR: six told three times (the Eritrean
    embassy's "subversive" list in Nairobi, Cameroonian soldiers abducting refugees from
    Nigerian camps and Mugabe's threat to jail asylum seekers deported from Britain: two
    English texts and one other; the London-based Rwandan journalist whose relatives are
    watched, Ugandan police monitoring diaspora social media and Miguna Miguna stranded in
    Dubai: one English text and two others), three TNR stories and the eight look-alikes told
    twice, and one "same person, different event" trap: Miguna Miguna, left in Dubai without
    papers in March 2018 (TNR) and deported to Canada in February 2018 after the mock
    swearing-in (a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh264",
        states="CM ER KE RW UG ZW",
        count=6,
        sibling=(
            "tnr-fresh257",
            "tnr-fresh258",
            "tnr-fresh259",
            "tnr-fresh260",
            "tnr-fresh261",
            "tnr-fresh262",
            "tnr-fresh263",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(("ke-miguna-stranded-dubai-2018", "lk-ke-miguna-deported-to-canada-2018"),),
    )


def test_tnr_fresh265_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh265: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2016 to 2025, 24 TNR and 16 look-alikes, six origin states (Belarus, Bolivia, China,
    Guatemala, Kyrgyzstan, El Salvador: the reserve El Salvador stands in for Honduras, whose
    every TNR event found was already told elsewhere, so Honduras is in two look-alikes only),
    20 English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh266 to tnr-fresh272 were written beside it, blind),
    eighteen stories, ten of them TNR: four told three times (the Purdue student's parents
    visited by state security and Temirov's son sent into state care: two English texts and
    one other; the Belarusian railway channel admin's detained brother and Guatemala's red
    notices against ten exiles: one English text and two others) and fourteen twice, and three
    "same person, different event" traps: Bolot Temirov (his son and jailed wife, TNR; the
    Kloop verdict over his outlet's videos, a look-alike), Salvador Sanchez Ceren (the 2021
    arrest order, TNR; Nicaragua's naturalisation of him, a look-alike) and Luis Fernando Lopez
    (Bolivia's extradition bid to Brazil and its red-notice plan, two TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh265",
        states="BO BY CN GT KG SV",
        count=6,
        sibling=(
            "tnr-fresh266",
            "tnr-fresh267",
            "tnr-fresh268",
            "tnr-fresh269",
            "tnr-fresh270",
            "tnr-fresh271",
            "tnr-fresh272",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("kg-temirov-son-state-care-2024", "lk-kg-kloop-staff-sentenced-2025"),
            ("sv-sanchez-ceren-warrant-2021", "lk-sv-nicaragua-naturalises-sanchez-ceren-2021"),
            ("bo-lopez-brazil-extradition-2021", "bo-murillo-lopez-red-notice-2021"),
        ),
    )


def test_tnr_fresh266_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh266: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1921 to 2025 (two without a year in the text), 24 TNR and 16 look-alikes, five origin
    states (Azerbaijan, Georgia, Russia, Turkmenistan, Uzbekistan: Armenia is in four
    look-alikes only, as every Armenian TNR event the search pages turned up was already told,
    and the reserve Mongolia failed too, its cases found being told already or a lawful asset
    case against a former prime minister at home), 20 English texts and four in each other
    language, a source for every text, no story group shared with another split
    (tnr-fresh265 and tnr-fresh267 to tnr-fresh272 were written beside it, blind), eighteen
    stories, ten of them TNR: four told three times (the Serbian BIA tapes of the Russian
    opposition's Belgrade meeting and the coup charges against Badri Patarkatsishvili: two
    English texts and one other; Tajigul Begmedova's father beaten and banished to Dashoguz
    and the photo blackmail of Mahammad Mirzali's sister: one English text and two others),
    six TNR stories and the eight look-alikes told twice, and one "same person, different
    event" trap: Badri Patarkatsishvili, charged with a coup plot while abroad in January 2008
    (TNR) and found to have died naturally in Surrey in February 2008 (a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh266",
        states="AZ GE RU TM UZ",
        count=5,
        sibling=(
            "tnr-fresh265",
            "tnr-fresh267",
            "tnr-fresh268",
            "tnr-fresh269",
            "tnr-fresh270",
            "tnr-fresh271",
            "tnr-fresh272",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            (
                "ge-patarkatsishvili-coup-charges-2008",
                "lk-ge-patarkatsishvili-death-surrey-2008",
            ),
        ),
    )


def test_tnr_fresh267_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh267: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1988 to 2026 (four stories without a year in the text), 24 TNR and 16 look-alikes, six
    origin states (Afghanistan, Iran, Iraq, Lebanon, Pakistan, Syria; the reserve Jordan not
    used, though Jordan is a host), 20 English texts and four in each other language, a source
    for every text, no story group shared with another split (tnr-fresh265, tnr-fresh266 and
    tnr-fresh268 to tnr-fresh272 were written beside it, blind), seventeen stories, nine of them
    TNR (one short of the ten aimed at): six told three times (the Terrorism Court's death
    sentence on Abdul Halim Khaddam, Maria Maalouf's 2022 military-court warrant and Khad's
    attacks on Afghan refugees in Pakistan: two English texts and one other; Fariba Molazehi's
    son and brother held in Iran, Muayad al-Janabi shot in Amman and Ahmad Noorani's blocked
    YouTube channel: one English text and two others), three TNR stories and the eight
    look-alikes told twice, and one "same person, different event" trap: Maria Maalouf, named
    in a 2018 warrant in absentia over tweets on Nasrallah while reported in Dubai and in a
    2022 military-court warrant over an interview with Israel's army spokesman, both TNR and
    kept as two groups."""
    assert_a_blind_split_of_forty(
        "tnr-fresh267",
        states="AF IQ IR LB PK SY",
        count=6,
        sibling=(
            "tnr-fresh265",
            "tnr-fresh266",
            "tnr-fresh268",
            "tnr-fresh269",
            "tnr-fresh270",
            "tnr-fresh271",
            "tnr-fresh272",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(("lb-maalouf-nasrallah-warrant-2018", "lb-maalouf-adraee-warrant-2022"),),
    )


def test_tnr_fresh268_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh268: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1998 to 2024 (three without a year in the text), 24 TNR and 16 look-alikes, six origin
    states (Algeria, Egypt, Libya, Morocco, Tunisia, Turkey; the reserve Mauritania was not
    used), 20 English texts and four in each other language, a source for every text, no story
    group shared with another split (tnr-fresh265 to tnr-fresh267 and tnr-fresh269 to
    tnr-fresh272 were written beside it, blind), eighteen stories, ten of them TNR: four told
    three times (Öcalan's arrest in Rome and Turkey's extradition request and El Mhamdi's
    account of threats and spyware: two English texts and one other; Pegasus and Predator on
    Ayman Nour's phone in Istanbul and Germany expelling five Libyan diplomats for pressuring
    exiles: one English text and two others), six TNR stories and the eight look-alikes told
    twice, and two "same person, different event" traps: Ayman Nour, hacked in Istanbul in
    2021 (TNR) and jailed at home for forgery in 2005 (a look-alike), and Mondher Zenaidi,
    refused his criminal-record extract by Tunisia's Paris consulate in 2024 and sentenced to
    19 years in absentia (two TNR stories)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh268",
        states="DZ EG LY MA TN TR",
        count=6,
        sibling=(
            "tnr-fresh265",
            "tnr-fresh266",
            "tnr-fresh267",
            "tnr-fresh269",
            "tnr-fresh270",
            "tnr-fresh271",
            "tnr-fresh272",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("eg-nour-pegasus-predator-2021", "lk-eg-nour-forgery-jailing-2005"),
            ("tn-zenaidi-paris-consulate-record-2024", "tn-zenaidi-19-years-absentia"),
        ),
    )


def test_tnr_fresh269_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh269: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1997 to 2024 (four stories without a year in the text), 24 TNR and 16 look-alikes, five
    origin states (Kuwait, Qatar, Saudi Arabia, the UAE, Yemen: Bahrain was dropped because every
    Bahraini TNR event the search pages turned up was already told elsewhere, and the reserve,
    Oman, failed the same way, so Bahrain is in one look-alike only), 20 English texts and four
    in each other language, a source for every text, no story group shared with another split
    (tnr-fresh265 to tnr-fresh268 and tnr-fresh270 to tnr-fresh272 were written beside it,
    blind), eighteen stories, ten of them TNR: four told three times (Ahmed Ali Saleh's Houthi
    death sentence and Hamad bin Jassem bin Hamad snatched back to Qatar: one English text and
    two others; Danah Al-Mayouf's online attackers and Fouad Al Hashem's sentence in absentia:
    two English texts and one other), six TNR stories and the eight look-alikes twice, and one
    "same person, different event" trap: Sheikh Hamad bin Jassem bin Hamad al-Thani, seized
    abroad and brought back in 1999 (TNR) and sentenced to death by the Doha appeals court in
    2001 (a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh269",
        states="AE KW QA SA YE",
        count=5,
        sibling=(
            "tnr-fresh265",
            "tnr-fresh266",
            "tnr-fresh267",
            "tnr-fresh268",
            "tnr-fresh270",
            "tnr-fresh271",
            "tnr-fresh272",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("qa-hamad-bin-jassem-bin-hamad-seized-1999", "lk-qa-coup-appeal-death-sentences-2001"),
        ),
    )


def test_tnr_fresh270_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh270: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1974 to 2025 (one without a year in the text), 24 TNR and 16 look-alikes, six origin
    states (Bangladesh, India, Sri Lanka, Myanmar, Malaysia, Thailand: the reserve Malaysia stands
    in for Nepal, whose every TNR event found was already told elsewhere, so Nepal is in one
    look-alike only), 20 English texts and four in each other language, a source for every text,
    no story group shared with another split (tnr-fresh265 to tnr-fresh269, tnr-fresh271 and
    tnr-fresh272 were written beside it, blind), seventeen stories, nine of them TNR: six told
    three times (Rajouri police seeking the passports of five Gulf workers, Cambodia charging
    Siwarak Chothipong over Thaksin's flight schedule and Sri Lanka's Supreme Court summoning the
    UK-based editor Sandaruwan Senadheera: two English texts and one other; two Myanmar workers
    held in Bangkok before a protest at Min Aung Hlaing's BIMSTEC visit, the Bangladesh High
    Commission in Delhi holding Salam Azad's passport and Malaysian police tracking the man
    behind a Melbourne flag video: one English text and two others), three TNR stories and the
    eight look-alikes told twice, and one "same person, different event" trap: Siwarak
    Chothipong, charged in November 2009 with passing Thaksin's flight schedule to the Thai
    embassy (TNR) and pardoned by the Cambodian king in December 2009 (a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh270",
        states="BD IN LK MM MY TH",
        count=6,
        sibling=(
            "tnr-fresh265",
            "tnr-fresh266",
            "tnr-fresh267",
            "tnr-fresh268",
            "tnr-fresh269",
            "tnr-fresh271",
            "tnr-fresh272",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(("th-siwarak-thaksin-flight-2009", "lk-th-siwarak-pardon-2009"),),
    )


def test_tnr_fresh271_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh271: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1983 to 2026, 24 TNR and 16 look-alikes, six origin states (Cambodia, Indonesia, North
    Korea, the Philippines, Singapore, Vietnam; the reserve Singapore was used because every
    Lao TNR event the search pages turned up was already told elsewhere, so Laos is in one
    look-alike only), 20 English texts and four in each other language, a source for every
    text, no story group shared with another split (tnr-fresh265 to tnr-fresh270 and
    tnr-fresh272 were written beside it, blind), eighteen stories, ten of them TNR: four told
    three times (the LPDP bill to Veronica Koman and the death threat behind Ko Young-hwan's
    guard: two English texts and one other; Australia's representations to Cambodia over
    threats to its diaspora and the German federal prosecutor's probe of Vietnamese agents: one
    English text and two others), six TNR stories and the eight look-alikes told twice, and
    three "same person, different event" traps: Imelda Marcos (urging Aquino in New York not
    to return in 1983, TNR; her one-way travel document in 1991, a look-alike), Ko Young-hwan
    (the 2016 death threat, TNR; his 1991 defection in Congo, a look-alike) and Lee Hsien Yang
    (the 2024 damages ruling with its injunction, TNR; Singapore's answer to his asylum news, a
    look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh271",
        states="ID KH KP PH SG VN",
        count=6,
        sibling=(
            "tnr-fresh265",
            "tnr-fresh266",
            "tnr-fresh267",
            "tnr-fresh268",
            "tnr-fresh269",
            "tnr-fresh270",
            "tnr-fresh272",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ph-imelda-warns-aquino-1983", "lk-ph-imelda-travel-document-1991"),
            ("kp-ko-young-hwan-death-threat-2016", "lk-kp-ko-young-hwan-defection-1991"),
            ("sg-lee-hsien-yang-damages-2024", "lk-sg-lee-hsien-yang-asylum-2024"),
        ),
    )


def test_tnr_fresh272_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh272: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2003 to 2025 (three without a year in the text), 24 TNR and 16 look-alikes, six origin
    states (Burundi, Eritrea, Ethiopia, Rwanda, South Sudan, Sudan; the reserve Uganda was not
    used), 20 English texts and four in each other language, a source for every text, no story
    group shared with another split (tnr-fresh265 to tnr-fresh271 were written beside it,
    blind), seventeen stories, nine of them TNR (not the ten aimed at): six told three times
    (the Ethiopian plot detainees held for their exiled kin, South Sudan's embassy voiding the
    passports of trusteeship campaigners and Thomas Nahimana stranded at Nairobi airport: two
    English texts and one other; Menghis Mekonnen missing in Khartoum, the Darfur activists
    held in Cairo and Congo's handover of 184 alleged Burundian rebels: one English text and two
    others), three TNR stories and the eight look-alikes told twice, and two "same person,
    different event" traps: Berhanu Nega, named as the exiled leader of the 2009 plot whose
    critics' relatives were held (TNR) and welcomed home in 2018 (a look-alike); and Thomas
    Nahimana, barred from his Kigali flight in Nairobi in November 2016 and again in Brussels
    two months later (two TNR stories)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh272",
        states="BI ER ET RW SD SS",
        count=6,
        sibling=(
            "tnr-fresh265",
            "tnr-fresh266",
            "tnr-fresh267",
            "tnr-fresh268",
            "tnr-fresh269",
            "tnr-fresh270",
            "tnr-fresh271",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            ("et-berhanu-plot-relatives-detained-2009", "lk-et-berhanu-returns-addis-2018"),
            ("rw-nahimana-nairobi-airport-2016", "rw-nahimana-brussels-flight-blocked"),
        ),
    )


def test_tnr_fresh273_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh273: forty blind short texts (25-55 words, Chinese 50-110 characters), events of
    2007 to 2025 (three stories without a year in the text), 24 TNR and 16 look-alikes, six
    origin states (China, Cuba, Kazakhstan, Mongolia, Tajikistan, Venezuela; the reserve
    Nicaragua was not used), 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh274 to tnr-fresh280 were
    written beside it, blind), seventeen stories, nine of them TNR (not the ten aimed at): six
    told three times (Yuanjun Tang's 2024 arrest as a Ministry of State Security agent,
    Mongolia's 2011 protest at Bat Khurts's extradition and Nizomiddin Nasriddinov's Dushanbe
    sentence: one English text and two others; Venezuela's 2023 extradition file on three exiled
    deputies, the Guerrero Cubano channel posting Orlando Gutierrez-Boronat's Miami address and
    the Open Dialogue list of Kazakhstan's Interpol pursuits: two English texts and one other),
    three TNR stories and the eight look-alikes told twice, and one "same person, different
    event" trap: Yuanjun Tang, arrested in August 2024 and pleading guilty in September 2025
    (two TNR stories)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh273",
        states="CN CU KZ MN TJ VE",
        count=6,
        sibling=(
            "tnr-fresh274",
            "tnr-fresh275",
            "tnr-fresh276",
            "tnr-fresh277",
            "tnr-fresh278",
            "tnr-fresh279",
            "tnr-fresh280",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(("cn-tang-yuanjun-arrest-2024", "cn-tang-yuanjun-guilty-plea-2025"),),
    )


def test_tnr_fresh274_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh274: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1891 to 2025, 24 TNR and 16 look-alikes, six origin states (Armenia, Belarus,
    Guatemala, Kyrgyzstan, Mexico, Russia; Haiti was dropped and the reserve Guatemala used,
    as every Haitian TNR event found was already told), 20 English texts and four in each
    other language, a source for every text, no story group shared with another split
    (tnr-fresh273 and tnr-fresh275 to tnr-fresh280 were written beside it, blind), seventeen
    stories, nine of them TNR (not the ten aimed at): six told three times (Gordievsky's death
    sentence in absentia, Ruiz Massieu's arrest and Mexico's extradition request and the
    search of Erika Aifan's home: two English texts and one other; the Aziory questioning
    about an exile in Warsaw, Arshak Karapetyan's detention in Moscow and Bakiyev's life
    sentence in absentia: one English text and two others), three TNR stories and the eight
    look-alikes told twice, and three "same person, different event" traps: Gordievsky,
    sentenced to death in 1985 (TNR) and dying at home in Surrey in 2025 (a look-alike);
    Bakiyev, sentenced to 24 years in 2013 and to life in 2014 (two TNR stories); and Ruiz
    Massieu, requested by Mexico in March 1995 and refused by a US magistrate in June 1995
    (two TNR stories)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh274",
        states="AM BY GT KG MX RU",
        count=6,
        sibling=(
            "tnr-fresh273",
            "tnr-fresh275",
            "tnr-fresh276",
            "tnr-fresh277",
            "tnr-fresh278",
            "tnr-fresh279",
            "tnr-fresh280",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            ("ru-gordievsky-death-sentence-absentia-1985", "lk-ru-gordievsky-dies-surrey-2025"),
            ("kg-bakiyev-24-years-absentia-2013", "kg-bakiyev-life-sentence-absentia-2014"),
            ("mx-ruiz-massieu-extradition-request-1995", "mx-ruiz-massieu-torture-ruling-1995"),
        ),
    )


def test_tnr_fresh275_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh275: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1989 to 2016 (two without a year in the text: the Syrian embassy in Muscat and the
    Syrian consulate in Dubai), 24 TNR and 16 look-alikes, five origin states (Iran, Iraq,
    Jordan, Kuwait, Syria; Oman was dropped and the reserve Bahrain not used, because every
    Omani and Bahraini TNR event the search pages turned up was already told elsewhere, so
    Oman is in one look-alike only), 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh273, 274 and
    276 to 280 were written beside it, blind), eighteen stories, ten of them TNR: four told
    three times (Abdolmalek Rigi's flight forced down and Kuwait stripping Yasser al-Habib of
    citizenship: two English texts and one other; Ibrahim Ghosheh held at Amman airport and
    the Syrian embassy in Muscat tying passports to "reconciliation" papers: one English text
    and two others), six TNR stories and the eight look-alikes told twice, and four "same
    person, different event" traps: Rigi (captured in the air, TNR; hanged in Iran, a
    look-alike), Mishan al-Jabouri (his family killed after the 1989 plot, TNR; the 2008 US
    Treasury blacklisting, a look-alike), Khaled Meshaal (Jordan's 1999 warrants while he was
    in Iran, TNR; Israel's 1997 poisoning in Amman, a look-alike) and Yasser al-Habib (the
    2004 sentence in absentia and the 2010 citizenship revocation, two TNR stories)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh275",
        states="IQ IR JO KW SY",
        count=5,
        sibling=(
            "tnr-fresh273",
            "tnr-fresh274",
            "tnr-fresh276",
            "tnr-fresh277",
            "tnr-fresh278",
            "tnr-fresh279",
            "tnr-fresh280",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ir-rigi-flight-forced-down-2010", "lk-ir-rigi-hanged-2010"),
            ("iq-jabouri-family-killed-1989", "lk-iq-jabouri-treasury-blacklist-2008"),
            ("jo-hamas-leaders-warrants-1999", "lk-jo-meshaal-poisoning-1997"),
            ("kw-habib-absentia-sentence-2004", "kw-habib-citizenship-revoked-2010"),
        ),
    )


def test_tnr_fresh276_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh276: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2009 to 2023, 24 TNR and 16 look-alikes, six origin states (Egypt, Morocco, Saudi
    Arabia, Sudan, Turkey, the UAE; Libya, one of the six given, had no unused event within
    the look-up budget, so the reserve Morocco was used in its place and Libya appears only in
    look-alikes), 20 English texts and four in each other language, a source for every text,
    no story group shared with another split (tnr-fresh273 to tnr-fresh275 and tnr-fresh277 to
    tnr-fresh280 were written beside it, blind), seventeen stories, nine of them TNR (not the
    ten aimed at): six told three times (Mehmet Kanter's 2018 sentence, the Ventimiglia returns
    to Sudan and Rachid Rafaa's blocked extradition: two English texts and one other; Ola
    al-Qaradawi's 2017 arrest, the Parkwood estate beside Princess Haya's home and Ali
    al-Rabie's death sentence: one English text and two others), three TNR stories and the
    eight look-alikes told twice, and "same person, different event" traps: Mehmet Kanter,
    detained in 2017 and sentenced in 2018 (two TNR stories); Enes Kanter, the son the 2018
    sentence punished (TNR) and a new US citizen in 2021 (a look-alike); Ola al-Qaradawi,
    arrested in 2017 and jailed in a new case in 2019 (two TNR stories) and freed in 2021 (a
    look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh276",
        states="AE EG MA SA SD TR",
        count=6,
        sibling=(
            "tnr-fresh273",
            "tnr-fresh274",
            "tnr-fresh275",
            "tnr-fresh277",
            "tnr-fresh278",
            "tnr-fresh279",
            "tnr-fresh280",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            ("tr-kanter-father-detained-2017", "tr-kanter-father-sentenced-2018"),
            ("tr-kanter-father-sentenced-2018", "lk-tr-kanter-freedom-citizenship-2021"),
            ("eg-ola-qaradawi-arrested-2017", "eg-ola-qaradawi-new-case-2019"),
            ("eg-ola-qaradawi-arrested-2017", "lk-eg-ola-qaradawi-released-2021"),
        ),
    )


def test_tnr_fresh277_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh277: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2011 to 2025 (two without a year in the text: Pakistan's demand for Hafiz Gul Bahadur and
    Bihar's handover of Rajan Mukti), 24 TNR and 16 look-alikes, written beside tnr-fresh273 to
    tnr-fresh276 and tnr-fresh278 to tnr-fresh280, which could not be seen. Four origin states,
    not the six asked for (Bangladesh, India, Pakistan, Sri Lanka): every Afghan and Nepali TNR
    event the look-ups found was already told elsewhere, and so was the reserve's (the Maldives'
    2016 warrant for Nasheed); Afghanistan has no text, Nepal only look-alikes, and India (8),
    Bangladesh (7) and Pakistan (6) carry more than the five TNR texts a state asked for. Nine
    TNR stories, not the ten aimed at: six told three times (Panjwar's killing in Lahore, the
    Bangladeshi tribunal's ban on Hasina's speeches and the MQM protests at Imran Khan's
    'drone' remark: two English texts and one other; Naik's revoked passport, Pakistan's push
    for Bugti's Swiss extradition and the Tamil Solidarity statement on Sri Lankan filming of
    protesters in Britain: one English text and two others), three TNR stories
    and the eight look-alikes told twice, and two "same person, different event" traps: Zakir
    Naik, whose passport India revoked in 2017 (TNR) and whom Malaysia's police barred from all
    public activities in 2019 (a look-alike); and Sheikh Hasina, whose speeches a Dhaka
    tribunal banned in 2024 and whose identity card was locked in 2025 (two TNR stories)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh277",
        states="BD IN LK PK",
        count=4,
        sibling=(
            "tnr-fresh273",
            "tnr-fresh274",
            "tnr-fresh275",
            "tnr-fresh276",
            "tnr-fresh278",
            "tnr-fresh279",
            "tnr-fresh280",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            ("in-naik-passport-revoked-2017", "lk-my-naik-activities-ban-2019"),
            ("bd-hasina-speech-ban-2024", "bd-hasina-family-nid-locked-2025"),
        ),
    )


def test_tnr_fresh278_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh278: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2000 to 2024 (one without a date in the text), 24 TNR and 16 look-alikes, five origin
    states (Cambodia, Indonesia, Myanmar, Thailand, Vietnam; Laos was dropped because every Lao
    TNR event found was already told elsewhere, and the reserve Malaysia was not used for the
    same reason), 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh273 to tnr-fresh277, tnr-fresh279 and
    tnr-fresh280 were written beside it, blind), seventeen stories, nine of them TNR (not the
    ten aimed at): six told three times (Munir's arsenic poisoning on the flight to Amsterdam,
    Cambodia's warrants for Sam Rainsy to its ASEAN neighbours and Han Lay's sedition charge in
    absentia: two English texts and one other; Thaksin's lottery verdict in absentia, Vietnam's
    terrorism-linked label on Boat People SOS and the hackers after Bui Thanh Hieu in Germany:
    one English text and two others), three TNR stories and the eight look-alikes told twice,
    and three "same person, different event" traps: Munir (poisoned in 2004, TNR; the bomb
    thrown at his house in 2003, a look-alike), Thaksin (the lottery and the Exim-loan verdicts
    of 2019, two TNR stories) and Sam Rainsy (the ASEAN warrants and Prayuth's vow to keep him
    out of Thailand, two TNR stories)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh278",
        states="ID KH MM TH VN",
        count=5,
        sibling=(
            "tnr-fresh273",
            "tnr-fresh274",
            "tnr-fresh275",
            "tnr-fresh276",
            "tnr-fresh277",
            "tnr-fresh279",
            "tnr-fresh280",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            ("id-munir-arsenic-flight-2004", "lk-id-munir-house-bomb-2003"),
            ("th-thaksin-lottery-absentia-2019", "th-thaksin-exim-loan-absentia-2019"),
            ("kh-rainsy-asean-warrants-2019", "kh-prayuth-bars-rainsy-2019"),
        ),
    )


def test_tnr_fresh279_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh279: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1987 to 2020 (five stories without a year in the text), 24 TNR and 16 look-alikes, five
    origin states (Burundi, Eritrea, Ethiopia, Kenya, Rwanda; Uganda was dropped and the
    reserve Tanzania was not used, because every Ugandan and Tanzanian TNR event the search
    pages turned up was already told elsewhere, so Uganda is a host and in one look-alike
    only; Rwanda has seven TNR texts and Ethiopia six, above the five asked), 20 English texts
    and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh273 to tnr-fresh278 and tnr-fresh280 were written beside it,
    blind), seventeen stories, nine of them TNR (not the ten aimed at): six told three times
    (the plot to kill Koigi wa Wamwere in Norway, Sisay Agena and Tamagn Beyene's letter on
    threats and bribes to their families and the arrest order against Getiye Yalew: two
    English texts and one other; the Burundian refugees guarding their Nairobi house,
    Nyamwasa's "hired killer squads" interview and the Eritrean refugees held in Addis Ababa:
    one English text and two others), three TNR stories and the eight look-alikes told twice,
    and one "same person, different event" trap: Koigi wa Wamwere, the subject of minister
    Jeremiah Nyaga's February 1987 remark that he was better off in a Kenyan prison and of the
    1987 plot to trail and kill him in Norway (two TNR stories)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh279",
        states="BI ER ET KE RW",
        count=5,
        sibling=(
            "tnr-fresh273",
            "tnr-fresh274",
            "tnr-fresh275",
            "tnr-fresh276",
            "tnr-fresh277",
            "tnr-fresh278",
            "tnr-fresh280",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(("ke-koigi-nyaga-prison-remark-1987", "ke-koigi-norway-assassins-1987"),),
    )


def test_tnr_fresh280_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh280: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2005 to 2026 (two without a year in the text), 24 TNR and 16 look-alikes, five origin
    states (Cameroon, Chad, Nigeria, Somalia, Zimbabwe): Djibouti is in one look-alike only,
    as every Djiboutian TNR event the search pages turned up was already told elsewhere, and
    the reserve Equatorial Guinea was not used because the look-up budget ran out before an
    untold event could be found; so Cameroon, Chad and Zimbabwe carry six TNR texts each, one
    over the brief's five. 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh273 to tnr-fresh279 were
    written beside it, blind), sixteen stories, eight of them TNR (not the ten aimed at), all
    eight told three times (Tukur Mamu held at Cairo airport, the Halata assault in Paris, the
    Cameroon proxy-repression study and Samatalis barred from his London flight: two English
    texts and one other; SW Radio Africa's shortwave jamming of 2005 and its medium-wave
    jamming of 2006, the Chadian refugee threatened in France and the false FBI reports on two
    Minnesota activists: one English text and two others), the eight look-alikes told twice,
    and one "same person, different event" trap: Ike Ekweremadu, chased from an Igbo festival
    in Nuremberg by IPOB members in 2019 and convicted in London's organ-trafficking case in
    2023 (two look-alikes)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh280",
        states="CM NG SO TD ZW",
        count=5,
        sibling=(
            "tnr-fresh273",
            "tnr-fresh274",
            "tnr-fresh275",
            "tnr-fresh276",
            "tnr-fresh277",
            "tnr-fresh278",
            "tnr-fresh279",
        ),
        sizes={2: 8, 3: 8},
        largest=3,
        traps=(("lk-ng-ekweremadu-nuremberg-2019", "lk-ng-ekweremadu-organ-verdict-2023"),),
    )


def test_tnr_fresh281_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh281: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2007 to 2025 (five stories without a year in the text), 24 TNR and 16 look-alikes, five
    origin states (Belarus, Burkina Faso, China, Gambia, Turkey): every Guinean and Malian TNR
    event the search pages turned up was already told elsewhere, so the reserve Gambia
    replaces Guinea and Mali is in one look-alike only (Guinea in none); Burkina Faso has four
    TNR texts and the other four origins five each. 20 English texts and four in each other
    language, a source for every text, no story group shared with another split
    (tnr-fresh282 to tnr-fresh288 were written beside it, blind), eighteen stories, ten of
    them TNR: four told three times (Sabah's photos and address of Levent Kenez in Stockholm
    and Sun Lijie's stalled passport at the New York consulate: two English texts and one
    other; the KGB summoning Natallia Radzina's relatives and the threats to the Banjul
    families of two journalists after a New York protest: one English text and two others),
    six TNR stories and the eight look-alikes told twice, and two "same person, different
    event" traps: Isaac Zida, ordered prosecuted for desertion (September 2016), struck off
    the army (December 2016) and investigated by Canadian police (2018, a look-alike); and
    Alagie Abdoulie Ceesay, arrested at home by the NIA (2015, a look-alike) and sentenced in
    absentia (2016)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh281",
        states="BF BY CN GM TR",
        count=5,
        sibling=(
            "tnr-fresh282",
            "tnr-fresh283",
            "tnr-fresh284",
            "tnr-fresh285",
            "tnr-fresh286",
            "tnr-fresh287",
            "tnr-fresh288",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("bf-zida-desertion-prosecution-2016", "lk-bf-zida-rcmp-probe-2018"),
            ("bf-zida-desertion-prosecution-2016", "bf-zida-struck-off-army-2016"),
            ("gm-alagie-ceesay-absentia-2016", "lk-gm-alagie-ceesay-nia-arrest-2015"),
        ),
    )


def test_tnr_fresh282_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh282: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1986 to 2022 (the year of Sam Parsa's verdict is not in its text), 24 TNR and 16
    look-alikes, six
    origin states (Colombia, Egypt, Iran, Rwanda, South Sudan, Togo; the reserve Peru was not
    used), 20 English texts and four in each other language, a source for every text, no story
    group shared with another split (tnr-fresh281 and tnr-fresh283 to tnr-fresh288 were written
    beside it, blind), eighteen stories, ten of them TNR: four told three times (William Parra's
    capture order and Hani al-Sibai's sentence in absentia: two English texts and one other;
    the grenade on the Makhmalbafs' film set in Afghanistan and Human Rights Watch's
    "Repression Across Borders" report: one English text and two others), six TNR stories and
    the eight look-alikes told twice, and two "same person, different event" traps: Gilchrist
    Olympio, sentenced to death in absentia in 1986 and named in a reported arrest warrant in
    1993 (two TNR stories) and ambushed at Soudou inside Togo in 1992 (a look-alike); and Hani
    al-Sibai, sentenced in absentia in Egypt's 1999 "Returnees from Albania" trial (TNR) and
    put on the UN's al-Qaeda sanctions list in 2005 (a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh282",
        states="CO EG IR RW SS TG",
        count=6,
        sibling=(
            "tnr-fresh281",
            "tnr-fresh283",
            "tnr-fresh284",
            "tnr-fresh285",
            "tnr-fresh286",
            "tnr-fresh287",
            "tnr-fresh288",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("tg-olympio-death-sentence-absentia-1986", "lk-tg-olympio-soudou-ambush-1992"),
            ("tg-olympio-death-sentence-absentia-1986", "tg-olympio-insurrection-warrant-1993"),
            ("eg-sibai-albania-returnees-absentia-1999", "lk-eg-sibai-un-sanctions-2005"),
        ),
    )


def test_tnr_fresh283_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh283: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1996 to 2025 (one without a year in the text), 24 TNR and 16 look-alikes, six origin
    states (Djibouti, Nigeria, Russia, Saudi Arabia, Tajikistan, Yemen; the reserve Qatar was
    not used), Tajikistan and Djibouti with one TNR story each. 20 English texts and four in
    each other language, a source for every text, no story group shared with another split
    (tnr-fresh281, tnr-fresh282 and tnr-fresh284 to tnr-fresh288 were written beside it,
    blind), eighteen stories, ten of them TNR: four told three times (Assad al-Ghamdi's 2022
    arrest and Nigeria's request to extradite Azuka Jebose: two English texts and one other;
    Russia's Interpol request against Alexey Kharis and Yemen's request to Saudi Arabia for
    Abdullah al-Asnag: one English text and two others), the other six TNR stories and the
    eight look-alikes told twice, and one "same person, different event" trap: Assad
    al-Ghamdi, brother of a UK-based Saudi cleric, arrested in 2022 and released in 2025 (two
    TNR stories)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh283",
        states="DJ NG RU SA TJ YE",
        count=6,
        sibling=(
            "tnr-fresh281",
            "tnr-fresh282",
            "tnr-fresh284",
            "tnr-fresh285",
            "tnr-fresh286",
            "tnr-fresh287",
            "tnr-fresh288",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(("sa-assad-ghamdi-arrest-2022", "sa-assad-ghamdi-release-2025"),),
    )


def test_tnr_fresh284_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh284: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of the late 1980s to 2025 (three stories without a year in the text), 24 TNR and 16 look-alikes,
    six origin states (Azerbaijan, Georgia, India, Pakistan, Tunisia, Uganda; the reserve
    Armenia was not used): Tunisia and Georgia carry five TNR texts each, India and Pakistan
    four, Azerbaijan and Uganda three. 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh281 to
    tnr-fresh288 were written beside it, blind), eighteen stories, ten of them TNR: four told
    three times (the Instalingo warrants and held relatives of 2021 and Afgan Sadygov's bail
    in Tbilisi: two English texts and one other; Interpol's withdrawn red notice for Zurab
    Adeishvili and the watched family home of Charles Byamukama: one English text and two
    others), the other six TNR stories and the eight look-alikes told twice, and one "same
    person, different event" trap: Haithem Kehili, owner of Instalingo, named in the
    September 2021 warrants issued while he was abroad and sentenced in absentia to 28 years
    in the February 2025 verdict (two TNR stories)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh284",
        states="AZ GE IN PK TN UG",
        count=6,
        sibling=(
            "tnr-fresh281",
            "tnr-fresh282",
            "tnr-fresh283",
            "tnr-fresh285",
            "tnr-fresh286",
            "tnr-fresh287",
            "tnr-fresh288",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("tn-kehili-instalingo-warrants-relatives-2021", "tn-instalingo-absentia-verdict-2025"),
        ),
    )


def test_tnr_fresh285_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh285: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1983 to 2025 (two without a year in the text), 24 TNR and 16 look-alikes, six origin
    states (Cambodia, Indonesia, the Philippines, Singapore, Uzbekistan, Vietnam): Laos is in
    one look-alike only, as every Lao TNR event the search pages turned up (Od Sayavong,
    Khoukham, Bounsuan, the three workers, Savang Phaleuth, Anousa Luangsuphom, Joseph
    Akaravong) was already told elsewhere, so the reserve Singapore was used. 20 English texts
    and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh281 to tnr-fresh284 and tnr-fresh286 to tnr-fresh288 were written
    beside it, blind), eighteen stories, ten of them TNR: four told three times (Le Thi Kieu
    Oanh summoned after visiting her deported husband in France and Yusuf Rasulov's complaint
    against an ex-SNB officer in Sweden: one English text and two others; the death threat to
    Sarada Taing and Ramos-Horta's 1997 claim that Indonesian embassies photograph Timorese
    protesters: two English texts and one other), six TNR stories and the eight look-alikes
    told twice, and two "same person, different event" traps: Ho Juan Thai, refused a new
    passport and offered a one-way document in 1999 (TNR) and rebutted by minister Sam Tan in
    2014 (a look-alike); Harry Roque, claiming asylum at Ter Apel in March 2025 and losing his
    passport to a Philippine court in November 2025 (two look-alikes)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh285",
        states="ID KH PH SG UZ VN",
        count=6,
        sibling=(
            "tnr-fresh281",
            "tnr-fresh282",
            "tnr-fresh283",
            "tnr-fresh284",
            "tnr-fresh286",
            "tnr-fresh287",
            "tnr-fresh288",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("sg-ho-juan-thai-one-way-document-1999", "lk-sg-sam-tan-rebuts-ho-juan-thai-2014"),
            ("lk-ph-roque-asylum-ter-apel-2025", "lk-ph-roque-passport-cancelled-2025"),
        ),
    )


def test_tnr_fresh286_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh286: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1974 to 2025 (one without a year in the text), 24 TNR and 16 look-alikes, six origin
    states (Central African Republic, Côte d'Ivoire, Kenya, Mozambique, South Africa,
    Tanzania; the reserve Benin was not used), 20 English texts and four in each other
    language, a source for every text, no story group shared with another split
    (tnr-fresh281 to tnr-fresh285, tnr-fresh287 and tnr-fresh288 were written beside it,
    blind), eighteen stories, ten of them TNR: four told three times (the Lubango parcel bomb
    that killed Jeanette and Katryn Schoon and Chad's handover of Charles Massi: two English
    texts and one other; Frelimo's arrest of Raul Casal Ribeiro in Tanzania and Justin Koné
    Katinan's arrest in Accra: one English text and two others), six TNR stories and the
    eight look-alikes told twice, and three "same person, different event" traps kept as
    two groups: Justin Koné Katinan, arrested in Accra on an Ivorian warrant in 2012 and
    spared extradition by a Ghanaian magistrate in 2013 (two TNR stories); Nelson Amenya,
    told by letter in 2024 that his firm was under investigation and later told his parents
    had been questioned (two TNR stories); and the Schoon family, bombed in Angola in 1984
    (TNR) and Marius Schoon's 1995 damages suit against Craig Williamson (a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh286",
        states="CF CI KE MZ TZ ZA",
        count=6,
        sibling=(
            "tnr-fresh281",
            "tnr-fresh282",
            "tnr-fresh283",
            "tnr-fresh284",
            "tnr-fresh285",
            "tnr-fresh287",
            "tnr-fresh288",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ci-katinan-accra-arrest-2012", "ci-katinan-extradition-refused-2013"),
            ("ke-amenya-dci-letter-2024", "ke-amenya-parents-dci-call"),
            ("za-schoon-lubango-parcel-bomb-1984", "lk-za-schoon-sues-williamson-1995"),
        ),
    )


def test_tnr_fresh287_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh287: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1973 to 2025 (five stories without a year in the text), 24 TNR and 16 look-alikes, five
    origin states (Afghanistan, Bhutan, Kazakhstan, Kyrgyzstan, Turkmenistan): the reserve
    Bhutan replaces Mongolia, whose TNR events were all told elsewhere, and Nepal was dropped
    too, as every Nepali TNR event found was already told, so Mongolia and Nepal are in
    look-alikes only; each origin has two TNR stories (five texts each, Bhutan four). 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh281 to tnr-fresh286 and tnr-fresh288 were written
    beside it, blind), eighteen stories, ten of them TNR: four told three times (Petrushova
    held in St Petersburg and Ghulami shot in Mashhad: two English texts and one other;
    Myrzakmatov's in-absentia sentence and the Ankara embassy's student informants: one
    English text and two others), six TNR stories and the eight look-alikes told twice, and two
    "same person, different event" traps: Melis Myrzakmatov, sentenced in absentia in 2015
    (TNR) and flying back to Osh in 2020 (look-alike), and Irina Petrushova, held in St
    Petersburg in 2004 and in Volokolamsk in 2005 (two TNR stories)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh287",
        states="AF BT KG KZ TM",
        count=5,
        sibling=(
            "tnr-fresh281",
            "tnr-fresh282",
            "tnr-fresh283",
            "tnr-fresh284",
            "tnr-fresh285",
            "tnr-fresh286",
            "tnr-fresh288",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("kg-myrzakmatov-absentia-sentence-2015", "lk-kg-myrzakmatov-return-2020"),
            ("kz-petrushova-st-petersburg-2004", "kz-petrushova-volokolamsk-2005"),
        ),
    )


def test_tnr_fresh288_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh288: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2001 to 2023 (two look-alikes without a year in the text), 24 TNR and 16 look-alikes,
    five origin states (Bahrain, Iraq, Kuwait, Lebanon, Syria): Jordan was dropped because
    every Jordanian TNR event the search pages turned up was already told elsewhere, so Jordan
    is a host and in three look-alikes only, and the reserve Oman was not used because its one
    look-up found only told events; Bahrain, Iraq, Lebanon and Syria carry five TNR texts each
    and Kuwait four. 20 English texts and four in each other language, a source for every
    text, no story group shared with another split (tnr-fresh281 to tnr-fresh287 were written
    beside it, blind), eighteen stories, ten of them TNR: four told three times (Syria's demand
    that Jordan return the MiG pilot Hassan Hamada and Issam Hamama, Saddam's "Code 6129",
    jailed in Michigan: two English texts and one other; the Dark Caracal spyware traced to
    Lebanon's General Security and the jamming of London's LuaLua TV: one English text and two
    others), six TNR stories and the eight look-alikes told twice, and one "same person,
    different event" trap: Nizar Nayouf, freed by Syria to seek treatment in France in 2001
    and detained by French police in Paris in 2003 (two look-alikes). The rights groups' call
    to investigate Dark Caracal is a TNR group of its own, apart from the campaign's report."""
    assert_a_blind_split_of_forty(
        "tnr-fresh288",
        states="BH IQ KW LB SY",
        count=5,
        sibling=(
            "tnr-fresh281",
            "tnr-fresh282",
            "tnr-fresh283",
            "tnr-fresh284",
            "tnr-fresh285",
            "tnr-fresh286",
            "tnr-fresh287",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(("lk-sy-nayouf-release-2001", "lk-sy-nayouf-paris-police-detention-2003"),),
    )


def test_tnr_fresh289_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh289: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1995 to 2025, 24 TNR and 16 look-alikes, five origin states (Benin, China, Côte
    d'Ivoire, Egypt, Iran): Guinea was dropped because every Guinean TNR event the search pages
    turned up was already told elsewhere, and the reserve Gambia was tried and failed too (its
    one look-up found only told events), so Guinea is in two look-alikes only; Benin, China,
    Côte d'Ivoire and Iran carry five TNR texts each and Egypt four. 20 English texts and four
    in each other language, a source for every text, no story group shared with another split
    (tnr-fresh290 to tnr-fresh296 were written beside it, blind), eighteen stories, ten of them
    TNR: four told three times (the attack on Peter Yuan Li near Atlanta and Komi Koutché's
    arrest in Madrid: two English texts and one other; the US sanctions on Iran's Rana and
    APT39 and Guillaume Soro's 2020 in-absentia sentence: one English text and two others), six
    TNR stories and the eight look-alikes told twice, and one "same person, different event"
    trap: Guillaume Soro, sentenced in absentia to 20 years for embezzlement in 2020 and to
    life for an insurrection plot in 2021 (two TNR stories)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh289",
        states="BJ CI CN EG IR",
        count=5,
        sibling=(
            "tnr-fresh290",
            "tnr-fresh291",
            "tnr-fresh292",
            "tnr-fresh293",
            "tnr-fresh294",
            "tnr-fresh295",
            "tnr-fresh296",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(("ci-soro-embezzlement-absentia-2020", "ci-soro-insurrection-life-absentia-2021"),),
    )


def test_tnr_fresh290_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh290: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1957 to 2023 (the Rzeszów ruling without a year in the text), 24 TNR and 16
    look-alikes, six origin states (Bolivia, Ecuador, Paraguay, Russia, Saudi Arabia, Turkey):
    Peru was dropped as an origin because no unused Peruvian TNR event turned up (the García
    and Ivcher cases are told elsewhere, and the Fujimori and Toledo extradition requests are
    lawful prosecutions), so Peru is in three look-alikes only and the reserve Paraguay carries
    two TNR stories. Russia and Ecuador carry five TNR texts each, Turkey and Paraguay four,
    Saudi Arabia and Bolivia three. 20 English texts and four in each other language, a source
    for every text, no story group shared with another split (tnr-fresh289 and tnr-fresh291 to
    tnr-fresh296 were written beside it, blind), eighteen stories, ten of them TNR: four told
    three times (the KGB killing of Lev Rebet in Munich and Bolivia's protest note to Argentina
    over Evo Morales: two English texts and one other; Loujain al-Hathloul's transfer from the
    UAE and Jamil Mahuad's sentence in absentia after an Interpol notice: one English text and
    two others), six TNR stories and the eight look-alikes told twice, and five "same person,
    different event" traps kept as two groups each: Evo Morales (Bolivia's protest note, TNR,
    and Peru's entry ban, a look-alike), the Isaías brothers (Ecuador's extradition push, TNR,
    and their ICE detention in Miami, a look-alike), Loujain al-Hathloul (her transfer from Abu
    Dhabi, TNR, and her arrest at Dammam airport, a look-alike), Musa Doğan (Denmark's and
    Poland's refusals of Turkey's extradition requests) and Arrom and Martí (Paraguay's request
    to revoke their refuge and Brazil's ending of it), the last two pairs both TNR."""
    assert_a_blind_split_of_forty(
        "tnr-fresh290",
        states="BO EC PY RU SA TR",
        count=6,
        sibling=(
            "tnr-fresh289",
            "tnr-fresh291",
            "tnr-fresh292",
            "tnr-fresh293",
            "tnr-fresh294",
            "tnr-fresh295",
            "tnr-fresh296",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("bo-morales-argentina-protest-note-2020", "lk-pe-morales-entry-ban-2023"),
            ("ec-isaias-extradition-push-2014", "lk-ec-isaias-ice-detention-2019"),
            ("sa-hathloul-uae-transfer-2018", "lk-sa-hathloul-dammam-arrest-2017"),
            ("tr-dogan-denmark-extradition-2017", "tr-dogan-rzeszow-extradition-refusal"),
            ("py-arrom-marti-refuge-revocation-2019", "py-arrom-marti-refuge-ceased-2019"),
        ),
    )


def test_tnr_fresh291_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh291: forty blind short texts (25-55 words, Chinese 50-110 characters), events of
    2006 to 2025 (the event dates of three TNR stories and two look-alikes are not in the texts), 24
    TNR and 16 look-alikes, six origin states (Armenia, Azerbaijan, Belarus, Moldova, Ukraine,
    Uzbekistan; the reserve Georgia was not used): Moldova and Ukraine carry five TNR texts each,
    Armenia and Belarus four, Azerbaijan and Uzbekistan three. 20 English texts and four in each
    other language, a source for every text, no story group shared with another split (tnr-fresh289,
    tnr-fresh290 and tnr-fresh292 to tnr-fresh296 were written beside it, blind), eighteen stories,
    ten of them TNR: four told three times (Illia Kyva shot near Moscow and Zamira Hajiyeva arrested
    in London on Baku's request: two English texts and one other; Vladimir Plahotniuc detained in
    Athens and Sobir Rustamov abducted from the Moscow region to Samarkand: one English text and two
    others), six TNR stories and the eight look-alikes told twice, and three "same person, different
    event" traps: Kyva's sentence in absentia and his killing (two TNR stories), Ilan Shor's 2017
    sentence at home (look-alike) and his 2023 sentence in absentia (TNR), and Hajiyeva's arrest on
    Azerbaijan's request (TNR) and the UK's Unexplained Wealth Order against her (look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh291",
        states="AM AZ BY MD UA UZ",
        count=6,
        sibling=(
            "tnr-fresh289",
            "tnr-fresh290",
            "tnr-fresh292",
            "tnr-fresh293",
            "tnr-fresh294",
            "tnr-fresh295",
            "tnr-fresh296",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ua-kyva-absentia-sentence-2023", "ua-kyva-suponevo-killing-2023"),
            ("lk-md-shor-orhei-sentence-2017", "md-shor-absentia-sentence-2023"),
            ("az-hajiyeva-london-arrest-2018", "lk-az-hajiyeva-unexplained-wealth-order-2018"),
        ),
    )


def test_tnr_fresh292_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh292: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1989 to 2025 (one look-alike without a year in the text), 24 TNR and 16 look-alikes, six
    origin states (Burundi, DR Congo, Republic of the Congo, Gabon, Rwanda, Uganda): the
    reserve Cameroon was not used, and Rwanda, Burundi and Gabon carry five TNR texts each, DR
    Congo, Congo and Uganda three each. 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh289 to
    tnr-fresh291 and tnr-fresh293 to tnr-fresh296 were written beside it, blind), seventeen
    stories, nine of them TNR: six told three times (Rwanda's demand for the former speaker
    Sebarenzi, the Johannesburg hearing on Mukungubila's extradition and Samson Mande's
    disappearance: two English texts and one other; Bunyoni's demand for Niyombare, the Bongo
    in-absentia sentence and Boukadia's: one English text and two others), three TNR stories
    and the eight look-alikes told twice, and two "same person, different event" traps:
    Modeste Boukadia, sentenced in absentia in 2014 while living in France (TNR) and arrested
    on his return to Brazzaville in 2016 (look-alike), and Samson Mande, warned of treason charges
    (look-alike) and reported captured in Tanzania in 2017 (TNR)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh292",
        states="BI CD CG GA RW UG",
        count=6,
        sibling=(
            "tnr-fresh289",
            "tnr-fresh290",
            "tnr-fresh291",
            "tnr-fresh293",
            "tnr-fresh294",
            "tnr-fresh295",
            "tnr-fresh296",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            ("cg-boukadia-absentia-sentence-2014", "lk-cg-boukadia-airport-arrest-2016"),
            ("ug-mande-missing-tanzania-2017", "lk-ug-mande-treason-warning"),
        ),
    )


def test_tnr_fresh293_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh293: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1973 to 2025 (two TNR stories and one look-alike without a year in the text), 24 TNR and
    16 look-alikes, six origin states (Bangladesh, India, Maldives, Nepal, Pakistan, Sri Lanka;
    the reserve Bhutan was not used): India and Pakistan carry five TNR texts each, Bangladesh
    and Nepal four, the Maldives and Sri Lanka three. 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh289
    to tnr-fresh292 and tnr-fresh294 to tnr-fresh296 were written beside it, blind), eighteen
    stories, ten of them TNR: four told three times (Pakistan asking Facebook and Twitter to
    unmask overseas posters and India's designation of the Edmonton-based Lakhbir Singh Landa:
    two English texts and one other; the Maldives' warrants for four bloggers abroad and a Sri
    Lankan court's open warrants for six LTTE suspects abroad: one English text and two
    others), six TNR stories and the eight look-alikes told twice, and two "same person,
    different event" traps: Ghulam Azam, stripped of citizenship in exile in 1973 (TNR) and
    upheld as a citizen by the Supreme Court in 1994 (look-alike), and Velupillai Prabhakaran,
    whose extradition India reviewed in Colombo in 2000 and demanded again in 2002 (two
    look-alikes). Landa's designation and his brother Tarsem Singh's handover by the UAE are
    two TNR groups (two people, two events)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh293",
        states="BD IN LK MV NP PK",
        count=6,
        sibling=(
            "tnr-fresh289",
            "tnr-fresh290",
            "tnr-fresh291",
            "tnr-fresh292",
            "tnr-fresh294",
            "tnr-fresh295",
            "tnr-fresh296",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            (
                "bd-ghulam-azam-citizenship-revoked-1973",
                "lk-bd-ghulam-azam-citizenship-ruling-1994",
            ),
            (
                "lk-in-prabhakaran-extradition-review-2000",
                "lk-in-prabhakaran-extradition-demand-2002",
            ),
        ),
    )


def test_tnr_fresh294_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh294: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1969 to 2024 (two stories without a year in the text), 24 TNR and 16 look-alikes, six
    origin states (Malaysia, the Philippines, Singapore, South Korea, Thailand, Vietnam; the
    reserve Taiwan was not used): Malaysia, Singapore and South Korea carry five TNR texts
    each, Vietnam four, the Philippines three and Thailand two. 20 English texts and four in
    each other language, a source for every text, no story group shared with another split
    (tnr-fresh289 to tnr-fresh293, tnr-fresh295 and tnr-fresh296 were written beside it,
    blind), eighteen stories, ten of them TNR: four told three times (Nur Sajat held in
    Bangkok on Malaysia's extradition bid and the 1979 gun-point warning to Steve Psinakis in
    San Francisco: two English texts and one other; Charles Yeo's arrest in Britain on
    Singapore's extradition request and South Korea's capture of Lee Soo-geun in Saigon: one
    English text and two others), six TNR stories and the eight look-alikes told twice, and
    three "same person, different event" traps: Nur Sajat (the Bangkok arrest of 2021, TNR,
    and the Selangor raid and Syariah charge, a look-alike; her Australian pursuit is a third
    group), Charles Yeo (the 2022 warrant and the 2024 arrest in Britain, two TNR stories) and
    Steve Psinakis (the 1979 warning, TNR, and his 1987 arrest by the US, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh294",
        states="KR MY PH SG TH VN",
        count=6,
        sibling=(
            "tnr-fresh289",
            "tnr-fresh290",
            "tnr-fresh291",
            "tnr-fresh292",
            "tnr-fresh293",
            "tnr-fresh295",
            "tnr-fresh296",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("my-nur-sajat-bangkok-arrest-2021", "lk-my-nur-sajat-selangor-raid-2021"),
            ("my-nur-sajat-bangkok-arrest-2021", "my-nur-sajat-australia-pursuit-2021"),
            ("sg-charles-yeo-arrest-warrant-2022", "sg-charles-yeo-uk-extradition-arrest-2024"),
            ("ph-psinakis-gunpoint-warning-1979", "lk-ph-psinakis-sf-arrest-1987"),
        ),
    )


def test_tnr_fresh295_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh295: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1987 to 2023 (four stories without a year in the text), 24 TNR and 16 look-alikes, six
    origin states (Iraq, Lebanon, Oman, Qatar, Syria, Yemen; the reserve, the UAE, was not
    used): Syria and Iraq carry four TNR texts each, Yemen and Qatar five, Lebanon and Oman
    three. 20 English texts and four in each other language, a source for every text, no story
    group shared with another split (tnr-fresh289 to tnr-fresh294 and tnr-fresh296 were written
    beside it, blind), eighteen stories, ten of them TNR: four told three times (Lebanon's
    military tribunal cancelling Hanin Ghaddar's in-absentia sentence and South Yemen's 1987
    death sentences on the exiled Ali Nasir Muhammad: two English texts and one other; Oman's
    ruling that Ali Salem al-Beidh's nationality had lapsed and the threats to Asma Arian in
    Germany: one English text and two others), six TNR stories and the eight look-alikes told
    twice, and two "same person, different event" traps: Ali Salem al-Beidh (Oman's ruling on
    his nationality in 2009 and Yemen's demand that Austria and Britain hand him over, two TNR
    groups of two origins) and Mohammed Ali Ahmed (sentenced in Aden in 1987 and named in the
    later handover demand, two Yemeni TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh295",
        states="IQ LB OM QA SY YE",
        count=6,
        sibling=(
            "tnr-fresh289",
            "tnr-fresh290",
            "tnr-fresh291",
            "tnr-fresh292",
            "tnr-fresh293",
            "tnr-fresh294",
            "tnr-fresh296",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("om-beidh-citizenship-lapsed-2009", "ye-beidh-ali-ahmed-handover-demand"),
            ("ye-pdry-ali-nasir-death-sentences-1987", "ye-beidh-ali-ahmed-handover-demand"),
        ),
    )


def test_tnr_fresh296_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh296: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1999 to 2023 (six stories without a year in the text), 24 TNR and 16 look-alikes, six
    origin states (Algeria, Libya, Morocco, Mauritania, Senegal, Tunisia; the reserve Mali was
    not used): Algeria, Libya and Tunisia carry five TNR texts each, Morocco four, Senegal three
    and Mauritania two. 20 English texts and four in each other language, a source for every
    text, no story group shared with another split (tnr-fresh289 to tnr-fresh295 were written
    beside it, blind), eighteen stories, ten of them TNR: four told three times (Mauritania's
    handover of Sonko's lawyer Juan Branco to Senegal and the RCD files of rue Botzaris: two
    English texts and one other; the Shoaa report on Algerian consulates and Mustafa
    el-Madaghi's rendition from Mauritania via Morocco to Libya: one English text and two
    others), six TNR stories and the eight look-alikes told twice, and one "same person,
    different event" trap: Juan Branco, handed over by Mauritania in August 2023 (TNR) and then
    charged in Dakar and released for expulsion to France (look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh296",
        states="DZ LY MA MR SN TN",
        count=6,
        sibling=(
            "tnr-fresh289",
            "tnr-fresh290",
            "tnr-fresh291",
            "tnr-fresh292",
            "tnr-fresh293",
            "tnr-fresh294",
            "tnr-fresh295",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(("sn-branco-mauritania-handover-2023", "lk-sn-branco-expulsion-2023"),),
    )


def test_tnr_fresh297_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh297: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1938 to 2026 (the Swiss Tibetan rally and the Kasimov sentence without a year in the
    text), 24 TNR and 16 look-alikes, six origin states (China, Gambia, Guinea, Liberia,
    Russia, Sierra Leone): the reserve Liberia replaces Mali, whose unused leads were all
    already told in other splits; Mali appears only in look-alikes. China, Russia and Sierra
    Leone carry five TNR texts each, Gambia, Guinea and Liberia three. 20 English texts and four
    in each other language, a source for every text, no story group shared with another split
    (tnr-fresh298 to tnr-fresh304 were written beside it, blind), seventeen stories, nine of
    them TNR: six told three times (the Konovalets bombing in Rotterdam, the Istanbul network
    spying on Uyghurs and Sierra Leone's wanted notice for Abu Conteh: one English text and two
    others; Gambia's detention of coup suspects' relatives, the Dakar arrests at Guinea's
    ambassador's meeting and Charles Taylor's 1985 jailbreak while awaiting extradition: two
    English texts and one other), three TNR stories and the eight look-alikes told twice, and
    two "same person, different event" traps: Kamil Kasimov, handed over by Kazakhstan (TNR)
    and sentenced in Russia (look-alike), and Etienne Fakaba Sissoko, sentenced in May 2024
    and upheld on appeal in December 2024 (two look-alikes)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh297",
        states="CN GM GN LR RU SL",
        count=6,
        sibling=(
            "tnr-fresh298",
            "tnr-fresh299",
            "tnr-fresh300",
            "tnr-fresh301",
            "tnr-fresh302",
            "tnr-fresh303",
            "tnr-fresh304",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            ("ru-kasimov-kazakhstan-handover-2024", "lk-ru-kasimov-desertion-sentence"),
            ("lk-ml-fakaba-sissoko-sentence-2024", "lk-ml-fakaba-sissoko-appeal-2024"),
        ),
    )


def test_tnr_fresh298_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh298: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1937 to 2022 (one story without a year in the text), 24 TNR and 16 look-alikes, six
    origin states (Cuba, the Dominican Republic, Egypt, Haiti, Iran, Turkey; the reserve,
    Venezuela, was not used): Iran, Turkey and the Dominican Republic carry five TNR texts
    each, Egypt four, Cuba three and Haiti two. 20 English texts and four in each other
    language, a source for every text, no story group shared with another split
    (tnr-fresh297 and tnr-fresh299 to tnr-fresh304 were written beside it, blind), eighteen
    stories, ten of them TNR: four told three times (the 1992 killing of Abbas Qolizadeh in
    Istanbul and Trujillo's gunmen killing José Almoina in Mexico in 1960: two English texts
    and one other; İsmet Kılıç jailed in Slovenia at Turkey's request and the Cuban
    delegation shouting down exiles at the 2018 Lima summit forum: one English text and two
    others), six TNR stories and the eight look-alikes told twice, and one "same person,
    different event" trap: José Almoina, warned by a Trujillo agent in Mexico to write a
    tribute after his exposé, and shot dead there in 1960 (two Dominican TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh298",
        states="CU DO EG HT IR TR",
        count=6,
        sibling=(
            "tnr-fresh297",
            "tnr-fresh299",
            "tnr-fresh300",
            "tnr-fresh301",
            "tnr-fresh302",
            "tnr-fresh303",
            "tnr-fresh304",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(("do-almoina-book-warning-mexico", "do-almoina-mexico-city-killing-1960"),),
    )


def test_tnr_fresh299_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh299: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1994 to 2024 (one story without a year in the text), 24 TNR and 16 look-alikes, six
    origin states (Azerbaijan, Belarus, Kazakhstan, Tajikistan, Turkmenistan, Uzbekistan; the
    reserve, Kyrgyzstan, was not used): Kazakhstan, Tajikistan and Uzbekistan carry five TNR
    texts each, Azerbaijan four, Belarus three and Turkmenistan two. 20 English texts and four
    in each other language, a source for every text, no story group shared with another split
    (tnr-fresh297, tnr-fresh298 and tnr-fresh300 to tnr-fresh304 were written beside it,
    blind), eighteen stories, ten of them TNR: four told three times (Turkey's 1999 extradition
    of the Erk members Mamatkulov and Askarov and the Minsk in-absentia sentences of the
    Haidukevich arson case: two English texts and one other; the raids on Barlyk Mendygaziyev's
    relatives in West Kazakhstan and Egypt's return of Tajik Al-Azhar students in 2010: one
    English text and two others), six TNR stories and the eight look-alikes told twice, and two
    "same person, different event" traps: Mukhametkuli Aymuradov and Khoshali Garayev (seized
    in Uzbekistan by Turkmen agents in 1994, TNR; given 18 more years in a Turkmen prison in
    1998, a look-alike) and Barlyk Mendygaziyev (the 2020 raids on his relatives and the
    extradition request being prepared against him in the United States, two TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh299",
        states="AZ BY KZ TJ TM UZ",
        count=6,
        sibling=(
            "tnr-fresh297",
            "tnr-fresh298",
            "tnr-fresh300",
            "tnr-fresh301",
            "tnr-fresh302",
            "tnr-fresh303",
            "tnr-fresh304",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("tm-aymuradov-garayev-uzbekistan-1994", "lk-tm-aymuradov-garayev-resentenced-1998"),
            ("kz-mendygaziyev-relatives-raids-2020", "kz-mendygaziyev-extradition-bid"),
        ),
    )


def test_tnr_fresh300_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh300: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2010 to 2025 (one story without a year in the text), 24 TNR and 16 look-alikes, six
    origin states (Bahrain, Kuwait, Oman, Qatar, Saudi Arabia, the UAE; the reserve, Yemen,
    was not used): the UAE, Qatar and Saudi Arabia carry five TNR texts each, Bahrain, Kuwait
    and Oman three. 20 English texts and four in each other language, a source for every text,
    no story group shared with another split (tnr-fresh297 to tnr-fresh299 and tnr-fresh301
    to tnr-fresh304 were written beside it, blind), seventeen stories, nine of them TNR (fewer
    than the ten aimed for: most events of these states are already told): six told three
    times (the UAE's photos of Sheikha Latifa with Mary Robinson, Faisal al-Jarba's handover
    from Amman and Khalid al-Hail's lure home to Qatar: two English texts and one other; the
    British envoy's remarks on the assault at Bahrain's London embassy, Nawaf al-Hendal's
    warrants and Muawiya al-Riwahi's death threats: one English text and two others), three
    TNR stories and the eight look-alikes told twice, and one "same person, different event"
    trap: Ahmed Mansoor (death threats at home in 2011 and Kuwait's refusal of entry in 2012,
    two look-alike groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh300",
        states="AE BH KW OM QA SA",
        count=6,
        sibling=(
            "tnr-fresh297",
            "tnr-fresh298",
            "tnr-fresh299",
            "tnr-fresh301",
            "tnr-fresh302",
            "tnr-fresh303",
            "tnr-fresh304",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(("lk-ae-mansoor-death-threats-2011", "lk-ae-mansoor-kuwait-entry-denied-2012"),),
    )


def test_tnr_fresh301_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh301: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1986 to 2025 (six stories without a year in the text), 24 TNR and 16 look-alikes, five
    origin states (Afghanistan, Bangladesh, India, Pakistan, Sri Lanka): Nepal was dropped and
    the reserve Maldives failed too, every case found for either being already told or a lawful
    pursuit of criminals. India carries six TNR texts (one over the brief's five, forced by five
    states and at most three texts a story), Pakistan, Bangladesh and Sri Lanka five each and
    Afghanistan three. 20 English texts and four in each other language, a source for every
    text, no story group shared with another split (tnr-fresh297 to tnr-fresh300 and
    tnr-fresh302 to tnr-fresh304 were written beside it, blind), eighteen stories, ten of them
    TNR: four told three times (Ghulam Mustafa Khar's sentence in absentia and Colombo's 2009
    push in Britain against Adele Balasingham: two English texts and one other; the Rohingya
    questioned about Shafiur Rahman and the Taliban's demand that Iran hand over refugees at
    Zaranj: one English text and two others), six TNR stories and the eight look-alikes told
    twice, and three "same person, different event" traps: Adele Balasingham (the 2009 push
    and the Defence Ministry's 2012 call for her trial, two TNR groups; the 2009 push and a
    Sinhala nationalist party's letter asking for her arrest, a look-alike) and Ghulam Mustafa
    Khar (sentenced in absentia in exile, TNR, and arrested at Karachi airport on his return in
    1986, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh301",
        states="AF BD IN LK PK",
        count=5,
        sibling=(
            "tnr-fresh297",
            "tnr-fresh298",
            "tnr-fresh299",
            "tnr-fresh300",
            "tnr-fresh302",
            "tnr-fresh303",
            "tnr-fresh304",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("lka-adele-uk-action-2009", "lka-adele-defence-ministry-trial-call-2012"),
            ("lka-adele-uk-action-2009", "lk-lka-sjp-adele-letter"),
            ("pk-khar-absentia-sentence", "lk-pk-khar-karachi-arrest-1986"),
        ),
    )


def test_tnr_fresh302_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh302: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1974 to 2025, 24 TNR and 16 look-alikes, six origin states (Burundi, Eritrea, Ethiopia,
    Kenya, Rwanda and the reserve South Sudan): Uganda, one of the six states given, is told
    only in look-alikes, as no unused Ugandan TNR event was found within the look-up budget,
    so the reserve South Sudan was used. Kenya, Rwanda and Eritrea carry five TNR texts each,
    Burundi, Ethiopia and South Sudan three. 20 English texts and four in each other language,
    a source for every text, no story group shared with another split (its seven siblings,
    tnr-fresh297 to tnr-fresh304, were written beside it, blind), seventeen stories, nine of them
    TNR: six TNR stories told three times (the 2018 Mombasa award to Khalid Balala, Bob
    Rugurika's poisoning warning, the Eritrean footballers hunted in Uganda, the Jail Ogaden
    report on relatives of diaspora critics, the US visa bans for South Sudan's kidnappers,
    the claim that Ben Rutabana was handed to Rwanda and killed), three TNR stories and the
    eight look-alikes told twice, and a "same person, different event" trap told in three
    groups: Sheikh Khalid Balala, whose passport Kenya seized in Germany in 1994 (TNR), who
    won damages for it in 2018 (TNR, a court ruling at home) and who had been charged with
    treason in Voi before the 1992 elections (look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh302",
        states="BI ER ET KE RW SS",
        count=6,
        sibling=(
            "tnr-fresh297",
            "tnr-fresh298",
            "tnr-fresh299",
            "tnr-fresh300",
            "tnr-fresh301",
            "tnr-fresh303",
            "tnr-fresh304",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            ("ke-balala-stateless-germany-1994", "lk-ke-balala-treason-charge-1992"),
            ("ke-balala-stateless-germany-1994", "ke-balala-damages-ruling-2018"),
        ),
    )


def test_tnr_fresh303_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh303: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1983 to 2015 (four stories without a year in the text), 24 TNR and 16 look-alikes, six
    origin states (Cambodia, Laos, Myanmar, North Korea, Thailand, Vietnam; the reserve
    Mongolia was not used): Cambodia and Vietnam carry five TNR texts each, Laos and Myanmar
    four, North Korea and Thailand three. 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh297 to
    tnr-fresh302 and tnr-fresh304 were written beside it, blind), eighteen stories, ten of them
    TNR: four told three times (the Yantai boat refugees seized and sent back by China and
    Britain's revoking of Thaksin's visa as Bangkok sought his extradition: two English texts
    and one other; Thailand's arrest of Sok Yoeun at Cambodia's request and Vietnam's refusal
    of entry to the exiled pastor Tran Dinh Ai: one English text and two others), six TNR
    stories and the eight look-alikes told twice, and three "same person, different event"
    traps: Seok Jae-hyun (seized in Yantai, TNR, then sentenced by a Yantai court, a
    look-alike), Soe Myint (the 1990 hijacking, a look-alike, and the case India revived
    against him in 2003, TNR) and Sok Yoeun (the 1999 arrest and the later extradition ruling,
    two TNR stories)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh303",
        states="KH KP LA MM TH VN",
        count=6,
        sibling=(
            "tnr-fresh297",
            "tnr-fresh298",
            "tnr-fresh299",
            "tnr-fresh300",
            "tnr-fresh301",
            "tnr-fresh302",
            "tnr-fresh304",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("kp-yantai-boat-arrests-2003", "lk-kp-seok-jae-hyun-sentence-2003"),
            ("mm-soe-myint-trial-revived-2003", "lk-mm-soe-myint-hijack-1990"),
            ("kh-sok-yoeun-bangkok-arrest-1999", "kh-sok-yoeun-extradition-ruling-2003"),
        ),
    )


def test_tnr_fresh304_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh304: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1980 to 2024 (one look-alike without a year in the text), 24 TNR and 16 look-alikes, six
    origin states (Bolivia, Colombia, Ecuador, Guatemala, Nicaragua, Venezuela; the reserve
    Honduras was not used): Venezuela and Guatemala carry five TNR texts each, Bolivia and
    Ecuador four, Colombia and Nicaragua three. 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh297
    to tnr-fresh303 were written beside it, blind), eighteen stories, ten of them TNR: four told
    three times (Ecuador's handover of Simón Trinidad to Colombia and Panama's refusal to
    extradite Jorge Serrano: two English texts and one other; Venezuela's request to detain
    Colina and Varela and Álvaro Leiva's letter on Nicaraguan agents in Costa Rica: one English
    text and two others), six TNR stories and the eight look-alikes told twice, and six "same
    person, different event" traps: Simón Trinidad (handed over by Ecuador, TNR; extradited to
    the US, look-alike), Lucio Gutiérrez (the warrant over his US remarks, TNR; his arrest on
    return, look-alike), Alberto Dahik (the asylum dispute, TNR; Correa's amnesty request,
    look-alike), and three pairs of TNR groups: Serrano (1994 refusal, 2002 warrant), Colina and
    Varela (2004 request, 2006 protest) and Alejandro Melgar (2009 Interpol request, 2012
    detention in Uruguay)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh304",
        states="BO CO EC GT NI VE",
        count=6,
        sibling=(
            "tnr-fresh297",
            "tnr-fresh298",
            "tnr-fresh299",
            "tnr-fresh300",
            "tnr-fresh301",
            "tnr-fresh302",
            "tnr-fresh303",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("co-trinidad-quito-handover-2004", "lk-co-trinidad-us-extradition-2004"),
            ("ec-gutierrez-us-remarks-warrant-2005", "lk-ec-gutierrez-return-arrest-2005"),
            ("ec-dahik-costa-rica-asylum-1996", "lk-ec-dahik-amnesty-request-2010"),
            ("gt-serrano-panama-extradition-refusal-1994", "gt-serrano-international-warrant-2002"),
            ("ve-colina-varela-detention-request-2004", "ve-colina-varela-release-protest-2006"),
            ("bo-acha-melgar-interpol-2009", "bo-melgar-montevideo-arrest-2012"),
        ),
    )


def test_tnr_fresh305_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh305: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1999 to 2024 (one TNR story without a year in the text), 24 TNR and 16 look-alikes, six
    origin states (China, Côte d'Ivoire, Guinea, Senegal, Tajikistan, Turkmenistan; the reserve
    Burkina Faso was not used): China and Côte d'Ivoire carry five TNR texts each, Senegal and
    Tajikistan four, Turkmenistan and Guinea three. 20 English texts and four in each other
    language, a source for every text, no story group shared with another split (tnr-fresh306
    to tnr-fresh312 were written beside it, blind), eighteen stories, ten of them TNR: four told
    three times (Ghana's handover of Jean-Noël Abéhi and Jean-Yves Dibopieu and Bah Oury's life
    sentence in absentia: two English texts and one other; the sentences on Rebiya Kadeer's
    sons and Turkmenistan's list of 50 critics sent to nine states: one English text and two
    others), six TNR stories and the eight look-alikes told twice, and two "same person,
    different event" traps: Rebiya Kadeer (her sons jailed after her election abroad in 2006,
    TNR; her own arrest at home in 1999, look-alike) and Jean-Yves Dibopieu (the February 2013
    handover and President Mahama's account of Ouattara's wanted list, two TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh305",
        states="CI CN GN SN TJ TM",
        count=6,
        sibling=(
            "tnr-fresh306",
            "tnr-fresh307",
            "tnr-fresh308",
            "tnr-fresh309",
            "tnr-fresh310",
            "tnr-fresh311",
            "tnr-fresh312",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("cn-kadeer-sons-sentenced-2006", "lk-cn-kadeer-arrest-1999"),
            ("ci-abehi-dibopieu-ghana-handover-2013", "ci-mahama-ouattara-wanted-list-2013"),
        ),
    )


def test_tnr_fresh306_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh306: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1999 to 2024, 24 TNR and 16 look-alikes, six origin states (Armenia, Belarus, Georgia,
    Moldova, Russia, Ukraine; the reserve Azerbaijan was not used): Russia and Armenia carry five
    TNR texts each, Moldova and Georgia four, Belarus and Ukraine three. 20 English texts and four
    in each other language, a source for every text, no story group shared with another split
    (tnr-fresh305 and tnr-fresh307 to tnr-fresh312 were written beside it, blind), eighteen
    stories, ten of them TNR: four told three times (Kalugin's treason verdict in absentia and
    Georgia's handover of Abovian and Sirunian to Armenia: two English texts and one other; the
    Yanukovych verdict in absentia and Belarus's Interpol listing of Ales Mikhalevich: one English
    text and two others), six TNR stories and the eight look-alikes told twice, and five "same
    person, different event" pairs kept as separate groups: Oleg Kalugin (the 2002 verdict, TNR;
    his 2003 US citizenship, look-alike), Irakli Okruashvili (the 2008 French asylum, TNR; his
    2007 arrest in Tbilisi, look-alike; and the 2008 Paris extradition refusal, a second TNR
    group), Ales Mikhalevich (the 2011 Interpol listing, TNR; his 2015 arrest on return,
    look-alike) and Vladimir Plahotniuc (the 2020 Interpol refusal and the 2020 Cyprus-Saudi
    extradition request, two TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh306",
        states="AM BY GE MD RU UA",
        count=6,
        sibling=(
            "tnr-fresh305",
            "tnr-fresh307",
            "tnr-fresh308",
            "tnr-fresh309",
            "tnr-fresh310",
            "tnr-fresh311",
            "tnr-fresh312",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ru-kalugin-treason-absentia-2002", "lk-ru-kalugin-us-citizenship-2003"),
            ("ge-okruashvili-france-asylum-2008", "lk-ge-okruashvili-tbilisi-arrest-2007"),
            ("ge-okruashvili-france-asylum-2008", "ge-okruashvili-paris-extradition-refused-2008"),
            ("by-mikhalevich-interpol-prague-2011", "lk-by-mikhalevich-border-arrest-2015"),
            ("md-plahotniuc-interpol-refusal-2020", "md-plahotniuc-cyprus-saudi-request-2020"),
        ),
    )


def test_tnr_fresh307_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh307: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1957 to 2024 (three TNR stories without the event's year in the text), 24 TNR and 16
    look-alikes, six origin states (Iran, Iraq, Kuwait, Lebanon, Syria, Yemen): Jordan,
    one of the six given, had no unused TNR event the writer could source, so the reserve
    Kuwait was used in its place (Jordan appears only in two look-alikes). Iran and Iraq carry
    five TNR texts each, Syria and Yemen four, Lebanon and Kuwait three. 20 English texts and
    four in each other language, a source for every text, no story group shared with another
    split (tnr-fresh305, tnr-fresh306 and tnr-fresh308 to tnr-fresh312 were written beside it,
    blind), eighteen stories, ten of them TNR: four told three times (the 1980 attempt on
    Shapour Bakhtiar and Iraq's 2004 warrants for Ahmad and Salem Chalabi: two English texts
    and one other; Lebanon's second death sentence in absentia on Antoine Lahd and Kuwait's
    1993 death sentence in absentia on Alaa Hussein: one English text and two others), six TNR
    stories and the eight look-alikes told twice, and six "same person, different event"
    traps: Anis Naccache (the Bakhtiar attack, TNR; France's 1990 pardon, look-alike), Ahmad
    Chalabi (Iraq's warrant, TNR; Jordan's Petra Bank conviction, look-alike), Antoine Lahd
    (the death sentence, TNR; Souha Bechara's 1988 shooting of him, look-alike), Alaa Hussein
    (the 1993 sentence in absentia, TNR; his retrial at home in 2000, look-alike), and two
    pairs of TNR groups: Abdel-Halim Khaddam (the January 2006 asset freeze and the May 2006
    summons) and Yahya al-Houthi (the second and third lifting of his immunity)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh307",
        states="IQ IR KW LB SY YE",
        count=6,
        sibling=(
            "tnr-fresh305",
            "tnr-fresh306",
            "tnr-fresh308",
            "tnr-fresh309",
            "tnr-fresh310",
            "tnr-fresh311",
            "tnr-fresh312",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ir-bakhtiar-neuilly-attempt-1980", "lk-ir-naccache-pardon-1990"),
            ("iq-chalabi-counterfeit-warrant-2004", "lk-jo-chalabi-petra-conviction-1992"),
            ("lb-lahad-absentia-death-pension", "lk-lb-bechara-shoots-lahad-1988"),
            ("kw-alaa-hussein-absentia-death-1993", "lk-kw-alaa-hussein-retrial-2000"),
            (
                "sy-khaddam-treason-vote-asset-freeze-2006",
                "sy-khaddam-banias-final-summons-2006",
            ),
            ("ye-yahya-houthi-immunity-second-2008", "ye-yahya-houthi-immunity-third-2009"),
        ),
    )


def test_tnr_fresh308_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh308: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1986 to 2025 (one look-alike without a year in the text), 24 TNR and 16 look-alikes, six
    origin states (Algeria, Egypt, Libya, Morocco, Tunisia, Turkey; the reserve Mauritania was
    not used): Turkey and Algeria carry five TNR texts each, Libya and Morocco four, Egypt and
    Tunisia three. 20 English texts and four in each other language, a source for every text,
    no story group shared with another split (tnr-fresh305 to tnr-fresh307 and tnr-fresh309 to
    tnr-fresh312 were written beside it, blind), eighteen stories, ten of them TNR: four told
    three times (Serbia's extradition of Cevdet Ayaz and Zaki Hannache's sentence in absentia:
    one English text and two others; Egypt's revocation of Mustafa Hussein's nationality and the
    Tunis military court's sentence on Nassim Saadi: two English texts and one other), six TNR
    stories and the eight look-alikes told twice, and three "same person, different event"
    traps: Nassim Saadi (the 2005 sentence in absentia, TNR; the 2008 Strasbourg ruling against
    his deportation, look-alike) and Ibn al-Sheikh al-Libi (the passport taken by the Libyan
    embassy in Mauritania and his return from CIA custody, two TNR groups; his 2009 death in a
    Libyan prison, look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh308",
        states="DZ EG LY MA TN TR",
        count=6,
        sibling=(
            "tnr-fresh305",
            "tnr-fresh306",
            "tnr-fresh307",
            "tnr-fresh309",
            "tnr-fresh310",
            "tnr-fresh311",
            "tnr-fresh312",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("tn-saadi-military-absentia-2005", "lk-tn-saadi-echr-ruling-2008"),
            ("ly-libi-nouakchott-passport-1980s", "ly-libi-us-handover-2006"),
            ("ly-libi-us-handover-2006", "lk-ly-libi-abu-salim-death-2009"),
        ),
    )


def test_tnr_fresh310_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh310: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1996 to 2025 (two stories without a year for the event told), 24 TNR and 16 look-alikes, six
    origin states (Afghanistan, Bangladesh, India, Pakistan, Sri Lanka and the reserve Bhutan,
    used because every Nepali case found was already told in other splits; Nepal appears only
    in a look-alike): Afghanistan and Bangladesh carry five TNR texts each, India and Bhutan
    four, Pakistan and Sri Lanka three. 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh305 to
    tnr-fresh309, tnr-fresh311 and tnr-fresh312 were written beside it, blind), eighteen
    stories, ten of them TNR: four told three times (the Iranian commander's refusal of the
    Taliban's Milak demand and Pakistan's red warrants for three MQM-London leaders: two English
    texts and one other; the 2016 Dhaka warrant for Tarique Rahman over his London speech and
    the Toronto consul's appeal to Tamils to stop protesting: one English text and two others),
    six TNR stories and the eight look-alikes told twice, and two "same person, different
    event" traps: Tarique Rahman (the 2016 magistrate's warrant and the 2017 sessions-court
    warrant, two TNR groups) and Bandula Jayasekara (his appeal to stop protesting, TNR; his
    call on Canada to protect Sri Lankan Canadians, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh310",
        states="AF BD BT IN LK PK",
        count=6,
        sibling=(
            "tnr-fresh305",
            "tnr-fresh306",
            "tnr-fresh307",
            "tnr-fresh308",
            "tnr-fresh309",
            "tnr-fresh311",
            "tnr-fresh312",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("bd-tarique-sedition-warrant-2016", "bd-tarique-sessions-court-warrant-2017"),
            ("lka-jayasekara-toronto-protest-appeal-2009", "lk-lk-jayasekara-protection-call-2009"),
        ),
    )


def test_tnr_fresh311_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh311: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2002 to 2025 (one look-alike without a year in the text), 24 TNR and 16 look-alikes, six
    origin states (Cambodia, Laos, Malaysia, Myanmar, Thailand, Vietnam; the reserve Indonesia
    was not used): Cambodia and Malaysia carry five TNR texts each, Laos and Thailand four,
    Myanmar and Vietnam three. 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh305 to tnr-fresh310 and
    tnr-fresh312 were written beside it, blind), eighteen stories, ten of them TNR: four told
    three times (Rainsy's in-absentia sentence over the treaty video and Rewcastle Brown's
    Terengganu sentence: two English texts and one other; Pham Van Tuong's handover from
    Cambodia to Vietnam and the seizure of Zin Mar Aung's home: one English text and two
    others), six TNR stories and the eight look-alikes told twice, and three "same person,
    different event" traps, each two TNR groups: Clare Rewcastle Brown (the 2024 sentence, the
    2025 ruling setting it aside), Sam Rainsy (the July and December 2016 rulings) and the three
    Lao workers (the May 2016 confession, the August 2016 hunt for their network)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh311",
        states="KH LA MM MY TH VN",
        count=6,
        sibling=(
            "tnr-fresh305",
            "tnr-fresh306",
            "tnr-fresh307",
            "tnr-fresh308",
            "tnr-fresh309",
            "tnr-fresh310",
            "tnr-fresh312",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("my-rcb-terengganu-sentence-2024", "my-rcb-conviction-set-aside-2025"),
            ("kh-rainsy-heng-samrin-defamation-2016", "kh-rainsy-border-video-sentence-2016"),
            ("la-three-workers-tv-confession-2016", "la-facebook-friends-hunt-2016"),
        ),
    )


def test_tnr_fresh312_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh312: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2002 to 2019, 24 TNR and 16 look-alikes, five origin states (Burundi, Eritrea, Ethiopia,
    Rwanda, Sudan): Uganda, the sixth state given, has no untold TNR event the 25 look-ups
    found and appears only in two look-alikes, and the reserve Somalia was not used because the
    look-ups were spent. Rwanda carries nine TNR texts, Eritrea six, Ethiopia, Burundi and
    Sudan three each (one untold story each), so two states exceed the brief's five. 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh305 to tnr-fresh311 were written beside it, blind),
    seventeen stories, nine of them TNR: six told three times (the Dutch search of Victoire
    Ingabire's homes, Malta's deportation of Eritreans and Tanzania's arrest of the FPB
    leaders: two English texts and one other; the Afar refugees in Yemen, Elias Kifle's
    conviction in absentia and Uganda's expulsion of Sudanese rebels: one English text and two
    others), three TNR stories and the eight look-alikes told twice, and one "same person,
    different event" trap: Victoire Ingabire (the Dutch search at Rwanda's request, TNR; her
    Supreme Court sentence in Kigali, look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh312",
        states="BI ER ET RW SD",
        count=5,
        sibling=(
            "tnr-fresh305",
            "tnr-fresh306",
            "tnr-fresh307",
            "tnr-fresh308",
            "tnr-fresh309",
            "tnr-fresh310",
            "tnr-fresh311",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(("rw-ingabire-dutch-search-2010", "lk-rw-ingabire-supreme-court-2013"),),
    )


def test_tnr_fresh309_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh309: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1990 to 2020, 24 TNR and 16 look-alikes, six origin states (Bahrain, Gabon, North Korea,
    Saudi Arabia, the United Arab Emirates, Zimbabwe; the reserve Zambia was not used): North
    Korea and Saudi Arabia carry five TNR texts each, Bahrain and Gabon four, the UAE and
    Zimbabwe three. 20 English texts and four in each other language, a source for every text,
    no story group shared with another split (tnr-fresh305 to tnr-fresh308 and tnr-fresh310 to
    tnr-fresh312 were written beside it, blind), eighteen stories, ten of them TNR: four told
    three times (China's seizure of ten North Koreans in Shenyang and Harare's warrant for James
    Makamba: two English texts and one other; the London fact-finding ruling on Dubai's ruler
    and Prince Sultan's citizenship threat against Mohammed al-Mas'ari: one English text and
    two others), six TNR stories and the eight look-alikes told twice, and three "same person,
    different event" traps: the Shenyang ten (seized, then handed over at Sinuiju: two TNR
    groups), Pierre Mamboundou (France's 1990 expulsion and the sentence in absentia: two TNR
    groups) and James Makamba (the 2005 warrant, TNR; his 2018 surrender at home, a
    look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh309",
        states="AE BH GA KP SA ZW",
        count=6,
        sibling=(
            "tnr-fresh305",
            "tnr-fresh306",
            "tnr-fresh307",
            "tnr-fresh308",
            "tnr-fresh310",
            "tnr-fresh311",
            "tnr-fresh312",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("kp-shenyang-ten-detained-2017", "kp-shenyang-ten-repatriated-2017"),
            ("ga-mamboundou-absentia-sentence-1990", "ga-mamboundou-france-expulsion-1990"),
            ("zw-makamba-warrant-2005", "lk-zw-makamba-court-return-2018"),
        ),
    )


def test_tnr_fresh313_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh313: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1955 to 2024, 24 TNR and 16 look-alikes, six origin states (Bulgaria, the Dominican
    Republic, Georgia, Lebanon, Taiwan, Yemen; the reserve Panama was not used): Taiwan and
    Georgia carry five TNR texts each, Lebanon and Yemen four, Bulgaria and the Dominican
    Republic three. 20 English texts and four in each other language, a source for every text,
    no story group shared with another split (tnr-fresh314 to tnr-fresh320 were written beside
    it, blind), eighteen stories, ten of them TNR: four told three times (the KMT's pressure on
    Thomas Liao through his relatives and the Havana killing of Pipí Hernández: two English
    texts and one other; Georgi Markov's poisoning and Aslan Abashidze's 2007 sentence in
    absentia: one English text and two others), six TNR stories and the eight look-alikes told
    twice, and four "same person, different event" traps: Thomas Liao (relatives sentenced and
    party infiltrated, two TNR groups; his 1965 return and pardon, a look-alike), Aslan
    Abashidze (the 2005 warrant and 2007 sentence, two TNR groups; his 2004 resignation, a
    look-alike), Omar Harfouch (the 2023 warrant and its withdrawal: two TNR groups) and Ali
    Salem al-Beidh (Hadi's 2014 request to Lebanon, TNR; Hezbollah's halt of Aden Live, a
    look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh313",
        states="BG DO GE LB TW YE",
        count=6,
        sibling=(
            "tnr-fresh314",
            "tnr-fresh315",
            "tnr-fresh316",
            "tnr-fresh317",
            "tnr-fresh318",
            "tnr-fresh319",
            "tnr-fresh320",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("tw-liao-relatives-sentenced-1964", "lk-tw-liao-return-pardon-1965"),
            ("tw-liao-relatives-sentenced-1964", "tw-liao-party-infiltrated-1950s"),
            ("ge-abashidze-arrest-warrant-2005", "ge-abashidze-absentia-sentence-2007"),
            ("ge-abashidze-absentia-sentence-2007", "lk-ge-abashidze-resigns-moscow-2004"),
            ("lb-harfouch-arrest-warrant-2023", "lb-harfouch-warrant-cancelled-2023"),
            ("ye-hadi-beidh-lebanon-hosting-2014", "lk-ye-aden-live-hezbollah-halt"),
        ),
    )


def test_tnr_fresh314_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh314: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1957 to 2023, 24 TNR and 16 look-alikes, six origin states (Djibouti, Jordan, South
    Korea, Paraguay, the Philippines, Romania; the reserve Honduras was not used): Romania and
    Djibouti carry five TNR texts each, South Korea and the Philippines four, Paraguay and
    Jordan three. 20 English texts and four in each other language, a source for every text,
    no story group shared with another split (tnr-fresh313 and tnr-fresh315 to tnr-fresh320
    were written beside it, blind), eighteen stories, ten of them TNR: four told three times
    (the 1981 parcel bombs to Romanian exiles in Paris and Méndez Fleitas held in Buenos Aires:
    two English texts and one other; Djibouti's 1979 request for Mohamed Kadamy and Jordan's
    sentence in absentia on Ali Abu Nuwar: one English text and two others), six TNR stories
    and the eight look-alikes told twice, and two "same person, different event" traps: Paul
    Goma (the Paris parcel bomb, TNR; his 1977 arrest in Bucharest, look-alike) and Mohamed
    Kadamy (the 1979 extradition request and the 1995 rogatory commission: two TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh314",
        states="DJ JO KR PH PY RO",
        count=6,
        sibling=(
            "tnr-fresh313",
            "tnr-fresh315",
            "tnr-fresh316",
            "tnr-fresh317",
            "tnr-fresh318",
            "tnr-fresh319",
            "tnr-fresh320",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ro-goma-penescu-parcel-bombs-1981", "lk-ro-goma-bucharest-arrest-1977"),
            ("dj-kadamy-extradition-request-1979", "dj-kadamy-videocassette-rogatory-1995"),
        ),
    )


def test_tnr_fresh315_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh315: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1976 to 2025, 24 TNR and 16 look-alikes, six origin states (Albania, Côte d'Ivoire,
    Guatemala, Mauritania, South Africa, Uruguay): Kenya, one of the six states given, is
    left without a TNR text (no untold event of its found in three look-ups; it keeps two
    look-alike stories) and the reserve Mauritania takes its place. Côte d'Ivoire,
    Mauritania, South Africa and Uruguay carry five TNR texts each, Albania and Guatemala
    two. 20 English texts and four in each other language, a source for every text, no story
    group shared with another split (tnr-fresh313, tnr-fresh314 and tnr-fresh316 to
    tnr-fresh320 were written beside it, blind), eighteen stories, ten of them TNR: four told
    three times (Ruth First's killing in Maputo and Blé Goudé's wait for a passport in The
    Hague: two English texts and one other; the Julien-Grisonas family seized near Buenos
    Aires and Ould Daddah's sentence in absentia: one English text and two others), six TNR
    stories and the eight look-alikes told twice, and three "same person, different event"
    traps: Wilson Ferreira Aldunate (his escape from the 1976 Buenos Aires squad, TNR; his
    1984 arrest on coming home, a look-alike), Charles Blé Goudé (the 2019 sentence in
    absentia and the passport wait: two TNR groups; the passport handed over in 2022, a
    look-alike) and Moktar Ould Daddah (the 1980 sentence in absentia and the demand that
    France send him back: two TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh315",
        states="AL CI GT MR UY ZA",
        count=6,
        sibling=(
            "tnr-fresh313",
            "tnr-fresh314",
            "tnr-fresh316",
            "tnr-fresh317",
            "tnr-fresh318",
            "tnr-fresh319",
            "tnr-fresh320",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("uy-ferreira-aldunate-escape-1976", "lk-uy-ferreira-aldunate-arrest-1984"),
            ("ci-ble-goude-absentia-sentence-2019", "ci-ble-goude-passport-wait-2021"),
            ("ci-ble-goude-passport-wait-2021", "lk-ci-ble-goude-passport-issued-2022"),
            ("mr-ould-daddah-absentia-sentence-1980", "mr-ould-daddah-france-return-demand"),
        ),
    )


def test_tnr_fresh316_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh316: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1947 to 2024, 24 TNR and 16 look-alikes, six origin states (Brazil, Ecuador, Hungary,
    Portugal, Singapore, Togo; the reserve Guinea-Bissau was not used): Brazil, Hungary,
    Portugal and Togo carry five TNR texts each, Ecuador and Singapore two each. 20 English
    texts and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh313 to tnr-fresh315 and tnr-fresh317 to tnr-fresh320 were written
    beside it, blind), eighteen stories, ten of them TNR: four told three times (Ferenc Nagy's
    resignation for his son and Onofre Pinto's ambush at Iguaçu: two English texts and one
    other; the book naming PIDE in Eduardo Mondlane's killing and Togo's 2002 warrant for
    Agbéyomé Kodjo: one English text and two others), six TNR stories and the eight
    look-alikes told twice, and three "same person, different event" traps: Emilio Palacio (the
    libel sentence he fled, TNR; US asylum, a look-alike), Agbéyomé Kodjo (the 2002 warrant,
    TNR; his 2005 arrest on return, a look-alike) and Farida Nabourema (declared wanted in
    exile, TNR; her father's arrests at home, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh316",
        states="BR EC HU PT SG TG",
        count=6,
        sibling=(
            "tnr-fresh313",
            "tnr-fresh314",
            "tnr-fresh315",
            "tnr-fresh317",
            "tnr-fresh318",
            "tnr-fresh319",
            "tnr-fresh320",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ec-palacio-libel-sentence-asylum-bid-2012", "lk-ec-palacio-us-asylum-2012"),
            ("tg-kodjo-rogatory-warrant-2002", "lk-tg-kodjo-border-arrest-2005"),
            ("tg-nabourema-declared-wanted-2016", "lk-tg-nabourema-father-arrests"),
        ),
    )


def test_tnr_fresh317_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh317: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1910 to 2024, 24 TNR and 16 look-alikes, six origin states (Argentina, Chad, Greece,
    Mexico, Somalia, Spain; the reserve Mozambique was not used): Argentina, Greece, Mexico and
    Spain carry five TNR texts each, Chad and Somalia two (one doubtful story each). 20 English
    texts and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh313 to tnr-fresh316 and tnr-fresh318 to tnr-fresh320 were written
    beside it, blind), eighteen stories, ten of them TNR: four told three times (Spain's
    withdrawn warrant for Clara Ponsatí and the Texas Rangers ordered to seize Madero: two
    English texts and one other; Greece's Article 19 and Tulio Valenzuela's Mexico City press
    conference: one English text and two others), six TNR stories and the eight look-alikes
    told twice, and three "same person, different event" traps: Clara Ponsatí (the 2018
    warrant in Scotland, TNR; her 2023 arrest in Barcelona, look-alike), Francisco Madero (the
    1910 embassy complaint and the 1911 Rangers order: two TNR groups) and Operation Mexico
    (Valenzuela's press conference and Mexico's arrest of the Argentine agents: two TNR
    groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh317",
        states="AR ES GR MX SO TD",
        count=6,
        sibling=(
            "tnr-fresh313",
            "tnr-fresh314",
            "tnr-fresh315",
            "tnr-fresh316",
            "tnr-fresh318",
            "tnr-fresh319",
            "tnr-fresh320",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("es-ponsati-eaw-withdrawn-2018", "lk-es-ponsati-barcelona-arrest-2023"),
            ("mx-madero-embassy-complaint-1910", "mx-texas-rangers-madero-1911"),
            ("ar-valenzuela-mexico-plot-1978", "ar-galtieri-agents-held-mexico-1978"),
        ),
    )


def test_tnr_fresh318_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh318: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1959 to 2025, 24 TNR and 16 look-alikes, five origin states (Armenia, Benin, Chile,
    Czechia for communist Czechoslovakia, Poland): Gabon and Mali, given with them, had no
    untold TNR event the look-ups found and appear only in look-alikes, so the reserve Benin
    was used. Chile carries six TNR texts (one over the brief's five), Czechia, Poland and Benin
    five each, Armenia three. 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh313 to tnr-fresh317,
    tnr-fresh319 and tnr-fresh320 were written beside it, blind), eighteen stories, ten of them
    TNR: four told three times (Pavel Minařík's years as an StB agent at Radio Free Europe and
    the CRIET sentence on Léhady Soglo: two English texts and one other; the death sentence in
    absentia on Zdzisław Rurarz and Armenia's warrant for the blogger Vartan Ghukasian: one
    English text and two others), six TNR stories and the eight look-alikes told twice, and
    three "same person, different event" traps: Pavel Minařík (the agent at RFE, TNR; his 2023
    indictment in Prague, look-alike), Zdzisław Rurarz (watched in Tokyo, then sentenced to
    death: two TNR groups) and Léhady Soglo (passport annulled, then sentenced: two TNR
    groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh318",
        states="AM BJ CL CZ PL",
        count=5,
        sibling=(
            "tnr-fresh313",
            "tnr-fresh314",
            "tnr-fresh315",
            "tnr-fresh316",
            "tnr-fresh317",
            "tnr-fresh319",
            "tnr-fresh320",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("cz-minarik-rfe-agent-1969-1976", "lk-cz-minarik-indictment-2023"),
            ("pl-rurarz-tokyo-watch-1981", "pl-rurarz-death-sentence-absentia"),
            ("bj-soglo-passports-annulled-2018", "bj-soglo-criet-sentence-2020"),
        ),
    )


def test_tnr_fresh319_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh319: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1928 to 2016, 24 TNR and 16 look-alikes, six origin states (Bolivia, Haiti, Italy,
    Serbia, South Sudan, Tanzania; the reserve Sierra Leone was not used): Serbia, Italy and
    Haiti carry five TNR texts each, South Sudan four, Tanzania three, Bolivia two. 20 English
    texts and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh313 to tnr-fresh318 and tnr-fresh320 were written beside it, blind),
    eighteen stories, ten of them TNR: four told three times (the 1977 Chicago killing of
    Dragiša Kašiković and the 1928 seizure of Cesare Rossi at Campione: two English texts and one
    other; Haiti's 2000 Raboteau sentences in absentia and the jailing of Oscar Kambona's
    brothers: one English text and two others), six TNR stories and the eight look-alikes told
    twice, and five "same person, different event" traps: Cesare Rossi (the seizure, TNR; his
    1929 sentence, a look-alike), the Raboteau defendants (the 2000 sentences, TNR; their 2005
    annulment, a look-alike), Michel François (Haiti's 1998 extradition request, TNR; his son's
    killing in 2011, a look-alike), Oscar Kambona (his brothers' detention, TNR; his 1992
    return, a look-alike) and Dragiša Kašiković (his killing and the 1994 question on émigré
    killings: two TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh319",
        states="BO HT IT RS SS TZ",
        count=6,
        sibling=(
            "tnr-fresh313",
            "tnr-fresh314",
            "tnr-fresh315",
            "tnr-fresh316",
            "tnr-fresh317",
            "tnr-fresh318",
            "tnr-fresh320",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("it-rossi-campione-seizure-1928", "lk-it-rossi-special-tribunal-1929"),
            ("ht-raboteau-absentia-sentences-2000", "lk-ht-raboteau-verdicts-annulled-2005"),
            ("ht-francois-honduras-extradition-1998", "lk-ht-francois-son-killed-2011"),
            ("tz-kambona-brothers-jailed-1967", "lk-tz-kambona-return-1992"),
            ("rs-kasikovic-chicago-killing-1977", "rs-cotric-emigre-killings-question-1994"),
        ),
    )


def test_tnr_fresh320_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh320: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1957 to 2024, 24 TNR and 16 look-alikes, six origin states (Colombia, Equatorial Guinea,
    Israel, the Maldives, Nigeria, Ukraine; the reserve Bhutan was not used): Colombia and
    Ukraine carry five TNR texts each, Equatorial Guinea and Nigeria four, Israel and the
    Maldives three. 20 English texts and four in each other language, a source for every text,
    no story group shared with another split (tnr-fresh313 to tnr-fresh319 were written beside
    it, blind), eighteen stories, ten of them TNR: four told three times (Israel's treason
    suspicion against Azmi Bishara and the Maldives' recall of Gasim Ibrahim from Singapore:
    two English texts and one other; Zelensky's citizenship decree against Viktor Medvedchuk and
    three others, and Colombia's Interpol red notices for Iván Márquez: one English text and
    two others), six TNR stories and the eight look-alikes told twice, and three "same person,
    different event" traps: Viktor Medvedchuk (the 2023 loss of citizenship, TNR; his 2022
    capture at home, look-alike), Henry Okah (Nigeria's 2007 extradition request and Angola's
    2008 handover: two TNR groups; his 2013 Johannesburg conviction, a look-alike) and Iván
    Márquez (Colombia's 2021 red notices, TNR; the 2020 US rewards, look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh320",
        states="CO GQ IL MV NG UA",
        count=6,
        sibling=(
            "tnr-fresh313",
            "tnr-fresh314",
            "tnr-fresh315",
            "tnr-fresh316",
            "tnr-fresh317",
            "tnr-fresh318",
            "tnr-fresh319",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ua-medvedchuk-kozak-citizenship-2023", "lk-ua-medvedchuk-capture-2022"),
            ("ng-okah-extradition-request-riyadh-2007", "ng-okah-angola-handover-2008"),
            ("ng-okah-angola-handover-2008", "lk-ng-okah-johannesburg-verdict-2013"),
            ("co-marquez-red-notices-2021", "lk-co-us-reward-marquez-santrich-2020"),
        ),
    )


def test_tnr_fresh321_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh321: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1966 to 2024, 24 TNR and 16 look-alikes, six origin states (Burkina Faso, Ghana,
    Lesotho, Malawi, Niger, Zambia): Liberia, one of the six states given, has no untold TNR
    event the look-ups found and appears only in two look-alikes, so the reserve Lesotho was
    used. Niger and Lesotho carry five TNR texts each, Ghana and Zambia four, Malawi and
    Burkina Faso three. 20 English texts and four in each other language, a source for every
    text, no story group shared with another split (tnr-fresh322 to tnr-fresh328 were written
    beside it, blind), eighteen stories, ten of them TNR: four told three times (Malawi's
    extradition request for Ben Longwe and the warrant for Naïm Touré: two English texts and
    one other; Niger's Interpol request for Hama Amadou and South Africa's approval of
    Mothetjoa Metsing's extradition: one English text and two others), six TNR stories and the
    eight look-alikes told twice, and three "same person, different event" traps: Kwesi Armah
    (held in Brixton for extradition in 1966 and released in 1967, two TNR groups; detained at
    home in 1991, a look-alike), Hama Amadou (the Interpol request and Issoufou's request to
    Talon, two TNR groups) and Mothetjoa Metsing (the 2018 approval and the 2022 arrest at
    Ladybrand, two TNR groups; his bail at home, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh321",
        states="BF GH LS MW NE ZM",
        count=6,
        sibling=(
            "tnr-fresh322",
            "tnr-fresh323",
            "tnr-fresh324",
            "tnr-fresh325",
            "tnr-fresh326",
            "tnr-fresh327",
            "tnr-fresh328",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            (
                "gh-armah-brixton-extradition-1966",
                "gh-armah-jenkins-release-1967",
                "lk-gh-armah-pndc-detention-1991",
            ),
            ("ne-hama-amadou-interpol-cotonou-2019", "ne-issoufou-talon-amadou-istanbul-2019"),
            (
                "ls-metsing-extradition-approved-2018",
                "ls-metsing-ladybrand-arrest-2022",
                "lk-ls-metsing-bail-at-home-2022",
            ),
        ),
    )


def test_tnr_fresh322_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh322: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1970 to 2024, 24 TNR and 16 look-alikes, six origin states (Cameroon, DR Congo, the
    Gambia, Guinea, Senegal, Uganda; Sierra Leone, given to this writer, had no unused TNR event
    the look-ups could source, so the reserve Senegal was used and Sierra Leone appears in a
    look-alike only): the Gambia and Senegal carry five TNR texts each, Cameroon and Uganda
    four, Guinea and DR Congo three. 20 English texts and four in each other language, a source
    for every text, no story group shared with another split (tnr-fresh321 and tnr-fresh323 to
    tnr-fresh328 were written beside it, blind), eighteen stories, ten of them TNR: four told
    three times (the jailing of Camara Laye's wife and Zambia's handover of Congolese asylum
    seekers: two English texts and one other; the luring and killing of Saul Ndow and Mahawa
    Cham and Omar Blondin Diop's arrest in Bamako: one English text and two others), six TNR
    stories and the eight look-alikes told twice, and two "same person, different event" traps:
    Omar Blondin Diop (arrested in Bamako, then handed over and sentenced: two TNR groups; his
    death in the Gorée prison, a look-alike) and Milton Obote (Uganda's 2005 conditions for his
    return and Chiluba's account of Museveni's request: two TNR groups; his 1999 letter from
    exile, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh322",
        states="CD CM GM GN SN UG",
        count=6,
        sibling=(
            "tnr-fresh321",
            "tnr-fresh323",
            "tnr-fresh324",
            "tnr-fresh325",
            "tnr-fresh326",
            "tnr-fresh327",
            "tnr-fresh328",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("sn-blondin-diop-bamako-arrest-1971", "sn-blondin-diop-extradited-sentenced-1972"),
            ("sn-blondin-diop-bamako-arrest-1971", "lk-sn-blondin-diop-goree-death-1973"),
            ("ug-obote-return-conditions-2005", "ug-obote-chiluba-return-plea"),
            ("ug-obote-return-conditions-2005", "lk-ug-obote-exile-letter-1999"),
        ),
    )


def test_tnr_fresh323_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh323: forty blind short texts (25-55 words, Chinese 50-110 characters), events of
    1970 to 2026, 24 TNR and 16 look-alikes, five origin states (Algeria, Iraq, Libya,
    Morocco, Tunisia): Kuwait, the sixth state given, has no untold TNR event the look-ups
    (24 of the 25 allowed) found (its exiles in Turkey, the Interpol lists and the
    in-absentia tweet cases are all told) and appears only in a look-alike, and the reserve
    Oman failed too (its one look-up returned only told cases). Morocco, Tunisia, Iraq and
    Libya carry five TNR texts each, Algeria four. 20 English texts and four in each other
    language, a source for every text, no story group shared with another split
    (tnr-fresh321, tnr-fresh322 and tnr-fresh324 to tnr-fresh328 were written beside it,
    blind), eighteen stories, ten of them TNR: four told three times (Spain's 1970 handover
    of six UNFP militants and France's arrest of Gaddafi's protocol chief Nuri al-Mismari:
    two English texts and one other; Algeria's handover of Seifeddine Makhlouf to Tunisia
    and Saddam's 1983 arrests of the al-Hakim family: one English text and two others), six
    TNR stories and the eight look-alikes told twice, and three "same person, different
    event" traps: Mohamed Ajar (the Madrid handover, TNR; the 1971 Marrakech trial, a
    look-alike), Seifeddine Makhlouf (the 2026 handover, TNR; his 2024 arrest at Annaba for
    illegal entry, a look-alike) and Nuri al-Mismari (the Paris arrest and the travel ban on
    his family: two TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh323",
        states="DZ IQ LY MA TN",
        count=5,
        sibling=(
            "tnr-fresh321",
            "tnr-fresh322",
            "tnr-fresh324",
            "tnr-fresh325",
            "tnr-fresh326",
            "tnr-fresh327",
            "tnr-fresh328",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ma-ajar-madrid-handover-1970", "lk-ma-ajar-marrakech-trial-1971"),
            ("tn-makhlouf-algeria-handover-2026", "lk-tn-makhlouf-annaba-arrest-2024"),
            ("ly-mismari-paris-arrest-2010", "ly-mismari-family-travel-ban-2010"),
        ),
    )


def test_tnr_fresh324_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh324: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1973 to 2019, 24 TNR and 16 look-alikes, six origin states (Bhutan, Indonesia, Laos,
    Malaysia, Myanmar, Thailand): the reserve Bhutan was used because two look-ups found no
    Mongolian case abroad not already told by another split, so Mongolia appears only in a
    look-alike. Indonesia and Malaysia carry five TNR texts each, Myanmar and Thailand four,
    Bhutan and Laos three. 20 English texts and four in each other language, a source for every
    text, no story group shared with another split (tnr-fresh321 to tnr-fresh323 and
    tnr-fresh325 to tnr-fresh328 were written beside it, blind), eighteen stories, ten of them
    TNR: four told three times (Manila's ban on the 1994 East Timor conference's exile guests
    and the 1973 Lao extradition request for coup plotters in Thailand: two English texts and
    one other; Ashaari Muhammad's handover from Thailand and Dhan Kumar Rai's handover from
    India: one English text and two others), six TNR stories and the eight look-alikes told
    twice, and two "same person, different event" traps: Ashaari Muhammad (the 1994 handover
    and the ASEAN entry ban, two TNR groups; his 2004 release on Labuan, a look-alike) and Dhan
    Kumar Rai (the 1991 handover, TNR; his 2008 release and expulsion, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh324",
        states="BT ID LA MM MY TH",
        count=6,
        sibling=(
            "tnr-fresh321",
            "tnr-fresh322",
            "tnr-fresh323",
            "tnr-fresh325",
            "tnr-fresh326",
            "tnr-fresh327",
            "tnr-fresh328",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("my-ashaari-thailand-handover-1994", "my-ashaari-asean-entry-ban-1994"),
            ("my-ashaari-thailand-handover-1994", "lk-my-ashaari-labuan-release-2004"),
            ("bt-rai-india-handover-1991", "lk-bt-rai-release-expelled-2008"),
        ),
    )


def test_tnr_fresh325_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh325: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1978 to 2025, 24 TNR and 16 look-alikes, six origin states (Cuba, El Salvador, Honduras,
    Nicaragua, Peru, Venezuela; the reserve Panama was not used): El Salvador and Venezuela
    carry five TNR texts each, Cuba and Nicaragua four, Honduras and Peru three. 20 English
    texts and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh321 to tnr-fresh324 and tnr-fresh326 to tnr-fresh328 were written
    beside it, blind), eighteen stories, ten of them TNR: four told three times (the killing
    of Héctor Oquelí in Guatemala and the bar on Lester Toledo's wife returning to Venezuela:
    two English texts and one other; Peru's 1978 transfer of thirteen opponents to Jujuy and
    Honduras's arrest order against Ebal Díaz: one English text and two others), six TNR
    stories and the eight look-alikes told twice, and four "same person, different event"
    traps: Ebal Díaz (the arrest order, TNR; Nicaragua's naturalisation of him, a look-alike),
    Mauricio Funes (the 2023 sentence in absentia, TNR; his 2025 death in Nicaragua, a
    look-alike), Lester Toledo (the arrest order and his wife's bar while he was abroad, TNR;
    the 2016 SEBIN raid at home, a look-alike) and Francisco Morales Bermúdez (the 1978
    transfer, TNR; the 2012 Argentine warrant against him, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh325",
        states="CU HN NI PE SV VE",
        count=6,
        sibling=(
            "tnr-fresh321",
            "tnr-fresh322",
            "tnr-fresh323",
            "tnr-fresh324",
            "tnr-fresh326",
            "tnr-fresh327",
            "tnr-fresh328",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("hn-ebal-diaz-arrest-warrant-2024", "lk-hn-ebal-diaz-nicaraguan-nationality-2022"),
            ("sv-funes-gang-truce-absentia-sentence-2023", "lk-sv-funes-dies-in-nicaragua-2025"),
            ("ve-toledo-wife-return-ban-2016", "lk-ve-toledo-sebin-raid-2016"),
            ("pe-jujuy-deportees-1978", "lk-pe-morales-bermudez-argentine-warrant-2012"),
        ),
    )


def test_tnr_fresh326_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh326: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1999 to 2024, 24 TNR and 16 look-alikes, six origin states (Afghanistan, Bangladesh,
    Kyrgyzstan, Nepal, Pakistan, Sri Lanka; the reserve Kazakhstan was not used): Pakistan,
    Sri Lanka and Kyrgyzstan carry five TNR texts each, Afghanistan, Nepal and Bangladesh three.
    20 English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh321 to tnr-fresh325, tnr-fresh327 and tnr-fresh328 were
    written beside it, blind), seventeen stories, nine of them TNR: six told three times (the
    killing of Najibullah's kin in Pakistan, the Patna arrests of Nepali Maoists and Nawaz
    Sharif's 2020 proclamation: one English text and two others; the Awami League's complaint
    against Tasneem Khalil, the 2010 red notices on two Tamils and the 2010 Kyrgyz requests to
    detain Bakiyev's circle: two English texts and one other), three TNR stories and the eight
    look-alikes told twice, and three "same person, different event" traps: Nawaz Sharif (the
    2020 proclamation, TNR; the 2007 deportation to Jeddah, a look-alike), Shafi Burfat (the
    FIA's Red Book, TNR; his 2017 interview from Germany, a look-alike) and Kurmanbek Bakiyev
    (the 2010 detention requests and Interpol's refusal to list him: two TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh326",
        states="AF BD KG LK NP PK",
        count=6,
        sibling=(
            "tnr-fresh321",
            "tnr-fresh322",
            "tnr-fresh323",
            "tnr-fresh324",
            "tnr-fresh325",
            "tnr-fresh327",
            "tnr-fresh328",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            ("pk-nawaz-proclaimed-offender-2020", "lk-pk-sharif-jeddah-deportation-2007"),
            ("pk-burfat-fia-red-book-2008", "lk-pk-burfat-germany-interview-2017"),
            ("kg-bakiyev-circle-wanted-2010", "kg-bakiyev-interpol-refusal"),
        ),
    )


def test_tnr_fresh327_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh327: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1965 to 2023, 24 TNR and 16 look-alikes, five origin states (Angola, the Central African
    Republic, Congo-Brazzaville, Mozambique, Zimbabwe): Burundi, the sixth state given, was
    dropped because every Burundian case looked up was already told, and the reserve
    Guinea-Bissau failed too (its look-ups gave only a Lisbon cash seizure and a detention at
    home); Burundi appears only in a look-alike. Angola, the Central African Republic,
    Mozambique and Zimbabwe carry five TNR texts each, Congo-Brazzaville four. 20 English texts
    and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh321 to tnr-fresh326 and tnr-fresh328 were written beside it,
    blind), eighteen stories, ten of them TNR: four told three times (Zimbabwe's luxury duty on
    The Zimbabwean and Nito Alves held at Angola's Lisbon consulate: two English texts and one
    other; Bozizé's 2023 sentence in absentia and Frelimo's lure of Uria Simango to Blantyre:
    one English text and two others), six TNR stories and the eight look-alikes told twice,
    and three "same person, different event" traps: François Bozizé (Chad's 2001 refusal to
    extradite him and his 2023 sentence, two TNR groups; his 2020 return, a look-alike),
    Fulbert Youlou (his 1965 trial in absentia, TNR; his 1972 death in Madrid, a look-alike)
    and Wilf Mbanga (the 2006 denunciations and the 2008 duty, two TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh327",
        states="AO CF CG MZ ZW",
        count=5,
        sibling=(
            "tnr-fresh321",
            "tnr-fresh322",
            "tnr-fresh323",
            "tnr-fresh324",
            "tnr-fresh325",
            "tnr-fresh326",
            "tnr-fresh328",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("cf-bozize-chad-refuge-2001", "cf-bozize-absentia-life-sentence-2023"),
            ("cf-bozize-absentia-life-sentence-2023", "lk-cf-bozize-return-2020"),
            ("cg-youlou-absentia-trial-1965", "lk-cg-youlou-death-madrid-1972"),
            ("zw-mbanga-state-press-attacks-2006", "zw-zimbabwean-luxury-duty-2008"),
        ),
    )


def test_tnr_fresh328_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh328: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1971 to 2024, 24 TNR and 16 look-alikes, five TNR origin states (Bahrain, Egypt, Qatar,
    Saudi Arabia, Syria): the sixth state given, the United Arab Emirates, appears only in
    look-alikes, as every UAE case found was already told, and the reserve Ethiopia failed too.
    Syria, Egypt, Bahrain and Qatar carry five TNR texts each, Saudi Arabia four. 20 English
    texts and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh321 to tnr-fresh327 were written beside it, blind), eighteen
    stories, ten of them TNR: four told three times (Michel Aflaq's 1971 death sentence in
    absentia and Ali Salman's 1995 expulsion: two English texts and one other; Youssef Nada's
    2008 military sentence and Noof al-Maadeed's return on Qatari assurances: one English text
    and two others), six TNR stories and the eight look-alikes told twice, and three "same
    person, different event" traps: Youssef Nada (Egypt's sentence, TNR; the 2012 Strasbourg
    ruling against Switzerland, a look-alike), Ali Salman (the 1995 expulsion, TNR; his 2015
    sentence at home, a look-alike) and Mohammed al-Ghamdi, brother of a London exile (the
    August 2024 quashing of his death sentence and his September 2024 30-year term: two TNR
    groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh328",
        states="BH EG QA SA SY",
        count=5,
        sibling=(
            "tnr-fresh321",
            "tnr-fresh322",
            "tnr-fresh323",
            "tnr-fresh324",
            "tnr-fresh325",
            "tnr-fresh326",
            "tnr-fresh327",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("eg-nada-military-court-absentia-2008", "lk-eg-nada-echr-switzerland-2012"),
            ("bh-ali-salman-expelled-london-1995", "lk-bh-ali-salman-four-years-2015"),
            ("sa-ghamdi-death-sentence-overturned-2024", "sa-ghamdi-thirty-years-2024"),
        ),
    )


def test_tnr_fresh329_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh329: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1944 to 2025, 24 TNR and 16 look-alikes, six TNR origin states (Armenia, Azerbaijan,
    Belarus, Georgia, Russia, Ukraine; the reserve Moldova was not used): Russia and Belarus
    carry five TNR texts each, Ukraine and Azerbaijan four, Georgia and Armenia three. 20
    English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh330 to tnr-fresh336 were written beside it, blind),
    eighteen stories, ten of them TNR: four told three times (Alexander Trushnovich's 1954
    abduction from West Berlin and the 2023 warrant for Vigen Sargsian: two English texts and
    one other; Georgia's 2024 wanted list of Georgian Legion fighters and the 2025 questioning
    of Siarhei Skulavets's mother: one English text and two others), six TNR stories and the
    eight look-alikes told twice, and "same person, different event" traps: Victor Kravchenko
    (the 1944 Soviet demand for his handover, TNR; his 1949 Paris libel suit, a look-alike),
    Oleksandr Onyshchenko (his 2019 arrest in Germany and the 2020 refusal to extradite him,
    two TNR groups), Skulavets (the 2024 search of his grandmother's home and his mother's
    2025 questioning, two TNR groups; a 2018 police questioning at home, a look-alike), Rasul
    Guliyev (the 2003 Schiphol detention and the 2005 arrest warning, two TNR groups; the 2012
    committee for his return, a look-alike) and Hrair Marukhian (the 1992 expulsion from
    Armenia and Canada's 1993 refusal of entry, two look-alikes)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh329",
        states="AM AZ BY GE RU UA",
        count=6,
        sibling=(
            "tnr-fresh330",
            "tnr-fresh331",
            "tnr-fresh332",
            "tnr-fresh333",
            "tnr-fresh334",
            "tnr-fresh335",
            "tnr-fresh336",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ru-kravchenko-extradition-demand-1944", "lk-ru-kravchenko-libel-trial-1949"),
            ("ua-onyshchenko-germany-arrest-2019", "ua-onyshchenko-extradition-refused-2020"),
            ("by-skulavets-grandmother-search-2024", "by-skulavets-mother-questioned-2025"),
            ("by-skulavets-mother-questioned-2025", "lk-by-skulavets-police-questioning-2018"),
            ("az-guliyev-schiphol-detention-2003", "az-qaralov-exiles-arrest-warning-2005"),
            ("az-guliyev-schiphol-detention-2003", "lk-az-guliyev-return-committee-2012"),
            ("lk-am-marukhian-expelled-1992", "lk-am-marukhian-canada-entry-1993"),
        ),
    )


def test_tnr_fresh333_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh333: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1957 to 2025, 24 TNR and 16 look-alikes, six origin states (Cuba, the Dominican
    Republic, Guatemala, Haiti, Honduras, Nicaragua; the reserve El Salvador was not used).
    Haiti and Guatemala carry five TNR texts each, Cuba and the Dominican Republic four,
    Nicaragua and Honduras three. 20 English texts and four in each other language, a source
    for every text, no story group shared with another split (tnr-fresh329 to tnr-fresh332 and
    tnr-fresh334 to tnr-fresh336 were written beside it, blind), eighteen stories, ten of them
    TNR: four told three times (the 1979 killing of "Comandante Bravo" in Tegucigalpa and
    Duvalier's 1980 expulsion of journalists: two English texts and one other; Zelaya's 2009
    expulsion to Costa Rica and Virginia Laparra's June 2025 international arrest order: one
    English text and two others), six TNR stories and the eight look-alikes told twice, and
    three "same person, different event" traps: Manuel Zelaya (the expulsion, TNR; the siege
    of Brazil's embassy at home, a look-alike), Tania Bruguera (the 2023 entry warning, TNR;
    her 2021 bargained departure, a look-alike) and Virginia Laparra (the June 2025 warrant and
    the September 2025 bid to revive another order, two TNR groups; her 2024 flight from house
    arrest, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh333",
        states="CU DO GT HN HT NI",
        count=6,
        sibling=(
            "tnr-fresh329",
            "tnr-fresh330",
            "tnr-fresh331",
            "tnr-fresh332",
            "tnr-fresh334",
            "tnr-fresh335",
            "tnr-fresh336",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("hn-zelaya-expelled-costa-rica-2009", "lk-hn-zelaya-brazil-embassy-2009"),
            ("cu-bruguera-return-barred-2023", "lk-cu-bruguera-leaves-cuba-2021"),
            ("gt-laparra-international-warrant-2025", "gt-laparra-warrant-reactivation-2025"),
            ("gt-laparra-international-warrant-2025", "lk-gt-laparra-leaves-guatemala-2024"),
        ),
    )


def test_tnr_fresh334_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh334: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1992 to 2025, 24 TNR and 16 look-alikes, six origin states (Djibouti, Eritrea, Ethiopia,
    Somalia, South Sudan, Sudan; the reserve Kenya was not used). Djibouti, Eritrea and Sudan
    carry five TNR texts each, Ethiopia, Somalia and South Sudan three. 20 English texts and
    four in each other language, a source for every text, no story group shared with another
    split (tnr-fresh329 to tnr-fresh333, tnr-fresh335 and tnr-fresh336 were written beside it,
    blind), seventeen stories, nine of them TNR: six told three times (Eritrea's Juba embassy
    sending an employee home as a prisoner, the UAE's 1992 expulsion of Sudanese diplomats
    spying on expatriates and the threats to the exiled Somali journalist Abdalle Mumin: two
    English texts and one other; Pagan Amum's threats over the 2015 peace deal, Saïd Houssein
    Robleh's charge of a plot to kill him and an Ethiopian refugee's letter on diplomats in
    Nairobi: one English text and two others), three TNR stories and the eight look-alikes told
    twice, and two "same person, different event" traps: Pagan Amum (the 2015 threats while in
    Nairobi, TNR; his 2013 arrest in Juba, a look-alike) and Saïd Houssein Robleh (the 2021
    plot charge from Brussels, TNR; his 2015 wounding at a rally at home, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh334",
        states="DJ ER ET SD SO SS",
        count=6,
        sibling=(
            "tnr-fresh329",
            "tnr-fresh330",
            "tnr-fresh331",
            "tnr-fresh332",
            "tnr-fresh333",
            "tnr-fresh335",
            "tnr-fresh336",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            ("ss-amum-threats-peace-deal-2015", "lk-ss-amum-arrest-juba-2013"),
            ("dj-robleh-assassination-plot-claim-2021", "lk-dj-robleh-shot-djibouti-2015"),
        ),
    )


def test_tnr_fresh335_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh335: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1977 to 2025, 24 TNR and 16 look-alikes, six TNR origin states (Burundi, DR Congo, the
    Republic of the Congo, Cameroon, Rwanda, Uganda; the reserve Gabon was not used): Burundi,
    Cameroon and Rwanda carry five TNR texts each, DR Congo, the Republic of the Congo and
    Uganda three. 20 English texts and four in each other language, a source for every text,
    no story group shared with another split (tnr-fresh329 to tnr-fresh334 and tnr-fresh336
    were written beside it, blind), seventeen stories, nine of them TNR: six told three times
    (Kashillingi's abduction from Zaire, the two refugees held in Matola, Ambassa Zang's 2015
    life sentence, Nguza's 1977 recall and arrest, the Congolese embassies refusing opponents'
    passports, Manirakiza taken from Nduta camp), as the look-up budget ran out before a tenth
    TNR story was found; three TNR stories and the eight look-alikes told twice; and two "same
    person, different event" traps: Nguza Karl-i-Bond (the 1977 recall and arrest, TNR; his
    1986 appointment as ambassador, a look-alike) and Roger Lumbala (his 2020 arrest in France
    and his 2025 sentence there, two look-alike groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh335",
        states="BI CD CG CM RW UG",
        count=6,
        sibling=(
            "tnr-fresh329",
            "tnr-fresh330",
            "tnr-fresh331",
            "tnr-fresh332",
            "tnr-fresh333",
            "tnr-fresh334",
            "tnr-fresh336",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            ("cd-nguza-recall-arrest-1977", "lk-cd-nguza-ambassador-1986"),
            ("lk-cd-lumbala-paris-arrest-2020", "lk-cd-lumbala-thirty-years-2025"),
        ),
    )


def test_tnr_fresh336_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh336: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 2000 to 2022, 24 TNR and 16 look-alikes, six TNR origin states (Afghanistan,
    Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan; the reserve Pakistan was not
    used). Kazakhstan, Tajikistan and Uzbekistan carry five TNR texts each, Afghanistan,
    Kyrgyzstan and Turkmenistan three. 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh329 to
    tnr-fresh335 were written beside it, blind), seventeen stories, nine of them TNR (one short
    of the ten aimed at: the look-ups returned mostly told cases): six told three times
    (Nematillo Botakoziev's disappearance in Dushanbe, Rakhat Aliyev's claims of Kazakh agents
    in Malta and Uzbekistan's red notice against Mansur Maqsudi: two English texts and one
    other; Shabnam Khudoidodova's family taken off a flight, Aziz Mammadov's passport and the
    shooting of Mohammad Enam Wak in Peshawar: one English text and two others), three TNR
    stories and the eight look-alikes told twice, and one "same person, different event" trap:
    Mansur Maqsudi (Uzbekistan's red notice and the punishment of his relatives, TNR; the 2005
    New Jersey custody ruling, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh336",
        states="AF KG KZ TJ TM UZ",
        count=6,
        sibling=(
            "tnr-fresh329",
            "tnr-fresh330",
            "tnr-fresh331",
            "tnr-fresh332",
            "tnr-fresh333",
            "tnr-fresh334",
            "tnr-fresh335",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(("uz-maqsudi-red-notice-relatives-2004", "lk-uz-maqsudi-custody-ruling-2005"),),
    )


def test_tnr_fresh331_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh331: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1951 to 2021, 24 TNR and 16 look-alikes, six origin states (Iran, Iraq, Jordan, Lebanon,
    Libya, Syria): the reserve Kuwait was not used, its one look-up giving only sentences served
    at home and exiles already told. Iran, Iraq and Syria carry five TNR texts each, Jordan,
    Lebanon and Libya three. 20 English texts and four in each other language, a source for
    every text, no story group shared with another split (tnr-fresh329, tnr-fresh330 and
    tnr-fresh332 to tnr-fresh336 were written beside it, blind), seventeen stories, nine of them
    TNR (one short of the brief's aim of ten: the look-up budget ran out): six told three times
    (the 2012 Irbid stabbing of a Syrian activist, Abdullah el-Tell's 1951 death sentence in
    absentia and Etienne Saqr's sentences in Cypriot exile: two English texts and one other; Taha
    Kermanj's 1994 killing in Çorum, Walid al-Majahi's 2002 killing in Tyre and Idris Boufayed's
    2006 return on Libyan embassy assurances: one English text and two others), three TNR stories
    and the eight look-alikes told twice, and one "same person, different event" trap: Idris
    Boufayed (his 2006 return, TNR; his 2008 25-year sentence at home, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh331",
        states="IQ IR JO LB LY SY",
        count=6,
        sibling=(
            "tnr-fresh329",
            "tnr-fresh330",
            "tnr-fresh332",
            "tnr-fresh333",
            "tnr-fresh334",
            "tnr-fresh335",
            "tnr-fresh336",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(("ly-boufayed-return-assurances-2006", "lk-ly-boufayed-25-years-2008"),),
    )


def test_tnr_fresh332_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh332: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1998 to 2024, 24 TNR and 16 look-alikes, four TNR origin states (Bahrain, Egypt,
    Turkey, Yemen), not six: every Saudi and Emirati case the look-ups found was already told,
    and so were the reserve Oman's, so Saudi Arabia and the United Arab Emirates appear only in
    look-alikes (the UAE also as a host). Turkey carries twelve TNR texts and Egypt six, over
    the brief's five a state; Bahrain and Yemen three each. 20 English texts and four in each
    other language, a source for every text, no story group shared with another split
    (tnr-fresh329 to tnr-fresh336 but this one were written beside it, blind), eighteen
    stories, ten of them TNR: four told three times (Mohammed al-Zawahiri's 1999 handover from
    the UAE and Wael al-Sedekki's 2024 denaturalisation: two English texts and one other;
    Hussain al-Najati's 2014 expulsion and the 2021 Houthi death sentences in absentia on
    Zafaran Zaid and Fuad al-Mansouri: one English text and two others), the six Turkish TNR
    stories (the 1998 ultimatum that drove Abdullah Ocalan from Syria, and the 2016 detentions
    of five relatives of Fethullah Gulen, each its own event) and the eight look-alikes told
    twice, and two "same person, different event" traps: Mohammed al-Zawahiri (the 1999
    handover, TNR; his 2013 arrest at a Giza checkpoint, a look-alike) and Hussain al-Najati
    (the 2014 expulsion, TNR; the 2010 revocation of his family's passports at home, a
    look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh332",
        states="BH EG TR YE",
        count=4,
        sibling=(
            "tnr-fresh329",
            "tnr-fresh330",
            "tnr-fresh331",
            "tnr-fresh333",
            "tnr-fresh334",
            "tnr-fresh335",
            "tnr-fresh336",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("eg-zawahiri-uae-handover-1999", "lk-eg-zawahiri-giza-arrest-2013"),
            ("bh-najati-expelled-2014", "lk-bh-najati-passports-revoked-2010"),
        ),
    )


def test_tnr_fresh330_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh330: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1967 to 2025, 24 TNR and 16 look-alikes, six origin states (Cambodia, China, Laos, North
    Korea, Taiwan, Vietnam; the reserve Mongolia was not used). China, Taiwan and North Korea
    carry five TNR texts each, Laos four, Cambodia three, Vietnam two. 20 English texts and four
    in each other language, a source for every text, no story group shared with another split
    (tnr-fresh329 and tnr-fresh331 to tnr-fresh336 were written beside it, blind), eighteen
    stories, ten of them TNR: four told three times (Wuer Kaixi at the Washington embassy and
    Japan's 1967-68 deportations of Taiwanese activists: two English texts and one other; the
    2010 order to kill Kim Jong-nam and Ranariddh's 1998 sentence in absentia: one English text
    and two others), six TNR stories and the eight look-alikes told twice, and two "same
    person, different event" traps: Wuer Kaixi (Washington 2012 and Hong Kong 2013, two TNR
    groups) and Nhiek Bun Chhay (the 1998 sentence, TNR; the 1997 manhunt at home, a
    look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh330",
        states="CN KH KP LA TW VN",
        count=6,
        sibling=(
            "tnr-fresh329",
            "tnr-fresh331",
            "tnr-fresh332",
            "tnr-fresh333",
            "tnr-fresh334",
            "tnr-fresh335",
            "tnr-fresh336",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("cn-wuer-kaixi-washington-embassy-2012", "cn-wuer-kaixi-hong-kong-turned-back-2013"),
            ("kh-ranariddh-weapons-absentia-1998", "lk-kh-nhiek-bun-chhay-manhunt-1997"),
        ),
    )


def test_tnr_fresh337_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh337: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1959 to 2025, 24 TNR and 16 look-alikes, six origin states (Armenia, Belarus,
    Kazakhstan, Kyrgyzstan, Moldova, Russia; the reserve Ukraine was not used). Russia and
    Moldova carry six TNR texts each, over the brief's five a state, and Armenia, Belarus,
    Kazakhstan and Kyrgyzstan three each: the look-ups found one new TNR story for each of
    those four and only told events besides. 20 English texts and four in each other language,
    a source for every text, no story group shared with another split (tnr-fresh338 to
    tnr-fresh344 were written beside it, blind), eighteen stories, ten of them TNR: four told
    three times (Pashinian at a Rome hotel on an Armenian Interpol warrant in 2018 and
    Interpol's 2024 deletion of the Belarusian notice on Andrei Gnyot: two English texts and
    one other; the Strasbourg judgments on Amir Kaboulov, sought by Kazakhstan from Ukraine, in
    2009 and on Nabid Abdullayev, sought by Kyrgyzstan from Russia, in 2015: one English text
    and two others), six TNR stories and the eight look-alikes told twice, and four "same
    person, different event" traps: Simas Kudirka (seized off a US cutter in 1970, TNR; allowed
    to emigrate in 1974, a look-alike), Nicholas Shadrin (vanished in Vienna in 1975, TNR;
    defected as Nikolai Artamonov in 1959, a look-alike), Nikol Pashinyan (Rome 2018, TNR;
    detained at a Yerevan protest in 2018, a look-alike) and Gheorghe Cavcaliuc (Moldova's
    2023 extradition request to Britain and its red-notice request, two TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh337",
        states="AM BY KG KZ MD RU",
        count=6,
        sibling=(
            "tnr-fresh338",
            "tnr-fresh339",
            "tnr-fresh340",
            "tnr-fresh341",
            "tnr-fresh342",
            "tnr-fresh343",
            "tnr-fresh344",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ru-kudirka-vigilant-1970", "lk-ru-kudirka-emigrates-1974"),
            ("ru-shadrin-vienna-1975", "lk-ru-shadrin-defection-1959"),
            ("am-pashinyan-rome-interpol-2018", "lk-am-pashinyan-yerevan-detention-2018"),
            ("md-cavcaliuc-uk-extradition-request-2023", "md-platon-cavcaliuc-red-notice-request"),
        ),
    )


def test_tnr_fresh338_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh338: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1958 to 2021, 24 TNR and 16 look-alikes, six origin states (Cambodia, China, Laos,
    Myanmar, Thailand, Vietnam; the reserve Mongolia was not used). China, Thailand and Myanmar
    carry five TNR texts each, Cambodia, Laos and Vietnam three. 20 English texts and four in
    each other language, a source for every text, no story group shared with another split
    (tnr-fresh337 and tnr-fresh339 to tnr-fresh344 were written beside it, blind), seventeen
    stories, nine of them TNR: six told three times (Lu Decheng held in Thailand, Sapae-ing
    Basor's warrant and Vang Pao's 1975 sentence: two English texts and one other; Sam Sary's
    disappearance, the Burmese embassy photographs and Vinh Anh Ton: one English text and two
    others), three TNR stories and the eight look-alikes told twice, and three "same person,
    different event" traps: Lu Decheng (held in Thailand 2004-06, TNR; the 1989 sentence, a
    look-alike), Sam Sary (the 1962 disappearance, TNR; the 1958 London recall, a look-alike)
    and Sapae-ing Basor (the 2004 warrant, TNR; the 2017 condolences, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh338",
        states="CN KH LA MM TH VN",
        count=6,
        sibling=(
            "tnr-fresh337",
            "tnr-fresh339",
            "tnr-fresh340",
            "tnr-fresh341",
            "tnr-fresh342",
            "tnr-fresh343",
            "tnr-fresh344",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            (
                "cn-lu-decheng-thailand-detention-2004",
                "lk-cn-lu-decheng-mao-portrait-sentence-1989",
            ),
            ("kh-sam-sary-disappearance-1962", "lk-kh-sam-sary-london-recall-1958"),
            ("th-sapae-ing-basor-warrant-bounty-2004", "lk-th-sapae-ing-death-condolences-2017"),
        ),
    )


def test_tnr_fresh339_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh339: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1969 to 2025, 24 TNR and 16 look-alikes, five TNR origin states (Afghanistan, India, Iran,
    Pakistan, Sri Lanka), not six: every Bangladeshi case the look-ups found was already told, so
    Bangladesh appears only in look-alikes, and the one look-up for the reserve Nepal found no
    case. India carries six TNR texts, one over the brief's five a state; Afghanistan, Iran and
    Pakistan five each, Sri Lanka three. 20 English texts and four in each other language, a
    source for every text, no story group shared with another split (tnr-fresh337, tnr-fresh338
    and tnr-fresh340 to tnr-fresh344 were written beside it, blind), seventeen stories, nine of
    them TNR: six told three times (Teymur Bakhtiar's 1970 killing in Iraq, the 2025 ULFA-I drone
    strike claims and the Snowden refugees sought in Hong Kong: two English texts and one other;
    the Afghan pilots in Tajikistan, Ranjit Singh Gill's 2000 extradition and Benazir Bhutto's
    1999 conviction in absentia: one English text and two others), three TNR stories and the
    eight look-alikes told twice, and two "same person, different event" traps: Teymur Bakhtiar
    (Iran's 1969 extradition request to Lebanon and the 1970 killing, two TNR groups) and Paresh
    Baruah (the 2025 strikes on ULFA-I, TNR; his 2014 sentence in absentia in Bangladesh's arms
    case, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh339",
        states="AF IN IR LK PK",
        count=5,
        sibling=(
            "tnr-fresh337",
            "tnr-fresh338",
            "tnr-fresh340",
            "tnr-fresh341",
            "tnr-fresh342",
            "tnr-fresh343",
            "tnr-fresh344",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            ("ir-teymur-bakhtiar-lebanon-extradition-1969", "ir-teymur-bakhtiar-iraq-killing-1970"),
            ("in-ulfa-i-myanmar-drone-strikes-2025", "lk-bd-ten-truck-arms-verdict-2014"),
        ),
    )


def test_tnr_fresh340_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh340: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1949 to 2023, 24 TNR and 16 look-alikes, five origin states (Algeria, Iraq, Lebanon,
    Syria, Turkey): Jordan was dropped as an origin for want of an untold event and the
    reserve, Tunisia, failed too. Turkey, Syria, Iraq and Lebanon carry five TNR texts each,
    Algeria four. 20 English texts and four in each other language, a source for every text,
    no story group shared with another split (tnr-fresh337 to tnr-fresh339 and tnr-fresh341
    to tnr-fresh344 were written beside it, blind), eighteen stories, ten of them TNR: four
    told three times (Ghassan Jadid's killing in Beirut and al-Jawahiri's lost nationality:
    two English texts and one other; Ahmet Kaya's sentence in absentia and Antoun Saadeh's
    handover: one English text and two others), six TNR stories and the eight look-alikes
    told twice, and two "same person, different event" traps: Ahmet Kaya (the 2000 sentence,
    TNR; the 1999 awards night at home, a look-alike) and Ahmed Zaoui (the Algerian
    convictions in absentia, TNR; New Zealand's 2007 decision, a look-alike). Syria was given
    to writers of both of session 28's waves, and tnr-fresh347's writer, blind to this split,
    told Ghassan Jadid's killing too, under the same story group: the two may share it."""
    assert_a_blind_split_of_forty(
        "tnr-fresh340",
        states="DZ IQ LB SY TR",
        count=5,
        sibling=(
            "tnr-fresh337",
            "tnr-fresh338",
            "tnr-fresh339",
            "tnr-fresh341",
            "tnr-fresh342",
            "tnr-fresh343",
            "tnr-fresh344",
            "tnr-fresh347",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("tr-ahmet-kaya-absentia-2000", "lk-tr-ahmet-kaya-awards-night-1999"),
            ("dz-zaoui-absentia-convictions-1996", "lk-dz-zaoui-nz-objections-dropped-2007"),
        ),
    )


def test_tnr_fresh341_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh341: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1956 to 2025, 24 TNR and 16 look-alikes, six origin states (Bahrain, Egypt, Libya,
    Morocco, Saudi Arabia, United Arab Emirates; the reserve Qatar was tried once and not used).
    Egypt, Morocco and Saudi Arabia carry five TNR texts each, Bahrain, Libya and the UAE three.
    20 English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh337 to tnr-fresh340 and tnr-fresh342 to tnr-fresh344
    were written beside it, blind), seventeen stories, nine of them TNR: six told three times
    (Syria's 2001 handover of Rifai Taha, the Abdulmohsen extradition request and the Saadi
    family: one English text and two others; Amekrane's 1972 return from Gibraltar, al-Saegh's
    2017 airport interrogation and the 2025 NGO statement on the UAE: two English texts and one
    other), three TNR stories and the eight look-alikes told twice, and four "same person,
    different event" traps: Taha (the 1992 sentence and the 2001 handover), Amekrane (the 1972
    return and the 1974 Strasbourg case), Abdulmohsen (the extradition request, TNR; the
    Magdeburg attack, a look-alike) and al-Saegh (the airport interrogation, TNR; the July 2017
    arrest over tweets, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh341",
        states="AE BH EG LY MA SA",
        count=6,
        sibling=(
            "tnr-fresh337",
            "tnr-fresh338",
            "tnr-fresh339",
            "tnr-fresh340",
            "tnr-fresh342",
            "tnr-fresh343",
            "tnr-fresh344",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            ("eg-taha-death-sentence-1992", "eg-taha-syria-handover-2001"),
            ("ma-amekrane-gibraltar-return-1972", "ma-amekrane-widow-strasbourg-1974"),
            ("sa-abdulmohsen-extradition-request-2024", "lk-sa-magdeburg-attack-2024"),
            ("bh-saegh-geneva-airport-2017", "lk-bh-saegh-arrest-2017"),
        ),
    )


def test_tnr_fresh342_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh342: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1983 to 2025, 24 TNR and 16 look-alikes, six origin states (Eritrea, Ethiopia, Kenya,
    Somalia, Tanzania, Uganda; the reserve Djibouti was not used). Eritrea, Ethiopia and Kenya
    carry five TNR texts each, Somalia, Tanzania and Uganda three. 20 English texts and four in
    each other language, a source for every text, no story group shared with another split
    (tnr-fresh337 to tnr-fresh341, tnr-fresh343 and tnr-fresh344 were written beside it, blind),
    seventeen stories, nine of them TNR (one short of the brief's aim of ten: the look-up budget
    ran out): six told three times (Mwabili Mwagodi's 2025 abduction in Tanzania, the Tanzanian
    colonel held in 1983 after defecting abroad: two English texts and one other; Ethiopia's
    January 2022 request that the WHO investigate Tedros Adhanom, the 2010 afrol report on
    Eritrean agents abroad, the 2023 detention of an exiled Somali colonel's driver and a 2012
    exile website's claim against Muhoozi Kainerugaba: one English text and two others), three
    TNR stories and the eight look-alikes told twice, and one "same person, different event"
    trap: Tedros Adhanom (the January 2022 probe request and the September 2022 complaint to the
    WHO Executive Board, two TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh342",
        states="ER ET KE SO TZ UG",
        count=6,
        sibling=(
            "tnr-fresh337",
            "tnr-fresh338",
            "tnr-fresh339",
            "tnr-fresh340",
            "tnr-fresh341",
            "tnr-fresh343",
            "tnr-fresh344",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(("et-tedros-who-probe-request-2022", "et-tedros-who-board-complaint-2022"),),
    )


def test_tnr_fresh343_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh343: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1988 to 2022, 24 TNR and 16 look-alikes, six origin states (Burundi, Cameroon, Chad, DR
    Congo, Equatorial Guinea, Rwanda; the reserve Nigeria was not used). Chad, Equatorial
    Guinea, Rwanda and Burundi carry five TNR texts each, DR Congo and Cameroon two. 20 English
    texts and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh337 to tnr-fresh342 and tnr-fresh344 were written beside it,
    blind), eighteen stories, ten of them TNR: four told three times (Chad's 2017 closure of its
    Doha embassy over Timan Erdimi and the 2007 night shooting at Jean Marie Vianney
    Rwabukwisi's house in Malawi: two English texts and one other; the kidnapping of two
    Equatoguinean exiles in Nigeria and the stabbing of a Burundian refugee in Kakuma in 2015:
    one English text and two others), six TNR stories and the eight look-alikes told twice,
    and one "same person, different event" trap: Timan Erdimi (the 2017 embassy closure, TNR;
    his 2022 return from exile in Qatar, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh343",
        states="BI CD CM GQ RW TD",
        count=6,
        sibling=(
            "tnr-fresh337",
            "tnr-fresh338",
            "tnr-fresh339",
            "tnr-fresh340",
            "tnr-fresh341",
            "tnr-fresh342",
            "tnr-fresh344",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(("td-erdimi-qatar-embassy-closed-2017", "lk-td-erdimi-return-2022"),),
    )


def test_tnr_fresh344_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh344: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1957 to 2024, 24 TNR and 16 look-alikes, six origin states (Argentina, Chile, Cuba,
    Guatemala, Nicaragua, Venezuela; the reserve Bolivia was not used). Cuba, Argentina and
    Guatemala carry five TNR texts each, Chile four, Venezuela three, Nicaragua two. 20 English
    texts and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh337 to tnr-fresh343 were written beside it, blind), eighteen
    stories, ten of them TNR: four told three times (the 1988 London shooting by a Cuban
    diplomat and the threats to exiled reporter Michelle Mendoza: two English texts and one
    other; the 1957 bomb in Peron's car in Caracas and Saab's 2024 warrants against exiles: one
    English text and two others), six TNR stories and the eight look-alikes told twice, and
    three "same person, different event" traps: Peron (the Caracas bomb, TNR; the 1973 Ezeiza
    massacre at home, a look-alike), Florentino Azpillaga (the London shooting and his Miami
    news conference on a Cuban hit team, two TNR groups) and Carlos Altamirano (Pinochet's
    Madrid plot of 1975 and the DINA teams turned back at Orly, two TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh344",
        states="AR CL CU GT NI VE",
        count=6,
        sibling=(
            "tnr-fresh337",
            "tnr-fresh338",
            "tnr-fresh339",
            "tnr-fresh340",
            "tnr-fresh341",
            "tnr-fresh342",
            "tnr-fresh343",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ar-peron-caracas-car-bomb-1957", "lk-ar-ezeiza-massacre-1973"),
            ("cu-aspillaga-london-shooting-1988", "cu-aspillaga-hit-squad-claim-1988"),
            ("cl-altamirano-franco-funeral-plot-1975", "cl-dina-paris-teams-altamirano-1975"),
        ),
    )


def test_tnr_fresh345_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh345: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1999 to the mid-2020s, 24 TNR and 16 look-alikes, six origin states (Azerbaijan, Georgia,
    Tajikistan, Turkmenistan, Ukraine, Uzbekistan; the reserve Mongolia was not used). Ukraine,
    Georgia and Azerbaijan carry five TNR texts each, Tajikistan four, Uzbekistan three,
    Turkmenistan two. 20 English texts and four in each other language, a source for every
    text, no story group shared with another split (tnr-fresh346 to tnr-fresh352 were written
    beside it, blind), eighteen stories, ten of them TNR: four told three times (Arsen Avakov's
    2012 extradition refused in Rome and the 2001 coup-plot requests for Mammad Guliev and
    Mahir Javadov: two English texts and one other; Georgia's requests to Belgium and Germany
    for Zurab Adeishvili and the 2010 detentions of Uzbek asylum seekers in Kyiv region: one
    English text and two others), six TNR stories and the eight look-alikes told twice, and two
    "same person, different event" traps: Zurab Adeishvili (Kyiv's 2015 refusal, and the later
    requests to Belgium and Germany, two TNR groups) and Mahir Javadov (Baku's 1999 request to
    Iran, and the 2001 coup-plot requests to Iran and Russia, two TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh345",
        states="AZ GE TJ TM UA UZ",
        count=6,
        sibling=(
            "tnr-fresh346",
            "tnr-fresh347",
            "tnr-fresh348",
            "tnr-fresh349",
            "tnr-fresh350",
            "tnr-fresh351",
            "tnr-fresh352",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("ge-adeishvili-kyiv-refusal-2015", "ge-adeishvili-belgium-germany-request"),
            ("az-javadov-iran-request-1999", "az-guliev-javadov-coup-plot-2001"),
        ),
    )


def test_tnr_fresh346_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh346: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1956 to 2016, 24 TNR and 16 look-alikes, six origin states (China, Indonesia, Malaysia,
    North Korea, the Philippines, Taiwan; the reserve Singapore was not used). China, North
    Korea and Malaysia carry five TNR texts each, Taiwan four, Indonesia three, the Philippines
    two. 20 English texts and four in each other language, a source for every text, no story
    group shared with another split (tnr-fresh345 and tnr-fresh347 to tnr-fresh352 were written
    beside it, blind), eighteen stories, ten of them TNR: four told three times (Han Dongfang's
    1993 passport cancellation and Malaysia's 2014 revocation of the passports of Alvin Tan and
    Ali Abd Jalil: two English texts and one other; Yi Sang-gu's 1959 abduction in Moscow and
    the 1995 summonses of Indonesian students in Germany to inform on protesters: one English
    text and two others), six TNR stories and the eight look-alikes told twice, and one "same
    person, different event" trap: Han Dongfang (the 1993 passport cancellation, TNR; his 1992
    release from prison and departure for treatment in the US, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh346",
        states="CN ID KP MY PH TW",
        count=6,
        sibling=(
            "tnr-fresh345",
            "tnr-fresh347",
            "tnr-fresh348",
            "tnr-fresh349",
            "tnr-fresh350",
            "tnr-fresh351",
            "tnr-fresh352",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("cn-han-dongfang-passport-cancelled-1993", "lk-cn-han-dongfang-us-treatment-1992"),
        ),
    )


def test_tnr_fresh347_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh347: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1957 to 2025, 24 TNR and 16 look-alikes, five origin states (Iran, Israel, Kuwait,
    Syria, Yemen): Oman was dropped, as its look-ups gave only told TNR events, and the reserve
    Jordan failed too. Iran, Israel, Syria and Yemen carry five TNR texts each, Kuwait four.
    20 English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh345, tnr-fresh346 and tnr-fresh348 to tnr-fresh352 were
    written beside it, blind), eighteen stories, ten of them TNR: four told three times
    (Khomeini's 1980 killing order against Hadi Khorsandi and Israel's 1990 Ontario injunction
    against Victor Ostrovsky's book: two English texts and one other; the Yemeni government's
    Interpol case against Houthi envoys and Lebanon's 2012 hand-over of fourteen Syrians: one
    English text and two others), six TNR stories and the eight look-alikes told twice, and two
    "same person, different event" traps: Victor Ostrovsky (the Ontario injunction and the New
    York order, two TNR groups) and Walid al-Tabtabaei (Kuwait's 2018 request that Turkey hand
    him over, TNR; his 2025 sentence at home, a look-alike). Syria was given to writers of both
    of session 28's waves, and tnr-fresh340's writer, blind to this split, told Ghassan Jadid's
    killing too, under the same story group: the two may share it."""
    assert_a_blind_split_of_forty(
        "tnr-fresh347",
        states="IL IR KW SY YE",
        count=5,
        sibling=(
            "tnr-fresh345",
            "tnr-fresh346",
            "tnr-fresh348",
            "tnr-fresh349",
            "tnr-fresh350",
            "tnr-fresh351",
            "tnr-fresh352",
            "tnr-fresh340",
        ),
        sizes={2: 14, 3: 4},
        largest=3,
        traps=(
            ("il-ostrovsky-ottawa-injunction-1990", "il-ostrovsky-new-york-order-1990"),
            ("kw-storming-convicts-turkey-request-2018", "lk-kw-tabtabaei-cassation-2025"),
        ),
    )


def test_tnr_fresh348_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh348: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1960 to 2024, 24 TNR and 16 look-alikes, six TNR origin states (Albania, Bulgaria,
    Greece, Romania, Serbia, Turkey): the reserve Greece stands in for Hungary, whose three
    look-ups found no untold Hungarian TNR event, so Hungary appears only in look-alikes.
    Romania and Serbia carry five TNR texts each, Albania, Bulgaria and Turkey four, Greece two.
    20 English texts and four in each other language, a source for every text, no story group
    shared with another split (tnr-fresh345 to tnr-fresh352 but this one were written beside
    it, blind), nineteen stories, eleven of them TNR: two told three times (the July 1981
    knife attack on Emil Georgescu of Radio Free Europe: two English texts and one other;
    Agim Ceku held in Bulgaria on a Serbian Interpol warrant in 2009: one English text and two
    others), nine TNR stories and the eight look-alikes told twice, and three "same person,
    different event" traps: Agim Ceku (held in Ljubljana in 2003 and in Bulgaria in 2009, two
    TNR groups), Adriatik Llalla (arrested in Italy in 2021 and granted asylum there in 2024,
    two TNR groups; the United States entry ban, a look-alike) and Kamil Demirkaya (detained
    in Bucharest on 5 December 2018 and the court's refusal to extradite him that month, two
    TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh348",
        states="AL BG GR RO RS TR",
        count=6,
        sibling=(
            "tnr-fresh345",
            "tnr-fresh346",
            "tnr-fresh347",
            "tnr-fresh349",
            "tnr-fresh350",
            "tnr-fresh351",
            "tnr-fresh352",
        ),
        sizes={2: 17, 3: 2},
        largest=3,
        traps=(
            ("rs-ceku-ljubljana-airport-2003", "rs-ceku-bulgaria-border-arrest-2009"),
            ("al-llalla-italy-arrest-2021", "lk-al-llalla-us-entry-ban"),
            ("al-llalla-italy-arrest-2021", "al-llalla-italy-asylum-2024"),
            ("tr-demirkaya-bucharest-detention-2018", "tr-demirkaya-extradition-refused-2018"),
        ),
    )


def test_tnr_fresh349_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh349: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1957 to 2025, 24 TNR and 16 look-alikes, four origin states (Egypt, South Sudan, Sudan,
    Tunisia), six TNR texts each: Mali and Niger were given but no untold TNR event of either
    was found, and the reserve Mauritania gave none either, so all three appear only in
    look-alikes. 20 English texts and four in each other language, a source for every text, no
    story group shared with another split (tnr-fresh345 to tnr-fresh348 and tnr-fresh350 to
    tnr-fresh352 were written beside it, blind), seventeen stories, nine of them TNR: six told
    three times (La Vérité's smears, the April 2024 reports against 40 Taqaddum leaders and the
    court suit over Dong Samuel Luak and Aggrey Idri: two English texts and one other;
    Marzouki's missing red notice, Taqaddum's appeal to Interpol and the court petition over
    Morris Mabior: one English text and two others), three TNR stories and the eight
    look-alikes told twice, and a "same person, different event" trap: Abdalla Hamdok (the
    April 2024 criminal reports and Taqaddum's Interpol appeal, two TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh349",
        states="EG SD SS TN",
        count=4,
        sibling=(
            "tnr-fresh345",
            "tnr-fresh346",
            "tnr-fresh347",
            "tnr-fresh348",
            "tnr-fresh350",
            "tnr-fresh351",
            "tnr-fresh352",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(("sd-taqaddum-40-reports-2024", "sd-taqaddum-interpol-challenge-2024"),),
    )


def test_tnr_fresh350_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh350: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1961 to 2025, 24 TNR and 16 look-alikes, six origin states (Angola, Madagascar,
    Mozambique, South Africa, Zambia, Zimbabwe): the reserve Madagascar stands in for Malawi,
    whose look-ups found only told exiles or events at home, so Malawi appears only in
    look-alikes. South Africa, Angola and Madagascar carry five TNR texts each, Zambia,
    Mozambique and Zimbabwe three. 20 English texts and four in each other language, a source
    for every text, no story group shared with another split (tnr-fresh345 to tnr-fresh349,
    tnr-fresh351 and tnr-fresh352 were written beside it, blind), seventeen stories, nine of
    them TNR (one short of the brief's aim of ten): six told three times (Vernon Nkadimeng's
    1985 killing in Gaborone, Sata's 2013 vow to extradite Rupiah Banda and the 2023 reward for
    Promise Mkwananzi: two English texts and one other; the SIE's taking of a UNITA interview
    tape in South Africa, Mateus Gwenjere's 1975 abduction from Nairobi and the 2011 warning
    that Ravalomanana would be arrested on return: one English text and two others), three TNR
    stories and the eight look-alikes told twice, and one "same person, different event" trap:
    Rupiah Banda (Sata's February 2013 extradition vow, TNR; the March 2013 lifting of his
    immunity, a look-alike)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh350",
        states="AO MG MZ ZA ZM ZW",
        count=6,
        sibling=(
            "tnr-fresh345",
            "tnr-fresh346",
            "tnr-fresh347",
            "tnr-fresh348",
            "tnr-fresh349",
            "tnr-fresh351",
            "tnr-fresh352",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            (
                "zm-sata-rupiah-banda-extradition-vow-2013",
                "lk-zm-rupiah-banda-immunity-lifted-2013",
            ),
        ),
    )


def test_tnr_fresh351_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh351: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1966 to 2025, 24 TNR and 16 look-alikes, six origin states (Ghana, Gambia, Guinea,
    Nigeria, Senegal, Sierra Leone; the reserve Liberia was not used). Ghana, Nigeria and
    Senegal carry five TNR texts each, Gambia, Guinea and Sierra Leone three. 20 English texts
    and four in each other language, a source for every text, no story group shared with
    another split (tnr-fresh345 to tnr-fresh350 and tnr-fresh352 were written beside it,
    blind), seventeen stories, nine of them TNR (one short of the ten aimed at): six told three
    times (the December 1966 reward for Nkrumah's capture, Nigeria's 1997 manhunt in Benin for
    Adesegun Banjo and the 2013 warrant for Oumar Sarr: two English texts and one other; Jammeh's
    men beating exile protesters in Washington in 2014, the 2022 raid on Philip Rashied
    Dainkeh's family and the Guinean exiles arrested after the 1975 amnesty: one English text
    and two others), three TNR stories and the eight look-alikes told twice, and two "same
    person, different event" traps: Fatou Camara (beaten at the 2014 Washington protest, TNR;
    charged in Banjul in 2013, a look-alike) and Kwame Nkrumah (the March 1966 closing of
    Ghana's Conakry embassy and the December 1966 reward, two TNR groups)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh351",
        states="GH GM GN NG SL SN",
        count=6,
        sibling=(
            "tnr-fresh345",
            "tnr-fresh346",
            "tnr-fresh347",
            "tnr-fresh348",
            "tnr-fresh349",
            "tnr-fresh350",
            "tnr-fresh352",
        ),
        sizes={2: 11, 3: 6},
        largest=3,
        traps=(
            ("gm-washington-summit-camara-beaten-2014", "lk-gm-fatou-camara-sedition-charge-2013"),
            ("gh-nlc-conakry-embassy-closed-1966", "gh-nlc-nkrumah-capture-bounty-1966"),
        ),
    )


def test_tnr_fresh352_is_a_blind_split_of_forty_short_texts() -> None:
    """tnr-fresh352: forty blind short texts (25-55 words, Chinese 50-110 characters), events
    of 1915 to 2025, 24 TNR and 16 look-alikes, six origin states (Brazil, Colombia, Mexico,
    Paraguay, Peru, Uruguay; the reserve Honduras was not used). Peru carries five TNR texts,
    Colombia, Mexico, Paraguay and Uruguay four each, Brazil three. 20 English texts and four
    in each other language, a source for every text, no story group shared with another split
    (tnr-fresh345 to tnr-fresh351 were written beside it, blind), nineteen stories, eleven of
    them TNR: two told three times (Leonel Brizola's 1977 expulsion from Uruguay under
    Brazilian pressure: two English texts and one other; Bolivia's 2008 refusal to extradite
    Walter Chavez to Peru: one English text and two others), seventeen told twice, and five
    "same person, different event" traps: Brizola (the 1977 expulsion, TNR; his 1979 return, a
    look-alike), Raul Cubas (Paraguay's 2001 arrest order and extradition request to Brazil,
    TNR; his 2002 surrender at home, a look-alike), Francisco Garcia Cabeza de Vaca (the 2022
    warrant and the 2025 request for his provisional arrest in the US, two TNR groups) and
    Walter Chavez (the 2008 refusal in Bolivia and the 2016 detention in Argentina, two TNR
    groups) and Pablo Beltran (named in both Colombian TNR groups: the January 2019 arrest
    orders and the later formal extradition request)."""
    assert_a_blind_split_of_forty(
        "tnr-fresh352",
        states="BR CO MX PE PY UY",
        count=6,
        sibling=(
            "tnr-fresh345",
            "tnr-fresh346",
            "tnr-fresh347",
            "tnr-fresh348",
            "tnr-fresh349",
            "tnr-fresh350",
            "tnr-fresh351",
        ),
        sizes={2: 17, 3: 2},
        largest=3,
        traps=(
            ("br-brizola-uruguay-expulsion-1977", "lk-br-brizola-return-1979"),
            ("py-cubas-brazil-extradition-2001", "lk-py-cubas-surrender-2002"),
            ("mx-cabeza-de-vaca-warrant-2022", "mx-cabeza-de-vaca-provisional-arrest-2025"),
            (
                "pe-walter-chavez-extradition-refused-2008",
                "pe-walter-chavez-salta-arrest-2016",
            ),
            (
                "co-eln-havana-arrest-orders-2019",
                "co-eln-beltran-tejada-extradition-2019",
            ),
        ),
    )
