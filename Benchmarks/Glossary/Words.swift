/// The word lists the glossary is generated from, English with its Persian rendering.
///
/// Persian is written with Persian ی (U+06CC) and ک (U+06A9); `\u{200C}` is the zero-width
/// non-joiner, spelled out so that it is visible in the source.
enum Words {
    /// Men's given names with other transliterations.
    static let maleGivenNames: [(english: String, persian: String, variants: [String])] = [
        ("Mohammad", "محمد", ["Muhammad", "Mohamad"]), ("Ali", "علی", []), ("Hossein", "حسین", ["Hussein", "Hosein"]),
        ("Reza", "رضا", []), ("Mehdi", "مهدی", ["Mahdi"]), ("Hassan", "حسن", ["Hasan"]), ("Abbas", "عباس", []),
        ("Mahmoud", "محمود", ["Mahmud"]), ("Saeed", "سعید", ["Said", "Saeid"]), ("Javad", "جواد", []), ("Ahmad", "احمد", []),
        ("Amir", "امیر", []), ("Hamid", "حمید", []), ("Majid", "مجید", []), ("Masoud", "مسعود", ["Massoud", "Masud"]),
        ("Mostafa", "مصطفی", ["Mustafa"]), ("Morteza", "مرتضی", []), ("Ebrahim", "ابراهیم", ["Ibrahim"]),
        ("Esmaeil", "اسماعیل", ["Ismail", "Esmail"]), ("Kazem", "کاظم", []), ("Gholamreza", "غلامرضا", ["Qolamreza"]),
        ("Abdolreza", "عبدالرضا", []), ("Hamidreza", "حمیدرضا", []), ("Alireza", "علیرضا", []), ("Mojtaba", "مجتبی", []),
        ("Farhad", "فرهاد", []), ("Behrouz", "بهروز", ["Behrooz"]), ("Dariush", "داریوش", ["Daryoush"]), ("Siavash", "سیاوش", []),
        ("Babak", "بابک", []), ("Arash", "آرش", []), ("Omid", "امید", []), ("Navid", "نوید", []), ("Peyman", "پیمان", []),
        ("Ramin", "رامین", []), ("Yousef", "یوسف", ["Yusuf"]), ("Jafar", "جعفر", ["Jaafar"]), ("Nasser", "ناصر", ["Naser"]),
        ("Karim", "کریم", []), ("Rahim", "رحیم", []), ("Habib", "حبیب", []), ("Sadegh", "صادق", ["Sadeq"]),
        ("Ghasem", "قاسم", ["Qasem"]), ("Kaveh", "کاوه", []),
    ]

    /// Women's given names with other transliterations.
    static let femaleGivenNames: [(english: String, persian: String, variants: [String])] = [
        ("Fatemeh", "فاطمه", ["Fatima"]), ("Zahra", "زهرا", []),
        ("Maryam", "مریم", []), ("Narges", "نرگس", []), ("Shirin", "شیرین", []), ("Nasrin", "نسرین", []), ("Parvin", "پروین", []),
        ("Masoumeh", "معصومه", ["Masoume"]), ("Leila", "لیلا", ["Layla"]), ("Nazanin", "نازنین", []), ("Sepideh", "سپیده", []),
        ("Niloufar", "نیلوفر", ["Nilufar"]), ("Azam", "اعظم", []), ("Roya", "رویا", []), ("Mahsa", "مهسا", []),
        ("Elaheh", "الهه", ["Elahe"]), ("Shahla", "شهلا", []), ("Golrokh", "گلرخ", []), ("Atena", "آتنا", []), ("Sakineh", "سکینه", []),
    ]

    /// Given names that open compound ones.
    static let compoundFirstParts: Set<String> = ["Mohammad", "Ali", "Amir", "Hamid"]

    /// Second parts of compound given names ("Mohammad-Reza", «محمدرضا»).
    static let secondGivenNames: [(english: String, persian: String)] = [
        ("Reza", "رضا"), ("Ali", "علی"), ("Hossein", "حسین"), ("Mehdi", "مهدی"), ("Javad", "جواد"), ("Taghi", "تقی"),
        ("Hadi", "هادی"), ("Bagher", "باقر"), ("Sadegh", "صادق"), ("Karim", "کریم"),
    ]

