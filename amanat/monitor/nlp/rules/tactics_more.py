"""rules-2: the tactic words rules-1 lacked, written from the codebook's meanings (design/
taxonomy.md) in all six languages, and every tactic in Persian.

rules-1 named acts the way its own corpus did ("assassination", "abducted"); news about other
states says "shot dead", "found strangled", "lured", "seized", "遇害", "застрелен", "ربوده شد".
These rules add the plain verbs of killing, abduction, forced return and custody, and Persian
(fa) for every code, so an article in any of the monitor's languages can be tagged.
"""

from __future__ import annotations

from amanat.monitor.nlp.rules import Rule, make_rules
from amanat.monitor.nlp.rules.tactics import (
    AGENT_ARRESTED,
    DIPLOMATS_EXPELLED,
    RELATIVES,
    RELATIVES_FA,
)
from amanat.monitor.nlp.rules.tactics_any_state import ANY_STATE_RULES
from amanat.monitor.nlp.rules.tactics_conditions_and_offers import CONDITIONS_AND_OFFERS_RULES
from amanat.monitor.nlp.rules.tactics_matrix import MATRIX_TACTIC_RULES
from amanat.monitor.nlp.rules.tactics_neighbours import NEIGHBOURS_RULES
from amanat.monitor.nlp.rules.tactics_word_forms import WORD_FORMS_RULES

__all__ = ["MORE_TACTIC_RULES", "RELATIVES_FA"]

_PRESSURE_FA = (
    r"(?:احضار|بازجویی|بازداشت|تهدید|فشار|آسیب|زندانی|دستگیر|گروگان|ممنوع‌الخروج|"
    r"ارعاب|ترساند)"
)
_SENTENCED = {
    "en": r"\b(?:sentenced to death|death sentence|executed by|was executed|be executed)\b",
}


def _killing() -> list[Rule]:
    return make_rules("tactic", "assassination", {
        "en": [r"\b(?:shot dead|shot and killed|gunned down|stabbed to death|strangled|"
               r"poison(?:ed|ing)|nerve agent|novichok|polonium|hit squad|hitm[ae]n|hit m[ae]n|"
               r"murder(?:ed|-for-hire)?|killings?|killed|found (?:dead|hanged)|was shot|were shot|"
               r"plot(?:ted|ting)? to "
               r"(?:kill|murder)|attempted murder|contract killing|"
               r"shot (?:in the head|him|her))\b"],
        "tr": [r"öldürül\w*|öldürme\w*|vurularak|cinayet\w*|tetikçi\w*|zehirlen\w*|ölü bulun\w*|"
               r"boğularak|suikast\w*"],
        "zh": [r"遇害|被杀|枪杀|杀害|谋杀|毒杀|暗杀|刺杀|勒死|杀手|被害|枪手|毒剂|行刺|"
            r"被发现死|身亡"],
        "ru": [r"убит\w*|убийств\w*|застрел\w*|зарезан\w*|отравлен\w*|отравил\w*|задушен\w*|"
               r"покушени\w*|киллер\w*|ликвидир\w*|группу убийц"],
        "ug": [r"ئۆلتۈرۈل\w*|ئۆلتۈرۈش\w*|ئېتىپ ئۆلتۈر\w*|سۇيىقەست\w*|زەھەرلە\w*|ئوق تېگىپ"],
        "fa": [r"کشته شد|به قتل|قتل|ترور(?!یس)|هدف گلوله|مسموم|خفه|سوءقصد|آدم‌کش|جان باخت|"
               r"کشتن|با گلوله"],
    }, none_of={"en": [_SENTENCED["en"] + r"|\bsecurity forces killed\b"]})  # fmt: skip


def _abduction() -> list[Rule]:
    return make_rules("tactic", "rendition", {
        "en": [r"\b(?:abduct\w*|kidnap\w*|seized|snatched|lured|bundled into|forced (?:it )?to "
               r"land|smuggled (?:to|across|into)|taken across|disappeared (?:from|in|near|"
               r"during)|went missing|forcibly taken|taken back to|brought (?:him|her|them) to|"
               r"extra-legal transfer|irregular transfer)\b"],
        "tr": [r"kaçır\w*|kaybol\w*|zorla (?:götür|getir|bindiril)\w*|"
               r"inmeye zorla\w*|getirildi"],
        "zh": [r"绑架|劫持|诱骗|失踪|抓获并带回|被带回|强行|秘密带走|迫降|押回"],
        "ru": [r"похищ\w*|похит\w*|схвач\w*|схватил\w*|вывезен\w*|вывезли|пропал\w*|"
               r"принудительн\w* посадк\w*|сесть в"],
        "ug": [r"بۇلاپ\w*|ئوغرىلاپ\w*|غايىب\w*|تۇتۇپ كېت\w*|زورلاپ ئېلىپ"],
        "fa": [r"ربوده|ربودن|آدم‌ربایی|ناپدید|ربایش|وادار به فرود|به زور"],
    })  # fmt: skip


