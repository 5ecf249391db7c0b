/// Where a segment stands in translation.
public enum TranslationState: String, Sendable, CaseIterable, Codable {
    /// Not translated yet.
    case new
    /// Translated, not yet reviewed.
    case translated
    /// Translated, but a reviewer (or a fuzzy match) says it needs another look.
    case needsReview = "needs-review"
    /// Reviewed and signed off.
    case final
}
