/*
 * dnssec-deprecated-algorithm: an apex DNSKEY of an algorithm that RFC
 * 8624 says must not (or should no longer) be used to sign, and a DS or
 * CDS whose digest type must not be used (SHA-1, GOST) when no DS of a
 * current type (SHA-256, SHA-384) beside it names the same key: once per
 * algorithm and zone for the keys (a zone has a few), once per record for
 * the digests.  A child's DS records come one after another in a zone
 * file, so they are grouped as they stream by, by owner: a group is
 * judged when the owner changes and at zone end, and nothing else is
 * kept (a DS RRset split across the file is judged in parts).  dnssec-dnskey-params and
 * dnssec-ds-digest keep reporting what validators cannot use at all; this
 * is a warning about what they are dropping.
 */
#include <string.h>

#include "../src/zonelint.h"

/* RFC 8624 section 3.1, signing: MUST NOT or NOT RECOMMENDED. */
static const char *
deprecated_key(uint8_t alg)
{
	switch (alg) {
	case LDNS_RSAMD5: return "RSAMD5 (1)";
	case LDNS_DSA: return "DSA (3)";
	case LDNS_RSASHA1: return "RSASHA1 (5)";
	case LDNS_DSA_NSEC3: return "DSA-NSEC3-SHA1 (6)";
	case LDNS_RSASHA1_NSEC3: return "RSASHA1-NSEC3-SHA1 (7)";
	case 12: return "ECC-GOST (12)";
	default: return NULL;
	}
}

/* RFC 8624 section 3.3, DS generation: MUST NOT. */
static const char *
deprecated_digest(uint8_t type)
{
	return type == LDNS_SHA1 ? "SHA-1 (1)" : type == 3 ? "GOST R 34.11-94 (3)" :
	    NULL;
}

#define GROUP_MAX 64 /* DS records of one owner judged together */

struct ds {
	uint16_t tag;
	uint8_t alg, type;
	struct zl_loc at;
};

struct state {
	uint8_t seen[256 / 8]; /* key algorithms reported in this zone */
	/* the DS (or CDS) records of the current owner and type */
	uint8_t owner[LDNS_MAX_DOMAINLEN + 1];
	size_t owner_len;
	ldns_rr_type rtype;
	struct ds group[GROUP_MAX];
	size_t n;
};

static struct zl_loc
field_at(const struct zl_record *rec, size_t i)
{
	if (rec->rdata_count > i)
		return (struct zl_loc){rec->loc.file, rec->rdata[i].line,
		    rec->rdata[i].col};
	return rec->loc;
}

/* Reports each deprecated digest of the group that no current one
 * beside it backs (same key tag and algorithm), then empties it. */
