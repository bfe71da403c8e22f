/* pool.h: worker threads that run one loop's iterations in parallel.
 *
 * The reader hands a batch of records to parse; the caller keeps working
 * (reading the next batch) and later joins in until the batch is done.
 * One loop at a time. */
#ifndef ZL_POOL_H
#define ZL_POOL_H

#include <stddef.h>

struct zl_pool;

/* A pool of workers threads (at least 1); NULL if none could start. */
struct zl_pool *zl_pool_new(unsigned workers);
void zl_pool_free(struct zl_pool *pool);

/* Starts fn(arg, i) for every i in [0, n) on the workers; returns at once. */
void zl_pool_start(struct zl_pool *pool, void (*fn)(void *arg, size_t i),
    void *arg, size_t n);
/* The same, handing out one iteration at a time: for few, long ones. */
void zl_pool_start_each(struct zl_pool *pool, void (*fn)(void *arg, size_t i),
    void *arg, size_t n);
/* Runs the loop's remaining iterations here too, then waits for all. */
void zl_pool_finish(struct zl_pool *pool);

#endif
