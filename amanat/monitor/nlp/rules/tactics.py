"""Tactic rules per codebook code (design/taxonomy.md), in English, Turkish, Chinese, Uyghur and
Russian. Written from the codebook's meanings, not from any test article: a pattern names the
act ("passport not renewed"), and context patterns keep acts at home apart from acts abroad
(a father detained in Hotan is pressure on his son abroad, not a detention in the host country).
"""

from __future__ import annotations

from amanat.monitor.nlp.rules import Rule, make_rules

RELATIVES = {
    "en": r"\b(?:relatives?|family|families|parents?|mother|father|brothers?|sisters?|siblings?|"
          r"wife|husband|sons?|daughters?|children|in-laws?|sister-in-law|brother-in-law|cousins?|"
          r"uncle|aunt|grand(?:mother|father|parents))\b",
    "tr": r"(?<!\w)(?:aile\w*|akraba\w*|anne\w*|baba\w*|kardeş\w*|eşi\w*|oğl\w*|kızı\w*|"
          r"çocuk\w*|yakınlar(?!ında|ındaki)\w*|kuzen\w*|yeğen\w*|amca\w*|dayı\w*|teyze\w*|torun\w*)",
    "zh": r"(?:亲属|家人|家属|亲人|父母|母亲|父亲|兄弟|姐妹|妻子|丈夫|儿子|女儿|孩子|姐姐|"
          r"妹妹|哥哥|弟弟|堂兄|堂弟|表兄|表弟|堂姐|表姐|表妹|侄子|侄女|外甥|叔叔|舅舅|姑姑|阿姨|"
          r"祖父|祖母|爷爷|奶奶|外公|外婆)",
    "ug": r"(?<!\w)(?:ئۇرۇق|تۇغقان\w*|تۇغقى\w*|ئائىلە|ئائىلى\w*|ئاتا-ئانى\w*|ئانى\w*|ئاتى\w*|"
          r"ئاكى\w*|ئاكا\w*|ئىنى\w*|ئاچى\w*|سىڭلى\w*|قېرىند[اى]ش\w*|بالى\w*|جىيەن\w*|نەۋرە\w*|ھامما\w*|"
          r"ئايالى\w*|ئوغلى\w*)",
    # Whole words: "уроженец" holds "жен", "семьдесят" "семь", "материал" "матер".
    "ru": r"(?<!\w)(?:родственник\w*|семь(?:я|и|ю|ей|е|ям|ями|ях)|родител\w*|мать|"
          r"матер(?:и|ью|ей|ям)|отец|отц\w*|брат(?:а|у|ом|е|ья|ьев|ьям|ьями)?|сестр\w*|"
          r"жен(?:а|ы|е|у|ой)|муж(?:а|у|ем|е|ья|ей)?|сын\w*|доч\w*|двоюродн\w*|племянни\w*|"
          r"дяд(?:я|и|ю|ей|ям)|т[её]т(?:я|и|ю|ей)|бабушк\w*|дедушк\w*)(?!\w)",
}  # fmt: skip
RELATIVES_FA = (r"(?:خانواده|بستگان|خویشاوندان|فرزند|پدر|مادر|برادر|خواهر|همسر|والدین|"
                r"اقوام|پسر|دختر)")  # fmt: skip
