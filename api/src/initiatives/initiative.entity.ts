import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { INITIATIVE_STATUSES, ORIENTATIONS, type InitiativeStatus, type Orientation } from '@red-chair/domain';

import { ChallengeEntity } from '../challenges/challenge.entity';
import { sqlList } from '../common/sql';
import { SpaceEntity } from '../spaces/space.entity';
import { UserEntity } from '../users/user.entity';

@Entity('initiatives')
@Check('chk_initiatives_status', `status IN (${sqlList(INITIATIVE_STATUSES)})`)
@Check('chk_initiatives_orientation', `orientation IN (${sqlList(ORIENTATIONS)})`)
@Check('chk_initiatives_title_length', 'char_length(title) BETWEEN 5 AND 140')
@Check('chk_initiatives_body_length', 'char_length(body) BETWEEN 1 AND 20000')
@Check('chk_initiatives_tags', 'cardinality(tags) <= 5')
@Check('chk_initiatives_merged_into', "(status = 'MERGED') = (merged_into_id IS NOT NULL) AND merged_into_id IS DISTINCT FROM id")
// Renamed from chk_initiatives_counts when ratings joined: TypeORM diffs checks by name only.
@Check(
  'chk_initiatives_counters',
  'vote_count >= 0 AND comment_count >= 0 AND follower_count >= 0 AND rating_count >= 0 AND rating_sum BETWEEN rating_count AND 5 * rating_count',
)
// The feed's default order, per space and overall; the id breaks ties so cursors are stable.
@Index('ix_initiatives_space_created', ['spaceId', 'createdAt', 'id'])
@Index('ix_initiatives_created', ['createdAt', 'id'])
@Index('ix_initiatives_space_votes', ['spaceId', 'voteCount', 'createdAt', 'id'])
@Index('ix_initiatives_space_activity', ['spaceId', 'lastActivityAt', 'id'])
// TRENDING per space, on the sort's own expression (see InitiativesRepository), written by hand in
// the migration (FeedAtScale) like the full-text and trigram indexes (SearchAndMerge).
@Index('ix_initiatives_space_trending', { synchronize: false })
@Index('ix_initiatives_search_document', { synchronize: false })
@Index('ix_initiatives_title_trgm_gist', { synchronize: false })
export class InitiativeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  spaceId: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'space_id', foreignKeyConstraintName: 'fk_initiatives_space' })
  space?: SpaceEntity;

  @Index('ix_initiatives_author_id')
  @Column('uuid')
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_initiatives_author' })
  author?: UserEntity;

  @Column('text')
  title: string;

  @Column('text')
  body: string;

  /** `body` rendered and sanitised when written, so reads do not run the renderer; NULL: not yet. */
  @Column('text', { nullable: true })
  bodyHtml: string | null;

  /** The full-text document (French and English, unaccented), kept by PostgreSQL from title and body. */
  @Column({
    type: 'tsvector',
    asExpression: 'initiative_document(title, body)',
    generatedType: 'STORED',
    select: false,
    insert: false,
    update: false,
  })
  searchDocument?: string;

  @Column('text')
  orientation: Orientation;

  // GIN index created by hand in the migration (TypeORM cannot declare one); not diffed.
  @Index('ix_initiatives_tags', { synchronize: false })
  @Column('text', { array: true, default: () => "'{}'" })
  tags: string[];

  @Column('text', { default: 'SUBMITTED' })
  status: InitiativeStatus;

  /** Kept in the same transaction as the vote rows, so a feed page needs no count query per row. */
  @Column('integer', { default: 0 })
  voteCount: number;

  @Column('integer', { default: 0 })
  commentCount: number;

  @Column('integer', { default: 0 })
  followerCount: number;

  @Column('integer', { default: 0 })
  ratingCount: number;

  @Column('integer', { default: 0 })
  ratingSum: number;

  /** Set by the review rule on co-design ratings (see RatingsService). */
  @Column('boolean', { default: false })
  needsReview: boolean;

  /** ln Σ e^((t_vote − 2026-01-01) / 72 h) over the votes; NULL without votes (see VotesService). */
  @Column('double precision', { nullable: true })
  trendingLog: number | null;

  /** The challenge it answers, if any (same space, proposed while the challenge was open). */
  @Index('ix_initiatives_challenge_id')
  @Column('uuid', { nullable: true })
  challengeId: string | null;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'challenge_id', foreignKeyConstraintName: 'fk_initiatives_challenge' })
  challenge?: ChallengeEntity;

  /**
   * The initiative this duplicate was merged into (set exactly when status is MERGED). Indexed: its
   * foreign key is checked on every delete of an initiative, which would otherwise scan the table.
   */
  @Index('ix_initiatives_merged_into_id')
  @Column('uuid', { nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'fk_initiatives_merged_into' })
  mergedInto?: InitiativeEntity;

  /** When a manager first moved it out of SUBMITTED: the first response, for deadlines and insights. */
  @Column('timestamptz', { nullable: true })
  firstResponseAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Proposal, edit, status change, comment: what RECENT_ACTIVITY sorts by. */
  @Column('timestamptz', { default: () => 'now()' })
  lastActivityAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