def _returns_and_custody() -> list[Rule]:
    deportation = make_rules("tactic", "deportation", {
        "en": [r"\b(?:forcibly returned|handed (?:him |her |them )?over to|sent back|flown to|"
               r"put on a flight to|expelled (?:them|him|her) to|send (?:him|her|them) back)\b"],
        "tr": [r"iade edil\w*|teslim edil\w*|getirildi"],
        "zh": [r"遣送|移交给?|押送回"],
        "ru": [r"выдан\w*|передан\w* (?:Китаю|Таджикистану|Турции)|депорт\w*|выдворен\w*|"
               r"отправить (?:его|её|ее|их) обратно"],
        "ug": [r"قايتۇرۇۋەت\w*|ئۆتكۈزۈپ بېرىل\w*"],
        "fa": [r"اخراج|دیپورت|بازگرداند|بازگردانده|مسترد|تحویل داده|فرستاده شد"],
    }, none_of={**{lang: [p] for lang, p in DIPLOMATS_EXPELLED.items()},
                "en": [DIPLOMATS_EXPELLED["en"], AGENT_ARRESTED["en"]]})  # fmt: skip
    detention = make_rules("tactic", "detention", {
        "en": [r"\b(?:arrested (?:at|in|on|near)|detained (?:at|in|on|by|near)|held (?:at|in) "
               r"(?:immigration|a pre-trial|custody)|rounded up|in (?:immigration )?detention|"
               r"picked (?:him|her|them) up)\b"],
        "tr": [r"gözaltına\w*|tutuklan\w*|bekletildi|alıkonul\w*"],
        "zh": [r"逮捕(?!令)|拘押|被捕|拘留(?!令)|抓获|关押"],
        "ru": [r"задерж\w*|(?<!на )(?<!на его )(?<!на её )(?<!на их )арест\w*"],
        "ug": [r"قولغا ئال\w*|تۇتقۇن\w*|تۇتۇپ تۇرۇل\w*"],
        "fa": [r"(?<!حکم )(?<!قرار )بازداشت|دستگیر|زندانی|نگهداری"],
    }, none_of={"en": [RELATIVES["en"], AGENT_ARRESTED["en"]], "zh": [RELATIVES["zh"]],
                **{lang: [RELATIVES[lang]] for lang in ("tr", "ug", "ru")},
                "fa": [RELATIVES_FA]}, needs=("not_home",))  # fmt: skip
    # The person named as detained is the dissident, so relatives elsewhere in the sentence
    # ("his family said") do not make it pressure at home.
    detention += make_rules(
        "tactic",
        "detention",
        {
            "en": [
                r"\b(?:arrested|detained|seized) (?:[\w-]+ ){0,3}?(?:dissidents?|journalists?|"
                r"activists?|bloggers?|critics?|opposition|refugees?|poets?|writers?|imams?|"
                r"students?|lawyers?|academics?)\b",
                # The person named, then described: "arrested Ali Musa, an exiled blogger".
                r"\b(?:arrested|detained|seized) (?:[\w'-]+ ){0,3}?[\w'-]+, (?:an? |the )?"
                r"(?:[\w-]+ ){0,3}?(?:dissident|journalist|activist|blogger|critic|opposition|"
                r"refugee|poet|writer|imam|student|lawyer|academic|exile)",
            ],
        },
        none_of={"en": [AGENT_ARRESTED["en"]]},
        needs=("not_home",),
    )
    extradition = make_rules("tactic", "extradition_request", {
        "fa": [r"استرداد"], "ug": [r"ئۆتكۈزۈپ بېرىش\w*"], "tr": [r"iadesi\w*"],
        "en": [r"\bsought (?:him|her|them)\b|\bhanded over\b.{0,40}\brequest|"
               r"\b(?:asked|pressed|urged|requested)\b.{0,40}\bto (?:hand (?:\w+ )?over|return|"
               r"extradite|deport)\b"],
    })  # fmt: skip
    interpol = make_rules("tactic", "interpol_abuse", {"fa": [r"اینترپل|اعلان قرمز"]})
    bounty = make_rules("tactic", "bounty_or_warrant", {
        "en": [r"\brewards? of\b|\bwarrants? (?:against|for)\b|\bput bounties\b"],
        # A reward for a head, an arrest or information; not a prize ("جایزه صلح نوبل").
        "fa": [r"جایزه\S*\s+(?:\S+\s+){0,5}?(?:برای|به ازای)\s+(?:\S+\s+){0,3}?"
               r"(?:اطلاعات|دستگیری|بازداشت|یافتن|سر)|(?:برای|به ازای) (?:سر|دستگیری|اطلاعات|"
               r"بازداشت)\S*\s+(?:\S+\s+){0,3}?جایزه|حکم (?:بازداشت|جلب)|تحت تعقیب"],
        "zh": [r"悬赏|通缉"],
    })  # fmt: skip
    return deportation + detention + extradition + interpol + bounty


