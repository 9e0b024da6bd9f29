/**
 * Every chart of the HTML reports and the dashboard: a Vega-Lite spec compiled and rendered to SVG
 * in Node when the page is built (vega's headless 'none' renderer needs no canvas), so a page
 * shows its charts without running any script and without a network request.
 *
 * Untrusted text (column names, group values, model IDs) only ever travels as data values or
 * titles, never as a field name: Vega reads dots and brackets in field names as paths.
 */
import type { TopLevelSpec } from "vega-lite";

export interface Chart {
  /** Stable id, used as the figure's data-chart attribute and by the browser tests. */
  id: string;
  title: string;
  /** The data points drawn, one object per mark the tests can count. */
  points: Record<string, unknown>[];
  svg: string;
}

type Vega = typeof import("vega");
type VegaLite = typeof import("vega-lite");
let libs: Promise<[Vega, VegaLite]> | undefined;
// Loaded on first use: vega is an ES module with top-level await, and most steps draw nothing.
const load = () => (libs ??= Promise.all([import("vega"), import("vega-lite")]));

const CONFIG = {
  font: "system-ui, -apple-system, 'Segoe UI', sans-serif",
  view: { stroke: "#ddd" },
  axis: { labelColor: "#333", titleColor: "#333", gridColor: "#eee" },
  legend: { orient: "bottom" as const },
  range: { category: ["#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df", "#bf3989", "#0a7d83", "#57606a"] },
};

