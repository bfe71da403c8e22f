/* dnssec.c: see dnssec.h. */
#include <string.h>

#include "dnssec.h"

bool
dnssec_alg_rsa(uint8_t alg)
{
	return alg == LDNS_RSAMD5 || alg == LDNS_RSASHA1 ||
	    alg == LDNS_RSASHA1_NSEC3 || alg == LDNS_RSASHA256 ||
	    alg == LDNS_RSASHA512;
}

void
nsec3_params_take(struct nsec3_params *p, const struct zl_record *rec)
{
	const ldns_rr *rr = rec->rr;
	bool param = ldns_rr_get_type(rr) == LDNS_RR_TYPE_NSEC3PARAM;
	if (p->have_param || ldns_rr_rd_count(rr) < (param ? 4u : 5u))
		return;
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (param ? apex == NULL || !zl_dname_eq(ldns_rr_owner(rr), apex) :
	    p->have_any)
		return;
	const ldns_rdf *salt = ldns_rr_rdf(rr, 3);
	p->alg = ldns_rdf2native_int8(ldns_rr_rdf(rr, 0));
	p->iterations = ldns_rdf2native_int16(ldns_rr_rdf(rr, 2));
	p->salt_len = ldns_rdf_size(salt) > 0 ? ldns_rdf_data(salt)[0] : 0;
	if (p->salt_len >= ldns_rdf_size(salt))
		p->salt_len = 0; /* a malformed field: no salt */
	memcpy(p->salt, ldns_rdf_data(salt) + 1, p->salt_len);
	p->have_param = param; /* an NSEC3's are used until one comes */
	p->have_any = true;
	p->loc = rec->loc;
}
