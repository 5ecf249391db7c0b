/// Tells the language of a text from its script: Bitext works between English and Persian,
/// so a text written mostly in Arabic script is taken as Persian and one mostly in Latin
/// script as English.
public enum ScriptDetector {
    /// The writing systems Bitext tells apart.
    public enum Script: Sendable, Equatable {
        case arabic, latin
    }

    /// The script most letters of the text are written in, or nil when it has no letters of
    /// either.
    public static func dominantScript(of text: String) -> Script? {
        var arabic = 0
        var latin = 0
        // Letters only: ×, ÷, the rial sign ﷼, ornate parentheses and the kashida (tatweel)
        // sit in these blocks but say nothing about the language.
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic && scalar.value != 0x640 {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            case 0x620...0x64A, 0x66E...0x6D3, 0x6FA...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFC:
                arabic += 1
            default: break
            }
        }
        if arabic == 0 && latin == 0 { return nil }
        return arabic > latin ? .arabic : .latin
    }
}
