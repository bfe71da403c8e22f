/*
 * dnssec-rrsig-verify: an RRSIG made by one of the zone's DNSKEYs that
 * does not verify over the RRset it covers: the data or the signature
 * was changed after signing.  Times are left to dnssec-rrsig-time, a
 * key tag no DNSKEY has to dnssec-rrsig-signer.
 *
 * The zone is streamed, so an RRset is verified when its owner's run
 * ends (the records of one owner entry that come one after another;
 * signers write each name's records, signatures included, together).
 * The signatures of BATCH runs are verified together on the threads -j
 * gives (zl_parallel), and reported in order.  Bounds: a run keeps at
 * most MAX_RUN records; runs wait for the apex DNSKEYs (when they come
 * later) or their batch, at most MAX_HELD records in all; failures wait
 * for zone end, at most MAX_FAIL, so that a name with an RRset written
 * in two places (another name between them: verified half, it would
 * fail) is not blamed.  Types are told apart by the index's type bits,
 * which lump the rarer types together: at worst a failure goes
 * unreported, never is a sound RRset blamed.  What a bound leaves
 * unverified is counted, and -v says so.
 * A zone whose first PROBE records, up to the end of its apex, hold no
 * RRSIG and no DNSKEY is unsigned: its other records skip this rule.
 * A verification costs at most one RSA-4096 or ECDSA check per key
 * tried, and at most MAX_SAME_TAG keys are tried: the work is linear in
 * the input, as every other rule's.
 */
#include <stdlib.h>

#include "../src/rrname.h"
#include "../src/zonelint.h"
#include "dnssec.h"

#define MAX_RUN 512     /* records of one owner run kept */
#define MAX_HELD 65536  /* records kept for verification, in all */
#define BATCH 1024      /* signatures verified together, on -j threads */
#define MAX_FAIL 4096
#define MAX_KEYS 16      /* apex DNSKEYs kept */
#define MAX_SAME_TAG 2   /* of one key tag and algorithm: each is tried */
#define MAX_RSA_BITS 4096 /* RFC 5702's largest: bounds a verification */
#define PROBE 256

enum { SPLIT }; /* mark: an RRset of the name is written in two places */

struct held { /* a record kept, as a copy */
	ldns_rr *rr;
	struct zl_loc loc;               /* an RRSIG's: its signature field */
	const struct zl_name *owner;
};

struct task { /* one signature and the run it is checked over */
	size_t sig, first, n;            /* in held */
	ldns_status status;
};

struct fail { /* a signature that did not verify, or had nothing to */
	struct zl_loc loc;
	const struct zl_name *owner;
	uint16_t type, tag;
	bool apart;  /* none of its records were beside it */
};

struct state {
	const struct zl_name *owner;     /* the current run's */
	uint32_t types_before;           /* its types in earlier runs */
	size_t run;                      /* its first record in held */
	bool run_too_long, signs;        /* signs: the run holds an RRSIG */
	struct held *held;               /* runs with signatures, in order */
	size_t nheld, heldcap;
	struct task *task;
	size_t ntask, taskcap;
	ldns_rr_list *keys;              /* the apex DNSKEYs */
	struct fail *fail;
	size_t nfail, failcap;
	unsigned long seen, checked, unchecked, split, keys_dropped;
	bool signed_zone;
};

static void
drop_held(struct state *st, size_t from)
{
	for (size_t i = from; i < st->nheld; i++)
		ldns_rr_free(st->held[i].rr);
	st->nheld = from;
}

/* One task, on any thread: reads held and keys, writes its status. */
static void
verify_task(void *arg, size_t i)
{
	struct state *st = arg;
	struct task *t = &st->task[i];
	const ldns_rr *sig = st->held[t->sig].rr;
	ldns_rr_type covered = ldns_rdf2rr_type(ldns_rr_rrsig_typecovered(sig));
	ldns_rr_list *set = ldns_rr_list_new();
	t->status = LDNS_STATUS_MEM_ERR;
	if (set == NULL)
		return;
	for (size_t k = t->first; k < t->first + t->n; k++)
		if (ldns_rr_get_type(st->held[k].rr) == covered)
			ldns_rr_list_push_rr(set, st->held[k].rr);
	t->status = ldns_rr_list_rr_count(set) == 0 ? LDNS_STATUS_ERR :
	    ldns_verify_rrsig_keylist_notime(set, (ldns_rr *)sig, st->keys,
	    NULL);
	ldns_rr_list_free(set); /* the list only: the records are held */
}

