/// Stable ids for blocks and segments: derived from the source text (not only the position), so
/// re-reading an edited document keeps the ids — and the stored translations — of what did
/// not change.
public enum StableID {
    /// The 64-bit FNV-1a hash of the text's UTF-8 bytes.
    public static func fnv1a64(_ text: String) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
        return value
    }

    /// A 40-bit FNV-1a hash of the text's UTF-8 bytes, as 10 lowercase hex digits.
    public static func hash(_ text: String) -> String {
        let value = fnv1a64(text)
        let folded = (value ^ (value >> 40)) & 0xff_ffff_ffff
        let hex = String(folded, radix: 16)
        return String(repeating: "0", count: 10 - hex.count) + hex
    }

    /// Gives every block an id `<kind prefix>-<hash of its text>` and every segment an id
    /// `s-<hash of its text>`; a repeated text gets `-2`, `-3`… in order of occurrence, so ids
    /// are unique in the document (blocks) and in their block (segments).
    public static func assign(to blocks: inout [Block]) {
        var seenBlocks: [String: Int] = [:]
        for index in blocks.indices {
            let base = "\(blocks[index].kind.idPrefix)-\(hash(blocks[index].plainText))"
            blocks[index].id = unique(base, &seenBlocks)
            var seenSegments: [String: Int] = [:]
            for segmentIndex in blocks[index].segments.indices {
                let segmentBase = "s-\(hash(blocks[index].segments[segmentIndex].plainText))"
                blocks[index].segments[segmentIndex].id = unique(segmentBase, &seenSegments)
            }
        }
    }

    private static func unique(_ base: String, _ seen: inout [String: Int]) -> String {
        let count = (seen[base] ?? 0) + 1
        seen[base] = count
        return count == 1 ? base : "\(base)-\(count)"
    }
}
