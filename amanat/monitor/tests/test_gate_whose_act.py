"""Round 13c: the relevance gate reads whose act it is, where it was, and whether it was done
(rules/gate_whose_act.py). Invented pairs in several languages, about states none of the
development texts came from: each look-alike rejected, the TNR text of the same shape kept.

- arrived: a dissident released at home who then arrived in (or lives in) another state is no
  release abroad; a release after an abduction abroad still is;
- envoys: other states' diplomats barred from a trial at home are no hosts; a host's police
  acting for the origin still are;
- wanted_official: a state's wanted list of another state's prime minister or lawmakers is a
  row between states; its wanted list of its own exiled journalist is not;
- agents_tried: a state's trial at home of another state's officers for a killing in their own
  state is no act of the trying state; the trial of the origin's agents for an abduction
  abroad is still read;
- handed_over, submitted_by: the state a person is "handed … over to", or whose documents or
  red notice a host examines ("documents submitted by Tajikistan"), is the state that asked:
  a criminal suspect's removal stays law enforcement, an activist's is read;
- spied_on, beaten, relatives_seized: acts the gate needed read (spying on exile groups,
  a Turkish beating, relatives arrested with 拘捕) — abroad they are kept, at home or against
  the host's bases they stay out;
- assessed_threat: people a host deems "a threat to national security" received no threat; a
  host warning exiles that the origin "poses a threat to their lives" reports one;
- taken_in: taken to a police station abroad is a detention (a drug suspect's
  stays law enforcement);
- ug_spelling: Hong Kong and Eritrea as Uyghur news spells them (خوڭكوڭ, ئېرىترېيە) are
  read as their states;
- title: a paper's name in 《》 (《纽约时报》) is no host; a teacher who lives in New York is.
"""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.gazetteer import find_places
from amanat.monitor.nlp.rules import gate_whose_act
from amanat.monitor.tests.pairs import Pair, assert_found, assert_rejected, look_alikes

