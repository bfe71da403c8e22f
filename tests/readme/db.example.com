$TTL 3600
@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300
@    IN NS  ns1
@    IN NS  ns2
ns1  IN A   192.0.2.1
www  IN CNAME www.example.net.
www  IN A   192.0.2.80
ftp IN A 1.2.3.999
ns2  IN A   192.0.2.2
