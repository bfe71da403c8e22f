/*
 * dnssec-nsec3-iterations: NSEC3 parameters with more than 150 extra hash
 * iterations, which validators treat as insecure (RFC 9276 3.2).  The
 * parameters are the apex NSEC3PARAM's, else the first NSEC3's, as
 * dnssec-nsec3 takes them; one finding per zone, where they came from.
 */
#include <string.h>

#include "../src/zonelint.h"
#include "dnssec.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	nsec3_params_take(zl_state(ctx), rec);
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	(void)zone;
	struct nsec3_params *st = zl_state(ctx);
	if (st->have_any && st->alg == 1 && st->iterations > NSEC3_MAX_ITERATIONS)
		zl_report(ctx, st->loc, "%u, above %u: validators treat such NSEC3 "
		    "records as insecure (RFC 9276), so the zone proves no "
		    "non-existence; dnssec-nsec3 did not hash its names to check the "
		    "chain", st->iterations, NSEC3_MAX_ITERATIONS);
	memset(st, 0, sizeof *st);
}

const struct zl_rule rule_dnssec_nsec3_iterations = {
	.id = "dnssec-nsec3-iterations",
	.severity = ZL_ERROR,
	.types = ZL_T_NSEC3 | ZL_T_NSEC3PARAM,
	.state_size = sizeof(struct nsec3_params),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.summary = "too many NSEC3 hash iterations",
	.why =
	    "Every extra NSEC3 hash iteration costs resolvers and servers CPU on\n"
	    "each negative answer, and buys no protection against zone walking.\n"
	    "RFC 9276 asks for 0 iterations and lets validators treat NSEC3\n"
	    "records with more as insecure; validators do so above 150 (some\n"
	    "above 50, some answer SERVFAIL), so such a zone proves no\n"
	    "non-existence.  Above 150, dnssec-nsec3 does not hash the zone's\n"
	    "names either, as that would take hours on a big zone.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN SOA dns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN NS  dns1\n"
	    "@      IN NSEC3PARAM 1 0 500 -\n"
	    "dns1   IN A   192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN SOA dns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN NS  dns1\n"
	    "@      IN NSEC3PARAM 1 0 150 -\n"
	    "dns1   IN A   192.0.2.1\n",
	.fix =
	    "Re-sign with 0 iterations and no salt: dnssec-signzone -3 - -H 0,\n"
	    "ldns-signzone -n -t 0, or the nsec3param of BIND's dnssec-policy\n"
	    "(iterations 0; salt-length 0), Knot's nsec3-iterations: 0.",
	.refs = "RFC 9276 sections 3.1 and 3.2 and appendix A; RFC 5155 section\n"
	    "10.3; BIND 9 ARM, dnssec-policy (nsec3param); Knot DNS reference, policy section\n"
	    "(nsec3-iterations)",
};
