"""Tactic readings: silencing as a threat's condition, offers of money, relatives taken.

Round 12f: codebook wordings a stress set of invented news texts (tests/test_tactic_stress.py,
states and phrasings no corpus rule was written from) showed unread, each written as the general
reading in every language where the same gap was:

- silencing_demand said as the threat's condition, "if he kept writing" / "если он продолжит" /
  "اگر به کارش ادامه دهد", and as the demand's clause, "потребовал, чтобы он прекратил";
- informant_recruitment asked as a list of the people who attend ("提供……参加者的名单");
- bribery_inducement offered as a scholarship or grant, or "X and money";
- surveillance of those who attend ("photograph those who attend opposition meetings");
- threat_to_family: relatives abducted or disappeared at home (not the person's rendition);
- deportation in Uyghur, "returned to <state>" (خىتايغا قايتۇرۇلدى);
- impersonation: messages sent in the person's name ("от его имени рассылали сообщения");
- online_harassment: abuse or threats on social media, in Persian and Chinese word order.
Invented sentences that check them: ``tests/test_tactic_stress.py``.
"""

from __future__ import annotations

from amanat.monitor.nlp.rules import Rule, make_rules

_WORK_EN = (r"(?:writ|speak|post|report|protest|criticis|campaign|blogg|tweet|publish|his |"
            r"her |their |activis|advoca)")  # fmt: skip


def _silencing_by_condition() -> list[Rule]:
    """A threat whose condition is that the person go on with the work, or a demand clause."""
    return make_rules("tactic", "silencing_demand", {
        "en": [rf"\bif (?:he|she|they) (?:kept|keeps|keep|continued|continues|went on|goes on|"
               rf"carried on|carries on)(?: to)? {_WORK_EN}\w*"],
        "ru": [r"если (?:он|она|они) (?:и дальше )?(?:продолж\w*|будет (?:писать|выступать|"
               r"критиковать))|чтобы (?:он|она|они) (?:прекратил|перестал|замолчал)\w*"],
        "fa": [r"اگر[^.؛]{0,40}(?:به )?(?:کار|فعالیت|نوشتن|انتقاد)\S*\s+ادامه (?:بد|د)ه"],
        "tr": [r"(?:çalışma|faaliyet|yazı|yazma|paylaşım|eleştiri|aktivizm|gösteri)\w*\s+"
               r"(?:\S+\s+)?devam ed(?:erse|ecek olursa)\w*"],
        "zh": [r"(?:如果|若|要是)(?:他|她|他们|其)?(?:继续|还|再)"
               r"(?:写|发|批评|参加|发声|报道|从事|抗议)"],
        "ug": [r"(?:يېزىش|پائالىيەت|خىزمەت|سۆزلەش|تەنقىد)\w*\s+(?:\S+\s+)?داۋاملاشتۇرسا\w*"],
    })  # fmt: skip


def _co_optation() -> list[Rule]:
    """A list of the people who attend asked for; a scholarship or money offered."""
    informant = make_rules("tactic", "informant_recruitment", {
        "en": [r"\blists? of (?:the )?(?:people|participants|attendees|members|those|students)\b"],
        "zh": [r"提供[^，。；]{0,16}(?:名单|信息|情报)"],
        "ru": [r"спис\w* (?:участник|посетител|член)\w*"],
        "tr": [r"katılan\w* (?:listesi\w*|isimleri\w*)"],
        "fa": [r"فهرست (?:اسامی )?(?:شرکت‌کنندگان|شرکت کنندگان|حاضران|اعضا|افراد)"],
        "ug": [r"(?:قاتناشقۇچى|قاتناشقان)\w*\s+(?:\S+\s+)?تىزىملىك\w*"],
    })  # fmt: skip
    bribery = make_rules("tactic", "bribery_inducement", {
        "en": [r"\boffer\w* (?:him |her |them |me )?(?:a |an )?(?:(?:full |free )?scholarships?|"
               r"grants?|[\w-]+ and (?:money|cash))\b"],
        "tr": [r"burs (?:teklif\w*|vaat\w*)"],
        "ru": [r"(?:предлож\w*|обеща\w*) (?:\w+ )?(?:стипенди\w*|грант\w*)"],
        "zh": [r"(?:提供|承诺|许诺)[^，。；]{0,4}(?:奖学金|报酬)"],
        "fa": [r"(?:پیشنهاد|وعده)\S*\s+(?:\S+\s+)?(?:بورس|بورسیه)"],
        "ug": [r"(?:مۇكاپات پۇلى|ئوقۇش مۇكاپاتى?)\w*\s+(?:\S+\s+)?(?:ۋەدە|تەكلىپ)\w*"],
    })  # fmt: skip
    return informant + bribery


