"""Round 13b: which tactic a real act is (rules/tactics_neighbours.py). Each pair: an invented
sentence that must read the tactic, and a look-alike that must not, in several languages, over
states the blind splits did not name (Eritrea, Azerbaijan, Belarus, Kazakhstan, Rwanda)."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.rules.vetoes import vetoed
from amanat.monitor.tests.readings import tactics_in


def _read(sentence: str, language: str) -> set[str]:
    """What the tagger keeps from one sentence: the tactics its rules fire, less the vetoed."""
    return tactics_in(sentence, language) - vetoed(language, sentence.lower())


# (tactic, language, a sentence that must add it, a look-alike that must not)
# fmt: off
PAIRS = [
    # Agents gathering information on the diaspora: surveillance.
    ("surveillance", "en", "The suspect photographed the homes of members of the Eritrean "
     "opposition in Oslo.", "The suspect photographed the harbour of Oslo for a travel blog."),
    ("surveillance", "en", "Prosecutors say he collected information on Azerbaijani exiles in "
     "Paris for Baku.", "Prosecutors say he collected information on tax rates in Paris."),
    ("surveillance", "ru", "Суд установил, что он собирал сведения о казахских эмигрантах в "
     "Праге.", "Он собирал марки и монеты в Праге."),
    ("surveillance", "ru", "Перед гибелью блогер жаловался, что за ним следят.",
     "Блогер следит за новостями из Баку."),
    ("surveillance", "zh", "检方称,他收集流亡厄立特里亚人的个人资料并交给使馆。",
     "检方称,他收集了大量邮票。"),
    ("surveillance", "ug", "ئۇ گېرمانىيەدىكى ئەزەربەيجان ئۆكتىچىلىرى ئۈستىدىن جاسۇسلۇق قىلغان.",
     "ئۇ گېرمانىيەدە ئوقۇتقۇچى بولۇپ ئىشلىگەن."),
    ("surveillance", "tr", "Şüphelinin Azerbaycanlı muhalifler hakkında bilgi topladığı "
     "belirlendi.", "Şüphelinin hava durumu raporları okuduğu belirlendi."),
    ("surveillance", "fa", "او اطلاعات مخالفان اریتره‌ای را در سوئد جمع‌آوری می‌کرد.",
     "او در سوئد به عنوان راننده کار می‌کرد."),
    # A home watched: circled, or shown back in a photo sent with a threat.
    ("surveillance", "en", "A man circled the Eritrean journalist's house in Oslo for two days.",
     "A plane circled over Oslo for two hours before landing."),
    ("surveillance", "en", "The message came with a photo of a car driving past his house.",
     "The message came with a photo of his new book."),
    ("surveillance", "ru", "Мужчина два дня кружил у дома журналистки.",
     "Мужчина два дня жил у друзей."),
    ("surveillance", "fa", "همراه پیام عکسی از خودرویی بود که از جلوی خانه‌اش می‌گذشت.",
     "همراه پیام عکسی از کتاب تازه‌اش بود."),

    ("surveillance", "tr", "Aynı üç kişi bir gün önce evinin önünde durup onu dışarı çağırdı.",
     "Aynı üç kişi bir gün önce parkta durup sohbet etti."),
    # "evinin" inside "cezaevinin" (the prison's): relatives waiting outside a prison.
    ("surveillance", "tr", "Aynı üç kişi bir gün önce evinin önünde bekledi.",
     "Annesi ve kız kardeşi cezaevinin önünde bekledi."),
    # The attack in the active voice (tr).
    ("assault", "tr", "Üç kişi gazeteciye evinin önünde saldırdı ve tekmeleyip kaçtı.",
     "Üç kişi gazeteciyle evinin önünde konuştu ve gitti."),
    # Harassment online, by fake accounts, smears in cyberspace.
    ("online_harassment", "zh", "一批假账号在推特上骚扰和辱骂这名白俄罗斯记者。",
     "这名白俄罗斯记者在推特上开设了账号。"),
    ("online_harassment", "zh", "他在网上公开了对方的电子邮箱和住址。",
     "他在会上公开了新书的目录。"),
    ("online_harassment", "fa", "او می‌گوید در فضای مجازی بدنام شده است.",
     "او می‌گوید در فضای مجازی کتاب می‌فروشد."),
    ("online_harassment", "en", "Pro-government accounts branded him a traitor online.",
     "Pro-government newspapers praised him in print."),
    ("online_harassment", "tr", "Sahte hesaplar gazeteciyi aylarca taciz etti.",
     "Gazeteci yeni bir hesap açtı."),
    ("online_harassment", "ru", "Фейковые аккаунты месяцами оскорбляли журналистку.",
     "Журналистка открыла новый аккаунт."),
    # Told to stop speaking.
    ("silencing_demand", "tr", "\"Konuşmayı bırakmazsam bir şey olacağını söylediler.\"",
     "Konuşmasını bitirdi ve salondan ayrıldı."),
    ("silencing_demand", "ug", "ئۇلار چەتئەلدىكى تۇغقانلىرىنى ھۆكۈمەتكە قارشى سۆزلەشتىن "
     "توختاشقا چاقىردى.", "ئۇلار چەتئەلدىكى تۇغقانلىرىنى يوقلاشقا باردى."),
    ("silencing_demand", "en", "The consul told her to stop her activism in Berlin.",
     "The consul told her to renew her visa in Berlin."),
    # A threat to the person, in the passive or "received".
    ("direct_threat", "tr", "Aktivist, büyükelçilikten tehdit aldığını söyledi.",
     "Aktivist, büyükelçilikten davet aldığını söyledi."),
    ("direct_threat", "fa", "او در سه ماه گذشته از سوی دولت تهدید شده بود.",
     "او در سه ماه گذشته از سوی دولت دعوت شده بود."),
    ("direct_threat", "zh", "他说自己多次受到白俄罗斯安全部门的威胁。",
     "他说自己多次受到白俄罗斯安全部门的邀请。"),
    ("direct_threat", "zh", "他说自己多次受到白俄罗斯安全部门的威胁。",
     "基金会表示，她回国后生命将受到威胁。"),
    ("direct_threat", "en", "She said she had received death threats from the embassy.",
     "She said she had received flowers from the embassy."),
    # A strike or an ordered attack on exiles: assassination.
    ("assassination", "en", "He said Azerbaijan's intelligence service had ordered him to "
     "attack an exiled blogger in Paris.", "He said his coach had ordered him to attack the "
     "ball more often."),
    ("assassination", "fa", "سپاه با موشک و پهپاد مقرهای احزاب مخالف را هدف قرار داد و ده نفر "
     "کشته شدند.", "کارخانه موشک‌های اسباب‌بازی تولید می‌کند."),
    ("assassination", "ru", "Беспилотник ударил по лагерю оппозиции, погибли трое.",
     "Беспилотник снимал свадьбу в парке."),
    ("assassination", "zh", "无人机袭击了反对派营地,三人死亡。", "无人机拍摄了婚礼。"),
    # Held in the host: removal centres, migration charges, arrival.
    ("detention", "en", "Police detained the Kazakh blogger on migration charges and held "
     "him at a removal centre.", "The Kazakh blogger visited a shopping centre."),
    ("detention", "en", "The Rwandan critic was arrested on arrival at Nairobi airport.",
     "The Rwandan critic gave a talk on arrival at Nairobi airport."),
    ("detention", "ru", "Активиста поместили в центр временного содержания иностранцев.",
     "Активист выступил в культурном центре."),
    ("detention", "tr", "Gazeteci İstanbul'daki geri gönderme merkezine konuldu.",
     "Gazeteci İstanbul'daki kültür merkezine gitti."),
    ("detention", "zh", "这名博主抵达时即被扣留。", "这名博主抵达时发表了讲话。"),
    ("detention", "en", "Officers stopped the Eritrean scholar at the gate and drove him to a "
     "police station.", "The Eritrean scholar drove his daughter to a railway station."),
    ("detention", "en", "Police detained Ali Musayev, secretary general of the exile congress, "
     "in Rome.", "Police thanked Ali Musayev, secretary general of the exile congress, in Rome."),
    ("detention", "tr", "Muhalif gazeteci karakola götürüldü.", "Muhalif gazeteci okula gitti."),
    ("detention", "en", "Moldovan police detained seven Turkish teachers in Chisinau.",
     "Moldovan police arrested six people in connection with the shooting of the teacher."),
    ("detention", "tr", "Grup bir yıldır Tayland'da göçmen gözaltı merkezinde tutuluyordu.",
     "Grup bir yıldır Tayland'da bir kültür merkezinde çalışıyordu."),
    ("deportation", "tr", "Tayland, 40 Uygur'u zorla Çin'e geri gönderdi.",
     "Tayland, mektubu Çin'e geri gönderdi."),
    ("detention", "zh", "这名异见人士被警方带到派出所。", "这名异见人士把孩子带到学校。"),
    # A person detained and then handed over; held at the request of the state's authorities.
    ("deportation", "ru", "Блогера задержали в Ташкенте и передали Минску.",
     "Блогер передал привет друзьям в Минске."),
    ("extradition_request", "ru", "Активистку задержали в Москве по запросу белорусских "
     "властей.", "Активистка выступила в Москве по просьбе друзей."),
    ("extradition_request", "en", "The blogger was arrested in Kyiv at the request of the "
     "Belarusian authorities.", "The blogger spoke in Kyiv at the invitation of friends."),
    ("extradition_request", "zh", "尽管白俄罗斯提出了要求，这名博主也不会被遣返回国。",
     "尽管天气不好，这名博主也按时回国。"),
    ("detention", "en", "The state security service watched the Belarusian bloggers for weeks "
     "before arresting them.", "The bloggers watched the match for hours before leaving."),
    ("bounty_or_warrant", "en", "The Rwandan warrant accuses him of financing rebels.",
     "The Rwandan report accuses him of financing rebels."),
    # Refused entry to one's own state at its airport.
    ("passport_consular_denial", "en", "The exiled writer was refused entry at Kigali "
     "airport and put on a flight back to Brussels.", "The writer was refused entry to "
     "the conference hall in Brussels."),
    ("passport_consular_denial", "en", "The Rwandan-born critic was denied entry and flown "
     "back to London the same night.", "The Rwandan agents were refused entry by Canadian "
     "border officers at Toronto airport."),
    ("passport_consular_denial", "ru", "Журналисту отказали во въезде в аэропорту Минска и "
     "отправили обратно в Вильнюс.",
     "Журналисту отказали во въезде в страны Евросоюза."),
]
# fmt: on


@pytest.mark.parametrize(("tactic", "language", "act", "look_alike"), PAIRS)
def test_the_tactic_read_and_its_look_alike(
    tactic: str, language: str, act: str, look_alike: str
) -> None:
    assert tactic in _read(act, language)
    assert tactic not in _read(look_alike, language)


# An agent who spied *for* the state is no informant recruited; someone asked to spy still is.
# fmt: off
RECRUITMENT = [
    ("en", "He was an agent of Eritrean intelligence and spied on refugees in Oslo.",
     "Eritrean intelligence officers asked him to spy on refugees in Oslo."),
    ("ug", "ئۇ ئەزەربەيجان ئۈچۈن جاسۇسلۇق قىلغان دېگەن گۇمان بىلەن تۇتۇلدى.",
     "ئەزەربەيجان ئەمەلدارلىرى ئۇنىڭدىن جاسۇسلۇق قىلىشنى تەلەپ قىلدى."),
    ("ru", "Он вёл шпионаж в пользу Белоруссии против эмигрантов в Вильнюсе.",
     "Сотрудники КГБ пытались завербовать его, чтобы он шпионил за эмигрантами."),
    ("tr", "Eritre için casusluk yaptığı iddia edilen kişi tutuklandı.",
     "Eritreli yetkililer ondan muhbirlik yapmasını istedi ve tehdit etti."),
]
# fmt: on


@pytest.mark.parametrize(("language", "agent", "recruited"), RECRUITMENT)
def test_an_agent_spying_for_the_state_is_no_recruited_informant(
    language: str, agent: str, recruited: str
) -> None:
    assert "informant_recruitment" not in _read(agent, language)
    assert "informant_recruitment" in _read(recruited, language)


def test_a_deportation_centre_is_a_place_not_a_deportation() -> None:
    assert "deportation" not in _read("Он провёл месяц в центре депортации в Стамбуле.", "ru")
    assert "deportation" in _read("Из центра депортации его депортировали в Минск.", "ru")
    assert "deportation" not in _read("He spent a month in a deportation centre.", "en")
    assert "deportation" in _read("He was deported from the removal centre to Baku.", "en")


def test_booked_by_the_police_is_custody_not_surveillance() -> None:
    booked = "There they checked his identity, photographed him and took his fingerprints."
    assert "surveillance" not in _read(booked, "en")
    assert "detention" in _read(booked, "en")
    assert "surveillance" in _read("Embassy staff photographed him at the protest.", "en")


def test_an_attack_ordered_is_the_plot_not_an_assault_done() -> None:
    ordered = "He said the intelligence service had ordered him to attack an exiled blogger."
    assert "assault" not in _read(ordered, "en")
    assert "assassination" in _read(ordered, "en")
    assert "assault" in _read("Three men attacked the exiled blogger outside his flat.", "en")


def test_pictures_posted_like_wanted_notices_are_no_bounty() -> None:
    posted = "They posted his pictures online like wanted notices, with details about his children."
    assert "bounty_or_warrant" not in _read(posted, "en")
    assert "online_harassment" in _read(posted, "en")
    assert "bounty_or_warrant" in _read("Police issued wanted notices for the exiled editor.", "en")


def test_charged_with_espionage_in_uyghur_is_no_recruitment() -> None:
    charged = "ئۇ جاسۇسلۇق ۋە تېررورلۇق ئەيىبى بىلەن قولغا ئېلىندى."
    assert "informant_recruitment" not in _read(charged, "ug")
