import BenchmarkSupport
/// A language the benchmark generates news text in.
enum CorpusLanguage: String, CaseIterable, Sendable {
    case english = "en"
    case persian = "fa"

    /// The sizes (in MB) that a run without `--size` measures: two English sizes, to show how
    /// the time per MB scales, and one Persian size.
    var defaultSizes: [Int] {
        switch self {
        case .english: return [10, 50]
        case .persian: return [10]
        }
    }
}

/// Writes the sentences of news articles about Iran in one language.
protocol NewsWriter {
    /// The writer's source of randomness; templates draw their slots from it.
    var random: SeededGenerator { get set }

    /// One sentence with its closing punctuation, from a template picked at random.
    mutating func sentence() -> String

    /// A dateline that opens an article ("TEHRAN, Nov. 24 —"), ending with a space.
    mutating func dateline() -> String
}

/// A generated news corpus: paragraphs of 2–6 sentences, the unit the product segments (one
/// `Segmenter.sentences(in:)` call per paragraph).
struct Corpus {
    /// The language of the text.
    let language: CorpusLanguage
    /// The paragraphs, without the line breaks between them.
    let paragraphs: [String]
    /// The size of the text in UTF-8 bytes (the paragraphs only).
    let byteCount: Int
    /// How many sentences the paragraphs were built from: what a perfect segmenter would find.
    let sentenceCount: Int

    /// Generates at least `megabytes` × 10⁶ UTF-8 bytes of text.
    ///
    /// The seed is fixed per language, so a smaller corpus is a prefix of a larger one and the
    /// 10 MB and 50 MB runs compare the same kind of text.
    init(language: CorpusLanguage, megabytes: Int) {
        switch language {
        case .english:
            self.init(language: language, megabytes: megabytes, writer: EnglishNewsWriter(random: SeededGenerator(seed: 0x1A4E_2026)))
        case .persian:
            self.init(language: language, megabytes: megabytes, writer: PersianNewsWriter(random: SeededGenerator(seed: 0xFA1A_1405)))
            PersianNewsWriter.checkOrthography(of: paragraphs)
        }
    }

    private init<Writer: NewsWriter>(language: CorpusLanguage, megabytes: Int, writer: Writer) {
        var writer = writer
        let target = megabytes * 1_000_000
        var paragraphs: [String] = []
        var bytes = 0
        var sentences = 0
        while bytes < target {
            let count = writer.random.int(in: 2...6)
            // One paragraph in five opens an article, as wire copy does, with a dateline.
            var text = writer.random.oneIn(5) ? writer.dateline() : ""
            for index in 0..<count {
                if index > 0 { text += " " }
                text += writer.sentence()
            }
            // A copy of exactly the text's size: a string grown by appending keeps up to half
            // its allocation as spare capacity, which would count as input in the memory figures.
            let paragraph = String(unsafeUninitializedCapacity: text.utf8.count) { $0.initialize(fromContentsOf: text.utf8) }
            bytes += paragraph.utf8.count
            sentences += count
            paragraphs.append(paragraph)
        }
        self.language = language
        self.paragraphs = paragraphs
        byteCount = bytes
        sentenceCount = sentences
    }

    /// The size in MB (10⁶ bytes), for rates and ratios.
    var megabytes: Double { Double(byteCount) / 1_000_000 }
}
