"""Vetoes: a family uninformed or itself the abuser, a photo posed for, installations attacked.

Vetoes of round 12i: tactic words in sentences that name no act of the origin state against
its people abroad, read from the look-alikes of tnr-fresh5/6 and written for every language.

- A family left uninformed ("taken away without their families being told") is a mark of an
  enforced disappearance at home, not pressure put on relatives of someone abroad.
- A family that is itself the abuser ("fled her family's abuse", "under pressure from her
  family", domestic violence, a forced marriage) is no state pressing relatives (codebook:
  threat_to_family is the state acting on relatives to reach a person abroad).
- Posing for a photograph ("posed for photos beside the minister") is no surveillance.
- A wound done to the state's own forces ("had wounded a Basij member") is the charge against
  a protester, not an assault by the state.
- Visa restrictions on officials "responsible for the detention of" a people name the
  measure's grounds, as sanctions do (rules/lookalikes.py).
- Seized "to expel her from the country", a passport she tore up to stay: a forced exile
  attempted at home, neither rendition nor a denial of papers.
- A hack of, or attack on, a water, power or industrial installation is state cyber or military
  action against infrastructure, not against people of the diaspora (codebook:
  hacking_spyware targets exiles' devices and accounts).

Each veto drops only the tactics it names from the sentence it fires in (rules/vetoes.py).
"""

from __future__ import annotations

from amanat.monitor.nlp.rules.tactics import TACTIC_RULES
from amanat.monitor.nlp.rules.tactics_conditional import CONDITIONAL_TACTIC_RULES
from amanat.monitor.nlp.rules.tactics_more import MORE_TACTIC_RULES

ALL_TACTICS = frozenset(
    rule.value for rule in TACTIC_RULES + MORE_TACTIC_RULES + CONDITIONAL_TACTIC_RULES
)

_FA_FAMILY = r"(?:خانواده|بستگان|والدین|پدر و مادر)"

# "without informing their families", "families were not told where they were taken".
FAMILY_UNINFORMED = {
    "en": [r"\bwithout (?:informing|notifying|telling) (?:their|his|her|the) (?:families|family|"
           r"relatives|parents)\b|\b(?:families|relatives|parents) (?:were|was) (?:not|never) "
           r"(?:informed|notified|told)\b"],
    "tr": [r"(?:ailelerine|ailesine|yakınlarına) (?:haber|bilgi) veril(?:me|mi)\w*"],
    "zh": [r"(?:未|没有|没)(?:通知|告知)(?:其)?(?:家属|家人|亲属)"],
    "ug": [r"ئائىلىسى\w* (?:خەۋەر|ئۇچۇر) (?:بەرمەي|بېرىلمەي|بېرىلمىگەن)\w*"],
    "ru": [r"не (?:сообщив|уведомив|известив) (?:родственник\w*|семь\w*|родител\w*)|без "
           r"уведомления (?:родственник\w*|семь\w*|родител\w*)"],
    "fa": [rf"بدون (?:اطلاع|آگاهی|خبر)\S* {_FA_FAMILY}|{_FA_FAMILY}\S* (?:\S+ )?(?:بی‌خبر|"
           r"بی خبر|مطلع نشد)"],
}  # fmt: skip

# The family is the one pressing or abusing: "fled her family's abuse", "under family pressure".
FAMILY_ABUSER = {
    "en": [r"\b(?:abuse|pressure|violence|beatings?|threats?) (?:from|by) (?:her|his|their) "
           r"(?:own )?(?:family|father|relatives|parents|brothers?)\b|\bfle(?:e|d|eing) (?:from )?"
           r"(?:her|his|their) (?:abusive )?(?:family|father|relatives|parents)\b|\bdomestic "
           r"(?:violence|abuse)\b|\bforced (?:to )?marr\w*\b|\bhonou?r killing\b"],
    "tr": [r"aile(?:si|sinin|lerinin)\w* (?:baskı|şiddet|istismar)\w*|aile(?:si|lerin)den "
           r"kaç\w*|aile içi şiddet|zorla evlendir\w*|namus cinayet\w*"],
    "zh": [r"家庭暴力|家暴|逃离(?:了)?(?:她的|他的)?(?:家庭|家人)|(?:家人|父亲|家庭)的(?:虐待|施压|"
           r"暴力)|逼婚|强迫(?:她)?结婚"],
    "ug": [r"ئائىلە زوراۋانلىقى\w*|ئائىلىسىدىن قاچ\w*|مەجبۇرىي نىكاھ\w*"],
    "ru": [r"домашн\w* насили\w*|бежа\w* от (?:своей )?(?:семьи|родных|отца|родственников)|"
           r"насили\w* со стороны (?:семьи|родных|отца|родственников)|принудительн\w* брак\w*"],
    "fa": [rf"(?:زیر|تحت) فشار {_FA_FAMILY}|(?:آزار|خشونت|بدرفتاری)\S*(?: (?:جسمی|روانی|"
           rf"جنسی)(?: و (?:جسمی|روانی|جنسی))?)? {_FA_FAMILY}|از {_FA_FAMILY}\S* (?:\S+ )?"
           r"(?:گریخت|فرار کرد)|خشونت خانگی|ازدواج اجباری|قتل ناموسی"],
}  # fmt: skip

