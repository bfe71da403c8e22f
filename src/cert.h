/* cert.h: CERT data (RFC 4398 2.2: type, key tag, algorithm, then the
 * certificate in base64) turned into wire form.  ldns 1.8.3 refuses a
 * type written as a number it has no mnemonic for, 0 among them, which
 * BIND, Knot and NSD read.  A zl_encoder (textcheck.h). */
#ifndef ZL_CERT_H
#define ZL_CERT_H

#include <stddef.h>

#include <ldns/ldns.h>

#include "field.h"

zl_encoder zl_cert_encode;

#endif
