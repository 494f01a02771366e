"""Look-alikes whose acts a state also does lawfully: a convict extradited, refugees returned.

Round 14b (look-alikes): whose target, whose act — read from the look-alikes of tnr-fresh10
and written for every language the monitor reads.

Sentence vetoes (hooked into ``rules/vetoes.py``; each drops only the tactics it names):

- **an institution hacked**: a break-in whose victims are carriers, companies, ministries or
  agencies, with no person, exile or dissident named as target, is state espionage against
  institutions, not hacking of the diaspora's devices (codebook: hacking_spyware targets people);
- **cyber-espionage** ("网络间谍行动", "кибершпионаж") is hacking, no recruitment of informants;
- **a work recounts**: a memoir, book, film or review that "recalls", "returns to" or "follows"
  tells the story it is about; the acts it recounts are its content, not news (diaspora
  cultural news);
- **a visit to a relative**: "detained while on a trip to visit his sister" names the relative
  the person went to see, not a relative pressed (threat_to_family);
- **a move to a named prison** ("transferred to Evin prison") is a transfer inside the prison
  system, no rendition (the round-7 veto ``to_prison`` read only an unnamed prison).

Sentence check (:func:`dropped`, in ``tagging._tactics``): **a detention placed at home** — a
sentence whose places are all the origin's, one of them where the act was, naming no other
state and nobody sent anywhere, reports a detention at home (before the person left, or of
someone who never did): not an act abroad.

Text checks (:func:`look_alike`, in ``gate.look_alike``), for texts whose acts are all ones
a state also does lawfully:

- **a convict extradited**: the lead describes the person by an ordinary crime he was convicted
  of or is wanted for (drugs, fraud, smuggling …) and names no political target; political
  words later in the text belong to other people or to the person's own claim, unless the text
  calls the charges politically motivated, trumped-up or fabricated;
- **a host's returns of refugees**: a host deports or holds refugees or migrants, no request of
  the origin is named, and no one is named as a political target (activist, dissident,
  journalist, opposition, critic, a persecuted minority): the words "refugee", "asylum" and the
  rights group that reports it are the migrants' status and the reporter, not a target.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping

from amanat.monitor.nlp.rules import compiled, for_language, gate_clashes, search_in
from amanat.monitor.nlp.rules.context import PERPETRATOR_RULES, POLITICAL_RULES
from amanat.monitor.nlp.rules.gate_cues import POLITICAL_MORE
from amanat.monitor.nlp.rules.lookalikes import LAWFUL_TOO, static_place
from amanat.monitor.nlp.rules.shapes import Mention, Place, Span
from amanat.monitor.nlp.rules.tactics import RELATIVES, RELATIVES_FA
from amanat.monitor.nlp.rules.vetoes_family import ALL_TACTICS

# Institutions as the victims of a break-in: carriers, companies, ministries, agencies.
INSTITUTION_HACKED = {
    "en": [(r"\b(?:hack\w*|breach\w*|infiltrat\w*|broke into|break into|compromis\w*|intru\w*|"
            r"cyber ?attack\w*)\b",
            r"\b(?:telecom\w*|telecommunications?|broadband|internet (?:service )?providers?|"
            r"carriers?|(?:network|mobile) operators?|compan(?:y|ies)|firms?|corporations?|"
            r"ministr(?:y|ies)|(?:government|federal|state) (?:agencies|agency|departments?|"
            r"networks?|systems?)|banks?|airlines?|universit(?:y|ies)|hospitals?|defen[cs]e "
            r"contractors?|parliament)\b")],
    "tr": [(r"(?<!\w)(?:hack\w*|siber saldırı\w*|sız\w*|ele geçir\w*)",
            r"(?<!\w)(?:telekom\w*|operatör\w*|şirket\w*|bakanlı\w*|kamu kurum\w*|devlet "
            r"kurum\w*|banka\w*|havayolu\w*|üniversite\w*|hastane\w*|meclis\w*)")],
    "zh": [(r"黑客|入侵|攻击|渗透|侵入",
            r"运营商|电信|宽带|公司|企业|部委|政府机构|政府部门|政府网络|银行|航空公司|大学|医院|"
            r"国防承包商|议会")],
    "ug": [(r"خاككېر\w*|ھۇجۇم\w*|بۆسۈپ كىر\w*",
            r"ئالاقە\w*|شىركەت\w*|مىنىستىرلىك\w*|ھۆكۈمەت ئورگان\w*|بانكا\w*|ئۇنىۋېرسىتېت\w*|"
            r"دوختۇرخانا\w*")],
    "ru": [(r"взлом\w*|хакер\w*|кибератак\w*|проник\w*",
            r"телеком\w*|оператор\w* связи|провайдер\w*|компани\w*|министерств\w*|ведомств\w*|"
            r"госучрежден\w*|банк\w*|авиакомпани\w*|университет\w*|больниц\w*|парламент\w*")],
    "fa": [(r"هک|نفوذ|حمله سایبری|حملات سایبری",
            r"مخابرات|اپراتور|شرکت|وزارت|سازمان‌های دولتی|نهادهای دولتی|بانک|دانشگاه|"
            r"بیمارستان|مجلس")],
}  # fmt: skip
# A person targeted: the hack is of people, whatever institution is named with them.
PERSON_TARGETED = {
    "en": [r"\b(?:activists?|dissidents?|journalists?|critics?|exiles?|diaspora|opposition|"
           r"uy?ghurs?|uighurs?|tibetans?|students?|lawyers?|phones? of|accounts? of|emails? of|"
           r"devices? of|(?:his|her|their) (?:phones?|accounts?|emails?|devices?|computers?))\b"],
    "tr": [r"aktivist\w*|muhalif\w*|gazeteci\w*|sürgün\w*|diaspora\w*|uygur\w*|eleştir\w*|"
           r"telefon\w*|hesab\w*"],
    "zh": [r"活动人士|异见|记者|流亡|海外|维吾尔|藏人|反对派|批评|手机|账户|账号|邮箱"],
    "ug": [r"پائالىيەتچى\w*|ئۆكتىچى\w*|مۇخبىر\w*|ئۇيغۇر\w*|تېلېفون\w*|ھېسابات\w*|چەتئەل\w*"],
    "ru": [r"активист\w*|оппозиц\w*|журналист\w*|эмигра\w*|диссидент\w*|критик\w*|телефон\w*|"
           r"аккаунт\w*|почт\w*"],
    "fa": [r"فعال|مخالف|روزنامه‌نگار|تبعید|منتقد|تلفن|حساب|ایمیل"],
}  # fmt: skip

CYBER_ESPIONAGE = {
    "en": [r"\bcyber[- ]?(?:espionage|spying|spies|spy)\b"],
    "tr": [r"siber casus\w*"],
    "zh": [r"网络间谍"],
    "ug": [r"(?:تور|كىبېر) جاسۇس\w*"],
    "ru": [r"кибершпион\w*"],
    "fa": [r"جاسوسی سایبری"],
}  # fmt: skip

# A work (memoir, book, film, review) as the subject of a verb of telling; Turkish, Uyghur and
# Persian put the verb last, after the whole object.
WORK_RECOUNTS = {
    "en": [r"\b(?:memoir|book|novel|film|documentary|biography|autobiography|review|"
           r"reviewer)s?\b(?: \S+){0,10}? (?:also )?(?:recalls?|recounts?|returns? to|describes?|"
           r"tells?|follows?|depicts?|portrays?|traces?|chronicles?|revisits?|notes?|recalled|"
           r"recounted|described)\b"],
    "tr": [r"(?<!\w)(?:kitab|kitap|anılar|hatırat|belgesel|film|roman|biyografi|eleştiri "
           r"yazı)\S*\s+(?:\S+\s+){0,14}?(?<!\w)(?:anlat|konu al|ele al|aktar|betimle|"
           r"hatırlat)\w*"],
    "zh": [r"(?:回忆录|书中|该书|这本书|新书|纪录片|影片|电影|小说|传记|书评)[^。；]{0,24}"
           r"(?:讲述|回顾|描述|记录|追溯|回忆|描写|叙述|追随)"],
    "ug": [r"(?<!\w)(?:كىتاب|ئەسلىمە|فىلىم|رومان|تەرجىمىھال)\S*\s+(?:\S+\s+){0,14}?(?:بايان قىل|"
           r"سۆزلە|تەسۋىرل|ئەسلە|ھېكايە قىل)\w*"],
    "ru": [r"(?<!\w)(?:мемуар|книг|фильм|роман|биографи|воспоминани|рецензи)\S*\s+"
           r"(?:\S+\s+){0,8}?"
           r"(?:рассказыва|описыва|вспомина|повеству|возвраща|прослежива)\w*"],
    "fa": [r"(?<!\w)(?:کتاب|فیلم|مستند|رمان|زندگی‌نامه)\S*\s+(?:\S+\s+){0,14}?(?:روایت|شرح|"
           r"توصیف|بازگو|یادآوری)"],
}  # fmt: skip

_KIN_EN = r"(?:sister|brother|mother|father|parents|family|relatives|grandmother|grandfather)"
# The person went to see a relative: "on a trip to visit his sister", "while visiting her
# parents". Only the person's own going (a purpose or a while-clause), never "officers visited
# his parents", which is the pressure itself.
VISIT_RELATIVE = {
    "en": [rf"\b(?:(?:trip|travel\w*|went|go|going|came|come|returned|flew|home|back) to (?:visit|"
           rf"see)|while (?:visiting|on a visit to|seeing)|on a visit to) (?:his|her|their) "
           rf"(?:ailing |elderly |sick )?{_KIN_EN}"],
    "tr": [r"(?:kız kardeş|erkek kardeş|kardeş|anne|baba|aile|akraba|ağabey|abla)\w*\s+"
           r"(?:ziyaret etmek için|ziyarete git\w*|ziyareti sırasında|ziyaret ederken|"
           r"görmek için|görmeye git\w*)"],
    "zh": [r"(?:回国|回乡|返乡|回家)探亲|(?:回国|回乡|去|前往|为了)探望(?:他的|她的)?"
           r"(?:家人|父母|母亲|父亲|姐姐|妹妹|哥哥|弟弟|亲属)"],
    "ug": [r"(?:ئانىسى|دادىسى|ئائىلىسى|ئاچىسى|سىڭلىسى|ئاكىسى|ئىنىسى|تۇغقان)\w*\s+"
           r"(?:نى\s+)?(?:يوقلاش ئۈچۈن|يوقلىغىلى|زىيارەت قىلىش ئۈچۈن)"],
    "ru": [r"(?:навестить|навещая|проведать|повидать|повидаться с)\s+(?:сво\w*\s+)?(?:сестр|"
           r"брат|мат|отц|родител|семь|родственник|бабушк|дедушк)\w*"],
    "fa": [r"(?:برای|به) (?:دیدار|ملاقات)\s+(?:با\s+)?(?:خواهر|برادر|مادر|پدر|خانواده|بستگان|"
           r"والدین)"],
}  # fmt: skip

TO_NAMED_PRISON = {
    "en": [r"\b(?:sent|taken|transferred|moved) to (?:the )?(?:[\w'-]+ ){1,2}(?:prison|jail|"
           r"detention cent(?:er|re))\b"],
    "tr": [r"\S+\s+(?:cezaevine|hapishanesine|tutukevine) (?:gönderil|götürül|sevk|nakl)\w*"],
    "zh": [r"(?:送往|送进|送入|押往|关进|转移到|转至|移送)[^，。；]{1,8}(?:监狱|看守所)"],
    "ug": [r"\S+\s+تۈرمى(?:گە|سىگە) (?:ئەۋەتىل|سولان|يۆتكەل)\w*"],
    "ru": [r"(?:отправ|помещ|этапирова|переведен|переведён|перевез)\w* (?:в|во) (?:\S+\s+)?"
           r"(?:тюрьм\w*|колони\w*|сизо)"],
    "fa": [r"به زندان\s+\S+\s+(?:\S+\s+)?(?:فرستاده|منتقل)"],
}  # fmt: skip

# Held for a public-order offence: the host's (or the state's) policing of a riot or a brawl,
# charged as such ("for breach of the peace", "за хулиганство"), no act against a target.
PUBLIC_ORDER_CHARGE = {
    "en": [r"\bfor (?:\w+ ){0,3}?(?:breach(?:es)? of the peace|rioting|public disorder|disorderly "
           r"conduct|hooliganism|affray)\b"],
    "tr": [r"(?<!\w)(?:kamu düzenini boz\w*|arbede\w*|taşkınlık\w*)\s+(?:\S+\s+){0,2}?"
           r"(?:nedeniyle|gerekçesiyle|suçlamasıyla|suçundan)"],
    "zh": [r"(?:因|以|涉嫌)[^，。；]{0,6}(?:扰乱公共秩序|聚众斗殴|打架斗殴)"],
    "ug": [r"(?:جەمئىيەت تەرتىپىنى قالايمىقانلاشتۇر|قالايمىقانچىلىق|جېدەل-ماجىرا)\w*\s+"
           r"(?:\S+\s+){0,2}?(?:سەۋەبىدىن|بىلەن ئەيىبل)\w*"],
    "ru": [r"за (?:\S+\s+){0,2}?(?:хулиганств\w*|нарушени\w* общественного порядка|участи\w* в "
           r"массовых беспорядках|драк\w*)"],
    "fa": [r"به (?:اتهام|جرم) (?:اخلال در نظم عمومی|شرارت|نزاع|درگیری)"],
}  # fmt: skip


def _only_as_source(relative: str, source: str) -> str:
    """A sentence whose one relative is the source of what it reports ("according to his wife,
    he was pressured to confess"): the relative speaks, nobody presses her. A second relative
    in the sentence ("according to his sister, police detained their father") keeps the act."""
    return rf"^(?!(?:.*?{relative}){{2}}).*?{source}"


_REL = {lang: RELATIVES[lang] for lang in ("en", "tr", "ug", "ru")} | {"fa": RELATIVES_FA}
RELATIVE_AS_SOURCE = {
    "en": [_only_as_source(_REL["en"], rf"\baccording to (?:his|her|their) {_REL['en']}")],
    "tr": [_only_as_source(_REL["tr"], rf"{_REL['tr']}\s+göre\b")],
    "ug": [_only_as_source(_REL["ug"], rf"{_REL['ug']}\s+(?:قارىغاندا|ئېيتىشىچە)")],
    "ru": [_only_as_source(_REL["ru"], rf"по словам\s+(?:\S+\s+)?{_REL['ru']}")],
    "fa": [_only_as_source(_REL["fa"], rf"به گفته\s+{_REL['fa']}")],
}

LAWFUL_ACTS_VETOED: dict[str, frozenset[str]] = {
    "institution_hacked": frozenset({"hacking_spyware"}),
    "cyber_espionage": frozenset({"informant_recruitment"}),
    "work_recounts": ALL_TACTICS,
    "visit_relative": frozenset({"threat_to_family"}),
    "to_named_prison": frozenset({"rendition"}),
    "public_order_charge": frozenset({"detention"}),
    "relative_as_source": frozenset({"threat_to_family"}),
}
LAWFUL_ACTS_VETO_PATTERNS: dict[str, dict[str, list[str]]] = {
    "institution_hacked": INSTITUTION_HACKED,  # type: ignore[dict-item]  # (pattern, pattern)
    "cyber_espionage": CYBER_ESPIONAGE,
    "work_recounts": WORK_RECOUNTS,
    "visit_relative": VISIT_RELATIVE,
    "to_named_prison": TO_NAMED_PRISON,
    "public_order_charge": PUBLIC_ORDER_CHARGE,
    "relative_as_source": RELATIVE_AS_SOURCE,
}
LAWFUL_ACTS_VETO_UNLESS: dict[str, dict[str, list[str]]] = {"institution_hacked": PERSON_TARGETED}


# ---- a detention placed at home --------------------------------------------------------------

_LANGUAGES = frozenset({"en", "tr", "zh", "ug", "ru", "fa"})


def dropped(language: str, span: Span, home: Collection[str | None],
            places: Iterable[Place], mentions: Iterable[Mention]) -> frozenset[str]:  # fmt: skip
    """A detention in a sentence placed at home only: one of its places is the origin's with a
    locative of where ("in Shenzhen"), no place or state of the sentence is another's, and no
    state is named as destination or requester."""
    lowered = span.text.lower()
    inside = range(span.start, span.end)
    here = [(p.iso, p.locative and static_place(language, lowered[: p.start - span.start]))
            for p in places if p.start in inside]  # fmt: skip
    if not any(locative and iso in home for iso, locative in here):
        return frozenset()
    if any(iso not in home for iso, _locative in here):
        return frozenset()
    roles = [(m.iso, m.role) for m in mentions if m.start in inside]
    if any(iso not in home or role in ("destination", "request") for iso, role in roles):
        return frozenset()
    return frozenset({"detention"})


# ---- text checks -------------------------------------------------------------------------------

# The lead describes the person by an ordinary crime: convicted of, wanted or jailed for it.
_ORDINARY_CRIME = {
    "en": r"\b(?:convicted|sentenced|jailed|wanted|charged|accused|suspected|guilty)\b"
          r"(?: \S+){0,5}? (?:drugs?|narcotics?|heroin|cocaine|(?:credit[- ]card |bank |tax |"
          r"insurance )?fraud|"
          r"theft|robbery|embezzl\w*|smuggling|trafficking|money[- ]laundering|tax evasion|"
          r"burglary|forgery|counterfeit\w*|bribery|extortion)\b|\b(?:drug|narcotics|fraud|"
          r"insider[- ]trading|securities[- ]fraud|money[- ]laundering|smuggling|embezzlement|"
          r"tax[- ]evasion|theft|robbery|burglary|bribery)[- ](?:charges?|offen[cs]es?|"
          r"convictions?)\b",
    "tr": r"(?:uyuşturucu|dolandırıcılık|hırsızlık|gasp|zimmet|kaçakçılık|kara para|vergi "
          r"kaçırma|sahtecilik|rüşvet)\w*\s+(?:\S+\s+){0,4}?(?:mahkûm|mahkum|hüküm|ceza|suçla|"
          r"aran|hapis|yargıla)\w*",
    "zh": r"(?:贩毒|毒品|诈骗|欺诈|盗窃|抢劫|贪污|走私|洗钱|逃税|伪造|受贿|信用卡)[^。；]{0,12}"
          r"(?:罪|定罪|判处|判刑|通缉|被控|指控)|(?:定罪|判处|通缉|被控|涉嫌)[^。；]{0,12}(?:贩毒|"
          r"毒品|诈骗|欺诈|盗窃|抢劫|贪污|走私|洗钱|逃税|伪造|受贿)",
    "ug": r"(?:زەھەرلىك چېكىملىك|ئالدامچىلىق|ئوغرىلىق|ئەتكەسچىلىك|پارىخورلۇق)\w*\s+"
          r"(?:\S+\s+){0,4}?(?:ھۆكۈم|ئەيىبل|جازا|گۇمانلى)\w*",
    "ru": r"(?:осужд|осужд|приговор|разыскива|обвин|подозрева|отбыва)\w*\s+(?:\S+\s+){0,5}?"
          r"(?:за |в )?(?:наркотик\w*|мошенничеств\w*|кражу|краж\w*|хищени\w*|растрат\w*|"
          r"контрабанд\w*|отмывани\w*|уклонени\w* от уплаты|подделк\w*|взятк\w*|вымогательств\w*)",
    "fa": r"(?:مواد مخدر|کلاهبرداری|سرقت|اختلاس|قاچاق|پولشویی|فرار مالیاتی|جعل|رشوه)\S*\s+"
          r"(?:\S+\s+){0,5}?(?:محکوم|متهم|تحت تعقیب|زندان)",
}  # fmt: skip
# The charges called political: the person is a target whatever the charge.
_CHARGES_POLITICAL = {
    "en": r"\b(?:politically[- ]motivated|trumped[- ]up|fabricated|bogus charges?|pretext|"
          r"persecut\w*|revenge|retaliat\w*|reprisals?)\b",
    "tr": r"siyasi amaçlı|siyasi motivasyon\w*|uydurma|asılsız suçlama\w*|bahane\w*|zulüm\w*|"
          r"intikam\w*|misilleme\w*",
    "zh": r"出于政治动机|政治动机|捏造|莫须有|罗织|借口|迫害|报复",
    "ug": r"سىياسىي مەقسەت\w*|ئويدۇرما\w*|باھانە\w*|زىيانكەشلىك\w*|ئۆچ ئېلىش\w*|قىساس\w*",
    "ru": r"политически мотивирован\w*|сфабрикован\w*|надуманн\w*|предлог\w*|преследовани\w*|"
          r"(?<!\w)мест(?:ь|и|ью)(?!\w)|в отместку|расправ\w*",
    "fa": r"انگیزه\S* سیاسی|ساختگی|واهی|بهانه|آزار و اذیت|انتقام|تلافی",
}  # fmt: skip
# A political role stated as fact anywhere ("He is an opposition activist who fled in 2020"):
# the convict reading does not hold. Told as someone's claim ("the man says the real reason is
# his party work") it is that person's reading, not the text's.
_ROLE = {
    "en": r"\b(?:activists?|dissidents?|opposition (?:activists?|members?|figures?|politicians?|"
          r"leaders?)|opponents? of|critics? of|bloggers?|human rights defenders?|exiled|"
          r"exiles?)\b",
    "tr": r"(?<!\w)(?:aktivist\w*|muhalif\w*|blog(?:cu|ger)\w*|insan hakları savunucu\w*|"
          r"sürgün\w*)",
    "zh": r"活动人士|异见|反对派人士|博主|人权捍卫者|流亡",
    "ug": r"پائالىيەتچى\w*|ئۆكتىچى\w*|سۈرگۈن\w*",
    "ru": r"активист\w*|оппозиционер\w*|диссидент\w*|блогер\w*|правозащитник\w*|"
          r"(?<!\w)эмигрант\w*",
    "fa": r"فعال (?:سیاسی|مدنی|حقوق)|مخالف (?:سیاسی|حکومت|دولت)|مخالفان|وبلاگ‌نویس|تبعیدی",
}  # fmt: skip
_CLAIM = {
    "en": r"\b(?:says?|said|claims?|claimed|argues?|argued|maintains?|insists?|according to)\b",
    "tr": r"söylü\w*|söyledi\w*|iddia\w*|savunu\w*|göre\b",
    "zh": r"称|说|表示|认为|据",
    "ug": r"دېدى|ئېيتتى|دەيدۇ|قارىغاندا|ئېيتىشىچە",
    "ru": r"утвержда\w*|говорит|заявля\w*|заявил\w*|счита\w*|по словам",
    "fa": r"می‌گوید|گفت|مدعی|ادعا|به گفته",
}  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?。！？；;؟\n]+")

# Political targets named in the lead: the convict reading does not hold.
_LEAD_POLITICAL = {
    "en": r"\b(?:activists?|dissidents?|journalists?|critics?|opposition|opponents?|exiles?|"
          r"exiled|bloggers?|human rights|pro-democracy|political|protesters?|refugees?|asylum)\b",
    "tr": r"aktivist\w*|muhalif\w*|gazeteci\w*|eleştir\w*|sürgün\w*|siyasi|mülteci\w*|sığınma\w*",
    "zh": r"活动人士|异见|记者|批评|反对派|流亡|政治|难民|庇护|人权",
    "ug": r"پائالىيەتچى\w*|ئۆكتىچى\w*|مۇخبىر\w*|سىياسى\w*|مۇساپىر\w*|تەنقىد\w*",
    "ru": r"активист\w*|оппозиц\w*|журналист\w*|критик\w*|диссидент\w*|политическ\w*|беженц\w*|"
          r"убежищ\w*|эмигра\w*",
    "fa": r"فعال|مخالف|روزنامه‌نگار|منتقد|سیاسی|پناهنده|پناهجو|تبعید",
}  # fmt: skip

# Migrants' status and the rights group that reports on them: not a political target.
_STATUS_AND_REPORTER = {
    "en": r"\b(?:refugees?(?: status)?|asylum(?:[- ]seekers?)?|migrants?|(?:human )?rights "
          r"(?:groups?|organi[sz]ations?|watch)|amnesty international)\b",
    "tr": r"mülteci\w*|sığınma\w*|göçmen\w*|insan hakları (?:örgüt|grub|izleme)\w*",
    "zh": r"难民|庇护|寻求庇护|移民|人权(?:组织|团体|观察)",
    "ug": r"مۇساپىر\w*|پاناھلىق\w*|كۆچمەن\w*|كىشىلىك ھوقۇق (?:تەشكىلات|گۇرۇپپ)\w*",
    "ru": r"беженц\w*|убежищ\w*|(?<!\w)мигрант\w*|правозащитн\w* (?:организаци|групп)\w*",
    "fa": r"پناهنده\S*|پناهجو\S*|پناهندگی|مهاجر\S*|(?:سازمان|گروه)\S*(?: های| ها)? حقوق بشر\S*|"
          r"عفو بین‌الملل",
}  # fmt: skip
_RETURNS = frozenset({"deportation", "detention"})


def convict_extradited(language: str, lead: str, lowered_text: str, tactics: Iterable[str]) -> bool:
    """A text whose acts are all lawful ones, whose lead (lower-cased) describes the person by an
    ordinary crime and names no political target, which never calls the charges political and
    states no political role as fact (only as someone's claim)."""
    if not set(tactics) <= LAWFUL_TOO:
        return False
    if search_in(_ORDINARY_CRIME, language, lead) is None:
        return False
    if search_in(_LEAD_POLITICAL, language, lead) is not None:
        return False
    if search_in(_CHARGES_POLITICAL, language, lowered_text) is not None:
        return False
    return not any(
        search_in(_ROLE, language, sentence) is not None
        and search_in(_CLAIM, language, sentence) is None
        for sentence in _SENTENCE_END.split(lowered_text)
    )


def host_returns_refugees(language: str, lowered_text: str, tactics: Iterable[str],
                          mentions: Iterable[Mention]) -> bool:  # fmt: skip
    """Deportations or detentions of refugees or migrants by a host, with no request of any
    state named and no political target among the people once their status and the rights
    group reporting on them are set aside."""
    if not set(tactics) <= _RETURNS:
        return False
    if search_in(_STATUS_AND_REPORTER, language, lowered_text) is None:
        return False
    if any(m.role == "request" for m in mentions):
        return False
    pattern = _STATUS_AND_REPORTER.get(language if language in _LANGUAGES else "en", "")
    blanked = compiled(pattern).sub(" ", lowered_text) if pattern else lowered_text
    blanked = gate_clashes.blank_non_targets(language, blanked)  # a policy, rights groups
    rules = for_language(POLITICAL_RULES, language) + for_language(POLITICAL_MORE, language)
    return not any(rule.fires(blanked) for rule in rules)


# The host grants asylum or refugee status: its decision, the acts it recites are the grounds.
_ASYLUM_GRANTED = {
    "en": r"\b(?:granted|grants?|approved|approves|gave|given|awarded|won|received|obtained) "
          r"(?:[\w'’-]+ ){0,4}?(?:asylum|refugee status)\b|\basylum (?:application|claim|request)"
          r"s? (?:\w+ ){0,2}?(?:was |were |has been |had been )?(?:approved|accepted|granted)\b",
    "tr": r"(?:sığınma|iltica)\w*\s+(?:\S+\s+){0,3}?(?:kabul edil|onaylan|onayla|veril)\w*|"
          r"mülteci statüsü\w*\s+(?:\S+\s+){0,2}?(?:veril|tanın)\w*",
    "zh": r"批准[^。；]{0,12}(?:庇护|难民身份)|(?:获得|获批|给予|授予)[^。；]{0,8}"
          r"(?:庇护|难民身份)",
    "ug": r"(?:پاناھلىق|سىياسىي پاناھلىق)\w*\s+(?:\S+\s+){0,3}?(?:بېرىل|ئېرىش|تەستىقلان|"
          r"قوبۇل قىلىن)\w*",
    "ru": r"(?:предостав|получил|получила|получили|одобр)\w*\s+(?:\S+\s+){0,3}?(?:убежищ|"
          r"статус\w* беженц)\w*|убежищ\w*\s+(?:\S+\s+){0,2}?(?:одобр|предоставл)\w*",
    "fa": r"پناهندگی\S*\s+(?:\S+\s+){0,4}?(?:پذیرفته|موافقت|اعطا|دریافت|گرفت)|(?:اعطای|"
          r"دریافت|گرفتن) پناهندگی",
}  # fmt: skip


def asylum_granted(language: str, lead: str, first: Mapping[str, tuple[str, str]],
                   abroad_in: Callable[[str], bool]) -> bool:  # fmt: skip
    """The lead reports a host granting asylum, no act is read in the lead and the only act
    read is a detention placed nowhere abroad (the one the person fled, recited as grounds).
    ``abroad_in`` tells whether a sentence names a place or state other than the origin."""
    if not first or set(first) - {"detention"}:
        return False
    if any(sentence.lower() == lead or abroad_in(sentence) for sentence, _r in first.values()):
        return False
    return search_in(_ASYLUM_GRANTED, language, lead) is not None


# The people are put into the custody of the receiving state's own authorities: "handed over to
# the Malawian authorities", a handover between forces, not a deportation to a country.
_INTO_THEIR_CUSTODY = {
    "en": r"\bhand(?:ed|ing|s)? (?:\w+ )?(?:over )?to (?:the )?[\w-]+ (?:authorities|police|"
          r"security|officials|agents|intelligence|officers)\b",
    "tr": r"(?:makamlarına|yetkililerine|polisine|güvenlik güçlerine|istihbaratına)\s+(?:\S+\s+)?"
          r"teslim",
    "zh": r"(?:移交|交给|交付|移交给)[^，。；]{0,6}(?:当局|警方|安全部门|官员)",
    "ug": r"(?:دائىرىلىرى|ساقچىلىرى|ئەمەلدارلىرى)\w*\s+(?:\S+\s+)?تاپشۇر\w*",
    "ru": r"переда(?:н|ны|на|ли|л|ча)\w*\s+(?:\S+\s+){0,2}?(?:властям|силовикам|спецслужбам|"
          r"полиции|сотрудникам)",
    "fa": r"(?:به|تحویل)\s+(?:ماموران|مأموران|مقامات|پلیس|نیروهای امنیتی)\S*\s+(?:\S+\s+){0,2}?"
          r"(?:تحویل|داده|سپرده)",
}  # fmt: skip


# The origin acts on the people it receives: a political charge ("charged with treason"), an
# arrest on arrival. A rights group's account of what returnees in general suffer is not this.
_ACTED_ON_RETURN = {
    "en": r"\b(?:charged with|accused of|convicted of|sentenced for|tried for) (?:\w+ ){0,3}?"
          r"(?:treason|subversion|sedition|terrorism|insurrection|espionage|rebellion|undermining)|"
          r"\b(?:arrested|detained|jailed|held|imprisoned) (?:\w+ ){0,3}?(?:on|upon) (?:their |his "
          r"|her )?arrival\b",
    "tr": r"vatana ihanet\w*|terör\w* (?:\S+\s+)?suçla\w*|varışta gözaltı\w*|varır varmaz "
          r"(?:gözaltına|tutukla)\w*",
    "zh": r"叛国|颠覆|分裂国家|恐怖主义罪|(?:一|刚)?抵达(?:后|即|就)(?:即|就)?被(?:逮捕|拘留|关押)",
    "ug": r"ۋەتەنگە ئاسىيلىق\w*|بۆلگۈنچىلىك\w*|تېررورلۇق\w* (?:\S+\s+)?ئەيىبل\w*",
    "ru": r"госизмен\w*|измен\w* родине|(?:терроризм|экстремизм)\w* (?:\S+\s+)?обвин\w*|"
          r"обвин\w* (?:\S+\s+){0,2}?(?:терроризм|экстремизм)\w*|по прибытии (?:\S+\s+)?"
          r"(?:задержа|арестова)\w*",
    "fa": r"خیانت|براندازی|اقدام علیه امنیت ملی|(?:به محض|پس از|بلافاصله پس از) ورود\S* "
          r"(?:\S+\s+){0,3}?بازداشت",
}  # fmt: skip


def _origin_hand(language: str, lowered_text: str) -> bool:
    """The origin's own hand: its embassy, consulate or intelligence agents named, the people
    handed into its authorities' custody, or charged or arrested by it on their return."""
    if search_in(_INTO_THEIR_CUSTODY, language, lowered_text) is not None:
        return True
    if search_in(_ACTED_ON_RETURN, language, lowered_text) is not None:
        return True
    return any(rule.value in ("embassy_consulate", "state_security") and rule.fires(lowered_text)
               for rule in for_language(PERPETRATOR_RULES, language))  # fmt: skip


def look_alike(
    language: str,
    text: str,
    lead: str,
    first: Mapping[str, tuple[str, str]],
    home: Collection[str | None],
    places: Iterable[Place],
    mentions: Iterable[Mention],
) -> bool:
    """A convict extradited, a host's returns of refugees or its grant of asylum (see the
    module's docstring). ``lead`` is the first sentence, ``first`` each tactic read with its
    first sentence; ``home`` the origin's codes, ``places`` and ``mentions`` the text's places
    and states."""
    lowered = text.lower()
    lead = lead.lower()
    found = list(first)
    located = [*places, *mentions]

    def abroad_in(sentence: str) -> bool:
        start = text.find(sentence)
        end = start + len(sentence)
        return start >= 0 and any(start <= m.start < end and m.iso not in home for m in located)

    if convict_extradited(language, lead, lowered, found):
        return True
    if asylum_granted(language, lead, first, abroad_in):
        return True
    return host_returns_refugees(language, lowered, found, mentions) and not _origin_hand(
        language, lowered
    )
