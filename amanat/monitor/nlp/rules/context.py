"""Context rules: who the origin state is, whether the people are abroad, which community,
which agency, and the cues that tell repression from its look-alikes. Any state is found by
states.py; the per-state actor patterns here (China, Iran, Russia) only add to it.
"""

from __future__ import annotations

from amanat.monitor.nlp.rules import Rule, make_rules
from amanat.monitor.nlp.rules.gate_cues import ASYLUM_ABROAD

# Naming the state's agents: strong evidence that this state is the one reaching abroad.
_ORIGIN_ACTORS = {
    "CN": {
        "en": [r"\bChinese (?:police|authorities|government|state|officials?|officers?|agents?|"
               r"embassy|consulate|diplomat\w*|security|intelligence|spies|hackers|missions?|"
               r"law enforcement|Communist Party)\b|\bChina['’]s (?:government|embassy|consulate|"
               r"police|Ministry of State Security)\b|\b(?:CCP|CPC|Ministry of State Security|"
               r"public security bureau|united front)\b|\bCommunist Party of China\b|\bHong Kong "
               r"police\b|\bpolice (?:officer )?(?:in|from) (?:Xinjiang|Hotan|Kashgar|Urumqi|"
               r"Ghulja|Ili|Aksu)\b|(?<!\bin )(?<!\bto )(?<!\bfrom )\bBeijing\b(?! (?:Olympics|"
               r"zoo))|\bat China['’]s request\b|\brequested by China\b"],
        "tr": [r"Çin (?:polis\w*|hükümet\w*|devlet\w*|makamları\w*|yetkilileri\w*|"
               r"konsolosluğ\w*|büyükelçiliğ\w*|istihbarat\w*|emniyet\w*)|Çin devlet güvenliği|"
               r"Çin['’]in talebi\w*|Hoten emniyeti\w*|ÇKP"],
        "zh": [r"中国(?:警方|警察|政府|官员|当局|大使馆|领事馆|公安|国安|特工|安全部门)|中共|"
               r"公安|国安|北京方面|香港警方|应中国要求|自称中国警察"],
        "ug": [r"خىتاي (?:ساقچى\w*|ھۆكۈمىت\w*|ئەمەلدار\w*|دائىرى\w*|كونسۇلخان\w*|ئەلچىخان\w*)|"
               r"(?:شىنجاڭ\w*|خوتەن\w*|قەشقەر\w*|ئۈرۈمچى\w*) ساقچى\w*|بىر ساقچى\w*"],
        "ru": [r"китайск\w* (?:власт\w*|полици\w*|спецслужб\w*|посольств\w*|чиновник\w*)|"
               r"по-китайски|КНР"],
    },
    "IR": {
        "en": [r"\bIranian (?:intelligence|agents?|authorities|government|state|officials|regime|"
               r"security)\b|\b(?:IRGC|Revolutionary Guards?|Islamic Republic)\b"],
        "tr": [r"İran (?:istihbarat\w*|hükümet\w*|rejim\w*)"],
        "zh": [r"伊朗(?:情报|政府|当局|特工)"],
        "ru": [r"иранск\w* (?:спецслужб\w*|власт\w*)"],
    },
    "RU": {
        "en": [r"\bRussian (?:agents?|authorities|security services|intelligence|state|government|"
               r"officials)\b|\b(?:Kremlin|FSB|Kadyrov)\b|\bChechen (?:authorities|leader)\b|"
               r"\btravelled from Russia\b"],
        "tr": [r"Rus (?:istihbarat\w*|hükümet\w*|ajan\w*)|Kremlin"],
        "zh": [r"(?<!白)俄罗斯(?:特工|情报|当局|政府)|克里姆林宫"],
        "ru": [r"Кремл\w*|ФСБ|Кадыров\w*|российск\w* (?:спецслужб\w*|власт\w*)"],
    },
    # The de facto authorities, named by their movement and not the state's name.
    "AF": {
        "en": [r"\bTaliban\b"], "tr": [r"Taliban\w*"], "zh": [r"塔利班"], "ug": [r"تالىبان\w*"],
        "ru": [r"(?<!\w)[Тт]алиб\w*"], "fa": [r"طالبان"],
    },
}  # fmt: skip
# The state named, or its communities: weak evidence, enough only when repeated.
_ORIGIN_NAMES = {
    "CN": {"en": [r"\bChina\b|\bChinese\b|\bUy?ghurs?\b|\bUighurs?\b|\bTibetans?\b|\bXinjiang\b|"
                  r"\bTibet\b|\bHong Kong\b"],
           "tr": [r"Çin\w*|Uygur\w*"], "zh": [r"中国|维吾尔|藏人|新疆"],
           "ug": [r"خىتاي\w*|جۇڭگو\w*|ئۇيغۇر\w*"], "ru": [r"Кита\w*|уйгур\w*"]},
    "IR": {"en": [r"\bIran\b|\bIranian\b|\bPersian-language\b"], "tr": [r"İran\w*"],
           "zh": [r"伊朗"], "ru": [r"Иран\w*"]},
    "RU": {"en": [r"\bRussia\b|\bChechen\b|\bChechnya\b"], "tr": [r"Rusya\w*|Çeçen\w*"],
           "zh": [r"(?<!白)俄罗斯|车臣"], "ru": [r"Росси\w*|чечен\w*"]},
}  # fmt: skip
ORIGIN_ACTOR_RULES: list[Rule] = [
    rule for iso, patterns in _ORIGIN_ACTORS.items() for rule in make_rules("origin", iso, patterns)
]
ORIGIN_NAME_RULES: list[Rule] = [
    rule
    for iso, patterns in _ORIGIN_NAMES.items()
    for rule in make_rules("origin_name", iso, patterns)
]

