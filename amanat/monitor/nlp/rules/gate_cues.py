"""Cues of the relevance gate (tagging.py) that the earlier context rules (context.py) lacked.

The gate lets a text through when its only acts are ones a state also does lawfully (an arrest,
a red notice, a removal) only if the people targeted are political; and it sets aside a text
whose lead reports a release. Two readings of news were missing, in every language:

* A person's public role is what news gives to show that they are political: an editor or a
  publisher of a site, the leader of a movement or a community, a separatist, a writer, someone
  who questioned the authorities online, charges said to be
  fabricated or meant to silence. (Asylum alone is not added: a perpetrator tried abroad had
  often been granted it.) ``POLITICAL_MORE`` adds these to ``POLITICAL_RULES``.
* A release named without being reported: rights groups *calling for* it ("urged … to release
  him", "призвали … освободить его") or a sentence's term ("three years of supervised release"):
  the person is still held, or the release is part of the punishment, not the end of the story.
  ``RELEASE_NOT_DONE`` keeps such a lead from reading as a release.
"""

from __future__ import annotations

import re

from amanat.monitor.nlp.rules import make_rules

POLITICAL_MORE = make_rules("target", "political_role", {
    "en": [r"\b(?:editors?|editor-in-chief|publishers?|(?:movement|community|opposition|"
           r"separatist|independence) leaders?|leader of (?:the|a|an) (?:\w+ ){0,3}?(?:movement|"
           r"community|party|group)|pro-independence|democracy|dissent|trumped-up|fabricated "
           r"charges?|to silence|silencing|sedition)\b"],
    "tr": [r"editör\w*|yayıncı\w*|yayın yönetmen\w*|genel yayın|demokrasi\w*|ayrılıkçı\w*|"
           r"(?:hareket|topluluk|cemaat)\w* lider\w*|lider\w* (?:\S+ ){0,2}?hareket\w*|"
           r"yazar\w*|susturmak\w*|uydurma suçlama\w*"],
    "zh": [r"编辑|主编|出版人|创办人|分离|独立运动|作家|质疑|质问|微博|推特|"
           r"社交媒体|言论自由|捏造|莫须有|噤声|(?:运动|社区|组织|反对派)(?:的)?(?:领袖|领导人)"],
    "ug": [r"مۇھەررىر\w*|نەشرىيات\w*|دېموكراتىيە\w*|بۆلگۈنچى\w*|يازغۇچى\w*|"
           r"ھەرىكىتى\w* رەھبىرى|ئىجتىمائىي تاراتقۇ\w*|ئويدۇرما\w*"],
    "ru": [r"редактор\w*|издател\w*|демократи\w*|писател\w*|лидер\w*\s+(?:\S+\s+){0,2}?"
           r"(?:движени|оппозиц|общин|сепаратист|парти)\w*|сфабрикова\w*|заставить замолчать|"
           r"мятеж\w*|клевет\w*"],
    "fa": [r"سردبیر|ناشر|دموکراسی|جنبش|جدایی[‌ ]?طلب|رهبر (?:جنبش|جامعه|گروه|حزب)|"
           r"نویسنده|تجمع|ساختگی|خاموش کردن|ساکت کردن"],
})  # fmt: skip
# Politicians and former office-holders (session 23): an ousted or former head of state or
# minister, members of parliament, a party's leader, a whistleblower. On read short reports
# the gate turned down states' pursuit of them abroad as law enforcement. Read as political only
# where the text names no crime (gate.look_alike): an ousted president wanted for money
# laundering, a former minister for fraud, are the writers' look-alikes.
POLITICIAN_RULES = make_rules("target", "politician", {
    "en": [r"\b(?:ousted|deposed|toppled|former|ex-)(?: \w+){0,2}? (?:president|prime minister|"
           r"premier|ministers?|vice[- ]president|head of state|leader|speaker|governor|mayor)\b|"
           r"\b(?:members? of parliament|MPs?|lawmakers?|parliamentarians?|legislators?|"
           r"politicians?|whistle-?blowers?|reformists?|reform activists?|party leader|"
           r"presidential candidate|(?:PTI|BNP|Awami League|party) (?:leader|chief|member)s?)\b"],
    "tr": [r"eski (?:\S+ ){0,2}?(?:cumhurbaşkan|başbakan|bakan|lider|vali|belediye başkan)\w*|"
           r"devrik\w*|milletvekil\w*|parlamenter\w*|siyasetçi\w*|politikacı\w*|muhbir\w*"],
    "zh": [r"前(?:总统|总理|首相|部长|副总统|领导人|议长)|被推翻|下台|议员|政治人物|政客|吹哨人|"
           r"党(?:的)?领导人|党魁|改革派"],
    "ug": [r"سابىق (?:\S+ ){0,2}?(?:پرېزىدېنت|باش مىنىستىر|مىنىستىر|رەھبەر)\w*|"
           r"پارلامېنت ئەزا\w*|سىياسىئون\w*|دېپۇتات\w*"],
    "ru": [r"(?:бывш\w*|экс-|свергнут\w*)\s*(?:\S+\s+){0,2}?(?:президент|премьер|министр|"
           r"лидер|глав|спикер|губернатор|мэр)\w*|депутат\w*|парламентари\w*|политик\w*|"
           r"информатор\w*"],
    "fa": [r"(?:رئیس[‌ ]?جمهور|نخست[‌ ]?وزیر|وزیر|رهبر)(?:\s+\S+){0,2}?\s+(?:سابق|پیشین|برکنار)|"
           r"نماینده(?:گان)? (?:مجلس|پارلمان)|سیاستمدار|افشاگر"],
})  # fmt: skip

