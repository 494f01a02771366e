"""Look-alikes that must stay rejected, in six languages, each beside a minimally different
text of transnational repression that must stay found. Invented sentences written the way a
journalist writes each kind of look-alike the codebook names (design/taxonomy.md): repression
at home, lawful extradition of criminals, commercial hacking, diaspora cultural news,
sanctions, court cases at home, and a host state's asylum and removal decisions."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.tagging import tag
from amanat.monitor.tests.pairs import rules_tag

# (kind, language, look-alike, TNR text, origin of the TNR text)
PAIRS = [
    # Repression at home: every place is in the origin state.
    ("home", "en", "Iranian security forces arrested the journalist Nasrin Ahmadi at her home in "
     "Tehran on 3 May and took her to Evin prison, her lawyer said.",
     "Iranian intelligence agents abducted the journalist Nasrin Ahmadi near her home in "
     "Istanbul on 3 May and drove her across the border to Iran, her lawyer said.", "IR"),
    ("home", "tr", "Çin polisi, Uygur aktivist Memet Tursun'u 12 Mart'ta Urumçi'deki evinde "
     "gözaltına aldı.",
     "Türk polisi, Çin'in talebiyle Uygur aktivist Memet Tursun'u 12 Mart'ta İstanbul'daki "
     "evinde gözaltına aldı.", "CN"),
    ("home", "zh", "俄罗斯警方3月在莫斯科逮捕了反对派活动人士伊万·彼得罗夫，"
     "指控他组织未经批准的抗议。",
     "应俄罗斯要求，吉尔吉斯斯坦警方3月在比什凯克逮捕了俄罗斯反对派活动人士伊万·彼得罗夫。", "RU"),
    ("home", "ug", "خىتاي ساقچىلىرى 3-ئايدا ئۈرۈمچىدە ئۇيغۇر ئوقۇغۇچى ئەخمەتنى تۇتقۇن قىلدى.",
     "مىسىر ساقچىلىرى خىتاينىڭ تەلىپى بىلەن 3-ئايدا قاھىرەدە ئۇيغۇر ئوقۇغۇچى ئەخمەتنى تۇتقۇن "
     "قىلدى.", "CN"),
    ("home", "ru", "Белорусские силовики в марте задержали журналистку Анну Ковальчук в Минске по "
     "обвинению в экстремизме.",
     "По запросу Минска российская полиция в марте задержала в Москве белорусскую журналистку "
     "Анну Ковальчук, бежавшую из страны.", "BY"),
    ("home", "fa", "ماموران امنیتی ایران روزنامه‌نگار مریم رضایی را در خانه‌اش در تهران بازداشت "
     "کردند.",
     "پلیس ترکیه به درخواست ایران روزنامه‌نگار ایرانی مریم رضایی را در خانه‌اش در استانبول "
     "بازداشت کرد.", "IR"),
    # Lawful extradition of people wanted for ordinary crime.
    ("extradition", "en", "Turkey extradited to Iran a man convicted of heroin trafficking, after "
     "a court in Ankara rejected his claim that he would face torture.",
     "Turkey deported an Iranian dissident to Iran at Tehran's request, after a court in Ankara "
     "rejected his claim that he would face torture.", "IR"),
    ("extradition", "tr", "Türkiye, dolandırıcılıktan aranan bir Rus işadamını iki ülke "
     "arasındaki iade anlaşması kapsamında Rusya'ya iade etti.",
     "Türkiye, Rusya'nın talebiyle savaş karşıtı Rus aktivist Oleg Smirnov'u Rusya'ya iade "
     "etti.", "RU"),
    ("extradition", "zh", "泰国警方根据两国引渡条约，将一名涉嫌洗钱的中国商人引渡回中国。",
     "泰国警方应中国要求，将一名维吾尔族难民遣返回中国。", "CN"),
    ("extradition", "ug", "قازاقىستان ئەتكەسچىلىك بىلەن ئەيىبلەنگەن بىر خىتاي سودىگەرنى خىتايغا "
     "ئۆتكۈزۈپ بەردى.",
     "قازاقىستان خىتاينىڭ تەلىپى بىلەن ئۇيغۇر پائالىيەتچى ئابدۇۋەلىنى خىتايغا ئۆتكۈزۈپ بەردى.",
     "CN"),
    ("extradition", "ru", "Казахстан выдал России мужчину, обвиняемого в убийстве в Омске, "
     "сообщила Генпрокуратура.",
     "Казахстан выдал России антивоенного активиста Олега Смирнова, бежавшего от мобилизации, "
     "сообщили правозащитники.", "RU"),
    ("extradition", "fa", "ترکیه یک قاچاقچی مواد مخدر را بر اساس قرارداد استرداد به ایران "
     "تحویل داد.",
     "ترکیه یک فعال سیاسی ایرانی را به درخواست تهران به ایران تحویل داد.", "IR"),
    # Hacking for money or secrets, not of people abroad.
    ("hacking", "en", "A Russian-speaking ransomware gang hacked the networks of a German "
     "hospital chain and demanded 5 million euros, police in Berlin said.",
     "Russian state hackers broke into the phones of exiled Russian journalists in Berlin, "
     "police said.", "RU"),
    ("hacking", "tr", "Rus fidye yazılımı çetesi, Almanya'daki bir hastane zincirinin "
     "bilgisayarlarını hackleyerek 5 milyon euro istedi.",
     "Rus devlet hackerları, Almanya'da yaşayan sürgündeki Rus gazetecilerin telefonlarını "
     "hackledi.", "RU"),
    ("hacking", "zh", "一个中国黑客团伙入侵了德国一家汽车制造商的服务器，窃取设计图纸后勒索赎金。",
     "中国国家黑客入侵了在德国的流亡维吾尔活动人士的手机，窃取了他们的通讯录。", "CN"),
    ("hacking", "ug", "بىر خىتاي خاككېر گۇرۇھى گېرمانىيەدىكى بىر ماشىنا شىركىتىنىڭ "
     "كومپيۇتېرلىرىغا خاككېرلىق قىلىپ پۇل تەلەپ قىلدى.",
     "خىتاي دۆلەت خاككېرلىرى گېرمانىيەدە ياشايدىغان ئۇيغۇر پائالىيەتچىلەرنىڭ تېلېفونلىرىغا "
     "خاككېرلىق قىلدى.", "CN"),
    ("hacking", "ru", "Российская группировка вымогателей взломала сеть немецкой больницы в "
     "Дюссельдорфе и потребовала выкуп.",
     "Российские государственные хакеры взломали телефоны российских журналистов-эмигрантов "
     "в Берлине.", "RU"),
    ("hacking", "fa", "هکرهای ایرانی سرورهای یک شرکت کشتیرانی در آلمان را هک کردند و باج "
     "خواستند.",
     "هکرهای وابسته به سپاه پاسداران ایمیل روزنامه‌نگاران ایرانی مقیم لندن را هک کردند.", "IR"),
    # Diaspora cultural news.
    ("diaspora", "en", "Thousands of Iranians living in Toronto watched fireworks and "
     "photographed the dancers at a Nowruz festival on Sunday, organisers said.",
     "Iranian consulate officials photographed Iranians living in Toronto at a protest on "
     "Sunday and sent the pictures to Tehran, organisers said.", "IR"),
    ("diaspora", "tr", "Berlin'de yaşayan Türkler, Cumhuriyet Bayramı'nı bir konserle kutladı; "
     "Türk büyükelçisi de törene katıldı.",
     "Türk büyükelçiliği çalışanları, Berlin'de yaşayan muhalif Türklerin toplantısını gizlice "
     "fotoğraflayıp Ankara'ya bildirdi.", "TR"),
    ("diaspora", "zh", "居住在悉尼的中国留学生举办春节联欢晚会，中国驻悉尼总领事馆官员出席并致辞。",
     "中国驻悉尼总领事馆官员偷拍参加集会的中国留学生，并向国内报告他们的身份。", "CN"),
    ("diaspora", "ug", "ئىستانبۇلدا ياشايدىغان ئۇيغۇرلار نورۇز بايرىمىنى كۈتۈۋالدى ۋە "
     "ناخشا-ئۇسسۇل كېچىلىكى ئۆتكۈزدى.",
     "خىتاي ئەلچىخانىسى ئىستانبۇلدا ياشايدىغان ئۇيغۇرلارنىڭ نامايىشىنى سۈرەتكە ئېلىپ، "
     "ئۇلارنىڭ ئائىلىسىگە تەھدىت سالدى.", "CN"),
    ("diaspora", "ru", "Живущие в Тбилиси россияне отметили Масленицу на ярмарке; посол России "
     "прислал поздравление.",
     "Сотрудники российского посольства фотографировали живущих в Тбилиси россиян на "
     "антивоенном митинге и угрожали их родственникам.", "RU"),
    ("diaspora", "fa", "ایرانیان مقیم لس‌آنجلس جشن نوروز را با کنسرت و رقص برگزار کردند.",
     "ماموران اطلاعات ایران ایرانیان مقیم لس‌آنجلس را در یک تظاهرات تهدید کردند.", "IR"),
    # Sanctions over repression at home.
    ("sanctions", "en", "The United States sanctioned two Chinese police officials on Tuesday "
     "over the mass detention of Uyghurs in Xinjiang, freezing their assets in America.",
     "Chinese police officials detained the relatives of Uyghurs living in America to force "
     "them to return, a report said on Tuesday.", "CN"),
    ("sanctions", "tr", "AB, Mahsa Amini'nin ölümü ve protestoculara yönelik baskı nedeniyle "
     "İran ahlak polisine Brüksel'de yaptırım uyguladı.",
     "İran istihbaratı, Avrupa'da yaşayan İranlı protestocuların ailelerini gözaltına alarak "
     "onları susturmaya çalıştı.", "IR"),
    ("sanctions", "zh", "美国财政部以新疆大规模拘押维吾尔人为由，"
     "对两名中国官员实施制裁并冻结其在美资产。",
     "中国警方拘押了旅居美国的维吾尔人的家属，逼迫他们停止发声。", "CN"),
    ("sanctions", "ug", "ئامېرىكا ئۇيغۇرلارنى تۇتقۇن قىلغانلىقى ئۈچۈن ئىككى خىتاي ئەمەلدارىغا "
     "جازا يۈرگۈزدى.",
     "خىتاي ساقچىلىرى ئامېرىكىدا ياشايدىغان ئۇيغۇرلارنىڭ تۇغقانلىرىنى تۇتقۇن قىلىپ، ئۇلارغا "
     "تەھدىت سالدى.", "CN"),
    ("sanctions", "ru", "ЕС ввёл санкции против российских судей, вынесших приговор "
     "оппозиционеру Владимиру Кара-Мурзе, и заморозил их активы в Европе.",
     "Российские спецслужбы угрожали родственникам живущего в Лондоне оппозиционера Владимира "
     "Кара-Мурзы.", "RU"),
    ("sanctions", "fa", "اتحادیه اروپا به دلیل سرکوب معترضان، پلیس امنیت ایران را در بروکسل "
     "تحریم کرد.",
     "ماموران اطلاعات ایران معترضان ایرانی مقیم آلمان را تهدید کردند.", "IR"),
    # Court cases at home.
    ("court", "en", "A court in Moscow sentenced the opposition activist Ilya Sokolov to eight "
     "years in prison on Friday for posts criticising the war.",
     "A court in Moscow sentenced the opposition activist Ilya Sokolov to eight years in "
     "prison on Friday, months after Kyrgyz police detained him in Bishkek and handed him over "
     "to Russia.", "RU"),
    ("court", "tr", "Ankara'da bir mahkeme, gazeteci Ayşe Demir'i sosyal medya paylaşımları "
     "nedeniyle iki yıl hapis cezasına çarptırdı.",
     "Ankara'da bir mahkeme, Kenya'da kaçırılıp Türkiye'ye getirilen öğretmen Ayşe Demir'i iki "
     "yıl hapis cezasına çarptırdı.", "TR"),
    ("court", "zh", "北京一家法院以颠覆国家政权罪判处维权律师王强十年有期徒刑。",
     "北京一家法院判处维权律师王强十年有期徒刑；他去年在老挝被捕后被遣返回中国。", "CN"),
    ("court", "ug", "ئۈرۈمچى سوتى ئۇيغۇر ئوقۇغۇچى ئەخمەتنى بۆلگۈنچىلىك بىلەن ئەيىبلەپ 10 "
     "يىللىق قاماق جازاسىغا ھۆكۈم قىلدى.",
     "ئۈرۈمچى سوتى مىسىردا تۇتۇلۇپ خىتايغا قايتۇرۇلغان ئۇيغۇر ئوقۇغۇچى ئەخمەتنى 10 يىللىق "
     "قاماق جازاسىغا ھۆكۈم قىلدى.", "CN"),
    ("court", "ru", "Минский суд приговорил правозащитника Павла Лебедева к семи годам колонии "
     "за участие в протестах.",
     "Минский суд приговорил правозащитника Павла Лебедева, выданного Россией по запросу "
     "Беларуси, к семи годам колонии.", "BY"),
    ("court", "fa", "دادگاه انقلاب تهران خواننده رپ، علی کریمی را به اتهام حمایت از اعتراضات "
     "به شش سال زندان محکوم کرد.",
     "دادگاه انقلاب تهران خواننده رپ، علی کریمی را که از دبی ربوده و به ایران منتقل شده بود "
     "به شش سال زندان محکوم کرد.", "IR"),
    # A host state's asylum and removal decisions.
    ("asylum", "en", "A Swedish court on Monday halted the deportation of a Uyghur woman to "
     "China, ruling that she would face persecution there.",
     "Sweden on Monday deported a Uyghur woman to China at Beijing's request, despite "
     "warnings that she would face persecution there.", "CN"),
    ("asylum", "tr", "Anayasa Mahkemesi, Uygur bir öğrencinin Çin'e sınır dışı edilmesini "
     "durdurdu.",
     "Türkiye, Uygur bir öğrenciyi Çin'in talebiyle Çin'e sınır dışı etti.", "CN"),
    ("asylum", "zh", "德国法院裁定暂停将一名维吾尔族妇女遣返中国，理由是她回国后可能遭受迫害。",
     "土耳其警方应中国要求将一名维吾尔族妇女遣返中国。", "CN"),
    ("asylum", "ug", "شىۋىتسىيە سوتى بىر ئۇيغۇر ئايالنى خىتايغا قايتۇرۇشنى توختاتتى.",
     "شىۋىتسىيە خىتاينىڭ تەلىپى بىلەن بىر ئۇيغۇر ئايالنى خىتايغا قايتۇرۇۋەتتى.", "CN"),
    ("asylum", "ru", "Суд в Берлине приостановил депортацию уйгурки в Китай, признав, что "
     "на родине её ждёт преследование.",
     "Германия депортировала уйгурку в Китай по запросу Пекина, хотя на родине её ждёт "
     "преследование.", "CN"),
    ("asylum", "fa", "دادگاهی در آلمان درخواست پناهندگی یک مرد ایرانی را که به قاچاق مواد "
     "مخدر محکوم شده بود رد کرد و او به ایران اخراج شد.",
     "آلمان یک فعال سیاسی ایرانی را با وجود درخواست پناهندگی‌اش به درخواست تهران به ایران "
     "اخراج کرد.", "IR"),
    # A perpetrator tried abroad for atrocities, beside a target held abroad.
    ("perpetrator", "en", "A court in The Hague sentenced a former Syrian army officer to life "
     "for war crimes. He had sought asylum in the Netherlands and was arrested there in 2021.",
     "Dutch police arrested a Syrian army defector at Damascus's request. He had sought asylum "
     "in the Netherlands and was arrested there in 2021.", "SY"),
    ("perpetrator", "ru", "Суд в Стокгольме приговорил бывшего иранского тюремщика к "
     "пожизненному сроку за военные преступления. Его арестовали в Швеции, где он просил "
     "убежища.",
     "Шведская полиция по запросу Тегерана арестовала иранского диссидента. Его арестовали в "
     "Швеции, где он просил убежища.", "IR"),
    ("perpetrator", "tr", "Alman mahkemesi, eski Suriyeli istihbarat subayını insanlığa karşı "
     "suçlardan ömür boyu hapse mahkûm etti. Almanya'ya sığınmış ve orada tutuklanmıştı.",
     "Alman polisi, Şam'ın talebiyle Suriyeli muhalif bir gazeteciyi tutukladı. Almanya'ya "
     "sığınmış ve orada tutuklanmıştı.", "SY"),
    ("perpetrator", "zh", "瑞典法院以战争罪判处一名前伊朗监狱官员终身监禁。"
     "他2019年在斯德哥尔摩被捕，曾申请庇护。",
     "应伊朗要求，瑞典警方逮捕了一名伊朗异见人士。他2019年在斯德哥尔摩被捕，曾申请庇护。", "IR"),
    ("perpetrator", "fa", "دادگاهی در استکهلم یک مقام سابق زندان‌های ایران را به اتهام جنایات "
     "جنگی به حبس ابد محکوم کرد. او که درخواست پناهندگی داده بود در سوئد بازداشت شد.",
     "پلیس سوئد به درخواست تهران یک فعال سیاسی ایرانی را بازداشت کرد. او که درخواست "
     "پناهندگی داده بود در سوئد بازداشت شد.", "IR"),
    # Taken off a plane at home: no transfer between states.
    ("home_transfer", "en", "Ugandan police arrested the opposition MP Sarah Nankya, who was "
     "forcibly taken off a plane at Entebbe airport in Kampala on Monday. A day later her aide "
     "was taken from his home in Kampala by men in an unmarked car.",
     "Kenyan police arrested the Ugandan opposition MP Sarah Nankya, who was forcibly taken off "
     "a plane at the airport in Nairobi on Monday. A day later she was taken to Kampala by men "
     "in an unmarked car.", "UG"),
    ("home_transfer", "zh", "乌干达警方在坎帕拉机场强行将反对派议员萨拉拖下飞机并带走。"
     "次日，她的助手在坎帕拉家中被不明男子带走。",
     "肯尼亚警方在内罗毕机场强行将乌干达反对派议员萨拉拖下飞机并带走。"
     "次日，她被不明男子押回乌干达。",
     "UG"),
]  # fmt: skip


def _ids(kind: str, language: str) -> str:
    return f"{kind}-{language}"


@pytest.mark.parametrize(("kind", "language", "look_alike"),
                         [(k, lang, la) for k, lang, la, _, _ in PAIRS],
                         ids=[_ids(k, lang) for k, lang, *_ in PAIRS])  # fmt: skip
def test_look_alike_is_not_read_as_transnational_repression(
    kind: str, language: str, look_alike: str
) -> None:
    result = tag(look_alike, language)
    assert not result.is_tnr, (kind, result.tags)


# Twins still missed: the tactic words or the origin's role are not read (Turkish "iade etti",
# Uyghur "ئۆتكۈزۈپ بەردى" and "خاككېرلىق", Russian "выдал России" and "выданного Россией",
# "photographed … and sent the pictures to Tehran"). Chinese 维权律师 reads as a political target
# since session 20 (rules/gate_cues.py, the cues in every language).
# Recall work for the tactic and origin rules; strict, so a fix shows here.
_MISSED = {("extradition", "tr"), ("extradition", "ug"), ("extradition", "ru"),
           ("hacking", "ug"), ("diaspora", "en"), ("court", "ru")}  # fmt: skip
_TWINS = [pytest.param(k, lang, tnr, o, id=_ids(k, lang), marks=[pytest.mark.xfail(
              strict=True, reason="recall gap, not a look-alike rule")] if (k, lang) in _MISSED
              else []) for k, lang, _, tnr, o in PAIRS]  # fmt: skip


@pytest.mark.parametrize(("kind", "language", "text", "origin"), _TWINS)
def test_its_twin_of_transnational_repression_is_still_found(
    kind: str, language: str, text: str, origin: str
) -> None:
    result = rules_tag(text, language)  # the rules' twin, as pairs.assert_found reads it
    assert result.is_tnr, (kind, result.tags)
    assert result.origin_state == origin
