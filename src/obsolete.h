/* obsolete.h: the data of three obsolete types that ldns 1.8.3 reads
 * wrongly or not at all, turned into wire form: SINK
 * (draft-eastlake-kitchen-sink: coding, subcoding, base64 data), NXT (RFC
 * 2535 5: next name, type bitmap) and ATMA (ATM Forum af-dans-0152.000:
 * a format octet, then the address; ldns leaves the format out).  Each is
 * a zl_encoder (textcheck.h). */
#ifndef ZL_OBSOLETE_H
#define ZL_OBSOLETE_H

#include <stddef.h>

#include <ldns/ldns.h>

#include "field.h"

zl_encoder zl_sink_encode;
zl_encoder zl_nxt_encode;
zl_encoder zl_atma_encode;

#endif
