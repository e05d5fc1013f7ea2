import Anthropic from '@anthropic-ai/sdk';

const lines: string[] = [];
const logger = {
  error: (message: string) => lines.push(`error ${message}`),
  warn: (message: string) => lines.push(`warn ${message}`),
  info: (message: string) => lines.push(`info ${message}`),
  debug: (message: string) => lines.push(`debug ${message}`),
};
const client = new Anthropic({ logger, logLevel: 'warn' });

const message = await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
console.log(message.id, 'warnings:', lines.length);
