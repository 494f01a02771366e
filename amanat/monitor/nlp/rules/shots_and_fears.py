"""Tactics: shots and beatings read; returns feared, espionage charges and expulsions vetoed.

Round 16b: tactics on texts rightly found as transnational repression — readings chosen from
the classes of errors the rules made on splits they had never seen (the blind behaviour of 12
splits, tnr-blind … tnr-fresh11, and tnr-fresh12/13 at the start of the round). Each class was
seen in at least two splits or two languages; the counts are in docs/monitor/accuracy.md
(Round 16b).

Readings (new tactic rules, :data:`SHOTS_AND_FEARS_RULES`):

- **shot at, over and over** ("shot seven times", "身中七枪", "yedi kurşunla", "выстрелил
  в него") is an attempt on a life: assassination, whether or not the person died;
- **relatives beaten** ("broke into his parents' home and beat his mother") is coercion by proxy:
  threat_to_family (codebook: relatives at home threatened, questioned, detained);
- **arrested in absentia** ("заочно арестовал", "gıyabında tutuklandı") is a warrant for someone
  out of reach: bounty_or_warrant;
- **information gathered on people, or people spied on** ("suspected of spying on followers of
  the movement", "собирал сведения о тибетцах") is surveillance;
- **a harm made conditional on the work** ("would be hurt if he stayed at the channel", "unless
  he stopped writing", "to stop them criticising") is a demand for silence.

Sentence vetoes (:func:`dropped`, in ``tagging._tactics``), each dropping only what it names:

- the same weapon attack is no separate assault; the same beating of relatives is no assault of
  the person; an arrest in absentia is no detention;
- **a return feared or conditional** ("afraid that I will be deported", "geri gönderilmekten
  korkuyor", "担心被遣返", "if sent back") is no deportation;
- **a charge or conviction of espionage** ("charged with spying", "间谍罪", "casuslukla itham")
  is no recruitment of informants;
- **officials, diplomats or spies expelled** by the host ("若干印度官员被驱逐出境") is no
  deportation of a diaspora member;
- **entry refused** (text level, :func:`entry_refused`): a text that tells an entry to the
  origin refused and names no one sent to the origin drops deportation — the person "sent back"
  goes home to the host;
- **a warrant threatened** ("before a verdict is issued and a warrant is sent to Interpol") is
  no warrant and no Interpol notice yet.

Tested in ``tests/test_shots_and_fears.py``.
"""

from __future__ import annotations

from amanat.monitor.nlp.rules import Rule, compiled, make_rules

_KIN_EN = (r"(?:relatives?|family members?|parents|mother|father|brothers?|sisters?|wife|husband|"
           r"sons?|daughters?|siblings?|cousins?)")  # fmt: skip
_KIN_FA = r"(?:پدر|مادر|برادر|خواهر|همسر|والدین|بستگان|خانواده|اقوام|فرزند)"
_KIN_RU = r"(?:родственник|родител|мать|матер|отц|отец|брат|сестр|жен[уаы]|сын|доч)"
_KIN_TR = r"(?:anne|baba|kardeş|aile|akraba|eşi|oğl|kızı)"
_KIN_ZH = (r"(?:亲属|家人|家属|亲人|父母|母亲|父亲|兄弟|姐妹|妻子|丈夫|儿子|女儿|"
           r"哥哥|弟弟|姐姐|妹妹)")  # fmt: skip
_KIN_UG = r"(?:ئاتا-ئانى|ئانى|ئاتى|قېرىند[اى]ش|تۇغقان|ئائىلى|ئاكى|ئىنى|ئاچى|سىڭلى|ئايالى)"

