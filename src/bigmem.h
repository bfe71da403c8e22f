/* bigmem.h: zeroed blocks of a megabyte or more, for the name index.
 *
 * They are mapped directly and backed by huge pages where the kernel
 * allows (madvise): a million-name index then takes a few dozen page
 * faults instead of ten thousand, which was a tenth of the run time. */
#ifndef ZL_BIGMEM_H
#define ZL_BIGMEM_H

#include <stddef.h>

void *zl_big_alloc(size_t size);           /* zeroed; exits when out of memory */
void zl_big_free(void *p, size_t size);    /* size as given to zl_big_alloc */

#endif
