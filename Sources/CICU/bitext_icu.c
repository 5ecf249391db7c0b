#include "bitext_icu.h"

#include <string.h>
#include <unicode/ubidi.h>
#include <unicode/ubrk.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/uloc.h>
#include <unicode/unorm2.h>
#include <unicode/uregex.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

const char *bitext_icu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

void bitext_icu_version(char *buffer, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    if (capacity > 0) {
        strncpy(buffer, text, (size_t)capacity - 1);
        buffer[capacity - 1] = 0;
    }
}

int32_t bitext_icu_locale_for_language_tag(const char *tag, char *buffer, int32_t capacity, int32_t *parsed, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t length = uloc_forLanguageTag(tag, buffer, capacity, parsed, &code);
    *status = code;
    return length;
}

// MARK: Break iteration

void *bitext_icu_break_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &code);
    *status = code;
    return U_FAILURE(code) ? NULL : iterator;
}

void bitext_icu_break_set_text(void *iterator, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)iterator, (const UChar *)text, length, &code);
    *status = code;
}

int32_t bitext_icu_break_first(void *iterator) { return ubrk_first((UBreakIterator *)iterator); }

int32_t bitext_icu_break_next(void *iterator) {
    int32_t next = ubrk_next((UBreakIterator *)iterator);
    return next == UBRK_DONE ? -1 : next;
}

int32_t bitext_icu_break_rule_status(void *iterator) { return ubrk_getRuleStatus((UBreakIterator *)iterator); }

int32_t bitext_icu_break_next_many(void *iterator, int32_t *boundaries, int32_t capacity) {
    int32_t count = 0;
    while (count < capacity) {
        int32_t next = ubrk_next((UBreakIterator *)iterator);
        if (next == UBRK_DONE) break;
        boundaries[count++] = next;
    }
    return count;
}

void bitext_icu_break_close(void *iterator) { ubrk_close((UBreakIterator *)iterator); }

// MARK: Normalization

static const UNormalizer2 *normalizer_for(int32_t form, UErrorCode *code) {
    switch (form) {
    case BITEXT_ICU_NFC: return unorm2_getNFCInstance(code);
    case BITEXT_ICU_NFD: return unorm2_getNFDInstance(code);
    case BITEXT_ICU_NFKC: return unorm2_getNFKCInstance(code);
    case BITEXT_ICU_NFKD: return unorm2_getNFKDInstance(code);
    default: *code = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
    }
}

int32_t bitext_icu_normalize(int32_t form, const uint16_t *source, int32_t length,
                             uint16_t *destination, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = normalizer_for(form, &code);
    int32_t result = 0;
    if (U_SUCCESS(code)) {
        result = unorm2_normalize(normalizer, (const UChar *)source, length, (UChar *)destination, capacity, &code);
    }
    *status = code;
    return result;
}

int32_t bitext_icu_is_normalized(int32_t form, const uint16_t *source, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = normalizer_for(form, &code);
    UBool result = 0;
    if (U_SUCCESS(code)) result = unorm2_isNormalized(normalizer, (const UChar *)source, length, &code);
    *status = code;
    return result ? 1 : 0;
}

// MARK: Transforms

void *bitext_icu_transform_open(const uint16_t *id, int32_t id_length, const uint16_t *text, int32_t text_length,
                                int32_t is_rules, int32_t *parse_line, int32_t *parse_offset, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parse_error;
    memset(&parse_error, 0, sizeof parse_error);
    UTransliterator *transform;
    if (is_rules) {
        transform = utrans_openU((const UChar *)id, id_length, UTRANS_FORWARD, (const UChar *)text, text_length,
                                 &parse_error, &code);
    } else {
        transform = utrans_openU((const UChar *)id, id_length, UTRANS_FORWARD, NULL, -1, &parse_error, &code);
    }
    *parse_line = parse_error.line;
    *parse_offset = parse_error.offset;
    *status = code;
    return U_FAILURE(code) ? NULL : transform;
}

int32_t bitext_icu_transform_apply(void *transform, uint16_t *buffer, int32_t *length, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t limit = *length;
    utrans_transUChars((UTransliterator *)transform, (UChar *)buffer, length, capacity, 0, &limit, &code);
    *status = code;
    return *length;
}

void bitext_icu_transform_close(void *transform) { utrans_close((UTransliterator *)transform); }

// MARK: Regular expressions

