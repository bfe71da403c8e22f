/*
 * hygiene-svcb-params: SVCB and HTTPS parameters that break RFC 9460
 * (and RFC 9461 for DNS-over-HTTPS), which ldns 1.8.3 reads without
 * complaint.  Checked on the wire form: a sequence of (key, length,
 * value), keys in ascending order.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "../src/svcb.h"
#include "../src/zonelint.h"

static unsigned
get16(const uint8_t *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

/* Finds the first problem; writes it to why. */
static bool
problem(const uint8_t *w, size_t n, bool alias, bool dns_svcb, char *why,
    size_t size)
{
	char b1[16], b2[16];
	bool seen[9] = {false};
	const uint8_t *mand = NULL;
	size_t mlen = 0;
	long prev = -1;
	for (size_t off = 0; off + 4 <= n;) {
		unsigned key = get16(w + off), len = get16(w + off + 2);
		const uint8_t *v = w + off + 4;
		if (off + 4 + len > n) {
			snprintf(why, size, "parameter %s runs past the data",
			    zl_svcb_key_name(key, b1, sizeof b1));
			return true;
		}
		if ((long)key == prev) {
			snprintf(why, size, "parameter %s appears twice",
			    zl_svcb_key_name(key, b1, sizeof b1));
			return true;
		}
		prev = key;
		if (key < 9)
			seen[key] = true;
		/* ech (a TLS ECHConfigList) means something only to a client
		 * connecting to a service; DNS software keeps it as opaque
		 * octets, and an alias's parameters are never used (RFC 9460
		 * section 2.4.2), so in an alias only hygiene-svcb-alias-params
		 * speaks of it */
		bool empty_ok = key == 2 || key == 8 || key > 8 ||
		    (alias && key == 5);
		if (len == 0 && !empty_ok) {
			snprintf(why, size, "parameter %s needs a value",
			    zl_svcb_key_name(key, b1, sizeof b1));
			return true;
		}
		if ((key == 2 || key == 8) && len != 0) {
			snprintf(why, size, "parameter %s takes no value",
			    zl_svcb_key_name(key, b1, sizeof b1));
			return true;
		}
		if ((key == 0 && len % 2) || (key == 3 && len != 2) ||
		    (key == 4 && len % 4) || (key == 6 && len % 16)) {
			snprintf(why, size, "parameter %s has a value of the wrong "
			    "length", zl_svcb_key_name(key, b1, sizeof b1));
			return true;
		}
		if (key == 1) /* alpn: length-prefixed ids, none empty */
			for (size_t i = 0; i < len; i += (size_t)v[i] + 1)
				if (v[i] == 0 || i + v[i] >= len) {
					snprintf(why, size, "alpn holds an empty or cut "
					    "protocol id");
					return true;
				}
		if (key == 0) {
			mand = v;
			mlen = len;
		}
		off += 4 + len;
	}
	for (size_t i = 0; mand && i + 1 < mlen; i += 2) {
		unsigned k = get16(mand + i);
		if (k == 0) {
			snprintf(why, size, "mandatory lists mandatory itself");
			return true;
		}
		for (size_t j = 0; j < i; j += 2)
			if (get16(mand + j) == k) {
				snprintf(why, size, "mandatory lists %s twice",
				    zl_svcb_key_name(k, b1, sizeof b1));
				return true;
			}
		bool present = false;
		for (size_t off = 0; off + 4 <= n && !present;
		    off += 4 + get16(w + off + 2))
			present = get16(w + off) == k;
		if (!present) {
			snprintf(why, size, "mandatory lists %s, which is not given",
			    zl_svcb_key_name(k, b2, sizeof b2));
			return true;
		}
	}
	if (dns_svcb && !seen[1]) {
		snprintf(why, size, "a DNS-over-HTTPS/TLS/QUIC service (_dns) needs "
		    "alpn (RFC 9461)");
		return true;
	}
	if (dns_svcb && !seen[7]) {
		/* alpn with h2, h3 or http/1.1 means DoH, which needs dohpath; an
		 * id with commas in it (alpn=h1\\,h2 is one id, "h1,h2") is read
		 * as its parts, as BIND reads it: most likely two ids were meant */
		for (size_t off = 0; off + 4 <= n; off += 4 + get16(w + off + 2)) {
			if (get16(w + off) != 1)
				continue;
			const uint8_t *v = w + off + 4;
			unsigned len = get16(w + off + 2);
			for (size_t i = 0; i < len && i + v[i] < len; i += (size_t)v[i] + 1)
				for (size_t a = i + 1, b; a <= i + v[i]; a = b + 1) {
					for (b = a; b <= i + v[i] && v[b] != ','; b++)
						;
					size_t pl = b - a;
					if ((pl == 2 && (memcmp(v + a, "h2", 2) == 0 ||
					    memcmp(v + a, "h3", 2) == 0)) ||
					    (pl == 8 && memcmp(v + a, "http/1.1", 8) == 0)) {
						snprintf(why, size, "DNS over HTTPS (alpn %.*s) needs "
						    "dohpath (RFC 9461)", (int)pl, (const char *)v + a);
						return true;
					}
				}
		}
	}
	return false;
}

