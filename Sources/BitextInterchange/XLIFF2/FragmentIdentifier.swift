import BitextXML

/// The syntax of XLIFF 2 fragment identifiers (XLIFF 2.1, "Fragment Identification"), the
/// `#…` form of `ref` attributes: selectors `f=`, `g=`, `u=` then one of `n=`, `d=`, `t=`, a
/// module selector or a bare id, in that order, each at most once (`g=` may repeat for nested
/// groups), with a leading `/` for a path from the document root.
enum FragmentIdentifier {
    /// Why a `#…` reference is malformed, or nil when it is well formed (or not a fragment).
    static func problem(with reference: String) -> String? {
        guard reference.hasPrefix("#") else { return nil }
        var body = reference.dropFirst()
        if body.hasPrefix("/") { body = body.dropFirst() }
        let selectors = body.split(separator: "/", omittingEmptySubsequences: false)
        var lastRank = -1
        var seen: Set<Substring> = []
        for (index, selector) in selectors.enumerated() {
            let parts = selector.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let id = parts.last!
            guard XMLSyntax.isNameToken(String(id)) else {
                return "\"\(selector)\" is not prefix=id or an id"
            }
            let rank: Int
            if parts.count == 2 {
                let prefix = parts[0]
                guard XMLSyntax.isNameToken(String(prefix)), !prefix.contains(":") else {
                    return "the selector prefix \"\(prefix)\" is not a name token"
                }
                if let coreRank = coreRanks[prefix] {
                    rank = coreRank
                } else if prefix.count == 1 {
                    return "\"\(prefix)=\" is not an XLIFF core selector (f, g, u, n, d, t)"
                } else if modulePrefixes.contains(prefix) {
                    rank = 3
                } else {
                    return "\"\(prefix)=\" is not a registered selector prefix"
                }
                if prefix != "g", !seen.insert(prefix).inserted {
                    return "the selector \"\(prefix)=\" appears twice"
                }
            } else {
                rank = 4
            }
            guard rank >= lastRank else {
                return "\"\(selector)\" is out of order (f=, then g=, then u=, then the item)"
            }
            if rank == 4, index != selectors.count - 1 {
                return "only the last selector may be a bare id or n=, d=, t="
            }
            lastRank = rank
        }
        return nil
    }

    /// Core prefixes by position; `n=`, `d=`, `t=` and bare ids end the path (rank 4).
    private static let coreRanks: [Substring: Int] = ["f": 0, "g": 1, "u": 2, "n": 4, "d": 4, "t": 4]
    /// Prefixes of the XLIFF 2.1 modules that define selectors, and `tbx`, registered for TBX
    /// term entries (the OASIS test suite's `withTBXExtension.xlf` uses it).
    private static let modulePrefixes: Set<Substring> = ["mtc", "gls", "res", "ctr", "mda", "val", "slr", "its", "itsm", "tbx"]
}
