/*
 * dnssec-nsec3-params-policy: NSEC3 with extra hash iterations or a
 * salt, which RFC 9276 asks zones not to use (iterations 0, no salt).
 * The parameters are the apex NSEC3PARAM's, else the first NSEC3's, as
 * dnssec-nsec3-iterations takes them, which reports above 150; one
 * finding per zone, where they came from.
 */
#include <stdio.h>
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
	bool iter = st->iterations > 0 && st->iterations <= NSEC3_MAX_ITERATIONS;
	if (st->have_any && (iter || st->salt_len > 0)) {
		char what[96];
		if (iter && st->salt_len)
			snprintf(what, sizeof what, "%u extra iterations and a salt "
			    "of %u octets", st->iterations, st->salt_len);
		else if (iter)
			snprintf(what, sizeof what, "%u extra iterations",
			    st->iterations);
		else
			snprintf(what, sizeof what, "a salt of %u octets",
			    st->salt_len);
		zl_report(ctx, st->loc, "%s: RFC 9276 asks for 0 iterations and no "
		    "salt, which protect as well and cost servers and validators "
		    "less", what);
	}
	memset(st, 0, sizeof *st);
}

const struct zl_rule rule_dnssec_nsec3_params_policy = {
	.id = "dnssec-nsec3-params-policy",
	.severity = ZL_WARNING,
	.types = ZL_T_NSEC3 | ZL_T_NSEC3PARAM,
	.state_size = sizeof(struct nsec3_params),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.summary = "NSEC3 with extra iterations or a salt (RFC 9276)",
	.why =
	    "NSEC3 hashes names so that a zone's names cannot be listed by\n"
	    "walking its denials.  Extra iterations and a salt were meant to\n"
	    "make guessing the names harder, but they do not: names fall to a\n"
	    "dictionary either way, while every iteration costs the servers\n"
	    "that answer and the validators that check.  RFC 9276 (best current\n"
	    "practice) asks zones for 0 extra iterations and an empty salt\n"
	    "(written '-'), and lets validators treat zones above 150 as\n"
	    "insecure (dnssec-nsec3-iterations reports those).  The advice is\n"
	    "RFC 9276's, so a warning.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN NS  ns1\n"
	    "@    IN NSEC3PARAM 1 0 10 AABBCCDD\n"
	    "ns1  IN A   192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN NS  ns1\n"
	    "@    IN NSEC3PARAM 1 0 0 -\n"
	    "ns1  IN A   192.0.2.1\n",
	.fix =
	    "Sign again with 0 iterations and no salt: dnssec-signzone -3 - -H 0,\n"
	    "ldns-signzone -n -t 0, Knot's policy with nsec3-iterations: 0 and\n"
	    "nsec3-salt-length: 0, or in Windows DNS Set-DnsServerDnsSecZoneSetting\n"
	    "-NSec3Iterations 0 -NSec3RandomSaltLength 0, then sign the zone again.",
	.refs = "RFC 9276 sections 3.1 and 3.2; RFC 5155; Knot DNS reference, policy section\n"
	    "(nsec3-iterations, nsec3-salt-length)",
};
