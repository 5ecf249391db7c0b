import BenchmarkSupport
import BitextGlossary

/// What a generated entry is; the corpus writers fill their slots by kind.
enum EntryKind: CaseIterable {
    /// Case-sensitive names of people, 2–4 words: "Hamidreza Zarmahi", variants with titles.
    case person
    /// Case-sensitive place names, 1–4 words: "Khosparabad", "Zarmah Gas Field".
    case place
    /// Case-sensitive organizations, 3–5 words: "Zarmah Water Resources Company".
    case organization
    /// Case-insensitive news terms, 1–4 words: "economic sanction", "illegal fuel smuggling".
    case term
    /// Case-sensitive acronyms of 3–5 capitals.
    case acronym
}

/// A large glossary like `glossary/en-fa.tsv`, generated from a fixed seed (SplitMix64): the
/// same entries on every machine and Swift version.
///
/// The people and most places are invented from Persian-sounding syllables with a parallel
/// Persian spelling (so the English side has tens of thousands of distinct words, as a real
/// names list does); the organizations and terms combine real institution types, fields,
/// adjectives and nouns. Persian renderings use Persian ی and ک, the zero-width non-joiner
/// inside words (خیابان‌ها، احمدی‌نژاد), and forbidden forms in Arabic letters, as the shipped
/// glossary does.
struct GeneratedGlossary {
    /// The entries in glossary order.
    let entries: [GlossaryEntry]
    /// The entries' indices by kind.
    let indicesByKind: [EntryKind: [Int]]

    init(count: Int, seed: UInt64 = 0x6C05_5A27) {
        var writer = EntryWriter(random: SeededGenerator(seed: seed))
        var entries: [GlossaryEntry] = []
        entries.reserveCapacity(count)
        var indicesByKind: [EntryKind: [Int]] = [:]
        var englishSeen = Set<String>()
        var idsSeen = Set<String>()
        while entries.count < count {
            let roll = writer.random.below(100)
            let kind: EntryKind = roll < 40 ? .person : roll < 60 ? .place : roll < 75 ? .organization : roll < 98 ? .term : .acronym
            var entry = writer.entry(kind)
            // One entry per English term, as the glossary's own checks would demand.
            guard englishSeen.insert(entry.english.lowercased()).inserted else { continue }
            var id = entry.id
            var suffix = 2
            while !idsSeen.insert(id).inserted {
                id = "\(entry.id)-\(suffix)"
                suffix += 1
            }
            entry.id = id
            indicesByKind[kind, default: []].append(entries.count)
            entries.append(entry)
        }
        self.entries = entries
        self.indicesByKind = indicesByKind
    }
}

/// Draws one entry of a kind.
private struct EntryWriter {
    var random: SeededGenerator

    mutating func entry(_ kind: EntryKind) -> GlossaryEntry {
        switch kind {
        case .person: return person()
        case .place: return place()
        case .organization: return organization()
        case .term: return term()
        case .acronym: return acronym()
        }
    }

    // MARK: People

    private mutating func person() -> GlossaryEntry {
        let isFemale = random.oneIn(4)
        let given = random.pick(isFemale ? Words.femaleGivenNames : Words.maleGivenNames)
        var firstEnglish = given.english
        var firstPersian = given.persian
        var englishVariants: [String] = []
        var persianAllowed: [String] = []
        // Compound given names: "Mohammad-Reza" is «محمدرضا», also written "Mohammad Reza".
        var spacedFirst: String?
        var secondPart = ""
        if Words.compoundFirstParts.contains(given.english) && random.oneIn(3) {
            let second = random.pick(Words.secondGivenNames)
            spacedFirst = "\(firstEnglish) \(second.english)"
            secondPart = "-\(second.english)"
            firstEnglish += secondPart
            firstPersian += second.persian
        }
        var surname = surname()
        if random.oneIn(5) {
            // A two-part surname: "Hashemi Rafsanjani".
            let first = root()
            surname = (first.english + "i " + surname.english, Self.join(first.persian, "ی", nonJoiner: false) + " " + surname.persian)
        }
        let english = "\(firstEnglish) \(surname.english)"
        let persian = "\(firstPersian) \(surname.persian)"
        if let spacedFirst { englishVariants.append("\(spacedFirst) \(surname.english)") }
        if !given.variants.isEmpty && random.oneIn(2) {
            englishVariants.append("\(random.pick(given.variants))\(secondPart) \(surname.english)")
        }
        if random.oneIn(4) {
            let title = random.pick(isFemale ? Words.femaleTitles : Words.maleTitles)
            englishVariants.append("\(title.english) \(english)")
            persianAllowed.append("\(title.persian) \(persian)")
        }
        if random.oneIn(10) {
            // Written without the non-joiner, as careless copy often is.
            let spaced = persian.replacingNonJoiners(with: " ")
            if spaced != persian { persianAllowed.append(spaced) }
        }
        return GlossaryEntry(id: "person-\(Self.slug(english))", english: english, englishVariants: englishVariants,
                             persian: persian, persianAllowed: persianAllowed, persianForbidden: forbidden(persian, oneIn: 2),
                             partOfSpeech: "proper-noun", category: "person", isCaseSensitive: true,
                             note: random.oneIn(5) ? "Invented for the glossary benchmark; not a real person." : "")
    }

