/* bigmem.c: see bigmem.h. */
#include <pthread.h>
#include <stdatomic.h>
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

static struct {
	pthread_mutex_t lock;
	pthread_cond_t wake;     /* a request came, or stop */
	pthread_cond_t idle;     /* the current range is done */
	pthread_t thread;
	atomic_bool running;     /* also read without the lock */
	bool stop;
	struct range q[QUEUE];
	unsigned head, n;
	struct range busy;       /* {0, 0} when none */
} helper = {
	.lock = PTHREAD_MUTEX_INITIALIZER,
	.wake = PTHREAD_COND_INITIALIZER,
	.idle = PTHREAD_COND_INITIALIZER,
};

static bool
overlaps(struct range a, struct range b)
{
	return a.start < b.end && b.start < a.end;
}

static void *
helper_main(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&helper.lock);
	for (;;) {
		while (!helper.stop && helper.n == 0)
			pthread_cond_wait(&helper.wake, &helper.lock);
		if (helper.stop)
			break;
		helper.busy = helper.q[helper.head];
		helper.head = (helper.head + 1) % QUEUE;
		helper.n--;
		pthread_mutex_unlock(&helper.lock);
#ifdef MADV_POPULATE_WRITE
		/* the kernel writes nothing: a page is only made present */
		madvise((void *)helper.busy.start,
		    helper.busy.end - helper.busy.start, MADV_POPULATE_WRITE);
#endif
		pthread_mutex_lock(&helper.lock);
		helper.busy = (struct range){0, 0};
		pthread_cond_broadcast(&helper.idle);
	}
	pthread_mutex_unlock(&helper.lock);
	return NULL;
}

void
zl_big_helper_start(void)
{
#ifdef MADV_POPULATE_WRITE
	pthread_mutex_lock(&helper.lock);
	if (!helper.running) {
		helper.stop = false;
		pthread_attr_t attr;
		zl_thread_attr(&attr);
		helper.running = pthread_create(&helper.thread, &attr,
		    helper_main, NULL) == 0;
		pthread_attr_destroy(&attr);
	}
	pthread_mutex_unlock(&helper.lock);
#endif
}

void
zl_big_helper_stop(void)
{
	pthread_mutex_lock(&helper.lock);
	bool was = helper.running;
	helper.stop = true;
	helper.n = 0;
	pthread_cond_broadcast(&helper.wake);
	pthread_mutex_unlock(&helper.lock);
	if (was)
		pthread_join(helper.thread, NULL);
	pthread_mutex_lock(&helper.lock);
	helper.running = false;
	pthread_mutex_unlock(&helper.lock);
}

bool
zl_big_helper_running(void)
{
	return atomic_load_explicit(&helper.running, memory_order_relaxed);
}

void
zl_big_prefault(void *p, size_t len)
{
	struct range r = {(uintptr_t)p & ~(uintptr_t)(PAGE - 1),
	    (uintptr_t)p + len};
	if (len == 0 || !zl_big_helper_running())
		return;
	pthread_mutex_lock(&helper.lock);
	if (helper.running && !helper.stop && helper.n < QUEUE) {
		helper.q[(helper.head + helper.n) % QUEUE] = r;
		helper.n++;
		pthread_cond_signal(&helper.wake);
	}
	pthread_mutex_unlock(&helper.lock);
}

void
zl_big_helper_wait(void)
{
	pthread_mutex_lock(&helper.lock);
	while (helper.running && (helper.n > 0 || helper.busy.end != 0))
		pthread_cond_wait(&helper.idle, &helper.lock);
	pthread_mutex_unlock(&helper.lock);
}

/* Forgets requests inside [p, p + size) and waits out one in progress. */
static void
cancel(void *p, size_t size)
{
	struct range gone = {(uintptr_t)p, (uintptr_t)p + size};
	pthread_mutex_lock(&helper.lock);
	unsigned kept = 0;
	for (unsigned i = 0; i < helper.n; i++) {
		struct range r = helper.q[(helper.head + i) % QUEUE];
		if (!overlaps(r, gone))
			helper.q[(helper.head + kept++) % QUEUE] = r;
	}
	helper.n = kept;
	while (overlaps(helper.busy, gone))
		pthread_cond_wait(&helper.idle, &helper.lock);
	pthread_mutex_unlock(&helper.lock);
}

void
zl_big_free(void *p, size_t size)
{
	if (p == NULL)
		return;
	if (size < ZL_BIG_MIN) {
		free(p);
		return;
	}
	if (zl_big_helper_running())
		cancel(p, size);
	munmap(p, size);
}
