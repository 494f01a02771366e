"""Vetoes: a risk named, an act's purpose or someone's view of it, and acts told as background.

Round 14a (tactic precision): words that name a risk or another act's purpose, and acts told
as background. Read from the false tactic tags of texts rightly found as transnational
repression (tnr-fresh5..10) and written for every language as classes of news language:

- A *risk* named as a noun is no threat made to a person: "the threat of persecution and
  torture", «угроза преследования и пыток», "işkence tehdidi", «خطر شکنجه», 面临酷刑的风险
  (direct_threat; round 13a's ``risk_warned`` read only the verbs "may face", "risks").
- Intimidation named as the *purpose* of another instrument ("used a red notice to intimidate
  and harass her", 利用假账号骚扰和恐吓) or as someone's *characterisation* of an act already
  told ("this is an apparent attempt at intimidation", 认为这是明显的恐吓, "called the warrant a
  threatening message", "I felt my life was threatened"): the instrument is the tactic, not a
  threat made (direct_threat). Accusing exiles of threatening the country is no threat either.
- Threats that made the person leave ("left Oman after a year of harassment and threats",
  "lives in exile because of death threats") were made at home before the exile, and an
  arrest before the flight ("fled to Britain after being tortured in detention") is repression
  at home (direct_threat; detention).
- An attack told with the death it caused ("died two days after he was attacked", "offered
  money to kill them with a knife") is the killing, not a separate assault.
- The one convicted as an agent ("sentenced for acting as an unregistered agent of the
  government", a court finding he gathered information) is the state's agent: no recruitment
  told unless the sentence recruits, presses or tells of a refusal.
- People arrested *on charges of* an act against others (kidnapping, killing, spying,
  watching) are the perpetrators: no detention of the critic.
- A disguise ("a man posing as a delivery rider", "emails posed as shared documents",
  officials 冒充 UN staff) is no message sent from a relative's account (impersonation)
  unless the sentence names accounts, messages or kin.

Each entry drops only the tactics it names from the sentence it fires in (rules/vetoes.py); the
readings these vetoes showed missing are in ``rules/tactics_papers_and_handovers.py``;
the invented sentences that check them are ``tests/test_vetoes_risk_and_purpose.py``.
"""

from __future__ import annotations

from amanat.monitor.nlp.rules.vetoes_not_done_abroad import RECRUITED

# 1. A risk named as a noun: threat/risk/danger of persecution, torture, prison (not of
# reprisal or violence: "threats of reprisal" are threats made, «угрозы расправой»).
_HARM_EN = (r"(?:persecution|torture|ill-treatment|imprisonment|prosecution|arrest|detention|"
            r"execution|the death penalty|abuse|jail|prison)")  # fmt: skip
RISK_NAMED = {
    "en": [rf"\b(?:threat|risk|danger|fear)s? of (?:\w+ )?{_HARM_EN}"],
    "tr": [r"(?:işkence|zulüm|kovuşturma|tutuklan\w*|hapis|kötü muamele|idam|zulme|baskı)\w*\s+"
           r"(?:\S+\s+){0,2}?(?:tehlikesi|tehdidi|riski|tehdidiyle|tehlikesiyle|riskiyle)\w*"],
    "zh": [r"(?:酷刑|迫害|监禁|逮捕|起诉|死刑|虐待|入狱)[^，。；]{0,4}(?:的)?"
           r"(?:风险|危险|威胁)"],
    "ug": [r"(?:قىيناش|قىيىن-قىستاق|زىيانكەشلىك|قولغا ئېلىن|تۇتقۇن|قاماق|ئۆلۈم جازا)\w*\s+"
           r"(?:\S+\s+){0,2}?(?:خەۋپى|خەتىرى|تەھدىتى)\w*"],
    "ru": [r"(?:угроз|опасност|риск)\w* (?:\S+\s+)?(?:преследовани|пыт(?:ок|ки|ка)|заключени|"
           r"арест|уголовн|жесток|смертн|казн|тюрем)\w*"],
    "fa": [r"(?:خطر|تهدید|بیم|ریسک)\s+(?:\S+\s+){0,2}?(?:شکنجه|آزار|بازداشت|زندان|اعدام|تعقیب|"
           r"سرکوب)"],
}  # fmt: skip

