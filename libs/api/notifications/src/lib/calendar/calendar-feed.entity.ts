import { Column, Entity } from 'typeorm';
import { CreatedRecord } from '@masswerk/api/core';

/**
 * A person's calendar subscription (decision 0058): the address holds a secret, stored here only as its hash, so
 * that the table leaking gives no feed away. One per person; renewing replaces it, so an address passed on by
 * mistake stops working at once.
 */
@Entity('calendar_feed')
export class CalendarFeedEntity extends CreatedRecord {
  @Column({ type: 'uuid' }) userId!: string;
  @Column({ type: 'bytea', select: false }) tokenHash!: Buffer;
  @Column({ type: 'timestamptz', nullable: true }) lastUsedAt!: Date | null;
}
