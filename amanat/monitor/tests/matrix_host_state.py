"""Mobility controls and co-opting host states (passports, Interpol, extradition): the
invented sentences of test_tactic_matrix.py for these codebook tactics."""

from __future__ import annotations

MATRIX: dict[str, dict[str, list[str]]] = {
    "passport_consular_denial": {
        "en": [
            "The consulate refused to renew his passport.",
            "Her passport was cancelled.",
            "The embassy denied him consular services.",
            "He was told to return home to get a new passport.",
        ],
        "tr": [
            "Konsolosluk pasaportunu yenilemeyi reddetti.",
            "Pasaportu iptal edildi.",
            "Pasaportu yenilenmedi.",
        ],
        "zh": [
            "领事馆拒绝为他更新护照。",
            "她的护照被注销。",
            "使馆拒绝为他换发护照。",
        ],
        "ug": [
            "كونسۇلخانا ئۇنىڭ پاسپورتىنى يېڭىلاشنى رەت قىلدى.",
            "ئۇنىڭ پاسپورتى بىكار قىلىندى.",
        ],
        "ru": [
            "Консульство отказалось продлить ему паспорт.",
            "Её паспорт аннулировали.",
            "Ему отказали в выдаче паспорта.",
        ],
        "fa": [
            "کنسولگری از تمدید گذرنامه او خودداری کرد.",
            "پاسپورت او باطل شد.",
            "سفارت از صدور گذرنامه برای او خودداری کرد.",
        ],
    },
    "interpol_abuse": {
        "en": [
            "The government sought an Interpol red notice against him.",
            "He was arrested on an Interpol notice.",
            "A red notice was issued at the state's request.",
        ],
        "tr": [
            "Hakkında Interpol kırmızı bülteni çıkarıldı.",
            "İnterpol kırmızı bülteniyle arandı.",
        ],
        "zh": [
            "该国对他发出国际刑警组织红色通缉令。",
            "他因国际刑警红色通报被捕。",
        ],
        "ug": [
            "ئۇ ئىنتېرپولنىڭ قىزىل ئۇقتۇرۇشى بىلەن تۇتۇلدى.",
        ],
        "ru": [
            "На него объявили красное уведомление Интерпола.",
            "Его задержали по запросу Интерпола.",
            "Его объявили в розыск через Интерпол.",
        ],
        "fa": [
            "برای او اعلان قرمز اینترپل صادر شد.",
            "او به درخواست اینترپل بازداشت شد.",
        ],
    },
    "extradition_request": {
        "en": [
            "The government requested his extradition.",
            "An extradition request was filed with the host state.",
            "Authorities are seeking to extradite the activist.",
            "The court approved the extradition of the dissident.",
        ],
        "tr": [
            "Hükümet aktivistin iadesini talep etti.",
            "Muhalif için iade talebinde bulunuldu.",
            "Mahkeme iadesine karar verdi.",
        ],
        "zh": [
            "该国政府要求引渡这名活动人士。",
            "当局提出了引渡请求。",
            "法院批准引渡该异见人士。",
        ],
        "ug": [
            "ھۆكۈمەت ئۇنى ئۆتكۈزۈپ بېرىشنى تەلەپ قىلدى.",
        ],
        "ru": [
            "Власти запросили его экстрадицию.",
            "Генпрокуратура направила запрос о выдаче активиста.",
            "Суд одобрил экстрадицию оппозиционера.",
        ],
        "fa": [
            "دولت خواستار استرداد این فعال شد.",
            "درخواست استرداد او ارائه شد.",
        ],
    },
    "bounty_or_warrant": {
        "en": [
            "Police issued arrest warrants for eight exiled activists.",
            "A bounty of one million was offered for information on him.",
            "He was placed on the wanted list.",
            "An international arrest warrant was issued against the exile.",
        ],
        "tr": [
            "Sürgündeki sekiz aktivist hakkında yakalama kararı çıkarıldı.",
            "Başına ödül kondu.",
            "Aranan listesine alındı.",
        ],
        "zh": [
            "警方对八名流亡活动人士发出通缉令。",
            "当局悬赏一百万征集线索。",
            "他被列入通缉名单。",
        ],
        "ug": [
            "ساقچىلار سەككىز پائالىيەتچىنى قولغا ئېلىش بۇيرۇقى چىقاردى.",
            "ئۇ ئىزدەش تىزىملىكىگە كىرگۈزۈلدى.",
        ],
        "ru": [
            "Полиция выдала ордера на арест восьми активистов в эмиграции.",
            "Его объявили в розыск.",
            "За информацию о нём назначили вознаграждение.",
            "Суд заочно арестовал оппозиционера.",
        ],
        "fa": [
            "حکم بازداشت هشت فعال تبعیدی صادر شد.",
            "برای سر او جایزه تعیین شد.",
            "او تحت تعقیب قرار گرفت.",
        ],
    },
}
