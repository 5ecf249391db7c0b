import BitextXML

/// Pairs the `<sc>` and `<ec>` markers of one stream of a unit (its sources in order, or its
/// targets) as XLIFF 2.1 requires (Schematron F5, F5.1, F6): an `<ec>` closes the one `<sc>` with
/// its `startRef` that came before it, with the same editing hints; `isolated="yes"` is for a
/// marker whose partner is outside the unit, and then only.
struct MarkerPairing {
    /// `source` or `target`, for messages.
    let stream: String
    private var open: [String: (element: XMLElement, kind: String)] = [:]
    private var isolatedStarts: Set<String> = []

    init(stream: String) {
        self.stream = stream
    }

    /// Records a start marker.
    mutating func start(_ element: XMLElement, id: String, kind: String, reader: XLIFF2Reader, unit: String) throws {
        if element.attribute("isolated") == "yes" {
            isolatedStarts.insert(id)
            return
        }
        guard open[id] == nil else {
            throw reader.error(at: element, unit: unit, "a second <sc id=\"\(id)\"> starts before the first is closed in the \(stream) of this unit")
        }
        open[id] = (element, kind)
    }

    /// Checks an end marker and returns the kind of the start it closes (nil for an isolated end).
    mutating func end(_ element: XMLElement, reader: XLIFF2Reader, unit: String) throws -> String? {
        if element.attribute("isolated") == "yes" {
            guard element.attribute("id") != nil, element.attribute("startRef") == nil else {
                throw reader.error(at: element, unit: unit, "an <ec isolated=\"yes\"> needs an id and no startRef (F6); its start is outside this unit")
            }
            return nil
        }
        guard let reference = element.attribute("startRef"), element.attribute("id") == nil else {
            throw reader.error(at: element, unit: unit,
                               "an <ec> needs startRef=\"<id of its sc>\" and no id (F6); for a code opened outside this unit write isolated=\"yes\" and id")
        }
        if element.attribute("dir") != nil {
            throw reader.error(at: element, unit: unit, "dir is only allowed on an isolated <ec> (F6); the direction comes from its <sc>")
        }
        if isolatedStarts.contains(reference) {
            throw reader.error(at: element, unit: unit, "<sc id=\"\(reference)\"> says isolated=\"yes\" but its <ec> is in the same unit (F5); remove isolated from the <sc>")
        }
        guard let start = open.removeValue(forKey: reference) else {
            throw reader.error(at: element, unit: unit,
                               "<ec startRef=\"\(reference)\"/> has no <sc id=\"\(reference)\"/> before it in the \(stream) of this unit (F6); an end code must follow its start code")
        }
        for hint in ["canCopy", "canDelete", "canOverlap", "canReorder"] {
            var expected = start.element.attribute(hint) ?? "yes"
            if hint == "canReorder", expected == "firstNo" { expected = "no" }
            let actual = element.attribute(hint) ?? "yes"
            guard actual == expected else {
                throw reader.error(at: element, unit: unit, "<ec startRef=\"\(reference)\"> has \(hint)=\"\(actual)\" but its <sc> needs \"\(expected)\" (F5.1)")
            }
        }
        for attribute in ["type", "subType", "copyOf"] {
            if let mine = element.attribute(attribute), let theirs = start.element.attribute(attribute), mine != theirs {
                throw reader.error(at: element, unit: unit, "<ec startRef=\"\(reference)\"> has \(attribute)=\"\(mine)\" but its <sc> has \"\(theirs)\"; a code's start and end are one code")
            }
        }
        return start.kind
    }

    /// Throws for the first start marker of the stream that was never closed.
    func finish(reader: XLIFF2Reader, unit: String) throws {
        guard let (id, start) = open.min(by: { ($0.value.element.line, $0.value.element.column) < ($1.value.element.line, $1.value.element.column) }) else { return }
        throw reader.error(at: start.element, unit: unit,
                           "<sc id=\"\(id)\"/> has no <ec startRef=\"\(id)\"/> after it in the \(stream) of this unit (F5.1); add the end code or mark the start isolated=\"yes\"")
    }
}
