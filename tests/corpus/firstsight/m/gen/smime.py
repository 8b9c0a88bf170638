"""S/MIME helpers built on the openssl command line (keys are generated per run and thrown away)."""
import base64
import os
import subprocess
import tempfile

_TMP = tempfile.mkdtemp(prefix="m-smime-")


def _run(*args, inp=None):
    return subprocess.run(["openssl", *args], input=inp, check=True, capture_output=True).stdout


def make_cert(tag, cn, email, org):
    """self-contained CA + end-entity certificate; returns (cert, key, ca) paths"""
    d = os.path.join(_TMP, tag)
    os.makedirs(d, exist_ok=True)
    ca_key, ca_crt = os.path.join(d, "ca.key"), os.path.join(d, "ca.crt")
    _run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", ca_key, "-out", ca_crt, "-days", "1825",
         "-subj", "/C=GB/O=%s/CN=%s Issuing CA 02" % (org, org))
    key, csr, crt = os.path.join(d, "ee.key"), os.path.join(d, "ee.csr"), os.path.join(d, "ee.crt")
    _run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr,
         "-subj", "/C=GB/O=%s/CN=%s/emailAddress=%s" % (org, cn, email))
    ext = os.path.join(d, "ext.cnf")
    with open(ext, "w") as f:
        f.write("subjectAltName=email:%s\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=emailProtection\n" % email)
    _run("x509", "-req", "-in", csr, "-CA", ca_crt, "-CAkey", ca_key, "-CAcreateserial", "-out", crt,
         "-days", "730", "-extfile", ext)
    return crt, key, ca_crt


def _b64(data):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\r\n"


def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def sign_detached(inner, cert, key, ca, boundary):
    """inner: bytes of a MIME entity (CRLF). Returns the multipart/signed entity bytes (CRLF)."""
    inner = crlf(inner).rstrip(b"\r\n")
    p = os.path.join(_TMP, "inner.bin")
    with open(p, "wb") as f:
        f.write(inner)
    sig = _run("cms", "-sign", "-binary", "-in", p, "-signer", cert, "-inkey", key, "-certfile", ca,
               "-md", "sha256", "-outform", "DER")
    b = boundary
    out = ("Content-Type: multipart/signed;\r\n\tprotocol=\"application/pkcs7-signature\";\r\n"
           "\tmicalg=sha-256; boundary=\"%s\"\r\n\r\nThis is a cryptographically signed message in MIME format.\r\n\r\n--%s\r\n" % (b, b)).encode()
    out += inner + b"\r\n"
    out += ("--%s\r\nContent-Type: application/pkcs7-signature; name=\"smime.p7s\"\r\n"
            "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"smime.p7s\"\r\n"
            "Content-Description: S/MIME Cryptographic Signature\r\n\r\n%s\r\n--%s--\r\n" % (b, _b64(sig), b)).encode()
    return out


def sign_opaque(inner, cert, key, ca):
    inner = crlf(inner)
    p = os.path.join(_TMP, "inner.bin")
    with open(p, "wb") as f:
        f.write(inner)
    der = _run("cms", "-sign", "-nodetach", "-binary", "-in", p, "-signer", cert, "-inkey", key, "-certfile", ca,
               "-md", "sha256", "-outform", "DER")
    return ("Content-Type: application/pkcs7-mime; smime-type=signed-data;\r\n\tname=\"smime.p7m\"\r\n"
            "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"smime.p7m\"\r\n\r\n%s" % _b64(der)).encode()


def encrypt(inner, recip_cert):
    inner = crlf(inner)
    p = os.path.join(_TMP, "inner.bin")
    with open(p, "wb") as f:
        f.write(inner)
    der = _run("cms", "-encrypt", "-binary", "-aes256", "-in", p, "-outform", "DER", recip_cert)
    return der


def enveloped_entity(der):
    return ("Content-Type: application/pkcs7-mime; smime-type=enveloped-data;\r\n\tname=\"smime.p7m\"\r\n"
            "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"smime.p7m\"\r\n\r\n%s" % _b64(der)).encode()
