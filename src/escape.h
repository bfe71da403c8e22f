/* escape.h: bytes that came from input, as safe and valid UTF-8 text.
 *
 * Escaped are: every C0 control (TAB, LF, CR and ESC too), DEL, every
 * C1 control (U+0080-U+009F: UTF-8 terminals obey U+009B as CSI), the
 * bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069)
 * and every byte that is not part of valid UTF-8 (overlong forms,
 * surrogates, beyond U+10FFFF, cut-short sequences).  Printable ASCII and
 * other valid UTF-8 pass unchanged.  Text gets each escaped byte as \DDD,
 * as DNS presentation format writes an octet; file names as \xNN. */
#ifndef ZL_ESCAPE_H
#define ZL_ESCAPE_H

#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>

/* How many of the first n bytes of s pass unescaped, up to the first
 * that must be escaped (n when none must). */
size_t zl_escape_span(const char *s, size_t n);

/* Writes the first n bytes of s to fp, escaped as text. */
void zl_escape_text_write(FILE *fp, const char *s, size_t n);
/* Writes s escaped as text; a clean string costs one scan and one write. */
void zl_escape_text_put(FILE *fp, const char *s);
/* s, or its first n bytes, escaped as text, newly allocated. */
char *zl_escape_text(const char *s);
char *zl_escape_text_n(const char *s, size_t n);

/* Writes the file name s to fp escaped as \xNN, with "./" in front of a
 * relative name whose first character is not one of [A-Za-z0-9._/-], so
 * that no output line begins with text of the input's choosing. */
void zl_escape_path_put(FILE *fp, const char *s);
/* The file name s escaped, newly allocated. */
char *zl_escape_path(const char *s);

/* Prints one line to standard error: the formatted text escaped as
 * text (messages there name files and values from input too), then a
 * newline. */
void zl_eprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
