"""The words around a state's name that give it a role (see states.py): its agents and offices,
the people it reaches, and the phrases of a request, a destination or a nationality, per language.

Data, not logic: kept apart from states.py so that the reading code stays short and these tables
can grow with each language without touching it.
"""

from __future__ import annotations

import re

ACTOR_NOUNS = {
    "en": r"police|authorities|officials?|government|intelligence|agents?|operatives?|spies|"
          r"security services|security forces|security officers?|security officials|"
          r"state security|secret services?|secret police|embassy|consulate|diplomats?|regime|"
          r"state|officers?|hackers|hit squad|agency|ministry|public security|law enforcement|"
          r"consulates|consuls?|embassies|missions?|security|spy agency|"
          r"border guards|military intelligence|counterparts|prosecutors|courts?|judiciary|"
          r"high commission|attach[eé]s?|investigators|detectives|foreign ministry|"
          r"prime minister|army|military|armed forces|soldiers",
    "tr": r"polis\w*|istihbarat\w*|ajan\w*|yetkili\w*|makam\w*|hükümet\w*|güvenlik\w*|"
          r"büyükelçilik\w*|büyükelçiliğ\w*|başkonsolosluğ\w*|konsolosluğ\w*|konsolosluk\w*|"
          r"rejim\w*|devlet\w*|emniyet\w*|görevli\w*|diplomat\w*|savcı\w*|mahkeme\w*|"
          r"ataşe\w*|bakanlı\w*|ordu\w*|asker\w*|başbakan\w*|jandarma\w*",
    "zh": r"警方|警察|政府|当局|官员|特工|情报|安全部|安全官|安全部队|国家安全|大使馆|领事馆|"
          r"总领事馆|使馆|公安|国安|间谍|外交官|军事情报|执法|检方|法院|黑客|"
          r"驻|外交部|武官|高级专员公署|军方|军队|士兵|调查人员|总理|安全局|情报局|安全机构|安全部门|"
          r"情报机构|情报部门|秘密警察|内政部|大使",
    "ug": r"ساقچى\w*|ھۆكۈمەت\w*|ھۆكۈمىت\w*|دائىرى\w*|ئەمەلدار\w*|ئىستىخبارات\w*|جاسۇس\w*|"
          r"ئىشپىيون\w*|ئەلچىخان\w*|كونسۇلخان\w*|بىخەتەرلىك\w*|خادىم\w*|سوت\w*|"
          r"تاشقى ئىشلار مىنىستىرلىك\w*|ئاتاشې\w*|ئارمىيە\w*|ھەربىي\w*|خەۋپسىزلىك\w*",
    "ru": r"власт\w*|полици\w*|милици\w*|спецслужб\w*|разведк\w*|агент\w*|посольств\w*|"
          r"консульств\w*|правительств\w*|чиновник\w*|силовик\w*|сотрудник\w*|дипломат\w*|"
          r"режим\w*|офицер\w*|прокурор\w*|суд\w*|КГБ|ФСБ|МВД|хакер\w*|министерств\w*|"
          r"консул\w*|следовател\w*|атташе|арми\w*|военн\w*|премьер\w*|МИД|госбезопасност\w*|"
          r"(?:служб\w*|орган\w*|комитет\w*)\s+(?:\w+\s+)?безопасност\w*",
    "fa": r"پلیس|دولت|مقامات|مقام‌های|ماموران|مأموران|مامور|مأمور|نیروهای امنیتی|"
          r"نهادهای امنیتی|سرویس اطلاعاتی|سرویس‌های اطلاعاتی|سازمان اطلاعات|وزارت اطلاعات|"
          r"اطلاعات|سفارت|کنسولگری|رژیم|حکومت|جاسوسان|جاسوس|دیپلمات|دستگاه قضایی|"
          r"دادگاه|هکرهای|نیروهای|کمیساریای عالی|وابسته نظامی|وزارت خارجه|"
          r"وزارت امور خارجه|ارتش|نخست‌وزیر|بازپرس|سرویس امنیت|سازمان امنیت|امنیت دولتی|"
          r"امنیت داخلی|امنیت ملی|دستگاه امنیتی|دستگاه‌های امنیتی|سفیر|کنسول",
}  # fmt: skip
# Chinese names an agency with a modifier between state and noun: 阿曼内部安全局, 俄联邦安全局.
ZH_AGENCY_MODIFIERS = r"国家|内部|国内|对外|海外|境外|中央|联邦|军事|秘密"
# "the army in Thailand" is no agent of Thailand: a preposition between noun and name.
PREPOSITIONS = {"ru": r"(?:в|во|из|на|с|со|по|до|от|у)", "fa": r"(?:در|از|به|با|برای)"}
# Nor is a verb between them: "полиция задержала бурундийского активиста" — the police's
# object is Burundian (a past-tense verb, not the genitive of "власти Египта").
VERB_BETWEEN = {"ru": r"\w+(?:ла|ли|ло|лся|лась|лись|ал|ил|ел|ыл|ял)\s"}
PERSON_NOUNS = {
    "en": r"journalists?|activists?|dissidents?|bloggers?|opposition|exiles?|refugees?|"
          r"critics?|imams?|students?|poets?|lawyers?|writers?|nationals?|citizens?|teachers?|"
          r"influencer|presenter|pilot|separatists?|politicians?|lawmakers?|man|woman|men|"
          r"women|families|educator|engineer|economist|human rights|rights|pro-democracy|"
          r"émigrés?|community|diaspora|asylum seekers?|businessman|former|ex-|opponents?|"
          r"editors?|campaigners?",
    "tr": r"gazeteci\w*|aktivist\w*|muhalif\w*|mülteci\w*|blog\w*|öğrenci\w*|imam\w*|şair\w*|"
          r"vatandaş\w*|eleştirmen\w*|öğretmen\w*|yazar\w*|sürgün\w*|iş insanı|pilot\w*|"
          r"eğitimci\w*|insan hakları|kökenli|asıllı|muhalefet\w*",
    "zh": r"籍|裔|记者|活动人士|异见人士|反对派|难民|博主|学生|留学生|诗人|律师|作家|公民|"
          r"教师|前官员|飞行员|人权|民主|流亡|企业家|工程师|经济学家",
    "ug": r"مۇخبىر\w*|پائالىيەتچى\w*|ئۆكتىچى\w*|مۇساپىر\w*|ئوقۇغۇچى\w*|شائىر\w*|پۇقرا\w*|"
          r"ئىمام\w*|كۆچمەن\w*|ئىنژېنېر\w*|ئوقۇتقۇچى\w*|يازغۇچى\w*|بۆلگۈنچى\w*|بلوگچى\w*|"
          r"ئادۋوكات\w*|رەھبەر\w*",
    "ru": r"журналист\w*|активист\w*|оппозиц\w*|блогер\w*|беженц\w*|диссидент\w*|критик\w*|"
          r"имам\w*|студент\w*|поэт\w*|граждан\w*|педагог\w*|л[её]тчик\w*|пилот\w*|"
          r"эмигрант\w*|правозащитник\w*|мигрант\w*",
}  # fmt: skip
# Persian puts the adjective after its noun: "روزنامه‌نگار سعودی", "فعال اویغور".
FA_PERSON_BEFORE = (r"(?:روزنامه‌نگار|فعال|فعالان|مخالف|مخالفان|پناهجو|پناهجویان|پناهنده|"
                     r"وبلاگ‌نویس|منتقد|دانشجو|دانشجویان|شاعر|شهروند|شهروندان|معلم|امام|"
                     r"نویسنده|اینفلوئنسر|مجری|خلبان|مرد|مردان|زن|مهندس|تاجر|مهاجران|"
                     r"مخالفان سیاسی)(?:\s+\S+)?\s+$")  # fmt: skip

