"""The certificates area: 자원봉사 실적 확인서 발급, 발급대장 (reissue, void), 진위확인, print and PDF."""

from linkdesk.gui.certificates.area import CertificatesArea, build_area

__all__ = ["CertificatesArea", "build_area"]
