/*
 * pool.c: see pool.h.
 *
 * Iterations are claimed in small chunks from an atomic counter, so the
 * workers and the caller share a loop without a queue; a generation
 * number tells sleeping workers that a new loop has started.  A loop ends
 * only when no worker is still inside it, so none can claim from the next
 * loop's counter with the last loop's bounds.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>

#include "diag.h"
#include "jobs.h"
#include "pool.h"

struct zl_pool {
	pthread_mutex_t lock;
	pthread_cond_t work;     /* a loop started, or shutting down */
	pthread_cond_t done;     /* the last iteration finished */
	unsigned long generation;
	bool stop;
	void (*fn)(void *arg, size_t i);
	void *arg;
	size_t n;
	size_t chunk;            /* iterations claimed at once */
	atomic_size_t next;      /* first iteration not yet claimed */
	atomic_size_t finished;  /* iterations completed */
	unsigned active;         /* workers inside the loop */
	pthread_t *threads;
	unsigned nthreads;
};

/* Claims and runs chunks until none are left. */
static void
run_chunks(struct zl_pool *p)
{
	for (;;) {
		size_t i = atomic_fetch_add(&p->next, p->chunk);
		if (i >= p->n)
			return;
		size_t end = i + p->chunk < p->n ? i + p->chunk : p->n;
		for (size_t k = i; k < end; k++)
			p->fn(p->arg, k);
		if (atomic_fetch_add(&p->finished, end - i) + (end - i) == p->n) {
			pthread_mutex_lock(&p->lock);
			pthread_cond_broadcast(&p->done);
			pthread_mutex_unlock(&p->lock);
		}
	}
}

static void *
worker(void *arg)
{
	struct zl_pool *p = arg;
	unsigned long seen = 0;
	pthread_mutex_lock(&p->lock);
	for (;;) {
		while (!p->stop && p->generation == seen)
			pthread_cond_wait(&p->work, &p->lock);
		if (p->stop)
			break;
		seen = p->generation;
		p->active++;
		pthread_mutex_unlock(&p->lock);
		run_chunks(p);
		pthread_mutex_lock(&p->lock);
		if (--p->active == 0)
			pthread_cond_broadcast(&p->done);
	}
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

struct zl_pool *
zl_pool_new(unsigned workers)
{
	struct zl_pool *p = zl_xcalloc(1, sizeof *p);
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->work, NULL);
	pthread_cond_init(&p->done, NULL);
	atomic_init(&p->next, 0);
	atomic_init(&p->finished, 0);
	p->threads = zl_xcalloc(workers, sizeof *p->threads);
	pthread_attr_t attr;
	zl_thread_attr(&attr);
	for (unsigned i = 0; i < workers; i++) {
		if (pthread_create(&p->threads[i], &attr, worker, p) != 0)
			break;
		p->nthreads++;
	}
	pthread_attr_destroy(&attr);
	if (p->nthreads == 0) {
		zl_pool_free(p);
		return NULL;
	}
	return p;
}

void
zl_pool_free(struct zl_pool *p)
{
	if (p == NULL)
		return;
	pthread_mutex_lock(&p->lock);
	p->stop = true;
	pthread_cond_broadcast(&p->work);
	pthread_mutex_unlock(&p->lock);
	for (unsigned i = 0; i < p->nthreads; i++)
		pthread_join(p->threads[i], NULL);
	pthread_cond_destroy(&p->work);
	pthread_cond_destroy(&p->done);
	pthread_mutex_destroy(&p->lock);
	free(p->threads);
	free(p);
}

static void
start(struct zl_pool *p, void (*fn)(void *arg, size_t i), void *arg,
    size_t n, size_t chunk)
{
	pthread_mutex_lock(&p->lock);
	while (p->active > 0) /* a late riser still in the last loop */
		pthread_cond_wait(&p->done, &p->lock);
	p->fn = fn;
	p->arg = arg;
	p->n = n;
	p->chunk = chunk;
	atomic_store(&p->finished, 0);
	atomic_store(&p->next, 0);
	p->generation++;
	pthread_cond_broadcast(&p->work);
	pthread_mutex_unlock(&p->lock);
}

void
zl_pool_start(struct zl_pool *p, void (*fn)(void *arg, size_t i), void *arg,
    size_t n)
{
	start(p, fn, arg, n, 16); /* a record's parse is short: claim 16 */
}

void
zl_pool_start_each(struct zl_pool *p, void (*fn)(void *arg, size_t i),
    void *arg, size_t n)
{
	start(p, fn, arg, n, 1);
}

void
zl_pool_finish(struct zl_pool *p)
{
	run_chunks(p);
	pthread_mutex_lock(&p->lock);
	while (atomic_load(&p->finished) < p->n || p->active > 0)
		pthread_cond_wait(&p->done, &p->lock);
	pthread_mutex_unlock(&p->lock);
}
