/* baseline.h: findings accepted earlier, matched by file, rule, owner and
 * record, never by line number.
 *
 * A baseline comes from the repository being linted, so it is untrusted
 * input: reading is bounded in size and line length. */
#ifndef ZL_BASELINE_H
#define ZL_BASELINE_H

#include "diag.h"

#define ZL_BASELINE_MAX_SIZE (64u << 20) /* bytes in a baseline */
#define ZL_BASELINE_MAX_LINE 65536u      /* bytes in one line, LF excluded */

/* The finding's key, one line without its LF: file, rule, then the record
 * or the message with "line N" made "line #"; control bytes other than
 * tab become spaces; a key longer than ZL_BASELINE_MAX_LINE is cut and
 * ends in a digest of the whole.  The caller frees it. */
char *zl_baseline_key(const struct zl_diag *g);

/* Drops the findings the baseline holds (each entry once); -1 (with a
 * message on stderr naming display) when it cannot be read, is not a
 * regular file, or is over a bound.  name is opened relative to dirfd
 * (AT_FDCWD, or a folder the caller has checked). */
int zl_baseline_apply_at(int dirfd, const char *name, const char *display,
    struct zl_diags *d);
int zl_baseline_apply(const char *path, struct zl_diags *d);

/* Writes the findings as a baseline; -1 (with a message) on failure. */
int zl_baseline_write(const char *path, const struct zl_diags *d);

#endif
