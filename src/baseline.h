/* baseline.h: findings accepted earlier, matched by file, rule, owner and
 * record, never by line number. */
#ifndef ZL_BASELINE_H
#define ZL_BASELINE_H

#include "diag.h"

/* Writes the findings as a baseline; -1 (with a message) on failure. */
int zl_baseline_write(const char *path, const struct zl_diags *d);
/* Drops the findings the baseline at path holds (each entry once);
 * -1 (with a message) when it cannot be read. */
int zl_baseline_apply(const char *path, struct zl_diags *d);

#endif
