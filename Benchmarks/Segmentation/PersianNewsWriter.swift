import BenchmarkSupport
/// Writes Persian news sentences about Iran in standard orthography: Persian ی and ک (never the
/// Arabic ي and ك), the zero-width non-joiner inside words (می‌شود، خیابان‌ها، بین‌الملل),
/// Persian digits with the Persian decimal separator (۴۳٫۵), «» quotations and the Persian
/// comma, semicolon and question mark (، ؛ ؟).
///
/// Every template is exactly one sentence; a «…!» or «…؟» quoted after a noun stays inside its
/// sentence, one quoted after a colon ends it, as Persian editors read them. The people are
/// invented; the places and institutions are real.
struct PersianNewsWriter: NewsWriter {
    typealias Template = @Sendable (inout PersianNewsWriter) -> String

    var random: SeededGenerator

    mutating func sentence() -> String {
        let template = random.pick(Self.templates)
        return template(&self)
    }

    mutating func dateline() -> String {
        if random.oneIn(3) {
            return "\(city()) (\(random.pick(Self.wireServices))) — "
        }
        return "\(city())، \(digits(random.int(in: 1...29))) \(month()) ۱۴۰۵ — "
    }

    // MARK: Templates

    private static let templates: [Template] = [
        { w in "\(w.titledPerson()) روز \(w.weekday()) در نشستی خبری در \(w.city()) گفت که مذاکرات \(w.foreignCity()) «مفید اما دشوار» بوده است." },
        { w in "ارزش ریال روز \(w.weekday()) در برابر دلار آمریکا \(w.decimal(1...9)) درصد کاهش یافت." },
        { w in "به گزارش مرکز آمار ایران، نرخ تورم سالانه در \(w.month()) به \(w.decimal(30...55)) درصد رسید." },
        { w in "شورای امنیت سازمان ملل قرار است روز \(w.weekday()) ساعت \(w.clockTime()) درباره این گزارش تشکیل جلسه دهد." },
        { w in "\(w.official()) که ریاست هیئت ایرانی را بر عهده دارد، ساعت \(w.clockTime()) به وقت محلی وارد \(w.foreignCity()) شد." },
        { w in "\(w.official()) گفت: «ما زیر فشار مذاکره نمی‌کنیم.»" },
        { w in "مقام‌های آمریکایی و اروپایی می‌گویند تحریم‌ها بر صادرات نفت، کشتیرانی و بیمه همچنان برقرار خواهد ماند." },
        { w in "شعبه \(w.number(15...40)) دادگاه انقلاب \(w.city()) او را به \(w.number(2...12)) سال زندان محکوم کرد." },
        { w in "آیا دولت پیش از \(w.month()) از کمبود دارو خبر داشت؟" },
        { w in "آژانس بین‌المللی انرژی اتمی اعلام کرد ایران \(w.decimal(100...400)) کیلوگرم اورانیوم با غنای ۶۰ درصد در اختیار دارد." },
        { w in "قیمت کالاهای اساسی، از جمله نان، برنج و روغن، در \(w.month()) تا \(w.number(20...80)) درصد افزایش یافت." },
        { w in "خانواده \(w.titledPerson()) گفتند او روز \(w.weekday()) حدود ساعت \(w.clockTime()) در خانه‌اش در \(w.city()) بازداشت شد." },
        { w in "معترضان با شعار «زن، زندگی، آزادی» به سوی \(w.landmark()) راهپیمایی کردند." },
        { w in "به گفته \(w.titledPerson())، بیمارستان اصلی \(w.city()) شب گذشته \(w.number(12...140)) مجروح را پذیرش کرد." },
        { w in "وزارت خزانه‌داری آمریکا اعلام کرد که از ابتدای سال میلادی \(w.number(3...60)) شرکت را تحریم کرده است." },
        { w in "زلزله‌ای به بزرگی \(w.decimal(4...7)) ریشتر بامداد \(w.weekday()) حوالی \(w.city()) را لرزاند." },
        { w in "شاخص کل بورس تهران روز \(w.weekday()) با رشد \(w.decimal(0...4)) درصدی همراه بود." },
        { w in "سرتیپ \(w.maleName()) به خبرگزاری \(w.newsAgency()) گفت این رزمایش \(w.number(2...9)) روز ادامه خواهد داشت." },
        { w in "وکیل آقای \(w.lastName())، خانم \(w.femaleName())، گفت هنوز اجازه مطالعه پرونده را به او نداده‌اند." },
        { w in "این گزارش روز \(w.weekday()) از سوی شورای حقوق بشر سازمان ملل در ژنو منتشر شد." },
        { w in "قطعی برق از ساعت ۱۸ تا ۲۳:۴۵ در بخش‌هایی از \(w.city()) ادامه داشت." },
        { w in "\(w.titledPerson()) گفت: «این حکم قطعی است و قابل تجدیدنظر نیست»." },
        { w in "بر اساس اعلام وزارت کشور، حدود \(w.decimal(20...30)) میلیون نفر در دور نخست انتخابات رأی دادند." },
        { w in "پروازهای فرودگاه امام خمینی به استانبول، دبی و دوحه از ساعت ۴ بامداد روز \(w.weekday()) لغو شد." },
        { w in "رسانه‌های رسمی، از جمله ایرنا و خبرگزاری فارس، این خبر را منتشر نکردند." },
        { w in "قیمت هر لیتر بنزین یارانه‌ای به \(w.number(15...30)) هزار ریال افزایش یافت." },
        { w in "\(w.official()) درباره احتمال خروج ایران از ان‌پی‌تی اظهار نظر نکرد." },
        { w in "به گفته پژوهشگران دانشگاه تبریز، عمق دریاچه ارومیه از سال ۱۳۷۴ تاکنون \(w.decimal(5...9)) متر کاهش یافته است." },
        { w in "وزارت بهداشت از شناسایی \(w.number(12...300)) مورد جدید ابتلا به وبا در استان \(w.province()) خبر داد." },
        { w in "سپاه پاسداران در بیانیه‌ای که ساعت ۲ بامداد منتشر شد، اعلام کرد این نفتکش در تنگه هرمز توقیف شده است." },
        { w in "دکتر \(w.femaleName())، سرپرست تیم وکلا، گفت: «این حکم حتی پیش از شروع دادگاه نوشته شده بود.»" },
        { w in "هیئت ایرانی روز \(w.weekday()) در \(w.foreignCity()) با نمایندگان بریتانیا، فرانسه و آلمان دیدار کرد." },
        { w in "یک سناتور جمهوری‌خواه گفت آمریکا نباید دارایی‌های بلوکه‌شده ایران را آزاد کند." },
        { w in "دکتر \(w.lastName())، استاد اقتصاد دانشگاه تهران، برآورد کرد که \(w.number(25...40)) درصد خانوارها زیر خط فقر زندگی می‌کنند." },
        { w in "اعتراض‌ها در شهریور ۱۴۰۱ و پس از مرگ یک زن جوان در بازداشت گشت ارشاد آغاز شد." },
        { w in "صادرات نفت ایران در \(w.month()) به طور میانگین به \(w.decimal(1...2)) میلیون بشکه در روز رسید." },
        { w in "بخش بزرگی از دارایی‌های بلوکه‌شده ایران در بانک‌های کره جنوبی و عراق نگهداری می‌شود." },
        { w in "مذاکرات قرار است روز \(w.weekday()) ساعت ۱۰ صبح در مسقط از سر گرفته شود." },
        { w in "هنوز روشن نیست چه کسی جانشین او خواهد شد." },
        { w in "مجلس لایحه بودجه را با \(w.number(150...210)) رأی موافق، \(w.number(20...60)) رأی مخالف و \(w.number(3...19)) رأی ممتنع تصویب کرد." },
        { w in "شعار «مرگ بر دیکتاتور!» تا پاسی از شب از پشت‌بام‌های \(w.city()) شنیده می‌شد." },
        { w in "ویدیویی که ساعت ۱۱ شب در تلگرام منتشر شد، شلیک گاز اشک‌آور در نزدیکی \(w.landmark()) را نشان می‌دهد." },
        { w in "این کشتی \(w.number(20...65)) هزار تن گندم از روسیه به بندرعباس حمل می‌کرد." },
        { w in "چرا مذاکرات \(w.foreignCity()) تنها پس از \(w.number(2...5)) روز شکست خورد؟" },
        { w in "دادگاه به ماده \(w.number(280...700)) قانون مجازات اسلامی استناد کرد." },
        { w in "دکتر \(w.lastName())، متخصص قلب در بیمارستان شریعتی، گفت داروهای بیماران سرطانی رو به پایان است." },
        { w in "ارزش پول ملی از ابتدای سال ۱۴۰۳ بیش از \(w.number(40...70)) درصد کاهش یافته است." },
        { w in "\(w.official()) گفت ایران آماده پذیرش «بازرسی‌های بیشتر، اما نه به هر قیمتی» است." },
        { w in "دمای هوا روز \(w.weekday()) در اهواز به \(w.decimal(48...52)) درجه سانتی‌گراد رسید و ادارات از ظهر تعطیل شدند." },
        { w in "نیروی دریایی سپاه \(w.number(2...4)) شناور را در خلیج فارس توقیف کرد." },
        { w in "این بیانیه را \(w.number(120...350)) وکیل، از جمله آقای \(w.lastName()) و خانم \(w.lastName())، امضا کرده‌اند." },
        { w in "مادر یکی از بازداشت‌شدگان پرسید: «پسرم کجاست؟»" },
        { w in "پرسش «چه کسی دستور شلیک را داد؟» هنوز بی‌پاسخ مانده است." },
        { w in "این تصمیم برای بسیاری از خانواده‌ها باورکردنی نبود!" },
        { w in "به گزارش نت‌بلاکس، ترافیک اینترنت ایران روز \(w.weekday()) \(w.decimal(40...90)) درصد کاهش یافت." },
        { w in "گزارشگر ویژه سازمان ملل این اعدام‌ها را «نقض آشکار حقوق بین‌الملل» توصیف کرد." },
        { w in "روزنامه \(w.newspaper()) نوشت که این طرح در مجلس رأی نخواهد آورد." },
        { w in "این قانون در سال ۱۳۵۸ ه.ش. به تصویب رسید." },
        { w in "به گزارش رویترز، مقام‌های U.N. از این تصمیم ابراز نگرانی کردند." },
        { w in "نرخ بیکاری جوانان در استان \(w.province()) به \(w.decimal(15...35)) درصد رسید؛ کارشناسان می‌گویند رقم واقعی بالاتر است." },
        { w in "دانشجویان دانشگاه \(w.university()) روز \(w.weekday()) در محوطه دانشگاه تجمع کردند." },
    ]

