/** The job queue that announces challenges when they open (see ChallengeOpeningJob). */
export const CHALLENGE_OPENING_QUEUE = 'challenge-opening';
