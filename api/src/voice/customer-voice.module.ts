import { Module } from '@nestjs/common';

import { InitiativesModule } from '../initiatives/initiatives.module';
import { SpacesModule } from '../spaces/spaces.module';
import { CustomerVoiceRepository } from './customer-voice.repository';
import { CustomerVoiceResolver, InitiativeImplementationResolver } from './customer-voice.resolver';
import { CustomerVoiceService } from './customer-voice.service';

/** The red chair: the customer voice for leadership, and "you said, we did" for everyone. */
@Module({
  imports: [SpacesModule, InitiativesModule],
  providers: [CustomerVoiceRepository, CustomerVoiceService, CustomerVoiceResolver, InitiativeImplementationResolver],
  exports: [CustomerVoiceService],
})
export class CustomerVoiceModule {}
