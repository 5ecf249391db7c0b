import BitextXML

/// How an `InlineCode.kind` is written on XLIFF 2 codes: `type` (XLIFF 2.1, "type") says what
/// the code is for tools, `subType="bitext:<kind>"` keeps the exact kind; a reader that finds no
/// Bitext subType maps the standard `xlf:` subtypes and calls everything else `code`.
enum XLIFF2CodeKind {
    /// The `type` and (when the kind is a valid `prefix:value` part) `subType` for a kind.
    static func attributes(for kind: String) -> (type: String, subType: String?) {
        let type: String
        switch kind {
        case "a", "link": type = "link"
        case "img", "image": type = "image"
        case "code", "html": type = "other"
        default: type = "fmt"
        }
        let usable = !kind.isEmpty && !kind.utf8.contains(where: { $0 == UInt8(ascii: ":") || XMLSyntax.isWhitespace($0) })
        return (type, usable ? "bitext:" + kind : nil)
    }

    /// The kind for a code read from a file.
    static func kind(subType: String?) -> String {
        guard let subType else { return "code" }
        if subType.hasPrefix("bitext:") { return String(subType.dropFirst(7)) }
        return standardSubTypes[subType] ?? "code"
    }

    /// XLIFF 2.1 `subType` values of the `xlf:` prefix.
    private static let standardSubTypes = ["xlf:b": "b", "xlf:i": "i", "xlf:u": "u", "xlf:lb": "linebreak", "xlf:pb": "pagebreak", "xlf:var": "var"]
}
