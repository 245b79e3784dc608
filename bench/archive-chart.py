#!/usr/bin/env python3
"""Draws the archive benchmark's chart (docs/benchmarks.md) as an SVG from the --results files of
bench/archive.sh: against archive size, messages per second of the upload and of the read-back, and
the server's CPU time per message (upload and read-back together), which a busy machine disturbs
less than wall time. One line per series. No libraries beyond Python's own.

Usage: bench/archive-chart.py OUT.svg LABEL=RESULTS.tsv [LABEL=RESULTS.tsv ...]
e.g.   bench/archive-chart.py docs/img/archive-rates.svg 'internal=bench/results/archive-internal.tsv' \
           'SQL=bench/results/archive-sql.tsv'
Several runs of one size in a file are drawn as their median, with a bar from the lowest to the highest.
"""
import csv
import math
import statistics
import sys
from xml.sax.saxutils import escape

COLOURS = ["#1f6fb2", "#d9541e", "#2a9d46", "#8a4fbf", "#777777"]
WIDTH, HEIGHT = 1080, 380
PANEL_W, PANEL_H = 270, 250
LEFT, TOP = 80, 60


def read_series(path):
    """{messages: [(upload/s, read-back/s, server ms per message), ...]} from one results file."""
    runs = {}
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            messages = int(row["messages"])
            server = float(row["upload_server_cpu_s"]) + float(row["readback_server_cpu_s"])
            runs.setdefault(messages, []).append(
                (float(row["upload_per_s"]), float(row["readback_per_s"]), server * 1000 / messages))
    return runs


def nice_max(value):
    """The next round number above value, for the y axis."""
    if value <= 0:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power


def panel(out, x0, title, series, column, sizes, y_max, y_label):
    lo, hi = math.log10(min(sizes)), math.log10(max(sizes))
    span = max(hi - lo, 1e-9)

    def px(messages):
        return x0 + (math.log10(messages) - lo) / span * PANEL_W

    def py(rate):
        return TOP + PANEL_H - rate / y_max * PANEL_H

    out.append(f'<text x="{x0 + PANEL_W / 2}" y="{TOP - 20}" text-anchor="middle" font-weight="bold">'
               f'{escape(title)}</text>')
    out.append(f'<rect x="{x0}" y="{TOP}" width="{PANEL_W}" height="{PANEL_H}" fill="none" stroke="#999"/>')
    for i in range(6):
        rate = y_max * i / 5
        y = py(rate)
        out.append(f'<line x1="{x0}" y1="{y}" x2="{x0 + PANEL_W}" y2="{y}" stroke="#e5e5e5"/>')
        out.append(f'<text x="{x0 - 6}" y="{y + 4}" text-anchor="end">{rate:,.{0 if y_max >= 10 else 2}f}</text>')
    for messages in sizes:
        x = px(messages)
        out.append(f'<line x1="{x}" y1="{TOP + PANEL_H}" x2="{x}" y2="{TOP + PANEL_H + 5}" stroke="#999"/>')
        label = f"{messages // 1000}k" if messages >= 1000 else str(messages)
        out.append(f'<text x="{x}" y="{TOP + PANEL_H + 20}" text-anchor="middle">{label}</text>')
    out.append(f'<text x="{x0 + PANEL_W / 2}" y="{TOP + PANEL_H + 42}" text-anchor="middle">'
               'messages in the archive (log scale)</text>')
    middle = TOP + PANEL_H / 2
    out.append(f'<text x="{x0 - 55}" y="{middle}" transform="rotate(-90 {x0 - 55} {middle})" '
               f'text-anchor="middle">{escape(y_label)}</text>')
    for index, (label, runs) in enumerate(series):
        colour = COLOURS[index % len(COLOURS)]
        points = []
        for messages in sorted(runs):
            rates = [run[column] for run in runs[messages]]
            median = statistics.median(rates)
            x = px(messages)
            points.append(f"{x:.1f},{py(median):.1f}")
            if len(rates) > 1:
                out.append(f'<line x1="{x}" y1="{py(min(rates))}" x2="{x}" y2="{py(max(rates))}" '
                           f'stroke="{colour}" stroke-width="2"/>')
            out.append(f'<circle cx="{x}" cy="{py(median)}" r="3.5" fill="{colour}"/>')
        out.append(f'<polyline points="{" ".join(points)}" fill="none" stroke="{colour}" stroke-width="2"/>')


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    target = argv[1]
    series = []
    for argument in argv[2:]:
        label, _, path = argument.partition("=")
        series.append((label, read_series(path)))
    sizes = sorted({messages for _, runs in series for messages in runs})

    def peak(column):
        return nice_max(max(run[column] for _, runs in series for rs in runs.values() for run in rs))

    rates = max(peak(0), peak(1))
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
           f'font-family="sans-serif" font-size="12" role="img" aria-labelledby="title">',
           '<title id="title">Archive import into Prosody 0.12 against archive size: upload and read-back '
           'messages per second, and server CPU time per message</title>',
           f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>']
    panel(out, LEFT, "Upload", series, 0, sizes, rates, "messages per second")
    panel(out, LEFT + PANEL_W + 80, "Read-back (confirmation)", series, 1, sizes, rates, "messages per second")
    panel(out, LEFT + 2 * (PANEL_W + 80), "Server CPU, upload + read-back", series, 2, sizes, peak(2),
          "ms per message")
    legend_x = LEFT
    for index, (label, _) in enumerate(series):
        colour = COLOURS[index % len(COLOURS)]
        out.append(f'<rect x="{legend_x}" y="{HEIGHT - 22}" width="14" height="4" fill="{colour}"/>')
        out.append(f'<text x="{legend_x + 20}" y="{HEIGHT - 16}">{escape(label)}</text>')
        legend_x += 40 + 7 * len(label)
    out.append("</svg>")
    with open(target, "w", encoding="utf-8") as handle:
        handle.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv)
