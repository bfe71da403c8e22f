/* check_records.c: record data as the reader reads it: generic
 * RDATA, the encoders for what ldns cannot read (SVCB, IPSECKEY, LOC,
 * CERT, newer types), ldns's leniencies and misreadings, records as ldns
 * reads them, empty RDATA, classes, bad records among good ones. */
#include "cert.h"
#include "ipseckey.h"
#include "loc.h"
#include "svcb.h"
#include "testutil.h"

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

static Suite *
records_suite(void)
{
	Suite *s = suite_create("records");
	TCase *tc = tcase_create("records");
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, generic_rdata_and_escapes);
	tcase_add_test(tc, bad_records_do_not_hide_the_rest);
	tcase_add_test(tc, class_must_match_the_zone);
	tcase_add_test(tc, empty_rdata_is_an_error);
	tcase_add_test(tc, svcb_and_ipseckey_encode_as_ldns_does);
	tcase_add_test(tc, newer_types_read_as_their_wire);
	tcase_add_test(tc, ldns_leniencies_are_refused);
	tcase_add_test(tc, ldns_misreadings_are_read);
	tcase_add_test(tc, svcb_modern_forms);
	tcase_add_test(tc, records_as_ldns_reads_them);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	lint_only[0] = "syntax-*";
	lint_only[1] = "input-*";
	return lint_main(records_suite());
}
