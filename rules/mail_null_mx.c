/*
 * mail-null-mx: a null MX ("MX 0 .", RFC 7505) beside other MX records
 * at its name, or written with a preference other than 0.
 *
 * Every MX record is kept (its name, place, and whether it is null:
 * rules/byname.h) until the zone ends; then a name with both kinds is
 * reported once, at its second kind's first record.  A null MX with a
 * preference other than 0 is reported as it comes.
 */
#include "byname.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (ldns_rr_rd_count(rec->rr) < 2)
		return;
	bool null = ldns_rdf_size(ldns_rr_rdf(rec->rr, 1)) == 1;
	byname_keep(zl_state(ctx), rec->name, rec->loc, null);
	uint16_t pref = ldns_rdf2native_int16(ldns_rr_rdf(rec->rr, 0));
	if (!null || pref == 0)
		return;
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	struct zl_loc at = rec->rdata_count > 0 ? (struct zl_loc){
	    rec->loc.file, rec->rdata[0].line, rec->rdata[0].col} : rec->loc;
	zl_report(ctx, at, "%s has a null MX (target \".\") with preference "
	    "%u: RFC 7505 writes it \"MX 0 .\"; make the preference 0",
	    zl_dname_str(ldns_rr_owner(rec->rr), o, sizeof o), pref);
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct byname *b = zl_state(ctx);
	uint8_t buf[2 * LDNS_MAX_DOMAINLEN + 2];
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	byname_sort(b);
	for (size_t i = 0, j; i < b->n; i = j) {
		j = byname_next(b, i);
		size_t k = i + 1;
		while (k < j && b->v[k].tag == b->v[i].tag)
			k++;
		if (k == j)
			continue;
		ldns_rdf name = zl_index_name(zone, b->v[i].entry, buf);
		zl_report(ctx, b->v[k].loc, "%s has a null MX (\"MX 0 .\", it "
		    "takes no mail) and other MX records too: RFC 7505 (3) "
		    "says a null MX is the only MX at its name, and senders "
		    "may take either; delete the null MX if the domain takes "
		    "mail, else the other MX records",
		    zl_dname_str(&name, o, sizeof o));
	}
	b->n = 0;
}

static void
free_state(void *p)
{
	byname_free(p);
}

const struct zl_rule rule_mail_null_mx = {
	.id = "mail-null-mx",
	.severity = ZL_WARNING,
	.types = ZL_T_MX,
	.state_size = sizeof(struct byname),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "null MX beside other MX records, or not preference 0",
	.why =
	    "A null MX, \"MX 0 .\" (RFC 7505), says that a domain accepts no\n"
	    "mail, so that senders give up at once instead of queueing.  It\n"
	    "must be the only MX at its name (RFC 7505 section 3): beside other\n"
	    "MX records senders may bounce mail the other hosts would take, or\n"
	    "try to deliver to \".\".  Its preference is 0.",
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
