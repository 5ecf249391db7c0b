import BenchmarkSupport
import BitextGlossary

/// A language the benchmark generates news text in.
enum CorpusLanguage: String, CaseIterable, Sendable {
    case english = "en"
    case persian = "fa"
}

/// A generated news corpus: paragraphs of 2–6 sentences, the unit the product matches terms
/// in (one `Glossary.terms(in:isPersian:)` call per paragraph, as `GlossaryChecks` calls it
/// once per segment).
///
/// Sentences come from templates whose slots are filled with glossary terms (people, places,
/// organizations, news terms, acronyms), plus real cities, days, months and numbers that are
/// not in the generated glossary; one template in six has no term. That gives one term every
/// 11–12 words. Half of the terms come from the most frequent 5% of their kind (news returns
/// to the same names), half from all of it. The seed is fixed per language, so a smaller
/// corpus is a prefix of a larger one.
struct NewsCorpus {
    let language: CorpusLanguage
    /// The paragraphs, without the line breaks between them.
    let paragraphs: [String]
    /// The size of the text in UTF-8 bytes.
    let byteCount: Int
    /// Words, counted as runs between spaces.
    let wordCount: Int
    /// Glossary terms written into the text (a lower bound of what a matcher should find:
    /// the template text itself may contain a term too).
    let termsInserted: Int

    /// Generates at least `megabytes` × 10⁶ UTF-8 bytes of text.
    init(language: CorpusLanguage, megabytes: Int, glossary: GeneratedGlossary) {
        var writer = CorpusWriter(language: language, glossary: glossary,
                                  random: SeededGenerator(seed: language == .english ? 0xE9_2026 : 0xFA_1405))
        let target = megabytes * 1_000_000
        var paragraphs: [String] = []
        var bytes = 0
        var words = 0
        while bytes < target {
            var text = ""
            for index in 0..<writer.random.int(in: 2...6) {
                if index > 0 { text += " " }
                text += writer.sentence()
            }
            // A copy of exactly the text's size: a string grown by appending keeps spare
            // capacity, which would count as input in the memory figures.
            let paragraph = String(unsafeUninitializedCapacity: text.utf8.count) { $0.initialize(fromContentsOf: text.utf8) }
            bytes += paragraph.utf8.count
            words += paragraph.utf8.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) }
            paragraphs.append(paragraph)
        }
        if language == .persian { Self.checkOrthography(of: paragraphs) }
        self.language = language
        self.paragraphs = paragraphs
        byteCount = bytes
        wordCount = words
        termsInserted = writer.termsInserted
    }

    /// The size in MB (10⁶ bytes).
    var megabytes: Double { Double(byteCount) / 1_000_000 }

    /// Persian text must use Persian letters: the matcher folds Arabic ي and ك, so text in
    /// them would still match and hide a generator mistake.
    private static func checkOrthography(of paragraphs: [String]) {
        var hasNonJoiner = false
        for paragraph in paragraphs {
            for scalar in paragraph.unicodeScalars {
                precondition(scalar != "\u{064A}" && scalar != "\u{0643}", "Arabic yeh or kaf in Persian text: \(paragraph)")
                precondition(!("0"..."9").contains(scalar), "ASCII digit in Persian text: \(paragraph)")
                if scalar == "\u{200C}" { hasNonJoiner = true }
            }
        }
        precondition(hasNonJoiner || paragraphs.isEmpty, "Persian text without a zero-width non-joiner")
    }
}

/// Fills sentence templates.
private struct CorpusWriter {
    let language: CorpusLanguage
    let glossary: GeneratedGlossary
    var random: SeededGenerator
    private(set) var termsInserted = 0

    init(language: CorpusLanguage, glossary: GeneratedGlossary, random: SeededGenerator) {
        self.language = language
        self.glossary = glossary
        self.random = random
    }

    mutating func sentence() -> String {
        let template = random.pick(language == .english ? Templates.english : Templates.persian)
        var text = ""
        for piece in template {
            switch piece {
            case .text(let literal): text += literal
            case .slot(let slot): text += fill(slot)
            }
        }
        return text
    }

