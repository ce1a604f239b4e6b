# RAVOT-EUR application image: gunicorn serving Django/Wagtail, static files collected
# at build time and served by WhiteNoise. Media live on a shared volume or S3.

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential libpq-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN python -m venv /venv \
 && /venv/bin/pip install -c requirements.lock '.[s3]' \
 && /venv/bin/pip uninstall -y ravot-eur

FROM python:3.11-slim-bookworm
ENV PYTHONUNBUFFERED=1 \
    PATH=/venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=ravot.settings.production \
    VAR_DIR=/var/lib/ravot \
    MEDIA_ROOT=/var/lib/ravot/media \
    STATIC_ROOT=/app/static-collected \
    PORT=8000
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq5 \
    libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app ravot \
 && mkdir -p /var/lib/ravot/media && chown -R ravot /var/lib/ravot
WORKDIR /app
COPY --from=build /venv /venv
COPY --chown=ravot . /app
RUN pip install --no-deps -e . \
 && python ops/compile_messages.py \
 && SECRET_KEY=collectstatic-only-not-a-secret-0123456789abcdefghijklmnopqrstuvwxyz \
    ALLOWED_HOSTS=build python manage.py collectstatic --no-input -v 0
USER ravot
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ['PORT'], timeout=4)"
CMD ["sh", "-c", "gunicorn ravot.wsgi:application --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-3} --access-logfile - --forwarded-allow-ips='*'"]
