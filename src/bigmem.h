/* bigmem.h: zeroed blocks of a megabyte or more, for the name index.
 *
 * They are mapped directly and backed by huge pages where the kernel
 * allows (madvise): a million-name index then takes a few dozen page
 * faults instead of ten thousand, which was a tenth of the run time.
 *
 * The kernel still clears each page on its first write, and on a
 * ten-million-name zone that was 6% of the rules' thread.  When threads
 * are allowed, a helper faults pages in a little ahead of use
 * (MADV_POPULATE_WRITE), so the clearing happens on another core. */
#ifndef ZL_BIGMEM_H
#define ZL_BIGMEM_H

#include <stdbool.h>
#include <stddef.h>

#define ZL_BIG_MIN (1u << 20)              /* smaller blocks come from malloc */

void *zl_big_alloc(size_t size);           /* zeroed; exits when out of memory */
/* A helper thread that faults in pages ahead of use: one per run, handed
 * to each index (index.h) from the start, its thread started when threads
 * are allowed (it may be mid-zone).  The functions below take NULL. */
struct zl_prefaulter;
struct zl_prefaulter *zl_prefaulter_new(void);   /* no thread yet */
void zl_prefaulter_start(struct zl_prefaulter *h); /* idempotent; may fail */
bool zl_prefaulter_running(struct zl_prefaulter *h);
void zl_prefaulter_free(struct zl_prefaulter *h); /* waits for the thread */
/* Asks h to fault in [p, p + len) of a block from zl_big_alloc; dropped
 * when h is NULL or behind. */
void zl_prefault(struct zl_prefaulter *h, void *p, size_t len);
void zl_prefaulter_wait(struct zl_prefaulter *h); /* until nothing is asked */
/* size as given to zl_big_alloc; h: the helper that may be faulting the
 * block in (its requests there are dropped first), or NULL. */
void zl_big_free(struct zl_prefaulter *h, void *p, size_t size);

#endif
