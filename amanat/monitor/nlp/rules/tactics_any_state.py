"""Tactic wordings for any state: told to return, passports revoked, warned, wanted, handed over.

rules-10: codebook wordings the earlier tables had only for China or in one language, found
by reading the tactic errors on three splits of states no rule was written for (tnr-fresh2,
tnr-blind, tnr-fresh) and written as a journalist would put each act in every language:

- "told to return" is the codebook's passport_consular_denial for any state, not only China
  ("his son must return to Oman immediately", dönmesi gerektiğini söyledi, 要求他回国);
- a passport the state threatens or moves to revoke, with the verb before the noun;
- a demand to stop one's *work* or *activities*, and "if he does not stop" in Russian/Uyghur;
- a warning of what will happen ("warned that he would be handed over") is a threat;
- wanted by a state's police, a warrant "issued for" an arrest;
- a person handed over to a state named after the verb ("handed the blogger over to Kuwait");
- being followed or beaten in Uyghur with the narrowed vowel (ئىز قوغلىشى, ئۇرۇپ-تىللاش);
- surveillance "by" anyone, not only by China.
Invented sentences that check them: ``tests/test_tactics_any_state.py``.
"""

from __future__ import annotations

from amanat.monitor.nlp.rules import Rule, make_rules
from amanat.monitor.nlp.rules.tactics import RELATIVES, RELATIVES_FA

# Who is told: the person, or a relative told that the person must (the demand is the same).
_TOLD_EN = r"(?:told|ordered|instructed|demanded|pressed|pressured|urged|warned)"


def _told_to_return() -> list[Rule]:
    """The codebook's "told to return" (passport_consular_denial): an order to come home."""
    return make_rules("tactic", "passport_consular_denial", {
        "en": [rf"\b{_TOLD_EN}\b[^.;]{{0,60}}?\b(?:must|to|should) (?:\w+ ){{0,6}}?"
               r"(?:return|come back|go back) (?:home|to (?!(?:the )?(?:office|embassy|station|"
               r"work|school|duty|normal|classes)\b)[\w-]+)"],
        "tr": [r"dönmesi\w* gerektiğini (?:söyle|bildir)\w*|dönmesini (?:iste|söyle|emret|talep)"
               r"\w*|geri dönmesi\w* (?:istendi|söylendi|emredildi)"],
        "zh": [r"(?:要求|命令|勒令|责令|催促|逼)(?:他|她|他们|其)[^，。；]{0,6}(?:立即|马上|尽快)?"
               r"回国"],
        "ru": [r"(?:потребова|приказа|велел|велели|требу|настаива)\w*[^.;]{0,30}"
               r"(?:вернуться|возвратиться) (?:на родину|домой|в \w+)"],
        "ug": [r"(?:قايتىپ كېلىش|قايتىش)\w*\s+(?:\S+\s+)?(?:تەلەپ قىل|بۇيرۇ|ئەمر قىل)\w*"],
        "fa": [r"(?:خواستند|خواسته‌اند|دستور دادند|گفتند)[^.؛]{0,40}(?:بازگردد|برگردد|بازگردند|"
               r"برگردند)"],
    }, none_of={"en": [r"\bsafe to return\b|\bfree to return\b"]})  # fmt: skip


def _passport_revoked() -> list[Rule]:
    """A passport revoked, cancelled or invalidated, the verb written before the noun."""
    return make_rules("tactic", "passport_consular_denial", {
        "en": [r"\b(?:revok\w*|cancel\w*|invalidat\w*|annul\w*|confiscat\w*|void(?:ed|ing)?) "
               r"(?:his|her|their|the) (?:[\w-]+ ){0,2}?passports?\b"],
        "tr": [r"pasaport\w*\s+(?:\S+\s+)?(?:geçersiz\w*|iptal\w*|elinden al\w*)"],
    })  # fmt: skip


