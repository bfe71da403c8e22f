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
#include "dnssec_example.h"

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
	    ";; options: --now 20261201000000\n"
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN RRSIG SOA 5 2 3600 20270101000000 20261101000000 3301 example.com. (\n"
	    "       sqjuPPRGYGM/pINY7+ELUOiFRt3q42cDdyw4aCeqNrpFtjyHgz4MGZaM\n"
	    "       vwA/yJJdl+i3vXkReg4ZiXDrFQlzgYpMCJsNNCMQ2L7YrGFd2/jwRgcc\n"
	    "       xLf0WcbIL15y6mjl6TWYIeZWMO08GB/ROE3h4YR5B1J58w+WOWi7ikxG\n"
	    "       xmQgCjshO8frhN1YlqUS2Gaqu+AuymTYBBC1vPQRoq8Qm8pbneS8Du+Q\n"
	    "       N3+J4/Lmmin1pm1rIm+iGC8SsR6VV6HzVm5t0Tnp4VhY6EqgF4Lqgufa\n"
	    "       3jzgEADuj+Q8Ax9eaGTleaqn55zrJuzweUI/aR/TZt5GTkX+08fpk9Ab\n"
	    "       pYk+Wg== )\n"
	    "@    IN NS ns1\n"
	    "@    IN RRSIG NS 5 2 3600 20270101000000 20261101000000 3301 example.com. (\n"
	    "       hPlrm4R8LUBB5MSg0uaBTom8dCSldvzDn3qvXOkK/ntkg6581fbkzpB9\n"
	    "       F0NGv+5VpwAg0Q76p8mMKnzYla7XP0KNiaz1WbB2haFiRyJyNwC7f5zy\n"
	    "       QHMMzt2oafatk6T8ETLSP/S4jRg9K8jT4L8/KYiNnXInSAXjfRFr8vXw\n"
	    "       4AYAn1YYUAQ/9cQl5d0tsECkbGbE1jNBj1qrFROGn/F0uOLrcO7l0jll\n"
	    "       woRL8OIIAGyuBuUKgBs/5CA6BT/JUuizigVI98KyQOVkzJB5K36W5Qfv\n"
	    "       EctqUXw+GcvcpPr0sweAUD6QFrTqmfRo6jLPPEsAUxocHVMW2TZJa+tx\n"
	    "       m2sMMA== )\n"
	    "@    IN DNSKEY 257 3 5 (\n"
	    "       AwEAAcP46v3BoZx+y8IHrV4kg9LUa/cyqwAYm4V6FlrFWJTtLhIL8SFA\n"
	    "       0zDGQXvNNeEZ9W1qRv1XW4B/q7YSJiS9u0Rvg9FI9I/i39xLg/YXREoi\n"
	    "       6h08K77P6BB6J78mJatI4Eo1flzS24F3WzevPKh37uRHQVlsw/oY0hsn\n"
	    "       GH98yGnjmjnxLrRSm5o6Ubze420S3VWt02KAK5wHv4qlKySkChhUtd8N\n"
	    "       ttWWx59Bfe6XKChybYZPRiXXcVLSrVSbUxu8HL7QF2fdCw4/BQWPVIeC\n"
	    "       +lZvvrLrZf/XzN7l89sdel3yv2owUvBw4MxYkhiqbJP1AosZ5drQKrvf\n"
	    "       cLTMndSNevM= )\n"
	    "@    IN RRSIG DNSKEY 5 2 3600 20270101000000 20261101000000 3301 example.com. (\n"
	    "       k3ZpV0gQYixVW11kt7rPkTIhx9chA/sm9TedTW9nyLJ7JU31bOck9m4y\n"
	    "       wo1akkrJmb9IoIBk9EL/sN+mhP3Z+yeLD8/rGyRrR1NoZO+B8qwtg7TX\n"
	    "       HVX6WNTUPdyVj6+HuAKu12vlmEfOI2sY9YRyjUeVkYa4+X2PDrOo2sNC\n"
	    "       Mc0X5Sdq7a1lNiWs+J/vPitD0zYOmdxu/3e4KOxEpEwmwhPoxodiksav\n"
	    "       9QbQe9JpOP8kiCIUC/C6szuSg+FUl9GLadlj2GA2p9xI6KD8wHCNifh2\n"
	    "       KgKaR7qPmS1lBMOYUjuBeJNh4qz1+EdnRBy1hx2htmZr3bNpiTmulqv9\n"
	    "       uKn2cw== )\n"
	    "@    300 IN NSEC ns1 NS SOA RRSIG NSEC DNSKEY\n"
	    "@    300 IN RRSIG NSEC 5 2 300 20270101000000 20261101000000 3301 example.com. (\n"
	    "       Q1dgJJBL+45pj1+Fpbk621as1fBbX5/evrGl/KmZ6qzFsoCyVRSdYXfq\n"
	    "       oezP2YFN+v6NTzWhdbBw8PLqIP7UrThB2wnCWHGCEme2DDxZ3Xebc1C2\n"
	    "       xQy0geh3g2A5erljDdHR8DbqQzX4QAXOINN/G6QCtwTz9tJICBtBgqS9\n"
	    "       q6ai6DqVQCB9xBWl3cwiMOP+9xzoBlsDUHO552gHw8gL15pAOn/fHj9l\n"
	    "       w3LvR7bmu98/7sWTL7rL1IRb4UL4fzK5vylhLu9SOnvP+z6e/a7DVQe5\n"
	    "       w6Y9Id93d84fDhnSmEW2Z0ME9yGe4rZVqt1b3C+pgaSJUzKQFwNPrOwT\n"
	    "       lXYqqg== )\n"
	    "ns1  IN A 192.0.2.1\n"
	    "ns1  IN RRSIG A 5 3 3600 20270101000000 20261101000000 3301 example.com. (\n"
	    "       PY4RYFhgnjri8LEJAwcBp/dQ9aAliGPH3t87URtx1mZikKzH+hf/YbJp\n"
	    "       47pzJhZLfKmxlCPtiUEtM1aP1N2OT8krFcL4FK802Wy6xyUMOtRXvUme\n"
	    "       GW6N57dR9ChG7pzCoTQRmso1VX76kWjYr3LuQnYn7uEaYEHd0/qNw+mH\n"
	    "       B5Sqtgd/4ks/kSZ5y2mVmLSHxOmKFCNNK1joxc/Q5vmdBExYNObw4oIO\n"
	    "       C2XGA8xUslzwvZjKxq19Ypa2+LxZTry55c5bH5XVs2TfxpaHkp6g4wqn\n"
	    "       4k8sh+0DEzEJvXCr/+ajSkCUlt122nNLb4lfOrQM1zANEbqNJR8uNczr\n"
	    "       0IV8Qg== )\n"
	    "ns1  300 IN NSEC example.com. A RRSIG NSEC\n"
	    "ns1  300 IN RRSIG NSEC 5 3 300 20270101000000 20261101000000 3301 example.com. (\n"
	    "       GvxbmnmvjK2Vvc0Eh8+qwTFyfjN+KYLo05h99Llczd/iFda3TAizIc0h\n"
	    "       m59dzR2UezYn9hr8TR73j07ePY1BceqrPLDzYtJpO2eIUhI6PUwbwOy+\n"
	    "       +ZuiDqGazvSeHRjCqm9+v9ipaIbyk+P7+AMaMo7A5G+LjqVO4fNx4fWo\n"
	    "       RUeZps5LUc1+8wcvLL4NuZycPUEFuYpeZlVvtEhHDOC+uAmxAgps1Urt\n"
	    "       rhElANQEdG+dxfYdH+PibVP0hg0wgkcnI1mw7tpDVj/mAtc0yqt6wPSI\n"
	    "       kzoQrLbNWB0J+HuYMAmdMl71Ffz5zR5R80vgofQlA7nPLLvnxTKwnx3y\n"
	    "       K7K18g== )\n",
	.good =
	    DNSSEC_EXAMPLE_ZONE,
	.fix =
	    "Roll the zone to ECDSAP256SHA256 (13) or ED25519 (15), or at least\n"
	    "RSASHA256 (8), with an algorithm rollover (RFC 6781 4.1.4; BIND's\n"
	    "dnssec-policy and Knot do it for you), and have the parent publish\n"
	    "a SHA-256 DS (ldns-key2ds -2, dnssec-dsfromkey -2).",
	.refs = "RFC 8624 sections 3.1 and 3.3; RFC 9157; RFC 6781 section 4.1.4;\n"
	    "BIND 9 ARM, dnssec-policy; Knot DNS reference, policy section (algorithm)",
};
