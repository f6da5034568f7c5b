"""TLS certificate verification is always on for partner calls and cannot be configured off; a private CA
bundle is the only knob. Proved against a real HTTPS server on 127.0.0.1 with a self-signed certificate."""

from __future__ import annotations

import datetime as dt
import http.server
import ipaddress
import ssl
import threading

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from linkdesk.config import Config, ConfigError, load_config
from linkdesk.partners import Gateway, PartnerError, PartnerSettings
from linkdesk.services.core import partner_settings


def self_signed(folder) -> tuple[str, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "LinkDesk test gateway")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "gateway.pem", folder / "gateway.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_path), str(key_path)


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's name
        self.server.hits += 1
        body = b'{"error": {"code": "not_found", "message": "test server"}}'
        self.send_response(404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # quiet
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    hits = 0

    def handle_error(self, request, client_address):  # a refused handshake is expected here
        pass


@pytest.fixture
def https_gateway(tmp_path):
    """An HTTPS server on 127.0.0.1 whose certificate no public CA signed; yields (url, cert path)."""
    cert, key = self_signed(tmp_path)
    httpd = _Server(("127.0.0.1", 0), _Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield httpd, f"https://127.0.0.1:{httpd.server_address[1]}", cert
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(10)


def call_status(settings: PartnerSettings) -> PartnerError:
    with Gateway(settings) as gateway, pytest.raises(PartnerError) as e:
        gateway.status()
    return e.value


def test_an_unknown_certificate_is_refused(https_gateway, monkeypatch):
    httpd, url, _cert = https_gateway
    monkeypatch.setenv("CURL_CA_BUNDLE", "")  # an old trick that once switched requests' checks off
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    error = call_status(PartnerSettings(base_url=url, api_key="k", retries=0))
    assert error.code == "connection_failed" and httpd.hits == 0


def test_the_centre_ca_bundle_is_the_only_way_in(https_gateway):
    httpd, url, cert = https_gateway
    cfg = Config()
    cfg.partners.base_url, cfg.partners.ca_bundle, cfg.partners.retries = url, cert, 0
    settings = partner_settings(cfg, api_key="k")
    assert settings.verify == cert
    error = call_status(settings)
    assert error.code != "connection_failed" and httpd.hits == 1  # the handshake passed, the server answered


def test_verification_cannot_be_switched_off_in_code_or_configuration(tmp_path):
    with pytest.raises(TypeError):
        PartnerSettings(base_url="https://gw.example", verify=False)  # type: ignore[call-arg]
    for empty in ("", None):
        assert PartnerSettings(base_url="https://gw.example", ca_bundle=empty).verify is True
    for text in ("verify = false", "verify_tls = false", "ca_bundle = false", "insecure = true"):
        path = tmp_path / "c.toml"
        path.write_text(f'[partners]\nbase_url = "https://gw.example"\n{text}\n', encoding="utf-8")
        with pytest.raises(ConfigError):
            load_config(path)
