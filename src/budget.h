/* budget.h: what one run may spend on input that multiplies itself:
 * records made by $GENERATE and files read by $INCLUDE (--limit).  Any
 * thread may take from it. */
#ifndef ZL_BUDGET_H
#define ZL_BUDGET_H

#include <stdatomic.h>
#include <stdbool.h>

#include "options.h"

struct zl_budget {
	unsigned long long max_generated, max_includes, max_include_bytes;
	atomic_ullong generated;
	atomic_ulong include_reads;
	atomic_ullong include_bytes;
};

void zl_budget_init(struct zl_budget *b, const struct zl_options *opt);
/* Takes n generated records: false, taking none, when fewer are left. */
bool zl_budget_take_generated(struct zl_budget *b, unsigned long long n);
/* Counts one included read of bytes: false once either budget is spent. */
bool zl_budget_take_include(struct zl_budget *b, unsigned long long bytes);

#endif
