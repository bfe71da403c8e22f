/*
 * soa-serial-regression: with --baseline, a zone whose SOA serial is
 * lower, in RFC 1982 serial arithmetic, than the one the baseline
 * recorded for it (the same top file and origin).  Secondaries that
 * loaded the recorded serial take a new copy only when the serial goes
 * up, so they keep serving the old data.  Baselines written before
 * serials were recorded, zones they do not list, and a serial exactly
 * 2^31 away (whose order RFC 1982 leaves undefined) are left alone.
 */
#include "../src/zonelint.h"

/* Whether s1 is below s2 in serial arithmetic (RFC 1982 section 3.2). */
static bool
serial_lt(uint32_t s1, uint32_t s2)
{
	uint32_t d = s2 - s1; /* modulo 2^32 */
	return d != 0 && d < 0x80000000u;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct zl_loc soa = zl_zone_soa(rec->zone);
	if (soa.line != rec->loc.line || soa.col != rec->loc.col ||
	    soa.file != rec->loc.file || ldns_rr_rd_count(rec->rr) < 3 ||
	    ldns_rdf_size(ldns_rr_rdf(rec->rr, 2)) != 4)
		return; /* only the first SOA at the apex */
	uint32_t was, serial = ldns_rdf2native_int32(ldns_rr_rdf(rec->rr, 2));
	if (!zl_zone_baseline_serial(ctx, rec->zone, &was) ||
	    !serial_lt(serial, was))
		return;
	struct zl_loc at = rec->loc;
	if (rec->rdata_count > 2)
		at = (struct zl_loc){rec->loc.file, rec->rdata[2].line,
		    rec->rdata[2].col};
	zl_report(ctx, at, "serial %u is lower than %u, the serial the baseline "
	    "recorded for zone %s: secondaries that have %u keep the old data "
	    "(RFC 1982)", serial, was, zl_zone_origin_str(rec->zone), was);
}

const struct zl_rule rule_soa_serial_regression = {
	.id = "soa-serial-regression",
	.severity = ZL_ERROR,
	.types = ZL_T_SOA,
	.on_record = on_record,
	.summary = "SOA serial lower than the baseline's",
	.why =
	    "Secondaries ask the primary for the SOA and take a new copy of\n"
	    "the zone only when its serial is higher than theirs, in the\n"
	    "serial arithmetic of RFC 1982.  A serial that went down since the\n"
	    "last release (a zone restored from an old copy, a date typed\n"
	    "wrong, a serial reset) leaves every secondary on the old data,\n"
	    "without an error anywhere.  --write-baseline records each zone's\n"
	    "serial beside the findings; a later run with --baseline compares.\n"
	    "The bad example below needs a baseline that recorded serial\n"
	    "2026120301 for it; beside the files --examples writes, make one\n"
	    "and use it with:\n"
	    "  printf '# serial\\tbad/example.txt\\texample.com.\\t2026120301\\n' "
	    ">base.tsv; sed -i 's/^/--baseline base.tsv /' args-bad",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 2026120101 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "@    IN  NS   ns2\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "ns2  IN  A    192.0.2.2\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 2026120302 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "@    IN  NS   ns2\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "ns2  IN  A    192.0.2.2\n",
	.fix =
	    "Give the zone a serial above the one its secondaries have; to go\n"
	    "back to a lower numbering, step through RFC 1982's wrap (add\n"
	    "2^31 - 1 twice, letting every secondary reload in between).",
	.exceptions =
	    "Only with --baseline, for zones the baseline records a serial for\n"
	    "(the same file and origin): baselines written before serials were\n"
	    "recorded have none.  A serial exactly 2^31 from the recorded one\n"
	    "is left alone, as RFC 1982 leaves its order undefined.",
	.refs = "RFC 1982 section 3.2; RFC 1034 section 4.3.5; RFC 1912 section 2.2",
};
