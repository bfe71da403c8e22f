/* dnssec.h: what several dnssec-* rules read the same way. */
#ifndef RULES_DNSSEC_H
#define RULES_DNSSEC_H

#include "../src/zonelint.h"

/* NSEC3 iterations above which validators may treat a zone as insecure
 * (RFC 9276 3.2): dnssec-nsec3-iterations reports them, and dnssec-nsec3
 * does not hash the zone's names. */
#define NSEC3_MAX_ITERATIONS 150

/* Whether a DNSKEY algorithm is RSA (1, 5, 7, 8, 10). */
bool dnssec_alg_rsa(uint8_t alg);

/* A zone's NSEC3 parameters: its apex NSEC3PARAM's, else its first
 * NSEC3's until an NSEC3PARAM comes (as resolvers and signers take
 * them), and the record they came from. */
struct nsec3_params {
	bool have_param, have_any;
	uint8_t alg, salt_len, salt[255];
	uint16_t iterations;
	struct zl_loc loc;
};
/* Takes rec's parameters (rec: an NSEC3 or NSEC3PARAM) when they are
 * the zone's, as above; a record with too few fields is passed over. */
void nsec3_params_take(struct nsec3_params *p, const struct zl_record *rec);

#endif