/* Verifies every task (the keys are known), keeps the failures in
 * order, and lets go of the records. */
static void
flush(struct zl_ctx *ctx, struct state *st)
{
	zl_parallel(ctx, verify_task, st, st->ntask);
	for (size_t i = 0; i < st->ntask; i++) {
		const struct task *t = &st->task[i];
		bool apart = t->status == LDNS_STATUS_ERR;
		bool bogus = t->status == LDNS_STATUS_CRYPTO_BOGUS;
		st->checked += bogus || t->status == LDNS_STATUS_OK;
		if (!apart && !bogus)
			continue; /* no such key, an unknown algorithm: not ours */
		if (st->nfail == MAX_FAIL) {
			st->unchecked++;
			continue;
		}
		const struct held *h = &st->held[t->sig];
		st->fail = zl_grow(st->fail, &st->failcap, st->nfail + 1,
		    sizeof *st->fail);
		st->fail[st->nfail++] = (struct fail){h->loc, h->owner,
		    ldns_rdf2native_int16(ldns_rr_rrsig_typecovered(h->rr)),
		    ldns_rdf2native_int16(ldns_rr_rrsig_keytag(h->rr)), apart};
	}
	st->ntask = 0;
	drop_held(st, 0);
	st->run = 0;
}

/* The run is over: its signatures become tasks, or it is let go. */
static void
end_run(struct zl_ctx *ctx, struct state *st)
{
	if (st->signs && st->run_too_long)
		st->unchecked++;
	if (!st->signs || st->run_too_long) {
		drop_held(st, st->run);
	} else {
		for (size_t i = st->run; i < st->nheld; i++)
			if (ldns_rr_get_type(st->held[i].rr) == LDNS_RR_TYPE_RRSIG) {
				st->task = zl_grow(st->task, &st->taskcap,
				    st->ntask + 1, sizeof *st->task);
				st->task[st->ntask++] = (struct task){i, st->run,
				    st->nheld - st->run, LDNS_STATUS_OK};
			}
		if (st->keys && (st->ntask >= BATCH || st->nheld >= MAX_HELD / 2))
			flush(ctx, st);
	}
	st->run = st->nheld;
	st->run_too_long = st->signs = false;
	st->owner = NULL;
}

static bool
is_apex(const struct zl_record *rec)
{
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	return apex && zl_dname_eq(ldns_rr_owner(rec->rr), apex);
}

/* An apex DNSKEY, kept unless it would make verifying cost more than
 * the input is worth: a hostile zone could give one key tag many keys
 * (each is tried on every signature) or a huge RSA modulus. */
static void
keep_key(struct state *st, const struct zl_record *rec)
{
	if (ldns_rr_rd_count(rec->rr) < 4)
		return;
	if (st->keys == NULL && (st->keys = ldns_rr_list_new()) == NULL)
		return;
	size_t n = ldns_rr_list_rr_count(st->keys), same = 0;
	uint16_t tag = ldns_calc_keytag(rec->rr);
	uint8_t alg = ldns_rdf2native_int8(ldns_rr_rdf(rec->rr, 2));
	for (size_t i = 0; i < n; i++) {
		ldns_rr *k = ldns_rr_list_rr(st->keys, i);
		same += ldns_calc_keytag(k) == tag &&
		    ldns_rdf2native_int8(ldns_rr_rdf(k, 2)) == alg;
	}
	if (n >= MAX_KEYS || same >= MAX_SAME_TAG || (dnssec_alg_rsa(alg) &&
	    ldns_rr_dnskey_key_size(rec->rr) > MAX_RSA_BITS)) {
		st->keys_dropped++;
		return;
	}
	ldns_rr *k = ldns_rr_clone(rec->rr);
	if (k && !ldns_rr_list_push_rr(st->keys, k))
		ldns_rr_free(k);
}

