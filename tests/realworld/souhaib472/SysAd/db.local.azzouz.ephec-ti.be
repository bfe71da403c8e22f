$INCLUDE /etc/bind/db.azzouz.ephec-ti.be
intranet.azzouz.ephec-ti.be.  IN      A   51.77.203.28