# Shot at, or stabbed, again and again: an attempt on a life.
WEAPON_ATTACK = {
    "en": r"\bshot (?:\w+ ){0,3}?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|"
          r"multiple) times\b|\b(?:\d+|several|multiple) shots were fired\b|\bopened fire on "
          r"(?:him|her|his|the \w+ of)\b",
    "tr": r"(?:\d+|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on) kurşun(?:la|un isabet)\w*|"
          r"kurşunla(?:n|yarak)\w*|(?:üzerine|ona|kendisine|aracına) ateş aç\w*|"
          r"silahlı saldırı(?:ya uğra|da ağır yaralan)\w*",
    "zh": r"遭[^，。；]{0,12}枪击|中(?:了)?(?:\d+|[一二三四五六七八九十两数多]{1,3})枪|"
          r"(?:向|朝)(?:他|她)[^，。；]{0,6}开(?:了)?(?:\d+|[一二三四五六七八九十两数多]{1,3})?枪",
    "ug": r"ئوق (?:چىقىرىپ|ئېتىپ|ئۈزۈپ) يارىلاندۇر\w*|(?:\d+|بىر نەچچە) پاي ئوق\w*",
    "ru": r"выстрел\w* в (?:него|неё|нее|них)|(?:\d+|несколько|семь|пять|шесть|восемь) "
          r"(?:пул|выстрел)\w*|обстрелял\w* (?:его|её|ее) (?:машину|автомобиль)",
    "fa": r"(?:شلیک|تیراندازی) (?:\S+\s+){0,2}?به (?:او|وی|سوی او|سمت او)|"
          r"(?:\d+|[۰-۹]+|هفت|پنج|شش|چند) گلوله",
}  # fmt: skip

# Relatives beaten: the person abroad is coerced through them.
RELATIVES_BEATEN = {
    "en": r"\b(?:beat|beaten|beating|assaulted|attacked|punched|kicked) (?:\S+ ){0,2}?(?:his|her|"
          r"their) (?:\w+ )?" + _KIN_EN + r"\b|\b" + _KIN_EN + r" (?:\S+ ){0,4}?(?:were|was|had "
          r"been|have been|are being|is being|being) (?:\S+ ){0,5}?(?:beaten|assaulted)\b|\b"
          + _KIN_EN + r" (?:(?!said\b|says\b|told\b)\S+ ){0,3}?beat (?:her|him|them)\b",
    "tr": _KIN_TR + r"\w*\s+(?:\S+\s+){0,4}?(?:dövdü|dövmüş|darp et|dövül|darp edil)\w*",
    "zh": _KIN_ZH + r"[^，。；说称]{0,10}(?:遭到?|被)[^，。；]{0,6}(?:殴打|毒打|打伤)|"
          r"(?:殴打|毒打|打伤)(?:了)?(?:他|她|其)?的?" + _KIN_ZH,
    "ug": _KIN_UG + r"\w*\s+(?:\S+\s+){0,4}?(?:ئۇرۇپ|دۇمبالا|ئۇرۇلغان|ئۇرغان)\w*",
    "ru": _KIN_RU + r"\w*\s+(?:\S+\s+){0,4}?(?:избили|избивали|избит\w*)|(?:избили|избивали)\s+"
          r"(?:\S+\s+){0,2}?" + _KIN_RU,
    "fa": _KIN_FA + r"\S*\s+(?:\S+\s+){0,10}?(?:کتک زد|را زدند|ضرب و شتم)|"
          r"(?:ضرب و شتم|کتک زدن)\S*\s+(?:\S+\s+){0,2}?" + _KIN_FA,
}  # fmt: skip

# Arrested in absentia: a warrant for someone out of reach, no one in custody.
IN_ABSENTIA_ARREST = {
    "en": r"\b(?:arrest\w*|detention) in absentia\b|\bin absentia (?:\w+ ){0,2}?arrest\w*",
    "tr": r"gıyab[ıi]nda (?:\S+\s+){0,3}?tutuk\w*|gıyabi tutuklama\w*",
    "zh": r"缺席(?:逮捕|批捕|羁押|拘留)",
    "ug": r"غايىبانە (?:\S+\s+){0,3}?(?:قولغا ئېلىن|قولغا ئال|قامال)\w*",
    "ru": r"заочно (?:\S+\s+){0,3}?(?:арест|задерж)\w*|(?:арест|задерж)\w* (?:\S+\s+){0,2}?заочно|"
          r"заочн\w* арест\w*",
    "fa": r"غیاب(?:اً|ا|ی)?\s+(?:\S+\s+){0,3}?بازداشت|بازداشت\S* غیابی",
}  # fmt: skip

