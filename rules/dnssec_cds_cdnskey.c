/*
 * dnssec-cds-cdnskey: the apex CDS and CDNSKEY records, which a parent
 * polls to update the DS set (RFC 7344), agree with the zone's DNSKEYs
 * and with each other, and a delete request (RFC 8078) has its exact form
 * and stands alone.  A zone may publish either set alone (RFC 7344 4).
 *
 * The apex DNSKEY, CDS and CDNSKEY records are kept (a handful) and
 * checked at zone end.
 */
#include <stdlib.h>
#include <string.h>

#include <ldns/ldns.h>

#include "../src/zonelint.h"

struct kept {
	ldns_rr *rr;
	struct zl_loc loc;
};

struct list {
	struct kept *v;
	size_t count, cap;
};

struct state {
	struct list dnskey, cds, cdnskey;
};

static void
keep(struct list *l, const struct zl_record *rec)
{
	l->v = zl_grow(l->v, &l->cap, l->count + 1, sizeof *l->v);
	l->v[l->count++] = (struct kept){ldns_rr_clone(rec->rr), rec->loc};
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (apex == NULL || ldns_rr_rd_count(rec->rr) < 4 ||
	    !zl_dname_eq(ldns_rr_owner(rec->rr), apex))
		return;
	struct state *st = zl_state(ctx);
	switch (ldns_rr_get_type(rec->rr)) {
	case LDNS_RR_TYPE_DNSKEY: keep(&st->dnskey, rec); break;
	case LDNS_RR_TYPE_CDS: keep(&st->cds, rec); break;
	case LDNS_RR_TYPE_CDNSKEY: keep(&st->cdnskey, rec); break;
	default: break;
	}
}

static uint32_t
field(const ldns_rr *rr, size_t i)
{
	const ldns_rdf *f = ldns_rr_rdf(rr, i);
	return ldns_rdf_size(f) == 1 ? ldns_rdf2native_int8(f) :
	    ldns_rdf_size(f) == 2 ? ldns_rdf2native_int16(f) : UINT32_MAX;
}

static bool
same_rdata(const ldns_rr *a, const ldns_rr *b)
{
	if (ldns_rr_rd_count(a) != ldns_rr_rd_count(b))
		return false;
	for (size_t i = 0; i < ldns_rr_rd_count(a); i++)
		if (ldns_rdf_compare(ldns_rr_rdf(a, i), ldns_rr_rdf(b, i)) != 0)
			return false;
	return true;
}

/* ldns computes key tags of DNSKEYs only: a CDNSKEY's is the same. */
static unsigned
keytag(const ldns_rr *key)
{
	ldns_rr *k = ldns_rr_clone(key);
	ldns_rr_set_type(k, LDNS_RR_TYPE_DNSKEY);
	unsigned tag = ldns_calc_keytag(k);
	ldns_rr_free(k);
	return tag;
}

/* Algorithm 0 asks the parent to delete the DS set (RFC 8078 4). */
static bool
is_delete(const ldns_rr *rr, bool cds)
{
	return field(rr, cds ? 1 : 2) == 0;
}

/* The exact delete forms: CDS 0 0 0 00 and CDNSKEY 0 3 0 AA==. */
static bool
delete_well_formed(const ldns_rr *rr, bool cds)
{
	const ldns_rdf *data = ldns_rr_rdf(rr, 3);
	bool zero = ldns_rdf_size(data) == 1 && ldns_rdf_data(data)[0] == 0;
	return cds ? field(rr, 0) == 0 && field(rr, 2) == 0 && zero :
	    field(rr, 0) == 0 && field(rr, 1) == 3 && zero;
}

