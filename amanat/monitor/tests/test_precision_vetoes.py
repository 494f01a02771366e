"""rules-8: a tactic word in a sentence that names no act done to the diaspora for the origin
state adds no tactic (rules/vetoes.py) — in every language where the tactic rules read such a
sentence — while the plain act, worded the same way, is still read. Invented sentences about
states none of the corpora's rules were written from (Kazakhstan, Eritrea, Azerbaijan)."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.rules.vetoes import vetoed
from amanat.monitor.nlp.tagging import tag
from amanat.monitor.tests.readings import tactics_in


def _read(sentence: str, language: str) -> set[str]:
    """What the tagger keeps from one sentence: the tactics its rules fire, less the vetoed."""
    return tactics_in(sentence, language) - vetoed(language, sentence.lower())


# (tactic, language, a sentence that must not add it, a sentence that must still add it)
PAIRS = [
    # Risked, feared or denied: not done.
    ("deportation", "en", "Rights groups said the Kazakh activists in Malaysia risked "
     "deportation to Almaty.", "Malaysia deported the Kazakh activist to Almaty."),
    ("extradition_request", "en", "Georgia's interior minister denied that anyone had been "
     "extradited to Baku.", "Baku sent Georgia an extradition request for the blogger."),
    ("deportation", "tr", "Gürcistan'daki Azerbaycanlı gazeteciler sınır dışı edilme riskiyle "
     "karşı karşıya.", "Gürcistan Azerbaycanlı gazeteciyi sınır dışı etti."),
    ("deportation", "zh", "在马来西亚的哈萨克活动人士面临被遣返的风险。",
     "马来西亚将这名哈萨克活动人士遣返。"),
    ("deportation", "ug", "پائالىيەتچىلەر قازاقىستانغا ئۆتكۈزۈپ بېرىلىش خەۋپىگە دۇچ كەلدى.",
     "پائالىيەتچى قازاقىستانغا ئۆتكۈزۈپ بېرىلدى."),
    ("deportation", "ru", "Казахским активистам в Малайзии грозит депортация.",
     "Малайзия депортировала казахского активиста."),
    ("deportation", "fa", "فعالان قزاق در مالزی در خطر اخراج به قزاقستان هستند.",
     "مالزی این فعال قزاق را به قزاقستان اخراج کرد."),
    ("detention", "fa", "تبعیدیان قزاق گفتند از بازداشت در آلماتی می‌ترسند.",
     "پلیس مالزی دو فعال قزاق را بازداشت کرد."),
    # The people arrested are the state's agents or assailants, not its targets.
    ("detention", "en", "Police in Oslo arrested two men suspected of helping Eritrean "
     "intelligence watch refugees.", "Police in Oslo arrested two Eritrean refugees at the "
     "request of Asmara."),
    ("detention", "en", "A man armed with a pistol was arrested outside the Eritrean "
     "activist's flat in Oslo.", "The Eritrean activist was arrested in Oslo."),
    ("detention", "tr", "Norveç polisi, Eritre istihbaratı adına mültecileri izlediğinden "
     "şüphelenilen iki kişiyi gözaltına aldı.", "Norveç polisi iki Eritreli muhalifi "
     "gözaltına aldı."),
    ("detention", "zh", "挪威警方逮捕两名男子,指控他们为厄立特里亚情报部门监视难民。",
     "挪威警方逮捕了两名厄立特里亚异见人士。"),
    ("detention", "ug", "نورۋېگىيە ساقچىلىرى ئېرىترېيە ئۈچۈن جاسۇسلۇق قىلغان دەپ گۇمانلىنىلغان "
     "ئىككى ئەرنى قولغا ئالدى.", "نورۋېگىيە ساقچىلىرى ئىككى ئېرىترېيەلىك پائالىيەتچىنى قولغا "
     "ئالدى."),
    ("detention", "ru", "Полиция Осло задержала двух мужчин, подозреваемых в шпионаже за "
     "эритрейскими беженцами.", "Полиция Осло задержала эритрейского активиста."),
    ("detention", "fa", "پلیس نروژ دو مرد را به اتهام جاسوسی از پناهجویان اریتره‌ای بازداشت "
     "کرد.", "پلیس نروژ دو فعال اریتره‌ای را بازداشت کرد."),
    ("informant_recruitment", "zh", "检方起诉五人,指控他们作为厄立特里亚的非法代理人。",
     "厄立特里亚官员要求他提供其他难民的信息。"),
    # A relative killed is coercion by proxy (threat_to_family), not an attack on the target.
    ("assassination", "en", "Gunmen shot dead a cousin of an exiled Eritrean journalist in "
     "Asmara.", "Gunmen shot dead an exiled Eritrean journalist in Nairobi."),
    ("assassination", "tr", "Sürgündeki Eritreli gazetecinin kuzeni Asmara'da öldürüldü.",
     "Sürgündeki Eritreli gazeteci Nairobi'de öldürüldü."),
    ("assassination", "zh", "流亡记者的堂兄在阿斯马拉遇害。", "流亡的厄立特里亚记者在内罗毕遇害。"),
    ("assassination", "ug", "سۈرگۈندىكى مۇخبىرنىڭ جىيەنى ئاسمارادا ئۆلتۈرۈلدى.",
     "سۈرگۈندىكى ئېرىترېيەلىك مۇخبىر نايروبىدا ئۆلتۈرۈلدى."),
    ("assassination", "ru", "В Асмэре убили двоюродного брата эритрейского журналиста-эмигранта.",
     "В Найроби убили эритрейского журналиста-эмигранта."),
    ("assassination", "fa", "پسرعموی یک روزنامه‌نگار تبعیدی اریتره‌ای در اسمره کشته شد.",
     "یک روزنامه‌نگار تبعیدی اریتره‌ای در نایروبی کشته شد."),
    ("assault", "tr", "Gazetecinin bir akrabası Asmara'da ağır yaralandı.",
     "Eritreli gazeteci Nairobi'de saldırıya uğradı."),
    # A bomb hoax is no threat to the person.
    ("direct_threat", "en", "Azerbaijani controllers cited a bomb threat and ordered them to "
     "land in Baku.", "Azerbaijani agents threatened him in Berlin."),
    ("direct_threat", "ug", "كونتروللىغۇچىلار بومبا تەھدىتىنى باھانە قىلىپ ئايروپىلاننى باكۇغا "
     "قوندۇردى.", "ئۇ بېرلىندا تەھدىتكە ئۇچرىدى."),
    ("direct_threat", "ru", "Диспетчеры, сославшись на угрозу взрыва, посадили самолёт в Баку.",
     "Азербайджанскому блогеру в Берлине угрожали расправой."),
    # Seized and flown or handed over: a rendition, not a deportation.
    ("deportation", "en", "The Kazakh dissident was seized in Bishkek and flown to Almaty.",
     "The Kazakh dissident was detained in Bishkek and flown to Almaty."),
    ("deportation", "tr", "Kazak muhalif Bişkek'te kaçırıldı ve Almatı'ya teslim edildi.",
     "Kazak muhalif Bişkek'te gözaltına alındı ve Almatı'ya teslim edildi."),
    ("deportation", "zh", "这名哈萨克异见人士在比什凯克被绑架并移交给哈萨克斯坦。",
     "这名哈萨克异见人士在比什凯克被捕后移交给哈萨克斯坦。"),
    ("deportation", "ug", "قازاق ئۆكتىچى بىشكەكتە بۇلاپ كېتىلىپ قازاقىستانغا ئۆتكۈزۈپ بېرىلدى.",
     "قازاق ئۆكتىچى بىشكەكتە تۇتۇلۇپ قازاقىستانغا ئۆتكۈزۈپ بېرىلدى."),
    ("deportation", "ru", "Казахского оппозиционера похитили в Бишкеке и передали его "
     "казахстанским спецслужбам.", "Казахского оппозиционера задержали в Бишкеке и передали "
     "его казахстанским спецслужбам."),
    ("deportation", "fa", "مخالف قزاق در بیشکک ربوده و به قزاقستان تحویل داده شد.",
     "مخالف قزاق در بیشکک بازداشت و به قزاقستان تحویل داده شد."),
    # Forcibly returned (refouled): a deportation, not a rendition.
    ("rendition", "zh", "数十名哈萨克难民被强行遣返哈萨克斯坦。",
     "这名哈萨克难民在比什凯克遭绑架。"),
    ("rendition", "fa", "ده پناهجوی قزاق به زور به قزاقستان بازگردانده شدند.",
     "پناهجوی قزاق در بیشکک ربوده شد."),
    # Sent to prison is a sentence served, not a transfer between states.
    ("deportation", "fa", "او در آلماتی محاکمه و به زندان فرستاده شد.",
     "او از مالزی به قزاقستان اخراج شد."),
    ("rendition", "tr", "Aktivist Almatı'da yakalandı ve cezaevine gönderildi.",
     "Aktivist Bişkek'te yakalandı ve Almatı'ya gönderildi."),
    ("rendition", "zh", "他在阿拉木图被逮捕并送往监狱。", "他在比什凯克被逮捕并送往哈萨克斯坦。"),
    ("rendition", "ug", "ئۇ ئالمۇتىدا تۇتۇپ تۈرمىگە ئەۋەتىلدى.",
     "ئۇ بىشكەكتە تۇتۇپ قازاقىستانغا ئەۋەتىلدى."),
    # Warrants issued, not people arrested or extradited (Russian "выдан": issued/extradited).
    ("detention", "ru", "Ордер на арест эмигранта был выдан в Алма-Ате.",
     "Эмигранта арестовали в Киеве."),
    ("deportation", "ru", "Ордер на арест эмигранта был выдан в Алма-Ате.",
     "Эмигрант был выдан Казахстану."),
    ("detention", "zh", "阿拉木图法院对这名流亡者发出逮捕令。", "这名流亡者在基辅被逮捕。"),
    ("detention", "fa", "دادگاه آلماتی حکم بازداشت این تبعیدی را صادر کرد.",
     "این تبعیدی قزاق در کی‌یف بازداشت شد."),
    # Embassy staff expelled are not people sent back to be persecuted.
    ("deportation", "fa", "کارکنان سفارت قزاقستان از اوکراین اخراج شدند.",
     "اوکراین این فعال قزاق را اخراج کرد."),
    ("deportation", "ug", "قازاقىستان ئەلچىخانىسى خادىملىرى قوغلاپ چىقىرىلدى.",
     "قازاق پائالىيەتچى ئۇكرائىنادىن قوغلاپ چىقىرىلدى."),
    # Stabbed or beaten to death: a killing, not also an assault.
    ("assault", "en", "The Eritrean blogger was found stabbed to death in a flat in Oslo.",
     "The Eritrean blogger was stabbed in a flat in Oslo."),
    ("assault", "tr", "Eritreli blogcu Oslo'da bıçaklanarak öldürüldü.",
     "Eritreli blogcu Oslo'da bıçaklandı."),
    ("assault", "zh", "这名厄立特里亚博主在奥斯陆被殴打致死。",
     "这名厄立特里亚博主在奥斯陆遭到殴打。"),
    ("assault", "ug", "ئېرىترېيەلىك بىلوگچى ئوسلودا ئۇرۇپ ئۆلتۈرۈلدى.",
     "ئېرىترېيەلىك بىلوگچى ئوسلودا ھۇجۇمغا ئۇچرىدى."),
    ("assault", "ru", "Эритрейский блогер был избит до смерти в Осло.",
     "Эритрейского блогера избили в Осло."),
    ("assault", "fa", "این وبلاگ‌نویس اریتره‌ای در اسلو با چاقو کشته شد.",
     "این وبلاگ‌نویس اریتره‌ای در اسلو مورد حمله قرار گرفت."),
    # Words inside other words: terrorism, an assault rifle, air-traffic control, poisoning.
    ("assassination", "fa", "دولت قزاقستان او را به تروریسم متهم می‌کند.",
     "این مخالف قزاق در استانبول ترور شد."),
    ("assault", "en", "A man with an assault rifle was seen near the Kazakh exile's home in Kyiv.",
     "The Kazakh exile was assaulted in Kyiv."),
    ("assault", "ug", "قازاق مۇساپىرنىڭ ئۆيى يېنىدا ھۇجۇم مىلتىقى كۆتۈرگەن بىر ئەر كۆرۈلدى.",
     "قازاق مۇساپىر كىيېۋدا ھۇجۇمغا ئۇچرىدى."),
    ("online_harassment", "tr", "Kazakistan hava trafik kontrolü uçağı Almatı'ya indirdi.",
     "Kazak muhalif sosyal medyada trollerin hedefi oldu."),
    # "yakınlarında" is near a place, not the relatives of anyone.
    ("threat_to_family", "tr", "Kazak muhalif Bişkek yakınlarında gözaltına alındı.",
     "Kazak muhalifin yakınları Almatı'da gözaltına alındı."),
    # A police station where people are held watches nobody; a state's station abroad does.
    ("surveillance", "en", "The Kazakh refugees were held at a police station in Bishkek.",
     "Kazakhstan ran a secret police station in Kyiv."),
    ("surveillance", "ug", "قازاق مۇساپىرلار بىشكەكتىكى ساقچى پونكىتىدا تۇتۇپ تۇرۇلدى.",
     "قازاقىستان كىيېۋدا مەخپىي ساقچى پونكىتى ئاچقان."),
    ("online_harassment", "ru", "Казахского оппозиционера в Киеве госпитализировали с "
     "отравлением.", "Против казахского оппозиционера развернули травлю в соцсетях."),
]  # fmt: skip


@pytest.mark.parametrize(("tactic", "language", "dropped", "kept"), PAIRS)
def test_a_sentence_naming_no_act_done_adds_no_tactic_but_the_act_still_does(
    tactic: str, language: str, dropped: str, kept: str
) -> None:
    assert tactic not in _read(dropped, language)
    assert tactic in _read(kept, language)


def test_a_vetoed_sentence_drops_its_tactic_only_there() -> None:
    text = ("Kazakh dissidents in Malaysia risk deportation to Almaty, rights groups said. "
            "Malaysian police detained the Kazakh activist Aidos Serikov in Kuala Lumpur at "
            "Kazakhstan's request.")  # fmt: skip
    result = tag(text, "en")
    assert result.is_tnr
    assert result.origin_state == "KZ"
    assert "detention" in result.tactics
    assert "deportation" not in result.tactics
    deported = tag(text + " He was deported to Almaty a week later.", "en")
    assert "deportation" in deported.tactics


@pytest.mark.parametrize(("tactic", "language", "sentence"), [
    # Fear of persecution is why people flee; the deportation itself was done.
    ("deportation", "en", "Four Kazakh refugees who feared persecution were deported to Almaty."),
    # An extradition one faces is a request already made.
    ("extradition_request", "en", "The Kazakh blogger faces extradition from Kyiv to Almaty."),
    ("extradition_request", "ru", "Казахскому блогеру в Киеве грозит экстрадиция в Алма-Ату."),
    # Relatives reporting a killing are not its victims.
    ("assassination", "en", "His brother said he was shot dead in Istanbul."),
    ("assassination", "zh", "家人说他在伊斯坦布尔遇害。"),
    ("assassination", "ru", "Брат эмигранта сказал, что его убили в Стамбуле."),
    ("assassination", "fa", "برادرش گفت او در استانبول کشته شد."),
    # A dissident whom the state accuses is still its target.
    ("detention", "en", "The Eritrean dissident, accused by Asmara of working for foreign forces, "
     "was arrested in Oslo."),
])  # fmt: skip
def test_wordings_near_a_veto_still_add_the_tactic(tactic: str, language: str,
                                                    sentence: str) -> None:  # fmt: skip
    assert tactic in _read(sentence, language)
