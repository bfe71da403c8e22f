/* byname.c: records kept per name, grouped when a zone ends. */
#include <stdlib.h>

#include "byname.h"

void
byname_keep(struct byname *b, const struct zl_record *rec, unsigned tag)
{
	b->v = zl_grow(b->v, &b->cap, b->n + 1, sizeof *b->v);
	b->v[b->n] = (struct byname_item){rec->name, rec->loc, rec->set, b->n,
	    tag};
	b->n++;
}

static int
cmp(const void *a, const void *b)
{
	const struct byname_item *x = a, *y = b;
	if (x->entry != y->entry)
		return (uintptr_t)x->entry < (uintptr_t)y->entry ? -1 : 1;
	if (x->set != y->set)
		return x->set < y->set ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void
byname_sort(struct byname *b)
{
	if (b->n > 1) /* none kept: v is NULL, which qsort may not take */
		qsort(b->v, b->n, sizeof *b->v, cmp);
}

size_t
byname_next(const struct byname *b, size_t i)
{
	size_t j = i + 1;
	while (j < b->n && b->v[j].entry == b->v[i].entry &&
	    b->v[j].set == b->v[i].set)
		j++;
	return j;
}

void
byname_free(struct byname *b)
{
	free(b->v);
}
