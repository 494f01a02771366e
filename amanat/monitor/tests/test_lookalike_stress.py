"""Round 12e look-alike stress: invented short news texts that no rule was tuned on, one or more
per codebook look-alike class (repression at home, lawful extradition or deportation of ordinary
suspects and migrants, criminal hacking, a state's hacking of infrastructure or espionage against
the host, diaspora community news, sanctions, diplomatic rows, court cases at home, asylum and
arrivals, indexes and NGO statements, deaths in custody, wanted lists of foreign politicians,
exiles quoted with no act against them, killings between criminals), in en, tr, zh, ug, ru and fa,
over states rarely seen in our corpora. Where natural, a minimal TNR counterpart must stay found.
Entries: (class, language, look-alike, TNR counterpart or None, origin of the counterpart)."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.tagging import tag

CASES = [
    ("protest-arrests", "en",
     "Police in Minsk detained more than forty people on Saturday who had gathered outside the "
     "central railway station to protest against the rigged vote. Several were beaten, rights "
     "groups said.",
     "Lithuanian police said on Saturday that two men sent by Minsk had been following Belarusian "
     "exiles in Vilnius and photographing them outside their homes, rights groups said.",
     "BY"),
    ("journalist-jailed-home", "en",
     "A court in Hanoi sentenced blogger Nguyen Van Hai to nine years in prison on Tuesday for "
     "'propaganda against the state' over posts criticising the Communist Party.",
     "Vietnamese blogger Nguyen Van Hai, who fled to Bangkok last year, was abducted from a cafe "
     "there on Tuesday and later appeared in custody in Hanoi, his lawyer said.",
     "VN"),
    ("execution", "en",
     "Saudi Arabia executed seven men on Monday convicted of drug trafficking, the interior "
     "ministry said, bringing the number of executions this year to more than a hundred.",
     None, "SA"),
    ("extradition-fraud", "en",
     "Spain extradited a Brazilian businessman to Portugal on Thursday to face charges of a "
     "40-million-euro VAT fraud, the National Court said. He was arrested in Marbella in May.",
     None, "PT"),
    ("ransomware", "en",
     "A ransomware gang encrypted the servers of a hospital chain in Ohio last week and demanded "
     "$4 million in bitcoin, the FBI said. Patients were diverted to other hospitals.",
     None, "US"),
    ("state-hacks-infrastructure", "en",
     "Hackers linked to Iran's Revolutionary Guards broke into the control systems of a water "
     "utility in Pennsylvania, US officials said, in an attack on critical infrastructure.",
     "Hackers linked to Iran's Revolutionary Guards broke into the email accounts of Iranian "
     "exiled journalists living in London, hoping to identify their sources inside Iran.",
     "IR"),
    ("diaspora-festival", "en",
     "Thousands of Eritreans living in Sweden gathered in Stockholm on Saturday for the annual "
     "cultural festival, with music, food and dancing until late at night.",
     "Eritrean exiles in Stockholm said on Saturday that embassy officials had demanded a 2 per "
     "cent diaspora tax and threatened to seize their relatives' land in Eritrea if they refused.",
     "ER"),
    ("sanctions", "en",
     "The European Union imposed sanctions and visa bans on twelve Nicaraguan officials on Monday "
     "over the crackdown on the opposition at home, freezing their assets in Europe.",
     None, "NI"),
    ("diplomatic-row", "en",
     "Rwanda recalled its ambassador from Belgium on Wednesday in a diplomatic row over remarks "
     "by the Belgian foreign minister about the conflict in eastern Congo.",
     None, "RW"),
    ("in-absentia", "en",
     "A court in Dushanbe on Friday sentenced a former deputy minister in absentia to twelve "
     "years for embezzling state funds. He is believed to have fled the country in 2019.",
     None, "TJ"),
    ("asylum-decision", "en",
     "Germany granted asylum to 312 Afghans last month, the interior ministry said, while 90 new "
     "arrivals were registered at the reception centre in Giessen.",
     None, "AF"),
    ("press-index", "en",
     "Reporters Without Borders ranked Egypt 170th of 180 countries in its annual press freedom "
     "index, citing the jailing of journalists and the blocking of news websites.",
     None, "EG"),
    ("death-in-custody", "en",
     "A 23-year-old man died in police custody in Bahrain's Jau prison on Sunday, his family "
     "said, and demanded an independent investigation into allegations of torture.",
     None, "BH"),
    ("exile-quoted", "en",
     "Exiled Cambodian opposition leader Sam Rainsy, who lives in Paris, said on Monday that the "
     "election result was a sham and urged voters to stay calm.",
     "Exiled Cambodian opposition leader Sam Rainsy, who lives in Paris, said on Monday that "
     "Cambodian agents had followed him and that police in Phnom Penh had questioned his sister "
     "about him.",
     "KH"),
    ("protest-arrests", "tr",
     "Tacikistan'ın Gorno-Badahşan bölgesinde güvenlik güçleri protestocuları gözaltına aldı. "
     "Bölgede internet erişimi de kesildi, yerel kaynaklar bildirdi.",
     "Tacikistan'ın güvenlik servisleri, Rusya'da yaşayan Pamirli muhalif aktivistleri Moskova'da "
     "kaçırarak Duşanbe'ye geri götürdü, yerel kaynaklar bildirdi.",
     "TJ"),
    ("extradition-drugs", "tr",
     "Kolombiya, uyuşturucu kaçakçılığıyla suçlanan bir Meksika vatandaşını İspanya'ya iade etti. "
     "Zanlı Bogota havaalanında yakalanmıştı.",
     None, "ES"),
    ("sanctions", "tr",
     "ABD Hazine Bakanlığı, Belarus'taki seçim usulsüzlükleri nedeniyle sekiz yetkiliye yaptırım "
     "uyguladı ve vize yasağı getirdi.",
     None, "BY"),
    ("diaspora-association", "tr",
     "Almanya'daki Türk toplumu derneği Köln'de yapılan genel kurulda yeni başkanını seçti. "
     "Toplantıya yüzlerce üye katıldı.",
     "Almanya'daki Türk muhalifler, Köln'deki camide imamların kendilerini fişleyerek "
     "Türkiye'deki makamlara bildirdiğini söyledi.",
     "TR"),
    ("press-index", "tr",
     "Sınır Tanımayan Gazeteciler'in basın özgürlüğü endeksinde Azerbaycan 180 ülke arasında 164. "
     "sırada yer aldı. Örgüt ülkedeki gazeteci tutuklamalarını eleştirdi.",
     None, "AZ"),
    ("ransomware", "tr",
     "Fidye yazılımı çetesi, İzmir'deki bir lojistik şirketinin sistemlerini şifreledi ve 2 "
     "milyon dolar fidye istedi. Polis soruşturma başlattı.",
     None, "TR"),
    ("crackdown-region", "zh",
     "缅甸军政府周二在实皆地区发动新一轮清剿行动，数十名村民被捕，多座村庄被焚毁。",
     "缅甸军政府周二派人前往泰国湄索，绑架了三名流亡的反对派活动人士并将其押回缅甸。",
     "MM"),
    ("extradition-cyber", "zh",
     "泰国警方周三将一名涉嫌网络诈骗的马来西亚籍男子引渡至新加坡。该男子被控诈骗受害人逾百万新元。",
     None, "SG"),
    ("hacking-criminal", "zh",
     "一个黑客团伙入侵了台湾一家电商平台，窃取了数十万名用户的个人资料并在暗网出售。警方已逮捕两名"
     "嫌疑人。",
     None, "TW"),
    ("diaspora-restaurant", "zh",
     "温哥华一家由越南移民开设的餐厅周末举行开业十周年庆典，吸引了数百名华人和越南社区居民前来。",
     None, "VN"),
    ("exile-quoted", "zh",
     "流亡美国的人权律师滕彪周一接受采访时表示，新的国家安全法将进一步限制言论自由。",
     "流亡美国的人权律师滕彪周一表示，中国警方约谈了他在北京的父母，要求他停止公开批评政府。",
     "CN"),
    ("death-in-custody", "zh",
     "越南一名维权人士在河内看守所内死亡，其家属称他生前遭到殴打，要求当局公开调查。",
     None, "VN"),
    ("asylum-arrivals", "ug",
     "تۈركىيەگە بۇ يىل ئافغانىستاندىن مىڭلىغان مۇساپىر يېتىپ كەلدى. ھۆكۈمەت ئۇلارنىڭ پاناھلىق "
     "ئىلتىماسىنى تەكشۈرۈۋاتىدۇ.",
     None, "AF"),
    ("diaspora-festival", "ug",
     "ئىستانبۇلدىكى ئۇيغۇر جەمئىيىتى نورۇز بايرىمى مۇناسىۋىتى بىلەن كونسېرت ئۆتكۈزدى. پائالىيەتكە "
     "مىڭدىن ئارتۇق كىشى قاتناشتى.",
     "ئىستانبۇلدىكى ئۇيغۇر پائالىيەتچىسى، خىتاي ساقچىلىرىنىڭ ئۈرۈمچىدىكى ئانىسىنى تۇتقۇن قىلىپ، "
     "ئۇنى پائالىيەتنى توختىتىشقا قىستىغانلىقىنى ئېيتتى.",
     "CN"),
    ("domestic-arrests", "ug",
     "خىتاي ساقچىلىرى قەشقەردە نامازغا بارغان ئون نەچچە ئۇيغۇرنى تۇتقۇن قىلدى. ئۇلارنىڭ "
     "ئائىلىسىگە خەۋەر بېرىلمىدى.",
     None, "CN"),
    ("sanctions", "ug",
     "ئامېرىكا ھۆكۈمىتى شىنجاڭدىكى مەجبۇرىي ئەمگەك سەۋەبىدىن تۆت خىتاي ئەمەلدارىغا جازا يولغا "
     "قويدى ۋە ۋىزا چەكلىمىسى قويدى.",
     None, "CN"),
    ("exile-quoted", "ug",
     "گېرمانىيەدە ياشاۋاتقان ئۇيغۇر زىيالىيسى دوشەنبە كۈنى بەرگەن باياناتىدا، خەلقئارا جەمئىيەتنى "
     "شىنجاڭدىكى ۋەزىيەتكە دىققەت قىلىشقا چاقىردى.",
     None, "CN"),
    ("court-home", "ug",
     "ئۈرۈمچى سوتى پارىخورلۇق بىلەن ئەيىبلەنگەن سابىق شەھەر باشلىقىغا 15 يىللىق قاماق جازاسى "
     "بەردى.",
     None, "CN"),
    ("journalist-jailed-home", "ru",
     "Суд в Баку приговорил журналиста независимого издания к девяти годам лишения свободы по "
     "делу о контрабанде. Правозащитники считают дело политическим.",
     "Азербайджанский журналист независимого издания, живущий во Франции, сообщил, что в Баку "
     "задержали его брата, чтобы заставить его прекратить публикации.",
     "AZ"),
    ("extradition-corruption", "ru",
     "Грузия экстрадировала в Украину бывшего чиновника, обвиняемого в растрате бюджетных "
     "средств. Его задержали в Тбилиси по запросу Генпрокуратуры.",
     None, "UA"),
    ("wanted-list", "ru",
     "МВД России объявило в розыск премьер-министра Эстонии и нескольких литовских депутатов за "
     "«осквернение памяти советских воинов» после сноса памятников.",
     None, "RU"),
    ("diplomatic-row", "ru",
     "Туркменистан вызвал посла Узбекистана в МИД после пограничного инцидента. Ашхабад выразил "
     "протест в связи с заявлениями узбекской стороны.",
     None, "TM"),
    ("death-in-custody", "ru",
     "В СИЗО Минска скончался задержанный участник протестов; родственники требуют провести "
     "независимую экспертизу.",
     None, "BY"),
    ("ransomware", "ru",
     "Хакерская группировка зашифровала данные крупного логистического оператора в Москве и "
     "потребовала выкуп в биткоинах. Полиция возбудила уголовное дело.",
     None, "RU"),
    ("execution", "fa",
     "قوه قضاییه ایران اعلام کرد یک معترض بازداشت‌شده در جریان اعتراضات سال گذشته صبح امروز در "
     "زندان قزل‌حصار اعدام شد.",
     "یک معترض ایرانی که به ترکیه گریخته بود، در وان ربوده شد و به ایران بازگردانده شد و امروز در "
     "زندان قزل‌حصار اعدام شد.",
     "IR"),
    ("extradition-drugs", "fa",
     "پلیس امارات یک قاچاقچی مواد مخدر پاکستانی را بازداشت و به پاکستان مسترد کرد. او به قاچاق "
     "هروئین متهم است.",
     None, "PK"),
    ("press-index", "fa",
     "سازمان گزارشگران بدون مرز در گزارش سالانه خود افغانستان را در میان بدترین کشورها برای "
     "روزنامه‌نگاران قرار داد.",
     None, "AF"),
    ("diaspora-community", "fa",
     "ایرانیان مقیم لس‌آنجلس روز شنبه جشن نوروز را با برپایی کنسرت و بازارچه در پارک برگزار "
     "کردند.",
     "ایرانیان مقیم لس‌آنجلس می‌گویند مأموران اطلاعاتی ایران خانواده‌هایشان را در تهران تهدید "
     "کرده‌اند تا از حضور در تجمعات خودداری کنند.",
     "IR"),
    ("state-hacks-infrastructure", "fa",
     "هکرهای وابسته به سپاه پاسداران به سامانه‌های کنترل یک تأسیسات آب در اسرائیل نفوذ کردند.",
     None, "IR"),
    ("asylum-decision", "fa",
     "دادگاه اداری آلمان درخواست پناهندگی یک خانواده افغان را رد کرد و دستور اخراج آنها را صادر "
     "کرد.",
     None, "AF"),
]  # fmt: skip

CASES += [
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

CASES += [
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


@pytest.mark.parametrize(
    "case", [pytest.param(c, id=f"{c[0]}-{c[1]}-{i}") for i, c in enumerate(CASES)]
)
def test_look_alike_is_rejected(case: tuple[str, str, str, str | None, str]) -> None:
    kind, language, look_alike, _, _ = case
    result = tag(look_alike, language)
    assert not result.is_tnr, (kind, result.tags)


@pytest.mark.parametrize(
    "case", [pytest.param(c, id=f"{c[0]}-{c[1]}-{i}") for i, c in enumerate(CASES) if c[3]]
)
def test_tnr_counterpart_is_found(case: tuple[str, str, str, str | None, str]) -> None:
    kind, language, _, tnr, origin = case
    assert tnr is not None
    result = tag(tnr, language)
    assert result.is_tnr, (kind, result.tags)
    assert result.origin_state == origin, (kind, result.tags)


# The Round 12e checks stay narrow: coming back from abroad with the act placed abroad,
# prisoners' kin pressed over a voice abroad, and criminals hired by a state stay TNR.
@pytest.mark.parametrize(("language", "text", "origin"), [
    ("en", "Turkish police detained the Uyghur activist in Istanbul days after he returned from "
           "a conference in Geneva, acting on a Chinese extradition request.", "CN"),
    ("ru", "Полиция в Стамбуле задержала таджикского оппозиционера после возвращения из "
           "Берлина по запросу Душанбе.", "TJ"),
    ("en", "Police in Urumqi detained the relatives of the jailed scholar after his daughter "
           "spoke out in Washington about his case.", "CN"),
    ("en", "The hitmen hired by Iranian intelligence through a rival gang shot the dissident "
           "dead in Amsterdam.", "IR"),
])  # fmt: skip
def test_round_12e_checks_leave_tnr_alone(language: str, text: str, origin: str) -> None:
    result = tag(text, language)
    assert result.is_tnr, result.tags
    assert result.origin_state == origin, result.tags
