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
void zl_big_free(void *p, size_t size);    /* size as given to zl_big_alloc */

void zl_big_helper_start(void);            /* idempotent; no-op if it fails */
void zl_big_helper_stop(void);             /* waits for the helper to end */
bool zl_big_helper_running(void);
/* Asks the helper to fault in [p, p + len) of a block from zl_big_alloc;
 * dropped when there is no helper or it is behind. */
void zl_big_prefault(void *p, size_t len);
void zl_big_helper_wait(void);             /* until nothing is asked */

#endif