# 2a. Intimidation as the purpose of an instrument named in the same sentence.
PURPOSE_OF_INSTRUMENT = {
    "en": [r"\b(?:red notices?|warrants?|notices?|letters?|accounts?|posts?|lawsuits?|charges|"
           r"wanted lists?|bount(?:y|ies)|interpol)\b.{0,80}?\b(?:to|in order to|aimed at|"
           r"meant to|designed to|in an? (?:attempt|bid|effort) to) (?:\w+ )?(?:intimidat|harass|"
           r"scar|frighten|threaten)\w*",
           r"\b(?:to|in order to|aimed at|meant to|designed to) (?:intimidat|harass|scar|"
           r"frighten)\w*.{0,60}?\b(?:red notices?|warrants?|letters?|accounts?|posts?|"
           r"lawsuits?|wanted lists?|bount(?:y|ies))\b"],
    "tr": [r"(?:kırmızı bülten|yakalama karar|mektup|hesap|paylaşım|dava|aranan)\w*.{0,80}?"
           r"(?:yıldır|korkut|taciz et|sindir)\w*\s*(?:için|amacıyla|maksadıyla)"],
    "zh": [r"(?:利用|通过|借助|使用)[^。；]{0,24}(?:红色通缉令|通缉令|逮捕令|信件|账号|帐号|"
           r"帖子|悬赏)[^。；]{0,12}(?:骚扰|恐吓|威胁|吓唬)"],
    "ug": [r"(?:قىزىل ئۇقتۇرۇش|تۇتۇش بۇيرۇق|خەت|ھېسابات|مۇكاپات)\w*.{0,80}?(?:قورقۇت|پاراكەندە)"
           r"\w*\s*(?:ئۈچۈن|مەقسىتىدە)"],
    "ru": [r"(?:красн\w* уведомлени|ордер|розыск|письм|аккаунт|учётн|учетн|публикаци|иск|"
           r"вознаграждени)\w*.{0,80}?(?:чтобы|с целью|для) (?:\S+\s+)?(?:запуг|преследова|"
           r"устраш|давлени)\w*"],
    "fa": [r"(?:اعلان قرمز|حکم|نامه|حساب|پست|شکایت|جایزه)\S*.{0,80}?(?:برای|به منظور|با هدف)\s+"
           r"(?:\S+\s+){0,2}?(?:ارعاب|ترساندن|آزار|تهدید|مرعوب)"],
}  # fmt: skip

# 2b. An act already told characterised as intimidation or a threat, or a threat felt.
CHARACTERISED = {
    "en": [r"\b(?:this|that|it) (?:is|was) (?:an? |the )?(?:\w+ )?(?:attempt (?:of|at|to) )?"
           r"(?:intimidation|intimidate|a threat)\b|\b(?:called|described|branded|denounced|"
           r"termed) (?:it|this|that|the \w+(?: \w+)?) (?:as )?(?:an? )?(?:\w+ )?(?:act of |"
           r"attempt (?:of|at) )?(?:intimidation|threat|threatening)\b|\b(?:felt|feel|feels|"
           r"feeling) (?:\w+ )?(?:threatened|intimidated|that (?:my|his|her|their) li(?:fe|ves) "
           r"(?:is|was|were|are) (?:under )?threat)",
           r"\bthreat(?:en|ening|ened)? the (?:country|state|nation|homeland|national security)\b"],
    "tr": [r"(?:bunun|bu) (?:\S+\s+){0,3}?(?:yıldırma|tehdit|gözdağı)\w* (?:girişimi|amaçlı|"
           r"olduğunu|niteliğinde)\w*|tehdit (?:altında )?hisse\w*|ülkeyi tehdit\w*"],
    "zh": [r"(?:认为|称|说)(?:这|此|这是|这些)[^。；]{0,8}(?:恐吓|威胁|吓唬)|"
           r"(?:觉得|感到)[^。；]{0,10}受到(?:了)?威胁|威胁(?:国家|国家安全)"],
    "ug": [r"(?:بۇنى|بۇ) (?:\S+\s+){0,3}?(?:قورقۇتۇش|تەھدىت)\w* (?:دەپ|ئىكەن)|تەھدىت ھېس"],
    "ru": [r"(?:назвал\w*|счита\w*|расценива\w*|охарактеризова\w*) (?:\S+\s+){0,3}?(?:угроз|"
           r"запугивани|устрашени)\w*|(?:это|этот) (?:\S+\s+){0,2}?(?:попытк\w* )?(?:запугивани|"
           r"устрашени)\w*|чувству\w* (?:\S+\s+)?угроз\w*|угрожа\w* (?:стране|государству|"
           r"безопасности)"],
    "fa": [r"(?:این را|آن را) (?:\S+\s+){0,3}?(?:ارعاب|تهدید)\S* (?:خواند|دانست|توصیف)|"
           r"احساس (?:\S+\s+){0,3}?تهدید|(?:کشور|امنیت ملی) را تهدید"],
}  # fmt: skip

