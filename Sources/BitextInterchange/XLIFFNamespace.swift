import BitextXML

extension XMLNamespace {
    /// XLIFF 2.0 and 2.1 core.
    static let xliff2 = "urn:oasis:names:tc:xliff:document:2.0"
    /// XLIFF 1.2.
    static let xliff12 = "urn:oasis:names:tc:xliff:document:1.2"
    /// XLIFF 2 Metadata module (`mda:`).
    static let metadata = "urn:oasis:names:tc:xliff:metadata:2.0"
    /// XLIFF 2 Glossary module (`gls:`).
    static let glossary = "urn:oasis:names:tc:xliff:glossary:2.0"
    /// XLIFF 2 Format Style module (`fs:`).
    static let formatStyle = "urn:oasis:names:tc:xliff:fs:2.0"
    /// XLIFF 2 Validation module (`val:`).
    static let validation = "urn:oasis:names:tc:xliff:validation:2.0"
}
