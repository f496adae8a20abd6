"""XML-DSig signatures of edXML packages, as the production axis carries them.

The signature is *enveloped*: a ``Signature`` element, last child of ``edXMLHeader``,
whose one ``Reference`` (``URI=""``) covers the whole package less the signature itself,
with the signer's X.509 certificate in ``KeyInfo``.  Signing and checking use signxml (on
lxml and cryptography), an optional dependency: ``pip install vnadmin[sign]``.

:func:`verify` says whether the signature verifies against the certificate it carries,
and describes that certificate; it does not say whether the certificate is one to trust
(no chain to a Vietnamese certification authority is checked), and a certificate that has
expired since is said, not counted as a failure.  Some producers write the signature in
the edXML namespace instead of XML-DSig's; it is read as XML-DSig.
"""

from __future__ import annotations

import base64
import binascii
import copy
import datetime
import os
from typing import TYPE_CHECKING, Any

import attrs
from lxml import etree

from vnadmin._files import open_regular
from vnadmin._safexml import Source, parse, refuse_external
from vnadmin.edxml._tree import DEFAULT_LIMITS, NAMESPACE, PackageLimits
from vnadmin.edxml.model import SignatureStatus, Verification
from vnadmin.errors import EdxmlDecodeError, XMLDecodeError, XMLEncodeError, XMLProblem

if TYPE_CHECKING:
    from cryptography import x509

__all__ = ["DSIG", "SignatureStatus", "Verification", "sign", "verify"]

DSIG = "http://www.w3.org/2000/09/xmldsig#"
"""The XML-DSig namespace."""

_INCLUSIVE_C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"
_WHOLE = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True, remove_comments=False
)
"""For signing and checking: white space kept (the digest covers it), nothing fetched;
the document has already passed :func:`vnadmin._safexml.parse`."""
refuse_external(_WHOLE)
_MISSING = "XML signatures need signxml: pip install vnadmin[sign]"


def sign(
    data: bytes,
    key: Any,
    certificate: Any,
    *,
    signature_method: str = "rsa-sha256",
    digest_method: str = "sha256",
) -> bytes:
    """``data`` (an edXML package) signed with ``key`` (PEM bytes or a cryptography private
    key) for ``certificate`` (PEM bytes, a cryptography certificate, or a chain of them).

    The signature replaces any the package had and is enveloped as the axis carries it:
    last in ``edXMLHeader``, one reference to the whole package, inclusive canonical XML.
    """
    signer_module = _signxml()
    root = _whole(data, DEFAULT_LIMITS)
    header = root.find(f"{{{NAMESPACE}}}edXMLEnvelope/{{{NAMESPACE}}}edXMLHeader")
    if header is None:
        raise XMLEncodeError("sign.data", "not an edXML package: no edXMLEnvelope/edXMLHeader")
    for old in [child for child in header if _is_signature(child)]:
        header.remove(old)
    placeholder = etree.SubElement(header, f"{{{DSIG}}}Signature", nsmap={"ds": DSIG})
    placeholder.set("Id", "placeholder")
    try:
        signed = signer_module.XMLSigner(
            method=signer_module.methods.enveloped,
            signature_algorithm=signature_method,
            digest_algorithm=digest_method,
            c14n_algorithm=_INCLUSIVE_C14N,
        ).sign(root, key=key, cert=certificate)
    except signer_module.InvalidInput as error:
        raise XMLEncodeError("sign", str(error)) from None
    return etree.tostring(signed, encoding="UTF-8", xml_declaration=True)


def verify(
    source: Source,
    *,
    limits: PackageLimits = DEFAULT_LIMITS,
    now: datetime.datetime | None = None,
) -> Verification | None:
    """The package's signature checked against the certificate it carries; None when the
    package is not signed.  ``now`` (default: the clock, UTC) is when ``expired`` is judged.
    """
    data = _bytes(source, limits)
    if data is None:
        return Verification(
            status=SignatureStatus.UNCHECKED,
            message="read from a stream: give bytes or a path to check the signature",
        )
    root = _whole(data, limits)
    found = [e for e in root.iter() if _is_signature(e)]
    if not found:
        return None
    return _checked(root, found[0], now or datetime.datetime.now(datetime.timezone.utc))


