/*
 * hygiene-ttl-mismatch: records of one RRset with different TTLs.
 *
 * An RRset has one TTL (RFC 2181 section 5.2).  Keeping every RRset of a
 * million-record zone would cost more than the name index, so the TTLs
 * are compared within a run, as hygiene-duplicate-record compares data:
 * the records of one owner entry that come one after another.  The run
 * keeps the first record of each type (its TTL, class and place), at
 * most MAX_SETS of them; a record of an owner that comes back after
 * another name starts a new run, so a mismatch across the gap is not
 * found.  Zone files, Windows exports and dig transcripts keep a name's
 * records together.  Route 53's routing-policy sets (zl_record.set) of one
 * name and type are different answers: a record of another set starts
 * its type's RRset again.  RRSIG and SIG are left out: an RRSIG RRset holds
 * signatures over different types, each with the TTL of the RRset it
 * covers (RFC 4034 section 3), and dnssec-rrsig-ttl checks those.
 */
#include <stdlib.h>

#include "../src/rrname.h"
#include "../src/zonelint.h"

#define MAX_SETS 64 /* RRsets kept per run */

/* An RRset of the run.  No class: the reader refuses a record whose
 * class is not the zone's. */
struct set {
	uint16_t type;
	uint32_t ttl;
	uint32_t line; /* its first record's */
	uint32_t rset; /* zl_record.set */
};

struct state {
	const struct zl_name *owner; /* the run's owner entry */
	struct set set[MAX_SETS];
	size_t n;
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	ldns_rr_type type = ldns_rr_get_type(rec->rr);
	if (type == LDNS_RR_TYPE_RRSIG || type == LDNS_RR_TYPE_SIG)
		return;
	uint32_t ttl = ldns_rr_ttl(rec->rr);
	if (rec->name != st->owner) { /* most records: a new run */
		st->owner = rec->name;
		st->set[0] = (struct set){(uint16_t)type, ttl, rec->loc.line,
		    rec->set};
		st->n = 1;
		return;
	}
	for (size_t i = 0; i < st->n; i++) {
		struct set *s = &st->set[i];
		if (s->type != (uint16_t)type)
			continue;
		if (s->rset != rec->set) { /* another routing-policy set */
			*s = (struct set){(uint16_t)type, ttl, rec->loc.line, rec->set};
			return;
		}
		if (s->ttl != ttl) {
			char o[LDNS_MAX_DOMAINLEN * 4 + 2];
			char *ty = zl_type_str(type);
			zl_report(ctx, rec->loc, "%s %s with TTL %u, but the RRset's "
			    "first record (line %u) has TTL %u; servers give the "
			    "RRset one TTL", zl_dname_str(ldns_rr_owner(rec->rr), o,
			    sizeof o), ty, ttl, s->line, s->ttl);
			free(ty);
		}
		return;
	}
	if (st->n < MAX_SETS)
		st->set[st->n++] = (struct set){(uint16_t)type, ttl,
		    rec->loc.line, rec->set};
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	(void)zone;
	struct state *st = zl_state(ctx);
	st->owner = NULL;
	st->n = 0;
}

const struct zl_rule rule_hygiene_ttl_mismatch = {
	.id = "hygiene-ttl-mismatch",
	.severity = ZL_WARNING,
	.all_types = true,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.summary = "TTL mismatch within an RRset",
	.why =
	    "The records of one name, class and type form an RRset, and an\n"
	    "RRset has one TTL (RFC 2181 section 5.2).  Servers do not keep the\n"
	    "TTLs as written: BIND loads the zone and gives the later records\n"
	    "the first one's TTL (\"TTL set to prior TTL\"), NSD warns and loads\n"
	    "it, validns reports it; so the TTL a record shows in the file is\n"
	    "not the TTL resolvers see.  RRSIG records are not compared with one\n"
	    "another: signatures over different types have the TTLs of the\n"
	    "RRsets they cover (RFC 4034 section 3; dnssec-rrsig-ttl checks\n"
	    "those).  A copy of a record with another TTL is reported here and\n"
	    "also, as a copy, by hygiene-duplicate-record.\n"
	    "What is compared: the records of one name that come one after\n"
	    "another; a name whose records come back after another name's starts\n"
	    "afresh, so a mismatch across that gap is not found (comparing across\n"
	    "the zone would mean keeping every record in memory).",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "ns1    IN  A    192.0.2.1\n"
	    "www    300 IN  A  192.0.2.10\n"
	    "www    600 IN  A  192.0.2.11\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "ns1    IN  A    192.0.2.1\n"
	    "www    300 IN  A     192.0.2.10\n"
	    "www    300 IN  A     192.0.2.11\n"
	    "www    600 IN  AAAA  2001:db8::10\n",
	.fix =
	    "Give every record of the RRset the same TTL (or write it on none\n"
	    "of them, so that all take $TTL).",
	.refs = "RFC 2181 section 5.2; RFC 4034 section 3",
};
