/// A document's original bytes, into which translations are written at the segments' ranges.
public struct Skeleton: Sendable, Equatable {
    /// The source document exactly as read, BOM and line ends included.
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// A replacement of one byte range of the original.
    public struct Replacement: Sendable, Equatable {
        public var range: Range<Int>
        public var bytes: [UInt8]

        public init(range: Range<Int>, bytes: [UInt8]) {
            self.range = range
            self.bytes = bytes
        }
    }

    /// The original with the given ranges replaced; every byte outside them is kept.
    ///
    /// - Precondition: the ranges lie inside the original and do not overlap.
    public func rendering(_ replacements: [Replacement]) -> [UInt8] {
        // An insertion (an empty range) at an offset goes before a replacement starting there.
        let sorted = replacements.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + sorted.reduce(0) { $0 + $1.bytes.count })
        var position = 0
        for replacement in sorted {
            precondition(replacement.range.lowerBound >= position && replacement.range.upperBound <= bytes.count,
                         "replacements must be inside the skeleton and must not overlap")
            output.append(contentsOf: bytes[position..<replacement.range.lowerBound])
            output.append(contentsOf: replacement.bytes)
            position = replacement.range.upperBound
        }
        output.append(contentsOf: bytes[position...])
        return output
    }
}
