"""Which tactic a real act is, where a neighbouring tactic or none was read.

Round 13b: which tactic a real act is, read from the codebook (design/taxonomy.md) in every
language, where the blind splits showed a real act read as a neighbouring tactic or not at all:

- agents who collect information on the diaspora (its members, homes, family ties, meetings),
  spy on its dissidents or photograph their homes do ``surveillance`` ("being followed,
  photographed, monitored"); ``informant_recruitment`` is someone asked, paid or pressed to
  report, so a sentence saying only that an agent spied *for* the state drops it (veto below);
- harassment by fake accounts, smears in cyberspace, a person's contacts published online are
  ``online_harassment``; "if I did not stop talking" / "stop speaking" said to the person is
  ``silencing_demand``; being threatened (passive) is ``direct_threat``;
- a missile, drone or bomb strike on exiles' bases, or an agent "ordered to attack" a named
  critic, is ``assassination`` (a killing or an attempt);
- held at a removal/deportation centre, detained on migration charges, arrested on arrival are
  ``detention`` in the host; a person detained and then handed over is ``deportation``; held
  "at the request of" the origin's authorities is an ``extradition_request``; refused entry at
  the airport of one's own state is ``passport_consular_denial``.
Invented sentences that check them: ``tests/test_tactics_neighbours.py``.
"""

from __future__ import annotations

from amanat.monitor.nlp.rules import Rule, make_rules
from amanat.monitor.nlp.rules.tactics import AGENT_ARRESTED, RELATIVES
from amanat.monitor.nlp.rules.tactics_death_and_return import died_after_attack, return_demanded

# The people an agent gathers information on (the diaspora, its members and critics).
_PEOPLE_EN = (r"(?:exiles?|dissidents?|members?|critics?|activists?|refugees?|diaspora|"
              r"communit(?:y|ies)|[\w-]+(?:ians|eans)|émigrés|emigres|opponents?|compatriots|"
              r"students|journalists?|uyghurs|tibetans)")  # fmt: skip


# Those arrested as the assailants, not the targets ("six people in connection with the shooting").
_SUSPECTS_EN = (r"\bin connection with\b|\bsuspect\w*|\bon suspicion\b|\bcharged with\b|"
                r"\baccused of\b")  # fmt: skip