def _persian() -> list[Rule]:
    """Every remaining code in Persian (the others are above)."""
    return (
        make_rules("tactic", "threat_to_family", {
            "fa": [(RELATIVES_FA, _PRESSURE_FA)]})
        + make_rules("tactic", "family_contact_control", {
            "fa": [r"تماس تصویری|تماس (?:با )?خانواده.{0,20}(?:قطع|در ازای|به شرط)"]})
        + make_rules("tactic", "informant_recruitment", {
            "fa": [r"خبرچین|جاسوسی (?:از|درباره)|اطلاعات.{0,20}(?:جمع|ارائه|بدهد|بدهند)"]})
        + make_rules("tactic", "bribery_inducement", {
            "fa": [r"رشوه|در ازای پول|پیشنهاد پول|ساعت لوکس|در ازای"]})
        + make_rules("tactic", "silencing_demand", {
            "fa": [r"(?:قطع|متوقف|حذف|کنار گذاشتن).{0,20}(?:همکاری|فعالیت|پست|انتقاد|مصاحبه)"]})
        + make_rules("tactic", "direct_threat", {
            "fa": [r"تهدید به مرگ|تهدید(?:های)? (?:جانی|به قتل)|پیام تهدید"]},
            none_of={"fa": [RELATIVES_FA]})
        + make_rules("tactic", "online_harassment", {
            "fa": [r"آزار (?:آنلاین|اینترنتی)|افترا|ترول|حملات سایبری به"]})
        + make_rules("tactic", "hacking_spyware", {
            "fa": [r"جاسوس‌افزار|بدافزار|پگاسوس|فیشینگ|هک شد|هک کرد"]})
        + make_rules("tactic", "surveillance", {
            "fa": [r"عکس و فیلم|فیلم بگیرند|عکس بگیرند|زیر نظر|تعقیب (?:و|کرد)|کارآگاه خصوصی"]})
        + make_rules("tactic", "passport_consular_denial", {
            "fa": [r"(?:گذرنامه|پاسپورت).{0,30}(?:تمدید|لغو|صدور|خودداری|ضبط|توقیف)"]})
        + make_rules("tactic", "assault", {
            "fa": [r"چاقو|ضرب و شتم|کتک|زخمی"]})
        + make_rules("tactic", "impersonation", {"fa": [r"از حساب.{0,20}(?:خواهر|برادر|مادر)"]})
    )  # fmt: skip


def _more_en() -> list[Rule]:
    """English forms of codes whose rules-1 patterns were narrow."""
    return (
        make_rules("tactic", "surveillance", {
            "en": [r"\b(?:photograph(?:ed)? and film(?:ed)?|to photograph|private investigators|"
                   r"locate (?:a|an|the)|daily movements|home address|"
                   r"gather(?:ed|ing)? information on|"
                   r"(?:overseas|secret|undeclared|illegal|covert) police stations?)\b"]})
        + make_rules("tactic", "passport_consular_denial", {
            "en": [r"\b(?:cancell?ed (?:his|her|their) passports?|refused to (?:issue|renew)|"
                   r"consular services|passports? (?:and|or) documents)\b"]})
        + make_rules("tactic", "informant_recruitment", {
            "en": [r"\b(?:agent of|acting as (?:an? )?(?:illegal )?agents?|passed it to|"
                   r"reported it to|gathering information|gathered information)\b"]})
        + make_rules("tactic", "bribery_inducement", {
            "en": [r"\bin exchange for (?:money|cash)|\bdiaspora tax\b"]})
        + make_rules("tactic", "direct_threat", {
            "en": [r"\b(?:received death threats|warning that)\b"]})
        + make_rules("tactic", "assault", {
            "en": [r"\b(?:kicking|punching|stabbed|attacked with)\b"]})
    )  # fmt: skip


