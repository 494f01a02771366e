"""Invented look-alikes for tests/test_lookalike_stress.py (Round 12e), part one."""

from __future__ import annotations

CASES: list[tuple[str, str, str, str | None, str]] = [
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