PAIRS = [
    Pair("arrived", "en",
         "A Lao blogger jailed in Vientiane in 2019 for subversion arrived in France with his "
         "wife in May after being released from prison and allowed to leave the country. It came "
         "two years after Lao agents were accused of abducting another dissident from a street "
         "in Bangkok.",
         "A Lao blogger who friends said was abducted outside his flat in Bangkok has been "
         "released after police stopped a car heading for the border. Lao agents had tried to "
         "take him back to Laos.",
         "LA"),
    Pair("arrived", "zh",
         "因颠覆罪在万象入狱的老挝博主获释后，五月与妻子抵达法国。两年前，老挝特工被指在曼谷街头绑架了另一名异见人士。",
         "在曼谷被绑架的老挝博主在警方拦下一辆驶向边境的汽车后获释。老挝特工曾试图将他押回老挝。",
         "LA"),
    Pair("envoys", "en",
         "Vietnamese authorities jailed a blogger for ten years in Hanoi on Friday for anti-state "
         "propaganda. Canadian and Australian diplomats were barred from the hearing. He has "
         "been detained since 2021.",
         "Thai police detained a Vietnamese blogger who had fled to Thailand, at the request of "
         "Hanoi, and handed him to Vietnamese officials on Friday. Canada's embassy protested. "
         "He has been detained since then.",
         "VN"),
    Pair("envoys", "zh",
         "越南当局周五在河内以反国家宣传罪判处一名博主十年徒刑。"
         "美国、加拿大和澳大利亚领事馆的代表也未能旁听庭审。他自2021年起一直被羁押。",
         "泰国警方应河内要求拘留了一名逃到泰国的越南博主，并将他移交给越南官员。加拿大大使馆对此提出抗议。",
         "VN"),
    Pair("wanted_official", "en",
         "Belarus has put Lithuania's prime minister and two Lithuanian lawmakers on its wanted "
         "list, state media reported on Tuesday. The prime minister said Minsk wanted to silence "
         "her and others who speak out.",
         "Belarus has put an exiled Belarusian journalist living in Vilnius on its wanted list, "
         "state media reported on Tuesday. She said Minsk wanted to silence her and others who "
         "speak out.",
         "BY"),
    Pair("wanted_official", "zh",
         "白俄罗斯已将立陶宛总理列入通缉名单。她说，明斯克希望借此让她和其他人闭嘴。",
         "白俄罗斯已将流亡维尔纽斯的白俄罗斯记者列入通缉名单。她说，明斯克希望借此让她和其他人闭嘴。",
         "BY"),
    Pair("wanted_official", "ru",
         "Белоруссия объявила в розыск премьер-министра Литвы и двух литовских депутатов. "
         "Премьер заявила, что Минск хочет заставить её замолчать.",
         "Белоруссия объявила в розыск белорусскую журналистку, живущую в эмиграции в Вильнюсе. "
         "Она заявила, что Минск хочет заставить её замолчать.",
         "BY"),
    Pair("agents_tried", "en",
         "Three senior Syrian intelligence officers went on trial in absentia in Paris on Monday, "
         "accused of abducting, torturing and killing a French aid worker in Damascus in 2013. "
         "France's top court had ruled the case could go ahead.",
         "Three senior Syrian intelligence officers went on trial in absentia in Paris on Monday, "
         "accused of abducting a Syrian dissident in Paris in 2019 and trying to take him back "
         "to Syria. France's top court had ruled the case could go ahead.",
         "SY"),
    Pair("agents_tried", "tr",
         "Fransız yardım çalışanını 2013'te Şam'da kaçırmak ve öldürmekle suçlanan üç üst düzey "
         "Suriyeli istihbarat yetkilisinin gıyabi yargılanmasına Paris'te başlandı. Fransa "
         "Anayasa Mahkemesi, Şam adres vermeyi reddettiği için davanın sürebileceğine hükmetti.",
         "Üç üst düzey Suriyeli istihbarat subayının, 2019'da Paris'te Suriyeli bir muhalifi "
         "kaçırıp Suriye'ye geri götürmeye çalışmakla suçlandığı gıyabi yargılama Paris'te "
         "başladı. Fransa Yargıtayı davanın sürebileceğine hükmetti.",
         "SY"),
    Pair("handed_over", "en",
         "Kazakhstan has handed an Uzbek robbery suspect over to Uzbekistan, police said on "
         "Monday. He was arrested in Almaty in March, wanted for armed robbery.",
         "Kazakhstan has handed Uzbek blogger Aziz Karimov over to Uzbekistan, his lawyer said "
         "on Monday, despite his warnings that he could be tortured for his posts criticising "
         "the government. He was arrested in Almaty in March.",
         "UZ"),
    Pair("submitted_by", "en",
         "Serbia has extended the detention of a Tajik man wanted for fraud by 30 days so that "
         "judges could examine documents submitted by Tajikistan, a court official said. He was "
         "stopped on an Interpol red notice at Belgrade airport.",
         "Serbia has extended the detention of a Tajik opposition activist who has refugee status "
         "in Germany by 30 days so that judges could examine documents submitted by Tajikistan, "
         "a court official said. He was stopped on an Interpol red notice at Belgrade airport.",
         "TJ"),
    Pair("spied_on", "en",
         "A Chinese man went on trial in Munich on Monday accused of spying on German military "
         "bases for China's intelligence service and gathering photographs of airfields.",
         "A Chinese man went on trial in Munich on Monday accused of spying on Uyghur exile "
         "groups in Germany for China's intelligence service and gathering the names of "
         "community members.",
         "CN"),
    Pair("spied_on", "ru",
         "В Мюнхене начался суд над гражданином Китая, которого обвиняют в шпионаже за "
         "военными базами Германии в пользу китайской разведки.",
         "В Мюнхене начался суд над гражданином Китая, которого обвиняют в том, что он собирал "
         "сведения об уйгурских активистах в Германии для китайской разведки.",
         "CN"),
    Pair("beaten", "tr",
         "Türk gazeteci Ankara'da evinin önünde üç kişi tarafından tekmelenip yere düşürüldü. "
         "Polis soruşturma başlattı.",
         "Stockholm'de sürgünde yaşayan Türk gazeteci, evinin önünde üç kişi tarafından "
         "tekmelenip yere düşürüldü. Gazeteci, saldırının Türk hükümetini eleştirenlere bir "
         "mesaj olduğunu söyledi.",
         "TR"),
    Pair("relatives_seized", "zh",
         "香港警方拘捕了一名涉嫌诈骗的男子的父亲和哥哥，两人被指协助转移赃款。",
         "香港警方拘捕了旅居英国的民主派活动人士的父亲和哥哥，这是当局首次以国安法检控海外人士的家人。",
         "CN"),
    Pair("assessed_threat", "en",
         "Latvia's security service said on Tuesday that 40 Russians who had moved to Riga posed "
         "a threat to national security. Most of the Russians it considered a threat had served "
         "in Russia's police, it said.",
         "A Russian journalist who lives in Riga said on Tuesday that he had received death "
         "threats from men who said they worked for Russia's security service.",
         "RU"),
    Pair("assessed_threat", "ru",
         "Служба безопасности Латвии сообщила, что пребывание 40 россиян, переехавших в Ригу, "
         "угрожает национальной безопасности. По её данным, большинство россиян, признанных "
         "угрозой, раньше служили в российской полиции.",
         "Российский журналист, живущий в Риге, сообщил, что получил угрозы расправой от людей, "
         "назвавшихся сотрудниками ФСБ России.",
         "RU"),
    Pair("assessed_threat", "en",
         "Lithuania's security service said on Monday that 30 Belarusians who had moved to "
         "Vilnius posed a threat to national security and would lose their residence permits.",
         "Police in Vilnius handed two Belarusian exiles written warnings on Monday that the "
         "Belarusian government posed an immediate threat to their lives.",
         "BY"),
    Pair("assessed_threat", "ru",
         "Служба безопасности Литвы заявила, что 30 белорусов, переехавших в Вильнюс, "
         "представляют угрозу национальной безопасности.",
         "Полиция Вильнюса вручила двум белорусским эмигрантам письменные предупреждения о том, "
         "что белорусские власти представляют непосредственную угрозу их жизни.",
         "BY"),
    Pair("title", "zh",
         "上海一名女教师在网上声援一位遭网暴的同事后，也遭到网暴，随后被警察强行带走并送进精神病院。"
         "当局没有回应《纽约时报》的置评请求。",
         "旅居纽约的上海女教师在网上声援一位同事后遭到网暴，上海警察随后约谈并威胁了她在国内的父母。"
         "她对《纽约时报》说，她不会删帖。",
         "CN"),
    Pair("taken_in", "tr",
         "Zambiya polisi, uyuşturucu kaçakçılığından aranan Burundili bir adamı Lusaka'da "
         "karakola götürdü, ardından kelepçeli hâlde havalimanına çıkardı.",
         "Zambiya'da sığınma başvurusu bulunan Burundili muhalif gazeteciyi yedi görevli "
         "Lusaka'da karakola götürdü, ardından kelepçeli hâlde havalimanına çıkardı.",
         "BI"),
    Pair("ug_spelling", "ug",
         "خوڭكوڭ ساقچىلىرى ئالدامچىلىق بىلەن ئەيىبلەنگەن بىر سودىگەرنىڭ دادىسى بىلەن ئاكىسىنى "
         "قولغا ئالدى.",
         "خوڭكوڭ ساقچىلىرى ئەنگلىيەدە ياشاۋاتقان دېموكراتىيە پائالىيەتچىسىنىڭ دادىسى بىلەن "
         "ئاكىسىنى دۆلەت بىخەتەرلىكى قانۇنى بويىچە قولغا ئالدى.",
         "CN"),
]  # fmt: skip


