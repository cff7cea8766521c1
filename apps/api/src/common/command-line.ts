import { type INestApplicationContext, Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type AppConfig, loadConfig, loggingModule } from '@ipc/config';
import { NativeLogger } from 'nestjs-pino';

/** The value after `--name` on the command line, if given. */
export function commandOption(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

/**
 * Runs one of the API's operator commands (`npm run recover`, `npm run audit:verify`): the module's
 * Nest context with the running stack's configuration and logger, then `work`, whose answer is the
 * exit code. Any error ends the process with 1 and its message on stderr.
 */
export function runCommand(
  module: Type,
  work: (app: INestApplicationContext) => Promise<number>,
  beforeStart: (config: AppConfig) => void = () => undefined,
): void {
  const run = async () => {
    const config = loadConfig();
    beforeStart(config);
    @Module({ imports: [module, loggingModule()] })
    class OperatorCommandModule {}
    const app = await NestFactory.createApplicationContext(OperatorCommandModule, { bufferLogs: true });
    app.useLogger(app.get(NativeLogger));
    try {
      return await work(app);
    } finally {
      await app.close();
    }
  };
  run().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
