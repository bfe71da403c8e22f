/* check_tables.c: every entry of the rules' data tables (rules/sip_data.c),
 * each through the real engine: the special-purpose address ranges at both
 * bounds, the internal domains, the SIP services with their ports and
 * kinds, and the hosted SIP targets.  Removing an entry, or moving a bound
 * or a port by one, fails a case here.  And the table of rule marks: the
 * bits every rule asks for fit in an index entry, and two rules marking
 * the same names do not see each other's. */
#include "index.h"
#include "picture.h"
#include "registry.h"
#include "../rules/sip.h"
#include "testutil.h"

struct table_case {
	bool docs;            /* --private-include-documentation */
	const char *record;   /* line 2 of zone example.com., external view */
	const char *expected; /* the exact text output; "" for none */
};

/* Runs one case with only the rules given (up to three, NULL-ended)
 * and the syntax rules, and checks that the record was read: a case
 * whose record does not parse must fail, not pass as "no finding". */
static void
run_case(const char *table, int i, const struct table_case *c,
    const char *const *rules)
{
	lint_only[0] = "syntax-*";
	size_t k = 0;
	for (; k < 3 && rules[k]; k++)
		lint_only[k + 1] = rules[k];
	for (; k < 3; k++)
		lint_only[k + 1] = NULL;
	lint_private_include_documentation = c->docs;
	char *zone = zl_asprintf("$TTL 300\n%s", c->record);
	const char *files[] = {"example.com.zone", zone, NULL};
	struct lint_result r = lint_files_opt("example.com", ZL_VIEW_EXTERNAL,
	    files, 0);
	ck_assert_msg(strncmp(r.records, "2:1 ", 4) == 0 &&
	    strchr(r.records, '\n') == r.records + strlen(r.records) - 1,
	    "%s case %d: %s  was not read as one record:\n%s", table, i,
	    c->record, r.records);
	ck_assert_msg(strcmp(r.findings, c->expected) == 0,
	    "%s case %d%s: %s  expected:\n%s  got:\n%s", table, i,
	    c->docs ? " (documentation private)" : "", c->record,
	    *c->expected ? c->expected : "(nothing)\n",
	    *r.findings ? r.findings : "(nothing)\n");
	lint_free(&r);
	free(zone);
	lint_private_include_documentation = false;
}

/* ---- leak-private-address: special_ranges ---- */

#define PRIV(col, addr, what, from) \
	"example.com.zone:2:" col ": warning: private address in a public " \
	"zone: www.example.com. has " addr ", " what ", from " from \
	" [leak-private-address]\n"
#define V4(docs, addr, what, from) \
	{docs, "www IN A " addr "\n", PRIV("10", addr, what, from)}
#define V4_PUBLIC(docs, addr) {docs, "www IN A " addr "\n", ""}
#define V6(docs, addr, what, from) \
	{docs, "www IN AAAA " addr "\n", PRIV("13", addr, what, from)}
#define V6_PUBLIC(docs, addr) {docs, "www IN AAAA " addr "\n", ""}

#define THIS_NET "a \"this network\" address (RFC 791)"
#define RFC1918 "a private address (RFC 1918)"
#define CGNAT "a shared carrier-grade NAT address (RFC 6598)"
#define LOOP4 "a loopback address (RFC 1122)"
#define LINK4 "a link-local address (RFC 3927)"
#define DOC4 "a documentation address (RFC 5737)"
#define UNSPEC "the unspecified address (RFC 4291)"
#define LOOP6 "the loopback address (RFC 4291)"
#define ULA "a unique local address (RFC 4193)"
#define LINK6 "a link-local address (RFC 4291)"
#define DOC6 "a documentation address (RFC 3849)"
#define ONES6 "ffff:ffff:ffff:ffff:ffff:ffff"