# The people concerned live outside the origin state.
DIASPORA_RULES = make_rules("diaspora", "abroad", {
    "en": [r"\b(?:abroad|overseas|in exile|exiled|exiles?|diaspora|outside (?:China|Iran|Russia|"
           r"the country|Xinjiang)|refugees?|asylum|fled|flee\w*|living in|lives in|lived in|"
           r"moved to|based in|settled in|emigrated|foreign-living|residing|who now lives)\b"],
    "tr": [r"yurt ?dışı\w*|sürgün\w*|diaspora\w*|mülteci\w*|yaşayan|yaşıyor|yaşadığı|göç\w*|"
           r"sığın\w*"],
    "zh": [r"海外|流亡|侨民|难民|居住在|生活在|生活了|身在|旅居|境外|逃离"],
    "ug": [r"چەتئەل\w*|مۇساپىر\w*|سۈرگۈن\w*|ياشايدىغان|ياشاۋاتقان|تۇرۇشلۇق|مۇھاجىر\w*"],
    "ru": [r"за рубеж\w*|эмигра\w*|изгнани\w*|диаспор\w*|живущ\w*|беженц\w*|переехал\w*"],
    "fa": [r"خارج از کشور|تبعید|مهاجر|پناهنده|پناهجو|پناهندگی|مقیم|زندگی می|ساکن|فرار|گریخت|"
           r"ایرانیان خارج"],
}) + ASYLUM_ABROAD  # fmt: skip
# Having left the country (session 23): "who has left Russia", "leaders who left the country",
# "ülkeyi terk eden", "از کشور رفته‌اند", an émigré. Read short reports named the people abroad
# this way and the rules, finding no one abroad, read none of their acts. (Fleeing alone is not
# read in Turkish: "kaçarak saklanmıştı", he fled into hiding at home.) With them, the words
# for "abroad" the first list lacked: 国外, за границей, در خارج, چەت ئەل written apart, and
# Uyghur "residing" (تۇرۇۋاتقان).
DIASPORA_RULES += make_rules("diaspora", "left_home", {
    "en": [r"\b(?:who|after|since|before|had|has|have) (?:\w+ ){0,2}?(?:left|escaped from|"
           r"fled from) (?:the country|(?:his|her|their) (?:country|homeland)|[A-Z][\w-]+)|"
           r"\b(?:émigrés?|emigrés?|emigres?|emigrants?|expatriates?|went into exile)\b"],
    "tr": [r"ülkeyi terk\w*|ülkeden (?:kaç|ayrıl|çık)\w*|yurdu terk\w*"],
    "zh": [r"出逃|逃往|逃亡|出走|离开(?:中国|祖国|该国|本国|国家)|离境|国外|出国"],
    "ug": [r"قېچىپ|قاچقان\w*|قاچتى|دۆلەتتىن (?:ئايرىل|چىق)\w*|چەت ئەل\w*|تۇرۇۋاتقان|"
           r"تۇرىدىغان"],
    "ru": [r"(?:по|у|с)?бежа\w*|покинул\w*|покинув\w*|уехал\w* (?:из|за)\b|выехал\w* (?:из|за)\b|"
           r"за границ\w*"],
    "fa": [r"از کشور (?:رفت|خارج|گریخت|فرار)|کشور را ترک|ترک کشور|مهاجرت|در خارج"],
})  # fmt: skip

