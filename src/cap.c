/* cap.c: see cap.h. */
#include <stdlib.h>

#include "cap.h"
#include "diag.h"

static size_t
slot(const struct zl_caps *c, uint32_t file, uint16_t rule)
{
	uint32_t h = (file * 2654435761u) ^ (rule * 40503u);
	size_t j = h & (c->size - 1);
	while (c->v[j].used && (c->v[j].file != file || c->v[j].rule != rule))
		j = (j + 1) & (c->size - 1);
	return j;
}

static void
grow(struct zl_caps *c)
{
	struct zl_caps n = {.size = c->size ? c->size * 2 : 64};
	n.v = zl_xcalloc(n.size, sizeof *n.v);
	for (size_t i = 0; i < c->size; i++)
		if (c->v[i].used)
			n.v[slot(&n, c->v[i].file, c->v[i].rule)] = c->v[i];
	n.count = c->count;
	free(c->v);
	*c = n;
}

struct zl_cap *
zl_caps_get(struct zl_caps *c, uint32_t file, uint16_t rule)
{
	if (2 * (c->count + 1) > c->size) /* at most half full */
		grow(c);
	struct zl_cap *e = &c->v[slot(c, file, rule)];
	if (!e->used) {
		*e = (struct zl_cap){.file = file, .rule = rule, .used = true};
		c->count++;
	}
	return e;
}

void
zl_caps_free(struct zl_caps *c)
{
	free(c->v);
	*c = (struct zl_caps){0};
}