static const struct table_case address_cases[] = {
	/* 0.0.0.0/8 */
	V4(false, "0.0.0.0", THIS_NET, "0.0.0.0/8"),
	V4(false, "0.255.255.255", THIS_NET, "0.0.0.0/8"),
	V4_PUBLIC(false, "1.0.0.0"),
	/* 10.0.0.0/8 */
	V4_PUBLIC(false, "9.255.255.255"),
	V4(false, "10.0.0.0", RFC1918, "10.0.0.0/8"),
	V4(false, "10.255.255.255", RFC1918, "10.0.0.0/8"),
	V4_PUBLIC(false, "11.0.0.0"),
	/* 100.64.0.0/10 */
	V4_PUBLIC(false, "100.63.255.255"),
	V4(false, "100.64.0.0", CGNAT, "100.64.0.0/10"),
	V4(false, "100.127.255.255", CGNAT, "100.64.0.0/10"),
	V4_PUBLIC(false, "100.128.0.0"),
	/* 127.0.0.0/8 */
	V4_PUBLIC(false, "126.255.255.255"),
	V4(false, "127.0.0.0", LOOP4, "127.0.0.0/8"),
	V4(false, "127.255.255.255", LOOP4, "127.0.0.0/8"),
	V4_PUBLIC(false, "128.0.0.0"),
	/* 169.254.0.0/16 */
	V4_PUBLIC(false, "169.253.255.255"),
	V4(false, "169.254.0.0", LINK4, "169.254.0.0/16"),
	V4(false, "169.254.255.255", LINK4, "169.254.0.0/16"),
	V4_PUBLIC(false, "169.255.0.0"),
	/* 172.16.0.0/12 */
	V4_PUBLIC(false, "172.15.255.255"),
	V4(false, "172.16.0.0", RFC1918, "172.16.0.0/12"),
	V4(false, "172.31.255.255", RFC1918, "172.16.0.0/12"),
	V4_PUBLIC(false, "172.32.0.0"),
	/* 192.168.0.0/16 */
	V4_PUBLIC(false, "192.167.255.255"),
	V4(false, "192.168.0.0", RFC1918, "192.168.0.0/16"),
	V4(false, "192.168.1.10", RFC1918, "192.168.0.0/16"),
	V4(false, "192.168.255.255", RFC1918, "192.168.0.0/16"),
	V4_PUBLIC(false, "192.169.0.0"),
	/* private ranges are private with documentation ranges counted too */
	V4(true, "10.0.0.0", RFC1918, "10.0.0.0/8"),
	V4(true, "192.168.1.10", RFC1918, "192.168.0.0/16"),
	/* 192.0.2.0/24, documentation: private only when asked */
	V4_PUBLIC(false, "192.0.2.0"),
	V4_PUBLIC(false, "192.0.2.255"),
	V4_PUBLIC(true, "192.0.1.255"),
	V4(true, "192.0.2.0", DOC4, "192.0.2.0/24"),
	V4(true, "192.0.2.255", DOC4, "192.0.2.0/24"),
	V4_PUBLIC(true, "192.0.3.0"),
	/* 198.51.100.0/24, documentation */
	V4_PUBLIC(false, "198.51.100.0"),
	V4_PUBLIC(false, "198.51.100.255"),
	V4_PUBLIC(true, "198.51.99.255"),
	V4(true, "198.51.100.0", DOC4, "198.51.100.0/24"),
	V4(true, "198.51.100.255", DOC4, "198.51.100.0/24"),
	V4_PUBLIC(true, "198.51.101.0"),
	/* 203.0.113.0/24, documentation */
	V4_PUBLIC(false, "203.0.113.0"),
	V4_PUBLIC(false, "203.0.113.255"),
	V4_PUBLIC(true, "203.0.112.255"),
	V4(true, "203.0.113.0", DOC4, "203.0.113.0/24"),
	V4(true, "203.0.113.255", DOC4, "203.0.113.0/24"),
	V4_PUBLIC(true, "203.0.114.0"),
	/* ::/128 and ::1/128 */
	V6(false, "::", UNSPEC, "::/128"),
	V6(false, "::1", LOOP6, "::1/128"),
	V6_PUBLIC(false, "::2"),
	/* fc00::/7 */
	V6_PUBLIC(false, "fbff:ffff:" ONES6),
	V6(false, "fc00::", ULA, "fc00::/7"),
	V6(false, "fdff:ffff:" ONES6, ULA, "fc00::/7"),
	V6_PUBLIC(false, "fe00::"),
	/* fe80::/10 */
	V6_PUBLIC(false, "fe7f:ffff:" ONES6),
	V6(false, "fe80::", LINK6, "fe80::/10"),
	V6(false, "febf:ffff:" ONES6, LINK6, "fe80::/10"),
	V6_PUBLIC(false, "fec0::"),
	/* 2001:db8::/32, documentation */
	V6_PUBLIC(false, "2001:db8::"),
	V6_PUBLIC(false, "2001:db8:" ONES6),
	V6_PUBLIC(true, "2001:db7:" ONES6),
	V6(true, "2001:db8::", DOC6, "2001:db8::/32"),
	V6(true, "2001:db8:" ONES6, DOC6, "2001:db8::/32"),
	V6_PUBLIC(true, "2001:db9::"),
	/* IPv4 ranges are not IPv6 ranges: 10/8 and 192.168/16 as IPv6 bits */
	V6_PUBLIC(false, "a00::1"),
	V6_PUBLIC(false, "c0a8:10a::"),
};