# A member or leader of a party or movement the origin bans ("a leader of the banned Islamic
# Renaissance Party", "одним из руководителей запрещённой партии"), or of the Muslim Brotherhood
# (outlawed by Egypt, Saudi Arabia and the Emirates; an addition like Gülen's movement): the
# opposition, whatever charge the origin brings. Terrorist organisations are criminal cues.
POLITICAL_MORE += make_rules("target", "banned_party", {
    "en": [r"\b(?:banned|outlawed|proscribed|dissolved|forbidden) (?:[\w-]+ ){0,3}?(?:party|"
           r"parties|movement|brotherhood)\b|\bmuslim brotherhood\b"],
    "tr": [r"(?:yasaklı|yasaklanan|yasaklanmış|kapatılan|kapatılmış)\s+(?:\S+\s+){0,3}?"
           r"(?:parti|hareket)\w*|müslüman kardeşler"],
    "zh": [r"(?:被取缔|被禁|遭取缔|遭禁|非法)[^，。；]{0,10}(?:党|运动)|穆斯林兄弟会"],
    "ug": [r"(?:چەكلەنگەن|مەنئى قىلىنغان)\s+(?:\S+\s+){0,3}?(?:پارتىيە|ھەرىكەت)\w*"],
    "ru": [r"(?:запрещ[её]нн|распущенн)\w*\s+(?:\S+\s+){0,3}?(?:парти|движени)\w*|"
           r"руководител\w*\s+(?:\S+\s+){0,2}?(?:парти|движени|оппозиц)\w*|"
           r"брат\w*-мусульман"],
    "fa": [r"(?:حزب|جنبش)\S*\s+(?:\S+\s+){0,3}?(?:ممنوع|غیرقانونی|منحله)|اخوان‌?\s?المسلمین"],
})  # fmt: skip

