/* workers.c: see workers.h. */
#include "workers.h"
#include "jobs.h"
#include "pool.h"

static struct zl_pool *
pool_of(struct zl_workers *w, int jobs)
{
	if (w->tried)
		return w->pool;
	w->tried = true;
	char why[128];
	long fit = zl_jobs_fit(jobs, zl_jobs_cores(), zl_jobs_as_limit(), why,
	    sizeof why);
	if (fit > 64)
		fit = 64;
	if (fit > 1)
		w->pool = zl_pool_new((unsigned)fit - 1);
	return w->pool;
}

void
zl_workers_run(struct zl_workers *w, int jobs,
    void (*fn)(void *arg, size_t i), void *arg, size_t n)
{
	struct zl_pool *pool = n > 1 ? pool_of(w, jobs) : NULL;
	if (pool == NULL) {
		for (size_t i = 0; i < n; i++)
			fn(arg, i);
		return;
	}
	zl_pool_start_each(pool, fn, arg, n);
	zl_pool_finish(pool);
}

void
zl_workers_free(struct zl_workers *w)
{
	zl_pool_free(w->pool);
	w->pool = NULL;
	w->tried = false;
}
