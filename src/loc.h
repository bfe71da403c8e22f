/* loc.h: LOC data (RFC 1876 3) turned into wire form.  ldns 1.8.3 gives
 * the longitude the latitude's minutes and seconds when the longitude
 * leaves them out ("0 1 N 1 E 0" is read as 1 degree 1 minute east),
 * and reads degrees, minutes, altitude and precisions beyond their
 * ranges, and a record without its altitude.  Same contract as
 * zl_svcb_encode() in svcb.h. */
#ifndef ZL_LOC_H
#define ZL_LOC_H

#include <stddef.h>

#include <ldns/ldns.h>

#include "textcheck.h"

size_t zl_loc_encode(const struct zl_field *f, size_t n,
    const ldns_rdf *origin, char *out, size_t cap, size_t *bad, char *why,
    size_t whysize);

#endif
