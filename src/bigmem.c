/* bigmem.c: see bigmem.h. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "bigmem.h"
#include "diag.h"

#define BIG (1u << 20)      /* smaller blocks come from malloc */
#define HUGE_PAGE (2u << 20)

void *
zl_big_alloc(size_t size)
{
	if (size < BIG)
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

void
zl_big_free(void *p, size_t size)
{
	if (p == NULL)
		return;
	if (size < BIG)
		free(p);
	else
		munmap(p, size);
}