# 3a. Threats that made the person leave were made at home, before the exile.
THREATS_BEFORE_FLIGHT = {
    "en": [r"\b(?:left|fled|flee|escaped|emigrated)\b.{0,120}?\b(?:after|because of|due "
           r"to|following|amid|over)\b.{0,80}?\b(?:threats?|intimidation|harassment)\b",
           r"\b(?:threats?|intimidation|harassment)\b.{0,60}?\b(?:forced|drove|pushed) (?:him|"
           r"her|them) (?:to (?:flee|leave)|into exile|out of)"],
    "tr": [r"(?:tehdit|taciz|baskı)\w*\s+(?:\S+\s+){0,3}?(?:yüzünden|nedeniyle|sonucunda|"
           r"üzerine|sonra)\s+(?:\S+\s+){0,8}?(?:ayrıl|kaç|terk et|sürgüne)\w*"],
    "zh": [r"(?:因|由于|因为|在)[^。；]{0,20}(?:威胁|恐吓|骚扰)[^。；]{0,10}(?:后|而)?[^。；]{0,6}"
           r"(?:离开|逃离|出逃|流亡)"],
    "ug": [r"(?:تەھدىت|پاراكەندە)\w*\s+(?:\S+\s+){0,3}?(?:سەۋەبىدىن|تۈپەيلى|كېيىن)\s+"
           r"(?:\S+\s+){0,6}?(?:ئايرىل|قېچ|قاچ|سۈرگۈن)\w*"],
    "ru": [r"(?:из-за|после|вследствие|на фоне) (?:\S+\s+){0,3}?(?:угроз|преследовани|давлени)"
           r"\w*.{0,80}?(?:покинул|бежал|уехал|эмигрировал|был вынужден)\w*|"
           r"(?:покинул|бежал|уехал|эмигрировал)\w*.{0,100}?(?:из-за|после|вследствие) "
           r"(?:\S+\s+){0,3}?угроз\w*"],
    "fa": [r"(?:به دلیل|به خاطر|پس از|در پی|بعد از) (?:\S+\s+){0,3}?(?:تهدید|آزار|ارعاب)\S*"
           r".{0,80}?(?:ترک کرد|گریخت|فرار کرد|تبعید|مهاجرت کرد|ترک)"],
}  # fmt: skip

# 3b. Fled after being held: the detention was at home, before the flight.
FLED_AFTER_HELD = {
    "en": [r"\b(?:fled|escaped|left|emigrated)\b.{0,80}?\bafter (?:being |having been )?(?:\w+ )?"
           r"(?:in detention|detained|arrested|jailed|imprisoned|in prison|in custody)"],
    "tr": [r"(?:gözaltı|tutukluluk|hapis|cezaevi)\w*\s+(?:\S+\s+){0,3}?(?:sonra|ardından)\s+"
           r"(?:\S+\s+){0,6}?(?:kaçtı|kaçarak|kaçmış|ayrıldı|sığın)\w*"],
    "zh": [r"(?:被捕|被拘|拘留|入狱|坐牢|关押)[^。；]{0,10}(?:后|之后)[^。；]{0,8}"
           r"(?:逃往|逃到|逃离|出逃|流亡)"],
    "ug": [r"(?:قولغا ئېلىن|تۇتۇل|قامال)\w*\s+(?:\S+\s+){0,2}?كېيىن\s+(?:\S+\s+){0,4}?(?:قېچىپ|قاچ)"
           r"\w*"],
    "ru": [r"(?:бежал|сбежал|уехал|эмигрировал)\w*.{0,80}?после (?:\S+\s+)?(?:ареста|задержания|"
           r"заключения|тюрьмы|пыток)"],
    "fa": [r"(?:پس از|بعد از) (?:\S+\s+){0,3}?(?:بازداشت|زندان|حبس)\S*.{0,60}?(?:گریخت|فرار کرد|"
           r"ترک کرد)"],
}  # fmt: skip

# 4. An attack told with the death it caused, or a plot to kill with a weapon: the killing.
KILLED_IN_ATTACK = {
    "en": [r"\b(?:died|dies|succumbed)\b.{0,80}?\bafter (?:\w+ ){0,3}?(?:attacked|stabbed|"
           r"beaten|shot|attack|assault|stabbing|beating)\b|\b(?:attacked|stabbed|beaten|shot)\b"
           r".{0,40}?\b(?:to death|and killed)\b|\bto (?:kill|murder) (?:\w+ ){0,4}?with an? "
           r"(?:knife|gun|axe|hammer)\b"],
    "tr": [r"(?:saldırı|bıçakla\w*)\w*\s+(?:\S+\s+){0,3}?(?:sonra|ardından)\s+(?:\S+\s+){0,6}?"
           r"(?:hayatını kaybet|öldü|can verdi)\w*|bıçakla\w* (?:\S+\s+){0,3}?öldür\w*"],
    "zh": [r"(?:遇袭|被袭|袭击|刺伤|殴打)[^。；]{0,6}(?:后|之后)[^。；]{0,12}(?:死亡|身亡|不治)|"
           r"(?:用刀|持刀|刀)[^。；]{0,10}(?:杀害|杀死|刺死)"],
    "ug": [r"ھۇجۇم\w*\s+(?:\S+\s+){0,3}?كېيىن\s+(?:\S+\s+){0,6}?(?:ۋاپات|جان ئۈزۈ|ئۆل)\w*|"
           r"پىچاق\w* (?:\S+\s+){0,3}?ئۆلتۈر\w*"],
    "ru": [r"(?:скончал|умер|погиб)\w*.{0,80}?после (?:\S+\s+)?(?:нападени|избиени|ранени|"
           r"удар)\w*|нож\w* (?:\S+\s+){0,3}?(?:убит|убить|зарезал)\w*|зарезан\w*"],
    "fa": [r"(?:پس از|بعد از|در پی) (?:\S+\s+){0,2}?(?:حمله|ضرب و شتم|چاقوخوردن|ضربات)\S*.{0,60}?"
           r"(?:درگذشت|جان باخت|جان سپرد)|(?:با چاقو|با ضربات چاقو) (?:\S+\s+){0,6}?"
           r"(?:به قتل|کشت)"],
}  # fmt: skip

