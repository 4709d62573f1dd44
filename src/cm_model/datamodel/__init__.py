"""Generated artifacts: `cm_model.py` (Pydantic v2) and `cm_model.schema.json`. Do not edit."""