    /// Syllables of invented names, each with its Persian spelling.
    static let syllables: [(english: String, persian: String)] = [
        ("ab", "اب"), ("ba", "با"), ("bar", "بر"), ("dar", "دار"), ("del", "دل"), ("fa", "فا"), ("far", "فر"), ("gol", "گل"),
        ("ha", "ها"), ("jah", "جه"), ("jan", "جان"), ("kam", "کام"), ("kha", "خا"), ("khos", "خس"), ("la", "لا"), ("ma", "ما"),
        ("mah", "مه"), ("mir", "میر"), ("na", "نا"), ("nik", "نیک"), ("pa", "پا"), ("par", "پر"), ("ra", "را"), ("rah", "ره"),
        ("sa", "سا"), ("sha", "شا"), ("shah", "شاه"), ("sor", "سر"), ("ta", "تا"), ("tah", "ته"), ("va", "وا"), ("var", "ور"),
        ("ya", "یا"), ("za", "زا"), ("zar", "زر"), ("zan", "زن"), ("gan", "گان"), ("mand", "مند"), ("vand", "وند"),
        ("bani", "بنی"), ("doost", "دوست"), ("rokh", "رخ"), ("ghol", "قل"), ("sepah", "سپه"), ("nou", "نو"), ("kou", "کو"),
    ]

    /// Surname endings; `nonJoiner` when Persian writes them after a non-joiner.
    static let surnameEndings: [(english: String, persian: String, nonJoiner: Bool)] = [
        ("", "", false), ("i", "ی", false), ("i", "ی", false), ("i", "ی", false), ("ian", "یان", false),
        ("zadeh", "زاده", true), ("nejad", "نژاد", true), ("pour", "پور", true), ("far", "فر", true),
        ("lou", "لو", false), ("abadi", "آبادی", true), ("nia", "نیا", true), ("vand", "وند", false), ("ani", "انی", false),
    ]

    /// Titles that variants put before a man's name.
    static let maleTitles: [(english: String, persian: String)] = [
        ("Ayatollah", "آیت\u{200C}الله"), ("Hojatoleslam", "حجت\u{200C}الاسلام"), ("Gen.", "سردار"), ("Dr.", "دکتر"),
        ("Seyed", "سید"), ("Brig. Gen.", "سرتیپ"),
    ]

    /// Titles that variants put before a woman's name.
    static let femaleTitles: [(english: String, persian: String)] = [("Dr.", "دکتر"), ("Seyedeh", "سیده"), ("Prof.", "پروفسور")]

    /// What a place is: "Zarmah Dam" is «سد زرمه».
    static let placeKinds: [(english: String, persian: String, category: String)] = [
        ("County", "شهرستان", "county"), ("Province", "استان", "province"), ("Dam", "سد", "dam"), ("Airport", "فرودگاه", "airport"),
        ("University", "دانشگاه", "university"), ("Square", "میدان", "square"), ("Street", "خیابان", "street"),
        ("Prison", "زندان", "prison"), ("Gas Field", "میدان گازی", "gas-field"), ("Oil Field", "میدان نفتی", "oil-field"),
        ("Industrial Park", "شهرک صنعتی", "industrial-park"), ("Free Trade Zone", "منطقه آزاد تجاری", "free-zone"),
        ("Mountains", "کوه\u{200C}های", "mountains"), ("River", "رود", "river"), ("Hospital", "بیمارستان", "hospital"),
        ("Port", "بندر", "port"), ("Petrochemical Complex", "مجتمع پتروشیمی", "industrial-site"), ("Power Plant", "نیروگاه", "power-plant"),
        ("Lake", "دریاچه", "lake"), ("Wetland", "تالاب", "wetland"), ("Village", "روستای", "village"),
    ]