# 5. The one convicted is the state's agent (recruitment only with a recruiting word).
AGENT_CONVICTED = {
    "en": [r"\b(?:unregistered|undeclared|illegal|foreign) agent\b|\bacting as an? (?:\w+ )?"
           r"agent of\b|\b(?:court|judge|jury) (?:found|ruled|established)\b"],
    "tr": [r"(?:casusluk|istihbarat) amacıyla|(?:kayıt dışı|kayıtsız|yabancı) (?:ajan|temsilci)"
           r"|mahkeme\w* (?:\S+\s+)?(?:tespit|karar)\w*"],
    "zh": [r"(?:未登记|未经登记|非法)(?:的)?(?:外国)?代理人|法院(?:认定|裁定|查明)"],
    "ug": [r"تىزىملاتمىغان ۋاكالەتچى|سوت (?:\S+\s+)?(?:بېكىت|ئېنىقلى)\w*"],
    "ru": [r"незарегистрированн\w* (?:иностранн\w* )?агент\w*|суд (?:\S+\s+)?(?:установил|"
           r"признал)\w*"],
    "fa": [r"عامل (?:ثبت‌نشده|ثبت نشده|غیرقانونی)|دادگاه (?:\S+\s+)?(?:تشخیص داد|احراز|"
           r"مشخص کرد)"],
}  # fmt: skip

# 6. Arrested on charges of an act against others: the perpetrators are the ones held.
CHARGED_WITH_ACT = {
    "en": [r"\b(?:on|over) (?:charges?|suspicion) of (?:\w+ ){0,3}?(?:kidnap|abduct|kill|murder|"
           r"spy|spying|surveil|attack|plot|stalk|assault)\w*|\bcharged with (?:\w+ ){0,4}?"
           r"(?:kidnap|abduct|kill|murder|spying|surveil|attack|plot|stalk|assault)\w*"],
    "tr": [r"(?:kaçır|öldür|suikast|casusluk|takip|saldırı)\w*\s+(?:\S+\s+){0,3}?"
           r"(?:suçlamasıyla|şüphesiyle|iddiasıyla|gerekçesiyle)"],
    "zh": [r"(?:涉嫌|以|因)[^。；]{0,6}(?:绑架|劫持|谋杀|杀害|刺杀|监视|跟踪|间谍|袭击)[^。；]{0,4}"
           r"(?:罪|嫌疑|指控)?[^。；]{0,6}(?:被捕|逮捕|拘留|被拘)"],
    "ug": [r"(?:ئەكېت|ئۆلتۈر|جاسۇس|ئىز قوغلا|ھۇجۇم)\w*\s+(?:\S+\s+){0,3}?(?:گۇمانى|ئەيىبى)\w*"
           r"\s+بىلەن"],
    "ru": [r"(?:по подозрению|по обвинению) в (?:\S+\s+){0,3}?(?:похищени|убийств|покушени|"
           r"шпионаж|слежк|нападени)\w*"],
    "fa": [r"(?:به اتهام|به ظن|به جرم)\S* (?:\S+\s+){0,6}?(?:ربودن|ربایش|آدم‌ربایی|قتل|ترور|"
           r"جاسوسی|شناسایی|زیر نظر|تعقیب|حمله)"],
}  # fmt: skip

