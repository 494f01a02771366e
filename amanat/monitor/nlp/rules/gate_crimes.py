"""Relevance gate: an atrocity's suspect pursued, criminals for gain, plots against officials.

Round 17a (relevance): whose act it is — an atrocity's suspect pursued, criminals paid.

Each function reads one class of look-alike seen taken for TNR in at least two splits or two
languages (counts in docs/monitor/accuracy.md, "Round 17a"):

- :func:`atrocity_suspect_pursued` — the first sentences name the person as a suspect of, or
  accused or wanted for, genocide, war crimes or crimes against humanity: the killings the text
  recounts are his alleged crimes, and his arrest, deportation or extradition is the pursuit
  of them, not the state's reach for a critic. It does not hold when the text calls the charges
  political, states a political role as fact, or names "genocide ideology" or denial (charges
  states do use against critics).
- :func:`criminals_for_gain` — a ransom demanded or people smuggled for money: the act's
  purpose is the criminals' gain, and the text names no state's agents, envoys or
  intelligence acting.
- :func:`plot_against_an_official` — a killing plotted against a serving or former official
  of another state (a national security adviser, a minister, a senator), with no exile,
  dissident, journalist or critic named: a plot between states, not a reach into a diaspora.
- :func:`death_not_a_crime` — a death abroad the police find not suspicious, or likely an
  accident or suicide, with no murder investigation opened: a killing the text does not report
  as done.

Pure regular expressions per language (en, tr, zh, ug, ru, fa); no Django.
"""

from __future__ import annotations

from collections.abc import Iterable

from amanat.monitor.nlp.rules import gate_clashes, lawful_acts, search_in

_LANGUAGES = frozenset({"en", "tr", "zh", "ug", "ru", "fa"})


def _lang(language: str) -> str:
    return language if language in _LANGUAGES else "en"


# ---- an atrocity's suspect pursued -------------------------------------------------------------

# The crimes of international criminal law, named as what a person is suspected, accused or
# wanted for (within a few words either way).
_ATROCITY = {
    "en": r"\b(?:genocide|war crimes?|crimes? against humanity)\b",
    "tr": r"soykırım\w*|savaş suç\w*|insanlığa karşı suç\w*",
    "zh": r"种族灭绝|种族屠杀|大屠杀|战争罪|反人类罪|危害人类罪",
    "ug": r"ئىرقىي قىرغىنچىلىق\w*|قىرغىنچىلىق\w*|ئۇرۇش جىنايىتى\w*|ئىنسانىيەتكە قارشى جىنايەت\w*",
    "ru": r"геноцид\w*|военн\w* преступлен\w*|преступлени\w* против человечности",
    "fa": r"نسل[‌ ]?کشی|جنایات? جنگی|جنایت(?:‌های| های)? علیه بشریت",
}  # fmt: skip
_SUSPECTED = {
    "en": r"\b(?:suspects?|suspected|accused|wanted|charged|indicted|fugitives?|implicated|"
          r"perpetrators?|g[ée]nocidaires?|fac(?:e|es|ing) (?:trial|charges))\b",
    "tr": r"şüpheli\w*|zanlı\w*|sanık\w*|suçlan\w*|suçlu\w*|aranan\w*|aran\w*|firari\w*|"
          r"iddianame\w*",
    "zh": r"嫌疑|被控|被指控|指控|通缉|被告|在逃|逃犯|起诉",
    "ug": r"گۇمانلىق\w*|گۇماندار\w*|ئەيىبلەن\w*|ئەيىبلى\w*|قىدىرىلىۋات\w*|قاچقۇن\w*|"
          r"جىنايەتچى\w*",
    "ru": r"подозрева\w*|обвиня\w*|обвин\w*|разыскива\w*|фигурант\w*|беглец\w*|"
          r"предстать перед судом",
    "fa": r"متهم|مظنون|تحت تعقیب|فراری|کیفرخواست|مرتکب",
}  # fmt: skip
# Charges states do bring against critics: the "ideology" or denial of a genocide.
_DENIAL = {
    "en": r"\b(?:genocide (?:ideology|denial)|deny(?:ing)? the genocide|denied the genocide|"
          r"revisionism|minimi[sz]\w* (?:the )?genocide)\b",
    "tr": r"soykırım(?:ı)? inkâr\w*|soykırım(?:ı)? inkar\w*|soykırım ideoloji\w*",
    "zh": r"否认(?:种族灭绝|大屠杀)|(?:种族灭绝|大屠杀)意识形态",
    "ug": r"ئىدېئولوگى\w*|ئىنكار\w*",
    "ru": r"отрица\w* геноцид\w*|идеологи\w* геноцид\w*|ревизионизм\w*",
    "fa": r"انکار نسل[‌ ]?کشی|ایدئولوژی نسل[‌ ]?کشی",
}  # fmt: skip
# Acts that are the state's reach for the person himself, whatever his past.
_REACH = frozenset({"threat_to_family", "direct_threat", "hacking_spyware", "online_harassment",
                    "silencing_demand", "impersonation"})  # fmt: skip


