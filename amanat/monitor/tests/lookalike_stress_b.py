"""Invented look-alikes for tests/test_lookalike_stress.py (Round 12e), part two."""

from __future__ import annotations

CASES_B: list[tuple[str, str, str, str | None, str]] = [
    ("exile-comments-arrests", "en",
     "From exile in Vilnius, Belarusian opposition leader Sviatlana Tsikhanouskaya condemned the "
     "sentencing of eleven activists in Minsk on Tuesday and called for their release.",
     None, "BY"),
    ("red-notice-fraud", "en",
     "Police in Dubai arrested a British fugitive wanted under an Interpol red notice for a £30 "
     "million investment fraud. He is expected to be extradited to the United Kingdom.",
     None, "GB"),
    ("deport-migrants", "en",
     "Turkey deported 320 Afghan migrants who had entered the country illegally, the migration "
     "authority said on Friday. They were flown from Van to Kabul on a charter flight.",
     None, "AF"),
    ("spy-on-military", "en",
     "German police arrested two men suspected of spying for Russia on US military facilities in "
     "Bavaria and of planning sabotage against railway lines, prosecutors said.",
     None, "RU"),
    ("gang-killing-abroad", "en",
     "A Georgian businessman was shot dead outside a restaurant in Athens on Sunday in what "
     "police described as a settling of scores between rival organised crime groups.",
     None, "GE"),
    ("ngo-statement", "en",
     "Amnesty International urged the authorities in Tajikistan to release jailed lawyers and to "
     "stop the persecution of critics at home, in a statement issued on Thursday.",
     None, "TJ"),
    ("refugee-arrivals", "en",
     "A boat carrying 54 Eritrean refugees fleeing forced conscription arrived in Lampedusa on "
     "Monday, the Italian coastguard said. All were taken to the reception centre.",
     None, "ER"),
    ("returnee-arrested-home", "en",
     "Ethiopian police arrested a prominent opposition politician in Addis Ababa on Wednesday, "
     "days after he returned from a conference in Washington, his party said.",
     None, "ET"),
    ("in-absentia-fugitive", "en",
     "A court in Tashkent sentenced a fugitive banker in absentia to fifteen years for "
     "embezzlement on Friday. Prosecutors say he is hiding in Dubai and have asked for his "
     "extradition.",
     None, "UZ"),
    ("relatives-home-protest", "en",
     "Relatives of the jailed protesters gathered outside the prosecutor's office in Cairo on "
     "Monday demanding news of their sons; police detained several mothers.",
     None, "EG"),
    ("sanctions-tnr-unrelated", "en",
     "Britain expelled a Russian defence attaché on Wednesday in a diplomatic row over espionage, "
     "and Moscow vowed to retaliate against British diplomats.",
     None, "RU"),
    ("red-notice-drugs", "tr",
     "Kırmızı bültenle aranan uyuşturucu baronu Gürcistan'da yakalandı ve Türkiye'ye iade edildi. "
     "Zanlı, uluslararası kokain kaçakçılığıyla suçlanıyor.",
     "Kırmızı bültenle aranan muhalif gazeteci Gürcistan'da yakalandı ve Türkiye'ye iade edildi. "
     "Gazeteci, hükümeti eleştiren yazılarıyla tanınıyor.",
     "TR"),
    ("exile-comments", "tr",
     "İsveç'te yaşayan gazeteci Abdullah Bozkurt, Ankara'daki gözaltıları değerlendirerek "
     "hükümetin muhalefeti susturmaya çalıştığını söyledi.",
     None, "TR"),
    ("deport-migrants", "tr",
     "Göç İdaresi, yasa dışı yollarla Türkiye'ye giren 250 Pakistanlı düzensiz göçmenin sınır "
     "dışı edildiğini açıkladı.",
     None, "PK"),
    ("spy-on-host", "tr",
     "İstanbul'da İsrail adına casusluk yaptığı iddia edilen 7 kişi gözaltına alındı. "
     "Şüphelilerin liman tesislerini izlediği belirtildi.",
     None, "IL"),
    ("red-notice-corruption", "zh",
     "外逃十二年的红色通缉人员、原某国企负责人周二从保加利亚被引渡回国，他涉嫌贪污公款数千万元。",
     "流亡海外的维吾尔族活动人士周二在保加利亚被捕，中国以红色通缉令要求将其引渡回国。",
     "CN"),
    ("exile-comments", "zh",
     "旅居德国的维吾尔族学者周一表示，新疆的宗教限制仍在加强，并呼吁国际社会关注。",
     None, "CN"),
    ("spy-on-host", "zh",
     "德国检方周三表示，一名德国议员的助理因涉嫌为中国情报机构刺探欧洲议会情报而被捕。",
     None, "CN"),
    ("repatriation", "zh",
     "外交部表示，首批从苏丹撤离的中国公民已乘包机安全抵达北京，其余人员将分批撤离。",
     None, "CN"),
    ("exile-comments", "ug",
     "دۇنيا ئۇيغۇر قۇرۇلتىيىنىڭ رەئىسى مىيۇنخېندا سۆزلىگەن نۇتقىدا، شىنجاڭدىكى لاگېرلارنى يېپىشقا "
     "چاقىردى.",
     None, "CN"),
    ("deport-migrants", "ug",
     "قازاقىستان قانۇنسىز چېگرادىن ئۆتكەن ئىككى ئۆزبېك پۇقراسىنى ئۆزبېكىستانغا قايتۇرۇپ بەردى.",
     None, "UZ"),
    ("relatives-home", "ug",
     "قەشقەردە تۇتقۇن قىلىنغان ئۆلىمانىڭ ئائىلىسىدىكىلەر ئۇنىڭ قەيەردە ئىكەنلىكىنى "
     "بىلمەيدىغانلىقىنى ئېيتتى.",
     None, "CN"),
    ("red-notice-fraud", "ru",
     "В Таиланде задержан россиянин, объявленный в международный розыск по делу о мошенничестве "
     "на сумму 2 млрд рублей. Генпрокуратура готовит запрос о его экстрадиции.",
     "В Таиланде задержан российский оппозиционный блогер, объявленный в международный розыск за "
     "критику войны. Генпрокуратура готовит запрос о его экстрадиции.",
     "RU"),
    ("exile-comments", "ru",
     "Живущий в Берлине оппозиционный политик заявил, что приговор активистам в Казани показывает "
     "усиление репрессий внутри страны.",
     None, "RU"),
    ("spy-on-host", "ru",
     "В Польше задержан гражданин Беларуси, подозреваемый в шпионаже против польской армии и "
     "сборе сведений о военных объектах.",
     None, "BY"),
    ("foreign-agent-home", "ru",
     "Минюст России внёс в реестр иностранных агентов журналиста и двух политологов, проживающих "
     "за рубежом.",
     None, "RU"),
    ("exile-comments", "fa",
     "یک فعال حقوق بشر ساکن لندن در گفت‌وگو با رسانه‌ها گفت که موج اعدام‌ها در ایران نشانه ترس "
     "حکومت از اعتراضات است.",
     None, "IR"),
    ("red-notice-drugs", "fa",
     "یک قاچاقچی بین‌المللی مواد مخدر که با اعلان قرمز اینترپل تحت تعقیب بود، در دبی بازداشت و به "
     "ایران مسترد شد.",
     "یک روزنامه‌نگار منتقد ایرانی که با اعلان قرمز اینترپل تحت تعقیب بود، در دبی بازداشت و به "
     "ایران مسترد شد.",
     "IR"),
    ("deport-migrants", "fa",
     "ایران در هفته گذشته بیش از ده هزار مهاجر افغان فاقد مدرک را به افغانستان بازگرداند.",
     None, "AF"),
    ("spy-on-host", "fa",
     "پلیس سوئد یک مرد ایرانی را به ظن جاسوسی برای ایران درباره صنایع نظامی سوئد بازداشت کرد.",
     None, "IR"),
]  # fmt: skip

