export { BedBoardStore, type CaseOption } from './lib/bed-board.store';
export * from './lib/placements.models';