    private mutating func fill(_ slot: Slot) -> String {
        let persian = language == .persian
        switch slot {
        case .person: return term(.person)
        case .place: return term(.place)
        case .organization: return term(.organization)
        case .term: return term(.term)
        case .capitalizedTerm:
            let text = term(.term)
            return text.prefix(1).uppercased() + text.dropFirst()
        case .acronym: return term(.acronym)
        case .number:
            let number = String(random.int(in: 2...90))
            return persian ? Templates.persianDigits(number) : number
        case .weekday: return random.pick(persian ? Templates.persianWeekdays : Templates.englishWeekdays)
        case .month: return random.pick(persian ? Templates.persianMonths : Templates.englishMonths)
        case .city: return random.pick(persian ? Templates.persianCities : Templates.englishCities)
        }
    }

    /// A form of an entry of `kind`, sometimes a variant or inflected.
    private mutating func term(_ kind: EntryKind) -> String {
        let indices = glossary.indicesByKind[kind] ?? []
        precondition(!indices.isEmpty, "the glossary has no entry of kind \(kind)")
        let index = random.oneIn(2) ? indices[random.below(max(1, indices.count / 20))] : random.pick(indices)
        let entry = glossary.entries[index]
        termsInserted += 1
        if language == .english {
            let forms = entry.englishForms
            var form = forms.count > 1 && random.below(10) < 3 ? forms[1 + random.below(forms.count - 1)] : forms[0]
            if kind == .term && random.oneIn(5) { form = Self.plural(form) }
            return form
        }
        let forms = entry.persianForms
        let form = forms.count > 1 && random.oneIn(4) ? forms[1 + random.below(forms.count - 1)] : forms[0]
        if kind == .term && random.below(20) < 3 {
            // «تحریم‌های اقتصادی» is rare in a term's last word; «گزارش‌ها» is common.
            return form + "\u{200C}ها"
        }
        if (kind == .person || kind == .place) && random.oneIn(12), let last = form.unicodeScalars.last,
           !["ی", "ه", "ا", "آ", "د", "ذ", "ر", "ز", "ژ", "و"].contains(last) {
            // An attached suffix the matcher strips: «تهرانی», «زرمه‌ی».
            return form + "ی"
        }
        return form
    }

    /// "economic sanction" → "economic sanctions", "subsidy" → "subsidies" (not words in s,
    /// whose plurals the matcher's singular rule does not undo, "gas" → "gases").
    private static func plural(_ form: String) -> String {
        guard let last = form.last, last != "s", last != "x", last != "z", !form.hasSuffix("sh"), !form.hasSuffix("ch") else { return form }
        if last == "y", let before = form.dropLast().last, !"aeiou".contains(before) { return form.dropLast() + "ies" }
        return form + "s"
    }
}

/// A slot in a template.
private enum Slot: Character {
    case person = "P", place = "L", organization = "O", term = "T", capitalizedTerm = "U", acronym = "A"
    case number = "N", weekday = "D", month = "M", city = "C"
}

private enum Piece {
    case text(String)
    case slot(Slot)
}