def _surveillance() -> list[Rule]:
    return make_rules("tactic", "surveillance", {
        "en": [r"\b(?:photograph|film|watch|monitor|track|stak)\w* (?:the )?(?:homes?|houses?|"
               r"flats?|apartments?|meetings?|movements?) of\b",
               rf"\b(?:collect|gather|compil|amass)\w* (?:\w+ ){{0,2}}?(?:information|data|"
               rf"details|intelligence|dossiers?) (?:on|about) (?:the )?(?:[\w-]+ ){{0,3}}?"
               rf"{_PEOPLE_EN}\b",
               rf"\bspied on (?:and \w+ )?(?:the )?(?:[\w-]+ ){{0,3}}?{_PEOPLE_EN}\b|"
               r"\bspied on (?:him|her|them)\b",
               # A home watched: circled, staked out, or shown back in a photo of it.
               r"\b(?:circl|lurk|loiter|stak|cas|prowl)\w* (?:outside |around |near )?(?:[\w'’-]+ )"
               r"{0,3}?(?:house|home|flat|apartment|residence)\b|\b(?:photos?|pictures?|videos?)"
               r" (?:and (?:a )?videos? )?of (?:[\w-]+ ){0,5}?(?:his|her|their) (?:house|home|flat|"
               r"apartment|front door|children)\b"],
        "ru": [r"(?:кружил|дежурил|караулил|следил|наблюдал)\w* (?:\S+ )?(?:у|возле|вокруг|за) "
               r"(?:\S+ )?дом\w*|"
               r"за (?:ним|ней|ними|ним и) (?:\S+ )?след(?:ят|ит|или|ил|ила|ять)\b|"
               r"(?:собира|собра)\w* (?:\w+ )?(?:сведени|информаци|данны)\w* о (?:\w+ ){0,2}?"
               r"(?:эмигрант|активист|диаспор|соотечественник|оппозиционер|критик|беженц|"
               r"журналист|диссидент|земляк|член|\w+цах)|"
               r"шпионил\w* за\b"],
        # Of people (人, 者, 人士, 成员…), not of a parliament or an army.
        "zh": [r"(?:收集|搜集|刺探|打探)[^，。；]{0,12}(?:人|者|人士|成员|侨民|学生|家人)的?"
               r"(?:个人)?(?:资料|信息|情报|动向|行踪|住址)|"
               r"监视(?:他|她|[^，。；]{0,8}(?:人士|异见|流亡|侨民|学生|成员|者))|"
               r"(?:他|她)(?:家|住所|住处)门?(?:前|外|附近)[^，。；]{0,10}(?:照片|视频|徘徊|蹲守)"],
        "ug": [r"ئۆي(?:ى|ىنىڭ)\w* (?:ئالدىدىن|ئەتراپىدا|ئالدىدا)\s+(?:\S+\s+){0,4}?(?:سۈرىتى|سىنى|"
               r"ئايلان|پايلا)\w*|ئۈستىدىن (?:\S+\s+)?(?:جاسۇسلۇق|پايلا)\w*|"
               r"(?:لارنىڭ|لىرىنىڭ)\s+(?:\S+\s+){0,8}?ئۇچۇر\w*\s+(?:\S+\s+)?توپلا\w*"],
        # "evinin" is a word of its own: "cezaevinin önünde" (outside the prison) is no home.
        "tr": [r"(?<!\w)evinin (?:önünde|çevresinde|etrafında)\s+(?:\S+\s+)?"
               r"(?:bekle|dur(?:up|du|an|muş)|nöbet|dolaş|kol gez)\w*|"
               r"(?:muhalif|gazeteci|aktivist|mülteci|üye|diaspora|cemaat|eleştirmen|sürgün)\w*\s+"
               r"hakkında (?:\S+\s+)?bilgi (?:topla|derle)\w*|"
               r"(?<!\w)(?:evlerini|evinin|toplantıların)\w*\s+(?:\S+\s+)?fotoğrafla\w*"],
        "fa": [r"اطلاعات\S*\s+(?:درباره\s+|از\s+)?(?:مخالفان|فعالان|پناهجویان|تبعیدیان|ایرانیان|"
               r"اعضای|خبرنگاران|منتقدان)\S*\s+(?:\S+\s+){0,5}?(?:جمع‌آوری|جمع آوری|گردآوری)|"
               r"جاسوسی (?:از|علیه) (?:\S+\s+)?(?:مخالفان|فعالان|پناهجویان|تبعیدیان|ایرانیان)|"
               r"از (?:خانه|منزل)\S*\s+(?:\S+\s+){0,3}?عکس|"
               r"(?:عکس|ویدیو|فیلم)\S*\s+(?:\S+\s+){0,6}?(?:از )?(?:جلوی|مقابل|اطراف) "
               r"(?:خانه|منزل)"],
    })  # fmt: skip


