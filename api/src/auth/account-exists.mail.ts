import type { Locale } from '@red-chair/domain';

import { layOut, type MailContent } from '../mail/mail-layout';

/**
 * Told to the owner of an address someone tried to sign up with: the sign-up page never says which emails
 * have accounts beyond its own refusal, and the owner learns of the attempt (and how to get back in).
 */
export function accountExistsMail(locale: Locale, displayName: string, links: { signIn: string; forgot: string }): MailContent {
  if (locale === 'fr') {
    return layOut({
      locale,
      subject: 'Vous avez déjà un compte Red Chair',
      preview: 'Quelqu’un a voulu créer un compte avec votre adresse.',
      heading: `Bonjour ${displayName},`,
      paragraphs: [
        'Quelqu’un, sans doute vous, a voulu créer un compte Red Chair avec cette adresse. Vous en avez déjà un : connectez-vous avec lui.',
        `Mot de passe oublié ? Choisissez-en un nouveau : ${links.forgot}`,
      ],
      action: { label: 'Se connecter', url: links.signIn },
      note: 'Si ce n’était pas vous, ignorez ce message : rien n’a changé sur votre compte.',
      reason: 'Vous recevez ce message parce qu’une inscription a été tentée avec cette adresse.',
    });
  }
  return layOut({
    locale,
    subject: 'You already have a Red Chair account',
    preview: 'Someone tried to create an account with your address.',
    heading: `Hello ${displayName},`,
    paragraphs: [
      'Someone, probably you, tried to create a Red Chair account with this address. You already have one: sign in with it.',
      `Forgot your password? Choose a new one: ${links.forgot}`,
    ],
    action: { label: 'Sign in', url: links.signIn },
    note: 'If it was not you, ignore this mail: nothing changed on your account.',
    reason: 'You get this mail because someone tried to sign up with this address.',
  });
}
