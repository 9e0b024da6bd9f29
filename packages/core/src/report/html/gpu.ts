import { gpuCostText, type GpuCost } from "../gpu-cost.js";
import { esc } from "./page.js";

export function gpuCostHtml(g: GpuCost): string {
  return `<span data-gpu-hours="${g.gpuHours}">GPU: ${esc(gpuCostText(g))}</span>`;
}