# A harm made to hang on the work, or a demand that it stop, said through anyone.
WORK_OR_HARM = {
    "en": r"\bif (?:he|she|they|the \w+) (?:kept|keep|keeps|continued?|continues|stayed|stays|"
          r"went on|go on) (?:\w+ ){0,2}?(?:working|writing|speaking|reporting|at|with|on)\b|"
          r"\bunless (?:he|she|they) (?:stopped|stops|stop|quit|quits|left|leaves)\b|\bto stop "
          r"(?:them|him|her) (?:from )?(?:criticis|criticiz|speaking|writing|protesting|"
          r"reporting|campaigning)\w*|\b(?:get|step|stay) (?:out of|away from) \W?(?:hostile|"
          r"foreign|enemy|opposition) media",
    "tr": r"(?:çalışmaya|yazmaya|konuşmaya|haber yapmaya) devam eder(?:se|lerse)|(?:konuşmayı|"
          r"yazmayı|çalışmayı|eleştirmeyi|paylaşımlarını) bırakmaz(?:sa|lar)\w*|"
          r"(?:\S+\s+)?bırakmadığı takdirde",
    "zh": r"如果[^。；]{0,10}(?:继续|不停止|不放弃)|除非[^。；]{0,8}(?:停止|放弃)|"
          r"(?:阻止|迫使)[^。；]{0,8}(?:停止|不再)(?:批评|发声|报道|写作|抗议)",
    "ug": r"(?:داۋاملاشتۇرسا|توختاتمىسا|توختىمىسا|ۋاز كەچمىسە)",
    "ru": r"если (?:\S+\s+){0,2}?(?:продолж|не прекрат|не перестан|останется)\w*|чтобы "
          r"(?:\S+\s+){0,2}?(?:прекратил|перестал|замолчал)\w*",
    "fa": r"اگر (?:\S+\s+){0,4}?(?:ادامه|دست برندار|دست نکش)|(?:کناره بگیر|دست بکش|دست بردار)\S*",
}  # fmt: skip

# Told the person will be hurt: a threat to the person, whoever carries it.
WILL_BE_HURT = {
    "en": r"\b(?:would|will|could|might) be [\"“']?(?:hurt|harmed)\b",
    "tr": r"(?:zarar gör(?:eceğ|ebileceğ)|başına (?:bir şey|bir iş) geleceğ|bir şey olacağ)\w*|"
          r"zarar görür\W* diye",
    "zh": r"(?:会|将)(?:受到伤害|被伤害|遭殃|出事)",
    "ug": r"(?:زىيانغا ئۇچرايدۇ|زىيانكەشلىككە ئۇچرايدۇ)",
    "ru": r"(?:с (?:ним|ней|ними) (?:что-то |что-нибудь )?случится|(?:пострадает|пострадают))",
    "fa": r"(?:آسیب خواهد دید|آسیب خواهند دید|بلایی سر)",
}  # fmt: skip

