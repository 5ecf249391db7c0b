/// How a term is rendered across many translations: the report behind `glossary check`.
public enum Consistency {
    /// One way a term was rendered, and where.
    public struct Rendering: Sendable, Equatable {
        /// The glossary form found in the target, or nil when none of its forms was.
        public var form: String?
        /// The units (as the caller names them) where it occurs.
        public var units: [String]

        public init(form: String?, units: [String]) {
            self.form = form
            self.units = units
        }
    }

    /// A term rendered in more than one way.
    public struct Finding: Sendable, Equatable {
        public var entry: GlossaryEntry
        public var renderings: [Rendering]
    }

    /// The terms of `pairs` (unit name, English source, Persian target) rendered in more than
    /// one way, by entry in glossary order; renderings in order of first occurrence.
    public static func findings(_ pairs: [(unit: String, source: String, target: String)], glossary: Glossary) -> [Finding] {
        var byEntry: [Int: [(form: String?, unit: String)]] = [:]
        for pair in pairs {
            let targetMatches = glossary.terms(in: pair.target, isPersian: true)
            var seen = Set<Int>()
            for term in glossary.terms(in: pair.source, isPersian: false) where seen.insert(term.entry).inserted {
                let forms = targetMatches.filter { $0.entry == term.entry }.map(\.form)
                if forms.isEmpty {
                    byEntry[term.entry, default: []].append((nil, pair.unit))
                } else {
                    for form in Set(forms).sorted() { byEntry[term.entry, default: []].append((form, pair.unit)) }
                }
            }
        }
        return byEntry.keys.sorted().compactMap { index in
            var renderings: [Rendering] = []
            for occurrence in byEntry[index]! {
                if let position = renderings.firstIndex(where: { $0.form == occurrence.form }) {
                    renderings[position].units.append(occurrence.unit)
                } else {
                    renderings.append(Rendering(form: occurrence.form, units: [occurrence.unit]))
                }
            }
            return renderings.count > 1 ? Finding(entry: glossary.entries[index], renderings: renderings) : nil
        }
    }
}
