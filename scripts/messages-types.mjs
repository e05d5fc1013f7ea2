// pkg-template/messages.d.ts, the Messages API's data types, from the official SDK's own
// declarations (the spec of the messages surface, a dev dependency):
//
//   node scripts/messages-types.mjs            writes pkg-template/messages.d.ts
//   node scripts/messages-types.mjs --check    fails when the file differs from what it would write
//
// Every interface, type alias and namespace of the SDK's resources/messages/messages.d.ts is
// kept, its doc comments too, so that a user's annotations (`Anthropic.MessageParam`, …) mean
// what they mean with the SDK. Left out is what is not a data type: the `Messages` resource
// class, the error classes of the messages endpoint, the lists of tool member names (runtime
// constants) and the batches re-exports. Two things
// change: `MessageStreamParams` is spelled out (the SDK's refers to its structured-output
// parser), and `Message` carries the `_request_id` and `_workspace_id` this package sets on it.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../', import.meta.url));
const sdk = `${repo}node_modules/@anthropic-ai/sdk/`;
const target = `${repo}pkg-template/messages.d.ts`;

const { version } = JSON.parse(readFileSync(`${sdk}package.json`, 'utf8'));
const source = readFileSync(`${sdk}resources/messages/messages.d.ts`, 'utf8');

/** The file's top-level statements, each with the doc comment before it. */
function statements(text) {
  const out = [];
  let current = [];
  let open = false;
  for (const line of text.split('\n')) {
    current.push(line);
    if (!open) {
      if (line.startsWith('/**') || line.startsWith(' *')) continue;
      if (line.startsWith('export ') && !line.endsWith(';')) {
        open = true;
        continue;
      }
    } else if (line !== '}') continue;
    open = false;
    out.push(current);
    current = [];
  }
  return out;
}

const declaration = (lines) => lines.find((line) => !/^(\/\*\*| \*)/.test(line)) ?? '';

const REQUEST_ID = [
  '    /**',
  '     * The `request-id` header of the response that carried this message: a',
  '     * non-enumerable property set by claude-resilience (not part of the API\'s body).',
  '     */',
  '    readonly _request_id?: string | null;',
  '    /**',
  '     * The `anthropic-workspace-id` header of the response, set as `_request_id` is.',
  '     */',
  '    readonly _workspace_id?: string | null;',
];

const MESSAGE_STREAM_PARAMS = [
  '/**',
  ' * The parameters of `messages.stream()`: those of `messages.create()`, `stream` set by it.',
  ' */',
  "export type MessageStreamParams = Omit<MessageCreateParams, 'output_config'> & {",
  '    output_config?: OutputConfig | null;',
  '};',
];

const kept = [];
for (const lines of statements(source)) {
  const head = declaration(lines);
  if (head.startsWith('import ') || head.startsWith('//# sourceMappingURL') || head === '') continue;
  if (head.startsWith('export declare class ') || head.startsWith('export declare const ')) continue;
  if (head === 'export declare namespace Messages {') continue;
  if (head.startsWith('export type MessageStreamParams =')) {
    kept.push(MESSAGE_STREAM_PARAMS);
    continue;
  }
  if (!/^export (interface|type|declare namespace) /.test(head)) {
    throw new Error(`messages.d.ts of the SDK has a statement this script does not know: ${head}`);
  }
  if (head === 'export interface Message {') {
    const end = lines.lastIndexOf('}');
    kept.push([...lines.slice(0, end), ...REQUEST_ID, ...lines.slice(end)]);
    continue;
  }
  // A deprecated alias names its type through the `Messages` namespace, which is left out.
  kept.push(lines.map((line) => line.replace(/^(\s*type \w+ = )Messages\./, '$1MessagesAPI.')));
}

const header = [
  '// claude-resilience — the Messages API\'s request and response types.',
  '//',
  `// Written by scripts/messages-types.mjs from the declarations of @anthropic-ai/sdk ${version}`,
  '// (resources/messages/messages.d.ts; Apache-2.0, Copyright Anthropic, PBC), changed as the',
  '// script says, so that code typed against the SDK type-checks unchanged. index.d.ts',
  '// re-exports every name, and its `Anthropic` namespace offers them as `Anthropic.X` and',
  '// `Anthropic.Messages.X`. Do not edit by hand: change the script and run it again.',
  "import * as MessagesAPI from './messages.js';",
];
const text = `${[header, ...kept].map((lines) => lines.join('\n')).join('\n')}\n`;

if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error('pkg-template/messages.d.ts is not what scripts/messages-types.mjs writes: run it');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
