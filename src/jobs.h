/* jobs.h: how many threads a run uses, and what each one costs. */
#ifndef ZL_JOBS_H
#define ZL_JOBS_H

#include <pthread.h>
#include <stddef.h>

/* The stack of each thread zonelint starts.  Reading a zone with
 * $INCLUDE nested 16 deep, the deepest there is, runs in 32 KiB, but
 * ldns_str2rdf_nsec keeps 65,536 types on the stack: the real-world
 * corpus needs 384 KiB (measured with ulimit -s), and 1 MiB was too
 * little under ThreadSanitizer.  Still half of glibc's usual 8 MiB. */
#define ZL_THREAD_STACK (4u << 20)
/* The address space glibc reserves for each malloc arena (one per
 * thread, up to M_ARENA_MAX): what a thread costs under ulimit -v. */
#define ZL_THREAD_ARENA (64ull << 20)

/* The threads to use for -j asked (0: one per core), given the cores
 * this process may run on and its address-space limit (0: none): at most
 * one per core, and with a limit, at most as many as fit in a quarter of
 * it, at least one.  When that is fewer than asked, says why in why. */
long zl_jobs_fit(long asked, long cores, unsigned long long as_limit,
    char *why, size_t whylen);
/* Cores online and in this process's affinity mask. */
long zl_jobs_cores(void);
/* RLIMIT_AS, or 0 when there is none. */
unsigned long long zl_jobs_as_limit(void);
/* Attributes for a new thread: a stack of ZL_THREAD_STACK. */
void zl_thread_attr(pthread_attr_t *attr);

#endif
