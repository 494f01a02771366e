"""Tactics: what a killing told first makes of the acts told after it; abuse by many accounts.

Round 17b: tactics on texts rightly found as transnational repression — what a killing told
first makes of the acts told after it.

Codebook: an assassination is a killing *or an attempt*; the attack is that act. A text that
tells a killing (or attempt) and then goes on to the arrests, extraditions and handovers that
followed is telling the host's justice pursuing the killers — their detention, their
extradition, their transfer to the host — not acts against the diaspora; and an attack told
after the killing (a bodyguard wounded in the same shooting, the knife in the victim's body, an
earlier or another person's attack given as background) is the same act or its background, not
a separate assault. The labels of every development split agree: no text is labelled with an
assassination and a detention, an extradition request or a deportation.

The reading is positional and in no language's words: the tactics whose first sentence comes
*after* the first sentence read as assassination are dropped (:func:`after_killing`). A text
whose lead is the detention or the extradition ("detained in Prague at Uzbekistan's request …
blames him for explosions that killed 16") keeps them: the killing is then the background. An
attack told in the same sentence as the killing or before it ("was attacked with a hammer …
a court convicted two men of attempted murder") keeps its assault.

A second reading (:data:`MANY_ACCOUNTS_RULES`) adds **online harassment done by many accounts**:
posts pushed by anonymous, fake, inauthentic or co-ordinated accounts ("a stream of abusive posts
from anonymous accounts", "大量账号'不真实且协调一致'地转发"), the codebook's smears on social
media told without the word "smear". Such campaigns are also how states smear their rivals
abroad (look-alikes), so the reading only adds a tactic to a text the gate has already read as
transnational repression (``tagging.tag`` runs it after the gate).

A sentence veto (:func:`dropped`, in ``tagging._tactics``): **the relatives' passports** taken
or their exit barred ("his brother's passport was confiscated", "20名亲属…被禁止出境") are coercion
by proxy, not the person's passport: passport_consular_denial is dropped (:data:`KIN_PASSPORTS`).

Measured on check splits before being kept: docs/monitor/accuracy.md (Round 17b). Tested in
``tests/test_after_a_killing.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from amanat.monitor.nlp.rules import Rule, compiled, make_rules
from amanat.monitor.nlp.rules.shots_and_fears import (
    _KIN_EN,
    _KIN_FA,
    _KIN_RU,
    _KIN_TR,
    _KIN_UG,
    _KIN_ZH,
)

# The acts that, told after a killing, are its suspects' fate (the host's justice).
SUSPECTS_FATE = frozenset({"detention", "extradition_request", "deportation"})
# The act that, told after a killing, is the same attack or its background.
SAME_ATTACK = frozenset({"assault"})
AFTER_KILLING = SUSPECTS_FATE | SAME_ATTACK


def after_killing(first: Mapping[str, str], where: Callable[[str], int]) -> set[str]:
    """The tactics (of :data:`AFTER_KILLING`) whose first sentence comes after the first
    sentence read as assassination. ``first`` maps a tactic to the first sentence it was read
    in, ``where`` gives a sentence's position in the text."""
    if "assassination" not in first:
        return set()
    killing = where(first["assassination"])
    return {value for value in AFTER_KILLING & first.keys() if where(first[value]) > killing}


# Many accounts posting about a person: the campaign is the harassment.
MANY_ACCOUNTS_RULES: list[Rule] = make_rules("tactic", "online_harassment", {
    "en": [r"\b(?:anonymous|inauthentic|co-?ordinated|automated|bot|sock-?puppet|troll) "
           r"(?:social[- ]media |online )?accounts\b",
           r"\b(?:abusive|insulting|disparaging|hateful|sexist|degrading) (?:online )?(?:posts|"
           r"comments|headlines|memes)\b"],
    "tr": [r"(?:anonim|koordineli|sahte|bot|trol) (?:sosyal medya )?hesap\w*",
           r"(?:hakaret|aşağılayıcı|karalayıcı|küfürlü) (?:içerikli )?"
           r"(?:paylaşım|gönderi|yorum)\w*"],
    "zh": [r"(?:大量|多个|匿名|虚假|不真实|水军)[^。；]{0,8}(?:账号|帐号|账户)[^。；]{0,40}"
           r"(?:转发|发布|散布|传播|发帖|帖子)"],
    "ru": [r"(?:анонимн|скоординированн|фейков|бот|тролл)\w* (?:аккаунт|учётн\w* запис|"
           r"страниц)\w*",
           r"(?:оскорбительн|унизительн|порочащ)\w* (?:пост|публикаци|комментари)\w*"],
    "fa": [r"حساب‌?\s?های (?:ناشناس|هماهنگ|جعلی|ساختگی|بی‌نام)",
           r"(?:پست|مطالب|نظرات)(?:‌?\s?های)? (?:توهین‌آمیز|موهن|تحقیرآمیز)"],
    "ug": [r"(?:نامسىز|ساختا|ماسلاشقان) (?:ھېسابات|ئاككاۋنت|ھېسابلار)\w*"],
})  # fmt: skip


# The relatives' passports taken or their exit barred: coercion by proxy (threat_to_family),
# not the person's passport or consular service.
KIN_PASSPORTS = {
    # the relative's own passport, no clause between ("his brother's passport was seized"), or
    # the relatives facing a list of acts that holds it ("relatives face interrogations, travel
    # bans, passport confiscation"); not a relative who speaks ("his mother said …").
    "en": rf"\b{_KIN_EN}(?:'s?)?\s(?:(?:(?!\b(?:said|says|told|tells)\b)[^.;,]){{0,40}}?|"
          r"[^.;]{0,40}?\b(?:face[sd]?|facing|subjected to)\b[^.;]{0,60}?)\b(?:passports?|"
          r"travel bans?|exit bans?|banned from (?:leaving|travelling|traveling))\b",
    "tr": rf"{_KIN_TR}\w*\s(?:[^.;,]{{0,40}}?)(?:pasaport\w*|yurt ?dışına çıkış yasağ\w*)",
    "zh": rf"{_KIN_ZH}(?:[^。；，,]{{0,16}}?|[^。；]{{0,30}}?(?:面临|遭到|遭受)[^。；]{{0,30}}?)"
          r"(?:护照|禁止出境|限制出境|出境限制)",
    "ru": rf"{_KIN_RU}\w*\s(?:[^.;,]{{0,40}}?)(?:паспорт\w*|запрет\w* на выезд|невыездн\w*)",
    "fa": rf"{_KIN_FA}\S*\s(?:(?!گفت|می‌گوید)[^.؛،,]){{0,40}}?(?:گذرنامه|پاسپورت|ممنوع‌?\s?"
          rf"الخروج)|{_KIN_FA}\S*\s[^.؛]{{0,60}}?(?:گذرنامه|ممنوع‌?\s?الخروج)[^.؛]{{0,60}}?"
          r"(?:روبه‌رو|روبرو|مواجه)|(?:گذرنامه|پاسپورت)\S*\s+" + _KIN_FA,
    "ug": rf"{_KIN_UG}\w*\s(?:[^.؛،,]{{0,40}}?)(?:پاسپورت|چەتئەلگە چىقىش)",
}  # fmt: skip


def dropped(language: str, lowered: str) -> frozenset[str]:
    """The tactics a sentence (lower-cased) names as done to the relatives, not the person."""
    source = KIN_PASSPORTS.get(language)
    if source and compiled(source).search(lowered):
        return frozenset({"passport_consular_denial"})
    return frozenset()
