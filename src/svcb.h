/* svcb.h: SVCB and HTTPS data in presentation form, turned into wire form.
 *
 * ldns 1.8.3 knows the SvcParams of an early draft only: not ech, dohpath,
 * ohttp, tls-supported-groups, quoted or escaped values.  The reader hands
 * SVCB and HTTPS data to this encoder (RFC 9460 section 2.1 and appendix
 * A) and gives ldns the result in RFC 3597 form, which it reads for any
 * type. */
#ifndef ZL_SVCB_H
#define ZL_SVCB_H

#include <stddef.h>

#include <ldns/ldns.h>

#include "field.h"

/* The data fields (priority, target, params) of an SVCB or HTTPS record,
 * as zl_encoder in textcheck.h says; about three times the text is room
 * enough for the result. */
zl_encoder zl_svcb_encode;

/* The presentation name of SvcParamKey k ("alpn"), or "keyNNNNN" in buf. */
const char *zl_svcb_key_name(unsigned k, char *buf, size_t size);

#endif