def _online_and_silencing() -> list[Rule]:
    harassment = make_rules("tactic", "online_harassment", {
        "en": [r"\b(?:branded|labell?ed|denounced|vilified|abused|insulted|harassed|targeted|"
               r"attacked|smeared) (?:him|her|them) (?:as )?(?:an? )?(?:[\w-]+ )?(?:online|on "
               r"social media)\b",
               r"\bposted (?:the |his |her |their )?(?:pictures|photos|photographs|personal "
               r"details|phone numbers?|home address)\b.{0,60}\b(?:wanted|details about)"],
        "zh": [r"(?:假账号|虚假账号|虚假身份|假帐号)[^。；]{0,20}(?:骚扰|辱骂|攻击|恐吓|抹黑)|"
               r"(?:网上|网络上)公开了?[^，。；]{0,10}(?:电子邮箱|邮箱|住址|电话|个人信息)|"
               r"煽动网友|网络跟踪"],
        "fa": [r"(?:فضای مجازی|شبکه‌های اجتماعی|شبکه های اجتماعی)\S*\s+(?:\S+\s+){0,3}?"
               r"(?:بدنام|تخریب|افترا|هتاکی|آزار|توهین)|(?:حساب‌های|حساب های) (?:جعلی|ساختگی)|"
               r"(?:ترول|کارزار تخریب|کارزار بدنام)"],
        "tr": [r"sahte hesap\w*\s+(?:\S+\s+){0,4}?(?:taciz|hedef|saldır|karala|hakaret)\w*|"
               r"(?:sosyal medyada|internette)\s+(?:\S+\s+)?hedef göster\w*"],
        "ru": [r"(?:фейков|фальшив|поддельн)\w* (?:аккаунт|страниц|профил)\w*|"
               r"опубликова\w* (?:его|её|ее|их) (?:домашн\w* )?(?:адрес|личные данные|телефон)"],
        "ug": [r"ساختا (?:ھېسابات|ئاككاۋنت)\w*"],
    })  # fmt: skip
    silencing = make_rules("tactic", "silencing_demand", {
        "en": [r"\btold (?:him|her|them|me) to (?:stop|keep quiet|be quiet|shut up|stay silent|"
               r"cease|end his|end her)\b|\bwon'?t (?:write|speak|talk) (?:any ?more|again)\b"],
        "tr": [r"(?:konuşma|yazma|paylaşım yapma|eleştirme|konuşmay)\w* bırak\w*|"
               r"(?:yazmay|konuşmay)acaksın"],
        "ug": [r"(?:سۆزلەش|يېزىش|تەشۋىقات|نامايىش)\w*\s+(?:\S+\s+)?توختا(?:ش|س|ت)\w*"],
        "ru": [r"(?:велел|потребовал|приказал|сказал)\w* (?:ему|ей|им) (?:\S+ )?"
               r"(?:замолчать|молчать|прекратить)"],
        "zh": [r"(?:叫|让|要求|警告)(?:他|她|他们)(?:不要|别|停止)(?:再)?(?:说话|发声|写|批评)"],
        "fa": [r"(?:دیگر|دیگه) (?:ننویس|حرف نزن|صحبت نکن)\w*"],
    })  # fmt: skip
    direct = make_rules("tactic", "direct_threat", {
        "tr": [r"tehdit al(?:dı|dığ|mış)\w*"],
        "fa": [r"(?:او|وی) (?:\S+\s+){0,10}?تهدید شده (?:بود|است)"],
        "en": [r"\b(?:he|she) (?:had been|has been|was) threatened by\b|"
               r"\b(?:he|she|i) (?:had |has |have )?received (?:\w+ )?threats\b"],
        "zh": [r"(?:他|她|本人)[^，。；]{0,8}(?:受到|遭到|收到)[^，。；]{0,10}(?:威胁|恐吓)"],
    }, none_of={"en": [RELATIVES["en"]],
                # A threat feared ("her life would be threatened if she went back").
                "zh": [RELATIVES["zh"], r"将(?:会)?受到|会受到|可能(?:会)?受到|回国后|一旦|如果"]},
    )  # fmt: skip
    return harassment + silencing + direct


