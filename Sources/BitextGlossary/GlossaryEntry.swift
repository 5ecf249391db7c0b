/// One glossary entry: a name or term in English and how it is to be rendered in Persian.
public struct GlossaryEntry: Sendable, Equatable, Hashable {
    /// A stable slug (`person-ali-khamenei`, `city-mashhad`).
    public var id: String
    /// The preferred English term.
    public var english: String
    /// Other English forms that mean the same entry (abbreviations, other transliterations).
    public var englishVariants: [String]
    /// The preferred Persian rendering.
    public var persian: String
    /// Other acceptable Persian renderings.
    public var persianAllowed: [String]
    /// Renderings that are wrong (Arabic letters, wrong transliterations, loaded terms).
    public var persianForbidden: [String]
    /// Part of speech: noun, proper-noun, adjective, verb, phrase.
    public var partOfSpeech: String
    /// What the entry is: person, city, state-body, news-term…
    public var category: String
    /// Whether matching respects letter case (acronyms and names).
    public var isCaseSensitive: Bool
    /// A note for translators.
    public var note: String

    public init(id: String, english: String, englishVariants: [String] = [], persian: String, persianAllowed: [String] = [],
                persianForbidden: [String] = [], partOfSpeech: String = "noun", category: String = "news-term",
                isCaseSensitive: Bool = false, note: String = "") {
        self.id = id
        self.english = english
        self.englishVariants = englishVariants
        self.persian = persian
        self.persianAllowed = persianAllowed
        self.persianForbidden = persianForbidden
        self.partOfSpeech = partOfSpeech
        self.category = category
        self.isCaseSensitive = isCaseSensitive
        self.note = note
    }

    /// Every English form, preferred first.
    public var englishForms: [String] { [english] + englishVariants }
    /// Every acceptable Persian form, preferred first.
    public var persianForms: [String] { [persian] + persianAllowed }
}

/// A glossary that cannot be read, with the file, the line and what to do.
public struct GlossaryError: Error, CustomStringConvertible, Equatable, Sendable {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}
