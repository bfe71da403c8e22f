/*
 * dnssec_example.h: the signed zone the DNSSEC rules teach with, in
 * their --explain examples: example.com. signed with one ECDSAP256SHA256
 * key (a CSK, flags 257), NSEC, signatures valid from 2026-11-01 to
 * 2027-01-01, judged at --now 2026-12-01.  It verifies in
 * ldns-verify-zone, kzonecheck and named-checkzone, and lints clean;
 * each rule's bad example is it with one defect, signed again.
 */
#ifndef ZL_DNSSEC_EXAMPLE_H
#define ZL_DNSSEC_EXAMPLE_H

/* The --now line and the apex: SOA, NS, DNSKEY, NSEC, their RRSIGs. */
#define DNSSEC_EXAMPLE_APEX \
	    ";; options: --now 20261201000000\n" \
	    "$ORIGIN example.com.\n" \
	    "$TTL 3600\n" \
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n" \
	    "@    IN RRSIG SOA 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n" \
	    "       ww2Gns2PMyyROuabuMZmPT58QR+DZK8G1uv/ve1ThFgZ\n" \
	    "       enxO6LWE5jK2mRH5QIR67hWJou3CL1PF6Oo3FArW3g== )\n" \
	    "@    IN NS ns1\n" \
	    "@    IN RRSIG NS 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n" \
	    "       XUuTWdm0R4KnJCH76DlSRINQUhWtc3RTJkjQ3BI6qpjf\n" \
	    "       c3TTRj6I5AmhgOhmr6TXktb/Fk8fVzfMVNEtxgz/6A== )\n" \
	    "@    IN DNSKEY 257 3 13 (\n" \
	    "       Ld7c5gCcC/nzXY7xtI6ZzM2o7NzHxy8JoU6PpcMQ686c\n" \
	    "       aHOmsfr1C9ovhw0PtQ8TfDRlo6lqxBXYrpOj6FVkJw== )\n" \
	    "@    IN RRSIG DNSKEY 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n" \
	    "       B7ka9cCKN57rs/KLTvt4YM6y9ohJSkoVPZ2mGFWSrCel\n" \
	    "       1Fwru+j7e8sFgikpjtBSe4gUJI8plDjFXrpHBOZGOw== )\n" \
	    "@    300 IN NSEC ns1 NS SOA RRSIG NSEC DNSKEY\n" \
	    "@    300 IN RRSIG NSEC 13 2 300 20270101000000 20261101000000 48256 example.com. (\n" \
	    "       DiqxIMj1Scxzcou4D6qjWCxPvsyKqhhrBJ7dDUbdCh2J\n" \
	    "       DkHI2PVE17jaHh2LgxyPYp6YzDylgg4hVQVNPIw6Lg== )\n"

/* The whole zone: the apex and ns1's address, signed. */
#define DNSSEC_EXAMPLE_ZONE \
	    DNSSEC_EXAMPLE_APEX \
	    "ns1  IN A 192.0.2.1\n" \
	    "ns1  IN RRSIG A 13 3 3600 20270101000000 20261101000000 48256 example.com. (\n" \
	    "       CMfRDDUPAqEdhxJo8JnVNwao0xz+wDl5E9qTmgFJvWzF\n" \
	    "       vtRZPunHHbcaHXRo3kpFvTh5z1vjdSu5DsCHaj0qPQ== )\n" \
	    "ns1  300 IN NSEC example.com. A RRSIG NSEC\n" \
	    "ns1  300 IN RRSIG NSEC 13 3 300 20270101000000 20261101000000 48256 example.com. (\n" \
	    "       IEyXvQtD6mk3efYO+H0TExExcauxhoB1mv1InwbMnsLb\n" \
	    "       LoiNqrF+4DJn7EaMwZmYFYo2RE0JSGY1UIHyknU11g== )\n"

#endif