/* Does ds (a CDS) hold the digest of key (a DNSKEY or CDNSKEY)? */
static bool
ds_matches(const ldns_rr *ds, const ldns_rr *key)
{
	ldns_hash h;
	switch (field(ds, 2)) {
	case 1: h = LDNS_SHA1; break;
	case 2: h = LDNS_SHA256; break;
	case 4: h = LDNS_SHA384; break;
	default: /* a digest ldns cannot make: the key tag and algorithm */
		return field(ds, 0) == keytag(key) &&
		    field(ds, 1) == field(key, 2);
	}
	ldns_rr *k = ldns_rr_clone(key);
	ldns_rr_set_type(k, LDNS_RR_TYPE_DNSKEY); /* ldns digests DNSKEYs only */
	ldns_rr *made = ldns_key_rr2ds(k, h);
	bool same = made != NULL && same_rdata(made, ds);
	ldns_rr_free(made);
	ldns_rr_free(k);
	return same;
}

static void
check_deletes(struct zl_ctx *ctx, const struct list *l, bool cds,
    bool *any)
{
	const char *type = cds ? "CDS" : "CDNSKEY";
	for (size_t i = 0; i < l->count; i++) {
		if (!is_delete(l->v[i].rr, cds))
			continue;
		*any = true;
		if (!delete_well_formed(l->v[i].rr, cds))
			zl_report(ctx, l->v[i].loc, "a delete request (algorithm 0) "
			    "must read exactly '%s %s' (RFC 8078 section 4); "
			    "parents ignore or misread this one", type,
			    cds ? "0 0 0 00" : "0 3 0 AA==");
		else if (l->count > 1)
			zl_report(ctx, l->v[i].loc, "a %s delete request must be "
			    "the only %s record, but there are %zu", type, type,
			    l->count);
	}
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	(void)zone;
	struct state *st = zl_state(ctx);
	bool cds_delete = false, cdnskey_delete = false;
	check_deletes(ctx, &st->cds, true, &cds_delete);
	check_deletes(ctx, &st->cdnskey, false, &cdnskey_delete);
	if (st->cds.count && st->cdnskey.count && cds_delete != cdnskey_delete) {
		const struct kept *k = cds_delete ? &st->cdnskey.v[0] : &st->cds.v[0];
		zl_report(ctx, k->loc, "%s asks the parent to delete the DS set "
		    "but %s does not: parents reading one or the other would "
		    "disagree", cds_delete ? "CDS" : "CDNSKEY",
		    cds_delete ? "CDNSKEY" : "CDS");
	}
	if (cds_delete || cdnskey_delete)
		return;
	for (size_t i = 0; i < st->cdnskey.count; i++) {
		const struct kept *c = &st->cdnskey.v[i];
		bool in_zone = false, has_cds = st->cds.count == 0;
		for (size_t k = 0; k < st->dnskey.count && !in_zone; k++)
			in_zone = same_rdata(c->rr, st->dnskey.v[k].rr);
		for (size_t k = 0; k < st->cds.count && !has_cds; k++)
			has_cds = ds_matches(st->cds.v[k].rr, c->rr);
		if (!in_zone)
			zl_report(ctx, c->loc, "CDNSKEY (key tag %u) matches no "
			    "DNSKEY in the zone: a parent that takes it publishes a "
			    "DS for a key that signs nothing", keytag(c->rr));
		else if (!has_cds)
			zl_report(ctx, c->loc, "CDNSKEY (key tag %u) has no CDS: "
			    "parents that read CDS and parents that read CDNSKEY "
			    "would publish different DS sets", keytag(c->rr));
	}
	for (size_t i = 0; i < st->cds.count; i++) {
		const struct kept *c = &st->cds.v[i];
		bool in_zone = false, has_cdnskey = st->cdnskey.count == 0;
		for (size_t k = 0; k < st->dnskey.count && !in_zone; k++)
			in_zone = ds_matches(c->rr, st->dnskey.v[k].rr);
		for (size_t k = 0; k < st->cdnskey.count && !has_cdnskey; k++)
			has_cdnskey = ds_matches(c->rr, st->cdnskey.v[k].rr);
		if (!in_zone)
			zl_report(ctx, c->loc, "CDS %u %u %u matches no DNSKEY in "
			    "the zone: a parent that takes it breaks the chain of "
			    "trust", field(c->rr, 0), field(c->rr, 1), field(c->rr, 2));
		else if (!has_cdnskey)
			zl_report(ctx, c->loc, "CDS %u %u %u matches no CDNSKEY: "
			    "parents that read CDS and parents that read CDNSKEY "
			    "would publish different DS sets", field(c->rr, 0),
			    field(c->rr, 1), field(c->rr, 2));
	}
}

