import BitextModel
import Foundation
import GRDB

/// The project store: documents, their segments, translations with state and origin, the
/// translation memory and the history of replaced translations, in one SQLite file.
///
/// Every write is one immediate transaction, so an import either lands whole or not at all,
/// and two processes writing at once wait for each other (WAL mode, busy timeout) instead of
/// failing or losing work.
public final class TranslationStore: Sendable {
    /// The database file.
    public let path: String
    private let database: DatabaseQueue

    /// Opens (creating it and its folder when missing) and migrates the store at `path`.
    public init(path: String) throws {
        self.path = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(30)
        configuration.label = "bitext-store"
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            try Schema.migrator.migrate(database)
        } catch {
            throw StoreError(message: "\(path): cannot open the Bitext store (\(error)); check the path, or remove the file if it is not a Bitext store")
        }
    }

    /// The time stamp for rows written now.
    static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }

    private func write<T>(_ body: (Database) throws -> T) throws -> T {
        try database.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    // MARK: Extraction

    /// What saving an extraction did.
    public struct ExtractionSummary: Sendable, Equatable {
        /// Segments in the document.
        public var segments = 0
        /// Segments that already had a translation (unchanged sentences).
        public var kept = 0
        /// Segments pre-filled from translation memory.
        public var fromMemory = 0
        /// Segments with no translation.
        public var new = 0
        /// Translations of sentences no longer in the document, moved to the history.
        public var retired = 0

        public init(segments: Int = 0, kept: Int = 0, fromMemory: Int = 0, new: Int = 0, retired: Int = 0) {
            self.segments = segments
            self.kept = kept
            self.fromMemory = fromMemory
            self.new = new
            self.retired = retired
        }
    }

    /// Saves a segmented document for translation into `targetLanguage`: replaces its earlier
    /// segments, keeps the translations of segments whose ids are unchanged, fills new
    /// segments from translation memory, and moves translations of removed segments to the
    /// history.
    @discardableResult
    public func saveExtraction(of document: Document, path: String, targetLanguage: LanguageTag) throws -> ExtractionSummary {
        let sourceLanguage = document.language ?? .english
        let version = Self.version(of: document)
        let now = Self.now()
        return try write { db in
            var summary = ExtractionSummary()
            try db.execute(sql: """
                INSERT INTO document (id, path, format, source_language, version, skeleton, extracted_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET path = excluded.path, format = excluded.format, source_language = excluded.source_language,
                    version = excluded.version, skeleton = excluded.skeleton, extracted_at = excluded.extracted_at
                """, arguments: [document.id, path, document.format.rawValue, sourceLanguage.value, version, Data(document.skeleton.bytes), now])
            try db.execute(sql: "INSERT OR IGNORE INTO document_target (document_id, target_language) VALUES (?, ?)",
                           arguments: [document.id, targetLanguage.value])
            try db.execute(sql: "DELETE FROM segment WHERE document_id = ?", arguments: [document.id])
            let insert = try db.makeStatement(sql: """
                INSERT INTO segment (document_id, block_id, id, block_position, position, block_kind, block_level, block_attribute,
                    source_start, source_end, content, source_text, words) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            var current = Set<SegmentKey>()
            for (blockPosition, block) in document.blocks.enumerated() {
                for (position, segment) in block.segments.enumerated() {
                    let text = segment.plainText
                    current.insert(SegmentKey(documentID: document.id, blockID: block.id, segmentID: segment.id))
                    try insert.execute(arguments: [
                        document.id, block.id, segment.id, blockPosition, position, block.kind.name, block.kind.level, block.kind.attribute,
                        segment.source.lowerBound, segment.source.upperBound, InlineCodec.encode(segment.content), text, text.wordCount,
                    ])
                }
            }
            summary.segments = current.count

            // Translations of segments that are gone go to the history.
            let existing = try Row.fetchAll(db, sql: """
                SELECT block_id, segment_id FROM translation WHERE document_id = ? AND target_language = ?
                """, arguments: [document.id, targetLanguage.value])
            var translated = Set<SegmentKey>()
            for row in existing {
                let key = SegmentKey(documentID: document.id, blockID: row["block_id"], segmentID: row["segment_id"])
                if current.contains(key) {
                    translated.insert(key)
                } else {
                    try retire(key, targetLanguage: targetLanguage, reason: "source sentence removed or changed", now: now, db)
                    summary.retired += 1
                }
            }
            summary.kept = translated.count

            // New segments: exact matches from translation memory.
            let lookup = try db.makeStatement(sql: """
                SELECT source_content, target_content FROM memory WHERE source_language = ? AND target_language = ? AND key_hash = ?
                """)
            for block in document.blocks {
                for segment in block.segments {
                    let key = SegmentKey(documentID: document.id, blockID: block.id, segmentID: segment.id)
                    guard !translated.contains(key) else { continue }
                    let memoryKey = MemoryKey.make(segment.content)
                    if let row = try Row.fetchOne(lookup, arguments: [sourceLanguage.value, targetLanguage.value, MemoryKey.hash(memoryKey)]),
                       let rememberedSource = InlineCodec.decode(row["source_content"]), MemoryKey.make(rememberedSource) == memoryKey,
                       let rememberedTarget = InlineCodec.decode(row["target_content"]),
                       let target = MemoryKey.adapt(target: rememberedTarget, rememberedSource: rememberedSource, newSource: segment.content) {
                        try upsert(StoredTranslation(key: key, targetLanguage: targetLanguage, content: target, state: .translated,
                                                     origin: .memory, updatedAt: now), db)
                        summary.fromMemory += 1
                    } else {
                        summary.new += 1
                    }
                }
            }
            return summary
        }
    }

    /// A document's version: a hash of its block and segment ids in order, which change with
    /// its source text.
    public static func version(of document: Document) -> String {
        StableID.hash(document.blocks.map { block in block.id + ":" + block.segments.map(\.id).joined(separator: ",") }.joined(separator: ";"))
    }

    // MARK: Reading

    /// All documents, by id.
    public func documents() throws -> [StoredDocument] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM document ORDER BY id").map(Self.document(from:))
        }
    }

    /// A document by id, or nil.
    public func document(id: String) throws -> StoredDocument? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM document WHERE id = ?", arguments: [id]).map(Self.document(from:))
        }
    }

    /// The target languages a document was extracted for.
    public func targetLanguages(of documentID: String) throws -> [LanguageTag] {
        try database.read { db in
            try String.fetchAll(db, sql: "SELECT target_language FROM document_target WHERE document_id = ? ORDER BY target_language",
                                arguments: [documentID]).compactMap(LanguageTag.init)
        }
    }

    /// A document's segments in document order.
    public func segments(of documentID: String) throws -> [StoredSegment] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM segment WHERE document_id = ? ORDER BY block_position, position",
                             arguments: [documentID]).map { row in
                StoredSegment(
                    key: SegmentKey(documentID: row["document_id"], blockID: row["block_id"], segmentID: row["id"]),
                    blockPosition: row["block_position"], position: row["position"],
                    blockKind: BlockKind(row["block_kind"], level: row["block_level"], attribute: row["block_attribute"]),
                    source: (row["source_start"] as Int)..<(row["source_end"] as Int),
                    content: InlineCodec.decode(row["content"]) ?? [], sourceText: row["source_text"], words: row["words"])
            }
        }
    }

    /// A document's translations into a language, by segment.
    public func translations(of documentID: String, targetLanguage: LanguageTag) throws -> [SegmentKey: StoredTranslation] {
        try database.read { db in
            var result: [SegmentKey: StoredTranslation] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM translation WHERE document_id = ? AND target_language = ?",
                                        arguments: [documentID, targetLanguage.value]) {
                let translation = Self.translation(from: row)
                result[translation.key] = translation
            }
            return result
        }
    }

    /// Every translated segment into a language, across documents, with its source text, in
    /// document order.
    public func translatedSegments(targetLanguage: LanguageTag) throws -> [(key: SegmentKey, source: String, target: String)] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.document_id, s.block_id, s.id, s.source_text, t.content FROM segment s
                JOIN translation t ON t.document_id = s.document_id AND t.block_id = s.block_id AND t.segment_id = s.id
                WHERE t.target_language = ? ORDER BY s.document_id, s.block_position, s.position
                """, arguments: [targetLanguage.value]).map { row in
                (SegmentKey(documentID: row["document_id"], blockID: row["block_id"], segmentID: row["id"]), row["source_text"],
                 (InlineCodec.decode(row["content"]) ?? []).plainText)
            }
        }
    }

    /// Earlier translations of a segment that were replaced, oldest first.
    public func history(of key: SegmentKey, targetLanguage: LanguageTag) throws -> [StoredTranslation] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM translation_history WHERE document_id = ? AND block_id = ? AND segment_id = ? AND target_language = ? ORDER BY id
                """, arguments: [key.documentID, key.blockID, key.segmentID, targetLanguage.value]).map(Self.translation(from:))
        }
    }

    // MARK: Import

    /// A translation to store.
    public struct TranslationUpdate: Sendable, Equatable {
        public var key: SegmentKey
        public var content: [Inline]
        public var state: TranslationState

        public init(key: SegmentKey, content: [Inline], state: TranslationState) {
            self.key = key
            self.content = content
            self.state = state
        }
    }

    /// What an import changed.
    public struct ImportSummary: Sendable, Equatable {
        /// Segments that had no translation before.
        public var added = 0
        /// Segments whose translation or state changed (the old one is in the history).
        public var changed = 0
        /// Segments whose translation and state were already exactly these.
        public var unchanged = 0

        public init(added: Int = 0, changed: Int = 0, unchanged: Int = 0) {
            self.added = added
            self.changed = changed
            self.unchanged = unchanged
        }
    }

    /// Stores translations in one transaction: a changed translation's earlier version goes to
    /// the history; translated and final targets feed the translation memory.
    public func importTranslations(_ updates: [TranslationUpdate], targetLanguage: LanguageTag) throws -> ImportSummary {
        let now = Self.now()
        return try write { db in
            var summary = ImportSummary()
            // One read per document of what is there, instead of one query per segment.
            var sources: [SegmentKey: (content: String, language: String)] = [:]
            var existing: [SegmentKey: StoredTranslation] = [:]
            for documentID in Set(updates.map(\.key.documentID)) {
                for row in try Row.fetchAll(db, sql: """
                    SELECT s.block_id, s.id, s.content, d.source_language FROM segment s JOIN document d ON d.id = s.document_id
                    WHERE s.document_id = ?
                    """, arguments: [documentID]) {
                    sources[SegmentKey(documentID: documentID, blockID: row["block_id"], segmentID: row["id"])] = (row["content"], row["source_language"])
                }
                for row in try Row.fetchAll(db, sql: "SELECT * FROM translation WHERE document_id = ? AND target_language = ?",
                                            arguments: [documentID, targetLanguage.value]) {
                    let translation = Self.translation(from: row)
                    existing[translation.key] = translation
                }
            }
            let remember = try db.makeStatement(sql: """
                INSERT INTO memory (source_language, target_language, key_hash, source_content, target_content, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(source_language, target_language, key_hash) DO UPDATE SET
                    source_content = excluded.source_content, target_content = excluded.target_content, updated_at = excluded.updated_at
                """)
            for update in updates {
                guard let source = sources[update.key] else {
                    throw StoreError(message: "no segment \(update.key) in the store; extract the document again")
                }
                let encoded = InlineCodec.encode(update.content)
                if let current = existing[update.key] {
                    if InlineCodec.encode(current.content) == encoded && current.state == update.state && current.origin == .import {
                        summary.unchanged += 1
                        continue
                    }
                    try retire(update.key, targetLanguage: targetLanguage, reason: "replaced by import", now: now, db)
                    summary.changed += 1
                } else {
                    summary.added += 1
                }
                try upsert(StoredTranslation(key: update.key, targetLanguage: targetLanguage, content: update.content, state: update.state,
                                             origin: .import, updatedAt: now), db)
                if update.state == .translated || update.state == .final, let sourceContent = InlineCodec.decode(source.content) {
                    try remember.execute(arguments: [source.language, targetLanguage.value, MemoryKey.hash(MemoryKey.make(sourceContent)),
                                                     source.content, encoded, now])
                }
            }
            return summary
        }
    }

    // MARK: Status

    /// Progress of one document into one language.
    public struct DocumentStatus: Sendable, Equatable {
        public var documentID: String
        public var targetLanguage: LanguageTag
        public var segments = 0
        public var words = 0
        /// Segments translated or final.
        public var translated = 0
        public var translatedWords = 0
        public var needsReview = 0
        public var untranslated = 0
        public var final = 0

        public init(documentID: String, targetLanguage: LanguageTag) {
            self.documentID = documentID
            self.targetLanguage = targetLanguage
        }

        /// Translated words as a share of all words, 0–100.
        public var percent: Double { words == 0 ? 0 : Double(translatedWords) * 100 / Double(words) }
    }

    /// Progress per document and target language, for one language or all.
    public func status(targetLanguage: LanguageTag? = nil) throws -> [DocumentStatus] {
        try database.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT dt.document_id, dt.target_language, s.words, t.state
                FROM document_target dt
                JOIN segment s ON s.document_id = dt.document_id
                LEFT JOIN translation t ON t.document_id = s.document_id AND t.block_id = s.block_id AND t.segment_id = s.id
                    AND t.target_language = dt.target_language
                WHERE ?1 IS NULL OR dt.target_language = ?1
                ORDER BY dt.document_id, dt.target_language
                """, arguments: [targetLanguage?.value])
            var result: [DocumentStatus] = []
            for row in rows {
                let documentID: String = row["document_id"]
                let language = LanguageTag(row["target_language"]) ?? .persian
                if result.last?.documentID != documentID || result.last?.targetLanguage != language {
                    result.append(DocumentStatus(documentID: documentID, targetLanguage: language))
                }
                let words: Int = row["words"]
                result[result.count - 1].segments += 1
                result[result.count - 1].words += words
                switch (row["state"] as String?).flatMap(TranslationState.init) {
                case .translated?:
                    result[result.count - 1].translated += 1
                    result[result.count - 1].translatedWords += words
                case .final?:
                    result[result.count - 1].translated += 1
                    result[result.count - 1].final += 1
                    result[result.count - 1].translatedWords += words
                case .needsReview?:
                    result[result.count - 1].needsReview += 1
                case .new?, nil:
                    result[result.count - 1].untranslated += 1
                }
            }
            return result
        }
    }

    // MARK: Rows

    private func upsert(_ translation: StoredTranslation, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO translation (document_id, block_id, segment_id, target_language, content, state, origin, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(document_id, block_id, segment_id, target_language) DO UPDATE SET
                content = excluded.content, state = excluded.state, origin = excluded.origin, updated_at = excluded.updated_at
            """).execute(arguments: [translation.key.documentID, translation.key.blockID, translation.key.segmentID, translation.targetLanguage.value,
                                     InlineCodec.encode(translation.content), translation.state.rawValue, translation.origin.rawValue,
                                     translation.updatedAt])
    }

    /// Moves a translation to the history.
    private func retire(_ key: SegmentKey, targetLanguage: LanguageTag, reason: String, now: String, _ db: Database) throws {
        let arguments: StatementArguments = [key.documentID, key.blockID, key.segmentID, targetLanguage.value]
        try db.cachedStatement(sql: """
            INSERT INTO translation_history (document_id, block_id, segment_id, target_language, content, state, origin,
                updated_at, replaced_at, reason)
            SELECT document_id, block_id, segment_id, target_language, content, state, origin, updated_at, ?, ?
            FROM translation WHERE document_id = ? AND block_id = ? AND segment_id = ? AND target_language = ?
            """).execute(arguments: [now, reason] + arguments)
        try db.cachedStatement(sql: "DELETE FROM translation WHERE document_id = ? AND block_id = ? AND segment_id = ? AND target_language = ?")
            .execute(arguments: arguments)
    }

    private static func document(from row: Row) -> StoredDocument {
        StoredDocument(id: row["id"], path: row["path"], format: DocumentFormat(rawValue: row["format"]) ?? .plainText,
                       sourceLanguage: LanguageTag(row["source_language"]) ?? .english, version: row["version"],
                       skeleton: Array((row["skeleton"] as Data?) ?? Data()), extractedAt: row["extracted_at"])
    }

    private static func translation(from row: Row) -> StoredTranslation {
        StoredTranslation(key: SegmentKey(documentID: row["document_id"], blockID: row["block_id"], segmentID: row["segment_id"]),
                          targetLanguage: LanguageTag(row["target_language"]) ?? .persian, content: InlineCodec.decode(row["content"]) ?? [],
                          state: TranslationState(rawValue: row["state"]) ?? .new, origin: TranslationOrigin(rawValue: row["origin"]) ?? .import,
                          updatedAt: row["updated_at"])
    }
}

/// A store that cannot be opened or written, with what to do.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