REQUEST_BEFORE = {
    "en": r"(?:at the (?:request|behest) of|requested by|on behalf of|on the orders of|"
          r"agents? of|agent for|acting for|working for|directed from|ordered from|sent from|"
          r"commissioned (?:by|from)|spying for|spy for|links? to|linked to|"
          r"(?:agents?|officials?|government|employees?) of|requests? from|"
          r"(?:warrants?|requests?|summons)(?: [\w-]+){0,5}? (?:was|were|had been|has been) "
          r"issued in|(?:documents?|papers|evidence|files?|warrants?|notices?|requests?) "
          r"(?:[\w-]+ ){0,2}?(?:submitted|filed|issued|sent|provided) by)\s+"
          r"(?:the\s+)?"
          r"(?:(?:government|state|authorities|regime) (?:of|in)\s+)?$",
    "ru": r"(?:по (?:запросу|требованию|просьбе|заказу|приказу)|в интересах|"
          r"(?:работа\w*|шпион\w*|трудил\w*|служил\w*|служит|служат) на|агент\w*|"
          r"заказан\w* из|организован\w* из)\s+$",
    "fa": r"(?:به (?:درخواست|دستور|خواست)|درخواست(?: استرداد)?|از سوی|به نفع|برای|ماموران|"
          r"مأموران|دولت|مقامات|پلیس|سفارت|کنسولگری|حکومت|رژیم|نیروهای امنیتی|سرویس اطلاعاتی)\s+$",
    "zh": r"(?:应|受|为|替)$",
}  # fmt: skip
REQUEST_AFTER = {
    "en": r"['’]s (?:request|behest)|\s+(?:had |has |have )?(?:requested|sought|asked for)\b|"
    r"\s+(?:had |has |have )?(?:asked|pressed|urged) [\w ]{0,30}?to (?:hand|return|extradite|"
    r"deport|send|issue|arrest|detain)\b",
    "tr": r"['’]?\w*\s+(?:\w+\s+)?(?:talebi\w*|adına|isteği\w*|emriyle)|"
    r"(?!['’]?(?:dan|den|tan|ten)\b)['’]?\w*\s+(?:\S+\s+){0,3}?talep et\w*|"
    r",\s+(?:\S+\s+){0,8}?(?:talep et|başvur)\w*",
    "zh": r"(?:的)?(?:要求|请求|指使|授意|工作|效力|代理人|非法代理人)",
    "ug": r"\w*\s+(?:تەلىپى\w*|ئۈچۈن ئىشلى\w*|(?:\S+\s+){0,3}?تەلەپ قىل\w*)",
    "ru": r"\w*\s+(?:(?:у|от)\s+\w+\s+)?"
    r"(?:(?:направил|отправил|подал|прислал|передал)\w*\s+(?:\w+\s+){0,2}?"
    r"(?:запрос|требовани|просьб|ходатайств)|(?:запросил|потребовал)\w*\s)",
}
# The state asked, not asking: "у Польши запросил" (the Turkish ablative, "Polonya'dan … talep
# etti", is refused in REQUEST_AFTER itself).
ASKED_BEFORE = {"ru": re.compile(r"(?<!\w)(?:у|от)\s+$", re.IGNORECASE)}
DESTINATION_BEFORE = {
    "en": r"(?:deport\w*|return\w*|extradit\w*|sent|taken|flown|handed|brought|smuggled|"
          r"transferred|expelled|repatriat\w*|refoul\w*|put on a flight|landed in|took him|"
          r"took her|back)\s+(?:[\w-]+\s+){0,4}?(?<!living )(?<!based )(?<!residing )"
          r"(?<!staying )(?:over\s+)?(?:to|in)\s+(?:the\s+)?$",
    "zh": r"(?:遣返|引渡|带回|押回|送回|移交给?|遣送|带到|送往|押送|运往|飞往|交给|移交|交还|"
          r"送还|押解)(?:至|到|回|给)?$",
    "ru": r"(?:депорт\w*|выдан\w*|выдал\w*|выдач\w*|вывез\w*|вывезен\w*|доставлен\w*|"
          r"доставил\w*|передан\w*|передал\w*|экстрадир\w*|выслан\w*|выслал\w*|"
          r"возвращ\w*|отправ\w*|экстрадиц\w*)\s+(?:\w+\s+){0,2}?в\s+$",
    "fa": r"(?:استرداد\s+(?:او|آنها|وی)\s+)?به\s+$",
}  # fmt: skip
# Russian also hands a person over to a state in the dative, without "в": "выдали
# Таджикистану", "передан Китаю", "экстрадирован Узбекистану".
RU_DATIVE_DESTINATION = re.compile(
    r"(?:выдан\w*|выдал\w*|выдач\w*|выдав\w*|передан\w*|передал\w*|передач\w*|"
    r"экстрадир\w*|возвращ\w*|вернул\w*)\s+(?:\w+\s+){0,2}?$"
)
RU_DATIVE_ENDING = re.compile(r"(?:у|ю|е|и)(?!\w)")  # "выдал Египет": Egypt is the subject
DESTINATION_AFTER = {
    "tr": r"['’](?:[ae]|y[ae]|n[ae])\s+(?:\S+\s+){0,2}?(?:iade|sınır dışı|geri gönder|"
          r"gönder|götür|getir|teslim|kaçır)",
    "ug": r"\w*(?:غا|قا|گە|كە)\s+(?:\S+\s+){0,2}?(?:قايتۇرۇ|ئۆتكۈزۈپ|ئېلىپ|يۆتكە|ئەكېلى)",
    "fa": r"\s+(?:\S+\s+){0,3}?(?:بازگردان|بازگرداند|بازگشت|منتقل|فرستاد|مسترد|دیپورت|"
          r"اخراج|برده|ببرند|برد|تحویل)",
    "ru": r"",
}  # fmt: skip
NATIONAL_BEFORE = {
    "en": r"(?:critic of|critics of|fled|fleeing|exiled from|escaped|opponent of|opponents of|"
          r"exile from|born in|refugees? from|dissidents? from|flee)\s+(?:the\s+)?"
          r"(?:(?:government|president|leader|regime|authorities) (?:of|in)\s+)?$",
    "zh": r"(?:逃离|流亡自|批评)$",
    "ru": r"(?:бежал\w* из|бегства из|эмигрировал\w* из|критик\w*)\s+$",
    "fa": FA_PERSON_BEFORE,
    "tr": r"(?:eleştir\w*)\s+$",
}  # fmt: skip
# Persian "fled from X": "از X گریخت" — از before the name, the verb after it ("به X گریخت",
# fled to X, is the host).
FA_FLED_FROM = (
    re.compile(r"(?<!\S)از\s+$"),
    re.compile(r"\s+(?:\S+\s+){0,3}?(?:گریخت|فرار کرد|فرار کرده|متواری شد)"),
)
NATIONAL_AFTER_EXTRA = {
    "tr": r"['’]?(?:dan|den|tan|ten)\s+kaç",
    "ug": r"\w*(?:دىن|تىن)\s+قېچىپ",
}