def atrocity_suspect_pursued(language: str, heads: str, lowered_text: str,
                             tactics: Iterable[str]) -> bool:  # fmt: skip
    """``heads`` (the first two sentences, lower-cased) name an atrocity crime and a suspect,
    accused or wanted person; the acts read include none of the state's reach for a critic
    (threats, family, hacking, impersonation); the text never calls the charges political,
    names no genocide ideology or denial, and states no political role as fact."""
    found = set(tactics)
    if not found or found & _REACH:
        return False
    lang = _lang(language)
    if search_in(_ATROCITY, lang, heads) is None or search_in(_SUSPECTED, lang, heads) is None:
        return False
    if search_in(_DENIAL, lang, lowered_text) is not None:
        return False
    if search_in(lawful_acts._CHARGES_POLITICAL, lang, lowered_text) is not None:
        return False
    return not any(
        search_in(lawful_acts._ROLE, lang, sentence) is not None
        and search_in(lawful_acts._CLAIM, lang, sentence) is None
        for sentence in lawful_acts._SENTENCE_END.split(lowered_text)
    )


# ---- criminals for gain ------------------------------------------------------------------------

# A ransom demanded, or people smuggled for money: the act's purpose is the criminals' gain.
_FOR_GAIN = {
    "en": r"\b(?:ransoms?|people[- ]smuggl\w*|human[- ]smuggl\w*|smuggling gang|"
          r"smuggle (?:people|migrants)|(?:people|human)[- ]traffick\w*)\b",
    "tr": r"fidye\w*|insan kaçakçı\w*|göçmen kaçakçı\w*",
    "zh": r"赎金|蛇头|人口走私|偷渡集团|人口贩运|人口贩卖",
    "ug": r"بەدەل پۇل\w*|قۇتۇلدۇرۇش پۇل\w*|ئادەم ئەتكەسچى\w*|ئادەم سودى\w*",
    "ru": r"выкуп\w*|контрабанд\w* (?:людей|мигрантов)|торговл\w* людьми|торговц\w* людьми|"
          r"перевозчик\w* мигрантов",
    "fa": r"باج|فدیه|قاچاق انسان|قاچاقچی(?:ان)? انسان|قاچاقچیان",
}  # fmt: skip
# Someone acting for a state: "on behalf of", "acting for", "ordered by" its government.
_ON_BEHALF = {
    "en": r"\b(?:on behalf of|acting for|at the behest of|ordered by|hired by|paid by|working for) "
          r"(?:the )?(?:\w+ )?(?:government|regime|state|authorities|intelligence|security)\b",
    "tr": r"(?:hükümet|rejim|devlet|istihbarat)\w* (?:adına|emriyle|talimatıyla)",
    "zh": r"(?:政府|政权|国家安全|安全部门|当局)(?:指使|雇佣|授意|派遣)",
    "ug": r"(?:ھۆكۈمەت|ھاكىمىيەت|دۆلەت بىخەتەرلىك)\w* (?:نامىدىن|بۇيرۇقى)",
    "ru": r"по (?:заказу|поручению|приказу) (?:\w+ )?(?:властей|правительства|режима|спецслужб)",
    "fa": r"(?:به دستور|از سوی|به سفارش) (?:\S+ )?(?:حکومت|دولت|رژیم|سپاه|وزارت اطلاعات)",
}  # fmt: skip
_VIOLENT_OR_TAKEN = frozenset({"rendition", "assassination", "threat_to_family", "detention",
                               "direct_threat", "assault"})  # fmt: skip