    /// Fields of organizations.
    static let fields: [(english: String, persian: String)] = [
        ("Roads and Urban Development", "راه و شهرسازی"), ("Cultural Heritage", "میراث فرهنگی"),
        ("Labor and Social Welfare", "کار و رفاه اجتماعی"), ("Strategic Studies", "مطالعات راهبردی"),
        ("Environmental Protection", "حفاظت محیط زیست"), ("Nuclear Research", "تحقیقات هسته\u{200C}ای"),
        ("Islamic Propagation", "تبلیغات اسلامی"), ("Economic Affairs", "امور اقتصادی"), ("Energy", "انرژی"),
        ("Agriculture", "کشاورزی"), ("Petroleum", "نفت"), ("Health", "بهداشت"), ("Education", "آموزش و پرورش"),
        ("Defense", "دفاع"), ("Intelligence", "اطلاعات"), ("Foreign Affairs", "امور خارجه"), ("Industry and Mines", "صنعت و معدن"),
        ("Sports and Youth", "ورزش و جوانان"), ("Water Resources", "منابع آب"), ("Crisis Management", "مدیریت بحران"),
        ("Refugees", "پناهندگان"), ("Human Rights", "حقوق بشر"), ("Women and Family", "زنان و خانواده"),
        ("Cyberspace", "فضای مجازی"), ("Standards", "استاندارد"), ("Statistics", "آمار"), ("Meteorology", "هواشناسی"),
        ("Civil Aviation", "هواپیمایی کشوری"), ("Ports and Maritime", "بنادر و دریانوردی"), ("Tax Affairs", "امور مالیاتی"),
        ("Customs", "گمرک"), ("Drug Control", "مبارزه با مواد مخدر"), ("Elections", "انتخابات"), ("Privatization", "خصوصی\u{200C}سازی"),
        ("Cooperatives", "تعاون"), ("Telecommunications", "مخابرات"), ("Prisons", "زندان\u{200C}ها"),
        ("Endowment and Charity", "اوقاف و امور خیریه"), ("Housing", "مسکن"), ("Natural Gas", "گاز طبیعی"),
        ("Steel", "فولاد"), ("Copper", "مس"), ("Shipping", "کشتیرانی"), ("Railways", "راه\u{200C}آهن"), ("Insurance", "بیمه"),
    ]

    /// National bodies before a field: "Ministry of Energy", «وزارت انرژی».
    static let nationalBodies: [(english: String, persian: String)] = [
        ("Ministry of", "وزارت"), ("Organization for", "سازمان"), ("Foundation for", "بنیاد"), ("Supreme Council for", "شورای عالی"),
        ("National Center for", "مرکز ملی"), ("Headquarters for", "ستاد"),
    ]

    /// Companies after a place and a field: "Zarmah Steel Company", «شرکت فولاد زرمه».
    static let companyTypes: [(english: String, persian: String)] = [
        ("Company", "شرکت"), ("Cooperative", "تعاونی"), ("Foundation", "بنیاد"), ("Institute", "مؤسسه"), ("Group", "گروه"),
        ("Holding", "هلدینگ"), ("Authority", "سازمان"),
    ]

    /// Provincial offices before a field: "Zarmah Department of Health", «اداره کل بهداشت زرمه».
    static let provincialOffices: [(english: String, persian: String)] = [
        ("Department of", "اداره کل"), ("Office of", "دفتر"), ("Council for", "شورای"), ("Directorate of", "معاونت"),
    ]

    /// Adjectives of news terms, some with a synonym for a variant.
    static let adjectives: [(english: String, persian: String, synonym: String?)] = [
        ("economic", "اقتصادی", nil), ("nuclear", "هسته\u{200C}ای", nil), ("political", "سیاسی", nil), ("military", "نظامی", nil),
        ("regional", "منطقه\u{200C}ای", nil), ("international", "بین\u{200C}المللی", "global"), ("domestic", "داخلی", "internal"),
        ("foreign", "خارجی", nil), ("illegal", "غیرقانونی", "unlawful"), ("official", "رسمی", nil), ("industrial", "صنعتی", nil),
        ("agricultural", "کشاورزی", "farm"), ("financial", "مالی", nil), ("judicial", "قضایی", nil), ("diplomatic", "دیپلماتیک", nil),
        ("strategic", "راهبردی", nil), ("social", "اجتماعی", nil), ("cultural", "فرهنگی", nil), ("religious", "مذهبی", nil),
        ("environmental", "زیست\u{200C}محیطی", nil), ("humanitarian", "بشردوستانه", nil), ("unilateral", "یکجانبه", "one-sided"),
        ("multilateral", "چندجانبه", nil), ("provisional", "موقت", "interim"), ("emergency", "اضطراری", nil), ("national", "ملی", nil),
        ("provincial", "استانی", nil), ("municipal", "شهری", "city"), ("parliamentary", "پارلمانی", nil), ("secret", "مخفی", "covert"),
        ("public", "عمومی", nil), ("private", "خصوصی", nil), ("peaceful", "صلح\u{200C}آمیز", nil), ("armed", "مسلح", nil),
        ("civilian", "غیرنظامی", nil), ("annual", "سالانه", "yearly"), ("permanent", "دائمی", nil), ("digital", "دیجیتال", nil),
    ]

