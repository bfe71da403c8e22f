/*
 * dnssec-no-ksk: a signed zone's DNSKEY RRset is signed by no apex key
 * with the Secure Entry Point bit (flags 257, a KSK or a CSK): the zone
 * was signed with its ZSK only.  The apex DNSKEYs (tag, algorithm, SEP)
 * and the keys named by apex RRSIGs over DNSKEY are kept, few as they
 * are, and compared at zone end, as they may come in either order.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/zonelint.h"
#include "dnssec_example.h"

struct key {
	uint16_t tag;
	uint8_t alg;
	bool sep;
};

struct state {
	struct key *keys, *sigs;
	size_t nkeys, nsigs, keycap, sigcap;
	struct zl_loc first_sig;  /* the first RRSIG over the DNSKEY RRset */
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (apex == NULL || !zl_dname_eq(ldns_rr_owner(rec->rr), apex))
		return;
	if (ldns_rr_get_type(rec->rr) == LDNS_RR_TYPE_DNSKEY) {
		if (ldns_rr_rd_count(rec->rr) < 4)
			return;
		st->keys = zl_grow(st->keys, &st->keycap, st->nkeys + 1,
		    sizeof *st->keys);
		st->keys[st->nkeys++] = (struct key){
		    (uint16_t)ldns_calc_keytag(rec->rr),
		    ldns_rdf2native_int8(ldns_rr_rdf(rec->rr, 2)),
		    (ldns_rdf2native_int16(ldns_rr_rdf(rec->rr, 0)) &
		    LDNS_KEY_SEP_KEY) != 0};
		return;
	}
	if (ldns_rr_rd_count(rec->rr) < 7 ||
	    ldns_rdf2rr_type(ldns_rr_rdf(rec->rr, 0)) != LDNS_RR_TYPE_DNSKEY)
		return;
	if (st->nsigs == 0)
		st->first_sig = rec->loc;
	st->sigs = zl_grow(st->sigs, &st->sigcap, st->nsigs + 1,
	    sizeof *st->sigs);
	st->sigs[st->nsigs++] = (struct key){
	    ldns_rdf2native_int16(ldns_rr_rdf(rec->rr, 6)),
	    ldns_rdf2native_int8(ldns_rr_rdf(rec->rr, 1)), false};
}

static void
free_state(void *p)
{
	struct state *st = p;
	free(st->keys);
	free(st->sigs);
	memset(st, 0, sizeof *st);
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	(void)zone;
	struct state *st = zl_state(ctx);
	size_t known = 0;
	const struct key *ksk = NULL;
	for (size_t k = 0; k < st->nkeys && ksk == NULL; k++)
		if (st->keys[k].sep)
			ksk = &st->keys[k];
	for (size_t i = 0; i < st->nsigs; i++)
		for (size_t k = 0; k < st->nkeys; k++) {
			if (st->keys[k].tag != st->sigs[i].tag ||
			    st->keys[k].alg != st->sigs[i].alg)
				continue;
			if (st->keys[k].sep) {
				free_state(st);
				return; /* a KSK signs it */
			}
			known++;
			break;
		}
	/* only when every signature names a key of the zone: an unknown one
	 * is dnssec-rrsig-signer's to report */
	if (st->nsigs > 0 && known == st->nsigs) {
		char also[64] = "";
		if (ksk)
			snprintf(also, sizeof also, ", not the KSK (key tag %u)",
			    ksk->tag);
		zl_report(ctx, st->first_sig, "its RRSIGs name only keys with flags "
		    "256 (key tag %u)%s; validators ignore the SEP bit, but the "
		    "parent's DS must then name a ZSK", st->sigs[0].tag, also);
	}
	free_state(st);
}