static void
flush(struct zl_ctx *ctx, struct state *st)
{
	for (size_t i = 0; i < st->n; i++) {
		const struct ds *d = &st->group[i];
		const char *name = deprecated_digest(d->type);
		bool backed = false;
		for (size_t k = 0; k < st->n && !backed; k++)
			backed = st->group[k].tag == d->tag &&
			    st->group[k].alg == d->alg &&
			    (st->group[k].type == LDNS_SHA256 ||
			    st->group[k].type == LDNS_SHA384);
		if (name && !backed)
			zl_report(ctx, d->at, "digest type %s must no longer be used "
			    "for a DS (RFC 8624), and no SHA-256 DS names key %u beside "
			    "it: validators that have dropped it treat the child as "
			    "unsigned", name, d->tag);
	}
	st->n = 0;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (ldns_rr_rd_count(rec->rr) < 4)
		return;
	struct state *st = zl_state(ctx);
	ldns_rr_type rtype = ldns_rr_get_type(rec->rr);
	if (rtype != LDNS_RR_TYPE_DNSKEY) {
		const ldns_rdf *owner = ldns_rr_owner(rec->rr);
		ldns_rdf prev = {._size = st->owner_len, ._type = LDNS_RDF_TYPE_DNAME,
		    ._data = st->owner};
		if (st->n > 0 && (rtype != st->rtype || !zl_dname_eq(owner, &prev)))
			flush(ctx, st);
		if (st->n == 0) {
			st->owner_len = ldns_rdf_size(owner) <= sizeof st->owner ?
			    ldns_rdf_size(owner) : 0;
			memcpy(st->owner, ldns_rdf_data(owner), st->owner_len);
			st->rtype = rtype;
		}
		uint8_t alg = ldns_rdf2native_int8(ldns_rr_rdf(rec->rr, 1));
		uint8_t type = ldns_rdf2native_int8(ldns_rr_rdf(rec->rr, 2));
		if (alg == 0 && type == 0)
			return; /* CDS delete request */
		if (st->n == GROUP_MAX)
			flush(ctx, st); /* judged in parts past the bound */
		st->group[st->n++] = (struct ds){
		    ldns_rdf2native_int16(ldns_rr_rdf(rec->rr, 0)), alg, type,
		    field_at(rec, 2)};
		return;
	}
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (apex == NULL || !zl_dname_eq(ldns_rr_owner(rec->rr), apex))
		return;
	uint8_t alg = ldns_rdf2native_int8(ldns_rr_rdf(rec->rr, 2));
	const char *name = deprecated_key(alg);
	if (name == NULL || (st->seen[alg / 8] & (1u << (alg % 8))))
		return;
	st->seen[alg / 8] |= (uint8_t)(1u << (alg % 8));
	zl_report(ctx, field_at(rec, 2), "algorithm %s must no longer be used "
	    "to sign (RFC 8624): validators that have dropped it, as those with "
	    "SHA-1 signatures disabled have, treat the zone as unsigned", name);
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	(void)zone;
	struct state *st = zl_state(ctx);
	flush(ctx, st);
	memset(st, 0, sizeof *st);
}

const struct zl_rule rule_dnssec_deprecated_algorithm = {
	.id = "dnssec-deprecated-algorithm",
	.severity = ZL_WARNING,
	.types = ZL_T_DNSKEY | ZL_T_DS | ZL_T_CDS,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.summary = "deprecated DNSSEC algorithm or DS digest type",
	.why =
	    "RFC 8624 retires the DNSSEC algorithms built on MD5, DSA, SHA-1 and\n"
	    "GOST: RSAMD5 (1), DSA (3), DSA-NSEC3-SHA1 (6) and ECC-GOST (12) must\n"
	    "not be used to sign, RSASHA1 (5) and RSASHA1-NSEC3-SHA1 (7) are no\n"
	    "longer recommended, and a DS must not use the SHA-1 (1) or GOST (3)\n"
	    "digest (reported when no SHA-256 or SHA-384 DS names the key too).  Validators are dropping them (some systems' crypto\n"
	    "policies disable SHA-1 signatures): to such a validator a zone\n"
	    "signed only with them, or a child named only by a SHA-1 DS, is\n"
	    "insecure, so DNSSEC no longer protects it.  BIND warns when every\n"
	    "DNSKEY algorithm of a zone is deprecated.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN NS  ns1\n"
	    "ns1    IN A   192.0.2.1\n"
	    "@      IN DNSKEY 257 3 5 AwEAAbJgxRcJjJ2YLdHtgzE4BIzS7kn1tI2HZbnfB0Ja"
	    "0Fa1XmmXEkSlnqH8/ywzGSyMYgsw4ie4m5p5ODUXw/X1I3U=\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN NS  ns1\n"
	    "ns1    IN A   192.0.2.1\n"
	    "@      IN DNSKEY 257 3 8 AwEAAbJgxRcJjJ2YLdHtgzE4BIzS7kn1tI2HZbnfB0Ja"
	    "0Fa1XmmXEkSlnqH8/ywzGSyMYgsw4ie4m5p5ODUXw/X1I3U=\n",
	.fix =
	    "Roll the zone to ECDSAP256SHA256 (13) or ED25519 (15), or at least\n"
	    "RSASHA256 (8), with an algorithm rollover (RFC 6781 4.1.4; BIND's\n"
	    "dnssec-policy and Knot do it for you), and have the parent publish\n"
	    "a SHA-256 DS (ldns-key2ds -2, dnssec-dsfromkey -2).",
	.refs = "RFC 8624 sections 3.1 and 3.3; RFC 9157; RFC 6781 section 4.1.4;\n"
	    "BIND 9 ARM, dnssec-policy; Knot DNS reference, policy section (algorithm)",
};
