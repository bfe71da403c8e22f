/* check_origin.c: where a zone's origin comes from: a Windows
 * export's header, the file's name, dig axfr output, or nowhere. */
#include "testutil.h"

START_TEST(windows_export)
{
	/* dnscmd /zoneexport: header comment names the zone, CRLF, no
	 * $TTL (the SOA minimum applies), [AGE:n] before the TTL. */
	struct lint_result r = lint_text("export.txt", NULL,
	    ";\r\n"
	    ";  Database file contoso.com.dns for contoso.com zone.\r\n"
	    ";      Zone version:  57\r\n"
	    ";\r\n"
	    "\r\n"
	    "@                       IN  SOA ns1.contoso.com.  hostmaster.contoso.com. (\r\n"
	    "                        \t57           ; serial number\r\n"
	    "                        \t900          ; refresh\r\n"
	    "                        \t600          ; retry\r\n"
	    "                        \t86400        ; expire\r\n"
	    "                        \t3600       ) ; default TTL\r\n"
	    "@                       NS\tns1.contoso.com.\r\n"
	    "_sipinternaltls._tcp    [AGE:3636525] 600 SRV 0 0 5061 sip.contoso.com.\r\n"
	    "sip                     [AGE:3636525] A\t192.0.2.10\r\n"
	    "                        [AGE:3636526] 1200\tA\t192.0.2.11\r\n");
	EXPECT(r,
	    "6:1 SOA contoso.com. 3600\n"
	    "12:1 NS contoso.com. 3600\n"
	    "13:1 SRV _sipinternaltls._tcp.contoso.com. 600 age=3636525\n"
	    "14:1 A sip.contoso.com. 3600 age=3636525\n"
	    "15:25 A sip.contoso.com. 1200 age=3636526\n", "");
	lint_free(&r);
}
END_TEST

START_TEST(windows_origin_from_file_name)
{
	struct lint_result r = lint_text("_sipinternaltls._tcp.contoso.com.dns",
	    NULL, "@ [AGE:3636525] 600 SRV 0 0 5061 sip.contoso.com.\r\n");
	EXPECT(r, "1:1 SRV _sipinternaltls._tcp.contoso.com. 600 age=3636525\n", "");
	lint_free(&r);
}
END_TEST

START_TEST(origin_from_other_file_names)
{
	static const char *const names[][2] = {
		{"example.com.zone", "example.com."},
		{"db.example.com", "example.com."},
		{"example.com.db", "example.com."},
		{"Example.COM.DNS", "Example.COM."},
	};
	for (size_t i = 0; i < 4; i++) {
		struct lint_result r = lint_text(names[i][0], NULL,
		    "@ 60 IN A 192.0.2.1\n");
		char *want = zl_asprintf("1:1 A %s 60\n", names[i][1]);
		EXPECT(r, want, "");
		free(want);
		lint_free(&r);
	}
}
END_TEST

START_TEST(dig_axfr_output)
{
	struct lint_result r = lint_text("transfer.txt", NULL,
	    "\n"
	    "; <<>> DiG 9.18.49 <<>> @ns1 example.com axfr\n"
	    ";; global options: +cmd\n"
	    "example.com.\t\t3600\tIN\tSOA\tns1.example.com. host.example.com. 1 7200 3600 1209600 300\n"
	    "example.com.\t\t3600\tIN\tNS\tns1.example.com.\n"
	    "www.example.com.\t300\tIN\tA\t192.0.2.1\n"
	    "example.com.\t\t3600\tIN\tSOA\tns1.example.com. host.example.com. 1 7200 3600 1209600 300\n"
	    ";; Query time: 2 msec\n"
	    ";; XFR size: 4 records (messages 1, bytes 190)\n");
	EXPECT(r,
	    "4:1 SOA example.com. 3600\n"
	    "5:1 NS example.com. 3600\n"
	    "6:1 A www.example.com. 300\n"
	    "7:1 SOA example.com. 3600\n", "");
	lint_free(&r);
}
END_TEST

START_TEST(no_origin_is_unusable)
{
	struct lint_result r = lint_text("zone.txt", NULL,
	    "; nothing tells the origin\n"
	    "www 60 IN A 192.0.2.1\n");
	EXPECT(r, "",
	    "zone.txt:2:1: error: unusable input: cannot tell the zone's origin: "
	    "give --origin NAME before the file, start it with $ORIGIN, or name "
	    "it NAME.zone [input-unreadable]\n");
	ck_assert_int_eq(r.input_failed, 1);
	lint_free(&r);
}
END_TEST

static Suite *
origin_suite(void)
{
	Suite *s = suite_create("origin");
	TCase *tc = tcase_create("origin");
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, windows_export);
	tcase_add_test(tc, windows_origin_from_file_name);
	tcase_add_test(tc, origin_from_other_file_names);
	tcase_add_test(tc, dig_axfr_output);
	tcase_add_test(tc, no_origin_is_unusable);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	lint_only[0] = "syntax-*";
	lint_only[1] = "input-*";
	return lint_main(origin_suite());
}