    /// Nouns of news terms, in the singular (the matcher reduces plurals).
    static let nouns: [(english: String, persian: String)] = [
        ("sanction", "تحریم"), ("enrichment", "غنی\u{200C}سازی"), ("inflation", "تورم"), ("subsidy", "یارانه"), ("export", "صادرات"),
        ("import", "واردات"), ("tariff", "تعرفه"), ("budget", "بودجه"), ("deficit", "کسری"), ("reserve", "ذخیره"), ("currency", "ارز"),
        ("exchange rate", "نرخ ارز"), ("oil", "نفت"), ("fuel", "سوخت"), ("gasoline", "بنزین"), ("uranium", "اورانیوم"),
        ("centrifuge", "سانتریفیوژ"), ("inspection", "بازرسی"), ("agreement", "توافق"), ("negotiation", "مذاکره"),
        ("ceasefire", "آتش\u{200C}بس"), ("protest", "اعتراض"), ("strike", "اعتصاب"), ("election", "انتخابات"),
        ("referendum", "همه\u{200C}پرسی"), ("verdict", "حکم"), ("court", "دادگاه"), ("tribunal", "دیوان"), ("indictment", "کیفرخواست"),
        ("detention", "بازداشت"), ("execution", "اعدام"), ("prisoner", "زندانی"), ("hostage", "گروگان"), ("refugee", "پناهنده"),
        ("drought", "خشکسالی"), ("earthquake", "زلزله"), ("flood", "سیل"), ("pollution", "آلودگی"), ("blackout", "خاموشی"),
        ("shortage", "کمبود"), ("unemployment", "بیکاری"), ("pension", "مستمری"), ("wage", "دستمزد"), ("housing", "مسکن"),
        ("loan", "وام"), ("bank", "بانک"), ("bond", "اوراق"), ("stock", "سهام"), ("investment", "سرمایه\u{200C}گذاری"),
        ("smuggling", "قاچاق"), ("corruption", "فساد"), ("censorship", "سانسور"), ("filtering", "فیلترینگ"), ("internet", "اینترنت"),
        ("satellite", "ماهواره"), ("missile", "موشک"), ("drone", "پهپاد"), ("militia", "شبه\u{200C}نظامی"), ("border", "مرز"),
        ("pipeline", "خط لوله"), ("refinery", "پالایشگاه"), ("tanker", "نفتکش"), ("shipment", "محموله"), ("quota", "سهمیه"),
        ("license", "مجوز"), ("permit", "پروانه"), ("audit", "حسابرسی"), ("reform", "اصلاحات"), ("policy", "سیاست"), ("law", "قانون"),
        ("bill", "لایحه"), ("amendment", "اصلاحیه"), ("decree", "فرمان"), ("directive", "بخشنامه"), ("resolution", "قطعنامه"),
        ("report", "گزارش"), ("drill", "رزمایش"), ("airstrike", "حمله هوایی"), ("cyberattack", "حمله سایبری"),
    ]

    /// How Persian reads the letters of a Latin acronym, A to Z.
    static let letterNames = [
        "ای", "بی", "سی", "دی", "ای", "اف", "جی", "اچ", "آی", "جی", "کی", "ال", "ام", "ان", "او", "پی", "کیو", "آر", "اس", "تی",
        "یو", "وی", "دبلیو", "ایکس", "وای", "زد",
    ]
}