    // MARK: Slots

    private static let maleFirstNames = ["رضا", "علی", "حسین", "مهدی", "کاوه", "امیر", "حمید", "سعید", "مجید", "بابک", "فرهاد", "جواد"]
    private static let femaleFirstNames = ["مریم", "لیلا", "نرگس", "سارا", "زهرا", "شیرین", "نسرین", "پریسا", "فاطمه", "مهسا", "الهام", "رویا"]
    private static let lastNames = [
        "کریمی", "صادقی", "حسینی", "رضایی", "احمدی", "محمدی", "جعفری", "کاظمی", "مرادی", "رحیمی",
        "تهرانی", "قربانی", "نوری", "جهانبانی", "شمس", "فراهانی", "احمدوند", "باقری",
    ]
    private static let roles = [
        "سخنگوی وزارت امور خارجه", "معاون وزیر امور خارجه", "وزیر نفت", "رئیس کل بانک مرکزی",
        "معاون رئیس‌جمهور", "سخنگوی دولت", "سخنگوی قوه قضاییه", "وزیر بهداشت",
    ]
    private static let cities = ["تهران", "اصفهان", "تبریز", "مشهد", "شیراز", "زاهدان", "اهواز", "کرمانشاه", "رشت", "قم", "سنندج", "بندرعباس", "کرج", "یزد"]
    private static let foreignCities = ["وین", "ژنو", "مسقط", "دوحه", "نیویورک", "بروکسل", "بغداد", "استانبول"]
    private static let provinces = ["سیستان و بلوچستان", "خوزستان", "کردستان", "آذربایجان شرقی", "گیلان", "فارس", "کرمان"]
    private static let wireServices = ["رویترز", "خبرگزاری فرانسه", "آسوشیتدپرس"]
    private static let newsAgencies = ["ایرنا", "ایسنا", "تسنیم", "فارس", "مهر"]
    private static let newspapers = ["شرق", "اعتماد", "همشهری", "کیهان", "هم‌میهن"]
    private static let landmarks = ["میدان آزادی", "میدان انقلاب", "بازار بزرگ تهران", "دانشگاه تهران", "مسجد مکی", "خیابان ولیعصر"]
    private static let universities = ["تهران", "صنعتی شریف", "امیرکبیر", "علامه طباطبایی", "فردوسی مشهد"]
    private static let weekdays = ["شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه"]
    private static let months = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]

    private mutating func maleName() -> String { "\(random.pick(Self.maleFirstNames)) \(random.pick(Self.lastNames))" }
    private mutating func femaleName() -> String { "\(random.pick(Self.femaleFirstNames)) \(random.pick(Self.lastNames))" }
    private mutating func lastName() -> String { random.pick(Self.lastNames) }

    /// A name with a title that agrees with it: «آقای رضا کریمی»، «دکتر لیلا نوری».
    private mutating func titledPerson() -> String {
        if random.oneIn(2) {
            return "\(random.pick(["آقای", "آقای", "دکتر", "سرتیپ", "مهندس"])) \(maleName())"
        }
        return "\(random.pick(["خانم", "خانم", "دکتر", "مهندس"])) \(femaleName())"
    }

    /// An office without a name, as Persian news usually names officials.
    private mutating func official() -> String { random.pick(Self.roles) }

    private mutating func city() -> String { random.pick(Self.cities) }
    private mutating func foreignCity() -> String { random.pick(Self.foreignCities) }
    private mutating func province() -> String { random.pick(Self.provinces) }
    private mutating func landmark() -> String { random.pick(Self.landmarks) }
    private mutating func newsAgency() -> String { random.pick(Self.newsAgencies) }
    private mutating func newspaper() -> String { random.pick(Self.newspapers) }
    private mutating func university() -> String { random.pick(Self.universities) }
    private mutating func weekday() -> String { random.pick(Self.weekdays) }
    private mutating func month() -> String { random.pick(Self.months) }
    private mutating func number(_ range: ClosedRange<Int>) -> String { digits(random.int(in: range)) }

    /// A number with one or two decimals whose whole part lies in `range`, with the Persian
    /// decimal separator: «۴۳٫۵».
    private mutating func decimal(_ range: ClosedRange<Int>) -> String {
        let whole = digits(random.int(in: range))
        return random.oneIn(2) ? "\(whole)٫\(digits(random.int(in: 1...9)))" : "\(whole)٫\(digits(random.int(in: 10...99)))"
    }

    /// A clock time of the day: «۱۰:۳۰ صبح»، «۹ شب».
    private mutating func clockTime() -> String {
        let minutes = random.oneIn(2) ? "" : ":\(random.pick(["۰۰", "۱۵", "۳۰", "۴۵"]))"
        return "\(digits(random.int(in: 1...12)))\(minutes) \(random.pick(["صبح", "بعدازظهر", "شب"]))"
    }

    /// A number in Persian digits (U+06F0–U+06F9).
    private func digits(_ number: Int) -> String {
        String(String.UnicodeScalarView(String(number).unicodeScalars.map { Unicode.Scalar($0.value - 0x30 + 0x6F0)! }))
    }

    // MARK: Orthography

    /// Stops the benchmark if the Persian text strays from standard orthography, so that a
    /// template edited with an Arabic keyboard layout cannot quietly change what is measured.
    static func checkOrthography(of paragraphs: [String]) {
        var hasNonJoiner = false
        for paragraph in paragraphs {
            var previous: Unicode.Scalar = " "
            for scalar in paragraph.unicodeScalars {
                precondition(scalar != "\u{064A}" && scalar != "\u{0643}", "Arabic yeh or kaf in Persian text: \(paragraph)")
                precondition(!("0"..."9").contains(scalar), "ASCII digit in Persian text: \(paragraph)")
                precondition(!(scalar == "\u{200C}" && previous == " ") && !(scalar == " " && previous == "\u{200C}"),
                             "zero-width non-joiner next to a space in Persian text: \(paragraph)")
                if scalar == "\u{200C}" { hasNonJoiner = true }
                previous = scalar
            }
        }
        precondition(hasNonJoiner || paragraphs.isEmpty, "Persian text without a zero-width non-joiner")
    }
}