START_TEST(address_table)
{
	static const char *const rules[] = {"leak-private-address", NULL};
	run_case("address", _i, &address_cases[_i], rules);
}
END_TEST

/* ---- leak-internal-name: internal_domains and single labels ---- */

#define INTERNAL(name, under) \
	{false, "legacy IN CNAME " name "\n", \
	    "example.com.zone:2:17: warning: internal name in a public zone: " \
	    "CNAME data names " name ", under " under ", an internal domain " \
	    "[leak-internal-name]\n"}
#define SINGLE(name) \
	{false, "legacy IN CNAME " name "\n", \
	    "example.com.zone:2:17: warning: internal name in a public zone: " \
	    "CNAME data names " name ", a single-label name, which never " \
	    "resolves publicly [leak-internal-name]\n"}
#define PUBLIC_NAME(name) {false, "legacy IN CNAME " name "\n", ""}

static const struct table_case name_cases[] = {
	INTERNAL("srv01.contoso.local.", "local."),
	INTERNAL("db.localhost.", "localhost."),
	INTERNAL("x.invalid.", "invalid."),
	INTERNAL("x.test.", "test."),
	INTERNAL("nas.home.arpa.", "home.arpa."),
	INTERNAL("home.arpa.", "home.arpa."),
	INTERNAL("app.internal.", "internal."),
	INTERNAL("dc1.corp.", "corp."),
	INTERNAL("nas.home.", "home."),
	INTERNAL("mx.mail.", "mail."),
	INTERNAL("router.lan.", "lan."),
	INTERNAL("host.localdomain.", "localdomain."),
	INTERNAL("portal.intranet.", "intranet."),
	INTERNAL("git.private.", "private."),
	/* names compare case-insensitively */
	INTERNAL("SRV01.Contoso.LOCAL.", "local."),
	INTERNAL("dc1.CORP.", "corp."),
	/* single labels, listed or not */
	SINGLE("fileserver."),
	SINGLE("local."),
	/* whole labels only, and only at the end */
	PUBLIC_NAME("www.contoso.com."),
	PUBLIC_NAME("local.contoso.com."),
	PUBLIC_NAME("corp.contoso.com."),
	PUBLIC_NAME("x.locals."),
	PUBLIC_NAME("x.loca."),
	PUBLIC_NAME("x.corporate."),
	PUBLIC_NAME("x.homes."),
	PUBLIC_NAME("x.arpa."),
	PUBLIC_NAME("x.myhome.arpa."),
	PUBLIC_NAME("x.lan.example."),
	PUBLIC_NAME("x.intern."),
};

START_TEST(name_table)
{
	static const char *const rules[] = {"leak-internal-name", NULL};
	run_case("name", _i, &name_cases[_i], rules);
}
END_TEST

/* ---- SIP services: sip_services (port, kind) ---- */

#define SRV(owner, port, target) \
	{false, owner " IN SRV 0 0 " port " " target "\n", ""}
#define SRV_EXPECT(owner, port, target, expected) \
	{false, owner " IN SRV 0 0 " port " " target "\n", expected}
#define PORT(col, svc, got, want) \
	"example.com.zone:2:" col ": warning: SIP SRV on an unexpected port: " \
	svc " uses port " got "; clients and partners expect " want \
	" [sip-srv-wrong-port]\n"
#define LEAK(owner) \
	"example.com.zone:2:1: warning: internal-only SIP record in public " \
	"DNS: " owner ".example.com. is for internal clients only and tells " \
	"the world about internal servers [leak-internal-sip-record]\n"
