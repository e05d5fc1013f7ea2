import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ defaultHeaders: { 'anthropic-workspace-id': 'wrk_default' } });

// The params win over defaultHeaders; the request's own headers win over the params.
const count = await client.messages.countTokens({
  model: 'claude-sonnet-5-5',
  workspace_id: 'wrk_param',
  user_profile_id: 'usrprof_param',
  messages: [{ role: 'user', content: 'Hi' }],
});
console.log(count.input_tokens);

const message = await client.messages.create(
  { model: 'claude-sonnet-5-5', max_tokens: 64, workspace_id: 'wrk_param', messages: [{ role: 'user', content: 'Hi' }] },
  { headers: { 'anthropic-workspace-id': 'wrk_explicit' } },
);
console.log(message.type);
