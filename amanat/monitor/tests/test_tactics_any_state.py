"""rules-10: codebook tactics worded as news about any state words them, and tactic words that
name no act done (a motive, a condition, an espionage charge, a killing spoken of). Each pair is
an invented sentence that must add the tactic beside a look-alike that must not, in several
languages, about states no corpus rule was written from (Tajikistan, Bahrain, Vietnam, Rwanda).
"""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.rules.vetoes import vetoed
from amanat.monitor.tests.readings import tactics_in


def _read(sentence: str, language: str) -> set[str]:
    """What the tagger keeps from one sentence: the tactics its rules fire, less the vetoed."""
    return tactics_in(sentence, language) - vetoed(language, sentence.lower())


# (tactic, language, a sentence that must not add it, a sentence that must add it)
PAIRS = [
    # "Told to return" is the codebook's passport_consular_denial, for any state.
    (
        "passport_consular_denial",
        "en",
        "The Tajik exile said it was not yet safe to return to Dushanbe.",
        "Officers told his mother that her son must give up his blog and return "
        "to Tajikistan at once.",
    ),
    (
        "passport_consular_denial",
        "tr",
        "Tacik muhalif, Duşanbe'ye dönmeyi düşünmediğini söyledi.",
        "Polis, babasına oğlunun derhal Tacikistan'a dönmesi gerektiğini söyledi.",
    ),
    (
        "passport_consular_denial",
        "zh",
        "这名塔吉克异见人士说他暂时不打算回国。",
        "安全官员要求他立即回国。",
    ),
    (
        "passport_consular_denial",
        "en",
        "The Bahraini activist renewed her passport in London.",
        "Manama moved to revoke her Bahraini passport after the protest.",
    ),
    # Told to stop one's work; a condition that one stop.
    (
        "silencing_demand",
        "en",
        "The Bahraini rights defender said she would stop by the embassy on Monday.",
        "Security officers warned him to stop his human rights work.",
    ),
    (
        "silencing_demand",
        "ru",
        "Активист сказал, что перестал бояться.",
        "Ему пригрозили, что если он не перестанет писать о властях, пострадает.",
    ),
    (
        "silencing_demand",
        "ug",
        "ئىنتېرپول ئەزا دۆلەتلەردىن ئۇچۇرلارنى ئۆچۈرۈشنى تەلەپ قىلدى.",
        "ئۇنىڭدىن يېزىشنى توختىتىش تەلەپ قىلىندى.",
    ),
    (
        "silencing_demand",
        "zh",
        "如果他不停下来休息,会很累。",
        "警方警告他,如果他不停止在网上发表反对政府的文章,就会被移交给河内。",
    ),
    # Interpol with a notice, request or search (the codebook's "red notice or diffusion
    # sought"), not Interpol merely criticised.
    (
        "interpol_abuse",
        "en",
        "Her supporters criticised Interpol for its silence.",
        "Bahrain asked Interpol to issue a notice for the activist.",
    ),
    (
        "interpol_abuse",
        "ru",
        "Сторонники упрекают Интерпол в бездействии.",
        "Бахрейн объявил активиста в розыск через Интерпол.",
    ),
    (
        "interpol_abuse",
        "zh",
        "她的支持者批评国际刑警组织。",
        "巴林通过国际刑警组织通缉这名活动人士。",
    ),
    # "To silence" as a motive is no demand made.
    (
        "silencing_demand",
        "tr",
        "Vietnamlı blogcu, davanın kendisini susturmak için açıldığını söyledi.",
        "Polis blogcuya susmasını, yoksa ailesinin zarar göreceğini söyledi.",
    ),
    (
        "silencing_demand",
        "ru",
        "Вьетнамский блогер считает, что дело завели, чтобы заставить его замолчать.",
        "Блогеру велели прекратить публикации о полиции.",
    ),
    # A warning of what will be done to the person is a threat.
    (
        "direct_threat",
        "en",
        "The embassy warned that travellers would face delays.",
        "Police warned that she would be sent back to Kigali.",
    ),
    (
        "direct_threat",
        "ru",
        "Синоптики предупредили, что будет дождь.",
        "Сотрудники предупредили, что его выдадут Кигали.",
    ),
    # Intimidating relatives is pressure on them, not a threat to the person.
    ("direct_threat", "zh", "警方在基加利恐吓她的家人。", "警方打电话恐吓她。"),
    (
        "threat_to_family",
        "ru",
        "Блогер сказал, что его запугивали в Москве.",
        "Полиция запугивает её семью в Кигали.",
    ),
    ("threat_to_family", "zh", "她恐吓了邻居的狗。", "警方在基加利恐吓她的家人。"),
    # Wanted by a state's police; a warrant issued for an arrest.
    (
        "bounty_or_warrant",
        "en",
        "The Rwandan singer was wanted by fans across Europe.",
        "The Rwandan critic was wanted by Rwandan police after his broadcast.",
    ),
    (
        "bounty_or_warrant",
        "en",
        "A permit was issued for the march.",
        "Kigali has had a warrant issued for her arrest.",
    ),
    # A person handed over to a state named after a description.
    (
        "deportation",
        "en",
        "Activists handed the petition over to the Thai embassy.",
        "Thai police handed the Vietnamese blogger Le Van over to Hanoi.",
    ),
    # Watched and beaten, in Uyghur with the narrowed vowel.
    (
        "surveillance",
        "ug",
        "ساقچى ئوغرىنىڭ ئىزىنى تاپتى.",
        "پائالىيەتچىلەر نامەلۇم كىشىلەرنىڭ ئىز قوغلىشىغا ئۇچرىدى.",
    ),
    ("assault", "ug", "ئۇ ئۇرۇش ھەققىدە كىتاب يازدى.", "پائالىيەتچىلەر ئۇرۇپ-تىللاشقا ئۇچرىدى."),
    (
        "surveillance",
        "en",
        "The city installed surveillance cameras.",
        "Vietnamese bloggers in Bangkok faced surveillance by unknown men.",
    ),
]

