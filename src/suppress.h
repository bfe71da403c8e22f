/* suppress.h: the "; zonelint: ignore RULES" comments of a run, and which
 * findings they cover. */
#ifndef ZL_SUPPRESS_H
#define ZL_SUPPRESS_H

#include <stdbool.h>
#include <stddef.h>

#include "zonelint.h"

struct zl_suppression {
	struct zl_loc at;        /* the comment */
	char *rules;             /* "id,glob-*" */
	uint32_t first, last;    /* record lines; 0, 0 for the whole file */
	bool whole_file, used;
};

struct zl_suppressions {
	struct zl_suppression *v;
	size_t count, cap;
};

/* Adds one; returns its number. */
size_t zl_suppress_add(struct zl_suppressions *s, struct zl_loc at,
    const char *rules, size_t len, bool whole_file);
/* The lines of the record suppression n covers. */
void zl_suppress_bind(struct zl_suppressions *s, size_t n, uint32_t first_line,
    uint32_t last_line);
/* Whether a finding of rule id at loc is suppressed; marks the
 * suppressions that cover it used. */
bool zl_suppress_covers(struct zl_suppressions *s, struct zl_loc loc,
    const char *id);
/* Whether rule id is in the comma-separated list of ids and globs. */
bool zl_suppress_lists(const char *list, const char *id);
void zl_suppress_free(struct zl_suppressions *s);

#endif