# A return feared, risked or made conditional: no one was sent back.
RETURN_FEARED = {
    "en": r"\b(?:afraid|fears?|feared|fearing|worried|risk|would|could|might|expected to|"
          r"likely to|not to|avoid) (?:\w+ ){0,4}?(?:be |being )(?:deported|sent back|returned|"
          r"handed (?:over|back))\b|\bif (?:\w+ ){0,2}?(?:deported|sent back|returned)\b",
    "tr": r"(?:geri gönderil|sınır dışı edil|iade edil|teslim edil)me(?:kten|sinden|si halinde|"
          r"si durumunda|si ihtimali|mek için|si riski)\w*|(?:gönderil|edil)memek için|"
          r"(?:gönderil|edil)(?:irse|ebilir)",
    "zh": r"(?:担心|害怕|恐怕|可能|或将|恐将|不会|以免|如果|一旦|面临)[^，。；]{0,8}(?:被)?"
          r"(?:遣返|驱逐|移交|送回)",
    "ug": r"(?:ئۆتكۈزۈپ بېرىلسە|قايتۇرۇلسا|قايتۇرۇۋېتىلسە|قايتۇرۇلۇشىدىن|قايتۇرۇۋېتىلىشىدىن|"
          r"ئۆتكۈزۈپ بېرىلىشىدىن)",
    "ru": r"(?:опаса\w*|бои\w*|боя\w*|угроз\w*|риск\w*|может|могут|грозит|если)\s+(?:\S+\s+){0,3}?"
          r"(?:депорт|выдач|высыл|выдвор|вернут)\w*",
    "fa": r"(?:بیم|ترس|نگران|ممکن است|احتمال|اگر|در صورت)\s+(?:\S+\s+){0,5}?(?:بازگردانده|اخراج|"
          r"دیپورت|تحویل داده|مسترد)",
}  # fmt: skip

# Charged, convicted or suspected of espionage: the charge, not a recruitment.
ESPIONAGE_CHARGE = {
    "en": r"\b(?:charged with|accused of|convicted of|suspicion of|suspected of|on charges of|"
          r"guilty of|sentenced (?:\w+ ){0,8}?for|jailed (?:\w+ ){0,4}?for) (?:\w+ ){0,3}?"
          r"(?:espionage|spying)\b|\b(?:spying|espionage) charges?\b|"
          r"\b(?:suspicion|suspected|accused|charged)\b(?: \w+){0,4}? (?:acted|acting|worked|"
          r"working) as (?:\w+ )?informants?",
    "tr": r"casuslu(?:k|kla) (?:\S+\s+){0,2}?(?:suç\w*|iddia\w*|şüphe\w*|gerekçe\w*|amacıyla|"
          r"itham\w*|suçla\w*|ceza\w*|mahkûm\w*)",
    "zh": r"间谍罪|(?:以|涉嫌)(?:从事)?间谍|间谍(?:等)?罪名|间谍(?:和|及)[^，。；]{0,8}罪",
    "ug": r"جاسۇسلۇق\w* (?:\S+\s+){0,3}?(?:ئەيىب|گۇمان|جىنايى|جازا)\w*|جاسۇسلۇق قىلغان دېگەن",
    "ru": r"(?:обвин|осу[жд]|пригово|подозрени|стать)\w* (?:\S+\s+){0,8}?шпионаж\w*",
    "fa": r"(?:اتهام|به جرم|محکوم)\S*\s+(?:\S+\s+){0,4}?جاسوسی",
}  # fmt: skip

# The host expels the origin's officials, diplomats or spies.
OFFICIALS_EXPELLED = {
    "en": r"\b(?:diplomats?|officials?|attach[eé]s?|spies|intelligence officers?)\b(?: \w+){0,4}? "
          r"(?:were |was |have been |had been )?expelled\b|\bexpel\w* (?:\w+ ){0,3}?(?:diplomats?|"
          r"officials|spies|intelligence officers)\b",
    "tr": r"(?:diplomat|yetkili|ajan|casus|istihbarat)\w* (?:\S+\s+){0,3}?(?:sınır dışı|ihraç|"
          r"istenmeyen kişi)\w*",
    "zh": r"(?:官员|外交官|间谍|特工|情报人员)[^，。；]{0,6}(?:被)?驱逐|"
          r"驱逐[^，。；]{0,6}(?:官员|外交官|间谍|特工)|悄悄驱逐",
    "ug": r"(?:دىپلومات|ئەمەلدار|جاسۇس|ئىشپىيون)\w* (?:\S+\s+){0,3}?(?:قوغلاپ چىقىرىل|"
          r"چىقىرىۋېتىل)\w*",
    "ru": r"(?:дипломат|сотрудник\w* посольства|шпион|разведчик)\w* (?:\S+\s+){0,3}?(?:выслан|"
          r"выдворен|высылк)\w*|(?:выслал|выслала|выдворил)\w* (?:\S+\s+){0,3}?(?:дипломат|шпион|"
          r"разведчик)\w*",
    "fa": r"(?:دیپلمات|مقام|جاسوس|مأمور)\S* (?:\S+\s+){0,4}?اخراج",
}  # fmt: skip

