// graphology's plugins are CommonJS with `export default` typings: under NodeNext TypeScript
// sees the default import as `{ default: T }`, while Node and Vite hand over T itself.
export function cjsDefault<T>(mod: T): T extends { default: infer D } ? D : T {
  const m = mod as { default?: unknown } | null;
  return (m !== null && (typeof m === 'object' || typeof m === 'function') && 'default' in m && m.default !== undefined ? m.default : mod) as never;
}