CASES_B += [
    ("relatives-home-protest", "tr",
     "Tutuklu gazetecilerin aileleri Silivri Cezaevi önünde eylem yaptı; polis bazı anneleri "
     "gözaltına aldı.",
     None, "TR"),
    ("relatives-home-protest", "ru",
     "Родственники задержанных протестующих собрались у здания суда в Минске; полиция задержала "
     "нескольких матерей.",
     None, "BY"),
    ("relatives-home-protest", "zh",
     "被羁押律师的家属周一在天津看守所外要求会见，警察将几名妻子带走。",
     None, "CN"),
    ("relatives-home-protest", "fa",
     "خانواده‌های زندانیان سیاسی مقابل زندان اوین تجمع کردند و مأموران چند مادر را بازداشت کردند.",
     None, "IR"),
    ("returnee-arrested-home", "tr",
     "Azerbaycanlı muhalif gazeteci, Almanya'daki bir konferanstan döndükten sonra Bakü'de "
     "gözaltına alındı.",
     None, "AZ"),
    ("returnee-arrested-home", "ru",
     "Таджикский оппозиционный политик был задержан в Душанбе после возвращения из Берлина, где "
     "он участвовал в конференции ОБСЕ.",
     None, "TJ"),
    ("gang-killing-abroad", "tr",
     "Gürcü bir işadamı Atina'da bir restoranın önünde silahlı saldırıda öldürüldü. Polis, olayın "
     "rakip suç örgütleri arasındaki bir hesaplaşma olduğunu açıkladı.",
     None, "GE"),
    ("gang-killing-abroad", "ru",
     "В Афинах у ресторана застрелен грузинский бизнесмен. Полиция считает убийство разборкой "
     "между конкурирующими преступными группировками.",
     None, "GE"),
    ("gang-killing-abroad", "fa",
     "یک تاجر گرجی در آتن مقابل یک رستوران با شلیک گلوله کشته شد. پلیس این قتل را تسویه حساب میان "
     "باندهای رقیب جنایتکار دانست.",
     None, "GE"),
    ("spy-on-host", "tr",
     "Almanya'da Rusya adına casusluk yaptığı öne sürülen iki kişi tutuklandı. Şüphelilerin "
     "askeri üsleri gözetlediği belirtildi.",
     None, "RU"),
    ("counter-sanctions", "zh",
     "中国外交部宣布对六名美国国会议员实施制裁，禁止其入境中国，以回应美方涉港制裁。",
     None, "CN"),
    ("state-hacks-infrastructure", "zh",
     "美国网络安全机构称，与中国政府有关的黑客组织“伏特台风”潜伏在关岛港口和电力系统中。",
     None, "CN"),
    ("state-hacks-infrastructure", "ru",
     "Хакеры ГРУ атаковали энергосистему Украины и обесточили несколько районов Киева, сообщили в "
     "СБУ.",
     None, "RU"),
    ("criminal-hacking", "tr",
     "Hackerlar bir bankanın 300 bin müşterisinin kişisel verilerini çalarak internette satışa "
     "çıkardı.",
     None, "TR"),
    ("death-in-custody", "fa",
     "یک زندانی سیاسی در زندان اوین پس از اعتصاب غذا درگذشت؛ خانواده او خواستار تحقیقات مستقل "
     "شدند.",
     None, "IR"),
    ("death-in-custody", "tr",
     "Diyarbakır'da gözaltına alınan bir kişi karakolda hayatını kaybetti; ailesi işkence "
     "iddiasıyla suç duyurusunda bulundu.",
     None, "TR"),
    ("press-index", "zh",
     "无国界记者组织发布年度新闻自由指数，越南在180个国家和地区中排名第178位。",
     None, "VN"),
    ("press-index", "ru",
     "«Репортёры без границ» поставили Туркменистан на 176-е место в мировом рейтинге свободы "
     "прессы.",
     None, "TM"),
    ("exile-quoted", "zh",
     "流亡海外的民运人士王丹周五在台北接受采访时批评北京的对台政策。",
     None, "CN"),
    ("asylum-arrivals", "ru",
     "В Грузию за неделю прибыли десятки тысяч россиян, уклоняющихся от мобилизации, сообщили "
     "пограничники.",
     None, "RU"),
    ("extradition-drugs", "ru",
     "Россия выдала Таджикистану гражданина, обвиняемого в торговле героином в крупном размере.",
     None, "TJ"),
    ("diaspora-association", "ru",
     "Союз армян России на съезде в Москве избрал нового председателя.",
     None, "AM"),
    ("diaspora-association", "ug",
     "ئامېرىكىدىكى ئۇيغۇر بىرلەشمىسى ۋاشىنگتوندا ئۆتكۈزۈلگەن يىغىندا يېڭى رەئىس سايلىدى.",
     None, "CN"),
    ("deport-criminal", "en",
     "Germany deported a rejected Afghan asylum seeker convicted of stabbing two people in "
     "Mannheim to Kabul on Friday, the interior ministry said.",
     None, "AF"),
    ("in-absentia", "tr",
     "Yurt dışına kaçan eski banka yöneticisi, zimmet suçundan gıyabında 12 yıl hapis cezasına "
     "çarptırıldı.",
     None, "TR"),
    ("in-absentia", "zh",
     "法院以贪污罪缺席判处外逃的前市长有期徒刑十二年，检方称他藏匿在加拿大。",
     None, "CN"),
    ("wanted-foreign", "zh",
     "俄罗斯内政部将爱沙尼亚总理和多名立陶宛议员列入通缉名单，理由是他们拆除苏军纪念碑。",
     "香港警方悬赏通缉在海外的八名民主派人士，并上门约谈其在港家人。",
     "CN"),
    ("diplomatic-row", "fa",
     "ایران سفیر آلمان را در پی اظهارات وزیر خارجه این کشور درباره برنامه هسته‌ای احضار کرد.",
     None, "IR"),
    ("diplomatic-row", "ug",
     "خىتاي تاشقى ئىشلار مىنىستىرلىكى ياپونىيە باش ئەلچىسىنى چاقىرىپ ئېغىز نارازىلىقىنى بىلدۈردى.",
     None, "CN"),
    ("ngo-statement", "ug",
     "خەلقئارا كەچۈرۈم تەشكىلاتى خىتاي ھۆكۈمىتىنى قاماقتىكى ئۇيغۇر زىيالىيلارنى قويۇپ بېرىشكە "
     "چاقىردى.",
     None, "CN"),
    ("asylum-decision", "ug",
     "شىۋىتسىيە كۆچمەنلەر ئىدارىسى بىر ئۇيغۇر ئائىلىسىنىڭ پاناھلىق ئىلتىماسىنى قوبۇل قىلدى.",
     None, "CN"),
    ("ransomware", "zh",
     "勒索软件团伙攻击了一家日本汽车零部件企业，导致其多家工厂停产，并索要巨额赎金。",
     None, "JP"),
    ("ransomware", "fa",
     "یک گروه باج‌افزاری سامانه‌های یک بیمارستان در مشهد را قفل کرد و برای بازگشایی آنها بیت‌کوین "
     "خواست.",
     None, "IR"),
]  # fmt: skip

