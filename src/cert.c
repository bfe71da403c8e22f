/* cert.c: see cert.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cert.h"
#include "diag.h"

/* A mnemonic of table, or a number no greater than max. */
static bool
mnemonic_or_number(const struct zl_field *f, ldns_lookup_table *table,
    unsigned max, unsigned *v)
{
	char s[32];
	if (zl_field_number(f, max, v))
		return true;
	if (f->len == 0 || f->len >= sizeof s)
		return false;
	memcpy(s, f->text, f->len);
	s[f->len] = '\0';
	ldns_lookup_table *e = ldns_lookup_by_name(table, s);
	if (e == NULL || (unsigned)e->id > max)
		return false;
	*v = (unsigned)e->id;
	return true;
}

size_t
zl_cert_encode(const struct zl_field *f, size_t n, const ldns_rdf *origin,
    char *out, size_t cap, size_t *bad, char *why, size_t whysize)
{
	(void)origin;
	unsigned type, tag, alg;
	*bad = 0;
	if (!mnemonic_or_number(&f[0], ldns_cert_algorithms, 65535, &type)) {
		snprintf(why, whysize, "the type is a number from 0 to 65535 or a "
		    "mnemonic such as PKIX or PGP");
		return 0;
	}
	*bad = 1;
	if (n < 2 || !zl_field_number(&f[1], 65535, &tag)) {
		snprintf(why, whysize, "the key tag is a number from 0 to 65535");
		return 0;
	}
	*bad = 2;
	if (n < 3 || !mnemonic_or_number(&f[2], ldns_algorithms, 255, &alg)) {
		snprintf(why, whysize, "the algorithm is a number from 0 to 255 or "
		    "a mnemonic such as RSASHA256");
		return 0;
	}
	*bad = 3;
	if (n < 4 || !zl_base64_ok(&f[3], n - 3)) {
		snprintf(why, whysize, n < 4 ? "the certificate is missing" :
		    "the certificate is not base64");
		return 0;
	}
	size_t tl = 0;
	for (size_t k = 3; k < n; k++)
		tl += f[k].len;
	char *text = zl_xmalloc(tl + 1);
	size_t o = 0;
	for (size_t k = 3; k < n; k++) {
		memcpy(text + o, f[k].text, f[k].len);
		o += f[k].len;
	}
	text[o] = '\0';
	ldns_rdf *cert = NULL;
	size_t len = 0;
	if (ldns_str2rdf_b64(&cert, text) == LDNS_STATUS_OK) {
		size_t cl = ldns_rdf_size(cert);
		uint8_t *w = zl_xmalloc(5 + cl);
		w[0] = (uint8_t)(type >> 8);
		w[1] = (uint8_t)type;
		w[2] = (uint8_t)(tag >> 8);
		w[3] = (uint8_t)tag;
		w[4] = (uint8_t)alg;
		memcpy(w + 5, ldns_rdf_data(cert), cl);
		len = zl_generic_text(w, 5 + cl, out, cap);
		if (len == 0)
			snprintf(why, whysize, "the data is too long");
		free(w);
		ldns_rdf_deep_free(cert);
	} else {
		snprintf(why, whysize, "the certificate is not base64");
	}
	free(text);
	return len;
}
