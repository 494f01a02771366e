"""rules-6: the common ways news states each codebook tactic, read from design/taxonomy.md and
written for every language the monitor reads — passive and active, noun and verb forms, with
each language's morphology — rather than from any corpus text. The invented sentences they were
checked with are ``tests/test_tactic_matrix.py``; the earlier tables (tactics.py,
tactics_more.py) already held most forms, these are the ones the matrix found missing."""

from __future__ import annotations

from amanat.monitor.nlp.rules import Rule, make_rules
from amanat.monitor.nlp.rules.tactics import AGENT_ARRESTED, DIPLOMATS_EXPELLED, RELATIVES

# People a state pursues, as news names them when it does not name them.
_TARGET_EN = (r"(?:dissidents?|activists?|journalists?|exiles?|bloggers?|opponents?|critics?|"
              r"refugees?|asylum seekers?)")  # fmt: skip


def _custody_and_returns() -> list[Rule]:
    """Held in the host ("taken into custody", yakalandı, 扣押, تۇتۇلدى) and sent back home
    ("expelled back to his country", 驱逐回国, выслали на родину, выдворили)."""
    return (
        make_rules("tactic", "detention", {
            "en": [rf"\b(?:took|taken|taking) (?:the |an? )?(?:[\w-]+ ){{0,2}}?{_TARGET_EN} "
                   r"into custody\b"],
            "tr": [r"(?<!\w)yakaland\w*|(?<!\w)yakalanarak"],
            "zh": [r"被扣押|扣押了?(?:这|该|一|两|多|数)"],
            "ug": [r"(?<!\w)تۇتۇل(?:دى|غان|ۇپ|ۇۋال)\w*"]},
            none_of={"en": [RELATIVES["en"] + r"(?! of )", AGENT_ARRESTED["en"]],
                     "tr": [r"hastalı\w*|virüs\w*|covid|kanser\w*", RELATIVES["tr"]],
                     "zh": [RELATIVES["zh"]], "ug": [RELATIVES["ug"]]})
        + make_rules("tactic", "deportation", {
            "en": [r"\b(?:expell?(?:ed|ing)?|sent|forcibly returned|returned|deported) "
                   r"(?:[\w-]+ ){0,3}?"
                   r"back to (?:his|her|their) (?:home ?country|homeland|country|native \w+)\b",
                   r"\bexpell?(?:ed|ing) (?:[\w-]+ ){0,3}?back to\b"],
            "zh": [r"(?:驱逐|遣送|遣返|押送|强制送)回国"],
            "ug": [r"(?:دۆلىتى|ۋەتىنى|يۇرتى)(?:گە|غا)\s+(?:\S+\s+)?قايتۇرۇل\w*"],
            "ru": [r"(?<!\w)(?:выслал\w*|выслан\w*|выдвор\w*)|принудительно (?:верну\w*|возвра\w*)|"
                   r"(?:верну\w*|отправ\w*) на родину"]},
            none_of={**{lang: [DIPLOMATS_EXPELLED[lang]] for lang in ("en", "zh", "ug")},
                     "ru": [DIPLOMATS_EXPELLED["ru"], r"(?<!\w)консул\w*"]})
        + make_rules("tactic", "rendition", {"tr": [r"zorla kaybed\w*|zorla kaybolma\w*"]})
    )  # fmt: skip


def _threats_and_silencing() -> list[Rule]:
    """Threats to the person (not to relatives: those are threat_to_family) and demands to stop
    speaking, in the clause forms news uses ("demanded that she stop", گفتند دیگر مصاحبه نکند)."""
    return (
        make_rules("tactic", "direct_threat", {
            "en": [r"\bthreatened with (?:death|violence|reprisals?|being killed|murder|arrest)\b"],
            "tr": [r"(?<!\w)tehdit (?:et\w*|edil\w*|mesaj\w*)|(?<!\w)tehdit(?:ler|le)\w*|"
                   r"ölüm tehdid\w*|tehdidi (?:gel|al)\w*"]},
            none_of={"en": [RELATIVES["en"]], "tr": [RELATIVES["tr"]]})
        + make_rules("tactic", "silencing_demand", {
            "en": [r"\b(?:demand\w*|insist\w*|order\w*) that (?:he|she|they|the [\w-]+) (?:must )?"
                   r"(?:stop|cease|refrain|quit|end|delete|remove|not speak|not talk)\b"],
            "ug": [r"(?:سۆزلەشمەسلىك|يازماسلىق|توختىتىش|توختات\w*).{0,30}"
                   r"(?:بۇيرۇل\w*|تەلەپ قىلىن\w*|"
                   r"ئاگاھلاندۇرۇل\w*)"],
            "fa": [r"(?:خواستند|خواسته‌اند|گفتند|دستور داد\w*|هشدار داد\w*).{0,40}(?:متوقف کن\w*|"
                   r"دست بکش\w*|مصاحبه نکن\w*|ننویس\w*|پاک کن\w*|حذف کن\w*|سکوت کن\w*)"]})
    )  # fmt: skip