# (tactic, language, a sentence naming the act without its being done, the act done)
VETOED = [
    # Announced as what would happen if or unless, or not ruled out.
    (
        "deportation",
        "en",
        "Police warned that he would be handed over to Hanoi unless he stopped writing.",
        "Thai police handed him over to Hanoi.",
    ),
    (
        "deportation",
        "zh",
        "泰国政府没有排除把他移交给越南警方的可能。",
        "泰国警方把他移交给越南警方。",
    ),
    (
        "deportation",
        "ru",
        "Ему сказали, что его депортируют во Вьетнам, если он не замолчит.",
        "Его депортировали во Вьетнам.",
    ),
    # Faced on return.
    (
        "direct_threat",
        "en",
        "The Bahraini exiles say they would face threats to their lives if sent back.",
        "The Bahraini exile received death threats in London.",
    ),
    (
        "deportation",
        "tr",
        "Bahreynli muhalif, iade edilirse işkence göreceğini söyledi.",
        "Bahreynli muhalif sınır dışı edildi.",
    ),
    # No extradition took place: the mark of a rendition, not a request.
    (
        "extradition_request",
        "en",
        "No extradition hearing was held before he was flown to Kigali.",
        "Rwanda filed an extradition request with Belgium.",
    ),
    (
        "extradition_request",
        "ru",
        "Никакой процедуры экстрадиции не проводилось.",
        "Руанда направила запрос об экстрадиции.",
    ),
    ("extradition_request", "zh", "他未经引渡程序就被送回卢旺达。", "卢旺达要求比利时引渡他。"),
    # The person charged with espionage was not asked to spy.
    (
        "informant_recruitment",
        "tr",
        "Tacik güvenlik servisi onu casusluk suçlamasıyla itham etti.",
        "Tacik yetkililer ondan diğer mültecileri ispiyonlamasını istedi.",
    ),
    (
        "informant_recruitment",
        "zh",
        "塔吉克安全部门以间谍罪对他提出指控。",
        "塔吉克官员要求他充当线人。",
    ),
    # A killing spoken of is the topic of speech, not an act against the person.
    (
        "assassination",
        "en",
        "He was jailed over tweets about the minister's role in the murder of a poet.",
        "Gunmen shot dead the Rwandan exile in Maputo.",
    ),
    (
        "assassination",
        "zh",
        "他因发推文谈及部长在一名诗人遇害案中的角色而被判刑。",
        "卢旺达流亡者在马普托遇害。",
    ),
    (
        "assassination",
        "fa",
        "او به‌خاطر توییت‌هایی درباره نقش وزیر در قتل یک شاعر محکوم شد.",
        "این تبعیدی رواندایی در ماپوتو به قتل رسید.",
    ),
    # An arrest asked for, not made.
    (
        "detention",
        "tr",
        "Interpol'den tutuklanması için kırmızı bülten istendi.",
        "Muhalif Bangkok'ta tutuklandı.",
    ),
]


@pytest.mark.parametrize(("tactic", "language", "look_alike", "act"), PAIRS)
def test_codebook_wording_tags_the_act_not_its_look_alike(
    tactic: str, language: str, look_alike: str, act: str
) -> None:
    assert tactic in _read(act, language)
    assert tactic not in _read(look_alike, language)


@pytest.mark.parametrize(("tactic", "language", "not_done", "done"), VETOED)
def test_act_not_done_adds_no_tactic(tactic: str, language: str, not_done: str, done: str) -> None:
    assert tactic in tactics_in(not_done, language)  # the word is there…
    assert tactic not in _read(not_done, language)  # …but names no act done
    assert tactic in _read(done, language)
