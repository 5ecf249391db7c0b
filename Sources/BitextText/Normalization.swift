import CICU

/// A Unicode normalization form, applied through ICU's normalizer2.
///
/// Never apply the compatibility forms to mixed text: NFKC turns ™ into "TM" and ² into "2".
public enum NormalizationForm: Int32, Sendable {
    case nfc = 0, nfd = 1, nfkc = 2, nfkd = 3

    /// The text normalized to this form.
    public func apply(_ string: String) throws -> String {
        let source = Array(string.utf16)
        var capacity = source.count + source.count / 2 + 16
        while true {
            var destination = [UInt16](repeating: 0, count: capacity)
            var status: Int32 = 0
            let length = bitext_icu_normalize(rawValue, source, Int32(source.count), &destination, Int32(capacity), &status)
            if status == 15 /* U_BUFFER_OVERFLOW_ERROR */ {
                capacity = Int(length)
                continue
            }
            try ICUError.check(status, "normalizing to \(self)")
            return String(decoding: destination.prefix(Int(length)), as: UTF16.self)
        }
    }

    /// Whether the text is already in this form.
    public func isNormalized(_ string: String) throws -> Bool {
        let source = Array(string.utf16)
        var status: Int32 = 0
        let result = bitext_icu_is_normalized(rawValue, source, Int32(source.count), &status)
        try ICUError.check(status, "checking \(self)")
        return result == 1
    }
}