export async function renderSpec(spec: TopLevelSpec): Promise<string> {
  const [vega, vl] = await load();
  const compiled = vl.compile({ ...spec, config: { ...CONFIG, ...(spec.config ?? {}) } } as TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

async function chart(
  id: string,
  title: string,
  points: Record<string, unknown>[],
  spec: Omit<TopLevelSpec, "data">,
): Promise<Chart> {
  const svg = await renderSpec({
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: 360,
    height: 240,
    ...spec,
    data: { values: points.map((p) => ({ ...p })) },
  } as TopLevelSpec);
  return { id, title, points, svg };
}

const num = (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v) ? null : Number(v.toPrecision(6));

export interface XY {
  series: string;
  x: number;
  y: number;
}

/** Lines with a point on every (downsampled) datum; `diagonal` adds the y = x reference. */
export function lineChart(
  id: string,
  title: string,
  points: XY[],
  o: {
    x: string;
    y: string;
    diagonal?: boolean;
    domain?: [number, number];
    xTime?: boolean;
    xInteger?: boolean;
    /** A small multiple: 220 × 140, one series, no legend. */
    small?: boolean;
  },
): Promise<Chart> {
  // A time is kept whole: 6 significant digits of epoch milliseconds are ~3 hours (drift checks 90 s apart fell on one x).
  const pts = points.map((p) => ({ series: p.series, x: o.xTime ? p.x : num(p.x), y: num(p.y) }));
  const scale = o.domain ? { domain: o.domain } : { zero: false };
  const layers: object[] = [
    {
      mark: { type: "line", point: { filled: true, size: 18 }, interpolate: "linear" },
      encoding: {
        x: {
          field: "x",
          type: o.xTime ? "temporal" : "quantitative",
          title: o.x,
          scale: o.xTime ? { padding: 10 } : o.xInteger ? { zero: false } : scale,
          ...(o.xInteger ? { axis: { tickMinStep: 1, format: "d" } } : {}),
          // Times to the second (checks minutes apart read ":40" and ".500" with the default formats).
          ...(o.xTime ? { axis: { format: "%b %d %H:%M:%S", tickCount: 4, labelOverlap: true, labelAngle: 0 } } : {}),
        },
        y: { field: "y", type: "quantitative", title: o.y, scale },
        color: { field: "series", type: "nominal", title: null, ...(o.small ? { legend: null } : {}) },
        tooltip: [{ field: "series" }, { field: "x", title: o.x }, { field: "y", title: o.y }],
      },
    },
  ];
  if (o.diagonal)
    layers.unshift({
      data: { values: [{ d: 0 }, { d: 1 }] },
      mark: { type: "line", strokeDash: [4, 4], color: "#999", aria: false },
      encoding: { x: { field: "d", type: "quantitative" }, y: { field: "d", type: "quantitative" } },
    });
  return chart(id, title, pts, {
    ...(o.small ? { width: 220, height: 140 } : {}),
    layer: layers,
  } as Omit<TopLevelSpec, "data">);
}

export interface Bar {
  label: string;
  value: number;
  series?: string;
  lo?: number | null;
  hi?: number | null;
  /** A per-bar reference (a threshold), drawn as a tick across the bar. */
  ref?: number | null;
}

/** Bars (grouped by series when there are several), with an error bar where an interval is known. */
export function barChart(
  id: string,
  title: string,
  bars: Bar[],
  o: {
    x: string;
    y: string;
    threshold?: number | null;
    seriesOrder?: string[];
    /** The y domain when every bar, interval and threshold is 0 (else one tick, '0.000000', on a flat axis). */
    flatDomain?: [number, number];
  },
): Promise<Chart> {
  const pts = bars.map((b) => ({
    label: b.label,
    value: num(b.value) ?? 0,
    series: b.series ?? o.y,
    lo: num(b.lo),
    hi: num(b.hi),
    ref: num(b.ref),
  }));
  const grouped = new Set(pts.map((p) => p.series)).size > 1;
  const flat =
    o.flatDomain &&
    [...pts.flatMap((p) => [p.value, p.lo, p.hi, p.ref]), o.threshold].every(
      (v) => v === null || v === undefined || v === 0,
    );
  // Series side by side and in the legend in the order given (else Vega-Lite's alphabetical one).
  const offset = { field: "series", ...(o.seriesOrder ? { sort: o.seriesOrder } : {}) };
  const colorScale = o.seriesOrder ? { scale: { domain: o.seriesOrder } } : {};
  const x = { field: "label", type: "nominal", title: o.x, sort: null, axis: { labelAngle: -30, labelLimit: 120 } };
  const layers: object[] = [
    {
      mark: { type: "bar", opacity: 0.85 },
      encoding: {
        x,
        y: { field: "value", type: "quantitative", title: o.y, ...(flat ? { scale: { domain: o.flatDomain } } : {}) },
        color: { field: "series", type: "nominal", title: null, legend: grouped ? {} : null, ...colorScale },
        ...(grouped ? { xOffset: offset } : {}),
        tooltip: [{ field: "label", title: o.x }, { field: "series" }, { field: "value", title: o.y }],
      },
    },
  ];
  if (pts.some((p) => p.lo !== null)) {
    layers.push({
      transform: [{ filter: "datum.lo != null" }],
      mark: { type: "rule", color: "#333" },
      encoding: {
        x,
        ...(grouped ? { xOffset: offset } : {}),
        y: { field: "lo", type: "quantitative" },
        y2: { field: "hi" },
      },
    });
  }
  if (pts.some((p) => p.ref !== null)) {
    layers.push({
      transform: [{ filter: "datum.ref != null" }],
      mark: { type: "tick", color: "#d1242f", thickness: 2 },
      encoding: {
        x,
        y: { field: "ref", type: "quantitative" },
        tooltip: [
          { field: "label", title: o.x },
          { field: "ref", title: "threshold" },
        ],
      },
    });
  }
  if (o.threshold !== undefined && o.threshold !== null)
    layers.push({
      data: { values: [{ t: o.threshold }] },
      mark: { type: "rule", color: "#d1242f", strokeDash: [6, 3], aria: false },
      encoding: { y: { field: "t", type: "quantitative" } },
    });
  return chart(id, title, pts, { layer: layers } as Omit<TopLevelSpec, "data">);
}

/** A 2-D table of counts, coloured by count and labelled with it. */
export function heatmap(
  id: string,
  title: string,
  cells: { row: string; col: string; count: number }[],
  o: { row: string; col: string },
): Promise<Chart> {
  const enc = {
    x: { field: "col", type: "nominal", title: o.col, sort: null },
    y: { field: "row", type: "nominal", title: o.row, sort: null },
  };
  return chart(id, title, cells, {
    width: 220,
    height: 220,
    layer: [
      {
        mark: "rect",
        encoding: {
          ...enc,
          color: { field: "count", type: "quantitative", scale: { scheme: "blues" }, legend: null },
          tooltip: [{ field: "row" }, { field: "col" }, { field: "count" }],
        },
      },
      {
        mark: { type: "text", fontSize: 16, aria: false },
        encoding: { ...enc, text: { field: "count", type: "quantitative" } },
      },
    ],
  } as Omit<TopLevelSpec, "data">);
}

/** Reference and current shares per bin or category, overlaid. */
export function distributionChart(
  id: string,
  title: string,
  labels: string[],
  reference: number[],
  current: number[],
): Promise<Chart> {
  const bars: Bar[] = [
    ...labels.map((l, i) => ({ label: l, value: reference[i], series: "reference" })),
    ...labels.map((l, i) => ({ label: l, value: current[i], series: "current" })),
  ];
  return barChart(id, title, bars, { x: "", y: "share", seriesOrder: ["reference", "current"] });
}

/**
 * Each event kind's colour and shape, fixed (the same on every page and every site, whichever kinds
 * occur), failures in red hues.
 @internal */
export const EVENT_STYLE: Record<string, { color: string; shape: string }> = {
  deploy: { color: "#1a7f37", shape: "circle" },
  "deploy (failed)": { color: "#d1242f", shape: "cross" },
  rollback: { color: "#1f6feb", shape: "diamond" },
  "rollback (failed)": { color: "#bf3989", shape: "cross" },
  "auto-rollback (failed)": { color: "#9a6700", shape: "triangle-down" },
  "auto-rollback": { color: "#9a6700", shape: "triangle-down" },
  quarantine: { color: "#8250df", shape: "square" },
  "quarantine (failed)": { color: "#8250df", shape: "square" },
  release: { color: "#57606a", shape: "triangle-up" },
  "release (failed)": { color: "#57606a", shape: "triangle-up" },
};

/**
 * Events on a time axis, one row per lane (an environment), coloured and shaped by kind (EVENT_STYLE).
 * Kinds sit at their own height within a lane, so a quarantine at the moment of an automatic
 * rollback is not hidden under it; the time scale is padded so the first and last markers are whole.
 */
export function timelineChart(
  id: string,
  title: string,
  events: { at: string; lane: string; kind: string; label: string }[],
): Promise<Chart> {
  const kinds = Object.keys(EVENT_STYLE).filter((k) => events.some((e) => e.kind === k));
  for (const e of events) if (!kinds.includes(e.kind)) kinds.push(e.kind);
  return chart(id, title, events, {
    width: 520,
    height: { step: 16 * Math.max(2, kinds.length) },
    mark: { type: "point", filled: true, size: 90, opacity: 0.9 },
    encoding: {
      x: { field: "at", type: "temporal", title: null, scale: { padding: 14 } },
      y: { field: "lane", type: "nominal", title: null },
      yOffset: { field: "kind", type: "nominal", scale: { domain: kinds } },
      color: {
        field: "kind",
        type: "nominal",
        title: null,
        scale: { domain: kinds, range: kinds.map((k) => EVENT_STYLE[k]?.color ?? "#57606a") },
        legend: { labelLimit: 0, columns: 3, symbolLimit: 0 },
      },
      shape: {
        field: "kind",
        type: "nominal",
        title: null,
        scale: { domain: kinds, range: kinds.map((k) => EVENT_STYLE[k]?.shape ?? "circle") },
      },
      tooltip: [
        { field: "at", type: "temporal", timeUnit: "yearmonthdatehoursminutesseconds" },
        { field: "lane" },
        { field: "kind" },
        { field: "label" },
      ],
    },
  } as Omit<TopLevelSpec, "data">);
}

/** Points (no lines), with an optional reference line y = x (`diagonal`) or y = 0 (`zeroLine`) across the data's range. */
export function scatterChart(
  id: string,
  title: string,
  points: { x: number; y: number }[],
  o: { x: string; y: string; diagonal?: boolean; zeroLine?: boolean },
): Promise<Chart> {
  const pts = points.map((p) => ({ x: num(p.x), y: num(p.y) }));
  const xs = pts.map((p) => p.x ?? 0);
  const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
  const layers: object[] = [
    {
      mark: { type: "point", filled: true, size: 14, opacity: 0.6 },
      encoding: {
        x: { field: "x", type: "quantitative", title: o.x, scale: { zero: false } },
        y: { field: "y", type: "quantitative", title: o.y, scale: { zero: false } },
        tooltip: [
          { field: "x", title: o.x },
          { field: "y", title: o.y },
        ],
      },
    },
  ];
  if (o.diagonal || o.zeroLine)
    layers.unshift({
      data: {
        values: [
          { a: lo, b: o.diagonal ? lo : 0 },
          { a: hi, b: o.diagonal ? hi : 0 },
        ],
      },
      mark: { type: "line", strokeDash: [4, 4], color: "#999", aria: false },
      encoding: { x: { field: "a", type: "quantitative" }, y: { field: "b", type: "quantitative" } },
    });
  return chart(id, title, pts, { layer: layers } as Omit<TopLevelSpec, "data">);
}

/** Counts in contiguous bins on a log x axis (the load test's latency): one bar per bin, labels a log scale's ticks, never one per bin. */
export function histogramChart(
  id: string,
  title: string,
  bins: { fromMs: number; toMs: number; count: number }[],
  o: { x: string; y: string },
): Promise<Chart> {
  const pts = bins.map((b) => ({ from: num(b.fromMs), to: num(b.toMs), count: b.count }));
  // Ticks at 1, 2, 5 × 10^k inside the bins' range: a handful of short labels, none overlapping.
  const lo = Math.min(...bins.map((b) => b.fromMs));
  const hi = Math.max(...bins.map((b) => b.toMs));
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++)
    for (const m of [1, 2, 5]) {
      const t = Number((m * 10 ** e).toPrecision(1));
      if (t >= lo && t <= hi) ticks.push(t);
    }
  if (ticks.length < 2) ticks.splice(0, ticks.length, Number(lo.toPrecision(3)), Number(hi.toPrecision(3)));
  return chart(id, title, pts, {
    mark: { type: "rect", opacity: 0.85, stroke: "#fff", strokeWidth: 0.5 },
    encoding: {
      x: {
        field: "from",
        type: "quantitative",
        title: o.x,
        scale: { type: "log", domain: [lo, hi], nice: false },
        axis: { values: ticks, format: "~g", labelOverlap: true },
      },
      x2: { field: "to" },
      y: { field: "count", type: "quantitative", title: o.y },
      tooltip: [
        { field: "from", title: "from (ms)" },
        { field: "to", title: "to (ms)" },
        { field: "count", title: o.y },
      ],
    },
  } as Omit<TopLevelSpec, "data">);
}

/** One check's value of a metric: realised from the labels, or estimated (CBPE) from the scores. */
export interface QualityPoint {
  kind: "realised" | "estimated";
  /** When the check ran (epoch milliseconds). */
  x: number;
  y: number;
  /** Its 95% interval, when known. */
  lo: number | null;
  hi: number | null;
  /** The version served (name@vN). */
  version: string;
  degraded: boolean;
  /** Points of one line: the same kind, version and unbroken run of checks. */
  segment: string;
}

const QUALITY_STYLE = {
  realised: { color: "#1f6feb", shape: "circle" },
  estimated: { color: "#9a6700", shape: "diamond" },
} as const;

/**
 * Production quality of one metric over time (the dashboard's per-metric small multiple): realised
 * and estimated values told apart by colour and shape (with a legend), each with its interval as a
 * vertical bar; the value each version had at registration as a dashed rule over the time it served;
 * a dotted vertical line where the served version changes, labelled with the new version. Lines join
 * a kind's checks only within one version and never across a check without a value (a gap), so no
 * line claims what was not measured. Both scales are padded so no marker or interval is clipped.
 */
export function qualityChart(
  id: string,
  title: string,
  points: QualityPoint[],
  registered: { version: string; from: number; to: number; y: number }[],
  changes: { x: number; version: string }[],
  o: { y: string },
): Promise<Chart> {
  const kinds = (["realised", "estimated"] as const).filter((k) => points.some((p) => p.kind === k));
  const pts = points.map((p) => ({
    kind: p.kind,
    x: p.x,
    y: num(p.y),
    lo: num(p.lo),
    hi: num(p.hi),
    version: p.version,
    check: p.degraded ? "degraded" : "healthy",
    segment: p.segment,
  }));
  const color = {
    field: "kind",
    type: "nominal",
    title: null,
    scale: { domain: kinds, range: kinds.map((k) => QUALITY_STYLE[k].color) },
  };
  const x = {
    field: "x",
    type: "temporal",
    title: "checked at",
    scale: { padding: 14 },
    axis: { format: "%b %d %H:%M", tickCount: 3, labelOverlap: true, labelAngle: 0 },
  };
  const y = { type: "quantitative", title: o.y, scale: { zero: false, padding: 10 } };
  const layers: object[] = [
    {
      data: { values: registered.map((r) => ({ ...r, y: num(r.y) })) },
      mark: { type: "rule", color: "#57606a", strokeDash: [6, 3], strokeWidth: 1.5 },
      encoding: {
        x: { ...x, field: "from" },
        x2: { field: "to" },
        y: { ...y, field: "y" },
        tooltip: [{ field: "version" }, { field: "y", title: "registered" }],
      },
    },
    {
      data: { values: changes },
      mark: { type: "rule", color: "#8250df", strokeDash: [2, 2], aria: false },
      encoding: { x: { ...x, field: "x" } },
    },
    {
      data: { values: changes },
      mark: { type: "text", color: "#8250df", align: "left", baseline: "top", dx: 3, y: 2, fontSize: 10, aria: false },
      encoding: { x: { ...x, field: "x" }, text: { field: "version" } },
    },
    {
      transform: [{ filter: "datum.lo !== null && datum.hi !== null" }],
      mark: { type: "rule", strokeWidth: 1.5, opacity: 0.6, aria: false },
      encoding: { x, y: { ...y, field: "lo" }, y2: { field: "hi" }, color },
    },
    {
      mark: { type: "line", strokeWidth: 1.5, aria: false },
      encoding: {
        x,
        y: { ...y, field: "y" },
        detail: { field: "segment" },
        color,
        strokeDash: {
          field: "kind",
          type: "nominal",
          scale: {
            domain: ["realised", "estimated"],
            range: [
              [1, 0],
              [4, 2],
            ],
          },
          sort: ["realised", "estimated"],
        },
      },
    },
    {
      mark: { type: "point", filled: true, opacity: 1 },
      encoding: {
        // A realised circle larger than an estimated diamond: where the two agree both stay visible.
        size: { condition: { test: "datum.kind === 'realised'", value: 90 }, value: 40 },
        x,
        y: { ...y, field: "y" },
        color: { ...color, legend: { labelLimit: 0, symbolLimit: 0 } },
        shape: {
          field: "kind",
          type: "nominal",
          title: null,
          scale: { domain: kinds, range: kinds.map((k) => QUALITY_STYLE[k].shape) },
        },
        tooltip: [
          { field: "kind" },
          { field: "version" },
          { field: "x", type: "temporal", title: "checked at", timeUnit: "yearmonthdatehoursminutesseconds" },
          { field: "y", title: o.y },
          { field: "lo", title: "low" },
          { field: "hi", title: "high" },
          { field: "check" },
        ],
      },
    },
  ];
  return chart(id, title, pts, { width: 300, height: 170, layer: layers } as Omit<TopLevelSpec, "data">);
}
