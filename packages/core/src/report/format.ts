export function fmt(v: number | null | undefined, digits = 4): string {
  if (v === null || v === undefined || Number.isNaN(v)) return "–";
  if (!Number.isFinite(v)) return v > 0 ? "∞" : "−∞";
  if (Math.abs(v) >= 1000) return v.toFixed(0);
  const rounded = Number(v.toFixed(digits));
  // A non-zero number never reads as 0: 1.9e-33, not 0.
  return rounded === 0 && v !== 0 ? Number(v.toPrecision(2)).toString() : rounded.toString();
}

/** A p-value: 4 decimals, two significant digits below 0.001 (0.00012, 1.9e-33); 0 only when it is 0. */
export function fmtP(p: number | null | undefined): string {
  if (p === null || p === undefined || Number.isNaN(p)) return "–";
  return p !== 0 && Math.abs(p) < 0.001 ? Number(p.toPrecision(2)).toString() : fmt(p);
}

export function fmtInterval(i: [number, number] | undefined): string {
  if (!i || Number.isNaN(i[0])) return "–";
  return `[${fmt(i[0])}, ${fmt(i[1])}]`;
}

export function signed(v: number | null | undefined): string {
  if (v === null || v === undefined || Number.isNaN(v)) return "–";
  return `${v >= 0 ? "+" : "−"}${fmt(Math.abs(v))}`;
}