_PRESSURE_ON_RELATIVES = {
    "en": r"\b(?:threat\w*|detain\w*|question(?:ed|ing)|interrogat\w*|visit(?:ed|s|ing)|summon\w*|"
          r"harass\w*|punish\w*|hostages?|arrest\w*|taken to (?:the )?(?:local )?police|"
          r"took (?:his|her|their) \w+ into custody|into custody|jail\w*|intimidat\w*|"
          r"pressur\w*|suffer|answer for|dealt with|in danger|put (?:them|her|him) at risk|"
          r"called in|warn\w*|forced to|brought to (?:a|the) police|sentenc\w*|imprison\w*|"
          r"retaliat\w*|reprisals?|"
          # Police pressure as news words it: "leaned on", "knocked on the door", "invited for tea".
          r"lean(?:s|ed|ing)? on|knock\w* on (?:the )?doors? of|"
          r"(?:invited|called in|summoned) (?:\w+ )?(?:for|to) (?:a )?(?:cup of )?tea)\b",
    "tr": r"(?:tehdit\w*|gözaltı\w*|sorgu\w*|ziyaret\w*|baskı\w*|tutukla\w*|cezalandır\w*|"
          r"rehin\w*|çağrıl\w*|serbest bırakıl\w*|gözdağı|korkut\w*|kapı\w* çal\w*)",
    "zh": r"(?:威胁|拘留|关押|审问|盘问|约谈|传唤|骚扰|惩罚|人质|逮捕|施压|上门|带走|恐吓|"
          r"找上|登门|喝茶|[“\"「]拜访[”\"」])",
    "ug": r"(?:تەھدىت\w*|سوراق\w*|قامال\w*|تۇتۇپ (?:كېت|كەت)\w*|ئىزدەپ بار\w*|بېسىم\w*|جازا\w*|"
          r"ئاگاھلاندۇر\w*|گۆرۈگە|قولغا ئېلىن\w*|تۇتقۇن\w*|قورقۇت\w*)",
    "ru": r"(?:угрож\w*|угроз\w*|допрос\w*|задерж\w*|арест\w*|вызва\w*|ответят|давлени\w*|"
          r"запуг\w*)",
}  # fmt: skip
_HOME_DETENTION = {
    "en": r"\b(?:camps?|re-education|internment|vocational|Xinjiang|Hotan|Kashgar|Urumqi|Aksu|"
    r"Ghulja|Tibet|Beijing|hometown|back home|at home in)\b",
}


# The host arrests the state's agents, not its targets: "arrested and charged with acting as an
# agent of", "two men suspected of spying for a … intelligence service".
AGENT_ARRESTED = {
    "en": r"\b(?:suspected|accused|charged|convicted)\b.{0,40}?\b(?:spying|espionage|acting as|"
    r"agents?|plot\w*|conspir\w*)\b|\bfor (?:a|an|the|its) (?:[\w-]+ ){0,2}?(?:intelligence|"
    r"secret) (?:agency|agencies|service|services|police)\b|\bsuspected (?:spies|agents)\b",
}
# Diplomats expelled by a host are not people sent back to be persecuted.
DIPLOMATS_EXPELLED = {
    "en": r"\bdiplomats?\b|\bembassy (?:staff|personnel|members|officials)\b|"
          r"\bmembers of the (?:[\w-]+ ){0,2}?embassy\b",
    "tr": r"diplomat\w*|büyükelçiliğ\S*\s+(?:\S+\s+){0,2}?görevli\w*",
    "zh": r"外交官|使馆(?:工作)?人员",
    "ru": r"дипломат\w*|сотрудник\w* посольств\w*",
    "ug": r"دىپلومات\w*|ئەلچىخان\w* (?:خادىم|خىزمەتچى|ئەزا)\w*",
    "fa": r"دیپلمات|(?:کارکنان|کارمندان|اعضای) سفارت",
}  # fmt: skip

_POSSESSIVE = r"(?:his|her|their|my|your|the|whose|[A-Z][\w-]+['’]s)"
_GAP = r"(?:[\w'’-]+\W+)"  # one word and what follows it


def _near_relatives_en() -> list[str]:
    """An act on relatives, close to them in the sentence: "detained his father", "his
    relatives in Ili would answer for", "threatening families back home"."""
    rel, act = RELATIVES["en"], _PRESSURE_ON_RELATIVES["en"]
    return [
        rf"{act}\W+{_GAP}{{0,4}}?{_POSSESSIVE}\s+(?:[\w'’-]+\s+){{0,2}}?{rel}",
        rf"{_POSSESSIVE}\s+(?:[\w'’-]+\s+){{0,2}}?{rel}\W+{_GAP}{{0,6}}?{act}",
        rf"{act}\W+{_GAP}{{0,3}}?(?:families|relatives|family members|parents)\b",
        rf"\b(?:relatives|families|family members)\W+{_GAP}{{0,6}}?{act}",
    ]