# The English cues of POLITICAL_RULES in the other languages whose lists lacked them (session
# 20): each entry translates a cue the English list has (journalist, poet, asylum, exile,
# opposition, blogger, imam, video, post, YouTube, Tibetan, Sikh, Chechen, Gülen, Falun Gong,
# defector, rights defender), so that the gate asks the same of a text in every language. The
# gap was found by reading why Uyghur reports were missed (a journalist, a poet, asylum
# seekers turned away as lawful acts); the entries are the English list's, not those texts'.
POLITICAL_MORE += make_rules("target", "political_parity", {
    "tr": [r"blog\w*|video\w*|paylaşım\w*|sosyal medya\w*|youtube\w*|tibet\w*|sih\b|sihler\w*|"
           r"çeçen\w*|falun gong|imam\w*|iltica\w*|dissident\w*|muhalefet\w*|"
           r"hak (?:örgüt|grup|savunucu)\w*"],
    "zh": [r"博主|博客|视频|帖子|发帖|推文|油管|youtube|伊玛目|锡克|车臣|法轮功|居伦|异议|"
           r"维权|脱北"],
    "ug": [r"ژۇرنالىست\w*|شائىر\w*|پاناھلىق\w*|سۈرگۈن\w*|مۇھاجىر\w*|مۇخالىپەت\w*|"
           r"ئوپپوزىتسىيە\w*|قاچقۇن\w*|بىلوگ\w*|بلوگ\w*|ئىمام\w*|ۋىدېئو\w*|يازما\w*|"
           r"تىۋىت\w*|يۇتۇب\w*|تىبەت\w*|سىك\b|سىكلار\w*|چېچەن\w*|گۈلەن\w*|گولېن\w*|فالۇنگوڭ\w*"],
    "ru": [r"поэт\w*|имам\w*|студент\w*|видео\w*|соцсет\w*|социальн\w* сет\w*|youtube|ютуб\w*|"
           r"тибет\w*|сикх\w*|чечен\w*|гюлен\w*|фалуньгун\w*|перебежчик\w*|невозвращен\w*|"
           r"изгнан\w*|оппонент\w*|прав\w* человека"],
    "fa": [r"شاعر|ویدئو|ویدیو|شبکه[‌ ]?(?:های)?[‌ ]?اجتماعی|یوتیوب|تبتی|سیک|چچن|گولن|"
           r"فالون[‌ ]?گونگ|ناراضی|دگراندیش|پناهجو"],
})  # fmt: skip

# A release called for or a term of a sentence, not a release that happened.
RELEASE_NOT_DONE = make_rules("event", "release_not_done", {
    "en": [r"\b(?:calls? (?:for|on)|called (?:for|on)|urg\w+|demand\w*|appeal\w* (?:for|to)|"
           r"press\w* (?:for|to))\b(?: \S+){0,12}? (?:release|free)\b|\bsupervised release\b"],
    "tr": [r"serbest bırakıl\w*\s+(?:\S+\s+){0,2}?(?:çağrı|talep|iste)\w*|"
           r"serbest bırakılmasını"],
    "zh": [r"(?:呼吁|要求|敦促|促请)[^。；]{0,30}?释放|监管释放|(?:监督|附条件)释放"],
    "ug": [r"قويۇپ بېرىش\w*\s+(?:\S+\s+){0,2}?(?:چاقىر|تەلەپ)\w*|قويۇپ بېرىشكە چاقىر\w*"],
    "ru": [r"(?:призва\w*|призыва\w*|потребова\w*|требу\w*|настаива\w*)\s+(?:\S+\s+){0,20}?"
           r"освободить"],
    "fa": [r"(?:خواستار|خواهان)\s+(?:\S+\s+){0,6}?آزادی|آزادی\s+(?:\S+\s+){0,4}?(?:شدند|شد|"
           r"هستند)\s*خواستار"],
})  # fmt: skip