def criminals_for_gain(language: str, lowered_text: str, tactics: Iterable[str]) -> bool:
    """The acts read are only violence, a taking or threats to kin; the text names a ransom or
    people smuggled for money; and it names no state's envoys, guards, agents or intelligence,
    nor anyone acting on a government's behalf: the criminals' gain, not a state's reach."""
    found = set(tactics)
    if not found or not found <= _VIOLENT_OR_TAKEN:
        return False
    lang = _lang(language)
    if search_in(_FOR_GAIN, lang, lowered_text) is None:
        return False
    if search_in(gate_clashes._STATE_HANDS, lang, lowered_text) is not None:
        return False
    return search_in(_ON_BEHALF, lang, lowered_text) is None


# ---- a death the police find no crime -----------------------------------------------------------

_NOT_A_CRIME = {
    "en": r"\b(?:not (?:deemed (?:to be )?|treated as |considered |being treated as )?suspicious|"
          r"non-suspicious|no (?:signs?|evidence|indications?) of (?:foul play|a crime|crime|"
          r"third[- ]party involvement)|dispelled (?:\S+ ){0,4}?suspicions?|(?:an )?accident or "
          r"(?:a )?suicide|(?:a )?suicide or (?:an )?accident)\b",
    "tr": r"kaza (?:ya da|veya) intihar|intihar (?:ya da|veya) kaza|şüpheli (?:bulunmadı|"
          r"görülmedi|değil)|suç (?:unsuru|şüphesi|belirtisi) (?:bulunmadı|yok)",
    "zh": r"意外或自杀|自杀或意外|排除他杀|(?:没有|并无|不存在|未发现)(?:可疑|他杀|犯罪)",
    "ug": r"شۈبھىلىك ئەمەس|جىنايەت ئالامىتى (?:يوق|بايقالمىدى)",
    "ru": r"несчастн\w* случа\w* или самоубийств\w*|самоубийств\w* или несчастн\w* случа\w*|"
          r"не (?:счита\w* |признан\w* )?подозрительн\w*|признаков (?:насильственной смерти|"
          r"криминала|преступления) не (?:обнаружен|выявлен)\w*",
    "fa": r"حادثه یا خودکشی|خودکشی یا حادثه|مشکوک (?:نبوده|نیست|نبود)|گمان\S*(?: \S+){0,8} "
          r"برطرف|نشانه‌ای از (?:جرم|جنایت|قتل) (?:یافت نشد|دیده نشد|وجود ندارد)",
}  # fmt: skip
# A murder investigated: the police keep a killing open ("a killing staged to look like suicide").
_MURDER_INVESTIGATED = {
    "en": r"\b(?:murder (?:investigation|inquiry|probe|case|charges?)|premeditated murder|"
          r"investigat\w* (?:\S+ ){0,3}?as (?:a )?(?:murder|homicide|killing)|staged|disguised|"
          r"poisoned by|killed by)\b",
    "tr": r"cinayet soruşturma\w*|kasten öldürme|intihar süsü\w*|öldürüldü\w*",
    "zh": r"谋杀案|故意杀人|伪装成自杀|被毒杀|被杀害",
    "ug": r"قەستەن ئۆلتۈرۈش|قاتىللىق دېلو\w*|ئۆلتۈرۈلگەن",
    "ru": r"дело об (?:умышленном )?убийств\w*|замаскированн\w*|инсценир\w*|отравлен\w* агент",
    "fa": r"پرونده قتل|قتل عمد|صحنه‌سازی|به قتل رسید",
}  # fmt: skip
_DEATH_ACTS = frozenset({"assassination", "rendition"})


