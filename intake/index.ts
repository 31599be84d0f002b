export * from './record';
export { teamFor } from './routing';
export { checkIncome, criterionInForce, type IncomeCheck } from './income';
export { insideTerritory } from './territory';
export { addWorkingDays, isWorkingDay, publicHolidays } from './workingDays';
export { toContract } from './contract';
export { warsawTime, nextOpening, type LocalTime } from './localTime';