def _checked(
    root: etree._Element, signature: etree._Element, now: datetime.datetime
) -> Verification:
    if etree.QName(signature).namespace != DSIG:
        root = copy.deepcopy(root)
        signature = next(e for e in root.iter() if _is_signature(e))
        for element in signature.iter():
            if isinstance(element.tag, str):
                element.tag = f"{{{DSIG}}}{etree.QName(element).localname}"
    described = _described(signature, now)
    problem = _structure_problem(signature)
    if problem is not None:
        return attrs.evolve(described, status=SignatureStatus.INVALID, message=problem)
    try:
        signxml = _signxml()
    except ImportError:
        return attrs.evolve(described, message=_MISSING)
    certificate = _certificate(signature)
    if certificate is None:
        return attrs.evolve(
            described, status=SignatureStatus.INVALID, message="no readable X509Certificate"
        )
    config = signxml.SignatureConfiguration(
        signature_methods=frozenset(signxml.SignatureMethod),
        digest_algorithms=frozenset(signxml.DigestAlgorithm),
        verification_time=certificate.not_valid_before_utc,
    )
    try:
        signxml.XMLVerifier().verify(root, x509_cert=certificate, expect_config=config)
    except (signxml.InvalidInput, signxml.InvalidSignature, signxml.InvalidDigest) as error:
        return attrs.evolve(
            described,
            status=SignatureStatus.INVALID,
            message="the package is not what was signed: "
            + (str(error).strip(" :") or type(error).__name__),
        )
    return attrs.evolve(
        described,
        status=SignatureStatus.VALID,
        message="the package is what the certificate's key signed",
    )


def _described(signature: etree._Element, now: datetime.datetime) -> Verification:
    """The signature's algorithms and its certificate, not yet checked."""
    methods = {
        etree.QName(e).localname: e.get("Algorithm")
        for e in signature.iter(f"{{{DSIG}}}SignatureMethod", f"{{{DSIG}}}DigestMethod")
    }
    certificate = _certificate(signature)
    described = Verification(
        status=SignatureStatus.UNCHECKED,
        message="not checked",
        signature_method=methods.get("SignatureMethod"),
        digest_method=methods.get("DigestMethod"),
    )
    if certificate is None:
        return described
    return attrs.evolve(
        described,
        subject=certificate.subject.rfc4514_string(),
        issuer=certificate.issuer.rfc4514_string(),
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc,
        expired=certificate.not_valid_after_utc < now,
    )


def _structure_problem(signature: etree._Element) -> str | None:
    """What keeps the signature from being the axis's enveloped one, or None."""
    references = list(signature.iter(f"{{{DSIG}}}Reference"))
    if len(references) != 1 or references[0].get("URI") != "":
        return 'the signature does not cover the whole package (one Reference, URI="")'
    transforms = {t.get("Algorithm") for t in references[0].iter(f"{{{DSIG}}}Transform")}
    if f"{DSIG}enveloped-signature" not in transforms:
        return "the signature is not enveloped (no enveloped-signature transform)"
    return None


def _certificate(signature: etree._Element) -> x509.Certificate | None:
    element = signature.find(f".//{{{DSIG}}}X509Certificate")
    if element is None or not (element.text or "").strip():
        return None
    try:
        from cryptography import x509
    except ImportError:
        return None
    try:
        der = base64.b64decode("".join((element.text or "").split()), validate=True)
        return x509.load_der_x509_certificate(der)
    except (binascii.Error, ValueError):
        return None


def _is_signature(element: etree._Element) -> bool:
    return isinstance(element.tag, str) and etree.QName(element).localname == "Signature"


def _bytes(source: Source, limits: PackageLimits) -> bytes | None:
    """The package's bytes; None for a stream, which cannot be read twice."""
    if isinstance(source, (bytes, bytearray)):
        return bytes(source)
    if isinstance(source, str):
        return source.encode("utf-8")
    if isinstance(source, os.PathLike):
        try:
            with open_regular(source) as file:
                data = file.read(limits.max_bytes + 1)
        except OSError as error:
            raise EdxmlDecodeError(
                [XMLProblem(None, "", f"cannot read {os.fspath(source)!r}: {error.strerror}")]
            ) from None
        if len(data) > limits.max_bytes:
            raise EdxmlDecodeError(
                [
                    XMLProblem(
                        None, "", f"larger than {limits.max_bytes} bytes (PackageLimits.max_bytes)"
                    )
                ]
            )
        return data
    return None


def _whole(data: bytes, limits: PackageLimits) -> etree._Element:
    """The package parsed with its white space: refused first by the hardened parser if it
    is unsafe or malformed."""
    try:
        parse(data, limits.xml)
    except XMLDecodeError as error:
        raise EdxmlDecodeError(error.problems, error.more) from None
    return etree.fromstring(data, _WHOLE)


def _signxml() -> Any:
    try:
        import signxml
    except ImportError:
        raise ImportError(_MISSING) from None
    return signxml