    /// A surname: an invented root with one of the usual endings ("-i", "-zadeh", "-nejad").
    private mutating func surname() -> (english: String, persian: String) {
        let base = root()
        let ending = random.pick(Words.surnameEndings)
        return (base.english + ending.english, Self.join(base.persian, ending.persian, nonJoiner: ending.nonJoiner))
    }

    /// Two or three syllables, capitalized: "Zarmah", «زرمه».
    private mutating func root() -> (english: String, persian: String) {
        var english = ""
        var persian = ""
        for _ in 0..<(random.oneIn(2) ? 2 : 3) {
            let syllable = random.pick(Words.syllables)
            english += syllable.english
            persian += syllable.persian
        }
        return (english.prefix(1).uppercased() + english.dropFirst(), persian)
    }

    // MARK: Places

    private mutating func place() -> GlossaryEntry {
        var name = root()
        switch random.below(10) {
        case 0, 1: name = (name.english + "abad", Self.join(name.persian, "آباد", nonJoiner: true))
        case 2: name = (name.english + "shahr", Self.join(name.persian, "شهر", nonJoiner: true))
        default: break
        }
        let kind = random.oneIn(3) ? (english: "", persian: "", category: "city") : random.pick(Words.placeKinds)
        let english = kind.english.isEmpty ? name.english : "\(name.english) \(kind.english)"
        let persian = kind.persian.isEmpty ? name.persian : "\(kind.persian) \(name.persian)"
        var englishVariants: [String] = []
        if random.oneIn(3) {
            // Another transliteration: "Khorramabad" / "Khoramabad", "Gheshm" / "Qeshm".
            let other = name.english.replacingFirst("ou", with: "u").replacingFirst("gh", with: "q").replacingFirst("ee", with: "i")
            if other != name.english { englishVariants.append(kind.english.isEmpty ? other : "\(other) \(kind.english)") }
        }
        if !kind.english.isEmpty && random.oneIn(4) {
            // "Zarmah province" next to "Zarmah Province": names are case-sensitive.
            englishVariants.append("\(name.english) \(kind.english.lowercased())")
        }
        return GlossaryEntry(id: "\(kind.category)-\(Self.slug(name.english))", english: english, englishVariants: englishVariants,
                             persian: persian, persianForbidden: forbidden(persian, oneIn: 3),
                             partOfSpeech: "proper-noun", category: kind.category, isCaseSensitive: true)
    }

    // MARK: Organizations

    private mutating func organization() -> GlossaryEntry {
        let english: String
        let persian: String
        let field = random.pick(Words.fields)
        switch random.below(20) {
        case 0:
            // A national body: "Ministry of Cultural Heritage". Few combinations, so most repeat
            // and are drawn again.
            let body = random.pick(Words.nationalBodies)
            english = "\(body.english) \(field.english)"
            persian = "\(body.persian) \(field.persian)"
        case 1...11:
            // "Zarmah Water Resources Company": only fields of one or two words, five words at most.
            let place = root()
            let type = random.pick(Words.companyTypes)
            let shortField = field.english.split(separator: " ").count <= 2 ? field : random.pick(Words.fields.filter { $0.english.split(separator: " ").count <= 2 })
            english = "\(place.english) \(shortField.english) \(type.english)"
            persian = "\(type.persian) \(shortField.persian) \(place.persian)"
        default:
            // "Zarmah Department of Health".
            let place = root()
            let office = random.pick(Words.provincialOffices)
            let shortField = field.english.split(separator: " ").count <= 2 ? field : random.pick(Words.fields.filter { $0.english.split(separator: " ").count == 1 })
            english = "\(place.english) \(office.english) \(shortField.english)"
            persian = "\(office.persian) \(shortField.persian) \(place.persian)"
        }
        var englishVariants: [String] = []
        let initials = english.split(separator: " ").filter { $0 != "of" && $0 != "and" && $0 != "for" }.compactMap(\.first)
        if initials.count >= 3 && random.oneIn(3) { englishVariants.append(String(initials).uppercased()) }
        return GlossaryEntry(id: "org-\(Self.slug(english))", english: english, englishVariants: englishVariants,
                             persian: persian, persianForbidden: forbidden(persian, oneIn: 5),
                             partOfSpeech: "proper-noun", category: "organization", isCaseSensitive: true)
    }

    // MARK: Terms

