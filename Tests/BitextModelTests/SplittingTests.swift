import BitextModel
import XCTest

final class SplittingTests: XCTestCase {
    // MARK: Helpers

    func scalarValues(_ string: String) -> [UInt32] { string.unicodeScalars.map(\.value) }

    func code(_ id: Int, _ kind: String, _ original: String, _ source: Range<Int>) -> InlineCode {
        InlineCode(id: id, kind: kind, original: original, source: source)
    }

    func verbatim(_ text: String, _ source: Range<Int>) -> Inline {
        .text(TextRun(text, source: source, isVerbatim: true))
    }

    /// Checks the hand-written fixture itself: every verbatim run and every code must be
    /// exactly the source bytes at its range.
    func assertFixture(_ content: [Inline], matches source: String, file: StaticString = #filePath, line: UInt = #line) {
        let bytes = Array(source.utf8)
        for element in content {
            guard let range = element.source else { continue }
            let piece = String(decoding: bytes[range], as: UTF8.self)
            switch element {
            case .text(let run) where run.isVerbatim:
                XCTAssertEqual(Array(piece.utf8), Array(run.text.utf8), file: file, line: line)
            case .text:
                break
            case .open(let code), .close(let code), .placeholder(let code):
                XCTAssertEqual(piece, code.original, file: file, line: line)
            }
        }
    }

    /// A segment as "[kind]" for codes and "text@start..<end" for text, for readable failures.
    func describe(_ content: [Inline]) -> [String] {
        content.map { element in
            switch element {
            case .text(let run):
                let range = run.source.map { "\($0.lowerBound)..<\($0.upperBound)" } ?? "nil"
                return "\(run.text)@\(range)\(run.isVerbatim ? "" : "~")"
            case .open(let code): return "<\(code.kind)>"
            case .close(let code): return "</\(code.kind)>"
            case .placeholder(let code): return "<\(code.kind)/>"
            }
        }
    }

    // MARK: A paragraph with a code spanning a boundary, a code in a gap and collapsed spaces

    let html = "<p>The court ruled on <em>Sunday. The lawyer</em> will appeal. <br>\n  Officials   declined to comment.</p>"

    lazy var em = code(1, "em", "<em>", 22..<26)
    lazy var emEnd = code(1, "em", "</em>", 44..<49)
    lazy var br = code(2, "br", "<br>", 63..<67)

    lazy var paragraph = Block(kind: .paragraph, content: [
        verbatim("The court ruled on ", 3..<22),
        .open(em),
        verbatim("Sunday. The lawyer", 26..<44),
        .close(emEnd),
        verbatim(" will appeal. ", 49..<63),
        .placeholder(br),
        .text(TextRun(" ", source: 67..<70, isVerbatim: false)),  // "\n  "
        verbatim("Officials", 70..<79),
        .text(TextRun(" ", source: 79..<82, isVerbatim: false)),  // "   "
        verbatim("declined to comment.", 82..<102),
    ])

    /// Ranges of the segmentation text, in which <br> is a "\n": "The court ruled on Sunday.
    /// The lawyer will appeal. \n Officials declined to comment."; the sentences leave out the
    /// whitespace between them.
    let sentenceRanges = [0..<26, 27..<50, 53..<83]

    func testFixtureMatchesItsSource() {
        assertFixture(paragraph.content, matches: html)
        XCTAssertEqual(paragraph.plainText, "The court ruled on Sunday. The lawyer will appeal.  Officials declined to comment.")
        XCTAssertEqual(paragraph.source, 3..<102)
    }

    /// The segmenter reads the text with a "\n" for each line-break code (`br` or Markdown's
    /// `linebreak`) and nothing for other codes; `plainText`, which ids hash, has neither.
    func testSegmentationTextHasANewlineForEachLineBreakCodeOnly() {
        XCTAssertEqual(paragraph.segmentationText, "The court ruled on Sunday. The lawyer will appeal. \n Officials declined to comment.")
        let markdown = Block(kind: .paragraph, content: [
            .text(TextRun("دادگاه رأی داد.")), .placeholder(code(1, "linebreak", "\\\n", 30..<32)),
            .placeholder(code(2, "image", "![عکس](a.jpg)", 32..<48)), .text(TextRun("وکیل اعتراض کرد.")),
        ])
        XCTAssertEqual(scalarValues(markdown.segmentationText), scalarValues("دادگاه رأی داد.\nوکیل اعتراض کرد."))
        XCTAssertEqual(scalarValues(markdown.plainText), scalarValues("دادگاه رأی داد.وکیل اعتراض کرد."))
        XCTAssertTrue(code(1, "br", "<br>", 0..<4).isLineBreak)
        XCTAssertFalse(code(1, "img", "<img>", 0..<5).isLineBreak)
    }

