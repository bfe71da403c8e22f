/*
 * hygiene-spf-type-only: an SPF record (type 99) at a name with no SPF
 * policy in a TXT record.
 *
 * A TXT record whose first string starts "v=spf1" marks its name (mark
 * 0); the first SPF record of each name is kept (its entry, marked 1 so
 * later ones are not, and its place), and at the zone's end those whose
 * name has no mark 0 are reported.  What is kept grows with the names
 * that have SPF records, which few zones have at all.
 */
#include <stdlib.h>
#include <strings.h>

#include "../src/zonelint.h"

struct spf {
	const struct zl_name *name;
	struct zl_loc loc;
};

struct state {
	struct spf *v;
	size_t n, cap;
};

/* Whether TXT data (its first string) is an SPF policy. */
static bool
is_spf_text(const uint8_t *d, uint32_t len)
{
	if (len < 7 || d[0] < 6 || strncasecmp((const char *)d + 1, "v=spf1",
	    6) != 0)
		return false;
	return d[0] == 6 || d[7] == ' ';
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	ldns_rr_type type = ldns_rr_get_type(rec->rr);
	if (type == LDNS_RR_TYPE_TXT) {
		if (is_spf_text(rec->data, rec->data_len))
			zl_mark_entry(ctx, rec->name, 0);
		return;
	}
	if (type != LDNS_RR_TYPE_SPF || zl_marked(ctx, rec->name, 1))
		return;
	zl_mark_entry(ctx, rec->name, 1);
	struct state *st = zl_state(ctx);
	st->v = zl_grow(st->v, &st->cap, st->n + 1, sizeof *st->v);
	st->v[st->n++] = (struct spf){rec->name, rec->loc};
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	uint8_t buf[2 * LDNS_MAX_DOMAINLEN + 2];
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	for (size_t i = 0; i < st->n; i++) {
		if (zl_marked(ctx, st->v[i].name, 0))
			continue;
		ldns_rdf name = zl_index_name(zone, st->v[i].name, buf);
		zl_report(ctx, st->v[i].loc, "%s has its SPF policy in an SPF "
		    "record only, with no TXT record starting \"v=spf1\": mail "
		    "servers look up TXT (RFC 7208), and BIND warns",
		    zl_dname_str(&name, o, sizeof o));
	}
	st->n = 0;
}

static void
free_state(void *p)
{
	struct state *st = p;
	free(st->v);
}

const struct zl_rule rule_hygiene_spf_type_only = {
	.id = "hygiene-spf-type-only",
	.severity = ZL_WARNING,
	.types = ZL_T_TXT | ZL_T_OTHER,
	.state_size = sizeof(struct state),
	.marks = 2,
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "SPF policy published only as an SPF record",
	.why =
	    "RFC 4408 defined an RR type SPF (99) beside TXT; RFC 7208 (section\n"
	    "3.1) dropped it: SPF policies are published as TXT records only, and\n"
	    "mail servers look up TXT.  A name with an SPF record but no TXT\n"
	    "record starting \"v=spf1\" has, for them, no policy at all.  BIND\n"
	    "loads the zone and warns (\"found type SPF record but no SPF TXT\n"
	    "record found\").  A TXT record that is not an SPF policy does not\n"
	    "count.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "@      IN  SPF  \"v=spf1 mx -all\"\n"
	    "ns1    IN  A    192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "@      IN  SPF  \"v=spf1 mx -all\"\n"
	    "@      IN  TXT  \"v=spf1 mx -all\"\n"
	    "ns1    IN  A    192.0.2.1\n",
	.fix =
	    "Publish the policy as a TXT record at the same name, and delete the\n"
	    "SPF record.",
	.refs = "RFC 7208 sections 3.1 and 14.1; RFC 4408 section 3.1.1",
};
