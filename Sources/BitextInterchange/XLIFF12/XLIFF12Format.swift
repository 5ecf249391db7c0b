/// XLIFF 1.2 (OASIS Standard, 1 February 2008), which many translation tools still expect.
///
/// Conventions: one `<file original="…" datatype="x-<source format>">` per document, its id and
/// version in `<header>` notes (`from="bitext-document"`, `from="bitext-version"`); one
/// `<group id="<block id>" restype="x-<kind>">` per block holding its notes; one
/// `<trans-unit id="<block id>/<segment id>">` per sentence with glossary hints as
/// `<note from="glossary">term → translation</note>`. Codes are `<g>`, `<bx>`/`<ex>` and `<x>`
/// with `ctype="x-<kind>"`; XLIFF 1.2 has no place for their original markup, so codes read back
/// with an empty `original` (the importer takes markup from the stored source). States: new →
/// `new`, translated → `translated`, needs review → `needs-review-translation`, final → `final`
/// with `approved="yes"` (translate-toolkit counts a unit as translated only when approved).
public enum XLIFF12Format {
    /// The file as XLIFF 1.2 (UTF-8), valid against the strict OASIS schema.
    public static func write(_ file: InterchangeFile) -> [UInt8] {
        XLIFF12Writer.write(file)
    }

    /// Reads XLIFF 1.2 (and the nearly identical 1.0 and 1.1) as written by Bitext or by other
    /// tools (`<g>`, `<bx>`, `<ex>`, `<x>`, `<ph>`, `<bpt>`/`<ept>`, `<it>`); `file` names it in errors.
    public static func read(_ bytes: [UInt8], file: String) throws -> InterchangeFile {
        try XLIFF12Reader.read(bytes, file: file)
    }
}
