"""Round 16b: tactics on texts rightly found as TNR (rules/shots_and_fears.py). Regression pairs of
invented sentences in several languages: the first of each pair must read the new way, the one
near it must keep the old reading."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.rules import shots_and_fears
from amanat.monitor.nlp.tagging import tag

# (case, language, text, tactics that must be read, tactics that must not)
READINGS = [
    # Shot at over and over: an attempt on a life, not an assault.
    (
        "shot",
        "en",
        "Iranian journalist Ali Rezaei, who lives in London, was shot seven times by "
        "two gunmen near his home on 10 January. He survived.",
        {"assassination"},
        {"assault"},
    ),
    (
        "shot",
        "zh",
        "旅居伦敦的伊朗记者阿里·雷扎伊1月10日在家附近遭两名骑摩托车的袭击者枪击，"
        "身中七枪，伤势严重。",
        {"assassination"},
        {"assault"},
    ),
    (
        "shot",
        "tr",
        "Londra'da yaşayan İranlı gazeteci Ali Rızai, 10 Ocak'ta evinin yakınında iki "
        "saldırganın açtığı ateş sonucu yedi kurşunla ağır yaralandı.",
        {"assassination"},
        {"assault"},
    ),
    (
        "shot",
        "ru",
        "Живущий в Лондоне иранский журналист Али Резаи 10 января был тяжело ранен: "
        "двое нападавших выстрелили в него семь раз.",
        {"assassination"},
        {"assault"},
    ),
    (
        "beaten-not-shot",
        "en",
        "Iranian journalist Ali Rezaei, who lives in London, was beaten "
        "by two men near his home on 10 January.",
        {"assault"},
        {"assassination"},
    ),
    (
        "beaten-not-shot",
        "zh",
        "旅居伦敦的伊朗记者阿里·雷扎伊1月10日在家附近遭两名男子殴打。",
        {"assault"},
        {"assassination"},
    ),
    # Relatives at home beaten: coercion by proxy, not an assault of the person abroad.
    (
        "relatives-beaten",
        "en",
        "Iranian journalist Ali Rezaei, who lives in London, said three "
        "men broke into his parents' home in Tehran and beat his mother after he spoke to the BBC.",
        {"threat_to_family"},
        {"assault"},
    ),
    (
        "relatives-beaten",
        "fa",
        "علی رضایی، روزنامه‌نگار ایرانی مقیم لندن، گفت سه مرد وارد خانه "
        "پدر و مادرش در تهران شدند و مادرش را کتک زدند.",
        {"threat_to_family"},
        {"assault"},
    ),
    (
        "relatives-beaten",
        "tr",
        "Londra'da yaşayan İranlı gazeteci Ali Rızai, BBC'ye konuştuktan "
        "sonra üç adamın Tahran'daki ailesinin evine girip annesini dövdüğünü söyledi.",
        {"threat_to_family"},
        {"assault"},
    ),
    (
        "person-beaten",
        "tr",
        "Londra'da yaşayan İranlı gazeteci Ali Rızai, BBC'ye konuştuktan "
        "sonra evinin önünde üç adam tarafından dövüldü.",
        {"assault"},
        set(),
    ),
    # Arrested in absentia: a warrant for someone out of reach, no detention.
    (
        "in-absentia",
        "en",
        "Russian journalist Anna Petrova, who lives in Berlin, was arrested in "
        "absentia by a Moscow court in December.",
        {"bounty_or_warrant"},
        {"detention"},
    ),
    (
        "in-absentia",
        "ru",
        "Живущую в Берлине российскую журналистку Анну Петрову в декабре "
        "заочно арестовал московский суд.",
        {"bounty_or_warrant"},
        {"detention"},
    ),
    (
        "in-absentia",
        "tr",
        "Berlin'de yaşayan Rus gazeteci Anna Petrova, Aralık'ta Moskova'da bir "
        "mahkeme tarafından gıyabında tutuklandı.",
        {"bounty_or_warrant"},
        {"detention"},
    ),
    (
        "arrested-abroad",
        "en",
        "Russian journalist Anna Petrova, who lives in Berlin, was "
        "arrested by German police in December at Moscow's request.",
        {"detention"},
        set(),
    ),
    # A harm made to hang on the work: a demand for silence.
    (
        "work-or-harm",
        "en",
        "Iranian agents warned the relatives of London-based journalists that "
        "the reporters would be hurt if they kept working for Iran International.",
        {"silencing_demand", "direct_threat"},
        set(),
    ),
    (
        "work-or-harm",
        "en",
        "Officials harassed the families in China of students abroad to stop "
        "them from criticising the government while studying in the UK.",
        {"silencing_demand"},
        set(),
    ),
    (
        "work-or-harm",
        "fa",
        "یکی از بستگان روزنامه‌نگار ایرانی مقیم آمریکا به اطلاعات تهران احضار "
        "شد و به او گفتند پیش از آن‌که حکم بازداشتش به اینترپل فرستاده شود، باید از «رسانه‌های "
        "معاند» کناره بگیرد.",
        {"silencing_demand"},
        {"bounty_or_warrant", "interpol_abuse"},
    ),
    (
        "warrant-sent",
        "en",
        "Iranian journalist Ali Rezaei, who lives in London, said an arrest "
        "warrant against him was sent to Interpol in May.",
        {"interpol_abuse"},
        {"silencing_demand"},
    ),
]


@pytest.mark.parametrize(("case", "language", "text", "wanted", "unwanted"), READINGS,
                         ids=[f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(READINGS)])  # fmt: skip
def test_tactics_read_on_tnr_texts(rules_tactics: None, case: str, language: str, text: str,
                                   wanted: set[str], unwanted: set[str]) -> None:  # fmt: skip
    """The rules' readings of invented acts, with the tactic model's reread off (session 22:
    `tacticmodel-6` drops the Persian demand to leave "hostile media" beside the kin's summons)."""
    result = tag(text, language)
    assert result.is_tnr, case
    assert wanted <= set(result.tactics), (case, result.tactics)
    assert not unwanted & set(result.tactics), (case, result.tactics)


def test_harm_said_to_follow_is_a_threat_in_turkish() -> None:
    text = ("Londra'da yaşayan İranlı gazeteci Saman Rasulpur, Tahran'daki ailesinin "
            "istihbarata çağrılarak kanalda çalışmayı sürdürmesi halinde kendisinin zarar "
            "görebileceği yönünde uyarıldığını söyledi.")  # fmt: skip
    assert "direct_threat" in tag(text, "tr").tactics
    calm = ("Londra'da yaşayan İranlı gazeteci Saman Rasulpur, Tahran'daki ailesinin "
            "istihbarata çağrıldığını söyledi.")  # fmt: skip
    assert "direct_threat" not in tag(calm, "tr").tactics


# (language, sentence, tactic it drops; None: drops nothing)
VETOES = [
    ("en", '"i am afraid that i will be deported back to cambodia," he said.', "deportation"),
    ("tr", "kamboçya'ya geri gönderilmekten korktuğunu söyledi.", "deportation"),
    ("zh", "他担心自己会被遣返回柬埔寨。", "deportation"),
    ("ru", "он опасается депортации в камбоджу.", "deportation"),
    ("en", "he was deported back to cambodia on 3 may.", None),
    ("zh", "他于5月3日被遣返回柬埔寨。", None),
    (
        "en",
        "he was charged with espionage by sudan's national security service.",
        "informant_recruitment",
    ),
    ("zh", "苏丹国家安全机构以间谍罪对他提出指控。", "informant_recruitment"),
    ("tr", "ulusal güvenlik teşkilatı onu casuslukla itham etti.", "informant_recruitment"),
    ("en", "an embassy officer asked him to spy on fellow students and report on them.", None),
    ("zh", "事后，若干印度官员被驱逐出境。", "deportation"),
    ("en", "several indian officials were quietly expelled.", "deportation"),
    ("zh", "这名活动人士被驱逐出境。", None),
    (
        "en",
        "tell him to quit before a verdict is issued and an arrest warrant is sent to interpol.",
        "interpol_abuse",
    ),
    ("en", "an arrest warrant was sent to interpol in may.", None),
    ("zh", "他说，他当时以为自己会被杀死。", "assassination"),
    ("en", "he feared being killed if sent back.", "assassination"),
    ("en", "he was shot dead outside his home.", None),
    ("en", "the relatives had been detained as a preventive measure.", "detention"),
    ("tr", "kahire'deki kardeşinin gözaltına alındığını söyledi.", "detention"),
    ("en", "he was detained at the airport in istanbul.", None),
    ("en", "police held him at the kumkapi removal centre in istanbul.", "deportation"),
    ("tr", "sınır dışı edilecekler için kullanılan bir merkeze konuldu.", "deportation"),
    ("en", "he was held at a removal centre and deported to tajikistan a week later.", None),
    (
        "en",
        "police searched the flats of four imams on suspicion that they had acted as informants.",
        "informant_recruitment",
    ),
    ("en", "an embassy officer pressed him to act as an informant on fellow students.", None),
]

# Information gathered on people: surveillance (and a look-alike about institutions stays out).
SPIED_ON = [
    (
        "en",
        "German prosecutors are investigating 20 Turkish citizens suspected of spying on "
        "followers of the Gülen movement living in Germany on instructions from the Turkish "
        "government.",
        True,
    ),
    (
        "ru",
        "Суд установил, что он собирал сведения о тибетцах, бежавших в Швецию, для "
        "китайской разведки.",
        True,
    ),
    (
        "en",
        "The hacking group, linked to China, specialises in cyber-spying on critical sectors "
        "such as government departments in the United States.",
        False,
    ),
]


@pytest.mark.parametrize(("language", "text", "read"), SPIED_ON)
def test_people_spied_on_are_surveillance(language: str, text: str, read: bool) -> None:
    assert ("surveillance" in tag(text, language).tactics) is read


@pytest.mark.parametrize(("language", "sentence", "tactic"), VETOES)
def test_sentence_vetoes(language: str, sentence: str, tactic: str | None) -> None:
    found = shots_and_fears.dropped(language, sentence)
    if tactic is None:
        assert not found
    else:
        assert tactic in found


# Entry to the origin refused: the person "sent back" goes to the host, no deportation.
ENTRY_REFUSED = [
    (
        "en",
        "Exiled Rwandan journalist Jean Bosco, who lives in Belgium, flew to Kigali to bury "
        "his mother but was refused entry at the airport and sent back within a few hours.",
        False,
    ),
    (
        "en",
        "Exiled Rwandan journalist Jean Bosco, who lives in Uganda, was arrested in Kampala "
        "and deported to Rwanda within a few days.",
        True,
    ),
]


@pytest.mark.parametrize(("language", "text", "deported"), ENTRY_REFUSED)
def test_entry_refused_is_no_deportation(language: str, text: str, deported: bool) -> None:
    tactics = tag(text, language).tactics
    assert ("deportation" in tactics) is deported
    assert shots_and_fears.entry_refused(language, text.lower()) is not deported


def _corpus_sentences() -> list[str]:
    from amanat.monitor.nlp import extract, normalise
    from amanat.monitor.tests.test_literals import CORPUS

    found = []
    for path in sorted(CORPUS.glob("*/*.txt"))[::9]:
        text = normalise.clean(normalise.decode(path.read_bytes()).text)
        found += [span.text.lower() for span in extract.sentences(text)]
    return found


def test_asking_for_one_tactic_answers_as_the_whole_set_does() -> None:
    """``drops`` (one tactic, the tagger's question) agrees with ``dropped`` (every tactic)."""
    sentences = [sentence for _language, sentence, _tactic in VETOES] + _corpus_sentences()
    tactics = sorted(shots_and_fears._DROPPABLE | {"surveillance", "direct_threat"})
    asked = 0
    for language in ("en", "tr", "zh", "ug", "ru", "fa"):
        for sentence in sentences:
            found = shots_and_fears.dropped(language, sentence)
            for tactic in tactics:
                assert shots_and_fears.drops(language, sentence, tactic) is (tactic in found)
                asked += tactic in found
    assert asked >= len(VETOES) - 4
