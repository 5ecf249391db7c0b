import BenchmarkSupport
import BitextModel
import BitextSegmentation
import BitextText

/// How fast Bitext's segmenter and bare ICU split one corpus into sentences.
struct SpeedMeasurement {
    /// The corpus measured.
    let configuration: Configuration
    /// The corpus's actual size in MB (slightly above the requested size: whole paragraphs).
    let megabytes: Double
    /// How many paragraphs, hence how many calls each side made.
    let paragraphCount: Int
    /// How many sentences the corpus was generated from.
    let generatedSentences: Int
    /// `Segmenter.sentences(in:)` once per paragraph.
    let ours: Timing
    /// ICU's sentence break iterator once per paragraph, with the String → UTF-16 conversion.
    let icu: Timing
    /// VmHWM after this measurement, in kB: the high-water mark of this process so far, which
    /// includes every larger corpus measured before it.
    let peakKilobytesSoFar: Int?

    /// Generates the corpus and times both sides over it.
    init(_ configuration: Configuration, runs: Int) throws {
        let corpus = Corpus(language: configuration.language, megabytes: configuration.megabytes)
        let segmenter = try Segmenter(language: configuration.language.tag)
        // The same ICU rules and abbreviation suppressions as the segmenter's own iterator, so
        // that the ratio measures what Bitext adds on top of ICU.
        let iterator = try BreakIterator(.sentence, locale: configuration.language.icuLocale)
        let paragraphs = corpus.paragraphs

        self.configuration = configuration
        megabytes = corpus.megabytes
        paragraphCount = paragraphs.count
        generatedSentences = corpus.sentenceCount
        // Both sides run in the same process over the same paragraphs, so that the machine's
        // state (clock frequency, caches, the allocator) is comparable.
        ours = Timing(runs: runs) {
            var sentences = 0
            for paragraph in paragraphs {
                sentences += segmenter.sentences(in: paragraph).count
            }
            return sentences
        }
        icu = try Timing(runs: runs) {
            var sentences = 0
            for paragraph in paragraphs {
                // The segmenter pays for this conversion too: ICU works on UTF-16.
                let units = Array(paragraph.utf16)
                // ICU's boundaries include 0 and the end, so n + 1 boundaries make n sentences.
                sentences += try iterator.boundaries(in: units).count - 1
            }
            return sentences
        }
        peakKilobytesSoFar = ProcessMemory.peakKilobytes
    }

    /// Our throughput over ICU's: 1 means no overhead, 0.5 means twice ICU's time.
    var ratio: Double { icu.seconds / ours.seconds }

    /// Our time per MB of input, to compare corpus sizes.
    var oursSecondsPerMegabyte: Double { ours.seconds / megabytes }
}

extension CorpusLanguage {
    /// The language tag the segmenter loads `locales/<language>/` for.
    var tag: LanguageTag {
        switch self {
        case .english: return .english
        case .persian: return .persian
        }
    }

    /// The ICU locale of the bare-ICU baseline; `ss=standard` turns on ICU's abbreviation
    /// suppressions, as the segmenter does.
    var icuLocale: String {
        switch self {
        case .english: return "en_US@ss=standard"
        case .persian: return "fa_IR@ss=standard"
        }
    }
}