# 7. A disguise, not messages from a relative's account.
DISGUISED = {
    "en": [r"\bpos(?:ed|ing) as\b|\bdisguised as\b|\bpretending to be\b"],
    "tr": [r"kılığına gir\w*|kılığında|gibi davran\w*"],
    "zh": [r"冒充|假扮|伪装成|装扮成"],
    "ug": [r"قىياپىتىگە كىر\w*|ئۆزلىرىنى (?:\S+\s+){1,8}?(?:دەپ|قىلىپ) (?:كۆرسەت|تونۇشتۇر)\w*"],
    "ru": [r"выдава\w* себя за|под видом|переодет\w*"],
    "fa": [r"خود را (?:\S+\s+){1,4}?جا (?:زد|می‌زد|زدند)|در لباس|با ظاهر"],
}  # fmt: skip
# A disguise used to reach the person (to meet, lure, contact or interview them) deceives the
# target as a relative's account does, and keeps the tag.
_ACCOUNTS_OR_KIN = {
    "en": [r"\b(?:accounts?|messages?|wechat|whatsapp|texts?|sister|brother|mother|father|"
           r"relatives?|wife|husband|son|daughter|meet|meeting|lure|lured|luring|contacted|"
           r"approached|interview)\b"],
    "tr": [r"hesa[bp]\w*|mesaj\w*|kız kardeş|erkek kardeş|annesi|babası|akraba\w*|buluş\w*|"
           r"görüş\w*|ikna et\w*|cezbet\w*|tuzak\w*|yaklaş\w*|röportaj\w*"],
    "zh": [r"账号|帐号|账户|微信|短信|消息|姐姐|妹妹|哥哥|弟弟|母亲|父亲|亲属|家人|"
           r"见面|会面|引诱|诱骗|接触|采访"],
    "ug": [r"ھېسابات\w*|ئۇچۇر\w*|ئۈندىدار|ئانىسى|دادىسى|ئاچىسى|سىڭلىسى|ئاكىسى|ئىنىسى|"
           r"تۇغقان\w*|كۆرۈش\w*|ئالدا\w*|زىيارەت\w*"],
    "ru": [r"аккаунт\w*|сообщени\w*|учётн\w* запис\w*|учетн\w* запис\w*|сестр\w*|брат\w*|"
           r"мать|матер\w*|отц\w*|отец|родствен\w*|встреч\w*|замани\w*|заманива\w*|"
           r"связал\w*|интервью"],
    "fa": [r"حساب|پیام|خواهر|برادر|مادر|پدر|بستگان|ملاقات|دیدار|فریب|کشاند|تماس|مصاحبه"],
}  # fmt: skip

# 8. A wanted listing that is Interpol's or "international" is the Interpol act (interpol_abuse
# has its own rules), not a warrant or bounty of the state's own, unless a warrant is named.
INTERNATIONAL_WANTED = {
    "en": [r"\b(?:interpol['’]s|international) (?:wanted|search) (?:list|notice)s?\b"],
    "tr": [r"(?:uluslararası|interpol\w*) (?:\S+\s+)?aran\w*"],
    "zh": [r"国际(?:刑警)?(?:组织)?通缉(?!令)"],
    "ug": [r"خەلقئارا(?:لىق)? (?:\S+\s+)?(?:قىدىرىش|ئىزدەش)\w*"],
    "ru": [r"(?:международн|межгосударственн)\w* розыск\w*"],
    "fa": [r"تحت تعقیب بین[‌ ]?(?:المللی|الملل)"],
}  # fmt: skip
_WARRANT_NAMED = {
    "en": [r"\b(?:arrest )?warrants?\b|\bbount(?:y|ies)\b|\breward\b"],
    "tr": [r"yakalama karar\w*|tutuklama karar\w*|ödül\w*"],
    "zh": [r"逮捕令|通缉令|悬赏"],
    "ug": [r"تۇتۇش بۇيرۇق\w*|مۇكاپات\w*"],
    "ru": [r"ордер\w*|заочн\w* арест\w*|вознагражден\w*|награда"],
    "fa": [r"حکم (?:بازداشت|جلب)|جایزه"],
}  # fmt: skip

# 9. "Followed by" telling what came next ("the coup attempt, which was followed by a purge"):
# an order of events, not a person tailed. English has the ambiguity; Turkish "takip etti"
# (came after) is read by its own surveillance rules only with a person as object.
EVENTS_FOLLOWED = {
    "en": [r"\b(?:which|that|this|it|and) (?:was|were|has been|had been|is) (?:quickly |soon |"
           r"later )?followed by\b|\bfollowed by (?:a|an) (?:\w+ )?(?:purge|crackdown|wave|series|"
           r"period|campaign|trial|ban|coup|war|decision|statement)\b"],
    "tr": [r"bunu (?:\S+\s+){0,3}?takip etti"],
}  # fmt: skip

# 10. A loss only threatened on a condition ("warned she would lose the right to return if she
# continued"): the threat is the act, no papers have been denied yet.
LOSS_IF = {
    "en": [r"\b(?:would|will|could|might) (?:\w+ )?lose\b.{0,60}?\bif (?:she|he|they|you)\b"],
    "tr": [r"(?:eğer|şayet)\b.{0,80}?kaybede(?:ceği|cekleri|cek|bilir)\w*|"
           r"(?:devam eder|sürdür)\w*(?:se|sa)\b.{0,60}?kaybede\w*"],
    "zh": [r"(?:如果|若|要是)[^。；]{0,30}(?:将|会|就)(?:会)?失去"],
    "ug": [r"ئەگەر\b.{0,80}?(?:يوقىتىدۇ|مەھرۇم بولىدۇ|يوقىتىدىغان)"],
    "ru": [r"(?:лишится|лишат|потеря\w*)\b.{0,60}?\bесли\b|\bесли\b.{0,60}?(?:лишится|лишат|"
           r"потеряет)"],
    "fa": [r"اگر\s.{0,80}?از دست (?:خواهد|خواهند) داد|(?:محروم|از دست) (?:\S+\s+)?(?:خواهد|"
           r"خواهند) (?:شد|داد)\s.{0,40}?اگر"],
}  # fmt: skip

