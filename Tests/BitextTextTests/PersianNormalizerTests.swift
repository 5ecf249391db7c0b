import BitextText
import Foundation
import XCTest

/// The Persian normalization rules of `locales/fa/normalize.rules` and their word lists, on news
/// text: each rule's corrections, what every rule must leave alone, a corpus of correct sentences
/// that must come out byte for byte, and the incorrect → correct pairs of
/// `Tests/Fixtures/normalization/fix-fa.tsv`.
final class PersianNormalizerTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let locales = root.appendingPathComponent("locales")
    static let fixtures = root.appendingPathComponent("Tests/Fixtures/normalization")

    private var normalizer: PersianNormalizer!

    override func setUpWithError() throws {
        normalizer = try PersianNormalizer(localesDirectory: Self.locales)
    }

    /// Asserts the exact output (scalar for scalar), that the output is already normalized, and
    /// which rules made changes (in the order the rules run).
    private func assertNormalizes(_ input: String, to expected: String, by rules: [String],
                                  file: StaticString = #filePath, line: UInt = #line) {
        let output = normalizer.normalize(input)
        XCTAssertEqual(scalarValues(output), scalarValues(expected), "\(output.debugDescription) is not \(expected.debugDescription)", file: file, line: line)
        XCTAssertEqual(scalarValues(normalizer.normalize(expected)), scalarValues(expected), "the expected text is not normalized", file: file, line: line)
        XCTAssertEqual(rulesThatChange(input), rules, file: file, line: line)
    }

    /// Asserts that the text comes out exactly as it went in, with no change reported.
    private func assertUnchanged(_ input: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(scalarValues(normalizer.normalize(input)), scalarValues(input), file: file, line: line)
        XCTAssertEqual(normalizer.changes(in: input), [], file: file, line: line)
    }

    /// The names of the rules that change the text, each once, in the order the rules run.
    private func rulesThatChange(_ text: String) -> [String] {
        let names = Set(normalizer.changes(in: text).map(\.rule))
        return normalizer.ruleNames.filter(names.contains)
    }

    /// The UTF-8 byte range of the first occurrence of `piece` in `text`.
    private func utf8Range(of piece: String, in text: String) -> Range<Int> {
        let bytes = Array(text.utf8), pattern = Array(piece.utf8)
        let start = (0...(bytes.count - pattern.count)).first { bytes[$0..<($0 + pattern.count)].elementsEqual(pattern) }!
        return start..<(start + pattern.count)
    }

    // MARK: The rules

    func testRulesRunInTheOrderOfTheRuleFile() {
        XCTAssertEqual(normalizer.ruleNames, [
            "presentation-forms", "hamza-composition", "yeh-with-hamza", "arabic-yeh", "arabic-kaf", "arabic-indic-digits", "kashida",
            "zwnj-duplicate", "zwnj-at-word-edge", "ascii-punctuation", "space-before-persian-punctuation",
            "space-before-closing-punctuation", "space-after-opening-punctuation", "space-after-persian-punctuation",
            "zwnj-verb-prefix", "zwnj-plural-suffix", "zwnj-comparative-suffix", "zwnj-copula-suffix",
        ])
    }

    // MARK: Presentation forms

    func testPresentationFormsBecomeLetters() {
        // «وزیر امور خارجه» as a PDF stores it: initial, medial, final and isolated forms.
        let input = "\u{FEED}\u{FEAF}\u{FBFE}\u{FEAE} \u{FE8D}\u{FEE3}\u{FEEE}\u{FEAD} \u{FEA7}\u{FE8E}\u{FEAD}\u{FE9F}\u{FEEA} به مسکو رفت."
        assertNormalizes(input, to: "وزیر امور خارجه به مسکو رفت.", by: ["presentation-forms"])
    }

    func testLamAlefLigatureBecomesLamAndAlef() {
        assertNormalizes("قیمت‌ها \u{FE91}\u{FE8E}\u{FEFB} رفت.", to: "قیمت‌ها بالا رفت.", by: ["presentation-forms"])
        assertNormalizes("\u{FEF5}ن", to: "لآن", by: ["presentation-forms"])
    }

    /// The Arabic yeh, alef maksura and kaf in their final and isolated forms end as Persian
    /// letters: presentation-forms makes them letters, arabic-yeh and arabic-kaf Persian ones.
    func testFinalAndIsolatedYehAndKafFormsBecomePersianLetters() {
        assertNormalizes("\u{FE91}\u{FE8E}\u{FEE7}\u{FEDA} \u{FEE3}\u{FEAE}\u{FEDB}\u{FEB0}\u{FEF1} اعلام کرد.", to: "بانک مرکزی اعلام کرد.",
                         by: ["presentation-forms", "arabic-yeh", "arabic-kaf"])
        assertNormalizes("\u{FEE3}\u{FEEE}\u{FEB3}\u{FEF0} و \u{FEE3}\u{FEE0}\u{FEDC}\u{FEF2}", to: "موسی و ملکی",
                         by: ["presentation-forms", "arabic-yeh", "arabic-kaf"])
        assertNormalizes("\u{FEEF} \u{FED9} \u{FBFC} \u{FB8E}", to: "ی ک ی ک", by: ["presentation-forms", "arabic-yeh", "arabic-kaf"])
    }

    /// Word ligatures and signs written on purpose, and the spacing forms of the short vowels
    /// (which NFKC would turn into a space and a mark), are not presentation forms of letters.
    func testWordLigaturesRialSignAndSpacingVowelsStay() {
        assertUnchanged("بسم \u{FDF2} و \u{FDFA} و قیمت ۵۰۰ \u{FDFC} و \u{FDFD} و \u{FE70} و \u{FC5E}")
    }

    /// The reason Bitext never runs full NFKC: ™ ² ﬁ, fullwidth letters and circled digits are
    /// not Arabic presentation forms and must survive translation.
    func testTrademarkSuperscriptLigatureAndFullwidthLettersStay() {
        assertUnchanged("شرکت Bitext™ در ۲۰ km² زمین، پرونده‌ای با نام ﬁnal.pdf و ＡＢＣ و ① دارد.")
    }

    func testByteOrderMarkStays() {
        assertNormalizes("\u{FEFF}رئيس‌جمهور گفت", to: "\u{FEFF}رئیس‌جمهور گفت", by: ["arabic-yeh"])
    }

    // MARK: Hamza and madda

    func testCombiningMaddaAndHamzaComposeWithTheirLetters() {
        assertNormalizes("\u{627}\u{653}مریکا و رو\u{654}سا و \u{627}\u{655}سرائیل و ري\u{654}يس", to: "آمریکا و رؤسا و إسرائیل و رئیس",
                         by: ["hamza-composition", "arabic-yeh"])
    }

    func testPersianYehWithCombiningHamzaBecomesYehWithHamza() {
        assertNormalizes("مس\u{6CC}\u{654}ولان استان خبر دادند.", to: "مسئولان استان خبر دادند.", by: ["yeh-with-hamza"])
    }

    /// The composition filter keeps NFC off everything but the hamza and madda: a shadda and
    /// its vowel stay in the order typed (NFC would put the fatha first), Latin e + acute and the
    /// ohm and angstrom signs stay, and heh + hamza (one way to write the ezafe) stays.
    func testCompositionLeavesOtherMarksLatinTextAndHehWithHamza() {
        assertUnchanged("او\u{651}\u{64E}ل و Qu\u{65}\u{301}bec و 10 \u{2126} و 5 \u{212B} و خانه\u{654} ملت و خانۀ ملت")
    }

    // MARK: Letter and digit variants

    func testArabicYehAndAlefMaksuraBecomePersianYeh() {
        assertNormalizes("مصطفى و عيسى در اين ديدار حضور داشتند.", to: "مصطفی و عیسی در این دیدار حضور داشتند.", by: ["arabic-yeh"])
    }

    func testArabicKafBecomesKeheh() {
        assertNormalizes("وزير كشور گفت كه انتخابات برگزار مي‌شود.", to: "وزیر کشور گفت که انتخابات برگزار می‌شود.", by: ["arabic-yeh", "arabic-kaf"])
    }

    func testTehMarbutaStays() {
        assertUnchanged("«دائرةالمعارف بزرگ اسلامی» و «مکة المکرمه» جلد تازه‌ای منتشر کردند.")
    }

    func testArabicIndicDigitsBecomePersianDigits() {
        assertNormalizes("در سال ٢٠٢٤ بیش از ٣٥٠ خبرنگار و ٤٥٦٧٨٩١ نفر", to: "در سال ۲۰۲۴ بیش از ۳۵۰ خبرنگار و ۴۵۶۷۸۹۱ نفر", by: ["arabic-indic-digits"])
    }

    func testASCIIDigitsAndSeparatorsStay() {
        assertUnchanged("تورم 35 درصد، رشد ۲٫۵ درصد و ارزش معاملات 1,250 میلیارد تومان و ۱,۰۰۰ سکه و ۲۵٪ سهم بود.")
    }

    // MARK: Kashida

    func testKashidaBetweenLettersIsRemoved() {
        assertNormalizes("مردم ایـــران و قـدرت بسیـار", to: "مردم ایران و قدرت بسیار", by: ["kashida"])
    }

    /// After a word's last letter the kashida is written on purpose: the abbreviation «هـ» and a
    /// suffix cited in its joined form.
    func testKashidaAfterALastLetterStays() {
        assertUnchanged("این بنا در سال ۱۰۴۸ هـ.ق. ساخته شد و پسوند «ـها» جدا نوشته می‌شود.")
    }

    // MARK: ZWNJ

    func testDoubledZWNJCollapses() {
        assertNormalizes("کتاب\u{200C}\u{200C}ها و مجله\u{200C}\u{200C}\u{200C}ها", to: "کتاب‌ها و مجله‌ها", by: ["zwnj-duplicate"])
    }

    func testZWNJNextToSpacePunctuationOrLineEdgeIsRemoved() {
        assertNormalizes("\u{200C}نخست‌وزیر گفت\u{200C} «ما آماده‌ایم\u{200C}»\u{200C}.\u{200C}", to: "نخست‌وزیر گفت «ما آماده‌ایم».",
                         by: ["zwnj-at-word-edge"])
    }

    func testZWNJInsideAWordOfAnyScriptStays() {
        assertUnchanged("نیم‌فاصله در رئیس‌جمهور و Auf\u{200C}lage و ۱۳۶۰‌ها")
    }

    // MARK: Punctuation

    func testASCIIPunctuationBetweenPersianWordsBecomesPersian() {
        assertNormalizes("تهران, اصفهان و شیراز", to: "تهران، اصفهان و شیراز", by: ["ascii-punctuation"])
        assertNormalizes("نشست به پایان رسید; اما توافقی حاصل نشد.", to: "نشست به پایان رسید؛ اما توافقی حاصل نشد.", by: ["ascii-punctuation"])
        assertNormalizes("چرا دولت پاسخ نمی‌دهد?", to: "چرا دولت پاسخ نمی‌دهد؟", by: ["ascii-punctuation"])
        assertNormalizes("او پرسید: «چه کسی پاسخ‌گوست?»", to: "او پرسید: «چه کسی پاسخ‌گوست؟»", by: ["ascii-punctuation"])
        assertNormalizes("آیا می‌آیند?!", to: "آیا می‌آیند؟!", by: ["ascii-punctuation"])
    }

    func testASCIIPunctuationInNumbersLatinTextURLsAndCodeStays() {
        assertUnchanged("قیمت به 1,000 دلار و ۱,۰۰۰ تومان رسید.")
        assertUnchanged("عنوان نشست «Iran and the IAEA: What Next?» بود و شعار آن Hello, world; goodbye بود.")
        assertUnchanged("نشانی https://fa.wikipedia.org/wiki/تهران?action=history,ایران را ببینید.")
        assertUnchanged("دستور `print(سلام, دنیا)` را اجرا کنید.")
        assertUnchanged("او گفت IAEA, OPEC و ناتو.")
    }

    func testNoSpaceBeforePersianPunctuation() {
        assertNormalizes("به گزارش ایرنا ، قیمت طلا کاهش یافت ؛ اما چرا ؟", to: "به گزارش ایرنا، قیمت طلا کاهش یافت؛ اما چرا؟",
                         by: ["space-before-persian-punctuation"])
    }

    func testNoSpaceBeforeClosingPunctuationAfterPersianText() {
        assertNormalizes("او گفت : «ما آماده‌ایم » . (در تهران ) عجب ! و گفت ...",
                         to: "او گفت: «ما آماده‌ایم». (در تهران) عجب! و گفت...", by: ["space-before-closing-punctuation"])
        assertNormalizes("در سال ۱۴۰۳ .", to: "در سال ۱۴۰۳.", by: ["space-before-closing-punctuation"])
    }

    /// Latin text keeps its own spacing, and a dot or colon that starts a word or a time is not
    /// closing punctuation.
    func testSpacingBeforePunctuationInLatinTextOrBeforeAWordStays() {
        assertUnchanged("سازمان ملل (UN ) و « IAEA» و فناوری .NET و ساعت ۱۰ :۳۰ و 2024 .")
    }

    func testNoSpaceAfterOpeningQuoteOrParenthesis() {
        assertNormalizes("او گفت: « ما آماده‌ایم» و ( سازمان ملل) و ( ۱۴۰۳)", to: "او گفت: «ما آماده‌ایم» و (سازمان ملل) و (۱۴۰۳)",
                         by: ["space-after-opening-punctuation"])
    }

    func testOneSpaceAfterPersianPunctuationBeforeAWord() {
        assertNormalizes("تهران،اصفهان؛شیراز؟بله و دولت،   مجلس", to: "تهران، اصفهان؛ شیراز؟ بله و دولت، مجلس",
                         by: ["space-after-persian-punctuation"])
    }

    func testPersianPunctuationBeforeADigitOrAMarkStays() {
        assertUnchanged("ردیف‌های ۱،۲،۳ و «چرا؟» و «واقعاً؟!»")
    }

    // MARK: ZWNJ from word lists

    func testVerbPrefixJoinsAVerbBuiltOnAListedStem() {
        assertNormalizes("کارشناسان می گویند دولت نمی تواند کسری بودجه را جبران کند.",
                         to: "کارشناسان می‌گویند دولت نمی‌تواند کسری بودجه را جبران کند.", by: ["zwnj-verb-prefix"])
        assertNormalizes("گفته می شود او در پاریس زندگی می کرده و هر روز می رفت.",
                         to: "گفته می‌شود او در پاریس زندگی می‌کرده و هر روز می‌رفت.", by: ["zwnj-verb-prefix"])
        assertNormalizes("نمی توان گفت که مردم می آیند.", to: "نمی‌توان گفت که مردم می‌آیند.", by: ["zwnj-verb-prefix"])
    }

    /// «می» the noun (wine) is followed by a word that is no verb, or stands after a word it is
    /// the noun of («جام می»).
    func testMeyTheNounStays() {
        assertUnchanged("در غزل‌های حافظ، می نماد شور و رهایی است.")
        assertUnchanged("شاعران از می و معشوق سروده‌اند و فروش می در این کشور ممنوع است.")
        assertUnchanged("او جام می نوشید.")
    }

    func testWordAfterMeyThatIsNoListedVerbFormStays() {
        assertUnchanged("می ناب و می رو و می کن")
    }

    func testPluralSuffixJoinsTheNoun() {
        assertNormalizes("سازمان های بین‌المللی از آن ها و کتاب هایشان گفتند.", to: "سازمان‌های بین‌المللی از آن‌ها و کتاب‌هایشان گفتند.",
                         by: ["zwnj-plural-suffix"])
    }

    func testHaAfterAFunctionWordStays() {
        assertUnchanged("هواداران با های و هوی به استقبال تیم رفتند.")
    }

    func testComparativeSuffixJoinsAListedAdjective() {
        assertNormalizes("مهم ترین چالش، تورم بالاتر و رشد پایین تر و وضعی پیچیده تری است.",
                         to: "مهم‌ترین چالش، تورم بالاتر و رشد پایین‌تر و وضعی پیچیده‌تری است.", by: ["zwnj-comparative-suffix"])
        assertNormalizes("بزرگ ترین ها", to: "بزرگ‌ترین‌ها", by: ["zwnj-plural-suffix", "zwnj-comparative-suffix"])
    }

    /// «تر» is also the adjective "wet"; and بیشتر، کمتر are written joined, so their spaced
    /// forms are left to the editor.
    func testTarTheAdjectiveAndJoinedComparativesStay() {
        assertUnchanged("امدادگران لباس تر کودکان را عوض کردند و زمین تر بود.")
        assertUnchanged("بیش تر و کم تر")
    }

    func testCopulaAndIndefiniteJoinAWordEndingInSilentHeh() {
        assertNormalizes("نمایندگان رأی داده اند، ما آماده ایم و دولت نامه ای فرستاده است.",
                         to: "نمایندگان رأی داده‌اند، ما آماده‌ایم و دولت نامه‌ای فرستاده است.", by: ["zwnj-copula-suffix"])
    }

    func testCopulaAfterAShortOrFunctionWordOrBeforeAstStays() {
        assertUnchanged("او گفت که ای کاش زودتر رسیده بود و آنچه ای که گفت و خانه است.")
    }

    // MARK: What is never touched

    func testURLsAndEmailAddressesStayWhole() {
        assertNormalizes("نشانی https://fa.wikipedia.org/wiki/علي_دایـی را ببینید ، یا به ali.kazemi@example.com بنویسید.",
                         to: "نشانی https://fa.wikipedia.org/wiki/علي_دایـی را ببینید، یا به ali.kazemi@example.com بنویسید.",
                         by: ["space-before-persian-punctuation"])
        assertUnchanged("سایت www.example.com/?q=ایران, را ببینید.")
    }

    func testLinesAreNeitherJoinedNorSplit() {
        let input = "رئيس‌جمهور گفت\u{200C}\r\nما آماده ايم ,\r\n\r\nپایان\u{200C}\n\u{200C}سطر آخر\rو بعد"
        let output = normalizer.normalize(input)
        XCTAssertEqual(scalarValues(output), scalarValues("رئیس‌جمهور گفت\r\nما آماده‌ایم،\r\n\r\nپایان\nسطر آخر\rو بعد"))
        XCTAssertEqual(output.unicodeScalars.filter { $0 == "\n" }.count, input.unicodeScalars.filter { $0 == "\n" }.count)
        XCTAssertEqual(output.unicodeScalars.filter { $0 == "\r" }.count, input.unicodeScalars.filter { $0 == "\r" }.count)
    }

    // MARK: Changes

    func testChangesNameTheRuleAndGiveTheOriginalUTF8RangeAndWords() {
        let text = "خبرگزاري ها گزارش دادند كه قيمت ها ٢٠ درصد بالا رفته اند ."
        XCTAssertEqual(normalizer.changes(in: text), [
            .init(rule: "arabic-yeh", range: utf8Range(of: "خبرگزاري", in: text), before: "خبرگزاري", after: "خبرگزاری"),
            .init(rule: "zwnj-plural-suffix", range: utf8Range(of: "خبرگزاري ها", in: text), before: "خبرگزاری ها", after: "خبرگزاری‌ها"),
            .init(rule: "arabic-kaf", range: utf8Range(of: "كه", in: text), before: "كه", after: "که"),
            .init(rule: "arabic-yeh", range: utf8Range(of: "قيمت", in: text), before: "قيمت", after: "قیمت"),
            .init(rule: "zwnj-plural-suffix", range: utf8Range(of: "قيمت ها", in: text), before: "قیمت ها", after: "قیمت‌ها"),
            .init(rule: "arabic-indic-digits", range: utf8Range(of: "٢٠", in: text), before: "٢٠", after: "۲۰"),
            // Changes to the same words come in the order the rules ran.
            .init(rule: "space-before-closing-punctuation", range: utf8Range(of: "اند .", in: text), before: "اند .", after: "اند."),
            .init(rule: "zwnj-copula-suffix", range: utf8Range(of: "رفته اند", in: text), before: "رفته اند", after: "رفته‌اند"),
        ])
    }

    /// A space inserted or removed is shown with the words or marks around it; a change the
    /// rule made is the text as that rule saw it.
    func testChangeOfASpaceShowsItsNeighbours() {
        let text = "تهران ,اصفهان"
        XCTAssertEqual(normalizer.changes(in: text), [
            .init(rule: "ascii-punctuation", range: utf8Range(of: ",اصفهان", in: text), before: ",اصفهان", after: "،اصفهان"),
            .init(rule: "space-before-persian-punctuation", range: utf8Range(of: "تهران ,", in: text), before: "تهران ،", after: "تهران،"),
            .init(rule: "space-after-persian-punctuation", range: utf8Range(of: ",اصفهان", in: text), before: "،اصفهان", after: "، اصفهان"),
        ])
    }

    func testChangesAfterAProtectedSpanCountItsBytes() {
        let text = "نشانی https://example.com/تهران را ببینید ، لطفاً"
        XCTAssertEqual(normalizer.changes(in: text),
                       [.init(rule: "space-before-persian-punctuation", range: utf8Range(of: "ببینید ،", in: text), before: "ببینید ،", after: "ببینید،")])
    }

    /// Ranges are in the original text even after an earlier rule changed the length of the
    /// text before them (a lam-alef ligature of 3 bytes became two letters of 2 bytes each).
    func testChangesAfterALengthChangeKeepOriginalRanges() {
        let text = "\u{FEFB}زم است ,اما"
        XCTAssertEqual(normalizer.changes(in: text).map(\.range), [
            utf8Range(of: "\u{FEFB}زم", in: text), utf8Range(of: ",اما", in: text), utf8Range(of: "است ,", in: text), utf8Range(of: ",اما", in: text),
        ])
        XCTAssertEqual(normalizer.changes(in: text).map(\.rule),
                       ["presentation-forms", "ascii-punctuation", "space-before-persian-punctuation", "space-after-persian-punctuation"])
    }

    /// Every word of a long line is its own change, even past the thousand edits Myers' diff
    /// is given for a line, as long as the rule keeps the words apart; a line past that limit
    /// whose words the rule merges or splits is one change.
    func testLongLinesReportChangedWordsOrOneChangedStretch() {
        let book = "\u{FED9}\u{FE98}\u{FE8E}\u{FE8F}"
        for count in [100, 400] {
            let text = Array(repeating: book, count: count).joined(separator: " ")
            let changes = normalizer.changes(in: text)
            XCTAssertEqual(changes.count, 2 * count)
            XCTAssertEqual(changes.prefix(2).map(\.range), [0..<12, 0..<12])
            XCTAssertEqual(changes.suffix(2).map(\.range), [(text.utf8.count - 12)..<text.utf8.count, (text.utf8.count - 12)..<text.utf8.count])
            XCTAssertEqual(normalizer.normalize(text), Array(repeating: "کتاب", count: count).joined(separator: " "))
        }
        // 1,100 spaces inserted: the stretch from the first to the last, to whole words.
        let list = String(repeating: "،ب", count: 1_100)
        let spaced = String(repeating: "، ب", count: 1_100)
        XCTAssertEqual(normalizer.changes(in: list),
                       [.init(rule: "space-after-persian-punctuation", range: 2..<list.utf8.count, before: String(list.dropFirst()), after: String(spaced.dropFirst()))])
    }

    // MARK: Fixtures

    func testCorrectNewsSentencesComeOutByteIdentical() throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("correct-fa.txt"), encoding: .utf8)
        let sentences = text.split(separator: "\n")
        XCTAssertGreaterThanOrEqual(sentences.count, 150)
        XCTAssertEqual(Array(normalizer.normalize(text).utf8), Array(text.utf8))
        for sentence in sentences {
            XCTAssertEqual(normalizer.changes(in: String(sentence)), [], String(sentence))
        }
    }

    /// The correct sentences are written in Persian orthography: no Arabic yeh, alef maksura or
    /// kaf, no Arabic-Indic digits or presentation forms, and no ZWNJ outside a word.
    func testCorrectNewsSentencesUsePersianOrthography() throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("correct-fa.txt"), encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            XCTAssertFalse([0x64A, 0x649, 0x643].contains(scalar.value) || (0x660...0x669).contains(scalar.value)
                || (0xFB50...0xFDFF).contains(scalar.value) || (0xFE70...0xFEFF).contains(scalar.value), "U+\(String(scalar.value, radix: 16))")
            if scalar == "\u{200C}" {
                XCTAssertTrue(scalars[index - 1].properties.isAlphabetic && scalars[index + 1].properties.isAlphabetic)
            }
        }
        XCTAssertGreaterThanOrEqual(scalars.filter { $0 == "\u{200C}" }.count, 100)
    }

    func testIncorrectTextBecomesItsCorrection() throws {
        let pairs = try fixPairs()
        XCTAssertGreaterThanOrEqual(pairs.count, 40)
        for pair in pairs {
            assertNormalizes(pair.incorrect, to: pair.correct, by: pair.rules, line: UInt(pair.line))
        }
    }

    func testNormalizingTwiceChangesNothingMore() throws {
        for pair in try fixPairs() {
            let once = normalizer.normalize(pair.incorrect)
            XCTAssertEqual(scalarValues(normalizer.normalize(once)), scalarValues(once), "line \(pair.line)")
            XCTAssertEqual(normalizer.changes(in: once), [], "line \(pair.line)")
        }
    }

    /// The lines of fix-fa.tsv: incorrect, correct, the rules that change the first.
    private func fixPairs() throws -> [(line: Int, incorrect: String, correct: String, rules: [String])] {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("fix-fa.tsv"), encoding: .utf8)
        var pairs: [(Int, String, String, [String])] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { unescape(String($0)) }
            XCTAssertEqual(columns.count, 3, "fix-fa.tsv:\(index + 1)")
            guard columns.count == 3 else { continue }
            pairs.append((index + 1, columns[0], columns[1], columns[2].split(separator: " ").map(String.init)))
        }
        return pairs
    }

    /// Replaces each `\u{XXXX}` with its character.
    private func unescape(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "\\u{") {
            result += rest[..<start.lowerBound]
            let close = rest[start.upperBound...].firstIndex(of: "}")!
            result.unicodeScalars.append(Unicode.Scalar(UInt32(rest[start.upperBound..<close], radix: 16)!)!)
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    // MARK: The rule file as ICU sees it

    /// The file is one valid ICU rule set: compiled whole, it does what the rules do one by one
    /// (here on the pairs that need no word list), because `::Null;` starts it and every rule.
    func testWholeRuleFileCompiledAsOneTransformDoesWhatTheRulesDo() throws {
        let rules = try String(contentsOf: Self.locales.appendingPathComponent("fa/normalize.rules"), encoding: .utf8)
        let whole = try Transform(rules: rules, id: "Bitext-fa-normalize")
        let wordRules: Set = ["zwnj-verb-prefix", "zwnj-plural-suffix", "zwnj-comparative-suffix", "zwnj-copula-suffix"]
        var checked = 0
        for pair in try fixPairs() where wordRules.isDisjoint(with: pair.rules) && !pair.incorrect.contains("://") && !pair.incorrect.contains("`") {
            XCTAssertEqual(scalarValues(try whole.apply(pair.incorrect)), scalarValues(pair.correct), "fix-fa.tsv:\(pair.line)")
            checked += 1
        }
        XCTAssertGreaterThanOrEqual(checked, 25)
    }

    /// Why every rule starts with `::Null;` (ICU 72): with only a variable definition between the
    /// opening `::Null;` and a filtered transform, the filter again becomes a filter on every
    /// pass, and the NFC pass no longer sees alef + madda.
    func testVariableBetweenNullAndAFilteredTransformMakesTheFilterGlobal() throws {
        let text = "\u{FEFB}زم \u{627}\u{653}مریکا"
        let steps = "::[\\uFB50-\\uFDFF\\uFE70-\\uFEFF] Any-NFKC;\n::[\\u0627\\u0653] Any-NFC;"
        let broken = try Transform(rules: "::Null;\n$letter = [:L:];\n" + steps)
        XCTAssertEqual(scalarValues(try broken.apply(text)), scalarValues("لازم \u{627}\u{653}مریکا"))
        let fixed = try Transform(rules: "::Null;\n$letter = [:L:];\n::Null;\n" + steps)
        XCTAssertEqual(scalarValues(try fixed.apply(text)), scalarValues("لازم آمریکا"))
    }

    // MARK: Loading errors

    /// A locales directory holding `fa/normalize.rules` with the given text and word lists.
    private func locales(rules: String, lists: [String: String] = [:]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-normalizer-\(UUID().uuidString)")
        let folder = directory.appendingPathComponent("fa")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        try rules.write(to: folder.appendingPathComponent("normalize.rules"), atomically: true, encoding: .utf8)
        for (name, text) in lists { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return directory
    }

    private func loadingError(_ directory: URL) -> String? {
        do {
            _ = try PersianNormalizer(localesDirectory: directory)
            return nil
        } catch {
            return String(describing: error).replacingOccurrences(of: directory.path, with: "LOCALES")
        }
    }

    func testRuleSetMustStartWithNull() throws {
        let directory = try locales(rules: "# rule: arabic-kaf\n::Null;\n\\u0643 > \\u06A9;\n")
        XCTAssertEqual(loadingError(directory),
                       "LOCALES/fa/normalize.rules: the first statement must be '::Null;', so that no rule's filter becomes a filter on every rule (DESIGN.md, \"The ICU rule\")")
    }

    func testRuleMustStartWithNull() throws {
        let directory = try locales(rules: "::Null;\n\n# rule: digits\n# why\n::[\\u0660] Any-NFKC;\n")
        XCTAssertEqual(loadingError(directory),
                       "LOCALES/fa/normalize.rules:3: rule 'digits' must start with '::Null;' so that it is a pass of its own and its filter stays on it (DESIGN.md, \"The ICU rule\")")
    }

    func testRuleThatDoesNotCompileNamesItsLine() throws {
        let directory = try locales(rules: "::Null;\n$x = [a];\n# rule: ok\n::Null;\na > b;\n\n# rule: broken\n# why\n::Null;\n\\u0643 > [ک;\n")
        XCTAssertEqual(loadingError(directory), "LOCALES/fa/normalize.rules:10: rule 'broken' does not compile (ICU: U_MALFORMED_SET)")
    }

    func testUnknownWordListRuleIsAnError() throws {
        let directory = try locales(rules: "::Null;\n# rule: zwnj-everywhere\n# words: all.txt\n", lists: ["all.txt": "همه\n"])
        XCTAssertEqual(loadingError(directory),
                       "LOCALES/fa/normalize.rules:2: rule 'zwnj-everywhere' names a word list but has no statements, and Bitext has no word-list rule of that name "
                           + "(it has zwnj-verb-prefix, zwnj-comparative-suffix, zwnj-plural-suffix, zwnj-copula-suffix); write ICU statements or use one of those names")
    }

    func testRuleNamedTwiceIsAnError() throws {
        let directory = try locales(rules: "::Null;\n# rule: kaf\n::Null;\na > b;\n# rule: kaf\n::Null;\nb > c;\n")
        XCTAssertEqual(loadingError(directory), "LOCALES/fa/normalize.rules:5: rule 'kaf' is named twice; each rule needs a name of its own")
    }

    func testVerbWhoseInfinitiveIsNotItsPastStemIsAnError() throws {
        let directory = try locales(rules: "::Null;\n# rule: zwnj-verb-prefix\n# words: verbs.txt\n",
                                    lists: ["verbs.txt": "# verbs\nرفتن\tرفت\tرو\nگفتن\tگف\tگوی\n"])
        XCTAssertEqual(loadingError(directory), "LOCALES/fa/verbs.txt:3: the infinitive گفتن is not the past stem گف + ن")
    }

    func testMissingWordListNamesTheFile() throws {
        let directory = try locales(rules: "::Null;\n# rule: zwnj-plural-suffix\n# words: missing.txt\n")
        XCTAssertEqual(loadingError(directory)?.hasPrefix("LOCALES/fa/missing.txt: cannot read it as UTF-8 text"), true)
    }

    func testRulesFromATestDirectoryRunInTheirOrder() throws {
        let directory = try locales(rules: "::Null;\n# rule: kaf\n::Null;\n\\u0643 > \\u06A9;\n# rule: zwnj-plural-suffix\n# words: function.txt\n",
                                    lists: ["function.txt": "با\n"])
        let normalizer = try PersianNormalizer(localesDirectory: directory)
        XCTAssertEqual(normalizer.ruleNames, ["kaf", "zwnj-plural-suffix"])
        XCTAssertEqual(scalarValues(normalizer.normalize("كتاب ها با ها")), scalarValues("کتاب‌ها با ها"))
    }
}