#define OUTSIDE(col, owner, port, target) \
	"example.com.zone:2:" col ": error: SRV target outside the SIP " \
	"domain: " target " is not under example.com. " \
	"[sip-srv-target-outside-domain]\n" \
	"    fix: " owner ".example.com. 300 IN SRV 0 0 " port \
	" sip.example.com. ; a host under example.com. whose certificate " \
	"names it\n"
#define IN_DOMAIN "sip.example.com."
#define ELSEWHERE "sip.other.net."

static const struct table_case sip_cases[] = {
	/* _sipinternaltls._tcp 5061: internal only, sign-in */
	SRV_EXPECT("_sipinternaltls._tcp", "5061", IN_DOMAIN,
	    LEAK("_sipinternaltls._tcp")),
	SRV_EXPECT("_sipinternaltls._tcp", "5060", IN_DOMAIN,
	    LEAK("_sipinternaltls._tcp")
	    PORT("33", "_sipinternaltls._tcp", "5060", "5061")),
	SRV_EXPECT("_sipinternaltls._tcp", "5062", IN_DOMAIN,
	    LEAK("_sipinternaltls._tcp")
	    PORT("33", "_sipinternaltls._tcp", "5062", "5061")),
	SRV_EXPECT("_sipinternaltls._tcp", "5061", ELSEWHERE,
	    LEAK("_sipinternaltls._tcp")
	    OUTSIDE("38", "_sipinternaltls._tcp", "5061", ELSEWHERE)),
	/* _sipinternal._tcp 5060: internal only, sign-in */
	SRV_EXPECT("_sipinternal._tcp", "5060", IN_DOMAIN,
	    LEAK("_sipinternal._tcp")),
	SRV_EXPECT("_sipinternal._tcp", "5059", IN_DOMAIN,
	    LEAK("_sipinternal._tcp")
	    PORT("30", "_sipinternal._tcp", "5059", "5060")),
	SRV_EXPECT("_sipinternal._tcp", "5061", IN_DOMAIN,
	    LEAK("_sipinternal._tcp")
	    PORT("30", "_sipinternal._tcp", "5061", "5060")),
	SRV_EXPECT("_sipinternal._tcp", "5060", ELSEWHERE,
	    LEAK("_sipinternal._tcp")
	    OUTSIDE("35", "_sipinternal._tcp", "5060", ELSEWHERE)),
	/* _sip._tls 443: sign-in */
	SRV("_sip._tls", "443", IN_DOMAIN),
	SRV_EXPECT("_sip._tls", "442", IN_DOMAIN,
	    PORT("22", "_sip._tls", "442", "443")),
	SRV_EXPECT("_sip._tls", "444", IN_DOMAIN,
	    PORT("22", "_sip._tls", "444", "443")),
	SRV_EXPECT("_sip._tls", "443", ELSEWHERE,
	    OUTSIDE("26", "_sip._tls", "443", ELSEWHERE)),
	SRV_EXPECT("_SIP._TLS", "444", IN_DOMAIN,
	    PORT("22", "_sip._tls", "444", "443")),
	/* _sip._tcp: plain SIP too (RFC 3263), alone no Lync domain: any
	 * port, any target (Lync's rules: lync_cases) */
	SRV("_sip._tcp", "5060", IN_DOMAIN),
	SRV("_sip._tcp", "5059", IN_DOMAIN),
	SRV("_sip._tcp", "5080", ELSEWHERE),
	/* _sipfederationtls._tcp 5061: federation, any target */
	SRV("_sipfederationtls._tcp", "5061", IN_DOMAIN),
	SRV_EXPECT("_sipfederationtls._tcp", "5060", IN_DOMAIN,
	    PORT("35", "_sipfederationtls._tcp", "5060", "5061")),
	SRV_EXPECT("_sipfederationtls._tcp", "5062", IN_DOMAIN,
	    PORT("35", "_sipfederationtls._tcp", "5062", "5061")),
	SRV("_sipfederationtls._tcp", "5061", ELSEWHERE),
	/* _xmpp-server._tcp: XMPP's own (RFC 6120): any port (lync_cases) */
	SRV("_xmpp-server._tcp", "5269", IN_DOMAIN),
	SRV("_xmpp-server._tcp", "5270", IN_DOMAIN),
	SRV("_xmpp-server._tcp", "5269", ELSEWHERE),
	/* a listed service under another protocol is no SIP service */
	SRV("_sip._udp", "1", ELSEWHERE),
	SRV("_sipfederationtls._tls", "1", ELSEWHERE),
	SRV("_sipinternaltls._udp", "1", ELSEWHERE),
	SRV("_xmpp-server._udp", "1", ELSEWHERE),
	/* and other services are none */
	SRV("_sips._tcp", "1", ELSEWHERE),
	SRV("_xmpp-client._tcp", "1", ELSEWHERE),
};