# The article names the phenomenon itself.
EXPLICIT_RULES = make_rules("explicit", "tnr", {
    "en": [r"\btransnational repression\b|\bcoercion by proxy\b|\blong arm of (?:Beijing|China|"
           r"the Chinese state|Tehran|the Kremlin)\b"],
    "tr": [r"ulus ?(?:ö|a)tesi baskı\w*|sınır ötesi baskı\w*"],
    "zh": [r"跨国镇压|跨境镇压|长臂管辖"],
    "ug": [r"(?:دۆلەت )?ھالقىغان باستۇرۇش|ھالقىلىق باستۇرۇش"],
    "ru": [r"транснациональн\w* репресси\w*"],
    "fa": [r"سرکوب فرامرزی|سرکوب فراملی"],
})  # fmt: skip

COMMUNITY_RULES = (
    make_rules("community", "uyghur", {
        "en": [r"\bUy?ghurs?\b|\bUighurs?\b"], "tr": [r"Uygur\w*"], "zh": [r"维吾尔"],
        "ug": [r"ئۇيغۇر\w*"], "ru": [r"уйгур\w*"]})
    + make_rules("community", "kazakh", {
        "en": [r"\b(?:ethnic )?Kazakhs? (?:activist|from Xinjiang|man|woman|people)\b|\bethnic "
               r"Kazakh\b"], "tr": [r"Kazak (?:Türk\w*|aktivist\w*)"], "zh": [r"哈萨克族"],
        "ug": [r"قازاق\w*"], "ru": [r"этническ\w* казах\w*|казах\w* из Синьцзян\w*"]})
    + make_rules("community", "tibetan", {
        "en": [r"\bTibetans?\b"], "tr": [r"Tibetli\w*"], "zh": [r"藏人|藏族"],
        "ug": [r"تىبەتلىك\w*"], "ru": [r"тибет\w*"]})
    + make_rules("community", "hong_konger", {
        "en": [r"\bHong Kong(?:ers?)? (?:activists?|pro-democracy|dissidents?)\b|\bpro-democracy "
               r"activists?\b"], "zh": [r"民主派人士|香港.{0,6}活动人士"]})
    + make_rules("community", "southern_mongol", {"en": [r"\b(?:Southern|Inner) Mongolian?s?\b"]})
    + make_rules("community", "falun_gong", {"en": [r"\bFalun Gong\b"], "zh": [r"法轮功"]})
)  # fmt: skip