    private mutating func term() -> GlossaryEntry {
        let english: String
        let persian: String
        var englishVariants: [String] = []
        var persianAllowed: [String] = []
        let noun = random.pick(Words.nouns)
        switch random.below(20) {
        case 0:
            // A single noun: few, so mostly drawn again.
            english = noun.english
            persian = noun.persian
        case 1...8:
            let adjective = random.pick(Words.adjectives)
            english = "\(adjective.english) \(noun.english)"
            persian = "\(noun.persian) \(adjective.persian)"
            if let synonym = adjective.synonym { englishVariants.append("\(synonym) \(noun.english)") }
            if random.oneIn(5) { persianAllowed.append("\(Self.join(noun.persian, "های", nonJoiner: true)) \(adjective.persian)") }
        case 9...13:
            // "fuel smuggling" is «قاچاق سوخت»; also written "smuggling of fuel".
            let modifier = random.pick(Words.nouns)
            guard modifier.english != noun.english else { return term() }
            english = "\(modifier.english) \(noun.english)"
            persian = "\(noun.persian) \(modifier.persian)"
            if random.oneIn(3) { englishVariants.append("\(noun.english) of \(modifier.english)") }
        case 14...18:
            let adjective = random.pick(Words.adjectives)
            let modifier = random.pick(Words.nouns)
            guard modifier.english != noun.english else { return term() }
            english = "\(adjective.english) \(modifier.english) \(noun.english)"
            persian = "\(noun.persian) \(modifier.persian) \(adjective.persian)"
            if random.oneIn(4) { englishVariants.append("\(adjective.english) \(noun.english) of \(modifier.english)") }
        default:
            let first = random.pick(Words.adjectives)
            let second = random.pick(Words.adjectives)
            let modifier = random.pick(Words.nouns)
            guard first.english != second.english, modifier.english != noun.english else { return term() }
            english = "\(first.english) \(second.english) \(modifier.english) \(noun.english)"
            persian = "\(noun.persian) \(modifier.persian) \(second.persian) \(first.persian)"
        }
        return GlossaryEntry(id: "term-\(Self.slug(english))", english: english, englishVariants: englishVariants,
                             persian: persian, persianAllowed: persianAllowed, persianForbidden: forbidden(persian, oneIn: 10),
                             partOfSpeech: english.contains(" ") ? "phrase" : "noun", category: "news-term", isCaseSensitive: false,
                             note: random.oneIn(8) ? "Prefer the plural in headlines." : "")
    }

    // MARK: Acronyms

    private mutating func acronym() -> GlossaryEntry {
        var english = ""
        var persian: [String] = []
        for _ in 0..<random.int(in: 3...5) {
            let letter = random.below(26)
            english.unicodeScalars.append(Unicode.Scalar(UInt8(0x41 + letter)))
            persian.append(Words.letterNames[letter])
        }
        return GlossaryEntry(id: "acronym-\(english.lowercased())", english: english, persian: persian.joined(separator: "\u{200C}"),
                             partOfSpeech: "proper-noun", category: "acronym", isCaseSensitive: true)
    }

    // MARK: Helpers

    /// The rendering in Arabic ي and ك, forbidden, for one entry in `oneIn` that has ی or ک.
    private mutating func forbidden(_ persian: String, oneIn count: Int) -> [String] {
        guard random.oneIn(count) else { return [] }
        var scalars = String.UnicodeScalarView()
        for scalar in persian.unicodeScalars {
            switch scalar {
            case "\u{6CC}": scalars.append("\u{64A}")
            case "\u{6A9}": scalars.append("\u{643}")
            default: scalars.append(scalar)
            }
        }
        let arabic = String(scalars)
        return arabic == persian ? [] : [arabic]
    }

    /// Letters that do not join the next one: no non-joiner is needed after them.
    private static let nonJoiningLetters: Set<Unicode.Scalar> = ["ا", "آ", "د", "ذ", "ر", "ز", "ژ", "و"]

    /// `stem` and `ending` as one word, with a non-joiner between them when asked for and the
    /// stem's last letter would otherwise join («احمدی‌نژاد», but «خسروزاده»).
    static func join(_ stem: String, _ ending: String, nonJoiner: Bool) -> String {
        guard nonJoiner, let last = stem.unicodeScalars.last, !nonJoiningLetters.contains(last) else { return stem + ending }
        return stem + "\u{200C}" + ending
    }

    /// "Zarmah Gas Field" as "zarmah-gas-field".
    static func slug(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty && !result.hasSuffix("-") {
                result += "-"
            }
        }
        return result.hasSuffix("-") ? String(result.dropLast()) : result
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced (ASCII, no Foundation).
    func replacingFirst(_ target: String, with replacement: String) -> String {
        let bytes = Array(utf8)
        let pattern = Array(target.utf8)
        guard bytes.count >= pattern.count else { return self }
        for start in 0...(bytes.count - pattern.count) where bytes[start..<(start + pattern.count)].elementsEqual(pattern) {
            return String(decoding: bytes[..<start], as: UTF8.self) + replacement
                + String(decoding: bytes[(start + pattern.count)...], as: UTF8.self)
        }
        return self
    }

    /// The string with every zero-width non-joiner replaced.
    func replacingNonJoiners(with replacement: String) -> String {
        var result = ""
        for scalar in unicodeScalars {
            if scalar == "\u{200C}" { result += replacement } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
