/* dnsmgr_data.h: a DNS Manager list's columns as zone text (dnsmgr.h). */
#ifndef ZL_DNSMGR_DATA_H
#define ZL_DNSMGR_DATA_H

#include "dnsmgr_row.h"

/* The Type and Data columns as "TYPE RDATA", the
 * Timestamp as " [AGE:n]" (nothing for static), the Name as an owner. */
bool zl_list_owner(struct zl_list *l, const struct zl_list_field *name);
bool zl_list_stamp(struct zl_list *l, const struct zl_list_field *ts);
bool zl_list_data(struct zl_list *l, const struct zl_list_field *type,
    const struct zl_list_field *data);
/* Hours since 1601-01-01 00:00 of a DNS Manager timestamp such as
 * "11/30/2026 10:00:00 AM"; -1 when it is not one. */
long long zl_list_hours(const char *s, size_t n);

#endif
