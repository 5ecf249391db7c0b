import BitextAssembly
import BitextModel
import BitextText
import XCTest

/// Persian digits and Solar Hijri dates, on request.
final class PersianLocalizationTests: XCTestCase {
    func testICUGivesTheSolarHijriDate() throws {
        XCTAssertEqual(try CalendarDate.solarHijri(year: 2022, month: 1, day: 5), "۱۵ دی ۱۴۰۰")
        XCTAssertEqual(try CalendarDate.solarHijri(year: 2022, month: 9, day: 16), "۲۵ شهریور ۱۴۰۱")
        XCTAssertEqual(try CalendarDate.solarHijri(year: 2026, month: 3, day: 21), "۱ فروردین ۱۴۰۵")
    }

    func testPersianDigitsLeaveLatinWordsURLsAndEmailsAlone() {
        XCTAssertEqual(PersianLocalization.persianDigits("نرخ تورم 52.3% و 1,200 نفر در COVID-19 و https://x.org/2022 و a1@b.ir"),
                       "نرخ تورم ۵۲٫۳٪ و ۱٬۲۰۰ نفر در COVID-19 و https://x.org/2022 و a1@b.ir")
        XCTAssertEqual(PersianLocalization.persianDigits(" ساعت ١٠:٣٠ "), " ساعت ۱۰:۳۰ ")
    }

    func testGregorianDatesInPersianBecomeSolarHijri() {
        let text = "تهران، ۵ ژانویه ۲۰۲۲ — در 16 سپتامبر 2022، و ۳۱ فوریه ۲۰۲۲ که تاریخ نیست."
        XCTAssertEqual(PersianLocalization.gregorianDates(in: text).map(\.iso), ["2022-01-05", "2022-09-16"])
        XCTAssertEqual(PersianLocalization.solarHijriDates(text),
                       "تهران، ۱۵ دی ۱۴۰۰ — در ۲۵ شهریور ۱۴۰۱، و ۳۱ فوریه ۲۰۲۲ که تاریخ نیست.")
    }

    func testBilingualHTMLKeepsTheGregorianDateInATitle() {
        let document = Document(id: "d", format: .plainText, language: .english, skeleton: Skeleton(bytes: []), blocks: [
            Block(id: "p", kind: .paragraph, content: [], segments: [Segment(id: "s", content: [.text(TextRun("On 5 January 2022, IAEA said."))], source: 0..<0)]),
        ])
        let edition = BilingualEdition(document: document, targetLanguage: .persian, alignment: .sentence) { _, _ in "در ۵ ژانویه ۲۰۲۲، IAEA گفت." }
        XCTAssertTrue(BilingualHTML.render(edition, persianDates: true).contains(
            "<div class=\"target\" lang=\"fa\" dir=\"rtl\">در <time datetime=\"2022-01-05\" title=\"۵ ژانویه ۲۰۲۲\">۱۵ دی ۱۴۰۰</time>، <bdi dir=\"ltr\">IAEA</bdi> گفت.</div>"))
    }
}