def _stop_working() -> list[Rule]:
    """Told to stop one's work, activities or writing ("warned him to stop his human rights
    work"), or a condition that he stop (Russian "если он не перестанет", Uyghur
    "توختاتمىسا")."""
    return make_rules("tactic", "silencing_demand", {
        "en": [r"\bstop (?:his|her|their|all) (?:[\w-]+ ){0,3}?(?:work|activities|activism|"
               r"campaigning|campaign|writing|blogging|blog|posts|criticism|journalism)\b"],
        "tr": [r"(?:çalışma|faaliyet|aktivizm|yazı|yazma\w*|paylaşım|eleştiri)\w*\s+(?:\S+\s+)?"
               r"bırak(?:ma\w*|ıp|sın|ası\w*)"],
        "ru": [r"если (?:он|она|они) не (?:перестан|прекрат)\w*|"
               r"(?:перестать|перестанет|прекратить) (?:писать|выступать|критиковать)"],
        "ug": [r"توختاتمىسا|(?:يېزىش|پائالىيەت|خىزمەت|سۆزلەش)\w*\s+(?:\S+\s+)?"
               r"(?:توختىت|توختات)\w*"],
        "fa": [r"اگر[^.؛]{0,40}(?:دست (?:نکشد|برندارد)|متوقف نکند)"],
        "zh": [r"(?:如果|若|除非)(?:他|她|他们|其)?不(?:停止|收手|闭嘴)"],
    })  # fmt: skip


def _warned_and_wanted() -> list[Rule]:
    """A warning of what will be done to the person, and a person wanted by a state's police."""
    threat = make_rules("tactic", "direct_threat", {
        "en": [r"\bwarned (?:him |her |them )?that (?:he|she|they) (?:would|will|could)\b"],
        "ru": [r"предупредил\w*,? что (?:его|её|ее|их|он|она|они)\b"],
        "ug": [r"(?<!\w)ئاگاھلاندۇرۇل\w*"],
        "tr": [r"(?:edileceği|alınacağı|olacağı) (?:konusunda )?uyarıl\w*"],
        "fa": [r"(?:به او|به وی|به آنها) هشدار (?:داد|دادند)\w*"],
    }, none_of={"en": [RELATIVES["en"]], "ru": [RELATIVES["ru"]], "ug": [RELATIVES["ug"]],
                "tr": [RELATIVES["tr"]], "fa": [RELATIVES_FA]})  # fmt: skip
    wanted = make_rules("tactic", "bounty_or_warrant", {
        "en": [r"\b(?:was|were|is|are|been|being) (?:\w+ )?wanted by (?:the )?(?:[\w'’-]+ ){0,2}?"
               r"(?:police|authorities|government|state|security|prosecutors?|courts?|"
               r"intelligence|regime)\b|\bdeclared (?:him |her |"
               r"them )?wanted\b|\bwarrants? (?:was |were |had been |has been )?issued "
               r"(?:for|against)\b|\bhad (?:a |an )?(?:arrest )?warrant issued\b"],
        "tr": [r"(?:polis|savcılı|makamlar|yetkilil)\w* tarafından aran(?:ıyor|an|dı|makta)\w*"],
    })  # fmt: skip
    return threat + wanted


def _handed_and_harmed() -> list[Rule]:
    """A person handed over to a state named after a description; watched and beaten in
    Uyghur with the narrowed vowel; surveillance by anyone."""
    return (
        make_rules("tactic", "deportation", {
            "en": [r"\bhanded (?:the |an? )?(?:[\w'-]+ ){1,5}?(?:over|back) to "
                   r"(?!(?:the )?(?:local |city )?police\b)|"
                   r"\bhanded (?:him|her|them) to (?:[\w'’-]+ ){0,2}?"
                   r"(?:authorities|officials|minister|police|intelligence|security)\b"]},
            none_of={"en": [r"\b(?:petition|letter|report|documents?|evidence|list|award|prize)"
                            r"\b"]})
        + make_rules("tactic", "surveillance", {
            "en": [r"\bsurveillance by\b|\b(?:faced|subjected to|put under|placed under) "
                   r"(?:\w+ )?surveillance\b"],
            "ug": [r"ئىز قوغل\w*"]})
        + make_rules("tactic", "assault", {"ug": [r"ئۇرۇپ-(?:تىللا|سوق)\w*"]})
    )  # fmt: skip


ANY_STATE_RULES: list[Rule] = (
    _told_to_return() + _passport_revoked() + _stop_working() + _warned_and_wanted()
    + _handed_and_harmed()
)  # fmt: skip