# A warrant or Interpol notice held over the person: "before a verdict is issued".
WARRANT_THREATENED = {
    "en": r"\bbefore (?:a |an |the )?(?:verdict|warrant|arrest warrant|red notice|sentence) "
          r"(?:\w+ ){0,2}?(?:is|was|gets|were) (?:issued|sent|passed)",
    "tr": r"(?:karar|yakalama kararı|kırmızı bülten)\w* (?:\S+\s+){0,3}?(?:çıkarılmadan|"
          r"verilmeden|gönderilmeden) önce",
    "zh": r"(?:在|赶在)[^。；]{0,12}(?:判决|通缉令|逮捕令|红色通缉)[^。；]{0,8}之前",
    "ug": r"(?:ھۆكۈم|تۇتۇش بۇيرۇقى)\w* (?:\S+\s+){0,3}?(?:چىقىرىلىشتىن|ئەۋەتىلىشتىن) بۇرۇن",
    "ru": r"(?:прежде чем|до того как|пока не) (?:\S+\s+){0,4}?(?:приговор|ордер|розыск|"
          r"интерпол)\w*",
    "fa": r"پیش از (?:آن|اینکه|آن‌که|این‌که)\S*\s+(?:\S+\s+){0,6}?(?:حکم|اینترپل)",
}  # fmt: skip

# Fear of being killed, said by the person: no attempt on a life.
KILLING_FEARED = {
    "en": r"\b(?:afraid|fear\w*|thought|worried|believed|sure) (?:\w+ ){0,4}?(?:be|being|get|"
          r"getting) (?:killed|murdered)\b",
    "tr": r"öldürüleceğ\w* (?:\S+\s+){0,2}?(?:düşün|kork|endişe|san)\w*|öldürülmekten kork\w*",
    "zh": r"(?:以为|担心|害怕|恐怕|怕)[^，。；]{0,8}(?:被杀|会死|遇害|被打死)",
    "ug": r"ئۆلتۈرۈۋېتىلىشىدىن ئەنسىر\w*|ئۆلتۈرۈلۈشىدىن (?:ئەنسىر|قورق)\w*",
    "ru": r"(?:боял|бои|опаса|думал|был уверен)\w* (?:\S+\s+){0,3}?(?:убьют|убит\w*)",
    "fa": r"(?:ترس|بیم|فکر می‌کرد|نگران)\S*\s+(?:\S+\s+){0,5}?(?:کشته (?:شود|شوم|خواهد)|بکشندش)",
}  # fmt: skip

# Relatives detained: pressure through them at home, no detention of the person abroad.
RELATIVES_DETAINED = {
    "en": r"\b(?:detained|arrested) (?:his|her|their) (?:\w+ )?" + _KIN_EN + r"\b|(?<!whose )\b"
          + _KIN_EN + r" (?:(?:and|of) \S+ )?(?:were|was|have been|had been|has been) "
          r"(?:\w+ )?(?:detained|arrested)\b",
    "tr": _KIN_TR + r"\w*\s+(?:\S+\s+){0,3}?(?:gözaltına alın|tutuklan)\w*",
    "zh": _KIN_ZH + r"[^，。；说称]{0,8}(?:遭到?|被)[^，。；]{0,4}(?:拘留|拘押|逮捕|抓)",
    "ug": _KIN_UG + r"\w*\s+(?:\S+\s+){0,4}?(?:قولغا ئال|قولغا ئېلىن|تۇتقۇن قىلىن)\w*",
    "ru": _KIN_RU + r"\w*\s+(?:\S+\s+){0,2}?(?:задержа|арестова)\w*",
    "fa": _KIN_FA + r"\S*\s+(?:\S+\s+){0,8}?بازداشت (?:شد|کرد)",
}  # fmt: skip