def _more_other() -> list[Rule]:
    return (
        make_rules("tactic", "surveillance", {
            "tr": [r"izlemek|fotoğrafla\w*|dedektif"],
            "zh": [r"查找|跟踪|拍照|监视|私家侦探"],
            "ru": [r"следил\w*|слежк\w*"],
            "ug": [r"ئىزدەش\w*|پايلا\w*|(?:چەتئەلدىكى|مەخپىي|قانۇنسىز) ساقچى پونكىت\w*"]})
        + make_rules("tactic", "informant_recruitment", {
            "zh": [r"代理人|收集.{0,10}(?:信息|情报)|提供.{0,12}信息"],
            "ru": [r"собирал\w* сведения|работ\w* на министерство"],
            "tr": [r"bilgileri\w*.{0,40}ilet\w*|ajanlık"],
            "ug": [r"ئۇچۇر بېرىش\w*"]})
        + make_rules("tactic", "passport_consular_denial", {
            "ru": [r"отказывали в (?:консульских|паспорт)"],
            "zh": [r"拒绝办理护照|拒绝.{0,6}领事服务"],
            "ug": [r"پاسپورت\w* يېڭىلاش\w*"],
            "tr": [r"pasaportu iptal\w*"]})
        + make_rules("tactic", "direct_threat", {"zh": [r"警告说"], "ru": [r"угроз\w* убийств\w*"]})
        # A passport refused, cancelled or not renewed, anywhere in one sentence.
        + make_rules("tactic", "passport_consular_denial", {
            "ru": [(r"паспорт\w*", r"отказ\w*|аннулир\w*|не продл\w*|лиш\w*")],
            "zh": [(r"护照", r"拒绝|吊销|不予|注销|没收")],
            "tr": [(r"pasaport\w*", r"reddet\w*|iptal\w*|yenilemeyi|vermedi\w*|el koy\w*")],
            "ug": [(r"پاسپورت\w*", r"رەت\w*|بىكار\w*|يىغىۋال\w*")],
            "fa": [(r"گذرنامه|پاسپورت", r"خودداری|لغو|تمدید نکرد|رد کرد|ضبط")],
            "en": [(r"\bpassports?\b", r"\b(?:refused|cancell?ed|revoked|denied|not renewed|"
                                   r"confiscated|seized)\b")]})
        + make_rules("tactic", "bribery_inducement", {
            "zh": [r"侨民税"], "ru": [r"налог\w* диаспоры"]})
        + make_rules("tactic", "assault", {"zh": [r"拳打脚踢"], "ru": [r"напали"]})
    )  # fmt: skip


def _gaps_rules_3() -> list[Rule]:
    """rules-3: threats made by gesture or intimidation, shooting at people, and a person seized
    then sent to a state — acts the enlarged development split (44 texts about states no rule
    was written for) described in words the earlier rules lacked."""
    return (
        make_rules("tactic", "direct_threat", {
            "en": [r"\b(?:throat-(?:slitting|cutting)|across (?:his|her) throat|"
                   r"intimidat\w*)\b"],
            "tr": [r"boğaz kesme|gözdağı"],
            "zh": [r"割喉|恐吓"],
            "ru": [r"перерезани\w* горла|запуга\w*"],
            "ug": [r"بوينىنى كېسىش|قورقۇت\w*"],
            "fa": [r"بریدن سر|تهدید (?:می‌کرد|کرد|کردند)|ارعاب"]},
            # A government's warning against intimidation is no threat made.
            none_of={"en": [r"\battempts? to intimidate\b|\bnot tolerate\b", RELATIVES["en"]],
                     "zh": [r"企图|不会容忍", RELATIVES["zh"]], "ru": [RELATIVES["ru"]],
                     "tr": [RELATIVES["tr"]], "ug": [RELATIVES["ug"]], "fa": [RELATIVES_FA]})
        + make_rules("tactic", "assault", {
            "en": [r"\b(?:shots? (?:were )?fired|opened fire|fired (?:on|at|into))\b"],
            "tr": [r"ateş aç\w*|kurşunla\w*"],
            "zh": [r"开枪|子弹击中|枪击"],
            "ru": [r"открыли огонь|обстрел\w*"],
            "ug": [r"ئوق چىقار\w*|ئوق ئات\w*"],
            "fa": [r"تیراندازی"]})
        # Seized, then sent (to the state that wanted the person): a rendition.
        + make_rules("tactic", "rendition", {
            "tr": [(r"yakala\w*", r"gönderil\w*|götürül\w*|teslim edil\w*")],
            "zh": [r"被人带走|被带走", (r"抓获|扣押|逮捕", r"送往|带往|押往")],
            "ug": [(r"تۇتۇۋېلىن\w*|تۇتۇپ", r"ئەۋەتىل\w*|ئېلىپ كېتىل\w*")],
            "fa": [(r"دستگیر|بازداشت", r"فرستاده شد|منتقل شد")]})
    )  # fmt: skip


