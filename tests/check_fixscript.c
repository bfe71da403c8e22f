/* check_fixscript.c: --fix-script's quoting, names and plan
 * (src/fixscript.h, src/fixscript_util.h). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "fixscript.h"
#include "fixscript_util.h"

static char *
ps(const struct zl_fix_step *s, bool text)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);
	bool ok = zl_fixscript_ps_step(m, s, text);
	fclose(m);
	if (!ok) {
		free(buf);
		return NULL;
	}
	return buf;
}

START_TEST(names_relative_to_their_zone)
{
	char b[256];
	ck_assert_str_eq(zl_fixscript_node("contoso.com.", "contoso.com.", b,
	    sizeof b), "@");
	ck_assert_str_eq(zl_fixscript_node("_sip._tls.Contoso.com.",
	    "contoso.com.", b, sizeof b), "_sip._tls");
	/* an escaped dot is no label boundary: a\.contoso is one label */
	ck_assert_str_eq(zl_fixscript_node("a\\.contoso.com.", "contoso.com.",
	    b, sizeof b), "a\\.contoso.com");
	ck_assert_str_eq(zl_fixscript_node("x\\.y.contoso.com.", "contoso.com.",
	    b, sizeof b), "x\\.y");
	ck_assert_str_eq(zl_fixscript_node("xcontoso.com.", "contoso.com.", b,
	    sizeof b), "xcontoso.com");
	ck_assert_str_eq(zl_fixscript_nodot("a\\.", b, sizeof b), "a\\.");
	ck_assert_str_eq(zl_fixscript_nodot("a\\\\.", b, sizeof b), "a\\\\");
	ck_assert_str_eq(zl_fixscript_var("pool address", true, b, sizeof b),
	    "PoolAddress");
	ck_assert_str_eq(zl_fixscript_var("internal web services FQDN", false,
	    b, sizeof b), "INTERNAL_WEB_SERVICES_FQDN");
	ck_assert_str_eq(zl_fixscript_var("a$(x)'b", false, b, sizeof b),
	    "A_X_B");
}
END_TEST

START_TEST(plain_words_only)
{
	ck_assert(zl_fixscript_plain("_sipinternaltls._tcp.contoso.com."));
	ck_assert(zl_fixscript_plain("2001:db8::1"));
	static const char *const bad[] = {"", "-x", "a b", "a&b", "a%b%", "a^",
	    "a|b", "a<b", "a>b", "a\"b", "a'b", "a$b", "a`b", "a;b", "a\\b",
	    "a(b", "a\nb", "a/b"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		ck_assert_msg(!zl_fixscript_plain(bad[i]), "%s", bad[i]);
	struct zl_fix_step s = {.kind = ZL_FIX_ADD_RECORD, .zone = "a.",
	    .owner = "b.a.", .type = LDNS_RR_TYPE_SRV,
	    .data = "0 0 5061 sip.a."};
	ck_assert(zl_fixscript_step_plain(&s));
	s.data = "0 0 5061 s&p.a.";
	ck_assert(!zl_fixscript_step_plain(&s));
}
END_TEST

START_TEST(powershell_single_quotes)
{
	struct zl_fix_step s = {.kind = ZL_FIX_REMOVE_RECORD,
	    .view = ZL_VIEW_EXTERNAL, .zone = "contoso.com.",
	    .owner = "o'k\xe2\x80\x99$(x).contoso.com.", .type = LDNS_RR_TYPE_A,
	    .data = "10.0.0.1"};
	char *out = ps(&s, false);
	ck_assert_str_eq(out, "Remove-DnsServerResourceRecord -ZoneName "
	    "'contoso.com' -Name 'o''k\xe2\x80\x99\xe2\x80\x99$(x)' -ComputerName "
	    "$PublicDnsServer -RRType A -RecordData '10.0.0.1' -Force");
	free(out);
	struct zl_fix_step a = {.kind = ZL_FIX_ADD_RECORD,
	    .view = ZL_VIEW_INTERNAL, .zone = "sip.contoso.com.",
	    .owner = "sip.contoso.com.", .type = LDNS_RR_TYPE_A,
	    .param = "pool address"};
	out = ps(&a, true);
	ck_assert_str_eq(out, "Add-DnsServerResourceRecordA -ZoneName "
	    "'sip.contoso.com' -Name '@' -IPv4Address <pool address>");
	free(out);
	out = ps(&a, false);
	ck_assert_ptr_nonnull(strstr(out, "-IPv4Address $PoolAddress"));
	free(out);
	a.type = LDNS_RR_TYPE_TXT; /* no form: nothing written */
	ck_assert_ptr_null(ps(&a, false));
}
END_TEST

/* Two findings asking for the same zone: it is added once, before any
 * record, and the removal comes last. */
START_TEST(plan_once_in_order)
{
	struct zl_fix_step add = {.kind = ZL_FIX_ADD_RECORD,
	    .view = ZL_VIEW_INTERNAL, .zone = "p.example.", .owner = "p.example.",
	    .type = LDNS_RR_TYPE_A, .data = "10.0.0.1"};
	struct zl_fix_step zone = {.kind = ZL_FIX_ADD_ZONE,
	    .view = ZL_VIEW_INTERNAL, .zone = "p.example."};
	struct zl_fix_step rm = {.kind = ZL_FIX_REMOVE_RECORD,
	    .view = ZL_VIEW_EXTERNAL, .zone = "example.", .owner = "p.example.",
	    .type = LDNS_RR_TYPE_A, .data = "10.0.0.1"};
	struct zl_fix_step one[] = {rm, zone, add}, two[] = {zone};
	struct zl_diag v[2] = {
		{.loc = {zl_file_intern("a.zone"), 3, 1}, .message = "first: x",
		    .steps = one, .nsteps = 3},
		{.loc = {zl_file_intern("a.zone"), 9, 1}, .message = "second: y",
		    .steps = two, .nsteps = 1}};
	struct zl_diags d = {.v = v, .count = 2, .cap = 2};
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);
	zl_fixscript_write(m, &d, ZL_FIXSCRIPT_DNSCMD);
	fclose(m);
	const char *z = strstr(buf, "/zoneadd p.example");
	const char *r = strstr(buf, "/recordadd p.example @ A 10.0.0.1");
	const char *x = strstr(buf, "/recorddelete example p A 10.0.0.1 /f");
	ck_assert(z && r && x && z < r && r < x);
	ck_assert_ptr_null(strstr(z + 1, "/zoneadd"));
	/* the zone's step names both findings */
	ck_assert_ptr_nonnull(strstr(buf, ":3: "));
	ck_assert_ptr_nonnull(strstr(buf, ":9: "));
	free(buf);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("fixscript");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, names_relative_to_their_zone);
	tcase_add_test(tc, plain_words_only);
	tcase_add_test(tc, powershell_single_quotes);
	tcase_add_test(tc, plan_once_in_order);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
