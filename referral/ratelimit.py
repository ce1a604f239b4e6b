"""A fixed-window rate limit per sender, kept in Django's cache (shared through Redis
when several app servers run). The address is stored only as a salted hash and only for
the window: nothing ties a sender to a page beyond that hour."""

import hashlib

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The sender's address. Behind the proxy (ops/nginx.conf appends the address it
    saw to X-Forwarded-For) the right-most entry is the one the proxy vouches for."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded:
        return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


class RateLimit:
    def __init__(self, scope, limit, window_seconds):
        self.scope = scope
        self.limit = limit
        self.window = window_seconds

    def key(self, request):
        digest = hashlib.sha256(
            f"{settings.SECRET_KEY}:{self.scope}:{client_address(request)}".encode()
        ).hexdigest()[:32]
        return f"ratelimit:{self.scope}:{digest}"

    def allow(self, request):
        """Counts this attempt; False once the sender has used up the window's limit."""
        key = self.key(request)
        if cache.add(key, 1, self.window):
            return True
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, self.window)
            return True
        return count <= self.limit