def death_not_a_crime(language: str, lowered_text: str, tactics: Iterable[str]) -> bool:
    """The acts read are only a killing or a disappearance; the police find the death not
    suspicious, with no sign of a crime, or likely an accident or suicide; and no murder is
    investigated or reported as done."""
    found = set(tactics)
    if not found or not found <= _DEATH_ACTS:
        return False
    lang = _lang(language)
    if search_in(_NOT_A_CRIME, lang, lowered_text) is None:
        return False
    return search_in(_MURDER_INVESTIGATED, lang, lowered_text) is None


# ---- a plot against another state's official ----------------------------------------------------

_OFFICIAL = {
    "en": r"\b(?:national security advis[eo]r|secretary of state|(?:defen[cs]e|foreign|interior) "
          r"(?:minister|secretary)|senators?|congress(?:man|woman)|(?:former|ex-) (?:\S+ )?"
          r"(?:ministers?|presidents?|ambassadors?|secretar(?:y|ies)|advis[eo]rs?|officials?))\b",
    "tr": r"ulusal güvenlik danışman\w*|dışişleri bakan\w*|savunma bakan\w*|senatör\w*|"
          r"eski (?:\S+ )?(?:bakan|başkan|büyükelçi|danışman|yetkili)\w*",
    "zh": r"国家安全顾问|国务卿|国防部长|外交部长|参议员|前(?:总统|部长|大使|顾问|官员)",
    "ug": r"دۆلەت بىخەتەرلىك مەسلىھەتچى\w*|تاشقى ئىشلار مىنىستىرى|سېناتور\w*|"
          r"سابىق (?:\S+ )?(?:مىنىستىر|پرېزىدېنت|ئەلچى|مەسلىھەتچى)\w*",
    "ru": r"советник\w* по национальной безопасности|госсекретар\w*|министр\w* (?:обороны|"
          r"иностранных дел)|сенатор\w*|бывш\w* (?:\S+ )?(?:министр|президент|посол|советник)\w*",
    "fa": r"مشاور (?:پیشین |سابق )?امنیت ملی|وزیر (?:پیشین |سابق )?(?:خارجه|دفاع)|سناتور|"
          r"(?:وزیر|رئیس‌جمهور|سفیر|مشاور|مقام) (?:پیشین|سابق)",
}  # fmt: skip
_PLOT_ACTS = frozenset({"assassination", "informant_recruitment"})


def plot_against_an_official(language: str, lowered_text: str, tactics: Iterable[str]) -> bool:
    """The acts read are only a killing and the recruiting of someone to do it; the text names
    a serving or former official (national security adviser, minister, senator); and it names
    no exile, dissident, activist, journalist, critic or refugee anywhere."""
    found = set(tactics)
    if "assassination" not in found or not found <= _PLOT_ACTS:
        return False
    lang = _lang(language)
    if search_in(_OFFICIAL, lang, lowered_text) is None:
        return False
    return search_in(lawful_acts._LEAD_POLITICAL, lang, lowered_text) is None


def look_alike(language: str, heads: str, lowered_text: str, tactics: Iterable[str]) -> bool:
    """Either reading of this module (``heads``: the first two sentences, lower-cased)."""
    found = list(tactics)
    return (
        atrocity_suspect_pursued(language, heads, lowered_text, found)
        or criminals_for_gain(language, lowered_text, found)
        or death_not_a_crime(language, lowered_text, found)
        or plot_against_an_official(language, lowered_text, found)
    )
