import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

/** The baseline of the benchmark: NestJS on Express answering a constant, nothing else. */
@Controller()
class BareController {
  @Get('bare')
  get() {
    return { ok: true };
  }
}

@Module({ controllers: [BareController] })
class BareModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create(BareModule, { logger: false });
  await app.listen(Number(process.argv[2]));
}

main().catch((error: Error) => {
  process.stderr.write(`bare app failed: ${error.message}\n`);
  process.exit(1);
});
