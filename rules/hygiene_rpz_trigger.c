/*
 * hygiene-rpz-trigger: an RPZ IP trigger (PREFIX.ADDRESS.rpz-ip, and the
 * rpz-nsip and rpz-client-ip forms) spells its address the one way BIND
 * matches: IPv4 octets in decimal, IPv6 words in hex without leading
 * zeros (in either case: names compare without regard to it) with the
 * longest run of zero words written "zz", as RFC 5952 writes "::".
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../src/zonelint.h"

#define MAX_LABELS 12 /* a prefix and eight words, with room to spare */

static bool
label_eq(const uint8_t *l, const char *s)
{
	return l[0] == strlen(s) && strncasecmp((const char *)l + 1, s, l[0]) == 0;
}

/* The text of the address the labels before rpz-ip spell, in the order
 * an address is written ("zz" as "::"); false when it is too long. */
static bool
spelled(const uint8_t *const *lab, size_t n, char *text, size_t size,
    bool *v6, unsigned *prefix)
{
	char buf[8];
	snprintf(buf, sizeof buf, "%.*s", lab[0][0] < 7 ? lab[0][0] : 7,
	    (const char *)lab[0] + 1);
	*prefix = (unsigned)strtoul(buf, NULL, 10);
	*v6 = n != 5; /* IPv4: a prefix and four decimal octets */
	for (size_t k = 1; k < n && !*v6; k++)
		for (size_t i = 1; i <= lab[k][0]; i++)
			if (lab[k][i] < '0' || lab[k][i] > '9')
				*v6 = true;
	size_t o = 0;
	for (size_t k = n - 1; k >= 1; k--) {
		const uint8_t *l = lab[k];
		if (o + l[0] + 4 >= size)
			return false;
		if (*v6 && label_eq(l, "zz")) {
			memcpy(text + o, "::", 2);
			o += 2;
		} else {
			if (o > 0 && text[o - 1] != ':')
				text[o++] = *v6 ? ':' : '.';
			memcpy(text + o, l + 1, l[0]);
			o += l[0];
		}
	}
	text[o] = '\0';
	return o > 0;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	if (rec->name_types_before != 0)
		return; /* the name was checked at its first record */
	const uint8_t *w = ldns_rdf_data(owner), *lab[MAX_LABELS];
	size_t size = ldns_rdf_size(owner), n = 0;
	for (size_t off = 0; off < size && w[off] != 0; off += (size_t)w[off] + 1) {
		if ((w[off + 1] | 0x20) == 'r' && /* most labels stop here */
		    (label_eq(w + off, "rpz-ip") || label_eq(w + off, "rpz-nsip") ||
		    label_eq(w + off, "rpz-client-ip"))) {
			if (n < 2)
				return;
			char text[128], canon[INET6_ADDRSTRLEN], o[LDNS_MAX_DOMAINLEN * 4 + 2];
			bool v6;
			unsigned prefix;
			uint8_t addr[16];
			if (!spelled(lab, n, text, sizeof text, &v6, &prefix) ||
			    inet_pton(v6 ? AF_INET6 : AF_INET, text, addr) != 1 ||
			    prefix == 0 || prefix > (v6 ? 128u : 32u)) {
				zl_report(ctx, rec->loc, "%s is not an RPZ IP trigger: the "
				    "labels before %.*s spell no %s and prefix length",
				    zl_dname_str(owner, o, sizeof o), w[off],
				    (const char *)w + off + 1, v6 ? "IPv6 address" : "IPv4 address");
				return;
			}
			inet_ntop(v6 ? AF_INET6 : AF_INET, addr, canon, sizeof canon);
			if (strcasecmp(canon, text) != 0) /* BIND ignores case */
				zl_report(ctx, rec->loc, "RPZ trigger %s spells %s/%u as "
				    "%s; BIND logs a trigger not in canonical form (%s, "
				    "zz for ::) and leaves it out of the policy",
				    zl_dname_str(owner, o, sizeof o), canon, prefix, text,
				    canon);
			return;
		}
		if (n == MAX_LABELS)
			return; /* too many labels to be a trigger */
		lab[n++] = w + off;
	}
}

const struct zl_rule rule_hygiene_rpz_trigger = {
	.id = "hygiene-rpz-trigger",
	.severity = ZL_ERROR,
	.all_types = true,
	.on_record = on_record,
	.summary = "RPZ IP trigger not written in canonical form",
	.why =
	    "In a response policy zone, PREFIX.ADDRESS.rpz-ip names an address\n"
	    "range, its parts in reverse order: 24.0.2.0.192.rpz-ip is\n"
	    "192.0.2.0/24, and 48.zz.db8.2001.rpz-ip is 2001:db8::/48.  BIND\n"
	    "matches triggers in one spelling only, its canonical form: decimal\n"
	    "octets, IPv6 words without leading zeros and the longest run of\n"
	    "zero words compressed as RFC 5952 does (zz for ::).  When named\n"
	    "loads a policy zone it logs a trigger in another spelling (invalid\n"
	    "rpz IP address ...; not canonical), leaves it out of the policy\n"
	    "and loads the zone: the policy never matches, and nothing fails.\n"
	    "named-checkzone, which does not know a zone is a policy zone, loads\n"
	    "it without a word.  Letter case does not matter: BIND compares\n"
	    "names without regard to it.",
	.bad =
	    "$ORIGIN rpz.example.\n"
	    "$TTL 300\n"
	    "@  IN SOA ns hostmaster 1 7200 3600 1209600 300\n"
	    "@  IN NS  ns\n"
	    "ns IN A   192.0.2.1\n"
	    "48.0.0.0.0.0.0.db8.2001.rpz-ip IN CNAME .\n",
	.good =
	    "$ORIGIN rpz.example.\n"
	    "$TTL 300\n"
	    "@  IN SOA ns hostmaster 1 7200 3600 1209600 300\n"
	    "@  IN NS  ns\n"
	    "ns IN A   192.0.2.1\n"
	    "48.zz.db8.2001.rpz-ip IN CNAME .\n",
	.fix =
	    "Write the address as RFC 5952 does, in reverse: no leading zeros,\n"
	    "and the longest run of zero words as zz.",
	.refs = "draft-ietf-dnsop-dns-rpz section 4.1; RFC 5952 section 4; BIND 9\n"
	    "lib/dns/rpz.c (name2ipkey: \"not canonical\"; add_cidr: \"Log\n"
	    "complaints about bad owner names but let the zone load\")",
};
