import BenchmarkSupport
/// Writes English wire-style sentences about Iran, full of what makes sentence segmentation
/// hard: titles (Mr., Dr., Gen.), abbreviations (U.S., U.N., a.m., No. 5, e.g.), decimals,
/// quotations and datelines.
///
/// Every template is exactly one sentence, so the number of sentences written is what a
/// perfect segmenter would find. The people are invented; the places and institutions are real.
struct EnglishNewsWriter: NewsWriter {
    typealias Template = @Sendable (inout EnglishNewsWriter) -> String

    var random: SeededGenerator

    mutating func sentence() -> String {
        let template = random.pick(Self.templates)
        return template(&self)
    }

    mutating func dateline() -> String {
        switch random.below(3) {
        case 0: return "\(random.pick(Self.datelineCities)), \(date()) — "
        case 1: return "\(random.pick(Self.datelineCities)), \(date()) (\(random.pick(Self.wireServices))) — "
        default: return "DUBAI, United Arab Emirates — "
        }
    }

    // MARK: Templates

    private static let templates: [Template] = [
        { w in "\(w.titledPerson()) said on \(w.weekday()) that the talks in \(w.foreignCity()) had been “useful but difficult.”" },
        { w in "The rial fell \(w.decimal(1...9)) percent against the U.S. dollar on \(w.weekday()), trading at \(w.thousands(400...950)) to the dollar on the open market in Tehran." },
        { w in "Annual inflation reached \(w.decimal(30...55)) percent in \(w.month()), according to the Statistical Center of Iran." },
        { w in "The U.N. Security Council is expected to meet at \(w.clockTime()) on \(w.weekday()) to discuss the report." },
        { w in "\(w.official()), who leads the Iranian delegation, arrived in \(w.foreignCity()) at \(w.clockTime()) local time." },
        { w in "“We will not negotiate under pressure,” \(w.official()) told state television." },
        { w in "Officials in the U.S. and Europe say the sanctions will stay in place, e.g., on oil exports, shipping and insurance." },
        { w in "Branch No. \(w.number(15...40)) of the Revolutionary Court in \(w.city()) sentenced him to \(w.number(2...12)) years in prison." },
        { w in "Did the government know about the shortages before \(w.month())?" },
        { w in "The I.A.E.A. said Iran had \(w.decimal(100...400)) kilograms of uranium enriched to 60 percent purity, i.e., close to weapons grade." },
        { w in "Prices of basic goods, e.g., bread, rice and cooking oil, rose by as much as \(w.number(20...80)) percent in \(w.month())." },
        { w in "\(w.titledPerson()) was arrested at home in \(w.city()) at about \(w.clockTime()) on \(w.weekday()), the family said." },
        { w in "Protesters chanted “Woman, Life, Freedom!” as they marched toward \(w.landmark())." },
        { w in "According to \(w.titledPerson()), the main hospital in \(w.city()) admitted \(w.number(12...140)) injured people overnight." },
        { w in "Washington has sanctioned \(w.number(3...60)) companies since Jan. 1, the U.S. Treasury Department said in a statement." },
        { w in "The earthquake, of magnitude \(w.decimal(4...7)), struck \(w.number(10...90)) km southeast of \(w.city()) at \(w.clockTime()) local time on \(w.weekday())." },
        { w in "Shares on the Tehran Stock Exchange gained \(w.decimal(0...4))% on \(w.weekday()), led by petrochemical and mining companies." },
        { w in "Gen. \(w.maleName()) told the semiofficial \(w.newsAgency()) that the drills would last \(w.number(2...9)) days." },
        { w in "Mr. \(w.lastName())’s lawyer, Ms. \(w.femaleName()), said she had not been allowed to see the case file." },
        { w in "The report was published by the U.N. Human Rights Council in Geneva on \(w.weekday())." },
        { w in "Power cuts lasted from 6 p.m. until 11:45 p.m. in parts of \(w.city()), the state electricity company said." },
        { w in "“The decision is final,” \(w.titledPerson()) said, adding that “no further appeal is possible.”" },
        { w in "About \(w.decimal(20...30)) million people voted in the first round, a turnout of \(w.decimal(39...49)) percent, the Interior Ministry said." },
        { w in "Flights from Imam Khomeini International Airport to Istanbul, Dubai and Doha were canceled after 4 a.m. on \(w.weekday())." },
        { w in "State media, including IRNA and the Fars news agency, did not report the incident." },
        { w in "The price of subsidized gasoline was raised to \(w.thousands(15...30)) rials a liter (about \(w.number(3...9)) U.S. cents)." },
        { w in "Asked whether Iran would leave the N.P.T., \(w.official()) declined to comment." },
        { w in "Lake Urmia has lost \(w.decimal(5...9)) meters of depth since 1995, scientists at the University of Tabriz said." },
        { w in "The Health Ministry reported \(w.number(12...300)) new cases of cholera in Sistan and Baluchestan province." },
        { w in "In a statement issued at 2 a.m., the Revolutionary Guards said the tanker had been seized in the Strait of Hormuz." },
        { w in "“This verdict was written before the trial even began,” said Dr. \(w.femaleName()), who leads the defense team." },
        { w in "The envoy met officials from the U.K., France and Germany, known as the E3, in \(w.foreignCity()) on \(w.weekday())." },
        { w in "Sen. \(w.lastName()), a Republican, said the U.S. should not release the frozen funds." },
        { w in "Prof. \(w.lastName()) of Tehran University estimated that \(w.number(25...40)) percent of households live below the poverty line." },
        { w in "The protests began on Sept. 16, 2022, after the death of a young woman in the custody of the morality police." },
        { w in "Oil exports averaged \(w.decimal(1...2)) million barrels a day in \(w.month()), according to tanker-tracking data." },
        { w in "Most of the frozen funds are held in banks in South Korea, Iraq and the U.S." },
        { w in "Talks are scheduled to resume at 10 a.m. on \(w.weekday()) in Muscat, Oman’s capital." },
        { w in "Who will replace him is still unclear." },
        { w in "Parliament approved the budget by a vote of \(w.number(150...210)) to \(w.number(20...60)), with \(w.number(3...19)) abstentions." },
        { w in "“Death to the dictator!” some residents shouted from their rooftops, witnesses in \(w.city()) said." },
        { w in "The video, posted at 11 p.m. on Telegram, shows security forces firing tear gas near \(w.landmark())." },
        { w in "The ship was carrying \(w.thousands(20...65)) tons of wheat from Novorossiysk to Bandar Abbas." },
        { w in "Why did the talks in \(w.foreignCity()) collapse after only \(w.number(2...5)) days?" },
        { w in "The court cited Article \(w.number(280...700)) of the Islamic Penal Code, which carries a sentence of up to \(w.number(5...10)) years." },
        { w in "Dr. \(w.lastName()), a cardiologist at Shariati Hospital, said medicines for cancer patients were running short." },
        { w in "The currency has lost more than \(w.number(40...70)) percent of its value since Jan. 1, 2024, traders in \(w.city()) said." },
        { w in "\(w.official()) said Iran was ready to allow “more inspections, but not at any price.”" },
        { w in "Temperatures reached \(w.decimal(48...52)) degrees Celsius in Ahvaz on \(w.weekday()), forcing offices to close at noon." },
        { w in "The IRGC’s navy seized \(w.number(2...4)) vessels in the Persian Gulf, the official IRNA news agency reported." },
        { w in "The statement was signed by \(w.number(120...350)) lawyers, including Mr. \(w.lastName()) and Mrs. \(w.lastName())." },
        { w in "At \(w.number(6...11)) a.m. on \(w.weekday()), crowds had already gathered outside the courthouse in \(w.city())." },
        { w in "Internet traffic in Iran fell by \(w.decimal(40...90)) percent on \(w.weekday()), the monitoring group NetBlocks said." },
        { w in "The U.N. special rapporteur, \(w.titledPerson()), called the executions “a grave violation of international law.”" },
    ]

