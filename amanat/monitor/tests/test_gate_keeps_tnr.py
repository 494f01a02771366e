"""Round 12h: the relevance gate keeps transnational repression that reads like its look-alikes
(gate.look_alike, rules/lookalikes.py, rules/gate_cues.py). Invented pairs in several
languages: a release at home stays a look-alike, a release that ends an act abroad is the act;
a criminal suspect's removal stays law enforcement, a banned party's member's removal is not;
a host working with the origin's embassy "to send her back" is an attempted deportation."""

from __future__ import annotations

import pytest

from amanat.monitor.tests.pairs import Pair, assert_found, assert_rejected, look_alikes

PAIRS = [
    # A release in the lead: at home (a pardon, the end of an earlier story) or abroad (the end
    # of a detention or an attempted rendition there, done for the origin).
    Pair("release", "en",
         "An Iranian blogger jailed in Tehran since 2019 has been pardoned and released, his "
         "family said. He had been arrested at the airport in Tehran and held in Evin prison.",
         "An Iranian blogger who friends said was abducted outside his flat in Tbilisi has been "
         "released after police stopped a car heading for the border. Iranian agents had tried "
         "to take him back to Iran.",
         "IR"),
    Pair("release", "tr",
         "Tahran'da 2019'dan beri tutuklu İranlı blogcu affedilerek serbest bırakıldı. Blogcu "
         "Tahran'da havalimanında gözaltına alınmıştı.",
         "Tiflis'te evinin önünden kaçırıldığı bildirilen İranlı blogcu, polisin sınıra giden bir "
         "aracı durdurmasının ardından serbest bırakıldı. İranlı ajanlar onu İran'a geri "
         "götürmeye çalışmıştı.",
         "IR"),
    Pair("release", "zh",
         "在德黑兰被关押三年的伊朗博主获得赦免后获释。他当年在德黑兰机场被捕。",
         "在第比利斯被绑架的伊朗博主在警方拦下一辆驶向边境的汽车后获释。伊朗特工曾试图将他押回伊朗。",
         "IR"),
    Pair("release", "ru",
         "Иранский блогер, с 2019 года находившийся в заключении в Тегеране, помилован и "
         "освобождён. Его задержали в аэропорту Тегерана.",
         "Иранский блогер, похищенный в Тбилиси у своего дома, освобождён после того, как "
         "полиция остановила машину у границы. Иранские агенты пытались вывезти его в Иран.",
         "IR"),
    # A removal of a member of a banned party: the origin's charge does not make it law
    # enforcement; a suspect of an ordinary crime removed stays a look-alike.
    Pair("banned_party", "en",
         "Turkey deported an Egyptian man sentenced in absentia in Cairo, a member of a drug "
         "cartel, back to Egypt last week; he had been held at the airport in Istanbul.",
         "Turkey deported an Egyptian man sentenced in absentia in Cairo, a member of the banned "
         "Freedom and Justice Party, back to Egypt last week; he had been held at the airport in "
         "Istanbul.",
         "EG"),
    Pair("banned_party", "ru",
         "Турция депортировала в Таджикистан мужчину, разыскиваемого в Душанбе за мошенничество; "
         "его держали в центре депортации в Стамбуле.",
         "Турция депортировала в Таджикистан одного из руководителей запрещённой Партии "
         "исламского возрождения; его держали в центре депортации в Стамбуле.",
         "TJ"),
    Pair("banned_party", "tr",
         "Türkiye, Kahire'de dolandırıcılıktan aranan Mısırlı bir adamı Mısır'a sınır dışı etti; "
         "adam İstanbul'da geri gönderme merkezinde tutuluyordu.",
         "Türkiye, Müslüman Kardeşler üyesi Mısırlı bir adamı Mısır'a sınır dışı etti; adam "
         "İstanbul'da geri gönderme merkezinde tutuluyordu.",
         "EG"),
    # A removal the host works on with the origin's envoys ("to send her back"): a deportation
    # attempted for the origin; a drug suspect sent back stays law enforcement.
    Pair("send_back", "en",
         "Police in Bangkok said on Monday they were working with Saudi Arabia's embassy to send "
         "him back to face drug trafficking charges. The 38-year-old Saudi man had fled after a "
         "narcotics raid.",
         "Police in Bangkok said on Monday they were working with Saudi Arabia's embassy to send "
         "her back to her family. The 18-year-old Saudi woman says she fled abuse and had planned "
         "to seek asylum in Australia.",
         "SA"),
    Pair("send_back", "ru",
         "Полиция в Бангкоке в понедельник заявила, что работает с посольством Саудовской Аравии, "
         "чтобы отправить его обратно: 38-летнего саудовца обвиняют в торговле наркотиками.",
         "Полиция в Бангкоке в понедельник заявила, что работает с посольством Саудовской Аравии, "
         "чтобы отправить её обратно к семье. 18-летняя саудовская девушка говорит, что бежала от "
         "насилия и хотела просить убежища в Австралии.",
         "SA"),
]  # fmt: skip


@pytest.mark.parametrize("pair", look_alikes(PAIRS))
def test_look_alike_is_still_rejected(pair: Pair) -> None:
    assert_rejected(pair)


@pytest.mark.parametrize("pair", look_alikes(PAIRS))
def test_tnr_read_like_a_look_alike_is_kept(pair: Pair) -> None:
    assert_found(pair)