def _near_relatives_zh() -> str:
    rel, act = RELATIVES["zh"], _PRESSURE_ON_RELATIVES["zh"]
    # Chinese puts the whole description of the exile before the relatives ("逮捕了在华盛顿的
    # 埃及裔美国人权倡导者穆罕默德·苏尔坦的五名堂兄弟"): up to 30 characters within one clause.
    # Relatives who speak ("其家人说他已被拘留") are the source of his arrest, not its object.
    said = r"(?!说|称|表示|透露|告诉|证实|确认)"
    return rf"(?:{rel}){said}[^，。；！？,.]{{0,8}}{act}|{act}[^，。；！？,.]{{0,30}}{rel}"


def _family() -> list[Rule]:
    cooccurring = {lang: [(RELATIVES[lang], _PRESSURE_ON_RELATIVES[lang])]
                   for lang in ("tr", "ug", "ru")}  # fmt: skip
    return make_rules("tactic", "threat_to_family", {
        "en": _near_relatives_en(), "zh": [_near_relatives_zh()], **cooccurring,
    }) + make_rules("tactic", "threat_to_family", {
        "en": [r"\bcoercion by proxy\b", r"\busing (?:my|his|her|their) family as hostages\b"],
        "tr": [r"ailesi\w* (?:üzerinden|aracılığıyla) baskı"],
        "zh": [r"株连"],
    }, none_of={"en": [r"\brefers to\b|\bincludes\b|\bdefin\w*"]})  # fmt: skip


def _contact_control() -> list[Rule]:
    contact = {
        "en": r"\b(?:video (?:call|conversation|chat)s?|calls? with (?:his|her|their|my) "
              r"(?:mother|father|parents|family)|contact with (?:his|her|their|my)?\s*(?:family|"
              r"mother|father|parents|relatives)|talk to (?:her|him|them|your family)|speak to "
              r"your family|access to family)\b",
        "tr": r"(?:görüntülü (?:görüşme|arama)|ailesiyle (?:görüş|konuş)\w*)",
        "zh": r"(?:视频通话|视频聊天|与(?:母亲|家人|父母)(?:通话|联系))",
        "ug": r"(?:سىنلىق (?:سۆزلىشىش|پاراڭ|ئالاقە)|ئالاقىسى ئۈزۈل\w*|ئالاقە يەنە ئۈزۈل\w*)",
        "ru": r"(?:видеозвон\w*|видеосвяз\w*)",
    }  # fmt: skip
    control = {
        "en": r"\b(?:offer\w*|exchange|in return|supervis\w*|arranged|set up|cut off|stopped|"
              r"managed|mediated|in charge of|incentive|compliance|if (?:I|he|she|you) "
              r"(?:helped|stop\w*|cooperat\w*)|every month if|restricts?)\b",
        "tr": r"(?:karşılığında|teklif\w*|şartıyla|kesil\w*|izin veril\w*)",
        "zh": r"(?:作为交换|条件|安排|监督|切断|换取)",
        "ug": r"(?:ئىمكانىيىتى بەر\w*|تەلەپ|شەرت\w*|ئۈزۈل\w*)",
        "ru": r"(?:в обмен|при условии|организова\w*)",
    }  # fmt: skip
    return make_rules("tactic", "family_contact_control",
                      {lang: [(contact[lang], control[lang])] for lang in contact})  # fmt: skip