# A host's authorities asked to investigate or protect, or weighing another state's request, are
# addressed by the text, not acting: "the Kenyan government should investigate", "UAE
# authorities are reviewing the request", "Власти ОАЭ рассматривают запрос".
_ADDRESSED = {
    "en": r"\s+(?:authorities|government|police|officials)\s+(?:should\s+|must\s+|"
    r"to\s+)?(?:\w+\s+){0,3}?(?:investigate|ensure|protect)\b|"
    r"(?:['’]s)?\s+(?:\w+\s+)?(?:is|are|was|were)\s+(?:still\s+|now\s+)?(?:considering|reviewing|"
    r"examining)\s+(?:the|a|an|his|her|their)\s+(?:\w+\s+)?request",
    "ru": r"\w*\s+(?:\w+\s+)?рассматрива\w*\s+(?:\w+\s+)?(?:запрос|просьб|требовани)",
    "tr": r"['’]?\w*\s+(?:\w+\s+)?(?:talebi|talebini|isteği|isteğini)\s+"
    r"(?:inceli|değerlendir|ele al)",
    "zh": r"(?:的)?(?:当局|政府|警方|官员)?(?:正在|仍在|正)?(?:审查|审理|考虑|研究)(?:该|这一|此)?"
    r"(?:引渡)?(?:请求|要求)",
    "fa": r"\s+(?:\S+\s+)?درخواست\S*\s+(?:را\s+)?(?:بررسی|مطالعه)",
}
ADDRESSED = {language: re.compile(source) for language, source in _ADDRESSED.items()}

