"""Tactic readings in other word forms: arrested in a place, relatives, papers, followed, caught.

Round 12c: codebook wordings not read in some language, found by reading the tactic errors
of tnr-fresh3 and tnr-fresh4 (states and wordings no rule was written for):

- an arrest "in" a place, relatives excluded only when named before it ("arrested in Dubai two
  days after arriving for a family visit" is his arrest, not a relative's);
- relatives arrested at home in Uyghur, the possessive written with the narrowed vowel
  (قېرىندىشى, ئاكىسى) — coercion by proxy (threat_to_family);
- a raid on the family home of someone abroad (threat_to_family);
- the person "asked to return" (passport_consular_denial's "told to return");
- citizenship or an overseas-citizen status revoked, and the issue of passports stopped
  (passport_consular_denial);
- being followed in its other verb forms ("started following them", "follows the dissident");
- caught in Turkish converbs (yakalanınca, yakalanıp) and doxxing said as the act.
Invented sentences that check them: ``tests/test_tactics_in_other_roles.py``.
"""

from __future__ import annotations

from amanat.monitor.nlp.rules import Rule, make_rules
from amanat.monitor.nlp.rules.tactics import AGENT_ARRESTED, RELATIVES

_RELATIVE_SUBJECT_EN = (
    r"\b(?:relatives?|family|families|parents?|mother|father|brothers?|sisters?|siblings?|wife|"
    r"husband|sons?|daughters?|children|cousins?|uncle|aunt)\b[^.;]*\b(?:was|were) "
    r"(?:\w+ )?(?:arrested|detained)\b"
)
_HOME_EN = r"\b(?:camps?|re-education|internment|hometown|back home|at home in)\b"


def _arrested_in() -> list[Rule]:
    """He "was arrested in <place>": the relatives' words bar it only when named before it."""
    return make_rules("tactic", "detention", {
        "en": [r"\b(?:was|were) (?:\w+ )?(?:arrested|detained) (?:in|at|on arrival)\b"],
    }, none_of={"en": [_RELATIVE_SUBJECT_EN, _HOME_EN, AGENT_ARRESTED["en"]]},
        needs=("not_home",))  # fmt: skip


def _relatives_pressed() -> list[Rule]:
    """Relatives arrested (Uyghur narrowed possessives) or the family home raided."""
    return make_rules("tactic", "threat_to_family", {
        "ug": [r"(?<!\w)(?:قېرىندىش|ئاكىس|ئىنىس|ئاچىس|سىڭلىس|ئاتىس|ئانىس|ئاتا-ئانىس|"
               r"ئائىلە ئەزا)\w*\s+(?:\S+\s+){0,5}?(?:قولغا ئال|قولغا ئېلىن|تۇتقۇن قىل|"
               r"سوراققا تارت)\w*"],
        "en": [r"\braid(?:ed|s)? (?:on )?(?:the )?(?:[\w-]+ ){0,3}?(?:family home|family's home|"
               r"home of (?:his|her|their) (?:parents|family|relatives|mother|father))\b"],
        "tr": [r"ailesi\w* (?:\S+\s+)?(?:evine|evini) (?:\S+\s+)?(?:baskın|bas\w*|ara\w*)"],
        "ru": [r"(?:обыск\w*|ворвал\w*|нагрянул\w*) (?:\S+\s+){0,2}?(?:в )?(?:доме?|квартир\w*) "
               r"(?:\S+\s+)?(?:родител|семь|родственник|матер|отц)\w*"],
        "zh": [r"(?:搜查|突袭|闯入)(?:了)?[^，。；]{0,6}(?:家人|父母|亲属|家属)(?:的)?"
               r"(?:住所|家|住宅)"],
        "fa": [r"(?:یورش|هجوم|بازرسی)\S* (?:\S+\s+){0,3}?(?:به )?خانه(?:‌ی| ی)? "
               r"(?:خانواده|پدر|مادر|والدین|بستگان)"],
    })  # fmt: skip