CASES_B += [
    ("in-absentia-exile-home", "en",
     "A court in Minsk sentenced five protesters to prison on Monday; relatives in the courtroom "
     "wept as the verdict was read, and police detained two of them outside.",
     None, "BY"),
    ("ransom-kidnap-abroad", "en",
     "Three Chinese workers were kidnapped for ransom by an armed gang in Nigeria's Ogun state on "
     "Saturday, police said.",
     None, "CN"),
    ("hack-election", "en",
     "Microsoft said hackers working for Iran's government had broken into the email of a senior "
     "adviser to a US presidential campaign.",
     None, "IR"),
    ("deport-convicted", "tr",
     "Almanya, uyuşturucu ticaretinden hüküm giyen bir Türk vatandaşını cezasını tamamladıktan "
     "sonra Türkiye'ye sınır dışı etti.",
     None, "TR"),
    ("diaspora-threat-criminal", "tr",
     "Londra'da yaşayan Türk iş insanı, kendisinden haraç isteyen bir çetenin tehdit mesajları "
     "gönderdiğini söyledi; polis üç kişiyi gözaltına aldı.",
     None, "TR"),
    ("extradition-cyber", "ru",
     "Нидерланды экстрадировали в США гражданина России, обвиняемого в создании вредоносной "
     "программы для кражи банковских данных.",
     None, "RU"),
    ("diaspora-criminal-threat", "ru",
     "Живущему в Праге казахстанскому бизнесмену угрожали вымогатели, требовавшие деньги; чешская "
     "полиция задержала двоих подозреваемых.",
     None, "KZ"),
    ("relatives-visit-home", "zh",
     "旅居加拿大的维吾尔族商人回到喀什探望父母，当地官员到家中慰问并介绍了扶贫项目。",
     None, "CN"),
    ("extradition-fraud", "zh",
     "柬埔寨警方将一批涉嫌电信诈骗的中国籍嫌疑人遣返回国，公安部称已全部移交福建警方。",
     None, "CN"),
    ("asylum-decision", "zh",
     "澳大利亚移民部拒绝了一名中国商人的庇护申请，称其未能证明回国后会受到迫害。",
     None, "CN"),
    ("deport-migrants", "fa",
     "ترکیه ۳۰۰ مهاجر غیرقانونی ایرانی را که از مرز وارد شده بودند به ایران بازگرداند.",
     None, "IR"),
    ("hack-criminal", "ug",
     "خاككېرلار قازاقىستاندىكى بىر بانكنىڭ خېرىدارلىرىنىڭ ئۇچۇرلىرىنى ئوغرىلاپ ساتتى.",
     None, "KZ"),
    ("diaspora-students", "ug",
     "تۈركىيەدىكى ئۇيغۇر ئوقۇغۇچىلار ئىستانبۇلدا مەدەنىيەت كېچىلىكى ئۆتكۈزدى.",
     None, "CN"),
]  # fmt: skip

# Still taken (Round 12e left them): persecution at home told in an asylum decision, an ordinary
# murder suspect extradited, an exile suing for defamation.
STILL_TAKEN: list[tuple[str, str, str, str | None, str]] = [
    ("asylum-granted-threatened-home", "en",
     "A Swedish court granted asylum to an Uzbek journalist who said security services had "
     "threatened him and his family in Tashkent before he fled in 2022.",
     None, "UZ"),
    ("extradition-own-state-crime", "en",
     "Kazakhstan extradited to Kyrgyzstan a man wanted for the murder of a taxi driver in Osh, "
     "prosecutors said on Tuesday.",
     None, "KG"),
    ("exile-sues", "fa",
     "یک روزنامه‌نگار ایرانی ساکن لندن از یک شرکت انگلیسی به دلیل افترا شکایت کرد و دادگاه به نفع "
     "او رای داد.",
     None, "IR"),
]  # fmt: skip
