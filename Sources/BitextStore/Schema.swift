import GRDB

/// The store's schema, as named migrations: a database at any earlier version is brought up
/// to date on open, and a migration, once shipped, is never edited.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, segments, translations, memory, history") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id TEXT PRIMARY KEY NOT NULL,
                    path TEXT NOT NULL,
                    format TEXT NOT NULL,
                    source_language TEXT NOT NULL,
                    version TEXT NOT NULL,
                    skeleton BLOB NOT NULL,
                    extracted_at TEXT NOT NULL
                );
                CREATE TABLE document_target (
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    target_language TEXT NOT NULL,
                    PRIMARY KEY (document_id, target_language)
                );
                CREATE TABLE segment (
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    block_id TEXT NOT NULL,
                    id TEXT NOT NULL,
                    block_position INTEGER NOT NULL,
                    position INTEGER NOT NULL,
                    block_kind TEXT NOT NULL,
                    block_level INTEGER,
                    block_attribute TEXT,
                    source_start INTEGER NOT NULL,
                    source_end INTEGER NOT NULL,
                    content TEXT NOT NULL,
                    source_text TEXT NOT NULL,
                    words INTEGER NOT NULL,
                    PRIMARY KEY (document_id, block_id, id)
                );
                CREATE INDEX segment_order ON segment(document_id, block_position, position);
                CREATE TABLE translation (
                    document_id TEXT NOT NULL,
                    block_id TEXT NOT NULL,
                    segment_id TEXT NOT NULL,
                    target_language TEXT NOT NULL,
                    content TEXT NOT NULL,
                    state TEXT NOT NULL,
                    origin TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    PRIMARY KEY (document_id, block_id, segment_id, target_language)
                );
                CREATE TABLE memory (
                    source_language TEXT NOT NULL,
                    target_language TEXT NOT NULL,
                    key_hash TEXT NOT NULL,
                    source_content TEXT NOT NULL,
                    target_content TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    PRIMARY KEY (source_language, target_language, key_hash)
                );
                CREATE TABLE translation_history (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    document_id TEXT NOT NULL,
                    block_id TEXT NOT NULL,
                    segment_id TEXT NOT NULL,
                    target_language TEXT NOT NULL,
                    content TEXT NOT NULL,
                    state TEXT NOT NULL,
                    origin TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    replaced_at TEXT NOT NULL,
                    reason TEXT NOT NULL
                );
                CREATE INDEX translation_history_segment ON translation_history(document_id, block_id, segment_id);
                """)
        }
        return migrator
    }
}
