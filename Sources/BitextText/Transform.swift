import CICU

/// An ICU transform (transliterator), compiled from rule text or named by a system id.
///
/// Not safe to share between threads.
public final class Transform {
    private let handle: UnsafeMutableRawPointer

    /// Compiles rules written in ICU transform syntax; a syntax error names its line and offset.
    public init(rules: String, id: String = "Bitext-Custom") throws {
        let idUnits = Array(id.utf16)
        let ruleUnits = Array(rules.utf16)
        var status: Int32 = 0
        var line: Int32 = 0
        var offset: Int32 = 0
        let opened = bitext_icu_transform_open(idUnits, Int32(idUnits.count), ruleUnits, Int32(ruleUnits.count), 1,
                                               &line, &offset, &status)
        if status > 0 || opened == nil {
            var error = ICUError(status: max(status, 1), operation: "compiling transform rules \(id)")
            error.line = line
            error.offset = offset
            throw error
        }
        handle = opened!
    }

    /// Opens one of ICU's built-in transforms, such as "Any-Latin" or "Arabic-Latin".
    public init(systemID id: String) throws {
        let idUnits = Array(id.utf16)
        var status: Int32 = 0
        var line: Int32 = 0
        var offset: Int32 = 0
        let opened = bitext_icu_transform_open(idUnits, Int32(idUnits.count), nil, 0, 0, &line, &offset, &status)
        try ICUError.check(status, "opening transform \(id)")
        guard let opened else { throw ICUError(status: 1, operation: "opening transform \(id)") }
        handle = opened
    }

    deinit { bitext_icu_transform_close(handle) }

    /// The text with the transform applied.
    public func apply(_ string: String) throws -> String {
        let source = Array(string.utf16)
        var capacity = source.count * 2 + 16
        while true {
            var buffer = source + [UInt16](repeating: 0, count: capacity - source.count)
            var length = Int32(source.count)
            var status: Int32 = 0
            let needed = bitext_icu_transform_apply(handle, &buffer, &length, Int32(capacity), &status)
            if status == 15 /* U_BUFFER_OVERFLOW_ERROR */ {
                capacity = max(Int(needed), capacity * 2)
                continue
            }
            try ICUError.check(status, "applying transform")
            return String(decoding: buffer.prefix(Int(length)), as: UTF16.self)
        }
    }
}
