/* dkim.h: what the mail-dkim-* rules share: a DKIM key record (RFC 6376
 * 3.6.1) at SELECTOR._domainkey.DOMAIN, its tags, and the size of its
 * RSA key, read from the DER of p= (no crypto library). */
#ifndef RULES_DKIM_H
#define RULES_DKIM_H

#include "dmarc.h"

enum dkim_problem {
	DKIM_OK,
	DKIM_BAD_BASE64,   /* p= is not base64 */
	DKIM_UNKNOWN_K,    /* k= is neither rsa nor ed25519 */
	DKIM_BAD_KEY,      /* p= decodes to no RSA key / no Ed25519 key */
};

struct dkim {
	struct dmarc tags;          /* the tag list, read as DMARC's is */
	const struct dmarc_tag *p;  /* the p= tag, NULL when none */
	const struct dmarc_tag *k;  /* the k= tag, NULL when none (rsa) */
	enum dkim_problem problem;
	bool rsa;
	unsigned bits;              /* an RSA key's modulus, in bits */
	uint8_t key[8192];          /* p= decoded (its first 8192 octets) */
	size_t key_len;
};

/* Whether name is a DKIM key's: a label after its first is _domainkey. */
bool dkim_name(const ldns_rdf *name);
/* Reads TXT data d of a record at a DKIM key's name into k; false when
 * it is no key record (no p= tag) or its key is revoked (empty p=). */
bool dkim_read(struct dkim *k, const uint8_t *d, uint32_t len);

#endif
