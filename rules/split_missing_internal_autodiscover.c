/*
 * split-missing-internal-autodiscover: a Lync SIP domain that publishes
 * lyncdiscover.D (Autodiscover, Lync 2013 and later) needs
 * lyncdiscoverinternal.D answered by internal DNS.
 *
 * Lync clients ask for lyncdiscoverinternal.D before lyncdiscover.D;
 * Microsoft's DNS summary for Autodiscover says to define the one in
 * internal DNS and the other in external DNS, and that leaving the
 * internal one out makes internal clients fail or get the wrong
 * Autodiscover answer.  Once every zone is read, each internal DNS server
 * is asked (answer.h): when none answers from a zone of its own (no zone,
 * or only what forwarding to public DNS gives), a warning stands at the
 * external lyncdiscover record.  When some servers answer and others do
 * not, split-server-missing-name says so instead.  A lyncdiscover that is
 * a CNAME to Microsoft's hosted service (webdir.online.lync.com) needs no
 * internal twin.  Only with an internal view: without one, nothing is
 * kept.
 */
#include <stdlib.h>
#include <string.h>

#include "../src/namelist.h"
#include "answer.h"

struct state {
	bool internal;               /* the run has an internal view */
	struct zl_names hosted;
	struct zl_namelist seen;     /* external lyncdiscover.D, once each */
};

enum { SEEN }; /* mark: this owner is kept already */

static void
on_run_start(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	st->internal = zl_server_count(ctx) > 0;
	if (!st->internal)
		zl_skip_records(ctx); /* no internal DNS to ask */
	sip_names_load(&st->hosted, hosted_sip_targets, hosted_sip_target_count);
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	if (!st->internal || zl_zone_view(rec->zone) != ZL_VIEW_EXTERNAL ||
	    ldns_rdf_data(owner)[0] != 12 ||
	    !zl_dname_first_label_is(owner, "lyncdiscover") ||
	    zl_dname_labels(owner) < 2 || zl_marked(ctx, rec->name, SEEN))
		return;
	zl_mark_entry(ctx, rec->name, SEEN);
	if (!answer_hosted(&st->hosted, zl_options(ctx), rec->rr))
		zl_namelist_add(&st->seen, owner, rec->loc);
}

/* lyncdiscoverinternal.D for lyncdiscover.D, over buf; false when too long */
static bool
internal_twin(const ldns_rdf *lyncdiscover, uint8_t *buf, ldns_rdf *out)
{
	static const uint8_t label[] = "\024lyncdiscoverinternal";
	ldns_rdf dom = zl_dname_suffix(lyncdiscover, 1);
	size_t n = sizeof label - 1, size = n + ldns_rdf_size(&dom);
	if (size > LDNS_MAX_DOMAINLEN)
		return false;
	memcpy(buf, label, n);
	memcpy(buf + n, ldns_rdf_data(&dom), ldns_rdf_size(&dom));
	*out = (ldns_rdf){._size = size, ._type = LDNS_RDF_TYPE_DNAME,
	    ._data = buf};
	return true;
}

