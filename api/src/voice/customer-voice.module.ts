import { Module } from '@nestjs/common';

import { InitiativesModule } from '../initiatives/initiatives.module';
import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { NotificationMailModule } from '../notification-mail/notification-mail.module';
import { SpacesModule } from '../spaces/spaces.module';
import { CustomerVoiceMailRepository } from './customer-voice-mail.repository';
import { CustomerVoiceMailer } from './customer-voice-mail.service';
import { CustomerVoiceRepository } from './customer-voice.repository';
import { CustomerVoiceResolver, InitiativeImplementationResolver } from './customer-voice.resolver';
import { CustomerVoiceService } from './customer-voice.service';

/** The red chair: the customer voice for leadership (on screen and every Monday by mail), and "you said, we did" for everyone. */
@Module({
  imports: [SpacesModule, InitiativesModule, MailModule, JobsModule, NotificationMailModule],
  providers: [
    CustomerVoiceRepository,
    CustomerVoiceService,
    CustomerVoiceResolver,
    InitiativeImplementationResolver,
    CustomerVoiceMailRepository,
    CustomerVoiceMailer,
  ],
  exports: [CustomerVoiceService],
})
export class CustomerVoiceModule {}