    // MARK: Slots

    private static let maleFirstNames = ["Reza", "Ali", "Hossein", "Mehdi", "Kaveh", "Amir", "Hamid", "Saeed", "Majid", "Babak", "Farhad", "Javad"]
    private static let femaleFirstNames = ["Maryam", "Leila", "Narges", "Sara", "Zahra", "Shirin", "Nasrin", "Parisa", "Fatemeh", "Mahsa", "Elham", "Roya"]
    private static let lastNames = [
        "Karimi", "Sadeghi", "Hosseini", "Rezaei", "Ahmadi", "Mohammadi", "Jafari", "Kazemi", "Moradi", "Rahimi",
        "Tehrani", "Ghorbani", "Nouri", "Jahanbani", "Shams", "Farahani", "Ahmadvand", "Bagheri",
    ]
    private static let roles = [
        "Foreign Ministry spokesman", "Deputy Foreign Minister", "Oil Minister", "Central Bank Governor",
        "Vice President", "Government spokeswoman", "Judiciary spokesman", "Health Minister",
    ]
    private static let cities = ["Tehran", "Isfahan", "Tabriz", "Mashhad", "Shiraz", "Zahedan", "Ahvaz", "Kermanshah", "Rasht", "Qom", "Sanandaj", "Bandar Abbas"]
    private static let foreignCities = ["Vienna", "Geneva", "Muscat", "Doha", "New York", "Brussels", "Baghdad", "Istanbul"]
    private static let datelineCities = ["TEHRAN", "VIENNA", "GENEVA", "WASHINGTON", "ISTANBUL", "BAGHDAD", "MUSCAT, Oman", "UNITED NATIONS"]
    private static let wireServices = ["Reuters", "AP", "AFP"]
    private static let newsAgencies = ["Tasnim news agency", "Fars news agency", "Mehr news agency", "ISNA news agency"]
    private static let landmarks = ["Azadi Square", "Enghelab Square", "the Grand Bazaar", "Tehran University", "the Makki Mosque", "Valiasr Street"]
    private static let weekdays = ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    /// Months as AP style writes them before a day: abbreviated except March to July.
    private static let datelineMonths = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