def _co_optation() -> list[Rule]:
    informant = make_rules("tactic", "informant_recruitment", {
        "en": [r"\bspy(?:ing)? on\b|\bto spy\b|\bas a spy\b|\bwork for (?:them|us|the Chinese)\b|"
               r"\binform(?:ants?|ers?)\b|\binform on\b|\breport (?:it )?back\b|\breport on "
               r"(?:fellow|other|the community)|\bnames of (?:people|those|friends|the |her |his )|"
               r"\bwho (?:had |would be )?(?:attended|attending|came)\b|\bgather intelligence\b|"
               r"\bacquire intelligence\b|\bpass(?:ed)? (?:information|it back)\b|\bdemands? "
               r"information on\b|\binformation about (?:Uyghur|the community|community)"],
        "tr": [r"casus(?! yazılım)\w*|muhbir\w*|ispiyon\w*|kimin geldiğini|hakkında bilgi "
               r"(?:iste\w*|ver\w*|topla\w*)|bilgi (?:istedi|karşılığında|toplama\w*)"],
        "zh": [r"线人|间谍(?!软件)|刺探|汇报|提供.{0,8}(?:信息|情报|名单)|打听.{0,6}(?:消息|情况)"],
        "ug": [r"جاسۇس(?!لۇق (?:يۇمشاق|پروگرام))\w*|ئىشپىيون\w*|خەۋەرچى\w*|"
               r"ئۇچۇر (?:توپلا\w*|يەتكۈز\w*|بېرىش\w*)"],
        "ru": [r"шпион(?!ск\w* (?:программ|ПО))\w*|осведомител\w*|(?<!\w)донос\w*|сообщать о\b"],
    })  # fmt: skip
    bribery = make_rules("tactic", "bribery_inducement", {
        "en": [r"\b(?:offered|offering|offers?|promised|pay|paid|paying|help with) (?:him |her |"
               r"them |me )?(?:money|cash|payments?|contracts?|business|(?:my |his |her )?rent|"
               r"a job|jobs|salary)\b|\bpay (?:my|his|her|their) rent\b|\bbusiness cover\b|"
               r"\bcover story\b|\blucrative contracts?\b|\b(?:money|cash) (?:in exchange|in "
               r"return|as well)\b|\boffered (?:him|her|them) money\b"],
        "tr": [r"para (?:sorun değil|teklif\w*|karşılığında|verme\w*)|"
               r"kazançlı (?:sözleşme|ihale)\w*|ihale\w* teklif\w*"],
        "zh": [r"金钱|报酬|收买|利诱|给.{0,4}钱|好处费"],
        "ug": [r"پۇل (?:بېرى\w*|ۋەدە\w*)|پۇل\w* تەكلىپ\w*|مۇكاپات (?:بېرىش|ۋەدە)"],
        "ru": [r"(?:предлож\w*|обеща\w*) (?:деньг\w*|оплат\w*)|вознагражд\w*"],
    })  # fmt: skip
    return informant + bribery