/// Sentence templates: `{P}` a person, `{L}` a place, `{O}` an organization, `{T}` a news term
/// (`{U}` capitalized, opening a sentence), `{A}` an acronym, all from the glossary; `{N}` a
/// number, `{D}` a weekday, `{M}` a month, `{C}` a real city, none of them in the generated
/// glossary (the real cities are in the shipped one).
private enum Templates {
    static let english = [
        "{P} said on {D} that the government would review the {T} before the end of {M}.",
        "Officials at the {O} in {C} said the {T} had grown by {N} percent since last year.",
        "{U} has become a central issue in the talks, according to {P}.",
        "Residents of {L} told reporters that the {T} had disrupted daily life for weeks.",
        "The {O} announced on {D} that it would extend the {T} for another {N} months.",
        "In an interview with state television, {P} criticized the handling of the {T} in {L}.",
        "Analysts in {C} said the decision could affect the {T} and raise prices across the region.",
        "According to a statement from the {O}, {N} people were detained near {L} on {D}.",
        "{P}, a former adviser to the president, described the {T} as “a test for the whole country.”",
        "Lawmakers voted {N} to {N} on {D} to approve a bill on the {T}, the parliament’s news agency reported.",
        "Satellite images show new construction at {L}, about {N} kilometers from {C}.",
        "The {A} said in a report that the {T} would continue to weigh on the economy this year.",
        "Workers gathered outside the offices of the {O} in {C} to demand wages unpaid for {N} months.",
        "{P} met {P} in {L} on {D} to discuss the {T} and regional security.",
        "Prices in {C} rose sharply in {M} as the {T} spread to more provinces, traders said.",
        "Critics say the {T} has done little to help families in {L}, where unemployment remains high.",
        "A court in {C} sentenced {P} to {N} years in prison, his lawyer said on {D}.",
        "Energy officials blamed the {T} for the power cuts that hit {L} and nearby towns in {M}.",
        "A spokesman for the {O} said the agency had not received any complaints about the {T}.",
        "Thousands of people attended the funeral of {P} in {L} on {D}, state media reported.",
        "The government plans to spend {N} trillion rials on the {T} next year, the draft budget shows.",
        "{U} was discussed at a closed session of the {O} on {D}, two members said.",
        "Journalists were barred from covering the trial of {P} at the courthouse in {C}.",
        "The {A} and the {O} signed an agreement on the {T} in {C} in {M}.",
        "Farmers near {L} said the lack of rain this year was the worst they had seen in {N} years.",
        "“We have no choice but to continue,” {P} wrote to the {O} in a letter published on {D}.",
        "Experts warned that the {T} could double within {N} years unless the government changes course.",
        "Shares of companies linked to {L} fell {N} percent on {D} after the news about the {T}.",
        "The {O} has not commented on the arrest of {P}, who was detained in {M}.",
        "Traffic was blocked for hours near {L} as the police dispersed a protest over the {T}.",
        // Sentences without a glossary term, as much of a news story is.
        "It was not immediately clear how many people had been hurt or whether anyone had been arrested.",
        "“Nobody told us anything, and we still do not know what will happen next,” one resident of {C} said.",
        "The details of the plan have not been made public, and officials declined to answer questions on {D}.",
        "Similar measures were announced in {M} but were never carried out, according to local reporters in {C}.",
        "Many of those who spoke to reporters asked not to be named because they feared for their safety.",
        "The figures could not be independently verified, and the government did not respond to a request for comment.",
    ].map(parse)

