"""Relevance gate: spying between states, a clash at an event, an armed group's claim.

Round 16a (relevance): readings of the gate that the blind splits showed missing.

Each function reads one class of language seen wrong on text the rules had never read (at
least two splits or two languages; counts in docs/monitor/accuracy.md, "Round 16a"):

- :func:`torture_as_risk` — "he faces politically motivated charges and torture", "грозят
  обвинения и пытки", "محاکمه ناعادلانه و شکنجه": torture named beside the charges or the
  trial a person is *at risk of* is no charge of torture against him, so a text about his
  extradition is no trial of a perpetrator abroad (lookalikes.perpetrator_tried).
- :func:`blank_non_targets` — words the political-target test took for a political target
  when they name something else: the host's *policy* (Uyghur سىياسىتى, "its policy", beside
  سىياسىي, "political"), a decision called "not political", rights defenders and charities
  who report on the people (правозащитники). Used by lawful_acts.host_returns_refugees.
- :func:`espionage_on_institutions` — espionage or a break-in whose targets are a military,
  government departments or companies (trade secrets), with no person, exile or community
  named as target: spying between states, not the diaspora's surveillance or hacking.

Pure regular expressions per language (en, tr, zh, ug, ru, fa); no Django.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from amanat.monitor.nlp.rules import compiled, search_in

_LANGUAGES = frozenset({"en", "tr", "zh", "ug", "ru", "fa"})


def _lang(language: str) -> str:
    return language if language in _LANGUAGES else "en"


# ---- torture as a risk, coordinated with the charges or trial ---------------------------------

# A charge or trial noun, at most two words, then "and" and torture: two things the person
# faces. The torture word is blanked, the charge stays.
_CHARGES_AND_TORTURE = {
    "en": r"\b((?:charges?|trials?|prosecution|persecution)(?: \S+){0,2}? (?:and|or) "
          r"(?:\S+ )?)(?:tortur\w*|ill-treatment)",
    "tr": r"((?:suçlama|yargılama|kovuşturma|zulüm)\w*\s+(?:\S+\s+){0,2}?(?:ve|veya)\s+)"
          r"(?:işkence\w*|kötü muamele\w*)",
    "zh": r"((?:指控|审判|起诉|迫害)[^，。；]{0,6}?(?:和|与|及|或))(?:酷刑|虐待)",
    "ug": r"((?:ئەيىبلەش|ئەيىبلىنىش|سوت|زىيانكەشلىك)\w*\s+(?:\S+\s+){0,2}?(?:ۋە|ياكى)\s+)"
          r"(?:قىيىن-قىستاق|قىيناش)\w*",
    "ru": r"((?:обвинени|суд|преследовани|уголовн\w* преследовани)\w*\s+(?:\S+\s+){0,2}?"
          r"(?:и|или)\s+)(?:пытк\w*|жесток\w* обращени\w*)",
    "fa": r"((?:اتهام|محاکمه|تعقیب|آزار)\S*\s+(?:\S+\s+){0,2}?(?:و|یا)\s+)(?:شکنجه|بدرفتاری)\S*",
}  # fmt: skip


def torture_as_risk(language: str, lowered_text: str) -> str:
    """The text with torture blanked where it is named beside charges or a trial ("faces
    charges and torture"): what the person risks, not what he is charged with."""
    pattern = compiled(_CHARGES_AND_TORTURE[_lang(language)])
    return pattern.sub(lambda m: m.group(1) + " ", lowered_text)


# ---- words that are no political target --------------------------------------------------------

_NOT_A_TARGET = {
    # "the decision was legal, not political": a denial, no target.
    "en": r"\bnot (?:a )?political\b|\b(?:human )?rights (?:groups?|defenders?|organi[sz]ations?)"
          r"\b|\bcharit(?:y|ies)\b",
    "tr": r"siyasi değil|insan hakları (?:örgüt|savunucu|grup)\w*|yardım kuruluş\w*",
    "zh": r"(?:并非|不是|而非)政治|人权(?:组织|团体|捍卫者)|慈善(?:组织|机构)",
    # سىياسەت / سىياسىتى / سىياسىتىنىڭ: policy (the host's), not سىياسىي (political).
    "ug": r"سىياسەت\w*|سىياسىت\w*|كىشىلىك ھوقۇق (?:تەشكىلات|گۇرۇپپ)\w*",
    "ru": r"правозащитник\w*|правозащитн\w* (?:организаци|групп)\w*|благотворительн\w* "
          r"(?:организаци|фонд)\w*|не политическ\w*",
    "fa": r"(?:نه|غیر) ?سیاسی|سازمان‌های حقوق بشری|گروه‌های حقوق بشری|مدافعان حقوق بشر|"
          r"سیاست(?!مدار)\S*",
}  # fmt: skip


def blank_non_targets(language: str, lowered_text: str) -> str:
    """The text with the words blanked that name a policy, a denial of politics or the rights
    groups reporting, not a political target."""
    return compiled(_NOT_A_TARGET[_lang(language)]).sub(" ", lowered_text)


# ---- espionage against institutions -----------------------------------------------------------

_SPYING_ACTS = frozenset({"hacking_spyware", "informant_recruitment", "surveillance"})

# Espionage, a break-in or a cyber attack ...
_ESPIONAGE = {
    "en": r"\b(?:espionage|spy(?:ing)?|spies|hack\w*|breach\w*|infiltrat\w*|broke into|"
          r"cyber[- ]?attack\w*|malware|trojan|phishing|stole|stolen|theft)\b",
    "tr": r"casus\w*|hack\w*|sız\w*|siber saldırı\w*|çal(?:dı|ınan|mak)\w*",
    "zh": r"间谍|黑客|入侵|窃取|网络攻击|木马|钓鱼",
    "ug": r"جاسۇس\w*|خاككېر\w*|بۆسۈپ كىر\w*|ئوغرىل\w*",
    "ru": r"шпион\w*|хакер\w*|взлом\w*|кибератак\w*|похи(?:щ|т)\w* (?:\S+\s+)?(?:данн|секрет|"
          r"информаци)\w*",
    "fa": r"جاسوسی|هک|نفوذ|حمله سایبری|حملات سایبری|سرقت",
}  # fmt: skip
# ... aimed at institutions: a military, defence, government departments, companies' secrets.
_INSTITUTIONS = {
    "en": r"\b(?:military|armed forces|defen[cs]e (?:projects?|sector|contractors?|ministry)|"
          r"government (?:departments?|agencies|agency|networks?|systems?|personnel)|ministr(?:y|"
          r"ies)|trade secrets?|compan(?:y|ies)|corporations?|firms?|carriers?|critical "
          r"(?:sectors?|infrastructure)|diplomatic targets?|utilit(?:y|ies))\b",
    "tr": r"ordu\w*|askeri|savunma\w*|ticari sır\w*|şirket\w*|bakanlı\w*|kamu kurum\w*|"
          r"devlet kurum\w*|kritik altyapı\w*",
    "zh": r"军方|军队|军事|国防|商业机密|公司|企业|运营商|政府机构|政府部门|部委|关键基础设施",
    "ug": r"ئارمىيە\w*|ھەربىي|مۇداپىئە\w*|شىركەت\w*|مىنىستىرلىك\w*|ھۆكۈمەت ئورگان\w*",
    "ru": r"военн\w*|армии|оборон\w*|коммерческ\w* тайн\w*|компани\w*|министерств\w*|ведомств\w*|"
          r"госучрежден\w*|критическ\w* инфраструктур\w*",
    "fa": r"ارتش|نظامی|دفاعی|اسرار تجاری|شرکت|وزارت|نهادهای دولتی|سازمان‌های دولتی|"
          r"زیرساخت",
}  # fmt: skip
# A person or a community targeted: the spying is of people, whatever institution is named.
_PEOPLE_TARGETED = {
    "en": r"\b(?:activists?|dissidents?|journalists?|critics?|exiles?|diaspora|opposition|"
          r"refugees?|uy?ghurs?|uighurs?|tibetans?|students?|lawyers?|(?:\w+ )?communit(?:y|ies)|"
          r"living (?:in|abroad)|abroad|overseas|(?:his|her|their) (?:phones?|accounts?|emails?|"
          r"devices?|computers?|relatives|family))\b",
    "tr": r"aktivist\w*|muhalif\w*|gazeteci\w*|sürgün\w*|diaspora\w*|uygur\w*|eleştir\w*|"
          r"mülteci\w*|öğrenci\w*|yurt ?dışında\w*|topluluğ\w*",
    "zh": r"活动人士|异见|记者|流亡|海外|侨民|维吾尔|藏人|反对派|批评|留学生|难民|社区",
    "ug": r"پائالىيەتچى\w*|ئۆكتىچى\w*|مۇخبىر\w*|ئۇيغۇر\w*|چەتئەل\w*|مۇساپىر\w*|ئوقۇغۇچى\w*",
    "ru": r"активист\w*|оппозиц\w*|журналист\w*|эмигра\w*|диаспор\w*|диссидент\w*|критик\w*|"
          r"беженц\w*|студент\w*|за рубежом|за границей",
    "fa": r"فعال|مخالف|روزنامه‌نگار|تبعید|منتقد|پناهنده|پناهجو|دانشجو|خارج از کشور|"
          r"دیاسپورا|جامعه",
}  # fmt: skip


def espionage_on_institutions(language: str, lowered_text: str, tactics: Iterable[str]) -> bool:
    """Only spying acts are read (hacking, informants, surveillance), a sentence names espionage
    or a break-in beside a military, government departments or companies, and no sentence
    names a person, exile, refugee or community abroad as anyone's target."""
    found = set(tactics)
    if not found or not found <= _SPYING_ACTS:
        return False
    lang = _lang(language)
    if search_in(_PEOPLE_TARGETED, lang, lowered_text) is not None:
        return False
    return any(
        search_in(_ESPIONAGE, lang, sentence) is not None
        and search_in(_INSTITUTIONS, lang, sentence) is not None
        for sentence in _SENTENCE_END.split(lowered_text)
    )


_SENTENCE_END = re.compile(r"(?<=[.!?。！？؟])\s+|\n+")


# ---- a clash at a protest or an event abroad ---------------------------------------------------

_CLASH_ACTS = frozenset({"assault", "detention", "assassination", "impersonation"})

# The lead reports a clash, riot, brawl or festival: the crowd's event. A protest alone is not
# one ("attacked outside his home days after he protested" is an attack on a protester).
_CROWD_EVENT = {
    "en": r"\b(?:clash\w*|riot\w*|skirmish\w*|brawl\w*|scuffle\w*|festival|celebrations?|"
          r"stormed|storming)\b",
    "tr": r"çatışma\w*|çatıştı\w*|arbede\w*|festival\w*|etkinli\w*|kutlama\w*|kavga\w*",
    "zh": r"冲突|骚乱|节庆|庆典|斗殴|混战",
    "ug": r"توقۇنۇش\w*|قالايمىقان\w*|بايرام\w*|مۇشتلاش\w*",
    "ru": r"столкновени\w*|беспорядк\w*|фестивал\w*|праздник\w*|драк\w*|потасовк\w*",
    "fa": r"درگیری|جشن|جشنواره|زدوخورد|آشوب",
}  # fmt: skip
# A state's own people doing the act: its diplomats, consular staff, guards or agents.
_STATE_HANDS = {
    "en": r"\b(?:embassy|consulate|consular|diplomats?|envoys?|ambassador\w*|residence|"
          r"bodyguards?|guards?|security (?:detail|guards?|personnel|staff|officials?|officers?|"
          r"team)|agents?|intelligence|spies|officials? from)\b",
    "tr": r"elçilik\w*|konsolosluk\w*|konsolosluğ\w*|diplomat\w*|büyükelçi\w*|korumalar\w*|"
          r"koruma görevli\w*|ajan\w*|istihbarat\w*|konut\w*|güvenlik (?:görevli|personel|"
          r"ekib|yetkili)\w*",
    "zh": r"大使馆|领事馆|使馆|外交官|领事|官邸|保镖|警卫|安保|安全人员|安全官员|特工|情报",
    "ug": r"ئەلچىخان\w*|كونسۇلخان\w*|دىپلومات\w*|ئەلچى\w*|قوغدىغۇچى\w*|مۇھاپىزەتچى\w*|"
          r"بىخەتەرلىك خادىم\w*|جاسۇس\w*|ئىستىخبارات\w*",
    "ru": r"посольств\w*|консульств\w*|консул\w*|дипломат\w*|посол\w*|охран\w*|телохранител\w*|"
          r"сотрудник\w* (?:службы )?безопасности|агент\w*|спецслужб\w*|разведк\w*|резиденци\w*",
    "fa": r"سفارت|کنسولگری|دیپلمات|سفیر|اقامتگاه|محافظ|مأمور|مامور|نیروهای امنیتی|اطلاعاتی|"
          r"جاسوس",
}  # fmt: skip


# The state's agents named anywhere in the text: its intelligence, security officers, guards.
# (Its embassy alone may be the venue: "a festival the embassy organised".)
_STATE_AGENTS = {
    "en": r"\b(?:intelligence|security (?:agents?|officers?|forces|services?|officials?)|state "
          r"security|secret police|spies|bodyguards?|security detail)\b",
    "tr": r"istihbarat\w*|güvenlik güçleri\w*|ajan\w*|korumalar\w*|güvenlik görevli\w*",
    "zh": r"情报|特工|安全人员|安全官员|安保人员|国安|保镖",
    "ug": r"ئىستىخبارات\w*|جاسۇس\w*|بىخەتەرلىك خادىم\w*|قوغدىغۇچى\w*",
    "ru": r"спецслужб\w*|разведк\w*|сотрудник\w* (?:службы )?безопасности|силовик\w*|"
          r"охранник\w*|телохранител\w*",
    "fa": r"م[أا]موران (?:امنیتی|اطلاعاتی)|نیروهای امنیتی|اطلاعاتی|جاسوس|محافظ",
}  # fmt: skip


def clash_at_an_event(language: str, lead: str, first_sentences: Iterable[str],
                      tactics: Iterable[str], lowered_text: str) -> bool:  # fmt: skip
    """The first two sentences (a headline and its lead) report a clash, riot or festival; the
    only acts read are an assault, a detention, a killing or an impersonation; no sentence
    carrying them names the state's diplomats, consular staff, guards or agents; and the text
    names no intelligence or security officers of anyone: the crowd's or the host police's
    violence, not the state's act."""
    found = set(tactics)
    if not found or not found <= _CLASH_ACTS:
        return False
    lang = _lang(language)
    if search_in(_CROWD_EVENT, lang, lead.lower()) is None:
        return False
    if any(search_in(_STATE_HANDS, lang, s.lower()) is not None for s in first_sentences):
        return False
    return search_in(_STATE_AGENTS, lang, lowered_text) is None


# ---- a headline ------------------------------------------------------------------------------


def is_headline(text: str, first_sentence: str) -> bool:
    """The first sentence is a headline: alone on the text's first line, with no full stop of
    its own ("Tajik dissident released: 'I do not want to be deported'"). The sentence under it
    tells where what the headline reports happened."""
    head = text.lstrip()
    line = head.split("\n", 1)[0].strip()
    return (
        bool(line)
        and "\n" in head
        and line == first_sentence.strip()
        and not line.endswith((".", "。", "!", "؟", "?"))
    )


# ---- a killing an armed group claims -----------------------------------------------------------

_VIOLENT_ACTS = frozenset({"assassination", "assault", "silencing_demand", "direct_threat"})

# A non-state armed group claims the killing or attack ("IS later said it was responsible",
# "IŞİD bu cinayetleri üstlenmişti"). The Taliban, a state's rulers since 2021, are not here.
_GROUP = (
    r"(?:islamic state|isis|isil|daesh|al-qaeda|al-qaida|al-shabaab|boko haram|"
    r"[iı]\u0307?ş[iı]\u0307?d|deaş|daeş|el kaide|eş-şebab|伊斯兰国|基地组织|青年党|"
    r"ئىشىد|دائىش|ئىسلام دۆلىتى|игил|"
    r"даиш|исламск\w* государств\w*|аль-каид\w*|داعش|دولت اسلامی|القاعده|الشباب)"
)
_GROUP_CLAIMS = {
    "en": rf"\b{_GROUP}\b[^.]{{0,40}}?\b(?:claimed|said it was responsible|took responsibility|"
          r"claiming)\b|\bclaimed by (?:the )?"
          rf"{_GROUP}\b|\bis (?:later |has |had |then )?(?:said it was responsible|claimed "
          r"(?:responsibility|the))\b",
    "tr": rf"{_GROUP}\S*\s+(?:\S+\s+){{0,5}}?üstlen\w*",
    "zh": rf"{_GROUP}[^。；]{{0,20}}(?:宣称|声称|宣布)?(?:负责|认领)",
    "ug": rf"{_GROUP}\S*\s+(?:\S+\s+){{0,6}}?(?:ئۈستىگە ئال|مەسئۇل)\w*",
    "ru": rf"{_GROUP}\s+(?:\S+\s+){{0,6}}?(?:взял\w* на себя|заяви\w* о причастности|"
          r"ответственност\w*)",
    "fa": rf"{_GROUP}\s+(?:\S+\s+){{0,6}}?مسئولیت",
}  # fmt: skip


def armed_group_claims(language: str, lowered_text: str, tactics: Iterable[str]) -> bool:
    """The only acts read are a killing, an attack or threats; an armed group that is no state
    (Islamic State, al-Qaeda, al-Shabaab, Boko Haram) claims them; and the text names no
    state's diplomats, guards or agents: the group's violence, not a state's reach."""
    found = set(tactics)
    if not found or not found <= _VIOLENT_ACTS:
        return False
    lang = _lang(language)
    if search_in(_GROUP_CLAIMS, lang, lowered_text) is None:
        return False
    return search_in(_STATE_HANDS, lang, lowered_text) is None
