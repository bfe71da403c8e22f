

$ORIGIN azzouz.ephec-ti.be.
$TTL	3600
azzouz.ephec-ti.be.	IN	SOA	ns.azzouz.ephec-ti.be. he201575@students.ephec.be. (

		         2019031001	; Serial
			 3600		; Refresh
			  600		; Retry
			86400		; Expire
			 600 )	; Negative Cache TTL

@	 IN	 NS 	ns
	IN 	A	 51.77.203.28
azzouz.ephec-ti.be.      IN      NS      ns.azzouz.ephec-ti.be.
ns.azzouz.ephec-ti.be.   IN      A   51.77.203.28


www.azzouz.ephec-ti.be.  IN      A   51.77.203.28

b2b.azzouz.ephec-ti.be.  IN      A   51.77.203.28

intranet.azzouz.ephec-ti.be.  IN      A   51.77.203.28
