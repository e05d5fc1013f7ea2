// Runs the runner-agnostic cases of tests/cases/ against the package as a page loads it, and
// leaves the outcome on window for tests/browser/cases.test.mjs (and for a human: it is shown).
//
//   window.__results   [{ file, name, ok, error, stack, ms, console }]  one per case, in order
//   window.__loadError string | null   the package or the cases failed to load
//   window.__done      true once everything has run (or loading failed)
//
// Query: ?mock=<url> (ctx.mockUrl), ?seed=<n> (ctx.seed), ?cases=retry,breaker, ?timeout=<ms per case>,
// ?entry=resilience (`claude-resilience/resilience` and the cases that need no client).

const params = new URLSearchParams(location.search);
const mockUrl = params.get('mock') || undefined;
const only = params.get('cases')?.split(',').map((f) => f.trim()).filter(Boolean) ?? null;
const resilienceEntry = params.get('entry') === 'resilience';
const caseTimeoutMs = Number(params.get('timeout')) || 20_000;
// What the cases get besides `assert`: the mock API's URL, and the robustness fuzz's seed.
const ctx = { mockUrl };
if (params.has('seed')) ctx.seed = Number(params.get('seed'));

const results = [];
window.__results = results;
window.__loadError = null;
window.__done = false;

const statusLine = document.getElementById('status');
const list = document.getElementById('results');

/** The stack when it says more than the message (Chrome's starts with "Name: message"). */
function stackOf(error) {
  const stack = typeof error?.stack === 'string' ? error.stack : '';
  return stack.startsWith(describe(error)) ? stack.slice(describe(error).length).replace(/^\n/, '') : stack;
}

function describe(error) {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return `thrown non-Error: ${typeof error === 'string' ? error : JSON.stringify(error)}`;
  } catch {
    return `thrown non-Error: ${String(error)}`;
  }
}

// What the page logs while a case runs is kept with that case, so a failure shows it.
let captured = null;
for (const level of ['error', 'warn']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    captured?.push(`console.${level}: ${args.map((a) => (a instanceof Error ? describe(a) : String(a))).join(' ')}`);
    original(...args);
  };
}
window.addEventListener('error', (event) => captured?.push(`uncaught: ${describe(event.error ?? event.message)}`));
window.addEventListener('unhandledrejection', (event) => captured?.push(`unhandled rejection: ${describe(event.reason)}`));

/** `[name, fn]` pairs or `{ name, fn }` objects, as a case file's default export returns them. */
function entriesOf(file, list) {
  if (!Array.isArray(list)) throw new TypeError(`${file}: cases() must return an array, got ${typeof list}`);
  return list.map((entry, i) => {
    const [name, fn] = Array.isArray(entry) ? entry : [entry?.name, entry?.fn ?? entry?.run];
    if (typeof name !== 'string' || typeof fn !== 'function') {
      throw new TypeError(`${file}: case #${i} is not a [name, async fn] pair`);
    }
    return { file, name, fn };
  });
}

/**
 * The cases as tests/cases/index.mjs's loadCases gives them: [{ file, cases: [[name, fn], …] }].
 * With ?cases=retry,breaker only those files are loaded, the same way.
 */
async function caseGroups(m, ctx) {
  const index = await import('/cases/index.mjs');
  if (!only) return index.loadCases(m, ctx, resilienceEntry ? index.resilienceFiles : index.files);
  const groups = [];
  for (const name of only) {
    const file = name.endsWith('.mjs') ? name : `${name}.mjs`;
    const mod = await import(`/cases/${file}`);
    if (typeof mod.default !== 'function') throw new TypeError(`/cases/${file} has no default export function`);
    groups.push({ file, cases: mod.default(m, { assert: index.assert, ...ctx }) });
  }
  return groups;
}

function withTimeout(promise, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`case timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function show(result) {
  const item = document.createElement('li');
  item.className = result.ok ? 'ok' : 'fail';
  item.textContent = `${result.ok ? '✓' : '✗'} ${result.file}: ${result.name} (${result.ms.toFixed(1)} ms)`;
  if (!result.ok) {
    const detail = document.createElement('pre');
    detail.textContent = [result.error, ...result.console].join('\n');
    item.append(detail);
  }
  list.append(item);
}

async function main() {
  let m;
  let groups;
  try {
    m = await import(resilienceEntry ? '/pkg/resilience.browser.mjs' : '/pkg/browser.mjs');
    // The testing entry a browser gets through the exports map's default condition.
    ctx.testing = await import('/pkg/testing-browser.mjs');
    groups = await caseGroups(m, ctx);
  } catch (error) {
    window.__loadError = `${describe(error)}\n${stackOf(error)}`.trim();
    statusLine.textContent = `failed to load: ${window.__loadError}`;
    return;
  }

  statusLine.textContent = `package ${m.VERSION} loaded; running cases…`;
  for (const { file, cases } of groups) {
    let entries;
    try {
      entries = entriesOf(file, await cases);
    } catch (error) {
      const result = { file, name: '(collecting cases)', ok: false, error: describe(error), stack: stackOf(error), ms: 0, console: [] };
      results.push(result);
      show(result);
      continue;
    }
    for (const { name, fn } of entries) {
      captured = [];
      const started = performance.now();
      const result = { file, name, ok: true, error: null, stack: null, ms: 0, console: captured };
      try {
        await withTimeout(Promise.resolve().then(fn), caseTimeoutMs);
      } catch (error) {
        result.ok = false;
        result.error = describe(error);
        result.stack = stackOf(error) || null;
      }
      result.ms = performance.now() - started;
      // Late reports of this case (a rejection noticed a tick later) still land in its list.
      await new Promise((resolve) => setTimeout(resolve, 0));
      captured = null;
      results.push(result);
      show(result);
    }
  }
  const failed = results.filter((r) => !r.ok).length;
  statusLine.textContent = `${results.length} cases, ${failed} failed (package ${m.VERSION})`;
}

main()
  .catch((error) => {
    window.__loadError ??= `runner crashed: ${describe(error)}\n${stackOf(error)}`.trim();
  })
  .finally(() => {
    window.__done = true;
  });