    static let persian = [
        "{P} روز {D} گفت که دولت پیش از پایان {M} {T} را بررسی خواهد کرد.",
        "مقام\u{200C}های {O} در {C} گفتند {T} از سال گذشته {N} درصد افزایش یافته است.",
        "به گفته {P}، {T} به موضوع اصلی مذاکرات تبدیل شده است.",
        "ساکنان {L} به خبرنگاران گفتند {T} هفته\u{200C}هاست زندگی روزمره را مختل کرده است.",
        "{O} روز {D} اعلام کرد که {T} را {N} ماه دیگر تمدید می\u{200C}کند.",
        "{P} در گفت\u{200C}وگو با تلویزیون دولتی از نحوه رسیدگی به {T} در {L} انتقاد کرد.",
        "تحلیلگران در {C} می\u{200C}گویند این تصمیم می\u{200C}تواند بر {T} اثر بگذارد و قیمت\u{200C}ها را در منطقه بالا ببرد.",
        "به گزارش {O}، روز {D} {N} نفر در نزدیکی {L} بازداشت شدند.",
        "{P}، مشاور پیشین رئیس\u{200C}جمهور، {T} را «آزمونی برای کل کشور» خواند.",
        "نمایندگان مجلس روز {D} با {N} رأی موافق طرح {T} را تصویب کردند.",
        "تصاویر ماهواره\u{200C}ای ساخت\u{200C}وساز تازه\u{200C}ای را در {L}، حدود {N} کیلومتری {C}، نشان می\u{200C}دهد.",
        "{A} در گزارشی اعلام کرد {T} امسال همچنان بر اقتصاد فشار خواهد آورد.",
        "کارگران مقابل دفتر {O} در {C} تجمع کردند و دستمزدهای معوقه {N} ماه را خواستند.",
        "{P} روز {D} در {L} با {P} دیدار و درباره {T} و امنیت منطقه گفت\u{200C}وگو کرد.",
        "قیمت\u{200C}ها در {C} در {M} به\u{200C}شدت بالا رفت، زیرا {T} به استان\u{200C}های بیشتری رسید.",
        "منتقدان می\u{200C}گویند {T} کمکی به خانواده\u{200C}های {L} که بیکاری در آن همچنان بالاست نکرده است.",
        "دادگاهی در {C}، {P} را به {N} سال زندان محکوم کرد.",
        "سخنگوی {O} گفت این نهاد هیچ شکایتی درباره {T} دریافت نکرده است.",
        "هزاران نفر روز {D} در مراسم تشییع {P} در {L} شرکت کردند.",
        "دولت قصد دارد سال آینده {N} هزار میلیارد ریال برای {T} هزینه کند.",
        "«چاره\u{200C}ای جز ادامه نداریم»، {P} در نامه\u{200C}ای به {O} نوشت.",
        "کارشناسان هشدار دادند که {T} ممکن است ظرف {N} سال دو برابر شود.",
        "سهام شرکت\u{200C}های مرتبط با {L} روز {D} پس از انتشار خبر {T} {N} درصد افت کرد.",
        "{O} درباره بازداشت {P} که در {M} دستگیر شد، اظهار نظری نکرده است.",
        // Sentences without a glossary term.
        "هنوز روشن نیست چند نفر زخمی یا بازداشت شده\u{200C}اند.",
        "یکی از ساکنان {C} گفت: «هیچ\u{200C}کس چیزی به ما نگفت و هنوز نمی\u{200C}دانیم چه پیش خواهد آمد.»",
        "جزئیات این طرح هنوز منتشر نشده و مقام\u{200C}ها روز {D} به پرسش\u{200C}ها پاسخ ندادند.",
        "به گفته خبرنگاران محلی در {C}، اقدام\u{200C}های مشابهی در {M} اعلام شد اما هرگز اجرا نشد.",
        "بسیاری از کسانی که با خبرنگاران گفت\u{200C}وگو کردند، از ترس امنیت خود خواستند نامشان فاش نشود.",
        "این آمار به\u{200C}طور مستقل قابل تأیید نیست و دولت به درخواست برای اظهار نظر پاسخ نداد.",
    ].map(parse)

    static let englishWeekdays = ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let englishCities = ["Tehran", "Isfahan", "Tabriz", "Mashhad", "Shiraz", "Zahedan", "Ahvaz", "Kermanshah", "Rasht", "Qom", "Yazd", "Bandar Abbas"]
    static let persianWeekdays = ["شنبه", "یکشنبه", "دوشنبه", "سه\u{200C}شنبه", "چهارشنبه", "پنجشنبه", "جمعه"]
    static let persianMonths = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
    static let persianCities = ["تهران", "اصفهان", "تبریز", "مشهد", "شیراز", "زاهدان", "اهواز", "کرمانشاه", "رشت", "قم", "یزد", "بندرعباس"]

    /// "42" in Persian digits, «۴۲».
    static func persianDigits(_ number: String) -> String {
        String(String.UnicodeScalarView(number.unicodeScalars.map { scalar in
            ("0"..."9").contains(scalar) ? Unicode.Scalar(scalar.value - 0x30 + 0x6F0)! : scalar
        }))
    }

    /// "The {O} said" as text, slot, text.
    private static func parse(_ template: String) -> [Piece] {
        var pieces: [Piece] = []
        var literal = ""
        var characters = template[...]
        while let character = characters.popFirst() {
            if character == "{", let name = characters.first, let slot = Slot(rawValue: name), characters.dropFirst().first == "}" {
                if !literal.isEmpty { pieces.append(.text(literal)) }
                literal = ""
                pieces.append(.slot(slot))
                characters = characters.dropFirst(2)
            } else {
                literal.append(character)
            }
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
        return pieces
    }
}
