/// Where a segment is: its document, block and own id.
public struct SegmentKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var documentID: String
    public var blockID: String
    public var segmentID: String

    public init(documentID: String, blockID: String, segmentID: String) {
        self.documentID = documentID
        self.blockID = blockID
        self.segmentID = segmentID
    }

    /// The key as written in PO and CSV files: `document/block/segment`.
    public var description: String { "\(documentID)/\(blockID)/\(segmentID)" }

    /// Parses `document/block/segment`; nil unless there are exactly three non-empty parts.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        self.init(documentID: String(parts[0]), blockID: String(parts[1]), segmentID: String(parts[2]))
    }

    public static func < (lhs: SegmentKey, rhs: SegmentKey) -> Bool {
        (lhs.documentID, lhs.blockID, lhs.segmentID) < (rhs.documentID, rhs.blockID, rhs.segmentID)
    }
}