def _threats() -> list[Rule]:
    silencing = make_rules("tactic", "silencing_demand", {
        "en": [r"\bstop(?:ped)? (?:going to |attending |giving |speaking |talking |writing |"
               r"posting |his |her |their |all )?(?:demonstrations?|protests?|protesting|"
               r"interviews?|activism|advocacy|campaigning|criticis\w*|writing|reporting|covering|"
               r"speaking out)|\bquit(?:ting)? protest\w*|\bdelet\w* (?:my |his |her |their )?"
               r"(?:videos?|posts?)|\bremov\w* (?:my |his |her |their )?(?:videos?|posts?)|"
               r"\bstay away from (?:such )?(?:events|protests|demonstrations)|\bdesist from\b|"
               r"\bcease speaking\b|\bkeep quiet\b|\bstay silent\b|\bkept reporting\b|\bno more "
               r"interviews\b|\bunless (?:she|he|they) stopped\b|\bmake noise\b",
               # Told to stay away from every protest: "told me not to attend any protests".
               r"\b(?:not|never) to (?:attend|join|organi[sz]e|take part in|go to|speak at) "
               r"any (?:more |further )?(?:protests?|rallies|demonstrations?|vigils?|events)\b"],
        "tr": [r"gösteri\w* (?:katılmayı )?bırak\w*|videoların\w* sil\w*|paylaşımların\w* sil\w*|"
               r"röportaj\w* (?:vermeyi )?bırak\w*|eleştirmeyi bırak\w*|sus(?:ma\w*|tur\w*)|"
               r"faaliyetlerini durdur\w*"],
        "zh": [r"不要再.{0,4}(?:接受|参加|发声|批评)|"
               r"停止.{0,8}(?:活动|抗议|发声|采访|批评|报道|写作|发帖)|"
               r"删除.{0,6}(?:视频|帖子|文章)|闭嘴|禁止.{0,4}发声|"
               r"不要(?:再)?(?:参加|组织)[^，。；]{0,6}(?:抗议|集会|示威|游行)"],
        "ug": [r"(?:پائالىيەت|خىزمەت|يېزىش|سۆز|نامايىش|ۋىدېئو|يازما|تەنقىد|ئىنكاس|"
               r"مەزمۇن)\w*\s+(?:\S+\s+)?(?:توختىتىش|ئۆچۈرۈش)\w*|قاتناشماسلىق\w*|ئاغزىنى يۇم\w*"],
        "ru": [r"прекратить|перестать|замолчать|удалить (?:видео|посты)"],
    })  # fmt: skip
    direct = make_rules("tactic", "direct_threat", {
        "en": [r"\bdeath threats?\b|\bthreats? to (?:his|her|their) li(?:fe|ves)\b|\bthreatening "
               r"(?:phone )?(?:calls?|messages?)\b|\baccidents happen\b|\bwatch your back\b|"
               r"\bbeing watched\b|\bunder watch\b|\bthreatened to kill\b"],
        "tr": [r"ölüm tehdit\w*|tehdit (?:telefon|mesaj)\w*|tehdit ed\w*"],
        "zh": [r"威胁(?:电话|短信|信息|消息)|死亡威胁|恐吓(?:他|她|他们)(?!的)|小心你"],
        "ug": [r"تەھدىت\w*|قورقۇت\w*"],
        "fa": [r"(?:پیام|تماس)(?:‌های|های| های)? تهدیدآمیز|تهدید به مرگ"],
        "ru": [r"угроз\w*|угрожа\w*|несчастные случаи"],
    }, none_of={lang: [RELATIVES[lang]] for lang in ("tr", "ug", "ru")})  # fmt: skip
    direct += make_rules("tactic", "direct_threat", {
        "en": [(r"\b(?:threaten\w*|threats?|warned|warning)\b", r"\b(?:him|her|them|me|you)\b")],
        "zh": [r"(?:威胁|警告)(?:他|她|他们|说)"],
    }, none_of={"en": [RELATIVES["en"], r"\bfamilies\b|\bcountries\b|\bsovereignty\b"],
                "zh": [RELATIVES["zh"]]})  # fmt: skip
    bounty = make_rules("tactic", "bounty_or_warrant", {
        "en": [r"\bbount(?:y|ies)\b|\barrest warrants?\b|\bwanted (?:notices?|lists?|persons?)\b|"
               r"\brewards? (?:of|for) .{0,40}(?:information|arrest)|\bwarrants? for (?:their|his|"
               r"her) arrest\b"],
        "tr": [r"yakalama karar\w*|ödül\w* (?:koy|vaat)\w*|aranan\w* listesi"],
        "zh": [r"悬赏|通缉"],
        "ug": [r"مۇكاپات\w* (?:قوي|ئېلان)\w*|قولغا ئېلىش بۇيرۇق\w*"],
        "ru": [r"ордер\w* на арест|объявлен\w* в розыск|награда за"],
    })  # fmt: skip
    return silencing + direct + bounty


