#!/usr/bin/env python3
"""Write N small deterministic zones into DIR, for the many-files benchmark.

usage: genmany.py DIR [N]   (default N = 20000)

Each zone zNNNNN.example.zone has an SOA, two NS with glue, and a few
dozen A, AAAA, MX, CNAME, TXT and one SRV record, all valid.
"""
import os
import random
import sys


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    rng = random.Random(7)
    os.makedirs(out, exist_ok=True)
    for z in range(n):
        origin = "z%05d.example." % z
        lines = ["$ORIGIN %s" % origin, "$TTL 3600",
                 "@ IN SOA ns1 hostmaster %d 7200 3600 1209600 300" % (2026010100 + z),
                 "@ IN NS ns1", "@ IN NS ns2",
                 "ns1 IN A 192.0.2.1", "ns2 IN A 192.0.2.2",
                 "@ IN MX 10 mail", "mail IN A 192.0.2.25",
                 "_sip._tls IN SRV 0 0 443 sip", "sip IN A 198.51.100.10"]
        for i in range(rng.randint(20, 40)):
            k = rng.random()
            if k < 0.5:
                lines.append("h%d IN A 203.0.113.%d" % (i, rng.randint(1, 254)))
            elif k < 0.7:
                lines.append("h%d IN AAAA 2001:db8::%x" % (i, rng.randint(1, 65535)))
            elif k < 0.85:
                lines.append("w%d IN CNAME ns1" % i)
            else:
                lines.append('t%d IN TXT "v=spf1 -all"' % i)
        with open(os.path.join(out, "z%05d.example.zone" % z), "w") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
