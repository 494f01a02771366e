"""Tactic readings: a death told after an attack, a state's demand for a return, mass arrests.

Round 13d (lead, after the blind tnr-fresh8 was scored): two readings its misses showed,
written as classes of news language in every language, not from one text's wording.

- A detention counted in thousands ("more than 35,000 people were detained during the
  crackdown") is a crackdown the text recalls, not a detention in the host country: the same
  reading rules-11 gives killings counted in thousands (rules/vetoes.py ``_MANY_KILLED``).
  Only number words or grouped digits count ("2020" is a year).
- A death that followed an attack ("died in hospital two days after he was attacked", "died
  after a knife attack") is a killing, the codebook's ``assassination``: the rules read
  "stabbed to death" and "shot dead" but not the death told after the attack.
- A state's demand for a person's return or handover ("Saudi demands for his return", "Душанбе
  добивается его выдачи") is its request to the host (``extradition_request``), found on
  tnr-fresh9 once it was scored.
"""

from __future__ import annotations

from amanat.monitor.nlp.rules import Rule, make_rules

_THOUSANDS_EN = (r"(?:thousands|tens of thousands|hundreds of thousands|millions|"
                 r"\d{1,3}(?:,\d{3})+|\d+ (?:thousand|million))")  # fmt: skip

MASS_DETAINED = {
    "en": [rf"\b{_THOUSANDS_EN}\b(?: \S+){{0,6}}? (?:were |had been |have been |people )?"
           r"(?:detained|arrested|jailed|imprisoned|rounded up)\b|"
           rf"\b(?:detained|arrested|jailed|imprisoned|rounded up) (?:\w+ ){{0,2}}?"
           rf"{_THOUSANDS_EN}\b|\bmass (?:arrests|detentions)\b"],
    "tr": [r"(?:binlerce|on binlerce|yüz binlerce|\d+ bin|\d{1,3}(?:\.\d{3})+)\s+(?:\S+\s+){0,5}?"
           r"(?:gözaltına alın|tutuklan|gözaltı)\w*|toplu (?:gözaltı|tutuklama)\w*"],
    "zh": [r"(?:数千|数万|数十万|上千|上万|\d+万|\d{1,3}(?:,\d{3})+)[^。；]{0,10}"
           r"(?:被捕|被拘|拘留|拘押|逮捕|关押)|大规模(?:逮捕|拘留|拘押)"],
    "ug": [r"(?:مىڭلىغان|ئون مىڭلىغان|\d+ مىڭ)\s+(?:\S+\s+){0,5}?"
           r"(?:تۇتقۇن|قولغا ئېلىن|قاماق)\w*|"
           # On a large scale ("كەڭ كۆلەمدە"), as en "mass detentions" and tr "toplu gözaltı".
           r"كەڭ كۆلەمدە\s+(?:\S+\s+){0,2}?(?:تۇتۇپ تۇرۇش|تۇتقۇن|قولغا ئېلىش|قاماق)\w*"],
    "ru": [r"(?:тысяч\w*|десятк\w* тысяч|сотн\w* тысяч|миллион\w*|\d+\s+тысяч\w*)\s+"
           r"(?:\S+\s+){0,5}?(?:задержа|арестова|задержан|арестован)\w*|"
           r"(?:задержа|арестова)\w*\s+(?:\S+\s+){0,2}?(?:более |свыше |около )?"
           r"(?:\d+\s+)?тысяч\w*|массов\w* (?:задержани|арест)\w*"],
    "fa": [r"(?:هزاران|ده‌ها هزار|صدها هزار|\d+ هزار)\s+(?:\S+\s+){0,8}?(?:بازداشت|دستگیر|زندانی)|"
           r"بازداشت‌های گسترده"],
}  # fmt: skip


def died_after_attack() -> list[Rule]:
    """A death told after the attack that caused it: a killing (assassination)."""
    return make_rules("tactic", "assassination", {
        "en": [r"\bdied (?:\S+ ){0,12}?(?:after|following|from|of) (?:\S+ ){0,4}?"
               r"(?:attack\w*|stabb\w*|beat\w*|assault\w*|wounds|injuries)\b|"
               r"\b(?:stabbed|beaten|attacked) (?:\S+ ){0,6}?(?:and )?(?:later |subsequently )?"
               r"died\b|\bsuccumbed to (?:his|her|their) (?:wounds|injuries)\b"],
        "tr": [r"(?:saldırı|bıçaklı saldırı|bıçaklan|darp)\w*\s+(?:\S+\s+){0,6}?"
               r"(?:hayatını kaybet|öldü|yaşamını yitir)\w*|yaralarına yenik düş\w*"],
        "zh": [r"遇袭(?:后)?[^。；]{0,12}(?:身亡|死亡|去世|不治)|(?:被刺|被捅|遭殴打)[^。；]{0,12}"
               r"(?:身亡|死亡|去世|不治)"],
        "ug": [r"ھۇجۇم\w*\s+(?:\S+\s+){0,6}?(?:ئۆلدى|ۋاپات بول|جان ئۈز|ئۆلۈپ كەت)\w*"],
        "ru": [r"(?:скончал|умер)\w*\s+(?:\S+\s+){0,6}?(?:после|от|в результате)\s+(?:\S+\s+)?"
               r"(?:нападени|ранени|ран\b|удар|побо)\w*"],
        "fa": [r"(?:پس از|در پی|بر اثر) (?:\S+\s+){0,4}?(?:حمله|ضربات|جراحات|چاقو)\S*\s+"
               r"(?:\S+\s+){0,8}?(?:درگذشت|جان باخت|جان سپرد)"],
    })  # fmt: skip


def return_demanded() -> list[Rule]:
    """A state's demand or request for a person's return or handover ("Saudi demands for his
    return", "خواسته‌های ریاض برای بازگرداندن او"): the request to the host
    (``extradition_request``) worded without "extradition"."""
    return make_rules("tactic", "extradition_request", {
        "en": [r"\b(?:demands?|requests?|calls?|bids?|pressure) (?:\w+ ){0,2}?for (?:his|her|"
               r"their) (?:return|handover|repatriation|surrender)\b|\b(?:demanded|requested|"
               r"sought|asked for) (?:his|her|their) (?:return|handover|repatriation|surrender)\b"],
        "tr": [r"(?:teslimini|geri gönderilmesini|iadesini|ülkeye dönmesini)\s+(?:\S+\s+)?"
               r"(?:talep|iste)\w*"],
        "zh": [r"要求(?:将)?(?:他|她|其|他们)?(?:遣返|送回|交还|交出)"],
        "ru": [r"(?:требовани|запрос|просьб)\w*\s+(?:\S+\s+){0,2}?(?:о|об)\s+(?:\S+\s+)?"
               r"(?:возвращени|передач|выдач)\w*|(?:требова|просил|добива)\w*\s+(?:\S+\s+){0,2}?"
               r"(?:его|её|ее|их)\s+(?:возвращени|выдач|передач)\w*"],
        "fa": [r"(?:خواسته|درخواست|تقاضا)\S*\s+(?:\S+\s+){0,2}?(?:برای|مبنی بر)\s+"
               r"(?:بازگرداندن|استرداد|تحویل)"],
    })  # fmt: skip
