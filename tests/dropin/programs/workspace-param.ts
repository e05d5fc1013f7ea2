import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

// 1.x sends these two params as the anthropic-workspace-id and anthropic-user-profile-id headers.
const message = await client.messages.create({
  model: 'claude-sonnet-5-5',
  max_tokens: 64,
  workspace_id: 'wrk_dropin',
  user_profile_id: 'usrprof_dropin',
  messages: [{ role: 'user', content: 'Hi' }],
});
console.log(message.id);
