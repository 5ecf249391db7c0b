/// Decodes HTML character references (`&amp;`, `&#1601;`, `&#x200C;`) as HTML5 does, for
/// the HTML reader and for entities in Markdown.
enum HTMLEntities {
    /// Named references by their name as written after `&`, semicolon included when required.
    static let named: [String: String] = {
        var table: [String: String] = [:]
        table.reserveCapacity(2300)
        for line in htmlEntityTable.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            guard parts.count == 2 else { continue }
            var value = ""
            for hex in parts[1].split(separator: " ") {
                if let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) { value.unicodeScalars.append(scalar) }
            }
            table[String(parts[0])] = value
        }
        return table
    }()

    /// The Windows-1252 meanings HTML gives numeric references 0x80–0x9F (HTML5 13.2.5.80).
    private static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    /// The reference starting at `start` (which holds `&`) in `bytes[..<limit]`: its length in
    /// bytes and what it stands for, or nil when the bytes there are not a character reference.
    static func reference(in bytes: [UInt8], at start: Int, limit: Int) -> (length: Int, text: String)? {
        var index = start + 1
        guard index < limit else { return nil }
        if bytes[index] == UInt8(ascii: "#") {
            index += 1
            var hex = false
            if index < limit && (bytes[index] | 0x20) == UInt8(ascii: "x") {
                hex = true
                index += 1
            }
            let digitsStart = index
            var value: UInt32 = 0
            while index < limit {
                let byte = bytes[index]
                let digit: UInt32?
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: digit = UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: digit = UInt32(byte - UInt8(ascii: "A") + 10)
                default: digit = nil
                }
                guard let digit else { break }
                value = min(value &* (hex ? 16 : 10) &+ digit, 0x110000)
                index += 1
            }
            guard index > digitsStart else { return nil }
            if index < limit && bytes[index] == UInt8(ascii: ";") { index += 1 }
            let code = windows1252[value] ?? value
            let scalar = (code == 0 || (0xD800...0xDFFF).contains(code)) ? nil : Unicode.Scalar(code)
            return (index - start, String(scalar ?? "\u{FFFD}"))
        }
        // Named: the longest name in the table that the bytes start with.
        var end = index
        while end < limit && end - index < 32, isAlphanumeric(bytes[end]) { end += 1 }
        if end < limit && bytes[end] == UInt8(ascii: ";") {
            let name = String(decoding: bytes[index...end], as: UTF8.self)
            if let text = named[name] { return (end + 1 - start, text) }
        }
        // Legacy names that HTML accepts without a semicolon (&amp, &copy, &nbsp…).
        var candidate = end
        while candidate > index {
            let name = String(decoding: bytes[index..<candidate], as: UTF8.self)
            if let text = named[name] { return (candidate - start, text) }
            candidate -= 1
        }
        return nil
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }
}
