/* ipseckey.h: IPSECKEY data turned into wire form, for the forms ldns
 * 1.8.3 refuses (no public key, RFC 4025 2.6).  A zl_encoder
 * (textcheck.h). */
#ifndef ZL_IPSECKEY_H
#define ZL_IPSECKEY_H

#include <stddef.h>

#include <ldns/ldns.h>

#include "field.h"

zl_encoder zl_ipseckey_encode;

#endif
