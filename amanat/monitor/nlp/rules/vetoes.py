"""Vetoes: sentences whose tactic words name no act done to the diaspora for the origin state.

A tactic rule reads a word ("arrested", "deportation", "shot dead"); the sentence around it can
say the act was only feared or denied, that the people arrested were the state's own agents,
that the person killed was a relative (coercion by proxy, tagged as threat_to_family), that a
"threat" was a bomb hoax, or that a person seized was flown off (a rendition, not a
deportation). A veto drops the tactics it names from the sentence it fires in; the same tactic
found in another sentence of the text still counts. Written from the codebook's definitions
(design/taxonomy.md) in every language the monitor reads, never from one article's wording;
the invented sentences that check them are ``tests/test_precision_vetoes.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from amanat.monitor.nlp.literals import Found
from amanat.monitor.nlp.rules import Rule, Sieve, for_language, holds, make_rules
from amanat.monitor.nlp.rules.lawful_acts import (
    LAWFUL_ACTS_VETO_PATTERNS,
    LAWFUL_ACTS_VETO_UNLESS,
    LAWFUL_ACTS_VETOED,
)
from amanat.monitor.nlp.rules.tactics_conditions_and_offers import RELATIVES_TAKEN
from amanat.monitor.nlp.rules.tactics_neighbours import (
    NEIGHBOURS_VETO_PATTERNS,
    NEIGHBOURS_VETO_UNLESS,
    NEIGHBOURS_VETOED,
)
from amanat.monitor.nlp.rules.vetoes_family import FAMILY_VETO_PATTERNS, FAMILY_VETOED
from amanat.monitor.nlp.rules.vetoes_not_done_abroad import NOT_DONE_ABROAD_VETOES
from amanat.monitor.nlp.rules.vetoes_plain_words import PLAIN_WORD_VETOES
from amanat.monitor.nlp.rules.vetoes_risk_and_purpose import RISK_AND_PURPOSE_VETOES

_DIRECT = frozenset({"detention", "deportation", "rendition", "extradition_request"})

# The act is feared or risked, not done: "risked deportation", "where they fear arrest". An
# extradition one "faces" is a request already made (the codebook's extradition_request), so
# only a denial drops it.
_NOT_DONE = {
    "en": [r"\b(?:risk(?:s|ed|ing)?|fears?|feared|fearing|faces?|faced|facing|danger of|threat of|"
           r"could be|might be|may be)\s+(?:of |possible |imminent |likely |further |being |the )*"
           r"(?:deport\w*|extradit\w*|arrest(?:ed)?\b|detention|detained|sent back|forcibly "
           r"returned|handed over)"],
    "tr": [r"(?:sınır dışı|iade|gözaltı|tutuklan|geri gönderil|teslim)\w*\s+(?:\S+\s+){0,2}?"
           r"(?:risk\w*|tehlike\w*|korku\w*|kork(?:uyor|tuk|an)\w*|endişe\w*)"],
    "zh": [r"(?:面临|担心|害怕|恐遭|恐被|可能被|或将被|有被).{0,8}"
           r"(?:遣返|驱逐|引渡|逮捕|拘留|送回|移交)"],
    "ug": [r"(?:قايتۇرۇلۇش|تۇتۇلۇش|ئۆتكۈزۈپ بېرىلىش|قولغا ئېلىنىش)\w*\s+(?:خەۋپى|خەتىرى|قورق)"
           r"\w*"],
    "ru": [r"(?:риск\w*|опасност\w*|грозит|грозила|грозят|может быть|могут быть|"
           r"бо(?:ится|ятся|ялся|ялись)|опаса\w*)\s+(?:\S+\s+){0,2}?(?:депорт\w*|высылк\w*|выдач\w*|экстради\w*|ареста|"
           r"задержани\w*|выдан\w*|выслан\w*)"],
    "fa": [r"(?:خطر|بیم|ترس)\s+(?:\S+\s+){0,2}?(?:اخراج|دیپورت|استرداد|بازداشت|بازگرداندن|تحویل)|"
           r"(?:اخراج|دیپورت|استرداد|بازداشت|بازگرداندن|تحویل)\S*\s+(?:\S+\s+){0,3}?(?:می‌ترس|"
           r"میترس)"],
}  # fmt: skip
# The act is denied: "the minister denied that anyone had been extradited".
_DENIED = {
    "en": [r"\bdenie[sd] (?:that|any|having|it had)\b.{0,40}?(?:extradit|deport|arrest|detain|"
           r"handed)"],
    "tr": [r"(?:sınır dışı|iade|gözaltı|tutuklan|geri gönderil|teslim)\w*\s+(?:\S+\s+){0,2}?"
           r"(?:yalanla\w*|inkâr\w*|inkar\w*)"],
    "zh": [r"否认.{0,12}(?:遣返|驱逐|引渡|逮捕|拘留|送回|移交)"],
    "ug": [r"(?:قايتۇرۇلۇش|تۇتۇلۇش|ئۆتكۈزۈپ بېرىلىش|قولغا ئېلىنىش|ئۆتكۈزۈپ بېرىش)\w*\s+(?:\S+\s+)?"
           r"ئىنكار\w*"],
    "ru": [r"(?:отрица|опроверг)\w*\s+(?:\S+\s+){0,4}?(?:выдач|экстради|депорт|передач|задержани|"
           r"арест|выда(?:н|л|в))\w*"],
    "fa": [r"(?:اخراج|دیپورت|استرداد|بازداشت|بازگرداندن|تحویل)\S*\s+(?:\S+\s+){0,3}?(?:را )?"
           r"(?:انکار|تکذیب)"],
}  # fmt: skip

# The people arrested or charged are the state's agents or assailants, not its targets: "two
# men accused of running a secret police station for …", "suspected of helping … intelligence",
# "a man with a loaded rifle was arrested".
_AGENTS_HELD = {
    "en": [r"\b(?:suspected|accused|charged|convicted|indicted)\b.{0,60}?\b(?:acting (?:as|for)|"
           r"agents? (?:of|for)|spying|espionage|lur(?:e|ed|ing))\b|"
           r"\bsuspected of helping\b.{0,40}?\b(?:intelligence|agents?|security services?)\b",
           r"\bon behalf of (?:the )?(?:[\w-]+ ){0,2}?(?:intelligence|government|state security|"
           r"ministry)\b|\b(?:secret|undeclared|overseas|illegal) police stations?\b",
           r"\b(?:man|men|gunman|gunmen|attacker|assailant|suspect)s? (?:armed )?with an? "
           r"(?:loaded )?(?:[\w-]+ )?(?:rifle|gun|pistol|handgun|knife|weapon)\b"],
    "tr": [r"(?:adına|hesabına)\s+(?:\S+\s+){0,6}?(?:şüphelen\w*|suçlan\w*|itham\w*)|"
           r"(?:şüphelen\w*|suçlan\w*|itham\w*).{0,40}(?:ajan\w*|casus\w*|istihbarat\w*)|"
           r"casus\w*\s+(?:\S+\s+){0,2}?(?:iddia\w*|öne sürül\w*|şüphe\w*|gerekçesiyle)|"
           r"(?:gizli|yasadışı|kayıt dışı) polis (?:karakol|merkez|istasyon)\w*|"
           r"silahlı bir (?:adam|kişi)|tüfekl\w*"],
    "zh": [r"(?:指控|涉嫌|被控|被指).{0,30}(?:为|替|代表).{0,12}"
           r"(?:政府|情报|公安|国安|安全部|特工)|"
           r"(?:指控|涉嫌|被控|被指).{0,20}(?:间谍|特工|代理人)|(?:海外|秘密|非法)警务站|"
           r"持.{0,6}(?:步枪|枪支|手枪|刀)的(?:男子|人)"],
    "ug": [r"(?:گۇمانلى|ئەيىبل)\w*.{0,40}(?:جاسۇس|ئاگېنت|ئىشپىيون)\w*|"
           r"(?:جاسۇس|ئاگېنت|ئىشپىيون)\w*.{0,40}(?:گۇمانلى|ئەيىبل)\w*|"
           r"(?:مەخپىي|قانۇنسىز) ساقچى پونكىت\w*|مىلتىق\w*"],
    "ru": [r"(?:подозрева\w*|обвиня\w*|обвинен\w*|обвинён\w*).{0,60}(?:агент\w*|шпион\w*|"
           r"в интересах|по заданию|на (?:разведк|спецслужб)\w*)|(?:тайн|нелегальн|незаконн|"
           r"подпольн)\w* (?:полицейск\w* (?:участ|пункт|станц)\w*|пункт\w* полиции)|"
           r"(?<!\w)с (?:заряженн\w* )?(?:автоматическ\w* )?(?:винтовк\w*|оружием|пистолет\w*)"],
    "fa": [r"(?:به اتهام|متهم)\S*.{0,40}(?:جاسوسی|عامل|ماموران|مأموران|برای (?:سازمان )?اطلاعات)|"
           r"(?:از طرف|به نمایندگی از) (?:سازمان |وزارت )?اطلاعات|"
           r"ایستگاه(?:‌های| های)? (?:پلیس )?(?:مخفی|غیرقانونی)|مسلح به|تفنگ"],
}  # fmt: skip

# The person killed or wounded is a relative of the one the state pursues: coercion by proxy
# (threat_to_family), not an attack on the target. Relative and act close together.
_RELATIVE_HARMED = {
    "en": [r"\b(?:killed|shot(?: dead)?|murdered|wounded|injured|beat|beaten|stabbed) "
           r"(?:\w+ ){0,2}?(?:relatives?|family members?|brothers?|sisters?|fathers?|mothers?|"
           r"sons?|daughters?|cousins?|nephews?|uncles?) of\b",
           r"\b(?:relatives?|family members?|brother|sister|father|mother|son|daughter|cousin|"
           r"nephew|uncle)(?: of (?:[\w-]+ ){1,5}?)? (?:was|were) (?:\w+ )?(?:killed|shot|murdered|"
           r"wounded|injured|beaten|stabbed)\b"],
    # The gap holds no verb of saying: "his mother said he was killed" is about him.
    "tr": [r"(?<!\w)(?:akraba|kardeş|kuzen|yeğen|amca|dayı|baba|anne|oğl|kız)\w*\s+"
           r"(?:(?!\S*(?:söyle|açıkla|dedi))\S+\s+){0,2}?(?:öldürül|yaralan|vurul)\w*"],
    "zh": [r"(?:亲属|家人|亲人|家属|兄弟|姐妹|父亲|母亲|堂兄|表兄|侄子)[^，。；,说称表示]{0,10}"
           r"(?:遇害|被杀|杀害|打死|枪杀|打伤|受伤)|(?:杀害|打死|枪杀|打伤)[^，。；,]{0,10}"
           r"(?:亲属|家人|亲人|家属)"],
    "ug": [r"(?<!\w)(?:تۇغقان|قېرىنداش|ئاكى|ئىنى|ئاچى|سىڭلى|جىيەن|ئاتى|ئانى)\w*\s+"
           r"(?:(?!ئۇنىڭ|ئۇ\s|\S*ئېيت)\S+\s+){0,2}?(?:ئۆلتۈرۈل|يارىلان|ئېتىپ ئۆلتۈر)\w*"],
    "ru": [r"(?<!\w)(?:родственник\w*|брат(?:а|у|ом|ья|ьев)?|сестр\w*|отц\w*|отец|матер\w*|"
           r"сын(?:а|у|ом|овья|овей)?|племянни\w*|двоюродн\w*)\s+(?:(?!\S*(?:сказал|заявил|сообщил|"
           r"рассказал))\S+\s+){0,3}?(?:убит\w*|застрелен\w*|ранен\w*)|(?<!\w)(?:убили|застрелили|"
           r"ранили)\s+(?:\S+\s+){0,2}?(?:родственник\w*|брат\w*|сестр\w*|отц\w*|племянни\w*)"],
    "fa": [r"(?:بستگان|خویشاوند|اعضای خانواده|برادر|خواهر|پدر|مادر|پسرعمو|برادرزاده)\S*"
           r"\s+(?:(?!\S*گفت)\S+\s+){0,6}?(?:کشته|به قتل|مجروح|زخمی)"],
}  # fmt: skip

# Stabbed, beaten or shot to death: a killing (assassination), not also an assault.
_KILLED_BY = {
    "en": [r"\b(?:stabbed|beaten|bludgeoned|hacked|kicked) to death\b|\bstabbed (?:\w+ )?dead\b"],
    "tr": [r"(?:bıçaklanarak|dövülerek|darp edilerek) öldürül\w*"],
    "zh": [r"刺死|捅死|打死|殴打致死|砍死"],
    "ug": [r"ئۇرۇپ ئۆلتۈر\w*|پىچاقلاپ ئۆلتۈر\w*"],
    "ru": [r"(?:забит|избит)\w* до смерти|зарезан\w*|заколот\w*"],
    "fa": [r"(?:با چاقو|با ضربات چاقو|با ضرب و شتم|زیر کتک)\S*\s+(?:\S+\s+)?(?:کشته|به قتل)"],
}  # fmt: skip

# A bomb hoax or a terror alert is no threat to the person.
_BOMB_THREAT = {
    "en": [r"\bbomb (?:threat|scare|alert)s?\b|\bthreat of (?:a |an )?(?:bomb|explosion)\b"],
    "tr": [r"bomba (?:ihbar|tehdid|alarm)\w*"],
    "zh": [r"(?:炸弹|爆炸)威胁"],
    "ug": [r"بومبا\w*"],
    "ru": [r"угроз\w* (?:взрыва|теракта|минирования)|минировани\w*"],
    "fa": [r"تهدید (?:بمب|انفجار)"],
}  # fmt: skip

# Seized, abducted or lured and then flown or sent: an irregular transfer (rendition), not a
# deportation, unless the sentence says deported or expelled.
_SEIZED_THEN_SENT = {
    "en": [r"\b(?:seized|abducted|kidnapped|snatched|bundled|lured)\b"],
    "tr": [r"kaçırıl\w*|kaçırarak"],
    "zh": [r"绑架|劫持|诱骗|抓获并(?:带回|押回)"],
    "ug": [r"بۇلاپ كېتىل\w*|ئوغرىلاپ كېتىل\w*"],
    "ru": [r"похищ\w*|похит\w*|схвач\w*|схватил\w*"],
    "fa": [r"ربوده|ربودن|آدم‌ربایی"],
}  # fmt: skip
_SAYS_DEPORTED = {
    "en": [r"\b(?:deport\w*|refoul\w*|expell?ed|forcibly (?:returned|repatriated))\b"],
    "tr": [r"sınır dışı|zorla\s+(?:\S+\s+){0,2}?(?:geri gönderil|iade edil)\w*"],
    "zh": [r"遣返|驱逐"], "ug": [r"قوغلاپ|زورلاپ قايتۇرۇل"],
    "ru": [r"депорт\w*|выдвор\w*|высл\w*|принудительно (?:верну|возвра)"],
    "fa": [r"اخراج|دیپورت|به زور.{0,30}بازگردان"],
}  # fmt: skip

# Forcibly returned or handed over (refouled: a deportation), with no word of an abduction.
_FORCED_RETURN = {
    "en": [r"\bforcibly (?:returned|repatriated|sent back)\b"],
    "tr": [r"zorla (?:geri gönderil|iade edil|sınır dışı)\w*"],
    "zh": [r"强行.{0,10}(?:遣返|移交|送回|交给|交还)|强制遣返"],
    "ug": [r"زورلاپ قايتۇرۇل\w*"],
    "ru": [r"принудительно (?:верну|возвра|депорт)\w*"],
    "fa": [r"به زور.{0,30}(?:بازگردان|تحویل|اخراج)"],
}  # fmt: skip
_SAYS_ABDUCTED = {
    "en": [r"\b(?:abduct\w*|kidnap\w*|snatched|seized|lured|rendition|disappeared)\b"],
    "tr": [r"kaçır\w*"], "zh": [r"绑架|劫持|诱骗|秘密|失踪"], "ug": [r"بۇلاپ|ئوغرىلاپ|غايىب"],
    "ru": [r"похищ\w*|похит\w*|схвач\w*"], "fa": [r"ربود|ربایی|ناپدید"],
}  # fmt: skip

# Sent to prison is a sentence served, not a transfer between states.
_TO_PRISON = {
    "en": [r"\b(?:sent|taken|transferred) to (?:a )?(?:prison|jail)\b"],
    "tr": [r"(?:cezaevine|hapishaneye|tutukevine) (?:gönderil|götürül|sevk)\w*"],
    "zh": [r"(?:送往|送进|送入|押往|关进)(?:监狱|看守所)"],
    "ug": [r"تۈرمى(?:گە|سىگە) (?:ئەۋەتىل|سولان)\w*"],
    "ru": [r"(?:отправ\w*|помещ\w*|этапирова\w*) (?:в|во) (?:тюрьм\w*|колони\w*|СИЗО)"],
    "fa": [r"به زندان (?:فرستاده|منتقل)"],
}  # fmt: skip

# Russian "выдать" is both to extradite and to issue: warrants or passports issued.
_ISSUED = {
    "ru": [
        r"(?:ордер|паспорт|виз|документ)\w*\s+(?:\S+\s+){0,4}?выдан\w*|"
        r"выда(?:н|ны|ли|л|ла)\s+(?:\S+\s+){0,2}?(?:ордер|паспорт|виз|документ)\w*"
    ]
}

# rules-10. What the person would face if sent back ("would face torture and threats to their
# lives if sent back", iade edilirse, 一旦被遣返, در صورت اخراج): feared, not done.
_IF_RETURNED = {
    "en": [r"\bif (?:(?:he|she|they) (?:were|was|is|are) )?(?:sent back|returned|deported|"
           r"extradited|handed over|forced to return)\b"],
    "tr": [r"(?:teslim|iade|sınır dışı|geri gönder)\w*\s+(?:edilirse|edilmesi halinde)"],
    "zh": [r"(?:如果|若|一旦|假如)被(?:遣返|引渡|送回|移交)"],
    "ru": [r"в случае (?:\S+\s+)?(?:депортаци|выдачи|экстрадици|высылк)\w*|"
           r"если (?:его|её|ее|их) (?:вышлют|выдадут|депортируют|вернут)"],
    "ug": [r"قايتۇرۇلسا|قايتۇرۇپ بېرىلسە"],
    "fa": [r"در صورت (?:بازگرداندن|اخراج|استرداد|تحویل)"],
}  # fmt: skip

# An act announced as what would happen if or unless ("warned that he would be handed
# over unless he stopped", "would face prison if sent back", "did not rule out handing her
# over"): a threat or a risk, not the act.
_WOULD_BE = {
    "en": [r"\bwould be (?:\w+ )?(?:handed|deported|sent back|returned|extradited|arrested|"
           r"detained|abducted)\b|\b(?:did|does|do) not rule out\b"],
    "tr": [r"(?:teslim|iade|sınır dışı|geri gönder)\w*\s+edileceği|"
           r"olasılığını (?:dışlamadı|göz ardı etmedi)"],
    "zh": [r"(?:如果|若|一旦|否则)[^。；]{0,40}(?:就|将|会)[^。；]{0,6}被(?:移交|遣返|驱逐|引渡|"
           r"逮捕|拘留|送回)|(?:没有|并未|未|不)排除"],
    "ru": [r"(?:выдадут|вышлют|депортируют|арестуют|задержат|передадут)[^.;]{0,60}если|"
           r"если[^.;]{0,60}(?:выдадут|вышлют|депортируют|арестуют|задержат|передадут)|"
           r"не исключ\w*"],
    "ug": [r"(?:تاپشۇرۇپ|قايتۇرۇپ|ئۆتكۈزۈپ) بېرىلىدىغان\w*|تۇتۇلسا"],
    "fa": [r"اگر[^.؛]{0,40}"
           r"(?:بازگردانده|اخراج|مسترد|تحویل) شو"],
}  # fmt: skip

# No extradition took place ("no extradition hearing was held", "without any extradition
# proceedings"): the mark of a rendition, not a request.
_NO_EXTRADITION = {
    "en": [r"\bno (?:formal )?extradition\b|\bwithout (?:an? |any )?(?:formal |legal )?"
           r"extradition\b|\bbypass\w* (?:the )?extradition\b|\boutside (?:the |any )?"
           r"(?:formal )?extradition\b"],
    "tr": [r"hiçbir iade|iade (?:süreci|prosedürü|işlemi)\w*\s+(?:\S+\s+)?(?:işletilmedi|"
           r"olmadan|yapılmadı)|iade (?:süreci )?olmaksızın"],
    "zh": [r"未经(?:任何)?(?:正式)?引渡|没有(?:经过|进行)?(?:任何)?(?:正式)?引渡|绕过引渡"],
    "ru": [r"никак\w* (?:\S+\s+){0,2}?экстради\w*|без (?:\S+\s+){0,2}?экстради\w*|"
           r"в обход (?:\S+\s+)?экстради\w*"],
    "ug": [r"ھېچقانداق (?:\S+\s+){0,2}?(?:ئۆتكۈزۈپ|قايتۇرۇپ) بېرىش"],
    "fa": [r"بدون (?:\S+\s+){0,2}?استرداد|هیچ (?:\S+\s+){0,2}?استرداد"],
}  # fmt: skip

# The person is charged with espionage: a charge against the target, not a request to spy.
_SPYING_CHARGE = {
    "en": [r"\b(?:charged|accused|convicted|indicted|sentenced)\b.{0,30}?\b(?:espionage|spying)\b|"
           r"\bespionage charges?\b"],
    "tr": [r"casusluk\w*\s+(?:\S+\s+){0,4}?(?:suç\w*|itham\w*|ceza\w*)|"
           r"(?:suçla|itham)\w*\s+(?:\S+\s+){0,3}?casusluk"],
    "zh": [r"间谍罪|以间谍.{0,8}(?:指控|起诉|罪名|判处)|(?:指控|起诉)(?:他|她|其)?(?:从事)?间谍"],
    "ru": [r"(?:обвин|осужд|приговор)\w*\s+(?:\S+\s+){0,4}?(?:в )?шпионаж\w*|"
           r"шпионаж\w*\s+(?:\S+\s+){0,2}?(?:обвинени|статье|делу)\w*"],
    "ug": [r"جاسۇسلۇق\w*\s+(?:\S+\s+){0,3}?(?:جىنايى|ئەيىبل|گۇناھ)\w*"],
    "fa": [r"(?:به )?اتهام جاسوسی|جاسوسی متهم"],
}  # fmt: skip

# A killing named as what the person spoke or wrote about ("tweets about the crown prince's role
# in the murder of a journalist"): the topic of speech, not an act against the person.
_SPOKE_OF_KILLING = {
    "en": [r"\b(?:tweets?|posts?|comments?|remarks|articles?|reporting|writings?|criticism|book|"
           r"documentary|investigation) (?:\w+ ){0,2}?(?:about|on|over|into|criticising|"
           r"criticizing|of)\b.{0,60}?\b(?:murder|killing|assassination)\b"],
    "tr": [r"(?:tweet|paylaşım|yazı|makale|eleştiri)\w*\s+.{0,60}?"
           r"(?:cinayet|öldürülme|suikast)\w*"],
    "zh": [r"(?:推文|帖子|文章|评论|报道|批评)[^。；]{0,30}(?:遇害|谋杀|杀害|暗杀)"],
    "ru": [r"(?:твит|пост|стат|публикаци|комментари|критик)\w*\s+(?:\S+\s+){0,2}?о\s.{0,60}?"
           r"убийств\w*"],
    "ug": [r"(?:تىۋىت|يازما|ماقالە|ئىنكاس)\w*.{0,60}?(?:ئۆلتۈرۈل|قەتل|سۇيىقەست)\w*"],
    "fa": [r"(?:توییت|پست|مقاله|گزارش|انتقاد)\S*\s+(?:\S+\s+){0,3}?درباره.{0,60}?(?:قتل|کشتن|"
           r"ترور)"],
}  # fmt: skip

# An arrest asked for, not made ("Interpol notice for his arrest": tutuklanması için).
_ARREST_SOUGHT = {
    "tr": [r"(?:tutuklanması|yakalanması|gözaltına alınması)\w*\s+(?:için|talebi\w*|amacıyla)"],
    "ug": [r"(?:تۇتۇش|قولغا ئېلىش) (?:ئۈچۈن|تەلىپى)"],
}

# "To silence" said of a motive ("charges made up to silence him", чтобы заставить её
# замолчать) is no demand made to the person.
_TO_SILENCE = {
    "tr": [r"sustur(?:mak|mayı) (?:için|amacıyla|istiyor)"],
    "ru": [r"чтобы (?:\S+\s+){0,2}?заставить (?:\S+\s+){0,3}?замолчать"],
}


# rules-11. A killing counted in hundreds or thousands ("800,000 Tutsi were killed"): a war or
# a genocide the text recalls, not the killing of a person (assassination) or an assault. Only
# number words or grouped digits count: a bare "2015" is a year ("killed in 2015 in Almere").
_MANY_KILLED = {
    "en": [r"\b(?:hundreds|thousands|millions|\d{1,3}(?:,\d{3})+|\d+ (?:hundred|thousand|"
           r"million))\b(?: \S+){0,6}? (?:were |had been |people )?(?:killed|massacred|"
           r"slaughtered)\b|"
           r"\b(?:killed|massacred|slaughtered) (?:\w+ ){0,2}?(?:hundreds|thousands|millions|"
           r"\d{1,3}(?:,\d{3})+)\b"],
    "tr": [r"(?:yüzlerce|binlerce|milyonlarca|\d+ (?:bin|milyon)|\d{1,3}(?:\.\d{3})+)\s+"
           r"(?:\S+\s+){0,5}?(?:öldürül|katledil|katliam)\w*"],
    "zh": [r"(?:数百|数千|数万|数十万|上千|上万|\d+万|\d{1,3}(?:,\d{3})+)[^。；]{0,10}"
           r"(?:遇害|被杀|丧生|屠杀|遇难)"],
    "ug": [r"(?:يۈزلىگەن|مىڭلىغان|\d+ مىڭ)\s+(?:\S+\s+){0,5}?(?:ئۆلتۈرۈل|قىرغىن)\w*"],
    "ru": [r"(?:сотни|сотен|тысяч\w*|миллион\w*)\s+(?:\S+\s+){0,5}?(?:убит\w*|погибл\w*|"
           r"уничтожен\w*)|(?:убит\w*|погибл\w*|уничтожен\w*)\s+(?:\S+\s+){0,2}?(?:сотни|сотен|"
           r"тысяч\w*|миллион\w*)"],
    "fa": [r"(?:صدها|هزاران|هزار|میلیون)\s+(?:\S+\s+){0,8}?(?:کشته|قتل‌عام)"],
}  # fmt: skip

# rules-11. Idioms built on a verb of holding: Uyghur "كۆزدە تۇتۇلغان" (envisaged, "held in the
# eye"), Turkish "göz önünde tutul" (borne in mind), English "held talks": no one detained.
_HELD_IDIOM = {
    "en": [r"\bheld (?:talks|a (?:meeting|rally|vigil|press conference|news conference|"
           r"ceremony|referendum|vote))\b"],
    "tr": [r"göz önünde tutul\w*|akılda tutul\w*"],
    "ug": [r"كۆزدە تۇتۇل\w*|ئېسىدە تۇتۇل\w*"],
}  # fmt: skip


def _vetoes(
    name: str,
    by_language: Mapping[str, list[str]],
    *,
    unless: Mapping[str, list[str]] | None = None,
) -> list[Rule]:
    patterns = {lang: list(entries) for lang, entries in by_language.items()}
    return make_rules("veto", name, patterns, none_of=unless)


# Which tactics each veto drops from the sentence it fires in.
VETOED: dict[str, frozenset[str]] = {
    "not_done": frozenset({"detention", "deportation", "rendition"}),
    "denied": _DIRECT,
    "agents_held": frozenset({"detention", "informant_recruitment"}),
    "relative_harmed": frozenset({"assault", "assassination"}),
    "bomb_threat": frozenset({"direct_threat"}),
    "killed_by": frozenset({"assault"}),
    "seized_then_sent": frozenset({"deportation"}),
    "forced_return": frozenset({"rendition"}),
    "to_prison": frozenset({"deportation", "rendition"}),
    "issued": frozenset({"deportation"}),
    "would_be": frozenset({"detention", "deportation", "rendition"}),
    "if_returned": frozenset(
        {"detention", "deportation", "rendition", "direct_threat", "assault", "assassination"}
    ),
    "no_extradition": frozenset({"extradition_request"}),
    "spying_charge": frozenset({"informant_recruitment"}),
    "spoke_of_killing": frozenset({"assassination", "assault"}),
    "arrest_sought": frozenset({"detention"}),
    "to_silence": frozenset({"silencing_demand"}),
    "many_killed": frozenset({"assassination", "assault"}),
    "held_idiom": frozenset({"detention"}),
    "relatives_taken": frozenset({"rendition"}),
    **FAMILY_VETOED,
    **NEIGHBOURS_VETOED,
    **LAWFUL_ACTS_VETOED,
    **{
        name: codes
        for name, (_p, _u, codes) in (
            NOT_DONE_ABROAD_VETOES | RISK_AND_PURPOSE_VETOES | PLAIN_WORD_VETOES
        ).items()
    },
}
VETO_RULES: list[Rule] = (
    _vetoes("not_done", _NOT_DONE)
    + _vetoes("denied", _DENIED)
    + _vetoes("agents_held", _AGENTS_HELD)
    + _vetoes("relative_harmed", _RELATIVE_HARMED)
    + _vetoes("bomb_threat", _BOMB_THREAT)
    + _vetoes("killed_by", _KILLED_BY)
    + _vetoes("seized_then_sent", _SEIZED_THEN_SENT, unless=_SAYS_DEPORTED)
    + _vetoes("forced_return", _FORCED_RETURN, unless=_SAYS_ABDUCTED)
    + _vetoes("to_prison", _TO_PRISON)
    + _vetoes("issued", _ISSUED)
    + _vetoes("would_be", _WOULD_BE)
    + _vetoes("if_returned", _IF_RETURNED)
    + _vetoes("no_extradition", _NO_EXTRADITION)
    + _vetoes("spying_charge", _SPYING_CHARGE)
    + _vetoes("spoke_of_killing", _SPOKE_OF_KILLING)
    + _vetoes("arrest_sought", _ARREST_SOUGHT)
    + _vetoes("to_silence", _TO_SILENCE)
    + _vetoes("many_killed", _MANY_KILLED)
    + _vetoes("held_idiom", _HELD_IDIOM)
    + _vetoes("relatives_taken", RELATIVES_TAKEN)
    + [rule for name, patterns in FAMILY_VETO_PATTERNS.items() for rule in _vetoes(name, patterns)]
    + [
        r
        for name, p in NEIGHBOURS_VETO_PATTERNS.items()
        for r in _vetoes(name, p, unless=NEIGHBOURS_VETO_UNLESS.get(name))
    ]
    + [
        rule
        for name, (pat, unless, _c) in (
            NOT_DONE_ABROAD_VETOES | RISK_AND_PURPOSE_VETOES | PLAIN_WORD_VETOES
        ).items()
        for rule in _vetoes(name, pat, unless=unless)
    ]
    + [
        r
        for name, p in LAWFUL_ACTS_VETO_PATTERNS.items()
        for r in _vetoes(name, p, unless=LAWFUL_ACTS_VETO_UNLESS.get(name))
    ]
)


@cache
def _of_language(language: str) -> Sieve:
    return Sieve(for_language(VETO_RULES, language))


def vetoed(language: str, lowered_sentence: str, found: Found | None = None) -> frozenset[str]:
    """The tactics a sentence (lower-cased) names without an act done for the origin state.
    With the literals ``found`` in the sentence, a veto whose literals are absent is skipped."""
    codes: set[str] = set()
    for rule in _of_language(language).candidates(found):
        if VETOED[rule.value] <= codes:
            continue
        if found is not None and (gate := rule.gate(found.universe)) and not holds(gate, found):
            continue  # a literal its patterns need is missing (rules.Rule.gate)
        if rule.fires(lowered_sentence, found):
            codes |= VETOED[rule.value]
    return frozenset(codes)
