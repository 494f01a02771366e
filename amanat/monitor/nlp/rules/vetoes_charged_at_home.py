"""Vetoes: the origin's charges against its critic, plots counted, a return only conditional.

Round 13e (lead, from the errors of the blind tnr-fresh8 and tnr-fresh9 once both were
scored): tactic words that name no act done to the person abroad, as classes of news language.

- The origin's charges against its critic: a sentence that accuses, charges or sentences, with
  the origin or its places and no host in it ("Uzbekistan blames him for explosions in
  Tashkent that killed 16"), names what the state says its critic did — no killing, assault,
  recruitment or hacking done to anyone abroad.
- Plots counted ("foiled 15 plots since 2022 to kidnap or kill people living in Britain"):
  a count of plots is the context of the story, not its act.
- A return only conditional or ruled out as a norm ("if he is handed over he may face
  torture", "no one should be sent back to a country where…"): no return done.
- An undercover officer "posing as" an official in a sting is the host's police, not
  messages sent from relatives' accounts (impersonation).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from amanat.monitor.nlp.rules import search_in
from amanat.monitor.nlp.rules.shapes import Located, Mention

_CHARGE = {
    "en": r"\b(?:accus\w*|blames?d?|blaming|charged|charges|convicted|sentenced|found guilty|"
          r"indicted|wanted for|verdict)\b",
    "tr": r"suçla\w*|itham\w*|mahk[uû]m\w*|ceza(?:sı)? (?:aldı|verildi|verdi|çarptırıl)\w*|"
          r"hapis cezası\w*|yargılan\w*|iddianame\w*",
    "zh": r"指控|被控|控告|判处|定罪|罪名|指责|被判",
    "ug": r"ئەيىبلە\w*|ھۆكۈم قىلىن\w*|جازاسىغا\w*",
    "ru": r"обвин\w*|осужд\w*|осуди\w*|приговор\w*|вменя\w*",
    "fa": r"متهم|اتهام|محکوم|حکم",
}  # fmt: skip
_CHARGED_ACTS = frozenset({"assassination", "assault", "informant_recruitment",
                           "hacking_spyware"})  # fmt: skip
_SENT_OR_ASKED = frozenset({"request", "destination"})

_NUMBER_WORDS_EN = (r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    r"fifteen|twenty|dozens of|scores of|several|numerous|"
                    r"a series of)")  # fmt: skip
PLOTS_COUNTED = {
    "en": [rf"\b{_NUMBER_WORDS_EN} (?:\w+ )?(?:plots|attempts|schemes|conspiracies)\b"],
    "tr": [r"\d+ (?:\S+\s+)?(?:plan|girişim|komplo)\w*|(?:onlarca|birçok|çok sayıda) "
           r"(?:\S+\s+)?(?:plan|girişim|komplo)\w*"],
    "zh": [r"(?:\d+(?:起|宗|次)|多起)[^，。；]{0,6}(?:阴谋|图谋|企图|计划)"],
    "ru": [r"\d+\s+(?:\S+\s+)?(?:заговор|покушени|попыт|план)\w*|"
           r"(?:десятк|нескольк|многочисленн)\w* (?:\S+\s+)?(?:заговор|покушени|попыт|план)\w*"],
    "fa": [r"(?:[0-9۰-۹]+|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|پانزده|بیست|ده‌ها|چندین) "
           r"(?:\S+\s+)?(?:نقشه|توطئه|تلاش)"],
}  # fmt: skip
IF_RETURNED = {
    "en": [r"\b(?:if|should) (?:he|she|they|it) (?:is |are |were |was )?(?:be )?(?:sent back|"
           r"returned|deported|extradited|handed over)\b|\b(?:should|must|may) not be "
           r"(?:sent back|returned|deported|extradited|handed over|forcibly returned)\b|"
           r"\bno one should be (?:sent back|returned|deported)\b"],
    "tr": [r"(?:iade|teslim|sınır dışı) edil(?:mesi halinde|irse|diği takdirde)|"
           r"(?:gönderil|iade edil)memeli"],
    "zh": [r"(?:如果|若|一旦)[^，。；]{0,8}(?:被)?(?:遣返|引渡|移交|送回)|(?:不应|不得|不能)(?:被)?"
           r"(?:遣返|引渡|移交|送回)"],
    "ug": [r"ئەگەر (?:\S+\s+){0,3}?(?:ئۆتكۈزۈپ|قايتۇرۇپ|تاپشۇرۇپ) بېرىلسە"],
    "ru": [r"(?:в случае|при) (?:\S+\s+)?(?:выдач|экстрадици|депортаци|высылк)\w*|"
           r"если (?:\S+\s+){0,2}?(?:выдадут|депортируют|вышлют|экстрадируют)|"
           r"не (?:должн\w*|может) быть (?:выдан|выслан|депортирован)\w*"],
    "fa": [r"(?:در صورت|اگر) (?:\S+\s+){0,2}?(?:استرداد|اخراج|تحویل|بازگردانده|مسترد)|"
           r"نباید (?:\S+\s+){0,3}?(?:بازگردانده|مسترد|اخراج|تحویل)"],
}  # fmt: skip
UNDERCOVER = {
    "en": [r"\bundercover (?:\w+ ){0,2}?(?:officer|agent|police\w*|detective|operative)s? "
           r"(?:\w+ ){0,2}?posing as\b|\bsting operation\b"],
}  # fmt: skip


def charged_at_home(
    language: str,
    lowered: str,
    span: tuple[int, int],
    home: Collection[str | None],
    places: Iterable[Located],
    mentions: Iterable[Mention],
) -> frozenset[str]:
    """A sentence of the origin's charges or verdict against its critic: it accuses, charges
    or sentences, names the origin or one of its places before the charge, and names no other
    state (but its people) and no place abroad. The acts it names are the charges."""
    found = search_in(_CHARGE, language, lowered)
    if found is None:
        return frozenset()
    # The accuser or court comes before the charge ("Uzbekistan blames him…", "Tahran'da …
    # mahkûm edildi"); a state named after it is in the charge ("charges that he helped an
    # Indian official arrange the murder": its agent is the accused, abroad).
    charge_at = span[0] + found.start()
    inside = range(*span)
    here = [m for m in mentions if m.start in inside]
    there = [p for p in places if p.start in inside]
    if any(m.iso not in home and m.role != "national" for m in here):
        return frozenset()  # another state named ("under German law"), not its people
    if any(p.iso not in home for p in there):
        return frozenset()
    # The court or state at home named as such: "extradited to Belgium" names a destination.
    sent = {m.start for m in here if m.role in _SENT_OR_ASKED}
    own = any(m.iso in home and m.role not in _SENT_OR_ASKED and m.start < charge_at
              for m in here)  # fmt: skip
    if not (own or any(p.iso in home and p.start not in sent and p.start < charge_at
                       for p in there)):  # fmt: skip
        return frozenset()
    return _CHARGED_ACTS
