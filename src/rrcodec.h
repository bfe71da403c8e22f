/* rrcodec.h: how the reader reads and checks a record type's text, from
 * the one table of types (rrtypes.def): its encoder, where ldns 1.8.3
 * reads the data wrongly or not at all, its respellings and its checks. */
#ifndef ZL_RRCODEC_H
#define ZL_RRCODEC_H

#include <stdbool.h>
#include <stddef.h>

#include <ldns/ldns.h>

#include "field.h"

/* The encoder of a record of type with nfields data fields, or NULL
 * when ldns reads the data as written. */
zl_encoder *zl_rrtype_encoder(ldns_rr_type type, size_t nfields);

/* A spelling BIND reads and ldns 1.8.3 does not, for data field k of a
 * record of this type, rewritten into one ldns reads (\# after the first
 * field is a '#', and the type's own rewriter, textcheck.h).  Returns
 * the new length written to out (at most len + 7 octets), or 0 to keep
 * the field as it is. */
size_t zl_text_rewrite(ldns_rr_type type, size_t k, const char *s, size_t len,
    char *out);

/* Whether the type has a check of its own (zl_text_check does more
 * than the \# form's). */
bool zl_rrtype_checked(ldns_rr_type type);
/* NULL when the data fields of a record of this type are well formed
 * (the \# form: its length; else the type's checker, textcheck.h); else
 * why not, in buf, with *field set to the field at fault. */
const char *zl_text_check(ldns_rr_type type, const struct zl_field *f,
    size_t n, size_t *field, char *buf, size_t size);

#endif
