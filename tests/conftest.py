"""Shared test settings."""

from hypothesis import HealthCheck, settings

# CI machines are shared and slow at times: judge properties, not wall-clock time per example.
settings.register_profile(
    "cm-model", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("cm-model")
