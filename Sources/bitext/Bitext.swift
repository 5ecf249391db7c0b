import ArgumentParser
import BitextText

/// The `bitext` command: translation and bilingual publishing for English and Persian news.
@main
struct Bitext: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "bitext",
        abstract: "Translate and publish news articles between English and Persian.",
        discussion: """
        Bitext splits an article (plain text, Markdown or HTML) into translatable units,
        hands them to translators, takes translations back and publishes the result.
        """,
        version: "bitext \(version) (ICU \(ICU.version))",
        subcommands: [SegmentCommand.self, ExtractCommand.self, ValidateCommand.self, ImportCommand.self, StatusCommand.self, ExportCommand.self, AlignCommand.self, GlossaryCommand.self, NormalizeCommand.self]
    )
}
