/// Gives the string ids of a unit's inline codes (XLIFF ids are name tokens: `1`, `b1`, `c-2`)
/// the integer ids of `InlineCode`: a decimal id keeps its number, any other id gets the next
/// number above every id seen so far, the same number each time it appears in the unit.
struct CodeNumbering {
    private var numbers: [String: Int] = [:]
    private var highest = 0

    /// Prepares the numbering with every decimal id of the unit, so new numbers cannot collide.
    init<S: Sequence>(decimalCandidates ids: S) where S.Element == String {
        for id in ids {
            if let number = Self.decimal(id) {
                numbers[id] = number
                highest = max(highest, number)
            }
        }
    }

    /// The integer id for a string id.
    mutating func number(for id: String) -> Int {
        if let number = numbers[id] { return number }
        highest += 1
        numbers[id] = highest
        return highest
    }

    private static func decimal(_ id: String) -> Int? {
        guard !id.isEmpty, id.utf8.count < 10, id.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(id)
    }
}