def _watching_those_who_attend() -> list[Rule]:
    return make_rules("tactic", "surveillance", {
        "en": [r"\b(?:photograph|film|record|videotap)\w* (?:those|people|everyone|anyone|"
               r"participants|attendees|students) (?:who|attending|at)\b"],
        "ru": [r"(?:фотографир|снима)\w* (?:тех|всех|участник|посетител)\w*"],
        "zh": [r"拍(?:下|摄)?[^，。；]{0,10}参加[^，。；]{0,12}(?:的人|者)"],
        "fa": [r"از (?:شرکت‌کنندگان|شرکت کنندگان|حاضران|معترضان)[^.؛]{0,30}(?:عکس|فیلم)"],
    })  # fmt: skip


_KIN_EN = (r"(?:brothers?|sisters?|mother|father|parents|wife|husband|sons?|daughters?|"
           r"relatives|cousins?|uncles?|nephews?|family members)")  # fmt: skip


# Relatives abducted or disappeared (where they live): coercion by proxy, and not the person's
# rendition (vetoes.py drops rendition from the sentence).
RELATIVES_TAKEN = {
        "en": [rf"\b(?:his|her|their) (?:[\w-]+ )?{_KIN_EN}(?: and (?:his|her|their) "
               rf"(?:[\w-]+ )?{_KIN_EN})? (?:was|were|had been|have been|has been) "
               r"(?:\w+ )?(?:abducted|kidnapped|disappeared|taken away|forcibly disappeared)\b"],
        "ru": [r"(?:его|её|ее|их) (?:\w+ )?(?:брат\w*|сестр\w*|отц\w*|отец|мать|матер\w*|"
               r"родител\w*|родственник\w*|сын\w*|дочер\w*)\s+(?:был\w* )?похищ\w*"],
        "tr": [r"(?:kardeş|babası|annesi|ailesi|akraba|oğl|kızı)\w*\s+(?:\S+\s+)?kaçırıl\w*"],
        "zh": [r"(?:他|她|他们)的(?:[^，。；]{0,4})(?:兄弟|姐妹|父母|父亲|母亲|家人|亲属|儿子|女儿)"
               r"(?:(?!说|称|表示)[^，。；]){0,8}被绑架"],
    "fa": [r"(?:برادر|خواهر|پدر|مادر|همسر|پسر|دختر|بستگان|خویشاوندان)\S*\s+(?:\S+\s+){0,4}?"
           r"ربوده (?:شد|شده)"],
    "ug": [r"(?:ئىنى|ئاكى|ئاكا|ئاچى|سىڭلى|ئاتى|ئانى|تۇغقان|قېرىند[اى]ش|بالى)\w*\s+"
           r"(?:\S+\s+){0,3}?(?:ئوغرىلاپ|بۇلاپ) كېتىل\w*"],
}  # fmt: skip


def _relatives_taken() -> list[Rule]:
    return make_rules("tactic", "threat_to_family", RELATIVES_TAKEN)


def _returned_and_named() -> list[Rule]:
    """Uyghur "returned to <state>" (the dative of a name); a message sent in one's name."""
    return make_rules("tactic", "deportation", {
        "ug": [r"\w+(?:غا|قا|گە|كە)\s+قايتۇرۇل\w*"],
    }) + make_rules("tactic", "impersonation", {
        "ru": [r"от (?:его|её|ее|их) имени\s+(?:\S+\s+){0,3}?(?:рассыл|отправ|писал|публикова|"
               r"сообщени)\w*"],
        "en": [r"\b(?:messages?|posts?|emails?) (?:were |was )?(?:sent|posted|published) "
               r"(?:in|under) (?:his|her|their) name\b"],
        "tr": [r"(?:onun )?adına (?:\S+\s+){0,2}?(?:mesaj\w*|paylaşım\w*) (?:gönder|yap|at)\w*"],
        "fa": [r"(?:از طرف|به نام|از جانب) (?:او|وی)\S*\s+(?:\S+\s+){0,4}?پیام"],
    })  # fmt: skip


def _harassed_on_social_media() -> list[Rule]:
    return make_rules("tactic", "online_harassment", {
        "fa": [r"(?:شبکه‌های اجتماعی|شبکه های اجتماعی|فضای مجازی)[^.؛]{0,40}(?:آزار|توهین|"
               r"تهدید|حمله|هتاکی)"],
        "zh": [r"(?:社交媒体|社群媒体|网络)上[^，。；]{0,10}(?:骚扰|辱骂|攻击|谩骂|威胁)"],
        "ru": [r"в (?:соцсетях|социальных сетях|сети)[^.;]{0,40}(?:оскорбл|угроз|травл|нападк)\w*"],
    })  # fmt: skip


CONDITIONS_AND_OFFERS_RULES: list[Rule] = (
    _silencing_by_condition() + _co_optation() + _watching_those_who_attend()
    + _relatives_taken() + _returned_and_named() + _harassed_on_social_media()
)  # fmt: skip