static void
hold(struct state *st, const struct zl_record *rec, ldns_rr_type type)
{
	if (st->run_too_long)
		return;
	ldns_rr *copy = NULL;
	if (st->nheld - st->run == MAX_RUN || st->nheld == MAX_HELD ||
	    (copy = ldns_rr_clone(rec->rr)) == NULL) {
		st->run_too_long = true; /* or out of memory in ldns */
		return;
	}
	struct zl_loc at = rec->loc; /* the signature's own field, if known */
	if (type == LDNS_RR_TYPE_RRSIG && rec->rdata_count > 8)
		at = (struct zl_loc){rec->loc.file, rec->rdata[8].line,
		    rec->rdata[8].col};
	st->held = zl_grow(st->held, &st->heldcap, st->nheld + 1,
	    sizeof *st->held);
	st->held[st->nheld++] = (struct held){copy, at, rec->name};
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	ldns_rr_type type = ldns_rr_get_type(rec->rr);
	bool apex = is_apex(rec);
	if (type == LDNS_RR_TYPE_RRSIG || (type == LDNS_RR_TYPE_DNSKEY && apex))
		st->signed_zone = true;
	else if (!st->signed_zone && ++st->seen > PROBE && !apex) {
		end_run(ctx, st);
		zl_skip_zone_records(ctx); /* unsigned */
		return;
	}
	if (rec->name != st->owner) {
		end_run(ctx, st);
		st->owner = rec->name;
		st->types_before = rec->name_types_before;
	}
	/* an RRset begun in an earlier run: verified half, it would fail.
	 * RRSIGs are not an RRset to keep together; each is checked alone */
	if (type != LDNS_RR_TYPE_RRSIG &&
	    (st->types_before & zl_type_bit(type)))
		zl_mark_entry(ctx, rec->name, SPLIT);
	if (type == LDNS_RR_TYPE_DNSKEY && apex)
		keep_key(st, rec);
	st->signs |= type == LDNS_RR_TYPE_RRSIG;
	hold(st, rec, type);
}

static void
report_fail(struct zl_ctx *ctx, const struct zl_zone *zone,
    const struct fail *f)
{
	uint8_t buf[2 * LDNS_MAX_DOMAINLEN + 2];
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	ldns_rdf name = zl_index_name(zone, f->owner, buf);
	char *ty = zl_type_str(f->type);
	zl_report(ctx, f->loc, "the signature over %s %s by key %u does not "
	    "match the data: a record of the RRset, or the signature, was "
	    "changed after signing", zl_dname_str(&name, o, sizeof o), ty,
	    f->tag);
	free(ty);
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	end_run(ctx, st);
	if (st->keys)
		flush(ctx, st);
	else if (st->ntask)
		st->unchecked++; /* no apex DNSKEY: dnssec-rrsig-signer says so */
	for (size_t i = 0; i < st->nfail; i++)
		if (zl_marked(ctx, st->fail[i].owner, SPLIT))
			st->split++;
		else if (!st->fail[i].apart) /* else dnssec-rrsig-coverage's */
			report_fail(ctx, zone, &st->fail[i]);
	const char *z = zl_zone_origin_str(zone);
	if (st->signed_zone)
		zl_verbose(ctx, "%s: signatures verified: %lu", z, st->checked);
	if (st->unchecked)
		zl_verbose(ctx, "%s: signed names not verified: %lu (more than %d "
		    "records at one name, more than %d records before the apex "
		    "DNSKEYs, more than %d failures, or no apex DNSKEY)", z,
		    st->unchecked, MAX_RUN, MAX_HELD, MAX_FAIL);
	if (st->keys_dropped)
		zl_verbose(ctx, "%s: apex DNSKEYs not used to verify: %lu (more "
		    "than %d keys, more than %d of one key tag and algorithm, or "
		    "RSA above %d bits)", z, st->keys_dropped, MAX_KEYS,
		    MAX_SAME_TAG, MAX_RSA_BITS);
	if (st->split)
		zl_verbose(ctx, "%s: signatures not verified, as their owner's "
		    "records are not together and the RRset may be split: %lu", z,
		    st->split);
	drop_held(st, 0);
	ldns_rr_list_deep_free(st->keys);
	struct state keep = {.held = st->held, .heldcap = st->heldcap,
	    .task = st->task, .taskcap = st->taskcap, .fail = st->fail,
	    .failcap = st->failcap};
	*st = keep;
}

static void
free_state(void *p)
{
	struct state *st = p;
	drop_held(st, 0);
	ldns_rr_list_deep_free(st->keys);
	free(st->held);
	free(st->task);
	free(st->fail);
}

