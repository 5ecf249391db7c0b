// A thin C shim over the system ICU C API. Swift sees only these declarations, which use
// plain <stdint.h> types and bitext_icu_* names: Foundation carries its own renamed ICU, so a
// Swift module cannot import <unicode/*.h> directly, and ICU's own names are version-suffixed
// macros. Every function reports failure through an int32_t status (ICU's UErrorCode value:
// <= 0 is success); bitext_icu_error_name turns it into ICU's name for the error.
#ifndef BITEXT_ICU_H
#define BITEXT_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU's symbolic name for a status code, such as "U_ILLEGAL_ARGUMENT_ERROR".
const char *bitext_icu_error_name(int32_t status);

/// The ICU version string, such as "72.1".
void bitext_icu_version(char *buffer, int32_t capacity);

/// Converts a BCP 47 language tag ("fa-IR") to an ICU locale id ("fa_IR"); returns its length
/// and sets `parsed` to how many bytes of the tag ICU understood.
int32_t bitext_icu_locale_for_language_tag(const char *tag, char *buffer, int32_t capacity, int32_t *parsed, int32_t *status);

// MARK: Break iteration

enum {
    BITEXT_ICU_BREAK_CHARACTER = 0,
    BITEXT_ICU_BREAK_WORD = 1,
    BITEXT_ICU_BREAK_LINE = 2,
    BITEXT_ICU_BREAK_SENTENCE = 3,
};

/// Opens a break iterator of the given kind for an ICU locale id (keywords such as
/// "@ss=standard" allowed). The text is set separately. Returns NULL on failure.
void *bitext_icu_break_open(int32_t kind, const char *locale, int32_t *status);
/// Points the iterator at UTF-16 text; the text must outlive the iteration.
void bitext_icu_break_set_text(void *iterator, const uint16_t *text, int32_t length, int32_t *status);
/// The first boundary (0).
int32_t bitext_icu_break_first(void *iterator);
/// The next boundary, or -1 when there is none.
int32_t bitext_icu_break_next(void *iterator);
/// The rule status of the boundary just returned (for word breaks: letter, number, none...).
int32_t bitext_icu_break_rule_status(void *iterator);
/// Fills `boundaries` with up to `capacity` following boundaries; returns how many were written
/// (fewer than `capacity` only at the end of the text).
int32_t bitext_icu_break_next_many(void *iterator, int32_t *boundaries, int32_t capacity);
void bitext_icu_break_close(void *iterator);

// MARK: Normalization

enum {
    BITEXT_ICU_NFC = 0,
    BITEXT_ICU_NFD = 1,
    BITEXT_ICU_NFKC = 2,
    BITEXT_ICU_NFKD = 3,
};

/// Normalizes UTF-16 text; returns the length of the result (which may exceed `capacity`, in
/// which case status is U_BUFFER_OVERFLOW_ERROR and the caller retries with a larger buffer).
int32_t bitext_icu_normalize(int32_t form, const uint16_t *source, int32_t length,
                             uint16_t *destination, int32_t capacity, int32_t *status);
/// Whether the text is already in the given normalization form (1) or not (0).
int32_t bitext_icu_is_normalized(int32_t form, const uint16_t *source, int32_t length, int32_t *status);

// MARK: Transforms

/// Compiles a transform. With `is_rules` = 1, `text` is rule source (ICU transform syntax);
/// otherwise it is a system transform id such as "Any-Latin". `parse_line` and `parse_offset`
/// receive the position of a syntax error. Returns NULL on failure.
void *bitext_icu_transform_open(const uint16_t *id, int32_t id_length, const uint16_t *text, int32_t text_length,
                                int32_t is_rules, int32_t *parse_line, int32_t *parse_offset, int32_t *status);
/// Transforms `buffer` in place: `*length` is the text length on entry and on return; returns
/// the required capacity (status U_BUFFER_OVERFLOW_ERROR when it exceeds `capacity`).
int32_t bitext_icu_transform_apply(void *transform, uint16_t *buffer, int32_t *length, int32_t capacity, int32_t *status);
void bitext_icu_transform_close(void *transform);

// MARK: Regular expressions

/// Compiles an ICU regular expression with ICU's UREGEX_* flags.
void *bitext_icu_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags,
                            int32_t *parse_line, int32_t *parse_offset, int32_t *status);
/// Sets the subject text; the text must outlive the matching.
void bitext_icu_regex_set_text(void *regex, const uint16_t *text, int32_t length, int32_t *status);
/// Limits matching to [start, limit); with anchoring bounds, ^ and $ match at the region edges.
void bitext_icu_regex_set_region(void *regex, int32_t start, int32_t limit, int32_t *status);
/// Finds the next match starting at `start` (or continuing when start < 0); returns 1 or 0.
int32_t bitext_icu_regex_find(void *regex, int32_t start, int32_t *status);
/// Whether the region starting at its start matches the pattern as a prefix; returns 1 or 0.
int32_t bitext_icu_regex_looking_at(void *regex, int32_t *status);
/// Whether the whole region matches; returns 1 or 0.
int32_t bitext_icu_regex_matches(void *regex, int32_t *status);
int32_t bitext_icu_regex_start(void *regex, int32_t group, int32_t *status);
int32_t bitext_icu_regex_end(void *regex, int32_t group, int32_t *status);
int32_t bitext_icu_regex_group_count(void *regex, int32_t *status);
void bitext_icu_regex_close(void *regex);

// MARK: Bidi

/// Runs the Unicode bidi algorithm over a paragraph. `paragraph_level` is 0 (LTR), 1 (RTL) or
/// -1 to take it from the first strong character. Returns NULL on failure.
void *bitext_icu_bidi_open(const uint16_t *text, int32_t length, int32_t paragraph_level, int32_t *status);
/// The resolved paragraph level (0 or 1).
int32_t bitext_icu_bidi_paragraph_level(void *bidi);
/// Writes the logical runs (maximal stretches of one embedding level) as their start offsets and
/// levels, up to `capacity` of them; returns the number of runs (which may exceed `capacity`).
int32_t bitext_icu_bidi_logical_runs(void *bidi, int32_t *starts, int32_t *levels, int32_t capacity);
void bitext_icu_bidi_close(void *bidi);
/// The base direction of a text by its first strong character: 0 LTR, 1 RTL, 3 neutral.
int32_t bitext_icu_base_direction(const uint16_t *text, int32_t length);

// MARK: Dates

/// Formats a Gregorian calendar date (month 1–12) with an ICU date pattern in a locale, which
/// may name another calendar ("fa_IR@calendar=persian"). Returns the length written to `out`.
int32_t bitext_icu_format_date(const char *locale, int32_t year, int32_t month, int32_t day,
                               const uint16_t *pattern, int32_t pattern_length,
                               uint16_t *out, int32_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