def _strikes() -> list[Rule]:
    """A strike or an ordered attack on named exiles: a killing or an attempt."""
    return make_rules("tactic", "assassination", {
        "en": [r"\b(?:ordered|tasked|hired|paid|blackmailed) (?:him|her|them|a [\w-]+) (?:\w+ )?"
               r"to (?:attack|kill|murder|assassinate|eliminate) (?:an? |the |two |three )?"
               r"(?:[\w-]+ ){0,4}?"
               r"(?:politicians?|critics?|exiles?|dissidents?|journalists?|bloggers?|activists?|"
               r"opponents?|leaders?|members?|him|her|them)\b",
               (r"\b(?:drone|missile|rocket|air) ?(?:strikes?|attacks?)\b|\bbomb(?:ing|ed)\b",
                r"\b(?:killed|kill|targeted|targeting|dead)\b")],
        "fa": [(r"موشک|پهپاد|بمب", r"هدف قرار|کشته|به قتل")],
        "tr": [(r"füze\w*|(?<!\w)s?i̇?ha(?!\w)|insansız hava\w*|bomba\w*",
                r"öldür\w*|hedef al\w*|hayatını kaybet\w*")],
        "ru": [(r"ракет\w*|беспилотник\w*|дрон\w*|бомб\w*", r"убит\w*|погиб\w*|ликвид\w*|убил\w*")],
        "zh": [(r"导弹|无人机|炸弹|空袭", r"炸死|死亡|身亡|打死|遇难|击杀")],
        "ug": [(r"باشقۇرۇلىدىغان|ئۇچقۇچىسىز|راكېتا|بومبا", r"ئۆلتۈر\w*|ئۆل(?:دى|گەن)\w*")],
    })  # fmt: skip


def _attacked() -> list[Rule]:
    """The attack said in the active voice with the person in the dative (Bozkurt'a …
    saldırdı), or by the blows (tekmeleyip, yumrukladı)."""
    return make_rules("tactic", "assault", {
        "tr": [r"(?:'[ae]|'ya|'ye|'na|'ne|kendisine|gazeteciye|aktiviste)\s+(?:\S+\s+){0,5}?"
               r"saldırd\w*|(?<!\w)tekmele\w*|(?<!\w)yumrukla\w*"],
    })  # fmt: skip


