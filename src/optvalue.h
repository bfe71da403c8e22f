/* optvalue.h: the command line's option values that need reading
 * (--limit, --now, --stale-after), and the usage error they give. */
#ifndef ZL_OPTVALUE_H
#define ZL_OPTVALUE_H

#include "options.h"

/* Prints "zonelint: FMT; see zonelint --help" (fmt takes arg, its one
 * %s: callers pass literals) and returns
 * 2, the exit status of a usage error. */
int zl_usage_error(const char *fmt, const char *arg);
/* Each sets its field of opt from arg and returns 0, or returns
 * zl_usage_error's 2 with the reason. */
int zl_opt_limit(struct zl_options *opt, const char *arg);
int zl_opt_now(struct zl_options *opt, const char *arg);
int zl_opt_stale_after(struct zl_options *opt, const char *arg);
/* --fix-script FORMAT: *format becomes an enum zl_fixscript. */
int zl_opt_fix_script(int *format, const char *arg);

#endif