static void
report(struct zl_ctx *ctx, struct zl_loc at, const ldns_rdf *twin,
    const struct answers *a)
{
	char t[LDNS_MAX_DOMAINLEN * 4 + 2], why[LDNS_MAX_DOMAINLEN * 8 + 800];
	zl_dname_str(twin, t, sizeof t);
	ldns_rdf dom = zl_dname_suffix(twin, 1);
	char d[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_dname_str(&dom, d, sizeof d);
	size_t id = zl_report(ctx, at, "lyncdiscover.%s is public, but %s: Lync "
	    "clients inside ask for %s first and must get the internal web "
	    "services from internal DNS, or they fail or get the wrong "
	    "Autodiscover answer", d, answers_why(ctx, a, twin, why, sizeof why),
	    t);
	int tl = (int)strlen(t) - 1; /* dnscmd and PowerShell: no final dot */
	const struct zl_zone *own = NULL;
	for (unsigned k = 0; k < a->count && own == NULL; k++)
		if (a->by[k].kind == ANSWER_LACKS)
			own = a->by[k].zone;
	if (own) { /* a split-brain copy of the domain: add it there */
		const char *z = zl_zone_origin_str(own);
		int zl = (int)strlen(z) - 1;
		zl_report_fix(ctx, id, "add it to the internal zone %s, pointing at "
		    "the internal web services of the Director or Front End pool: "
		    "dnscmd . /recordadd %.*s lyncdiscoverinternal CNAME <internal "
		    "web services FQDN>", z, zl, z);
		zl_report_step(ctx, id, &(struct zl_fix_step){
		    .kind = ZL_FIX_ADD_RECORD, .view = ZL_VIEW_INTERNAL, .zone = z,
		    .owner = t, .type = LDNS_RR_TYPE_CNAME,
		    .param = "internal web services FQDN"});
		return;
	}
	zl_report_fix(ctx, id, "create a pinpoint zone %s in internal DNS whose "
	    "apex has the internal web services' address (Director, else Front "
	    "End pool; the VIP behind a load balancer)", t);
	zl_report_fix(ctx, id, "dnscmd . /zoneadd %.*s /dsprimary", tl, t);
	zl_report_fix(ctx, id, "dnscmd . /recordadd %.*s @ A <internal web "
	    "services address>", tl, t);
	answer_fix_pinpoint(ctx, id, t, "<internal web services address>");
}

static void
on_run_end(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	for (size_t i = 0; i < st->seen.count; i++) { /* one per owner */
		ldns_rdf owner = zl_namelist_name(&st->seen, i), twin;
		uint8_t buf[LDNS_MAX_DOMAINLEN + 1];
		if (!internal_twin(&owner, buf, &twin))
			continue;
		struct answers a;
		answers_of(ctx, &twin, ZL_T_A | ZL_T_AAAA | ZL_T_CNAME, &a);
		if (a.own == 0 && a.known > 0)
			report(ctx, st->seen.v[i].loc, &twin, &a);
	}
}

static void
free_state(void *p)
{
	struct state *st = p;
	zl_names_free(&st->hosted);
	zl_namelist_free(&st->seen);
}

const struct zl_rule rule_split_missing_internal_autodiscover = {
	.id = "split-missing-internal-autodiscover",
	.severity = ZL_WARNING,
	.types = ZL_T_A | ZL_T_AAAA | ZL_T_CNAME,
	.state_size = sizeof(struct state),
	.marks = 1,
	.on_run_start = on_run_start,
	.on_record = on_record,
	.on_run_end = on_run_end,
	.free_state = free_state,
	.summary = "no internal Autodiscover name",
	.why =
	    "Lync 2013 and later clients (desktop and mobile) find their\n"
	    "sign-in and web services through Autodiscover: they ask DNS for\n"
	    "lyncdiscoverinternal.<SIP domain> first, then lyncdiscover.<SIP\n"
	    "domain>.  Microsoft's DNS requirements say lyncdiscover is defined\n"
	    "in external DNS, pointing at the reverse proxy, and\n"
	    "lyncdiscoverinternal in internal DNS, pointing at the internal web\n"
	    "services of the Director or Front End pool; leaving the internal\n"
	    "one out makes internal clients fail to connect or get the wrong\n"
	    "Autodiscover answer.  Where internal DNS holds no zone for the\n"
	    "name, it forwards the question to public DNS, which should not\n"
	    "publish it (leak-internal-sip-record).  zonelint asks each internal\n"
	    "DNS server it was given; this rule speaks when none of them answers\n"
	    "from its own zones (split-server-missing-name covers servers that\n"
	    "disagree).  A lyncdiscover that is a CNAME to Microsoft's hosted\n"
	    "service (webdir.online.lync.com) needs no internal twin.",
	.bad =
	    ";; file: internal/_sipinternaltls._tcp.contoso.com.zone\n"
	    "$ORIGIN _sipinternaltls._tcp.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN SRV 0 0 5061 sip.contoso.com.\n"
	    ";; file: internal/sip.contoso.com.zone\n"
	    "$ORIGIN sip.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN A   10.0.0.20\n"
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@             IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@             IN NS  ns1\n"
	    "ns1           IN A   192.0.2.53\n"
	    "lyncdiscover  IN A   192.0.2.80\n",
	.good =
	    ";; file: internal/_sipinternaltls._tcp.contoso.com.zone\n"
	    "$ORIGIN _sipinternaltls._tcp.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN SRV 0 0 5061 sip.contoso.com.\n"
	    ";; file: internal/sip.contoso.com.zone\n"
	    "$ORIGIN sip.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN A   10.0.0.20\n"
	    ";; file: internal/lyncdiscoverinternal.contoso.com.zone\n"
	    "$ORIGIN lyncdiscoverinternal.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN A   10.0.0.30\n"
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@             IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@             IN NS  ns1\n"
	    "ns1           IN A   192.0.2.53\n"
	    "lyncdiscover  IN A   192.0.2.80\n",
	.fix =
	    "Give internal DNS a pinpoint zone for the internal name, whose apex\n"
	    "has the internal web services' address (Windows, AD-integrated):\n"
	    "  dnscmd . /zoneadd lyncdiscoverinternal.contoso.com /dsprimary\n"
	    "  dnscmd . /recordadd lyncdiscoverinternal.contoso.com @ A 10.0.0.30\n"
	    "or in PowerShell:\n"
	    "  Add-DnsServerPrimaryZone -Name lyncdiscoverinternal.contoso.com -ReplicationScope Forest\n"
	    "  Add-DnsServerResourceRecordA -ZoneName lyncdiscoverinternal.contoso.com -Name \"@\" -IPv4Address 10.0.0.30\n"
	    "or, in BIND's internal view:\n"
	    "  zone \"lyncdiscoverinternal.contoso.com\" { type primary; file \"lyncdiscoverinternal.contoso.com.zone\"; };\n"
	    "  (the file: SOA, NS and \"@ IN A 10.0.0.30\")\n"
	    "Where internal DNS holds a copy of contoso.com (split-brain), add\n"
	    "lyncdiscoverinternal there instead.",
	.refs = "Microsoft, \"DNS Summary - Autodiscover in Lync Server 2013\" "
	    "(https://learn.microsoft.com/en-us/previous-versions/office/"
	    "lync-server-2013/lync-server-2013-dns-summary-autodiscover); "
	    "Microsoft, \"Determine DNS requirements for Lync Server 2013\" (How "
	    "Lync Clients Locate Services)",
};