# A removal or deportation centre names where someone is held, not a return done.
REMOVAL_CENTRE = {
    "en": r"\b(?:deportation|removal) cent(?:re|er)s?\b|\bawaiting deportation\b",
    "tr": r"geri gönderme merkez\w*|sınır dışı edilecekler\w*",
    "zh": r"遣返中心|等待遣返",
    "ug": r"قايتۇرۇش مەركىز\w*",
    "ru": r"центр\w* (?:для )?(?:депортац|выдворен)\w*|в ожидании (?:депортации|выдворения)",
    "fa": r"(?:اردوگاه|مرکز|کمپ)\S* (?:اخراج|دیپورت)",
}  # fmt: skip
_RETURN_DONE = {
    "en": r"\b(?:was|were|been|being) (?:\w+ )?(?:deported|sent back|returned)\b|"
          r"\b(?:deported|sent back) to\b",
    "tr": r"(?:sınır dışı edil|geri gönderil|iade edil)(?:di|miş)\w*",
    "zh": r"(?:被|已)[^，。；]{0,4}(?:遣返|驱逐)(?!中心)",
    "ug": r"قايتۇرۇل(?:دى|غان)\w*",
    "ru": r"(?:депортирова|выдворе|выслан)\w*",
    "fa": r"(?:اخراج|دیپورت|بازگردانده) (?:شد|شدند|کرد)",
}  # fmt: skip

# Information gathered on people, or people spied on: surveillance, whoever was made to do it.
SPIED_ON = {
    "en": r"(?<!cyber-)(?<!cyber )\b(?:spy(?:ing)?|spied) on (?:and \w+ )?(?:\w+ ){0,3}?"
          r"(?:followers|members|critics|dissidents|activists|exiles|opponents|opposition|groups|"
          r"refugees|diaspora|communit(?:y|ies)|students|journalists|uyghurs|tibetans)\b|"
          r"\bcompil\w* (?:\w+ )?profiles of\b|\b(?:gather|collect)\w* (?:\w+ ){0,2}?"
          r"information (?:on|about) (?:\w+ ){0,3}?(?:followers|members|critics|dissidents|"
          r"activists|exiles|opponents|refugees|diaspora|communit(?:y|ies)|students)\b",
    "tr": r"hakkında (?:\S+\s+)?bilgi topla\w*|fişle\w*",
    "zh": r"(?:收集|搜集)[^，。；]{0,12}(?:个人资料|个人信息|的资料|的信息)",
    "ug": r"ئۇچۇر\w* توپلا\w*",
    "ru": r"собира\w* (?:\S+\s+)?(?:сведения|информацию|данные) о",
    "fa": r"(?:اطلاعات|گزارش)\S* (?:\S+\s+){0,3}?درباره\S* (?:\S+\s+){0,4}?(?:جمع‌آوری|گردآوری)",
}  # fmt: skip

_VETOES: tuple[tuple[dict[str, str], frozenset[str]], ...] = (
    (WEAPON_ATTACK, frozenset({"assault"})),
    (RELATIVES_BEATEN, frozenset({"assault"})),
    (IN_ABSENTIA_ARREST, frozenset({"detention"})),
    (RETURN_FEARED, frozenset({"deportation"})),
    (ESPIONAGE_CHARGE, frozenset({"informant_recruitment"})),
    (OFFICIALS_EXPELLED, frozenset({"deportation"})),
    (WARRANT_THREATENED, frozenset({"bounty_or_warrant", "interpol_abuse"})),
    (KILLING_FEARED, frozenset({"assassination"})),
    (RELATIVES_DETAINED, frozenset({"detention"})),
)


