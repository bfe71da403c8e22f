/* dkim.c: a DKIM key record: its tags and its RSA key's size. */
#include <string.h>

#include "dkim.h"

bool
dkim_name(const ldns_rdf *name)
{
	unsigned labels = zl_dname_labels(name);
	for (unsigned k = 1; k + 1 < labels; k++) {
		ldns_rdf s = zl_dname_suffix(name, k);
		if (zl_dname_first_label_is(&s, "_domainkey"))
			return true;
	}
	return false;
}

static int
b64_value(char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	return c == '+' ? 62 : c == '/' ? 63 : -1;
}

/* Decodes base64 text (spaces and tabs skipped: RFC 6376 3.6.1 allows
 * folding white space) into k->key; false when it is not whole groups
 * of four characters with '=' padding only at the end. */
static bool
b64_decode(struct dkim *k, const char *s, size_t n)
{
	uint32_t acc = 0;
	size_t chars = 0, pad = 0;
	k->key_len = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')
			continue;
		int v = s[i] == '=' ? 0 : b64_value(s[i]);
		if (v < 0 || (pad > 0 && s[i] != '='))
			return false;
		if (s[i] == '=')
			pad++;
		acc = acc << 6 | (uint32_t)v;
		if (++chars % 4 == 0) {
			uint8_t o[3] = {(uint8_t)(acc >> 16), (uint8_t)(acc >> 8),
			    (uint8_t)acc};
			size_t m = pad > 2 ? 0 : 3 - pad;
			for (size_t j = 0; j < m; j++)
				if (k->key_len < sizeof k->key)
					k->key[k->key_len++] = o[j];
			acc = 0;
		}
	}
	return chars % 4 == 0 && pad <= 2 && chars > 0;
}

/* One DER element at *p (before end): its tag and content. */
static bool
der(const uint8_t **p, const uint8_t *end, uint8_t *tag,
    const uint8_t **c, size_t *clen)
{
	const uint8_t *q = *p;
	if (end - q < 2)
		return false;
	*tag = *q++;
	size_t len = *q++;
	if (len & 0x80) {
		size_t n = len & 0x7f;
		if (n == 0 || n > 3 || (size_t)(end - q) < n)
			return false;
		len = 0;
		while (n--)
			len = len << 8 | *q++;
	}
	if ((size_t)(end - q) < len)
		return false;
	*c = q;
	*clen = len;
	*p = q + len;
	return true;
}

/* The bits of the RSA modulus in a SubjectPublicKeyInfo or an
 * RSAPublicKey (PKCS #1), 0 when the DER is neither. */
static unsigned
rsa_bits(const uint8_t *d, size_t n)
{
	const uint8_t *p = d, *c, *end = d + n;
	size_t clen;
	uint8_t tag;
	if (!der(&p, end, &tag, &c, &clen) || tag != 0x30)
		return 0;
	p = c;
	end = c + clen;
	if (!der(&p, end, &tag, &c, &clen))
		return 0;
	if (tag == 0x30) { /* AlgorithmIdentifier, then the BIT STRING */
		if (!der(&p, end, &tag, &c, &clen) || tag != 0x03 || clen < 1)
			return 0;
		p = c + 1;
		end = c + clen;
		if (!der(&p, end, &tag, &c, &clen) || tag != 0x30)
			return 0;
		p = c;
		end = c + clen;
		if (!der(&p, end, &tag, &c, &clen))
			return 0;
	}
	if (tag != 0x02)
		return 0;
	while (clen > 0 && *c == 0) {
		c++;
		clen--;
	}
	if (clen == 0)
		return 0;
	unsigned bits = (unsigned)(clen - 1) * 8;
	for (uint8_t b = *c; b; b >>= 1)
		bits++;
	return bits;
}

bool
dkim_read(struct dkim *k, const uint8_t *d, uint32_t len)
{
	struct dmarc *m = &k->tags;
	dmarc_parse(m, d, len);
	k->p = k->k = NULL;
	k->problem = DKIM_OK;
	k->rsa = true;
	k->bits = 0;
	for (uint32_t i = 0; i < m->ntag; i++) {
		if (dmarc_tag_is(m, &m->tag[i], "p") && k->p == NULL)
			k->p = &m->tag[i];
		else if (dmarc_tag_is(m, &m->tag[i], "k") && k->k == NULL)
			k->k = &m->tag[i];
	}
	if (k->p == NULL || k->p->vlen == 0)
		return false;
	const char *kv = k->k ? m->txt.text + k->k->value : "rsa";
	size_t kn = k->k ? k->k->vlen : 3;
	if (zl_word_is(kv, kn, "ed25519"))
		k->rsa = false;
	else if (!zl_word_is(kv, kn, "rsa")) {
		k->problem = DKIM_UNKNOWN_K;
		return true;
	}
	if (!b64_decode(k, m->txt.text + k->p->value, k->p->vlen)) {
		k->problem = DKIM_BAD_BASE64;
		return true;
	}
	if (k->rsa)
		k->bits = rsa_bits(k->key, k->key_len);
	if (k->rsa ? k->bits == 0 : k->key_len != 32)
		k->problem = DKIM_BAD_KEY;
	return true;
}
