type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/**
 * The exports of several modules as one object. A step imports its heavy modules together once its
 * inputs hold, so that an action missing an input fails before loading them (bench/startup.ts).
 */
export function mergeModules<M extends readonly object[]>(modules: M): Intersection<M[number]> {
  return Object.assign({}, ...modules);
}