# The text sums the act up as the state's pursuit of its critics abroad ("a grave escalation in
# Oman's targeting of activists abroad", "海外异见人士遭到打压"): like naming transnational
# repression itself (context.EXPLICIT_RULES), in a sentence no look-alike check drops.
_WHO = {
    "en": r"(?:activists?|dissidents?|critics?|opponents?|exiles?|journalists?|diaspora|émigrés?)",
    "tr": r"(?:muhalif|aktivist|gazeteci|eleştirmen|sürgün|diaspora)\w*",
    "zh": r"(?:异见人士|活动人士|批评者|反对派|记者|流亡者|侨民|维权人士)",
    "ug": r"(?:پائالىيەتچى|ئۆكتىچى|تەنقىدچى|مۇخبىر|مۇساپىر)\w*",
    "ru": r"(?:активист|диссидент|критик|оппозиционер|журналист|эмигрант|диаспор)\w*",
    "fa": r"(?:فعالان|مخالفان|منتقدان|روزنامه‌نگاران|مهاجران|تبعیدیان)",
}
_PURSUED = {
    "en": r"(?:target\w*|hunt\w*|persecut\w*|crackdown on|campaign against|intimidat\w*|"
          r"harass\w*|surveil\w*|spying on|pursu\w*|going after|repression of)",
    "tr": r"(?:hedef al\w*|hedefle\w*|takip\w*|baskı\w*|gözetle\w*|tehdit\w*|avla\w*|zulm\w*)",
    "zh": r"(?:打压|迫害|追捕|骚扰|监控|恐吓|镇压|追杀)",
    "ug": r"(?:نىشانلى|تەقىپ|پاراكەندە|باستۇر|قورقۇت|ئىز قوغلا)\w*",
    "ru": r"(?:преследован|давлени|охот\w* на|слежк|запугиван|репресси)\w*",
    "fa": r"(?:سرکوب|هدف قرار|آزار|تعقیب|ارعاب|تهدید|شکار)\S*",
}  # fmt: skip
_ABROAD = {
    "en": r"(?:abroad|overseas|in exile|outside the country)",
    "tr": r"(?:yurt ?dışı\w*|sürgün\w*)",
    "zh": r"(?:海外|境外|流亡)",
    "ug": r"(?:چەتئەل\w*|سۈرگۈن\w*)",
    "ru": r"(?:за рубеж\w*|за границ\w*|в эмиграции|в изгнании)",
    "fa": r"(?:خارج از کشور|در تبعید)",
}
TARGETING_ABROAD = make_rules("explicit", "targeting_abroad", {
    "en": [rf"\b{_PURSUED['en']}\b(?: \S+){{0,3}}? {_WHO['en']} {_ABROAD['en']}\b"],
    "tr": [rf"{_ABROAD['tr']}(?:ki|daki|deki)?\s+(?:\S+\s+){{0,2}}?{_WHO['tr']}\s+"
           rf"(?:\S+\s+){{0,2}}?{_PURSUED['tr']}"],
    "zh": [rf"{_PURSUED['zh']}[^，。；]{{0,8}}{_ABROAD['zh']}[^，。；]{{0,4}}{_WHO['zh']}|"
           rf"{_ABROAD['zh']}[^，。；]{{0,4}}{_WHO['zh']}[^，。；]{{0,8}}(?:遭|受到|被)"
           rf"[^，。；]{{0,4}}{_PURSUED['zh']}"],
    "ug": [rf"{_ABROAD['ug']}\s+(?:\S+\s+){{0,2}}?{_WHO['ug']}\s+(?:\S+\s+){{0,2}}?"
           rf"{_PURSUED['ug']}"],
    "ru": [rf"{_PURSUED['ru']}\s+(?:\S+\s+){{0,3}}?{_WHO['ru']}\s+(?:\S+\s+){{0,2}}?"
           rf"{_ABROAD['ru']}"],
    "fa": [rf"{_PURSUED['fa']}\s+(?:\S+\s+){{0,3}}?{_WHO['fa']}\s+(?:\S+\s+){{0,2}}?"
           rf"{_ABROAD['fa']}"],
})  # fmt: skip

# The state acting as a refuser: it strips people abroad of the status that lets them come
# home — citizenship, nationality, an overseas-citizen card ("revoked the OCI status of a
# New York-based writer", "vatandaşlıktan çıkarıldı", "лишили гражданства"). A mobility control
# like a passport cancelled (codebook: passport_consular_denial); the gate still asks that the
# people be abroad, so a state stripping its citizens at home stays out.
STATUS_STRIPPED = make_rules("tactic", "passport_consular_denial", {
    "en": [r"\b(?:stripp\w*|revok\w*|cancel\w*|annul\w*|deprived?)\b(?: \S+){0,6}? (?:of )?"
           r"(?:citizenship|nationality|overseas citizen\w*|oci)\b|\b(?:citizenship|nationality|"
           r"oci (?:status|card))s? (?:was |were |had been |has been )?(?:revoked|stripped|"
           r"cancell?ed|annulled)\b"],
    "tr": [r"vatandaşlık\w*\s+(?:\S+\s+){0,2}?(?:iptal|düşür|elinden al|çıkar)\w*|"
           r"vatandaşlıktan (?:çıkar|at)\w*"],
    "zh": [r"(?:剥夺|注销|吊销|撤销|取消)[^，。；]{0,20}(?:国籍|公民身份|海外公民)"],
    "ug": [r"(?:پۇقرالىق|دۆلەت تەۋەلىك)\w*\s+(?:\S+\s+){0,2}?(?:بىكار|مەھرۇم|ئەمەلدىن قالدۇر)\w*"],
    "ru": [r"лиш\w*\s+(?:\S+\s+){0,3}?гражданств\w*|гражданств\w*\s+(?:\S+\s+){0,2}?"
           r"(?:аннулир|отозва|прекращ)\w*"],
    "fa": [r"(?:تابعیت|شهروندی|شهروند)[^.؛]{0,80}?(?:لغو|سلب|باطل)|(?:لغو|سلب)\s+(?:\S+\s+)?"
           r"(?:تابعیت|شهروندی)"],
})  # fmt: skip