    private mutating func maleName() -> String { "\(random.pick(Self.maleFirstNames)) \(random.pick(Self.lastNames))" }
    private mutating func femaleName() -> String { "\(random.pick(Self.femaleFirstNames)) \(random.pick(Self.lastNames))" }
    private mutating func lastName() -> String { random.pick(Self.lastNames) }

    /// A name with a title that agrees with it: "Mr. Reza Karimi", "Dr. Leila Nouri".
    private mutating func titledPerson() -> String {
        if random.oneIn(2) {
            return "\(random.pick(["Mr.", "Mr.", "Dr.", "Gen.", "Prof."])) \(maleName())"
        }
        return "\(random.pick(["Ms.", "Mrs.", "Dr.", "Prof."])) \(femaleName())"
    }

    /// A name after its office, as AP writes officials: "Oil Minister Javad Ahmadi".
    private mutating func official() -> String {
        "\(random.pick(Self.roles)) \(random.oneIn(2) ? maleName() : femaleName())"
    }

    private mutating func city() -> String { random.pick(Self.cities) }
    private mutating func foreignCity() -> String { random.pick(Self.foreignCities) }
    private mutating func landmark() -> String { random.pick(Self.landmarks) }
    private mutating func newsAgency() -> String { random.pick(Self.newsAgencies) }
    private mutating func weekday() -> String { random.pick(Self.weekdays) }
    private mutating func month() -> String { random.pick(Self.months) }
    private mutating func date() -> String { "\(random.pick(Self.datelineMonths)) \(random.int(in: 1...28))" }
    private mutating func number(_ range: ClosedRange<Int>) -> Int { random.int(in: range) }

    /// A number with one or two decimals whose whole part lies in `range`: "3.5", "12.75".
    private mutating func decimal(_ range: ClosedRange<Int>) -> String {
        let whole = random.int(in: range)
        return random.oneIn(2) ? "\(whole).\(random.int(in: 1...9))" : "\(whole).\(random.int(in: 10...99))"
    }

    /// A whole number of thousands written with a comma: "615,000".
    private mutating func thousands(_ range: ClosedRange<Int>) -> String {
        "\(random.int(in: range)),000"
    }

    /// A clock time in the middle of a sentence: "10:30 a.m.", "9 p.m.".
    private mutating func clockTime() -> String {
        let hour = random.int(in: 1...12)
        let minutes = random.oneIn(2) ? "" : ":\(random.pick(["00", "15", "30", "45"]))"
        return "\(hour)\(minutes) \(random.pick(["a.m.", "p.m."]))"
    }
}
