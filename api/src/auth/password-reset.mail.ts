import type { Locale } from '@red-chair/domain';

import { layOut, type MailContent } from '../mail/mail-layout';

export type PasswordLinkPurpose = 'RESET' | 'WELCOME';

/** The mail carrying a password link, in the reader's language. */
export function passwordLinkMail(locale: Locale, purpose: PasswordLinkPurpose, displayName: string, link: string): MailContent {
  if (locale === 'fr') {
    return purpose === 'RESET'
      ? layOut({
          locale,
          subject: 'Choisissez un nouveau mot de passe',
          preview: 'Le lien fonctionne pendant une heure.',
          heading: `Bonjour ${displayName},`,
          paragraphs: ['Quelqu’un, sans doute vous, a demandé à changer le mot de passe de votre compte Red Chair.'],
          action: { label: 'Choisir un nouveau mot de passe', url: link },
          note: 'Ce lien fonctionne une seule fois, pendant une heure. Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.',
          reason: 'Vous recevez ce message parce qu’une réinitialisation du mot de passe a été demandée pour cette adresse.',
        })
      : layOut({
          locale,
          subject: 'Bienvenue sur Red Chair',
          preview: 'Choisissez votre mot de passe pour entrer.',
          heading: `Bienvenue, ${displayName} !`,
          paragraphs: [
            'Un compte Red Chair vient d’être créé pour vous. Choisissez votre mot de passe pour proposer des idées, voter et suivre leurs réponses.',
          ],
          action: { label: 'Choisir mon mot de passe', url: link },
          note: 'Ce lien fonctionne une seule fois, pendant sept jours.',
          reason: 'Vous recevez ce message parce qu’un administrateur de Red Chair a créé un compte à cette adresse.',
        });
  }
  return purpose === 'RESET'
    ? layOut({
        locale,
        subject: 'Choose a new password',
        preview: 'The link works for one hour.',
        heading: `Hello ${displayName},`,
        paragraphs: ['Someone, probably you, asked to change the password of your Red Chair account.'],
        action: { label: 'Choose a new password', url: link },
        note: 'This link works once, for one hour. If you did not ask for it, ignore this mail: your password stays as it is.',
        reason: 'You get this mail because a password reset was requested for this address.',
      })
    : layOut({
        locale,
        subject: 'Welcome to Red Chair',
        preview: 'Choose your password to get in.',
        heading: `Welcome, ${displayName}!`,
        paragraphs: [
          'A Red Chair account was just made for you. Choose your password to propose ideas, vote, and follow the answers they get.',
        ],
        action: { label: 'Choose my password', url: link },
        note: 'This link works once, for seven days.',
        reason: 'You get this mail because a Red Chair administrator created an account for this address.',
      });
}