# A state's agents who say, announce or accuse are the text's source, not the actor: a host
# reports what another state did ("Canadian police said Indian agents…", "加拿大总理…表示",
# "دولت هلند … اعلام کرد"). Where the verb follows its subject closely (English, Russian,
# Chinese): the verb within a few words after the state; where it ends the clause (Turkish,
# Persian, Uyghur): the state opens the sentence and the sentence has such a verb.
_SPEAKER_AFTER = {
    "en": r"(?:['’]s)?\s+(?:[\w-]+\s+){0,4}?(?:said|says|announced|stated|alleged|"
    r"concluded|told (?:parliament|reporters|lawmakers|journalists))\b",
    "ru": r"\w*\s+(?:[\w-]+\s+){0,3}?(?:заявил|утвержда|объявил|сообщил)\w*",
    "zh": r"(?:的)?[^，。；：]{0,8}?(?:表示|宣布|指控|指出|声明)",
}
_SPEECH_VERB = {
    "tr": r"(?:açıkladı|açıklamıştı|dedi|bildirdi|iddia etti|belirtti|duyurdu|söyledi)",
    "fa": r"(?:اعلام کرد|اعلام کردند|گفت|گفتند|مدعی شد|مدعی شدند|اظهار داشت)",
    "ug": r"(?:دېدى|بىلدۈردى|ئېلان قىلدى|ئېيتتى)",
}
SPEAKER_AFTER = {language: re.compile(source) for language, source in _SPEAKER_AFTER.items()}
SPEECH_VERB = {language: re.compile(source) for language, source in _SPEECH_VERB.items()}
SENTENCE_OPENING_WORDS = 3  # a state this near the start of its sentence is its subject

