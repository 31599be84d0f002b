export { openDatabase, knexConfig, type Database, type Dialect } from './database';
export { IntakeRepository, type IntakeQuery } from './intakeRepository';
export { TranscriptRepository, type Sender } from './transcriptRepository';
export { AuditLog, type AuditEntry } from './auditLog';
export { KnexStorage } from './knexStorage';
