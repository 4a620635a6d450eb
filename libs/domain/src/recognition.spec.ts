import { INITIATIVE_STATUSES } from './initiatives';
import { isRatable } from './recognition';

describe('isRatable', () => {
  it('takes ratings on prototypes and products of community spaces only', () => {
    const ratable = INITIATIVE_STATUSES.filter((status) => isRatable('COMMUNITY', status));
    expect(ratable).toEqual(['IN_PROGRESS', 'IMPLEMENTED']);
    expect(INITIATIVE_STATUSES.some((status) => isRatable('INTERNAL', status))).toBe(false);
  });
});
