/* hygiene-ns-missing-at-apex: a zone names its servers at its apex. */
#include "../src/zonelint.h"

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct zl_loc soa = zl_zone_soa(zone);
	if (soa.line == 0 || !zl_zone_complete(zone))
		return; /* not a zone, or the NS may be in a lost $INCLUDE */
	const struct zl_name *apex = zl_index_find(zone, zl_zone_origin(zone));
	if (apex == NULL || !(zl_name_types(apex) & ZL_T_NS))
		zl_report(ctx, soa, "zone %s has no NS record at its apex",
		    zl_zone_origin_str(zone));
}

const struct zl_rule rule_hygiene_ns_missing_at_apex = {
	.id = "hygiene-ns-missing-at-apex",
	.severity = ZL_WARNING, /* NSD and the Knot server load such zones */
	.on_zone_end = on_zone_end,
	.summary = "no NS record at the zone apex",
	.why =
	    "The NS records at a zone's apex name its authoritative servers;\n"
	    "without them the zone cannot be served or delegated to.\n"
	    "named-checkzone refuses such a zone and nsd-checkzone loads it.\n"
	    "kzonecheck reports it, but the Knot server loads it: Knot lists a\n"
	    "missing apex NS among the extra semantic checks, which are logged\n"
	    "only and do not prevent loading.  When an $INCLUDE of the zone\n"
	    "cannot be read, the NS records may be in it, so nothing is reported\n"
	    "here (the include's own error is).",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "ns1  IN  A   192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS  ns1\n"
	    "ns1  IN  A   192.0.2.1\n",
	.fix =
	    "Add an NS record for each authoritative server at the apex:\n"
	    "  @ IN NS ns1.example.com.\n"
	    "In Windows DNS: dnscmd . /recordadd example.com @ NS ns1.example.com.",
	.refs = "RFC 1034 section 4.2.1; RFC 1035 section 5.2; Knot DNS\n"
	    "reference, zone section, semantic-checks (mandatory and extra\n"
	    "checks)",
};
