/* check_dnsmgr.c: a DNS Manager list's header, rows and timestamps
 * (src/dnsmgr.h): each row's zone text, columns and errors. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "dnsmgr.h"
#include "dnsmgr_data.h"
#include "testutil.h"

START_TEST(header_row)
{
	static const struct {
		const char *line;
		bool list;
		char sep;
	} cases[] = {
		{"Name\tType\tData\tTimestamp\r", true, '\t'},
		{"Name\tType\tData", true, '\t'},
		{"Name,Type,Data,Timestamp", true, ','},
		{"\"Name\",\"Type\",\"Data\"", true, ','},
		{"name\ttype\tdata\ttimestamp", true, '\t'},
		{"Name\tType\tTimestamp", false, 0},       /* no Data */
		{"Name Type Data", false, 0},             /* no separator */
		{"@ IN SOA ns host 1 2 3 4 5", false, 0},
		{"", false, 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct zl_list *l = zl_list_detect(cases[i].line,
		    strlen(cases[i].line));
		ck_assert_msg((l != NULL) == cases[i].list, "%s", cases[i].line);
		if (l)
			ck_assert_int_eq(l->sep, cases[i].sep);
		zl_list_free(l);
	}
}
END_TEST

/* Each row after the header "Name<sep>Type<sep>Data<sep>Timestamp":
 * its zone text, or its error and the error's column. */
static void
expect_row(const char *header, const char *row, const char *text,
    uint32_t err_col)
{
	struct zl_list *l = zl_list_detect(header, strlen(header));
	ck_assert_ptr_nonnull(l);
	size_t n;
	zl_list_row(l, header, strlen(header), &n);
	const char *out = zl_list_row(l, row, strlen(row), &n);
	if (err_col) {
		ck_assert_msg(l->err[0] != '\0', "no error for %s", row);
		ck_assert_uint_eq(l->err_col, err_col);
		ck_assert_uint_eq(n, 0);
	} else {
		ck_assert_msg(l->err[0] == '\0', "%s: %s", row, l->err);
		ck_assert_str_eq(out, text);
		ck_assert_uint_eq(n, strlen(text));
	}
	zl_list_free(l);
}

START_TEST(rows)
{
	const char *tab = "Name\tType\tData\tTimestamp",
	    *csv = "Name,Type,Data,Timestamp";
	expect_row(tab, "(same as parent folder)\tStart of Authority (SOA)\t"
	    "[25], dc1.contoso.local., hostmaster.contoso.local.\tstatic",
	    "@ SOA dc1.contoso.local. hostmaster.contoso.local. 25 900 600 "
	    "86400 3600", 0);
	expect_row(tab, "mail\tMail Exchanger (MX)\t[10]  mail.contoso.com.\t"
	    "static", "mail MX 10 mail.contoso.com.", 0);
	expect_row(tab, "_sip\tService Location (SRV)\t[0][100][5061] "
	    "sip.contoso.com.\tstatic", "_sip SRV 0 100 5061 sip.contoso.com.", 0);
	expect_row(tab, "pc\tHost (A)\t10.0.0.5\t11/30/2026 10:00:00 AM",
	    "pc [AGE:3733474] A 10.0.0.5", 0);
	expect_row(tab, "pc\tIPv6 Host (AAAA)\tfd00::5\t", "pc AAAA fd00::5", 0);
	expect_row(tab, "www\tAlias (CNAME)\tsip.contoso.com.\tstatic",
	    "www CNAME sip.contoso.com.", 0);
	expect_row(tab, "5\tPointer (PTR)\thost.contoso.com.\tstatic",
	    "5 PTR host.contoso.com.", 0);
	expect_row(tab, "(same as parent folder)\tText (TXT)\tsay \"hi\"; ok\t"
	    "static", "@ TXT \"say \\\"hi\\\"; ok\"", 0);
	expect_row(tab, "my host\tHost (A)\t10.0.0.1\tstatic",
	    "my\\032host A 10.0.0.1", 0);
	expect_row(tab, "$x\tHost (A)\t10.0.0.1\tstatic", "\\$x A 10.0.0.1", 0);
	expect_row(tab, "_tcp\t\t\t", "", 0);          /* a folder's row */
	expect_row(tab, "\t\t\t", "", 0);              /* blank */
	expect_row(csv, "t,Text (TXT),\"a, \"\"b\"\"\",static",
	    "t TXT \"a, \\\"b\\\"\"", 0);
	expect_row(csv, "(same as parent folder),Start of Authority (SOA),"
	    "\"[7], ns.x., h.x.\",static", "@ SOA ns.x. h.x. 7 900 600 86400 3600",
	    0);
	/* unquoted commas in the Data column: joined back */
	expect_row(csv, "(same as parent folder),Start of Authority (SOA),"
	    "[7], ns.x., h.x.,static", "@ SOA ns.x. h.x. 7 900 600 86400 3600", 0);
	expect_row(csv, "t,Text (TXT),a, b,static", "t TXT \"a, b\"", 0);
	expect_row(csv, "x,Host (A),10.0.0.1,static,", "x A 10.0.0.1", 0);
	expect_row(tab, "x\tHost (A)\t10.0.0.1\tstatic\t", "x A 10.0.0.1", 0);
	/* errors: at the Data column (type, data), the Timestamp's, or 1 */
	expect_row(tab, "w\tWINS Lookup (WINS)\tx\tstatic", NULL, 22);
	expect_row(tab, "m\tMail Exchanger (MX)\tmail.\tstatic", NULL, 23);
	expect_row(tab, "s\tService Location (SRV)\t[0][1] x.\tstatic", NULL, 26);
	expect_row(tab, "s\tService Location (SRV)\t[0][1][99999] x.\tstatic",
	    NULL, 26);
	expect_row(tab, "a\tHost (A)\t10.0.0.1 10.0.0.2\tstatic", NULL, 12);
	expect_row(tab, "a\tHost (A)\t10.0.0.1\tlater", NULL, 21);
	expect_row(tab, "a\tHost (A)", NULL, 1);
	expect_row(tab, "\tHost (A)\t10.0.0.1\tstatic", NULL, 1);
}
END_TEST

