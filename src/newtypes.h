/* newtypes.h: the encoders of record types registered after ldns 1.8.3
 * was written whose data it cannot be given as that of a type it knows
 * (see rrtypes.def and rrname.h): their data is turned into wire form
 * here and handed to ldns as "TYPEnnn \# LENGTH HEX" (RFC 3597). */
#ifndef ZL_NEWTYPES_H
#define ZL_NEWTYPES_H

#include <stddef.h>
#include <stdint.h>

#include "field.h"

zl_encoder zl_dsync_encode, zl_base64_encode, zl_doa_encode,
    zl_amtrelay_encode, zl_ipn_encode;

/* NULL when w[0..n) is well-formed data for type, a newer type with an
 * encoder whose data was given as "\# LENGTH HEX"; else why not. */
const char *zl_newtype_wire_check(unsigned type, const uint8_t *w, size_t n);

#endif
