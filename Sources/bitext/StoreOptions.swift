import ArgumentParser
import BitextFormats
import BitextModel
import BitextStore

/// The `--store` option every command that reads or writes translations shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("store"), help: ArgumentHelp("The project store (default: .bitext/bitext.sqlite in the current folder).", valueName: "path"))
    var path: String = ".bitext/bitext.sqlite"

    func open() throws -> TranslationStore {
        do {
            return try TranslationStore(path: path)
        } catch {
            throw CommandError(message: "\(error)")
        }
    }
}

/// Rebuilds documents from the store, for export.
enum StoredDocuments {
    /// The document with its segments as extracted (blocks hold only their segments' content:
    /// what the writer needs).
    static func document(_ stored: StoredDocument, segments: [StoredSegment]) -> Document {
        var blocks: [Block] = []
        for segment in segments {
            let part = Segment(id: segment.key.segmentID, content: segment.content, source: segment.source)
            if blocks.last?.id == segment.key.blockID {
                blocks[blocks.count - 1].segments.append(part)
                blocks[blocks.count - 1].content += segment.content
            } else {
                blocks.append(Block(id: segment.key.blockID, kind: segment.blockKind, content: segment.content, segments: [part]))
            }
        }
        return Document(id: stored.id, format: stored.format, language: stored.sourceLanguage, skeleton: Skeleton(bytes: stored.skeleton),
                        blocks: blocks)
    }

    /// The stored document for an article path (by its id), or a clear error.
    static func find(_ id: String, file: String, in store: TranslationStore) throws -> StoredDocument {
        guard let stored = try store.document(id: id) else {
            let known = try store.documents().map(\.id)
            throw CommandError(message: "\(file): document '\(id)' is not in the store \(store.path); run `bitext extract \(file) --to LANG` first"
                + (known.isEmpty ? "" : " (the store has: \(known.joined(separator: ", ")))"))
        }
        return stored
    }
}