void *bitext_icu_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags,
                            int32_t *parse_line, int32_t *parse_offset, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parse_error;
    memset(&parse_error, 0, sizeof parse_error);
    URegularExpression *regex = uregex_open((const UChar *)pattern, length, flags, &parse_error, &code);
    *parse_line = parse_error.line;
    *parse_offset = parse_error.offset;
    *status = code;
    return U_FAILURE(code) ? NULL : regex;
}

void bitext_icu_regex_set_text(void *regex, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    uregex_setText((URegularExpression *)regex, (const UChar *)text, length, &code);
    *status = code;
}

void bitext_icu_regex_set_region(void *regex, int32_t start, int32_t limit, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    uregex_setRegion((URegularExpression *)regex, start, limit, &code);
    *status = code;
}

int32_t bitext_icu_regex_find(void *regex, int32_t start, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBool found = start < 0 ? uregex_findNext((URegularExpression *)regex, &code)
                            : uregex_find((URegularExpression *)regex, start, &code);
    *status = code;
    return found ? 1 : 0;
}

int32_t bitext_icu_regex_looking_at(void *regex, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBool found = uregex_lookingAt((URegularExpression *)regex, -1, &code);
    *status = code;
    return found ? 1 : 0;
}

int32_t bitext_icu_regex_matches(void *regex, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBool found = uregex_matches((URegularExpression *)regex, -1, &code);
    *status = code;
    return found ? 1 : 0;
}

int32_t bitext_icu_regex_start(void *regex, int32_t group, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t result = uregex_start((URegularExpression *)regex, group, &code);
    *status = code;
    return result;
}

int32_t bitext_icu_regex_end(void *regex, int32_t group, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t result = uregex_end((URegularExpression *)regex, group, &code);
    *status = code;
    return result;
}

int32_t bitext_icu_regex_group_count(void *regex, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t result = uregex_groupCount((URegularExpression *)regex, &code);
    *status = code;
    return result;
}

void bitext_icu_regex_close(void *regex) { uregex_close((URegularExpression *)regex); }

// MARK: Bidi

void *bitext_icu_bidi_open(const uint16_t *text, int32_t length, int32_t paragraph_level, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBiDi *bidi = ubidi_openSized(length, 0, &code);
    if (U_SUCCESS(code)) {
        UBiDiLevel level = paragraph_level < 0 ? UBIDI_DEFAULT_LTR : (UBiDiLevel)paragraph_level;
        ubidi_setPara(bidi, (const UChar *)text, length, level, NULL, &code);
    }
    *status = code;
    if (U_FAILURE(code)) {
        if (bidi) ubidi_close(bidi);
        return NULL;
    }
    return bidi;
}

int32_t bitext_icu_bidi_paragraph_level(void *bidi) { return ubidi_getParaLevel((UBiDi *)bidi); }

int32_t bitext_icu_bidi_logical_runs(void *bidi, int32_t *starts, int32_t *levels, int32_t capacity) {
    int32_t count = 0, position = 0, length = ubidi_getLength((UBiDi *)bidi);
    while (position < length) {
        int32_t limit = 0;
        UBiDiLevel level = 0;
        ubidi_getLogicalRun((UBiDi *)bidi, position, &limit, &level);
        if (count < capacity) {
            starts[count] = position;
            levels[count] = level;
        }
        position = limit;
        count++;
    }
    return count;
}

void bitext_icu_bidi_close(void *bidi) { ubidi_close((UBiDi *)bidi); }

int32_t bitext_icu_base_direction(const uint16_t *text, int32_t length) {
    return (int32_t)ubidi_getBaseDirection((const UChar *)text, length);
}

// MARK: Dates

int32_t bitext_icu_format_date(const char *locale, int32_t year, int32_t month, int32_t day,
                               const uint16_t *pattern, int32_t pattern_length,
                               uint16_t *out, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    static const UChar utc[] = {'U', 'T', 'C', 0};
    UCalendar *calendar = ucal_open(utc, -1, "en_US@calendar=gregorian", UCAL_GREGORIAN, &code);
    int32_t length = 0;
    if (U_SUCCESS(code)) {
        ucal_clear(calendar);
        ucal_setDateTime(calendar, year, month - 1, day, 12, 0, 0, &code);
        UDate date = ucal_getMillis(calendar, &code);
        UDateFormat *format = udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, utc, -1, (const UChar *)pattern, pattern_length, &code);
        if (U_SUCCESS(code)) {
            length = udat_format(format, date, (UChar *)out, capacity, NULL, &code);
            udat_close(format);
        }
        ucal_close(calendar);
    }
    *status = code;
    return length;
}
