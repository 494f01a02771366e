"""Round 14b: whose target, whose act (rules/lawful_acts.py). Invented sentences about states none
of the corpus texts they were read from is about: each look-alike must stay rejected and its
minimally different TNR counterpart must stay found."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.rules import lawful_acts
from amanat.monitor.nlp.rules.vetoes import vetoed
from amanat.monitor.nlp.tagging import tag
from amanat.monitor.tests.pairs import Pair, assert_found, assert_rejected, look_alikes

PAIRS = [
    # A convict extradited: the lead names an ordinary crime and no political target; the
    # political reading later is the man's own claim.
    Pair(
        "convict-extradited",
        "en",
        "Norway's government approved the extradition to Vietnam of a Vietnamese citizen "
        "convicted of heroin trafficking in Hanoi in 2015. The man says the real reason Hanoi "
        "wants him back is his blog, which criticised the government.",
        "Norway's government approved the extradition to Vietnam of a Vietnamese blogger who "
        "criticised the government and whom Hanoi accuses of fraud.",
        "VN",
    ),
    Pair(
        "convict-extradited",
        "tr",
        "İsveç hükümeti, 2014'te Azerbaycan'da uyuşturucu kaçakçılığından mahkûm edilen bir "
        "Azerbaycan vatandaşının Azerbaycan'a iadesini onayladı. Adam, asıl nedenin muhalefet "
        "partisindeki faaliyetleri olduğunu söylüyor.",
        "İsveç hükümeti, Bakü'nün talebi üzerine muhalif gazeteci bir Azerbaycan vatandaşının "
        "Azerbaycan'a iadesini onayladı.",
        "AZ",
    ),
    Pair(
        "convict-extradited",
        "zh",
        "泰国政府批准将一名2015年在越南因贩毒被判刑的越南公民引渡回越南。他本人称，河内要求引渡的"
        "真正原因是他参加了一个反对党。",
        "泰国政府应越南要求，批准将一名批评越南政府的流亡博主引渡回越南。",
        "VN",
    ),
    Pair(
        "convict-extradited",
        "ru",
        "Польша выдала Беларуси гражданина, осужденного за мошенничество в Минске в 2016 году. "
        "Сам он утверждает, что настоящая причина — его участие в оппозиционной партии.",
        "Польша выдала Беларуси оппозиционного блогера по запросу белорусских властей.",
        "BY",
    ),
    Pair(
        "suspect-deported",
        "zh",
        "涉嫌在韩国各地策划多起抢劫案的两名嫌疑人周二被泰国驱逐出境、押送回韩国。韩国记者在机场"
        "拍下了他们被押上飞机的画面。",
        "两名批评韩国政府的流亡记者周二应首尔要求被泰国驱逐出境、押送回韩国。",
        "KR",
    ),
    Pair(
        "convict-extradited",
        "en",
        "Austria has extradited a Georgian businessman with ties to the ruling party to the "
        "United States, where he faces securities-fraud charges. He argued that he was being "
        "targeted for political reasons; the court rejected that.",
        "Austria has extradited a Georgian opposition businessman to Georgia, where he faces "
        "charges his party calls politically motivated.",
        "GE",
    ),
    # A host's returns of refugees: no request, no agent of the origin, no political target.
    Pair(
        "host-returns-refugees",
        "en",
        "Sudan deported 60 Eritrean refugees to Asmara last month, a rights group said, and "
        "holds hundreds more in detention in Kassala. Sudan says it hosts a million people who "
        "fled nearby wars.",
        "Sudan deported 60 Eritrean refugees to Asmara last month and handed them over to "
        "Eritrean security officers at the border, a rights group said.",
        "ER",
    ),
    Pair(
        "host-returns-refugees",
        "fa",
        "یک سازمان حقوق بشری گفت سودان ماه گذشته ۶۰ پناهجوی اریتره‌ای را به اسمره بازگرداند و "
        "صدها نفر دیگر را در کسلا بازداشت کرده است.",
        "یک سازمان حقوق بشری گفت سودان ماه گذشته ۶۰ فعال مخالف اریتره‌ای را به اسمره بازگرداند.",
        "ER",
    ),
    Pair(
        "host-returns-refugees",
        "tr",
        "Bir insan hakları örgütü, Sudan'ın geçen ay 60 Eritreli mülteciyi Asmara'ya sınır dışı "
        "ettiğini açıkladı.",
        "Bir insan hakları örgütü, Sudan'ın geçen ay 60 Eritreli muhalif gazeteciyi Asmara'ya "
        "sınır dışı ettiğini açıkladı.",
        "ER",
    ),
    # A host grants asylum; the detention it recites was at home, not abroad.
    Pair(
        "asylum-granted",
        "en",
        "Britain has granted asylum to a former Cambodian opposition aide, who said the decision "
        "showed London accepted that his case was political. In 2019 he was detained for 15 days "
        "by police while on a business trip.",
        "Britain has granted asylum to a former Cambodian opposition aide. Last year he was "
        "detained for 15 days by police in Bangkok at the request of Phnom Penh.",
        "KH",
    ),
    # Held for a public-order offence at a diaspora event: the host's policing of a riot.
    Pair(
        "public-order-charge",
        "en",
        "More than 500 police were deployed around an Ethiopian cultural festival in Amsterdam, "
        "where opponents of the event threw stones. Sixty people were taken into custody and 50 "
        "criminal complaints filed, almost all for breach of the peace. The festival is organised "
        "by a council which critics say is close to the Ethiopian government. In a statement, the "
        "Ethiopian government described a colourful festival.",
        "Police in Amsterdam said two men sent by Ethiopian intelligence had followed and beaten "
        "an exiled Ethiopian journalist after the festival.",
        "ET",
    ),
    # A pardon told in the lead: the end of a story at home.
    Pair(
        "pardon-at-home",
        "tr",
        "Cumhurbaşkanı, yıllardır cezaevinde bulunan Tacik muhalif blogcuyu affetti. Blogcunun "
        "annesi, Londra'da bakanlarla görüşerek oğlunun serbest bırakılması için destek istemişti.",
        "Tacik muhalif blogcunun Duşanbe'deki annesi, Londra'da yaşayan oğlunun yazıları "
        "yüzünden polis tarafından sorgulandı ve tehdit edildi.",
        "TJ",
    ),
    # Hacking of institutions, and cyber-espionage read as recruitment.
    Pair(
        "institution-hacked",
        "zh",
        "调查人员称，与朝鲜政府有关联的黑客入侵了韩国三家国防承包商的网络，窃取了设计文件。此前，"
        "韩国执法部门曾打击另一个与朝鲜有关的网络间谍行动。",
        "朝鲜政府支持的黑客入侵了居住在首尔的脱北者记者的手机。",
        "KP",
    ),
    Pair(
        "institution-hacked",
        "en",
        "Hackers linked to North Korea's government broke into the networks of three South "
        "Korean defence contractors and stole design files, investigators said.",
        "Hackers linked to North Korea's government broke into the email accounts of North "
        "Korean defectors living in Seoul, investigators said.",
        "KP",
    ),
    # A work recounts: the acts in a memoir are its content.
    Pair(
        "work-recounts",
        "en",
        "The memoir of the exiled Belarusian poet Anna K., reviewed in March, recounts the night "
        "in 2020 when her brother was detained. The book follows her from Minsk to Vilnius.",
        "The exiled Belarusian poet Anna K., who lives in Vilnius, said her brother was detained "
        "in Minsk last month over her poems.",
        "BY",
    ),
    Pair(
        "work-recounts",
        "ru",
        "Книга воспоминаний белорусской поэтессы, живущей в Вильнюсе, рассказывает о ночи 2020 "
        "года, когда задержали её брата.",
        "Белорусская поэтесса, живущая в Вильнюсе, рассказала, что в прошлом месяце в Минске "
        "задержали её брата из-за её стихов.",
        "BY",
    ),
    Pair(
        "work-recounts",
        "tr",
        "Vilnius'ta yaşayan Belaruslu şairin anı kitabı, 2020'de kardeşinin gözaltına alındığı "
        "geceyi anlatıyor.",
        "Vilnius'ta yaşayan Belaruslu şair, kardeşinin geçen ay Minsk'te şiirleri yüzünden "
        "gözaltına alındığını söyledi.",
        "BY",
    ),
    Pair(
        "work-recounts",
        "fa",
        "کتاب شاعر بلاروسی ساکن ویلنیوس شبی در سال ۲۰۲۰ را روایت می‌کند که برادرش بازداشت شد.",
        "شاعر بلاروسی ساکن ویلنیوس گفت ماموران امنیتی ماه گذشته برادرش را در مینسک به خاطر "
        "شعرهای او بازداشت و تهدید کردند.",
        "BY",
    ),
    # A visit to a relative: the relative is the one visited, not pressed.
    Pair(
        "visit-relative",
        "en",
        "An Iranian researcher living in Sweden was detained by security forces in Tehran while "
        "visiting his mother and transferred to Evin prison.",
        "Security forces detained the mother of an Iranian journalist living in Sweden in Tehran "
        "and threatened her over his reporting.",
        "IR",
    ),
    # A relative as the only source of the report speaks; nobody presses her.
    Pair(
        "relative-as-source",
        "fa",
        "پژوهشگر ایرانی مقیم سوئد در دادگاهی در تهران به اعدام محکوم شد. به گفته همسرش، او ماه‌ها "
        "زیر بازجویی بوده و برای اعتراف تحت فشار قرار گرفته است.",
        "پژوهشگر ایرانی مقیم سوئد گفت ماموران امنیتی همسرش را در تهران بازجویی کردند و برای "
        "بازگشت او تحت فشار گذاشتند.",
        "IR",
    ),
    Pair(
        "visit-relative",
        "fa",
        "یک پژوهشگر ایرانی مقیم سوئد در سفری برای دیدار مادرش در تهران به دست نیروهای امنیتی "
        "بازداشت و به زندان اوین منتقل شد.",
        "نیروهای امنیتی مادر یک روزنامه‌نگار ایرانی مقیم سوئد را در تهران بازداشت کردند تا او را "
        "وادار به سکوت کنند.",
        "IR",
    ),
]


@pytest.mark.parametrize("pair", look_alikes(PAIRS))
def test_the_look_alike_is_rejected(pair: Pair) -> None:
    assert_rejected(pair)


@pytest.mark.parametrize("pair", look_alikes(PAIRS))
def test_its_tnr_counterpart_is_found(pair: Pair) -> None:
    assert_found(pair)


@pytest.mark.parametrize(("language", "sentence", "code"), [
    ("en", "hackers breached the networks of three telecom companies", "hacking_spyware"),
    ("ru", "хакеры взломали сети трёх телеком-компаний", "hacking_spyware"),
    ("zh", "此前曾有一个网络间谍行动", "informant_recruitment"),
    ("en", "the book follows her from a childhood in the region", "surveillance"),
    ("zh", "回忆录讲述了她的家人被拘留的那一夜", "threat_to_family"),
    ("tr", "annesini ziyaret etmek için gittiği şehirde gözaltına alındı", "threat_to_family"),
    ("ru", "его задержали, когда он поехал навестить свою мать", "threat_to_family"),
    ("zh", "他回国探亲时被国安人员拘留", "threat_to_family"),
    ("en", "he was transferred to the Evin prison", "rendition"),
    ("en", "according to his wife, he was pressured to confess", "threat_to_family"),
    ("ru", "по словам его жены, его допрашивали месяцами", "threat_to_family"),
    ("tr", "eşine göre aylarca sorgulandı", "threat_to_family"),
])  # fmt: skip
def test_sentences_that_name_no_act_abroad_drop_the_tactic(
    language: str, sentence: str, code: str
) -> None:
    assert code in vetoed(language, sentence.lower())


@pytest.mark.parametrize(("language", "sentence", "code"), [
    ("en", "hackers broke into the phones of exiled journalists and two telecom companies",
     "hacking_spyware"),
    ("en", "officers from the ministry of state security visited his parents",
     "threat_to_family"),
    ("tr", "polis ailesini ziyaret ederek onu tehdit etti", "threat_to_family"),
    ("en", "he was handed over to the police", "rendition"),
    ("en", "according to his sister, police detained their father", "threat_to_family"),
    ("zh", "他的父母去美国探亲回国后被警方约谈", "threat_to_family"),
])  # fmt: skip
def test_acts_on_people_stay(language: str, sentence: str, code: str) -> None:
    assert code not in vetoed(language, sentence.lower())


class _Span:
    def __init__(self, text: str) -> None:
        self.text, self.start, self.end = text, 0, len(text)


class _Place:
    def __init__(self, iso: str, start: int, end: int, locative: bool = True) -> None:
        self.iso, self.start, self.end, self.locative = iso, start, end, locative


class _Mention:
    def __init__(self, iso: str, start: int, role: str) -> None:
        self.iso, self.start, self.role = iso, start, role


def test_a_detention_placed_at_home_only_is_dropped() -> None:
    sentence = "He was detained in Shanghai for 15 days in 2019."
    at = sentence.index("Shanghai")
    place = _Place("CN", at, at + 8)
    assert lawful_acts.dropped("en", _Span(sentence), {"CN"}, [place], []) == {"detention"}


def test_a_detention_abroad_or_with_another_state_stays() -> None:
    sentence = "He was detained in Shanghai after Thai police had held him in Bangkok."
    home = {"CN"}
    shanghai = _Place("CN", sentence.index("Shanghai"), sentence.index("Shanghai") + 8)
    bangkok = _Place("TH", sentence.index("Bangkok"), sentence.index("Bangkok") + 7)
    assert not lawful_acts.dropped("en", _Span(sentence), home, [shanghai, bangkok], [])
    sent = "He was detained in Shanghai and sent back to Kazakhstan."
    where = _Place("CN", sent.index("Shanghai"), sent.index("Shanghai") + 8)
    to = _Mention("KZ", sent.index("Kazakhstan"), "destination")
    assert not lawful_acts.dropped("en", _Span(sent), home, [where], [to])


@pytest.mark.parametrize("text", [
    "تۈركمەنىستان ساقچىلىرى ئىستانبۇلدا تۇرۇۋاتقان مۇخبىرنىڭ ئاشقابادتىكى تۇغقىنىنى تۇتۇپ كەتتى.",
    "ئىستانبۇلدا تۇرۇۋاتقان تۈركمەن مۇخبىرنىڭ ئاشقابادتىكى 12 نەپەر ئائىلە ئەزاسى "
    "ساقچىلار تەرىپىدىن تۇتۇپ كېتىلگەن.",
])  # fmt: skip
def test_uyghur_relatives_in_narrowed_and_bare_forms_are_read(text: str) -> None:
    """تۇغقان narrows to تۇغقىنى ("his relative") and ئائىلە ئەزاسى ("family member") is the bare
    noun: both name relatives taken at home."""
    assert "threat_to_family" in tag(text, "ug").tactics


@pytest.mark.parametrize(("language", "text", "origin"), [
    ("en", "Polish police detained a Belarusian man wanted in Minsk for fraud on an Interpol "
     "notice. He is an opposition activist who fled in 2020 and says the charge is revenge for "
     "his part in the protests.", "BY"),
    ("ru", "В Польше по запросу Минска задержан белорус, разыскиваемый за мошенничество. Он "
     "оппозиционный активист, бежавший из страны в 2020 году.", "BY"),
])  # fmt: skip
def test_a_man_wanted_for_a_crime_whom_the_text_calls_a_dissident_stays_found(
    language: str, text: str, origin: str
) -> None:
    """The convict reading holds only when the political role is someone's claim: a role stated
    as fact, or charges called revenge, keep the text transnational repression."""
    result = tag(text, language)
    assert result.is_tnr, result.tags
    assert result.origin_state == origin


@pytest.mark.parametrize(("language", "text", "origin"), [
    ("en", "Tanzanian police detained four Burundian refugees in Dar es Salaam and deported them "
     "to Gitega, where they were charged with treason, Amnesty International said.", "BI"),
    ("en", "Tanzania deported 30 Burundian refugees to Gitega; a rights group said they were "
     "arrested on arrival.", "BI"),
    ("ru", "Танзания депортировала в Гитегу четырёх бурундийских беженцев, которых там обвинили "
     "в госизмене, сообщила правозащитная организация.", "BI"),
])  # fmt: skip
def test_refugees_returned_to_an_origin_that_acts_on_them_stay_found(
    language: str, text: str, origin: str
) -> None:
    """A host's returns of refugees are the host's act only while the origin does nothing the
    text names: a political charge or an arrest on arrival is its hand."""
    result = tag(text, language)
    assert result.is_tnr, result.tags
    assert result.origin_state == origin
