"""The handbook site: generated schema reference, downloads and the browser validator's assets.

`reference.build` is a `cm-model generate` builder (pages under docs/fi and docs/en, and
docs/assets/validator/rules.json); `node web/build.mjs` bundles the browser assets from npm
packages and js/ (the validator's engine and rule port); `mkdocs build --strict` builds the site.
"""
