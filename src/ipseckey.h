/* ipseckey.h: IPSECKEY data turned into wire form, for the forms ldns
 * 1.8.3 refuses (no public key, RFC 4025 2.6).  Same contract as
 * zl_svcb_encode() in svcb.h. */
#ifndef ZL_IPSECKEY_H
#define ZL_IPSECKEY_H

#include <stddef.h>

#include <ldns/ldns.h>

#include "textcheck.h"

size_t zl_ipseckey_encode(const struct zl_field *f, size_t n,
    const ldns_rdf *origin, char *out, size_t cap, size_t *bad, char *why,
    size_t whysize);

#endif