# A state "behind" an act is its author: "Iran was behind the killings", "ایران پشت قتل".
_BEHIND_AFTER = {
    "en": r"(?:['’]s\s+\w+)?\s+(?:was|were|is|are|had been|has been|may have been)\s+behind\b",
    "fa": r"\s+(?:\S+\s+)?پشت\s",
    "zh": r"(?:是|在)?(?:这起|此次|该)?\S{0,4}?(?:幕后|背后)",
    "tr": r"['’]?\w*\s+(?:\w+\s+)?(?:arkasında|arkasındaydı)",
    "ru": r"\w*\s+сто(?:ит|ят|ял|яли|ла)\s+за\b",
    "ug": r"\w*\s+(?:\S+\s+)?(?:ئارقىسىدا|كەينىدە)",
}
BEHIND_AFTER = {language: re.compile(source) for language, source in _BEHIND_AFTER.items()}

# State agents named without their state: "the authorities back home", "the island's state
# security", "the regime's agents", "his home country's embassy", "власти на родине". They are
# the agents of the people's own state (see states.py: the one state the text gives them).
_UNNAMED_AGENTS = {
    "en": rf"\b(?:(?:the )?(?:{ACTOR_NOUNS['en']}) back home|(?:the|his|her|their) "
    rf"(?:home country|homeland|island|country|regime)['’]s? (?:[\w-]+ )?(?:{ACTOR_NOUNS['en']})|"
    r"the regime (?:in|at) home)\b",
    "ru": r"(?:власт\w*|спецслужб\w*|силовик\w*|полици\w*) (?:на )?родин\w*|"
    r"(?:режим\w*|власт\w*) (?:у него |у неё |у них )?на родине",
    "tr": r"(?:ülkesindeki|ülkesinin|memleketindeki|anavatanındaki) (?:\w+ )?"
    r"(?:yetkililer\w*|makamlar\w*|rejim\w*|istihbarat\w*|polis\w*|güvenlik\w*|büyükelçiliğ\w*)",
    "zh": r"(?:国内|家乡|祖国|母国|本国)(?:的)?(?:当局|政府|安全部门|警方|情报部门|政权|大使馆)",
    "fa": r"(?:ماموران|مأموران|مقامات|دولت|رژیم|حکومت|سفارت)\s+(?:کشور\s+)?(?:متبوع|زادگاه)\S*",
    "ug": r"(?:يۇرتىدىكى|ۋەتىنىدىكى)\s+(?:\S+\s+)?(?:ھۆكۈمەت\w*|ساقچى\w*|دائىرى\w*)",
}
UNNAMED_AGENTS = {language: re.compile(source) for language, source in _UNNAMED_AGENTS.items()}
# Words every phrase above contains: texts without one are not searched.
UNNAMED_HINTS = {
    "en": re.compile(r"back home|home country|homeland|island|country['’]s|regime"),
    "ru": re.compile(r"родин"),
    "tr": re.compile(r"ülkesi|memleketi|anavatanı"),
    "zh": re.compile(r"国内|家乡|祖国|母国|本国"),
    "fa": re.compile(r"متبوع|زادگاه"),
    "ug": re.compile(r"يۇرتى|ۋەتىنى"),
}

