/* loc.c: see loc.h.  The text form: d1 [m1 [s1]] N|S d2 [m2 [s2]] E|W
 * alt[m] [siz[m] [hp[m] [vp[m]]]], seconds to 3 decimals, meters to 2. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "loc.h"

/* A decimal of at most decimals places, optionally signed and followed
 * by "m", as an integer count of 10^-decimals units, at most max. */
static bool
fixed(const struct zl_field *f, unsigned decimals, bool sign, bool meters,
    long long max, long long *v)
{
	size_t i = 0, len = f->len;
	bool neg = sign && len > 0 && f->text[0] == '-';
	if (meters && len > 0 && (f->text[len - 1] == 'm' || f->text[len - 1] == 'M'))
		len--;
	i = neg;
	long long x = 0;
	unsigned places = 0;
	bool dot = false, digits = false;
	for (; i < len; i++) {
		char c = f->text[i];
		if (c == '.' && !dot) {
			dot = true;
			continue;
		}
		if (!isdigit((unsigned char)c) || (dot && ++places > decimals))
			return false;
		x = x * 10 + (c - '0');
		digits = true;
		if (x > 100000000000LL)
			return false;
	}
	for (; places < decimals; places++)
		x *= 10;
	*v = neg ? -x : x;
	return digits && x <= max;
}

/* An RFC 1876 precision: centimeters as mantissa and power of ten. */
static uint8_t
precision(long long cm)
{
	unsigned e = 0;
	while (cm >= 10) {
		cm /= 10;
		e++;
	}
	return (uint8_t)(cm << 4 | e);
}

/* Degrees [minutes [seconds]] then one of two letters, from f[*k]: the
 * angle in thousandths of a second, signed by the letter. */
static const char *
angle(const struct zl_field *f, size_t n, size_t *k, long long max_deg,
    const char *pos, const char *neg, long long *v)
{
	long long part[3] = {0, 0, 0}, max[3] = {max_deg, 59, 59999};
	unsigned decimals[3] = {0, 0, 3};
	size_t got = 0;
	while (*k < n && got < 3 && f[*k].len > 0 &&
	    isdigit((unsigned char)f[*k].text[0])) {
		if (!fixed(&f[*k], decimals[got], false, false, max[got],
		    &part[got]))
			return got == 0 ? "degrees out of range" : got == 1 ?
			    "minutes are 0 to 59" : "seconds are 0 to 59.999";
		got++;
		(*k)++;
	}
	if (got == 0)
		return "degrees are missing";
	if (*k >= n || f[*k].len != 1 || (toupper((unsigned char)f[*k].text[0])
	    != pos[0] && toupper((unsigned char)f[*k].text[0]) != neg[0]))
		return pos[0] == 'N' ? "N or S must follow the latitude" :
		    "E or W must follow the longitude";
	long long a = (part[0] * 3600 + part[1] * 60) * 1000 + part[2];
	*v = toupper((unsigned char)f[*k].text[0]) == pos[0] ? a : -a;
	(*k)++;
	return NULL;
}

static void
put32(uint8_t *w, unsigned long long v)
{
	for (int i = 0; i < 4; i++)
		w[i] = (uint8_t)(v >> (24 - 8 * i));
}

size_t
zl_loc_encode(const struct zl_field *f, size_t n, const ldns_rdf *origin,
    char *out, size_t cap, size_t *bad, char *why, size_t whysize)
{
	(void)origin;
	long long lat, lon, alt, p[3] = {100, 1000000, 1000}; /* 1m 10km 10m */
	size_t k = 0;
	const char *err = angle(f, n, &k, 90, "N", "S", &lat);
	if (err == NULL)
		err = angle(f, n, &k, 180, "E", "W", &lon);
	if (err == NULL && k >= n)
		err = "the altitude is missing";
	else if (err == NULL && !fixed(&f[k], 2, true, true, 4284967295LL, &alt))
		err = "the altitude is -100000.00m to 42849672.95m";
	else if (err == NULL && alt < -10000000)
		err = "the altitude is -100000.00m to 42849672.95m";
	for (size_t i = 0; err == NULL && ++k < n; i++) {
		if (i == 3)
			err = "unexpected text after the vertical precision";
		else if (!fixed(&f[k], 2, false, true, 9000000000LL, &p[i]))
			err = "a size or precision is 0 to 90000000.00m";
	}
	*bad = k < n ? k : n - 1;
	if (err) {
		snprintf(why, whysize, "%s", err);
		return 0;
	}
	uint8_t w[16] = {0, precision(p[0]), precision(p[1]), precision(p[2])};
	put32(w + 4, (1ULL << 31) + (unsigned long long)lat);
	put32(w + 8, (1ULL << 31) + (unsigned long long)lon);
	put32(w + 12, (unsigned long long)(alt + 10000000));
	return zl_generic_text(w, sizeof w, out, cap);
}
