/* srclines.h: the line each finding starts on, as written, for the HTML
 * report: each file is read again through the one confined open, once,
 * up to the last line a finding needs; only regular files (standard
 * input was read once and is gone, and a name it goes by is never
 * opened).  A line is kept up to
 * ZL_SRC_LINE_MAX bytes, the rest cut: the bound on what a hostile line
 * costs. */
#ifndef ZL_SRCLINES_H
#define ZL_SRCLINES_H

#include "diag.h"

#define ZL_SRC_LINE_MAX 1024

struct zl_zones;
/* One string or NULL for each finding of d, in d's order.  The top file
 * of a zone of zs read from standard input is not opened: its name is
 * only what standard input goes by (--stdin-filename). */
char **zl_source_lines(const struct zl_diags *d, const struct zl_zones *zs);
void zl_source_lines_free(char **lines, size_t count);

#endif