def _digital() -> list[Rule]:
    harassment = make_rules("tactic", "online_harassment", {
        "en": [r"\bonline (?:abuse|harassment|smears?|attacks?|threats?)\b|\bsmear\w*|\bdox\w*|"
               r"\b(?:posted|published) (?:her|his|their) (?:home )?address\b|\baddress published "
               r"online\b|\bfake accounts\b|\btroll\w*|\babuse on (?:X|Twitter|Facebook|social "
               r"media)\b|\bcoordinated abuse\b|\bharass\w* (?:online|on social media)\b"],
        "tr": [r"sosyal medya\w* (?:taciz|karalama|hakaret)\w*|(?<!\w)trol\w*|"
               r"karalama kampanya\w*"],
        "zh": [r"网络(?:骚扰|攻击|暴力)|人肉搜索|抹黑|网暴"],
        "ug": [r"تور(?:دا)? (?:زوراۋانلىق|ھاقارەت)\w*|تۆھمەت\w*"],
        "ru": [r"(?<!\w)травл\w*|доксинг\w*|оскорблени\w* в (?:сети|соцсетях)"],
    })  # fmt: skip
    hacking = make_rules("tactic", "hacking_spyware", {
        "en": [r"\bspyware\b|\bmalware\b|\bphishing\b|\bmalicious (?:links?|apps?|files?)\b|"
               r"\bhack(?:ed|ing|ers?)\b|\baccount takeover\b|\btook over (?:his|her|their) "
               r"accounts?\b|\bcompromised (?:his|her|their) (?:account|phone)s?\b"],
        "tr": [r"casus yazılım\w*|oltalama|hackle\w*|kötü amaçlı (?:yazılım|bağlantı)\w*"],
        "zh": [r"间谍软件|恶意软件|钓鱼(?:邮件|链接)|黑客|入侵.{0,4}(?:手机|账号|电脑)"],
        "ug": [r"جاسۇسلۇق (?:يۇمشاق دېتال|پروگرامم)\w*|خاكېر\w*|ھاكېر\w*|ۋىرۇس\w*"],
        "ru": [r"шпионск\w* программ\w*|фишинг\w*|взлом\w*|хакер\w*"],
    })  # fmt: skip
    impersonation = make_rules("tactic", "impersonation", {
        "en": [r"\bfrom (?:her|his|their|my) (?:\w+ )?(?:sister|brother|mother|father|relative|"
               r"friend|sister-in-law|brother-in-law)['’]?s? (?:WeChat |phone |social media )?"
               r"(?:account|phone|number)\b|\b(?:sister|brother|mother|father|relative|friend)"
               r"['’]s (?:WeChat |phone |social media )?(?:account|phone)\b|\b(?:were|was) "
               r"written by (?:the )?police\b|\bunder duress\b|\bnot (?:written|sent) by (?:her|"
               r"his|their)\b|\bpos(?:ed|ing) as\b"],
        "tr": [r"hesabından (?:gelen|gönderilen) mesaj\w*|polis tarafından yazıl\w*"],
        "zh": [r"冒充|以.{1,6}的(?:名义|账号)|用.{1,6}的(?:微信|账号|手机)(?:发|给)"],
        "ug": [r"ھېسابات\w* ئارقىلىق|نامىدىن (?:ئۇچۇر|خەۋەر)"],
        "ru": [r"от имени (?:сестры|брата|матери|родственник\w*)|с аккаунта"],
    })  # fmt: skip
    return harassment + hacking + impersonation


def _physical() -> list[Rule]:
    surveillance = make_rules("tactic", "surveillance", {
        "en": [r"\b(?:filmed|photographed|followed|monitored|tracked|spied on) (?:them|him|her|us|"
               r"the protest\w*|protesters|demonstrators|by)\b|\b(?:filming|photographing|"
               r"monitoring|tracking|spying on) (?:them|him|her|us|(?:\w+ )?(?:exiles|"
               r"dissidents|activists|protesters|demonstrators))\b|\bphotos? taken at\b|\btook "
               r"(?:photos|pictures) of (?:the )?(?:protesters|demonstrators|them|attendees)\b|"
               r"\bsurveillance by (?:the Chinese|Beijing|the state|Chinese)\b|\binformant is on "
               r"campus\b|\bbeing followed\b|\bwere tracked\b|\btracked, harassed\b"],
        "tr": [r"takip edil\w*|fotoğrafları\w* çekil\w*|fotoğraflarını çek\w*|gözetle\w*|"
               r"izlendiği\w*"],
        "zh": [r"跟踪|偷拍|拍照|拍摄.{0,6}(?:抗议|示威|照片)|监控.{0,4}(?:海外|抗议)"],
        "ug": [r"سىنغا ئال\w*|سۈرەتكە ئال\w*|ئىز قوغلا\w*|پايلا\w*"],
        "ru": [r"слежк\w*|следил\w*|фотографировал\w*|снимал\w* (?:их|протест\w*)"],
    })  # fmt: skip
    passport = make_rules("tactic", "passport_consular_denial", {
        "en": [r"\bpassports? (?:was |were |had been )?(?:cancel\w*|not renewed|revoked|"
               r"confiscated|renewals?)\b|\brefus\w* to renew\b|\b(?:turned down|rejected|denied) "
               r"(?:their|his|her|my) passport|\bgo home first\b|\bconsular services? "
               r"(?:refused|denied)\b|\btold (?:them |her |him |me )?to (?:go back|return) to "
               r"(?:China|Xinjiang)\b"],
        "tr": [r"pasaport\w* (?:yenile\w*|iptal\w*)|eve dön|dönmeleri\w* söylen\w*"],
        "zh": [r"护照.{0,8}(?:吊销|注销|不予|拒绝|续签|延期|换发)|拒绝.{0,6}护照"],
        "ug": [r"پاسپورت\w* (?:يېڭىلا\w*|بىكار\w*|ئۇزارت\w*)"],
        "ru": [r"паспорт\w* (?:аннулир\w*|не продл\w*|отказ\w*)|отказ\w* в продлении"],
    })  # fmt: skip
    return surveillance + passport