def _gaps_rules_4() -> list[Rule]:
    """rules-4: acts the development split's third round (40 texts about five more states)
    described in words the earlier rules lacked — a plot to hurt or kill someone, protesters
    filmed or watched for a state, a relative of an exile taken — written as general wording,
    never as a state's or a person's name."""
    relative_of = (r"\b(?:sisters?|brothers?|mothers?|fathers?|wife|husband|sons?|daughters?|"
                   r"relatives?|parents?|family members?|cousins?|nephews?|nieces?) of (?:an? |"
                   r"the )?(?:[\w-]+ ){0,3}?(?:exiled?|dissidents?|journalists?|activists?|"
                   r"critics?|opposition|bloggers?|[\w-]+-based)\b")  # fmt: skip
    taken = (r"\b(?:taken|raid\w*|picked up|held|seized|detained|arrested|jailed|questioned|"
             r"interrogated|summoned|charged)\b")  # fmt: skip
    return (
        make_rules("tactic", "threat_to_family", {"en": [(relative_of, taken)]})
        + make_rules("tactic", "assault", {
            "en": [r"\b(?:to|would|planned|conspir\w* to|plot\w* to) (?:seriously )?(?:attack|"
                   r"injure|hurt|maim|beat up)\b|\bhired? (?:attackers|assailants|thugs)\b|"
                   r"\b(?:planned|plotted|violent) attack on\b"],
            "tr": [r"yarala\w*|saldırı (?:düzenle\w*|planı\w*|için)"],
            "ru": [r"(?<!\w)(?:ранить|ранени\w*)"],
            "fa": [r"حمله (?:به|علیه)|آسیب بزن\w*|مجروح"]})
        + make_rules("tactic", "assassination", {
            "en": [r"\b(?:and|or|to|would|then) (?:then )?(?:kill|murder) (?:him|her|them)\b"],
            "fa": [r"بکش(?:ند|د|یم|ید)"]},
            none_of={"en": [r"\bthreat\w* (?:[\w-]+ ){0,3}?to (?:kill|murder)\b"]})
        + make_rules("tactic", "surveillance", {
            "en": [r"\b(?:filmed|filming|photographed|photographing|recorded|recording|videotaped|"
                   r"videotaping|observed|observing|monitored|monitoring|watched|kept tabs on) "
                   r"(?:[\w-]+ ){0,3}?(?:protest\w*|demonstrat\w*|rall(?:y|ies)|dissidents?|"
                   r"activists?|opponents?|critics?|exiles?|opposition|diaspora|attendees|"
                   r"participants)\b"],
            "tr": [r"(?:muhalif|aktivist|muhalefet|gösterici|protestocu)\w*\s+(?:\S+\s+){0,2}?"
                   r"(?:izle\w*|takip et\w*|gözetle\w*|fotoğrafla\w*)"],
            "zh": [r"(?:拍摄|录下|录制|监视).{0,8}(?:抗议|示威|反对派|异见|活动人士)"],
            "ru": [r"снима\w* на (?:видео|камеру)|наблюда\w* за (?:оппозиц|активист|эмигрант|"
                   r"диаспор|протест)\w*"],
            "fa": [r"(?:فیلم|عکس)(?:\s*و\s*(?:فیلم|عکس))?\s*(?:گرفت|می‌گرفت|بگیر|تهیه)"]})
    )  # fmt: skip


MORE_TACTIC_RULES: list[Rule] = (
    _killing()
    + _abduction()
    + _returns_and_custody()
    + _persian()
    + _more_en()
    + _more_other()
    + _gaps_rules_3()
    + _gaps_rules_4()
    + MATRIX_TACTIC_RULES
    + ANY_STATE_RULES
    + WORD_FORMS_RULES
    + CONDITIONS_AND_OFFERS_RULES
    + NEIGHBOURS_RULES
)
