"""Relevance gate: whose act, where, and done or not (arrivals, envoys, foreign officials).

rules-12 (round 13c): the relevance gate — whose act, where, and done or not.

Readings the gate lacked, each a class of news language read in en/tr/zh/ug/ru/fa:

- **Where someone arrived is not where the act was** (:func:`arrived_at`): "arrived in Germany
  after being released", "Almanya'da yaşayan", "在德国定居", "прибыл в Германию": a lead's
  release is placed abroad only by a place of the release or detention itself
  (``lookalikes.released_abroad``).
- **Another state's envoys are observers, not hosts** (:func:`envoys_of`): "the consulates of
  Germany and Britain were barred from the trial", "ئەنگلىيەنىڭ كونسۇلخانا ۋەكىللىرى": a state
  named by its consulate, embassy or diplomats is where they come from, not where the people
  of the story are.
- **A wanted listing of another state's officials** (:func:`foreign_official_wanted`): a state
  that puts a foreign prime minister or ministers on its wanted list is in a row with that
  state; its warrant reaches no diaspora.
- **A trial at home of another state's agents** (:func:`foreign_agents_tried_at_home`): "four
  Egyptian security officers went on trial in Rome, accused of killing an Italian student in
  Cairo": the state read as origin is the one that tries; the agents acted for their own
  state, at home.

Invented sentence pairs: ``tests/test_gate_whose_act.py``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import cache

from amanat.monitor.nlp.rules import Rule, make_rules
from amanat.monitor.nlp.rules.shapes import Place, Span, SpannedMention
from amanat.monitor.nlp.rules.tactics import RELATIVES

_LANGUAGES = frozenset({"en", "tr", "zh", "ug", "ru", "fa"})


def _lang(language: str) -> str:
    return language if language in _LANGUAGES else "en"


# A verb of arriving, settling or living right before the place ("arrived in", "settled in",
# "прибыл в", "抵达", "ساکن") or, in languages that put the verb last, right after it
# ("Almanya'da yaşayan", "在德国定居", "گېرمانىيەدە ياشاۋاتقان", "در آلمان زندگی"). Where the
# freed "are now in" (目前身在) is where they went. Not "now" before another verb, nor "moved":
# "now held in Dubai", "moved to a detention centre in Dubai" place the detention.
_ARRIVED_BEFORE = {
    "en": r"\b(?:is|are) now in\s+(?:the\s+)?$|"
          r"\b(?:arriv\w*|landed|settled|resettled|lives?|living|resid\w*|relocated|fled|"
          r"escaped|emigrated|exiled|refuge|asylum)\b(?: [\w'-]+){0,4}? (?:in|at|to)"
          r"\s+(?:the\s+)?$",
    "zh": r"(?:身在|抵达|到达|来到|定居|流亡|旅居|移居|居住|生活|逃往|逃到|前往)[^，。；]{0,3}$",
    "ru": r"(?:прибы\w*|приеха\w*|переех\w*|живущ\w*|живёт|живет|жил\w*|прожива\w*|посел\w*|"
          r"эмигрир\w*|беж\w*|укры\w*)\s+(?:\S+\s+){0,3}?во?\s+$",
    "fa": r"(?:وارد|ساکن|مقیم|اقامت|زندگی|پناهنده|تبعید|رسید)\S*\s+(?:\S+\s+){0,2}?(?:در|به)\s*$",
}  # fmt: skip
_ARRIVED_AFTER = {
    "tr": r"^\S*\s+(?:\S+\s+)?(?:yaşa|yerleş|ikamet|sürgün|sığın|ulaş|var(?:dı|an|mış))",
    "zh": r"^[^，。；]{0,3}(?:定居|居住|生活|流亡|避难|落脚|安家)",
    "ug": r"^\S*\s+(?:\S+\s+)?(?:ياشا|ئولتۇراقلاش|پاناھ|سۈرگۈن|يېتىپ كەل|كېلىپ)",
    "fa": r"^\S*\s+(?:\S+\s+)?(?:زندگی|ساکن|اقامت|پناهنده|مستقر|رسید)",
}  # fmt: skip


@cache
def _compiled(table: str, language: str) -> re.Pattern[str] | None:
    source = _TABLES[table].get(_lang(language))
    return re.compile(source) if source else None


def arrived_at(language: str, lowered: str, start: int, end: int) -> bool:
    """The place at ``start:end`` of the lower-cased sentence is where someone arrived,
    settled or lives, not where an act was done to them."""
    before, after = _compiled("arrived_before", language), _compiled("arrived_after", language)
    return bool(
        (before is not None and before.search(lowered[max(0, start - 40) : start]))
        or (after is not None and after.search(lowered[end : end + 40]))
    )


# A state's envoys: its consulate, embassy, consuls, ambassador or diplomats.
_ENVOYS = {
    "en": r"^(?:['’]s)?\s*(?:consulates?|embass(?:y|ies)|consuls?|consular|ambassadors?|envoys?|"
          r"diplomats?|diplomatic)\b",
    "tr": r"^\S*\s*(?:konsolosluk|başkonsolosluk|büyükelçilik|elçilik|konsolos|büyükelçi|"
          r"diplomat)",
    "zh": r"^(?:的|驻[^，。；]{0,6})?(?:领事馆|总领事馆|大使馆|使馆|领事|大使|外交官|外交人员)",
    "ug": r"^\S*\s*(?:باش )?(?:كونسۇلخان|ئەلچىخان|كونسۇل|ئەلچى|دىپلومات)",
    "ru": r"^\S*\s*(?:консульств|генконсульств|посольств|консул|посол|посл[аоу]|дипломат)",
    "fa": r"^\S*\s*(?:کنسولگری|سفارت|کنسول|سفیر|دیپلمات)",
}  # fmt: skip
# What may stand between the names of a list of states ("Germany, France and Britain's").
_LIST_GAP = {
    "en": r"^(?:\s*(?:['’]s)?\s*(?:,|and|&)\s*)+$",
    "tr": r"^(?:\s*(?:,|ve|ile)\s*)+$",
    "zh": r"^(?:\s*(?:、|，|,|和|及|与)\s*)+$",
    "ug": r"^(?:\s*(?:،|,|ۋە|ھەمدە|بىلەن)\s*)+$",
    "ru": r"^(?:\s*(?:,|и)\s*)+$",
    "fa": r"^(?:\s*(?:،|,|و)\s*)+$",
}


def envoys_of(language: str, text: str, mention: SpannedMention,
              mentions: Iterable[SpannedMention]) -> bool:  # fmt: skip
    """The state mention names the state of envoys ("Britain's consulate", "the consulates of
    … and Britain"), alone or as one of a list of states that ends on their envoys."""
    envoys, gap = _compiled("envoys", language), _compiled("list_gap", language)
    if envoys is None or gap is None:
        return False
    later = sorted((m for m in mentions if m.start >= mention.end), key=lambda m: m.start)
    end = mention.end
    for other in later:
        between = text[end : other.start]
        if not gap.match(between):
            break
        end = other.end
    return envoys.match(text[end : end + 40].lower()) is not None


# A wanted listing or a warrant.
_WANTED = {
    "en": r"\bwanted (?:list|persons?|register|database)|\b(?:arrest )?warrants?\b|"
          r"\bput (?:\S+ ){1,6}?on (?:its|a|the) wanted\b",
    "tr": r"aranan\w*|arananlar|yakalama kararı|tutuklama kararı|kırmızı bülten",
    "zh": r"通缉|逮捕令",
    "ug": r"ئىزدىلىۋاتقان|ئىزدەش تىزىملىك|تۇتۇش بۇيرۇق|قولغا ئېلىش بۇيرۇق",
    "ru": r"розыск\w*|ордер\w* на арест|арест\w* заочно|заочн\w* арест\w*",
    "fa": r"تحت تعقیب|حکم (?:جلب|بازداشت)|فهرست (?:افراد )?تحت تعقیب",
}  # fmt: skip
# Offices of government or of a legislature, said of a state ("Estonia's prime minister",
# "爱沙尼亚总理", "министр иностранных дел Литвы").
_OFFICE = {
    "en": r"^(?:['’]s)?\s*(?:(?:deputy|former|acting|foreign|interior|culture|justice|defen[cs]e)"
          r"\s+)*(?:prime minister|premier|president|minister|ministers|mps?\b|lawmakers?|"
          r"parliamentarians?|mayor|chancellor|head of government|senators?)\b",
    "tr": r"^\S*\s*(?:\S+\s+)?(?:başbakan|cumhurbaşkan|bakan|milletvekil|belediye başkan)",
    "zh": r"^(?:的)?(?:前|副|现任)?(?:总理|首相|总统|外长|外交部长|部长|议员|市长|国会议员)",
    "ug": r"^\S*\s*(?:\S+\s+)?(?:باش مىنىستىر|زۇڭتۇڭ|پرېزىدېنت|مىنىستىر|پارلامېنت ئەزا|"
          r"شەھەر باشلىق)",
    "fa": r"^\S*\s*(?:نخست‌وزیر|نخست وزیر|رئیس‌جمهور|رئیس جمهور|وزیر|نماینده|شهردار)",
}  # fmt: skip
# Russian names the office first: "премьер-министра Эстонии", "министр … Литвы".
_OFFICE_BEFORE = {
    "ru": r"(?:премьер\w*|президент\w*|министр\w*|депутат\w*|мэр\w*|канцлер\w*)\s+"
          r"(?:\S+\s+){0,3}?$",
    "fa": r"(?:نخست‌وزیر|نخست وزیر|رئیس‌جمهور|رئیس جمهور|وزیر|وزیران|نماینده|شهردار)\S*\s+"
          r"(?:\S+\s+){0,2}?$",
}  # fmt: skip


def foreign_official_wanted(
    language: str,
    lead: str,
    home: Collection[str | None],
    mentions: Iterable[SpannedMention],
    lead_start: int = 0,
) -> bool:
    """The lead puts another state's prime minister, ministers or lawmakers on a wanted list
    or under a warrant: a row between states, no act against the origin's people abroad."""
    lowered = lead.lower()
    wanted = _compiled("wanted", language)
    if wanted is None or not wanted.search(lowered):
        return False
    office, before = _compiled("office", language), _compiled("office_before", language)
    for mention in mentions:
        at, end = mention.start - lead_start, mention.end - lead_start
        # The origin's own officials count only where they were read as the origin's actor
        # (the state of the official read as the one acting): a former minister of the origin
        # wanted abroad may be its exile.
        if not 0 <= at < len(lowered) or (mention.iso in home and mention.role != "actor"):
            continue
        if office is not None and office.match(lowered[end : end + 40]):
            return True
        if before is not None and before.search(lowered[max(0, at - 40) : at]):
            return True
    return False


# A trial or charge: "went on trial", "accused of", "yargılanma", "受审", "обвиняем", "محاکمه".
_TRIED = {
    "en": r"\b(?:on trial|tried|trial|accused|charged|indicted|prosecut\w*|in absentia)\b",
    "tr": r"yargıla\w*|suçlanan|suçlama\w*|dava\w*|gıyabi",
    "zh": r"受审|审判|起诉|被控|指控|缺席审理|缺席审判",
    "ug": r"سوت\w*|ئەيىبل\w*|ئەيىبنا\w*",
    "ru": r"суд\w*|обвиня\w*|обвинени\w*|заочн\w*",
    "fa": r"محاکمه|متهم|کیفرخواست|غیابی",
}  # fmt: skip
# Agents of a state: its security, intelligence or police officers, officials or agents.
_AGENTS = {
    "en": r"^(?:['’]s)?\s*(?:(?:senior|former|top|high-ranking|military|security|intelligence|"
          r"police|state|secret|army|government)\s+)*(?:officers?|officials?|agents?|"
          r"policemen|operatives?|spies)\b",
    "tr": r"^\S*\s*(?:\S+\s+)?(?:güvenlik|istihbarat|polis|asker)\w*\s+(?:yetkili|görevli|"
          r"memur|subay|ajan)|^\S*\s*(?:yetkili|görevli|ajan|subay)",
    "zh": r"^(?:的)?(?:高级|前|资深)?(?:安全|情报|警方|警察|军方|国安)?"
          r"(?:官员|人员|特工|警官|军官)",
    "ug": r"^\S*\s*(?:\S+\s+)?(?:بىخەتەرلىك|ئىستىخبارات|ساقچى)\w*\s+(?:ئەمەلدار|خادىم|ئوفىتسېر)",
    "fa": r"^\S*\s*(?:مأمور|ماموران|مأموران|افسر|افسران|مقام|مقامات|عوامل)",
}  # fmt: skip
_AGENTS_BEFORE = {
    "ru": r"(?:офицер\w*|сотрудник\w*|агент\w*|чиновник\w*|силовик\w*)\s+(?:\S+\s+){0,4}?$",
    "fa": r"(?:مأموران|ماموران|افسران|مقامات|عوامل|مأمور|افسر)\s+(?:\S+\s+){0,3}?$",
}


def foreign_agents_tried_at_home(language: str, lead: str, home: Collection[str | None],
                                 mentions: Iterable[SpannedMention], places: Iterable[Place],
                                 lead_start: int = 0) -> bool:  # fmt: skip
    """The lead reports a trial of a state's agents for an act in their own state (a static
    place of it in the lead): either the state read as origin is the one that tries (its
    place) and the agents are another state's, or the agents are the origin's and the lead
    names none of the origin's people as their victims."""
    lowered = lead.lower()
    tried = _compiled("tried", language)
    if tried is None or not tried.search(lowered):
        return False
    if not any(p.iso in home and p.locative and 0 <= p.start - lead_start < len(lowered)
               for p in places):  # fmt: skip
        return False
    agents, before = _compiled("agents", language), _compiled("agents_before", language)
    ours_agents, ours_other = False, False
    for mention in mentions:
        at, end = mention.start - lead_start, mention.end - lead_start
        if not 0 <= at < len(lowered):
            continue
        agent = bool(
            (agents is not None and agents.match(lowered[end : end + 50]))
            or (before is not None and before.search(lowered[max(0, at - 50) : at]))
        )
        if mention.iso not in home and agent:
            return True  # the origin read is the state that tries
        if mention.iso in home:
            ours_agents, ours_other = ours_agents or agent, ours_other or not agent
    # The origin's own agents tried abroad for an act placed at home, against no one the lead
    # names as the origin's people: a trial of perpetrators, not of an act abroad.
    return ours_agents and not ours_other


_TABLES = {
    "arrived_before": _ARRIVED_BEFORE,
    "arrived_after": _ARRIVED_AFTER,
    "envoys": _ENVOYS,
    "list_gap": _LIST_GAP,
    "wanted": _WANTED,
    "office": _OFFICE,
    "office_before": _OFFICE_BEFORE,
    "tried": _TRIED,
    "agents": _AGENTS,
    "agents_before": _AGENTS_BEFORE,
}


def lead_look_alike(
    language: str,
    lead: Span,
    home: Collection[str | None],
    mentions: Iterable[SpannedMention],
    places: Iterable[Place],
) -> bool:
    """The lead is a state's warrant for another state's officials, or its trial of another
    state's agents (the gate's text check, gate.look_alike)."""
    mentions = list(mentions)
    return foreign_official_wanted(language, lead.text, home, mentions, lead.start) or (
        foreign_agents_tried_at_home(language, lead.text, home, mentions, places, lead.start)
    )


# --- Acts the gate needed read (tactic readings, kept here beside the gate's readings) ---

# Spying on the diaspora's groups or gathering its names for the origin: surveillance, also
# when the text is a trial of the spies ("accused of spying on Sikh and Kashmiri opposition
# groups"). The people spied on are named as a community, the opposition or its members.
_WATCHED = (r"(?:opposition|dissidents?|exiles?|activists?|critics?|diaspora|communit\w+|"
            r"demonstrators|protesters|members|groups?|figures)")  # fmt: skip
_SPIED_ON = {
    "en": [rf"\bspying on (?:[\w-]+ ){{0,4}}?{_WATCHED}\b",
           rf"\b(?:gather\w*|collect\w*|compil\w*)\b(?: [\w-]+){{0,2}}? (?:names|information|"
           rf"details|addresses|photographs|data)\b(?: [\w-]+){{0,2}}? (?:of|on|about) "
           rf"(?:[\w-]+ ){{0,3}}?{_WATCHED}\b"],
    "tr": [r"(?:muhalif|sürgün|diaspora|topluluğ|cemaat|aktivist|gösterici)\w*\s+(?:\S+\s+){0,3}?"
           r"(?:casusluk yap|fişle|bilgi topla|hakkında bilgi)\w*"],
    "zh": [r"(?:监视|刺探|搜集|收集)[^。；，]{0,12}(?:反对派|异见人士|流亡者|侨民|社群|社区|团体|"
           r"示威者)"],
    "ru": [r"шпион\w*\s+за\s+(?:\S+\s+){0,3}?(?:оппозици|диаспор|эмигрант|активист|диссидент|"
           r"общин)\w*",
           r"(?:собира|собрал|сбор|передава)\w*\s+(?:\S+\s+){0,2}?(?:сведени|информаци|данны)\w*"
           r"\s+об?\s+(?:\S+\s+){0,2}?(?:оппозици|диаспор|эмигрант|активист|диссидент|общин)\w*"],
    "fa": [r"جاسوسی (?:از|درباره|علیه)\s+(?:\S+\s+){0,3}?(?:مخالفان|تبعیدیان|فعالان|جامعه)|"
           r"(?:جمع‌آوری|گردآوری) اطلاعات (?:درباره|از)\s+(?:\S+\s+){0,3}?(?:مخالفان|تبعیدیان|"
           r"فعالان)"],
    "ug": [r"(?:مۇھاجىر|پائالىيەتچى|جامائەت|ئۆكتىچى)\w*\s+(?:\S+\s+){0,3}?(?:ھەققىدە )?"
           r"(?:ئۇچۇر توپلا|جاسۇسلۇق قىل)\w*"],
}  # fmt: skip
# Blows that only a person takes (kicked, punched, knocked to the ground): Turkish had only
# "saldırıya uğradı", "darp", "dövüldü".
_BEATEN = {
    "tr": [r"tekmele\w*|yumrukla\w*|yere (?:düşür|yatır|ser)\w*"],
}
# Relatives arrested with the verbs the tactic rules lacked (拘捕, 扣押, 羁押, 抓捕).
_RELATIVES_SEIZED_ZH = r"(?:拘捕|扣押|拘押|羁押|抓捕|扣留)[^，。；！？,.]{0,30}" + RELATIVES["zh"]


# Held by police in the words of an eyewitness: taken to a police station. (Handcuffs were left
# out: in an abduction they are part of the rendition, d294/d309.)
_TAKEN_IN = {
    "en": [r"\b(?:taken|took (?:him|her|them)|brought) to (?:a |the )?(?:local )?police station\b"],
    "tr": [r"karakola (?:götür|getir|kaldır)\w*"],
    "zh": [r"(?:带到|带往|押到|押往)[^，。；]{0,6}(?:派出所|警察局|警局)"],
    "ru": [r"(?:доставил\w*|доставлен\w*|отвез\w*|увез\w*)\s+(?:\S+\s+){0,2}?в\s+(?:\S+\s+)?"
           r"(?:отдел\w* полиции|полицейск\w* участ\w*|отделени\w*)"],
}  # fmt: skip


def _tactic_rules() -> list[Rule]:
    return (
        make_rules("tactic", "surveillance", _SPIED_ON)
        + make_rules("tactic", "assault", _BEATEN)
        + make_rules("tactic", "detention", _TAKEN_IN)
        + make_rules("tactic", "threat_to_family", {"zh": [_RELATIVES_SEIZED_ZH]})
    )


TACTIC_RULES = _tactic_rules()

# A threat as the host's assessment ("deemed a threat to national security", "признанных
# угрозой"): no threat made to anyone. Drops direct_threat from the sentence. "Poses a threat" is
# the assessment only when what is threatened is security: a host's police warning exiles that the
# origin "poses an immediate threat to their lives" report a threat made (tnr-fresh8 f8-033).
_ASSESSED_THREAT = {
    "en": r"\b(?:deemed|considered|seen as|regarded as|recogni[sz]ed as|designated as) "
          r"an? (?:[\w-]+ ){0,2}?threat\b|\bthreats? to (?:the )?"
          r"(?:national |state |public )?security\b",
    "tr": r"tehdit (?:olarak (?:gör|kabul|değerlendir)|unsuru)\w*|(?:ulusal |milli )?güvenliğ\w* "
          r"(?:için |yönelik )?tehdit\w*",
    "zh": r"(?:视为|认定为|被视作)[^，。；]{0,6}威胁|(?:国家|公共)?安全威胁",
    "ug": r"(?:بىخەتەرلىك\w*|خەۋپسىزلىك\w*)\w* (?:\S+ )?تەھدىت|تەھدىت (?:دەپ (?:قارا|بېكىت))\w*",
    "ru": r"(?:признан\w*|счита\w*|сочт\w*)\s+(?:\S+\s+){0,2}?угроз\w*|"
          r"угроз\w*\s+(?:национальной |государственной |общественной )?безопасност\w*",
    "fa": r"تهدید(?:ی)? (?:علیه |برای )?امنیت|تهدید (?:تلقی|محسوب|شناخته)",
}  # fmt: skip


def assessed_threat(language: str, lowered: str) -> frozenset[str]:
    """The tactics a sentence names only as a host's assessment of a threat."""
    pattern = _compiled("assessed_threat", language)
    return frozenset({"direct_threat"}) if pattern and pattern.search(lowered) else frozenset()


_TABLES["assessed_threat"] = _ASSESSED_THREAT


# Chinese writes the titles of newspapers, books and films in 《》: "《纽约时报》" names a paper,
# not a place where anyone is.
def in_title(language: str, text: str, start: int) -> bool:
    """The place at ``start`` is inside a title in 《》 (Chinese)."""
    if language != "zh":
        return False
    window = text[max(0, start - 20) : start]
    opened = window.rfind("《")
    return opened >= 0 and "》" not in window[opened:] and "》" in text[start : start + 20]