# Posing for a photograph, not being photographed by agents.
POSED_FOR_PHOTO = {
    "en": [r"\bpos(?:ed|ing|es) (?:for (?:a )?(?:photos?|pictures?|photographs?)|with)\b"],
    "tr": [r"(?:ile|yanında) (?:\S+\s+){0,2}?(?:fotoğraf|poz) (?:çektir|ver)\w*|poz ver\w*"],
    "zh": [r"合影|合照|摆拍"],
    "ug": [r"بىللە سۈرەتكە چۈش\w*|خاتىرە سۈرەت\w*"],
    "ru": [r"позирова\w*|сфотографирова\w*(?:ся|сь) (?:с|рядом)"],
    "fa": [r"(?:کنار|همراه|در کنار|با) (?:\S+\s+){1,3}?عکس (?:گرفت|انداخت|یادگاری)|عکس یادگاری"],
}  # fmt: skip

# A hack of or attack on an installation: water, power, fuel, industrial control systems.
INFRASTRUCTURE = {
    "en": [r"\b(?:water (?:utility|utilities|authority|system|systems|plant|plants|facility|"
           r"facilities|treatment|supply|station)|power (?:grid|plant|station|utility)|electric "
           r"(?:grid|utility)|pipeline|critical infrastructure|industrial control|booster "
           r"station|pumping station|dam|refinery|nuclear (?:plant|facility))\b"],
    "tr": [r"su (?:idaresi|şebekesi|tesis\w*|arıtma\w*|dağıtım\w*)|elektrik şebeke\w*|enerji "
           r"(?:santral|tesis)\w*|boru hatt\w*|kritik altyapı\w*|altyapı\w*|pompa istasyon\w*|"
           r"baraj\w*|rafineri\w*"],
    "zh": [r"供水|水务|水厂|自来水|污水处理|电网|发电厂|电厂|输油管|输气管|关键基础设施|基础设施|"
           r"工业控制|泵站|水坝|炼油厂"],
    "ug": [r"سۇ تەمىنلەش\w*|سۇ ئىدارى\w*|توك (?:تورى|ئىستانسى)\w*|ئۇل ئەسلىھە\w*|نېفىت تۇرۇبى\w*"],
    "ru": [r"водоснабжени\w*|водоканал\w*|водоочист\w*|энергосет\w*|электросет\w*|"
           r"электростанц\w*|трубопровод\w*|критическ\w* инфраструктур\w*|инфраструктур\w*|"
           r"насосн\w* станц\w*|плотин\w*|нефтеперерабатыва\w*"],
    "fa": [r"(?:اداره|شرکت|سامانه|شبکه|تأسیسات|تاسیسات)\S* آب\b|تصفیه‌خانه|تصفیه خانه|"
           r"ایستگاه\S* (?:تقویت فشار|پمپاژ)|شبکه\S* برق|نیروگاه|خط لوله|زیرساخت|پالایشگاه|"
           r"(?<!\S)سد\b"],
}  # fmt: skip