const struct zl_rule rule_dnssec_rrsig_verify = {
	.id = "dnssec-rrsig-verify",
	.severity = ZL_ERROR,
	.all_types = true,
	.state_size = sizeof(struct state),
	.marks = 1,
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "RRSIG does not verify over its RRset",
	.why =
	    "A validating resolver checks each signature against the zone's\n"
	    "DNSKEY before it believes the RRset.  A signature that does not\n"
	    "verify makes the answer bogus: validators answer SERVFAIL, and the\n"
	    "name is down for everyone who validates.  It happens when a signed\n"
	    "zone file is edited by hand (a changed address, an added record)\n"
	    "and published without re-signing, when records of two signings are\n"
	    "mixed, or when a signature is copied from another zone.  The check\n"
	    "is cryptographic, with ldns's verifier: the RRset is put in\n"
	    "canonical form with the TTL the signature names (RFC 4035 5.3.2)\n"
	    "and checked with every apex DNSKEY of the signature's key tag, on\n"
	    "the threads -j gives.  The records of a name are verified once they\n"
	    "have all been read; a name with an RRset written in two places\n"
	    "(another name between them) is not blamed (-v counts those).\n"
	    "ldns-verify-zone,\n"
	    "kzonecheck and validns report such a signature too; BIND's\n"
	    "named-checkzone loads the zone without verifying signatures.\n"
	    "Expired signatures are dnssec-rrsig-time's, and a key tag that no\n"
	    "apex DNSKEY has is dnssec-rrsig-signer's.",
	.bad =
	    ";; options: --now 20261201000000\n"
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN RRSIG SOA 13 2 3600 20270101000000 20261101000000 6236 example.com. (\n"
	    "       Ptc0bTNkOuUkBqQUyq/0aJLv9rvRX8iflkgrNtOzJ+Lg\n"
	    "       6qhYDXEPUV+pX1/mFs7aRYAWKHnCNTNOV1iyyg2R1Q== )\n"
	    "@    IN NS ns1\n"
	    "@    IN NS ns2\n"
	    "@    IN RRSIG NS 13 2 3600 20270101000000 20261101000000 6236 example.com. (\n"
	    "       sJ//dyIXDiz95fdbUJ4hOlVXY+3I+CuP3aH1imKrPstL\n"
	    "       qY/2A9Ym9WmwQQhYWHn3ZmGW9i9c9X32Ip4g2IuMOg== )\n"
	    "@    IN DNSKEY 257 3 13 (\n"
	    "       f9c3K1TeaIc5Wdws3cQqIwbypKAp66aP3EjJIc+IBiuA\n"
	    "       Astcw4qxiHr0V7wxoI3EnAnDahXO6z+0vQBiHZIFjw== )\n"
	    "@    IN RRSIG DNSKEY 13 2 3600 20270101000000 20261101000000 6236 example.com. (\n"
	    "       pLpoMbIpwQYfSCabUEyfpsAS2o+jHuSPpndjzZ3C82GH\n"
	    "       7KKc4yTsGF5EZxkaejaQnbQ8XwmUtCByUPZpiCkqOA== )\n"
	    "@    300 IN NSEC ns1 NS SOA RRSIG NSEC DNSKEY\n"
	    "@    300 IN RRSIG NSEC 13 2 300 20270101000000 20261101000000 6236 example.com. (\n"
	    "       F9GB39RyjtXy6AFIwsksUjrIkwPyojjWIW5poSEDh1fk\n"
	    "       AIFPsJ7xBiqGQVzxve29GSXm+nlSamu37pMJXNJskA== )\n"
	    "ns1  IN A 192.0.2.1\n"
	    "ns1  IN RRSIG A 13 3 3600 20270101000000 20261101000000 6236 example.com. (\n"
	    "       AD1zmRi9BK0ea+QNHQlrIoE4mbz/NPHCZpfoXxIyrN9w\n"
	    "       nk9XEbBSOJ7PgMDdoLvHS5/YcIL/I6jQks8wSSu+6w== )\n"
	    "ns1  300 IN NSEC ns2 A RRSIG NSEC\n"
	    "ns1  300 IN RRSIG NSEC 13 3 300 20270101000000 20261101000000 6236 example.com. (\n"
	    "       k4uud5qdBMbie6814UvMrXWdAtNaXRGUYaFrJS/79lt3\n"
	    "       i3mge7VbzZs1Je385ZJRI58rhQammsvQuLsg+I1HfA== )\n"
	    "ns2  IN A 192.0.2.9 ; edited after signing: it was 192.0.2.2\n"
	    "ns2  IN RRSIG A 13 3 3600 20270101000000 20261101000000 6236 example.com. (\n"
	    "       nTPBitieOcaOtPv7oxDwhiG85hkfwEOAwXtuPSB4K6xW\n"
	    "       K13Dirr+YTT/7zvyVkIPzgz0axzpLrprKR4RD20YzA== )\n"
	    "ns2  300 IN NSEC @ A RRSIG NSEC\n"
	    "ns2  300 IN RRSIG NSEC 13 3 300 20270101000000 20261101000000 6236 example.com. (\n"
	    "       2jDH6wDx2SSra3PA2KzwEX5HW4yCzWi+OIv6pmlSNjeQ\n"
	    "       nYKoX3lHjHw6fdxpEcxYGBJ+cyOYioRmfSXmU636bg== )\n",
	.good =
	    ";; options: --now 20261201000000\n"
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN RRSIG SOA 13 2 3600 20270101000000 20261101000000 6236 example.com. (\n"
	    "       Ptc0bTNkOuUkBqQUyq/0aJLv9rvRX8iflkgrNtOzJ+Lg\n"
	    "       6qhYDXEPUV+pX1/mFs7aRYAWKHnCNTNOV1iyyg2R1Q== )\n"
	    "@    IN NS ns1\n"
	    "@    IN NS ns2\n"
	    "@    IN RRSIG NS 13 2 3600 20270101000000 20261101000000 6236 example.com. (\n"
	    "       sJ//dyIXDiz95fdbUJ4hOlVXY+3I+CuP3aH1imKrPstL\n"
	    "       qY/2A9Ym9WmwQQhYWHn3ZmGW9i9c9X32Ip4g2IuMOg== )\n"
	    "@    IN DNSKEY 257 3 13 (\n"
	    "       f9c3K1TeaIc5Wdws3cQqIwbypKAp66aP3EjJIc+IBiuA\n"
	    "       Astcw4qxiHr0V7wxoI3EnAnDahXO6z+0vQBiHZIFjw== )\n"
	    "@    IN RRSIG DNSKEY 13 2 3600 20270101000000 20261101000000 6236 example.com. (\n"
	    "       pLpoMbIpwQYfSCabUEyfpsAS2o+jHuSPpndjzZ3C82GH\n"
	    "       7KKc4yTsGF5EZxkaejaQnbQ8XwmUtCByUPZpiCkqOA== )\n"
	    "@    300 IN NSEC ns1 NS SOA RRSIG NSEC DNSKEY\n"
	    "@    300 IN RRSIG NSEC 13 2 300 20270101000000 20261101000000 6236 example.com. (\n"
	    "       F9GB39RyjtXy6AFIwsksUjrIkwPyojjWIW5poSEDh1fk\n"
	    "       AIFPsJ7xBiqGQVzxve29GSXm+nlSamu37pMJXNJskA== )\n"
	    "ns1  IN A 192.0.2.1\n"
	    "ns1  IN RRSIG A 13 3 3600 20270101000000 20261101000000 6236 example.com. (\n"
	    "       AD1zmRi9BK0ea+QNHQlrIoE4mbz/NPHCZpfoXxIyrN9w\n"
	    "       nk9XEbBSOJ7PgMDdoLvHS5/YcIL/I6jQks8wSSu+6w== )\n"
	    "ns1  300 IN NSEC ns2 A RRSIG NSEC\n"
	    "ns1  300 IN RRSIG NSEC 13 3 300 20270101000000 20261101000000 6236 example.com. (\n"
	    "       k4uud5qdBMbie6814UvMrXWdAtNaXRGUYaFrJS/79lt3\n"
	    "       i3mge7VbzZs1Je385ZJRI58rhQammsvQuLsg+I1HfA== )\n"
	    "ns2  IN A 192.0.2.2\n"
	    "ns2  IN RRSIG A 13 3 3600 20270101000000 20261101000000 6236 example.com. (\n"
	    "       nTPBitieOcaOtPv7oxDwhiG85hkfwEOAwXtuPSB4K6xW\n"
	    "       K13Dirr+YTT/7zvyVkIPzgz0axzpLrprKR4RD20YzA== )\n"
	    "ns2  300 IN NSEC @ A RRSIG NSEC\n"
	    "ns2  300 IN RRSIG NSEC 13 3 300 20270101000000 20261101000000 6236 example.com. (\n"
	    "       2jDH6wDx2SSra3PA2KzwEX5HW4yCzWi+OIv6pmlSNjeQ\n"
	    "       nYKoX3lHjHw6fdxpEcxYGBJ+cyOYioRmfSXmU636bg== )\n",
	.fix =
	    "Make changes in the unsigned zone and sign it again (dnssec-signzone,\n"
	    "ldns-signzone, knotc or the server's signing policy) rather than\n"
	    "editing the signed file; publish only what the signer wrote.  Check\n"
	    "a signed file before publishing it with zonelint or\n"
	    "ldns-verify-zone.",
	.refs = "RFC 4035 section 5.3; RFC 4034 section 3.1.8.1 and 6",
};
