/// A string held as UTF-16 code units, the form ICU works on, with conversions of ICU's
/// UTF-16 offsets back to Unicode scalar and UTF-8 offsets.
public struct UTF16Text: Sendable {
    /// The text's UTF-16 code units.
    public let units: [UInt16]

    public init(_ string: String) {
        units = Array(string.utf16)
    }

    public init(units: [UInt16]) {
        self.units = units
    }

    /// The number of UTF-16 code units.
    public var count: Int { units.count }

    /// The text as a Swift string.
    public var string: String { String(decoding: units, as: UTF16.self) }

    /// The substring between two UTF-16 offsets.
    public func string(from start: Int, to end: Int) -> String {
        String(decoding: units[start..<end], as: UTF16.self)
    }

    /// Maps ascending UTF-16 offsets to UTF-8 byte offsets in one pass over the text.
    public func utf8Offsets(forSortedUTF16Offsets offsets: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(offsets.count)
        var utf16 = 0
        var utf8 = 0
        for target in offsets {
            while utf16 < target && utf16 < units.count {
                let unit = units[utf16]
                if UTF16.isLeadSurrogate(unit) {
                    utf8 += 4
                    utf16 += 2
                } else {
                    utf8 += unit < 0x80 ? 1 : (unit < 0x800 ? 2 : 3)
                    utf16 += 1
                }
            }
            result.append(utf8)
        }
        return result
    }
}
