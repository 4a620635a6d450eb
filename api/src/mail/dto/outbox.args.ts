import { ArgsType } from '@nestjs/graphql';

import { LogPageArgs } from '../../common/pagination';

@ArgsType()
export class OutboxArgs extends LogPageArgs {}