static void
list_clear(struct list *l)
{
	for (size_t i = 0; i < l->count; i++)
		ldns_rr_free(l->v[i].rr);
	free(l->v);
	memset(l, 0, sizeof *l);
}

static void
free_state(void *p)
{
	struct state *st = p;
	list_clear(&st->dnskey);
	list_clear(&st->cds);
	list_clear(&st->cdnskey);
}

static void
zone_end_then_reset(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	on_zone_end(ctx, zone);
	free_state(zl_state(ctx));
}

const struct zl_rule rule_dnssec_cds_cdnskey = {
	.id = "dnssec-cds-cdnskey",
	.severity = ZL_ERROR,
	.types = ZL_T_DNSKEY | ZL_T_CDS | ZL_T_CDNSKEY,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = zone_end_then_reset,
	.free_state = free_state,
	.summary = "CDS or CDNSKEY that a parent cannot safely use",
	.why =
	    "A parent that polls its children (RFC 7344) replaces the DS set\n"
	    "with what the child's CDS or CDNSKEY records say.  A CDS whose\n"
	    "digest matches no DNSKEY, or a CDNSKEY that is no DNSKEY of the zone,\n"
	    "makes the parent publish a DS for a key that signs nothing: the zone\n"
	    "stops validating.  Some parents read CDS and others CDNSKEY, so when\n"
	    "both are published they must describe the same keys.  A delete\n"
	    "request (algorithm 0, RFC 8078) has one exact form and must be the\n"
	    "only record of its type.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN NS  ns1\n"
	    "ns1    IN A   192.0.2.1\n"
	    "@      IN DNSKEY 257 3 13 ( 43Gi/VAhV9+bNN2w+38K4uQJWgJjfhjoBQqL\n"
	    "       r1zXB/+PGRU1Nua5IZJS1AdK+LU9vY5qXSETe9A77AnOPM2HyA== )\n"
	    "@      IN CDS 11215 13 2 ( 8ab3b4d200bed8905873e8095140aa56\n"
	    "       01db8017ebb402fe8987c9175c80d600 )\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN NS  ns1\n"
	    "ns1    IN A   192.0.2.1\n"
	    "@      IN DNSKEY 257 3 13 ( 43Gi/VAhV9+bNN2w+38K4uQJWgJjfhjoBQqL\n"
	    "       r1zXB/+PGRU1Nua5IZJS1AdK+LU9vY5qXSETe9A77AnOPM2HyA== )\n"
	    "@      IN CDS 11215 13 2 ( 8ab3b4d200bed8905873e8095140aa56\n"
	    "       01db8017ebb402fe8987c9175c80d68e )\n"
	    "@      IN CDNSKEY 257 3 13 ( 43Gi/VAhV9+bNN2w+38K4uQJWgJjfhjoBQqL\n"
	    "       r1zXB/+PGRU1Nua5IZJS1AdK+LU9vY5qXSETe9A77AnOPM2HyA== )\n",
	.fix =
	    "Let the signer publish CDS and CDNSKEY (BIND dnssec-policy, Knot\n"
	    "cds-cdnskey-publish), or make them from the key being rolled in:\n"
	    "  ldns-key2ds -2 Kexample.com.+013+11215.key\n"
	    "and remove CDS and CDNSKEY records of keys that left the zone.",
	.refs = "RFC 7344 sections 3 and 4; RFC 8078 section 4; RFC 9975;\n"
	    "BIND 9 ARM, dnssec-policy (cds-digest-types); Knot DNS reference, policy section\n"
	    "(cds-cdnskey-publish)",
};
