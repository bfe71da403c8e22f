/* check_origin.c: where a zone's origin comes from: a Windows
 * export's header, the file's name, dig axfr output, or nowhere. */
#include "testutil.h"
#include "format.h"

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

/* Export-DnsServerZone's header names a zone scope, then the zone; the
 * scope's name is not the zone (it was read as "Default." before). */
START_TEST(export_dnsserverzone_header)
{
	struct lint_result r = lint_text("export.txt", NULL,
	    ";\r\n"
	    ";  Database file (null) for Default zone scope in zone contoso.com.\r\n"
	    ";      Zone version:  57\r\n"
	    ";\r\n"
	    "@                       IN  SOA dc1.contoso.com. hostmaster.contoso.com. 57 900 600 86400 3600\r\n"
	    "@                       NS\tdc1.contoso.com.\r\n"
	    "@                       WINS\tLOCAL L2 C900 ( 192.0.2.20 192.0.2.21 )\r\n"
	    "dc1                     [AGE:3636525]\t600\tA\t192.0.2.10\r\n");
	EXPECT(r,
	    "5:1 SOA contoso.com. 3600\n"
	    "6:1 NS contoso.com. 3600\n"
	    "7:1 WINS contoso.com. 3600\n"
	    "8:1 A dc1.contoso.com. 600 age=3636525\n", "");
	lint_free(&r);
}
END_TEST

/* WINS and WINSR are Windows DNS's own: in a zone file, unknown types. */
START_TEST(wins_outside_windows_exports)
{
	struct lint_result r = lint_text("example.com.zone", NULL,
	    "$TTL 300\n"
	    "@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@ IN WINS 192.0.2.20\n");
	EXPECT(r, "2:1 SOA example.com. 300\n",
	    "example.com.zone:3:6: error: syntax error: unknown record type WINS "
	    "[syntax-error]\n");
	lint_free(&r);
}
END_TEST

/* Each header line as the tool writes it, and near misses. */
START_TEST(export_headers)
{
	static const struct {
		const char *line;
		enum zl_format format;
		const char *zone; /* NULL: none named */
	} t[] = {
		{";  Database file contoso.com.dns for contoso.com zone.",
		    ZL_FORMAT_DNSCMD, "contoso.com"},
		{";  Database file x.dns for contoso.com. zone.",
		    ZL_FORMAT_DNSCMD, "contoso.com"},
		{";  Database file (null) for Default zone scope in zone contoso.com.",
		    ZL_FORMAT_DNSSERVERZONE, "contoso.com"},
		{";  Database file c.dns for Europe zone scope in zone contoso.com.\r",
		    ZL_FORMAT_DNSSERVERZONE, "contoso.com"},
		{";  Database file x for contoso.com", ZL_FORMAT_BIND, NULL},
		{";  Database file x for zone scope in zone ", ZL_FORMAT_BIND, NULL},
		{";; Domain:     example.com.", ZL_FORMAT_CLOUDFLARE, "example.com"},
		{";;Domain:", ZL_FORMAT_CLOUDFLARE, NULL},
		{"; Domain: example.com", ZL_FORMAT_BIND, NULL}, /* GoDaddy's */
		{"; Exported zone file from Azure DNS", ZL_FORMAT_AZURE, NULL},
		{"; <<>> DiG 9.18.28 <<>> @ns1 example.com AXFR", ZL_FORMAT_DIG_AXFR,
		    NULL},
		{"; <<>> DiG 9.18.28 <<>> example.com MX", ZL_FORMAT_BIND, NULL},
		{";", ZL_FORMAT_BIND, NULL},
	};
	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		const char *z;
		size_t zl;
		enum zl_format f = zl_format_of_header(t[i].line,
		    strlen(t[i].line), &z, &zl);
		ck_assert_msg(f == t[i].format, "%s: format %s", t[i].line,
		    zl_format_name(f));
		if (t[i].zone == NULL)
			ck_assert_msg(f == ZL_FORMAT_BIND || z == NULL, "%s: a zone",
			    t[i].line);
		else
			ck_assert_msg(z && zl == strlen(t[i].zone) &&
			    memcmp(z, t[i].zone, zl) == 0, "%s: zone %.*s",
			    t[i].line, (int)zl, z ? z : "");
	}
	ck_assert(zl_format_cf_proxied("; cf_tags=cf-proxied:true", 25));
	ck_assert(zl_format_cf_proxied("; web cf_tags=cf-proxied:true,x", 31));
	ck_assert(!zl_format_cf_proxied("; cf_tags=cf-proxied:false", 26));
	ck_assert(!zl_format_cf_proxied("; cf-proxied:true", 17));
	ck_assert_str_eq(zl_format_name(ZL_FORMAT_COUNT), "BIND zone file");
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
	tcase_add_test(tc, export_dnsserverzone_header);
	tcase_add_test(tc, wins_outside_windows_exports);
	tcase_add_test(tc, export_headers);
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
