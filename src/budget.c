/* budget.c: see budget.h. */
#include "budget.h"

void
zl_budget_init(struct zl_budget *b, const struct zl_options *opt)
{
	b->max_generated = zl_limit_generated(opt);
	b->max_includes = zl_limit_includes(opt);
	b->max_include_bytes = zl_limit_include_bytes(opt);
	atomic_init(&b->generated, 0);
	atomic_init(&b->include_reads, 0);
	atomic_init(&b->include_bytes, 0);
}

bool
zl_budget_take_generated(struct zl_budget *b, unsigned long long n)
{
	unsigned long long used = atomic_load(&b->generated);
	do {
		if (n > b->max_generated - used)
			return false;
	} while (!atomic_compare_exchange_weak(&b->generated, &used, used + n));
	return true;
}

bool
zl_budget_take_include(struct zl_budget *b, unsigned long long bytes)
{
	unsigned long reads = atomic_fetch_add(&b->include_reads, 1) + 1;
	unsigned long long sum = atomic_fetch_add(&b->include_bytes, bytes) +
	    bytes;
	return reads <= b->max_includes && sum <= b->max_include_bytes;
}