def _custody_and_transfers() -> list[Rule]:
    # A removal or deportation centre is the host's custody: no place of home is needed.
    detention = make_rules("tactic", "detention", {
        "en": [r"\b(?:removal|deportation|repatriation|holding|immigration detention) "
               r"(?:centre|center|facility|camp)\b|"
               r"\b(?:detained|arrested) (?:[\w'-]+ ){0,3}?on (?:migration|immigration|visa|"
               r"residency) (?:charges|grounds|violations)\b"],
        "ru": [r"(?:центр\w* (?:временного содержания|депортации|для депортации)|"
               r"депортационн\w* центр\w*|спецприемник\w*)"],
        "tr": [r"geri gönderme merkez\w*|(?:sınır dışı|sınırdışı) (?:etme )?merkez\w*"],
        "zh": [r"遣返中心|移民拘留|(?:抵达|入境)时(?:即)?被(?:捕|扣|拘)"],
        "ug": [r"قايتۇرۇش مەركىز\w*"],
        "fa": [r"(?:بازداشتگاه|کمپ|مرکز) (?:اخراج|دیپورت|رد مرز)\S*"],
    })  # fmt: skip
    # Held on arrival is the host's custody only where no place of home is named: a deportee
    # "detained on arrival" in his own state is held at home.
    detention += make_rules("tactic", "detention", {
        "en": [r"\b(?:arrested|detained|held|taken into custody) (?:\w+ ){0,2}?(?:on|upon) "
               r"(?:his |her |their )?arrival\b|\btaken into custody (?:at|on|upon) (?:the |his |"
               r"her )?(?:airport|arrival|border)"],
        "ru": [r"(?:доставил|доставлен|отвезл|увезл)\w* в (?:отделени|участ|полици)\w*"],
        "tr": [r"karakola (?:götürül|götürdü|kaldırıl)\w*"],
        "zh": [r"(?:带到|带往|带回|押往|押到)(?:了)?(?:警察局|派出所|警局)"],
        "fa": [r"به (?:کلانتری|پاسگاه|اداره پلیس|بازداشتگاه) (?:برده|منتقل)"],
        "ug": [r"ساقچىخانى(?:غا|سىغا) (?:ئېلىپ|ئاپىر)\w*"],
    }, needs=("not_home",))  # fmt: skip
    # Taken to a police station, stopped in transit, booked (fingerprinted); a person arrested
    # named by a role ("detained Ali Musa, secretary general of the congress").
    detention += make_rules("tactic", "detention", {
        "en": [r"\b(?:took|taken|drove|driven|brought|escorted) (?:him|her|them) to (?:a|the) "
               r"(?:police station|police headquarters|immigration office)\b|"
               r"\bstopped (?:him|her|them) (?:in transit|at (?:the )?(?:airport|border|gate))\b|"
               r"\btook (?:his|her|their) fingerprints\b|\bfingerprinted (?:him|her|them)\b",
               r"\b(?:arrested|detained|seized) (?:[\w'-]+ ){0,3}?[\w'-]+, (?:an? |the )?"
               r"(?:[\w-]+ ){0,4}?(?:secretary|leader|head|founder|chair\w*|spokes\w*|president|"
               r"director|editor|scholar|preacher|cleric|member)\b",
               # Counted people ("detained seven Turkish teachers"), held for a time at a station.
               r"\b(?:detained|arrested|rounded up) (?:at least |more than |some |about )?"
               r"(?:\d+|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|many) ",
               r"\bheld (?:\w+ ){1,5}?(?:at|in) (?:a|the) (?:police station|police cells?|"
               r"detention (?:centre|center|facility)|immigration (?:centre|center|facility)|"
               r"prison|jail)\b"],
        "tr": [r"gözaltı merkez\w*|göçmen (?:geri gönderme|gözaltı|kabul) merkez\w*"],
    }, none_of={"en": [RELATIVES["en"], AGENT_ARRESTED["en"], _SUSPECTS_EN]},
        needs=("not_home",))  # fmt: skip
    deportation = make_rules("tactic", "deportation", {
        "ru": [r"(?:задержа|арестова)\w* [^.;]{0,60}?(?:и|,) (?:затем |позже |вскоре )?"
               r"(?:передал|выдал)(?:и|а)? (?!\S*(?:сведени|информаци|данны|документ))"],
        "en": [r"\b(?:transferred|handed) (?:him |her |them )?(?:over )?to (?:the )?custody of\b"],
        "tr": [r"zorla (?:\S+\s+){0,2}?geri gönder\w*"],
    })  # fmt: skip
    extradition = make_rules("tactic", "extradition_request", {
        "en": [r"\b(?:arrested|detained|held) (?:\w+ ){0,3}?at the request of (?:the )?"
               r"(?:[\w-]+ ){0,2}?(?:authorities|government|prosecutors?|ministry)\b"],
        "ru": [r"по запросу (?:\w+ )?(?:властей|правительства|генпрокуратуры|прокуратуры|МВД)"],
        "tr": [r"(?:makamlarının|hükümetinin|savcılığının) talebi üzerine"],
        "zh": [r"应[^，。；]{0,10}(?:当局|政府|检方)(?:的)?(?:要求|请求)",
               # "despite Cambodia's request, she will not be sent back": a request was made.
               (r"(?:提出|提交|发出)了?[^，。；]{0,6}(?:要求|请求)", r"遣返|引渡|移交|交出|送回")],
        "fa": [r"به درخواست (?:\S+\s+){0,2}?(?:مقامات|دولت|دادستانی)"],
    })  # fmt: skip
    # Refused entry and flown back out: one's own state turning its diaspora away at the
    # airport. A refusal alone is as often a host's border rule against agents or visitors.
    denial = make_rules("tactic", "passport_consular_denial", {
        "en": [(r"\b(?:refused|denied) entry\b|\bnot allowed to enter\b",
                r"\b(?:put on (?:a|the|another) (?:flight|plane) back|flown back|sent back)\b"),
               r"\b(?:overseas citizenship|OCI card|OCI status)\b.{0,60}\b(?:cancel|revok)"],
        "tr": [(r"giriş\w* (?:izin verilme|engellen|yasakla|reddedil)\w*",
                r"geri gönderil\w*|geri uçağ\w*")],
        "zh": [(r"(?:拒绝|禁止)(?:其|他|她)?入境|被拒(?:绝)?入境", r"遣送回|送回|原机返回|遣返")],
        "ru": [(r"не (?:впустили|пустили)|отказа\w* во въезде",
                r"обратно|отправили назад|тем же рейсом")],
        "fa": [(r"(?:از )?ورود (?:او|وی)?\s*(?:به کشور )?جلوگیری|اجازه ورود (?:ندادند|نداد)",
                r"بازگرداند|برگرداند|پرواز بازگشت")],
    })  # fmt: skip
    # A warrant that accuses or names the person abroad; "before arresting them".
    warrant = make_rules("tactic", "bounty_or_warrant", {
        "en": [r"\bwarrant (?:accuses|accused|charges|charged|names|named|seeks|sought)\b"],
    })  # fmt: skip
    detention += make_rules("tactic", "detention", {
        "en": [r"\b(?:before|after|by) (?:arresting|detaining) (?:him|her|them)\b"],
    }, none_of={"en": [RELATIVES["en"], AGENT_ARRESTED["en"], _SUSPECTS_EN]},
        needs=("not_home",))  # fmt: skip
    return detention + deportation + extradition + denial + warrant


