import type { Locale } from '@red-chair/domain';

import { layOut, type MailContent } from '../mail/mail-layout';

export interface InvitationMailFacts {
  inviterName: string;
  spaceName: string;
  link: string;
}

/** The invitation, in the invitee's language. */
export function invitationMail(locale: Locale, { inviterName, spaceName, link }: InvitationMailFacts): MailContent {
  return locale === 'fr'
    ? layOut({
        locale,
        subject: `${inviterName} vous invite dans « ${spaceName} » sur Red Chair`,
        preview: 'Rejoignez l’espace en un clic.',
        heading: 'Bonjour,',
        paragraphs: [
          `${inviterName} vous invite à rejoindre l’espace « ${spaceName} » pour y proposer des idées, voter et suivre leurs réponses.`,
        ],
        action: { label: 'Rejoindre l’espace', url: link },
        note: 'Ce lien fonctionne une seule fois, pendant 14 jours, pour cette adresse e-mail.',
        reason: 'Vous recevez ce message parce qu’un responsable de Red Chair a invité cette adresse.',
      })
    : layOut({
        locale,
        subject: `${inviterName} invites you to “${spaceName}” on Red Chair`,
        preview: 'Join the space in one click.',
        heading: 'Hello,',
        paragraphs: [
          `${inviterName} invites you to join the space “${spaceName}” to propose ideas, vote, and follow the answers they get.`,
        ],
        action: { label: 'Join the space', url: link },
        note: 'This link works once, for 14 days, for this email address.',
        reason: 'You get this mail because a Red Chair manager invited this address.',
      });
}
