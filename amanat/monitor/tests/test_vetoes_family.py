"""Round 12i: look-alikes of tnr-fresh5/6 whose tactic words name no act against people abroad
(rules/vetoes_family.py). Invented sentences: each look-alike must stay rejected and its
minimally different TNR counterpart must stay found."""

from __future__ import annotations

import pytest

from amanat.monitor.tests.pairs import Pair, assert_found, assert_rejected, look_alikes

PAIRS = [
    Pair(
        "family-uninformed",
        "tr",
        "Mısır'da gösterilerin ardından İspanya'da yaşayan bir iş insanının çağrısıyla sokağa "
        "çıkanlardan 300 kişi gözaltına alındı; bunlardan 40'ının ailelerine haber verilmeden "
        "götürüldüğü belirtiliyor.",
        "Almanya'da yaşayan Mısırlı muhalif gazetecinin Kahire'deki ailesi gözaltına alındı ve "
        "tehdit edildi; gazeteci bunun yazılarına yönelik bir baskı olduğunu söyledi.",
        "EG",
    ),
    Pair(
        "family-uninformed",
        "en",
        "After the protests called by an exiled businessman in Spain, Egyptian security forces "
        "detained 300 people, 40 of them without informing their families.",
        "Egyptian security forces detained the parents of an exiled journalist living in Berlin "
        "and threatened them over his reporting.",
        "EG",
    ),
    Pair(
        "family-abuser",
        "fa",
        "دختر ۱۸ ساله سعودی روز شنبه وارد تورنتو شد و گفت از آزار جسمی و روانی خانواده‌اش "
        "گریخته و زیر فشار خانواده درسش را رها کرده بود.",
        "دختر ۱۸ ساله سعودی که در تورنتو زندگی می‌کند گفت ماموران عربستان خانواده‌اش را در ریاض "
        "احضار و تهدید کرده‌اند تا او به کشور بازگردد.",
        "SA",
    ),
    Pair(
        "family-abuser",
        "en",
        "A Saudi teenager who arrived in Toronto on Saturday said she fled abuse from her family "
        "and domestic violence at home.",
        "A Saudi teenager living in Toronto said Saudi officials summoned and threatened her "
        "family in Riyadh to make her return.",
        "SA",
    ),
    Pair(
        "infrastructure",
        "fa",
        "اداره آب شهری در ایالت پنسیلوانیای آمریکا اعلام کرد که ایستگاه تقویت فشار آن به دست "
        "گروهی هکری که گفته می‌شود از سوی ایران پشتیبانی می‌شود هک شده است. این گروه پیش‌تر "
        "مدعی حمله به تصفیه‌خانه‌های آب در اسرائیل شده بود.",
        "یک روزنامه‌نگار ایرانی مقیم لندن اعلام کرد که تلفن او به دست هکرهای وابسته به ایران هک "
        "شده است.",
        "IR",
    ),
    Pair(
        "infrastructure",
        "en",
        "A water utility in Pennsylvania said hackers backed by Iran took over a booster station "
        "that regulates water pressure.",
        "An Iranian journalist living in London said hackers backed by Iran took over her email "
        "and phone.",
        "IR",
    ),
    Pair(
        "agent-wounded",
        "fa",
        "جمهوری اسلامی ایران یک معترض را اعدام کرد. خبرگزاری قوه قضاییه نوشت او در تهران یکی از "
        "نیروهای بسیج را با قمه زخمی کرده بود. مدیر یک سازمان حقوق بشری مستقر در اسلو گفت او پس "
        "از دادگاهی ناعادلانه اعدام شد.",
        "یک فعال ایرانی مقیم اسلو گفت دو مرد که خود را ماموران ایران معرفی کردند او را در خیابان "
        "با چاقو زخمی کردند.",
        "IR",
    ),
    Pair(
        "agent-wounded",
        "en",
        "Iran executed a protester the judiciary said had wounded a member of the Basij militia; "
        "a rights group based in Oslo condemned the sentence.",
        "An Iranian activist living in Oslo was stabbed and wounded by two men she said were "
        "agents of Iran.",
        "IR",
    ),
    Pair(
        "visa-restrictions",
        "ug",
        "ئامېرىكا دۆلەت ئىشلار كاتىپى ئۇيغۇرلارنى تۇتۇپ تۇرۇشقا مەسئۇل دەپ قارالغان خىتاي "
        "ئەمەلدارلىرىغا ۋىزا چەكلىمىسى قويۇلىدىغانلىقىنى ئېلان قىلدى.",
        "گېرمانىيەدە ياشايدىغان ئۇيغۇر پائالىيەتچىنىڭ ئۈرۈمچىدىكى ئاتا-ئانىسى تۇتۇپ تۇرۇلدى ۋە "
        "ئۇنىڭغا تەھدىت سېلىندى.",
        "CN",
    ),
    Pair(
        "visa-restrictions",
        "en",
        "The United States will impose visa restrictions on Chinese officials responsible for "
        "the detention of Uyghurs, the Secretary of State announced in Washington.",
        "The parents of a Uyghur activist living in Germany were detained in Urumqi and "
        "threatened over her work, she said.",
        "CN",
    ),
    Pair(
        "expelled-from-home",
        "en",
        "A court in Minsk sentenced an opposition leader to 11 years. She was taken into custody "
        "a year earlier. The day before, security forces seized her in central Minsk and tried "
        "to expel her from the country, but at the border with Ukraine she tore up her passport.",
        "A Belarusian opposition activist living in Kyiv was seized by Belarusian agents in "
        "central Kyiv and forcibly taken back to Minsk, where she was taken into custody.",
        "BY",
    ),
    Pair(
        "expelled-from-home",
        "ru",
        "Суд в Минске приговорил лидера протестов к 11 годам. Ее задержали годом ранее. Накануне "
        "силовики схватили ее в центре Минска и пытались выдворить из страны, но на границе с "
        "Украиной она порвала свой паспорт.",
        "Белорусскую активистку, живущую в Киеве, схватили белорусские агенты в центре Киева и "
        "насильно вывезли в Минск, где ее задержали.",
        "BY",
    ),
]


@pytest.mark.parametrize("pair", look_alikes(PAIRS))
def test_look_alike_of_the_blind_splits_is_rejected(pair: Pair) -> None:
    assert_rejected(pair)


@pytest.mark.parametrize("pair", look_alikes(PAIRS))
def test_tnr_counterpart_is_still_found(pair: Pair) -> None:
    assert_found(pair)