    func testSplittingCutsVerbatimRunsAndMapsTheirSourceRanges() {
        let segments = paragraph.splitting(atPlainTextRanges: sentenceRanges)
        XCTAssertEqual(segments.map(\.plainText), ["The court ruled on Sunday.", "The lawyer will appeal.", "Officials declined to comment."])
        XCTAssertEqual(segments.map(\.source), [3..<33, 34..<62, 70..<102])
        XCTAssertEqual(segments.map(\.id), ["", "", ""])
        for segment in segments {
            XCTAssertEqual(segment.content.sourceRange, segment.source)
        }
    }

    /// <em> opens inside the first sentence and closes inside the second: each segment gets
    /// its half, strictly inside its text.
    func testPairedCodeSpanningASentenceBoundaryIsSplitBetweenTheSegments() {
        let segments = paragraph.splitting(atPlainTextRanges: sentenceRanges)
        XCTAssertEqual(describe(segments[0].content), ["The court ruled on @3..<22", "<em>", "Sunday.@26..<33"])
        XCTAssertEqual(describe(segments[1].content), ["The lawyer@34..<44", "</em>", " will appeal.@49..<62"])
        XCTAssertEqual(segments[0].content[1], .open(em))
        XCTAssertEqual(segments[1].content[1], .close(emEnd))
    }

    /// <br> sits in the whitespace between the second and third sentences (after the space
    /// that follows "appeal.", before its own "\n"), so it belongs to neither; the collapsed
    /// whitespace after it is also left in the skeleton, while collapsed whitespace inside a
    /// sentence goes into it whole.
    func testCodeAndCollapsedWhitespaceInTheGapBelongToNoSegment() {
        let segments = paragraph.splitting(atPlainTextRanges: sentenceRanges)
        XCTAssertEqual(describe(segments[2].content), ["Officials@70..<79", " @79..<82~", "declined to comment.@82..<102"])
        let codes = segments.flatMap(\.content).compactMap(\.code)
        XCTAssertFalse(codes.contains(br))
        XCTAssertEqual(codes, [em, emEnd])
        XCTAssertFalse(segments.flatMap(\.content).contains { $0.source == 67..<70 })
    }

    // MARK: Codes at the edges of touching segments

    /// "<em>Araghchi arrived.</em><br><b>Talks</b> began.": the segmentation text is
    /// "Araghchi arrived.\nTalks began.". The opening <em> at the first segment's start, the
    /// closing </em> and the <br> at its end belong to it; the opening <b> at the second
    /// segment's start belongs to the second.
    func testCodesAtSegmentEdgesBelongToTheSegmentTheyFace() {
        let source = "<p><em>Araghchi arrived.</em><br><b>Talks</b> began.</p>"
        let codes = (
            em: code(1, "em", "<em>", 3..<7), emEnd: code(1, "em", "</em>", 24..<29), br: code(2, "br", "<br>", 29..<33),
            b: code(3, "b", "<b>", 33..<36), bEnd: code(3, "b", "</b>", 41..<45)
        )
        let block = Block(kind: .paragraph, content: [
            .open(codes.em), verbatim("Araghchi arrived.", 7..<24), .close(codes.emEnd), .placeholder(codes.br),
            .open(codes.b), verbatim("Talks", 36..<41), .close(codes.bEnd), verbatim(" began.", 45..<52),
        ])
        assertFixture(block.content, matches: source)
        XCTAssertEqual(block.segmentationText, "Araghchi arrived.\nTalks began.")
        let segments = block.splitting(atPlainTextRanges: [0..<17, 18..<30])
        XCTAssertEqual(describe(segments[0].content), ["<em>", "Araghchi arrived.@7..<24", "</em>", "<br/>"])
        XCTAssertEqual(describe(segments[1].content), ["<b>", "Talks@36..<41", "</b>", " began.@45..<52"])
        XCTAssertEqual(segments.map(\.source), [3..<33, 33..<52])
    }

    /// A <br> right before a sentence is never at that sentence's start (its "\n" comes
    /// between), so it stays in the skeleton.
    func testLineBreakBeforeASentenceStaysInTheSkeleton() {
        let source = "<p>Talks ended. <br>Officials left.</p>"
        let br = code(1, "br", "<br>", 16..<20)
        let block = Block(kind: .paragraph, content: [
            verbatim("Talks ended. ", 3..<16), .placeholder(br), verbatim("Officials left.", 20..<35),
        ])
        assertFixture(block.content, matches: source)
        let segments = block.splitting(atPlainTextRanges: [0..<12, 14..<29])
        XCTAssertEqual(describe(segments[0].content), ["Talks ended.@3..<15"])
        XCTAssertEqual(describe(segments[1].content), ["Officials left.@20..<35"])
    }

