/*
 * hygiene-windows-glue: the address of an out-of-zone name server in a
 * Windows DNS export.
 *
 * dnscmd /zoneexport writes, after each NS record, an A record for its
 * server, wherever that name is.  Outside the zone it is harmless in
 * Windows and noise when auditing: a note, not hygiene-out-of-zone's
 * warning.  Whether an NS names the owner is known at zone end (glue.h).
 */
#include "../src/zonelint.h"
#include "glue.h"

struct state {
	struct glue glue;
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (!zl_zone_windows(rec->zone))
		return;
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (ldns_rr_get_type(rec->rr) == LDNS_RR_TYPE_NS)
		glue_ns(ctx, rec, 0);
	else if (apex && !zl_dname_in(ldns_rr_owner(rec->rr), apex))
		glue_keep(&((struct state *)zl_state(ctx))->glue, rec);
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	for (size_t i = 0; i < st->glue.count; i++) {
		const struct glue_rec *r = &st->glue.v[i];
		if (!glue_is_ns_target(ctx, r, 0))
			continue; /* hygiene-out-of-zone's */
		uint8_t buf[2 * LDNS_MAX_DOMAINLEN + 2];
		ldns_rdf name = zl_index_name(zone, r->owner, buf);
		zl_report(ctx, r->loc, "%s, a name server of %s, is outside the "
		    "zone: Windows DNS writes its address into every export; BIND "
		    "ignores the record and NSD refuses the zone",
		    zl_dname_str(&name, o, sizeof o), zl_zone_origin_str(zone));
	}
	glue_clear(&st->glue);
}

static void
free_state(void *p)
{
	struct state *st = p;
	glue_free(&st->glue);
}

const struct zl_rule rule_hygiene_windows_glue = {
	.id = "hygiene-windows-glue",
	.severity = ZL_NOTE,
	.types = GLUE_TYPES,
	.state_size = sizeof(struct state),
	.marks = 1,
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "out-of-zone glue in a Windows export",
	.why =
	    "dnscmd /zoneexport writes an A record after each NS record for the\n"
	    "name server it names, also when that server is in another domain\n"
	    "(ns2.provider.example. in example.com.dns).  Windows DNS keeps it\n"
	    "with the zone, but no other server serves it: BIND ignores the\n"
	    "record with a warning and NSD refuses the zone.  It is reported\n"
	    "only in a file that starts with dnscmd's \"Database file\" header,\n"
	    "for an A or AAAA record whose name an NS record of the zone names;\n"
	    "any other record outside the zone, and the same record in any\n"
	    "other file, is hygiene-out-of-zone's warning.",
	.bad =
	    ";\n"
	    ";  Database file example.com.dns for example.com zone.\n"
	    ";      Zone version:  7\n"
	    ";\n"
	    "@                       IN  SOA ns1.example.com. hostmaster.example.com. (\n"
	    "                            7 900 600 86400 3600 )\n"
	    "@                       NS\tns1.example.com.\n"
	    "@                       NS\tns2.provider.example.\n"
	    "ns2.provider.example.   A\t192.0.2.8\n"
	    "ns1                     A\t192.0.2.1\n",
	.good =
	    ";\n"
	    ";  Database file example.com.dns for example.com zone.\n"
	    ";      Zone version:  7\n"
	    ";\n"
	    "@                       IN  SOA ns1.example.com. hostmaster.example.com. (\n"
	    "                            7 900 600 86400 3600 )\n"
	    "@                       NS\tns1.example.com.\n"
	    "@                       NS\tns2.provider.example.\n"
	    "ns1                     A\t192.0.2.1\n",
	.fix =
	    "Nothing to do in Windows DNS: it writes the record on every export.\n"
	    "When the file is to be loaded by BIND or NSD, delete the record\n"
	    "there (the server's address belongs in its own domain's zone), or\n"
	    "suppress the note: \"; zonelint: ignore hygiene-windows-glue\".",
	.refs = "RFC 1034 section 4.2.1; Microsoft, dnscmd /zoneexport",
};
