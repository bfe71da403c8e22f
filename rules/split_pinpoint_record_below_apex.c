/*
 * split-pinpoint-record-below-apex: in a zone named after one host or
 * service (a pinpoint zone), the record belongs at the apex.  Typing the
 * host name again in the DNS Manager console puts it one level down:
 * sip.sip.contoso.com in zone sip.contoso.com.
 */
#include <strings.h>

#include "sip.h"

/* Whether owner is the apex's first k labels repeated above the apex. */
static bool
repeats_apex(const ldns_rdf *owner, const ldns_rdf *apex, unsigned k)
{
	if (zl_dname_labels(owner) != zl_dname_labels(apex) + k)
		return false;
	ldns_rdf rest = zl_dname_suffix(owner, k);
	if (!zl_dname_eq(&rest, apex))
		return false;
	ldns_rdf head = zl_dname_suffix(apex, k);
	size_t n = ldns_rdf_size(apex) - ldns_rdf_size(&head);
	return strncasecmp((const char *)ldns_rdf_data(owner),
	    (const char *)ldns_rdf_data(apex), n) == 0;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const struct zl_zone *z = rec->zone;
	/* a reverse zone is no pinpoint zone: "1 PTR" in 1.168.192.in-addr.arpa
	 * is the gateway's address, not the apex typed twice */
	if (zl_zone_view(z) != ZL_VIEW_INTERNAL || zl_zone_origin(z) == NULL ||
	    zl_dname_is_reverse(zl_zone_origin(z)))
		return;
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	ldns_rdf dom;
	unsigned k = sip_service_of(zl_zone_origin(z), &dom) ? 2 : 1;
	if (zl_dname_labels(zl_zone_origin(z)) <= k ||
	    !repeats_apex(owner, zl_zone_origin(z), k))
		return;
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	size_t id = zl_report(ctx, rec->loc, "%s is below the apex of pinpoint "
	    "zone %s; clients ask for %s itself", zl_dname_str(owner, o, sizeof o),
	    zl_zone_origin_str(z), zl_zone_origin_str(z));
	zl_report_fix(ctx, id, "put the record at the apex: @ in the zone file, "
	    "or (same as parent folder) in DNS Manager");
}

const struct zl_rule rule_split_pinpoint_record_below_apex = {
	.id = "split-pinpoint-record-below-apex",
	.severity = ZL_ERROR,
	.all_types = true,
	.on_record = on_record,
	.summary = "pinpoint zone record one label below its apex",
	.why =
	    "A pinpoint zone is named exactly after the one name it answers for\n"
	    "(sip.contoso.com, _sipinternaltls._tcp.contoso.com), and its record\n"
	    "stands at the apex.  In the DNS Manager console the host name field\n"
	    "is relative to the zone, so typing \"sip\" again creates\n"
	    "sip.sip.contoso.com: the zone still shadows sip.contoso.com, which\n"
	    "now has no address, and internal clients cannot sign in.  Reverse\n"
	    "zones are never pinpoint zones: in 1.168.192.in-addr.arpa, the\n"
	    "owner 1 is the address 192.168.1.1, not the zone's name typed again.",
	.bad =
	    ";; file: internal/sip.contoso.com.zone\n"
	    "$ORIGIN sip.contoso.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@    IN NS  dc1.contoso.local.\n"
	    "sip  IN A   10.0.0.20\n",
	.good =
	    ";; file: internal/sip.contoso.com.zone\n"
	    "$ORIGIN sip.contoso.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@    IN NS  dc1.contoso.local.\n"
	    "@    IN A   10.0.0.20\n",
	.fix =
	    "Delete the record and add it at the zone apex:\n"
	    "  dnscmd . /recorddelete sip.contoso.com sip A /f\n"
	    "  dnscmd . /recordadd sip.contoso.com @ A 10.0.0.20\n"
	    "In a zone file, write @ as the owner.",
	.refs = "Microsoft, \"DNS requirements for Skype for Business Server\" "
	    "(pinpoint zones)",
};