# 11. A person who vanished and then surfaced in custody at home ("turned up the next day in
# detention on the other side of the border", a state admitting it holds someone who went
# missing abroad): the custody follows the rendition, at home; the rendition is the act.
SURFACED_HELD = {
    "en": [r"\b(?:turned up|resurfaced|reappeared|surfaced)\b.{0,60}?\bin (?:detention|custody|"
           r"prison|jail)\b|\b(?:vanished|disappeared|went missing)\b.{0,120}?\b(?:admitted|"
           r"acknowledged|confirmed)\b.{0,40}?\b(?:detain|arrest|holding|custody)\w*|"
           r"\b(?:vanished|disappeared|went missing)\b.{0,80}?\b(?:is|was|are|were) (?:now |"
           r"currently )?(?:being )?(?:held|detained|jailed) in\b"],
    "tr": [r"(?:gözaltında|cezaevinde|tutuklu olarak) (?:\S+\s+)?ortaya çık\w*|"
           r"(?:kaybolan|kaybolduktan)\b.{0,100}?(?:gözaltına aldığını|tuttuğunu) "
           r"(?:\S+\s+)?(?:kabul|doğrula|itiraf)\w*"],
    "zh": [r"(?:失踪|下落不明)[^。]{0,40}(?:承认|证实)[^。；]{0,12}(?:拘留|逮捕|拘押|关押|羁押)|"
           r"(?:出现在|现身)[^。；]{0,12}(?:看守所|监狱|拘留所)|(?:失踪|下落不明)[^。]{0,40}"
           r"(?:目前|现在|现已|已)?(?:被)?(?:关押|羁押|拘押)在"],
    "ug": [r"غايىب بول\w*.{0,100}?(?:قولغا ئالغان|تۇتقان)\w*\s+(?:\S+\s+)?ئېتىراپ\w*"],
    "ru": [r"(?:обнаружил|оказал|объявил)\w* (?:\S+\s+){0,3}?(?:под стражей|в сизо|в тюрьме|"
           r"в заключении)|(?:пропал|исчез)\w*.{0,100}?(?:признал|подтвердил)\w*,? (?:\S+\s+){0,3}?"
           r"(?:задержан|арест|содерж)\w*"],
    "fa": [r"(?:ناپدید|مفقود)\S*.{0,100}?(?:تأیید|اذعان|اعتراف)\S* (?:\S+\s+){0,4}?(?:بازداشت|"
           r"زندانی)|سر از (?:زندان|بازداشتگاه)\S* (?:\S+\s+){0,3}?درآورد"],
}  # fmt: skip

# 12. A handover only alleged, believed or reported, its whereabouts asked for ("reportedly
# handed over to Thailand by Vietnam", "Çad'a teslim edildiği ileri sürüldü", 怀疑…交给了越南特工):
# no state owns the transfer, so it is no deportation done by law but a rendition. Only verbs of
# handing over: a person "reportedly taken" or "to be sent back" is another act or none yet.
HANDOVER_ALLEGED = {
    "en": [r"\b(?:reportedly|allegedly|believed to have been|thought to have been|suspected of "
           r"having been|said to have been)\b (?:\w+ ){0,3}?(?:handed over|transferred)\b|"
           r"\bhanded over\b.{0,80}?\b(?:whereabouts|incommunicado)\b|"
           r"\bwhereabouts\b.{0,120}?\bhanded over\b"],
    "tr": [r"teslim edil(?:diği|dikleri) (?:\S+\s+)?(?:ileri sürül|iddia edil|tahmin edil|"
           r"düşünül|bildiril)\w*|teslim edildiğinden şüphe\w*"],
    "zh": [r"(?:怀疑|据报|据称|疑似|相信)[^。；将会]{0,24}(?:移交|交给)"],
    "ug": [r"(?:تاپشۇرۇپ بېرىل|قايتۇرۇپ بېرىل)\w*\s+(?:\S+\s+)?(?:گۇمان|ئېھتىمال|دەپ قارال)\w*"],
    "ru": [r"(?:якобы|предположительно|по (?:имеющимся|некоторым) данным|по сообщениям)\b.{0,60}?"
           r"(?:передан|переда\w*|выдан)\w*"],
    "fa": [r"(?:ظاهراً|گفته می‌شود|گمان می‌رود|به گفته (?:\S+\s+){0,4}?)(?:\S+\s+){0,8}?"
           r"(?:تحویل داده|تحویل شد)"],
}  # fmt: skip

