"""Two readings of the look-alike gate (session 23): a fallen regime's agent pursued, and a
politician wanted for a crime.

- **A fallen regime's agent pursued.** A state seeking the extradition of a former dictator or
  of a dictatorship's police agent ("Paraguay asks Brazil to extradite ex-dictator Stroessner",
  "France extradites ex-policeman Mario Sandoval to Argentina", "ex-DINA assistant"), or
  convicting one in absentia for a killing of that era, is justice for the regime's crimes,
  the writers' look-alike, not a state reaching for its critics. The gate sets aside a text
  whose headline and lead name such a person or era (:data:`REGIME_CRIMES`) when its acts are
  only those a state also does lawfully. The atrocity gate (gate_crimes.py) reads genocide and
  war crimes; this reads the dictatorships' own words.
- **A politician wanted for a crime.** Politicians and former office-holders pursued abroad
  are let through the gate as political targets (gate_cues.POLITICIAN_RULES) only where the
  text names no crime they are wanted for: an ex-minister wanted for bribery or rape, an
  ex-president for a death squad's crimes, are look-alikes. :func:`crime_named` reads the
  crimes the gate's short list (context.CRIMINAL_RULES) lacks.
"""

from __future__ import annotations

from collections.abc import Iterable

from amanat.monitor.nlp.rules import lawful_acts, search_in, suspects

REGIME_CRIMES = {
    "en": (r"\b(?:ex-|former )dictators?\b|\bdictatorship(?:-era)?\b|\bdirty war\b|"
                     r"\bdeath squads?\b|\boperation condor\b|\btriple a\b|\bdina\b|"
                     r"\btorturers?\b|\bforced disappearances?\b|\bmilitary (?:rule|regime)'?s? "
                     r"(?:crimes|abuses|killings)\b"),
    "tr": (r"(?:eski |devrik )diktatör\w*|diktatörlük dönem\w*|cunta dönem\w*|"
                     r"ölüm manga\w*|zorla kaybet\w*|işkenceci\w*"),
    "zh": (r"前独裁者|独裁时期|独裁统治时期|军政府时期|军事独裁时期|敢死队|行刑队|"
                     r"强迫失踪|秃鹰行动|酷刑者"),
    "ug": (r"سابىق دىكتاتور\w*|دىكتاتورلۇق دەۋر\w*|ھەربىي ھۆكۈمەت دەۋر\w*|"
                     r"ئۆلۈم ئەترىتى\w*"),
    "ru": (r"(?:бывш\w* |экс-)диктатор\w*|диктатур\w*|хунт\w*|эскадрон\w* смерти|"
                     r"насильственн\w* исчезновени\w*|операци\w* «?кондор|палач\w*"),
    "fa": (r"دیکتاتور (?:سابق|پیشین)|دوران دیکتاتوری|دیکتاتوری نظامی|جوخه‌?های مرگ|"
                     r"ناپدیدسازی قهری|عملیات کندور|شکنجه‌گر"),
}  # fmt: skip

_LAWFUL = frozenset({"extradition_request", "deportation", "detention", "interpol_abuse",
                     "bounty_or_warrant"})  # fmt: skip

# Crimes a politician may be wanted for that the gate's short list lacks.
_MORE_CRIMES = {
    "en": r"\b(?:brib\w*|embezzl\w*|corrupt\w*|graft|kickbacks?|tax evasion|rape|sexual "
          r"(?:assault|harassment|abuse)|murders?|manslaughter|crimes? against humanity|"
          r"disappearances?|abuse of (?:power|office|authority))\b",
    "tr": r"rüşvet\w*|zimmet\w*|yolsuzluk\w*|vergi kaçır\w*|tecavüz\w*|cinsel (?:taciz|saldırı)\w*|"
          r"cinayet\w*|görevi kötüye\w*",
    "zh": r"受贿|行贿|贪污|腐败|贪腐|逃税|强奸|性侵|性骚扰|谋杀|杀人|滥用职权|失踪案",
    "ug": r"پارىخور\w*|پارا ئال\w*|خىيانەت\w*|چىرىكلىك\w*|باسقۇنچىلىق\w*|جىنسىي پاراكەندىچىلىك\w*|"
          r"قاتىللىق\w*|ھوقۇقنى قالايمىقان\w*",
    "ru": r"взятк\w*|коррупц\w*|хищени\w*|растрат\w*|уклонени\w* от уплаты|изнасиловани\w*|"
          r"убийств\w*|превышени\w* (?:полномочий|должностных)|злоупотреблени\w*",
    "fa": r"رشوه|اختلاس|فساد|فرار مالیاتی|تجاوز|آزار جنسی|قتل|سوءاستفاده از (?:قدرت|مقام)",
}  # fmt: skip


def regime_agent_pursued(language: str, heads: str, tactics: Iterable[str]) -> bool:
    """Whether ``heads`` (headline and lead, lower-cased) name a fallen regime's agent or era
    and every act read is one a state also does lawfully."""
    found = set(tactics)
    return (
        bool(found) and found <= _LAWFUL and search_in(REGIME_CRIMES, language, heads) is not None
    )


def crime_named(language: str, lowered_text: str) -> bool:
    """Whether the text names a crime the person may be wanted for: the ordinary crimes of
    lawful_acts and suspects, or one of :data:`_MORE_CRIMES`."""
    return (search_in(_MORE_CRIMES, language, lowered_text) is not None
            or search_in(lawful_acts._ORDINARY_CRIME, language, lowered_text) is not None
            or suspects.charged_with_crime(language, lowered_text))  # fmt: skip
