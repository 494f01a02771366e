"""Role vetoes: a tactic word in a sentence whose actor or target is not the origin state and
its target abroad.

A tactic rule reads a word ("arrested", "deported", "threat", "money"); who does what to whom
decides whether it is the codebook's act. The host's police arresting the *suspects* of an
attack, its counter-intelligence holding a *spy*, a perpetrator deported after serving his
sentence or jailed for other crimes, hitmen paid for a killing, the *victim* accused of
threatening "national security" or the state's diplomats, relatives (not the target) arrested
at home, an act only denied by the one said to have done it, or said not to be going to happen,
a warrant that was *not* shown: none is an act done to the diaspora for the origin state. A
role veto drops the tactics it names from the sentence it fires in only; the same tactic found
in another sentence still counts. Written from the codebook (design/taxonomy.md) and how news in
each language puts these roles, never from one article; the invented sentence pairs that check
them are ``tests/test_tactics_in_other_roles.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

from amanat.monitor.nlp.literals import Found
from amanat.monitor.nlp.rules import Rule, Sieve, for_language, holds, make_rules

# The people held are the attackers or hitmen, or suspects of an attack, not its target: a
# killer word alone, a "suspect" only beside a word for the attack.
_ATTACK = {
    "en": r"\b(?:killing|murder|attack|assassination|shooting|stabbing|plot)\b",
    "tr": r"(?:cinayet|saldırı|suikast|öldürül)\w*",
    "zh": r"(?:杀害|谋杀|袭击|暗杀|枪击|刺杀|命案)",
    "ug": r"(?:قەتل|ھۇجۇم|ئۆلتۈرۈل|سۇيىقەست)\w*",
    "ru": r"(?:убийств|покушени|нападени|теракт)\w*",
    "fa": r"(?:قتل|ترور|حمله|سوءقصد)",
}
_SUSPECT = {
    "en": r"\bsuspects?\b",
    "tr": r"(?:şüpheli|zanlı)\w*",
    "zh": r"(?:嫌疑人|嫌犯)",
    "ug": r"گۇمانلىق\w*",
    "ru": r"подозреваем\w*",
    "fa": r"مظنون",
}
_HELD = {
    "en": r"\b(?:arrest\w*|detain\w*|held|jailed|in custody)\b",
    "tr": r"(?:gözaltı|tutukla)\w*",
    "zh": r"(?:被捕|逮捕|拘留|被拘|抓获|落网|羁押)",
    "ug": r"(?:قولغا ئېلىن|تۇتۇل)\w*",
    "ru": r"(?:задержа|арестова)\w*",
    "fa": r"(?:بازداشت|دستگیر)",
}
_KILLERS = {
    "en": r"\b(?:gunm[ae]n|assailants?|attackers?|hitm[ae]n|killers?|assassins?|shooters?)\b",
    "tr": r"(?:saldırgan|tetikçi|katil)\w*",
    "zh": r"(?:凶手|枪手|袭击者|杀手)",
    "ug": r"(?:قاتىل|ھۇجۇمچى)\w*",
    "ru": r"(?:нападавш|стрелк|убийц|киллер)\w*",
    "fa": r"(?:ضارب|قاتل|تیرانداز)",
}
_SUSPECTS_HELD = {
    lang: [(_KILLERS[lang], _HELD[lang]), (_SUSPECT[lang], _ATTACK[lang], _HELD[lang])]
    for lang in _HELD
}
# The host's counter-intelligence holds the state's agent: "detained by the Swedish Security
# Service", контрразведка, 反间谍.
_COUNTERINTELLIGENCE = {
    "en": [(r"\bcounter-?intelligence\b", r"\b(?:arrested|detained)\b")],
    "tr": [(r"karşı istihbarat\w*", r"(?:gözaltı|tutukla)\w*")],
    "zh": [(r"反间谍", r"(?:逮捕|拘留|拘押|扣押)")],
    "ru": [(r"контрразведк\w*", r"(?:задержа|арестова)\w*")],
    "fa": [(r"ضد ?جاسوسی", r"(?:بازداشت|دستگیر)")],
}
# A perpetrator's own sentence: deported after serving it, jailed for other crimes.
_PERPETRATOR_SENTENCED = {
    "en": [r"\b(?:once|when) (?:he|she|they) (?:has |have )?(?:serv\w*|complet\w*) (?:his|her|"
           r"their) (?:prison )?(?:sentence|term)\b|\bfor (?:other|unrelated|separate) (?:crimes|"
           r"offences|offenses|charges)\b"],
    "tr": [r"ceza\w* (?:tamamla|bitir|doldur)\w*.{0,40}(?:edilecek|edilmesi bekleniyor)|"
           r"başka suçlar\w*"],
    "zh": [r"(?:服刑期满|刑满|服完刑)[^。；]{0,6}将|因其他罪"],
    "ru": [r"после (?:отбыти|окончани|истечени)\w* (?:срока|наказани)\w*.{0,40}(?:будет|будут|"
           r"должен|должны)|за (?:другие|иные) преступлени\w*"],
    "fa": [r"(?:پس از|بعد از) (?:پایان|اتمام) (?:دوران )?(?:محکومیت|حبس).{0,40}خواهد|"
           r"(?:به دلیل|به خاطر|بابت) (?:جرائم|جرایم) دیگر"],
}  # fmt: skip
# Money paid for a killing goes to the hitmen, not to the target (bribery_inducement).
_MURDER_FOR_HIRE = {
    "en": [r"\bmurder[- ]for[- ]hire\b|\bhired (?:\w+ ){0,3}?(?:hitm[ae]n|killers?|assassins?)\b|"
           r"\bcontract killing\b|\bpaid (?:\w+ ){0,4}?to (?:kill|murder|assassinate)\b"],
    "tr": [r"kiralık katil\w*|para karşılığı(?:nda)? (?:\S+\s+){0,2}?(?:öldür|cinayet|suikast)"],
    "zh": [r"买凶|雇凶|雇佣杀手|花钱杀"],
    "ug": [r"پۇل (?:بېرىپ|تۆلەپ) (?:\S+\s+){0,3}?ئۆلتۈر\w*"],
    "ru": [r"заказн\w* убийств\w*|убийств\w* по найму|нанял\w* (?:\S+\s+){0,3}?(?:убийц|киллер)"],
    "fa": [r"(?:قتل|ترور|کشتن)\S*\s+(?:\S+\s+){0,2}?در (?:ازای|قبال) پول|"
           r"(?:اجیر|استخدام) (?:\S+\s+){0,3}?(?:برای )?(?:قتل|ترور)"],
}  # fmt: skip
# The victim is the one accused of a threat: "threatening national security", "accused of
# threatening the diplomats' safety" — the state's charge, not a threat to the person.
_THREAT_CHARGED = {
    "en": [r"\bthreat\w* (?:to )?(?:the )?(?:national|state|public) security\b|"
           r"\b(?:threat\w*|endanger\w*) (?:to )?(?:the )?(?:security|safety) of (?:the )?"
           r"(?:[\w-]+ )?(?:state|nation|diplomats?|embassy|consulate|officials?)\b"],
    "tr": [r"(?:ulusal|milli|devlet\w*|diplomat\w*|kamu) (?:\S+\s+)?güvenliğ\w* tehdit\w*|"
           r"güvenliğini tehdit"],
    "zh": [r"(?:危害|威胁)(?:国家|公共)安全|威胁[^，。；]{0,6}(?:外交官|使馆|领馆)(?:的)?安全"],
    "ug": [r"دۆلەت بىخەتەرلىكى\w* (?:\S+\s+)?(?:تەھدىت|خەۋپ)"],
    "ru": [r"угроз\w* (?:национальной |государственной )?безопасности|"
           r"угрожа\w* (?:национальной |государственной )?безопасности"],
    "fa": [r"(?:تهدید|اقدام علیه) (?:امنیت ملی|امنیت کشور|امنیت دیپلمات)"],
}  # fmt: skip
# Relatives at home arrested: coercion by proxy (threat_to_family), not a detention abroad.
# Uyghur writes the possessive with the narrowed vowel (قېرىندىشى, ئاكىسى, ئىنىسى).
_RELATIVES_ARRESTED = {
    "en": [r"\b(?:arrested|detained|jailed|seized|abducted|took away|taken away) (?:\w+ ){0,2}?"
           r"(?:relatives?|family members?|"
           r"brothers?|sisters?|parents|father|mother|sons?|daughters?|cousins?|nephews?)\b(?! of)",
           r"\b(?:his|her|their) (?:\w+ )?(?:relatives?|family members?|brothers?|sisters?|parents|"
           r"father|mother|sons?|daughters?|cousins?|nephews?)(?: \w+)? (?:was|were|had been|have "
           r"been) (?:\w+ )?(?:arrested|detained|jailed)\b"],
    "ug": [r"(?<!\w)(?:قېرىندىش|قېرىنداش|ئاكىس|ئىنىس|ئاچىس|سىڭلىس|ئاتىس|ئانىس|ئاتا-ئانىس|"
           r"تۇغقان|ئائىلە ئەزا)\w*\s+(?:\S+\s+){0,5}?(?:قولغا ئال|قولغا ئېلىن|تۇتقۇن قىل|"
           r"قاماقق?ا ئال)\w*"],
}  # fmt: skip
# A person handed to the origin's intelligence or secret police: an irregular transfer
# (rendition), not a deportation.
_TO_INTELLIGENCE = {
    "en": [r"\bhanded (?:\w+ )?(?:over |back )?to (?:the )?(?:[\w-]+ ){0,2}?(?:intelligence|"
           r"secret police|security services?)\b"],
    "tr": [r"istihbarat\w* (?:\S+\s+)?teslim\w*"],
    "zh": [r"(?:移交|交)给[^，。；]{0,8}(?:情报|国安|安全部门|秘密警察)"],
    "ug": [r"(?:ئاخبارات|ئىستىخبارات|بىخەتەرلىك)\w*\s+(?:\S+\s+){0,2}?تاپشۇرۇپ"],
    "ru": [r"(?:передан|выдан)\w* (?:\S+\s+){0,2}?(?:спецслужб|разведк|службе безопасности)\w*"],
    "fa": [r"(?:اطلاعات|امنیتی)\S*\s+(?:\S+\s+){0,3}?تحویل"],
}  # fmt: skip
# Someone's death in prison, a detainee held incommunicado: neither a detention done abroad
# nor relatives' contact controlled (family_contact_control).
_DIED_IN_PRISON = {
    "en": [r"\b(?:died|death|dying) (?:\w+ ){0,2}?in (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:prison|"
           r"custody|jail|penal colony)\b"],
    "tr": [r"(?:cezaevinde|hapiste|gözaltında) (?:\S+\s+)?(?:öl|hayatını kaybet)\w*"],
    "zh": [r"(?:死于|死在)[^，。；]{0,6}(?:狱中|监狱|羁押)|(?:狱中|监狱中)(?:死亡|去世|身亡)"],
    "ru": [r"(?:умер|погиб|смерт)\w* (?:\S+\s+){0,2}?в (?:тюрьм|колони|заключени|СИЗО)\w*"],
    "fa": [r"(?:مرگ|درگذشت|جان باخت)\S*\s+(?:\S+\s+){0,3}?در (?:\S+\s+)?زندان"],
    "ug": [r"(?:تۈرمى|قاماق)\w*\s+(?:\S+\s+)?(?:ئۆل|ۋاپات)\w*"],
}  # fmt: skip
_INCOMMUNICADO = {
    "en": [r"\bincommunicado\b|\bcut off from the outside world\b"],
    "tr": [r"dış dünya\w* (?:\S+\s+)?(?:bağlantı|iletişim|irtibat)\w*"],
    "zh": [r"与外界(?:隔绝|失去联系|断绝)"],
    "ug": [r"تاشقى دۇنيا بىلەن (?:\S+\s+)?ئالاقى\w*"],
    "ru": [r"без (?:\S+\s+)?связи с (?:внешним миром|внешним)"],
    "fa": [r"(?:ارتباط|تماس)\S* (?:\S+\s+)?با (?:دنیای )?(?:خارج|بیرون)"],
}  # fmt: skip
# Things seized in a raid, not a person, and what the raiders themselves deleted: "seized the
# family's phones and deleted videos of the raid" is neither a rendition nor a demand to stop.
_THINGS_SEIZED = {
    "en": [r"\b(?:seized|confiscated|took) (?:[\w'’-]+ ){0,2}?(?:phones?|laptops?|computers?|"
           r"devices?|documents?|passports?|property|assets|belongings|cars?|hard drives?)\b"],
    "ru": [r"(?:изъял|изъяли|конфисковал)\w* (?:\S+\s+)?(?:телефон|компьютер|ноутбук|документ|"
           r"паспорт|техник|имуществ)\w*"],
}  # fmt: skip
_RAIDERS_DELETED = {
    "en": [r"\b(?:seized|confiscated|took)\b[^.;]{0,60}\band deleted\b"],
}  # fmt: skip
# The one said to have done it denies it: "Local police denied carrying out the abduction".
_ACTOR_DENIES = {
    "en": [r"\bdenie[sd] (?:any )?(?:carrying out|involvement in|responsibility for|"
           r"(?:any )?role in|having (?:carried out|ordered)) (?:the |any )?(?:\w+ )?(?:abduction|"
           r"kidnapping|disappearance|arrest|detention|killing|murder|attack|assault)\b"],
    "tr": [r"(?:kaçırma|gözaltı|cinayet|saldırı)\w*\s+(?:\S+\s+){0,3}?(?:karışmadığını|"
           r"sorumluluğu\w* reddet|ilgisi olmadığını)"],
    "zh": [r"否认(?:参与|实施|策划|与)[^，。；]{0,10}(?:绑架|失踪|逮捕|杀害|袭击)"],
    "ru": [r"отрица\w* (?:свою )?(?:причастност|участи)\w* (?:к|в) (?:\S+\s+)?(?:похищени|"
           r"задержани|убийств|нападени)\w*"],
    "fa": [r"(?:دست داشتن|نقش|مشارکت) در (?:\S+\s+){0,2}?(?:ربودن|آدم‌ربایی|بازداشت|قتل|حمله)"
           r"\S*\s+(?:\S+\s+){0,3}?(?:را )?(?:رد|انکار|تکذیب)"],
}  # fmt: skip
# The act will not happen: "will not be deported", 不会被遣返, iade edilmeyecek, "fight not to be
# extradited" (the request itself is read elsewhere).
_WILL_NOT = {
    "en": [r"\b(?:will|would) not be (?:\w+ )?(?:deported|extradited|sent back|handed over|"
           r"returned)\b|\bwon't be (?:deported|extradited|sent back)\b"],
    "tr": [r"(?:sınır dışı edil|iade edil|geri gönderil|teslim edil)(?:meyecek|mem\w*)"],
    "zh": [r"(?:不会|不将|不得|不可能)(?:被)?[^，。；]{0,4}(?:遣返|驱逐|引渡|移交)"],
    "ug": [r"(?:قايتۇرۇلما|ئۆتكۈزۈپ بېرىلمە)\w*"],
    "ru": [r"не (?:будет|будут) (?:\S+\s+)?(?:выдан|депортирован|выслан|экстрадирован)\w*"],
    "fa": [r"(?:اخراج|مسترد|استرداد|تحویل|دیپورت)\S*\s+(?:\S+\s+)?(?:نخواهد|نمی‌شود|نمیشود|نشود)"],
}  # fmt: skip
# No warrant shown: "officers showed no arrest warrant", без ордера, 没有出示逮捕令.
_NO_WARRANT = {
    "en": [r"\b(?:without|no|showed no|did not (?:show|produce|have)) (?:an? |any )?(?:arrest |"
           r"search )?warrants?\b"],
    "tr": [r"(?:yakalama|tutuklama|arama) karar\w* (?:olmadan|göstermeden|gösterme\w*|yoktu)"],
    "zh": [r"(?:没有|未|无|并未)(?:出示)?[^，。；]{0,4}(?:逮捕令|拘捕令|搜查令|拘留证|逮捕证)"],
    "ru": [r"без (?:\S+\s+)?(?:ордер|санкци)\w*|не предъяв\w* (?:\S+\s+)?ордер\w*"],
    "fa": [r"(?:هیچ|بدون) (?:حکم|مجوز)|حکم\S*\s+(?:\S+\s+){0,2}?(?:نشان ندادند|ارائه نکردند)"],
}  # fmt: skip
# The person is asked to come back: a demand to the person (passport_consular_denial's "told to
# return"), not a request to a host state.
_ASKED_PERSON = {
    "en": [r"\b(?:asked|urged|pressed|told) (?:me|him|her|them|us)\b(?: \w+){0,4}? to "
           r"(?:return|come back|go back)\b(?! (?:him|her|them|the|an?)\b)"],
}  # fmt: skip
# A state stopping the issue of passports is a mobility control, not a silencing demand.
_STOP_ISSUING = {
    "en": [r"\bstop (?:issuing|renewing) (?:\w+ )?passports?\b"],
    "tr": [r"pasaport\w* (?:\S+\s+)?(?:verilmesini|yenilenmesini) durdur\w*"],
    "zh": [r"停止(?:签发|发放|换发|办理)[^，。；]{0,4}护照"],
    "ru": [r"прекрат\w* выдач\w* (?:\S+\s+)?паспорт\w*"],
    "fa": [r"(?:توقف|متوقف) (?:\S+\s+)?(?:صدور|تمدید) (?:\S+\s+)?گذرنامه"],
}  # fmt: skip

# A killing the police put down to criminals' feuds ("a settling of scores between rival gangs"):
# a crime between criminals, not an act of the state against its critics abroad.
_CRIMINAL_FEUD = {
    "en": [r"\bsettling (?:of )?(?:old )?scores\b|\b(?:rival|feuding|warring) (?:criminal |"
           r"organi[sz]ed crime |drug )?(?:gangs?|clans?|cartels?|mafia|crime groups?|criminal "
           r"groups?|organi[sz]ed crime groups?)\b|\bgang (?:war|feud|dispute)s?\b"],
    "tr": [r"hesaplaşma\w*|rakip (?:suç )?(?:çete|örgüt|suç örgüt)\w*|çeteler arası"],
    "zh": [r"(?:黑帮|帮派|犯罪团伙)[^，。；]{0,6}(?:火并|仇杀|纷争|恩怨|冲突)|(?:敌对|对立)"
           r"(?:的)?(?:黑帮|帮派|犯罪团伙)"],
    "ug": [r"(?:رەقىب|قارشى) (?:\S+\s+)?(?:جىنايى گۇرۇھ|باندا|گۇرۇھ)\w*|ھېساب ئېلىش\w*"],
    "ru": [r"разбор\w*|сведени\w* счёт\w*|сведени\w* счет\w*|"
           r"(?:конкурирующ|враждующ|соперничающ)\w* (?:\S+\s+)?(?:группировк|банд|клан)\w*"],
    "fa": [r"تسویه[‌ ]?حساب|(?:باند|گروه)\S*\s+(?:\S+\s+)?(?:رقیب|تبهکار)"],
}  # fmt: skip
# ... unless the sentence says a state or its services hired or ordered the criminals.
_STATE_ORDERED = {
    "en": [r"\b(?:hired|paid|recruited|on behalf of|on the orders of|ordered by|intelligence|"
           r"security services?|regime|government|agents?)\b"],
    "tr": [r"(?:adına|talimat|istihbarat|rejim|hükümet|ajan|tutulan|kiralı|para karşılığı)\w*"],
    "zh": [r"受雇|雇佣|指使|授意|情报|特工|政府|政权"],
    "ug": [r"(?:ياللان|بۇيرۇق|ئاخبارات|ئىستىخبارات|ھۆكۈمەت|ئاگېنت)\w*"],
    "ru": [r"(?:нанят|нанял|заказ|по приказу|спецслужб|разведк|режим|правительств|агент)\w*"],
    "fa": [r"اجیر|به دستور|اطلاعات|سپاه|رژیم|حکومت|دولت|مأمور"],
}  # fmt: skip

# Watching installations (bases, ports, plants, railways) is espionage against the host, not
# surveillance of people: "suspected of photographing military bases".
_INSTALLATIONS_WATCHED = {
    "en": [r"\b(?:watch|monitor|surveil|photograph|film|spy|scout|reconnoit)\w* (?:on )?"
           r"(?:\w+ ){0,3}?(?:military|army|naval|air) (?:bases?|facilities|sites?|"
           r"installations?|units?)\b|"
           r"\b(?:watch|monitor|photograph|film|scout)\w* (?:\w+ ){0,2}?(?:ports?|harbou?rs?|"
           r"power (?:plants?|stations?)|railways?|rail lines?|airports?|infrastructure)\b"],
    "tr": [r"(?:askeri|üs|üsler|liman|tesis|altyapı|havaalan|demiryol|santral)\w*\s+"
           r"(?:\S+\s+){0,2}?(?:gözetle|izle|fotoğrafla|görüntüle|keşif)\w*"],
    "zh": [r"(?:军事|基地|港口|军港|设施|机场|电厂|铁路)[^，。；]{0,8}(?:监视|拍摄|刺探|侦察|窥探)|"
           r"(?:监视|拍摄|刺探|侦察|窥探)[^，。；]{0,8}(?:军事|基地|港口|军港|设施|机场|电厂|铁路)"],
    "ug": [r"(?:ھەربىي|بازا|پورت|ئايرودروم)\w*\s+(?:\S+\s+){0,2}?(?:كۆزەت|رەسىم|سۈرەت)\w*"],
    "ru": [r"(?:следи|наблюда|фотографир|снима|разведыва)\w* (?:за )?(?:\S+\s+){0,2}?(?:военн|"
           r"баз|порт|аэродром|аэропорт|инфраструктур|железн)\w*|(?:сбор|собира)\w* (?:\S+\s+)?"
           r"(?:сведени|информаци|данн)\w* о (?:\S+\s+)?(?:военн|объект|баз)\w*"],
    "fa": [r"(?:تأسیسات|پایگاه|صنایع|بندر|فرودگاه)\S*\s+(?:\S+\s+){0,3}?(?:زیر نظر|شناسایی|"
           r"عکس|فیلم)"],
}  # fmt: skip

# Threats from extortionists ("a gang demanding protection money"): a crime for money, not the
# state's threat to a critic (unless the sentence says a state ordered it).
_EXTORTION = {
    "en": [r"\b(?:extort\w*|protection money|racketeer\w*|ransom)\b"],
    "tr": [r"haraç\w*|fidye\w*"],
    "zh": [r"敲诈|勒索(?!软件)|保护费|赎金"],
    "ru": [r"вымогател\w*|вымогательств\w*|выкуп\w*"],
    "fa": [r"اخاذی|باج[‌ ]?گیری|باج[‌ ]?خواه|باج می"],
}  # fmt: skip

_DIRECT = frozenset({"detention", "deportation", "rendition", "extradition_request"})

# Which tactics each role veto drops from the sentence it fires in.
ROLE_VETOED: dict[str, frozenset[str]] = {
    "suspects_held": frozenset({"detention"}),
    "counterintelligence": frozenset({"detention"}),
    "perpetrator_sentenced": frozenset({"detention", "deportation"}),
    "murder_for_hire": frozenset({"bribery_inducement"}),
    "threat_charged": frozenset({"direct_threat"}),
    "relatives_arrested": frozenset({"detention", "direct_threat", "rendition"}),
    "to_intelligence": frozenset({"deportation"}),
    "died_in_prison": frozenset({"detention"}),
    "incommunicado": frozenset({"family_contact_control"}),
    "things_seized": frozenset({"rendition"}),
    "raiders_deleted": frozenset({"silencing_demand"}),
    "actor_denies": frozenset({"rendition", "detention", "assault", "assassination"}),
    "will_not": frozenset({"deportation", "rendition"}),
    "no_warrant": frozenset({"bounty_or_warrant"}),
    "asked_person": frozenset({"extradition_request"}),
    "stop_issuing": frozenset({"silencing_demand"}),
    "criminal_feud": frozenset({"assassination", "assault"}),
    "installations_watched": frozenset({"surveillance"}),
    "extortion": frozenset({"direct_threat"}),
}


def _vetoes(name: str, by_language: Mapping[str, Sequence[str | tuple[str, ...]]]) -> list[Rule]:
    return make_rules("veto", name, by_language)


ROLE_VETO_RULES: list[Rule] = (
    _vetoes("suspects_held", _SUSPECTS_HELD)
    + _vetoes("counterintelligence", _COUNTERINTELLIGENCE)
    + _vetoes("perpetrator_sentenced", _PERPETRATOR_SENTENCED)
    + _vetoes("murder_for_hire", _MURDER_FOR_HIRE)
    + _vetoes("threat_charged", _THREAT_CHARGED)
    + _vetoes("relatives_arrested", _RELATIVES_ARRESTED)
    + _vetoes("to_intelligence", _TO_INTELLIGENCE)
    + _vetoes("died_in_prison", _DIED_IN_PRISON)
    + _vetoes("incommunicado", _INCOMMUNICADO)
    + _vetoes("things_seized", _THINGS_SEIZED)
    + _vetoes("raiders_deleted", _RAIDERS_DELETED)
    + _vetoes("actor_denies", _ACTOR_DENIES)
    + _vetoes("will_not", _WILL_NOT)
    + _vetoes("no_warrant", _NO_WARRANT)
    + _vetoes("asked_person", _ASKED_PERSON)
    + _vetoes("stop_issuing", _STOP_ISSUING)
    + make_rules("veto", "criminal_feud", _CRIMINAL_FEUD, none_of=_STATE_ORDERED)
    + _vetoes("installations_watched", _INSTALLATIONS_WATCHED)
    + make_rules("veto", "extortion", _EXTORTION, none_of=_STATE_ORDERED)
)


@cache
def _of_language(language: str) -> Sieve:
    return Sieve(for_language(ROLE_VETO_RULES, language))


def role_vetoed(language: str, lowered_sentence: str, found: Found | None = None) -> frozenset[str]:
    """The tactics a sentence (lower-cased) names for an act whose actor or target is not the
    origin state and its target abroad."""
    codes: set[str] = set()
    for rule in _of_language(language).candidates(found):
        if ROLE_VETOED[rule.value] <= codes:
            continue
        if found is not None and (gate := rule.gate(found.universe)) and not holds(gate, found):
            continue  # a literal its patterns need is missing (rules.Rule.gate)
        if rule.fires(lowered_sentence, found):
            codes |= ROLE_VETOED[rule.value]
    return frozenset(codes)
