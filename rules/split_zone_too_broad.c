/*
 * split-zone-too-broad: an internal zone with the same name as a public
 * zone (split-brain, or a pinpoint zone made too broad) answers for every
 * name of the domain, so each public name it lacks vanishes for internal
 * clients.  Each such name is reported at its external record, and, when
 * there are several, a count at the internal zone's SOA.
 */
#include "sip.h"

struct walk {
	struct zl_ctx *ctx;
	const struct zl_zone *internal, *external;
	size_t missing;
};

static void
check_name(void *arg, const ldns_rdf *name, const struct zl_name *e)
{
	struct walk *w = arg;
	struct zl_loc first = zl_name_first(e);
	if (zl_name_types(e) == 0 || first.line == 0)
		return;
	bool fwd;
	if (sip_resolve(w->ctx, ZL_VIEW_INTERNAL,
	    zl_zone_server(w->internal), name, &fwd) != w->internal ||
	    sip_types(w->internal, name) != 0)
		return; /* a more specific internal zone answers, or it is there */
	char n[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_report(w->ctx, first, "%s is public, but the internal zone %s (%s) "
	    "lacks it, so internal clients get no answer",
	    zl_dname_str(name, n, sizeof n), zl_zone_origin_str(w->internal),
	    zl_file_name(zl_zone_file(w->internal)));
	w->missing++;
}

static void
on_run_end(struct zl_ctx *ctx)
{
	for (size_t i = 0; i < zl_zone_count(ctx); i++) {
		const struct zl_zone *in = zl_zone_at(ctx, i);
		const ldns_rdf *apex = zl_zone_origin(in);
		/* an internal zone whose $INCLUDE failed may hold the names */
		if (zl_zone_view(in) != ZL_VIEW_INTERNAL || apex == NULL ||
		    !zl_zone_complete(in))
			continue;
		for (size_t j = 0; j < zl_zone_count(ctx); j++) {
			const struct zl_zone *ex = zl_zone_at(ctx, j);
			const ldns_rdf *exa = zl_zone_origin(ex);
			if (zl_zone_view(ex) != ZL_VIEW_EXTERNAL ||
			    exa == NULL || !zl_zone_readable(ex) ||
			    !zl_dname_eq(exa, apex))
				continue;
			struct walk w = {ctx, in, ex, 0};
			zl_index_foreach(ex, check_name, &w);
			if (w.missing < 2)
				continue; /* a summary of one says nothing more */
			struct zl_loc at = zl_zone_soa(in);
			if (at.line == 0)
				at = zl_zone_first(in);
			const char *a = zl_zone_origin_str(in);
			size_t id = zl_report(ctx, at, "internal zone %s shadows %zu "
			    "public name%s it does not hold", a, w.missing,
			    w.missing == 1 ? "" : "s");
			zl_report_fix(ctx, id, "copy the missing records into it, or "
			    "replace it with pinpoint zones for the names internal "
			    "clients need (e.g. _sipinternaltls._tcp.%s and sip.%s)",
			    a, a);
		}
	}
}

const struct zl_rule rule_split_zone_too_broad = {
	.id = "split-zone-too-broad",
	.severity = ZL_WARNING,
	.on_run_end = on_run_end,
	.summary = "internal zone shadows public names",
	.why =
	    "An internal DNS server that holds a zone answers every query in it\n"
	    "from that zone alone: it never forwards them to public DNS.  An\n"
	    "internal zone named after the whole public domain (split-brain, or\n"
	    "a pinpoint zone made too broad because the DNS Manager console would\n"
	    "not take the exact name) therefore hides every public name it does\n"
	    "not copy: internal users cannot reach www, lyncdiscover or anything\n"
	    "added publicly later.  Split-brain zones drift; pinpoint zones for\n"
	    "just the names internal clients need do not.  An internal zone\n"
	    "whose $INCLUDE cannot be read may hold the public names (an\n"
	    "internal file often includes the public one): it is not checked.",
	.bad =
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN NS  ns1\n"
	    "ns1  IN A   192.0.2.53\n"
	    "www  IN A   192.0.2.80\n"
	    ";; file: internal/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN NS  ns1\n"
	    "ns1  IN A   192.0.2.53\n",
	.good =
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN NS  ns1\n"
	    "ns1  IN A   192.0.2.53\n"
	    "www  IN A   192.0.2.80\n"
	    ";; file: internal/sip.contoso.com.zone\n"
	    "$ORIGIN sip.contoso.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@    IN NS  dc1.contoso.local.\n"
	    "@    IN A   10.0.0.20\n",
	.fix =
	    "Copy the missing records into the internal zone and keep both in\n"
	    "step, or delete it and create pinpoint zones for the names internal\n"
	    "clients must resolve differently:\n"
	    "  dnscmd . /zonedelete contoso.com /dsdel\n"
	    "  dnscmd . /zoneadd _sipinternaltls._tcp.contoso.com /dsprimary\n"
	    "  dnscmd . /zoneadd sip.contoso.com /dsprimary\n"
	    "In BIND's internal view: replace zone \"contoso.com\" with zones\n"
	    "\"_sipinternaltls._tcp.contoso.com\" and \"sip.contoso.com\", each\n"
	    "holding its one record at the apex (@ IN SRV ..., @ IN A ...).",
	.refs = "Microsoft, \"DNS requirements for Skype for Business Server\" "
	    "(split-brain DNS and pinpoint zones)",
};
