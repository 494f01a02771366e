"""Threats from a distance, coercion by proxy, watching, digital acts, co-optation: the
invented sentences of test_tactic_matrix.py for these codebook tactics."""

from __future__ import annotations

MATRIX: dict[str, dict[str, list[str]]] = {
    "direct_threat": {
        "en": [
            "He received death threats from the embassy.",
            "Officers threatened her by phone.",
            "The journalist was threatened with death.",
            "She got threatening calls telling her she would pay.",
            "Agents warned him that he would be killed.",
        ],
        "tr": [
            "Gazeteciye ölüm tehdidi geldi.",
            "Büyükelçilik görevlileri onu telefonla tehdit etti.",
            "Aktivist tehditler aldığını söyledi.",
        ],
        "zh": [
            "他收到死亡威胁。",
            "使馆人员打电话威胁她。",
            "这名记者多次遭到恐吓。",
        ],
        "ug": [
            "ئۇ ئۆلۈم تەھدىتى ئالدى.",
            "ئەلچىخانا خادىملىرى ئۇنى تېلېفوندا تەھدىت سالدى.",
        ],
        "ru": [
            "Он получал угрозы убийством.",
            "Сотрудники посольства угрожали ей по телефону.",
            "Журналисту угрожали расправой.",
            "Ей поступали угрозы.",
        ],
        "fa": [
            "او تهدید به مرگ شد.",
            "ماموران سفارت او را تلفنی تهدید کردند.",
            "این روزنامه‌نگار پیام‌های تهدیدآمیز دریافت کرد.",
        ],
    },
    "silencing_demand": {
        "en": [
            "He was told to stop his activism.",
            "Officials demanded that she stop speaking to the media.",
            "The caller ordered him to delete his posts.",
            "She was warned to stop criticising the government.",
        ],
        "tr": [
            "Aktivistten faaliyetlerini durdurması istendi.",
            "Gazeteciye hükümeti eleştirmeyi bırakması söylendi.",
            "Paylaşımlarını silmesi istendi.",
        ],
        "zh": [
            "他被要求停止维权活动。",
            "对方要求她不要再接受媒体采访。",
            "他被要求删除帖子。",
        ],
        "ug": [
            "ئۇنىڭدىن پائالىيىتىنى توختىتىش تەلەپ قىلىندى.",
            "ئۇنىڭغا مۇخبىرلار بىلەن سۆزلەشمەسلىك بۇيرۇلدى.",
        ],
        "ru": [
            "Ему велели прекратить активизм.",
            "От неё потребовали перестать давать интервью.",
            "Его заставили удалить посты.",
        ],
        "fa": [
            "از او خواستند فعالیت‌هایش را متوقف کند.",
            "به او گفتند دیگر با رسانه‌ها مصاحبه نکند.",
        ],
    },
    "surveillance": {
        "en": [
            "He was followed by embassy staff in Berlin.",
            "Agents photographed protesters outside the consulate.",
            "The students were monitored on campus.",
            "Men kept the activist's home under surveillance.",
        ],
        "tr": [
            "Aktivist Berlin'de takip edildi.",
            "Protestocular konsolosluk önünde fotoğraflandı.",
            "Öğrenciler kampüste izlendi.",
        ],
        "zh": [
            "他在柏林遭到跟踪。",
            "抗议者在领事馆外被拍照。",
            "学生在校园里受到监视。",
        ],
        "ug": [
            "ئۇ بېرلىندا ئىز قوغلاندى.",
            "نامايىشچىلار كونسۇلخانا ئالدىدا سۈرەتكە تارتىۋېلىندى.",
            "ئوقۇغۇچىلار نازارەت قىلىندى.",
        ],
        "ru": [
            "За активистом следили в Берлине.",
            "Протестующих фотографировали у консульства.",
            "Студенты находились под наблюдением.",
            "Сотрудники посольства вели слежку за эмигрантами.",
        ],
        "fa": [
            "این فعال در برلین تعقیب شد.",
            "معترضان مقابل کنسولگری عکس‌برداری شدند.",
            "دانشجویان زیر نظر بودند.",
        ],
    },
    "threat_to_family": {
        "en": [
            "Police questioned his parents back home.",
            "Her brother was detained in retaliation.",
            "Security officers visited his family and warned them.",
            "His relatives at home were threatened.",
        ],
        "tr": [
            "Ailesi sorguya çekildi.",
            "Kardeşi misilleme olarak gözaltına alındı.",
            "Yakınları tehdit edildi.",
        ],
        "zh": [
            "他在国内的父母被警察约谈。",
            "她的哥哥遭到拘留。",
            "他的家人受到威胁。",
        ],
        "ug": [
            "ئۇنىڭ ئاتا-ئانىسى سوراققا تارتىلدى.",
            "ئۇنىڭ تۇغقانلىرى تەھدىت قىلىندى.",
        ],
        "ru": [
            "Его родителей допросили.",
            "Её брата задержали в отместку.",
            "Родственникам угрожали.",
            "К его семье приходили сотрудники спецслужб.",
        ],
        "fa": [
            "خانواده او بازجویی شدند.",
            "برادرش در تلافی بازداشت شد.",
            "بستگانش تهدید شدند.",
        ],
    },
    "online_harassment": {
        "en": [
            "She faced a coordinated smear campaign on social media.",
            "Trolls harassed the journalist online.",
            "His home address was doxxed on Twitter.",
        ],
        "tr": [
            "Sosyal medyada karalama kampanyasına maruz kaldı.",
            "Gazeteci internette tacize uğradı.",
        ],
        "zh": [
            "她在社交媒体上遭到抹黑。",
            "这名记者遭到网络骚扰。",
            "他的住址被人肉搜索公开。",
        ],
        "ug": [
            "ئۇ ئىجتىمائىي تاراتقۇلاردا قارىلاندى.",
        ],
        "ru": [
            "Против неё развернули травлю в соцсетях.",
            "Журналистку травили в интернете.",
        ],
        "fa": [
            "او در شبکه‌های اجتماعی هدف کارزار افترا قرار گرفت.",
            "این روزنامه‌نگار آزار آنلاین شد.",
        ],
    },
    "hacking_spyware": {
        "en": [
            "His phone was infected with Pegasus spyware.",
            "Hackers took over her email account.",
            "The activist was targeted with phishing emails.",
        ],
        "tr": [
            "Telefonuna Pegasus casus yazılımı bulaştırıldı.",
            "E-posta hesabı hacklendi.",
        ],
        "zh": [
            "他的手机被植入飞马间谍软件。",
            "她的邮箱账户遭黑客入侵。",
        ],
        "ug": [
            "ئۇنىڭ تېلېفونىغا جاسۇسلۇق يۇمشاق دېتالى ئورنىتىلغان.",
        ],
        "ru": [
            "Его телефон заразили шпионской программой Pegasus.",
            "Её почту взломали.",
        ],
        "fa": [
            "تلفن او به جاسوس‌افزار پگاسوس آلوده شد.",
            "حساب ایمیل او هک شد.",
        ],
    },
    "informant_recruitment": {
        "en": [
            "Officers asked him to spy on fellow exiles.",
            "She was pressed to report on community events.",
            "They tried to recruit him as an informant.",
        ],
        "tr": [
            "Ondan diğer sürgünler hakkında bilgi vermesi istendi.",
            "Muhbir olması için baskı yapıldı.",
        ],
        "zh": [
            "他被要求监视其他流亡者。",
            "对方试图发展她为线人。",
        ],
        "ug": [
            "ئۇنىڭدىن باشقا مۇساپىرلار ھەققىدە ئۇچۇر يەتكۈزۈش تەلەپ قىلىندى.",
        ],
        "ru": [
            "Его пытались завербовать в осведомители.",
            "От неё требовали доносить на других эмигрантов.",
        ],
        "fa": [
            "از او خواستند درباره دیگر تبعیدیان خبرچینی کند.",
            "تلاش کردند او را به عنوان خبرچین جذب کنند.",
        ],
    },
}
