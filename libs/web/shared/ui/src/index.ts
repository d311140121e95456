export { LanguageSwitchComponent } from './lib/language-switch.component';
export { PageHeaderComponent } from './lib/page-header.component';
