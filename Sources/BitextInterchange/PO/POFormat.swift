/// GNU gettext PO, for translators who work in Poedit, Lokalize, Weblate or a text editor.
///
/// Conventions: a header with `Language`, UTF-8 and `X-Bitext-Document`, `X-Bitext-Version`,
/// `X-Bitext-Source-Format`, `X-Bitext-Source-Language` (and `X-Bitext-Original`); one entry per
/// segment with the unit's kind and notes (`Note: …`) and glossary hints (`Glossary: term →
/// translation`) as extracted comments, `#, fuzzy` for needs review, `msgctxt
/// "<document>/<unit>/<segment>"`, and the raw source and target with markup as written in the
/// document. Reading sets `rawSource`/`rawTarget` and plain-text content; fuzzy reads as needs
/// review, a non-empty translation as translated, an empty one as new (PO has no "final").
public enum POFormat {
    /// The file as PO (UTF-8, lines wrapped at 79 columns like gettext).
    public static func write(_ file: InterchangeFile) -> [UInt8] {
        POWriter.write(file)
    }

    /// Reads a PO or POT file in UTF-8 or the legacy charset its header declares; `file` names
    /// it in errors and gives the document id when the file has no Bitext header.
    public static func read(_ bytes: [UInt8], file: String) throws -> InterchangeFile {
        try POReader.read(bytes, file: file)
    }
}