/* "_dns.X" or "_PORT._dns.X": a DNS server's SVCB (RFC 9461). */
static bool
dns_owner(const ldns_rdf *owner)
{
	const uint8_t *o = ldns_rdf_data(owner);
	size_t n = ldns_rdf_size(owner);
	for (int label = 0, off = 0; label < 2 && (size_t)off + 5 < n && o[off];
	    label++, off += o[off] + 1)
		if (o[off] == 4 && strncasecmp((const char *)o + off + 1, "_dns", 4) == 0)
			return true;
	return false;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (ldns_rr_rd_count(rec->rr) < 3)
		return;
	const ldns_rdf *p = ldns_rr_rdf(rec->rr, 2);
	/* an alias's parameters are ignored (hygiene-svcb-alias-params), but
	 * must still hang together on the wire, or DNS software refuses the
	 * whole record; the _dns needs apply to services only */
	bool alias = ldns_rdf2native_int16(ldns_rr_rdf(rec->rr, 0)) == 0;
	bool dns_svcb = !alias && ldns_rr_get_type(rec->rr) == LDNS_RR_TYPE_SVCB &&
	    dns_owner(ldns_rr_owner(rec->rr));
	char why[160];
	if (problem(ldns_rdf_data(p), ldns_rdf_size(p), alias, dns_svcb, why,
	    sizeof why))
		zl_report(ctx, rec->loc, "%s", why);
}

const struct zl_rule rule_hygiene_svcb_params = {
	.id = "hygiene-svcb-params",
	.severity = ZL_ERROR,
	.types = ZL_T_SVCB | ZL_T_HTTPS,
	.on_record = on_record,
	.summary = "invalid SVCB or HTTPS parameters",
	.why =
	    "SVCB and HTTPS records describe how to reach a service: the protocols\n"
	    "it speaks (alpn), its port, address hints, keys the client must\n"
	    "understand (mandatory).  RFC 9460 requires each parameter at most\n"
	    "once, with a value of the right form, and every key listed in\n"
	    "mandatory to be present; clients must ignore a record that breaks\n"
	    "these rules, so the service silently disappears.  A DNS-over-HTTPS,\n"
	    "TLS or QUIC service under _dns also needs alpn, and dohpath for HTTPS\n"
	    "(RFC 9461).  An alias (priority 0) must still hang together on the\n"
	    "wire, or DNS software refuses it; but an ech value (for TLS) is used\n"
	    "only when connecting to a service, never from an alias, so an empty\n"
	    "one there is left to hygiene-svcb-alias-params.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "svc  IN  SVCB  1 svc1.example.com. mandatory=alpn port=8443\n"
	    "svc1 IN  A    192.0.2.20\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "svc  IN  SVCB  1 svc1.example.com. mandatory=alpn alpn=h2 port=8443\n"
	    "svc1 IN  A    192.0.2.20\n",
	.fix =
	    "Give each parameter once, with its value; list in mandatory only\n"
	    "keys the record carries; for a _dns SVCB give alpn (and dohpath for\n"
	    "h2 or h3), e.g.\n"
	    "  _dns.ns1 IN SVCB 1 ns1.example.com. alpn=h2 dohpath=/dns-query{?dns}",
	.refs = "RFC 9460 sections 2.1, 7 and 8; RFC 9461 sections 4 and 5",
};