    /// A placeholder that is not a line break takes no room in the segmentation text; between
    /// two touching segments it stays with the one it follows.
    func testPlaceholderBetweenTouchingSegmentsGoesWithTheOneItFollows() {
        let source = "<p>Talks ended.<img src=\"x.jpg\">Officials left.</p>"
        let image = code(1, "img", "<img src=\"x.jpg\">", 15..<32)
        let block = Block(kind: .paragraph, content: [
            verbatim("Talks ended.", 3..<15), .placeholder(image), verbatim("Officials left.", 32..<47),
        ])
        assertFixture(block.content, matches: source)
        let segments = block.splitting(atPlainTextRanges: [0..<12, 12..<27])
        XCTAssertEqual(describe(segments[0].content), ["Talks ended.@3..<15", "<img/>"])
        XCTAssertEqual(describe(segments[1].content), ["Officials left.@32..<47"])
        XCTAssertEqual(segments.map(\.source), [3..<32, 32..<47])
    }

    /// An opening code at a segment's end and a closing code at the next one's start face away
    /// from them: "Talks ended.<b> </b>Officials left." keeps the bold space in the skeleton.
    func testCodesFacingAwayFromSegmentEdgesBelongToNeither() {
        let source = "<p>Talks ended.<b> </b>Officials left.</p>"
        let b = code(1, "b", "<b>", 15..<18)
        let bEnd = code(1, "b", "</b>", 19..<23)
        let block = Block(kind: .paragraph, content: [
            verbatim("Talks ended.", 3..<15), .open(b), verbatim(" ", 18..<19), .close(bEnd), verbatim("Officials left.", 23..<38),
        ])
        assertFixture(block.content, matches: source)
        let segments = block.splitting(atPlainTextRanges: [0..<12, 13..<28])
        XCTAssertEqual(describe(segments[0].content), ["Talks ended.@3..<15"])
        XCTAssertEqual(describe(segments[1].content), ["Officials left.@23..<38"])
    }

    // MARK: Persian

    /// UTF-8 byte ranges over Persian text (two bytes a letter, three for ZWNJ and «»).
    func testPersianSentencesAreCutAtUTF8ByteOffsets() {
        let source = "<p>وزیر خارجه گفت: «گفت‌وگوها ادامه دارد.» سخنگوی دولت این خبر را <b>تأیید</b> کرد.</p>"
        let b = code(1, "b", "<b>", 117..<120)
        let bEnd = code(1, "b", "</b>", 130..<134)
        let block = Block(kind: .paragraph, content: [
            verbatim("وزیر خارجه گفت: «گفت‌وگوها ادامه دارد.» سخنگوی دولت این خبر را ", 3..<117),
            .open(b), verbatim("تأیید", 120..<130), .close(bEnd), verbatim(" کرد.", 134..<142),
        ])
        assertFixture(block.content, matches: source)
        XCTAssertEqual(block.plainText.utf8.count, 132)
        let segments = block.splitting(atPlainTextRanges: [0..<72, 73..<132])
        XCTAssertEqual(describe(segments[0].content), ["وزیر خارجه گفت: «گفت‌وگوها ادامه دارد.»@3..<75"])
        XCTAssertEqual(describe(segments[1].content), ["سخنگوی دولت این خبر را @76..<117", "<b>", "تأیید@120..<130", "</b>", " کرد.@134..<142"])
        XCTAssertEqual(segments.map(\.source), [3..<75, 76..<142])
        let bytes = Array(source.utf8)
        XCTAssertEqual(String(decoding: bytes[segments[0].source], as: UTF8.self), "وزیر خارجه گفت: «گفت‌وگوها ادامه دارد.»")
    }

    func testNoRangesGiveNoSegments() {
        XCTAssertEqual(paragraph.splitting(atPlainTextRanges: []), [])
    }

    func testOneRangeOverTheWholeTextKeepsEveryElement() {
        let segments = paragraph.splitting(atPlainTextRanges: [0..<83])
        XCTAssertEqual(segments.count, 1)
        XCTAssertEqual(segments[0].content, paragraph.content)
        XCTAssertEqual(segments[0].source, 3..<102)
    }
}