# A former official is a person, not the state's agent: "a former Saudi intelligence officer",
# "бывший британский премьер", "前英国首相", "eski İngiltere başbakanı", "نخست‌وزیر سابق
# بریتانیا" — a national of that state at most.
_FORMER = {
    "en": r"(?:(?<!\w)(?:former|ex-))\s*$",
    "ru": r"(?<!\w)(?:бывш\w*|экс-)\s*$",
    "tr": r"(?<!\w)eski\s+$",
    "zh": r"前$",
    "ug": r"(?<!\w)سابىق\s+$",
    "fa": r"(?<!\S)سابق\s+$",
}
FORMER_BEFORE = {
    language: re.compile(source, re.IGNORECASE) for language, source in _FORMER.items()
}
# Turkish and Uyghur demonyms are the name and a suffix: "Kuveytli", "Ummanlı", "ئومانلىق",
# "كامېرۇنلۇق" (of Kuwait, of Oman): the state's people unless the text makes them its agents.
DEMONYM_SUFFIX = {
    "tr": re.compile(r"['’]?l[ıiuü](?:[^a-zçğıöşü]|$|[ln][ae]r?|y[ıiuü]|n[ıiuü])"),
    "ug": re.compile(r"(?:لىق|لىك|لۇق|لۈك)"),
}

# People sent back to their own state without its name: "returned him home", "вернули на
# родину", "ülkesine iade edildi", "遣返回国", "به کشورش بازگرداندند", "يۇرتىغا قايتۇرۇلدى". The
# destination is the state whose people they are (states.py).
_SENT_HOME = {
    "en": r"\b(?:deport\w*|return\w*|extradit\w*|sent|flown|handed|repatriat\w*|refoul\w*|"
    r"taken|brought|forced)\s+(?:[\w-]+\s+){0,3}?(?:back\s+)?(?:home\b|to (?:his|her|their) "
    r"(?:home country|homeland|native country|country of origin|own country|country)\b)",
    "ru": r"(?:вернул\w*|верн[уё]т\w*|возвра\w*|депорт\w*|выдан\w*|выдал\w*|выслан\w*|выслал\w*|"
    r"отправ\w*|доставл\w*|доставил\w*|экстрадир\w*|вывез\w*)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:на родину|домой)",
    "tr": r"(?:ülkesine|anavatanına|vatanına|memleketine|ülkelerine)\s+(?:\S+\s+){0,2}?"
    r"(?:iade|sınır dışı|geri gönder|gönder|götür|teslim)",
    "zh": r"(?:遣返|押回|送回|带回|引渡|遣送)回?(?:本国|祖国|母国|原籍国)|"
    r"(?:遣返|押送|送|带|押|遣送)回国",
    "fa": r"به\s+(?:کشورش|کشور خود|وطن\S*|زادگاهش|کشور متبوعش|میهنش)\s+(?:\S+\s+){0,3}?"
    r"(?:بازگردان|بازگرداند|منتقل|فرستاد|مسترد|دیپورت|اخراج|تحویل)",
    "ug": r"(?:يۇرتىغا|ۋەتىنىگە|دۆلىتىگە)\s+(?:\S+\s+){0,2}?(?:قايتۇرۇ|ئۆتكۈزۈپ|ئېلىپ|يۆتكە)",
}
SENT_HOME = {language: re.compile(source) for language, source in _SENT_HOME.items()}
