/// A segment's full key, `<documentID>/<unitID>/<segmentID>`: the PO `msgctxt` and the CSV `id`.
struct SegmentKey: Hashable {
    var document: String
    var unit: String
    var segment: String

    /// The key as written in files.
    var text: String { "\(document)/\(unit)/\(segment)" }

    init(document: String, unit: String, segment: String) {
        self.document = document
        self.unit = unit
        self.segment = segment
    }

    /// Parses `doc/unit/segment`; nil unless there are exactly three non-empty parts.
    init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        self.init(document: String(parts[0]), unit: String(parts[1]), segment: String(parts[2]))
    }
}
