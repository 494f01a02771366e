"""Round 12a (relevance): texts the relevance gate set aside although every part of the act was
named (rules/gate_cues.py). Invented sentences about states none of the gate's cues were written
from, each group beside look-alikes the gate must still reject."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.tagging import tag


def _assert_tnr(language: str, text: str, origin: str) -> None:
    result = tag(text, language)
    assert result.is_tnr, result.tags
    assert result.origin_state == origin


# Only acts a state also does lawfully (a red notice, an arrest, a handover), against someone
# news shows to be political by their public role: an editor, a movement's leader, a separatist.
POLITICAL_ROLES = [
    ("en", "ZW", "Zimbabwean police asked Interpol for a red notice against the London-based "
     "editor of an online newspaper."),
    ("fa", "ZW", "پلیس زیمبابوه برای دستگیری سردبیر یک روزنامه اینترنتی که در لندن زندگی "
     "می‌کند از اینترپل اعلان قرمز خواست."),
    ("ug", "ZW", "زىمبابۋې ساقچىلىرى لوندوندا تۇرۇشلۇق بىر تور گېزىتىنىڭ باش مۇھەررىرىگە "
     "قىزىل ئۇقتۇرۇش چىقىرىشنى تەلەپ قىلدى."),
    ("fa", "CM", "رهبر جدایی‌طلبان آمبازونیا در فرودگاه نایروبی بازداشت و به کامرون بازگردانده "
     "شد."),
    ("tr", "CM", "Kamerun polisi, Nijerya'da yaşayan ayrılıkçı liderin iadesini istedi ve "
     "Lagos'ta gözaltına alındı."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "origin", "text"), POLITICAL_ROLES)
def test_a_public_role_shows_the_person_is_political(language: str, origin: str, text: str) -> None:
    _assert_tnr(language, text, origin)


# A release demanded, or a sentence's term, is not a release reported in the lead.
RELEASE_NOT_DONE = [
    ("ru", "TM", "Правозащитники призвали власти Туркменистана подтвердить задержание "
     "оппозиционного блогера в Стамбуле и немедленно освободить его."),
    ("en", "TM", "Rights groups urged Turkmen authorities to release an opposition blogger "
     "detained in Istanbul at their request."),
    ("zh", "TM", "人权组织呼吁土库曼斯坦当局释放应其要求在伊斯坦布尔被拘留的反对派博主。"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "origin", "text"), RELEASE_NOT_DONE)
def test_a_release_called_for_is_no_release(language: str, origin: str, text: str) -> None:
    _assert_tnr(language, text, origin)


LOOK_ALIKES = [
    # A perpetrator who had been granted asylum, tried abroad: asylum alone is no political cue.
    ("fa", "دادگاه آلمان یک افسر سابق اطلاعات سوریه را که در آلمان پناهندگی گرفته بود به جرم "
     "جنایت علیه بشریت بازداشت و محکوم کرد."),
    # Ordinary crime: the fraud suspect's lawyer is no editor, the release is reported.
    ("en", "Thai police arrested a Nigerian fraud suspect in Bangkok at Nigeria's request and "
     "deported him to Lagos."),
    ("en", "The businessman detained in Dubai at Zimbabwe's request was released on bail and "
     "has left the country."),
    # The state's own leader named: no movement, no community.
    ("fa", "رهبر جمهوری اسلامی گفت ایران درخواست استرداد یک تاجر را از ترکیه دارد."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), LOOK_ALIKES)
def test_lawful_acts_without_a_political_role_stay_out(language: str, text: str) -> None:
    assert not tag(text, language).is_tnr