def _mobility() -> list[Rule]:
    """Asked to return; citizenship or overseas status revoked; passports no longer issued."""
    return make_rules("tactic", "passport_consular_denial", {
        "en": [r"\b(?:asked|urged|pressed) (?:me|him|her|them|us)\b(?: [\w-]+){0,4}? to "
               r"(?:return|come back|go back) (?:home|to (?!(?:the )?(?:office|embassy|station|"
               r"work|school|duty|normal|classes)\b)[\w-]+)",
               # The state's own grant: "stripped of his Russian citizenship" is a host's act.
               r"\b(?:revok\w*|cancel\w*|strip\w*|annul\w*) (?:his|her|their|the) (?:overseas )?"
               r"(?:citizenship|nationality|oci)\b|\bstripped of (?:his|her|their) (?:citizenship|"
               r"nationality)\b",
               r"\bstop (?:issuing|renewing) (?:\w+ )?passports?\b"],
        "tr": [r"(?:vatandaşlı\w*|oci)\s+(?:\S+\s+){0,2}?(?:iptal|geri al|düşür)\w*",
               r"pasaport\w* (?:\S+\s+)?(?:verilmesini|yenilenmesini) durdur\w*"],
        "ru": [r"(?:лиш\w*|аннулир\w*) (?:его |её |ее |их )?гражданств\w*|прекрат\w* выдач\w* "
               r"(?:\S+\s+)?паспорт\w*"],
        "zh": [r"(?:吊销|注销|取消|剥夺)了?(?:他|她|其|他们)?的?(?:国籍|公民身份|海外公民)|"
               r"停止(?:签发|发放|换发|办理)[^，。；]{0,4}护照"],
        "fa": [r"(?:لغو|سلب|باطل)\S* (?:\S+\s+){0,2}?(?:تابعیت|شهروندی)|(?:تابعیت|شهروندی)\S* "
               r"(?:\S+\s+){0,4}?(?:لغو|سلب|باطل)|(?:توقف|متوقف) (?:\S+\s+)?(?:صدور|تمدید) "
               r"(?:\S+\s+)?گذرنامه"],
        "ug": [r"پۇقرالىق\w*\s+(?:\S+\s+){0,2}?(?:بىكار قىل|ئەمەلدىن قالدۇر)\w*"],
    })  # fmt: skip


def _followed() -> list[Rule]:
    """Being followed, the verb in its other forms ("two men started following them")."""
    return make_rules(
        "tactic",
        "surveillance",
        {
            "en": [
                r"\b(?:started|began|kept|were|was) following (?:them|him|her|us)\b|\bfollows "
                r"(?:him|her|them|the (?:[\w-]+ )?(?:dissident|activist|journalist|exile|"
                r"critic))\b"
            ],
        },
        none_of={"en": [r"\bon (?:twitter|x|instagram|facebook|social media|tiktok)\b"]},
    )


def _caught_and_doxxed() -> list[Rule]:
    """Caught "when" or "and" (yakalanınca, yakalanıp: the forms the Turkish rule lacked); the
    codebook's doxxing said as the act ("published her email address", "urged others online to
    harass her")."""
    return make_rules("tactic", "detention", {
        "tr": [r"(?<!\w)yakalan(?:ınca|ıp|dığı|dıktan)\w*"],
    }, none_of={"tr": [RELATIVES["tr"]]}, needs=("not_home",)) + make_rules(
        "tactic", "online_harassment", {
            "en": [r"\bpublished (?:his|her|their) (?:home |private |personal )?(?:e-?mail |home )?"
                   r"(?:address|phone number)\b|\burged (?:others|followers|people|users) "
                   r"(?:online )?to (?:harass|abuse|attack)\b"],
        })  # fmt: skip


WORD_FORMS_RULES: list[Rule] = (
    _arrested_in() + _relatives_pressed() + _mobility() + _followed() + _caught_and_doxxed()
)  # fmt: skip
