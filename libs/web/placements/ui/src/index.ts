export { BedCardComponent } from './lib/bed-card.component';
export { termState, type TermState } from './lib/term-state';
