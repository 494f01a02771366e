"""rules-9: pressure on relatives worded without any pressure word — their safety made to
depend on the person's return or silence ("his wife and children would be all right only if he
went back", "只有他回国…家人才会平安"), or a relative brought to plead for the return. Both are
the codebook's threat_to_family (coercion by proxy). The condition must ask for compliance
(return, stop, cooperate): "safe only if they stay in the shelter" is no threat. Invented
sentences that check them: ``tests/test_generalising_cues_8.py``.
"""

from __future__ import annotations

from amanat.monitor.nlp.rules import Rule, make_rules
from amanat.monitor.nlp.rules.tactics import RELATIVES
from amanat.monitor.nlp.rules.tactics_more import RELATIVES_FA

_SAFE_EN = (r"(?:all right|alright|safe|fine|okay|unharmed|left alone|spared|out of harm's way|"
            r"not be harmed)")  # fmt: skip
_COMPLY_EN = (
    r"(?:return(?:s|ed)?|went back|go(?:es)? back|c(?:a|o)me back|stop(?:s|ped)?|"
    r"quit|g[ai]ve up|kept quiet|keep quiet|cooperat\w*|surrender\w*|serve[sd]?)"
)
_SAFE_ONLY_IF = {
    "en": [(RELATIVES["en"],
            rf"\b{_SAFE_EN}\b[^.;]{{0,40}}\b(?:only if|unless|as long as|provided)\b"
            rf"[^.;]{{0,30}}\b{_COMPLY_EN}\b|"
            rf"\bonly if\b[^.;]{{0,30}}\b{_COMPLY_EN}\b[^.;]{{0,80}}\b{_SAFE_EN}\b")],
    "zh": [(RELATIVES["zh"],
            r"只有[^。；]{0,40}(?:回国|回来|回去|停止|放弃|合作|闭嘴|投案|自首|坐牢)[^。；]{0,40}"
            r"才[^。；]{0,6}(?:平安|安全|没事|无事|安然无恙|不受伤害)|"
            r"(?:如果|若)[^。；]{0,20}不(?:回国|回来|停止|合作)[^。；]{0,30}"
            r"(?:遭殃|出事|受到伤害|有麻烦)")],
    "tr": [(RELATIVES["tr"],
            r"(?:ancak|sadece|yalnızca)\s[^.;]{0,60}?(?:dön(?:erse|düğü takdirde)|"
            r"geri gel(?:irse|mesi)|bırak(?:ırsa|ması)|sus(?:arsa|ması)|"
            r"işbirliği yap(?:arsa|ması))[^.;]{0,60}"
            r"(?:güvende|rahat bırakıl\w*|zarar gör(?:meyece|mez)\w*|bir şey olmayaca\w*)|"
            r"(?:dönmezse|gelmezse|susmazsa|bırakmazsa)[^.;]{0,60}(?:zarar|başına|tutuklan\w*|"
            r"hapse)")],
    "ru": [(RELATIVES["ru"],
            r"(?:только|лишь) (?:если|в случае|при условии)[^.;]{0,60}(?:верн\w*|возвра\w*|"
            r"прекрат\w*|замолч\w*|сотруднича\w*|сдаст\w*)|(?:в безопасности|в порядке|"
            r"не пострада\w*|оставят в покое|ничего не случится)[^.;]{0,40}(?:только|лишь) (?:если|"
            r"при условии)|если (?:он|она|они) не (?:верн|прекрат|замолч)\w*")],
    "fa": [(RELATIVES_FA,
            r"(?:تنها|فقط) (?:در صورتی|اگر)[^.؛]{0,60}(?:بازگرد|برگرد|دست بکش|دست بردار|"
            r"همکاری کن|ساکت)|(?:اگر|در صورتی که)[^.؛]{0,30}(?:برنگردد|بازنگردد)")],
    "ug": [(RELATIVES["ug"],
            r"پەقەت[^.؛]{0,60}(?:قايتسا|قايتىپ كەلسە|توختاتسا|ھەمكارلاشسا)|"
            r"(?:قايتمىسا|قايتىپ كەلمىسە|توختاتمىسا)")],
}  # fmt: skip
# A relative brought or sent to plead for the return ("brought his father from Beijing to plead
# with him to return", "把他父亲带到美国劝他回国").
_BROUGHT_TO_PLEAD = {
    "en": [(RELATIVES["en"],
            r"\b(?:brought|sent|flew|took)\b[^.;]{0,60}\bto (?:plead with|persuade|convince|"
            r"urge|press|pressure) (?:him|her|them)\b[^.;]{0,20}\b(?:to )?(?:return|come back|"
            r"go back)")],
    "zh": [(RELATIVES["zh"], r"(?:带到|送到|接到|带往|带去)[^。；]{0,20}劝(?:说)?"
                             r"(?:他|她|其)[^。；]{0,4}回(?:国|来|去)")],
    "ru": [(RELATIVES["ru"], r"(?:привез|привёз|отправ|прислал)\w*[^.;]{0,60}(?:уговор|убежд|"
                             r"убедить)\w*[^.;]{0,30}верну\w*")],
    "tr": [(RELATIVES["tr"], r"(?:getir|gönder)\w*[^.;]{0,60}(?:dönmeye ikna|ikna et\w*[^.;]{0,20}"
                             r"dön)")],
    "fa": [(RELATIVES_FA, r"(?:آوردند|فرستادند)[^.؛]{0,60}(?:متقاعد|راضی)[^.؛]{0,30}"
                          r"(?:بازگرد|برگرد)")],
    "ug": [(RELATIVES["ug"], r"(?:ئېلىپ كەل|ئەۋەت)\w*[^.؛]{0,60}(?:قايتىشقا|قايتىپ كېلىشكە) "
                             r"(?:ئۈندە|قايىل)\w*")],
}  # fmt: skip

CONDITIONAL_TACTIC_RULES: list[Rule] = make_rules(
    "tactic", "threat_to_family", _SAFE_ONLY_IF
) + make_rules("tactic", "threat_to_family", _BROUGHT_TO_PLEAD)