def _host_state() -> list[Rule]:
    # The codebook's "red notice or diffusion sought": Interpol named with a notice, request,
    # search or channel — not Interpol merely criticised or named.
    interpol = make_rules("tactic", "interpol_abuse", {
        "en": [r"\bred notices?\b|\bdiffusion notices?\b|\bdiffusions?\b",
               (r"\bInterpol\b", r"\b(?:notices?|requests?|requested|wanted|warrants?|sought|"
                r"through|via|database|channels?|alerts?|lists?|arrest\w*|search\w*|flagged|"
                r"issued|abus\w*|misus\w*)\b")],
        "tr": [r"kırmızı bülten\w*",
               (r"Interpol|İnterpol", r"bülten\w*|talep\w*|aran\w*|aracılığıyla|yoluyla|"
                r"kayıt\w*|tutukla\w*|yakalama\w*|iste\w*|kötüye")],
        "zh": [r"红色通(?:缉|报)",
               (r"国际刑警", r"通缉|通报|请求|要求|通过|数据库|逮捕|滥用|发出")],
        "ug": [r"قىزىل ئۇقتۇرۇش\w*",
               (r"ئىنتېرپول\w*", r"ئۇقتۇرۇش\w*|تەلەپ\w*|تەلىپ\w*|ئىزدە\w*|ئارقىلىق|تۇتۇش\w*|"
                r"قالايمىقان")],
        "ru": [r"красн\w* уведомлени\w*",
               (r"Интерпол\w*", r"уведомлени\w*|розыск\w*|запрос\w*|через|баз\w*|ордер\w*|"
                r"арест\w*|злоупотреб\w*|объяв\w*")],
    }, none_of={"en": [r"\bsuch as\b|\bincludes\b|\breform\w*"]})  # fmt: skip
    extradition = make_rules("tactic", "extradition_request", {
        "en": [r"\bextradit\w*|\basked .{0,40}(?:authorities|government|police) to hand (?:him|"
               r"her|them) over\b|\barrest requests?\b"],
        "tr": [r"iade\w* (?:talep|iste)\w*|iade talebi\w*|teslim edilmesini iste\w*"],
        "zh": [r"引渡|要求.{0,12}移交"],
        "ug": [r"ئۆتكۈزۈپ بېرىش\w* تەلەپ|قايتۇرۇپ بېرىش\w* تەلەپ"],
        "ru": [r"экстради\w*|о выдаче"],
    }, none_of={"en": [r"\bincludes\b|\bsuch as\b"]})  # fmt: skip
    return interpol + extradition


