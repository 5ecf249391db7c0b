import BitextText

/// The Unicode scalar values of a string. Tests compare these instead of strings because
/// `String ==` treats canonically equivalent spellings ("é" and "e\u{301}") as equal.
func scalarValues(_ string: String) -> [UInt32] {
    string.unicodeScalars.map(\.value)
}

/// The pieces of `string` between consecutive UTF-16 boundaries.
func pieces(of string: String, at boundaries: [Int]) -> [String] {
    let text = UTF16Text(string)
    return zip(boundaries, boundaries.dropFirst()).map { text.string(from: $0, to: $1) }
}

/// The pieces of `string` at the given UTF-16 ranges.
func pieces(of string: String, in ranges: [Range<Int>]) -> [String] {
    let text = UTF16Text(string)
    return ranges.map { text.string(from: $0.lowerBound, to: $0.upperBound) }
}
