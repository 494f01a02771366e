"""Vetoes: acts not the state's abroad — its agents held, held at home, only threatened.

Vetoes of round 13a (tactic precision): tactic words in sentences where the act is not the
origin state's act abroad against its critic, read from the false tactic tags of texts rightly
read as transnational repression (tnr-fresh3..7) and written for every language as classes of
news language, never from one text's wording.

- The people held, charged, expelled or extradited are the state's agents or the assailants
  ("accused of spying for China", "on charges of espionage", "the suspects have not been
  arrested", "on the direction of a handler"): the host acting on perpetrators.
- The person is held at home after coming back ("jailed on return", "under house arrest"): the
  codebook's detention is a detention in the host country.
- Biography: an arrest that came before the flight abroad ("arrested in 2003, he later fled to
  Austria") is repression at home before exile.
- Acts threatened, discussed, attempted or warned of, not done ("threatened to have him
  kidnapped", "discussed kidnapping … but it never came to that", "would probably be sent
  back", "working … to send her back", "may face torture on return").
- Kin words that are no pressure on relatives: the kin of a jailed person is the one abroad
  ("the daughter of the jailed X"), a family travelled with or joined ("flew in to join his
  wife"), the Muslim Brotherhood; counts of the wounded and a money dispute are no assault;
  pictures posted "like wanted notices" are no bounty; a warrant for the one who ordered a
  killing is a court pursuing the perpetrator.

Each veto drops only the tactics it names from the sentence it fires in (rules/vetoes.py);
the invented sentences that check them are ``tests/test_vetoes_not_done_abroad.py``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from amanat.monitor.nlp.rules.shapes import Located, Mention
from amanat.monitor.nlp.rules.tactics_death_and_return import MASS_DETAINED
from amanat.monitor.nlp.rules.vetoes_charged_at_home import (
    IF_RETURNED,
    PLOTS_COUNTED,
    UNDERCOVER,
    charged_at_home,
)

_TRANSFERS = frozenset({"detention", "deportation", "rendition", "extradition_request"})
_DIGITS = r"[0-9\u06f0-\u06f9\u0660-\u0669]"

# 1. The perpetrators are the ones held: spying *for* a state, espionage charges, a handler.
AGENTS = {
    "en": [r"\b(?:spy(?:ing)?|spied|espionage|work(?:ing|ed)?|act(?:ing|ed)?) (?:for|on behalf "
           r"of) (?:a |an |the )?(?:foreign (?:state|power|government|intelligence)|(?:\w+ )?"
           r"(?:intelligence|state security|security service|secret service))|\b(?:spy(?:ing)?|"
           r"spied) for [a-z]+\b|\bcharges? (?:of|for) (?:spying|espionage)\b|\b(?:spying|"
           r"espionage)(?:-related)? charges?\b|\bhandlers?\b|\bon the (?:direction|orders|"
           r"instructions) of\b|\baccredited (?:to|at) (?:the )?(?:\w+ ){0,2}?(?:embassy|"
           r"consulate)\b|\bdiplomats? (?:was |were |who was |who were )?(?:arrested|detained|"
           r"expelled|extradited)\b|\b(?:suspected )?(?:mastermind|ringleader)s?\b"],
    "tr": [r"diplomat\w* (?:\S+\s+)?(?:gözaltına|tutuklan|sınır dışı)\w*|"
           r"(?:için|adına|hesabına) casusluk|casusluk (?:suçlama|iddia|suçu|şüphe|gerekçe)\w*|"
           r"casus(?:luk)? (?:yapmak|yaptığı|yapan)\w*|irtibat (?:subayı|görevlisi)"],
    "zh": [r"(?:为|替|代表)[^，。；]{1,14}(?:从事)?(?:间谍|刺探)|间谍(?:罪|活动|指控)|联络人|"
           r"上线|(?:按|听从|受)[^，。；]{0,10}(?:指示|指使)|外交官[^，。；]{0,4}(?:被捕|被拘|被驱逐|被引渡)|"
           r"幕后(?:主谋|策划)|主谋"],
    "ug": [r"ئۈچۈن جاسۇسلۇق|جاسۇسلۇق (?:\S+\s+){0,2}?(?:ئەيىب|گۇمان|جىنايى)\w*"],
    "ru": [r"шпион\w* в пользу|шпионаж\w*|по (?:заданию|указанию|поручению) (?:\S+\s+)?"
           r"(?:спецслужб|разведк|куратор)\w*|куратор\w*|"
           r"дипломат\w* (?:\S+\s+)?(?:задержа|арестова|выслан|выдан)\w*|"
           r"организатор\w* (?:\S+\s+)?(?:покушени|нападени|теракт)\w*"],
    "fa": [r"جاسوسی (?:برای|به نفع)|اتهام\S* جاسوسی|جاسوسی (?:و \S+ )?متهم|"
           r"دیپلمات\S* (?:\S+\s+){0,3}?(?:بازداشت|اخراج|مسترد)|"
           r"طراح (?:اصلی )?(?:\S+\s+)?(?:توطئه|حمله|بمب‌گذاری)"],
}  # fmt: skip
# Recruiting someone to spy is informant recruitment, whoever is charged later.
RECRUITED = {
    "en": [r"\brecruit\w*|\b(?:asked|pressured|forced|coerced|pushed|told) (?:him |her |them )?"
           r"to (?:spy|inform|report)\b|\brefus\w*"],
    "tr": [r"devşir\w*|ajan(?:lık)? teklif\w*|zorla\w*|reddet\w*"],
    "zh": [r"招募|发展.{0,4}线人|策反|逼迫|胁迫|拒绝"],
    "ug": [r"تەشكىللى\w*|مەجبۇرلا\w*|رەت قىل\w*"],
    "ru": [r"вербов\w*|завербова\w*|принужда\w*|заставля\w*|отказа\w*"],
    "fa": [r"جذب|استخدام|مجبور|وادار|امتناع|نپذیرفت"],
}  # fmt: skip
# The suspects, attackers or gunmen are the ones (not) arrested: detention of perpetrators.
SUSPECTS_HELD = {
    "en": [r"\b(?:the|two|three|four|five|several|\d+|no) (?:\w+ )?(?:suspects|attackers|"
           r"assailants|gunmen|perpetrators|hitmen|killers)\b|\bthe (?:suspect|attacker|"
           r"assailant|gunman|killer)\b(?! of)"],
    "tr": [r"şüpheliler\w*|saldırganlar\w*|faillerin?\b|zanlılar\w*|tetikçi\w*"],
    "zh": [r"(?:犯罪)?嫌(?:疑)?(?:犯|人)|疑犯|凶手|袭击者|枪手"],
    "ug": [r"گۇماندار\w*|ھۇجۇمچى\w*|قاتىل\w*"],
    "ru": [r"подозреваем\w*|нападавш\w*|убийц\w*|стрелк\w*|исполнител\w* (?:убийства|нападения)"],
    "fa": [r"مظنون\S*|متهمان|مهاجم(?:ان)?\b|ضارب(?:ان)?\b|عاملان"],
}  # fmt: skip

# 2. Held at home after coming back, or under house arrest.
ON_RETURN = {
    "en": [r"\b(?:jailed|arrested|detained|imprisoned|held|sentenced|interrogated) (?:\w+ ){0,2}?"
           r"(?:on|upon|after) (?:their |his |her )?(?:return|returning|arrival back|being "
           r"(?:sent|deported) back)\b|\bon returning (?:home|to)\b|\bhouse arrest\b|\bjailed "
           r"(?:back )?(?:at )?home\b"],
    "tr": [r"dönüş(?:ünde|lerinde|te)|döndük(?:ten|lerinde) sonra|geri gönderildik(?:ten|"
           r"lerinde) sonra|ev hapsi\w*"],
    "zh": [r"回国后|一回国|返回(?:国内|中国|[^，。；]{0,6}后)|遣返后|被遣返回国后|软禁|监视居住"],
    "ug": [r"قايتىپ (?:كەلگەندىن|بارغاندىن|كەلگەن ھامان) كېيىن|قايتقاندىن كېيىن|قايتۇرۇلغاندىن "
           r"كېيىن|ئۆيدە نازارەت|ئۆي قاماق\w*"],
    "ru": [r"по возвращении|после (?:\S+\s+)?возвращени\w*|вернувшись|домашн\w* арест\w*"],
    "fa": [r"(?:پس از|بعد از|هنگام|در|به محض|پس از)\s+بازگشت|حصر خانگی|حبس خانگی"],
}  # fmt: skip

# Coming back *from* a place names where the person had been, not where the act was
# (rules/lookalikes.py reads that case with its places).
_BACK_FROM = {
    "en": [r"\breturn(?:ed|ing|s)? (?:\w+ )?from\b|\bback from\b"],
    "tr": [r"\S+(?:'|’)?(?:dan|den|tan|ten) (?:\S+\s+)?(?:dönüş|dön|geri gel)"],
    "zh": [r"从[^，。；]{1,12}(?:回国|返回|回到)"],
    "ug": [r"\S+(?:دىن|تىن) قايت"],
    "ru": [r"(?:возвращени\w*|вернувшись|вернул\w*) (?:\S+\s+)?(?:из|с|со) "],
    "fa": [r"بازگشت (?:\S+\s+)?از|از \S+(?: \S+)? بازگشت"],
}  # fmt: skip

# Seized and carried off at once ("seized refugees and drove them across the border", 抓获并带回):
# a rendition, the seizure its first step, not a detention in the host (a person "detained" and
# later handed over was held there, and keeps it).
SEIZED_AND_TAKEN = {
    "en": [r"\b(?:seized|captured|snatched|grabbed|abducted|kidnapped)\b.{0,80}?\b(?:and|then) "
           r"(?:\w+ )?(?:drove|flew|took|taken|flown|driven|sent|brought|carried|spirited|"
           r"bundled)\b"],
    "tr": [r"(?:yakalan|kaçırıl)\w*\s+(?:ve|ardından)\s+(?:\S+\s+){0,2}?(?:\S+(?:'|’)?"
           r"(?:ya|ye|a|e)\s+)?(?:gönderil|götürül|getiril)\w*"],
    "zh": [r"(?:抓获|劫持|绑架|掳走|抓走)(?:后|并|之后)?[^。；]{0,12}(?:带回|送往|押回|押送|送回|"
           r"运往|带往)"],
    "ug": [r"(?:تۇتۇۋېلىن|بۇلاپ كېتىل|ئوغرىلاپ كېتىل)\w*\s+(?:\S+\s+){0,3}?(?:ئېلىپ كېتىل|"
           r"ئەكېتىل|يەتكۈزۈل)\w*"],
    "ru": [r"(?:схвач|похищ|похит|схвати)\w*\s+(?:\S+\s+){0,4}?(?:и|затем)\s+(?:\S+\s+)?"
           r"(?:вывез|доставл|переправ|увез|отправ)\w*"],
    "fa": [r"(?:ربوده|ربودند|ربودن)\S*\s+(?:\S+\s+){0,4}?(?:و )?(?:به \S+ )?(?:برده|منتقل|"
           r"فرستاده)"],
}  # fmt: skip

# Beaten in the course of a rendition ("beaten and taken to Tajikistan against his will",
# "taken back to Zimbabwe, where soldiers beat him"): the violence of the transfer or of the
# custody at home after it, read as the rendition, not as an assault abroad.
BEATEN_IN_TRANSFER = {
    "en": [r"\bbeat(?:en)?\b[^;.]{0,40}?\band (?:\w+ )?(?:taken|bundled|forced|driven|flown|put|"
           r"sent|dragged)\b|\b(?:taken|brought|sent|flown) back to\b[^;]{0,60}?\bwhere\b[^;]"
           r"{0,60}?\bbeat"],
    "tr": [r"dövül\w*\s+(?:ve|ardından)\s+(?:\S+\s+){0,2}?(?:götürül|kaçırıl|gönderil)\w*"],
    "zh": [r"(?:殴打|毒打)(?:后|并)?[^。；]{0,10}(?:带回|押回|送回|带到|押往)|"
           r"(?:带回|押回|送回)[^。；]{0,20}(?:遭到|被)[^。；]{0,6}(?:殴打|毒打)"],
    "ug": [r"(?:ئۇرۇلۇپ|ئۇرۇپ)\s+(?:\S+\s+){0,3}?(?:ئېلىپ كېتىل|ئەكېتىل|قايتۇرۇل)\w*"],
    "ru": [r"(?:избил|избит)\w*\s+(?:\S+\s+)?и\s+(?:\S+\s+)?(?:вывез|увез|доставил|отправил)\w*|"
           r"(?:вывез|доставлен|возвращ)\w*[^.;]{0,60}где[^.;]{0,60}(?:избил|избива)\w*"],
    "fa": [r"(?:کتک|ضرب و شتم)\S*\s+(?:\S+\s+){0,4}?(?:و )?(?:به \S+ )?(?:برده|منتقل|"
           r"بازگردانده)"],
}  # fmt: skip

# Attacks on phones, accounts or devices, by spyware or hackers, are hacking, not an assault on
# a person (rules/vetoes_family.py reads attacks on installations the same way).
CYBER_ATTACK = {
    "en": [r"\bcyber-?attacks?\b|\b(?:spyware|malware|hacking|hacker|phishing) (?:attacks?|"
           r"campaign)\b|\battacks? (?:on|against) (?:his|her|their|the|its) (?:\w+ )?(?:phones?|"
           r"devices?|accounts?|computers?|websites?|servers?)\b"],
    "tr": [r"siber saldırı\w*|(?:casus yazılım|yazılım|hacker|cihaz)\w*.{0,120}?"
           r"saldırı\w*|saldırı\w*.{0,120}?(?:casus yazılım|yazılım|hacker|cihaz)"],
    "zh": [r"网络攻击|黑客攻击|间谍软件[^。]{0,40}攻击|"
           r"攻击[^。]{0,40}(?:间谍软件|设备|账户|账号)"],
    "ug": [r"تور ھۇجۇم\w*|خاككېر\w* ھۇجۇم\w*|(?:جاسۇسلۇق يۇمشاق دېتال)\w*.{0,80}?"
           r"ھۇجۇم\w*"],
    "ru": [r"кибератак\w*|хакерск\w* атак\w*|атак\w*.{0,60}?(?:шпионск\w* (?:программ|по)|"
           r"устройств|аккаунт)\w*|(?:шпионск\w* программ|устройств)\w*.{0,60}?"
           r"атак\w*"],
    "fa": [r"حمله\S* سایبری|حملات سایبری|(?:جاسوس‌افزار|بدافزار|هکر)\S*.{0,80}?"
           r"حمله|حمله\S*.{0,80}?(?:جاسوس‌افزار|بدافزار|هکر)"],
}  # fmt: skip

# 3. An arrest that came before the flight abroad: biography, not the host's act.
ARREST_BEFORE_FLIGHT = {
    "en": [r"\b(?:arrested|detained|jailed|imprisoned)\b.{0,160}?\b(?:then|later|before|"
           r"eventually|subsequently)\b(?: \w+){0,6}? (?:fled|fleeing|escaped|escaping|emigrated|"
           r"left the country|sought asylum|applied for asylum)\b"],
    "tr": [r"(?:gözaltına alın|tutuklan|hapsedil|hapis yat)\w*.{0,160}?(?:sonra|ardından|"
           r"sonunda)\s+(?:\S+\s+){0,5}?(?:kaçtı|kaçmış|kaçarak|iltica|sığın)\w*"],
    "zh": [r"(?:被捕|被拘|入狱|坐牢|被关押)[^。；]{0,60}?(?:后来|之后|随后|此后|后)[^。；]{0,20}?"
           r"(?:逃往|逃到|逃离|出逃|流亡|申请庇护)"],
    "ug": [r"(?:قولغا ئېلىن|تۇتۇل|قامال)\w*.{0,160}?كېيىن\s+(?:\S+\s+){0,5}?(?:قېچىپ|قاچ|"
           r"پاناھلىق)\w*"],
    "ru": [r"(?:задержа|арестова|осужд|сидел)\w*.{0,160}?(?:затем|позже|потом|после чего|"
           r"впоследствии)\s+(?:\S+\s+){0,6}?(?:бежал|сбежал|уехал|эмигрировал|попросил убежищ)"
           r"\w*"],
    "fa": [r"(?:بازداشت|زندانی|دستگیر)\S*.{0,160}?(?:سپس|بعدها|پس از آن|بعد)\s+(?:\S+\s+){0,5}?"
           r"(?:گریخت|فرار کرد|پناهنده|مهاجرت کرد)"],
}  # fmt: skip

# 4. Threatened, discussed, attempted or feared: the act is not done.
THREATENED_TO = {
    "en": [r"\bthreat(?:en|ened|ening|ens)? (?:\w+ ){0,3}?to (?:have (?:\w+ )?)?(?:kidnap|abduct|"
           r"deport|send|return|kill|murder|arrest|detain|hand|extradite|beat|attack|snatch)\w*"],
    "tr": [r"(?:kaçır|öldür|sınır dışı et|geri gönder|tutukla|iade et|döv)\w*(?:mek|mak|acağı|"
           r"eceği|acakları|ecekleri|ma|me)\w*\s+(?:\S+\s+){0,2}?tehdi\w*"],
    "zh": [r"(?:威胁|扬言|恐吓)(?:说|称)?(?:要|将|会)?[^。；]{0,12}(?:绑架|遣返|送回|杀|逮捕|"
           r"拘留|殴打|劫持)"],
    "ug": [r"(?:ئەكېتىش|ئۆلتۈرۈش|قايتۇرۇش|تۇتۇش|بۇلاش|ئۇرۇش)\w*\s+(?:\S+\s+){0,2}?تەھدىت\w*"],
    "ru": [r"угрож\w* (?:\S+\s+){0,4}?(?:похитить|убить|выслать|депортировать|отправить|вернуть|"
           r"арестовать|выдать|избить|расправ\w*)"],
    "fa": [r"تهدید\S* (?:\S+\s+){0,5}?(?:به )?(?:ربودن|کشتن|قتل|اخراج|بازگرداندن|بازداشت|"
           r"استرداد|ضرب)|تهدید (?:\S+\s+){0,3}?(?:کرد|کردند|کرده) که"],
}  # fmt: skip
DISCUSSED = {
    "en": [r"\b(?:discuss\w*|talk(?:ed|s|ing)? (?:about|of)|consider\w*|contemplat\w*|mull\w*|"
           r"fantasi[sz]\w*|joked about)\b.{0,40}?\b(?:kidnap|abduct|kill|murder|beat|attack|"
           r"snatch|rendition|assassinat)\w*|\bnever came to (?:that|it|pass)\b|\bwas never "
           r"carried out\b"],
    "tr": [r"(?:kaçır|öldür|döv|saldır)\w*(?:ma|me|mayı|meyi|masını|mesini)\s+(?:\S+\s+){0,3}?"
           r"(?:konuş|tartış|görüş|düşün)\w*|(?:gerçekleşmedi|hayata geçiril(?:me|e)di)"],
    "zh": [r"(?:讨论|商量|谈论|谈到|考虑)(?:过|了)?[^。；]{0,14}(?:绑架|殴打|杀|暗杀|车祸|劫持)|"
           r"(?:并未|没有|未)(?:付诸|实施|发生|成真)"],
    "ug": [r"(?:ئەكېتىش|ئۆلتۈرۈش|ئۇرۇش|بۇلاش)\w*\s+(?:\S+\s+){0,3}?(?:مۇزاكىرە|سۆزلەش|"
           r"پاراڭلاش)\w*"],
    "ru": [r"(?:обсужда|обсуди|говорил|рассматрива)\w*\s+.{0,40}?(?:похит|убить|убийств|избить|"
           r"избиени)\w*|до этого (?:дело )?не дошло|не дошло до"],
    "fa": [r"(?:درباره|در مورد|دربارهٔ|بحث|گفتگو|گفت‌وگو)\S*\s+(?:\S+\s+){0,4}?(?:ربودن|کشتن|"
           r"قتل|ضرب و شتم)|هرگز (?:\S+\s+){0,2}?(?:اجرا|عملی) نشد"],
}  # fmt: skip
ATTEMPTED_TRANSFER = {
    "en": [r"\b(?:work(?:ing|ed)?|tr(?:y|ying|ied)|attempt\w*|seek\w*|sought|plann?\w*|want\w*|"
           r"intend\w*|prepar\w*) (?:\w+ ){0,6}?to (?:send|deport|return|hand|forcibly|expel|"
           r"repatriate)\w*",
           r"\b(?:would|could|might|may|will) (?:still|probably|likely|possibly|soon|also|even|"
           r"then) be (?:\w+ )?(?:sent back|deported|returned|handed over|expelled|arrested|"
           r"detained)\b"],
    "tr": [r"(?:göndermeye|iade etmeye|sınır dışı etmeye|teslim etmeye|geri göndermek için) "
           r"(?:çalış|hazırlan|niyetlen|uğraş)\w*|(?:sınır dışı|iade|teslim|geri gönder)\w* "
           r"edilebil\w*|(?:sınır dışı|iade|teslim) edilme (?:ihtimal|olasılı)\w*"],
    "zh": [r"(?:试图|企图|准备|打算|设法|想要|计划|努力)(?:将|把)?[^。；]{0,10}(?:遣返|送回|驱逐|"
           r"移交)|(?:很可能|可能会|或将)(?:被)?(?:遣返|送回|驱逐|移交)"],
    "ug": [r"(?:قايتۇرۇۋېتىش|ئۆتكۈزۈپ بېرىش|قوغلاش)\w*\s+(?:\S+\s+)?(?:ئۇرۇن|تىرىش|تەييارلان|"
           r"پىلان)\w*|(?:قايتۇرۇلۇشى|ئۆتكۈزۈپ بېرىلىشى|قوغلىنىشى) مۇمكىن"],
    "ru": [r"(?:пытал\w*|пыта\w*|собира\w*|намерева\w*|готови\w*|планир\w*|добива\w*) (?:\S+\s+)"
           r"{0,3}?(?:выслать|депортировать|вернуть|передать|выдворить)|(?:вероятно|возможно),? "
           r"(?:\S+\s+)?(?:вышлют|депортируют|вернут|передадут)"],
    "fa": [r"ممکن است (?:\S+\s+){0,5}?(?:تحویل|اخراج|مسترد|بازگردانده|دیپورت|بازداشت)|"
           r"(?:تلاش|قصد|برنامه)\S* (?:\S+\s+){0,4}?(?:برای )?(?:بازگرداندن|اخراج|تحویل|دیپورت)"],
}  # fmt: skip
# A risk of torture warned of ("may face detention and torture on return"): a rights group's
# warning, not a threat made by the state.
RISK_WARNED = {
    "en": [r"\b(?:may|might|could|would|risk(?:s|ed)?|likely to) (?:\w+ )?(?:face|suffer|be "
           r"subjected to|be at risk of)\b.{0,50}?\b(?:torture|persecution|ill-treatment|"
           r"abuse|death penalty|unfair trial)"],
    "tr": [r"(?:işkence|zulüm|kötü muamele)\w*\s+(?:\S+\s+){0,3}?(?:riski|tehlikesi|görebilir|"
           r"maruz kalabilir)\w*"],
    "zh": [r"(?:可能|或将|恐将|有可能)(?:会)?(?:遭受|面临|受到)[^。；]{0,12}(?:酷刑|迫害|虐待|"
           r"死刑)"],
    "ug": [r"(?:قىيناش|قىيىن-قىستاق|زىيانكەشلىك)\w*.{0,30}?(?:مۇمكىن|خەۋپى|خەتىرى)"],
    "ru": [r"(?:может|могут|рискует|грозят?) (?:\S+\s+){0,3}?(?:пытк|преследовани|жесток)\w*"],
    "fa": [r"(?:ممکن است|در معرض|خطر)\s+(?:\S+\s+){0,4}?(?:شکنجه|آزار|اعدام)"],
}  # fmt: skip

# 5. Kin words that are no pressure on relatives.
KIN_OF_JAILED = {
    "en": [r"\b(?:daughter|son|wife|husband|widow|nephew|niece|brother|sister|child|children|"
           r"father|mother|cousin)s? of (?:the )?(?:jailed|imprisoned|detained|abducted|kidnapped|"
           r"late|slain|murdered|executed)\b",
           r"\b(?:to (?:join|visit|see)|together with|along with|accompanied by|travell?ing with)"
           r" (?:his|her|their) (?:\w+ )?(?:wife|husband|family|children|daughters?|sons?|"
           r"parents|mother|father)\b",
           r"\bmuslim brotherhood\b"],
    "tr": [r"(?:hapiste|cezaevinde|tutuklu) (?:bulunan|olan|tutulan|yatan)\s+(?:\S+\s+){0,5}?"
           r"\S+(?:kızı|oğlu|eşi|yeğeni|kardeşi)\b|(?:eşi|ailesi|çocukları|kızı|oğlu)\w*\s+"
           r"(?:ile|ve)\s+birlikte|(?:eşinin|ailesinin|çocuklarının) yanına|müslüman kardeşler"],
    "zh": [r"(?:被关押|在押|入狱|被监禁|被囚禁|被判刑)(?:的)?[^，。；]{0,14}(?:之女|的女儿|之子|"
           r"的儿子|的妻子|的侄子|的家人)|(?:与|和|同|陪同)(?:其|他的|她的)?(?:妻子|丈夫|家人|子女|"
           r"女儿|儿子)(?:一起|团聚|同行|会合)|穆斯林兄弟会"],
    "ug": [r"(?:تۈرمىدىكى|قاماقتىكى|تۈرمىدە ياتقان)\s+(?:\S+\s+){0,4}?\S*(?:قىزى|ئوغلى|ئايالى)|"
           r"(?:ئايالى|ئائىلىسى|بالىلىرى)\w* بىلەن بىللە|مۇسۇلمان قېرىنداشلار"],
    "ru": [r"(?:дочь|сын|жена|вдова|племянни\w*|брат|сестра) (?:\S+\s+)?(?:заключённого|"
           r"заключенного|арестованного|осуждённого|осужденного|похищенного|убитого)|(?:вместе "
           r"с|к) (?:\S+\s+)?(?:женой|мужем|семьёй|семьей|детьми|жене|семье)|братья-мусульмане|"
           r"братьев-мусульман"],
    "fa": [r"(?:دختر|پسر|همسر|برادرزاده|خواهرزاده)\s+(?:\S+\s+){0,4}?(?:زندانی|بازداشت‌شده|"
           r"ربوده‌شده|ربوده شده)|(?:همراه|به همراه|همراه با|برای دیدن|برای پیوستن به)\s+(?:\S+\s+)"
           r"?(?:همسر|خانواده|فرزندان)|اخوان(?:\s|‌)?المسلمین"],
}  # fmt: skip
WOUNDED_COUNT = {
    "en": [rf"\b{_DIGITS}+ (?:\w+ )?(?:were |had been |others )?(?:wounded|injured)\b|\b(?:wounded"
           rf"|injured) (?:at least |more than |some )?{_DIGITS}+\b|\b(?:financial|business|money|"
           r"personal|debt|property|commercial) (?:dispute|quarrel|row|feud|conflict)\b"],
    "tr": [rf"{_DIGITS}+ (?:kişi|kişiyi)? ?yarala\w*|(?:para|borç|mali|ticari|kişisel|maddi) "
           r"(?:anlaşmazlı|husumet|mesele|tartışma)\w*"],
    "zh": [rf"{_DIGITS}+(?:人|名)[^，。；]{{0,4}}(?:受伤|伤)|(?:伤|受伤){_DIGITS}+人|(?:经济|财务|"
           r"债务|金钱|生意|私人)纠纷"],
    "ug": [rf"{_DIGITS}+ (?:ئادەم|كىشى|نەپەر)\w* (?:\S+\s+)?يارىلان\w*|(?:پۇل|قەرز|ئىقتىسادىي) "
           r"(?:ماجىرا|زىددىيەت|جېدەل)\w*"],
    "ru": [rf"{_DIGITS}+ (?:человек\w* )?(?:получили ранения|ранен\w*|пострада\w*)|ранен\w* "
           rf"(?:не менее |по меньшей мере |более )?{_DIGITS}+|(?:финансов|денежн|имущественн|"
           r"личн|бытов|коммерческ)\w* (?:спор|конфликт|ссор)\w*"],
    "fa": [rf"(?:{_DIGITS}+|دو|سه|چهار|پنج|شش|هفت|هشت|نه|نُه|ده) (?:نفر )?(?:دیگر )?(?:زخمی|"
           r"مجروح)|اختلاف (?:مالی|شخصی|تجاری)"],
}  # fmt: skip
LIKE_WANTED = {
    "en": [r"\b(?:like|as if they were|resembling) (?:a |an )?wanted (?:notices?|posters?)\b"],
    "tr": [r"aranan? (?:ilanı|afişi)\w* gibi"],
    "zh": [r"(?:像|如同|好像|犹如)[^，。；]{0,4}通缉令"],
    "ug": [r"ئىزدەش ئۇقتۇرۇشى\w* (?:دەك|كەبى)"],
    "ru": [r"(?:как|словно|будто) (?:\S+\s+)?(?:объявлени\w* о розыске|ориентировк\w*)"],
    "fa": [r"(?:مانند|مثل|شبیه)\s+(?:\S+\s+)?(?:تحت تعقیب|آگهی\S* تعقیب)"],
}  # fmt: skip
ORDERED_KILLING = {
    "en": [r"\b(?:ordered|ordering|orchestrated|masterminded) the (?:\w+ )?(?:killing|murder|"
           r"assassination|attack|bombing)s?\b"],
    "tr": [r"(?:suikast|cinayet|öldürme)\w* (?:emri|talimatı)\w*"],
    "zh": [r"(?:下令|指使|策划)(?:了)?[^，。；]{0,8}(?:暗杀|谋杀|杀害|刺杀)"],
    "ug": [r"(?:سۇيىقەست|قەتل|ئۆلتۈرۈش)\w* (?:بۇيرۇق|پىلان)\w* (?:بەر|چۈشۈر|تۈز)\w*"],
    "ru": [r"(?:приказ|заказ|организова)\w* (?:\S+\s+)?(?:убийств|покушени)\w*"],
    "fa": [r"دستور (?:ترور|قتل|کشتن)"],
}  # fmt: skip

# Police booking ("photographed him and took his fingerprints") is no surveillance of a critic.
BOOKING = {
    "en": [r"\bfingerprint\w*|\bmug ?shots?\b"],
    "tr": [r"parmak iz\w*"],
    "zh": [r"指纹|按手印"],
    "ug": [r"بارماق ئىز\w*"],
    "ru": [r"отпечат\w* пальц\w*|дактилоскоп\w*"],
    "fa": [r"اثر انگشت"],
}  # fmt: skip
# A conviction in absentia names the charge brought against the person abroad; the killing in
# it is what the person is accused of, not an act done to them.
IN_ABSENTIA = {
    "en": [r"\bin absentia\b"],
    "tr": [r"gıyab\w*"],
    "zh": [r"缺席(?:审判|判处|宣判|判决)"],
    "ug": [r"سىرتتىن (?:ھۆكۈم|جازا)\w*"],
    "ru": [r"заочн\w*"],
    "fa": [r"غیابی"],
}  # fmt: skip
# An abduction or killing named as what someone reported, covered or told the media about: the
# topic of speech, as rules/vetoes.py reads "tweets about the murder".
REPORTED_ON = {
    "en": [r"\b(?:covered|reported on|wrote about|documented|investigated|exposed|told (?:\w+ )"
           r"{0,3}?about)\b (?:\w+ ){0,3}?(?:the )?(?:abduction|kidnapping|killing|murder|"
           r"assassination|disappearance)"],
    "tr": [r"(?:kaçırıl|öldürül|suikast)\w* (?:\S+\s+){0,3}?(?:haberleştir|araştır|belgele|"
           r"hakkında yaz)\w*"],
    "zh": [r"(?:报道|调查|记录)(?:了)?[^，。；]{0,14}(?:绑架|劫持|遇害|谋杀|暗杀|失踪)(?:案|事件)"],
    "ug": [r"(?:ئەكېتىل|ئۆلتۈرۈل|قەتل)\w*\s+ھەققىدە"],
    "ru": [r"(?:освеща|расследова|писал\w* о|документирова|рассказ\w* о)\w*\s+(?:\S+\s+){0,3}?"
           r"(?:похищени|убийств)\w*"],
    "fa": [r"(?:گزارش|پوشش خبری|تحقیق)\S* (?:\S+\s+){0,3}?(?:درباره|از) (?:\S+\s+){0,2}?(?:ربودن|"
           r"ربایش|قتل|ترور)"],
}  # fmt: skip

# name -> (patterns by language, patterns that keep the sentence, tactics dropped).
NOT_DONE_ABROAD_VETOES: dict[
    str, tuple[dict[str, list[str]], dict[str, list[str]] | None, frozenset[str]]
]
NOT_DONE_ABROAD_VETOES = {
    "agents_13": (AGENTS, None, _TRANSFERS - {"rendition"}),
    "agents_not_recruited_13": (AGENTS, RECRUITED, frozenset({"informant_recruitment"})),
    "suspects_held_13": (SUSPECTS_HELD, None, frozenset({"detention"})),
    "on_return_13": (
        ON_RETURN,
        _BACK_FROM,
        frozenset({"detention", "surveillance", "passport_consular_denial"}),
    ),
    "seized_and_taken_13": (SEIZED_AND_TAKEN, None, frozenset({"detention"})),
    "cyber_attack_13": (CYBER_ATTACK, None, frozenset({"assault"})),
    "beaten_in_transfer_13": (BEATEN_IN_TRANSFER, None, frozenset({"assault"})),
    "arrest_before_flight_13": (ARREST_BEFORE_FLIGHT, None, frozenset({"detention"})),
    "threatened_to_13": (THREATENED_TO, None, frozenset({"detention", "deportation", "rendition",
                                                         "assassination", "assault"})),
    "discussed_13": (DISCUSSED, None, frozenset({"rendition", "assassination", "assault"})),
    "attempted_transfer_13": (ATTEMPTED_TRANSFER, None,
                              frozenset({"deportation", "rendition", "detention"})),
    "risk_warned_13": (RISK_WARNED, None, frozenset({"direct_threat", "detention"})),
    "kin_not_pressed_13": (KIN_OF_JAILED, None, frozenset({"threat_to_family"})),
    "wounded_count_13": (WOUNDED_COUNT, None, frozenset({"assault"})),
    "like_wanted_13": (LIKE_WANTED, None, frozenset({"bounty_or_warrant"})),
    "ordered_killing_13": (ORDERED_KILLING, None, frozenset({"bounty_or_warrant"})),
    "booking_13": (BOOKING, None, frozenset({"surveillance"})),
    "in_absentia_13": (IN_ABSENTIA, None, frozenset({"assassination", "assault"})),
    "reported_on_13": (REPORTED_ON, None, frozenset({"rendition", "assassination", "assault"})),
    "mass_detained_13d": (MASS_DETAINED, None, frozenset({"detention"})),
    "plots_counted_13e": (PLOTS_COUNTED, None, frozenset({"rendition", "assassination"})),
    "if_returned_13e": (IF_RETURNED, None,
                        frozenset({"deportation", "extradition_request", "rendition"})),
    "undercover_13e": (UNDERCOVER, None, frozenset({"impersonation"})),
}  # fmt: skip


def held_by_home(
    start: int,
    end: int,
    home: Collection[str | None],
    places: Iterable[Located],
    mentions: Iterable[Mention],
) -> frozenset[str]:
    """A detention whose only state is the origin, named as the actor ("Saudi security forces
    detained her", "the Tajik authorities did not confirm he is in custody"), is a detention at
    home: the codebook's detention is one in the host country. A sentence naming any other
    state or place keeps it (the host may act, the origin may ask)."""
    inside = range(start, end)
    here = [m for m in mentions if m.start in inside]
    if not any(m.iso in home and m.role == "actor" for m in here):
        return frozenset()
    if any(m.iso not in home for m in here) or any(
        p.iso not in home for p in places if p.start in inside
    ):
        return frozenset()
    return frozenset({"detention"})


# Citizenship, nationality: "stripped of his Russian citizenship" names whose papers they are.
_CITIZENSHIP = re.compile(
    r"citizenship|nationality|гражданств\w*|vatandaşlı\w*|国籍|公民身份|تابعیت|شهروندی|"
    r"پۇقرالىق\w*|تەۋەلىك\w*"
)


def host_citizenship(
    lowered: str, start: int, home: Collection[str | None], mentions: Iterable[Mention]
) -> frozenset[str]:
    """Citizenship of another state taken away ("stripped of his Russian citizenship and handed
    over to Tajikistan") is the host's act on its own papers, not the origin's denial of
    papers to its people abroad: a state named just before or after the word, not the
    origin, owns the citizenship."""
    near: Sequence[Mention] = [m for m in mentions if m.iso not in home]
    for word in _CITIZENSHIP.finditer(lowered):
        at, end = start + word.start(), start + word.end()
        if any(at - 30 <= m.start < at or end <= m.start <= end + 12 for m in near):
            return frozenset({"passport_consular_denial"})
    return frozenset()


def sentence_states_vetoed(
    lowered: str,
    start: int,
    end: int,
    home: Collection[str | None],
    places: Iterable[Located],
    mentions: Sequence[Mention],
    language: str = "",
) -> frozenset[str]:
    """The round 13a checks that read the states of a sentence (tagging._tactics), and round
    13e's charges at home (rules/vetoes_charged_at_home.py)."""
    return (
        held_by_home(start, end, home, places, mentions)
        | host_citizenship(lowered, start, home, mentions)
        | charged_at_home(language, lowered, (start, end), home, places, mentions)
    )
