/* sip_data.c: the lists the SIP and leak rules use, as data. */
#include "sip.h"
#include "../src/picture.h"

/* Microsoft: "DNS requirements for Skype for Business Server" and
 * "Required DNS records for Office Communications Server / Lync":
 * sign-in SRVs, their ports, and the federation SRVs. */
const struct sip_service sip_services[] = {
	{"_sipinternaltls", "_tcp", 5061, SIP_INTERNAL_ONLY, true},
	{"_sipinternal", "_tcp", 5060, SIP_INTERNAL_ONLY, true},
	{"_sip", "_tls", 443, SIP_SIGNIN, true},   /* TLS is no SRV protocol */
	{"_sip", "_tcp", 5060, SIP_SIGNIN, false}, /* RFC 3263 too */
	{"_sipfederationtls", "_tcp", 5061, SIP_FEDERATION, true},
	{"_xmpp-server", "_tcp", 5269, SIP_FEDERATION, false}, /* RFC 6120 */
};
const size_t sip_service_count = sizeof sip_services / sizeof *sip_services;

/* The names Lync and Skype for Business clients and servers look up in
 * a SIP domain D, for the HTML report's picture (src/picture.h): the
 * services above that only Lync uses, which make D a SIP domain as
 * sip_domains_note finds one, then the hosts the clients try.  The same
 * lists: tests/check_tables.c. */
const struct zl_lookup zl_lookups[] = {
	{"_sipinternaltls._tcp", ZL_T_SRV, true},
	{"_sipinternal._tcp", ZL_T_SRV, true},
	{"_sip._tls", ZL_T_SRV, true},
	{"_sipfederationtls._tcp", ZL_T_SRV, true},
	{"lyncdiscoverinternal", ZL_T_A | ZL_T_AAAA | ZL_T_CNAME, true},
	{"lyncdiscover", ZL_T_A | ZL_T_AAAA | ZL_T_CNAME, true},
	{"sipinternal", ZL_T_A | ZL_T_AAAA | ZL_T_CNAME, false},
	{"sip", ZL_T_A | ZL_T_AAAA | ZL_T_CNAME, false},
};
const size_t zl_lookup_count = sizeof zl_lookups / sizeof *zl_lookups;

/* RFC 3263 (SIP over UDP) and RFC 4168 (SIP over SCTP): Asterisk and
 * other SIP servers publish them. */
const char *const sip_other_services[] = {
	"_sip._udp", "_sip._sctp",
};
const size_t sip_other_service_count =
    sizeof sip_other_services / sizeof *sip_other_services;

/* RFC 6761 and RFC 8375 special-use names, ICANN's reserved .internal
 * (2024), the name-collision TLDs ICANN will not delegate (.corp, .home,
 * .mail), and names that home and corporate networks use by habit. */
const char *const internal_domains[] = {
	"local.", "localhost.", "invalid.", "test.", "home.arpa.", "internal.",
	"corp.", "home.", "mail.", "lan.", "localdomain.", "intranet.",
	"private.",
};
const size_t internal_domain_count =
    sizeof internal_domains / sizeof *internal_domains;

/* Microsoft 365 / Skype for Business Online and its national clouds. */
const char *const hosted_sip_targets[] = {
	"online.lync.com.", "infra.lync.com.",
	"online.gov.skypeforbusiness.us.", "online.dod.skypeforbusiness.us.",
	"online.partner.lync.cn.",
};
const size_t hosted_sip_target_count =
    sizeof hosted_sip_targets / sizeof *hosted_sip_targets;

/* IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890). */
const struct addr_range special_ranges[] = {
	{"0.0.0.0/8", "a \"this network\" address (RFC 791)", false},
	{"10.0.0.0/8", "a private address (RFC 1918)", false},
	{"100.64.0.0/10", "a shared carrier-grade NAT address (RFC 6598)", false},
	{"127.0.0.0/8", "a loopback address (RFC 1122)", false},
	{"169.254.0.0/16", "a link-local address (RFC 3927)", false},
	{"172.16.0.0/12", "a private address (RFC 1918)", false},
	{"192.168.0.0/16", "a private address (RFC 1918)", false},
	{"192.0.2.0/24", "a documentation address (RFC 5737)", true},
	{"198.51.100.0/24", "a documentation address (RFC 5737)", true},
	{"203.0.113.0/24", "a documentation address (RFC 5737)", true},
	{"::/128", "the unspecified address (RFC 4291)", false},
	{"::1/128", "the loopback address (RFC 4291)", false},
	{"fc00::/7", "a unique local address (RFC 4193)", false},
	{"fe80::/10", "a link-local address (RFC 4291)", false},
	{"2001:db8::/32", "a documentation address (RFC 3849)", true},
};
const size_t special_range_count = sizeof special_ranges / sizeof *special_ranges;
