// `npm run demo -- <generate|load>`: the demo data (src/demo), from the shell.
import { loadConfig } from './config/config.js';
import { readEnvironment } from './config/environment.js';
import { DEMO_USAGE, generateCommand, loadCommand } from './demo/demo.command.js';
import { runMain } from './run-main.js';

await runMain(async () => {
  const [command, ...args] = process.argv.slice(2);
  if (command !== 'generate' && command !== 'load') {
    process.stdout.write(DEMO_USAGE);
    process.exit(command === undefined || command === 'help' ? 0 : 2);
  }
  const config = loadConfig(readEnvironment());
  await (command === 'generate' ? generateCommand : loadCommand)(config, args, process.stdout);
}, 'demo');
