/* check_wks.c: WKS records read and printed with the built-in table of
 * services, never getservbyname and kin (src/wks.h). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "wks.h"

START_TEST(services_by_name_and_number)
{
	static const struct {
		const char *name;
		unsigned protocol;
		long port;
	} cases[] = {
		{"ftp-data", 6, 20}, {"ftp", 6, 21}, {"ssh", 6, 22},
		{"telnet", 6, 23}, {"SMTP", 6, 25}, {"domain", 17, 53},
		{"domain", 6, 53}, {"tftp", 17, 69}, {"gopher", 6, 70},
		{"finger", 6, 79}, {"http", 6, 80}, {"www", 6, 80},
		{"kerberos", 17, 88}, {"pop3", 6, 110}, {"sunrpc", 6, 111},
		{"auth", 6, 113}, {"nntp", 6, 119}, {"ntp", 17, 123},
		{"netbios-ns", 17, 137}, {"netbios-ssn", 6, 139}, {"imap", 6, 143},
		{"snmp", 17, 161}, {"ldap", 6, 389}, {"https", 6, 443},
		{"echo", 6, 7}, {"discard", 17, 9}, {"daytime", 6, 13},
		{"time", 6, 37}, {"tcpmux", 6, 1}, {"zserv", 6, 346},
		{"0", 6, 0}, {"65535", 17, 65535}, {"65536", 6, -1},
		{"ntp", 6, -1},        /* udp only */
		{"smtp", 1, -1},       /* names only for tcp and udp */
		{"25", 1, 25}, {"nosuch", 6, -1}, {"ft", 6, -1}, {"ftpx", 6, -1},
		{"", 6, -1}, {"2x", 6, -1},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		ck_assert_msg(zl_wks_port(cases[i].name, strlen(cases[i].name),
		    cases[i].protocol) == cases[i].port, "%s/%u",
		    cases[i].name, cases[i].protocol);
}
END_TEST

static size_t
encode(const char *text, char *out, size_t cap, size_t *bad, char *why)
{
	struct zl_field f[16];
	size_t n = 0;
	for (const char *p = text; *p;) {
		size_t len = strcspn(p, " ");
		f[n++] = (struct zl_field){p, len};
		p += len;
		p += strspn(p, " ");
	}
	return zl_wks_encode(f, n, NULL, out, cap, bad, why, 128);
}

START_TEST(encoded_and_printed_in_numbers)
{
	char out[256], why[128];
	size_t bad;
	ck_assert_uint_gt(encode("192.0.2.1 tcp smtp domain 80 ssh", out,
	    sizeof out, &bad, why), 0);
	/* ports 22, 25, 53, 80: the bitmap ends with 80's octet */
	ck_assert_str_eq(out, "\\# 16 c0000201060000024000000400000080");
	char *text = NULL;
	ldns_rr *rr = NULL;
	text = "w.example. 60 IN WKS \\# 16 c0000201060000024000000400000080";
	ck_assert_int_eq(ldns_rr_new_frm_str(&rr, text, 60, NULL, NULL),
	    LDNS_STATUS_OK);
	char *s = zl_wks_rr_str(rr);
	ck_assert_str_eq(s, "w.example.\t60\tIN\tWKS\t192.0.2.1 6 22 25 53 80\n");
	free(s);
	ldns_rr_free(rr);
	ck_assert_uint_gt(encode("10.0.0.1 UDP", out, sizeof out, &bad, why), 0);
	ck_assert_str_eq(out, "\\# 5 0a00000111");
	ck_assert_uint_eq(encode("10.0.0.1 tcp smtp nosuch", out, sizeof out,
	    &bad, why), 0);
	ck_assert_uint_eq(bad, 3);
	ck_assert_uint_eq(encode("10.0.0.1 icmp", out, sizeof out, &bad, why), 0);
	ck_assert_uint_eq(bad, 1);
	ck_assert_uint_eq(encode("10.0.0.300 6", out, sizeof out, &bad, why), 0);
	ck_assert_uint_eq(bad, 0);
	ck_assert_uint_eq(encode("10.0.0.1", out, sizeof out, &bad, why), 0);
	/* the highest port needs 8 KiB of bitmap */
	char big[2 * 8198 + 32];
	ck_assert_uint_gt(encode("10.0.0.1 6 65535", big, sizeof big, &bad,
	    why), 0);
	ck_assert_uint_eq(encode("10.0.0.1 6 65535", out, sizeof out, &bad,
	    why), 0);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("wks");
	TCase *tc = tcase_create("wks");
	tcase_add_test(tc, services_by_name_and_number);
	tcase_add_test(tc, encoded_and_printed_in_numbers);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
