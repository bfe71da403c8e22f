/* loc.h: LOC data (RFC 1876 3) turned into wire form.  ldns 1.8.3 gives
 * the longitude the latitude's minutes and seconds when the longitude
 * leaves them out ("0 1 N 1 E 0" is read as 1 degree 1 minute east),
 * and reads degrees, minutes, altitude and precisions beyond their
 * ranges, and a record without its altitude.  A zl_encoder
 * (textcheck.h). */
#ifndef ZL_LOC_H
#define ZL_LOC_H

#include <stddef.h>

#include <ldns/ldns.h>

#include "field.h"

zl_encoder zl_loc_encode;

#endif
