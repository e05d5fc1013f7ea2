// Headless Chromium for the browser and Vite tests: the system's build, never a downloaded one.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Chromium with the project's flags; playwright gives it a fresh temp profile. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** Everything the page says that a failure report may need: console errors, crashes, 4xx/5xx. */
export function watchPage(page) {
  const log = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      log.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => log.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) =>
    log.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) log.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('crash', () => log.push('page crashed'));
  return log;
}

