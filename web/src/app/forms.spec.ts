import type { Translate } from '../i18n/translate';
import type { Problem } from './errors';
import { formProblemText } from './forms';

const t = ((key: string) => `t:${key}`) as Translate;
const problem = (code: string, message = ''): Problem => ({ code, message, fields: {} }) as unknown as Problem;

describe('formProblemText', () => {
  it('explains network and server failures in the person’s language', () => {
    expect(formProblemText(problem('NETWORK', 'fetch failed'), t)).toBe('t:errors.network.body');
    expect(formProblemText(problem('INTERNAL_SERVER_ERROR', 'Something went wrong'), t)).toBe('t:errors.server.body');
  });

  it('shows the API’s own sentence otherwise, and the server sentence when there is none', () => {
    expect(formProblemText(problem('RATE_LIMITED', 'Try again in 15 minutes.'), t)).toBe('Try again in 15 minutes.');
    expect(formProblemText(problem('FORBIDDEN'), t)).toBe('t:errors.server.body');
  });
});