# 13. An attempt the person had already escaped, told as background of the story's own act
# ("had already escaped ... an attempt on his life in 2012"), unless the sentence tells a death.
ALREADY_ESCAPED = {
    "en": [r"\b(?:already|previously|earlier|once before) (?:\w+ ){0,2}?(?:escaped|survived|"
           r"evaded)\b.{0,100}?\b(?:attempts?|plots?)\b"],
    "tr": [r"daha önce (?:\S+\s+){0,5}?(?:girişim|suikast)\w* (?:\S+\s+){0,2}?(?:kurtul|atlat)"
           r"\w*"],
    "zh": [r"(?:此前|曾经|早前|之前|已经)[^。]{0,20}(?:逃过|躲过|幸免于)[^。]{0,20}(?:暗杀|刺杀|"
           r"谋杀|绑架)"],
    "ug": [r"ئىلگىرى (?:\S+\s+){0,4}?(?:سۇيىقەست|ئۆلتۈرۈش)\w* (?:\S+\s+){0,2}?(?:قۇتۇل|"
           r"ساق قال)\w*"],
    "ru": [r"\bуже (?:\S+\s+){0,3}?пытались\b.{0,100}?покушени\w*"],
    "fa": [r"(?:پیش‌تر|قبلاً|پیشتر) (?:\S+\s+){0,6}?(?:سوءقصد|ترور|تلاش برای)\S*.{0,40}?"
           r"(?:جان سالم|گریخته|نجات یافته)"],
}  # fmt: skip
_DEATH = {
    "en": [r"\b(?:killed|shot dead|murdered|died|stabbed to death)\b"],
    "tr": [r"öldürül\w*|hayatını kaybet\w*"],
    "zh": [r"遇害|身亡|杀害|死亡"],
    "ug": [r"ئۆلتۈرۈل\w*|ۋاپات\w*"],
    "ru": [r"убит\w*|погиб\w*|скончал\w*"],
    "fa": [r"کشته|به قتل|درگذشت"],
}  # fmt: skip

# 14. A relative taken to a police station at home ("her sister had been brought to a police
# station and made to give up her phone") is pressure on the family, not a detention abroad.
KIN_AT_STATION = {
    "en": [r"\b(?:sister|brother|mother|father|parents|relatives?|family|wife|husband|son|"
           r"daughter|cousin|uncle|aunt)\b.{0,60}?\b(?:taken|brought|summoned|called in) to (?:a |"
           r"the )?(?:local )?police station\b"],
    "tr": [r"(?:kız kardeş|erkek kardeş|annesi|babası|ailesi|akraba|eşi|oğlu|kızı)\w*.{0,60}?"
           r"karakol\w*"],
    "zh": [r"(?:姐姐|妹妹|哥哥|弟弟|母亲|父亲|父母|亲属|家人|妻子|丈夫|儿子|女儿)[^。；]{0,20}"
           r"(?:带到|带去|叫到|传唤到)[^。；]{0,6}派出所"],
    "ug": [r"(?:ئاچىسى|سىڭلىسى|ئاكىسى|ئىنىسى|ئانىسى|دادىسى|تۇغقان|ئائىلە)\w*.{0,60}?ساقچىخان\w*"],
    "ru": [r"(?:сестр|брат|мать|матер|отц|отец|родител|родствен|семь|жен|муж|сын|доч)\w*.{0,60}?"
           r"(?:доставил|отвезл|вызвал|увезл)\w* (?:\S+\s+)?(?:в )?(?:отдел\w* )?полици\w*"],
    "fa": [r"(?:خواهر|برادر|مادر|پدر|والدین|بستگان|خانواده|همسر|پسر|دختر)\S*.{0,60}?"
           r"(?:کلانتری|پاسگاه|اداره پلیس)"],
}  # fmt: skip

# 15. A return only named as a risk ("concerned by the risk of his extradition", "iade edilme
# riski", «риск экстрадиции») names no request made. "Faces extradition" (грозит экстрадиция) is a
# proceeding under way and stays (tests/test_precision_vetoes.py).
RETURN_RISKED = {
    "en": [r"\b(?:risk|threat|danger|fear)s? of (?:his |her |their |being )?(?:extradition|"
           r"deportation|extradited|deported|forcible return|refoulement)\b"],
    "tr": [r"(?:iade|sınır dışı) (?:edilme )?(?:riski|tehlikesi|tehdidi)\w*"],
    "zh": [r"(?:引渡|遣返|驱逐)的(?:风险|危险)"],
    "ug": [r"(?:ئۆتكۈزۈپ بېرىلىش|قايتۇرۇلۇش)\w* (?:خەۋپى|خەتىرى)\w*"],
    "ru": [r"(?:риск|угроз|опасност)\w* (?:\S+\s+)?(?:экстрадици|выдач|депортаци)\w*"],
    "fa": [r"(?:خطر|تهدید|بیم) (?:\S+\s+)?(?:استرداد|اخراج|بازگرداندن)"],
}  # fmt: skip

