import BitextFormats
import BitextModel
import BitextSegmentation
import BitextStore
import Foundation
import XCTest

/// The store keeps documents, translations, memory and history, and writes all or nothing.
final class TranslationStoreTests: XCTestCase {
    var store: TranslationStore!
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-store-\(UUID().uuidString)")
        store = try TranslationStore(path: folder.appendingPathComponent(".bitext/bitext.sqlite").path)
    }

    override func tearDownWithError() throws {
        store = nil
        try? FileManager.default.removeItem(at: folder)
    }

    func document(_ text: String, id: String = "article") throws -> Document {
        var document = try DocumentReader.read(bytes: Array(text.utf8), format: .markdown, id: id, file: "\(id).md")
        document.language = .english
        try Segmenter(language: .english).segment(&document)
        return document
    }

    func key(_ document: Document, _ block: Int, _ segment: Int) -> SegmentKey {
        SegmentKey(documentID: document.id, blockID: document.blocks[block].id, segmentID: document.blocks[block].segments[segment].id)
    }

    let article = """
    # Court upholds sentence

    The court ruled on Sunday. The lawyer will appeal.

    Protests continued in Zahedan.
    """

    func testExtractionStoresSegmentsInOrderWithWordCounts() throws {
        let source = try document(article)
        let summary = try store.saveExtraction(of: source, path: "article.md", targetLanguage: .persian)
        XCTAssertEqual(summary, TranslationStore.ExtractionSummary(segments: 4, kept: 0, fromMemory: 0, new: 4, retired: 0))
        let segments = try store.segments(of: "article")
        XCTAssertEqual(segments.map(\.sourceText), ["Court upholds sentence", "The court ruled on Sunday.", "The lawyer will appeal.",
                                                    "Protests continued in Zahedan."])
        XCTAssertEqual(segments.map(\.words), [3, 5, 4, 4])
        XCTAssertEqual(segments.map(\.blockKind.description), ["heading1", "paragraph", "paragraph", "paragraph"])
        let stored = try XCTUnwrap(store.document(id: "article"))
        XCTAssertEqual(stored.skeleton, Array(article.utf8))
        XCTAssertEqual(stored.version, TranslationStore.version(of: source))
        XCTAssertEqual(try store.targetLanguages(of: "article"), [.persian])
    }

    func testImportAddsChangesAndKeepsHistory() throws {
        let source = try document(article)
        try store.saveExtraction(of: source, path: "article.md", targetLanguage: .persian)
        let first = TranslationStore.TranslationUpdate(key: key(source, 1, 0), content: [.text(TextRun("دادگاه روز یکشنبه رأی داد."))], state: .translated)
        XCTAssertEqual(try store.importTranslations([first], targetLanguage: .persian), TranslationStore.ImportSummary(added: 1, changed: 0, unchanged: 0))
        XCTAssertEqual(try store.importTranslations([first], targetLanguage: .persian), TranslationStore.ImportSummary(added: 0, changed: 0, unchanged: 1))
        var revised = first
        revised.content = [.text(TextRun("دادگاه یکشنبه حکم را تأیید کرد."))]
        revised.state = .final
        XCTAssertEqual(try store.importTranslations([revised], targetLanguage: .persian), TranslationStore.ImportSummary(added: 0, changed: 1, unchanged: 0))
        let current = try XCTUnwrap(store.translations(of: "article", targetLanguage: .persian)[first.key])
        XCTAssertEqual(current.targetText, "دادگاه یکشنبه حکم را تأیید کرد.")
        XCTAssertEqual(current.state, .final)
        XCTAssertEqual(try store.history(of: first.key, targetLanguage: .persian).map(\.targetText), ["دادگاه روز یکشنبه رأی داد."])
    }

    func testFailedImportChangesNothing() throws {
        let source = try document(article)
        try store.saveExtraction(of: source, path: "article.md", targetLanguage: .persian)
        let good = TranslationStore.TranslationUpdate(key: key(source, 1, 0), content: [.text(TextRun("دادگاه رأی داد."))], state: .translated)
        let unknown = TranslationStore.TranslationUpdate(key: SegmentKey(documentID: "article", blockID: "p-0000000000", segmentID: "s-0000000000"),
                                                         content: [.text(TextRun("؟"))], state: .translated)
        XCTAssertThrowsError(try store.importTranslations([good, unknown], targetLanguage: .persian)) { error in
            XCTAssertEqual("\(error)", "no segment article/p-0000000000/s-0000000000 in the store; extract the document again")
        }
        XCTAssertEqual(try store.translations(of: "article", targetLanguage: .persian).count, 0)
    }

    func testReExtractingAnEditedArticleKeepsUnchangedSentencesAndFillsFromMemory() throws {
        let source = try document(article)
        try store.saveExtraction(of: source, path: "article.md", targetLanguage: .persian)
        try store.importTranslations([
            .init(key: key(source, 0, 0), content: [.text(TextRun("دادگاه حکم را تأیید کرد"))], state: .final),
            .init(key: key(source, 1, 0), content: [.text(TextRun("دادگاه روز یکشنبه رأی داد."))], state: .translated),
            .init(key: key(source, 1, 1), content: [.text(TextRun("وکیل درخواست تجدیدنظر می‌دهد."))], state: .translated),
        ], targetLanguage: .persian)

        // The second paragraph's first sentence changes; its block id changes with it, so the
        // unchanged second sentence comes back from memory.
        let edited = try document(article.replacingOccurrences(of: "The court ruled on Sunday.", with: "The court ruled late on Sunday."))
        let summary = try store.saveExtraction(of: edited, path: "article.md", targetLanguage: .persian)
        XCTAssertEqual(summary, TranslationStore.ExtractionSummary(segments: 4, kept: 1, fromMemory: 1, new: 2, retired: 2))
        let translations = try store.translations(of: "article", targetLanguage: .persian)
        XCTAssertEqual(translations[key(edited, 0, 0)]?.origin, .import)
        XCTAssertEqual(translations[key(edited, 0, 0)]?.state, .final)
        XCTAssertEqual(translations[key(edited, 1, 1)]?.targetText, "وکیل درخواست تجدیدنظر می‌دهد.")
        XCTAssertEqual(translations[key(edited, 1, 1)]?.origin, .memory)
        XCTAssertNil(translations[key(edited, 1, 0)])
        XCTAssertEqual(key(edited, 1, 1).segmentID, key(source, 1, 1).segmentID)
        // The retired translations are in the history, not lost.
        XCTAssertEqual(try store.history(of: key(source, 1, 0), targetLanguage: .persian).map(\.targetText), ["دادگاه روز یکشنبه رأی داد."])
    }

    func testMemoryAdaptsCodesToAnotherDocument() throws {
        let first = try document("The *court* ruled on [Sunday](https://example.org/a).\n", id: "first")
        try store.saveExtraction(of: first, path: "first.md", targetLanguage: .persian)
        let codes = first.blocks[0].segments[0].content.compactMap(\.code)
        XCTAssertEqual(codes.map(\.original), ["*", "*", "[", "](https://example.org/a)"])
        let target: [Inline] = [.text(TextRun("")), .open(codes[0]), .text(TextRun("دادگاه")), .close(codes[1]), .text(TextRun(" روز ")),
                                .open(codes[2]), .text(TextRun("یکشنبه")), .close(codes[3]), .text(TextRun(" رأی داد."))]
        try store.importTranslations([.init(key: key(first, 0, 0), content: target, state: .translated)], targetLanguage: .persian)

        let second = try document("Intro.\n\nThe *court* ruled on [Sunday](https://example.org/b).\n", id: "second")
        let summary = try store.saveExtraction(of: second, path: "second.md", targetLanguage: .persian)
        XCTAssertEqual(summary.fromMemory, 1)
        let filled = try XCTUnwrap(store.translations(of: "second", targetLanguage: .persian)[key(second, 1, 0)])
        XCTAssertEqual(filled.content.compactMap(\.code).map(\.original), ["*", "*", "[", "](https://example.org/b)"])
        XCTAssertEqual(filled.targetText, "دادگاه روز یکشنبه رأی داد.")
    }

    func testStatusCountsSegmentsWordsAndStates() throws {
        let source = try document(article)
        try store.saveExtraction(of: source, path: "article.md", targetLanguage: .persian)
        try store.importTranslations([
            .init(key: key(source, 0, 0), content: [.text(TextRun("دادگاه حکم را تأیید کرد"))], state: .final),
            .init(key: key(source, 1, 0), content: [.text(TextRun("دادگاه روز یکشنبه رأی داد."))], state: .needsReview),
            .init(key: key(source, 1, 1), content: [.text(TextRun("وکیل درخواست تجدیدنظر می‌دهد."))], state: .translated),
        ], targetLanguage: .persian)
        let status = try XCTUnwrap(store.status().first)
        XCTAssertEqual(status.segments, 4)
        XCTAssertEqual(status.words, 16)
        XCTAssertEqual(status.translated, 2)
        XCTAssertEqual(status.final, 1)
        XCTAssertEqual(status.needsReview, 1)
        XCTAssertEqual(status.untranslated, 1)
        XCTAssertEqual(status.percent, 7.0 / 16.0 * 100, accuracy: 0.0001)
        XCTAssertEqual(try store.status(targetLanguage: LanguageTag("ar")!).count, 0)
    }

    func testReopeningTheStoreKeepsEverything() throws {
        let source = try document(article)
        try store.saveExtraction(of: source, path: "article.md", targetLanguage: .persian)
        let path = store.path
        store = nil
        let reopened = try TranslationStore(path: path)
        XCTAssertEqual(try reopened.segments(of: "article").count, 4)
    }

    func testAFileThatIsNotAStoreIsAClearError() throws {
        let path = folder.appendingPathComponent("notes.txt").path
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("These are my notes, not a database.".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try TranslationStore(path: path)) { error in
            XCTAssertTrue("\(error)".hasPrefix("\(path): cannot open the Bitext store"), "\(error)")
        }
    }
}
