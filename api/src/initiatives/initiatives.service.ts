import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeTags } from '@red-chair/domain';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../common/errors';
import { isUuid } from '../common/ids';
import type { Page } from '../common/pagination';
import type { Viewer } from '../auth/viewer';
import { SpacesService } from '../spaces/spaces.service';
import type { InitiativesArgs } from './dto/initiatives.args';
import type { ProposeInitiativeInput } from './dto/propose-initiative.input';
import { InitiativeEntity } from './initiative.entity';
import { InitiativesRepository } from './initiatives.repository';

@Injectable()
export class InitiativesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: InitiativesRepository,
    private readonly spaces: SpacesService,
  ) {}

  /** Whoever sees a space may propose in it (DESIGN.md §2); a hidden space is NOT_FOUND. */
  async propose(viewer: Viewer, input: ProposeInitiativeInput): Promise<InitiativeEntity> {
    const space = await this.spaces.findVisible(viewer, { id: input.spaceId });
    const result = await this.db.getRepository(InitiativeEntity).insert({
      spaceId: space.id,
      authorId: viewer.id,
      title: input.title,
      body: input.body,
      orientation: input.orientation,
      tags: normalizeTags(input.tags),
    });
    return this.db.getRepository(InitiativeEntity).findOneByOrFail({ id: (result.identifiers[0] as { id: string }).id });
  }

  async get(viewer: Viewer, id: string): Promise<InitiativeEntity> {
    const initiative = isUuid(id) ? await this.repo.findVisibleById(viewer, id) : null;
    if (!initiative) throw new NotFoundError('This initiative');
    return initiative;
  }

  list(viewer: Viewer, args: InitiativesArgs): Promise<Page<InitiativeEntity>> {
    return this.repo.page(viewer, args);
  }
}