static const char *const sip_rules[] = {"sip-srv-wrong-port",
	"sip-srv-target-outside-domain", "leak-internal-sip-record", NULL};

START_TEST(sip_service_table)
{
	run_case("sip service", _i, &sip_cases[_i], sip_rules);
}
END_TEST

/* The same services in a Lync SIP domain (--sip-domain example.com):
 * _sip._tcp is a sign-in SRV, _xmpp-server._tcp Lync's XMPP gateway. */
static const struct table_case lync_cases[] = {
	SRV("_sip._tcp", "5060", IN_DOMAIN),
	SRV_EXPECT("_sip._tcp", "5059", IN_DOMAIN,
	    PORT("22", "_sip._tcp", "5059", "5060")),
	SRV_EXPECT("_sip._tcp", "5061", IN_DOMAIN,
	    PORT("22", "_sip._tcp", "5061", "5060")),
	SRV_EXPECT("_sip._tcp", "5060", ELSEWHERE,
	    OUTSIDE("27", "_sip._tcp", "5060", ELSEWHERE)),
	SRV("_xmpp-server._tcp", "5269", IN_DOMAIN),
	SRV_EXPECT("_xmpp-server._tcp", "5268", IN_DOMAIN,
	    PORT("30", "_xmpp-server._tcp", "5268", "5269")),
	SRV_EXPECT("_xmpp-server._tcp", "5270", IN_DOMAIN,
	    PORT("30", "_xmpp-server._tcp", "5270", "5269")),
	SRV("_xmpp-server._tcp", "5269", ELSEWHERE),
	/* and still no service of its own: _sip._udp */
	SRV("_sip._udp", "5080", ELSEWHERE),
};

START_TEST(lync_domain_table)
{
	lint_sip_domain = "example.com.";
	run_case("lync domain", _i, &lync_cases[_i], sip_rules);
	lint_sip_domain = NULL;
}
END_TEST

/* ---- hosted_sip_targets: a sign-in SRV may point at these ---- */

#define HOSTED(target) SRV("_sip._tls", "443", target)
#define NOT_HOSTED(target) \
	SRV_EXPECT("_sip._tls", "443", target, \
	    OUTSIDE("26", "_sip._tls", "443", target))

static const struct table_case hosted_cases[] = {
	HOSTED("sipdir.online.lync.com."),
	HOSTED("online.lync.com."),
	HOSTED("sipfed.infra.lync.com."),
	HOSTED("sipdir.online.gov.skypeforbusiness.us."),
	HOSTED("sipdir.online.dod.skypeforbusiness.us."),
	HOSTED("sipdir.online.partner.lync.cn."),
	HOSTED("SIPDIR.Online.Lync.COM."),
	/* one label up is not on the list, nor a longer label */
	NOT_HOSTED("sipdir.lync.com."),
	NOT_HOSTED("sipdir.xonline.lync.com."),
	NOT_HOSTED("sipfed.xinfra.lync.com."),
	NOT_HOSTED("sipdir.gov.skypeforbusiness.us."),
	NOT_HOSTED("sipdir.dod.skypeforbusiness.us."),
	NOT_HOSTED("sipdir.partner.lync.cn."),
	NOT_HOSTED("sipdir.online.lync.cn."),
};

START_TEST(hosted_target_table)
{
	run_case("hosted target", _i, &hosted_cases[_i], sip_rules);
}
END_TEST

/* ---- zl_lookups: the names the HTML report's picture resolves ---- */

/* Every service only Lync uses makes a domain of the picture, as it
 * makes a SIP domain for the rules (sip_domains_note), and every SRV
 * lookup is a service of sip_services. */
