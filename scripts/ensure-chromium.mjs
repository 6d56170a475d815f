// Makes sure Debian's Chromium is there for the end-to-end tests. Playwright's own browser
// download cannot be used on these machines, so the tests launch /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = root ? '' : 'sudo ';
  console.log(`Chromium not found at ${path}; installing Debian's chromium package…`);
  try {
    execSync(
      `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`,
      {
        stdio: 'inherit',
      },
    );
  } catch {
    console.error(`Could not install Chromium. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}