# 16. People counted but not named or described ("we have arrested two people", "police
# detained three men"): in news of an attack these are the suspects. A role that names victims
# (activists, dissidents, journalists, refugees) keeps the detention.
COUNTED_UNNAMED = {
    "en": [r"\b(?:arrested|detained) (?:two|three|four|five|six|seven|eight|\d+) (?:people|men|"
           r"persons|individuals)\b|\b(?:two|three|four|five|six|seven|eight|\d+) (?:people|men|"
           r"persons|individuals) (?:were|have been|had been|was) (?:arrested|detained)\b"],
    "tr": [r"(?:iki|üç|dört|beş|altı|yedi|sekiz|\d+) kişi (?:\S+\s+)?(?:gözaltına alındı|"
           r"tutuklandı|yakalandı)"],
    "zh": [r"(?:逮捕|拘留|抓获)了?(?:两|二|三|四|五|六|七|八|\d+)(?:名|个)(?:人|男子)"
           r"(?![^。；]{0,6}(?:活动人士|异见|记者|难民))"],
    "ug": [r"(?:ئىككى|ئۈچ|تۆت|بەش|ئالتە|\d+) (?:ئادەم|كىشى|ئەر) (?:\S+\s+)?(?:قولغا ئېلىندى|"
           r"تۇتۇلدى)"],
    "ru": [r"(?:задержа|арестова)\w* (?:двух|трех|трёх|четырех|четырёх|пятерых|\d+) (?:человек|"
           r"мужчин)\b|(?:двое|трое|четверо|пятеро|\d+) (?:человек|мужчин) (?:были )?(?:задержан|"
           r"арестован)\w*"],
    "fa": [r"(?:دو|سه|چهار|پنج|شش|[0-9۰-۹]+) (?:نفر|مرد) (?:\S+\s+)?(?:بازداشت|دستگیر) (?:شدند|"
           r"کرد|کردند)"],
}  # fmt: skip
_VICTIM_ROLES = {
    "en": [r"\b(?:activists?|dissidents?|journalists?|refugees?|critics?|exiles?|opposition|"
           r"bloggers?|asylum|protesters?|members)\b"],
    "tr": [r"aktivist\w*|muhalif\w*|gazeteci\w*|mülteci\w*|sürgün\w*|üye\w*"],
    "zh": [r"活动人士|异见|记者|难民|流亡|反对派|成员"],
    "ug": [r"پائالىيەتچى\w*|مۇخبىر\w*|مۇساپىر\w*|ئەزا\w*"],
    "ru": [r"активист\w*|оппозиц\w*|журналист\w*|беженц\w*|эмигрант\w*|член\w*"],
    "fa": [r"فعال|مخالف|روزنامه‌نگار|خبرنگار|پناهجو|پناهنده|عضو|اعضای"],
}  # fmt: skip

_RISK = frozenset({"direct_threat"})
# name -> (patterns by language, patterns that keep the sentence, tactics dropped).
RISK_AND_PURPOSE_VETOES: dict[
    str, tuple[dict[str, list[str]], dict[str, list[str]] | None, frozenset[str]]
]
RISK_AND_PURPOSE_VETOES = {
    "risk_named_14a": (RISK_NAMED, None, _RISK),
    "purpose_of_instrument_14a": (PURPOSE_OF_INSTRUMENT, None, _RISK),
    "characterised_14a": (CHARACTERISED, None, _RISK),
    "threats_before_flight_14a": (THREATS_BEFORE_FLIGHT, None, _RISK),
    "fled_after_held_14a": (FLED_AFTER_HELD, None, frozenset({"detention"})),
    "killed_in_attack_14a": (KILLED_IN_ATTACK, None, frozenset({"assault"})),
    "agent_convicted_14a": (AGENT_CONVICTED, RECRUITED, frozenset({"informant_recruitment"})),
    "charged_with_act_14a": (CHARGED_WITH_ACT, None, frozenset({"detention"})),
    "disguised_14a": (DISGUISED, _ACCOUNTS_OR_KIN, frozenset({"impersonation"})),
    "events_followed_14a": (EVENTS_FOLLOWED, None, frozenset({"surveillance"})),
    "loss_if_14a": (LOSS_IF, None, frozenset({"passport_consular_denial"})),
    "surfaced_held_14a": (SURFACED_HELD, None, frozenset({"detention"})),
    "handover_alleged_14a": (HANDOVER_ALLEGED, None, frozenset({"deportation"})),
    "already_escaped_14a": (ALREADY_ESCAPED, _DEATH, frozenset({"assassination"})),
    "kin_at_station_14a": (KIN_AT_STATION, None, frozenset({"detention"})),
    "counted_unnamed_14a": (COUNTED_UNNAMED, _VICTIM_ROLES, frozenset({"detention"})),
    "return_risked_14a": (RETURN_RISKED, None,
                          frozenset({"extradition_request", "deportation"})),
    "international_wanted_14a": (INTERNATIONAL_WANTED, _WARRANT_NAMED,
                                 frozenset({"bounty_or_warrant"})),
}  # fmt: skip
