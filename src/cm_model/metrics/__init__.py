"""Service-use analytics: executable triggers and outcome measures (`cm-model triggers`,
`cm-model metrics`). The pure measure functions live in :mod:`cm_model.metrics.measures`."""
