"""Cues of the relevance gate (tagging.py) that the earlier context rules (context.py) lacked.

The gate lets a text through when its only acts are ones a state also does lawfully (an arrest,
a red notice, a removal) only if the people targeted are political; and it sets aside a text
whose lead reports a release. Two readings of news were missing, in every language:

* A person's public role is what news gives to show that they are political: an editor or a
  publisher of a site, the leader of a movement or a community, a separatist, a writer, someone
  who questioned the authorities online, charges said to be
  fabricated or meant to silence. (Asylum alone is not added: a perpetrator tried abroad had
  often been granted it.) ``POLITICAL_MORE`` adds these to ``POLITICAL_RULES``.
* A release named without being reported: rights groups *calling for* it ("urged … to release
  him", "призвали … освободить его") or a sentence's term ("three years of supervised release"):
  the person is still held, or the release is part of the punishment, not the end of the story.
  ``RELEASE_NOT_DONE`` keeps such a lead from reading as a release.
"""

from __future__ import annotations

from amanat.monitor.nlp.rules import make_rules

POLITICAL_MORE = make_rules("target", "political_role", {
    "en": [r"\b(?:editors?|editor-in-chief|publishers?|(?:movement|community|opposition|"
           r"separatist|independence) leaders?|leader of (?:the|a|an) (?:\w+ ){0,3}?(?:movement|"
           r"community|party|group)|pro-independence|democracy|dissent|trumped-up|fabricated "
           r"charges?|to silence|silencing|sedition)\b"],
    "tr": [r"editör\w*|yayıncı\w*|yayın yönetmen\w*|genel yayın|demokrasi\w*|ayrılıkçı\w*|"
           r"(?:hareket|topluluk|cemaat)\w* lider\w*|lider\w* (?:\S+ ){0,2}?hareket\w*|"
           r"yazar\w*|susturmak\w*|uydurma suçlama\w*"],
    "zh": [r"编辑|主编|出版人|创办人|分离|独立运动|作家|质疑|质问|微博|推特|"
           r"社交媒体|言论自由|捏造|莫须有|噤声|(?:运动|社区|组织|反对派)(?:的)?(?:领袖|领导人)"],
    "ug": [r"مۇھەررىر\w*|نەشرىيات\w*|دېموكراتىيە\w*|بۆلگۈنچى\w*|يازغۇچى\w*|"
           r"ھەرىكىتى\w* رەھبىرى|ئىجتىمائىي تاراتقۇ\w*|ئويدۇرما\w*"],
    "ru": [r"редактор\w*|издател\w*|демократи\w*|писател\w*|лидер\w*\s+(?:\S+\s+){0,2}?"
           r"(?:движени|оппозиц|общин|сепаратист|парти)\w*|сфабрикова\w*|заставить замолчать|"
           r"мятеж\w*|клевет\w*"],
    "fa": [r"سردبیر|ناشر|دموکراسی|جنبش|جدایی[‌ ]?طلب|رهبر (?:جنبش|جامعه|گروه|حزب)|"
           r"نویسنده|تجمع|ساختگی|خاموش کردن|ساکت کردن"],
})  # fmt: skip

# A release called for or a term of a sentence, not a release that happened.
RELEASE_NOT_DONE = make_rules("event", "release_not_done", {
    "en": [r"\b(?:calls? (?:for|on)|called (?:for|on)|urg\w+|demand\w*|appeal\w* (?:for|to)|"
           r"press\w* (?:for|to))\b(?: \S+){0,12}? (?:release|free)\b|\bsupervised release\b"],
    "tr": [r"serbest bırakıl\w*\s+(?:\S+\s+){0,2}?(?:çağrı|talep|iste)\w*|"
           r"serbest bırakılmasını"],
    "zh": [r"(?:呼吁|要求|敦促|促请)[^。；]{0,30}?释放|监管释放|(?:监督|附条件)释放"],
    "ug": [r"قويۇپ بېرىش\w*\s+(?:\S+\s+){0,2}?(?:چاقىر|تەلەپ)\w*|قويۇپ بېرىشكە چاقىر\w*"],
    "ru": [r"(?:призва\w*|призыва\w*|потребова\w*|требу\w*|настаива\w*)\s+(?:\S+\s+){0,20}?"
           r"освободить"],
    "fa": [r"(?:خواستار|خواهان)\s+(?:\S+\s+){0,6}?آزادی|آزادی\s+(?:\S+\s+){0,4}?(?:شدند|شد|"
           r"هستند)\s*خواستار"],
})  # fmt: skip
