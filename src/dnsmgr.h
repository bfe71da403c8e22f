/* dnsmgr.h: the Windows DNS Manager "Export List" text, read as zone
 * text one row at a time.
 *
 * DNS Manager (dnsmgmt.msc) writes the record list of a zone's folder
 * as text: a header row naming the visible columns (by default Name,
 * Type, Data, Timestamp), then one row per record, tab-separated (.txt)
 * or comma-separated (.csv), Unicode (UTF-16 LE) or ANSI.  The source
 * (source.c) detects the header row when it opens a file and hands each
 * row through zl_list_row: a record in zone syntax on the same line
 * ("owner [AGE:n] TYPE RDATA"), so that the reader, its rules and every
 * line number stay those of the one reading path.  The Data column's
 * display forms ("[10]  mail.contoso.com.", "[0][100][5061] sip.", "[25],
 * dc1., hostmaster.") become zone syntax; a Timestamp becomes a Windows
 * aging stamp, [AGE:n] hours since 1601-01-01, as dnscmd writes it;
 * "static" none.  Columns are mapped back (zl_list_col), so a finding
 * points at the row's own column.  Memory: one row at a time. */
#ifndef ZL_DNSMGR_H
#define ZL_DNSMGR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dnsmgr_row.h"

/* A list whose first line is s (without its end) when s is an Export
 * List header row (Name, Type and Data columns); else NULL. */
struct zl_list *zl_list_detect(const char *s, size_t len);

/* The row s (the first call: the header) as zone text, in l's buffer,
 * valid until the next call; an empty line for the header, a blank row
 * or a folder's row.  When the row cannot be read, l->err says why and
 * where (l->err_col) and the line is empty. */
const char *zl_list_row(struct zl_list *l, const char *s, size_t len,
    size_t *outlen);

void zl_list_free(struct zl_list *l);

#endif
