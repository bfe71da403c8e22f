/* check_reader.c: the reader, construct by construct, with exact lines
 * and columns, in BIND, Windows-export and dig-axfr forms. */
#include <sys/mman.h>

#include "bigmem.h"
#include "cert.h"
#include "generate.h"
#include "ipseckey.h"
#include "loc.h"
#include "svcb.h"
#include "testutil.h"

#define EXPECT(res, recs, finds) do { \
	ck_assert_str_eq((res).records, (recs)); \
	ck_assert_str_eq((res).findings, (finds)); \
} while (0)

#define SOA "@ 3600 IN SOA ns1 host 1 7200 3600 1209600 300\n"

START_TEST(parentheses_span_lines)
{
	struct lint_result r = lint_text("example.com.zone", NULL,
	    "$TTL 300\n"
	    "@ IN SOA ns1 hostmaster (\n"
	    "\t2026112401 ; serial\n"
	    "\t7200 3600 1209600 300 )\n"
	    "  IN NS ns1\n"
	    "\n"
	    "; a comment\n"
	    "ns1 IN A 192.0.2.1\n");
	EXPECT(r,
	    "2:1 SOA example.com. 300\n"
	    "5:3 NS example.com. 300\n"
	    "8:1 A ns1.example.com. 300\n", "");
	lint_free(&r);
}
END_TEST

START_TEST(quoted_strings_keep_specials)
{
	struct lint_result r = lint_text("example.com.zone", NULL,
	    "$TTL 300\n"
	    "t1 TXT \"a ; b ( c ) d\" ; comment\n"
	    "t2 TXT \"say \\\"hi\\\"\"\n"
	    "t3 TXT ( \"one\"\n"
	    "         \"two\" )\n"
	    "last A 192.0.2.9");
	EXPECT(r,
	    "2:1 TXT t1.example.com. 300\n"
	    "3:1 TXT t2.example.com. 300\n"
	    "4:1 TXT t3.example.com. 300\n"
	    "6:1 A last.example.com. 300\n", "");
	lint_free(&r);
}
END_TEST

START_TEST(txt_content_survives)
{
	/* the text ldns gets keeps quotes, semicolons and parentheses: the
	 * TXT data, as ldns prints it, holds exactly the octets written */
	lint_show_rr = true;
	struct lint_result r = lint_text("example.com.zone", NULL,
	    "$TTL 300\n"
	    "t1 TXT \"a ; b ( c\"\n"
	    "t1 TXT \"a ; b ( c\"\n"
	    "t2 TXT ( \"one ; two\" ; a comment\n"
	    "         \"(three)\" \"say \\\"hi\\\"\" ) ; another\n"
	    "t3 TXT a\\;b \"\\059\\040x\"\n"); /* decimal: ";(" */
	lint_show_rr = false;
	/* identical records: both read, no error */
	EXPECT(r,
	    "2:1 TXT t1.example.com. 300 | "
	    "t1.example.com.\t300\tIN\tTXT\t\"a ; b ( c\"\n"
	    "3:1 TXT t1.example.com. 300 | "
	    "t1.example.com.\t300\tIN\tTXT\t\"a ; b ( c\"\n"
	    "4:1 TXT t2.example.com. 300 | "
	    "t2.example.com.\t300\tIN\tTXT\t\"one ; two\" \"(three)\" "
	    "\"say \\\"hi\\\"\"\n"
	    "6:1 TXT t3.example.com. 300 | "
	    "t3.example.com.\t300\tIN\tTXT\t\"a;b\" \";(x\"\n", "");
	lint_free(&r);
}
END_TEST

START_TEST(origin_ttl_and_owners)
{
	struct lint_result r = lint_text("db.example", "example.com",
	    "$TTL 1h30m\n"
	    SOA
	    "www 60 IN A 192.0.2.1\n"
	    "    IN 120 A 192.0.2.2\n"
	    "$ORIGIN sub.example.com.\n"
	    "host A 192.0.2.3\n"
	    "@ 1d MX 10 host\n"
	    "abs.example.net. IN 2w A 192.0.2.4\n");
	EXPECT(r,
	    "2:1 SOA example.com. 3600\n"
	    "3:1 A www.example.com. 60\n"
	    "4:5 A www.example.com. 120\n"
	    "6:1 A host.sub.example.com. 5400\n"
	    "7:1 MX sub.example.com. 86400\n"
	    "8:1 A abs.example.net. 1209600\n", "");
	lint_free(&r);
}
END_TEST

/* Without $TTL or a TTL of their own, records take the SOA minimum, as
 * BIND does ("no TTL specified; using SOA MINTTL instead") and Windows
 * exports expect. */
START_TEST(soa_minimum_is_the_default_ttl)
{
	struct lint_result r = lint_text("db.example", "example.com",
	    "@ IN SOA ns host ( 1 2 3 4 900 )\n"
	    "www IN A 192.0.2.1\n");
	EXPECT(r,
	    "1:1 SOA example.com. 900\n"
	    "2:1 A www.example.com. 900\n", "");
	lint_free(&r);
}
END_TEST

START_TEST(generic_rdata_and_escapes)
{
	struct lint_result r = lint_text("example.com.zone", NULL,
	    "$TTL 300\n"
	    "g TYPE65280 \\# 4 0A000001\n"
	    "a\\.b A 192.0.2.1\n"
	    "c\\046d A 192.0.2.2\n"
	    "e\\065 A 192.0.2.3\n");
	EXPECT(r,
	    "2:1 TYPE65280 g.example.com. 300\n"
	    "3:1 A a\\.b.example.com. 300\n"
	    "4:1 A c\\.d.example.com. 300\n"
	    "5:1 A eA.example.com. 300\n", "");
	lint_free(&r);
}
END_TEST

START_TEST(crlf_line_ends)
{
	struct lint_result r = lint_text("example.com.zone", NULL,
	    "$TTL 300\r\n"
	    "@ IN SOA ns1 host (\r\n"
	    " 1 2 3 4 5 )\r\n"
	    "www IN A 192.0.2.1\r\n"
	    "bad IN A 192.0.2.300\r\n"
	    "ok IN TXT \"x\"\r\n");
	EXPECT(r,
	    "2:1 SOA example.com. 300\n"
	    "4:1 A www.example.com. 300\n"
	    "6:1 TXT ok.example.com. 300\n",
	    "example.com.zone:5:10: error: syntax error: cannot read this A "
	    "record: field 1 '192.0.2.300': not an IPv4 address [syntax-error]\n");
	lint_free(&r);
}
END_TEST

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

