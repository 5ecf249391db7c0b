/// XLIFF 2.1 (OASIS Standard, 13 February 2018), Bitext's default interchange format; XLIFF 2.0
/// files are read too.
///
/// Conventions: one `<file id="<document id>">` per document with its version and source format in
/// `<mda:metadata>`; one `<unit id="<block id>" name="<kind>">` per block with notes, glossary
/// hints (`<gls:glossary>`, each entry pointing to its segment) and the codes' markup in
/// `<originalData>`; one `<segment id="<segment id>">` per sentence. States: new → `initial`,
/// translated → `translated`, needs review → `translated` with `subState="bitext:needs-review"`,
/// final → `final`; reading also maps `reviewed` to final and an `initial` segment with a target
/// to translated.
public enum XLIFF2Format {
    /// The `subState` that marks a translated segment as needing review.
    static let needsReviewSubState = "bitext:needs-review"

    /// The file as XLIFF 2.1 (UTF-8), valid against the OASIS schemas with modules.
    public static func write(_ file: InterchangeFile) -> [UInt8] {
        XLIFF2Writer.write(file)
    }

    /// Reads an XLIFF 2.0 or 2.1 file, checking it against the core schema and the constraints
    /// the specification states for ids, inline codes, languages and states; `file` names it in errors.
    public static func read(_ bytes: [UInt8], file: String) throws -> InterchangeFile {
        try XLIFF2Reader.read(bytes, file: file)
    }
}