# A citizenship the person acquired abroad names where they live, not who reaches them ("took
# Swedish citizenship in exile", "取得瑞典国籍", "تابعیت بریتانیا نیز دارد"): the words before and
# after a state's name that say so. origin.py ranks such a state last. A hyphenated pair
# ("Iranian-American", "British-Iranian") is not read: usage puts the acquired one either side.
_HAS = {
    "en": r"\b(?:acquired|obtained|granted|gained|took|taken|taking|naturali[sz]ed(?: as)?"
    r"(?: an?)?|dual|also an?|also holds?|also has)\s+(?:an?\s+)?$",
    "zh": r"(?:取得|获得|入籍|加入|拥有|持有|也有|还有)$",
    "ru": r"(?:получ\w+|име\w+|приня\w+)\s+(?:\w+\s+)?$",
}
# Per language, (words before, words after) the name; either may be empty.
_ACQUIRED = {
    "en": [(_HAS["en"], r"\s+(?:citizenship|nationality|passport)\b")],
    "zh": [(_HAS["zh"], r"(?:国籍|公民身份|护照)")],
    "fa": [(r"تابعیت\s+$", r"\s+(?:را\s+)?(?:نیز\s+|هم\s+)?(?:دارد|داشت|دارند|گرفت|گرفته|کسب)")],
    "ru": [(_HAS["ru"], r"\w*\s+гражданств"),
           (r"(?:получ\w+|име\w+|приня\w+)\s+гражданств\w+\s+$", "")],
    "tr": [("", r"\w*\s+vatandaşlığ\w*\s+(?:da\s+)?(?:al|sahip|bulunan|geç|kazan)\w*")],
    "ug": [("", r"\w*\s+(?:پۇقرالىق|دۆلەت تەۋەلىك)\w*\s+(?:\S+\s+)?(?:ئال|ئېرىش|بار|ئىگە)\w*")],
}  # fmt: skip
_ACQUIRED_RE = {language: [(re.compile(before), re.compile(after)) for before, after in pairs]
                for language, pairs in _ACQUIRED.items()}  # fmt: skip


def acquired_citizenship(text: str, language: str, start: int, end: int) -> bool:
    """Whether the state named at ``text[start:end]`` is a citizenship the person acquired."""
    window = text[max(0, start - 40) : start]
    return any(before.search(window) is not None and after.match(text, end) is not None
               for before, after in _ACQUIRED_RE.get(language, ()))  # fmt: skip


# Asylum sought or granted places the people abroad; the English, Turkish and Persian diaspora
# cues had it (context.DIASPORA_RULES), the Russian and Uyghur ones did not. (Chinese 庇护 is
# left out: with it, a zh trial of a perpetrator granted asylum reads as an act of the court's
# state — the origin reading, not this cue, is what is wrong there.)
ASYLUM_ABROAD = make_rules("diaspora_asylum", "abroad", {
    "ru": [r"убежищ\w*|просител\w* убежищ\w*"],
    "ug": [r"پاناھلىق\w*|پاناھلان\w*"],
})  # fmt: skip

# A killing planned ("planned to kill an opposition activist on Danish soil"): an attempt in
# the codebook's sense; the rules read "plotted/tried to kill" but not the plan itself. (Chinese
# 策划杀害 is vetoed as not done, rules/vetoes.py: left to that module.)
KILLING_PLANNED = make_rules("tactic", "assassination", {
    "en": [r"\bplan(?:ned|ning|s)? to (?:kill|murder|assassinate)\b"],
    "tr": [r"öldürmeyi (?:planla|tasarla)\w*|suikast (?:planı|planla)\w*"],
    "ug": [r"ئۆلتۈرۈش\w*\s+(?:\S+\s+)?(?:پىلانلى|قەست)\w*"],
    "ru": [r"(?:планировал\w*|планиру\w*|готовил\w*)\s+(?:\S+\s+)?(?:убить|убийств\w*)"],
    "fa": [r"(?:قصد|نقشه|برنامه[‌ ]?ریزی)\S*\s+(?:برای\s+)?(?:کشتن|قتل|ترور)"],
})  # fmt: skip
