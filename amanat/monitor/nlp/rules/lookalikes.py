"""rules-10: look-alikes — acts a text names that are not done to people abroad for the origin.

The hard look-alikes of the codebook (design/taxonomy.md) share the words of transnational
repression: a court halts a deportation (the host's asylum decision, no act done), a state
sanctions officials *over* detentions (the act is the ground of the sanction, reported at
home), police at home take activists off a plane in their own capital (no transfer between
states), a former officer of the origin's security services is tried abroad for crimes against
humanity (a perpetrator in the dock, not a target). Each check here is written from what makes
the kind a look-alike, in every language the monitor reads, never from one article's wording;
the invented sentences that check them are ``tests/test_lookalikes_across_languages.py``.

Sentence checks (:func:`dropped`) drop tactics from the sentence they fire in, like
``rules/vetoes.py``; the text check (:func:`perpetrator_tried`) rejects a text whose only acts
are ones a state also does lawfully.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from functools import cache

from amanat.monitor.nlp.literals import Found
from amanat.monitor.nlp.rules import Rule, for_language, gate_clashes, holds, make_rules
from amanat.monitor.nlp.rules.gate_whose_act import arrived_at
from amanat.monitor.nlp.rules.shapes import Mention, Place, Span
from amanat.monitor.nlp.rules.tactics import TACTIC_RULES
from amanat.monitor.nlp.rules.tactics_conditional import CONDITIONAL_TACTIC_RULES
from amanat.monitor.nlp.rules.tactics_more import MORE_TACTIC_RULES

# A court or government halts, blocks or annuls a removal: the host's decision, nothing done.
_HALTED = {
    "en": [r"\b(?:halt|stopp?|block|suspend|overturn|quash|cancel|annul|postpon|bar|reject|"
           r"overrul)\w*\b(?: \S+){0,5}? (?:deport\w*|removal|expulsion|forcibl\w* return\w*)|"
           r"\b(?:deportation|removal|expulsion)s?\b(?: \S+){0,6}? (?:was|were|has been|had been|"
           r"is) (?:halted|stopped|blocked|suspended|overturned|quashed|cancell?ed|annulled|"
           r"postponed)\b"],
    "tr": [r"(?:sınır dışı|geri gönder|iade)\w*\s+(?:\S+\s+){0,2}?(?:durdur|engelle|iptal|"
           r"askıya al|boz|reddet)\w*"],
    "zh": [r"(?:暂停|停止|叫停|阻止|撤销|推迟|中止|暂缓|禁止)[^，。；]{0,12}?(?:遣返|驱逐)"],
    "ug": [r"(?:قايتۇرۇش|قوغلاش|قايتۇرۇۋېتىش)\w*\s+(?:\S+\s+)?(?:توختات|ئەمەلدىن قالدۇر|"
           r"چەكلى|كېچىكتۈر)\w*"],
    "ru": [r"(?:останов|приостанов|отмен|заблокир|запрет|отлож|блокир)\w*\s+(?:\S+\s+){0,4}?"
           r"(?:депортац|выдворен|высылк)\w*|(?:депортац|выдворен|высылк)\w*\s+(?:\S+\s+){0,3}?"
           r"(?:отмен|приостановл|остановл|заблокир)\w*"],
    "fa": [r"(?:اخراج|دیپورت|بازگرداندن)\S*\s+(?:\S+\s+){0,5}?(?:را\s+)?(?:متوقف|لغو|ممنوع|"
           r"به تعویق|نقض)"],
}  # fmt: skip

# A state sanctions, freezes assets or bans travel: the acts named are its grounds.
_SANCTIONS = {
    "en": [r"(?<!state-)(?<!state )\bsanction(?:ed|ing)\b|\b(?:imposed?|imposing|announced|"
           r"new|targeted|slapped) (?:\w+ ){0,3}?sanctions\b|\bsanctions (?:on|against)\b|"
           r"\bassets? freezes?\b|\bfro(?:ze|zen) (?:\w+ ){0,3}?assets\b"],
    "tr": [r"yaptırım\w*|mal varlık\w* dondur\w*"],
    "zh": [r"制裁|冻结[^，。；]{0,6}资产"],
    "ug": [r"جازا يۈرگۈز\w*|جازالى(?:دى|غان|ش)\w*|ئەمبارگو\w*|مال-مۈلك\w* توڭلات\w*"],
    "ru": [r"санкци\w*|замороз\w*\s+(?:\S+\s+){0,2}?актив\w*"],
    "fa": [r"تحریم|مسدود\S* (?:کردن )?(?:دارایی|اموال)"],
}  # fmt: skip

# The person held or tried abroad is charged with atrocities: a perpetrator in the dock
# (universal jurisdiction), not a target of the state he served. The charge must stand beside a
# verb of charging or sentencing: an activist who *documented* war crimes is a target.
_ATROCITY_CHARGE = {
    "en": [r"\b(?:accused|charged|convicted|sentenced|indicted|suspected|tried|guilty|trial)\b"
           r"(?: \S+){0,8}? (?:crimes against humanity|war crimes?|genocide|torture)\b"],
    "tr": [r"(?:insanlığa karşı suç|savaş suç|soykırım)\w*\s+(?:\S+\s+){0,6}?(?:suçla|yargıla|"
           r"mahkûm|mahkum|hüküm|ceza)\w*"],
    "zh": [r"(?:反人类罪|战争罪|种族灭绝罪)[^。；]{0,12}(?:判处|定罪|起诉|审判|指控)|"
           r"(?:判处|定罪|起诉|审判|指控|以)[^。；]{0,30}(?:反人类罪|战争罪|种族灭绝罪)"],
    "ug": [r"(?:ئىنسانىيەتكە قارشى جىنايەت|ئۇرۇش جىنايىت)\w*\s+(?:\S+\s+){0,6}?(?:ئەيىبل|"
           r"ھۆكۈم|سوت)\w*"],
    "ru": [r"(?:приговор|осужд|осуди|обвин|подозрева|суд)\w*\s+(?:\S+\s+){0,12}?(?:за |в )?"
           r"(?:преступлени\w* против человечности|военн\w* преступлени\w*|геноцид\w*|пытк\w*)"],
    "fa": [r"(?:محکوم|متهم|اتهام|محاکمه)\S*\s+(?:\S+\s+){0,8}?(?:جنایت علیه بشریت|جنایات? جنگی|"
           r"نسل‌کشی|شکنجه)|(?:جنایت علیه بشریت|جنایات? جنگی|نسل‌کشی)\S*\s+(?:\S+\s+){0,6}?"
           r"(?:محکوم|محاکمه|متهم)"],
}  # fmt: skip


# The person came back home and was held there: "arrested in Addis Ababa after he returned from
# Washington". The place abroad is where the person had been, not where the act was; with the
# act placed at home (see :func:`dropped`) the detention is repression at home.
_CAME_BACK = {
    "en": [r"\b(?:after|since|upon|on) (?:\w+ )?(?:(?:he|she|they) (?:had )?(?:returned|came "
           r"back|flew back)|(?:his|her|their) return|returning|coming back) (?:home )?from\b"],
    "tr": [r"(?:dön|geri gel)(?:dükten|dikten|mesinin ardından|düğünde|düğü gün)\w*|"
           r"dönüşünde|dönüşte"],
    "zh": [r"(?:回国|返回|回到)[^，。；]{0,8}(?:后|之后|时)|从[^，。；]{1,12}(?:回国|返回|归来)"],
    "ug": [r"قايتىپ (?:كەلگەندىن|كەلگەندە|كېلىپ)"],
    "ru": [r"(?:после|по) возвращени\w* (?:\S+\s+)?из|вернувш\w* (?:\S+\s+)?из"],
    "fa": [r"(?:پس|بعد) از (?:\S+\s+)?بازگشت\S*\s+(?:\S+\s+)?از|هنگام بازگشت\S*\s+از"],
}  # fmt: skip

# The relatives are those of prisoners at home ("relatives of the jailed protesters"): with the
# act placed at home only, pressure on them is repression at home, not coercion by proxy of
# someone abroad.
_PRISONERS_KIN = {
    "en": [r"\b(?:relatives|families|family members|mothers|parents|wives) of (?:the )?(?:\w+ )?"
           r"(?:jailed|detained|imprisoned|arrested|executed|convicted|political prisoners?)\b"],
    "tr": [r"(?:tutuklu|tutuklanan|gözaltındaki|gözaltına alınan|hükümlü|mahkum|cezaevindeki)"
           r"\w*\s+(?:\S+\s+){0,2}?(?:aile|yakın|anne)\w*"],
    "zh": [r"(?:被羁押|被拘留|被关押|被捕|在押|被判刑|政治犯)[^，。；]{0,8}(?:家属|亲属|家人)"],
    "ug": [r"(?:تۇتقۇن قىلىنغان|قاماقتىكى|قولغا ئېلىنغان)\s+(?:\S+\s+){0,2}?(?:ئائىلى|تۇغقان)\w*"],
    "ru": [r"(?:родственник|сем|матер|жён|жен)\w* (?:\S+\s+)?(?:задержанн|арестованн|осужденн|"
           r"осуждённ|заключённ|заключенн|политзаключённ|политзаключенн)\w*"],
    "fa": [r"خانواده\S*\s+(?:\S+\s+)?(?:زندانیان|بازداشت‌شدگان|بازداشت شدگان|زندانی)"],
}  # fmt: skip


def _rules(name: str, by_language: Mapping[str, list[str]]) -> list[Rule]:
    return make_rules("lookalike", name, {lang: list(p) for lang, p in by_language.items()})


HALTED_RULES = _rules("halted", _HALTED)
SANCTION_RULES = _rules("sanctions", _SANCTIONS)
ATROCITY_RULES = _rules("perpetrator_tried", _ATROCITY_CHARGE)
CAME_BACK_RULES = _rules("came_back", _CAME_BACK)
PRISONERS_KIN_RULES = _rules("prisoners_kin", _PRISONERS_KIN)
# The rules :func:`dropped` asks of a sentence: their literals go into the tagger's index, so
# that a sentence's literals (found once) say which of them cannot fire.
SENTENCE_RULES = SANCTION_RULES + HALTED_RULES + PRISONERS_KIN_RULES + CAME_BACK_RULES

_LANGUAGES = frozenset({"en", "tr", "zh", "ug", "ru", "fa"})
_TRANSFERS = frozenset({"deportation", "rendition"})
# Every tactic the rules name: a sanction's grounds are no act at all.
_ALL_TACTICS = frozenset(
    rule.value for rule in TACTIC_RULES + MORE_TACTIC_RULES + CONDITIONAL_TACTIC_RULES
)
# Acts a state also does lawfully to criminals (extradition, deportation, arrest, warrants) or to
# institutions (hacking): repression only when the people targeted are political. The one set
# the look-alike gate (nlp/gate.py), the tagger and rules/lawful_acts.py read.
LAWFUL_TOO = frozenset({"extradition_request", "deportation", "detention", "interpol_abuse",
                        "bounty_or_warrant", "hacking_spyware"})  # fmt: skip


@cache
def _of_language(rules_id: str, language: str) -> tuple[Rule, ...]:
    rules = {
        "halted": HALTED_RULES,
        "sanctions": SANCTION_RULES,
        "atrocity": ATROCITY_RULES,
        "came_back": CAME_BACK_RULES,
        "prisoners_kin": PRISONERS_KIN_RULES,
    }
    return tuple(for_language(rules[rules_id], language))


def _fires(rules_id: str, language: str, lowered: str, found: Found | None = None) -> bool:
    # Each pattern searched only when the sentence holds one of the literals it needs
    # (literals.py; with no index, looked for one by one): where none is, it cannot match.
    # With the sentence's ``found`` (tagging's index holds these rules' literals), a rule whose
    # patterns need a literal it lacks is not asked either (rules.Rule.gate).
    if found is None:
        found = Found((lowered,), set(), _NO_INDEX)
        return any(rule.fires(lowered, found) for rule in _of_language(rules_id, language))
    universe = found.universe
    for rule in _of_language(rules_id, language):
        gate = rule.gate(universe)
        if (not gate or holds(gate, found)) and rule.fires(lowered, found):
            return True
    return False


_NO_INDEX: frozenset[str] = frozenset()


def dropped(language: str, span: Span, home: Collection[str | None],
            places: Iterable[Place], mentions: Iterable[Mention],
            lowered: str | None = None, found: Found | None = None) -> frozenset[str]:  # fmt: skip
    """The tactics a sentence names without an act done abroad for the origin. ``home`` are the
    origin's ISO codes, ``places`` the text's places and ``mentions`` its state mentions
    (gazetteer.py, states.py); those in the sentence are read. ``lowered`` is the sentence
    lower-cased and ``found`` its literals (tagging's index), when the caller has them."""
    if lowered is None:
        lowered = span.text.lower()
    if sanctioned(language, lowered, found):
        return _ALL_TACTICS
    return dropped_unless_sanctioned(language, span, home, places, mentions, lowered, found)


def dropped_unless_sanctioned(language: str, span: Span, home: Collection[str | None],
                              places: Iterable[Place], mentions: Iterable[Mention],
                              lowered: str, found: Found | None) -> frozenset[str]:  # fmt: skip
    """:func:`dropped` of a sentence already known to report no sanction (vetoes_asked.py
    tests that first, for every tactic)."""
    inside = range(span.start, span.end)
    here = [(p.iso, p.locative and static_place(language, lowered[: p.start - span.start]))
            for p in places if p.start in inside]  # fmt: skip
    roles = [(m.iso, m.role) for m in mentions if m.start in inside]
    codes: set[str] = set()
    requested = any(role == "request" for _iso, role in roles)
    if not requested and _fires("halted", language, lowered, found):
        codes |= _TRANSFERS
    if _at_home_only(home, here, roles):
        codes |= _TRANSFERS
        if _fires("prisoners_kin", language, lowered, found):
            codes.add("threat_to_family")
    if _held_after_coming_back(language, span, home, places, lowered, found):
        codes.add("detention")
    return frozenset(codes)


# What :func:`dropped` can drop: every tactic when the sentence reports a sanction, else only
# these (vetoes_asked.py asks it only for them).
ALL_TACTICS = _ALL_TACTICS
DROPPED_UNLESS_SANCTIONED = _TRANSFERS | {"threat_to_family", "detention"}


def sanctioned(language: str, lowered: str, found: Found | None = None) -> bool:
    """The sentence reports a sanction: the acts it names are its grounds (:func:`dropped`
    drops every tactic)."""
    return _fires("sanctions", language, lowered, found)


# Where the act was, not where someone was sent: "in Kampala", not "deported to Almaty". The
# gazetteer's locative flag covers both in English, Chinese and Persian (and the case endings
# of Turkish, Uyghur and Russian keep them apart).
_STATIC_BEFORE = {
    "en": re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?$"),
    "zh": re.compile(r"在[^到回往至向]{0,6}$"),
    "fa": re.compile(r"(?:در|نزدیک)\s*$"),
}


def static_place(language: str, before: str) -> bool:
    """Whether a place named right after ``before`` is where the act was ("in Kampala"),
    not where someone was sent."""
    pattern = _STATIC_BEFORE.get(language if language in _LANGUAGES else "en")
    return pattern is None or pattern.search(before) is not None


def _at_home_only(home: Collection[str | None], places: list[tuple[str, bool]],
                  roles: list[tuple[str, str]]) -> bool:  # fmt: skip
    """A transfer between states needs two: a sentence that places the act in the origin
    ("at the airport in Harare"), names no other state and sends nobody to the origin names
    none."""
    if not any(locative and iso in home for iso, locative in places):
        return False
    if any(iso not in home for iso, _locative in places):
        return False
    return not any(iso not in home or role == "destination" for iso, role in roles)


# Languages that put the place come back from before the verb ("Almanya'dan döndükten sonra",
# "从柏林回国后"); the others after it ("after he returned from Berlin").
_FROM_BEFORE = frozenset({"tr", "ug", "zh"})


def _held_after_coming_back(language: str, span: Span, home: Collection[str | None],
                            places: Iterable[Place], lowered: str | None = None,
                            found: Found | None = None) -> bool:  # fmt: skip
    """The sentence says the person came back and places the act at home ("in Dushanbe") and
    nowhere abroad, leaving out the places on the side of the coming back (where the person
    had been). With the sentence's literals ``found``, a cue whose literals are absent is not
    searched (it cannot match)."""
    if lowered is None:
        lowered = span.text.lower()
    cues = _of_language("came_back", language)
    if found is not None:
        cues = tuple(rule for rule in cues if found.may_contain(rule.needed))
        if not cues:
            return False
    cue = next((m for rule in cues if (m := rule.all_of[0].search(lowered))), None)
    if cue is None:
        return False
    lang = language if language in _LANGUAGES else "en"
    here: list[tuple[str, bool]] = []
    for p in places:
        at = p.start - span.start
        if not 0 <= at < len(lowered) or cue.start() <= at < cue.end():
            continue
        if (at < cue.start()) == (lang in _FROM_BEFORE):
            continue  # on the side of the place come back from
        here.append((p.iso, p.locative and static_place(language, lowered[:at])))
    return any(locative and iso in home for iso, locative in here) and not any(
        locative and iso not in home for iso, locative in here
    )


def perpetrator_tried(language: str, lowered_text: str, tactics: Iterable[str]) -> bool:
    """A text whose only acts are ones a state also does lawfully, about a man charged with
    atrocities: a trial of a perpetrator abroad (universal jurisdiction), not repression."""
    # "faces charges and torture": the torture is a risk, not a charge.
    unless_risk = gate_clashes.torture_as_risk(language, lowered_text)
    return set(tactics) <= LAWFUL_TOO and _fires("atrocity", language, unless_risk)


# A release by exchange ("freed in a prisoner swap in Muscat"): the person was held at home and
# handed over abroad; the place abroad is where the exchange was, not where the act was.
_EXCHANGE = {
    "en": re.compile(r"\b(?:exchanges?|swap(?:ped|s)?|traded)\b"),
    "tr": re.compile(r"takas"),
    "zh": re.compile(r"换囚|交换|互换"),
    "ug": re.compile(r"ئالماشتۇر"),
    "ru": re.compile(r"обмен"),
    "fa": re.compile(r"مبادله"),
}


def released_abroad(language: str, span: Span, home: Collection[str | None],
                    places: Iterable[Place]) -> bool:  # fmt: skip
    """A lead reporting a release that places the person in another state ("abducted in
    Ulaanbaatar, has been released", "在迪拜被羁押数周后获释"): the end of an act abroad (a
    detention or an attempted rendition for the origin), not a pardon or release at home. A
    release by exchange is not read so: the person had been held at home."""
    lowered = span.text.lower()
    lang = language if language in _LANGUAGES else "en"
    if _EXCHANGE[lang].search(lowered):
        return False
    return any(
        p.iso not in home
        and p.locative
        and static_place(language, lowered[: p.start - span.start])
        and not arrived_at(language, lowered, p.start - span.start, p.end - span.start)
        for p in places
        if 0 <= p.start - span.start < len(lowered)
    )