START_TEST(picture_lookups_follow_services)
{
	for (size_t i = 0; i < sip_service_count; i++) {
		const struct sip_service *svc = &sip_services[i];
		char want[64];
		snprintf(want, sizeof want, "%s.%s", svc->service, svc->proto);
		bool found = false;
		for (size_t j = 0; j < zl_lookup_count; j++)
			if (strcmp(zl_lookups[j].prefix, want) == 0)
				found = zl_lookups[j].names_domain &&
				    zl_lookups[j].want == ZL_T_SRV;
		ck_assert_msg(found == svc->lync, "%s: in zl_lookups as a domain's "
		    "SRV: %d, a Lync service: %d", want, found, svc->lync);
	}
	for (size_t j = 0; j < zl_lookup_count; j++) {
		if (zl_lookups[j].want != ZL_T_SRV)
			continue;
		bool found = false;
		for (size_t i = 0; i < sip_service_count; i++) {
			char name[64];
			snprintf(name, sizeof name, "%s.%s", sip_services[i].service,
			    sip_services[i].proto);
			found |= strcmp(name, zl_lookups[j].prefix) == 0;
		}
		ck_assert_msg(found, "%s: no such service", zl_lookups[j].prefix);
	}
}
END_TEST

/* ---- marks (zl_mark): each rule's own bits of an index entry ---- */

START_TEST(rule_marks_fit)
{
	unsigned bits = 0;
	for (size_t i = 0; i < zl_registry_count(); i++)
		bits += zl_registry_at(i)->marks;
	ck_assert_msg(bits <= ZL_MARK_BITS, "the rules ask for %u mark bits; "
	    "an index entry has %d", bits, ZL_MARK_BITS);
}
END_TEST

/* hygiene-cname-and-other-data marks a name it reported, and
 * hygiene-dname-conflict marks the targets of NS records: ns1 has both
 * (reported once all the same), www.d only the first (so it is no glue). */
START_TEST(rule_marks_are_apart)
{
	lint_only[0] = "hygiene-cname-and-other-data";
	lint_only[1] = "hygiene-dname-conflict";
	lint_only[2] = NULL;
	const char *files[] = {"example.com.zone",
	    "$TTL 300\n"
	    "@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@ IN NS ns1\n"
	    "ns1 IN CNAME host.example.net.\n"
	    "ns1 IN A 192.0.2.1\n"
	    "d IN DNAME example.net.\n"
	    "www.d IN CNAME host.example.net.\n"
	    "www.d IN TXT \"below the DNAME\"\n", NULL};
	struct lint_result r = lint_files_opt("example.com", ZL_VIEW_NONE,
	    files, 0);
	ck_assert_str_eq(r.findings,
	    "example.com.zone:4:1: error: CNAME and other data at the same "
	    "name: ns1.example.com. has a CNAME and also A data (line 5) "
	    "[hygiene-cname-and-other-data]\n"
	    "example.com.zone:7:1: error: CNAME and other data at the same "
	    "name: www.d.example.com. has a CNAME and also TXT data (line 8) "
	    "[hygiene-cname-and-other-data]\n"
	    "example.com.zone:7:1: error: DNAME with conflicting data: "
	    "www.d.example.com. is below the DNAME at d.example.com. (line 6) "
	    "and can never be reached [hygiene-dname-conflict]\n");
	lint_free(&r);
	lint_only[0] = NULL;
	lint_only[1] = NULL;
}
END_TEST

#define COUNT(a) ((int)(sizeof a / sizeof *a))

int
main(void)
{
	Suite *s = suite_create("tables");
	TCase *tc = tcase_create("tables");
	tcase_set_timeout(tc, 30);
	tcase_add_loop_test(tc, address_table, 0, COUNT(address_cases));
	tcase_add_loop_test(tc, name_table, 0, COUNT(name_cases));
	tcase_add_loop_test(tc, sip_service_table, 0, COUNT(sip_cases));
	tcase_add_loop_test(tc, lync_domain_table, 0, COUNT(lync_cases));
	tcase_add_loop_test(tc, hosted_target_table, 0, COUNT(hosted_cases));
	tcase_add_test(tc, picture_lookups_follow_services);
	tcase_add_test(tc, rule_marks_fit);
	tcase_add_test(tc, rule_marks_are_apart);
	suite_add_tcase(s, tc);
	return lint_main(s);
}
