import { Column, Entity, PrimaryColumn } from 'typeorm';

/** rate-limiter-flexible's counters when there is no Redis (its own layout: key, points, expire in ms). */
@Entity('rate_limits')
export class RateLimitEntity {
  @PrimaryColumn('varchar', { length: 255 })
  key: string;

  @Column('integer', { default: 0 })
  points: number;

  @Column('bigint', { nullable: true })
  expire: string | null;
}
