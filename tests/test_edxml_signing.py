"""XML-DSig signatures of edXML packages: signed with a certificate the tests generate,
checked with plain lxml for the enveloped form the axis carries, verified, and the real
signed package of 2019 described (its certificate expired in 2018: said, not failed).
"""

from __future__ import annotations

import datetime
import io
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from lxml import etree

from vnadmin import edxml
from vnadmin.edxml import SignatureStatus
from vnadmin.samples import SEEDS

QCVN = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
DSIG = "http://www.w3.org/2000/09/xmldsig#"
REAL = Path(__file__).resolve().parents[1].parent / "shared" / "edxml-real"
AXIS_2019 = REAL / (
    "vpcp__JDK_1.8_SDKVXP_Example_xml_2019_5_852e179c-8eca-4502-ac38-0b97321f29c3.edxml__460754a"
)
NOW = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)


def certificate(not_before: datetime.datetime, not_after: datetime.datetime) -> tuple[bytes, bytes]:
    """A private key and a self-signed certificate, both PEM."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.COMMON_NAME, "Sở Tài chính Sóc Trăng"),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .sign(key, hashes.SHA256())
    )
    pem_key = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return pem_key, cert.public_bytes(serialization.Encoding.PEM)


@pytest.fixture(scope="module")
def valid() -> tuple[bytes, bytes]:
    return certificate(NOW - datetime.timedelta(days=30), NOW + datetime.timedelta(days=365))


def package() -> bytes:
    return edxml.dumps(
        SEEDS["000"],
        sender=edxml.Organ(organ_id="000.00.21.H58"),
        traces=[edxml.TraceHeader(timestamp=datetime.datetime(2022, 1, 5, 9, 30))],
    )


def test_a_signed_package_is_enveloped_as_the_axis_carries_it(valid: tuple[bytes, bytes]) -> None:
    signed = edxml.sign(package(), *valid)
    root = etree.fromstring(signed)
    header = root.find(f"{{{QCVN}}}edXMLEnvelope/{{{QCVN}}}edXMLHeader")
    assert header is not None
    assert [etree.QName(child).localname for child in header] == [
        "MessageHeader",
        "TraceHeaderList",
        "Signature",
    ]
    signature = header[2]
    assert etree.QName(signature).namespace == DSIG
    (reference,) = signature.iter(f"{{{DSIG}}}Reference")
    assert reference.get("URI") == ""
    transforms = [t.get("Algorithm") for t in reference.iter(f"{{{DSIG}}}Transform")]
    assert f"{DSIG}enveloped-signature" in transforms
    assert signature.find(f".//{{{DSIG}}}X509Certificate") is not None


def test_a_signed_package_verifies_and_a_changed_one_does_not(valid: tuple[bytes, bytes]) -> None:
    signed = edxml.sign(package(), *valid)
    found = edxml.verify(signed, now=NOW)
    assert found is not None
    assert found.status is SignatureStatus.VALID
    assert found.signature_method == "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
    assert found.subject is not None
    assert "Sở Tài chính Sóc Trăng" in found.subject
    assert found.expired is False
    read = edxml.loads(signed)
    assert read.verification is not None
    assert read.verification.valid
    assert read.signature is not None  # carried as canonical XML, as before
    changed = signed.replace(b">STC-VP<", b">STC-KH<", 1)  # the CodeNotation
    assert edxml.loads(changed).instrument.number != read.instrument.number
    broken = edxml.verify(changed, now=NOW)
    assert broken is not None
    assert broken.status is SignatureStatus.INVALID
    assert "not what was signed" in broken.message


def test_signing_again_replaces_the_signature(valid: tuple[bytes, bytes]) -> None:
    twice = edxml.sign(edxml.sign(package(), *valid), *valid)
    assert len(etree.fromstring(twice).findall(f".//{{{DSIG}}}Signature")) == 1
    found = edxml.verify(twice, now=NOW)
    assert found is not None
    assert found.valid


def test_an_expired_certificate_is_said_not_failed() -> None:
    old = certificate(
        datetime.datetime(2017, 10, 19, tzinfo=datetime.timezone.utc),
        datetime.datetime(2018, 10, 19, tzinfo=datetime.timezone.utc),
    )
    found = edxml.verify(edxml.sign(package(), *old), now=NOW)
    assert found is not None
    assert found.status is SignatureStatus.VALID
    assert found.expired is True
    assert found.not_after == datetime.datetime(2018, 10, 19, tzinfo=datetime.timezone.utc)


def test_an_unsigned_package_has_no_verification() -> None:
    assert edxml.verify(package()) is None
    assert edxml.loads(package()).verification is None


def test_without_signxml_the_signature_is_unchecked(
    valid: tuple[bytes, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    signed = edxml.sign(package(), *valid)
    monkeypatch.setitem(sys.modules, "signxml", None)  # as if not installed
    found = edxml.verify(signed, now=NOW)
    assert found is not None
    assert found.status is SignatureStatus.UNCHECKED
    assert "pip install vnadmin[sign]" in found.message
    assert found.subject is not None  # the certificate is still described
    with pytest.raises(ImportError, match=r"vnadmin\[sign\]"):
        edxml.sign(package(), *valid)


def test_a_stream_cannot_be_read_twice(valid: tuple[bytes, bytes]) -> None:
    read = edxml.loads(io.BytesIO(edxml.sign(package(), *valid)))
    assert read.verification is not None
    assert read.verification.status is SignatureStatus.UNCHECKED


@pytest.mark.skipif(not AXIS_2019.is_file(), reason=f"the real package is not at {AXIS_2019}")
def test_the_real_signed_package_of_2019() -> None:
    """xml/2019/5/852e179c: the Signature unprefixed in the edXML namespace, rsa-sha1 and
    sha1, one Reference URI="" with the enveloped transform, a VNPT-CA certificate of
    TRẦN ANH TUẤN valid 2017-10-19 to 2018-10-19 (values read from the XML and from the
    certificate's DER by hand). The package was changed on the way (a second TraceHeader,
    re-indented): it is not what was signed, and the certificate has expired."""
    found = edxml.loads(AXIS_2019).verification
    assert found is not None
    assert found.signature_method == f"{DSIG}rsa-sha1"
    assert found.digest_method == f"{DSIG}sha1"
    assert found.subject is not None
    assert "CN=TRẦN ANH TUẤN" in found.subject
    assert (
        found.issuer == "CN=VNPT Certification Authority,OU=VNPT-CA Trust Network,O=VNPT Group,C=VN"
    )
    assert found.not_before == datetime.datetime(
        2017, 10, 19, 6, 47, 17, tzinfo=datetime.timezone.utc
    )
    assert found.not_after == datetime.datetime(2018, 10, 19, 16, 55, tzinfo=datetime.timezone.utc)
    assert found.expired is True
    assert found.status is SignatureStatus.INVALID