PERPETRATOR_RULES = (
    make_rules("perpetrator", "embassy_consulate", {
        "en": [r"\b(?:embassy|consulate|consular (?:officer|official)|diplomatic missions?)\b"],
        "tr": [r"konsolosluk\w*|konsolosluğ\w*|büyükelçilik\w*|temsilcilik\w*"],
        "zh": [r"大使馆|领事馆|使馆"], "ug": [r"كونسۇلخان\w*|ئەلچىخان\w*"],
        "ru": [r"посольств\w*|консульств\w*"]})
    + make_rules("perpetrator", "state_security", {
        "en": [r"\b(?:state security|Ministry of State Security|intelligence (?:agents?|officers?|"
               r"services?)|spy agency|FSB|IRGC)\b"],
        "tr": [r"devlet güvenliği\w*|istihbarat\w*"], "zh": [r"国安|国家安全"],
        "ug": [r"دۆلەت بىخەتەرلىك\w*"], "ru": [r"спецслужб\w*|ФСБ"]})
    + make_rules("perpetrator", "police_public_security", {
        "en": [r"\b(?:police (?:officer|officers|in|from)|public security|security officer|"
               r"officer from)\b"],
        "tr": [r"(?:Çin )?polis\w*|emniyet\w*"], "zh": [r"公安|警方|警察"],
        "ug": [r"ساقچى\w*"], "ru": [r"полици\w*"]})
    + make_rules("perpetrator", "united_front_proxy", {
        "en": [r"\bunited front\b|\bpro-Beijing groups?\b|\bstudent associations?\b"],
        "zh": [r"统战|同乡会"]})
)  # fmt: skip

# The people targeted are political: dissidents, journalists, refugees, a persecuted community.
# Without such a cue, an arrest, extradition, deportation or hack is law enforcement or
# espionage, not repression of people abroad.
POLITICAL_RULES = make_rules("target", "political", {
    "en": [r"\b(?:activists?|dissidents?|journalists?|critics?|critical of|opposition|"
           r"refugees?|asylum|human rights|rights groups?|pro-democracy|exiles?|exiled|bloggers?|"
           r"separatists?|protesters?|Uy?ghurs?|Uighurs?|Tibetans?|Sikhs?|Chechens?|G[üu]len\w*|"
           r"Falun Gong|political|defectors?|defected|imams?|poets?|writers?|students|videos?|"
           r"posts|social media|YouTube|criticis\w*|criticiz\w*|demonstrators?|opponents?)\b"],
    "tr": [r"aktivist\w*|muhalif\w*|gazeteci\w*|eleştir\w*|mülteci\w*|sığınma\w*|"
           r"insan hakları|sürgün\w*|Uygur\w*|Gülen|siyasi|öğrenci\w*|öğretmen\w*|şair\w*|"
           r"muhalefet\w*|protestocu\w*|gösterici\w*"],
    "zh": [r"活动人士|异见|记者|批评|反对派|难民|庇护|人权|民主|流亡|维吾尔|藏人|政治|学生|"
           r"诗人|叛逃|示威|抗议"],
    "ug": [r"پائالىيەتچى\w*|ئۆكتىچى\w*|مۇخبىر\w*|مۇساپىر\w*|كىشىلىك ھوقۇق|ئۇيغۇر\w*|"
           r"ئوقۇغۇچى\w*|سىياسى\w*|تەنقىد\w*|نامايىش\w*"],
    "ru": [r"активист\w*|оппозиц\w*|журналист\w*|критик\w*|беженц\w*|убежищ\w*|"
           r"правозащит\w*|диссидент\w*|эмигра\w*|блогер\w*|уйгур\w*|политическ\w*|"
           r"сепаратист\w*|протестующ\w*|демонстрант\w*|противник\w*"],
    "fa": [r"فعال|مخالف|روزنامه‌نگار|منتقد|پناهنده|پناهجو|حقوق بشر|تبعید|اویغور|سیاسی|"
           r"دانشجو|مجری|اینفلوئنسر|وبلاگ‌نویس|معترض|تظاهر"],
})  # fmt: skip

