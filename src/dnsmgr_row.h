/* dnsmgr_row.h: a DNS Manager list row being translated (dnsmgr.h): the
 * list's state, the zone text it grows into and where each of its
 * fields came from. */
#ifndef ZL_DNSMGR_ROW_H
#define ZL_DNSMGR_ROW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ZL_LIST_MAX_ROW 65535u    /* bytes in a row; longer ones reported */
#define ZL_LIST_MAX_COLUMNS 32u   /* columns in the header and in a row */
#define ZL_LIST_SEGS 12u          /* mapped fields of a translated row */

struct zl_list_seg {
	uint32_t out;  /* offset in the translated row */
	uint32_t col;  /* the original row's column there (1-based) */
};

struct zl_list {
	char sep;                /* '\t' or ',' */
	int col_name, col_type, col_data, col_time; /* -1: not in the list */
	unsigned ncols;
	bool header_done;
	bool saw_soa;            /* an SOA row: the list is a zone's, not a
	                          * folder's (_tcp, _msdcs) */
	char *out;               /* the translated row */
	size_t out_len, out_cap;
	char *scratch;           /* fields without their CSV quotes */
	size_t scratch_cap;
	struct zl_list_seg seg[ZL_LIST_SEGS];
	size_t nseg;
	char err[320];           /* not empty: the row was not translated */
	uint32_t err_col;
};

/* A field of a row: its text (without CSV quotes) and column. */
struct zl_list_field {
	const char *p;
	size_t n;
	uint32_t col;
};

/* The translated row grows by n bytes of s, or by
 * a field that starts at the original column col. */
void zl_list_put(struct zl_list *l, const char *s, size_t n);
void zl_list_mark(struct zl_list *l, uint32_t col);
bool zl_list_fail(struct zl_list *l, uint32_t col, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The original row's column of offset off in the translated row. */
uint32_t zl_list_col(const struct zl_list *l, size_t off);

#endif
