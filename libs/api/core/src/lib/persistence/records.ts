import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * The columns every record that people change has: a generated id, when it was created and last changed, and the
 * version that optimistic writes compare (`assertVersion`, `updateVersioned`). Entities extend it instead of
 * declaring the four columns again; the migrations define them the same way for every such table.
 */
export abstract class VersionedRecord {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int', default: 1 }) version!: number;
}

/** A versioned record that belongs to one model project, the scope of every access check and cache epoch. */
export abstract class ProjectRecord extends VersionedRecord {
  @Column({ type: 'uuid' }) modelProjectId!: string;
}

/** A record written once and never changed (sessions, tokens, mails): an id and when it was created. */
export abstract class CreatedRecord {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
