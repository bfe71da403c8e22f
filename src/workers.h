/* workers.h: threads the rules may use for long, independent work
 * (zl_parallel in zonelint.h), started on first use.  Not the reader's
 * pool, which may be parsing while the rules run. */
#ifndef ZL_WORKERS_H
#define ZL_WORKERS_H

#include <stdbool.h>
#include <stddef.h>

struct zl_workers {
	struct zl_pool *pool;  /* -j threads less the caller's; NULL: none */
	bool tried;
};

/* Runs fn(arg, i) for every i in [0, n), on the threads -j jobs gives as
 * the scheduler fits it (jobs 0: one per core), and waits for them. */
void zl_workers_run(struct zl_workers *w, int jobs,
    void (*fn)(void *arg, size_t i), void *arg, size_t n);
void zl_workers_free(struct zl_workers *w);

#endif