@pytest.mark.parametrize("pair", look_alikes(PAIRS))
def test_look_alike_is_rejected(pair: Pair) -> None:
    assert_rejected(pair)


@pytest.mark.parametrize("pair", look_alikes(PAIRS))
def test_tnr_of_the_same_shape_is_kept(pair: Pair) -> None:
    assert_found(pair)


@pytest.mark.parametrize(
    ("text", "iso"), [("خوڭكوڭ ساقچىلىرى", "HK"), ("ئېرىترېيەنىڭ ئەلچىخانىسى", "ER")]
)
def test_uyghur_news_spellings_name_their_states(text: str, iso: str) -> None:
    assert iso in {place.iso for place in find_places(text, "ug")}


@pytest.mark.parametrize(
    ("language", "sentence", "dropped"),
    [
        ("en", "the belarusian government posed an immediate threat to their lives.", False),
        ("en", "30 belarusians posed a threat to national security.", True),
        ("ru", "белорусские власти представляют непосредственную угрозу их жизни.", False),
        ("ru", "30 белорусов представляют угрозу национальной безопасности.", True),
        ("zh", "称白俄罗斯政府对他们的生命构成直接威胁。", False),
        ("zh", "移居维尔纽斯的30名白俄罗斯人构成国家安全威胁。", True),
    ],
)
def test_a_threat_to_lives_is_no_assessment_of_security(
    language: str, sentence: str, dropped: bool
) -> None:
    assert bool(gate_whose_act.assessed_threat(language, sentence)) is dropped