def _watching_and_attacks() -> list[Rule]:
    """Being watched (passives: izlendi, نازارەت قىلىندى, под наблюдением, تعقیب شد) and being
    attacked or killed in the forms the earlier tables lacked."""
    return (
        make_rules("tactic", "surveillance", {
            "en": [r"\b(?:were|was|being|been) (?:closely |secretly )?monitored\b|"
                   r"\bunder (?:close |constant )?surveillance\b"],
            "tr": [r"(?<!\w)izlen(?:di|iyor|mekte|miş)\w*|gözetim altın\w*|fişle\w*"],
            "ug": [r"سۈرەتكە تارتىۋېلىن\w*|سۈرىتى تارتىۋېلىن\w*|نازارەت قىلىن\w*|نازارەت ئاستى\w*"],
            "ru": [r"под (?:наблюдением|надзором|слежкой)|(?<!\w)слежк\w*"],
            "fa": [r"(?<!تحت )تعقیب شد\w*|(?:تحت|زیر) نظر|تحت مراقبت|(?:معترض|فعال|مخالف|"
                   r"دانشجو|پناهجو|تبعید)\S*.{0,30}(?:عکس|فیلم)[\s‌]*برداری شد\w*"]},
            none_of={"tr": [r"(?<!\w)(?:film|maç|dizi|konser|program)\w*"]})
        + make_rules("tactic", "assault", {
            "tr": [r"saldırıl\w*|saldırıya uğra\w*|(?<!\w)darp\w*|dövül\w*"],
            "ru": [r"ранил\w* ножом|ножев\w* ранени\w*|(?<!\w)избил\w*|(?<!\w)избит\w*"],
            "fa": [r"(?<!\w)حمله شد\w*|مورد حمله|ضرب و شتم"]})
        + make_rules("tactic", "assassination", {
            "ru": [r"(?<!\w)(?:убил(?:и|а)?|убит(?:а|ы|ого)?)(?!\w)|(?<!\w)застрел\w*"]})
    )  # fmt: skip


def _proxy_mobility_and_digital() -> list[Rule]:
    """Relatives visited, passports voided or traded for a return, warrants and rewards, online
    abuse and recruitment in the forms the matrix found missing."""
    return (
        make_rules("tactic", "threat_to_family", {
            "ru": [(RELATIVES["ru"], r"(?<!\w)(?:приход\w*|пришл\w*|наведа\w*|навеща\w*)")]})
        + make_rules("tactic", "passport_consular_denial", {
            "en": [(r"\bpassports?\b", r"\b(?:told|ordered|asked|forced) to (?:return|go back|"
                    r"come back)\b")],
            "fa": [r"(?:پاسپورت|گذرنامه)\S*\s+(?:\S+\s+)?(?:باطل|لغو|ضبط|توقیف)"]})
        + make_rules("tactic", "bounty_or_warrant", {
            "tr": [r"başına ödül|ödül kon\w*|ödül vaat\w*"],
            "ug": [r"ئىزدەش تىزىملىك\w*|ئىزدىلىۋاتقانلار تىزىملىك\w*"],
            "ru": [r"объяв\w* в (?:международный |федеральный |межгосударственный )?розыск|"
                   r"заочно арест\w*",
                   (r"(?<!\w)за (?:информаци|поимк|сведени)\w*", r"вознагражд\w*")]})
        + make_rules("tactic", "online_harassment", {
            "tr": [r"(?:internette|çevrimiçi|sosyal medyada)\s+(?:\S+\s+){0,2}?(?:taciz\w*|linç\w*|"
                   r"karala\w*)|(?:online|dijital) taciz"],
            "ug": [r"ئىجتىمائىي تاراتقۇ\w*.{0,30}(?:قارىلا\w*|ھاقارەت\w*|ھۇجۇم\w*)"],
            "ru": [r"трав(?:ил|ят|или|ит|ля|лю|ли)\w* в (?:интернете|сети|соцсет\w*)"]})
        + make_rules("tactic", "informant_recruitment", {
            "en": [r"\b(?:pressed|pressured|asked|told|forced|urged|ordered) to report on\b"],
            "zh": [r"被要求监视|要求(?:他|她|其)监视"]})
    )  # fmt: skip