def _direct() -> list[Rule]:
    detention = make_rules("tactic", "detention", {
        "en": [r"\b(?:was|were|been|being|is|are|remained) (?:\w+ )?(?:detained|arrested|jailed|"
               r"taken into custody)\b|\bheld (?:in (?:custody|detention|a cell|prison|jail)|by "
               r"(?:police|immigration)|incommunicado|without charge)\b|"
               r"\b(?:detained|arrested) (?:a|an|the|him|her|them|\d+|two|three|four|several)\b|"
               r"\bdetention (?:centre|center)\b|\bremained in "
               r"detention\b|\bimmigration detention\b|\bholding them\b"],
        "tr": [r"gözaltına (?:alındı|aldı|alınan)|tutukla\w*|gözaltında (?:kal|tut)\w*"],
        "zh": [r"被.{0,8}(?:拘留|逮捕|扣押|关押)(?!令)|拘留中心|羁押"],
        "ug": [r"قولغا ئېلىن\w*|تۇتۇپ تۇر\w*|قاماقتا"],
        "ru": [r"задержа\w*|(?<!на )арестова\w*|под стражей"],
    }, none_of={"en": [RELATIVES["en"] + r"(?! of )", _HOME_DETENTION["en"], AGENT_ARRESTED["en"]],
                "zh": [RELATIVES["zh"], r"新疆|集中营|再教育"],
                **{lang: [RELATIVES[lang]] for lang in ("tr", "ug", "ru")}},
        needs=("not_home",))  # fmt: skip
    deportation = make_rules("tactic", "deportation", {
        "en": [r"\bdeport\w*|\brefoul\w*|\bsent back to (?:China|Iran|Russia)\b|\bforcibly "
               r"returned\b|\bexpelled to\b|\bhanded (?:him |her |them )?over to (?:China|Chinese "
               r"authorities)\b"],
        "tr": [r"sınır dışı\w*|geri gönderil\w*|Çin'e (?:iade edildi|teslim edildi)"],
        "zh": [r"遣返|驱逐出境"],
        "ug": [r"قايتۇرۇۋېتىل\w*|قوغلاپ چىقىرىل\w*|ئۆتكۈزۈپ بېرىل\w*"],
        "ru": [r"депортир\w*|выслан\w*|выдворен\w*|выдан\w* Китаю"],
    }, none_of={"en": [r"\bdangers? of\b|\beven deportation\b|\bsuch as\b|"
                       r"\bwithout\b", DIPLOMATS_EXPELLED["en"]],
                **{lang: [DIPLOMATS_EXPELLED[lang]]
                   for lang in ("tr", "zh", "ru", "ug")}})  # fmt: skip
    rendition = make_rules("tactic", "rendition", {
        "en": [r"\babduct\w*|\bkidnap\w*|\bbundled into a (?:car|van)\b|\brendition\b|"
               r"\bseized .{0,40}(?:flown|taken|transferred) to\b|\birregular(?:ly)? transfer\w*"],
        "tr": [r"kaçırıl\w*|kaçırma\w*|zorla (?:götürül|kaçır)\w*"],
        "zh": [r"绑架|劫持|强行带回|秘密押送"],
        "ug": [r"بۇلاپ كېتىل\w*|ئوغرىلاپ كېتىل\w*"],
        "ru": [r"похищ\w*|похити\w*"],
    }, none_of={"en": [r"\bfrom the rendition of\b|\bsuch as\b"]})  # fmt: skip
    assault = make_rules("tactic", "assault", {
        "en": [r"\b(?:was |were )?(?:physically )?attacked\b|"
               r"\bassault(?!\w* (?:rifle|weapon|gun)s?\b)\w*|\bbeaten\b|\bbeat (?:him|"
               r"her|them)\b|\bstabbed\b|\bwith a hammer\b|\bpunched\b"],
        "tr": [r"saldırıya uğra\w*|darp\w*|dövül\w*|bıçakla\w*"],
        "zh": [r"袭击|殴打|打伤|刺伤"],
        "ug": [r"ھۇجۇم(?!\w* مىلتىق)\w*|ئۇرۇپ (?:يارىلاندۇر|ئۆلتۈر)\w*"],
        "ru": [r"напал\w*|избит\w*|нападени\w*|избили"],
    }, none_of={"en": [r"\bcyber|\bhack|\bonline|\bdigital|\bthousands of attacks\b|\bby his "
                       r"(?:friends|peers)\b"]})  # fmt: skip
    killing = make_rules("tactic", "assassination", {
        "en": [r"\bassassinat\w*|\bsent to kill\b|\b(?:tried|attempted|attempt|plot\w*) to "
               r"kill\b|\bmurder plot\b|\battempt on (?:his|her|their) li(?:fe|ves)\b|"
               r"\bcontract killing\b"],
        "tr": [r"suikast\w*|öldürme girişimi\w*|öldürmek için"],
        "zh": [r"暗杀|刺杀|谋杀"],
        "ug": [r"سۇيىقەست\w*|ئۆلتۈرۈش\w* ئۈچۈن"],
        "ru": [r"покушени\w*|убить|убийств\w*"],
    })  # fmt: skip
    return detention + deportation + rendition + assault + killing


TACTIC_RULES: list[Rule] = (_family() + _contact_control() + _co_optation() + _threats()
                            + _digital() + _physical() + _host_state() + _direct())  # fmt: skip
