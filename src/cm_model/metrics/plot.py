"""The before/after plot: one panel per measure, box plots of the client values.

matplotlib with the Agg backend (no display), a fixed size, font and DPI, and PNG metadata
without a timestamp, so the same data always gives the same bytes.
"""

from __future__ import annotations

import io

import numpy as np

from cm_model.metrics.outcomes import Outcomes
from cm_model.metrics.summary import measures_for, values_of

# The measures the seeds follow, in this order, when present in the data.
PLOTTED = ("coc", "upc", "secon", "count:EMERGENCY_VISIT", "count:INPATIENT_EPISODE",
           "inpatient_days", "count:PRIMARY_CARE_VISIT", "count:PHONE_CONTACT",
           "whoqol:physical", "whoqol:psychological", "whoqol:social", "whoqol:environment")
LABELS = {"coc": "COC", "upc": "UPC", "secon": "SECON",
          "count:EMERGENCY_VISIT": "Emergency visits", "count:INPATIENT_EPISODE":
          "Inpatient episodes", "inpatient_days": "Inpatient days",
          "count:PRIMARY_CARE_VISIT": "Primary-care visits", "count:PHONE_CONTACT":
          "Phone contacts", "whoqol:physical": "WHOQOL physical", "whoqol:psychological":
          "WHOQOL psychological", "whoqol:social": "WHOQOL social",
          "whoqol:environment": "WHOQOL environment"}
LABELS_FI = {"coc": "COC", "upc": "UPC", "secon": "SECON",
             "count:EMERGENCY_VISIT": "Päivystyskäynnit", "count:INPATIENT_EPISODE":
             "Vuodeosastojaksot", "inpatient_days": "Hoitopäivät",
             "count:PRIMARY_CARE_VISIT": "Terveysaseman käynnit", "count:PHONE_CONTACT":
             "Puhelinkontaktit", "whoqol:physical": "WHOQOL fyysinen",
             "whoqol:psychological": "WHOQOL psyykkinen", "whoqol:social": "WHOQOL sosiaalinen",
             "whoqol:environment": "WHOQOL ympäristö"}
WORDS = {"en": ("before", "after", "Before and after the shared plan ({months}-month windows, "
                "provider: {provider}); box = quartiles, ◆ = mean"),
         "fi": ("ennen", "jälkeen", "Ennen yhteistä asiakassuunnitelmaa ja sen jälkeen "
                "({months} kk:n jaksot, {provider}); laatikko = kvartiilit, ◆ = keskiarvo")}
PROVIDER_FI = {"professional": "ammattilainen", "unit": "yksikkö"}


def plot_png(outcomes: Outcomes, language: str = "en") -> bytes:
    """Box plots before/after for the measures with values on both sides; labels en or fi."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    available = {m.key: m for m in measures_for(outcomes)}
    labels = LABELS_FI if language == "fi" else LABELS
    before_word, after_word, heading = WORDS["fi" if language == "fi" else "en"]
    provider = PROVIDER_FI[outcomes.provider] if language == "fi" else outcomes.provider
    series = {}
    for key in PLOTTED:
        if key in available:
            values = values_of(outcomes, available[key])
            before = values[:, 0][~np.isnan(values[:, 0])].tolist()
            after = values[:, 1][~np.isnan(values[:, 1])].tolist()
            if before and after:
                series[key] = (before, after)
    chosen = [available[k] for k in series]
    columns = 4 if len(chosen) > 6 else 3
    rows = max(1, -(-len(chosen) // columns))
    with matplotlib.rc_context({"font.family": "DejaVu Sans", "font.size": 9,
                                "svg.hashsalt": "cm-model", "axes.titlesize": 10}):
        figure, axes = plt.subplots(rows, columns, figsize=(3.2 * columns, 2.9 * rows),
                                    dpi=100, squeeze=False)
        for ax in axes.flat[len(chosen):]:
            ax.axis("off")
        for ax, measure in zip(axes.flat, chosen, strict=False):
            before, after = series[measure.key]
            parts = ax.boxplot([before, after], showfliers=False, widths=0.55,
                               patch_artist=True)
            ax.set_xticks([1, 2], [f"{before_word}\nn={len(before)}",
                                   f"{after_word}\nn={len(after)}"])
            for patch, colour in zip(parts["boxes"], ("#9ecae1", "#fdae6b"), strict=True):
                patch.set_facecolor(colour)
            for index, values in enumerate((before, after), start=1):
                ax.plot([index], [sum(values) / len(values)], marker="D", color="black",
                        markersize=4)
            ax.set_title(labels.get(measure.key, measure.label))
            if measure.kind == "index":
                ax.set_ylim(-0.02, 1.02)
            ax.grid(axis="y", alpha=0.3)
        figure.suptitle(heading.format(months=outcomes.months, provider=provider), fontsize=10)
        figure.tight_layout(rect=(0, 0, 1, 0.96))
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", metadata={"Software": None})
        plt.close(figure)
    return buffer.getvalue()