const struct zl_rule rule_dnssec_no_ksk = {
	.id = "dnssec-no-ksk",
	.severity = ZL_WARNING,
	.types = ZL_T_DNSKEY | ZL_T_RRSIG,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "zone signed with a ZSK only: no KSK signs the DNSKEY RRset",
	.why =
	    "The chain of trust enters a zone through a key that the parent's DS\n"
	    "names, and that key signs the DNSKEY RRset.  Signers mark that key\n"
	    "with the Secure Entry Point bit (flags 257: a KSK, or a CSK that\n"
	    "signs everything).  A DNSKEY RRset signed only by keys with flags\n"
	    "256 means the zone was signed with its ZSK alone: the KSK was left\n"
	    "out of the signing run, or never made.  Validators ignore the bit,\n"
	    "so the zone still validates if the DS names the ZSK, but every ZSK\n"
	    "rollover then needs the parent, and a DS made from the KSK as\n"
	    "usual breaks the zone.  Knot (kzonecheck) refuses such a zone, and\n"
	    "validns reports it with -p ksk-exists.",
	.bad =
	    ";; options: --now 20261201000000\n"
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN RRSIG SOA 13 2 3600 20270101000000 20261101000000 63764 example.com. (\n"
	    "       78XOnfNL1q6LSq8cQzj8x6i4WSATIgx44zgWs4Gp+U7u\n"
	    "       4MvOoC/dE2EkAAAPsMStr0ksNtCrJQP1CZ6LYigOmA== )\n"
	    "@    IN NS ns1\n"
	    "@    IN RRSIG NS 13 2 3600 20270101000000 20261101000000 63764 example.com. (\n"
	    "       +BxEl4MzLL7q/6963CpWCBS0Cdc4DUlpqIw+STEFPBUt\n"
	    "       Bksi2KaJNp+gJI2WnMu75FO74MZWWjTEFJA40Kz6ZA== )\n"
	    "@    IN DNSKEY 256 3 13 (\n"
	    "       HVgW9WbQ8V9zwDx4SdDGoEBfhP3CkVdKM5X2BHzhz2uG\n"
	    "       /F44wdiRw+VPeiOADJlBEaUvlKLz2oQgJqBLHjID2A== )\n"
	    "@    IN RRSIG DNSKEY 13 2 3600 20270101000000 20261101000000 63764 example.com. (\n"
	    "       MlS0NtKSKwL0MTTbGRKy42slagKmFHLptcu68xosjH1y\n"
	    "       SGe0Vr5DQlfvyyHxkWSa6pvdSLxbX3kHvM19x32GiA== )\n"
	    "@    300 IN NSEC ns1 NS SOA RRSIG NSEC DNSKEY\n"
	    "@    300 IN RRSIG NSEC 13 2 300 20270101000000 20261101000000 63764 example.com. (\n"
	    "       inr/gziiZFDL4p73HrEknINz1VpvcJjGVbbAmGU8BHgB\n"
	    "       Wu+RZyrlX/wRx62rQ8V4IJiF6CX3XVSyirR4Y1zfiQ== )\n"
	    "ns1  IN A 192.0.2.1\n"
	    "ns1  IN RRSIG A 13 3 3600 20270101000000 20261101000000 63764 example.com. (\n"
	    "       hSBO7lyaIs2gnX5ItPAo0fSrkfn/qZywDm/JPKUrAMM1\n"
	    "       CsiVzr6xrpQd8OS5GGPSADc3Scr4GCDQ21rapv2v6g== )\n"
	    "ns1  300 IN NSEC example.com. A RRSIG NSEC\n"
	    "ns1  300 IN RRSIG NSEC 13 3 300 20270101000000 20261101000000 63764 example.com. (\n"
	    "       12sxBmsOPro24/upvOOK3TaZq1y2jekGvRW/Iag7WLcy\n"
	    "       b4lVgMM0FeYKZiwKn5luniQjC0LtJ2D+JfKFS9/X2Q== )\n",
	.good =
	    DNSSEC_EXAMPLE_ZONE,
	.fix =
	    "Sign with the KSK too: give the signer both keys (ldns-signzone\n"
	    "ZONE Kzsk Kksk; dnssec-signzone -S picks the KSK from the key\n"
	    "directory), or make a key with the SEP bit (ldns-keygen -k,\n"
	    "dnssec-keygen -f KSK), sign the DNSKEY RRset with it and have the\n"
	    "parent's DS name it.",
	.refs = "RFC 4034 section 2.1.1; RFC 3757; RFC 6781 section 3.1",
};
