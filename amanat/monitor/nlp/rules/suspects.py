"""rules-11: people pursued as suspects of ordinary or terrorist crime (codebook look-alike:
lawful extradition or deportation of criminal suspects).

``context.CRIMINAL_RULES`` names the trades of crime (fraud, drugs, trafficking); this module
reads the charge itself: a man wanted, accused or convicted of armed robbery, rape or of
planning bomb or terror attacks, in the words each language's court reporting uses. With no
political cue in the text (``gate.look_alike`` checks those first), such a suspect's
extradition, arrest or removal is law enforcement. Murder is not among the charges: in
transnational repression the state's own agents are the ones charged with murdering its
critics. Invented sentence pairs: ``tests/test_lookalikes_suspects_and_seats.py``.
"""

from __future__ import annotations

from amanat.monitor.nlp.rules import search_in

_CHARGED_WITH_CRIME = {
    "en": r"\b(?:suspects?|accused|charged|convicted|wanted|indicted|sentenced|masterminds?|"
          r"plott\w*|planning|planned)\b(?: \S+){0,6}? (?:(?:terror(?:ist)?|bomb|suicide) "
          r"(?:attacks?|plots?|bombings?)|bombings?|armed robber\w*|rapes?)\b",
    "tr": r"(?:terör|bombalı|intihar) saldırı\w*\s+(?:\S+\s+){0,5}?(?:sanı\w*|zanlı\w*|şüpheli\w*|"
          r"suçla\w*|planla\w*|fail\w*)|(?:silahlı soygun|tecavüz)\w*\s+"
          r"(?:\S+\s+){0,2}?(?:sanı\w*|zanlı\w*|şüpheli\w*|suçla\w*|hüküm\w*|mahkûm\w*)",
    "zh": r"(?:涉嫌|被控|指控|策划|判处|通缉)[^。；]{0,20}(?:恐怖袭击|爆炸案|抢劫|强奸)|"
          r"(?:抢劫|强奸)(?:罪|嫌疑人|案嫌犯)",
    "ug": r"(?:تېرورلۇق ھۇجۇم|بومبا ھۇجۇم|بۇلاڭچىلىق)\w*\s+(?:\S+\s+){0,4}?"
          r"(?:گۇمانلى|ئەيىبل|جىنايەتچى|ھۆكۈم)\w*",
    "ru": r"(?:подозрева|обвиня|обвинен|обвинён|осужд|разыскива|организ)\w*\s+(?:\S+\s+){0,4}?"
          r"(?:в |за )?(?:теракт\w*|террористическ\w* атак\w*|взрыв\w*|разбо\w*|"
          r"изнасилован\w*)",
    "fa": r"(?:متهم|اتهام|مظنون|محکوم|تحت تعقیب)\S*\s+(?:\S+\s+){0,6}?(?:حمل(?:ه|ات) تروریستی|"
          r"بمب‌گذاری|سرقت مسلحانه|تجاوز)|(?:حمل(?:ه|ات) تروریستی|بمب‌گذاری)\S*\s+"
          r"(?:\S+\s+){0,6}?(?:متهم|محکوم)",
}  # fmt: skip


def charged_with_crime(language: str, lowered_text: str) -> bool:
    """The text names someone suspected, charged or convicted of an ordinary or terrorist
    crime (armed robbery, rape, bomb or terror attacks)."""
    return search_in(_CHARGED_WITH_CRIME, language, lowered_text) is not None
