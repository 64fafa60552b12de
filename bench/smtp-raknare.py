#!/usr/bin/env python3
"""A counting SMTP server for bench/tva-instanser.sh: accepts every mail and appends one line
"recipient<TAB>subject" per recipient to the file given. Python 3.11's smtpd (deprecated, still there)."""
import asyncore
import email
import email.header
import smtpd
import sys

port, ut = int(sys.argv[1]), sys.argv[2]


class Raknare(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kw):
        msg = email.message_from_bytes(data if isinstance(data, bytes) else data.encode())
        amne = str(email.header.make_header(email.header.decode_header(msg.get("Subject", ""))))
        with open(ut, "a", encoding="utf-8") as f:
            for r in rcpttos:
                f.write(f"{r}\t{amne}\n")
        return None


Raknare(("127.0.0.1", port), None, decode_data=False)
asyncore.loop()
