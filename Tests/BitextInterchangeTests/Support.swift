import BitextInterchange
import BitextModel
import Foundation
import XCTest

/// Where the repository and the shared folder (beside it, `../shared`) are.
enum Paths {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
    static let conformance = shared.appendingPathComponent("conformance")
    static let interopCheck = shared.appendingPathComponent("tools/interop-check")
}

/// A news article extract in English with its Persian translation in every state Bitext knows:
/// a paired code inside a sentence, a link that opens in one sentence and closes in the next,
/// an image placeholder, unit notes and glossary hints.
enum Sample {
    static let strong = InlineCode(id: 1, kind: "strong", original: "**", source: nil)
    static let linkStart = InlineCode(id: 2, kind: "link", original: "[", source: nil)
    static let linkEnd = InlineCode(id: 2, kind: "link", original: "](https://example.com/report)", source: nil)
    static let map = InlineCode(id: 3, kind: "image", original: "![Map of the new line](map.png)", source: nil)

    static func text(_ string: String) -> Inline { .text(TextRun(string)) }

    static let file = InterchangeFile(sourceLanguage: .english, targetLanguage: .persian, documents: [
        InterchangeDocument(id: "tehran-metro", original: "articles/tehran-metro.md", version: "3f9a1c0d2e", sourceFormat: "md", units: [
            InterchangeUnit(id: "h-5d41402abc", kind: "heading1", segments: [
                InterchangeSegment(id: "s-7d793037a0", source: [text("Tehran opens a new metro line")],
                                   target: [text("تهران خط جدید مترو را افتتاح کرد")], state: .final),
            ]),
            InterchangeUnit(id: "p-1a2b3c4d5e", kind: "paragraph", notes: ["Keep the minister's name as in official Persian sources.", "Numbers: use Persian digits."], segments: [
                InterchangeSegment(
                    id: "s-0f9e8d7c6b",
                    source: [text("The "), .open(strong), text("new line"), .close(strong), text(" connects Azadi Square to Imam Khomeini Airport, the minister said on Tuesday.")],
                    target: [text("وزیر روز سه‌شنبه گفت "), .open(strong), text("خط جدید"), .close(strong), text(" میدان آزادی را به فرودگاه امام خمینی متصل می‌کند.")],
                    state: .translated,
                    terms: [TermHint(source: "Azadi Square", target: "میدان آزادی", note: "Tehran landmark"),
                            TermHint(source: "Imam Khomeini Airport", target: "فرودگاه امام خمینی")]),
                InterchangeSegment(
                    id: "s-1b2c3d4e5f",
                    source: [text("According to "), .open(linkStart), text("the ministry's report.")],
                    target: [text("بر اساس "), .open(linkStart), text("گزارش وزارتخانه.")],
                    state: .needsReview),
                InterchangeSegment(
                    id: "s-2c3d4e5f60",
                    source: [text("The line will carry 40,000 passengers a day"), .close(linkEnd), text(". "), .placeholder(map)],
                    target: [text("این خط روزانه ۴۰٬۰۰۰ مسافر را جابه‌جا خواهد کرد"), .close(linkEnd), text(". "), .placeholder(map)],
                    state: .final),
                InterchangeSegment(id: "s-3d4e5f6071", source: [text("Construction began in 2019 & cost \"less\" than <planned>.")]),
            ]),
        ]),
    ])

    /// The file as PO and CSV readers give it back: raw strings, plain-text content.
    static func rawProjection(_ file: InterchangeFile, keepsFinal: Bool, keepsNeedsReview: Bool) -> InterchangeFile {
        var result = file
        for d in result.documents.indices {
            for u in result.documents[d].units.indices {
                for s in result.documents[d].units[u].segments.indices {
                    var segment = result.documents[d].units[u].segments[s]
                    let source = segment.rawSource ?? flatten(segment.source)
                    let target = segment.rawTarget ?? segment.target.map(flatten) ?? ""
                    segment.source = [text(source)]
                    segment.target = target.isEmpty ? nil : [text(target)]
                    segment.rawSource = source
                    segment.rawTarget = target
                    if segment.state == .final && !keepsFinal { segment.state = .translated }
                    if segment.state == .needsReview && !keepsNeedsReview { segment.state = target.isEmpty ? .new : .translated }
                    result.documents[d].units[u].segments[s] = segment
                }
            }
        }
        return result
    }

    static func flatten(_ content: [Inline]) -> String {
        content.map { element -> String in
            if case .text(let run) = element { return run.text }
            return element.code!.original
        }.joined()
    }
}

extension InterchangeFile {
    /// The file without reader-set lines, for comparing a round trip.
    var withoutLines: InterchangeFile {
        var result = self
        for d in result.documents.indices {
            for u in result.documents[d].units.indices {
                for s in result.documents[d].units[u].segments.indices {
                    result.documents[d].units[u].segments[s].line = nil
                }
            }
        }
        return result
    }

    /// The file with every code's original markup removed (what XLIFF 1.2 cannot carry).
    var withoutCodeOriginals: InterchangeFile {
        var result = self
        func strip(_ content: [Inline]) -> [Inline] {
            content.map { element in
                switch element {
                case .text: return element
                case .open(var code): code.original = ""; return .open(code)
                case .close(var code): code.original = ""; return .close(code)
                case .placeholder(var code): code.original = ""; return .placeholder(code)
                }
            }
        }
        for d in result.documents.indices {
            for u in result.documents[d].units.indices {
                for s in result.documents[d].units[u].segments.indices {
                    result.documents[d].units[u].segments[s].source = strip(result.documents[d].units[u].segments[s].source)
                    result.documents[d].units[u].segments[s].target = result.documents[d].units[u].segments[s].target.map(strip)
                }
            }
        }
        return result
    }
}

/// Bytes of a string, for readers.
func bytes(_ text: String) -> [UInt8] {
    Array(text.utf8)
}

/// The `InterchangeError` an expression throws, failing the test if it throws none or another.
func interchangeError<T>(_ expression: @autoclosure () throws -> T, file: StaticString = #filePath, line: UInt = #line) -> InterchangeError? {
    do {
        _ = try expression()
        XCTFail("expected an InterchangeError, got a result", file: file, line: line)
    } catch let error as InterchangeError {
        return error
    } catch {
        XCTFail("expected an InterchangeError, got \(error)", file: file, line: line)
    }
    return nil
}