# The person wounded is one of the state's own forces: "had wounded a police officer", the
# charge a state brings against a protester at home, not an attack on its people abroad.
AGENT_WOUNDED = {
    "en": [r"\b(?:wounded|injured|stabbed|attacked|assaulted) (?:an? |one of the |two |several )?"
           r"(?:police ?(?:man|men|officers?)|officers?|security (?:forces|officers?|guards?)|"
           r"soldiers?|members? of the (?:security forces|militia|basij|police))\b"],
    "tr": [r"(?:polis|asker|güvenlik görevli|bekçi|jandarma)\w* (?:\S+\s+)?"
           r"(?:yarala|bıçakla)\w*"],
    "zh": [r"(?:刺伤|打伤|砍伤|袭击)(?:了)?(?:一名|多名|两名)?"
           r"(?:警察|警员|安全部队|士兵|军人|民兵)"],
    "ug": [r"(?:ساقچى|ئەسكەر|خەۋپسىزلىك خادىم)\w* (?:\S+\s+)?يارىلاندۇر\w*"],
    "ru": [r"(?:ранил\w*|ранение|напал\w* на) (?:\S+\s+)?(?:полицейск\w*|сотрудник\w* "
           r"(?:полиции|силовых|спецслужб)|военнослужащ\w*|силовик\w*)"],
    "fa": [r"(?:نیروهای|نیروی|مأموران|ماموران|مأمور|مامور|پلیس|سرباز|بسیج)\S* (?:\S+ ){0,4}?"
           r"(?:زخمی|مجروح) (?:کرد|کرده)"],
}  # fmt: skip

# Visa restrictions on a state's officials: the acts named are the grounds of the measure, read
# like the sanctions of rules/lookalikes.py (an entry restriction on officials, not an exit ban
# on relatives, which is a tactic).
VISA_RESTRICTIONS = {
    "en": [r"\bvisa (?:restrictions?|bans?|sanctions)\b|\brestrict(?:s|ed|ing)? visas\b"],
    "tr": [r"vize (?:kısıtlama|yasağ|yaptırım)\w*"],
    "zh": [r"签证限制|限制签证|签证制裁|拒发签证"],
    "ug": [r"ۋىزا (?:چەكلىمى|چەكلەش|جازا)\w*"],
    "ru": [r"визов\w* (?:ограничени|санкци|запрет)\w*|ограничени\w* на выдачу виз"],
    "fa": [r"(?:محدودیت|ممنوعیت|تحریم)\S* (?:صدور )?(?:ویزا|روادید)"],
}  # fmt: skip

# A person pushed *out of* the country, or who destroyed her own passport to stay: a forced
# exile attempted at home, not a transfer back to the origin (rendition) nor a state's denial
# of papers (passport_consular_denial).
EXPELLED_FROM_HOME = {
    "en": [r"\b(?:expel|force|push|drive)\w* (?:her|him|them) (?:out )?(?:from|of) (?:the|her "
           r"own|his own|their own) country\b|\btore up (?:her|his|their) (?:own )?passports?\b"],
    "tr": [r"(?:ülke|yurt) dışına (?:çıkar|sürgün|at)\w*|pasaport\w* yırt\w*"],
    "zh": [r"(?:逐出|赶出)(?:国门|祖国)|撕(?:毁|碎|掉)(?:了)?(?:自己的)?护照"],
    "ug": [r"چېگرا سىرتىغا (?:قوغلا|چىقىر)\w*|پاسپورت\w* (?:\S+\s+)?يىرت\w*"],
    "ru": [r"(?:выдвор|выслат|выгнат|вытолкну)\w* (?:\S+\s+)?из страны|порвал\w* (?:свой )?"
           r"паспорт\w*"],
    "fa": [r"(?:از کشور|به خارج از کشور) (?:\S+\s+)?(?:اخراج|تبعید|بیرون)|(?:گذرنامه|پاسپورت)\S* "
           r"(?:خود )?(?:را )?پاره"],
}  # fmt: skip

FAMILY_VETOED: dict[str, frozenset[str]] = {
    "family_uninformed": frozenset({"threat_to_family"}),
    "family_abuser": frozenset({"threat_to_family"}),
    "posed_for_photo": frozenset({"surveillance"}),
    "infrastructure": frozenset({"hacking_spyware", "assault"}),
    "agent_wounded": frozenset({"assault"}),
    "visa_restrictions": ALL_TACTICS,
    "expelled_from_home": frozenset({"rendition", "passport_consular_denial"}),
}
FAMILY_VETO_PATTERNS: dict[str, dict[str, list[str]]] = {
    "family_uninformed": FAMILY_UNINFORMED,
    "family_abuser": FAMILY_ABUSER,
    "posed_for_photo": POSED_FOR_PHOTO,
    "infrastructure": INFRASTRUCTURE,
    "agent_wounded": AGENT_WOUNDED,
    "visa_restrictions": VISA_RESTRICTIONS,
    "expelled_from_home": EXPELLED_FROM_HOME,
}