NEIGHBOURS_RULES: list[Rule] = (
    _surveillance()
    + _online_and_silencing()
    + _strikes()
    + _attacked()
    + _custody_and_transfers()
    + died_after_attack()
    + return_demanded()
)

# Vetoes (rules/vetoes.py): an agent who spied *for* the state, no one asked, paid or pressed,
# is no informant_recruitment; "deportation centre" names a place, not a deportation; a person
# photographed and fingerprinted by the police is booked in custody, not watched.
_RECRUITED = {
    "en": [r"\b(?:recruit|ask|press|pressur|forc|coerc|blackmail|offer|approach|told|urged)\w*"],
    "ru": [r"вербов\w*|завербова\w*|попроси\w*|принужд\w*|заставл\w*|предлож\w*|угрож\w*"],
    "zh": [r"招募|策反|发展.{0,4}线人|要求|逼|胁迫|威胁|收买"],
    "ug": [r"تەكلىپ|مەجبۇرلا\w*|تەلەپ|ئالدىنى|تەھدىت"],
    "tr": [r"devşir\w*|işe al\w*|zorla\w*|baskı\w*|teklif\w*|tehdit\w*|şantaj\w*"],
    "fa": [r"استخدام|جذب|وادار|تهدید|پیشنهاد|مجبور"],
}  # fmt: skip
NEIGHBOURS_VETO_PATTERNS: dict[str, dict[str, list[str]]] = {
    "spied_for_state": {
        "en": [r"\b(?:agent|officer|employee|operative)s? of (?:the )?(?:[\w'-]+ ){0,3}?"
               r"(?:intelligence|state security|security service)",
               r"\b(?:spying|spied|espionage|working|worked|acting) (?:\w+ )?for (?:the )?"
               r"(?:[\w-]+ ){0,2}?(?:state|intelligence|government|china|russia|iran|beijing|"
               r"moscow|tehran)\b|\bforeign intelligence\b|\bfor a foreign (?:state|power)\b"],
        "ru": [r"(?:шпионаж\w*|разведывательн\w* деятельност\w*|работ\w*) в пользу|"
               r"(?:сотрудник|офицер|агент)\w* (?:\S+ ){0,2}?(?:разведк|спецслужб|госбезопасност)"],
        "zh": [r"为[^，。；]{1,10}(?:从事|进行)?(?:间谍|情报)(?:活动|工作)|间谍活动|"
               r"(?:情报|安全)(?:部门|机构|部)的?(?:人员|特工|官员|雇员)"],
        "ug": [r"ئۈچۈن (?:\S+\s+)?جاسۇسلۇق|جاسۇسلۇق\w*\s+(?:\S+\s+){0,3}?ئەيىب\w*|"
               r"ئاخبارات (?:\S+\s+)?(?:ئورگىنى|ئىدارىسى)\w* "
               r"(?:\S+\s+)?خادىم\w*"],
        "tr": [r"(?:için|adına|hesabına) casusluk|istihbarat\w* (?:\S+\s+)?(?:ajan|görevli|"
               r"mensub|subay)\w*"],
        "fa": [r"برای (?:\S+\s+){1,3}?جاسوسی|(?:مأمور|عامل|کارمند)\S* (?:\S+\s+)?(?:وزارت )?"
               r"اطلاعات"],
    },
    "booked": {
        "en": [r"\bfingerprint\w*"],
        "ru": [r"отпечатк\w* пальцев"],
        "tr": [r"parmak iz\w*"],
        "zh": [r"指纹"],
        "ug": [r"بارماق ئىز\w*"],
        "fa": [r"اثر انگشت"],
    },
    # An attack ordered or paid for is the plot (assassination), not an assault done.
    "ordered_attack": {
        "en": [r"\b(?:ordered|tasked|hired|paid|blackmailed) (?:him|her|them|a [\w-]+) (?:\w+ )?"
               r"to attack\b"],
        "ru": [r"(?:приказал|поручил|заказал|велел)\w* (?:ему |им )?напасть"],
        "tr": [r"saldır(?:ması|maları)n?\w* (?:emret|iste|talimat)\w*"],
        "zh": [r"(?:命令|指使|指示|雇佣|雇用)(?:他|她|他们)?[^，。；]{0,8}袭击"],
        "fa": [r"دستور (?:\S+\s+){0,2}?حمله به"],
    },
    # Pictures posted "like wanted notices": a smear online, no warrant nor bounty.
    "like_wanted": {
        "en": [r"\b(?:like|as|resembling|in the style of) (?:a |an )?wanted (?:notices?|posters?)"],
        "ru": [r"(?:как|словно|наподобие|в стиле) (?:\S+ )?(?:объявлени\w* о розыске|"
               r"ориентировк\w*)"],
        "tr": [r"aranıyor ilan\w* gibi|aranan ilan\w* gibi"],
        "zh": [r"(?:像|如同|仿照)[^，。；]{0,4}通缉令"],
    },
    "named_centre": {
        "en": [r"\b(?:removal|deportation) (?:centre|center|facility|camp)\b"],
        "ru": [r"центр\w* (?:для )?депортации|депортационн\w* центр\w*"],
        "tr": [r"(?:geri gönderme|sınır dışı(?: etme)?) merkez\w*"],
        "zh": [r"遣返中心"],
        "ug": [r"قايتۇرۇش مەركىز\w*"],
        "fa": [r"(?:بازداشتگاه|کمپ|مرکز) (?:اخراج|دیپورت)\S*"],
    },
}  # fmt: skip
_DEPORTED = {
    "en": [r"\b(?:deported|sent back|forcibly returned)\b"],
    "ru": [r"депортирова\w*|(?<!\w)выслан\w*|выдворен\w*"],
    "tr": [r"sınır dışı edil\w*"],
    "zh": [r"被遣返|遣返回"],
    "ug": [r"قايتۇرۇۋېتىل\w*"],
    "fa": [r"(?:اخراج|دیپورت) (?:شد|کرد)"],
}  # fmt: skip
NEIGHBOURS_VETO_UNLESS: dict[str, dict[str, list[str]]] = {
    "spied_for_state": _RECRUITED,
    "named_centre": _DEPORTED,
}
NEIGHBOURS_VETOED: dict[str, frozenset[str]] = {
    "spied_for_state": frozenset({"informant_recruitment"}),
    "named_centre": frozenset({"deportation"}),
    "booked": frozenset({"surveillance"}),
    "ordered_attack": frozenset({"assault"}),
    "like_wanted": frozenset({"bounty_or_warrant"}),
}
