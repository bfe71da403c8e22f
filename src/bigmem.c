/* bigmem.c: see bigmem.h. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "bigmem.h"
#include "diag.h"
#include "jobs.h"

#define HUGE_PAGE (2u << 20)
#define PAGE 4096u
#define QUEUE 16 /* requests waiting; more are dropped */

void *
zl_big_alloc(size_t size)
{
	if (size < ZL_BIG_MIN)
		return zl_xcalloc(1, size);
	/* map a huge page more, to start on a huge-page boundary */
	size_t len = size + HUGE_PAGE;
	char *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) {
		fputs("zonelint: out of memory\n", stderr);
		exit(2);
	}
	char *start = (char *)(((uintptr_t)p + HUGE_PAGE - 1) &
	    ~(uintptr_t)(HUGE_PAGE - 1));
	if (start > p)
		munmap(p, (size_t)(start - p));
	size_t tail = len - (size_t)(start - p) - size;
	if (tail > 0)
		munmap(start + size, tail);
#ifdef MADV_HUGEPAGE
	madvise(start, size, MADV_HUGEPAGE);
#endif
	return start;
}

/* The helper: one thread, a small queue of ranges, and the range it is
 * faulting in now, so a block is never unmapped under it. */
struct range {
	uintptr_t start, end;
};

struct zl_prefaulter {
	pthread_mutex_t lock;
	pthread_cond_t wake;     /* a request came, or stop */
	pthread_cond_t idle;     /* the current range is done */
	pthread_t thread;
	bool stop;
	struct range q[QUEUE];
	unsigned head, n;
	struct range busy;       /* {0, 0} when none */
	atomic_bool running;     /* also read without the lock */
};

static bool
overlaps(struct range a, struct range b)
{
	return a.start < b.end && b.start < a.end;
}

static void *
helper_main(void *arg)
{
	struct zl_prefaulter *h = arg;
	pthread_mutex_lock(&h->lock);
	for (;;) {
		while (!h->stop && h->n == 0)
			pthread_cond_wait(&h->wake, &h->lock);
		if (h->stop)
			break;
		h->busy = h->q[h->head];
		h->head = (h->head + 1) % QUEUE;
		h->n--;
		pthread_mutex_unlock(&h->lock);
#ifdef MADV_POPULATE_WRITE
		/* the kernel writes nothing: a page is only made present */
		madvise((void *)h->busy.start,
		    h->busy.end - h->busy.start, MADV_POPULATE_WRITE);
#endif
		pthread_mutex_lock(&h->lock);
		h->busy = (struct range){0, 0};
		pthread_cond_broadcast(&h->idle);
	}
	pthread_mutex_unlock(&h->lock);
	return NULL;
}

struct zl_prefaulter *
zl_prefaulter_new(void)
{
	struct zl_prefaulter *h = zl_xcalloc(1, sizeof *h);
	pthread_mutex_init(&h->lock, NULL);
	pthread_cond_init(&h->wake, NULL);
	pthread_cond_init(&h->idle, NULL);
	atomic_init(&h->running, false);
	return h;
}

void
zl_prefaulter_start(struct zl_prefaulter *h)
{
#ifdef MADV_POPULATE_WRITE
	pthread_mutex_lock(&h->lock);
	if (!h->running) {
		h->stop = false;
		pthread_attr_t attr;
		zl_thread_attr(&attr);
		h->running = pthread_create(&h->thread, &attr, helper_main, h) == 0;
		pthread_attr_destroy(&attr);
	}
	pthread_mutex_unlock(&h->lock);
#else
	(void)h;
#endif
}

bool
zl_prefaulter_running(struct zl_prefaulter *h)
{
	return h && atomic_load_explicit(&h->running, memory_order_relaxed);
}

void
zl_prefaulter_free(struct zl_prefaulter *h)
{
	if (h == NULL)
		return;
	pthread_mutex_lock(&h->lock);
	bool was = h->running;
	h->stop = true;
	h->n = 0;
	pthread_cond_broadcast(&h->wake);
	pthread_mutex_unlock(&h->lock);
	if (was)
		pthread_join(h->thread, NULL);
	pthread_cond_destroy(&h->idle);
	pthread_cond_destroy(&h->wake);
	pthread_mutex_destroy(&h->lock);
	free(h);
}

void
zl_prefault(struct zl_prefaulter *h, void *p, size_t len)
{
	struct range r = {(uintptr_t)p & ~(uintptr_t)(PAGE - 1),
	    (uintptr_t)p + len};
	if (len == 0 || !zl_prefaulter_running(h))
		return;
	pthread_mutex_lock(&h->lock);
	if (h->running && !h->stop && h->n < QUEUE) {
		h->q[(h->head + h->n) % QUEUE] = r;
		h->n++;
		pthread_cond_signal(&h->wake);
	}
	pthread_mutex_unlock(&h->lock);
}

void
zl_prefaulter_wait(struct zl_prefaulter *h)
{
	if (h == NULL)
		return;
	pthread_mutex_lock(&h->lock);
	while (h->running && (h->n > 0 || h->busy.end != 0))
		pthread_cond_wait(&h->idle, &h->lock);
	pthread_mutex_unlock(&h->lock);
}

/* Forgets requests inside [p, p + size) and waits out one in progress. */
static void
cancel(struct zl_prefaulter *h, void *p, size_t size)
{
	struct range gone = {(uintptr_t)p, (uintptr_t)p + size};
	pthread_mutex_lock(&h->lock);
	unsigned kept = 0;
	for (unsigned i = 0; i < h->n; i++) {
		struct range r = h->q[(h->head + i) % QUEUE];
		if (!overlaps(r, gone))
			h->q[(h->head + kept++) % QUEUE] = r;
	}
	h->n = kept;
	while (overlaps(h->busy, gone))
		pthread_cond_wait(&h->idle, &h->lock);
	pthread_mutex_unlock(&h->lock);
}

void
zl_big_free(struct zl_prefaulter *h, void *p, size_t size)
{
	if (p == NULL)
		return;
	if (size < ZL_BIG_MIN) {
		free(p);
		return;
	}
	if (zl_prefaulter_running(h))
		cancel(h, p, size);
	munmap(p, size);
}