START_TEST(columns_map_back)
{
	const char *h = "Name\tType\tData\tTimestamp";
	struct zl_list *l = zl_list_detect(h, strlen(h));
	size_t n;
	zl_list_row(l, h, strlen(h), &n);
	const char *row = "mail\tMail Exchanger (MX)\t[10]  mail.contoso.com.\t"
	    "11/30/2026 10:00:00 AM";
	const char *out = zl_list_row(l, row, strlen(row), &n);
	ck_assert_str_eq(out, "mail [AGE:3733474] MX 10 mail.contoso.com.");
	ck_assert_uint_eq(zl_list_col(l, 0), 1);                  /* mail */
	ck_assert_uint_eq(zl_list_col(l, 5), 50);                 /* [AGE */
	ck_assert_uint_eq(zl_list_col(l, 19), 6);                 /* MX */
	ck_assert_uint_eq(zl_list_col(l, 22), 26);                /* 10 */
	ck_assert_uint_eq(zl_list_col(l, 25), 32);                /* mail. */
	zl_list_free(l);
}
END_TEST

START_TEST(timestamps)
{
	/* 3733474 hours after 1601-01-01 is 2026-11-30 10:00 */
	static const struct {
		const char *ts;
		long long hours;
	} cases[] = {
		{"11/30/2026 10:00:00 AM", 3733474},      /* en-US */
		{"11/30/2026 10:00 AM", 3733474},
		{"11/30/2026 10:00:00 PM", 3733486},
		{"12/1/2026 12:00:00 AM", 3733488},       /* midnight */
		{"12/1/2026 12:30:00 PM", 3733500},       /* noon */
		{"30/11/2026 10:00:00", 3733474},         /* en-GB: day first */
		{"30.11.2026 10:00:00", 3733474},         /* de-DE */
		{"2026-11-30 10:00:00", 3733474},         /* ISO, sv-SE */
		{"1/12/2026 10:00:00", 3733498},          /* 24-hour: day first */
		{"1/12/2026 10:00:00 AM", 3725746},       /* AM/PM: month first */
		{"11/30/2026", 3733464},
		{"13/13/2026 10:00:00", -1},
		{"2/30/2026 10:00:00 AM", -1},            /* a day past the month */
		{"11/30/2026 13:00:00 PM", -1},
		{"11/30/26 10:00:00 AM", -1},             /* a two-digit year */
		{"static", -1},
		{"", -1},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		ck_assert_msg(zl_list_hours(cases[i].ts, strlen(cases[i].ts)) ==
		    cases[i].hours, "%s: %lld", cases[i].ts,
		    zl_list_hours(cases[i].ts, strlen(cases[i].ts)));
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("dnsmgr");
	TCase *tc = tcase_create("dnsmgr");
	tcase_add_test(tc, header_row);
	tcase_add_test(tc, rows);
	tcase_add_test(tc, columns_map_back);
	tcase_add_test(tc, timestamps);
	suite_add_tcase(s, tc);
	return lint_main(s);
}
