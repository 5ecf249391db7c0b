/// Rules for Persian that punctuation alone cannot settle.
enum PersianRules {
    /// Verbs and auxiliaries that end a Persian clause (Persian is verb-final).
    private static let clauseFinalVerbs: Set<String> = [
        "است", "نیست", "هست", "بود", "نبود", "شد", "نشد", "باشد", "نباشد", "کرد", "نکرد", "کند", "نکند", "دارد",
        "ندارد", "داشت", "نداشت", "گفت", "رفت", "آمد", "ماند", "بودند", "شدند", "کردند", "دارند", "هستند", "نیستند",
    ]

    /// After an ellipsis (… or ...) followed by a space: a sentence ends when the word before
    /// the ellipsis is a verb (a present or past verb with می/نمی, or a clause-final verb), and
    /// not when it trails off a list («نان، برنج، روغن… همه»). Nil when there is no ellipsis.
    static func ellipsisVerdict(at position: Int, in units: [UInt16]) -> Bool? {
        var end = position
        if end >= 1 && units[end - 1] == 0x2026 {
            end -= 1
        } else if end >= 3 && units[(end - 3)..<end].allSatisfy({ $0 == 0x2E }) {
            end -= 3
        } else {
            return nil
        }
        while end > 0 && units[end - 1] == 0x2E { end -= 1 }
        var start = end
        while start > 0 && !Segmenter.isSpace(units[start - 1]) { start -= 1 }
        let word = String(decoding: units[start..<end], as: UTF16.self)
        let verbPrefixes = ["می\u{200C}", "نمی\u{200C}", "می ", "نمی "]
        if verbPrefixes.contains(where: { word.hasPrefix($0) }) || clauseFinalVerbs.contains(word) { return true }
        return false
    }
}
