import BitextModel

/// How a unit's paired codes are written in XLIFF: as one element around their content (`<pc>`,
/// `<g>`) when every source and target of the unit has the code's start and end in the same
/// segment and properly nested, else as separate start and end markers (`<sc>`/`<ec>`,
/// `<bx>`/`<ex>`), and which markers have no partner in the unit (`isolated="yes"`).
///
/// The form is chosen for the whole unit because a target may reuse a source code's id only with
/// the same element name (XLIFF 2.1 "id", pattern K6T of the OASIS Schematron).
struct InlineCodeLayout {
    /// A start or end marker's place: source or target stream, segment, index in the content.
    struct Position: Hashable {
        var isTarget: Bool
        var segment: Int
        var index: Int
    }

    private var split: Set<Int> = []
    private var isolated: Set<Position> = []

    init(segments: [InterchangeSegment]) {
        for segment in segments {
            markSplit(segment.source)
            if let target = segment.target { markSplit(target) }
        }
        for isTarget in [false, true] {
            matchMarkers(segments.enumerated().map { ($0.offset, isTarget ? ($0.element.target ?? []) : $0.element.source) }, isTarget: isTarget)
        }
    }

    /// Whether code `id` is written as start and end markers rather than one element.
    func isSplit(_ id: Int) -> Bool {
        split.contains(id)
    }

    /// Whether the marker at this position has no partner in its stream of the unit.
    func isIsolated(_ position: Position) -> Bool {
        isolated.contains(position)
    }

    private mutating func markSplit(_ content: [Inline]) {
        var open: [Int] = []
        for element in content {
            switch element {
            case .open(let code):
                open.append(code.id)
            case .close(let code):
                if open.last == code.id {
                    open.removeLast()
                } else {
                    split.insert(code.id)
                    if let index = open.lastIndex(of: code.id) { open.remove(at: index) }
                }
            case .text, .placeholder:
                break
            }
        }
        split.formUnion(open)
    }

    /// Pairs each split start with the first later end of the same id in the stream (sources of
    /// all segments in order, or targets); whatever is left over is isolated.
    private mutating func matchMarkers(_ stream: [(segment: Int, content: [Inline])], isTarget: Bool) {
        var pending: [Int: [Position]] = [:]
        for (segment, content) in stream {
            for (index, element) in content.enumerated() {
                let position = Position(isTarget: isTarget, segment: segment, index: index)
                switch element {
                case .open(let code) where split.contains(code.id):
                    pending[code.id, default: []].append(position)
                case .close(let code) where split.contains(code.id):
                    if var starts = pending[code.id], !starts.isEmpty {
                        starts.removeFirst()
                        pending[code.id] = starts
                    } else {
                        isolated.insert(position)
                    }
                default:
                    break
                }
            }
        }
        for starts in pending.values { isolated.formUnion(starts) }
    }
}