# The article reports a release, pardon or exchange (its lead sentence says so): the incident it
# recalls is an earlier story, not a new one. Amnesty International (国际特赦组织, in headlines
# 国际特赦, عفو بین‌الملل) is a rights group, not a pardon.
RELEASE_RULES = make_rules("event", "release", {
    "en": [r"\b(?:released|freed|frees|pardoned|commuted|prisoner (?:exchange|swap)|in a swap|"
           r"granted bail|released on bail)\b"],
    "tr": [r"serbest bırak\w*|takas\w*|affed\w*|affet\w*"],
    "zh": [r"释放|换囚|交换囚犯|(?<!国际)特赦(?!组织)|赦免|获释"],
    "ug": [r"قويۇپ بېرىل\w*|ئالماشتۇر\w*|كەچۈرۈم قىلىن\w*"],
    "ru": [r"освобод\w*|помилова\w*|обмен\w* заключ\w*|обмен\w* пленн\w*"],
    "fa": [r"آزاد (?:کرد|شد)|مبادله|عفو(?![\s\u200c]*بین)|تخفیف"],
})  # fmt: skip

# The people targeted are suspects of ordinary or terrorist crime: with no political cue, an
# abduction or return is law enforcement (or counter-terrorism), not repression of a diaspora.
CRIMINAL_RULES = make_rules("target", "criminal", {
    "en": [r"\b(?:fraud\w*|drugs?|narcotics?|drug lord|scam\w*|cartels?|mafia|traffick\w*|"
           r"money[- ]laundering|Islamic State|ISIS|al-Qaeda|ransomware|embezzlement suspects?|"
           r"jihadists?)\b"],
    "tr": [r"dolandırıcılık\w*|uyuşturucu\w*|kaçakçı\w*|mafya\w*|kara para|IŞİD|El Kaide|"
           r"cihatçı\w*"],
    "zh": [r"诈骗|毒品|贩毒|黑帮|洗钱|走私|伊斯兰国|基地组织|勒索软件|圣战分子|恐怖袭击"],
    "ug": [r"ئالدامچىلىق\w*|زەھەرلىك چېكىملىك|ئەتكەسچى\w*|ئىسلام دۆلىتى|جىھادچى\w*"],
    "ru": [r"мошенни\w*|наркобарон\w*|наркотик\w*|наркоторгов\w*|мафи\w*|картел\w*|"
           r"отмывани\w*|Исламск\w* государств\w*|ИГИЛ|джихадист\w*|обвиняем\w* в убийств\w*"],
    "fa": [r"کلاهبرداری|مواد مخدر|قاچاق|مافیا|پولشویی|داعش|القاعده|جهادی"],
})  # fmt: skip

# A release that is part of the act the lead reports, not the end of an earlier story: freed
# within hours or the same day ("snatched from a taxi, freed four hours later"), or others
# freed while the person is still held ("the boys were let go, but she was kept in a cell").
NEW_ACT_RULES = make_rules("event", "new_act", {
    "en": [r"\b(?:hours? later|within hours|hours after|the same (?:day|evening|night)|that "
           r"(?:evening|night)|later that day|in the evening|still (?:held|detained|in custody)|"
           r"remains? (?:in custody|in detention|detained|held)|but (?:she|he|they) (?:was|were) "
           r"kept)\b"],
    "tr": [r"saat sonra|saatler sonra|aynı gün|akşam(?: saatlerinde)?|o gece|hâlâ (?:gözaltında|"
           r"tutuklu)"],
    "zh": [r"(?:数|几|\d+)个?小时后|当晚|当天|同日|仍(?:被)?(?:关押|拘留|羁押)"],
    "ug": [r"سائەتتىن كېيىن|كەچتە|شۇ كۈنى|تېخىچە (?:قاماقتا|تۇتۇپ)"],
    "ru": [r"через (?:несколько |\d+ )?час|спустя (?:несколько |\d+ )?час|в тот же день|вечером|"
           r"оста(?:ётся|ется|лась|лся|лись) под стражей"],
    "fa": [r"ساعت بعد|همان روز|همان شب|عصر|در بازداشت (?:ماند|است)"],
})  # fmt: skip