def dropped(language: str, lowered: str) -> frozenset[str]:
    """The tactics a sentence (lower-cased) names without their being done to the person."""
    out: frozenset[str] = frozenset()
    for table, tactics in _VETOES:
        source = table.get(language)
        if source and compiled(source).search(lowered):
            out |= tactics
    centre = REMOVAL_CENTRE.get(language)
    if centre and compiled(centre).search(lowered):
        done = _RETURN_DONE.get(language)
        if not (done and compiled(done).search(compiled(centre).sub(" ", lowered))):
            out |= {"deportation"}
    return out


_DROPPABLE = frozenset().union(*(tactics for _table, tactics in _VETOES)) | {"deportation"}


def drops(language: str, lowered: str, tactic: str) -> bool:
    """Whether :func:`dropped` holds ``tactic``, asking only the checks that can drop it (the
    tagger asks this per fired tactic: most sentences fire none that these checks drop)."""
    if tactic not in _DROPPABLE:
        return False
    for table, tactics in _VETOES:
        if tactic in tactics:
            source = table.get(language)
            if source and compiled(source).search(lowered):
                return True
    if tactic != "deportation":
        return False
    centre = REMOVAL_CENTRE.get(language)
    if centre and compiled(centre).search(lowered):
        done = _RETURN_DONE.get(language)
        return not (done and compiled(done).search(compiled(centre).sub(" ", lowered)))
    return False


def _tactic_rules() -> list[Rule]:
    def single(table: dict[str, str]) -> dict[str, list[str]]:
        return {language: [source] for language, source in table.items()}

    return (make_rules("tactic", "assassination", single(WEAPON_ATTACK))
            + make_rules("tactic", "threat_to_family", single(RELATIVES_BEATEN))
            + make_rules("tactic", "bounty_or_warrant", single(IN_ABSENTIA_ARREST))
            + make_rules("tactic", "silencing_demand", single(WORK_OR_HARM))
            + make_rules("tactic", "direct_threat", single(WILL_BE_HURT))
            + make_rules("tactic", "surveillance", single(SPIED_ON)))  # fmt: skip


SHOTS_AND_FEARS_RULES: list[Rule] = _tactic_rules()


# Entry to the origin refused: whoever is then "sent back" goes to the host, not to the origin.
ENTRY_REFUSED = {
    "en": r"\b(?:denied|refused) entry\b|\bentry (?:was |had been )?(?:denied|refused)\b|"
          r"\bbarred from entering\b|\bturned (?:\w+ )?away at (?:the )?(?:airport|border)\b|"
          r"\bput on (?:a|the next) (?:flight|plane) back to\b|\b(?:deported|sent back) "
          r"(?:\w+ ){0,2}?(?:on arrival|upon arrival|within (?:a few |\w+ )?hours)\b",
    "tr": r"girişine izin verilme\w*|ülkeye (?:alınma|sokulma)\w*|girişi (?:engellen|reddedil)\w*|"
          r"havalimanına (?:indikten|vardıktan) (?:\S+\s+){0,3}?sonra (?:sınır dışı|geri gönder)",
    "zh": r"(?:拒绝|拒)(?:其|他|她)?入境|禁止(?:其|他|她)?入境|"
          r"抵达[^，。；]{0,10}后[^，。；]{0,6}被(?:遣返|驱逐)",
    "ug": r"كىرىشىگە (?:يول|رۇخسەت) قويما\w*",
    "ru": r"(?:отказа\w*|запрети\w*) (?:\S+\s+)?(?:во )?въезд\w*|не (?:пустили|впустили) в страну",
    "fa": r"(?:از )?ورود\S* (?:\S+\s+){0,3}?(?:جلوگیری|ممانعت)|اجازه ورود (?:\S+\s+)?ندادند",
}  # fmt: skip


def entry_refused(language: str, lowered_text: str) -> bool:
    """The text says someone was refused entry (read only where no one is said to be sent to the
    origin: ``tagging.tag`` then drops deportation, the return being to the host)."""
    source = ENTRY_REFUSED.get(language)
    return bool(source and compiled(source).search(lowered_text))
