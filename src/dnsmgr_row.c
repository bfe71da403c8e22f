/* dnsmgr_row.c: a DNS Manager list row's zone text as it grows, and its
 * columns; see dnsmgr_row.h. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "dnsmgr_row.h"

void
zl_list_put(struct zl_list *l, const char *s, size_t n)
{
	if (l->out_cap < l->out_len + n + 1) {
		l->out_cap = (l->out_len + n + 1) * 2;
		l->out = zl_xrealloc(l->out, l->out_cap);
	}
	memcpy(l->out + l->out_len, s, n);
	l->out_len += n;
	l->out[l->out_len] = '\0';
}

void
zl_list_mark(struct zl_list *l, uint32_t col)
{
	if (l->nseg < ZL_LIST_SEGS)
		l->seg[l->nseg++] = (struct zl_list_seg){(uint32_t)l->out_len, col};
}

bool
zl_list_fail(struct zl_list *l, uint32_t col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(l->err, sizeof l->err, fmt, ap);
	va_end(ap);
	l->err_col = col;
	l->out_len = 0;
	l->nseg = 0;
	return false;
}

uint32_t
zl_list_col(const struct zl_list *l, size_t off)
{
	const struct zl_list_seg *best = NULL;
	for (size_t i = 0; i < l->nseg; i++) /* at most ZL_LIST_SEGS */
		if (l->seg[i].out <= off)
			best = &l->seg[i];
	if (best == NULL)
		return (uint32_t)off + 1;
	return best->col + (uint32_t)(off - best->out);
}
