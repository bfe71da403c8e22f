/*
 * mail-null-mx: a null MX ("MX 0 .", RFC 7505) beside other MX records
 * at its name, or written with a preference other than 0.
 *
 * The MX records of a name are compared as they stream past, within a
 * run of that name (its records one after another, as zone files and
 * exports write them): nothing is kept past the run, whatever the size
 * of the zone.  A name whose MX records are written apart, another name
 * between them, is not compared across the gap.  A name with both kinds
 * is reported once, at its second kind's first record.
 */
#include "../src/zonelint.h"

struct state {
	const struct zl_name *owner;  /* the run's */
	bool null, other, reported;
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	if (ldns_rr_rd_count(rec->rr) < 2)
		return;
	bool null = ldns_rdf_size(ldns_rr_rdf(rec->rr, 1)) == 1;
	if (rec->name != st->owner)
		*st = (struct state){.owner = rec->name};
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	bool before = null ? st->other : st->null; /* the other kind */
	if (null)
		st->null = true;
	else
		st->other = true;
	if (before && !st->reported) {
		st->reported = true;
		zl_report(ctx, rec->loc, "%s has a null MX (\"MX 0 .\", it takes "
		    "no mail) and other MX records too: RFC 7505 (3) says a null "
		    "MX is the only MX at its name, and senders may take either; "
		    "delete the null MX if the domain takes mail, else the other "
		    "MX records", zl_dname_str(ldns_rr_owner(rec->rr), o,
		    sizeof o));
	}
	uint16_t pref = ldns_rdf2native_int16(ldns_rr_rdf(rec->rr, 0));
	if (!null || pref == 0)
		return;
	struct zl_loc at = rec->rdata_count > 0 ? (struct zl_loc){
	    rec->loc.file, rec->rdata[0].line, rec->rdata[0].col} : rec->loc;
	zl_report(ctx, at, "%s has a null MX (target \".\") with preference "
	    "%u: RFC 7505 writes it \"MX 0 .\"; make the preference 0",
	    zl_dname_str(ldns_rr_owner(rec->rr), o, sizeof o), pref);
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	(void)zone;
	*(struct state *)zl_state(ctx) = (struct state){0};
}

const struct zl_rule rule_mail_null_mx = {
	.id = "mail-null-mx",
	.severity = ZL_WARNING,
	.types = ZL_T_MX,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.summary = "null MX beside other MX records, or not preference 0",
	.why =
	    "A null MX, \"MX 0 .\" (RFC 7505), says that a domain accepts no\n"
	    "mail, so that senders give up at once instead of queueing.  It\n"
	    "must be the only MX at its name (RFC 7505 section 3): beside other\n"
	    "MX records senders may bounce mail the other hosts would take, or\n"
	    "try to deliver to \".\".  Its preference is 0.  A name's MX records\n"
	    "are compared where they are written together; records of one name\n"
	    "written apart, another name between them, are not compared.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "@      IN  MX   0 .\n"
	    "@      IN  MX   10 mail\n"
	    "ns1    IN  A    192.0.2.1\n"
	    "mail   IN  A    192.0.2.25\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "@      IN  MX   10 mail\n"
	    "www    IN  MX   0 .\n"
	    "ns1    IN  A    192.0.2.1\n"
	    "mail   IN  A    192.0.2.25\n",
	.fix =
	    "Keep either the null MX (the domain takes no mail) or the other\n"
	    "MX records; write a null MX as \"MX 0 .\".",
	.refs = "RFC 7505 sections 3 and 4",
};