# Round 6 (tnr-fresh): forms the codebook names that no language had in every language.
_TARGET_OF_RELATIVES_EN = (r"(?:journalists?|activists?|dissidents?|critics?|exiles?|bloggers?|"
                           r"opposition \w+|reporters?|editors?|presenters?)")  # fmt: skip


def _warrants_handovers_and_relatives() -> list[Rule]:
    """A warrant named as a noun ("an arrest warrant", 逮捕令, yakalama kararı, ордер на арест,
    تۇتۇش بۇيرۇقى), a person handed to the origin's authorities in any state (the earlier
    forms named only China), held at a border or in safe custody, and relatives killed or
    wounded — coercion by proxy at its most extreme — in each language."""
    return (
        make_rules("tactic", "bounty_or_warrant", {
            "en": [r"\barrest warrants?\b|\bwarrants? (?:of|to) arrest\b|\bwanted notices?\b"],
            "tr": [r"yakalama karar\w*|yakalama emr\w*"],
            "zh": [r"逮捕令|通缉令|拘捕令"],
            "ug": [r"(?:تۇتۇش|قولغا ئېلىش) بۇيرۇق\w*"],
            "ru": [r"ордер\w* на (?:его |её |их )?арест"]})
        + make_rules("tactic", "extradition_request", {
            "ug": [r"(?:ئۆتكۈزۈپ|قايتۇرۇپ|تاپشۇرۇپ) بېرىش\w* تەلىپ\w*"]})
        + make_rules("tactic", "deportation", {
            "en": [r"\bhanded (?:him |her |them )?(?:back |over )+to (?:the )?(?:[\w-]+ ){0,2}?"
                   r"(?:authorities|police|government|security (?:services|forces)|"
                   r"intelligence)\b"],
            "zh": [r"(?:交还|交回)给"],
            "ug": [r"(?:قايتۇرۇپ )?تاپشۇرۇپ (?:بەردى|بېرىلدى|بەرگەن|بېرىلگەن)\w*"],
            # A person handed over, not information passed on ("передавал сведения").
            "ru": [r"(?:(?:передал|выдал)(?:и|а)? (?:его|её|ее|их)|(?<!\w)(?:передан|выдан)"
                   r"(?:а|ы)?) (?:\w+ ){0,2}?(?:властям|спецслужбам|полиции|силовикам)"],
            "fa": [r"تحویل (?:داد|داده)"]},
            none_of={"en": [AGENT_ARRESTED["en"], DIPLOMATS_EXPELLED["en"]],
                     **{lang: [DIPLOMATS_EXPELLED[lang]] for lang in ("zh", "ru")}})
        + make_rules("tactic", "detention", {
            "en": [r"\bheld (?:at|in) (?:the |a )?(?:border(?: post)?|airport|police station|"
                   r"police cell|safe custody)\b|\bin (?:safe|police) custody\b"]},
            none_of={"en": [RELATIVES["en"] + r"(?! of )", AGENT_ARRESTED["en"]]},
            needs=("not_home",))
        + make_rules("tactic", "threat_to_family", {
            "en": [r"\b(?:killed|shot(?: dead)?|murdered|wounded|beat|beaten|abducted|detained|"
                   r"arrested|threatened) (?:\w+ ){0,2}?(?:relatives?|family members?|brothers?|"
                   r"sisters?|fathers?|mothers?|sons?|daughters?) of (?:an? |the |his |her )?"
                   rf"(?:[\w-]+ ){{0,3}}?{_TARGET_OF_RELATIVES_EN}\b"],
            "tr": [(RELATIVES["tr"] + r"|yakınını|yakınları(?!nda)\w*",
                    r"öldür\w*|yarala\w*|vurul\w*")],
            "zh": [r"(?:亲属|家人|亲人|家属)[^，。；]{0,10}(?:杀害|打死|枪杀|打伤|受伤)|"
                   r"(?:杀害|打死|枪杀|打伤)[^，。；]{0,10}(?:亲属|家人|亲人|家属)"],
            "ug": [(RELATIVES["ug"], r"ئۆلتۈرۈل\w*|ئۆلتۈر\w*|يارىلان\w*")],
            "ru": [(RELATIVES["ru"], r"(?<!\w)(?:убил\w*|убит\w*|застрел\w*|ранен\w*|ранил\w*)")],
            "fa": [r"(?:بستگان|خویشاوند|اعضای خانواده)\S*.{0,40}(?:کشته|به قتل|مجروح|زخمی)"]})
    )  # fmt: skip


MATRIX_TACTIC_RULES: list[Rule] = (
    _custody_and_returns() + _threats_and_silencing() + _watching_and_attacks()
    + _proxy_mobility_and_digital() + _warrants_handovers_and_relatives()
)  # fmt: skip
