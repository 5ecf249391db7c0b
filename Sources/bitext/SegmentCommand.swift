import ArgumentParser
import BitextModel
import Foundation

/// `bitext segment`: shows how Bitext splits an article into translatable units.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Print an article's translatable units.",
        discussion: """
        Prints one sentence per line and a blank line between blocks. With --json, prints the
        blocks with their stable ids, kinds, segments and UTF-8 byte offsets in the source.
        """
    )

    @OptionGroup var input: InputOptions

    @Flag(help: "Print blocks, ids, kinds, segments and source offsets as JSON.")
    var json = false

    func run() throws {
        let document = try input.loadDocument()
        let output = json ? SegmentJSON(document: document).rendered() : Self.plainListing(document)
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    /// One sentence a line, a blank line between blocks.
    static func plainListing(_ document: Document) -> String {
        document.blocks.map { block in
            block.segments.map { $0.plainText + "\n" }.joined()
        }.joined(separator: "\n")
    }
}

/// The `--json` listing of a segmented document.
struct SegmentJSON: Encodable {
    struct SegmentEntry: Encodable {
        var id: String
        var text: String
        var start: Int
        var end: Int
    }

    struct BlockEntry: Encodable {
        var id: String
        var kind: String
        var level: Int?
        var attribute: String?
        var start: Int
        var end: Int
        var segments: [SegmentEntry]
    }

    var document: String
    var format: String
    var language: String
    var offsets = "UTF-8 bytes from the start of the file"
    var blocks: [BlockEntry]

    init(document: Document) {
        self.document = document.id
        format = document.format.rawValue
        language = document.language?.value ?? ""
        blocks = document.blocks.map { block in
            BlockEntry(
                id: block.id, kind: block.kind.name, level: block.kind.level, attribute: block.kind.attribute,
                start: block.source?.lowerBound ?? 0, end: block.source?.upperBound ?? 0,
                segments: block.segments.map {
                    SegmentEntry(id: $0.id, text: $0.plainText, start: $0.source.lowerBound, end: $0.source.upperBound)
                }
            )
        }
    }

    func rendered() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
