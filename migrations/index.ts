import type { MigrationInterface } from 'typeorm';
import { Foundation1795624496863 } from './1795624496863-Foundation';

/** Every migration, in order. The API runs them at start; the worker never does. */
export const migrations: Array<new () => MigrationInterface> = [Foundation1795624496863];
