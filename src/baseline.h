/* baseline.h: findings accepted earlier, matched by file, rule, owner and
 * record, never by line number.
 *
 * A baseline comes from the repository being linted, so it is untrusted
 * input: reading is bounded in size and line length, and writing never
 * follows a symbolic link nor rewrites a file in place. */
#ifndef ZL_BASELINE_H
#define ZL_BASELINE_H

#include <stdbool.h>
#include <sys/types.h>

#include "diag.h"
#include "serials.h"

#define ZL_BASELINE_MAX_SIZE (64u << 20) /* bytes in a baseline */
#define ZL_BASELINE_MAX_LINE 65536u      /* bytes in one line, LF excluded */

/* The finding's key, one line without its LF: file, rule, then the record
 * or the message with "line N" made "line #"; control bytes other than
 * tab become spaces; a key longer than ZL_BASELINE_MAX_LINE is cut and
 * ends in a digest of the whole.  The caller frees it. */
char *zl_baseline_key(const struct zl_diag *g);

/* Drops the findings the baseline at path holds (each entry once); -1
 * (with a message on stderr) when it cannot be read (it is opened
 * confined, see confine.h), is not a regular file, or is over a bound. */
int zl_baseline_apply(const char *path, struct zl_diags *d);

/* Reads the zones' serials the baseline at path records (serials.h),
 * within the same bounds, into out, sorted; -1 (with a message) as
 * zl_baseline_apply.  A baseline written before serials has none. */
int zl_baseline_read_serials(const char *path, struct zl_serials *out);

/* Says whether the file (dev, ino) is one of the run's inputs. */
typedef bool zl_baseline_is_input(dev_t dev, ino_t ino, void *arg);

/* Writes the findings, and the zones' serials (may be NULL), as a
 * baseline named name (one component, no '/')
 * in the folder dirfd: refused when name is a symbolic link, not a
 * regular file, or a file is_input (may be NULL) says is an input;
 * else written to a new file beside it, then renamed over it.  -1 (with
 * a message on stderr naming display) on failure, with the old file as
 * it was and no temporary file left. */
int zl_baseline_write_at(int dirfd, const char *name, const char *display,
    const struct zl_diags *d, const struct zl_serials *serials,
    zl_baseline_is_input *is_input, void *arg);
/* The same for a path: its folder is opened here (following links). */
int zl_baseline_write(const char *path, const struct zl_diags *d,
    const struct zl_serials *serials, zl_baseline_is_input *is_input,
    void *arg);

/* An is_input for arg, a const struct zl_inputs *: compares with each
 * input path's file (following links; standard input never matches). */
bool zl_baseline_among_inputs(dev_t dev, ino_t ino, void *arg);

#endif
