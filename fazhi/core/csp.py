"""Content-Security-Policy: scripts only from the platform itself and inline ones carrying this response's nonce
(`{{ request.csp_nonce }}`); no inline event handlers, no eval, no third-party origin, no framing."""

from __future__ import annotations

import secrets

EXEMPT = ("/api/docs/",)  # drf-spectacular's Swagger page builds itself from inline script


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.csp_nonce = secrets.token_urlsafe(16)
        response = self.get_response(request)
        if not request.path.startswith(EXEMPT) and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = (
                "default-src 'self'; "
                f"script-src 'self' 'nonce-{request.csp_nonce}'; "
                "style-src 'self' 'unsafe-inline'; "  # ECharts and htmx set element styles
                "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
                "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
            )
        return response
