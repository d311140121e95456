// The `component` jest project: Angular's test bed in jsdom, zoneless like the app (app.config.ts).
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv();