START_TEST(bad_records_do_not_hide_the_rest)
{
	struct lint_result r = lint_text("example.com.zone", NULL,
	    "$TTL 300\n"
	    "a IN A 192.0.2.1\n"
	    "b IN A\n"
	    "c IN BOGUSTYPE 1\n"
	    "d IN MX ten mail\n"
	    "e 99999999999 IN A 192.0.2.5\n"
	    "f IN A 192.0.2.6\n");
	EXPECT(r,
	    "2:1 A a.example.com. 300\n"
	    "7:1 A f.example.com. 300\n",
	    "example.com.zone:3:6: error: syntax error: cannot read this A record: "
	    "0 data fields, 1 needed [syntax-error]\n"
	    "example.com.zone:4:6: error: syntax error: unknown record type "
	    "BOGUSTYPE [syntax-error]\n"
	    "example.com.zone:5:9: error: syntax error: cannot read this MX record: "
	    "field 1 'ten': not a number from 0 to 65535 [syntax-error]\n"
	    "example.com.zone:6:3: error: syntax error: bad TTL '99999999999' "
	    "[syntax-error]\n");
	lint_free(&r);
}
END_TEST

START_TEST(class_must_match_the_zone)
{
	struct lint_result r = lint_text("example.com.zone", NULL,
	    "$TTL 60\n"
	    "@ IN NS ns\n"
	    "ns CH A 192.0.2.1\n"
	    "x ANY A 192.0.2.1\n"
	    "y CLASS1 A 192.0.2.2\n");
	EXPECT(r,
	    "2:1 NS example.com. 60\n"
	    "5:1 A y.example.com. 60\n",
	    "example.com.zone:3:4: error: syntax error: class CH differs from the "
	    "zone's class IN [syntax-error]\n"
	    "example.com.zone:4:3: error: syntax error: class ANY is for queries "
	    "and updates, not zone data [syntax-error]\n");
	lint_free(&r);
}
END_TEST

START_TEST(unbalanced_parentheses_and_quotes)
{
	struct lint_result r = lint_text("example.com.zone", NULL,
	    "$TTL 300\n"
	    "a IN A 192.0.2.1 )\n"
	    "b IN TXT \"open\n"
	    "c IN A 192.0.2.3\n"
	    "d IN TXT ( \"never closed\"\n");
	EXPECT(r,
	    "4:1 A c.example.com. 300\n",
	    "example.com.zone:2:18: error: syntax error: ')' without a matching '(' "
	    "[syntax-error]\n"
	    "example.com.zone:3:10: error: syntax error: quoted string not closed on "
	    "its line [syntax-error]\n"
	    "example.com.zone:5:10: error: syntax error: '(' not closed before the "
	    "end of the file [syntax-error]\n");
	lint_free(&r);
}
END_TEST

START_TEST(include_relative_to_including_file)
{
	const char *files[] = {
		"zones/example.com.zone",
		"$TTL 300\n"
		SOA
		"$INCLUDE hosts.inc\n"
		"after A 192.0.2.9\n"
		"$INCLUDE sub.inc sub\n"
		"back A 192.0.2.10\n",
		"zones/hosts.inc",
		"\n"
		"inc1 A 192.0.2.1\n"
		"     TXT \"same owner\"\n",
		"zones/sub.inc",
		"x A 192.0.2.2\n",
		NULL,
	};
	struct lint_result r = lint_files_opt(NULL, ZL_VIEW_NONE, files, 0);
	EXPECT(r,
	    "2:1 SOA example.com. 3600\n"
	    "2:1 A inc1.example.com. 300 file=zones/hosts.inc\n"
	    "3:6 TXT inc1.example.com. 300 file=zones/hosts.inc\n"
	    "4:1 A after.example.com. 300\n"
	    "1:1 A x.sub.example.com. 300 file=zones/sub.inc\n"
	    "6:1 A back.example.com. 300\n", "");
	lint_free(&r);
}
END_TEST

START_TEST(include_inherits_owner)
{
	const char *files[] = {
		"ffhl.zone",
		"$ORIGIN ffhl.\n$TTL 300\n" SOA
		"host A 192.0.2.1\n"
		"$INCLUDE more.inc\n",
		"more.inc",
		"  AAAA 2001:db8::1\n",
		NULL,
	};
	struct lint_result r = lint_files_opt(NULL, ZL_VIEW_NONE, files, 0);
	EXPECT(r,
	    "3:1 SOA ffhl. 3600\n"
	    "4:1 A host.ffhl. 300\n"
	    "1:3 AAAA host.ffhl. 300 file=more.inc\n", "");
	lint_free(&r);
}
END_TEST

START_TEST(include_loop_and_missing)
{
	const char *files[] = {
		"example.com.zone",
		"$TTL 300\n" SOA "$INCLUDE a.inc\n$INCLUDE missing.inc\nz A 192.0.2.9\n",
		"a.inc", "a A 192.0.2.1\n$INCLUDE example.com.zone\n",
		NULL,
	};
	struct lint_result r = lint_files_opt(NULL, ZL_VIEW_NONE, files, 0);
	EXPECT(r,
	    "2:1 SOA example.com. 3600\n"
	    "1:1 A a.example.com. 300 file=a.inc\n"
	    "5:1 A z.example.com. 300\n",
	    "a.inc:2:1: error: $INCLUDE cannot be followed: $INCLUDE loop: "
	    "example.com.zone is already being read [syntax-include]\n"
	    "example.com.zone:4:1: error: $INCLUDE cannot be followed: cannot read "
	    "included file missing.inc: No such file or directory [syntax-include]\n");
	lint_free(&r);
}
END_TEST

START_TEST(include_depth_limit)
{
	/* a chain of 20 files, each including the next */
	const char *files[44];
	char names[21][24], texts[21][64];
	size_t k = 0;
	for (int i = 0; i < 20; i++) {
		snprintf(names[i], sizeof names[i], i ? "f%d.inc" : "example.com.zone", i);
		snprintf(texts[i], sizeof texts[i], "h%d 60 A 192.0.2.%d\n$INCLUDE f%d.inc\n",
		    i, i + 1, i + 1);
		files[k++] = names[i];
		files[k++] = texts[i];
	}
	files[k] = NULL;
	struct lint_result r = lint_files_opt(NULL, ZL_VIEW_NONE, files, 0);
	ck_assert_str_eq(r.findings,
	    "f15.inc:2:1: error: $INCLUDE cannot be followed: $INCLUDE nested "
	    "deeper than 16 files: f16.inc [syntax-include]\n");
	ck_assert_ptr_nonnull(strstr(r.records, "h15.example.com."));
	ck_assert_ptr_null(strstr(r.records, "h16.example.com."));
	lint_free(&r);
}
END_TEST

