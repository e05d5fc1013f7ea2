// What the entries use of wasm-bindgen's web glue, which `make pkg` stages beside them.
export default function init(options: { module_or_path: URL }): Promise<unknown>;
export function initSync(options: { module: Uint8Array }): unknown;
