/*
 * audit-dnssd-instance: a DNS-SD service instance that a PTR lists
 * (_ipp._tcp.example.com. PTR Printer._ipp._tcp.example.com.) but that
 * has no SRV or no TXT record in the zone.  RFC 6763 section 6 wants
 * both: the SRV says where the service is, the TXT (one empty string at
 * least) what it offers; a browser lists the instance, and resolving it
 * fails.
 *
 * PTRs at _service._proto names (and their _sub subtypes) are kept, up
 * to MAX_KEPT a zone, and their targets looked up at the zone's end.
 */
#include <stdlib.h>

#include "../src/zonelint.h"

#define MAX_KEPT 4096 /* instances a zone; more are counted (-v) */

struct kept {
	ldns_rdf *target;
	struct zl_loc loc;
};

struct state {
	const struct zl_zone *zone; /* whose PTRs are kept */
	struct kept *v;
	size_t n, cap;
	unsigned long dropped;
};

/* Whether owner is a DNS-SD service type: _service._tcp or _udp, or
 * a subtype _x._sub._service._proto (RFC 6763 sections 4.1 and 7.1). */
static bool
service_type(const ldns_rdf *owner)
{
	unsigned at = 0;
	ldns_rdf l1 = zl_dname_suffix(owner, 1);
	if (zl_dname_first_label_is(&l1, "_sub"))
		at = 2;
	if (zl_dname_first_label_is(owner, "_services"))
		return false; /* type enumeration: its PTRs name types */
	ldns_rdf proto = zl_dname_suffix(owner, at + 1);
	return zl_dname_label_underscored(owner, 0) &&
	    zl_dname_label_underscored(owner, at) &&
	    (zl_dname_first_label_is(&proto, "_tcp") ||
	    zl_dname_first_label_is(&proto, "_udp"));
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	const uint8_t *d = ldns_rdf_data(owner);
	if (ldns_rdf_size(owner) < 2 || d[1] != '_' ||
	    ldns_rr_rd_count(rec->rr) < 1 || !service_type(owner))
		return;
	const ldns_rdf *target = ldns_rr_rdf(rec->rr, 0);
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (ldns_rdf_get_type(target) != LDNS_RDF_TYPE_DNAME || apex == NULL ||
	    !zl_dname_in(target, apex))
		return; /* another zone's instance */
	st->zone = rec->zone; /* its zone end judges and empties the list */
	if (st->n == MAX_KEPT) {
		st->dropped++;
		return;
	}
	st->v = zl_grow(st->v, &st->cap, st->n + 1, sizeof *st->v);
	struct zl_loc at = rec->loc;
	if (rec->rdata_count > 0)
		at = (struct zl_loc){rec->loc.file, rec->rdata[0].line,
		    rec->rdata[0].col};
	st->v[st->n++] = (struct kept){ldns_rdf_clone(target), at};
}

/* Whether name is at or below a delegation of zone (a name between the
 * apex, excluded, and name with NS records): then the child zone holds
 * the instance. */
static bool
delegated(const struct zl_zone *zone, const ldns_rdf *name)
{
	size_t below = zl_dname_labels(name) -
	    zl_dname_labels(zl_zone_origin(zone));
	for (size_t k = 0; k < below; k++) { /* at most 127 steps */
		ldns_rdf up = zl_dname_suffix(name, (unsigned)k);
		const struct zl_name *e = zl_index_find(zone, &up);
		if (e && (zl_name_types(e) & ZL_T_NS))
			return true;
	}
	return false;
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	if (st->zone != zone)
		return;
	if (st->dropped)
		zl_verbose(ctx, "%s: %lu DNS-SD instances beyond the first %d not "
		    "checked", zl_zone_origin_str(zone), st->dropped, MAX_KEPT);
	char n[LDNS_MAX_DOMAINLEN * 4 + 2];
	for (size_t i = 0; i < st->n; i++) {
		struct kept *k = &st->v[i];
		const struct zl_name *e = zl_index_find(zone, k->target);
		uint32_t t = e ? zl_name_types(e) : 0;
		bool srv = t & ZL_T_SRV, txt = t & ZL_T_TXT;
		if (zl_zone_complete(zone) && !(srv && txt) &&
		    !(t & ZL_T_CNAME) && !delegated(zone, k->target))
			zl_report(ctx, k->loc, "instance %s has %s in the zone: "
			    "browsers list it, and clients cannot use it (RFC "
			    "6763 section 6 wants an SRV and a TXT record)",
			    zl_dname_str(k->target, n, sizeof n), !srv && !txt ?
			    "no SRV and no TXT record" : !srv ? "no SRV record" :
			    "no TXT record");
		ldns_rdf_deep_free(k->target);
	}
	st->n = 0;
	st->dropped = 0;
	st->zone = NULL;
}

static void
free_state(void *p)
{
	struct state *st = p;
	for (size_t i = 0; i < st->n; i++)
		ldns_rdf_deep_free(st->v[i].target);
	free(st->v);
}

const struct zl_rule rule_audit_dnssd_instance = {
	.id = "audit-dnssd-instance",
	.severity = ZL_WARNING,
	.types = ZL_T_PTR,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "DNS-SD instance without its SRV or TXT record",
	.why =
	    "DNS-Based Service Discovery (RFC 6763: printers, AirPlay, file\n"
	    "shares found through unicast DNS) lists the instances of a service\n"
	    "as PTR records at _service._proto.domain, each naming an instance\n"
	    "such as Printer._ipp._tcp.domain.  The instance must have an SRV\n"
	    "record (where the service is: host and port) and a TXT record (what\n"
	    "it offers; one empty string at least), RFC 6763 section 6.  With one\n"
	    "missing, browsers list the instance and connecting to it fails.\n"
	    "Instances in this zone are checked (not those of a delegated child\n"
	    "zone, nor CNAMEs); the service type enumeration\n"
	    "(_services._dns-sd._udp) names types, not instances.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@                 IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@                 IN NS  ns1\n"
	    "ns1               IN A   192.0.2.1\n"
	    "printer           IN A   192.0.2.20\n"
	    "_ipp._tcp         IN PTR Printer._ipp._tcp\n"
	    "Printer._ipp._tcp IN SRV 0 0 631 printer\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@                 IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@                 IN NS  ns1\n"
	    "ns1               IN A   192.0.2.1\n"
	    "printer           IN A   192.0.2.20\n"
	    "_ipp._tcp         IN PTR Printer._ipp._tcp\n"
	    "Printer._ipp._tcp IN SRV 0 0 631 printer\n"
	    "Printer._ipp._tcp IN TXT \"txtvers=1\" \"rp=ipp/print\"\n",
	.fix =
	    "Give each instance both records: an SRV naming its host and port,\n"
	    "and a TXT with its keys (or one empty string, \"\"), or remove the\n"
	    "PTR that lists it.",
	.refs = "RFC 6763 sections 4.1, 6 and 7.1; RFC 2782",
};