START_TEST(utf16_is_converted_and_reported)
{
	static const char text[] = "$ORIGIN example.com.\n$TTL 60\nwww A 192.0.2.1\n";
	char buf[2 + 2 * sizeof text];
	size_t n = 0;
	buf[n++] = (char)0xFF;
	buf[n++] = (char)0xFE;
	for (size_t i = 0; i + 1 < sizeof text; i++) {
		buf[n++] = text[i];
		buf[n++] = 0;
	}
	const char *files[] = {"u16.txt", buf, NULL};
	struct lint_result r = lint_files_opt(NULL, ZL_VIEW_NONE, files, n);
	EXPECT(r, "3:1 A www.example.com. 60\n",
	    "u16.txt:1:1: warning: zone file in an encoding name servers do not "
	    "read: file is UTF-16LE with a byte order mark; read as converted to "
	    "UTF-8, but name servers expect ASCII: save it as ASCII or UTF-8 "
	    "[syntax-encoding]\n");
	lint_free(&r);
}
END_TEST

START_TEST(binary_file_is_refused)
{
	static const char bin[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0";
	const char *files[] = {"example.com.zone", bin, NULL};
	struct lint_result r = lint_files_opt(NULL, ZL_VIEW_NONE, files, sizeof bin);
	EXPECT(r, "",
	    "example.com.zone: error: unusable input: cannot read example.com.zone: "
	    "binary file (NUL byte at offset 7), not a zone file [input-unreadable]\n");
	ck_assert_int_eq(r.input_failed, 1);
	lint_free(&r);
}
END_TEST

START_TEST(huge_line_is_skipped)
{
	size_t big = (1u << 20) + 100;
	size_t n = 0;
	char *text = malloc(big + 200);
	n += (size_t)sprintf(text, "$TTL 60\nt TXT \"");
	memset(text + n, 'x', big);
	n += big;
	n += (size_t)sprintf(text + n, "\"\nafter A 192.0.2.1\n");
	const char *files[] = {"example.com.zone", text, NULL};
	struct lint_result r = lint_files_opt(NULL, ZL_VIEW_NONE, files, n);
	EXPECT(r, "3:1 A after.example.com. 60\n",
	    "example.com.zone:2:1: error: syntax error: line longer than 1048576 "
	    "bytes; skipped [syntax-error]\n");
	lint_free(&r);
	free(text);
}
END_TEST

START_TEST(generate_expands)
{
	struct lint_result r = lint_text("example.com.zone", NULL,
	    "$TTL 60\n"
	    "$GENERATE 1-3 host$ A 192.0.2.$\n"
	    "$GENERATE 8-10/2 ${100,4,d} 30 CNAME h${0,2,x}\n"
	    "$GENERATE 10-10 ${0,3,n} PTR a\\$b.\n"
	    "$GENERATE 3-1 x A 192.0.2.1\n"
	    "$GENERATE 1-2 y$ A 192.0.2.${0,3\n"
	    "$GENERATE 1-5 t$ TKEY 1\n");
	EXPECT(r,
	    "2:15 A host1.example.com. 60\n"
	    "2:15 A host2.example.com. 60\n"
	    "2:15 A host3.example.com. 60\n"
	    "3:18 CNAME 0108.example.com. 30\n"
	    "3:18 CNAME 0110.example.com. 30\n"
	    "4:17 PTR a.0.example.com. 60\n",
	    "example.com.zone:5:11: error: syntax error: $GENERATE invalid range: "
	    "start is above stop [syntax-error]\n"
	    "example.com.zone:6:20: error: syntax error: $GENERATE '${' without "
	    "its '}' [syntax-error]\n"
	    "example.com.zone:7:18: error: syntax error: TKEY is a meta type for "
	    "queries and transfers, not zone data [syntax-error]\n");
	lint_free(&r);
}
END_TEST

/* Found by fuzzing: a field wider than the old 128-byte scratch buffer
 * (snprintf returned the length it wanted, and that much was copied). */
START_TEST(generate_wide_fields)
{
	char out[1024];
	const char *err = NULL;
	const char *t = "x${0,200,d}y";
	ck_assert_int_eq(zl_generate_expand(t, strlen(t), 1, out, sizeof out,
	    &err), 202);
	ck_assert_int_eq(out[0], 'x');
	ck_assert_int_eq(strspn(out + 1, "0"), 199);
	ck_assert_str_eq(out + 200, "1y");
	t = "${0,255,n}";
	ck_assert_int_eq(zl_generate_expand(t, strlen(t), 0xab, out, sizeof out,
	    &err), 255);
	ck_assert_int_eq(strncmp(out, "b.a.0.0.", 8), 0);
	ck_assert_str_eq(out + 252, "0.0");
	t = "${0,255,d}";
	ck_assert_int_eq(zl_generate_expand(t, strlen(t), 7, out, 100, &err), -1);
	ck_assert_str_eq(err, "generated text too long");
}
END_TEST

START_TEST(empty_rdata_is_an_error)
{
	/* ldns takes an RR with no RDATA (an update's delete form); rules
	 * once crashed on it (Knot's 14_NS.in) */
	struct lint_result r = lint_text("example.com.zone", NULL,
	    "$TTL 60\n"
	    "@ NS\n"
	    "@ NS ; nothing\n"
	    "@ NS \\# 0\n"
	    "@ NS ns1\n");
	EXPECT(r, "5:1 NS example.com. 60\n",
	    "example.com.zone:2:3: error: syntax error: cannot read this NS record: "
	    "0 data fields, 1 needed [syntax-error]\n"
	    "example.com.zone:3:3: error: syntax error: cannot read this NS record: "
	    "0 data fields, 1 needed [syntax-error]\n"
	    "example.com.zone:4:3: error: syntax error: cannot read this NS record: "
	    "0 data fields, 1 needed [syntax-error]\n");
	lint_free(&r);
}
END_TEST

START_TEST(ttl_parser)
{
	uint32_t t;
	ck_assert(zl_parse_ttl("3600", 4, &t) && t == 3600);
	ck_assert(zl_parse_ttl("1h30m", 5, &t) && t == 5400);
	ck_assert(zl_parse_ttl("1W2d", 4, &t) && t == 777600);
	ck_assert(zl_parse_ttl("4294967295", 10, &t) && t == 4294967295u);
	ck_assert(!zl_parse_ttl("4294967296", 10, &t));
	ck_assert(!zl_parse_ttl("1x", 2, &t));
	ck_assert(!zl_parse_ttl("h1", 2, &t));
	ck_assert(!zl_parse_ttl("1hh", 3, &t));
}
END_TEST


/* The SVCB and IPSECKEY encoders give the wire ldns gives, for the forms
 * ldns 1.8.3 reads itself. */
static void
same_as_ldns(const char *type, const char *data,
    zl_encoder *enc)
{
	ldns_rdf *origin = ldns_dname_new_frm_str("example.com.");
	char *text = zl_asprintf("x.example.com. 3600 IN %s %s", type, data);
	ldns_rr *want = NULL;
	ck_assert_int_eq(ldns_rr_new_frm_str(&want, text, 3600, origin, NULL),
	    LDNS_STATUS_OK);
	struct zl_field f[32];
	size_t n = 0;
	char *copy = zl_xstrdup(data);
	for (char *tok = strtok(copy, " "); tok && n < 32; tok = strtok(NULL, " "))
		f[n++] = (struct zl_field){tok, strlen(tok)};
	char out[4096], why[128];
	size_t bad;
	ck_assert_msg(enc(f, n, origin, out, sizeof out, &bad, why, sizeof why) > 0,
	    "%s: %s", data, why);
	char *gtext = zl_asprintf("x.example.com. 3600 IN %s %s", type, out);
	ldns_rr *got = NULL;
	ck_assert_int_eq(ldns_rr_new_frm_str(&got, gtext, 3600, origin, NULL),
	    LDNS_STATUS_OK);
	ck_assert_msg(ldns_rr_compare(want, got) == 0, "%s %s: %s", type, data,
	    out);
	ldns_rr_free(want);
	ldns_rr_free(got);
	ldns_rdf_deep_free(origin);
	free(text);
	free(gtext);
	free(copy);
}

START_TEST(svcb_and_ipseckey_encode_as_ldns_does)
{
	same_as_ldns("SVCB", "1 . alpn=h2,h3 port=8443 ipv4hint=192.0.2.1,192.0.2.2",
	    zl_svcb_encode);
	same_as_ldns("SVCB", "0 target", zl_svcb_encode);
	same_as_ldns("HTTPS", "2 svc.example.net. mandatory=port,alpn alpn=h2 "
	    "port=443 ipv6hint=2001:db8::1,2001:db8::2", zl_svcb_encode);
	same_as_ldns("SVCB", "3 . no-default-alpn alpn=h2 key65000=abc",
	    zl_svcb_encode);
	same_as_ldns("IPSECKEY", "10 1 2 192.0.2.38 "
	    "AQNRU3mG7TVTO2BkR47usntb102uFJtugbo6BSGvgqt4AQ==", zl_ipseckey_encode);
	same_as_ldns("IPSECKEY", "10 3 2 gw.example.net. "
	    "AQNRU3mG7TVTO2BkR47usntb102uFJtugbo6BSGvgqt4AQ==", zl_ipseckey_encode);
	/* LOC and CERT where ldns reads them right (RFC 1876's examples) */
	same_as_ldns("LOC", "52 14 05 N 00 08 50 E 10.33m", zl_loc_encode);
	same_as_ldns("LOC", "42 21 43.952 N 71 5 6.344 W -24.5m 1m 200m",
	    zl_loc_encode);
	same_as_ldns("LOC", "32 7 19 S 116 2 25.999 E 10m", zl_loc_encode);
	same_as_ldns("LOC", "42 21 54 N 71 06 18 W -24m 30m", zl_loc_encode);
	same_as_ldns("CERT", "PKIX 1 RSASHA256 Zm9vYmE=", zl_cert_encode);
	same_as_ldns("CERT", "2 65535 8 Zm9vYmE=", zl_cert_encode);
}
END_TEST

/* What ldns 1.8.3 cannot read is read as BIND reads it; what RFC 9460
 * forbids is reported at its field. */
START_TEST(svcb_modern_forms)
{
	struct lint_result r = lint_text("svc.zone", "example.com",
	    "$TTL 3600\n"
	    "@ IN SOA ns h 1 2 3 4 5\n"
	    "@ IN NS ns\n"
	    "ns IN A 192.0.2.1\n"
	    "a IN HTTPS 1 . alpn=h3,h2 ech=\"ZWFzdGVyIGVnZyE=\" ipv4hint=192.0.2.1\n"
	    "b IN SVCB 1 doh.example.net. alpn=h2 dohpath=/dns-query{?dns}\n"
	    "c IN SVCB 1 . key667=\"hello\\210qoo\"\n"
	    "d IN IPSECKEY 10 1 2 192.0.2.38\n"
	    "e IN SVCB 1 . port=80 port=81\n"
	    "f IN SVCB 1 . colour=blue\n"
	    "g IN SVCB 1 . ohttp no-default-alpn\n" /* no value at all */
	    "h IN SVCB 1 . ohttp=\n");             /* '=' and no value */
	ck_assert_str_eq(r.findings,
	    "svc.zone:9:23: error: syntax error: cannot read this SVCB record: "
	    "field 4 'port=81': port appears twice [syntax-error]\n"
	    "svc.zone:10:15: error: syntax error: cannot read this SVCB record: "
	    "field 3 'colour=blue': 'colour' is not an SvcParam key [syntax-error]\n"
	    "svc.zone:12:15: error: syntax error: cannot read this SVCB record: "
	    "field 3 'ohttp=': nothing follows '=' (an empty value is written "
	    "ohttp or ohttp=\"\") [syntax-error]\n");
	ck_assert_msg(strstr(r.records, "5:1 HTTPS a.example.com.") &&
	    strstr(r.records, "8:1 IPSECKEY d.example.com.") &&
	    strstr(r.records, "11:1 SVCB g.example.com."), "%s", r.records);
	lint_free(&r);
}
END_TEST

/* got and want, line by line: Check cuts long messages short. */
static void
assert_same_lines(const char *got, const char *want)
{
	for (size_t line = 1;; line++) {
		size_t gl = strcspn(got, "\n"), wl = strcspn(want, "\n");
		ck_assert_msg(gl == wl && memcmp(got, want, gl) == 0,
		    "line %zu: got '%.*s', want '%.*s'", line, (int)gl, got, (int)wl,
		    want);
		if (got[gl] == '\0' || want[wl] == '\0') {
			ck_assert_msg(got[gl] == want[wl], "line %zu: one ends", line);
			return;
		}
		got += gl + 1;
		want += wl + 1;
	}
}

/* Types registered after ldns 1.8.3 (and ATMA, which ldns stores without
 * its format octet) are read in their specifications' text forms into the
 * wire those give; a type named where types are named (RRSIG, NSEC) is
 * read too, and a bad field is reported at its column. */
START_TEST(newer_types_read_as_their_wire)
{
	lint_show_rr = true;
	struct lint_result r = lint_text("new.zone", "example.com",
	    "$TTL 60\n"
	    "@ SOA ns h 1 2 3 4 5\n"
	    "d DSYNC CDS 1 5359 cds-scanner.example.net.\n"
	    "d DSYNC csync NOTIFY 5360 scanner\n"
	    "a AMTRELAY 10 0 1 203.0.113.15\n"
	    "a AMTRELAY 128 1 3 relay\n"
	    "a AMTRELAY 200 0 0 .\n"
	    "i IPN 100.100\n"
	    "i IPN 10000000000000000000\n"
	    "o DOA 0 1 2 \"\" bWFpbA==\n"
	    "o DOA 0 100000 200 text/plain -\n"
	    "h HHIT AAEC\n"
	    "w WALLET BTC \"1H6WkSHdq\"\n"
	    "t TA 56039 13 2 4104805B43928FC5\n"
	    "k RKEY 512 255 2 AQAB\n"
	    "m ATMA +358.400.1234567\n"
	    "m ATMA 39.246f.00.0e7c9c.0312.0001.0001.000012345678.00\n"
	    "d RRSIG DSYNC 13 2 60 20260101000000 20250101000000 1 example.com. AAAA\n"
	    "d NSEC e DSYNC RRSIG NSEC TA\n"
	    "x DSYNC NOSUCH 1 53 .\n"
	    "x AMTRELAY 1 0 4 .\n"
	    "x IPN 4294967296.1\n"
	    "x ATMA 39.24\n"
	    "x DSYNC\n"
	    "x IPN \\# 8 0000000000000001\n"
	    /* Knot's tests/libzscanner/data/60_DSYNC.in and 59_WALLET.in */
	    "k DSYNC CDS NOTIFY 53 *._dsync.example.\n"
	    "k TYPE66 CSYNC 1 5360 .\n"
	    "k dsync type59 0 0 \\000\\001\\002\\003\\004\\005\\006\\007\\008\\009.\n"
	    "k WALLET \"\" \"test1\" \"\\255\" test2\n"
	    "x IPN \\# 2 0001\n"
	    "x TA \\# 3 000102\n"
	    "x WALLET \\# 2 0500\n");
	lint_show_rr = false;
	ck_assert_str_eq(r.findings,
	    "new.zone:20:9: error: syntax error: cannot read this DSYNC record: "
	    "field 1 'NOSUCH': 'NOSUCH' is not a record type [syntax-error]\n"
	    "new.zone:21:16: error: syntax error: cannot read this AMTRELAY record: "
	    "field 3 '4': the relay type is 0 (none), 1 (IPv4), 2 (IPv6) or 3 "
	    "(a name) [syntax-error]\n"
	    "new.zone:22:7: error: syntax error: cannot read this IPN record: "
	    "field 1 '4294967296.1': the node number is a number below 2^64, or "
	    "two numbers below 2^32 joined by a dot [syntax-error]\n"
	    "new.zone:23:8: error: syntax error: cannot read this ATMA record: "
	    "field 1 '39.24': the address is 40 hexadecimal digits (an ATM End "
	    "System Address) or '+' and up to 15 digits (E.164); dots may "
	    "separate them [syntax-error]\n"
	    "new.zone:24:3: error: syntax error: cannot read this DSYNC record: "
	    "it has no data [syntax-error]\n"
	    "new.zone:30:7: error: syntax error: cannot read this IPN record: "
	    "an IPN node number is 8 octets [syntax-error]\n"
	    "new.zone:31:3: error: syntax error: cannot read this TA record: "
	    "2 data fields, 4 needed [syntax-error]\n"
	    "new.zone:32:1: error: syntax error: cannot read this WALLET record: "
	    "the \\# data does not make the type's fields [syntax-error]\n");
	assert_same_lines(r.records,
	    "2:1 SOA example.com. 60 | example.com.\t60\tIN\tSOA\tns.example.com. "
	    "h.example.com. 1 2 3 4 5\n"
	    /* CDS, NOTIFY, port 5359, the target */
	    "3:1 DSYNC d.example.com. 60 | d.example.com.\t60\tIN\tDSYNC\t\\# 30 "
	    "003b0114ef0b6364732d7363616e6e6572076578616d706c65036e657400\n"
	    "4:1 DSYNC d.example.com. 60 | d.example.com.\t60\tIN\tDSYNC\t\\# 26 "
	    "003e0114f0077363616e6e6572076578616d706c6503636f6d00\n"
	    /* precedence, D bit and type in one octet, the relay */
	    "5:1 AMTRELAY a.example.com. 60 | a.example.com.\t60\tIN\tAMTRELAY\t"
	    "\\# 6 0a01cb00710f\n"
	    "6:1 AMTRELAY a.example.com. 60 | a.example.com.\t60\tIN\tAMTRELAY\t"
	    "\\# 21 80830572656c6179076578616d706c6503636f6d00\n"
	    "7:1 AMTRELAY a.example.com. 60 | a.example.com.\t60\tIN\tAMTRELAY\t"
	    "\\# 2 c800\n"
	    /* 100 * 2^32 + 100, and 10^19 */
	    "8:1 IPN i.example.com. 60 | i.example.com.\t60\tIN\tIPN\t"
	    "\\# 8 0000006400000064\n"
	    "9:1 IPN i.example.com. 60 | i.example.com.\t60\tIN\tIPN\t"
	    "\\# 8 8ac7230489e80000\n"
	    "10:1 DOA o.example.com. 60 | o.example.com.\t60\tIN\tDOA\t"
	    "\\# 14 000000000000000102006d61696c\n"
	    "11:1 DOA o.example.com. 60 | o.example.com.\t60\tIN\tDOA\t"
	    "\\# 20 00000000000186a0c80a746578742f706c61696e\n"
	    "12:1 HHIT h.example.com. 60 | h.example.com.\t60\tIN\tHHIT\t"
	    "\\# 3 000102\n"
	    "13:1 WALLET w.example.com. 60 | w.example.com.\t60\tIN\tWALLET\t"
	    "\"BTC\" \"1H6WkSHdq\"\n"
	    "14:1 TA t.example.com. 60 | t.example.com.\t60\tIN\tTA\t"
	    "56039 13 2 4104805b43928fc5\n"
	    "15:1 RKEY k.example.com. 60 | k.example.com.\t60\tIN\tRKEY\t"
	    "512 255 2 AQAB\n"
	    /* format 1, E.164 digits in ASCII; format 0, the address in hex */
	    "16:1 ATMA m.example.com. 60 | m.example.com.\t60\tIN\tATMA\t"
	    "0133353834303031323334353637\n"
	    "17:1 ATMA m.example.com. 60 | m.example.com.\t60\tIN\tATMA\t"
	    "0039246f000e7c9c03120001000100001234567800\n"
	    "18:1 RRSIG d.example.com. 60 | d.example.com.\t60\tIN\tRRSIG\tTYPE66 "
	    "13 2 60 20260101000000 20250101000000 1 example.com. AAAA\n"
	    "19:1 NSEC d.example.com. 60 | d.example.com.\t60\tIN\tNSEC\t"
	    "e.example.com. RRSIG NSEC TYPE66 TYPE32768 \n"
	    "25:1 IPN x.example.com. 60 | x.example.com.\t60\tIN\tIPN\t"
	    "\\# 8 0000000000000001\n"
	    /* the RDATA in Knot's 60_DSYNC.out and 59_WALLET.out */
	    "26:1 DSYNC k.example.com. 60 | k.example.com.\t60\tIN\tDSYNC\t"
	    "\\# 23 003b010035012a065f6473796e63076578616d706c6500\n"
	    "27:1 DSYNC k.example.com. 60 | k.example.com.\t60\tIN\tDSYNC\t"
	    "\\# 6 003e0114f000\n"
	    "28:1 DSYNC k.example.com. 60 | k.example.com.\t60\tIN\tDSYNC\t"
	    "\\# 17 003b0000000a0001020304050607080900\n"
	    "29:1 WALLET k.example.com. 60 | k.example.com.\t60\tIN\tWALLET\t"
	    "\"\" \"test1\" \"\\255\" \"test2\"\n");
	lint_free(&r);
}
END_TEST

/* Where ldns 1.8.3 is lenient, the reader is as strict as BIND, Knot
 * and NSD, and reports the field at fault at its column. */
START_TEST(ldns_leniencies_are_refused)
{
	struct lint_result r = lint_text("lenient.zone", "example",
	    "$TTL 60\n"
	    "@ SOA ns h 1 2 3 4 5\n"
	    "@ NS ns\n"
	    "ns A 192.0.2.1\n"
	    "m1 MX 65536 ns\n"                  /* ldns: 0 */
	    "m2 MX -1 ns\n"                     /* ldns: 65535 */
	    "s SOA ns h 1 4294967296 3 4 5\n"
	    "r RRSIG X 8 2 60 20260101000000 20250101000000 1 example. AAAA\n"
	    "r RRSIG A 8 2 60 2026010100000x 20250101000000 1 example. AAAA\n"
	    "n NSEC ns X\n"                     /* ldns: type 0 */
	    "k DNSKEY 256 3 256 AwEAAQ==\n"     /* ldns: algorithm 0 */
	    "d DS 1 8 2 0\n"
	    "a APL 1:192.0.2.0/33\n"
	    "t TYPE65280 abc\n"
	    "t TYPE65536 \\# 0\n"               /* ldns: type 0 */
	    "v SVCB 1 . alpn=a\\\\b\n"
	    "l LOC 1 N 1 E\n"
	    "h NSEC3 1 0 0 - 12\n");           /* ldns: 0x08, 2 bits dropped */
	assert_same_lines(r.findings,
	    "lenient.zone:5:7: error: syntax error: cannot read this MX record: "
	    "field 1 '65536': not a number from 0 to 65535 [syntax-error]\n"
	    "lenient.zone:6:7: error: syntax error: cannot read this MX record: "
	    "field 1 '-1': not a number from 0 to 65535 [syntax-error]\n"
	    "lenient.zone:7:14: error: syntax error: cannot read this SOA record: "
	    "field 4 '4294967296': not a time from 0 to 4294967295 seconds "
	    "(units s, m, h, d, w) [syntax-error]\n"
	    "lenient.zone:8:9: error: syntax error: cannot read this RRSIG "
	    "record: field 1 'X': not a record type [syntax-error]\n"
	    "lenient.zone:9:18: error: syntax error: cannot read this RRSIG "
	    "record: field 5 '2026010100000x': not a time as YYYYMMDDHHmmSS or "
	    "seconds since 1970 [syntax-error]\n"
	    "lenient.zone:10:11: error: syntax error: cannot read this NSEC "
	    "record: field 2 'X': not a record type [syntax-error]\n"
	    "lenient.zone:11:16: error: syntax error: cannot read this DNSKEY "
	    "record: field 3 '256': not a number from 0 to 255 [syntax-error]\n"
	    "lenient.zone:12:12: error: syntax error: cannot read this DS record: "
	    "field 4 '0': not hexadecimal: two digits for each octet "
	    "[syntax-error]\n"
	    "lenient.zone:13:7: error: syntax error: cannot read this APL record: "
	    "field 1 '1:192.0.2.0/33': not [!]1:IPV4/PREFIX or "
	    "[!]2:IPV6/PREFIX with a prefix of at most 32 or 128 bits "
	    "[syntax-error]\n"
	    "lenient.zone:14:3: error: syntax error: the data of record type "
	    "TYPE65280, which zonelint does not know, must be written as \\# "
	    "LENGTH HEX (RFC 3597 section 5) [syntax-error]\n"
	    "lenient.zone:15:3: error: syntax error: unknown record type "
	    "TYPE65536 [syntax-error]\n"
	    "lenient.zone:16:12: error: syntax error: cannot read this SVCB "
	    "record: field 3 'alpn=a\\\\b': in a value list a backslash escapes "
	    "only ',' or another backslash (written \\\\, or \\\\\\\\ in a zone "
	    "file) [syntax-error]\n"
	    "lenient.zone:17:13: error: syntax error: cannot read this LOC record: "
	    "field 4 'E': the altitude is missing [syntax-error]\n"
	    "lenient.zone:18:17: error: syntax error: cannot read this NSEC3 "
	    "record: field 5: the next hashed owner name is not whole octets of "
	    "base32hex (its last digit has bits left over) [syntax-error]\n");
	lint_free(&r);
}
END_TEST

/* What ldns 1.8.3 reads wrongly or refuses, though BIND reads it, is read
 * into the wire its specification gives. */
START_TEST(ldns_misreadings_are_read)
{
	lint_show_rr = true;
	struct lint_result r = lint_text("misread.zone", "example",
	    "$TTL 60\n"
	    "@ SOA ns h 1 2 3 4 5\n"
	    "t TXT \\# 3 026869\n"              /* was the strings \#, 3 ... */
	    "c CAA 0 issue letsencrypt.org\n"   /* refused without quotes */
	    "h HINFO first \\#\n"               /* an escaped '#' */
	    "l LOC 0 1 N 1 E 0\n"               /* the longitude 1d 1m E */
	    "x CERT 0 0 0 AA==\n"               /* refused: type 0 */
	    "i IPSECKEY 10 0 2 . Zm9v YmE=\n"   /* refused: a key in two */
	    "y CSYNC 66 3\n");                  /* refused: no bitmap */
	lint_show_rr = false;
	ck_assert_str_eq(r.findings, "");
	assert_same_lines(strstr(r.records, "3:1 "),
	    "3:1 TXT t.example. 60 | t.example.\t60\tIN\tTXT\t\"hi\"\n"
	    "4:1 CAA c.example. 60 | c.example.\t60\tIN\tCAA\t0 issue "
	    "\"letsencrypt.org\"\n"
	    "5:1 HINFO h.example. 60 | h.example.\t60\tIN\tHINFO\t\"first\" "
	    "\"#\"\n"
	    /* 2^31 + 1 minute, 2^31 + 1 degree, in thousandths of a second */
	    "6:1 LOC l.example. 60 | l.example.\t60\tIN\tLOC\t"
	    "00 01 0.000 N 01 00 0.000 E 0m 1m 10000m 10m\n"
	    "7:1 CERT x.example. 60 | x.example.\t60\tIN\tCERT\t0 0 0 AA==\n"
	    "8:1 IPSECKEY i.example. 60 | i.example.\t60\tIN\tIPSECKEY\t"
	    "10 0 2 . Zm9vYmE=\n"
	    "9:1 CSYNC y.example. 60 | y.example.\t60\tIN\tCSYNC\t66 3\n");
	lint_free(&r);
}
END_TEST

/* The rules get each record as ldns_rr_new_frm_str reads its text, on
 * the fast path (common types built from the reader's tokens) and the
 * slow one alike, whichever thread parsed it. */
START_TEST(records_as_ldns_reads_them)
{
	static const char *const lines[] = {
		"@ SOA ns1 host 1 7200 3600 1209600 300",
		"a1 A 192.0.2.1", "a2 7200 IN A 192.0.2.2", "a3 60 IN A 192.0.2.3",
		"q AAAA 2001:db8::1", "q AAAA ::ffff:192.0.2.1",
		"@ NS ns1", "@ NS ns2.example.net.", "c CNAME a1", "d DNAME x.example.",
		"1.2 PTR host.example.", "@ MX 10 mail", "@ MX 0 .",
		"_sip._tcp SRV 0 5 5060 sip", "_x._udp SRV 65535 0 1 sip.example.org.",
		"t1 TXT \"v=spf1 ip4:192.0.2.0/24 -all\" \"record 70\"",
		"t2 TXT plain", "t3 TXT \"\"", "t4 TXT \"a;b(c)\" d",
		"t5 TXT \"say \\\"hi\\\"\"", "t6 TXT \"\\065\\\\ \\;\"",
		"t7 TXT \"caf\303\251\"", "t8 TXT a\\ b",
		"e\\.scaped A 192.0.2.9", "\\065B A 192.0.2.10",
		"h HINFO \"PC\" \"Linux\"",
		"k CAA 0 issue \"ca.example.net\"", NULL,
	};
	char *zone = zl_xstrdup("$ORIGIN example.com.\n$TTL 300\n");
	char *want = zl_xstrdup("");
	ldns_rdf *origin = ldns_dname_new_frm_str("example.com.");
	for (size_t i = 0; lines[i]; i++) {
		char *z = zl_asprintf("%s%s\n", zone, lines[i]);
		free(zone);
		zone = z;
		ldns_rr *rr = NULL;
		ck_assert_int_eq(ldns_rr_new_frm_str(&rr, lines[i], 300, origin,
		    NULL), LDNS_STATUS_OK);
		char *text = ldns_rr2str(rr), *type =
		    ldns_rr_type2str(ldns_rr_get_type(rr)), *owner =
		    ldns_rdf2str(ldns_rr_owner(rr));
		char *w = zl_asprintf("%s%zu:1 %s %s %u | %s", want, i + 3, type,
		    owner, ldns_rr_ttl(rr), text);
		free(want);
		want = w;
		free(text);
		free(type);
		free(owner);
		ldns_rr_free(rr);
	}
	lint_show_rr = true;
	struct lint_result r = lint_text("example.com.zone", NULL, zone);
	lint_show_rr = false;
	ck_assert_str_eq(r.records, want);
	lint_free(&r);
	ldns_rdf_deep_free(origin);
	free(zone);
	free(want);
}
END_TEST

/* Zones read ahead onto tapes reach the rules as zones read directly,
 * with what the reader settles on the way: here the SOA's TTL, its
 * minimum when no $TTL or TTL is given (RFC 2308). */
/* Lints files with jobs threads (streamed, chunk events to a tape, when
 * stream_at is 0 or more) and asserts the records and findings are
 * want's. */
static void
assert_lints_as(const struct lint_result *want, const char *origin,
    enum zl_view view, const char *const *files, int jobs,
    long long stream_at, size_t chunk)
{
	lint_jobs = jobs;
	lint_stream_at = stream_at;
	lint_stream_chunk = chunk;
	struct lint_result got = lint_files_opt(origin, view, files, 0);
	lint_jobs = 0;
	lint_stream_at = -1;
	ck_assert_str_eq(want->records, got.records);
	ck_assert_str_eq(want->findings, got.findings);
	lint_free(&got);
}

/* A zone read on its own thread and played tape by tape gives what
 * reading it directly gives, wherever the tapes are cut: directives,
 * suppressions (also of records cut in two), errors, includes. */
START_TEST(streamed_is_reading)
{
	const char *zone =
	    "; zonelint: ignore-file hygiene-hostname\n"
	    "bad_1 IN A 1.2.3\n"
	    "$TTL 1h\n"
	    "@ IN SOA ns host ( 1 2 3 4\n  300 )\n"
	    "@ IN NS ns\n"
	    "ns IN A 10.0.0.1 ; zonelint: ignore leak-private-address\n"
	    "ns IN A 10.0.0.2\n"
	    "w ( IN TXT \"a\" ; zonelint: ignore syntax-error\n \"b\" )\n"
	    "$INCLUDE inc.zone sub\n"
	    "c IN CNAME ns\nc IN A 192.0.2.1\n"
	    "$ORIGIN deep.example.\n"
	    "x 60 IN AAAA 2001:db8::1\n"
	    "under_score IN A 192.0.2.9 ; zonelint: ignore nothing-such\n"
	    "$GENERATE 1-20 g$ IN A 192.0.2.$\n"
	    "y IN MX 10 ns.example.\n"
	    "z CH A 192.0.2.1\n";
	const char *inc = "a IN A 192.0.2.7\nb IN CNAME a\nb IN TXT \"x\"\n"
	    "c IN A 1.2\n";
	const char *files[] = {"example.zone", zone, "inc.zone", inc, NULL};
	const char *only[4];
	memcpy(only, lint_only, sizeof only);
	memset(lint_only, 0, sizeof lint_only); /* every rule */
	lint_jobs = 1;
	struct lint_result direct = lint_files_opt("example.", ZL_VIEW_EXTERNAL,
	    files, 0);
	ck_assert_msg(strstr(direct.findings, "example.zone:2:"), "%s",
	    direct.findings);
	ck_assert_msg(strstr(direct.findings, "no rule matches 'nothing-such'"),
	    "%s", direct.findings);
	const size_t chunks[] = {1, 2, 3, 5, 8, 4096};
	for (size_t i = 0; i < sizeof chunks / sizeof *chunks; i++)
		assert_lints_as(&direct, "example.", ZL_VIEW_EXTERNAL, files, 2, 0,
		    chunks[i]);
	memcpy(lint_only, only, sizeof only);
	lint_free(&direct);
}
END_TEST

/* A $GENERATE stops at its first bad record, but an error in a record
 * before it, found late by a parse thread, must not stop it. */
START_TEST(generate_after_late_error)
{
	size_t cap = 1u << 17, len = 0;
	char *zone = zl_xmalloc(cap);
	len += (size_t)snprintf(zone + len, cap - len,
	    "$TTL 60\n@ IN SOA ns h 1 2 3 4 5\n@ IN NS ns\nns IN A 192.0.2.1\n");
	for (int i = 0; i < 3000; i++)
		len += (size_t)snprintf(zone + len, cap - len, i % 1000 == 990 ?
		    "bad%d IN A 1.2.3\n" : "h%d IN A 192.0.2.7\n", i);
	len += (size_t)snprintf(zone + len, cap - len,
	    "$GENERATE 1-40 g$ IN A 192.0.2.$\n");
	const char *files[] = {"example.zone", zone, NULL};
	lint_jobs = 1;
	struct lint_result one = lint_files_opt("example.", ZL_VIEW_NONE, files, 0);
	ck_assert_msg(strstr(one.records, " A g40.example. "), "%s",
	    one.records + strlen(one.records) - 200);
	assert_lints_as(&one, "example.", ZL_VIEW_NONE, files, 2, -1, 0);
	assert_lints_as(&one, "example.", ZL_VIEW_NONE, files, 2, 0, 100);
	lint_free(&one);
	free(zone);
}
END_TEST

/* Pages of a block of index memory resident, of n from page first. */
static size_t
resident(const char *block, size_t first, size_t n)
{
	unsigned char v[64];
	ck_assert_uint_le(n, sizeof v);
	ck_assert_int_eq(mincore((void *)(block + first * 4096), n * 4096, v), 0);
	size_t in = 0;
	for (size_t i = 0; i < n; i++)
		in += v[i] & 1;
	return in;
}

/* The helper faults pages in without writing them, and a block freed
 * while it works is waited for, not touched after. */
START_TEST(prefault_helper_faults_in)
{
	size_t size = 16u << 20;
	zl_big_helper_start();
	ck_assert(zl_big_helper_running());
	char *block = zl_big_alloc(size);
	ck_assert_uint_eq(resident(block, 2048, 16), 0); /* 8 MiB in */
	zl_big_prefault(block + (8u << 20), 16 * 4096);
	zl_big_helper_wait();
	ck_assert_uint_eq(resident(block, 2048, 16), 16);
	for (size_t i = 0; i < size; i++)
		if (block[i] != 0)
			ck_abort_msg("byte %zu is %d", i, block[i]);
	for (int round = 0; round < 8; round++) {
		char *other = zl_big_alloc(size);
		zl_big_prefault(other, size);
		zl_big_free(other, size);
	}
	zl_big_free(block, size);
	zl_big_helper_stop();
	ck_assert(!zl_big_helper_running());
}
END_TEST

START_TEST(read_ahead_is_reading)
{
	const char *zone = "@ IN SOA ns host 1 2 3 4 300\n@ IN NS ns\n"
	    "ns IN A 192.0.2.1 ; zonelint: ignore leak-private-address\n"
	    "bad IN A 1.2.3\n";
	const char *files[] = {"a.example.zone", zone, "b.example.zone", zone,
	    "c.example.zone", zone, NULL};
	lint_jobs = 1;
	struct lint_result one = lint_tree(files);
	lint_jobs = 4;
	struct lint_result four = lint_tree(files);
	lint_jobs = 0;
	ck_assert_str_eq(one.records, four.records);
	ck_assert_str_eq(one.findings, four.findings);
	ck_assert_msg(strstr(four.records, "1:1 SOA b.example. 300 file=b.example.zone\n"),
	    "%s", four.records);
	ck_assert_msg(strstr(four.findings, "c.example.zone:4:"), "%s",
	    four.findings);
	lint_free(&one);
	lint_free(&four);
}
END_TEST

static Suite *
reader_suite(void)
{
	Suite *s = suite_create("reader");
	TCase *tc = tcase_create("reader");
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, parentheses_span_lines);
	tcase_add_test(tc, quoted_strings_keep_specials);
	tcase_add_test(tc, txt_content_survives);
	tcase_add_test(tc, origin_ttl_and_owners);
	tcase_add_test(tc, soa_minimum_is_the_default_ttl);
	tcase_add_test(tc, generic_rdata_and_escapes);
	tcase_add_test(tc, crlf_line_ends);
	tcase_add_test(tc, windows_export);
	tcase_add_test(tc, windows_origin_from_file_name);
	tcase_add_test(tc, origin_from_other_file_names);
	tcase_add_test(tc, dig_axfr_output);
	tcase_add_test(tc, no_origin_is_unusable);
	tcase_add_test(tc, bad_records_do_not_hide_the_rest);
	tcase_add_test(tc, class_must_match_the_zone);
	tcase_add_test(tc, unbalanced_parentheses_and_quotes);
	tcase_add_test(tc, include_relative_to_including_file);
	tcase_add_test(tc, include_inherits_owner);
	tcase_add_test(tc, include_loop_and_missing);
	tcase_add_test(tc, include_depth_limit);
	tcase_add_test(tc, utf16_is_converted_and_reported);
	tcase_add_test(tc, binary_file_is_refused);
	tcase_add_test(tc, huge_line_is_skipped);
	tcase_add_test(tc, generate_expands);
	tcase_add_test(tc, generate_wide_fields);
	tcase_add_test(tc, empty_rdata_is_an_error);
	tcase_add_test(tc, ttl_parser);
	tcase_add_test(tc, svcb_and_ipseckey_encode_as_ldns_does);
	tcase_add_test(tc, newer_types_read_as_their_wire);
	tcase_add_test(tc, ldns_leniencies_are_refused);
	tcase_add_test(tc, ldns_misreadings_are_read);
	tcase_add_test(tc, svcb_modern_forms);
	tcase_add_test(tc, records_as_ldns_reads_them);
	tcase_add_test(tc, read_ahead_is_reading);
	tcase_add_test(tc, prefault_helper_faults_in);
	tcase_add_test(tc, streamed_is_reading);
	tcase_add_test(tc, generate_after_late_error);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	char why[256]; /* the test zones are read beneath the working folder */
	if (zl_confine_init(NULL, NULL, 0, why, sizeof why) != 0) {
		fprintf(stderr, "%s\n", why);
		return EXIT_FAILURE;
	}
	lint_only[0] = "syntax-*";
	lint_only[1] = "input-*";
	SRunner *sr = srunner_create(reader_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
