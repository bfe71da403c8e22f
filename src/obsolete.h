/* obsolete.h: the data of three obsolete types that ldns 1.8.3 reads
 * wrongly or not at all, turned into wire form: SINK
 * (draft-eastlake-kitchen-sink: coding, subcoding, base64 data), NXT (RFC
 * 2535 5: next name, type bitmap) and ATMA (ATM Forum af-dans-0152.000:
 * a format octet, then the address; ldns leaves the format out).  Same contract as zl_svcb_encode() in svcb.h. */
#ifndef ZL_OBSOLETE_H
#define ZL_OBSOLETE_H

#include <stddef.h>

#include <ldns/ldns.h>

#include "textcheck.h"

size_t zl_sink_encode(const struct zl_field *f, size_t n,
    const ldns_rdf *origin, char *out, size_t cap, size_t *bad, char *why,
    size_t whysize);
size_t zl_nxt_encode(const struct zl_field *f, size_t n,
    const ldns_rdf *origin, char *out, size_t cap, size_t *bad, char *why,
    size_t whysize);

size_t zl_atma_encode(const struct zl_field *f, size_t n,
    const ldns_rdf *origin, char *out, size_t cap, size_t *bad, char *why,
    size_t whysize);

#endif
